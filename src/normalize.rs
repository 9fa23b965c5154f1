//! Folding text into the form the lexicon and the rules match against:
//! lowercase, compatibility-decomposed (so `𝐒𝐋𝐎𝐓` and `ＳＬＯＴ` become `slot`),
//! Latin/Cyrillic/Greek diacritics dropped, letters without a decomposition
//! spelled plain (`ı đ ł ø ħ ŧ ß æ œ` → `i d l o h t ss ae oe`), typographic
//! apostrophes `’ ‘` as `'`, Arabic-script spellings unified (Arabic yeh and
//! kaf as the Persian letters; vowel, hamza and madda marks and the tatweel
//! dropped), zero-width characters removed, and Cyrillic or Greek look-alikes
//! inside Latin words mapped to Latin. Every folded byte maps back to the
//! source byte it came from.
//!
//! The same pass counts what the scoring needs: letters per script,
//! capitals, styled letters (mathematical, fullwidth, enclosed), invisible
//! characters, words mixing scripts, and emoji.
//!
//! This is the only module that names `unicode_normalization`.

use crate::script::{Script, ScriptCounts};

/// What the folding pass counted in one piece of text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct TextStats {
    /// Letters per script.
    pub(crate) scripts: ScriptCounts,
    /// Uppercase letters.
    pub(crate) upper: u32,
    /// Letters and digits written in styled Unicode forms (𝐒, Ｓ, Ⓢ, ᴀ).
    pub(crate) styled: u32,
    /// Zero-width and other invisible format characters.
    pub(crate) invisible: u32,
    /// Words mixing Latin letters with Cyrillic or Greek look-alikes.
    pub(crate) mixed_words: u32,
    /// Emoji and pictographs.
    pub(crate) emoji: u32,
    /// Characters in all.
    pub(crate) chars: u32,
}

impl TextStats {
    /// Letters in all scripts.
    pub(crate) fn letters(&self) -> u32 {
        self.scripts.total()
    }
}

/// Folded text and the map back to the source.
#[derive(Clone, Debug, Default)]
pub(crate) struct Folded {
    /// The folded text: always lowercase.
    text: String,
    /// `map[i]` is the source offset of the char that produced folded byte
    /// `i`; one extra entry holds the source length.
    map: Vec<u32>,
    /// Whether the source was pure ASCII, so folding is ASCII lowercasing,
    /// offsets are the identity and `map` is left empty.
    ascii: bool,
}

impl Folded {
    /// Whether the source was pure ASCII (so it has no diacritics).
    pub(crate) fn source_is_ascii(&self) -> bool {
        self.ascii
    }

    /// The text to match.
    pub(crate) fn haystack(&self) -> &str {
        &self.text
    }

    /// Source byte offset of folded offset `i` (a char boundary of the
    /// haystack), always a char boundary of the source.
    pub(crate) fn source_offset(&self, i: usize) -> usize {
        if self.ascii {
            i
        } else {
            self.map.get(i).copied().unwrap_or(0) as usize
        }
    }

    /// Source byte offset for folded offset `i` taken as the end of a
    /// match: when `i` falls inside the folded form of one source char
    /// (`ß` → `ss`), the end of that char, so the span keeps all of it.
    pub(crate) fn source_end(&self, i: usize) -> usize {
        if self.ascii || i == 0 {
            return self.source_offset(i);
        }
        let last = self.map.get(i - 1).copied();
        let mut k = i;
        while k + 1 < self.map.len() && self.map.get(k).copied() == last {
            k += 1;
        }
        self.source_offset(k)
    }
}

/// Largest piece folded at once (64 KiB): offsets are stored as `u32`,
/// and a bounded piece bounds the memory of the map, even for characters
/// whose folded form is 18 times longer.
pub(crate) const MAX_PIECE: usize = 1 << 16;

/// Cuts `text` into pieces of at most about [`MAX_PIECE`] bytes, at
/// whitespace where possible, always at char boundaries.
pub(crate) fn pieces(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        let rest = &text[pos..];
        let mut cut = rest.len();
        if cut > MAX_PIECE {
            cut = MAX_PIECE;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            if let Some(ws) = rest[..cut].rfind(char::is_whitespace) {
                if ws > MAX_PIECE / 2 {
                    cut = ws;
                }
            }
        }
        let start = pos;
        pos += cut;
        Some((start, &rest[..cut]))
    })
}

/// Whether `c` is invisible: zero-width spaces and joiners, direction
/// marks, soft hyphen, word joiner, BOM.
fn is_invisible(c: char) -> bool {
    matches!(c as u32, 0x00AD | 0x034F | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF)
}

/// Whether `c` is a styled letter or digit: mathematical alphanumerics,
/// fullwidth forms, enclosed and squared letters, small capitals; or a
/// combining mark that decorates letters rather than spelling them
/// (underline, strike-through and overlay marks such as `K̲U̲S̲U̲M̲A̲` or
/// `S̶L̶O̶T̶`, and the circles, squares and diamonds that enclose one; not
/// the keycap of `1️⃣`). Accents, which languages spell with, do not
/// count.
fn is_styled(c: char) -> bool {
    matches!(c as u32, 0x1D400..=0x1D7FF | 0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A
        | 0x2460..=0x24FF | 0x1F100..=0x1F1FF | 0x1D00..=0x1D2B | 0x2070..=0x209F
        | 0x0332..=0x0338 | 0x20DD..=0x20E2 | 0x20E4)
}

/// Whether `c` is an emoji or pictograph.
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1F0FF)
}

/// The Latin letter a lowercase Cyrillic or Greek look-alike stands for.
fn homoglyph(c: char) -> Option<char> {
    Some(match c {
        'а' | 'α' => 'a',
        'в' | 'β' => 'b',
        'с' | 'ϲ' => 'c',
        'ԁ' => 'd',
        'е' | 'ё' | 'ε' => 'e',
        'һ' | 'н' => 'h',
        'і' | 'ї' | 'ι' => 'i',
        'ј' => 'j',
        'к' | 'κ' => 'k',
        'ӏ' => 'l',
        'м' => 'm',
        'п' | 'η' => 'n',
        'о' | 'ο' | 'σ' => 'o',
        'р' | 'ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' => 's',
        'т' | 'τ' => 't',
        'υ' => 'u',
        'ν' => 'v',
        'ԝ' | 'ω' => 'w',
        'х' | 'χ' => 'x',
        'у' | 'γ' => 'y',
        _ => return None,
    })
}

/// The Cyrillic letter a lowercase Latin or Greek look-alike stands for.
fn cyrillic_homoglyph(c: char) -> Option<char> {
    Some(match c {
        'a' | 'α' => 'а',
        'b' | 'β' => 'в',
        'c' | 'ϲ' => 'с',
        'e' | 'ε' => 'е',
        'h' => 'н',
        'i' | 'ι' => 'і',
        'k' | 'κ' => 'к',
        'm' => 'м',
        'o' | 'ο' | 'σ' => 'о',
        'p' | 'ρ' => 'р',
        't' | 'τ' => 'т',
        'x' | 'χ' => 'х',
        'y' | 'γ' => 'у',
        _ => return None,
    })
}

/// Which script a disguised word is folded into.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    Keep,
    Latin,
    Cyrillic,
}

/// Whether `c` is kept as it is apart from lowercasing: scripts whose
/// decomposition would only blow text up (Hangul syllables into jamo) or
/// that need no folding.
fn keep_as_is(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0E7F | 0x3040..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3)
}

/// Emits the folded form of `c` (without homoglyph mapping).
fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
    } else if matches!(c, '™' | '℠' | '®' | '©') {
        emit(' ');
    } else if matches!(c, '\u{2018}' | '\u{2019}') {
        // Typographic apostrophes (`l’argent`, `don’t`) as the ASCII one.
        emit('\'');
    } else if is_invisible(c) {
    } else if c == 'ς' {
        // Final sigma: capitals lowercase to `σ` one letter at a time, so
        // `ΔΩΡΕΑΝ` and `δωρεάν` words ending in `ς` meet at `σ`.
        emit('σ');
    } else if keep_as_is(c) || matches!(c as u32, 0x0430..=0x0438 | 0x043A..=0x044F) {
        emit(c);
    } else if matches!(c as u32, 0x0410..=0x0418 | 0x041A..=0x042F) {
        // Cyrillic capitals other than Й: lowercase is 32 code points on.
        emit(char::from_u32(c as u32 + 0x20).unwrap_or(c));
    } else if let Some(plain) = unstroke(c) {
        plain.chars().for_each(emit);
    } else {
        unicode_normalization::char::decompose_compatible(c, |d| {
            if !is_combining_mark(d) {
                for l in d.to_lowercase() {
                    emit(persian_letter(l));
                }
            }
        });
    }
}

/// The plain letters for a Latin letter that has no Unicode decomposition
/// but is written without its stroke, dot or ligature when typed on a
/// plain keyboard: Turkish `ı`, Vietnamese `đ`, Polish `ł`, Nordic `ø`
/// and `æ`, Maltese `ħ`, Sami `ŧ`, German `ß`, French `œ`. Spam typed as
/// `canli bahis` or `doi thuong` then matches lexicon terms written
/// `canlı bahis`, `đổi thưởng`.
fn unstroke(c: char) -> Option<&'static str> {
    Some(match c {
        'ı' => "i",
        'đ' | 'Đ' => "d",
        'ł' | 'Ł' => "l",
        'ø' | 'Ø' => "o",
        'ħ' | 'Ħ' => "h",
        'ŧ' | 'Ŧ' => "t",
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        _ => return None,
    })
}

/// Whether `c` belongs to a word for the look-alike check: letters of the
/// scripts that look alike (Latin, Cyrillic, Greek), digits, combining
/// diacritics and invisible characters. Letters of other scripts are
/// folded at once, without buffering.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match Script::of(c) {
        Some(Script::Latin | Script::Cyrillic | Script::Greek) => true,
        Some(_) => false,
        None => is_invisible(c) || is_combining_mark(c) || c.is_numeric(),
    }
}

/// Whether `c` is a combining mark that folding drops: diacritics
/// (`é` → `e`), the marks for symbols that enclose or decorate a letter
/// (`S⃝` → `s`), Arabic vowel marks, the hamza and madda signs that
/// decomposition splits off letters (so `أ`, `إ`, `آ` fold to `ا`, as
/// people often type them, and `ؤ` to `و`), and the Arabic tatweel `ـ`, a
/// stroke that stretches a word (`كـــازينو`) and spam uses to break one
/// up.
fn is_combining_mark(c: char) -> bool {
    matches!(
        c as u32,
        0x0300..=0x036F | 0x20D0..=0x20FF | 0x0640 | 0x064B..=0x065F | 0x0670
    )
}

/// Arabic yeh and kaf (`ي`, `ى`, `ك`, and their presentation forms after
/// decomposition) as the Persian letters `ی` and `ک`, which Persian and
/// Urdu text uses: a term written in either spelling matches both. The
/// heh that `ۀ` leaves once its hamza is dropped (`ە`) is the plain heh
/// `ه`, so `خانۀ` matches `خانه`.
fn persian_letter(c: char) -> char {
    match c {
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        'ە' => 'ه',
        _ => c,
    }
}

/// Whether folding keeps `c` as (at least) one letter or digit: a letter
/// or digit that is not a combining mark, a tatweel or invisible.
pub(crate) fn survives_folding(c: char) -> bool {
    c.is_alphanumeric() && !is_combining_mark(c) && !is_invisible(c)
}

/// Whether `s` holds a letter with a diacritic or a stroke (`é`, `ừ`, `ỷ`,
/// `đ`, `ł`): one that folding turns into a plain letter. Styled and
/// fullwidth letters (`𝐲`, `ｙ`) are plain letters in disguise, not
/// accented ones.
pub(crate) fn has_diacritics(s: &str) -> bool {
    s.chars().any(|c| {
        // A diacritic written as a separate combining mark (decomposed text).
        matches!(c as u32, 0x0300..=0x036F)
            || !c.is_ascii()
                && c.is_alphabetic()
                && (unstroke(c).is_some() || {
                    let mut marked = false;
                    unicode_normalization::char::decompose_canonical(c, |d| {
                        marked |= is_combining_mark(d);
                    });
                    marked
                })
    })
}

/// Folds a whole string (used for lexicon terms): the same mapping as
/// [`fold_into`], without the offset map.
pub(crate) fn fold_str(s: &str) -> String {
    let mut out = Folded::default();
    let mut stats = TextStats::default();
    fold_into(s, &mut out, &mut stats);
    out.text
}

/// Folds `source` (at most [`MAX_PIECE`] bytes long, or offsets saturate)
/// into `out`, and adds what it counted to `stats`.
pub(crate) fn fold_into(source: &str, out: &mut Folded, stats: &mut TextStats) {
    out.text.clear();
    out.map.clear();
    out.ascii = source.is_ascii();
    if out.ascii {
        count_ascii(source, stats);
        out.text.push_str(source);
        out.text.make_ascii_lowercase();
        return;
    }
    let mut word: Vec<(usize, char)> = Vec::with_capacity(32);
    for (i, c) in source.char_indices() {
        count_char(c, stats);
        if is_word_char(c) {
            word.push((i, c));
            continue;
        }
        flush_word(&mut word, out, stats);
        push_folded(i, c, Target::Keep, out);
    }
    flush_word(&mut word, out, stats);
    out.map
        .push(u32::try_from(source.len()).unwrap_or(u32::MAX));
}

/// Folds a buffered word, mapping look-alikes when it mixes scripts.
///
/// A word is disguised when it mixes Latin, Cyrillic or Greek letters, has
/// four letters or more, and every letter of the minority scripts looks
/// like a letter of the majority one (casіnо, рαботы): real mixed tokens
/// (model numbers, glued words) rarely qualify. It is folded into its
/// majority script.
fn flush_word(word: &mut Vec<(usize, char)>, out: &mut Folded, stats: &mut TextStats) {
    if word.is_empty() {
        return;
    }
    let target = disguise_target(word);
    if target != Target::Keep {
        stats.mixed_words = stats.mixed_words.saturating_add(1);
    }
    if word.len() > 2 {
        let inner = &word[1..word.len() - 1];
        let n = inner.iter().filter(|&&(_, c)| is_invisible(c)).count();
        stats.invisible = stats
            .invisible
            .saturating_add(u32::try_from(n).unwrap_or(u32::MAX));
    }
    for &(i, c) in word.iter() {
        push_folded(i, c, target, out);
    }
    word.clear();
}

/// The script a disguised word should be folded into, or `Keep`.
fn disguise_target(word: &[(usize, char)]) -> Target {
    if word.iter().all(|&(_, c)| c.is_ascii()) {
        return Target::Keep;
    }
    let (mut latin, mut cyrillic, mut greek) = (0usize, 0usize, 0usize);
    for &(_, c) in word {
        match Script::of(c) {
            Some(Script::Latin) => latin += 1,
            Some(Script::Cyrillic) => cyrillic += 1,
            Some(Script::Greek) => greek += 1,
            _ => {}
        }
    }
    let scripts = usize::from(latin > 0) + usize::from(cyrillic > 0) + usize::from(greek > 0);
    if scripts < 2 || latin + cyrillic + greek < 4 || greek > latin.max(cyrillic) {
        return Target::Keep;
    }
    let target = if latin >= cyrillic {
        Target::Latin
    } else {
        Target::Cyrillic
    };
    let lookalikes = word.iter().all(|&(_, c)| {
        let lower = c.to_lowercase().next().unwrap_or(c);
        match (target, Script::of(c)) {
            (Target::Latin, Some(Script::Cyrillic | Script::Greek)) => homoglyph(lower).is_some(),
            (Target::Cyrillic, Some(Script::Latin | Script::Greek)) => {
                cyrillic_homoglyph(lower).is_some()
            }
            _ => true,
        }
    });
    if lookalikes { target } else { Target::Keep }
}

/// Appends the folded form of `c` (found at source offset `i`).
fn push_folded(i: usize, c: char, target: Target, out: &mut Folded) {
    let at = u32::try_from(i).unwrap_or(u32::MAX);
    if c.is_ascii() && target != Target::Cyrillic {
        // The common case, without the general path's closure.
        out.text.push(c.to_ascii_lowercase());
        out.map.push(at);
        return;
    }
    fold_char(c, |f| {
        let f = match target {
            Target::Keep => f,
            Target::Latin => homoglyph(f).unwrap_or(f),
            Target::Cyrillic => cyrillic_homoglyph(f).unwrap_or(f),
        };
        let before = out.text.len();
        out.text.push(f);
        out.map
            .extend(std::iter::repeat_n(at, out.text.len() - before));
    });
}

/// Counts one non-ASCII-path character.
fn count_char(c: char, stats: &mut TextStats) {
    stats.chars = stats.chars.saturating_add(1);
    if let Some(s) = Script::of(c) {
        stats.scripts.add(s, 1);
        if c.is_uppercase() {
            stats.upper = stats.upper.saturating_add(1);
        }
    }
    if c.is_ascii() {
        return;
    }
    if is_styled(c) {
        stats.styled = stats.styled.saturating_add(1);
    } else if is_emoji(c) {
        stats.emoji = stats.emoji.saturating_add(1);
    }
}

/// Counts an ASCII string.
fn count_ascii(s: &str, stats: &mut TextStats) {
    let (mut letters, mut upper) = (0u32, 0u32);
    for b in s.bytes() {
        letters += u32::from(b.is_ascii_alphabetic());
        upper += u32::from(b.is_ascii_uppercase());
    }
    stats.scripts.add(Script::Latin, letters);
    stats.upper = stats.upper.saturating_add(upper);
    stats.chars = stats
        .chars
        .saturating_add(u32::try_from(s.len()).unwrap_or(u32::MAX));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> (String, TextStats) {
        let (out, stats) = fold_with_map(s);
        (out.haystack().to_string(), stats)
    }

    /// The folded text with its map back to `s`.
    fn fold_with_map(s: &str) -> (Folded, TextStats) {
        let mut out = Folded::default();
        let mut stats = TextStats::default();
        fold_into(s, &mut out, &mut stats);
        (out, stats)
    }

    #[test]
    fn ascii_is_lowercased() {
        let (h, st) = folded("Slot GACOR");
        assert_eq!(h, "slot gacor");
        assert_eq!(st.upper, 6);
        assert_eq!(st.letters(), 9);
        assert_eq!(fold_str("Slot GACOR"), "slot gacor");
    }

    #[test]
    fn greek_final_sigma_folds_like_capital_sigma() {
        assert_eq!(
            fold_str("ΔΩΡΕΑΝ ΠΕΡΙΣΤΡΟΦΕΣ"),
            fold_str("δωρεάν περιστροφές")
        );
    }

    #[test]
    fn stroked_letters_fold_to_their_plain_letters() {
        assert_eq!(folded("Canlı BAHİS").0, "canli bahis");
        assert_eq!(folded("Đổi thưởng").0, "doi thuong");
        assert_eq!(folded("pożyczka Łódź").0, "pozyczka lodz");
        assert_eq!(folded("Spaß Øl Cœur").0, "spass ol coeur");
        assert_eq!(fold_str("đổi thưởng"), fold_str("doi thuong"));
        // Offsets still map back: both `s` of `ß` point at it.
        let (out, _) = fold_with_map("aßb");
        assert_eq!(out.haystack(), "assb");
        let at: Vec<usize> = (0..4).map(|i| out.source_offset(i)).collect();
        assert_eq!(at, [0, 1, 1, 3]);
        // A match ending inside `ss` ends after `ß`.
        assert_eq!(out.source_end(2), 3);
        assert_eq!(out.source_end(3), 3);
        assert_eq!(out.source_end(4), 4);
        assert_eq!(out.source_end(1), 1);
    }

    #[test]
    fn typographic_apostrophes_fold_to_the_ascii_one() {
        assert_eq!(folded("Gagner de l’argent").0, "gagner de l'argent");
        assert_eq!(fold_str("don‘t"), fold_str("don't"));
        // The map still points back at the three-byte apostrophe.
        let (out, _) = fold_with_map("l’a");
        assert_eq!(out.haystack(), "l'a");
        assert_eq!(out.source_offset(2), 4);
        assert_eq!(out.source_end(2), 4);
    }

    #[test]
    fn diacritics_are_told_from_disguises() {
        assert!(has_diacritics("Từ"));
        assert!(has_diacritics("tỷ đồng"));
        assert!(has_diacritics("łódź"));
        assert!(has_diacritics("café"));
        assert!(has_diacritics("Tu\u{031B}\u{0300}"));
        assert!(!has_diacritics("tu"));
        assert!(!has_diacritics("𝐲𝐨𝐮𝐫"));
        assert!(!has_diacritics("ｙｏｕ"));
        assert!(!has_diacritics("вы, คุณ, 你"));
    }

    #[test]
    fn arabic_script_spellings_fold_together() {
        // Arabic yeh and kaf, a stretched word, vowel marks, and an
        // isolated presentation form all fold like the Persian spelling.
        assert_eq!(fold_str("كازينو"), fold_str("کازینو"));
        assert_eq!(fold_str("كـــازينـو"), fold_str("کازینو"));
        assert_eq!(fold_str("كَازِينُو"), fold_str("کازینو"));
        assert_eq!(fold_str("\u{FEF1}"), "ی");
        // Hamza and madda signs drop too: the spellings people type.
        assert_eq!(fold_str("أنت الفائز"), fold_str("انت الفائز"));
        assert_eq!(fold_str("إآ"), "اا");
        assert_eq!(fold_str("خانۀ"), fold_str("خانه"));
        // Offsets map back across the dropped tatweel.
        let (out, _) = fold_with_map("كـا");
        assert_eq!(out.haystack(), "کا");
        assert_eq!(out.source_offset(2), 4);
    }

    #[test]
    fn styled_letters_fold_to_ascii() {
        let (h, st) = folded("𝐒𝐋𝐎𝐓𝟖𝟖 ＢＥＴ");
        assert_eq!(h, "slot88 bet");
        assert_eq!(st.styled, 9);
        assert_eq!(st.scripts.share(Script::Latin), 1.0);
    }

    #[test]
    fn decorating_marks_count_as_styled_accents_do_not() {
        let (h, st) = folded("K\u{332}U\u{332}S\u{332}U\u{332} S\u{336}L\u{336}O\u{336}T\u{336}");
        assert_eq!(h, "kusu slot");
        assert_eq!(st.styled, 8);
        let (h, st) = folded("S\u{20dd}L\u{20dd}O\u{20dd}T\u{20dd}!");
        assert_eq!(h, "slot!");
        assert_eq!(st.styled, 4);
        // Accents and the keycap of `1️⃣` are dropped without counting.
        let (h, st) = folded("Việt Nam và tiếng Việt, 1\u{fe0f}\u{20e3}");
        assert_eq!(h, "viet nam va tieng viet, 1\u{fe0f}");
        assert_eq!(st.styled, 0);
    }

    #[test]
    fn lookalikes_and_invisibles() {
        // Cyrillic а and о inside a Latin word, and a zero-width space.
        let (h, st) = folded("cаsinо ca\u{200B}sino казино");
        assert_eq!(h, "casino casino казино");
        assert_eq!(st.mixed_words, 1);
        assert_eq!(st.invisible, 1);
    }

    #[test]
    fn cyrillic_words_with_latin_or_greek_lookalikes() {
        let (h, st) = folded("удαленной рαботы");
        assert_eq!(h, "удаленнои работы");
        assert_eq!(st.mixed_words, 2);
        // A Russian word next to a Latin model name is no disguise.
        let (_, st) = folded("контактор ABB ESB20");
        assert_eq!(st.mixed_words, 0);
        assert_eq!(fold_str("mortgage™"), "mortgage ");
    }

    #[test]
    fn diacritics_drop_thai_kept() {
        assert_eq!(fold_str("Nổ Hũ"), "no hu");
        assert_eq!(fold_str("สล็อต"), "สล็อต");
        assert_eq!(fold_str("Ёлка"), "елка");
    }

    #[test]
    fn offsets_map_back_to_source_boundaries() {
        let src = "x 𝐒𝐋𝐎𝐓 y";
        let (out, _) = fold_with_map(src);
        let h = out.haystack();
        let s = h.find("slot").unwrap();
        let (a, b) = (out.source_offset(s), out.source_offset(s + 4));
        assert_eq!(&src[a..b], "𝐒𝐋𝐎𝐓");
    }

    #[test]
    fn pieces_cover_text() {
        let text = "ab ".repeat(MAX_PIECE);
        let mut next = 0;
        for (start, piece) in pieces(&text) {
            assert_eq!(start, next);
            assert!(piece.len() <= MAX_PIECE);
            next = start + piece.len();
        }
        assert_eq!(next, text.len());
    }
}
