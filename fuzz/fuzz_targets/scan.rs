//! Scans arbitrary bytes (as UTF-8, lossily) and checks what a report
//! promises: spans sorted, disjoint, trimmed, on char boundaries and inside
//! the text; every non-whitespace byte covered; `clean_text` and
//! `text_without` keep exactly the kept paragraphs; labels are the
//! thresholds' labels of the scores (spam pages included); JSON round trip.

#![no_main]

use std::sync::LazyLock;

use interloper::{Detector, Report, Span};
use libfuzzer_sys::fuzz_target;

static DEFAULT: LazyLock<Detector> = LazyLock::new(Detector::new);

/// Flags much of any text, so that `clean_text` drops paragraphs.
static FLAGGING: LazyLock<Detector> = LazyLock::new(|| {
    Detector::builder()
        .rule("any-a", "a", 10.0)
        .keyword("test", "x", 3.0)
        .build()
        .expect("valid configuration")
});

fuzz_target!(|data: &[u8]| {
    let (mode, rest) = data.split_first().map_or((0, data), |(m, r)| (*m, r));
    let doc = String::from_utf8_lossy(rest);
    let detector = if mode & 1 == 0 { &*DEFAULT } else { &*FLAGGING };
    let report = detector.scan(&doc);
    let scores: Vec<f64> = report.paragraphs().iter().map(|v| v.score()).collect();
    let labels: Vec<_> = report.paragraphs().iter().map(|v| v.label()).collect();
    assert_eq!(labels, detector.config().thresholds.labels(&scores));
    check(
        &doc,
        &report,
        u64::from(mode).wrapping_mul(0x9E37_79B9_7F4A_7C15),
    );
});

fn check(doc: &str, report: &Report, mask: u64) {
    assert_eq!(report.len(), doc.len());
    let spans: Vec<Span> = report.paragraphs().iter().map(|v| v.span()).collect();
    let mut covered = 0;
    for v in report.paragraphs() {
        let s = v.span();
        assert!(covered <= s.start && s.start < s.end && s.end <= doc.len());
        assert!(doc.is_char_boundary(s.start) && doc.is_char_boundary(s.end));
        assert!(doc[covered..s.start].trim().is_empty(), "text lost");
        assert_eq!(doc[s].trim(), &doc[s]);
        assert!((0.0..=1.0).contains(&v.score()));
        for r in v.reasons() {
            for rs in r.spans() {
                assert!(s.start <= rs.start && rs.start <= rs.end && rs.end <= s.end);
                assert!(doc.is_char_boundary(rs.start) && doc.is_char_boundary(rs.end));
            }
        }
        covered = s.end;
    }
    assert!(doc[covered..].trim().is_empty(), "text lost at the end");

    let flagged: Vec<bool> = report
        .paragraphs()
        .iter()
        .map(|v| v.label().is_flagged())
        .collect();
    assert_eq!(report.clean_text(doc), expected(doc, &spans, &flagged));
    let dropped: Vec<bool> = (0..spans.len())
        .map(|i| mask.rotate_right((i % 64) as u32) & 1 == 1)
        .collect();
    let mut i = 0;
    let got = report.text_without(doc, |_| {
        i += 1;
        dropped[i - 1]
    });
    assert_eq!(got, expected(doc, &spans, &dropped));

    let json = serde_json::to_string(report).expect("serializes");
    let back: Report = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(&back, report);
}

/// Leading whitespace, then each kept paragraph with the whitespace after
/// it; the last kept one with the document's trailing whitespace.
fn expected(doc: &str, spans: &[Span], dropped: &[bool]) -> String {
    if spans.is_empty() || !dropped.contains(&true) {
        return doc.to_string();
    }
    let kept: Vec<usize> = (0..spans.len()).filter(|&i| !dropped[i]).collect();
    let Some(&last) = kept.last() else {
        return String::new();
    };
    let mut out = doc[..spans[0].start].to_string();
    for &i in &kept {
        let after = if i == last {
            &doc[spans[spans.len() - 1].end..]
        } else {
            &doc[spans[i].end..spans[i + 1].start]
        };
        out += &doc[spans[i]];
        out += after;
    }
    out
}
