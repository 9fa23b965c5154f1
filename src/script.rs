//! Writing systems: which script a letter belongs to, and per-paragraph
//! letter counts by script. Pure functions, no dependencies.

use serde::{Deserialize, Serialize};

/// A writing system, as far as interloper needs to tell them apart.
///
/// Letters are classified by Unicode block after compatibility
/// normalisation, so mathematical bold `𝐒𝐋𝐎𝐓` and fullwidth `ＳＬＯＴ` count
/// as [`Script::Latin`].
///
/// # Examples
///
/// ```
/// use interloper::Script;
/// assert_eq!(Script::of('a'), Some(Script::Latin));
/// assert_eq!(Script::of('ส'), Some(Script::Thai));
/// assert_eq!(Script::of('7'), None); // not a letter
/// assert_eq!(Script::Thai.name(), "Thai");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Script {
    /// Latin letters (English, Indonesian, Vietnamese, Spanish …).
    Latin,
    /// Cyrillic (Russian, Ukrainian …).
    Cyrillic,
    /// Greek.
    Greek,
    /// Arabic.
    Arabic,
    /// Hebrew.
    Hebrew,
    /// Devanagari and the other Brahmic scripts of India.
    Indic,
    /// Thai.
    Thai,
    /// Lao, Khmer, Myanmar and other Southeast Asian scripts.
    SoutheastAsian,
    /// Hangul (Korean).
    Hangul,
    /// Hiragana and Katakana (Japanese kana).
    Kana,
    /// Han ideographs (Chinese characters, Japanese kanji).
    Han,
    /// Georgian and Armenian.
    Caucasian,
    /// Ethiopic.
    Ethiopic,
    /// Any other letter.
    Other,
}

/// Number of [`Script`] variants; index space of [`ScriptCounts`].
pub(crate) const N_SCRIPTS: usize = 14;

impl Script {
    /// All scripts, in index order.
    pub(crate) const ALL: [Script; N_SCRIPTS] = [
        Script::Latin,
        Script::Cyrillic,
        Script::Greek,
        Script::Arabic,
        Script::Hebrew,
        Script::Indic,
        Script::Thai,
        Script::SoutheastAsian,
        Script::Hangul,
        Script::Kana,
        Script::Han,
        Script::Caucasian,
        Script::Ethiopic,
        Script::Other,
    ];

    /// The script of `c` if it is a letter, `None` for digits, punctuation,
    /// symbols, marks and whitespace.
    ///
    /// # Examples
    ///
    /// ```
    /// use interloper::Script;
    /// assert_eq!(Script::of('ж'), Some(Script::Cyrillic));
    /// assert_eq!(Script::of('カ'), Some(Script::Kana));
    /// assert_eq!(Script::of('!'), None);
    /// ```
    pub fn of(c: char) -> Option<Script> {
        if c.is_ascii() {
            return c.is_ascii_alphabetic().then_some(Script::Latin);
        }
        let u = c as u32;
        // Common letter ranges first, without the slow Unicode lookup.
        match u {
            0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x024F | 0x1E00..=0x1EFF => {
                return Some(Script::Latin);
            }
            0x0400..=0x0481 | 0x048A..=0x052F => return Some(Script::Cyrillic),
            0x0E01..=0x0E3A | 0x0E40..=0x0E4E => return Some(Script::Thai),
            0xAC00..=0xD7A3 => return Some(Script::Hangul),
            0x3041..=0x3096 | 0x30A1..=0x30FA | 0x30FC..=0x30FF => return Some(Script::Kana),
            0x4E00..=0x9FFF => return Some(Script::Han),
            // Arabic signs and punctuation, the tatweel stroke, vowel and
            // Quranic marks, and digits: not letters.
            0x0600..=0x061F
            | 0x0640
            | 0x064B..=0x065F
            | 0x0660..=0x066D
            | 0x0670
            | 0x06D4
            | 0x06D6..=0x06ED
            | 0x06F0..=0x06F9 => return None,
            _ => {}
        }
        let s = match u {
            0x2C60..=0x2C7F | 0xA720..=0xA7FF => Script::Latin,
            0xFF21..=0xFF3A | 0xFF41..=0xFF5A => Script::Latin,
            0x1D400..=0x1D6A3 => Script::Latin, // mathematical alphanumerics (letters)
            0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
            0x2DE0..=0x2DFF | 0xA640..=0xA69F | 0x1C80..=0x1C8F => Script::Cyrillic,
            0x0530..=0x058F | 0x10A0..=0x10FF | 0x2D00..=0x2D2F => Script::Caucasian,
            0x0590..=0x05FF => Script::Hebrew,
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFE => Script::Arabic,
            0x0900..=0x0DFF => Script::Indic,
            0x0E00..=0x0E7F => Script::Thai,
            0x0E80..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x1A20..=0x1AAF => {
                Script::SoutheastAsian
            }
            0x1200..=0x139F | 0x2D80..=0x2DDF => Script::Ethiopic,
            0x1100..=0x11FF
            | 0x3130..=0x318F
            | 0xA960..=0xA97F
            | 0xAC00..=0xD7FF
            | 0xFFA0..=0xFFDC => Script::Hangul,
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
            0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x3134F => Script::Han,
            _ if c.is_alphabetic() => Script::Other,
            _ => return None,
        };
        // Signs and combining marks inside these blocks are not letters of
        // their own, except for the abugidas where vowel signs carry the
        // word.
        if matches!(s, Script::Latin | Script::Greek | Script::Cyrillic) && !c.is_alphabetic() {
            return None;
        }
        Some(s)
    }

    /// Index of the script in [`Script::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// English name of the script.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(interloper::Script::Hangul.name(), "Hangul");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Cyrillic => "Cyrillic",
            Script::Greek => "Greek",
            Script::Arabic => "Arabic",
            Script::Hebrew => "Hebrew",
            Script::Indic => "Indic",
            Script::Thai => "Thai",
            Script::SoutheastAsian => "Southeast Asian",
            Script::Hangul => "Hangul",
            Script::Kana => "Kana",
            Script::Han => "Han",
            Script::Caucasian => "Caucasian",
            Script::Ethiopic => "Ethiopic",
            Script::Other => "Other",
        }
    }
}

impl std::fmt::Display for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Letter counts per script.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct ScriptCounts(pub(crate) [u32; N_SCRIPTS]);

impl ScriptCounts {
    /// Adds one letter of `s`.
    pub(crate) fn add(&mut self, s: Script, n: u32) {
        self.0[s.index()] = self.0[s.index()].saturating_add(n);
    }

    /// Total number of letters.
    pub(crate) fn total(&self) -> u32 {
        self.0.iter().fold(0u32, |a, &b| a.saturating_add(b))
    }

    /// The script with most letters, `None` without letters.
    pub(crate) fn dominant(&self) -> Option<Script> {
        let (i, &n) = self
            .0
            .iter()
            .enumerate()
            .max_by_key(|&(i, &n)| (n, usize::MAX - i))?;
        (n > 0).then(|| Script::ALL[i])
    }

    /// Elementwise sum.
    pub(crate) fn merge(&mut self, other: &ScriptCounts) {
        for (a, b) in self.0.iter_mut().zip(other.0.iter()) {
            *a = a.saturating_add(*b);
        }
    }

    /// Elementwise `self - other`, saturating at zero.
    pub(crate) fn minus(&self, other: &ScriptCounts) -> ScriptCounts {
        let mut out = *self;
        for (a, b) in out.0.iter_mut().zip(other.0.iter()) {
            *a = a.saturating_sub(*b);
        }
        out
    }

    /// Share of letters in `s` (0 without letters).
    pub(crate) fn share(&self, s: Script) -> f64 {
        let t = self.total();
        if t == 0 {
            0.0
        } else {
            f64::from(self.0[s.index()]) / f64::from(t)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_letters() {
        assert_eq!(Script::of('Z'), Some(Script::Latin));
        assert_eq!(Script::of('ệ'), Some(Script::Latin));
        assert_eq!(Script::of('𝐒'), Some(Script::Latin));
        assert_eq!(Script::of('Ｓ'), Some(Script::Latin));
        assert_eq!(Script::of('а'), Some(Script::Cyrillic));
        assert_eq!(Script::of('한'), Some(Script::Hangul));
        assert_eq!(Script::of('漢'), Some(Script::Han));
        assert_eq!(Script::of('ล'), Some(Script::Thai));
        assert_eq!(Script::of('ب'), Some(Script::Arabic));
        assert_eq!(Script::of('ی'), Some(Script::Arabic));
        // Arabic vowel marks, the tatweel, digits and punctuation are not
        // letters.
        for c in ['ْ', 'ـ', '٣', '۳', '،', '؟'] {
            assert_eq!(Script::of(c), None, "{c}");
        }
        assert_eq!(Script::of(' '), None);
        assert_eq!(Script::of('😀'), None);
        assert_eq!(Script::of('\u{0301}'), None);
        for (i, s) in Script::ALL.iter().enumerate() {
            assert_eq!(s.index(), i);
        }
    }

    #[test]
    fn counts() {
        let mut c = ScriptCounts::default();
        assert_eq!(c.dominant(), None);
        c.add(Script::Thai, 3);
        c.add(Script::Latin, 5);
        assert_eq!(c.dominant(), Some(Script::Latin));
        assert!((c.share(Script::Thai) - 0.375).abs() < 1e-9);
        let d = c.minus(&c);
        assert_eq!(d.total(), 0);
    }
}
