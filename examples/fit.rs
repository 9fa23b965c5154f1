//! Fits interloper's default weights and thresholds on a labelled corpus
//! and writes them to `src/weights.rs`, which the crate compiles in.
//!
//! ```text
//! cargo run --release --example fit -- ../shared/data/dev.jsonl [--out src/weights.rs] [--l2 1.0] [--max-fpr 0.008] [--max-doc-fp 0.03] [--max-kind-fpr 0.02] [--folds 5]
//! ```
//!
//! The model is two small logistic regressions over the detector's own
//! signals (see `Signal`): stage one on the paragraph's signals, stage two
//! on the stage-one log-odds plus the context signals (spam on both sides,
//! rest of the document, fit with its clean-looking part, topic, spam
//! elsewhere, the echo of spam in its words, clear spam that shares the
//! document's words, and two conjunctions:
//! `stranger` and `spam_page`). Both are fitted by Newton's method with an L2 penalty. There are no per-document
//! or per-string features: the model has 27 weights. The spam threshold
//! (suspicious is half of it) and the page share (see `Thresholds`) are
//! the pair that maximises F1, with the detector's labels, while keeping
//! the false-positive rate at or under `--max-fpr` (0.8%), at or under
//! `--max-kind-fpr` (2%) in every kind of document, and the share of
//! all-clean documents with any false
//! positive at or under `--max-doc-fp` (3%). `--folds K` also reports K-fold cross-validated
//! numbers (folds by document), a check that the fit does not memorise.

mod common;

use std::process::ExitCode;

use clap::Parser;
use interloper::{Config, Detector, Label, Signal, Signals, Thresholds};

/// Fits the default weights on a labelled corpus.
#[derive(Parser)]
struct Args {
    /// Labelled corpus (JSON Lines).
    corpus: String,
    /// Where to write the fitted weights.
    #[arg(long, default_value = "src/weights.rs")]
    out: String,
    /// L2 penalty on the weights (not the intercepts).
    #[arg(long, default_value_t = 1.0)]
    l2: f64,
    /// Highest false-positive rate allowed when choosing the thresholds
    /// (spam threshold and page share).
    #[arg(long, default_value_t = 0.008)]
    max_fpr: f64,
    /// Highest share of all-clean documents with any false positive allowed
    /// when choosing the thresholds (spam threshold and page share).
    #[arg(long, default_value_t = 0.03)]
    max_doc_fp: f64,
    /// Highest false-positive rate allowed in any one `kind` of document
    /// when choosing the thresholds (spam threshold and page share).
    #[arg(long, default_value_t = 0.02)]
    max_kind_fpr: f64,
    /// Also write every paragraph's signals, label, kind and source as TSV
    /// (for inspecting which signals fail where).
    #[arg(long, value_name = "FILE")]
    dump: Option<String>,
    /// Cross-validation folds (0 to skip).
    #[arg(long, default_value_t = 5)]
    folds: usize,
}

/// Stage-one signals, with their names in the weights file.
const STAGE_ONE: [Signal; 15] = [
    Signal::ForeignScript,
    Signal::ForeignLang,
    Signal::Lexicon,
    Signal::LexiconDensity,
    Signal::Link,
    Signal::Contact,
    Signal::Money,
    Signal::BrandDigits,
    Signal::Obfuscation,
    Signal::Shouting,
    Signal::Address,
    Signal::Emphasis,
    Signal::Reporting,
    Signal::OffTopic,
    Signal::Short,
];

/// Stage-two context signals.
const STAGE_TWO: [Signal; 9] = [
    Signal::Neighbors,
    Signal::Document,
    Signal::Outlier,
    Signal::Topic,
    Signal::Stranger,
    Signal::SpamPage,
    Signal::Elsewhere,
    Signal::Echo,
    Signal::Woven,
];

/// A paragraph as the fitter sees it.
struct Sample {
    doc: usize,
    signals: Signals,
    spam: bool,
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        let d = a[col][col];
        if d.abs() < 1e-12 {
            continue;
        }
        let (upper, lower) = a.split_at_mut(col + 1);
        let pivot_row = &upper[col];
        for (offset, row) in lower.iter_mut().enumerate() {
            let f = row[col] / d;
            for (x, p) in row[col..].iter_mut().zip(&pivot_row[col..]) {
                *x -= f * p;
            }
            b[col + 1 + offset] -= f * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let s: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = if a[row][row].abs() < 1e-12 {
            0.0
        } else {
            (b[row] - s) / a[row][row]
        };
    }
    x
}

/// L2-penalised logistic regression by Newton's method; column 0 of `x`
/// is the intercept (not penalised).
fn logistic(x: &[Vec<f64>], y: &[bool], l2: f64) -> Vec<f64> {
    let d = x[0].len();
    let mut w = vec![0.0; d];
    for _ in 0..100 {
        let mut g = vec![0.0; d];
        let mut h = vec![vec![0.0; d]; d];
        for (xi, &yi) in x.iter().zip(y) {
            let p = sigmoid(dot(&w, xi));
            let r = p - f64::from(u8::from(yi));
            let s = (p * (1.0 - p)).max(1e-9);
            for ((ga, ha), &xa) in g.iter_mut().zip(h.iter_mut()).zip(xi) {
                *ga += r * xa;
                for (hab, &xb) in ha.iter_mut().zip(xi) {
                    *hab += s * xa * xb;
                }
            }
        }
        for (a, (ga, wa)) in g.iter_mut().zip(&w).enumerate().skip(1) {
            *ga += l2 * wa;
            h[a][a] += l2;
        }
        h[0][0] += 1e-6;
        let step = solve(h, g);
        for (wa, sa) in w.iter_mut().zip(&step) {
            *wa -= sa;
        }
        if step.iter().all(|s| s.abs() < 1e-9) {
            break;
        }
    }
    w
}

/// Every weight by its field name.
fn named_weights(w1: &[f64], w2: &[f64]) -> Vec<(&'static str, f64)> {
    let mut v = vec![("bias", w1[0])];
    v.extend(
        STAGE_ONE
            .iter()
            .map(|s| s.as_str())
            .zip(w1[1..].iter().copied()),
    );
    v.push(("custom_rule", 1.0));
    v.push(("context_bias", w2[0]));
    v.push(("context_self", w2[1]));
    v.extend(
        STAGE_TWO
            .iter()
            .map(|s| s.as_str())
            .zip(w2[2..].iter().copied()),
    );
    v
}

/// The thresholds for spam threshold `t` (suspicious at half of it) and
/// page share `page`.
fn thresholds(t: f64, page: f64) -> Thresholds {
    let mut th = Thresholds::default();
    th.suspicious = t / 2.0;
    th.spam = t;
    th.page = page;
    th
}

/// A configuration with the given weights and thresholds.
fn config(w1: &[f64], w2: &[f64], th: &Thresholds) -> Result<Config, String> {
    let mut s = format!(
        "[thresholds]\nsuspicious = {}\nspam = {}\npage = {}\n\n[weights]\n",
        th.suspicious, th.spam, th.page
    );
    for (name, w) in named_weights(w1, w2) {
        s.push_str(&format!("{name} = {w}\n"));
    }
    Config::from_toml(&s).map_err(|e| e.to_string())
}

/// A detector with the given weights and thresholds.
fn detector(w1: &[f64], w2: &[f64], th: &Thresholds) -> Result<Detector, String> {
    Detector::builder()
        .config(config(w1, w2, th)?)
        .build()
        .map_err(|e| e.to_string())
}

/// The Rust source of `src/weights.rs`.
fn weights_rs(w1: &[f64], w2: &[f64], th: &Thresholds, corpus: &str, cv: &str) -> String {
    let Thresholds {
        suspicious,
        spam,
        page,
        ..
    } = *th;
    let mut s = format!(
        "// Default thresholds and weights, fitted by examples/fit.rs on {corpus}:\n\
         //   cargo run --release --example fit -- {corpus}\n\
         // Do not edit by hand; rerun the fit.\n\
         // {cv}\n\n\
         use crate::config::{{Thresholds, Weights}};\n\n\
         pub(crate) const THRESHOLDS: Thresholds = Thresholds {{\n    suspicious: {suspicious:.4},\n    spam: {spam:.4},\n    page: {page:.4},\n}};\n\n\
         pub(crate) const WEIGHTS: Weights = Weights {{\n"
    );
    for (name, w) in named_weights(w1, w2) {
        s.push_str(&format!("    {name}: {w:.4},\n"));
    }
    s.push_str("};\n");
    s
}

/// Signals and labels of every detector paragraph; a paragraph takes the
/// label of the gold paragraph it overlaps most.
fn samples(detector: &Detector, docs: &[common::Doc]) -> Vec<Sample> {
    let mut out = Vec::new();
    for (di, doc) in docs.iter().enumerate() {
        for (span, signals) in detector.signals(&doc.text) {
            let best = doc
                .paragraphs
                .iter()
                .max_by_key(|g| span.end.min(g.end).saturating_sub(span.start.max(g.start)));
            out.push(Sample {
                doc: di,
                signals,
                spam: best.is_some_and(|g| g.is_spam()),
            });
        }
    }
    out
}

fn stage_one_x(s: &Sample) -> Vec<f64> {
    std::iter::once(1.0)
        .chain(STAGE_ONE.iter().map(|&sig| s.signals.get(sig)))
        .collect()
}

fn stage_two_x(s: &Sample, w1: &[f64]) -> Vec<f64> {
    let z1 = dot(w1, &stage_one_x(s));
    [1.0, z1]
        .into_iter()
        .chain(STAGE_TWO.iter().map(|&sig| s.signals.get(sig)))
        .collect()
}

/// Fits both stages on the documents `train` accepts; returns the weights
/// file text and the stage weights.
fn fit(
    docs: &[common::Doc],
    train: &dyn Fn(usize) -> bool,
    args: &Args,
) -> Result<(Vec<f64>, Vec<f64>, Thresholds), String> {
    let base = Detector::new();
    let s1: Vec<Sample> = samples(&base, docs)
        .into_iter()
        .filter(|s| train(s.doc))
        .collect();
    let x1: Vec<Vec<f64>> = s1.iter().map(stage_one_x).collect();
    let y1: Vec<bool> = s1.iter().map(|s| s.spam).collect();
    let w1 = logistic(&x1, &y1, args.l2);
    // Context signals depend on the stage-one model: rescan with it.
    let mut identity = vec![0.0; STAGE_TWO.len() + 2];
    identity[1] = 1.0;
    // Signals do not depend on the thresholds; any valid ones do.
    let det = detector(&w1, &identity, &thresholds(0.5, 1.0))?;
    let s2: Vec<Sample> = samples(&det, docs)
        .into_iter()
        .filter(|s| train(s.doc))
        .collect();
    let x2: Vec<Vec<f64>> = s2.iter().map(|s| stage_two_x(s, &w1)).collect();
    let y2: Vec<bool> = s2.iter().map(|s| s.spam).collect();
    let w2 = logistic(&x2, &y2, args.l2);
    let scores: Vec<Scored> = x2
        .iter()
        .zip(&s2)
        .map(|(x, s)| (sigmoid(dot(&w2, x)), s.spam, s.doc))
        .collect();
    let kinds: Vec<&str> = docs.iter().map(|d| d.kind.as_str()).collect();
    let th = choose_thresholds(&scores, &kinds, args).ok_or_else(|| {
        format!(
            "no spam threshold and page share keep the false-positive rate at or under {}, in every kind at or under {}, and the damaged clean documents at or under {}: loosen --max-fpr, --max-kind-fpr or --max-doc-fp",
            args.max_fpr, args.max_kind_fpr, args.max_doc_fp
        )
    })?;
    Ok((w1, w2, th))
}

/// A scored paragraph: score, gold label (spam), document index.
type Scored = (f64, bool, usize);

/// A labelled paragraph: flagged as spam, gold label (spam), document
/// index.
type Flagged = (bool, bool, usize);

/// Precision, recall, F1 and FPR of `flagged`.
fn rates(flagged: &[Flagged]) -> (f64, f64, f64, f64) {
    let (mut tp, mut fp, mut fn_, mut tn) = (0.0, 0.0, 0.0, 0.0);
    for &(f, y, _) in flagged {
        match (f, y) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            (false, false) => tn += 1.0,
        }
    }
    let p: f64 = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r: f64 = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f1, if fp + tn > 0.0 { fp / (fp + tn) } else { 0.0 })
}

/// The share of all-clean documents with a flagged paragraph.
fn doc_fp_rate(flagged: &[Flagged]) -> f64 {
    // Document → (has spam, has a false positive).
    let mut docs: std::collections::BTreeMap<usize, (bool, bool)> = Default::default();
    for &(f, y, d) in flagged {
        let e = docs.entry(d).or_default();
        e.0 |= y;
        e.1 |= f && !y;
    }
    let clean: Vec<bool> = docs.values().filter(|e| !e.0).map(|e| e.1).collect();
    if clean.is_empty() {
        0.0
    } else {
        clean.iter().filter(|&&fp| fp).count() as f64 / clean.len() as f64
    }
}

/// The highest false-positive rate among the kinds of document (`kinds`
/// holds each document's kind).
fn worst_kind_fpr(flagged: &[Flagged], kinds: &[&str]) -> f64 {
    // Kind → (false positives, clean paragraphs).
    let mut per_kind: std::collections::BTreeMap<&str, (u32, u32)> = Default::default();
    for &(f, _, d) in flagged.iter().filter(|s| !s.1) {
        let e = per_kind.entry(kinds[d]).or_default();
        e.0 += u32::from(f);
        e.1 += 1;
    }
    per_kind
        .values()
        .map(|&(fp, n)| f64::from(fp) / f64::from(n))
        .fold(0.0, f64::max)
}

/// The paragraphs as the detector labels them with `th`, flagged when
/// spam (scores come in document order).
fn labelled(scores: &[Scored], th: &Thresholds) -> Vec<Flagged> {
    let mut out = Vec::with_capacity(scores.len());
    for doc in scores.chunk_by(|a, b| a.2 == b.2) {
        let s: Vec<f64> = doc.iter().map(|p| p.0).collect();
        for (p, l) in doc.iter().zip(th.labels(&s)) {
            out.push((l == Label::Spam, p.1, p.2));
        }
    }
    out
}

/// The spam threshold (suspicious at half of it) and the page share with
/// the best F1 among those with FPR ≤ `--max-fpr`, FPR ≤ `--max-kind-fpr`
/// in every kind of document, and at most `--max-doc-fp` of the all-clean
/// documents damaged; `None` when none meets the caps. Among equals, the
/// highest page share (the most cautious) and then the lowest threshold.
fn choose_thresholds(scores: &[Scored], kinds: &[&str], args: &Args) -> Option<Thresholds> {
    let mut best: Option<(Thresholds, f64)> = None;
    for page in (1..=10).rev().map(|i| f64::from(i) / 10.0) {
        for t in (1..100).map(|i| f64::from(i) / 100.0) {
            let th = thresholds(t, page);
            let l = labelled(scores, &th);
            let (_, _, f1, fpr) = rates(&l);
            if fpr <= args.max_fpr
                && worst_kind_fpr(&l, kinds) <= args.max_kind_fpr
                && doc_fp_rate(&l) <= args.max_doc_fp
                && best.is_none_or(|(_, b)| f1 > b)
            {
                best = Some((th, f1));
            }
        }
    }
    best.map(|(th, _)| th)
}

/// Writes every paragraph's signals with its gold label, kind and source.
fn dump(docs: &[common::Doc], path: &str) -> Result<(), String> {
    let det = Detector::new();
    let mut out = String::from("doc\tkind\tsource\tlabel\tscore");
    for s in Signal::ALL {
        out.push('\t');
        out.push_str(s.as_str());
    }
    out.push_str("\ttext\n");
    for doc in docs {
        let report = det.scan(&doc.text);
        for (v, (span, signals)) in report.paragraphs().iter().zip(det.signals(&doc.text)) {
            let g = doc
                .paragraphs
                .iter()
                .max_by_key(|g| span.end.min(g.end).saturating_sub(span.start.max(g.start)));
            let (label, source) = g.map_or(("?", ""), |g| (g.label.as_str(), g.source.as_str()));
            out.push_str(&format!(
                "{}\t{}\t{source}\t{label}\t{:.4}",
                doc.id,
                doc.kind,
                v.score()
            ));
            for (_, x) in signals.iter() {
                out.push_str(&format!("\t{x:.4}"));
            }
            let text: String = doc.text[span.range()].chars().take(200).collect();
            out.push_str(&format!("\t{}\n", text.replace(['\t', '\n'], " ")));
        }
    }
    std::fs::write(path, out).map_err(|e| format!("{path}: {e}"))
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fit: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let docs = common::read_corpus(&args.corpus)?;
    if let Some(path) = &args.dump {
        dump(&docs, path)?;
    }
    let mut cv = String::from("no cross-validation");
    if args.folds > 1 {
        let mut pooled = Vec::new();
        for k in 0..args.folds {
            let (w1, w2, th) = fit(&docs, &|d| d % args.folds != k, args)?;
            let det = detector(&w1, &w2, &th)?;
            let scores: Vec<Scored> = samples(&det, &docs)
                .into_iter()
                .filter(|s| s.doc % args.folds == k)
                .map(|s| (sigmoid(dot(&w2, &stage_two_x(&s, &w1))), s.spam, s.doc))
                .collect();
            pooled.extend(labelled(&scores, &th));
        }
        let (p, r, f1, fpr) = rates(&pooled);
        cv = format!(
            "{}-fold cross-validation (paragraphs): precision {p:.3} recall {r:.3} F1 {f1:.3} FPR {:.2}%, clean documents with a false positive {:.2}%",
            args.folds,
            100.0 * fpr,
            100.0 * doc_fp_rate(&pooled)
        );
        println!("{cv}");
    }
    let (w1, w2, th) = fit(&docs, &|_| true, args)?;
    let text = weights_rs(&w1, &w2, &th, &args.corpus, &cv);
    std::fs::write(&args.out, &text).map_err(|e| format!("{}: {e}", args.out))?;
    print!("{text}");
    println!("# written to {}", args.out);
    Ok(())
}
