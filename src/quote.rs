//! Quoted passages: words a paragraph mentions rather than says. A
//! warning about scams quotes the scammers' lines (`'Your account has been
//! suspended'`, `«Félicitations ! Vous avez gagné»`, `「必ず儲かる」`,
//! `“高额返水”`); an advert says them. Pure functions, no dependencies.

/// Longest quoted passage (in bytes) that counts as a mention: a longer
/// one is a quoted message or testimonial, which spam writes too.
const MAX_QUOTE: usize = 240;

/// Largest share of the text its quoted passages may cover together: a
/// paragraph that is all quote (a comment in quotation marks), or every
/// word of which sits in its own quotes, says what it quotes.
const MAX_SHARE: f64 = 0.7;

/// Opening quotation marks and the marks that close each (`„` closes with
/// `“` in German, with `”` in Polish, Hungarian and Romanian; `'` and `"`
/// close themselves). A mark that only closes never opens.
const PAIRS: [(char, &str); 7] = [
    ('“', "”"),
    ('„', "“”"),
    ('«', "»"),
    ('「', "」"),
    ('『', "』"),
    ('"', "\""),
    ('\'', "'"),
];

/// The marks that close a passage opened with `open`, if `open` opens.
fn closers(open: char) -> Option<&'static str> {
    PAIRS.iter().find(|p| p.0 == open).map(|p| p.1)
}

/// Whether `c` is a quotation mark of [`PAIRS`]: called on every
/// character of a paragraph with lexicon hits, so spelled out (a test
/// keeps it equal to the table).
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』'
    )
}

/// Byte ranges of the quoted passages of `text` (inside the marks). The
/// ASCII marks `'` and `"` do not count between two letters or digits
/// (`don't`, Hebrew `ש"ח`), a `'` opens only before a letter and after a
/// non-letter and closes only after a non-space and before a non-letter
/// (`l'argent`, `players'`), and a `"` does not open after a letter or
/// digit (`5"`). Passages longer than [`MAX_QUOTE`] bytes and marks left
/// open give nothing; passages covering together, with their marks, more
/// than [`MAX_SHARE`] of the text give nothing at all.
///
/// ```text
/// "The messages say 'Your account has been suspended' or 'Click here'."
///                    ^ passage 1 ^                        ^ 2 ^
/// ```
pub(crate) fn passages(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Every mark is `'`, `"` or not ASCII: most text holds none, and a byte
    // scan says so sooner than a walk over its characters.
    if !text
        .bytes()
        .any(|b| matches!(b, b'\'' | b'"') || !b.is_ascii())
    {
        return out;
    }
    // The opening mark and its offset.
    let mut open: Option<(char, usize)> = None;
    let mut quoted = 0usize;
    // Only the marks are visited; their neighbours are read on the spot.
    for (i, m) in text.match_indices(is_mark) {
        let c = m.chars().next().unwrap_or(' ');
        let end = i + m.len();
        let before = text[..i].chars().next_back();
        let after = text[end..].chars().next();
        let alnum_before = before.is_some_and(char::is_alphanumeric);
        let alnum_after = after.is_some_and(char::is_alphanumeric);
        if matches!(c, '\'' | '"') && alnum_before && alnum_after {
            continue;
        }
        match open {
            Some((o, mark)) if closers(o).is_some_and(|cl| cl.contains(c)) => {
                let start = mark + o.len_utf8();
                let ok = c != '\'' || (before.is_some_and(|b| !b.is_whitespace()) && !alnum_after);
                if ok {
                    let len = i - start;
                    if len > 0 && len <= MAX_QUOTE {
                        out.push((start, i));
                        // With its marks: a text of quoted single words is
                        // mostly quote.
                        quoted += end - mark;
                    }
                    open = None;
                }
            }
            None => {
                let opens = match c {
                    '\'' => !alnum_before && alnum_after,
                    '"' => !alnum_before,
                    _ => closers(c).is_some(),
                };
                if opens {
                    open = Some((c, i));
                }
            }
            Some(_) => {}
        }
    }
    if quoted as f64 > MAX_SHARE * text.len() as f64 {
        out.clear();
    }
    out
}

/// Whether byte range `[start, end)` lies inside one of `passages`
/// (sorted and disjoint, as [`passages`] returns them): a binary search,
/// so a paragraph of a million quoted words stays linear.
pub(crate) fn inside(passages: &[(usize, usize)], start: usize, end: usize) -> bool {
    let after = passages.partition_point(|&(s, _)| s <= start);
    after > 0 && end <= passages[after - 1].1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        passages(text).iter().map(|&(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn marks_of_many_languages() {
        assert_eq!(
            quoted(
                "The messages use typical lines such as 'your account has been suspended' \
                 and 'click here', and link to a fake login page that looks real."
            ),
            ["your account has been suspended", "click here"]
        );
        assert_eq!(quoted("注意「必ず儲かる」という話"), ["必ず儲かる"]);
        assert_eq!(
            quoted("该团伙在社交平台发布“高额返水”“充值秒到”等信息招揽参赌人员"),
            ["高额返水", "充值秒到"]
        );
        assert_eq!(
            quoted("le faux gain : « vous avez gagné » dit-on"),
            [" vous avez gagné "]
        );
        assert_eq!(
            quoted("Przykładowe treści to „twoja paczka została wstrzymana” albo inne, podobne."),
            ["twoja paczka została wstrzymana"]
        );
        assert_eq!(
            quoted("In den Nachrichten heißt es: „jetzt gewinnen“ und mehr."),
            ["jetzt gewinnen"]
        );
        assert_eq!(
            quoted(r#"terms like "slot gacor" or "maxwin" to lure"#),
            ["slot gacor", "maxwin"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("don't miss l'argent facile, it's free").is_empty());
        assert!(quoted("the players' union and the fans' club").is_empty());
        // Hebrew abbreviations (shekel, USA) and inches.
        assert!(quoted("הלוואה עד 100,000 ש\"ח ללא ערבים בארה\"ב היום").is_empty());
        assert!(quoted("a 5\" screen and a 7\" one for sale today").is_empty());
    }

    #[test]
    fn whole_quotes_and_open_marks_give_nothing() {
        assert!(quoted("\"win big now at slot88, daftar sekarang\"").is_empty());
        // Every word in its own quotes is no mention either.
        assert!(quoted("'slot' 'gacor' 'maxwin' 'daftar' now").is_empty());
        assert!(quoted("he said \"join now and never stopped").is_empty());
        let long = format!("a \"{}\" b {}", "x".repeat(300), "y".repeat(400));
        assert!(quoted(&long).is_empty());
        assert!(quoted("").is_empty());
    }

    #[test]
    fn the_marks_are_those_of_the_pairs() {
        let mut table: Vec<char> = PAIRS
            .iter()
            .flat_map(|&(o, cl)| cl.chars().chain([o]))
            .collect();
        table.sort_unstable();
        table.dedup();
        let spelled: Vec<char> = (0..=0x3010u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_mark(c))
            .collect();
        assert_eq!(spelled, table);
    }

    #[test]
    fn inside_a_passage() {
        let p = passages("say 'free money' now, 'cash' 'win'");
        assert_eq!(p.len(), 3);
        assert!(inside(&p, 5, 9));
        assert!(inside(&p, 5, 15));
        assert!(!inside(&p, 5, 17));
        assert!(!inside(&p, 0, 3));
        assert!(inside(&p, 23, 27));
        assert!(!inside(&p, 28, 29));
        assert!(!inside(&[], 0, 1));
    }
}
