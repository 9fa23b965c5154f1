//! End-to-end tests of `examples/filter.rs`: each test writes its own small
//! JSON Lines input, runs the built example and checks the output against
//! what the library reports for the same texts.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use interloper::{Detector, Label, Report};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------
// Harness

/// The example binary, built once per test run with the same profile and
/// target directory as this test.
fn filter_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| build_example("filter"))
}

/// Builds `examples/NAME.rs` and returns the path of the binary.
fn build_example(name: &str) -> PathBuf {
    // This test runs as TARGET/PROFILE/deps/filter-HASH.
    let exe = std::env::current_exe().expect("test executable path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("test executable in TARGET/PROFILE/deps");
    let target_dir = profile_dir.parent().expect("target directory");
    let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
        Some("debug") | None => "dev",
        Some(p) => p,
    };
    let status = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--example", name, "--profile", profile])
        .arg("--target-dir")
        .arg(target_dir)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("run cargo build");
    assert!(status.success(), "cargo build --example {name} failed");
    let bin = profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "{} not built", bin.display());
    bin
}

/// A directory removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "interloper-filter-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).expect("write input");
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the filter with `args` (paths as given), feeding `stdin`.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(filter_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn filter");
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().expect("wait for filter");
    feeder.join().expect("stdin feeder");
    out
}

/// Runs the filter and expects success.
fn run_ok(args: &[&str], stdin: &[u8]) -> Output {
    let out = run(args, stdin);
    assert!(
        out.status.success(),
        "filter {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn lines(bytes: &[u8]) -> Vec<&str> {
    let text = std::str::from_utf8(bytes).expect("UTF-8 output");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "output ends in a partial line"
    );
    text.lines().collect()
}

fn parse(line: &str) -> Value {
    serde_json::from_str(line).unwrap_or_else(|e| panic!("bad JSON output {line:?}: {e}"))
}

/// Whether a float read back from JSON is `want` (exact with serde_json's
/// `float_roundtrip`, within an ulp or so without it).
fn same_f64(got: &Value, want: f64) -> bool {
    got.as_f64()
        .is_some_and(|g| (g - want).abs() <= 1e-12 * want.abs().max(1.0))
}

fn p(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

// ---------------------------------------------------------------------------
// Test documents, invented here

const CLEAN: &[&str] = &[
    "The city council approved the new budget on Tuesday after a long debate about road repairs and school funding.",
    "Scientists at the university said the experiment would take several years to complete, depending on the weather.",
    "She moved to Lisbon in 2019 and opened a small café near the river, serving pastries baked every morning.",
    "The museum reopened its east wing, where visitors can now see the restored ceiling paintings up close.",
    "Der Gemeinderat hat am Dienstag den neuen Haushalt beschlossen, nach einer langen Debatte über Straßen.",
];

const SPAMMY: &[&str] = &[
    "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ เครดิตฟรี",
    "Slot gacor maxwin hari ini, daftar sekarang! WA 0812-3456-7890 bonus 100%",
    "Buy cheap viagra online without prescription, best price guaranteed!!!",
    "Click here: http://example.com/promo 🔥🔥🔥 Limited offer!!!",
    "Follow me on instagram @bestdeals2024 for daily discounts 💰💰",
    "CHECK OUT MY CHANNEL FOR MORE VIDEOS!!!",
    "Contact us at sales@example.com or call +1 555 123 4567 today.",
];

/// A deterministic mix of clean and spammy paragraphs for document `i`.
fn doc_text(i: usize) -> String {
    let mut x = (i as u64)
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = |n: usize| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((x >> 33) as usize) % n
    };
    let n = 1 + next(4);
    let mut paras: Vec<&str> = Vec::new();
    for _ in 0..n {
        if next(3) == 0 {
            paras.push(SPAMMY[next(SPAMMY.len())]);
        } else {
            paras.push(CLEAN[next(CLEAN.len())]);
        }
    }
    let sep = if i % 5 == 0 { "\n" } else { "\n\n" };
    let mut t = paras.join(sep);
    if i % 7 == 0 {
        t.push('\n');
    }
    t
}

/// JSONL documents with ids `doc-0…`, extra fields around the text.
fn corpus(n: usize) -> (Vec<String>, String) {
    let mut texts = Vec::new();
    let mut jsonl = String::new();
    for i in 0..n {
        let text = doc_text(i);
        let line = json!({"id": format!("doc-{i}"), "text": text, "n": i}).to_string();
        jsonl.push_str(&line);
        jsonl.push('\n');
        texts.push(text);
    }
    (texts, jsonl)
}

/// The `interloper` field the filter should write for `report`, compared
/// on what the library decides: spans, labels, scores, languages.
fn check_annotation(ann: &Value, report: &Report, all: bool) {
    assert_eq!(
        ann["lang"],
        json!(report.lang().map(|l| l.code())),
        "document language"
    );
    assert!(same_f64(&ann["spam_share"], report.spam_share()));
    assert_eq!(ann["n_paragraphs"], json!(report.paragraphs().len()));
    let expected: Vec<_> = report
        .paragraphs()
        .iter()
        .filter(|v| all || v.label() != Label::Clean)
        .collect();
    let got = ann["paragraphs"].as_array().expect("paragraphs array");
    assert_eq!(got.len(), expected.len());
    for (g, v) in got.iter().zip(expected) {
        assert_eq!(g["start"], json!(v.span().start));
        assert_eq!(g["end"], json!(v.span().end));
        assert_eq!(g["label"], json!(v.label().as_str()));
        assert!(same_f64(&g["score"], v.score()));
        assert_eq!(g["lang"], json!(v.lang().map(|l| l.code())));
        let reasons = g["reasons"].as_array().expect("reasons");
        assert!(reasons.len() <= 3 && reasons.len() <= v.reasons().len());
        for (r, want) in reasons.iter().zip(v.reasons()) {
            assert_eq!(r["signal"], json!(want.signal().as_str()));
        }
    }
}

// ---------------------------------------------------------------------------
// Tests

#[test]
fn annotate_keeps_order_with_many_threads() {
    let (texts, jsonl) = corpus(240);
    let det = Detector::new();
    let reports: Vec<Report> = det.scan_many(&texts);
    assert!(
        reports.iter().any(Report::has_spam),
        "the test corpus should contain spam"
    );
    // Small batches, more threads than cores: order must survive both.
    let out = run_ok(
        &["--threads", "4", "--batch-docs", "7", "--quiet"],
        jsonl.as_bytes(),
    );
    let got = lines(&out.stdout);
    assert_eq!(got.len(), texts.len());
    for (i, (line, report)) in got.iter().zip(&reports).enumerate() {
        let v = parse(line);
        assert_eq!(v["id"], json!(format!("doc-{i}")), "line {}", i + 1);
        check_annotation(&v["interloper"], report, false);
    }
    // Same result on one thread, byte for byte.
    let one = run_ok(&["--threads", "1", "--quiet"], jsonl.as_bytes());
    assert_eq!(one.stdout, out.stdout);
}

#[test]
fn annotate_preserves_every_field_byte_for_byte() {
    let spam = SPAMMY[0];
    let clean = CLEAN[0];
    let text = format!("{clean}\n\n{spam}\n\n{}", CLEAN[1]);
    let text_json = serde_json::to_string(&text).unwrap();
    // Odd spacing, escapes, big and exotic numbers, nested values, keys
    // out of alphabetical order, the text not last, an empty text, an
    // escaped key, a line with CRLF, and an old annotation to replace.
    let inputs = [
        format!(
            r#"{{"zeta": 1, "id" : "a\u00e9", "text":{text_json} ,"big": 123456789012345678901234567890, "f": 1.50e+3, "nested": {{"b": [1, {{"c": null}}], "a": "\ud83d\ude00"}}, "alpha": true}}"#
        ),
        r#"{"text": "", "meta": {}}"#.to_string(),
        format!(r#"  {{ "t\u0065xt" : {text_json} }}  "#),
        format!(r#"{{"id": 3, "interloper": {{"old": true}}, "text": {text_json}, "z": []}}"#),
    ];
    // A byte-order mark at the start of the input is dropped.
    let mut input = String::from('\u{feff}');
    for (i, l) in inputs.iter().enumerate() {
        input.push_str(l);
        input.push_str(if i == 1 { "\r\n" } else { "\n" });
    }
    let out = run_ok(&["--all-paragraphs", "--quiet"], input.as_bytes());
    let got = lines(&out.stdout);
    assert_eq!(got.len(), inputs.len());
    let det = Detector::new();
    for (line, original) in got.iter().zip(&inputs) {
        let v = parse(line);
        let text = v["text"].as_str().unwrap();
        check_annotation(&v["interloper"], &det.scan(text), true);
        let before: Value = serde_json::from_str(original).unwrap();
        let mut after = v.clone();
        let after_map = after.as_object_mut().unwrap();
        after_map.remove("interloper");
        let mut before_map = before.as_object().unwrap().clone();
        before_map.remove("interloper");
        assert_eq!(after_map, &before_map, "fields changed");
        if !original.contains("interloper") {
            // Every byte of the input object is kept: the annotation is
            // spliced in before the closing brace.
            let body = original.trim_end();
            let body = &body[..body.len() - 1];
            assert!(
                line.starts_with(body),
                "{line}\ndoes not start with\n{body}"
            );
            assert!(line.ends_with("}}"));
        } else {
            // The old annotation is replaced in place.
            assert!(line.starts_with(r#"{"id": 3, "interloper": {"lang""#));
            assert!(line.ends_with(&format!(r#", "text": {text_json}, "z": []}}"#)));
            assert!(!line.contains(r#""old""#));
        }
    }
    // The big integer and the float keep their spelling.
    assert!(got[0].contains("123456789012345678901234567890"));
    assert!(got[0].contains("1.50e+3"));
    assert!(got[0].contains(r#""a\u00e9""#));
}

#[test]
fn clean_mode_drops_exactly_the_spam_paragraphs() {
    let (texts, jsonl) = corpus(120);
    let det = Detector::new();
    let reports = det.scan_many(&texts);
    let out = run_ok(&["--mode", "clean", "--quiet"], jsonl.as_bytes());
    let got = lines(&out.stdout);
    assert_eq!(got.len(), texts.len());
    let mut changed = 0;
    for (i, ((line, text), report)) in got.iter().zip(&texts).zip(&reports).enumerate() {
        let v = parse(line);
        assert_eq!(v["text"].as_str().unwrap(), report.clean_text(text));
        assert_eq!(v["id"], json!(format!("doc-{i}")));
        assert_eq!(v["n"], json!(i));
        assert_eq!(v.as_object().unwrap().len(), 3, "no field added");
        if report.has_spam() {
            changed += 1;
        } else {
            // Untouched documents are copied byte for byte.
            assert_eq!(*line, jsonl.lines().nth(i).unwrap());
        }
    }
    assert!(changed > 0, "the test corpus should contain spam");

    // --drop-suspicious removes every non-clean paragraph.
    let out = run_ok(
        &["--mode", "clean", "--drop-suspicious", "--quiet"],
        jsonl.as_bytes(),
    );
    for ((line, text), report) in lines(&out.stdout).iter().zip(&texts).zip(&reports) {
        let want = report.text_without(text, |v| v.label() != Label::Clean);
        assert_eq!(parse(line)["text"].as_str().unwrap(), want);
    }
}

#[test]
fn clean_mode_drops_documents_above_a_share_into_rejected() {
    let (texts, jsonl) = corpus(150);
    let reports = Detector::new().scan_many(&texts);
    let dir = TempDir::new();
    let rejected = dir.path("rejected.jsonl");
    let stats = dir.path("stats.json");
    let out = run_ok(
        &[
            "--mode",
            "clean",
            "--drop-doc-above",
            "0.3",
            "--rejected",
            p(&rejected),
            "--stats",
            p(&stats),
            "--quiet",
        ],
        jsonl.as_bytes(),
    );
    let kept_ids: Vec<String> = lines(&out.stdout)
        .iter()
        .map(|l| parse(l)["id"].as_str().unwrap().to_string())
        .collect();
    let rej_bytes = std::fs::read(&rejected).unwrap();
    let rej = lines(&rej_bytes);
    let want_dropped: Vec<usize> = (0..texts.len())
        .filter(|&i| reports[i].spam_share() > 0.3)
        .collect();
    assert!(!want_dropped.is_empty());
    assert_eq!(rej.len(), want_dropped.len());
    for (line, &i) in rej.iter().zip(&want_dropped) {
        let v = parse(line);
        // The rejected document is the original, annotated.
        assert_eq!(v["id"], json!(format!("doc-{i}")));
        assert_eq!(v["text"].as_str().unwrap(), texts[i]);
        check_annotation(&v["interloper"], &reports[i], false);
    }
    let want_kept: Vec<String> = (0..texts.len())
        .filter(|i| !want_dropped.contains(i))
        .map(|i| format!("doc-{i}"))
        .collect();
    assert_eq!(kept_ids, want_kept);
    let s: Value = serde_json::from_slice(&std::fs::read(&stats).unwrap()).unwrap();
    assert_eq!(s["lines"], json!(texts.len()));
    assert_eq!(s["written"], json!(want_kept.len()));
    assert_eq!(s["rejected"], json!(want_dropped.len()));
    assert_eq!(s["dropped_documents"], json!(want_dropped.len()));
    assert_eq!(s["discarded"], json!(0));
}

#[test]
fn invalid_line_is_an_error_with_its_line_number() {
    let good = |i: usize| json!({"id": i, "text": doc_text(i)}).to_string();
    let cases: [(&str, &str); 5] = [
        ("{\"id\": 9, \"text\": \"unterminated", "not JSON"),
        ("{\"id\": 9, \"body\": \"no text here\"}", "no `text` field"),
        ("{\"id\": 9, \"text\": 42}", "is a number, not a string"),
        ("[\"an\", \"array\"]", "expected a JSON object"),
        ("{\"id\": 9, \"text\": \"trailing\"} garbage", "not JSON"),
    ];
    let dir = TempDir::new();
    for (bad, reason) in cases {
        // Four good lines and a blank one, then the bad line 6, then more.
        let mut input = String::new();
        for i in 0..4 {
            input.push_str(&good(i));
            input.push('\n');
        }
        input.push('\n');
        input.push_str(bad);
        input.push('\n');
        for i in 4..2000 {
            input.push_str(&good(i));
            input.push('\n');
        }
        let path = dir.write("bad.jsonl", input.as_bytes());
        let out = run(&["--batch-docs", "3", p(&path)], b"");
        assert!(!out.status.success(), "{bad}: accepted");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let want = format!("filter: {}:6: ", p(&path));
        assert!(stderr.starts_with(&want), "{bad}: stderr {stderr:?}");
        assert!(stderr.contains(reason), "{bad}: stderr {stderr:?}");
        // Only complete lines, none of them for the bad line or after it.
        let got = lines(&out.stdout);
        assert!(got.len() <= 4, "{bad}: {} lines written", got.len());
        for (i, line) in got.iter().enumerate() {
            assert_eq!(parse(line)["id"], json!(i));
        }
    }
    // From stdin, the input is called <stdin>.
    let out = run(&[], b"{\"text\": \"fine\"}\n{\"text\": null}\n");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("filter: <stdin>:2: field `text` is null"),
        "{stderr}"
    );
    // Lines of several inputs are numbered per input.
    let a = dir.write("a.jsonl", format!("{}\n{}\n", good(0), good(1)).as_bytes());
    let b = dir.write("b.jsonl", format!("{}\nnot json\n", good(2)).as_bytes());
    let out = run(&[p(&a), p(&b)], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(&format!("filter: {}:2: not JSON", p(&b))),
        "{stderr}"
    );
    // Invalid UTF-8 is an error too.
    let out = run(&[], b"{\"text\": \"caf\xe9\"}\n");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:1: not UTF-8"));
}

#[test]
fn skip_invalid_passes_lines_through_and_counts_them() {
    let good = |i: usize| json!({"id": i, "text": doc_text(i)}).to_string();
    let bad = [
        "not json at all",
        "{\"id\": 100, \"text\": [\"list\"]}",
        "{\"id\": 101}",
    ];
    let mut input = Vec::new();
    let mut kinds = Vec::new(); // 'g'ood, 'b'ad, blank ' '
    for i in 0..30 {
        input.push(good(i));
        kinds.push('g');
        if i % 10 == 3 {
            input.push(bad[i / 10].to_string());
            kinds.push('b');
        }
        if i == 20 {
            input.push(String::new());
            kinds.push(' ');
        }
    }
    let jsonl = input.join("\n") + "\n";
    let dir = TempDir::new();
    let stats = dir.path("stats.json");

    // Annotate: invalid lines come out unchanged, in place.
    let out = run_ok(
        &["--skip-invalid", "--stats", p(&stats), "--batch-docs", "4"],
        jsonl.as_bytes(),
    );
    let got = lines(&out.stdout);
    let expected: Vec<(&String, char)> = input
        .iter()
        .zip(kinds.iter().copied())
        .filter(|(_, k)| *k != ' ')
        .collect();
    assert_eq!(got.len(), expected.len());
    for (line, (orig, kind)) in got.iter().zip(&expected) {
        if *kind == 'b' {
            assert_eq!(line, orig);
        } else {
            assert!(line.starts_with(&orig[..orig.len() - 1]));
            assert!(parse(line).get("interloper").is_some());
        }
    }
    let s: Value = serde_json::from_slice(&std::fs::read(&stats).unwrap()).unwrap();
    assert_eq!(s["lines"], json!(34));
    assert_eq!(s["documents"], json!(30));
    assert_eq!(s["invalid_lines"], json!(3));
    assert_eq!(s["blank_lines"], json!(1));
    assert_eq!(s["written"], json!(33));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("34 lines = 33 written + 0 rejected + 0 discarded + 1 blank (3 invalid")
    );

    // Clean: invalid lines go to --rejected, unchanged.
    let rejected = dir.path("rejected.jsonl");
    let out = run_ok(
        &[
            "--mode",
            "clean",
            "--skip-invalid",
            "--rejected",
            p(&rejected),
            "--stats",
            p(&stats),
            "--quiet",
        ],
        jsonl.as_bytes(),
    );
    assert_eq!(lines(&out.stdout).len(), 30);
    let rej = std::fs::read_to_string(&rejected).unwrap();
    assert_eq!(rej, bad.join("\n") + "\n");
    let s: Value = serde_json::from_slice(&std::fs::read(&stats).unwrap()).unwrap();
    assert_eq!(
        (
            s["written"].clone(),
            s["rejected"].clone(),
            s["discarded"].clone()
        ),
        (json!(30), json!(3), json!(0))
    );

    // Clean without --rejected: counted as discarded, not silently lost.
    run_ok(
        &[
            "--mode",
            "clean",
            "--skip-invalid",
            "--stats",
            p(&stats),
            "--quiet",
        ],
        jsonl.as_bytes(),
    );
    let s: Value = serde_json::from_slice(&std::fs::read(&stats).unwrap()).unwrap();
    assert_eq!(s["discarded"], json!(3));
    assert_eq!(s["invalid_lines"], json!(3));

    // Dolma: one record per line, so attribute files stay aligned.
    let out = run_ok(
        &["--mode", "dolma", "--skip-invalid", "--quiet"],
        jsonl.as_bytes(),
    );
    let got = lines(&out.stdout);
    assert_eq!(got.len(), 33);
    let ids: Vec<Value> = got.iter().map(|l| parse(l)["id"].clone()).collect();
    assert!(ids.contains(&json!(100)) && ids.contains(&json!(101)));
    assert!(ids.contains(&Value::Null));
}

#[test]
fn compressed_inputs_and_outputs() {
    let (_, jsonl) = corpus(60);
    let dir = TempDir::new();
    let plain = dir.write("in.jsonl", jsonl.as_bytes());
    // gzip written as two members, as concatenated shards are.
    let mut gz = Vec::new();
    let half = jsonl.len() / 2;
    let cut = half + jsonl[half..].find('\n').unwrap() + 1;
    for part in [&jsonl[..cut], &jsonl[cut..]] {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(part.as_bytes()).unwrap();
        gz.extend(enc.finish().unwrap());
    }
    let gz = dir.write("in.jsonl.gz", &gz);
    let zst = dir.write(
        "in.jsonl.zst",
        &zstd::encode_all(jsonl.as_bytes(), 3).unwrap(),
    );
    let want = run_ok(&["--quiet", p(&plain)], b"").stdout;
    assert_eq!(lines(&want).len(), 60);
    assert_eq!(run_ok(&["--quiet", p(&gz)], b"").stdout, want);
    assert_eq!(run_ok(&["--quiet", p(&zst)], b"").stdout, want);
    // Several inputs are read in order.
    let both = run_ok(&["--quiet", p(&gz), p(&plain)], b"").stdout;
    assert_eq!(both, [want.clone(), want.clone()].concat());

    // Compressed output by file name.
    let out_gz = dir.path("out.jsonl.gz");
    run_ok(&["--quiet", "-o", p(&out_gz), p(&plain)], b"");
    let mut dec = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::MultiGzDecoder::new(std::fs::File::open(&out_gz).unwrap()),
        &mut dec,
    )
    .unwrap();
    assert_eq!(dec, want);

    // A truncated gzip file is an error, not a short output.
    let bytes = std::fs::read(&gz).unwrap();
    let cut = dir.write("cut.jsonl.gz", &bytes[..bytes.len() / 3]);
    let out = run(&["--quiet", p(&cut)], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cut.jsonl.gz"));
}

#[test]
fn dolma_offsets_are_characters_of_the_text() {
    let (mut texts, _) = corpus(80);
    // Make sure multi-byte characters come before spans: accents, Thai,
    // emoji, a character outside the BMP (one code point, two UTF-16 units).
    texts.push(format!(
        "Ünïcödé café in Zürich 😀, a first paragraph.\n\n{}\n\n{}\n\n{}",
        SPAMMY[0], CLEAN[2], SPAMMY[1]
    ));
    let mut jsonl = String::new();
    for (i, t) in texts.iter().enumerate() {
        jsonl
            .push_str(&json!({"source": "test", "doc_id": format!("d{i}"), "body": t}).to_string());
        jsonl.push('\n');
    }
    let reports = Detector::new().scan_many(&texts);
    let out = run_ok(
        &[
            "--mode",
            "dolma",
            "--text-field",
            "body",
            "--id-field",
            "doc_id",
            "--experiment",
            "exp",
            "--quiet",
        ],
        jsonl.as_bytes(),
    );
    let got = lines(&out.stdout);
    assert_eq!(got.len(), texts.len());
    let mut spam_seen = 0;
    for (i, ((line, text), report)) in got.iter().zip(&texts).zip(&reports).enumerate() {
        let v = parse(line);
        assert_eq!(v["id"], json!(format!("d{i}")));
        assert_eq!(v["source"], json!("test"));
        let attrs = v["attributes"].as_object().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let by_chars = |s: &Value| -> String {
            let (a, b) = (
                s[0].as_u64().unwrap() as usize,
                s[1].as_u64().unwrap() as usize,
            );
            chars[a..b].iter().collect()
        };
        let all = attrs["exp__interloper__paragraph"].as_array().unwrap();
        assert_eq!(all.len(), report.paragraphs().len());
        for (s, p) in all.iter().zip(report.paragraphs()) {
            assert_eq!(by_chars(s), p.as_str(text));
            assert!(same_f64(&s[2], p.score()));
        }
        let spam = attrs["exp__interloper__spam"].as_array().unwrap();
        let want: Vec<&str> = report.spam().map(|p| p.as_str(text)).collect();
        let got_spam: Vec<String> = spam.iter().map(by_chars).collect();
        assert_eq!(got_spam, want);
        spam_seen += spam.len();
        let sus = attrs["exp__interloper__suspicious"].as_array().unwrap();
        let want = report
            .paragraphs()
            .iter()
            .filter(|p| p.label() == Label::Suspicious)
            .count();
        assert_eq!(sus.len(), want);
        let doc = &attrs["exp__interloper__doc_spam_share"][0];
        assert_eq!(doc[0], json!(0));
        assert_eq!(doc[1], json!(chars.len()));
        assert!(same_f64(&doc[2], report.spam_share()));
    }
    assert!(spam_seen > 0);
    // In the last text, character and byte offsets differ.
    let last = parse(got.last().unwrap());
    let all = last["attributes"]["exp__interloper__paragraph"]
        .as_array()
        .unwrap();
    let report = reports.last().unwrap();
    assert_eq!(all.len(), 4);
    for (s, p) in all.iter().zip(report.paragraphs()).skip(1) {
        assert!(s[0].as_u64().unwrap() < p.span().start as u64);
    }
}

#[test]
fn dolma_needs_an_id_and_options_must_fit_the_mode() {
    let out = run(&["--mode", "dolma"], b"{\"text\": \"no id\"}\n");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:1: no `id` field"));
    for args in [
        &["--mode", "annotate", "--drop-suspicious"][..],
        &["--mode", "dolma", "--rejected", "x.jsonl"][..],
        &["--mode", "clean", "--drop-doc-above", "1.5"][..],
    ] {
        let out = run(args, b"");
        assert!(!out.status.success(), "{args:?} accepted");
    }
    // Writing over an input is refused, and the input is left intact.
    let dir = TempDir::new();
    let input = dir.write("in.jsonl", b"{\"text\": \"hello\"}\n");
    let out = run(&["-o", p(&input), p(&input)], b"");
    assert!(!out.status.success());
    assert_eq!(std::fs::read(&input).unwrap(), b"{\"text\": \"hello\"}\n");
    // A missing input fails before anything is written.
    let out = run(&["/no/such/input.jsonl"], b"");
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/input.jsonl"));
}

/// On the labelled development corpus (not in the repository; run with
/// `cargo test --release --test filter -- --ignored`), annotate mode's
/// spam paragraphs, projected onto the gold paragraphs by eval's rule
/// (more than half of the bytes), give exactly eval's confusion counts.
#[test]
#[ignore = "needs ../shared/data/dev.jsonl; slow in debug builds"]
fn dev_corpus_agrees_with_eval() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/dev.jsonl");
    if !corpus.exists() {
        eprintln!("skipped: {} not found", corpus.display());
        return;
    }
    let out = run_ok(&["--quiet", p(&corpus)], b"");
    let annotated = lines(&out.stdout);
    let eval = Command::new(build_example("eval"))
        .arg(&corpus)
        .arg("--json")
        .output()
        .expect("run eval");
    assert!(eval.status.success());
    let eval: Value = serde_json::from_slice(&eval.stdout).expect("eval --json");

    let text = std::fs::read_to_string(&corpus).unwrap();
    let docs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(annotated.len(), docs.len());
    let (mut tp, mut fp, mut fn_, mut tn, mut spam_paragraphs) = (0, 0, 0, 0, 0);
    for (doc, line) in docs.iter().zip(&annotated) {
        let doc = parse(doc);
        let ann = parse(line);
        assert_eq!(doc["id"], ann["id"]);
        let spam: Vec<(u64, u64)> = ann["interloper"]["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["label"] == "spam")
            .map(|p| (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap()))
            .collect();
        spam_paragraphs += spam.len();
        for g in doc["paragraphs"].as_array().unwrap() {
            let (gs, ge) = (g["start"].as_u64().unwrap(), g["end"].as_u64().unwrap());
            let covered: u64 = spam
                .iter()
                .map(|&(s, e)| e.min(ge).saturating_sub(s.max(gs)))
                .sum();
            let flagged = 2 * covered > ge - gs;
            match (g["label"] == "spam", flagged) {
                (true, true) => tp += 1,
                (false, true) => fp += 1,
                (true, false) => fn_ += 1,
                (false, false) => tn += 1,
            }
        }
    }
    eprintln!(
        "annotate: {spam_paragraphs} spam paragraphs; projected TP {tp} FP {fp} FN {fn_} TN {tn}; \
         eval: TP {} FP {} FN {} TN {}",
        eval["tp"], eval["fp"], eval["fn_"], eval["tn"]
    );
    assert_eq!(
        (json!(tp), json!(fp), json!(fn_), json!(tn)),
        (
            eval["tp"].clone(),
            eval["fp"].clone(),
            eval["fn_"].clone(),
            eval["tn"].clone()
        )
    );
}
