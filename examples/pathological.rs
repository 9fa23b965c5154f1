//! Scans pathological documents and reports time and memory, to check that
//! scanning stays linear in time and bounded in memory whatever the input.
//!
//! ```text
//! cargo run --release --example pathological            # every case, 1, 10 and 50 MB
//! cargo run --release --example pathological -- keywords # one case
//! cargo run --release --example pathological -- --quick # 1 and 10 MB only
//! cargo run --release --example pathological -- --markdown
//! ```
//!
//! Cases:
//!
//! - `one-paragraph`: ordinary English words and spam words, one single
//!   paragraph with no line break at all.
//! - `tiny-paragraphs`: `a\n\n` repeated: one-character paragraphs.
//! - `million-paragraphs`: exactly a million of them (3 MB).
//! - `one-line-each`: `a\n` repeated: no blank line, so every line is a
//!   paragraph.
//! - `short-word-pairs`: `a b\n\n` repeated: tiny paragraphs of two
//!   alternating short words (the most tokens per byte).
//! - `repeated-char`: one ASCII character repeated.
//! - `repeated-thai`: one Thai letter repeated (non-ASCII folding path).
//! - `repeated-styled`: `𝐒` repeated (compatibility folding on every char).
//! - `repeated-ligature`: U+FDFA repeated, the character whose folded form
//!   is longest (3 bytes become 33).
//! - `keywords`: one paragraph of nothing but lexicon keywords and rule
//!   triggers.
//! - `heavy-rule`: the `one-paragraph` document, scanned by a detector with
//!   one more user rule built to be slow (Unicode classes, bounded
//!   repetition).
//!
//! Each case and size runs in a fresh child process (this program run with
//! `--case NAME --mb N`), so that the peak resident memory (`VmHWM` in
//! `/proc/self/status`) is that case's own. The time is the scan alone,
//! the best of three runs up to 10 MB and one run above. Memory is shown
//! three ways: the peak resident memory during the scans minus the
//! resident memory just before them (the detector and the document are
//! already there); the peak of live heap bytes during a scan, counted by
//! a counting allocator, as a multiple of the document's size; and the
//! heap bytes the returned report holds, as a multiple of the document's
//! size. The ratio column is time(10 MB) / time(1 MB): 10 is linear.
//! Tiny paragraphs are grouped when a document has very many of them (see
//! the crate docs), so their memory is a small multiple of the input too.

use std::alloc::{GlobalAlloc, Layout, System};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use interloper::Detector;

/// The system allocator, counting the bytes live on the heap and their
/// peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let live = LIVE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to `System` unchanged; only counters
// are updated around it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const CASES: &[&str] = &[
    "one-paragraph",
    "tiny-paragraphs",
    "million-paragraphs",
    "one-line-each",
    "short-word-pairs",
    "repeated-char",
    "repeated-thai",
    "repeated-styled",
    "repeated-ligature",
    "keywords",
    "quoted-keywords",
    "heavy-rule",
];

/// A user rule near the compiled size limit that the lazy DFA finds hard:
/// Unicode word classes, bounded repetition.
const HEAVY_RULE: &str = r"(?:\w+\W+){3,5}\w{0,8}\d{3,}";

/// `unit` repeated to about `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// The document of a case, about `bytes` long.
fn document(case: &str, bytes: usize) -> Option<String> {
    Some(match case {
        "one-paragraph" => repeat_to(
            "The committee met on Tuesday to discuss the budget, and the minister \
             said the rain had delayed work on the bridge. Daftar slot gacor maxwin \
             di situs88 sekarang, bonus 100% via t.me/promo! ",
            bytes,
        ),
        "tiny-paragraphs" => repeat_to("a\n\n", bytes),
        "million-paragraphs" => "a\n\n".repeat(1_000_000),
        "one-line-each" => repeat_to("a\n", bytes),
        "short-word-pairs" => repeat_to("a b\n\n", bytes),
        "repeated-char" => repeat_to("a", bytes),
        "repeated-thai" => repeat_to("ส", bytes),
        "repeated-styled" => repeat_to("𝐒", bytes),
        "repeated-ligature" => repeat_to("\u{FDFA}", bytes),
        "heavy-rule" => document("one-paragraph", bytes)?,
        // Every word a lexicon hit inside its own quotation marks.
        "quoted-keywords" => repeat_to("'slot' \"gacor\" “casino” 「สล็อต」 ", bytes),
        "keywords" => repeat_to(
            "slot gacor judi bola casino online maxwin jackpot togel bandar \
             สล็อต เว็บตรง viagra cialis bitcoin crypto airdrop ",
            bytes,
        ),
        _ => return None,
    })
}

/// A field of `/proc/self/status`, in kB.
fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Runs one case in this process and prints `seconds peak_growth_kb
/// paragraphs bytes`.
fn child(case: &str, mb: usize) -> ExitCode {
    let detector = if case == "heavy-rule" {
        match Detector::builder().rule("heavy", HEAVY_RULE, 1.0).build() {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        Detector::new()
    };
    let Some(doc) = document(case, mb << 20) else {
        eprintln!("unknown case `{case}`");
        return ExitCode::FAILURE;
    };
    // Warm up the detector's lazy caches on a small document.
    let _ = detector.scan("warm up the caches.\n\nslot gacor 88");
    let before = status_kb("VmRSS:");
    let heap_before = LIVE.load(Ordering::Relaxed);
    PEAK.store(heap_before, Ordering::Relaxed);
    let runs = if mb <= 10 { 3 } else { 1 };
    let mut best = f64::INFINITY;
    let mut paragraphs = 0;
    let mut report_heap = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let report = detector.scan(&doc);
        best = best.min(t.elapsed().as_secs_f64());
        paragraphs = report.paragraphs().len();
        report_heap = LIVE.load(Ordering::Relaxed).saturating_sub(heap_before);
        drop(report);
    }
    let peak_heap = PEAK.load(Ordering::Relaxed).saturating_sub(heap_before);
    let peak = status_kb("VmHWM:");
    println!(
        "{best} {} {paragraphs} {} {peak_heap} {report_heap}",
        peak.saturating_sub(before),
        doc.len()
    );
    ExitCode::SUCCESS
}

/// One measured case and size.
struct Row {
    case: String,
    mb: usize,
    bytes: usize,
    seconds: f64,
    growth_kb: u64,
    paragraphs: usize,
    /// Peak heap bytes during the scans, above what was live before.
    peak_heap: usize,
    /// Heap bytes the report holds.
    report_heap: usize,
}

fn run_child(case: &str, mb: usize) -> Option<Row> {
    let exe = std::env::current_exe().ok()?;
    let out = Command::new(exe)
        .args(["--case", case, "--mb", &mb.to_string()])
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!(
            "{case} {mb} MB failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut f = text.split_whitespace();
    Some(Row {
        case: case.to_string(),
        mb,
        seconds: f.next()?.parse().ok()?,
        growth_kb: f.next()?.parse().ok()?,
        paragraphs: f.next()?.parse().ok()?,
        bytes: f.next()?.parse().ok()?,
        peak_heap: f.next()?.parse().ok()?,
        report_heap: f.next()?.parse().ok()?,
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "--case") {
        let case = args.get(i + 1).map_or("", String::as_str);
        let mb = args
            .iter()
            .position(|a| a == "--mb")
            .and_then(|j| args.get(j + 1))
            .and_then(|s| s.parse().ok())
            .unwrap_or(1);
        return child(case, mb);
    }
    let quick = args.iter().any(|a| a == "--quick");
    let markdown = args.iter().any(|a| a == "--markdown");
    let sizes = |case: &str| -> &[usize] {
        match case {
            "million-paragraphs" => &[3],
            _ if quick => &[1, 10],
            _ => &[1, 10, 50],
        }
    };
    let only: Vec<&str> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(String::as_str)
        .collect();

    if markdown {
        println!(
            "| input | size | paragraphs | seconds | MB/s | ratio 10 MB / 1 MB | peak RSS growth | peak heap × input | report heap × input |"
        );
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    } else {
        println!(
            "{:<16} {:>6} {:>10} {:>9} {:>8} {:>6} {:>10} {:>10} {:>10}",
            "input",
            "size",
            "paragraphs",
            "seconds",
            "MB/s",
            "ratio",
            "peak RSS",
            "heap×in",
            "report×in"
        );
    }
    for case in CASES.iter().filter(|c| only.is_empty() || only.contains(c)) {
        let mut one_mb = None;
        for &mb in sizes(case) {
            let Some(row) = run_child(case, mb) else {
                return ExitCode::FAILURE;
            };
            if mb == 1 {
                one_mb = Some(row.seconds);
            }
            let ratio = match (mb, one_mb) {
                (10, Some(t)) if t > 0.0 => format!("{:.1}", row.seconds / t),
                _ => String::new(),
            };
            let mbs = row.bytes as f64 / (1 << 20) as f64 / row.seconds;
            let growth_mb = row.growth_kb as f64 / 1024.0;
            let heap = row.peak_heap as f64 / row.bytes as f64;
            let held = row.report_heap as f64 / row.bytes as f64;
            if markdown {
                println!(
                    "| {} | {} MB | {} | {:.3} | {:.0} | {} | {:.0} MB | {:.1} | {:.1} |",
                    row.case,
                    row.mb,
                    row.paragraphs,
                    row.seconds,
                    mbs,
                    ratio,
                    growth_mb,
                    heap,
                    held
                );
            } else {
                println!(
                    "{:<16} {:>3} MB {:>10} {:>9.3} {:>8.0} {:>6} {:>7.0} MB {:>10.1} {:>10.1}",
                    row.case,
                    row.mb,
                    row.paragraphs,
                    row.seconds,
                    mbs,
                    ratio,
                    growth_mb,
                    heap,
                    held
                );
            }
        }
    }
    ExitCode::SUCCESS
}
