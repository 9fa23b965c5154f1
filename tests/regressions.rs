//! Inputs that once broke a promise, written out by hand. Each test says
//! what it found and where (property test, fuzzer or review).

use interloper::{Detector, Report};

/// Found by the property tests (`report_round_trips_through_json`): a
/// score printed by serde_json did not parse back to the same `f64`
/// (0.9987358085387564 came back as ...563), so a report did not
/// round-trip through JSON. serde_json's `float_roundtrip` feature fixes
/// the parsing.
#[test]
fn scores_round_trip_through_json_exactly() {
    for x in [
        0.9987358085387564_f64,
        0.9987131911813604,
        0.6924551010000001,
        f64::MIN_POSITIVE,
        1.0 - f64::EPSILON,
    ] {
        let back: f64 = serde_json::from_str(&serde_json::to_string(&x).unwrap()).unwrap();
        assert_eq!(back.to_bits(), x.to_bits(), "{x} came back as {back}");
    }
    let detector = Detector::builder()
        .rule("any-a", "a", 10.0)
        .build()
        .unwrap();
    for doc in ["a", "a\u{200B}\u{200B}", "ab\n\nc a", "x y z a b c"] {
        let report = detector.scan(doc);
        let back: Report = serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
        assert_eq!(back, report, "{doc:?}");
    }
}

/// Found in review while writing the fuzz target: a `Report` read back
/// from JSON can hold spans that are in the document but not sorted, or
/// that overlap; `clean_text` sliced the document backwards and panicked.
/// A report that does not fit the document now leaves it unchanged.
#[test]
fn clean_text_of_a_tampered_report_does_not_panic() {
    let doc = "First paragraph.\n\nSlot gacor maxwin!\n\nLast one.";
    let good = Detector::builder()
        .rule("gacor", "gacor", 10.0)
        .build()
        .unwrap()
        .scan(doc);
    assert!(good.has_spam());
    let json = serde_json::to_string(&good).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let paragraphs = value["paragraphs"].as_array_mut().unwrap();
    // Unsorted: swap the first and the last verdict.
    paragraphs.swap(0, 2);
    let unsorted: Report = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(unsorted.clean_text(doc), doc);
    assert_eq!(unsorted.text_without(doc, |_| true), doc);
    // Overlapping: the second verdict starts inside the first.
    let paragraphs = value["paragraphs"].as_array_mut().unwrap();
    paragraphs.swap(0, 2);
    paragraphs[1]["start"] = serde_json::json!(3);
    let overlapping: Report = serde_json::from_value(value).unwrap();
    assert_eq!(overlapping.clean_text(doc), doc);
    // A report of another document: unchanged, as documented.
    assert_eq!(good.clean_text("short"), "short");
}

/// Found by the configuration table: a term table with an unknown key was
/// accepted silently (serde's untagged enum ignores unknown keys), and one
/// with a misspelt key said only "did not match any variant".
#[test]
fn term_tables_reject_unknown_keys() {
    let e = interloper::Config::from_json(
        r#"{"lexicon": [{"category": "g", "terms": [{"term": "a", "weight": 1, "category": "x"}]}]}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("lexicon[0].terms[0].category"), "{e}");
    let e = interloper::Config::from_json(
        r#"{"lexicon": [{"category": "g", "terms": [{"term": "a", "wieght": 1}]}]}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("unknown field `wieght`"), "{e}");
    // Both forms still load.
    let c = interloper::Config::from_toml(
        "[[lexicon]]\ncategory = \"g\"\nterms = [\"a\", { term = \"b\", weight = 2.0 }]",
    )
    .unwrap();
    assert_eq!(c.lexicon[0].terms.len(), 2);
}

/// Found in review: folding `ß` to `ss` maps both letters to the `ß`, so a
/// match ending after the first `s` was reported as a span that stopped
/// before the `ß` ("Gra" for `gras` in "Graß"), and a match of `s` alone as
/// an empty span. Spans now end after the whole source letter.
#[test]
fn spans_ending_inside_a_multi_letter_fold_cover_the_letter() {
    let det = Detector::builder()
        .keyword("seo", "gras", 3.0)
        .build()
        .unwrap();
    let doc = "Frisches Graß kaufen, jetzt im Angebot.";
    let report = det.scan(doc);
    let spans: Vec<&str> = report.paragraphs()[0]
        .reasons()
        .iter()
        .filter(|r| r.category() == Some("seo"))
        .flat_map(|r| r.spans().iter().map(|s| &doc[s.range()]))
        .collect();
    assert!(!spans.is_empty());
    assert!(spans.iter().all(|s| *s == "Graß"), "{spans:?}");
}
