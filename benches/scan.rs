//! Throughput of a full scan against the passes that bound it.
//!
//! ```text
//! cargo bench --bench scan
//! ```
//!
//! Groups: `build` (Detector::new), `seed` (the bundled example), `corpus`
//! (every document of `../shared/data/dev.jsonl` when present, else texts
//! built from the bundled example), each with the reference passes over
//! the same paragraphs: whatlang on every paragraph, and one pass of the
//! lexicon automaton alone, and the scan with language names
//! (`lang.identify = "flagged"`); and `batch` (scan_many on one and two
//! threads). Each group first checks the verdicts it is about to time.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use interloper::{Config, Detector, Identify};

const SEED: &str = include_str!("../examples/seed.txt");
const DEV: &str = "../shared/data/dev.jsonl";

/// The documents of the corpus: dev.jsonl's texts, or a stand-in built
/// from the bundled example (the article repeated, with and without its
/// injected line) when the data set is absent.
fn corpus() -> (Vec<String>, &'static str) {
    if let Ok(text) = std::fs::read_to_string(DEV) {
        let docs: Vec<String> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
            .collect();
        if !docs.is_empty() {
            return (docs, "dev.jsonl");
        }
    }
    let clean: String = SEED
        .split("\n\n")
        .filter(|p| !p.contains("สล็อต"))
        .collect::<Vec<_>>()
        .join("\n\n");
    let docs = (0..400)
        .map(|i| {
            if i % 4 == 0 {
                SEED.to_string()
            } else {
                clean.clone()
            }
        })
        .collect();
    (docs, "bundled")
}

/// Paragraph texts of `docs`, as the detector splits them.
fn paragraphs<'a>(det: &Detector, docs: &'a [String]) -> Vec<&'a str> {
    docs.iter()
        .flat_map(|d| {
            det.scan(d)
                .paragraphs()
                .iter()
                .map(|v| v.as_str(d))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let det = Detector::new();

    let mut g = c.benchmark_group("build");
    g.bench_function("Detector::new", |b| b.iter(|| black_box(Detector::new())));
    g.finish();

    // The seed: exactly one spam paragraph, the Thai line.
    let report = det.scan(SEED);
    let spam: Vec<&str> = report.spam().map(|v| v.as_str(SEED)).collect();
    assert_eq!(spam.len(), 1, "seed verdicts changed: {spam:?}");
    assert!(spam[0].starts_with("สล็อตออนไลน์"));
    let mut g = c.benchmark_group("seed");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("scan", |b| b.iter(|| black_box(det.scan(black_box(SEED)))));
    g.finish();

    let (docs, name) = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let flagged: usize = docs.iter().map(|d| det.scan(d).spam().count()).sum();
    let paras = paragraphs(&det, &docs);
    // Sanity: the corpus has spam and the detector finds a plausible share
    // of it (dev.jsonl: 2,826 of 14,578 paragraphs are spam).
    assert!(
        flagged > 0 && flagged < paras.len() / 2,
        "implausible verdicts: {flagged} of {}",
        paras.len()
    );
    eprintln!(
        "corpus {name}: {} documents, {} paragraphs, {bytes} bytes, {flagged} flagged",
        docs.len(),
        paras.len()
    );

    let mut g = c.benchmark_group(format!("corpus-{name}"));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20).measurement_time(Duration::from_secs(15));
    g.bench_function("scan", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| det.scan(d).paragraphs().len())
                .sum::<usize>()
        })
    });
    // The same scan naming languages with whatlang (`lang.identify =
    // "flagged"`): what readable language names cost.
    let mut config = Config::default();
    config.lang.identify = Identify::Flagged;
    let naming = Detector::builder().config(config).build().expect("config");
    g.bench_function("scan-naming-languages", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| naming.scan(d).paragraphs().len())
                .sum::<usize>()
        })
    });
    g.bench_function("whatlang-every-paragraph", |b| {
        b.iter(|| {
            paras
                .iter()
                .filter(|p| whatlang::detect(p).is_some())
                .count()
        })
    });
    g.bench_function("lexicon-pass", |b| {
        b.iter(|| {
            paras
                .iter()
                .map(|p| det.count_lexicon_hits(p))
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group(format!("batch-{name}"));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20).measurement_time(Duration::from_secs(15));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool");
        g.bench_function(format!("scan_many-{threads}-threads"), |b| {
            b.iter(|| pool.install(|| det.scan_many(&docs).len()))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
