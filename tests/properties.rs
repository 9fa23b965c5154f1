//! Property tests: `scan` accepts any string, never panics, and reports
//! paragraphs that cover the text exactly; `clean_text` and `text_without`
//! keep exactly the kept paragraphs; reports round-trip through JSON; and
//! scanning is deterministic on any number of threads.

use std::sync::LazyLock;

use interloper::{Detector, Label, Report, Signal, Span};
use proptest::prelude::*;

static DETECTOR: LazyLock<Detector> = LazyLock::new(Detector::new);

/// A detector that flags a lot: every letter `a` is worth a rule hit, and
/// every `x` or `!` a lexicon hit, so random text gets spam paragraphs.
static TRIGGER_HAPPY: LazyLock<Detector> = LazyLock::new(|| {
    Detector::builder()
        .rule("any-a", "a", 10.0)
        .keyword("test", "x", 3.0)
        .build()
        .expect("valid test configuration")
});

/// Pieces that adversarial text is made of: line ends of every kind,
/// invisible and combining characters, right-to-left text, emoji
/// sequences, styled letters, characters whose folded form is much longer
/// than themselves, and the words the lexicon and rules look for.
const ATOMS: &[&str] = &[
    "\0",
    "\r",
    "\n",
    "\r\n",
    "\n\r",
    "\n\n",
    " ",
    "\t",
    "\u{0b}",
    "\u{0c}",
    "\u{85}",
    "\u{a0}",
    "\u{1680}",
    "\u{2028}",
    "\u{2029}",
    "\u{3000}",
    "\u{0301}",
    "\u{0345}",
    "\u{20DD}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{202E}",
    "\u{2066}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{FFFD}",
    "\u{10FFFF}",
    "a",
    "Z",
    "x",
    "!",
    "7",
    "İ",
    "ß",
    "ǅ",
    "ﬁ",
    "ﬃ",
    "\u{FDFA}",
    "\u{2474}",
    "Ⅻ",
    "㎒",
    "Ω",
    "𝐒𝐋𝐎𝐓",
    "ＳＬＯＴ",
    "Ⓢ",
    "cаsinо",
    "мама",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u{0627}\u{0644}\u{0644}\u{0647}",
    "สล็อตออนไลน์ เว็บตรง",
    "ภาษาไทย",
    "日本語のテキスト",
    "中文",
    "한국어",
    "नमस्ते",
    "ქართული",
    "👨\u{200D}👩\u{200D}👧",
    "🏳\u{FE0F}\u{200D}🌈",
    "🇹🇭",
    "👍🏽",
    "slot gacor",
    "judi bola",
    "bandar togel",
    "casino*",
    "https://example.com/x",
    "www.win88.vip",
    "t.me/bonus",
    "WA: 0812-3456-7890",
    "$500",
    "98%",
    "x100",
    "gacor88",
    "k o i s l o t",
    "!!!",
    "@handle_name",
    "e@mail.co",
    "The quick brown fox jumps over the lazy dog.",
    "Pemerintah Indonesia mengumumkan kebijakan baru.",
];

/// A string of atoms, some repeated many times in a row.
fn atoms() -> impl Strategy<Value = String> {
    let piece = (prop::sample::select(ATOMS), 1usize..4, 0u8..10).prop_map(|(a, n, long)| {
        // One piece in ten is a long run.
        let n = if long == 0 { n * 97 } else { n };
        a.repeat(n)
    });
    prop::collection::vec(piece, 0..48).prop_map(|v| v.concat())
}

/// Text from a small alphabet heavy in line ends and whitespace, so that
/// blank lines, lone `\r` and whitespace-only lines are frequent.
fn line_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(
            &[
                '\r', '\n', ' ', '\t', '\u{3000}', '\u{85}', '\u{2028}', 'a', 'b', '.', '\0', 'é',
                'ß', '\u{0301}', 'ส', '😀',
            ][..],
        ),
        0..200,
    )
    .prop_map(|v| v.into_iter().collect())
}

/// Any text: arbitrary printable and control characters, atoms, line soup.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => atoms(),
        2 => "\\PC{0,400}",
        1 => any::<String>(),
        1 => "[\\x00-\\x20\\u{80}-\\u{a0}\\u{2000}-\\u{202f}a]{0,300}",
        2 => line_soup(),
    ]
}

/// Every structural promise about the spans and the report.
fn check_report(doc: &str, report: &Report) {
    assert_eq!(report.len(), doc.len());
    let spans: Vec<Span> = report.paragraphs().iter().map(|v| v.span()).collect();
    let mut prev_end = 0;
    for (i, s) in spans.iter().enumerate() {
        assert!(s.start < s.end, "paragraph {i} is empty: {s:?}");
        assert!(s.end <= doc.len(), "paragraph {i} ends past the text");
        assert!(s.start >= prev_end, "paragraph {i} is unsorted or overlaps");
        assert!(doc.is_char_boundary(s.start) && doc.is_char_boundary(s.end));
        let p = &doc[*s];
        assert_eq!(p.trim(), p, "paragraph {i} is not trimmed");
        prev_end = s.end;
        let v = &report.paragraphs()[i];
        assert_eq!(v.as_str(doc), p);
        assert!(
            (0.0..=1.0).contains(&v.score()),
            "score {} out of [0, 1]",
            v.score()
        );
        for r in v.reasons() {
            assert!(r.contribution().is_finite());
            for rs in r.spans() {
                assert!(
                    s.start <= rs.start && rs.start <= rs.end && rs.end <= s.end,
                    "reason span {rs:?} outside paragraph {s:?}"
                );
                assert!(doc.is_char_boundary(rs.start) && doc.is_char_boundary(rs.end));
            }
        }
    }
    // Every byte of a non-whitespace char lies in some paragraph; gaps
    // between paragraphs are whitespace only.
    let mut covered = 0;
    for s in &spans {
        assert!(
            doc[covered..s.start].trim().is_empty(),
            "text before {s:?} is lost"
        );
        covered = s.end;
    }
    assert!(doc[covered..].trim().is_empty(), "text at the end is lost");
    let share = report.spam_share();
    assert!((0.0..=1.0).contains(&share));
}

/// What `text_without` must return, written independently: leading
/// whitespace, then each kept paragraph with the whitespace that followed
/// it, the last kept one with the document's trailing whitespace.
fn reference_without(doc: &str, spans: &[Span], dropped: &[bool]) -> String {
    if spans.is_empty() || !dropped.iter().any(|&d| d) {
        return doc.to_string();
    }
    let kept: Vec<usize> = (0..spans.len()).filter(|&i| !dropped[i]).collect();
    if kept.is_empty() {
        return String::new();
    }
    let mut out = doc[..spans[0].start].to_string();
    for (k, &i) in kept.iter().enumerate() {
        out += &doc[spans[i]];
        let after = if k + 1 == kept.len() {
            &doc[spans[spans.len() - 1].end..]
        } else {
            &doc[spans[i].end..spans[i + 1].start]
        };
        assert!(after.trim().is_empty());
        out += after;
    }
    out
}

fn check_clean_text(doc: &str, report: &Report, mask: u64) {
    let spans: Vec<Span> = report.paragraphs().iter().map(|v| v.span()).collect();
    let clean = report.clean_text(doc);
    let flagged: Vec<bool> = report
        .paragraphs()
        .iter()
        .map(|v| v.label().is_flagged())
        .collect();
    if !flagged.contains(&true) {
        assert_eq!(clean, doc);
    }
    assert_eq!(clean, reference_without(doc, &spans, &flagged));

    // An arbitrary predicate, so that the dropping branch runs whatever the
    // detector thinks.
    let mut i = 0;
    let mut dropped = Vec::new();
    let got = report.text_without(doc, |_| {
        let d = mask.rotate_right((i % 64) as u32) & 1 == 1;
        i += 1;
        dropped.push(d);
        d
    });
    assert_eq!(dropped.len(), spans.len(), "predicate called once each");
    assert_eq!(got, reference_without(doc, &spans, &dropped));
    // Nothing but whitespace from the dropped paragraphs' surroundings is
    // lost: the kept paragraphs' text survives in order.
    let kept: String = spans
        .iter()
        .zip(&dropped)
        .filter(|(_, d)| !**d)
        .map(|(s, _)| &doc[*s])
        .collect();
    let squeezed: String = got.chars().filter(|c| !c.is_whitespace()).collect();
    let kept_squeezed: String = kept.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(squeezed, kept_squeezed);
}

fn check_round_trip(report: &Report) {
    let json = serde_json::to_string(report).expect("a report serializes");
    let back: Report = serde_json::from_str(&json).expect("a report deserializes");
    assert_eq!(&back, report, "JSON round trip changed the report: {json}");
}

/// 192 cases per property (a few seconds in debug mode); set
/// `PROPTEST_CASES` to run more.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(192);
    ProptestConfig {
        cases,
        max_shrink_iters: 2000,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn scan_covers_text_exactly(doc in text()) {
        let report = DETECTOR.scan(&doc);
        check_report(&doc, &report);
    }

    #[test]
    fn scan_with_custom_rules_covers_text_exactly(doc in text()) {
        let report = TRIGGER_HAPPY.scan(&doc);
        check_report(&doc, &report);
    }

    #[test]
    fn clean_text_keeps_exactly_the_kept_paragraphs(doc in text(), mask in any::<u64>()) {
        check_clean_text(&doc, &DETECTOR.scan(&doc), mask);
        check_clean_text(&doc, &TRIGGER_HAPPY.scan(&doc), mask);
    }

    #[test]
    fn report_round_trips_through_json(doc in text()) {
        check_round_trip(&DETECTOR.scan(&doc));
        check_round_trip(&TRIGGER_HAPPY.scan(&doc));
    }

    #[test]
    fn scanning_is_deterministic(docs in prop::collection::vec(text(), 1..6)) {
        let one: Vec<Report> = docs.iter().map(|d| DETECTOR.scan(d)).collect();
        let again: Vec<Report> = docs.iter().map(|d| DETECTOR.scan(d)).collect();
        prop_assert_eq!(&one, &again);
        for threads in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .expect("a thread pool");
            let many = pool.install(|| DETECTOR.scan_many(&docs));
            prop_assert_eq!(&one, &many, "scan_many on {} threads differs", threads);
        }
        // A clone (fresh regex caches) answers the same.
        let clone = DETECTOR.clone();
        let cloned: Vec<Report> = docs.iter().map(|d| clone.scan(d)).collect();
        prop_assert_eq!(&one, &cloned);
    }

    #[test]
    fn is_spam_agrees_with_scan(doc in text()) {
        prop_assert_eq!(DETECTOR.is_spam(&doc), DETECTOR.scan(&doc).has_spam());
        let signals = DETECTOR.signals(&doc);
        let spans: Vec<Span> = DETECTOR.scan(&doc).paragraphs().iter().map(|v| v.span()).collect();
        prop_assert_eq!(signals.iter().map(|s| s.0).collect::<Vec<_>>(), spans);
    }
}

/// Labels are the thresholds' labels of the scores, and exactly the
/// paragraphs the spam-page rule lifted carry its reason first.
fn check_labels(det: &Detector, doc: &str) -> Result<(), TestCaseError> {
    let report = det.scan(doc);
    let t = det.config().thresholds;
    let scores: Vec<f64> = report.paragraphs().iter().map(|v| v.score()).collect();
    let labels: Vec<Label> = report.paragraphs().iter().map(|v| v.label()).collect();
    prop_assert_eq!(&labels, &t.labels(&scores));
    for v in report.paragraphs() {
        let lifted = v.label() != t.label(v.score());
        let first = v.reasons().first();
        let marked = first.is_some_and(|r| {
            r.signal() == Signal::Document && r.detail().starts_with("a spam page")
        });
        prop_assert_eq!(lifted, marked, "{:?}", v);
    }
    Ok(())
}

/// A detector whose page rule lifts anything: every paragraph at all
/// spammy is suspicious, and one spam paragraph makes a page.
static EAGER_PAGES: LazyLock<Detector> = LazyLock::new(|| {
    let config =
        interloper::Config::from_toml("[thresholds]\nsuspicious = 0.0\nspam = 0.5\npage = 0.0")
            .expect("valid test configuration");
    Detector::builder()
        .config(config)
        .rule("any-a", "a", 10.0)
        .build()
        .expect("valid test configuration")
});

proptest! {
    #![proptest_config(config())]

    #[test]
    fn labels_follow_the_thresholds_and_the_page_rule(doc in text()) {
        check_labels(&DETECTOR, &doc)?;
        check_labels(&TRIGGER_HAPPY, &doc)?;
        check_labels(&EAGER_PAGES, &doc)?;
    }
}

/// Cases the strategies above reach only by luck.
#[test]
fn edge_documents() {
    let docs = [
        "",
        "\0",
        "\r",
        "\r\r\r",
        "\n",
        "\r\n\r\n",
        "\u{FEFF}",
        "\u{0301}",
        "\u{0301}\n\n\u{0301}",
        "\u{200B}\n\n\u{200B}",
        "a\rb\r\rc",
        "a\u{2028}b\u{2029}\u{2029}c",
        "a\u{85}\u{85}b",
        "\0\n\n\0",
        "👨\u{200D}👩\u{200D}👧\n\n👍🏽",
        "\u{202E}slot gacor\u{202C}",
        "\u{FDFA}\u{FDFA}\u{FDFA}",
        "x\r\n \r\ny",
        " \t\u{3000}a\u{3000}\t ",
    ];
    for doc in docs {
        for det in [&*DETECTOR, &*TRIGGER_HAPPY] {
            let report = det.scan(doc);
            check_report(doc, &report);
            check_clean_text(doc, &report, 0b0101);
            check_clean_text(doc, &report, u64::MAX);
            check_round_trip(&report);
        }
    }
}

/// Long runs of one character: one huge paragraph, or a huge number of
/// blank or tiny lines.
#[test]
fn long_runs_of_one_char() {
    const N: usize = 200_000;
    for unit in [
        "a", "x", " ", "\n", "\r", "\r\n", "a\n\n", "\0", "\u{0301}", "\u{200B}", "ส", "😀", "𝐒",
        "\u{FDFA}", "ﬃ", "!", "a ",
    ] {
        let doc = unit.repeat(N / unit.len());
        for det in [&*DETECTOR, &*TRIGGER_HAPPY] {
            let report = det.scan(&doc);
            check_report(&doc, &report);
            check_clean_text(&doc, &report, 0b0110);
        }
    }
}

/// A paragraph of 2 MB, many 64 KiB folding pieces long, with multi-byte
/// chars straddling the piece boundaries and no whitespace to cut at.
#[test]
fn paragraph_longer_than_a_folding_piece() {
    let doc = "ส".repeat((1 << 20) / 3 + 7) + "𝐒" + &"é".repeat(1 << 19);
    let report = DETECTOR.scan(&doc);
    check_report(&doc, &report);
    assert_eq!(report.paragraphs().len(), 1);
    let report = TRIGGER_HAPPY.scan(&doc);
    check_report(&doc, &report);
}
