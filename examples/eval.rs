//! Scores interloper against a labelled corpus (the JSONL format of
//! `../shared/data/README.md`).
//!
//! ```text
//! cargo run --release --example eval -- CORPUS.jsonl [--json] [--errors N] [--config FILE]
//! ```
//!
//! Each document's `text` is scanned with the default detector (or the
//! given configuration); the gold labels are read only to score. A gold
//! paragraph counts as flagged when more than half of its bytes lie in
//! paragraphs labelled spam; paragraphs labelled suspicious are not
//! flagged, and are counted separately.

mod common;

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use interloper::{Detector, Label, Report};
use serde::Serialize;

/// Scores interloper against a labelled JSONL corpus.
#[derive(Parser)]
struct Args {
    /// The corpus (JSON Lines with `text` and gold `paragraphs`).
    corpus: String,
    /// Print one JSON object instead of tables.
    #[arg(long)]
    json: bool,
    /// Print the N worst misses and the N worst false alarms.
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,
    /// Detector configuration (JSON or TOML).
    #[arg(long, value_name = "FILE")]
    config: Option<String>,
}

/// Confusion counts and the ratios derived from them.
#[derive(Clone, Debug, Default, Serialize)]
struct Metrics {
    n_docs: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
    /// Gold paragraphs whose bytes are mostly in suspicious paragraphs.
    suspicious_clean: usize,
    suspicious_spam: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    fpr: f64,
    clean_docs: usize,
    clean_docs_fp: usize,
    clean_doc_fp_rate: f64,
    exact_docs: usize,
}

impl Metrics {
    fn add_doc(&mut self, gold: &[common::Gold], flagged: &[bool], suspicious: &[bool]) {
        self.n_docs += 1;
        let mut exact = true;
        for ((g, &f), &s) in gold.iter().zip(flagged).zip(suspicious) {
            match (g.is_spam(), f) {
                (true, true) => self.tp += 1,
                (false, true) => self.fp += 1,
                (true, false) => self.fn_ += 1,
                (false, false) => self.tn += 1,
            }
            exact &= g.is_spam() == f;
            if s && !f {
                if g.is_spam() {
                    self.suspicious_spam += 1
                } else {
                    self.suspicious_clean += 1
                }
            }
        }
        self.exact_docs += usize::from(exact);
        if gold.iter().all(|g| !g.is_spam()) {
            self.clean_docs += 1;
            self.clean_docs_fp += usize::from(flagged.iter().any(|&f| f));
        }
    }

    fn finish(&mut self) {
        let r = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        self.precision = r(self.tp, self.tp + self.fp);
        self.recall = r(self.tp, self.tp + self.fn_);
        let (p, q) = (self.precision, self.recall);
        self.f1 = if p + q == 0.0 {
            0.0
        } else {
            2.0 * p * q / (p + q)
        };
        self.fpr = r(self.fp, self.fp + self.tn);
        self.clean_doc_fp_rate = r(self.clean_docs_fp, self.clean_docs);
    }
}

#[derive(Serialize)]
struct Summary {
    corpus: String,
    version: &'static str,
    #[serde(flatten)]
    all: Metrics,
    per_kind: BTreeMap<String, Metrics>,
    per_host_lang: BTreeMap<String, Metrics>,
    docs_per_s: f64,
    mb_per_s: f64,
    seconds: f64,
}

/// One scored paragraph, for the error listing.
struct Case {
    score: f64,
    doc: usize,
    para: usize,
}

fn spans_with(report: &Report, label: Label) -> Vec<(usize, usize)> {
    report
        .paragraphs()
        .iter()
        .filter(|v| v.label() == label)
        .map(|v| (v.span().start, v.span().end))
        .collect()
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let detector = match &args.config {
        Some(path) => Detector::from_config_file(path).map_err(|e| e.to_string())?,
        None => Detector::new(),
    };
    let docs = common::read_corpus(&args.corpus)?;
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    let started = Instant::now();
    let reports: Vec<Report> = docs.iter().map(|d| detector.scan(&d.text)).collect();
    let seconds = started.elapsed().as_secs_f64();

    let mut all = Metrics::default();
    let mut per_kind: BTreeMap<String, Metrics> = BTreeMap::new();
    let mut per_host_lang: BTreeMap<String, Metrics> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut alarms = Vec::new();
    for (di, (doc, report)) in docs.iter().zip(&reports).enumerate() {
        let flagged = common::project(&doc.paragraphs, &spans_with(report, Label::Spam));
        let suspicious = common::project(&doc.paragraphs, &spans_with(report, Label::Suspicious));
        all.add_doc(&doc.paragraphs, &flagged, &suspicious);
        per_kind.entry(doc.kind.clone()).or_default().add_doc(
            &doc.paragraphs,
            &flagged,
            &suspicious,
        );
        per_host_lang
            .entry(doc.host_lang().to_string())
            .or_default()
            .add_doc(&doc.paragraphs, &flagged, &suspicious);
        if args.errors > 0 {
            for (pi, (g, &f)) in doc.paragraphs.iter().zip(&flagged).enumerate() {
                let score = max_score_over(report, g.start, g.end);
                if g.is_spam() && !f {
                    misses.push(Case {
                        score,
                        doc: di,
                        para: pi,
                    });
                } else if !g.is_spam() && f {
                    alarms.push(Case {
                        score,
                        doc: di,
                        para: pi,
                    });
                }
            }
        }
    }
    all.finish();
    per_kind.values_mut().for_each(Metrics::finish);
    per_host_lang.values_mut().for_each(Metrics::finish);
    let summary = Summary {
        corpus: args.corpus.clone(),
        version: env!("CARGO_PKG_VERSION"),
        all,
        per_kind,
        per_host_lang,
        docs_per_s: docs.len() as f64 / seconds.max(1e-9),
        mb_per_s: bytes as f64 / 1e6 / seconds.max(1e-9),
        seconds,
    };
    misses.sort_by(|a, b| a.score.total_cmp(&b.score));
    alarms.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = (|| {
        if args.json {
            let json = serde_json::to_string_pretty(&summary).map_err(io::Error::other)?;
            writeln!(out, "{json}")?;
        } else {
            print_tables(&mut out, &summary, docs.len(), bytes)?;
        }
        if args.errors > 0 {
            print_cases(
                &mut out,
                "worst misses (spam not flagged, lowest score first)",
                &misses[..misses.len().min(args.errors)],
                &docs,
                &reports,
            )?;
            print_cases(
                &mut out,
                "worst false alarms (clean flagged, highest score first)",
                &alarms[..alarms.len().min(args.errors)],
                &docs,
                &reports,
            )?;
        }
        out.flush()
    })();
    match written {
        // `eval … | head`: the reader has what it wanted.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        r => r.map_err(|e| format!("stdout: {e}")),
    }
}

/// Highest score among the detector's paragraphs overlapping `start..end`.
fn max_score_over(report: &Report, start: usize, end: usize) -> f64 {
    report
        .paragraphs()
        .iter()
        .filter(|v| v.span().start < end && v.span().end > start)
        .map(|v| v.score())
        .fold(0.0, f64::max)
}

fn row(name: &str, m: &Metrics) -> String {
    format!(
        "{name:<22} {:>5} {:>6} {:>5} {:>5} {:>6} {:>5}  {:>6.3} {:>6.3} {:>6.3} {:>6.2}% {:>6.2}%",
        m.n_docs,
        m.tp,
        m.fp,
        m.fn_,
        m.tn,
        m.suspicious_clean + m.suspicious_spam,
        m.precision,
        m.recall,
        m.f1,
        100.0 * m.fpr,
        100.0 * m.clean_doc_fp_rate
    )
}

fn print_tables(out: &mut impl Write, s: &Summary, n_docs: usize, bytes: usize) -> io::Result<()> {
    writeln!(
        out,
        "corpus {} ({n_docs} documents, {:.2} MB), interloper {}",
        s.corpus,
        bytes as f64 / 1e6,
        s.version
    )?;
    let header = format!(
        "{:<22} {:>5} {:>6} {:>5} {:>5} {:>6} {:>5}  {:>6} {:>6} {:>6} {:>7} {:>7}",
        "", "docs", "TP", "FP", "FN", "TN", "susp", "prec", "recall", "F1", "FPR", "docFP"
    );
    writeln!(out, "{header}")?;
    writeln!(out, "{}", row("all", &s.all))?;
    writeln!(out, "\nper kind\n{header}")?;
    for (k, m) in &s.per_kind {
        writeln!(out, "{}", row(k, m))?;
    }
    writeln!(out, "\nper host language\n{header}")?;
    for (k, m) in &s.per_host_lang {
        writeln!(out, "{}", row(k, m))?;
    }
    writeln!(
        out,
        "\nexact documents {}/{}; {:.1} docs/s, {:.2} MB/s ({:.2} s, one thread)",
        s.all.exact_docs, s.all.n_docs, s.docs_per_s, s.mb_per_s, s.seconds
    )
}

fn print_cases(
    out: &mut impl Write,
    title: &str,
    cases: &[Case],
    docs: &[common::Doc],
    reports: &[Report],
) -> io::Result<()> {
    writeln!(out, "\n{title}:")?;
    for c in cases {
        let doc = &docs[c.doc];
        let g = &doc.paragraphs[c.para];
        let text: String = doc.text[g.start..g.end]
            .chars()
            .take(160)
            .collect::<String>()
            .replace('\n', " ⏎ ");
        writeln!(
            out,
            "- {} #{} [{} {}] score {:.3}: {text}",
            doc.id, c.para, doc.kind, g.lang, c.score
        )?;
        let report = &reports[c.doc];
        for v in report
            .paragraphs()
            .iter()
            .filter(|v| v.span().start < g.end && v.span().end > g.start)
        {
            let reasons: Vec<String> = v.reasons().iter().take(5).map(|r| r.to_string()).collect();
            writeln!(
                out,
                "    {} {:.3} lang={:?}: {}",
                v.label(),
                v.score(),
                v.lang().map(|l| l.code()),
                reasons.join("; ")
            )?;
        }
    }
    Ok(())
}
