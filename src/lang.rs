//! Language identification: the only module that names `whatlang`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::script::{Script, ScriptCounts};

/// A language, identified by its ISO 639-3 code.
///
/// Unlike whatlang's own type, `Display`, `FromStr` and serde all use the
/// code, so a printed language parses back.
///
/// # Examples
///
/// ```
/// use interloper::Lang;
/// let th: Lang = "tha".parse()?;
/// assert_eq!(th.code(), "tha");
/// assert_eq!(th.name(), "Thai");
/// assert_eq!(th.to_string().parse::<Lang>()?, th);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(whatlang::Lang);

impl Lang {
    /// The ISO 639-3 code, such as `eng` or `ind`.
    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// The English name, such as `English` or `Indonesian`.
    pub fn name(self) -> &'static str {
        self.0.eng_name()
    }

    /// The language with ISO 639-3 code `code`, if interloper knows it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(interloper::Lang::from_code("ind").is_some());
    /// assert!(interloper::Lang::from_code("xx").is_none());
    /// ```
    pub fn from_code(code: &str) -> Option<Lang> {
        whatlang::Lang::from_code(code).map(Lang)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Error for a string that is no known ISO 639-3 language code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLang(String);

impl std::fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown language code `{}` (expected ISO 639-3, such as `eng`)",
            self.0
        )
    }
}

impl std::error::Error for UnknownLang {}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        Lang::from_code(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let code = String::deserialize(d)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

/// A language guess and its confidence in `[0, 1]`.
pub(crate) type Guess = (Lang, f64);

/// The language a script implies on its own, for scripts one language
/// owns; `None` where several languages share the script.
fn lang_of_script(scripts: &ScriptCounts, dominant: Script) -> Option<whatlang::Lang> {
    let kana = scripts.share(Script::Kana);
    Some(match dominant {
        Script::Kana => whatlang::Lang::Jpn,
        Script::Han if kana >= 0.05 => whatlang::Lang::Jpn,
        Script::Han => whatlang::Lang::Cmn,
        Script::Thai => whatlang::Lang::Tha,
        Script::Hangul => whatlang::Lang::Kor,
        Script::Hebrew => whatlang::Lang::Heb,
        Script::Greek => whatlang::Lang::Ell,
        _ => return None,
    })
}

/// The language of a paragraph whose dominant script one language owns.
pub(crate) fn owned_by_script(scripts: &ScriptCounts) -> Option<Lang> {
    let dominant = scripts.dominant()?;
    if scripts.total() < 2 {
        return None;
    }
    lang_of_script(scripts, dominant).map(Lang)
}

/// Guesses the language of a paragraph.
///
/// Scripts that one language owns decide on their own (confidence 1).
/// Shared scripts ask whatlang about at most `window` bytes of `text`, and
/// only with at least `min_letters` letters: below that whatlang's answer
/// is noise, and whatlang reports confidence 1.0 for any text in a
/// one-language script however short, so it is no guide.
pub(crate) fn guess(
    text: &str,
    scripts: &ScriptCounts,
    min_letters: u32,
    window: usize,
) -> Option<Guess> {
    let dominant = scripts.dominant()?;
    if let Some(lang) = lang_of_script(scripts, dominant) {
        return (scripts.total() >= 2).then_some((Lang(lang), 1.0));
    }
    if scripts.total() < min_letters {
        return None;
    }
    let mut cut = window.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let info = whatlang::detect(&text[..cut])?;
    Some((Lang(info.lang()), info.confidence()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(text: &str) -> ScriptCounts {
        let mut c = ScriptCounts::default();
        for ch in text.chars() {
            if let Some(s) = Script::of(ch) {
                c.add(s, 1);
            }
        }
        c
    }

    #[test]
    fn shared_script_uses_whatlang() {
        let t = "Pemerintah Indonesia mengumumkan kebijakan baru untuk mendukung usaha kecil dan menengah di seluruh negeri.";
        let (lang, conf) = guess(t, &counts(t), 20, 200).unwrap();
        assert_eq!(lang.code(), "ind");
        assert!(conf > 0.0);
    }

    #[test]
    fn short_text_has_no_guess() {
        assert_eq!(guess("ok then", &counts("ok then"), 20, 200), None);
    }

    #[test]
    fn owned_scripts_decide() {
        let t = "สวัสดีครับ";
        assert_eq!(
            guess(t, &counts(t), 20, 200).map(|g| g.0.code()),
            Some("tha")
        );
        let j = "日本語のテキスト";
        assert_eq!(
            guess(j, &counts(j), 20, 200).map(|g| g.0.code()),
            Some("jpn")
        );
    }

    #[test]
    fn codes_round_trip() {
        let l = Lang::from_code("rus").unwrap();
        assert_eq!(serde_json::to_string(&l).unwrap(), "\"rus\"");
        assert_eq!(serde_json::from_str::<Lang>("\"rus\"").unwrap(), l);
        assert!(serde_json::from_str::<Lang>("\"zz\"").is_err());
    }
}
