//! Streams JSON Lines documents through interloper, for crawl-cleaning
//! pipelines (datatrove, Dolma and the like: one JSON object a line, the
//! document text in one string field).
//!
//! ```text
//! cargo run --release --example filter -- [OPTIONS] [INPUT ...]
//! ```
//!
//! Reads the inputs in order (plain, `.gz` or `.zst`; none or `-` is
//! stdin) and writes JSON Lines to stdout or `--output FILE` (compressed
//! when the name ends in `.gz` or `.zst`). Modes:
//!
//! - `annotate` (default): each input line, byte for byte, plus a field
//!   `interloper` with the document's language and script, its spam share
//!   and the non-clean paragraphs (`--all-paragraphs`: every paragraph) as
//!   `start`/`end` UTF-8 byte offsets into the text, label, score and top
//!   reasons. An existing `interloper` field is replaced.
//! - `clean`: the text field is replaced by the document without its spam
//!   paragraphs (`--drop-suspicious`: without suspicious ones too); every
//!   other byte of the line is kept. `--drop-doc-above F` drops documents
//!   whose removed share of paragraph bytes exceeds `F`; they go, annotated,
//!   to `--rejected FILE` when given, and are counted either way.
//! - `dolma`: one attribute record per document in the layout the Dolma
//!   mixer reads: `{"id": …, "attributes": {NAME: [[start, end, score], …]}}`
//!   with offsets in Unicode code points (characters), the unit Dolma's
//!   Python taggers produce and its mixer's span replacement counts in.
//!
//! Documents are scanned in parallel (`--threads N`, default all cores) in
//! batches of bounded size and written in input order, so memory stays
//! bounded whatever the input size. A line that is not UTF-8 JSON, is not
//! an object, lacks the text field, holds a non-string text or (dolma)
//! lacks the id field is an error
//! naming the input and line (`filter: INPUT:LINE: reason`, exit status 1,
//! no partial line written); with `--skip-invalid` it is passed through to
//! the output (annotate), to `--rejected` (clean) or replaced by an empty
//! attribute record (dolma, to keep attribute files aligned with the
//! documents), and counted. Blank lines are skipped and counted. A progress
//! line goes to stderr when it is a terminal (not with `--quiet`), and a
//! summary at the end (`--stats FILE` writes it as JSON too).

use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread;
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use interloper::{Detector, Identify, Label, Report, Script, Verdict};
use rayon::prelude::*;
use serde::Serialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// Field added to each line in annotate mode.
const FIELD: &str = "interloper";
/// Name of the tagger in Dolma attribute names
/// (`{experiment}__{tagger}__{attribute}`).
const DOLMA_TAGGER: &str = "interloper";

/// Streams JSONL documents through interloper: annotate, clean, or write
/// Dolma attributes.
#[derive(Parser, Debug)]
#[command(name = "filter", version)]
struct Args {
    /// Input files: JSON Lines, plain or compressed (`.gz`, `.zst`); none
    /// or `-` reads stdin.
    #[arg(value_name = "INPUT")]
    inputs: Vec<String>,
    /// What to write.
    #[arg(long, value_enum, default_value_t = Mode::Annotate)]
    mode: Mode,
    /// Write here instead of stdout (`.gz`/`.zst` names are compressed).
    #[arg(short, long, value_name = "FILE")]
    output: Option<String>,
    /// Field holding the document text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    text_field: String,
    /// Field holding the document id (copied to Dolma attribute records).
    #[arg(long, value_name = "NAME", default_value = "id")]
    id_field: String,
    /// Detector configuration (JSON or TOML).
    #[arg(long, value_name = "FILE")]
    config: Option<String>,
    /// Scanning threads; 0 means one per core.
    #[arg(long, value_name = "N", default_value_t = 0)]
    threads: usize,
    /// Annotate: list clean paragraphs too.
    #[arg(long)]
    all_paragraphs: bool,
    /// Annotate: reasons listed per paragraph, strongest first.
    #[arg(long, value_name = "N", default_value_t = 3)]
    reasons: usize,
    /// Clean: remove suspicious paragraphs too.
    #[arg(long)]
    drop_suspicious: bool,
    /// Clean: drop documents whose removed share of paragraph bytes
    /// exceeds F (in [0, 1]).
    #[arg(long, value_name = "F")]
    drop_doc_above: Option<f64>,
    /// Clean: write dropped documents (annotated) and, with
    /// `--skip-invalid`, invalid lines (as they were) to FILE.
    #[arg(long, value_name = "FILE")]
    rejected: Option<String>,
    /// Dolma: experiment name, the first part of attribute names.
    #[arg(long, value_name = "NAME", default_value = "interloper")]
    experiment: String,
    /// Pass invalid lines through (see the modes) instead of stopping.
    #[arg(long)]
    skip_invalid: bool,
    /// No progress line and no summary.
    #[arg(short, long)]
    quiet: bool,
    /// Write the summary as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    stats: Option<String>,
    /// Most documents per batch.
    #[arg(long, value_name = "N", default_value_t = 1000, hide = true)]
    batch_docs: usize,
    /// Most input mebibytes per batch.
    #[arg(long, value_name = "MIB", default_value_t = 8, hide = true)]
    batch_mib: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Mode {
    /// Add an `interloper` field with the report.
    Annotate,
    /// Replace the text by the document without its spam paragraphs.
    Clean,
    /// Write Dolma attribute records (character offsets).
    Dolma,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("filter: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Checks option combinations that make no sense.
fn check_args(args: &Args) -> Result<(), String> {
    let only = |set: bool, name: &str, mode: Mode| -> Result<(), String> {
        if set && args.mode != mode {
            let m = mode.to_possible_value().map(|v| v.get_name().to_string());
            return Err(format!(
                "{name} only applies to --mode {}",
                m.unwrap_or_default()
            ));
        }
        Ok(())
    };
    only(args.all_paragraphs, "--all-paragraphs", Mode::Annotate)?;
    only(args.drop_suspicious, "--drop-suspicious", Mode::Clean)?;
    only(
        args.drop_doc_above.is_some(),
        "--drop-doc-above",
        Mode::Clean,
    )?;
    only(args.rejected.is_some(), "--rejected", Mode::Clean)?;
    if let Some(f) = args.drop_doc_above {
        if !(0.0..=1.0).contains(&f) {
            return Err(format!("--drop-doc-above {f}: expected a share in [0, 1]"));
        }
    }
    if args.batch_docs == 0 || args.batch_mib == 0 {
        return Err("batch sizes must be positive".into());
    }
    if args.text_field == FIELD && args.mode == Mode::Annotate {
        return Err(format!("--text-field cannot be `{FIELD}` in annotate mode"));
    }
    Ok(())
}

fn run(args: &Args) -> Result<(), String> {
    check_args(args)?;
    let detector = match &args.config {
        Some(path) => Detector::from_config_file(path).map_err(|e| e.to_string())?,
        None => Detector::new(),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .thread_name(|i| format!("scan-{i}"))
        .build()
        .map_err(|e| format!("thread pool: {e}"))?;
    let threads = pool.current_num_threads();
    // One detector per worker, kept across batches: each clone has its own
    // regex caches, which stay warm and uncontended.
    let detectors: Vec<Detector> = (0..threads).map(|_| detector.clone()).collect();

    let inputs: Vec<String> = if args.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        args.inputs.clone()
    };
    // Open everything first, so that a missing input fails before any
    // output is written.
    let mut readers = Vec::with_capacity(inputs.len());
    for name in &inputs {
        readers.push(open_input(name).map_err(|e| format!("{}: {e}", display_name(name)))?);
    }
    // Writing over an input would truncate it before it is read.
    for out in [&args.output, &args.rejected].into_iter().flatten() {
        let same = |a: &str, b: &str| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        if let Some(input) = inputs.iter().find(|i| *i != "-" && same(i, out)) {
            return Err(format!("{out}: is also an input ({input})"));
        }
    }
    let output = open_output(args.output.as_deref())?;
    let rejected = match &args.rejected {
        Some(path) => Some(open_output(Some(path))?),
        None => None,
    };

    let ctx = Ctx {
        mode: args.mode,
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        all_paragraphs: args.all_paragraphs,
        reasons: args.reasons,
        drop_suspicious: args.drop_suspicious,
        drop_doc_above: args.drop_doc_above,
        dolma_prefix: format!("{}__{DOLMA_TAGGER}__", args.experiment),
    };
    let names: Vec<String> = inputs.iter().map(|n| display_name(n)).collect();

    let (batch_tx, batch_rx) = sync_channel::<Result<Batch, String>>(2);
    let limits = (args.batch_docs, args.batch_mib << 20);
    let reader_names = names.clone();
    let reader = thread::Builder::new()
        .name("reader".into())
        .spawn(move || read_inputs(readers, &reader_names, limits, batch_tx))
        .map_err(|e| format!("reader thread: {e}"))?;
    let (write_tx, write_rx) = sync_channel::<Chunk>(2);
    let writer = thread::Builder::new()
        .name("writer".into())
        .spawn(move || write_outputs(output, rejected, write_rx))
        .map_err(|e| format!("writer thread: {e}"))?;

    let started = Instant::now();
    let mut progress = Progress::new(!args.quiet && io::stderr().is_terminal());
    let mut summary = Summary {
        threads,
        names_languages: detector.config().lang.identify != Identify::Off,
        ..Summary::default()
    };
    let mut failure: Option<String> = None;
    for batch in batch_rx {
        let batch = match batch {
            Ok(b) => b,
            Err(e) => {
                failure = Some(e);
                break;
            }
        };
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .lines
                .par_iter()
                .map(|l| {
                    let det = &detectors[rayon::current_thread_index().unwrap_or(0) % threads];
                    process(&batch.data[l.start..l.end], &ctx, det)
                })
                .collect()
        });
        let mut chunk = Chunk::default();
        for (line, outcome) in batch.lines.iter().zip(outcomes) {
            let raw = &batch.data[line.start..line.end];
            summary.lines += 1;
            summary.input_bytes += raw.len() as u64;
            match outcome {
                Outcome::Blank => summary.blank_lines += 1,
                Outcome::Doc(doc) => {
                    summary.add(&doc.tally);
                    match doc.output {
                        Some(out) => {
                            chunk.output.extend_from_slice(&out);
                            chunk.output.push(b'\n');
                            summary.written += 1;
                        }
                        None => {
                            summary.dropped_documents += 1;
                            if args.rejected.is_some() {
                                chunk.rejected.extend_from_slice(&doc.rejected);
                                chunk.rejected.push(b'\n');
                                summary.rejected += 1;
                            } else {
                                summary.discarded += 1;
                            }
                        }
                    }
                }
                Outcome::Invalid(reason) => {
                    if !args.skip_invalid {
                        failure = Some(format!("{}:{}: {reason}", names[line.input], line.number));
                        break;
                    }
                    summary.invalid_lines += 1;
                    match args.mode {
                        Mode::Annotate => {
                            chunk.output.extend_from_slice(raw);
                            chunk.output.push(b'\n');
                            summary.written += 1;
                        }
                        Mode::Clean if args.rejected.is_some() => {
                            chunk.rejected.extend_from_slice(raw);
                            chunk.rejected.push(b'\n');
                            summary.rejected += 1;
                        }
                        Mode::Clean => summary.discarded += 1,
                        Mode::Dolma => {
                            chunk
                                .output
                                .extend_from_slice(&dolma_placeholder(raw, &ctx));
                            chunk.output.push(b'\n');
                            summary.written += 1;
                        }
                    }
                }
            }
        }
        if write_tx.send(chunk).is_err() || failure.is_some() {
            break;
        }
        progress.update(&summary, started.elapsed(), false);
    }
    // Let the writer finish the complete lines it was sent.
    drop(write_tx);
    let write_result = writer
        .join()
        .unwrap_or_else(|_| Err("the writer thread panicked".into()));
    progress.update(&summary, started.elapsed(), true);
    if let Some(e) = failure {
        // The reader stops at its next send (the receiver is gone) or with
        // the process; waiting for it could mean reading a slow stdin.
        drop(reader);
        return Err(e);
    }
    write_result?;
    reader
        .join()
        .map_err(|_| "the reader thread panicked".to_string())?;

    summary.finish(started.elapsed());
    if !args.quiet {
        eprint!("{summary}");
    }
    if let Some(path) = &args.stats {
        let json = serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())?;
        std::fs::write(path, json + "\n").map_err(|e| format!("{path}: {e}"))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Input

fn display_name(name: &str) -> String {
    if name == "-" {
        "<stdin>".to_string()
    } else {
        name.to_string()
    }
}

type Input = Box<dyn BufRead + Send>;

/// Opens an input, decompressing `.gz` (all members) and `.zst`.
fn open_input(name: &str) -> io::Result<Input> {
    const BUF: usize = 1 << 20;
    if name == "-" {
        return Ok(Box::new(BufReader::with_capacity(BUF, io::stdin())));
    }
    let file = File::open(name)?;
    let inner: Box<dyn Read + Send> = if name.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(file)))
    } else if name.ends_with(".zst") || name.ends_with(".zstd") {
        Box::new(zstd::Decoder::new(file)?)
    } else {
        Box::new(file)
    };
    Ok(Box::new(BufReader::with_capacity(BUF, inner)))
}

/// One input line inside a batch's buffer, without its line terminator.
struct Line {
    input: usize,
    number: u64,
    start: usize,
    end: usize,
}

/// Consecutive input lines, read together and scanned in parallel.
#[derive(Default)]
struct Batch {
    data: Vec<u8>,
    lines: Vec<Line>,
}

/// Reads every input in order and sends batches of at most `max_docs`
/// lines and about `max_bytes` bytes.
fn read_inputs(
    readers: Vec<Input>,
    names: &[String],
    (max_docs, max_bytes): (usize, usize),
    tx: SyncSender<Result<Batch, String>>,
) {
    let mut batch = Batch::default();
    for (input, mut reader) in readers.into_iter().enumerate() {
        let mut number = 0u64;
        loop {
            let start = batch.data.len();
            match reader.read_until(b'\n', &mut batch.data) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    let msg = format!("{}:{}: read error: {e}", names[input], number + 1);
                    let _ = tx.send(Err(msg));
                    return;
                }
            }
            number += 1;
            let mut start = start;
            if number == 1 && batch.data[start..].starts_with(b"\xEF\xBB\xBF") {
                start += 3; // a byte-order mark
            }
            let mut end = batch.data.len();
            if batch.data[end - 1] == b'\n' {
                end -= 1;
                if end > start && batch.data[end - 1] == b'\r' {
                    end -= 1;
                }
            }
            batch.lines.push(Line {
                input,
                number,
                start,
                end,
            });
            let full = batch.lines.len() >= max_docs || batch.data.len() >= max_bytes;
            if full && tx.send(Ok(std::mem::take(&mut batch))).is_err() {
                return;
            }
        }
    }
    if !batch.lines.is_empty() {
        let _ = tx.send(Ok(batch));
    }
}

// ---------------------------------------------------------------------------
// Output

/// An output file or stdout, compressed by file name.
enum Sink {
    Plain(BufWriter<Box<dyn Write + Send>>),
    Gz(BufWriter<flate2::write::GzEncoder<File>>),
    Zst(BufWriter<zstd::Encoder<'static, File>>),
}

/// A named sink.
struct Output {
    name: String,
    sink: Sink,
}

fn open_output(path: Option<&str>) -> Result<Output, String> {
    const BUF: usize = 1 << 20;
    let Some(path) = path.filter(|p| *p != "-") else {
        let stdout: Box<dyn Write + Send> = Box::new(io::stdout());
        return Ok(Output {
            name: "<stdout>".into(),
            sink: Sink::Plain(BufWriter::with_capacity(BUF, stdout)),
        });
    };
    let file = File::create(path).map_err(|e| format!("{path}: {e}"))?;
    let sink = if path.ends_with(".gz") {
        let enc = flate2::write::GzEncoder::new(file, flate2::Compression::default());
        Sink::Gz(BufWriter::with_capacity(BUF, enc))
    } else if path.ends_with(".zst") || path.ends_with(".zstd") {
        let enc = zstd::Encoder::new(file, 3).map_err(|e| format!("{path}: {e}"))?;
        Sink::Zst(BufWriter::with_capacity(BUF, enc))
    } else {
        let file: Box<dyn Write + Send> = Box::new(file);
        Sink::Plain(BufWriter::with_capacity(BUF, file))
    };
    Ok(Output {
        name: path.to_string(),
        sink,
    })
}

impl Output {
    fn write_all(&mut self, bytes: &[u8]) -> Result<(), String> {
        match &mut self.sink {
            Sink::Plain(w) => w.write_all(bytes),
            Sink::Gz(w) => w.write_all(bytes),
            Sink::Zst(w) => w.write_all(bytes),
        }
        .map_err(|e| format!("{}: {e}", self.name))
    }

    /// Flushes and, for compressed files, writes the trailer.
    fn finish(self) -> Result<(), String> {
        let name = self.name;
        let err = |e: io::Error| format!("{name}: {e}");
        match self.sink {
            Sink::Plain(mut w) => w.flush().map_err(err),
            Sink::Gz(w) => {
                let enc = w.into_inner().map_err(|e| err(e.into_error()))?;
                enc.finish().map(drop).map_err(err)
            }
            Sink::Zst(w) => {
                let enc = w.into_inner().map_err(|e| err(e.into_error()))?;
                enc.finish().map(drop).map_err(err)
            }
        }
    }
}

/// Complete lines for the output and the rejected file.
#[derive(Default)]
struct Chunk {
    output: Vec<u8>,
    rejected: Vec<u8>,
}

fn write_outputs(
    mut output: Output,
    mut rejected: Option<Output>,
    rx: Receiver<Chunk>,
) -> Result<(), String> {
    for chunk in rx {
        output.write_all(&chunk.output)?;
        if let Some(r) = &mut rejected {
            r.write_all(&chunk.rejected)?;
        }
    }
    output.finish()?;
    if let Some(r) = rejected {
        r.finish()?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// One line

/// What the workers need to know.
struct Ctx {
    mode: Mode,
    text_field: String,
    id_field: String,
    all_paragraphs: bool,
    reasons: usize,
    drop_suspicious: bool,
    drop_doc_above: Option<f64>,
    dolma_prefix: String,
}

/// A processed document.
struct Doc {
    /// The output line, or `None` when the document is dropped.
    output: Option<Vec<u8>>,
    /// The line for the rejected file, when dropped.
    rejected: Vec<u8>,
    tally: Tally,
}

enum Outcome {
    Blank,
    Doc(Doc),
    Invalid(String),
}

/// Counts from one document, added up in the summary.
#[derive(Default)]
struct Tally {
    text_bytes: u64,
    paragraphs: u64,
    paragraph_bytes: u64,
    spam_paragraphs: u64,
    spam_bytes: u64,
    suspicious_paragraphs: u64,
    /// Category and language of each spam paragraph.
    spam: Vec<(String, &'static str)>,
}

impl Tally {
    fn of(text: &str, report: &Report) -> Tally {
        let mut t = Tally {
            text_bytes: text.len() as u64,
            ..Tally::default()
        };
        for v in report.paragraphs() {
            let len = v.span().len() as u64;
            t.paragraphs += 1;
            t.paragraph_bytes += len;
            match v.label() {
                Label::Spam => {
                    t.spam_paragraphs += 1;
                    t.spam_bytes += len;
                    let lang = v.lang().map_or("und", |l| l.code());
                    t.spam.push((category(v).to_string(), lang));
                }
                Label::Suspicious => t.suspicious_paragraphs += 1,
                _ => {}
            }
        }
        t
    }
}

/// The category of a flagged paragraph: that of its strongest
/// spam-leaning reason with a category, else `none`.
fn category(v: &Verdict) -> &str {
    v.reasons()
        .iter()
        .filter(|r| r.contribution() > 0.0)
        .find_map(|r| r.category())
        .unwrap_or("none")
}

/// Scans one line and builds its output.
fn process(line: &[u8], ctx: &Ctx, detector: &Detector) -> Outcome {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Outcome::Blank;
    }
    match process_doc(line, ctx, detector) {
        Ok(doc) => Outcome::Doc(doc),
        Err(reason) => Outcome::Invalid(reason),
    }
}

fn process_doc(line: &[u8], ctx: &Ctx, detector: &Detector) -> Result<Doc, String> {
    let line = std::str::from_utf8(line)
        .map_err(|e| format!("not UTF-8 (byte {})", e.valid_up_to() + 1))?;
    let fields = Fields::parse(line, ctx)?;
    let Some(raw_text) = fields.text else {
        return Err(format!("no `{}` field", ctx.text_field));
    };
    let text: String = match serde_json::from_str(raw_text.get()) {
        Ok(t) => t,
        Err(_) if !raw_text.get().starts_with('"') => {
            return Err(format!(
                "field `{}` is {}, not a string",
                ctx.text_field,
                json_kind(raw_text.get())
            ));
        }
        Err(e) => return Err(format!("field `{}`: {}", ctx.text_field, json_error(&e))),
    };
    let report = detector.scan(&text);
    let tally = Tally::of(&text, &report);
    let (output, rejected) = match ctx.mode {
        Mode::Annotate => (Some(annotate(line, &fields, &report, ctx)), Vec::new()),
        Mode::Clean => {
            let drop = |v: &Verdict| {
                v.label() == Label::Spam || (ctx.drop_suspicious && v.label() == Label::Suspicious)
            };
            let total: usize = report.paragraphs().iter().map(|v| v.span().len()).sum();
            let removed: usize = report
                .paragraphs()
                .iter()
                .filter(|v| drop(v))
                .map(|v| v.span().len())
                .sum();
            let share = if total == 0 {
                0.0
            } else {
                removed as f64 / total as f64
            };
            if ctx.drop_doc_above.is_some_and(|f| share > f) {
                (None, annotate(line, &fields, &report, ctx))
            } else if removed == 0 {
                (Some(line.as_bytes().to_vec()), Vec::new())
            } else {
                let clean = report.text_without(&text, drop);
                let at = offset_in(line, raw_text.get());
                let mut out = Vec::with_capacity(line.len());
                out.extend_from_slice(&line.as_bytes()[..at]);
                serde_json::to_writer(&mut out, &clean).map_err(|e| e.to_string())?;
                out.extend_from_slice(&line.as_bytes()[at + raw_text.get().len()..]);
                (Some(out), Vec::new())
            }
        }
        Mode::Dolma => {
            let Some(id) = fields.id else {
                return Err(format!("no `{}` field", ctx.id_field));
            };
            let record = dolma_record(id, fields.source, &text, &report, ctx);
            (Some(record), Vec::new())
        }
    };
    Ok(Doc {
        output,
        rejected,
        tally,
    })
}

/// Byte offset of `part`, a slice of `whole`, in `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// "a number", "null", … for a raw JSON value.
fn json_kind(raw: &str) -> &'static str {
    match raw.as_bytes().first() {
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

/// serde_json's message without its position, which is always line 1.
fn json_error(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(i) => format!("{} (column {})", &msg[..i], e.column()),
        None => msg,
    }
}

// ---------------------------------------------------------------------------
// Parsing only the fields we need

/// The top-level fields of a line that the filter reads, as raw JSON
/// slices of the line; everything else is only validated.
#[derive(Default)]
struct Fields<'a> {
    text: Option<&'a RawValue>,
    id: Option<&'a RawValue>,
    source: Option<&'a RawValue>,
    /// An existing `interloper` field, replaced in annotate mode.
    own: Option<&'a RawValue>,
    count: usize,
}

impl<'a> Fields<'a> {
    fn parse(line: &'a str, ctx: &Ctx) -> Result<Fields<'a>, String> {
        let mut de = serde_json::Deserializer::from_str(line);
        let fields = FieldsSeed(ctx)
            .deserialize(&mut de)
            .and_then(|f| de.end().map(|()| f))
            .map_err(|e| match e.classify() {
                serde_json::error::Category::Data => json_error(&e),
                _ => format!("not JSON: {}", json_error(&e)),
            })?;
        Ok(fields)
    }
}

#[derive(Clone, Copy)]
enum Key {
    Text,
    Id,
    Source,
    Own,
    Other,
}

struct KeySeed<'c>(&'c Ctx);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed<'_> {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(if key == self.0.text_field {
            Key::Text
        } else if key == self.0.id_field {
            Key::Id
        } else if key == "source" {
            Key::Source
        } else if key == FIELD {
            Key::Own
        } else {
            Key::Other
        })
    }
}

struct FieldsSeed<'c>(&'c Ctx);

impl<'de> DeserializeSeed<'de> for FieldsSeed<'_> {
    type Value = Fields<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Fields<'de>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldsSeed<'_> {
    type Value = Fields<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
        let mut fields = Fields::default();
        while let Some(key) = map.next_key_seed(KeySeed(self.0))? {
            let value: &'de RawValue = map.next_value()?;
            fields.count += 1;
            match key {
                Key::Text => fields.text = Some(value),
                Key::Id => fields.id = Some(value),
                Key::Source => fields.source = Some(value),
                Key::Own => fields.own = Some(value),
                Key::Other => {}
            }
        }
        Ok(fields)
    }
}

// ---------------------------------------------------------------------------
// Annotate

#[derive(Serialize)]
struct Annotation<'a> {
    lang: Option<&'a str>,
    script: Option<Script>,
    /// Share of paragraph bytes labelled spam.
    spam_share: f64,
    /// Number of paragraphs, listed or not.
    n_paragraphs: usize,
    paragraphs: Vec<Paragraph<'a>>,
}

#[derive(Serialize)]
struct Paragraph<'a> {
    start: usize,
    end: usize,
    label: &'a str,
    score: f64,
    lang: Option<&'a str>,
    script: Option<Script>,
    reasons: Vec<Why<'a>>,
}

#[derive(Serialize)]
struct Why<'a> {
    signal: &'a str,
    contribution: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<&'a str>,
    detail: &'a str,
}

/// The line with the annotation spliced in as its last field (or in
/// place of an existing one).
fn annotate(line: &str, fields: &Fields, report: &Report, ctx: &Ctx) -> Vec<u8> {
    let paragraphs = report
        .paragraphs()
        .iter()
        .filter(|v| ctx.all_paragraphs || v.label() != Label::Clean)
        .map(|v| Paragraph {
            start: v.span().start,
            end: v.span().end,
            label: v.label().as_str(),
            score: v.score(),
            lang: v.lang().map(|l| l.code()),
            script: v.script(),
            reasons: v
                .reasons()
                .iter()
                .take(ctx.reasons)
                .map(|r| Why {
                    signal: r.signal().as_str(),
                    contribution: (r.contribution() * 1000.0).round() / 1000.0,
                    category: r.category(),
                    detail: r.detail(),
                })
                .collect(),
        })
        .collect();
    let annotation = Annotation {
        lang: report.lang().map(|l| l.code()),
        script: report.script(),
        spam_share: report.spam_share(),
        n_paragraphs: report.paragraphs().len(),
        paragraphs,
    };
    let mut out = Vec::with_capacity(line.len() + 256);
    if let Some(own) = fields.own {
        let at = offset_in(line, own.get());
        out.extend_from_slice(&line.as_bytes()[..at]);
        write_json(&mut out, &annotation);
        out.extend_from_slice(&line.as_bytes()[at + own.get().len()..]);
    } else {
        // A parsed object ends in `}`, possibly followed by whitespace.
        let body = line.trim_end();
        out.extend_from_slice(&body.as_bytes()[..body.len() - 1]);
        if fields.count > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"\"");
        out.extend_from_slice(FIELD.as_bytes());
        out.extend_from_slice(b"\":");
        write_json(&mut out, &annotation);
        out.push(b'}');
    }
    out
}

fn write_json<T: Serialize>(out: &mut Vec<u8>, value: &T) {
    // Serializing these plain structs into memory cannot fail: no map has
    // non-string keys and floats are finite (non-finite ones become null).
    serde_json::to_writer(out, value).expect("serializable");
}

// ---------------------------------------------------------------------------
// Dolma

/// Converts increasing byte offsets of a text into code-point offsets in
/// one pass.
struct CharOffsets<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> CharOffsets<'a> {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The number of characters before byte `at` (a `char` boundary).
    fn at(&mut self, at: usize) -> usize {
        if at < self.byte {
            // Out of order: count again from the start.
            self.byte = 0;
            self.chars = 0;
        }
        let piece = self.text.get(self.byte..at).unwrap_or("");
        self.chars += piece.chars().count();
        self.byte = at;
        self.chars
    }
}

/// `{"id": …, "source": …, "attributes": {…}}` with spans in characters.
///
/// Attributes, each a list of `[start, end, score]`:
/// `{experiment}__interloper__spam` and `…__suspicious` (the paragraphs so
/// labelled, with their score), `…__paragraph` (every paragraph with its
/// score) and `…__doc_spam_share` (`[[0, length, spam share]]`).
fn dolma_record(
    id: &RawValue,
    source: Option<&RawValue>,
    text: &str,
    report: &Report,
    ctx: &Ctx,
) -> Vec<u8> {
    type Spans = Vec<(usize, usize, f64)>;
    let mut offsets = CharOffsets::new(text);
    let (mut spam, mut suspicious, mut all): (Spans, Spans, Spans) = Default::default();
    for v in report.paragraphs() {
        let span = (
            offsets.at(v.span().start),
            offsets.at(v.span().end),
            v.score(),
        );
        match v.label() {
            Label::Spam => spam.push(span),
            Label::Suspicious => suspicious.push(span),
            _ => {}
        }
        all.push(span);
    }
    let length = offsets.at(text.len());
    let p = &ctx.dolma_prefix;
    let mut attributes: BTreeMap<String, Spans> = BTreeMap::new();
    attributes.insert(format!("{p}spam"), spam);
    attributes.insert(format!("{p}suspicious"), suspicious);
    attributes.insert(format!("{p}paragraph"), all);
    attributes.insert(
        format!("{p}doc_spam_share"),
        vec![(0, length, report.spam_share())],
    );
    dolma_line(id, source, &attributes)
}

fn dolma_line(
    id: &RawValue,
    source: Option<&RawValue>,
    attributes: &BTreeMap<String, Vec<(usize, usize, f64)>>,
) -> Vec<u8> {
    #[derive(Serialize)]
    struct Record<'a> {
        id: &'a RawValue,
        #[serde(skip_serializing_if = "Option::is_none")]
        source: Option<&'a RawValue>,
        attributes: &'a BTreeMap<String, Vec<(usize, usize, f64)>>,
    }
    let mut out = Vec::new();
    write_json(
        &mut out,
        &Record {
            id,
            source,
            attributes,
        },
    );
    out
}

/// The record written for an invalid line in dolma mode with
/// `--skip-invalid`: its id if one can be read (else null) and no
/// attributes, so attribute files stay aligned line for line.
fn dolma_placeholder(raw: &[u8], ctx: &Ctx) -> Vec<u8> {
    let null = serde_json::from_str::<&RawValue>("null").expect("valid JSON");
    let line = std::str::from_utf8(raw).unwrap_or("");
    let fields = Fields::parse(line, ctx).unwrap_or_default();
    dolma_line(fields.id.unwrap_or(null), fields.source, &BTreeMap::new())
}

// ---------------------------------------------------------------------------
// Progress and summary

/// Everything counted, written at the end (and as JSON with `--stats`).
///
/// Every input line is one of: a document, a blank line or an invalid
/// line; and every one ends up `written`, `rejected`, `discarded` or (blank
/// lines) skipped.
#[derive(Default, Serialize)]
struct Summary {
    lines: u64,
    documents: u64,
    blank_lines: u64,
    invalid_lines: u64,
    written: u64,
    rejected: u64,
    discarded: u64,
    dropped_documents: u64,
    input_bytes: u64,
    text_bytes: u64,
    paragraphs: u64,
    spam_paragraphs: u64,
    suspicious_paragraphs: u64,
    documents_with_spam: u64,
    paragraph_bytes: u64,
    spam_bytes: u64,
    spam_share: f64,
    spam_by_category: BTreeMap<String, u64>,
    spam_by_lang: BTreeMap<String, u64>,
    /// Whether whatlang names languages (`lang.identify` is not `off`).
    #[serde(skip)]
    names_languages: bool,
    threads: usize,
    seconds: f64,
    docs_per_s: f64,
    mb_per_s: f64,
}

impl Summary {
    fn add(&mut self, t: &Tally) {
        self.documents += 1;
        self.text_bytes += t.text_bytes;
        self.paragraphs += t.paragraphs;
        self.paragraph_bytes += t.paragraph_bytes;
        self.spam_paragraphs += t.spam_paragraphs;
        self.spam_bytes += t.spam_bytes;
        self.suspicious_paragraphs += t.suspicious_paragraphs;
        self.documents_with_spam += u64::from(t.spam_paragraphs > 0);
        for (cat, lang) in &t.spam {
            *self.spam_by_category.entry(cat.clone()).or_default() += 1;
            *self.spam_by_lang.entry(lang.to_string()).or_default() += 1;
        }
    }

    fn share(&self) -> f64 {
        if self.paragraph_bytes == 0 {
            0.0
        } else {
            self.spam_bytes as f64 / self.paragraph_bytes as f64
        }
    }

    fn finish(&mut self, elapsed: Duration) {
        self.seconds = elapsed.as_secs_f64();
        let s = self.seconds.max(1e-9);
        self.docs_per_s = self.documents as f64 / s;
        self.mb_per_s = self.input_bytes as f64 / 1e6 / s;
        self.spam_share = self.share();
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mb = |b: u64| b as f64 / 1e6;
        writeln!(
            f,
            "filter: {} documents, {:.2} MB of JSON ({:.2} MB of text) in {:.2} s on {} threads: \
             {:.1} docs/s, {:.2} MB/s",
            self.documents,
            mb(self.input_bytes),
            mb(self.text_bytes),
            self.seconds,
            self.threads,
            self.docs_per_s,
            self.mb_per_s
        )?;
        writeln!(
            f,
            "filter: {} lines = {} written + {} rejected + {} discarded + {} blank \
             ({} invalid, {} documents dropped)",
            self.lines,
            self.written,
            self.rejected,
            self.discarded,
            self.blank_lines,
            self.invalid_lines,
            self.dropped_documents
        )?;
        writeln!(
            f,
            "filter: {} paragraphs: {} spam ({:.2}% of bytes) in {} documents, {} suspicious",
            self.paragraphs,
            self.spam_paragraphs,
            100.0 * self.share(),
            self.documents_with_spam,
            self.suspicious_paragraphs
        )?;
        let list = |m: &BTreeMap<String, u64>| {
            let mut v: Vec<(&String, &u64)> = m.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let v: Vec<String> = v.iter().map(|(k, n)| format!("{k} {n}")).collect();
            if v.is_empty() {
                "-".to_string()
            } else {
                v.join(", ")
            }
        };
        writeln!(
            f,
            "filter: spam by category: {}",
            list(&self.spam_by_category)
        )?;
        let hint = if !self.names_languages && self.spam_by_lang.contains_key("und") {
            " (und: not named; whatlang names languages with lang.identify in --config)"
        } else {
            ""
        };
        writeln!(
            f,
            "filter: spam by language: {}{hint}",
            list(&self.spam_by_lang)
        )
    }
}

/// The progress line on stderr, at most a few times a second.
struct Progress {
    enabled: bool,
    last: Option<Instant>,
    shown: bool,
}

impl Progress {
    fn new(enabled: bool) -> Progress {
        Progress {
            enabled,
            last: None,
            shown: false,
        }
    }

    fn update(&mut self, s: &Summary, elapsed: Duration, done: bool) {
        if !self.enabled {
            return;
        }
        if done {
            if self.shown {
                eprint!("\r\x1b[2K");
            }
            return;
        }
        if self
            .last
            .is_some_and(|t| t.elapsed() < Duration::from_millis(250))
        {
            return;
        }
        self.last = Some(Instant::now());
        self.shown = true;
        let secs = elapsed.as_secs_f64().max(1e-9);
        let mb = s.input_bytes as f64 / 1e6;
        eprint!(
            "\r\x1b[2Kfilter: {} documents, {:.1} MB, {:.0} docs/s, {:.2} MB/s, flagged {:.2}%",
            s.documents,
            mb,
            s.documents as f64 / secs,
            mb / secs,
            100.0 * s.share()
        );
    }
}
