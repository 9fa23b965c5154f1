//! Scans one document and prints a table of its paragraphs (or the report
//! as JSON).
//!
//! ```text
//! cargo run --release --example scan -- [FILE | -] [--json] [--config FILE]
//! ```
//!
//! With no FILE it scans the bundled example (`examples/seed.txt`: a news
//! article with one Thai gambling line spliced in); `-` reads stdin.
//! Without `--config` it names the languages of flagged paragraphs and of
//! the document (`lang.identify = "flagged"`). A
//! missing file or input that is not UTF-8 is a one-line error and a
//! non-zero exit.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use clap::Parser;
use interloper::{Config, Detector, Identify, Report};

/// The bundled example document.
const SEED: &str = include_str!("seed.txt");

/// Scans a document for paragraphs that do not belong.
#[derive(Parser)]
struct Args {
    /// The document to scan (`-` for stdin; default: the bundled example).
    file: Option<String>,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// Detector configuration (JSON or TOML).
    #[arg(long, value_name = "FILE")]
    config: Option<String>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("scan: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the input as UTF-8 text.
fn read_input(file: Option<&str>) -> Result<String, String> {
    let bytes = match file {
        None => return Ok(SEED.to_string()),
        Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("stdin: {e}"))?;
            buf
        }
        Some(path) => std::fs::read(path).map_err(|e| format!("{path}: {e}"))?,
    };
    let name = file.unwrap_or("-");
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn run(args: &Args) -> Result<(), String> {
    let detector = match &args.config {
        Some(path) => Detector::from_config_file(path).map_err(|e| e.to_string())?,
        None => {
            // A person reads this output: name the languages of flagged
            // paragraphs and of the document (the library's default skips
            // that for speed).
            let mut config = Config::default();
            config.lang.identify = Identify::Flagged;
            Detector::builder()
                .config(config)
                .build()
                .map_err(|e| e.to_string())?
        }
    };
    let text = read_input(args.file.as_deref())?;
    let report = detector.scan(&text);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = if args.json {
        let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        writeln!(out, "{json}")
    } else {
        print_table(&mut out, &report, &text)
    };
    match written.and_then(|()| out.flush()) {
        // `scan … | head`: the reader has what it wanted.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        r => r.map_err(|e| format!("stdout: {e}")),
    }
}

fn print_table(out: &mut impl Write, report: &Report, text: &str) -> io::Result<()> {
    writeln!(
        out,
        "document: {} bytes, {} paragraphs, language {}, script {}, {} spam",
        report.len(),
        report.paragraphs().len(),
        report.lang().map_or("-", |l| l.code()),
        report.script().map_or("-", |s| s.name()),
        report.spam().count(),
    )?;
    writeln!(
        out,
        "{:>4}  {:<10} {:>5}  {:<4}  {:<60}  text",
        "#", "label", "score", "lang", "top reasons"
    )?;
    for (i, p) in report.paragraphs().iter().enumerate() {
        let reasons: Vec<String> = p
            .reasons()
            .iter()
            .filter(|r| r.contribution() > 0.0)
            .take(3)
            .map(|r| match r.category() {
                Some(c) => format!("{}:{c} {:+.1}", r.signal(), r.contribution()),
                None => format!("{} {:+.1}", r.signal(), r.contribution()),
            })
            .collect();
        let snippet: String = p
            .as_str(text)
            .chars()
            .take(60)
            .collect::<String>()
            .replace('\n', " ");
        writeln!(
            out,
            "{:>4}  {:<10} {:>5.2}  {:<4}  {:<60}  {snippet}",
            i + 1,
            p.label().as_str(),
            p.score(),
            p.lang().map_or("-", |l| l.code()),
            reasons.join(", "),
        )?;
    }
    for (i, p) in report
        .paragraphs()
        .iter()
        .enumerate()
        .filter(|(_, p)| p.label().is_flagged())
    {
        writeln!(out, "\n#{} is {}:", i + 1, p.label())?;
        for r in p.reasons().iter().take(6) {
            writeln!(out, "  {r}")?;
        }
    }
    Ok(())
}
