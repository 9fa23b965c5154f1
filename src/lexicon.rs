//! The spam lexicon: terms with a category and a weight, compiled into
//! Aho-Corasick automata that run over folded text. The only module that
//! names `aho_corasick`; the three automata build at once through
//! `rayon::join` (one after the other where rayon has one thread).
//!
//! File format (`lexicon/<category>/<lang>.txt`): one term per line,
//! optionally followed by a tab and a weight in `[0, 3]` (default 1); `#`
//! starts a comment line. A trailing `*` makes the term a prefix. Weight 0
//! marks an ordinary word: its matches count for nothing, but as the
//! longer match they keep the shorter terms inside it from matching (in
//! scripts without spaces, `คุณภาพ` "quality" hides `คุณ` "you"). In
//! space-delimited scripts a term must start at a word boundary and, unless
//! it is a prefix, end at one; digits count as boundaries, so `slot`
//! matches in `slot88`. Terms in Thai, Chinese, Japanese and Korean match
//! anywhere.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Match, MatchKind};

use crate::error::BuildError;
use crate::normalize::{Folded, TextStats, fold_into, fold_str, survives_folding};
use crate::script::Script;

/// A fold buffer and the counts it fills, reused across terms.
type TermScratch = (Folded, TextStats);

include!(concat!(env!("OUT_DIR"), "/builtin_lexicon.rs"));

/// The built-in lexicon files: `(category, language, contents)`.
pub(crate) fn builtin_files() -> &'static [(&'static str, &'static str, &'static str)] {
    BUILTIN
}

/// Longest word (in bytes) whose plain ASCII spelling other languages'
/// accented words fold to often enough to matter.
const SHORT_WORD: usize = 4;

/// Largest weight a lexicon term may carry.
pub(crate) const MAX_TERM_WEIGHT: f64 = 3.0;

/// One lexicon term, as written by a user or a file: it borrows its text
/// and category from there (the built-in files alone hold over 20,000
/// terms, which would otherwise be as many pairs of allocations per build).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Term<'a> {
    pub(crate) category: &'a str,
    pub(crate) text: &'a str,
    pub(crate) weight: f64,
}

/// Parses a lexicon file. `origin` names the file in errors.
pub(crate) fn parse<'a>(
    category: &'a str,
    contents: &'a str,
    origin: &str,
) -> Result<Vec<Term<'a>>, BuildError> {
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
            category,
            text: text.trim(),
            weight,
        });
        check_term(terms.last().expect("just pushed"), at)?;
    }
    Ok(terms)
}

/// Checks one term: not empty, weight finite and in `[0, 3]`. `at` names
/// where the term comes from (built only for an error).
pub(crate) fn check_term(term: &Term<'_>, at: impl Fn() -> String) -> Result<(), BuildError> {
    let core = term.text.trim_end_matches('*');
    // A letter or digit survives folding; only a term without any needs
    // the (slower) fold to tell.
    let empty = !core.chars().any(survives_folding) && fold_str(core).trim().is_empty();
    if empty {
        return Err(BuildError::lexicon(at(), "empty term".to_string()));
    }
    if !(term.weight.is_finite() && term.weight >= 0.0 && term.weight <= MAX_TERM_WEIGHT) {
        return Err(BuildError::lexicon(
            at(),
            format!(
                "term `{}` has weight {} outside [0, {MAX_TERM_WEIGHT}]",
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
    /// A short single word (four letters at most) that every spelling of
    /// this folded text writes in plain ASCII: folded, other languages'
    /// accented words read the same (`tu` and the Vietnamese `từ`).
    plain: bool,
}

/// A lexicon hit, in haystack (folded) offsets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Hit {
    pub(crate) category: usize,
    pub(crate) weight: f32,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The term is a short word written in plain ASCII (folded text loses
    /// the diacritics that tell `tu` from the Vietnamese `từ`).
    pub(crate) plain: bool,
}

/// The compiled lexicon.
///
/// The terms go into three automata by the characters they hold (see
/// [`Part`]): terms that fold to ASCII, terms whose first other character
/// takes two bytes in UTF-8 (Latin letters with diacritics, Greek,
/// Cyrillic, Hebrew, Arabic), and terms whose first other character takes
/// more (Indic scripts, Thai and its neighbours, Chinese, Japanese,
/// Korean). Smaller automata build faster (failure links through a trie of
/// mixed scripts cost more to compute), and at once on two threads; text
/// runs the ASCII automaton always and another only when it holds the lead
/// byte of one of its terms' first non-ASCII characters, so most text,
/// which folds to ASCII, runs one, a Thai or a Russian paragraph two, and
/// an em dash or curly quotes in French text run nothing more.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    /// One automaton per [`Part`], in its order.
    parts: [Option<Automaton>; 3],
    patterns: Vec<Pattern>,
    categories: Vec<String>,
}

/// The three kinds of term, by the first byte of their first non-ASCII
/// character: a term can only match text that holds such a byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// Terms that fold to ASCII.
    Ascii = 0,
    /// A first non-ASCII character of two bytes (lead byte `C2`–`DF`).
    TwoByte = 1,
    /// A first non-ASCII character of three or four bytes (lead byte `E0`
    /// or more).
    Longer = 2,
}

impl Part {
    /// The part of a folded term.
    fn of(text: &str) -> Part {
        match text.bytes().find(|b| !b.is_ascii()) {
            None => Part::Ascii,
            Some(b) if b < 0xE0 => Part::TwoByte,
            Some(_) => Part::Longer,
        }
    }
}

/// A set of bytes, one bit each.
type ByteSet = [u64; 4];

/// Adds `b` to `set`.
fn insert(set: &mut ByteSet, b: u8) {
    set[usize::from(b >> 6)] |= 1 << (b & 63);
}

/// The lead bytes of the non-ASCII characters in `hay` (none when `hay` is
/// ASCII).
fn lead_bytes(hay: &str) -> ByteSet {
    let mut set = ByteSet::default();
    if !hay.is_ascii() {
        // Continuation bytes are `80`–`BF`; lead bytes `C0` and up.
        for b in hay.bytes().filter(|&b| b >= 0xC0) {
            insert(&mut set, b);
        }
    }
    set
}

/// One automaton, with the index in `Lexicon::patterns` of each of its
/// terms.
#[derive(Clone, Debug)]
struct Automaton {
    ac: AhoCorasick,
    ids: Vec<usize>,
    /// The lead bytes of its terms' first non-ASCII characters: a term can
    /// only match text that holds its lead byte. `None` for an automaton of
    /// ASCII terms, which runs on all text.
    leads: Option<ByteSet>,
}

impl Automaton {
    /// Compiles the given terms, with dense transition tables for the
    /// first `dense_depth` bytes; `None` when there are none.
    ///
    /// The automaton reports every match, overlapping ones too
    /// ([`MatchKind::Standard`]), and [`Lexicon::find`] picks the
    /// leftmost-longest ones itself: on these terms the crate's own
    /// leftmost-longest construction takes half as long again (most of it
    /// in filling the failure transitions), which for 28,000 terms made
    /// `Detector::new()` take about 60 ms instead of 40; the search costs
    /// about the same.
    fn build(
        terms: Vec<(&str, usize)>,
        dense_depth: usize,
    ) -> Result<Option<Automaton>, BuildError> {
        if terms.is_empty() {
            return Ok(None);
        }
        let (texts, ids): (Vec<&str>, Vec<usize>) = terms.into_iter().unzip();
        let mut leads = ByteSet::default();
        for b in texts
            .iter()
            .filter_map(|t| t.bytes().find(|b| !b.is_ascii()))
        {
            insert(&mut leads, b);
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .dense_depth(dense_depth)
            .build(&texts)
            .map_err(|e| BuildError::automaton(e.to_string()))?;
        Ok(Some(Automaton {
            ac,
            ids,
            // No lead byte: all its terms are ASCII.
            leads: (leads != ByteSet::default()).then_some(leads),
        }))
    }

    /// Whether one of its terms can match in text with these lead bytes.
    fn may_match(&self, hay_leads: &ByteSet) -> bool {
        self.leads
            .is_none_or(|l| l.iter().zip(hay_leads).any(|(a, b)| a & b != 0))
    }

    /// The hit of match `m`, unless its term needs word boundaries that
    /// `hay` does not have there, or is an ordinary word (weight 0), whose
    /// match only hides the shorter terms inside it.
    fn hit(&self, hay: &str, m: Match, patterns: &[Pattern]) -> Option<Hit> {
        let p = &patterns[self.ids[m.pattern().as_usize()]];
        let bounded_ok = !p.bounded
            || (boundary_before(hay, m.start()) && (p.prefix || boundary_after(hay, m.end())));
        (bounded_ok && p.weight > 0.0).then_some(Hit {
            category: p.category,
            weight: p.weight,
            start: m.start(),
            end: m.end(),
            plain: p.plain,
        })
    }
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

/// Folds the terms into the automata's patterns, one per distinct folded
/// text (a text given twice keeps its highest weight), and what each
/// match means.
fn fold_terms(
    terms: &[Term<'_>],
    categories: &[String],
) -> Result<(Vec<String>, Vec<Pattern>), BuildError> {
    use rayon::prelude::*;
    use std::collections::hash_map::{Entry, HashMap};
    // Each term folds and becomes a pattern on its own: on all cores
    // (rayon); only the merge of equal texts runs in order.
    // Each rayon job folds into one reused buffer (the counts it fills are
    // not needed for terms).
    let each: Vec<(String, Pattern)> = terms
        .par_iter()
        .map_init(TermScratch::default, |(out, stats), term| {
            fold_into(term.text.trim_end_matches('*').trim(), out, stats);
            let text = out.haystack().trim().to_string();
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
                prefix: term.text.ends_with('*'),
                plain: term.text.is_ascii() && text.len() <= SHORT_WORD && !text.contains(' '),
            };
            Ok((text, pattern))
        })
        .collect::<Result<_, BuildError>>()?;
    // The first term of each text, and the pattern it ends with.
    let mut patterns: Vec<Pattern> = Vec::with_capacity(each.len());
    let mut owners: Vec<usize> = Vec::with_capacity(each.len());
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(each.len());
    for (k, (text, pattern)) in each.iter().enumerate() {
        match seen.entry(text.as_str()) {
            Entry::Occupied(slot) => {
                let kept = &mut patterns[*slot.get()];
                // A spelling with diacritics lets any source match.
                let plain = kept.plain && pattern.plain;
                if pattern.weight > kept.weight {
                    *kept = pattern.clone();
                }
                kept.plain = plain;
            }
            Entry::Vacant(slot) => {
                slot.insert(patterns.len());
                patterns.push(pattern.clone());
                owners.push(k);
            }
        }
    }
    drop(seen);
    let mut each = each;
    let folded = owners
        .into_iter()
        .map(|k| std::mem::take(&mut each[k].0))
        .collect();
    Ok((folded, patterns))
}

impl Lexicon {
    /// Compiles `terms`; `categories` gives each category's index.
    pub(crate) fn build(terms: &[Term<'_>], categories: &[String]) -> Result<Lexicon, BuildError> {
        let (folded, patterns) = fold_terms(terms, categories)?;
        let mut split: [Vec<(&str, usize)>; 3] = Default::default();
        for (i, text) in folded.iter().enumerate() {
            split[Part::of(text) as usize].push((text.as_str(), i));
        }
        let [ascii, two, longer] = split;
        // The ASCII automaton takes about as long to build as the other
        // two together: on two threads, it builds beside them.
        // Dense tables for the first three bytes (the crate's default)
        // speed up the search over ASCII text; for the others two are as
        // fast to search and quicker to build (their states branch over
        // many more bytes).
        let (ascii, (two, longer)) = rayon::join(
            || Automaton::build(ascii, 3),
            || rayon::join(|| Automaton::build(two, 2), || Automaton::build(longer, 2)),
        );
        Ok(Lexicon {
            parts: [ascii?, two?, longer?],
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

    /// Calls `f` for each hit in `hay` (folded text), leftmost-longest
    /// without overlaps, as one automaton over all terms would find them:
    /// of all matches of the automata that may match, the one that starts
    /// first (the longest at one start) is taken, then the first that
    /// starts at or after its end, and so on. Ordinary words (weight 0)
    /// take part in the choice but are not reported.
    pub(crate) fn find(&self, hay: &str, mut f: impl FnMut(Hit)) {
        let hay_leads = lead_bytes(hay);
        let mut matches: Vec<(Match, &Automaton)> = Vec::new();
        for run in self.parts.iter().flatten() {
            if run.may_match(&hay_leads) {
                matches.extend(run.ac.find_overlapping_iter(hay).map(|m| (m, run)));
            }
        }
        if matches.is_empty() {
            return;
        }
        // Ties (one text in two automata) cannot happen: equal folded
        // texts are one term.
        matches.sort_unstable_by_key(|(m, _)| (m.start(), std::cmp::Reverse(m.end())));
        let mut pos = 0;
        for (m, run) in matches {
            if m.start() < pos {
                continue;
            }
            pos = m.end();
            if let Some(h) = run.hit(hay, m, &self.patterns) {
                f(h);
            }
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
    fn ordinary_words_hide_the_terms_inside_them() {
        // Weight 0: `チベット` (Tibet) hides `ベット` (bet), in either
        // automaton's run, and is no hit itself.
        let l = lex("ベット\t0.3\nチベット\t0\nslot\n");
        assert_eq!(hits(&l, "チベット"), vec![]);
        assert_eq!(hits(&l, "ベット"), vec![(0, 9)]);
        assert_eq!(hits(&l, "slot チベット ベット"), vec![(0, 4), (18, 27)]);
    }

    #[test]
    fn terms_fall_into_parts_by_their_first_other_character() {
        assert_eq!(Part::of("slot gacor"), Part::Ascii);
        assert_eq!(Part::of("pg สล็อต"), Part::Longer);
        assert_eq!(Part::of("казино x"), Part::TwoByte);
        assert_eq!(Part::of("đổi thưởng"), Part::TwoByte);
        assert_eq!(Part::of("博彩"), Part::Longer);
        // An automaton runs on text that holds a lead byte of its terms'
        // first non-ASCII characters; the ASCII one always.
        let l = lex("slot\nслот\nสล็อต\n");
        let runs = |hay: &str| -> Vec<bool> {
            let leads = lead_bytes(hay);
            l.parts
                .iter()
                .flatten()
                .map(|a| a.may_match(&leads))
                .collect()
        };
        assert_eq!(runs("slot"), [true, false, false]);
        assert_eq!(runs("slot слот"), [true, true, false]);
        assert_eq!(runs("слот สล็อต x"), [true, true, true]);
        // `к` has another lead byte than `с`: no term here starts with it.
        assert_eq!(runs("slot казино"), [true, false, false]);
        assert_eq!(runs("สล็อต"), [true, false, true]);
        // A dash or curly quotes (lead byte E2) run nothing else here.
        assert_eq!(runs("slot — “x”"), [true, false, false]);
        // Terms of all three parts merge leftmost-longest.
        let l = lex("slot\nслот\nสล็อต\nslot слот\nслот สล็อต pg\n");
        assert_eq!(hits(&l, "slot слот слот สล็อต pg"), vec![(0, 13), (14, 41)]);
        assert_eq!(hits(&l, "slot слот สล็อต pg"), vec![(0, 13), (14, 29)]);
        assert_eq!(hits(&l, "слот slot"), vec![(0, 8), (9, 13)]);
    }

    #[test]
    fn ascii_and_other_terms_merge_leftmost_longest() {
        let l = lex("slot\npg\npg slot\nสล็อต\nสล็อต pg\npg สล็อต\n");
        // The mixed term covers the ASCII `pg` inside it; `slot` after it
        // is a hit of its own.
        assert_eq!(hits(&l, "เว็บสล็อต pg slot"), vec![(12, 30), (31, 35)]);
        // ASCII text runs only the ASCII terms: the longest at a start wins.
        assert_eq!(hits(&l, "pg slot"), vec![(0, 7)]);
        assert_eq!(hits(&l, "สล็อต"), vec![(0, 15)]);
        // Both automata match at one start: the longer match wins.
        assert_eq!(hits(&l, "pg สล็อต"), vec![(0, 18)]);
    }

    #[test]
    fn split_automata_find_what_one_would() {
        // The built-in lexicon, split as always, against one automaton over
        // all of its terms, with the same word-boundary checks.
        let mut terms = Vec::new();
        let mut categories: Vec<String> = Vec::new();
        for (cat, lang, text) in builtin_files() {
            terms.extend(parse(cat, text, lang).unwrap());
            if !categories.iter().any(|c| c == cat) {
                categories.push(cat.to_string());
            }
        }
        let split = Lexicon::build(&terms, &categories).unwrap();
        let (folded, patterns) = fold_terms(&terms, &categories).unwrap();
        // The reference: the crate's own leftmost-longest search.
        let one = Automaton {
            ac: AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&folded)
                .unwrap(),
            ids: (0..folded.len()).collect(),
            leads: None,
        };
        // Haystacks glued from pieces of terms (whole, or cut at a
        // character at either end), in every script, with and without
        // separators (a fixed pseudo-random walk). The pieces come in equal
        // shares from terms that mix ASCII with other letters, ASCII terms,
        // terms of each other part and all terms, so matches of the three
        // automata meet and overlap.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize % n
        };
        let mixed_terms: Vec<&String> = folded
            .iter()
            .filter(|t| !t.is_ascii() && t.bytes().any(|b| b.is_ascii_alphabetic()))
            .collect();
        let ascii_terms: Vec<&String> = folded.iter().filter(|t| t.is_ascii()).collect();
        let of_part =
            |p: Part| -> Vec<&String> { folded.iter().filter(|t| Part::of(t) == p).collect() };
        let (two_terms, longer_terms) = (of_part(Part::TwoByte), of_part(Part::Longer));
        let all_terms: Vec<&String> = folded.iter().collect();
        let pools = [
            &mixed_terms,
            &ascii_terms,
            &two_terms,
            &longer_terms,
            &all_terms,
        ];
        let seps = ["", " ", " ", "x", "88", "ก", "-", "é", "д"];
        let (mut mixed, mut three) = (0, 0);
        for _ in 0..20_000 {
            let mut hay = String::new();
            for _ in 0..=next(4) {
                let pool = pools[next(pools.len())];
                let t = pool[next(pool.len())];
                let cuts: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
                let from = cuts[next(cuts.len().min(3) - 1)];
                let to = cuts[cuts.len() - 1 - next(cuts.len().min(3) - 1)];
                hay.push_str(&t[from..to.max(from)]);
                hay.push_str(seps[next(seps.len())]);
            }
            let want: Vec<Hit> = one
                .ac
                .find_iter(&hay)
                .filter_map(|m| one.hit(&hay, m, &patterns))
                .collect();
            let mut got = Vec::new();
            split.find(&hay, |h| got.push(h));
            assert_eq!(got, want, "{hay}");
            mixed += usize::from(!hay.is_ascii() && hay.bytes().any(|b| b.is_ascii_alphabetic()));
            let leads = lead_bytes(&hay);
            three += usize::from(split.parts.iter().flatten().all(|a| a.may_match(&leads)));
        }
        // The walk mixes scripts within one haystack, and runs all three
        // automata, often enough to matter.
        assert!(mixed > 2_000, "{mixed}");
        assert!(three > 1_000, "{three}");
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
        // Letters that folding drops (tatweel, Arabic vowel marks) make no
        // term.
        let e = parse("x", "\u{0640}\u{064E}\n", "f.txt")
            .unwrap_err()
            .to_string();
        assert!(e.contains("empty term"), "{e}");
    }

    #[test]
    fn builtin_files_parse() {
        for (cat, lang, text) in builtin_files() {
            for term in parse(cat, text, &format!("lexicon/{cat}/{lang}.txt")).unwrap() {
                // A term of one ASCII letter or digit matches inside words
                // everywhere: every match costs the scan, and the boundary
                // check throws nearly all away.
                let core = fold_str(term.text.trim_end_matches('*'));
                assert!(
                    !core.is_ascii() || core.trim().len() >= 2,
                    "lexicon/{cat}/{lang}.txt: `{}` is too short",
                    term.text
                );
            }
        }
    }
}
