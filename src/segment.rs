//! Splitting a document into paragraphs: byte spans, no dependencies.
//!
//! A paragraph is a maximal run of non-blank lines; a blank line is empty or
//! whitespace only. Lines end at `\n`, `\r\n` or a lone `\r`. A document
//! without any blank line between two non-blank lines falls back to one
//! paragraph per line. Spans are trimmed of Unicode whitespace, so they start
//! and end on `char` boundaries, never overlap and never cover a blank byte
//! at their edges; every non-whitespace byte lies in exactly one span. A
//! document of very many tiny paragraphs has its short ones grouped (see
//! [`paragraphs`]); a group spans the blank lines between them.

use crate::report::Span;

/// Byte ranges of the lines of `text`, without their terminators.
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        let mut i = pos;
        while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
            i += 1;
        }
        let end = i;
        if i < bytes.len() {
            i += if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        pos = i;
        Some((start, end))
    })
}

/// Whether the line is empty or whitespace only.
fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// `start..end` shrunk to exclude leading and trailing Unicode whitespace.
fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(start + lead, end - trail)
}

/// Paragraphs a document may have however short they are.
pub(crate) const FREE_PARAGRAPHS: usize = 1024;
/// Beyond [`FREE_PARAGRAPHS`], the fewest bytes per paragraph, on average,
/// for which paragraphs stay apart.
pub(crate) const MIN_AVERAGE_BYTES: usize = 64;
/// Span of a group of short paragraphs, when they are grouped.
pub(crate) const GROUP_BYTES: usize = 128;

/// The paragraphs of `text` as trimmed, sorted, disjoint byte spans.
///
/// Blank-line separated blocks when the document has at least one blank line
/// between two non-blank lines, else one span per non-blank line.
///
/// A document with more than [`FREE_PARAGRAPHS`] paragraphs averaging fewer
/// than [`MIN_AVERAGE_BYTES`] bytes (a million one-letter lines, a
/// flattened table) has its short ones grouped: a paragraph of fewer than
/// [`GROUP_BYTES`] bytes joins the one before it while that one spans fewer
/// than [`GROUP_BYTES`] bytes too. Such items carry no evidence one by
/// one, and the grouping keeps the scan's memory, a few hundred bytes per
/// paragraph, a small multiple of the input: every group but the last
/// before a longer paragraph spans at least [`GROUP_BYTES`] bytes.
pub(crate) fn paragraphs(text: &str) -> Vec<Span> {
    let separated = has_separator(text);
    let spans = || {
        candidates(text, separated)
            .map(|(s, e)| trimmed(text, s, e))
            .filter(|sp| !sp.is_empty())
    };
    let limit = FREE_PARAGRAPHS.max(text.len() / MIN_AVERAGE_BYTES);
    if spans().count() <= limit {
        spans().collect()
    } else {
        grouped(spans(), GROUP_BYTES)
    }
}

/// Whether a blank line lies between two non-blank lines.
fn has_separator(text: &str) -> bool {
    let (mut seen_text, mut blank_after_text) = (false, false);
    for (start, end) in lines(text) {
        if is_blank(&text[start..end]) {
            blank_after_text |= seen_text;
        } else if blank_after_text {
            return true;
        } else {
            seen_text = true;
        }
    }
    false
}

/// Untrimmed paragraph ranges: blank-line separated blocks when
/// `separated`, else the non-blank lines.
fn candidates(text: &str, separated: bool) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut lines = lines(text);
    let mut block: Option<(usize, usize)> = None;
    std::iter::from_fn(move || {
        loop {
            let Some((start, end)) = lines.next() else {
                return block.take();
            };
            if is_blank(&text[start..end]) {
                if block.is_some() {
                    return block.take();
                }
            } else if !separated {
                return Some((start, end));
            } else {
                block = Some(block.map_or((start, end), |(s, _)| (s, end)));
            }
        }
    })
}

/// Joins each span shorter than `min` bytes to the one before while that
/// one is shorter than `min` too. Longer spans stay as they are.
fn grouped(spans: impl Iterator<Item = Span>, min: usize) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for sp in spans {
        match out.last_mut() {
            Some(last) if last.len() < min && sp.len() < min => {
                *last = Span::new(last.start, sp.end);
            }
            _ => out.push(sp),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $text:expr, $want:expr) => {
            #[test]
            fn $name() {
                let got: Vec<(usize, usize)> =
                    paragraphs($text).iter().map(|s| (s.start, s.end)).collect();
                let want: &[(usize, usize)] = $want;
                assert_eq!(got, want, "text {:?}", $text);
            }
        };
    }

    t!(empty, "", &[]);
    t!(whitespace_only, " \n\t\r\n  \u{3000}\n", &[]);
    t!(single_line, "hello", &[(0, 5)]);
    t!(two_blocks, "a b\nc\n\nd", &[(0, 5), (7, 8)]);
    t!(crlf, "ab\r\n\r\ncd\r\n", &[(0, 2), (6, 8)]);
    t!(cr_only, "ab\r\rcd", &[(0, 2), (4, 6)]);
    t!(blank_runs, "\n\n a \n \n\n\t\nb\n\n\n", &[(3, 4), (11, 12)]);
    t!(
        no_blank_line_falls_back_to_lines,
        "one\ntwo\r\nthree",
        &[(0, 3), (4, 7), (9, 14)]
    );
    t!(
        leading_blank_is_not_a_separator,
        "\n\none\ntwo",
        &[(2, 5), (6, 9)]
    );
    t!(
        unicode_trim,
        "\u{3000}สวัสดี\u{3000}\n\nx",
        &[(3, 21), (26, 27)]
    );
    t!(multiline_paragraph, "a\nb\n\nc\nd", &[(0, 3), (5, 8)]);

    #[test]
    fn a_few_short_paragraphs_stay_apart() {
        let text = "a\n\n".repeat(FREE_PARAGRAPHS);
        let spans = paragraphs(&text);
        assert_eq!(spans.len(), FREE_PARAGRAPHS);
        assert!(spans.iter().all(|s| s.len() == 1));
    }

    #[test]
    fn very_many_short_paragraphs_are_grouped() {
        for unit in ["a\n\n", "a\n", "ab\r\n\r\n", "\u{e01}\n\n"] {
            let text = unit.repeat(100_000);
            let spans = paragraphs(&text);
            // Few enough for the memory bound, and nothing lost: every
            // non-blank byte in a span, spans trimmed and in order.
            assert!(spans.len() <= text.len() / GROUP_BYTES + 1, "{unit:?}");
            assert!(spans.len() > text.len() / (2 * GROUP_BYTES), "{unit:?}");
            let covered: usize = spans
                .iter()
                .map(|s| {
                    text[s.start..s.end]
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .count()
                })
                .sum();
            let want = text.chars().filter(|c| !c.is_whitespace()).count();
            assert_eq!(covered, want, "{unit:?}");
            for w in spans.windows(2) {
                assert!(w[0].end < w[1].start);
            }
            for s in &spans {
                assert_eq!(text[s.start..s.end].trim(), &text[s.start..s.end]);
            }
        }
    }

    #[test]
    fn a_long_paragraph_stays_apart_when_short_ones_are_grouped() {
        let spam =
            "Daftar sekarang di situs slot gacor terpercaya, bonus new member 100% langsung.";
        assert!(spam.len() < GROUP_BYTES * 2 && spam.len() >= GROUP_BYTES / 2);
        let long = spam.repeat(2);
        let text = format!("{}{long}\n\n{}", "ok\n\n".repeat(3000), "ok\n\n".repeat(10));
        let spans = paragraphs(&text);
        assert!(spans.len() < 3000, "grouping is on");
        let start = text.find(&long).unwrap();
        assert!(
            spans.contains(&Span::new(start, start + long.len())),
            "the long paragraph is its own span"
        );
    }

    #[test]
    fn long_paragraphs_are_never_grouped() {
        // Many paragraphs, but of ordinary length.
        let text =
            "A sentence of ordinary length, long enough to stand alone here.\n\n".repeat(5000);
        assert_eq!(paragraphs(&text).len(), 5000);
    }
}
