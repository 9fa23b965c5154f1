//! Configuration: weights, thresholds, language settings, extra lexicon
//! entries and rules. Serializable with serde; checked when a detector is
//! built.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::BuildError;
use crate::report::{Label, Signal};

/// Scores at which a paragraph becomes suspicious and spam, and the share
/// of spam that makes a whole document a spam page.
///
/// A paragraph scored `spam` or more is spam, one scored `suspicious` or
/// more is suspicious. A document in which no paragraph is clean and at
/// least the share `page` of the paragraphs (and at least one) is spam is
/// a spam page: its suspicious paragraphs are spam too. The plain lines of
/// a spam e-mail or doorway page read like any text on their own, but a
/// page with nothing clean-looking in it has no host they could belong to.
/// `page = 1` turns this off.
///
/// # Examples
///
/// ```
/// use interloper::Label;
/// let d = interloper::Thresholds::default();
/// assert!(0.0 <= d.suspicious && d.suspicious <= d.spam && d.spam <= 1.0);
/// let mut t = d;
/// (t.suspicious, t.spam, t.page) = (0.3, 0.6, 0.5);
/// assert_eq!(t.label(0.6), Label::Spam);
/// // Two spam paragraphs and a suspicious one, nothing clean: a spam page.
/// let (s, u) = (t.spam, t.suspicious);
/// assert_eq!(t.labels(&[s, u, s]), [Label::Spam; 3]);
/// // A clean paragraph among them: a host with spam in it.
/// assert_eq!(t.labels(&[s, u, s, 0.0]), [Label::Spam, Label::Suspicious, Label::Spam, Label::Clean]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Thresholds {
    /// Lowest score labelled suspicious.
    pub suspicious: f64,
    /// Lowest score labelled spam.
    pub spam: f64,
    /// Lowest share of spam paragraphs that makes a document with no clean
    /// paragraph a spam page, whose suspicious paragraphs are spam.
    pub page: f64,
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        crate::weights::THRESHOLDS
    }
}

impl Thresholds {
    /// The label of one paragraph scored `score`, on its own.
    ///
    /// # Examples
    ///
    /// ```
    /// let t = interloper::Thresholds::default();
    /// assert_eq!(t.label(0.0), interloper::Label::Clean);
    /// ```
    pub fn label(&self, score: f64) -> Label {
        if score >= self.spam {
            Label::Spam
        } else if score >= self.suspicious {
            Label::Suspicious
        } else {
            Label::Clean
        }
    }

    /// The labels of one document's paragraphs from their scores, spam
    /// pages included (see [`Thresholds`]).
    ///
    /// # Examples
    ///
    /// ```
    /// let t = interloper::Thresholds::default();
    /// assert!(t.labels(&[]).is_empty());
    /// assert_eq!(t.labels(&[t.suspicious]), [interloper::Label::Suspicious]);
    /// ```
    pub fn labels(&self, scores: &[f64]) -> Vec<Label> {
        let mut labels: Vec<Label> = scores.iter().map(|&s| self.label(s)).collect();
        if self.page_spam(&labels).is_some() {
            labels.fill(Label::Spam);
        }
        labels
    }

    /// When paragraphs labelled `own` on their own make a spam page with
    /// something to lift (a page all spam already needs nothing), the
    /// number of them that are spam.
    pub(crate) fn page_spam(&self, own: &[Label]) -> Option<usize> {
        let spam = own.iter().filter(|&&l| l == Label::Spam).count();
        (spam > 0
            && own.contains(&Label::Suspicious)
            && !own.contains(&Label::Clean)
            && spam as f64 >= self.page * own.len() as f64)
            .then_some(spam)
    }
}

/// Weights of the logistic scoring model, one per signal (see
/// [`Signal`](crate::Signal)), in log-odds per unit of signal.
///
/// A paragraph is scored in two stages. Stage one combines the
/// paragraph's own signals: `bias + Σ weight × signal`. Stage two adds the
/// context: `context_bias + context_self × stage-one log-odds + neighbors ×
/// … + document × … + outlier × … + topic × … + stranger × … + spam_page ×
/// … + elsewhere × … + echo × … + woven × …`. The score is the logistic
/// function of the stage-two log-odds. The defaults are fitted by
/// `examples/fit.rs` (which writes `src/weights.rs`); see the README.
///
/// # Examples
///
/// ```
/// let w = interloper::Weights::default();
/// assert!(w.lexicon > 0.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
#[allow(missing_docs)]
pub struct Weights {
    /// Stage-one intercept.
    pub bias: f64,
    pub foreign_script: f64,
    pub foreign_lang: f64,
    pub lexicon: f64,
    pub lexicon_density: f64,
    pub link: f64,
    pub contact: f64,
    pub money: f64,
    pub brand_digits: f64,
    pub obfuscation: f64,
    pub shouting: f64,
    pub address: f64,
    pub emphasis: f64,
    /// Stage-one weight of [`Signal::Reporting`](crate::Signal::Reporting):
    /// negative in the defaults.
    pub reporting: f64,
    pub off_topic: f64,
    pub short: f64,
    pub custom_rule: f64,
    /// Stage-two intercept.
    pub context_bias: f64,
    /// Stage-two weight of the stage-one log-odds.
    pub context_self: f64,
    pub neighbors: f64,
    pub document: f64,
    /// Stage-two weight of the share of words no clean-looking paragraph
    /// shares.
    pub outlier: f64,
    /// Stage-two weight of the topic signal. Its sign is fitted: positive
    /// in the defaults (the topic discount itself already shrinks the
    /// lexicon hits of a document about the topic, before scoring).
    pub topic: f64,
    /// Stage-two weight of [`Signal::Stranger`](crate::Signal::Stranger).
    pub stranger: f64,
    /// Stage-two weight of [`Signal::SpamPage`](crate::Signal::SpamPage).
    pub spam_page: f64,
    /// Stage-two weight of [`Signal::Elsewhere`](crate::Signal::Elsewhere).
    pub elsewhere: f64,
    /// Stage-two weight of [`Signal::Echo`](crate::Signal::Echo).
    pub echo: f64,
    /// Stage-two weight of [`Signal::Woven`](crate::Signal::Woven).
    pub woven: f64,
}

impl Default for Weights {
    fn default() -> Weights {
        crate::weights::WEIGHTS
    }
}

impl Weights {
    /// Stage-one weights as a vector in [`Signal::ALL`](crate::Signal::ALL)
    /// order (stage-two signals are zero here).
    pub(crate) fn stage_one(&self) -> [f64; Signal::ALL.len()] {
        by_signal([
            (Signal::ForeignScript, self.foreign_script),
            (Signal::ForeignLang, self.foreign_lang),
            (Signal::Lexicon, self.lexicon),
            (Signal::LexiconDensity, self.lexicon_density),
            (Signal::Link, self.link),
            (Signal::Contact, self.contact),
            (Signal::Money, self.money),
            (Signal::BrandDigits, self.brand_digits),
            (Signal::Obfuscation, self.obfuscation),
            (Signal::Shouting, self.shouting),
            (Signal::Address, self.address),
            (Signal::Emphasis, self.emphasis),
            (Signal::Reporting, self.reporting),
            (Signal::OffTopic, self.off_topic),
            (Signal::Short, self.short),
            (Signal::CustomRule, self.custom_rule),
        ])
    }

    /// Stage-two weights of the context signals as a vector in
    /// [`Signal::ALL`](crate::Signal::ALL) order (the paragraph's own
    /// signals are zero here: they enter stage two through stage one's
    /// log-odds).
    pub(crate) fn stage_two(&self) -> [f64; Signal::ALL.len()] {
        by_signal([
            (Signal::Neighbors, self.neighbors),
            (Signal::Document, self.document),
            (Signal::Outlier, self.outlier),
            (Signal::Topic, self.topic),
            (Signal::Stranger, self.stranger),
            (Signal::SpamPage, self.spam_page),
            (Signal::Elsewhere, self.elsewhere),
            (Signal::Echo, self.echo),
            (Signal::Woven, self.woven),
        ])
    }

    /// Every weight with its field name: the three intercepts, then one
    /// per signal (a signal's field is named like the signal, and its
    /// weight belongs to one of the two stages).
    pub(crate) fn named(&self) -> impl Iterator<Item = (&'static str, f64)> {
        let (one, two) = (self.stage_one(), self.stage_two());
        [
            ("bias", self.bias),
            ("context_bias", self.context_bias),
            ("context_self", self.context_self),
        ]
        .into_iter()
        .chain(
            Signal::ALL
                .into_iter()
                .map(move |s| (s.as_str(), one[s.index()] + two[s.index()])),
        )
    }
}

/// A weight vector in [`Signal::ALL`](crate::Signal::ALL) order with the
/// given signals set and the others zero.
fn by_signal<const K: usize>(set: [(Signal, f64); K]) -> [f64; Signal::ALL.len()] {
    let mut w = [0.0; Signal::ALL.len()];
    for (s, x) in set {
        w[s.index()] = x;
    }
    w
}

/// Which paragraphs whatlang names the language of.
///
/// Scores never depend on it: the foreign-language signal compares short
/// function words and needs no language names. Names only make reports
/// easier to read. A script that belongs to one language (Thai, Hangul,
/// kana, Han, Hebrew, Greek) names it for free whatever the setting; the
/// setting decides how often whatlang, at about 50 µs a call, runs for
/// the scripts many languages share (Latin, Cyrillic, Arabic,
/// Devanagari).
///
/// # Examples
///
/// ```
/// let c = interloper::Config::from_toml("[lang]\nidentify = \"flagged\"")?;
/// assert_eq!(c.lang.identify, interloper::Identify::Flagged);
/// # Ok::<(), interloper::BuildError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Identify {
    /// Never: only scripts name languages. The fastest, and the default.
    #[default]
    Off,
    /// The document (from its longest paragraph in its dominant script)
    /// and the spam or suspicious paragraphs whose function words differ
    /// from the rest; other paragraphs in the document's script take the
    /// document's language. Reasons then say "written in Indonesian, the
    /// document in English". Costs about one call per document.
    Flagged,
    /// The document and every paragraph with enough letters: one call per
    /// paragraph.
    All,
}

/// Language identification settings.
///
/// # Examples
///
/// ```
/// let l = interloper::LangConfig::default();
/// assert!(l.window_bytes >= 64);
/// assert_eq!(l.identify, interloper::Identify::Off);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct LangConfig {
    /// Which paragraphs whatlang names the language of.
    pub identify: Identify,
    /// Fewest letters for which a language is guessed in scripts that
    /// several languages share.
    pub min_letters: u32,
    /// Most bytes of a paragraph that language identification reads.
    pub window_bytes: usize,
}

impl Default for LangConfig {
    fn default() -> LangConfig {
        LangConfig {
            identify: Identify::Off,
            min_letters: 40,
            window_bytes: 96,
        }
    }
}

/// A lexicon category and its weight, a multiplier on its terms' weights
/// (0 turns the category off).
///
/// # Examples
///
/// ```
/// let c = interloper::CategoryConfig::new("crypto", 0.0);
/// assert_eq!(c.name, "crypto");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CategoryConfig {
    /// Category name, such as `gambling`.
    pub name: String,
    /// Multiplier on the weights of the category's terms, in `[0, 10]`.
    #[serde(default = "one")]
    pub weight: f64,
}

fn one() -> f64 {
    1.0
}

impl CategoryConfig {
    /// A category with a weight.
    pub fn new(name: &str, weight: f64) -> CategoryConfig {
        CategoryConfig {
            name: name.to_string(),
            weight,
        }
    }
}

/// A lexicon term in a configuration: a bare string (weight 1) or a table
/// with a weight.
///
/// # Examples
///
/// ```
/// let t: interloper::TermConfig = serde_json::from_str(r#"{"term": "slot gacor", "weight": 2}"#)?;
/// assert_eq!(t, interloper::TermConfig::Weighted { term: "slot gacor".into(), weight: 2.0 });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum TermConfig {
    /// A term with weight 1.
    Plain(String),
    /// A term with its weight.
    Weighted {
        /// The term (a trailing `*` makes it a prefix).
        term: String,
        /// Weight in `[0, 3]` (0: an ordinary word, which only keeps the
        /// shorter terms inside it from matching).
        weight: f64,
    },
}

/// A string or a `{term, weight}` table with no other key; the errors say
/// which (serde's untagged enums say only "did not match any variant").
impl<'de> Deserialize<'de> for TermConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<TermConfig, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Weighted {
            term: String,
            weight: f64,
        }
        struct Term;
        impl<'de> serde::de::Visitor<'de> for Term {
            type Value = TermConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a term: a string, or a table with `term` and `weight`")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<TermConfig, E> {
                Ok(TermConfig::Plain(s.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<TermConfig, A::Error> {
                let w = Weighted::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(TermConfig::Weighted {
                    term: w.term,
                    weight: w.weight,
                })
            }
        }
        d.deserialize_any(Term)
    }
}

/// Extra lexicon terms of one category, given inline or as a lexicon file.
///
/// # Examples
///
/// ```
/// let l = interloper::LexiconConfig::new("gambling", &["judi bola", "bandar togel"]);
/// assert_eq!(l.terms.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LexiconConfig {
    /// The category of the terms.
    pub category: String,
    /// Inline terms.
    #[serde(default)]
    pub terms: Vec<TermConfig>,
    /// A lexicon file (one term per line, tab, optional weight), relative
    /// to the working directory or, when loaded with
    /// [`Config::from_path`], to the configuration file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<std::path::PathBuf>,
}

impl LexiconConfig {
    /// Inline terms of weight 1.
    pub fn new(category: &str, terms: &[&str]) -> LexiconConfig {
        LexiconConfig {
            category: category.to_string(),
            terms: terms
                .iter()
                .map(|t| TermConfig::Plain(t.to_string()))
                .collect(),
            file: None,
        }
    }
}

/// A user regex rule: when it matches a paragraph (case-insensitively, on
/// folded text), `weight` is added to the [`Signal::CustomRule`](crate::Signal::CustomRule) signal.
///
/// Folded text has no diacritics and spells letters without their stroke
/// or dot: write `strasse`, not `straße`; `canli`, not `canlı`; `doi
/// thuong`, not `đổi thưởng` (lexicon terms are folded for you, patterns
/// are not).
///
/// # Examples
///
/// ```
/// let r = interloper::RuleConfig::new("promo-code", r"promo\s*code", 2.0);
/// assert_eq!(r.name, "promo-code");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RuleConfig {
    /// Name, shown in reasons and errors.
    pub name: String,
    /// Regular expression (`regex` crate syntax).
    pub pattern: String,
    /// Weight in `[-10, 10]`.
    #[serde(default = "one")]
    pub weight: f64,
}

impl RuleConfig {
    /// A rule.
    pub fn new(name: &str, pattern: &str, weight: f64) -> RuleConfig {
        RuleConfig {
            name: name.to_string(),
            pattern: pattern.to_string(),
            weight,
        }
    }
}

/// Everything a [`Detector`](crate::Detector) is built from.
///
/// Every field has a documented default, so a configuration file names
/// only what it changes. Unknown fields are errors.
///
/// # Examples
///
/// ```
/// let config = interloper::Config::from_toml(r#"
///     [thresholds]
///     spam = 0.7
///
///     [[lexicon]]
///     category = "gambling"
///     terms = ["judi bola", { term = "bandar togel", weight = 2.0 }]
/// "#)?;
/// let detector = interloper::Detector::builder().config(config).build()?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Config {
    /// Label thresholds.
    pub thresholds: Thresholds,
    /// Scoring weights.
    pub weights: Weights,
    /// Language identification.
    pub lang: LangConfig,
    /// Whether the built-in lexicon files are loaded (default true).
    pub builtin_lexicon: bool,
    /// Whether the built-in rules are used (default true).
    pub builtin_rules: bool,
    /// Category weights; categories not listed weigh 1.
    pub categories: Vec<CategoryConfig>,
    /// Extra lexicon terms.
    pub lexicon: Vec<LexiconConfig>,
    /// Extra rules.
    pub rules: Vec<RuleConfig>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            thresholds: Thresholds::default(),
            weights: Weights::default(),
            lang: LangConfig::default(),
            builtin_lexicon: true,
            builtin_rules: true,
            categories: Vec::new(),
            lexicon: Vec::new(),
            rules: Vec::new(),
        }
    }
}

/// Prefixes a deserialization error with the path of the field it is
/// about (`weights.lexicon`, `lexicon[0].terms[1]`), which serde's own
/// messages leave out.
fn at_path<E: std::fmt::Display>(e: &serde_path_to_error::Error<E>) -> String {
    let inner = e.inner().to_string();
    let inner = inner.trim_end();
    match e.path().to_string().as_str() {
        "" | "." => inner.to_string(),
        path => format!("field `{path}`: {inner}"),
    }
}

/// Parses JSON, naming the field of any error.
fn parse_json(text: &str) -> Result<Config, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let config = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        // A syntax error before any field (or in a document that is not a
        // table) is about a place in the text, not about a field.
        let path = e.path().to_string();
        if e.inner().is_eof() || path.starts_with('[') || path.contains('?') {
            e.inner().to_string()
        } else {
            at_path(&e)
        }
    })?;
    de.end().map_err(|e| e.to_string())?;
    Ok(config)
}

/// Parses TOML, naming the field of any error.
fn parse_toml(text: &str) -> Result<Config, String> {
    let de = toml::Deserializer::parse(text).map_err(|e| e.to_string().trim_end().to_string())?;
    serde_path_to_error::deserialize(de).map_err(|e| at_path(&e))
}

impl Config {
    /// Parses a JSON configuration.
    ///
    /// # Errors
    ///
    /// Invalid JSON, an unknown field or a wrong type, with line and column.
    ///
    /// # Examples
    ///
    /// ```
    /// let c = interloper::Config::from_json(r#"{"thresholds": {"spam": 0.6}}"#)?;
    /// assert_eq!(c.thresholds.spam, 0.6);
    /// assert!(interloper::Config::from_json(r#"{"treshold": 1}"#).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Config, BuildError> {
        parse_json(text).map_err(|e| BuildError::parse("(JSON)", e))
    }

    /// Parses a TOML configuration.
    ///
    /// # Errors
    ///
    /// Invalid TOML, an unknown field or a wrong type, with its place.
    ///
    /// # Examples
    ///
    /// ```
    /// let c = interloper::Config::from_toml("[lang]\nmin_letters = 30")?;
    /// assert_eq!(c.lang.min_letters, 30);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_toml(text: &str) -> Result<Config, BuildError> {
        parse_toml(text).map_err(|e| BuildError::parse("(TOML)", e))
    }

    /// Reads a configuration file: JSON if it ends in `.json`, TOML if it
    /// ends in `.toml`, otherwise whichever parses. Relative lexicon file
    /// paths are resolved against the file's directory.
    ///
    /// # Errors
    ///
    /// The file cannot be read, or does not parse (see
    /// [`Config::from_json`], [`Config::from_toml`]).
    ///
    /// # Examples
    ///
    /// ```
    /// let err = interloper::Config::from_path("no/such/file.toml").unwrap_err();
    /// assert!(err.to_string().contains("no/such/file.toml"));
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Config, BuildError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| BuildError::io(path, &e))?;
        let origin = path.display().to_string();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let mut config = match ext {
            "json" => parse_json(&text).map_err(|e| BuildError::parse(&origin, e))?,
            "toml" => parse_toml(&text).map_err(|e| BuildError::parse(&origin, e))?,
            _ => match (parse_json(&text), parse_toml(&text)) {
                (Ok(c), _) | (_, Ok(c)) => c,
                (Err(j), Err(t)) => {
                    return Err(BuildError::parse(
                        &origin,
                        format!("neither JSON ({j}) nor TOML ({t})"),
                    ));
                }
            },
        };
        if let Some(dir) = path.parent() {
            for l in &mut config.lexicon {
                if let Some(f) = &mut l.file {
                    if f.is_relative() {
                        *f = dir.join(&*f);
                    }
                }
            }
        }
        Ok(config)
    }

    /// The configuration as pretty JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// let c = interloper::Config::default();
    /// assert_eq!(interloper::Config::from_json(&c.to_json())?, c);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Checks ranges and consistency (everything but lexicon entries and
    /// regexes, which are checked as they compile).
    pub(crate) fn check(&self) -> Result<(), BuildError> {
        let t = &self.thresholds;
        for (name, v) in [
            ("thresholds.suspicious", t.suspicious),
            ("thresholds.spam", t.spam),
            ("thresholds.page", t.page),
        ] {
            if !(v.is_finite() && (0.0..=1.0).contains(&v)) {
                return Err(BuildError::invalid(
                    name,
                    format!("{v} is not a number in [0, 1]"),
                ));
            }
        }
        if t.suspicious > t.spam {
            return Err(BuildError::invalid(
                "thresholds",
                format!(
                    "suspicious ({}) is above spam ({}): the order is inverted",
                    t.suspicious, t.spam
                ),
            ));
        }
        for (name, v) in self.weights.named() {
            if !(v.is_finite() && v.abs() <= 100.0) {
                return Err(BuildError::invalid(
                    format!("weights.{name}"),
                    format!("{v} is not a number in [-100, 100]"),
                ));
            }
        }
        let l = &self.lang;
        if l.window_bytes < 16 || l.window_bytes > 1 << 20 {
            return Err(BuildError::invalid(
                "lang.window_bytes",
                format!("{} is not in [16, 1048576]", l.window_bytes),
            ));
        }
        let mut names = std::collections::HashSet::new();
        for (i, c) in self.categories.iter().enumerate() {
            let at = format!("categories[{i}]");
            if c.name.trim().is_empty() {
                return Err(BuildError::invalid(
                    format!("{at}.name"),
                    "empty category name",
                ));
            }
            if !names.insert(c.name.as_str()) {
                return Err(BuildError::invalid(
                    format!("{at}.name"),
                    format!("duplicate category `{}`", c.name),
                ));
            }
            let known = crate::lexicon::builtin_files()
                .iter()
                .any(|(cat, _, _)| *cat == c.name)
                || self.lexicon.iter().any(|l| l.category == c.name);
            if !known {
                return Err(BuildError::invalid(
                    format!("{at}.name"),
                    format!(
                        "unknown category `{}`: neither a built-in category nor one of a `lexicon` entry",
                        c.name
                    ),
                ));
            }
            if !(c.weight.is_finite() && (0.0..=10.0).contains(&c.weight)) {
                return Err(BuildError::invalid(
                    format!("{at}.weight"),
                    format!("{} is not a number in [0, 10]", c.weight),
                ));
            }
        }
        let mut rule_names = std::collections::HashSet::new();
        for (i, r) in self.rules.iter().enumerate() {
            let at = format!("rules[{i}]");
            if r.name.trim().is_empty() {
                return Err(BuildError::invalid(format!("{at}.name"), "empty rule name"));
            }
            if !rule_names.insert(r.name.as_str()) {
                return Err(BuildError::invalid(
                    format!("{at}.name"),
                    format!("duplicate rule `{}`", r.name),
                ));
            }
            if r.pattern.is_empty() {
                return Err(BuildError::invalid(
                    format!("{at}.pattern"),
                    format!("rule `{}` has an empty pattern", r.name),
                ));
            }
            if !(r.weight.is_finite() && r.weight.abs() <= 10.0) {
                return Err(BuildError::invalid(
                    format!("{at}.weight"),
                    format!("{} is not a number in [-10, 10]", r.weight),
                ));
            }
        }
        for (i, l) in self.lexicon.iter().enumerate() {
            if l.category.trim().is_empty() {
                return Err(BuildError::invalid(
                    format!("lexicon[{i}].category"),
                    "empty category name",
                ));
            }
            if l.terms.is_empty() && l.file.is_none() {
                return Err(BuildError::invalid(
                    format!("lexicon[{i}]"),
                    format!(
                        "empty entry: category `{}` has neither `terms` nor a `file`",
                        l.category
                    ),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitted_defaults_are_valid() {
        Config::default().check().unwrap();
    }

    #[test]
    fn a_page_needs_no_clean_paragraph_and_its_share_of_spam() {
        use Label::{Clean, Spam, Suspicious};
        let mut t = Thresholds::default();
        (t.suspicious, t.spam, t.page) = (0.3, 0.6, 0.5);
        // One spam, one suspicious: half is spam, nothing clean.
        assert_eq!(t.labels(&[0.9, 0.4]), [Spam, Spam]);
        // One spam in three is under the share.
        assert_eq!(t.labels(&[0.9, 0.4, 0.4]), [Spam, Suspicious, Suspicious]);
        // One paragraph, and a page all spam already: nothing to lift.
        assert_eq!(t.labels(&[0.4]), [Suspicious]);
        assert_eq!(t.labels(&[0.9]), [Spam]);
        assert_eq!(t.labels(&[0.9, 0.7]), [Spam, Spam]);
        // A score that is not a number is clean, and makes a host.
        assert_eq!(t.labels(&[0.9, 0.4, f64::NAN]), [Spam, Suspicious, Clean]);
        // No spam at all is never a page, whatever the share.
        t.page = 0.0;
        assert_eq!(t.labels(&[0.4, 0.4]), [Suspicious, Suspicious]);
        // A clean paragraph makes it a host.
        assert_eq!(
            t.labels(&[0.9, 0.9, 0.4, 0.1]),
            [Spam, Spam, Suspicious, Clean]
        );
        // A share of 1 needs every paragraph spam on its own: off.
        t.page = 1.0;
        assert_eq!(t.labels(&[0.9, 0.9, 0.4]), [Spam, Spam, Suspicious]);
        assert!(t.labels(&[]).is_empty());
    }

    #[test]
    fn named_weights_are_the_fields() {
        // Every field once, with its value: distinct values catch a signal
        // mapped to the wrong field or to both stages.
        let mut json = serde_json::to_value(Weights::default()).unwrap();
        for (i, v) in json.as_object_mut().unwrap().values_mut().enumerate() {
            *v = serde_json::json!(i as f64 + 1.0);
        }
        let w: Weights = serde_json::from_value(json.clone()).unwrap();
        let fields = json.as_object().unwrap();
        let named: Vec<(&str, f64)> = w.named().collect();
        assert_eq!(named.len(), fields.len());
        for (name, v) in named {
            assert_eq!(fields[name].as_f64(), Some(v), "{name}");
        }
    }

    #[test]
    fn round_trips() {
        let mut c = Config::default();
        c.lexicon.push(LexiconConfig::new("gambling", &["x"]));
        c.rules.push(RuleConfig::new("r", "a+", 1.0));
        assert_eq!(Config::from_json(&c.to_json()).unwrap(), c);
        let t = toml::to_string(&c).unwrap();
        assert_eq!(Config::from_toml(&t).unwrap(), c);
    }
}
