//! Quoted passages: words a paragraph mentions rather than says. A
//! warning about scams quotes the scammers' lines (`'Your account has been
//! suspended'`, `«Félicitations ! Vous avez gagné»`, `「必ず儲かる」`,
//! `“高额返水”`); an advert says them. Pure functions, no dependencies.

/// Longest quoted passage (in bytes) that counts as a mention: a longer
/// one is a quoted message or testimonial, which spam writes too.
const MAX_QUOTE: usize = 240;

/// Largest share of the text one quoted passage may cover: a paragraph that
/// is all quote (a comment in quotation marks) says what it quotes.
const MAX_SHARE: f64 = 0.7;

/// The closing mark of an opening quotation mark (`'` and `"` close
/// themselves).
fn closer(c: char) -> Option<char> {
    Some(match c {
        '“' => '”',
        '„' => '“',
        '«' => '»',
        '「' => '」',
        '『' => '』',
        '"' => '"',
        '\'' => '\'',
        _ => return None,
    })
}

/// Byte ranges of the quoted passages of `text` (inside the marks). A
/// single `'` opens only after a non-letter and before a letter, and
/// closes only after a non-space and before a non-letter, so apostrophes
/// (`don't`, `l'argent`) are not quotes. Passages longer than
/// [`MAX_QUOTE`] bytes or covering more than [`MAX_SHARE`] of the text,
/// and marks left open, give nothing.
///
/// ```text
/// "Typical lines: 'Your account has been suspended' and 'Click here'."
///                  ^ passage 1 ^                        ^ 2 ^
/// ```
pub(crate) fn passages(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let letter_before = prev.is_some_and(char::is_alphanumeric);
        let letter_after = next.is_some_and(char::is_alphanumeric);
        match open {
            Some((close, start)) if c == close => {
                let closes =
                    c != '\'' || (prev.is_some_and(|p| !p.is_whitespace()) && !letter_after);
                if closes {
                    let len = i - start;
                    if len > 0 && len <= MAX_QUOTE && (len as f64) <= MAX_SHARE * text.len() as f64
                    {
                        out.push((start, i));
                    }
                    open = None;
                }
            }
            None => {
                if let Some(close) = closer(c) {
                    let opens = c != '\'' || (!letter_before && letter_after);
                    if opens {
                        open = Some((close, i + c.len_utf8()));
                    }
                }
            }
            Some(_) => {}
        }
        prev = Some(c);
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
            quoted("Typical lines: 'your account has been suspended' and 'click here'."),
            ["your account has been suspended", "click here"]
        );
        assert_eq!(quoted("注意「必ず儲かる」という話"), ["必ず儲かる"]);
        assert_eq!(
            quoted("发布“高额返水”“充值秒到”等信息"),
            ["高额返水", "充值秒到"]
        );
        assert_eq!(
            quoted("le faux gain : « vous avez gagné » dit-on"),
            [" vous avez gagné "]
        );
        assert_eq!(
            quoted("treści: „twoja paczka została wstrzymana“ albo"),
            ["twoja paczka została wstrzymana"]
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
    }

    #[test]
    fn whole_quotes_and_open_marks_give_nothing() {
        assert!(quoted("\"win big now at slot88, daftar sekarang\"").is_empty());
        assert!(quoted("he said \"join now and never stopped").is_empty());
        let long = format!("a \"{}\" b {}", "x".repeat(300), "y".repeat(400));
        assert!(quoted(&long).is_empty());
        assert!(quoted("").is_empty());
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
