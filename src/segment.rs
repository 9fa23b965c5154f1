//! Splitting a document into paragraphs: byte spans, no dependencies.
//!
//! A paragraph is a maximal run of non-blank lines; a blank line is empty or
//! whitespace only. Lines end at `\n`, `\r\n` or a lone `\r`. A document
//! without any blank line between two non-blank lines falls back to one
//! paragraph per line. Spans are trimmed of Unicode whitespace, so they start
//! and end on `char` boundaries, never overlap and never cover a blank byte
//! at their edges; every non-whitespace byte lies in exactly one span.

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

/// The paragraphs of `text` as trimmed, sorted, disjoint byte spans.
///
/// Blank-line separated blocks when the document has at least one blank line
/// between two non-blank lines, else one span per non-blank line.
pub(crate) fn paragraphs(text: &str) -> Vec<Span> {
    let mut blocks = Vec::new();
    let mut lines_seen = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut separated = false;
    for (start, end) in lines(text) {
        if is_blank(&text[start..end]) {
            if let Some(block) = current.take() {
                blocks.push(block);
            }
            continue;
        }
        if current.is_none() && !blocks.is_empty() {
            separated = true;
        }
        lines_seen.push((start, end));
        current = Some(match current {
            Some((s, _)) => (s, end),
            None => (start, end),
        });
    }
    if let Some(block) = current {
        blocks.push(block);
    }
    let chosen = if separated { blocks } else { lines_seen };
    chosen
        .into_iter()
        .map(|(s, e)| trimmed(text, s, e))
        .filter(|sp| !sp.is_empty())
        .collect()
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
}
