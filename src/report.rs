//! What a scan returns: per-paragraph verdicts with reasons, owned and
//! serializable.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::script::Script;

/// A byte range `start..end` of the scanned document, on `char` boundaries.
///
/// # Examples
///
/// ```
/// use interloper::Span;
/// let doc = "hello world";
/// let span = Span::new(6, 11);
/// assert_eq!(&doc[span], "world");
/// assert_eq!(span.len(), 5);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(interloper::Span::new(1, 3), interloper::Span::from(1..3));
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(interloper::Span::new(2, 7).len(), 5);
    /// ```
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(interloper::Span::new(4, 4).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a range.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(interloper::Span::new(1, 3).range(), 1..3);
    /// ```
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl std::ops::Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

/// The verdict on one paragraph.
///
/// # Examples
///
/// ```
/// use interloper::Label;
/// assert!(Label::Spam.is_flagged());
/// assert!(!Label::Suspicious.is_flagged());
/// assert_eq!(Label::Spam.as_str(), "spam");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Label {
    /// Belongs to the document.
    Clean,
    /// Some evidence of spam, below the spam threshold: kept by
    /// [`Report::clean_text`], worth a look.
    Suspicious,
    /// Spam or injected text: removed by [`Report::clean_text`]. Scored at
    /// the spam threshold or above, or suspicious in a spam page (see
    /// [`Thresholds`](crate::Thresholds)).
    Spam,
}

impl Label {
    /// Whether the paragraph is removed from the clean text (only `Spam`).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(interloper::Label::Spam.is_flagged());
    /// ```
    pub fn is_flagged(self) -> bool {
        self == Label::Spam
    }

    /// The lowercase name used in JSON: `clean`, `suspicious` or `spam`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(interloper::Label::Clean.as_str(), "clean");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Clean => "clean",
            Label::Suspicious => "suspicious",
            Label::Spam => "spam",
        }
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One piece of evidence behind a score.
///
/// `signal` names the evidence (see [`Signal`]), `contribution` is what it
/// added to the score's log-odds, `category` is the lexicon or rule
/// category where there is one, `spans` are the matched places in the
/// document (at most a few), and `detail` says it in words.
///
/// # Examples
///
/// ```
/// let det = interloper::Detector::new();
/// let doc = "Quarterly results were strong, the company said on Monday.\n\n\
///            สล็อตออนไลน์ เว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ";
/// let report = det.scan(doc);
/// let spam = &report.paragraphs()[1];
/// assert!(spam.reasons().iter().any(|r| r.signal() == interloper::Signal::ForeignScript));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub(crate) signal: Signal,
    pub(crate) contribution: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) category: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) spans: Vec<Span>,
    pub(crate) detail: String,
}

impl Reason {
    /// The signal this evidence comes from.
    pub fn signal(&self) -> Signal {
        self.signal
    }

    /// What the evidence added to the log-odds of spam (negative for
    /// evidence of a clean paragraph).
    pub fn contribution(&self) -> f64 {
        self.contribution
    }

    /// Lexicon or rule category, when the signal has one (`gambling`, …).
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// Matched places in the document (byte spans), possibly none.
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// A sentence for people.
    pub fn detail(&self) -> &str {
        &self.detail
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {:+.2}: {}",
            self.signal.as_str(),
            self.contribution,
            self.detail
        )
    }
}

/// The signals a paragraph is scored from. Each has a weight in
/// [`Weights`](crate::Weights).
///
/// # Examples
///
/// ```
/// use interloper::Signal;
/// assert_eq!(Signal::ForeignScript.as_str(), "foreign_script");
/// assert_eq!("lexicon".parse::<Signal>(), Ok(Signal::Lexicon));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Signal {
    /// Letters in a script the rest of the document does not use.
    ForeignScript,
    /// A language the rest of the document is not written in: its short
    /// function words are not those of the other paragraphs.
    ForeignLang,
    /// Spam vocabulary: the weighted lexicon hits, saturating.
    Lexicon,
    /// Spam vocabulary per word: how dense the hits are.
    LexiconDensity,
    /// Links and bare domains.
    Link,
    /// Messenger links and IDs (t.me, wa.me, line.me, "WA 08…"), e-mail
    /// addresses and phone numbers.
    Contact,
    /// Money amounts, percentages, multipliers.
    Money,
    /// Brand-plus-digits tokens like `slot88`, `gacor777`.
    BrandDigits,
    /// Obfuscation: styled letters (𝐒𝐋𝐎𝐓), look-alike letters inside words,
    /// invisible characters, s p a c e d letters.
    Obfuscation,
    /// Shouting: a high share of capital letters.
    Shouting,
    /// Talks to the reader: "you", "your", "anda", "вы" (the `address`
    /// lexicon category), per word.
    Address,
    /// Emoji, runs of `!!!`, `$$$`, `***`, and exclamation marks (the
    /// marks and runs inside quotation marks count half).
    Emphasis,
    /// Reads like reporting: the vocabulary of news, police, courts and
    /// regulators ("arrested", "prosecutors", "the regulator warned",
    /// "said in a statement"; the `reporting` lexicon category),
    /// saturating, times `1 − address`. An article about gambling or scams
    /// uses it, an advert almost never does, and its fitted weight is
    /// negative; a message that tells *you* the police want you (a scam
    /// posing as the police) is no report, so talking to the reader takes
    /// it away.
    Reporting,
    /// Shares little vocabulary with the rest of the document.
    OffTopic,
    /// Too short to judge: few letters.
    Short,
    /// The paragraph sits inside a run of spam: the paragraphs before it
    /// and those after it both look like spam (the lower of the two
    /// means; at the document's edges, half the one side; 0 in a document
    /// of two paragraphs).
    Neighbors,
    /// Much of the rest of the document looks like spam.
    Document,
    /// Shares little vocabulary with the clean-looking part of the
    /// document.
    Outlier,
    /// The document is about this paragraph's spam topic: other paragraphs
    /// use the same category of vocabulary, and nothing in the document
    /// has links, contacts, brand tokens, obfuscation or shouting (an
    /// article about gambling, not an advert).
    Topic,
    /// A stranger: shares little vocabulary with the rest of the document
    /// and little with its clean-looking part (`off_topic × outlier²`).
    /// Either alone is common in a legitimate document; both together
    /// mark a paragraph that belongs to nothing around it.
    Stranger,
    /// Part of a spam page: the document is mostly spam and this
    /// paragraph shares its vocabulary, `document × (1 - min(1,
    /// off_topic + short))`. The plain sentences of a spam e-mail say
    /// little on their own but talk about what the rest of it sells; a
    /// clean paragraph next to injected spam shares little with the spam
    /// (a short one, whose `off_topic` is scaled down, can still get some).
    SpamPage,
    /// Spam elsewhere: the highest stage-one spam probability among the
    /// document's other paragraphs. Spam seldom comes alone (comment
    /// tails, spam pages, several injected lines), so a borderline
    /// paragraph in a document that holds clear spam is likelier spam than
    /// the same paragraph in a clean document.
    Elsewhere,
    /// Echo of spam: the paragraph looks clean on its own, but the other
    /// paragraphs that use its words look like spam, `kin × (1 - p1)`
    /// where `kin` is the mean stage-one spam probability of the other
    /// paragraphs sharing each of its words (averaged over its shared
    /// words) and `p1` its own. The plain lines of a spam e-mail (a list of
    /// what a kit holds, a price) repeat what its loud lines sell; a host
    /// paragraph shares its words with the rest of the host.
    Echo,
    /// Woven-in spam: the clear spam among the other paragraphs (stage-one
    /// probability at least 0.9) shares the document's words: the mean of
    /// their `1 − off_topic`, times `min(1, their number / 3)`, times
    /// `1 − reporting` (a paragraph that reads like a report is about the
    /// spam, not part of it). The loud
    /// lines of a spam page talk about what its plain lines talk about;
    /// an injected ad shares few words with the page it was spliced into,
    /// so its host keeps a low value.
    Woven,
    /// A user-supplied rule matched.
    CustomRule,
}

impl Signal {
    /// Every signal, in the order of the feature vector.
    pub const ALL: [Signal; 25] = [
        Signal::ForeignScript,
        Signal::ForeignLang,
        Signal::Lexicon,
        Signal::LexiconDensity,
        Signal::Link,
        Signal::Contact,
        Signal::Money,
        Signal::BrandDigits,
        Signal::Obfuscation,
        Signal::Shouting,
        Signal::Address,
        Signal::Emphasis,
        Signal::Reporting,
        Signal::OffTopic,
        Signal::Short,
        Signal::Neighbors,
        Signal::Document,
        Signal::Outlier,
        Signal::Topic,
        Signal::Stranger,
        Signal::SpamPage,
        Signal::Elsewhere,
        Signal::Echo,
        Signal::Woven,
        Signal::CustomRule,
    ];

    /// The snake_case name used in configuration and JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(interloper::Signal::OffTopic.as_str(), "off_topic");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Signal::ForeignScript => "foreign_script",
            Signal::ForeignLang => "foreign_lang",
            Signal::Lexicon => "lexicon",
            Signal::LexiconDensity => "lexicon_density",
            Signal::Link => "link",
            Signal::Contact => "contact",
            Signal::Money => "money",
            Signal::BrandDigits => "brand_digits",
            Signal::Obfuscation => "obfuscation",
            Signal::Shouting => "shouting",
            Signal::Address => "address",
            Signal::Emphasis => "emphasis",
            Signal::Reporting => "reporting",
            Signal::OffTopic => "off_topic",
            Signal::Short => "short",
            Signal::Neighbors => "neighbors",
            Signal::Document => "document",
            Signal::Outlier => "outlier",
            Signal::Topic => "topic",
            Signal::Stranger => "stranger",
            Signal::SpamPage => "spam_page",
            Signal::Elsewhere => "elsewhere",
            Signal::Echo => "echo",
            Signal::Woven => "woven",
            Signal::CustomRule => "custom_rule",
        }
    }

    /// Position in [`Signal::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl std::str::FromStr for Signal {
    type Err = String;
    fn from_str(s: &str) -> Result<Signal, String> {
        Signal::ALL
            .into_iter()
            .find(|sig| sig.as_str() == s)
            .ok_or_else(|| format!("unknown signal `{s}`"))
    }
}

impl std::fmt::Display for Signal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The verdict on one paragraph: where it is, its label and score, its
/// language and script, and the reasons.
///
/// # Examples
///
/// ```
/// let doc = "First paragraph.\n\nSecond paragraph.";
/// let report = interloper::Detector::new().scan(doc);
/// let p = &report.paragraphs()[1];
/// assert_eq!(p.as_str(doc), "Second paragraph.");
/// assert_eq!(p.label(), interloper::Label::Clean);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) label: Label,
    pub(crate) score: f64,
    pub(crate) lang: Option<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) lang_confidence: Option<f64>,
    pub(crate) script: Option<Script>,
    pub(crate) reasons: Vec<Reason>,
}

impl Verdict {
    /// Byte span of the paragraph in the document.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The paragraph's text, given the scanned document.
    ///
    /// Returns `""` if `doc` is not the scanned document and the span does
    /// not fit it.
    pub fn as_str<'h>(&self, doc: &'h str) -> &'h str {
        doc.get(self.start..self.end).unwrap_or("")
    }

    /// Clean, suspicious or spam.
    pub fn label(&self) -> Label {
        self.label
    }

    /// Probability-like spam score in `[0, 1]`.
    pub fn score(&self) -> f64 {
        self.score
    }

    /// The paragraph's language, when it is named: by its script where one
    /// language owns it (Thai, Hangul …), else by whatlang as
    /// [`LangConfig::identify`](crate::LangConfig::identify) says (by
    /// default it is not asked, and this is `None` for Latin, Cyrillic,
    /// Arabic or Devanagari text).
    pub fn lang(&self) -> Option<Lang> {
        self.lang
    }

    /// whatlang's confidence in [`Verdict::lang`], when whatlang was asked
    /// (a paragraph whose function words match the rest of the document
    /// takes the document's language without asking).
    pub fn lang_confidence(&self) -> Option<f64> {
        self.lang_confidence
    }

    /// The script most of the paragraph's letters are in.
    pub fn script(&self) -> Option<Script> {
        self.script
    }

    /// The evidence, strongest first: positive contributions push toward
    /// spam, negative ones toward clean. A paragraph that the spam-page rule
    /// lifted from suspicious to spam (see [`Thresholds`](crate::Thresholds))
    /// has that reason first instead: a `document` reason of contribution 0
    /// that says so. Clean paragraphs carry no reasons
    /// (so that reports of documents with very many paragraphs stay small);
    /// [`Detector::signals`](crate::Detector::signals) shows the signal
    /// values of any paragraph.
    pub fn reasons(&self) -> &[Reason] {
        &self.reasons
    }
}

/// The result of scanning one document.
///
/// Owned (no borrow of the document), `Send`, and round-trips through JSON:
///
/// ```
/// let doc = "Kim sent a greeting.\n\nสล็อตออนไลน์ RTP Slots 98% แตกง่าย";
/// let report = interloper::Detector::new().scan(doc);
/// let json = serde_json::to_string(&report)?;
/// let back: interloper::Report = serde_json::from_str(&json)?;
/// assert_eq!(back, report);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub(crate) lang: Option<Lang>,
    pub(crate) script: Option<Script>,
    pub(crate) bytes: usize,
    pub(crate) paragraphs: Vec<Verdict>,
}

impl Report {
    /// The verdicts, one per non-blank paragraph, in document order.
    pub fn paragraphs(&self) -> &[Verdict] {
        &self.paragraphs
    }

    /// The document's language: its dominant script's when one language
    /// owns it, else (when [`LangConfig::identify`](crate::LangConfig::identify)
    /// is not `off`) whatlang's answer for its longest paragraph in that
    /// script.
    pub fn lang(&self) -> Option<Lang> {
        self.lang
    }

    /// The document's dominant script, weighted by letters.
    pub fn script(&self) -> Option<Script> {
        self.script
    }

    /// Length of the scanned document in bytes.
    pub fn len(&self) -> usize {
        self.bytes
    }

    /// Whether the scanned document was empty.
    pub fn is_empty(&self) -> bool {
        self.bytes == 0
    }

    /// Verdicts labelled [`Label::Spam`].
    ///
    /// # Examples
    ///
    /// ```
    /// let report = interloper::Detector::new().scan("Just a note.");
    /// assert_eq!(report.spam().count(), 0);
    /// ```
    pub fn spam(&self) -> impl Iterator<Item = &Verdict> {
        self.paragraphs.iter().filter(|v| v.label.is_flagged())
    }

    /// Whether any paragraph is labelled spam.
    pub fn has_spam(&self) -> bool {
        self.spam().next().is_some()
    }

    /// Share of the paragraph bytes labelled spam, in `[0, 1]`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(interloper::Detector::new().scan("").spam_share(), 0.0);
    /// ```
    pub fn spam_share(&self) -> f64 {
        let total: usize = self.paragraphs.iter().map(|v| v.span().len()).sum();
        let spam: usize = self.spam().map(|v| v.span().len()).sum();
        if total == 0 {
            0.0
        } else {
            spam as f64 / total as f64
        }
    }

    /// The document without its spam paragraphs.
    ///
    /// Each kept paragraph is copied byte-exact together with the whitespace
    /// that followed it, except the last kept one, which is followed by the
    /// document's trailing whitespace; leading whitespace is kept. With no
    /// spam the result equals `doc`; with nothing kept it is empty. `doc`
    /// must be the scanned document.
    ///
    /// # Examples
    ///
    /// ```
    /// let doc = "Kim sent a greeting.\n\nสล็อตออนไลน์ เว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ\n\nPutin replied.";
    /// let report = interloper::Detector::new().scan(doc);
    /// assert_eq!(report.clean_text(doc), "Kim sent a greeting.\n\nPutin replied.");
    /// ```
    pub fn clean_text(&self, doc: &str) -> String {
        self.text_without(doc, |v| v.label.is_flagged())
    }

    /// The document without the paragraphs for which `drop` is true, by the
    /// same rules as [`Report::clean_text`].
    ///
    /// # Examples
    ///
    /// ```
    /// let doc = "a\n\nb\n";
    /// let report = interloper::Detector::new().scan(doc);
    /// assert_eq!(report.text_without(doc, |v| v.as_str(doc) == "b"), "a\n");
    /// assert_eq!(report.text_without(doc, |v| v.as_str(doc) == "a"), "b\n");
    /// ```
    pub fn text_without(&self, doc: &str, mut drop: impl FnMut(&Verdict) -> bool) -> String {
        let ps = &self.paragraphs;
        // A report read back from elsewhere may not fit `doc`: spans out of
        // it, unsorted or overlapping would make the slices below panic.
        let fits = ps.iter().all(|v| doc.get(v.start..v.end).is_some())
            && ps.windows(2).all(|w| w[0].end <= w[1].start);
        if !fits || ps.is_empty() {
            return doc.to_string();
        }
        let dropped: Vec<bool> = ps.iter().map(&mut drop).collect();
        if !dropped.contains(&true) {
            return doc.to_string();
        }
        let Some(last_kept) = dropped.iter().rposition(|&d| !d) else {
            return String::new();
        };
        let mut out = String::with_capacity(doc.len());
        out.push_str(&doc[..ps[0].start]);
        for (i, v) in ps.iter().enumerate() {
            if dropped[i] {
                continue;
            }
            let gap_end = ps.get(i + 1).map_or(doc.len(), |n| n.start);
            if i == last_kept {
                out.push_str(&doc[v.start..v.end]);
                let last = ps[ps.len() - 1].end;
                out.push_str(&doc[last..]);
            } else {
                out.push_str(&doc[v.start..gap_end]);
            }
        }
        out
    }
}
