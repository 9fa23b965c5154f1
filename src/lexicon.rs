//! The spam lexicon: terms with a category and a weight, compiled into one
//! Aho-Corasick automaton that runs over folded text. The only module that
//! names `aho_corasick`.
//!
//! File format (`lexicon/<category>/<lang>.txt`): one term per line,
//! optionally followed by a tab and a weight in `(0, 3]` (default 1); `#`
//! starts a comment line. A trailing `*` makes the term a prefix. In
//! space-delimited scripts a term must start at a word boundary and, unless
//! it is a prefix, end at one; digits count as boundaries, so `slot`
//! matches in `slot88`. Terms in Thai, Chinese, Japanese and Korean match
//! anywhere.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::BuildError;
use crate::normalize::fold_str;
use crate::script::Script;

include!(concat!(env!("OUT_DIR"), "/builtin_lexicon.rs"));

/// The built-in lexicon files: `(category, language, contents)`.
pub(crate) fn builtin_files() -> &'static [(&'static str, &'static str, &'static str)] {
    BUILTIN
}

/// Largest weight a lexicon term may carry.
pub(crate) const MAX_TERM_WEIGHT: f64 = 3.0;

/// One lexicon term, as written by a user or a file.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Term {
    pub(crate) category: String,
    pub(crate) text: String,
    pub(crate) weight: f64,
}

/// Parses a lexicon file. `origin` names the file in errors.
pub(crate) fn parse(category: &str, contents: &str, origin: &str) -> Result<Vec<Term>, BuildError> {
    let mut terms = Vec::new();
    for (n, raw) in contents.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let at = || format!("{origin}, line {}", n + 1);
        let (text, weight) = match line.split_once('\t') {
            Some((t, w)) => {
                let w = w.trim();
                let weight = w.parse::<f64>().map_err(|_| {
                    BuildError::lexicon(at(), format!("weight `{w}` is not a number"))
                })?;
                (t, weight)
            }
            None => (line, 1.0),
        };
        terms.push(Term {
            category: category.to_string(),
            text: text.trim().to_string(),
            weight,
        });
        check_term(terms.last().expect("just pushed"), &at())?;
    }
    Ok(terms)
}

/// Checks one term: not empty, weight finite and in range.
pub(crate) fn check_term(term: &Term, at: &str) -> Result<(), BuildError> {
    let core = term.text.trim_end_matches('*');
    if fold_str(core).trim().is_empty() {
        return Err(BuildError::lexicon(
            at.to_string(),
            "empty term".to_string(),
        ));
    }
    if !(term.weight.is_finite() && term.weight > 0.0 && term.weight <= MAX_TERM_WEIGHT) {
        return Err(BuildError::lexicon(
            at.to_string(),
            format!(
                "term `{}` has weight {} outside (0, {MAX_TERM_WEIGHT}]",
                term.text, term.weight
            ),
        ));
    }
    Ok(())
}

/// How a compiled pattern matches.
#[derive(Clone, Debug)]
struct Pattern {
    category: usize,
    weight: f32,
    /// Must start (and, unless `prefix`, end) at a word boundary.
    bounded: bool,
    prefix: bool,
}

/// A lexicon hit, in haystack (folded) offsets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Hit {
    pub(crate) category: usize,
    pub(crate) weight: f32,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The compiled lexicon.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    ac: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    categories: Vec<String>,
}

/// Whether a term's script is written with spaces between words.
fn is_spaced(term: &str) -> bool {
    match term.chars().find_map(Script::of) {
        Some(
            Script::Thai | Script::Han | Script::Kana | Script::Hangul | Script::SoutheastAsian,
        ) => false,
        Some(_) => true,
        None => true,
    }
}

impl Lexicon {
    /// Compiles `terms`; `categories` gives each category's index.
    pub(crate) fn build(terms: &[Term], categories: &[String]) -> Result<Lexicon, BuildError> {
        let mut folded: Vec<String> = Vec::with_capacity(terms.len());
        let mut patterns: Vec<Pattern> = Vec::with_capacity(terms.len());
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for term in terms {
            let prefix = term.text.ends_with('*');
            let text = fold_str(term.text.trim_end_matches('*').trim());
            let category = categories
                .iter()
                .position(|c| *c == term.category)
                .ok_or_else(|| {
                    BuildError::lexicon(
                        format!("term `{}`", term.text),
                        format!("unknown category `{}`", term.category),
                    )
                })?;
            let pattern = Pattern {
                category,
                weight: term.weight as f32,
                bounded: is_spaced(&text),
                prefix,
            };
            match seen.get(&text) {
                Some(&i) => {
                    if pattern.weight > patterns[i].weight {
                        patterns[i] = pattern;
                    }
                }
                None => {
                    seen.insert(text.clone(), folded.len());
                    folded.push(text);
                    patterns.push(pattern);
                }
            }
        }
        let ac = if folded.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&folded)
                    .map_err(|e| BuildError::automaton(e.to_string()))?,
            )
        };
        Ok(Lexicon {
            ac,
            patterns,
            categories: categories.to_vec(),
        })
    }

    /// Number of distinct terms.
    pub(crate) fn len(&self) -> usize {
        self.patterns.len()
    }

    /// Category names, by index.
    pub(crate) fn categories(&self) -> &[String] {
        &self.categories
    }

    /// Calls `f` for each hit in `hay` (folded text).
    pub(crate) fn find(&self, hay: &str, mut f: impl FnMut(Hit)) {
        let Some(ac) = &self.ac else { return };
        for m in ac.find_iter(hay) {
            let p = &self.patterns[m.pattern().as_usize()];
            if p.bounded
                && !(boundary_before(hay, m.start()) && (p.prefix || boundary_after(hay, m.end())))
            {
                continue;
            }
            f(Hit {
                category: p.category,
                weight: p.weight,
                start: m.start(),
                end: m.end(),
            });
        }
    }
}

/// Whether no letter precedes offset `i`.
fn boundary_before(hay: &str, i: usize) -> bool {
    hay[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphabetic())
}

/// Whether no letter follows offset `i`, allowing a plural `s` or `es`
/// (as in English, Spanish, Portuguese, Indonesian loanwords).
fn boundary_after(hay: &str, i: usize) -> bool {
    let rest = &hay[i..];
    let rest = ["es", "s"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .map_or(rest, |r| {
            if r.chars().next().is_none_or(|c| !c.is_alphabetic()) {
                r
            } else {
                rest
            }
        });
    rest.chars().next().is_none_or(|c| !c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(lines: &str) -> Lexicon {
        let terms = parse("gambling", lines, "test").unwrap();
        Lexicon::build(&terms, &["gambling".to_string()]).unwrap()
    }

    fn hits(l: &Lexicon, hay: &str) -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        l.find(hay, |h| v.push((h.start, h.end)));
        v
    }

    #[test]
    fn boundaries() {
        let l = lex("slot\nbet\ncasino*\nสล็อต\n");
        assert_eq!(
            hits(&l, "slot88 better alphabet bet"),
            vec![(0, 4), (23, 26)]
        );
        assert_eq!(hits(&l, "casinos"), vec![(0, 7 - 1)]);
        assert_eq!(hits(&l, "เว็บสล็อตแตก").len(), 1);
        assert_eq!(hits(&l, &fold_str("SLOT")), vec![(0, 4)]);
    }

    #[test]
    fn parse_errors_name_the_line() {
        let e = parse("x", "ok\n\t2\n", "f.txt").unwrap_err().to_string();
        assert!(e.contains("f.txt, line 2"), "{e}");
        let e = parse("x", "a\tbig\n", "f.txt").unwrap_err().to_string();
        assert!(e.contains("not a number"), "{e}");
        let e = parse("x", "a\t7\n", "f.txt").unwrap_err().to_string();
        assert!(e.contains("outside"), "{e}");
        assert_eq!(
            parse("x", "# c\n\nterm\t0.5\n", "f").unwrap()[0].weight,
            0.5
        );
    }

    #[test]
    fn builtin_files_parse() {
        for (cat, lang, text) in builtin_files() {
            parse(cat, text, &format!("lexicon/{cat}/{lang}.txt")).unwrap();
        }
    }
}
