//! The detector: builder, per-document pipeline, batch scanning.

use std::path::Path;
use std::sync::Arc;

use crate::coherence;
use crate::config::{Config, Identify, LexiconConfig, RuleConfig, TermConfig};
use crate::error::BuildError;
use crate::lang::{self, Lang};
use crate::lexicon::{self, Lexicon, Term};
use crate::normalize::{self, Folded, TextStats};
use crate::quote;
use crate::report::{Label, Reason, Report, Signal, Span, Verdict};
use crate::rules::{self, Rules, UserRule};
use crate::score::{self, N_SIGNALS, Signals};
use crate::script::{Script, ScriptCounts};
use crate::segment;

/// Most matched spans kept per reason.
const MAX_REASON_SPANS: usize = 4;
/// Most matches counted per rule and piece of text.
const MAX_RULE_MATCHES: usize = 3;
/// Reporting vocabulary (weighted hits) from which a paragraph reads like
/// a report: its advert slang is a mention, not a mark of an advert.
const REPORTED: f64 = 0.5;
/// An advert-marked paragraph with an `off_topic` under this belongs to
/// the document, and the document is an advert: no topic discount.
const BELONGS: f64 = 0.5;

/// A script under this share of the rest of the document is foreign.
const SCRIPT_COMMON: f64 = 0.2;
/// Fewest letters the rest of the document needs for a comparison.
const MIN_REST_LETTERS: u32 = 40;
/// The lexicon category of words that address the reader: it feeds
/// [`Signal::Address`], not the spam lexicon.
const ADDRESS: &str = "address";

/// The lexicon category of reporting vocabulary (police, courts,
/// regulators, attribution): it feeds [`Signal::Reporting`], not the spam
/// lexicon.
const REPORTING: &str = "reporting";
/// Smallest contribution reported as a reason.
const MIN_REASON: f64 = 0.05;

/// Finds the paragraphs of a document that do not belong: spam, injected
/// and off-topic text.
///
/// Build it once ([`Detector::new`] or [`Detector::builder`]) and reuse it:
/// everything is compiled at build time, nothing in [`Detector::scan`].
///
/// # Cloning
///
/// A detector is cheap to clone: the lexicon automata and the
/// configuration are shared behind an `Arc`, and each clone gets its own
/// regex caches, so one clone per thread avoids contention. It is `Send +
/// Sync`.
///
/// # Examples
///
/// ```
/// let detector = interloper::Detector::new();
/// let doc = "Kim Jong Un sent a birthday greeting to Putin.\n\n\
///            สล็อตออนไลน์ RTP Slots แตกง่าย ฝากถอนไม่มีขั้นต่ำ\n\n\
///            Relations between the two countries are warming.";
/// let report = detector.scan(doc);
/// let labels: Vec<&str> = report.paragraphs().iter().map(|p| p.label().as_str()).collect();
/// assert_eq!(labels, ["clean", "spam", "clean"]);
/// ```
#[derive(Clone, Debug)]
pub struct Detector {
    inner: Arc<Inner>,
    rules: Rules,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    lexicon: Lexicon,
    /// Multiplier per category index.
    category_weights: Vec<f64>,
    /// Index of the `address` category, which feeds the address signal
    /// instead of the spam lexicon.
    address: Option<usize>,
    /// Index of the `reporting` category, which feeds the reporting
    /// signal instead of the spam lexicon.
    reporting: Option<usize>,
}

impl Default for Detector {
    fn default() -> Detector {
        Detector::new()
    }
}

/// Builds a [`Detector`] from a configuration, extra lexicon terms and
/// extra rules. All checks happen in [`DetectorBuilder::build`]; the
/// builder can be reused.
///
/// # Examples
///
/// ```
/// let detector = interloper::Detector::builder()
///     .keywords("gambling", ["judi bola", "bandar togel"])
///     .keyword("pharma", "cheap meds", 2.0)
///     .rule("promo-code", r"promo\s*code\s*[a-z0-9]{4,}", 2.0)
///     .build()?;
/// assert!(detector.scan("Use promo code WIN2024 at bandar togel now!").has_spam());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct DetectorBuilder {
    config: Option<Config>,
    lexicon: Vec<LexiconConfig>,
    rules: Vec<RuleConfig>,
}

impl DetectorBuilder {
    /// A builder with the default configuration.
    pub fn new() -> DetectorBuilder {
        DetectorBuilder::default()
    }

    /// Uses `config` (replacing any earlier one); terms and rules added to
    /// the builder come on top of the configuration's own.
    pub fn config(&mut self, config: Config) -> &mut DetectorBuilder {
        self.config = Some(config);
        self
    }

    /// Adds terms of weight 1 to `category`.
    pub fn keywords<I, K>(&mut self, category: &str, terms: I) -> &mut DetectorBuilder
    where
        I: IntoIterator<Item = K>,
        K: AsRef<str>,
    {
        let terms = terms
            .into_iter()
            .map(|t| TermConfig::Plain(t.as_ref().to_string()))
            .collect();
        self.lexicon.push(LexiconConfig {
            category: category.to_string(),
            terms,
            file: None,
        });
        self
    }

    /// Adds one term with a weight in `[0, 3]` (0: an ordinary word, which
    /// only keeps the shorter terms inside it from matching).
    pub fn keyword(&mut self, category: &str, term: &str, weight: f64) -> &mut DetectorBuilder {
        let terms = vec![TermConfig::Weighted {
            term: term.to_string(),
            weight,
        }];
        self.lexicon.push(LexiconConfig {
            category: category.to_string(),
            terms,
            file: None,
        });
        self
    }

    /// Adds the terms of a lexicon file (read at build time).
    pub fn lexicon_file(&mut self, category: &str, path: impl AsRef<Path>) -> &mut DetectorBuilder {
        self.lexicon.push(LexiconConfig {
            category: category.to_string(),
            terms: Vec::new(),
            file: Some(path.as_ref().to_path_buf()),
        });
        self
    }

    /// Adds a regex rule; a match adds `weight` to the custom-rule signal.
    pub fn rule(&mut self, name: &str, pattern: &str, weight: f64) -> &mut DetectorBuilder {
        self.rules.push(RuleConfig::new(name, pattern, weight));
        self
    }

    /// Builds the detector.
    ///
    /// # Errors
    ///
    /// A configuration value out of range, an inverted threshold order, a
    /// duplicate category or rule name, an empty or badly weighted lexicon
    /// term, an unreadable lexicon file, or a regex that does not compile
    /// or is too big. The error names the offending field or entry.
    pub fn build(&self) -> Result<Detector, BuildError> {
        let mut config = self.config.clone().unwrap_or_default();
        config.lexicon.extend(self.lexicon.iter().cloned());
        config.rules.extend(self.rules.iter().cloned());
        config.check()?;

        // User lexicon files are read first, since the terms borrow their
        // text; a read error is reported at its entry, in config order.
        let user_texts: Vec<Option<std::io::Result<String>>> = config
            .lexicon
            .iter()
            .map(|l| l.file.as_ref().map(std::fs::read_to_string))
            .collect();
        let mut terms: Vec<Term<'_>> = Vec::new();
        if config.builtin_lexicon {
            // The built-in files parse on all cores, in file order.
            use rayon::prelude::*;
            let builtin_terms: Vec<Vec<Term<'_>>> = lexicon::builtin_files()
                .par_iter()
                .map(|(cat, lang, text)| {
                    lexicon::parse(cat, text, &format!("lexicon/{cat}/{lang}.txt"))
                })
                .collect::<Result<_, _>>()?;
            terms.extend(builtin_terms.into_iter().flatten());
        }
        for (i, (l, text)) in config.lexicon.iter().zip(&user_texts).enumerate() {
            for (j, t) in l.terms.iter().enumerate() {
                let (text, weight) = match t {
                    TermConfig::Plain(s) => (s.as_str(), 1.0),
                    TermConfig::Weighted { term, weight } => (term.as_str(), *weight),
                };
                let term = Term {
                    category: &l.category,
                    text: text.trim(),
                    weight,
                };
                lexicon::check_term(&term, || {
                    format!("lexicon[{i}].terms[{j}] (category `{}`)", l.category)
                })?;
                terms.push(term);
            }
            if let (Some(path), Some(text)) = (&l.file, text) {
                let text = text.as_ref().map_err(|e| BuildError::io(path, e))?;
                terms.extend(lexicon::parse(
                    &l.category,
                    text,
                    &path.display().to_string(),
                )?);
            }
        }
        let mut categories: Vec<String> = Vec::new();
        let names = config
            .categories
            .iter()
            .map(|c| c.name.as_str())
            .chain(terms.iter().map(|t| t.category));
        for name in names {
            if !categories.iter().any(|c| c == name) {
                categories.push(name.to_string());
            }
        }
        let category_weights = categories
            .iter()
            .map(|name| {
                config
                    .categories
                    .iter()
                    .find(|c| &c.name == name)
                    .map_or(1.0, |c| c.weight)
            })
            .collect();
        let user_rules: Vec<UserRule> = config
            .rules
            .iter()
            .map(|r| UserRule {
                name: r.name.clone(),
                pattern: r.pattern.clone(),
                weight: r.weight,
            })
            .collect();
        // The rules compile while the lexicon's automata build.
        let (lexicon, rules) = rayon::join(
            || Lexicon::build(&terms, &categories),
            || Rules::build(config.builtin_rules, &user_rules),
        );
        let (lexicon, rules) = (lexicon?, rules?);
        let address = categories.iter().position(|c| c == ADDRESS);
        let reporting = categories.iter().position(|c| c == REPORTING);
        Ok(Detector {
            inner: Arc::new(Inner {
                config,
                lexicon,
                category_weights,
                address,
                reporting,
            }),
            rules,
        })
    }
}

/// What one paragraph showed before scoring.
#[derive(Clone, Debug, Default)]
struct Evidence {
    span: Span,
    stats: TextStats,
    /// Weighted lexicon sum per category (empty without hits).
    lexicon: Vec<f64>,
    /// First few lexicon spans per category (empty without hits).
    lexicon_spans: Vec<Vec<Span>>,
    /// Lexicon hits per category that sat inside quotation marks (empty
    /// without quoted hits).
    lexicon_quoted: Vec<u32>,
    /// Weighted rule sums per signal.
    rules: [f64; N_SIGNALS],
    /// Weighted hits of words that address the reader.
    address: f64,
    /// Weighted hits of reporting vocabulary.
    reporting: f64,
    /// First few reporting spans.
    reporting_spans: Vec<Span>,
    /// Whether a term of advert slang (weight at least [`STRONG_TERM`])
    /// matched: a mark of an advert, not of a topic.
    strong: bool,
    /// Matched rule indices and spans (first few per signal).
    rule_spans: Vec<(usize, Span)>,
    /// The language, and whatlang's confidence when whatlang was asked.
    guess: Option<(Lang, Option<f64>)>,
}

impl Evidence {
    fn letters(&self) -> u32 {
        self.stats.letters()
    }
}

/// Lexicon weight (times its category's weight) from which a term is
/// advert slang (`slot gacor`, `bocoran rtp`, `viagra online`) rather than
/// a topic's vocabulary (`casino`, `judi online`): lexicon files give
/// news-like words lower weights.
const STRONG_TERM: f64 = 1.5;

/// How much a lexicon or address hit inside quotation marks counts: a
/// warning quotes the scammers' lines, an advert says them.
const QUOTED: f64 = 0.5;

/// Buffers one scan reuses from paragraph to paragraph.
#[derive(Default)]
struct Scratch {
    /// The folded text of the current piece.
    folded: Folded,
    /// Content tokens of all paragraphs so far, `(hash, paragraph)`.
    pairs: Vec<(u32, u32)>,
    /// Function-word tokens of all paragraphs so far.
    function_pairs: Vec<(u32, u32)>,
    /// Matches counted per rule in the current paragraph.
    rule_counts: Vec<usize>,
}

/// Per-document totals used to compare a paragraph with the rest.
struct Profile {
    scripts: ScriptCounts,
    /// The document's language, from its longest paragraph in its dominant
    /// script.
    lang: Option<Lang>,
}

impl Profile {
    fn new(ev: &[Evidence]) -> Profile {
        let mut scripts = ScriptCounts::default();
        for e in ev {
            scripts.merge(&e.stats.scripts);
        }
        Profile {
            scripts,
            lang: None,
        }
    }
}

impl Detector {
    /// A detector with the built-in lexicons, rules and fitted weights.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = interloper::Detector::new();
    /// assert!(!detector.scan("Hello.").has_spam());
    /// ```
    pub fn new() -> Detector {
        // The built-in configuration is checked by the test suite
        // (`builtin_detector_builds`); it depends on no input.
        DetectorBuilder::new()
            .build()
            .expect("the built-in configuration is valid")
    }

    /// A detector built from a configuration file (JSON or TOML, see
    /// [`Config::from_path`]).
    ///
    /// # Errors
    ///
    /// The file cannot be read or parsed, or the configuration is invalid
    /// (see [`DetectorBuilder::build`]).
    ///
    /// # Examples
    ///
    /// ```
    /// let err = interloper::Detector::from_config_file("no/such/config.toml").unwrap_err();
    /// assert!(err.to_string().contains("no/such/config.toml"));
    /// ```
    pub fn from_config_file(path: impl AsRef<Path>) -> Result<Detector, BuildError> {
        DetectorBuilder::new()
            .config(Config::from_path(path)?)
            .build()
    }

    /// A builder for a customised detector.
    pub fn builder() -> DetectorBuilder {
        DetectorBuilder::new()
    }

    /// The configuration the detector was built from (with the builder's
    /// extra terms and rules merged in).
    ///
    /// # Examples
    ///
    /// ```
    /// let d = interloper::Detector::new();
    /// assert_eq!(d.config().thresholds, interloper::Thresholds::default());
    /// ```
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// Number of distinct lexicon terms compiled into the automata.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(interloper::Detector::new().lexicon_len() > 1000);
    /// ```
    pub fn lexicon_len(&self) -> usize {
        self.inner.lexicon.len()
    }

    /// Number of lexicon hits in `text`: one fold and the lexicon pass
    /// (one automaton, two when the folded text is not ASCII), nothing
    /// else. For benchmarks and diagnostics.
    ///
    /// # Examples
    ///
    /// ```
    /// let det = interloper::Detector::new();
    /// assert!(det.count_lexicon_hits("Situs slot gacor, daftar sekarang") >= 2);
    /// assert_eq!(det.count_lexicon_hits("The weather is fine."), 0);
    /// // An ordinary word that holds a term (`チベット`, Tibet, holds
    /// // `ベット`, bet) is no hit.
    /// assert_eq!(det.count_lexicon_hits("チベット"), 0);
    /// ```
    pub fn count_lexicon_hits(&self, text: &str) -> usize {
        let mut folded = Folded::default();
        let mut stats = TextStats::default();
        let mut n = 0;
        for (_, piece) in normalize::pieces(text) {
            normalize::fold_into(piece, &mut folded, &mut stats);
            self.inner.lexicon.find(folded.haystack(), |_| n += 1);
        }
        n
    }

    /// Scans a document: one verdict per non-blank paragraph, in order.
    ///
    /// Paragraphs are separated by blank lines (by line breaks when the
    /// document has no blank line). A document of more than 1,024
    /// paragraphs averaging under 64 bytes has its short ones grouped, which
    /// bounds memory (see "Untrusted input" in the crate docs).
    ///
    /// Never panics, whatever the input; time is linear in its length.
    ///
    /// # Examples
    ///
    /// ```
    /// let report = interloper::Detector::new().scan("");
    /// assert!(report.paragraphs().is_empty());
    /// ```
    pub fn scan(&self, doc: &str) -> Report {
        let (mut ev, mut profile, signals, scores) = self.run(doc);
        self.identify_langs(doc, &mut ev, &mut profile, &signals, &scores);
        let cfg = &self.inner.config;
        let w = &cfg.weights;
        // Each paragraph's label on its own score, then the page rule,
        // which lifts the suspicious ones (as `Thresholds::labels` does).
        let own: Vec<Label> = scores.iter().map(|&s| cfg.thresholds.label(s)).collect();
        let page = cfg.thresholds.page_spam(&own);
        let paragraphs = ev
            .iter()
            .zip(signals.iter().zip(scores.iter().zip(own)))
            .map(|(e, (sig, (&score, own)))| {
                let label = if page.is_some() { Label::Spam } else { own };
                Verdict {
                    start: e.span.start,
                    end: e.span.end,
                    label,
                    score,
                    lang: e.guess.map(|g| g.0),
                    lang_confidence: e.guess.and_then(|g| g.1),
                    script: e.stats.scripts.dominant(),
                    // Clean paragraphs carry no reasons: a document of a
                    // million short lines must not hold a million lists.
                    reasons: if label == Label::Clean {
                        Vec::new()
                    } else {
                        let mut reasons = self.reasons(doc, e, sig, w, &profile);
                        if let (Some(spam), Label::Suspicious) = (page, own) {
                            reasons.insert(0, page_reason(spam, scores.len()));
                        }
                        reasons
                    },
                }
            })
            .collect();
        Report {
            lang: profile.lang,
            script: profile.scripts.dominant(),
            bytes: doc.len(),
            paragraphs,
        }
    }

    /// Scans many documents on all cores, returning reports in input order.
    ///
    /// # Examples
    ///
    /// ```
    /// let docs = ["Hello.", "Slot gacor maxwin hari ini, daftar sekarang!"];
    /// let reports = interloper::Detector::new().scan_many(&docs);
    /// assert_eq!(reports.len(), 2);
    /// ```
    pub fn scan_many<S: AsRef<str> + Sync>(&self, docs: &[S]) -> Vec<Report> {
        use rayon::prelude::*;
        docs.par_iter().map(|doc| self.scan(doc.as_ref())).collect()
    }

    /// Whether any paragraph of `doc` is spam.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!interloper::Detector::new().is_spam("An ordinary sentence about the weather."));
    /// ```
    pub fn is_spam(&self, doc: &str) -> bool {
        let (_, _, _, scores) = self.run(doc);
        scores
            .iter()
            .any(|&s| self.inner.config.thresholds.label(s) == Label::Spam)
    }

    /// The signal values of every paragraph, with its span: what the
    /// weights multiply. Useful to fit weights or to inspect a verdict.
    pub fn signals(&self, doc: &str) -> Vec<(Span, Signals)> {
        let (ev, _, signals, _) = self.run(doc);
        ev.iter().map(|e| e.span).zip(signals).collect()
    }

    /// The whole pipeline: evidence, document profile, signals, scores.
    fn run(&self, doc: &str) -> (Vec<Evidence>, Profile, Vec<Signals>, Vec<f64>) {
        let spans = segment::paragraphs(doc);
        let mut scratch = Scratch::default();
        let mut ev: Vec<Evidence> = spans
            .iter()
            .enumerate()
            .map(|(i, &span)| {
                self.evidence(
                    doc,
                    span,
                    u32::try_from(i).unwrap_or(u32::MAX),
                    &mut scratch,
                )
            })
            .collect();
        let Scratch {
            mut pairs,
            mut function_pairs,
            ..
        } = scratch;
        coherence::prepare(&mut pairs);
        coherence::prepare(&mut function_pairs);
        let profile = Profile::new(&ev);
        let w = &self.inner.config.weights;
        let n = ev.len();

        // Stage one: each paragraph on its own, against the rest.
        let shared = coherence::shared_counts(&pairs, n, |_| true);
        Self::discount_topic(&mut ev, self.inner.lexicon.categories().len(), &pairs);
        let shared_function = coherence::shared_counts(&function_pairs, n, |_| true);
        let mut signals: Vec<Signals> = ev
            .iter()
            .zip(shared.iter().zip(&shared_function))
            .map(|(e, (&sh, &fsh))| self.own_signals(e, sh, fsh, n, &profile))
            .collect();
        let stage_one = w.stage_one();
        let stage_two = w.stage_two();
        let z1: Vec<f64> = signals
            .iter()
            .map(|s| w.bias + score::dot(&stage_one, s))
            .collect();
        let p1: Vec<f64> = z1.iter().map(|&z| score::sigmoid(z)).collect();

        // Stage two: the context.
        let clean_like = |i: usize| p1[i] < 0.5;
        let shared_clean = coherence::shared_counts(&pairs, n, clean_like);
        let total_letters: f64 = ev.iter().map(|e| f64::from(e.letters())).sum();
        let spam_letters: f64 = ev
            .iter()
            .zip(&p1)
            .map(|(e, p)| f64::from(e.letters()) * p)
            .sum();
        let topics = self.topics(&ev, &signals);
        let surrounded = score::surrounded(&p1);
        let elsewhere = score::elsewhere(&p1);
        let kin = coherence::kin(&pairs, &p1);
        let n_clean = (0..n).filter(|&i| clean_like(i)).count();
        let off_topic: Vec<f64> = signals.iter().map(|s| s.get(Signal::OffTopic)).collect();
        let woven = score::woven(&p1, &off_topic);
        let mut scores = Vec::with_capacity(n);
        for i in 0..n {
            let own = f64::from(ev[i].letters());
            let rest = total_letters - own;
            let document = if rest > 0.0 {
                (spam_letters - own * p1[i]) / rest
            } else {
                0.0
            };
            // Outlier and stranger need a clean-looking part to compare with.
            let has_clean_rest = n_clean > usize::from(clean_like(i)) && shared_clean[i].0 > 0;
            let off_clean = if has_clean_rest {
                coherence::off_topic(shared_clean[i])
            } else {
                0.0
            };
            let s = &mut signals[i];
            s.set(Signal::Neighbors, surrounded[i]);
            s.set(Signal::Document, score::majority(document));
            s.set(Signal::Outlier, off_clean);
            s.set(Signal::Topic, topics[i]);
            s.set(Signal::Elsewhere, elsewhere[i]);
            s.set(Signal::Echo, score::echo(kin[i], p1[i]));
            // A paragraph that reads like a report is about the spam
            // around it, not part of it.
            let reporting = s.get(Signal::Reporting);
            s.set(Signal::Woven, woven[i] * (1.0 - reporting));
            s.set(
                Signal::Stranger,
                score::stranger(s.get(Signal::OffTopic), off_clean),
            );
            s.set(
                Signal::SpamPage,
                score::spam_page(
                    s.get(Signal::Document),
                    s.get(Signal::OffTopic),
                    s.get(Signal::Short),
                ),
            );
            let z2 = w.context_bias + w.context_self * z1[i] + score::dot(&stage_two, s);
            scores.push(score::sigmoid(z2));
        }
        (ev, profile, signals, scores)
    }

    /// Discounts spam vocabulary that a quiet document is about.
    ///
    /// A category whose vocabulary the unmarked paragraphs share is the
    /// document's topic (an article on gambling regulation), so its weight
    /// in an unmarked paragraph shrinks by the letter share of the other
    /// unmarked paragraphs that use it. Marked paragraphs (links, contacts,
    /// brand-plus-digits tokens, obfuscation, emphasis, shouting, advert
    /// slang such as `slot gacor` or `bocoran rtp`) keep their full weight
    /// and lend none. One that belongs to the document (an `off_topic`
    /// against the unmarked paragraphs under one half: the loud line of a
    /// spam e-mail; `off_topic` is damped under eight words, so a short
    /// marked line always belongs) makes the whole document an advert, and
    /// nothing is discounted; one that shares little with the unmarked
    /// paragraphs (a casino ad of one or more lines spliced into an article
    /// about casino regulation) leaves the article its discount. An
    /// unmarked injected line has its vocabulary to itself and keeps its
    /// full weight.
    ///
    /// The `topic` signal keeps the document-wide test (any advert mark
    /// anywhere turns it off): gated like the discount, it cost more spam
    /// e-mail lines than it saved host paragraphs on the development set.
    fn discount_topic(ev: &mut [Evidence], n_cat: usize, pairs: &[(u32, u32)]) {
        if ev.len() < 2 {
            return;
        }
        let marked: Vec<bool> = ev.iter().map(advert_marks).collect();
        if marked.iter().any(|&m| m) && !reads_like_a_report(ev, &marked) {
            let with_unmarked = coherence::shared_counts(pairs, ev.len(), |i| !marked[i]);
            let blocked = marked
                .iter()
                .zip(&with_unmarked)
                .any(|(&m, &sh)| m && coherence::off_topic(sh) < BELONGS);
            if blocked {
                return;
            }
        }
        let (letters_in, total) = letters_per_category(ev, n_cat, |i| !marked[i]);
        for (e, &m) in ev.iter_mut().zip(&marked) {
            let own = f64::from(e.letters());
            if m || total - own <= 0.0 {
                continue;
            }
            for (c, x) in e.lexicon.iter_mut().enumerate() {
                if *x > 0.0 {
                    let share = ((letters_in[c] - own) / (total - own)).clamp(0.0, 1.0);
                    *x *= 1.0 - share;
                }
            }
        }
    }

    /// The topic signal of every paragraph: the letter share of the other
    /// paragraphs with hits in the paragraph's main lexicon category, when
    /// no paragraph of the document shows the marks of an advert (links,
    /// contacts, brand-plus-digits tokens, obfuscation, emphasis,
    /// shouting, advert slang).
    fn topics(&self, ev: &[Evidence], signals: &[Signals]) -> Vec<f64> {
        let slang = if ev.iter().any(|e| e.strong) {
            1.0
        } else {
            0.0
        };
        let advert = signals
            .iter()
            .map(|s| {
                [
                    Signal::Link,
                    Signal::Contact,
                    Signal::BrandDigits,
                    Signal::Obfuscation,
                    Signal::Emphasis,
                    Signal::Shouting,
                ]
                .iter()
                .map(|&sig| s.get(sig))
                .fold(0.0, f64::max)
            })
            .fold(slang, f64::max);
        let main = |e: &Evidence| {
            e.lexicon
                .iter()
                .enumerate()
                .filter(|(_, x)| **x > 0.0)
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map(|(c, _)| c)
        };
        let (letters_in, total) =
            letters_per_category(ev, self.inner.lexicon.categories().len(), |_| true);
        ev.iter()
            .map(|e| {
                let own = f64::from(e.letters());
                match main(e) {
                    Some(c) if total - own > 0.0 => {
                        (letters_in[c] - own) / (total - own) * (1.0 - advert)
                    }
                    _ => 0.0,
                }
            })
            .collect()
    }

    /// Sets the language of the document and of its paragraphs, as
    /// [`Identify`] says. Scores are final by now: names only explain.
    ///
    /// whatlang costs tens of microseconds a call, more than everything
    /// else a paragraph needs. Scripts one language owns (Thai, Hangul,
    /// kana …) decide on their own in every mode. `Off` stops there.
    /// `Flagged` asks once for the document (its longest paragraph in its
    /// dominant script), for suspicious or spam paragraphs in the
    /// document's script whose function words differ from the rest, and for
    /// paragraphs in another shared script; other paragraphs in the
    /// document's script take the document's language (with no confidence,
    /// since whatlang was not asked). `All` asks for every paragraph with
    /// enough letters.
    fn identify_langs(
        &self,
        doc: &str,
        ev: &mut [Evidence],
        profile: &mut Profile,
        signals: &[Signals],
        scores: &[f64],
    ) {
        let suspicious = self.inner.config.thresholds.suspicious;
        let lc = &self.inner.config.lang;
        let guess = |e: &Evidence| {
            lang::guess(
                &doc[e.span],
                &e.stats.scripts,
                lc.min_letters,
                lc.window_bytes,
            )
        };
        let dominant = profile.scripts.dominant();
        if lc.identify == Identify::Off {
            profile.lang = lang::owned_by_script(&profile.scripts);
            for e in ev.iter_mut() {
                e.guess = lang::owned_by_script(&e.stats.scripts).map(|l| (l, Some(1.0)));
            }
            return;
        }
        let longest = ev
            .iter()
            .enumerate()
            .filter(|(_, e)| e.stats.scripts.dominant() == dominant)
            .max_by_key(|(_, e)| e.letters())
            .map(|(i, _)| i);
        let doc_guess = longest.and_then(|i| guess(&ev[i]));
        profile.lang = doc_guess.map(|g| g.0);
        for (i, e) in ev.iter_mut().enumerate() {
            let script = e.stats.scripts.dominant();
            let owned = lang::owned_by_script(&e.stats.scripts);
            let quiet = scores[i] < suspicious || signals[i].get(Signal::ForeignLang) < 0.3;
            e.guess = if let Some(l) = owned {
                Some((l, Some(1.0)))
            } else if e.letters() < lc.min_letters || script.is_none() {
                None
            } else if script == dominant && lc.identify == Identify::Flagged && quiet {
                profile.lang.map(|l| (l, None))
            } else if Some(i) == longest {
                doc_guess.map(|(l, c)| (l, Some(c)))
            } else {
                guess(e).map(|(l, c)| (l, Some(c)))
            };
        }
    }

    /// Folds, matches and counts one paragraph.
    fn evidence(&self, doc: &str, span: Span, index: u32, scratch: &mut Scratch) -> Evidence {
        let Scratch {
            folded,
            pairs,
            function_pairs,
            rule_counts,
        } = scratch;
        let inner = &self.inner;
        let n_cat = inner.lexicon.categories().len();
        let mut e = Evidence {
            span,
            ..Evidence::default()
        };
        let text = &doc[span];
        rule_counts.clear();
        rule_counts.resize(self.rules.rules().len(), 0);
        for (k, (off, piece)) in normalize::pieces(text).enumerate() {
            normalize::fold_into(piece, folded, &mut e.stats);
            let hay = folded.haystack();
            let base = span.start + off;
            let to_doc = |s: usize, t: usize| {
                Span::new(base + folded.source_offset(s), base + folded.source_end(t))
            };
            // Quoted passages, found at the first hit: most paragraphs have no hit.
            let mut quoted: Option<Vec<(usize, usize)>> = None;
            inner.lexicon.find(hay, |h| {
                // Words in quotation marks are mentioned, not said.
                let passages = quoted.get_or_insert_with(|| quote::passages(hay));
                let said = if quote::inside(passages, h.start, h.end) {
                    QUOTED
                } else {
                    1.0
                };
                // The category's weight (0 turns it off) times the term's,
                // halved inside quotation marks.
                let weight = f64::from(h.weight) * inner.category_weights[h.category] * said;
                if Some(h.category) == inner.address {
                    // A short word written plain (`tu`, `gan`) is not the
                    // accented word it folds like (Vietnamese `từ`, `gần`).
                    let accented = h.plain
                        && !folded.source_is_ascii()
                        && normalize::has_diacritics(&doc[to_doc(h.start, h.end)]);
                    if !accented {
                        e.address += weight;
                    }
                    return;
                }
                if Some(h.category) == inner.reporting {
                    e.reporting += weight;
                    if e.reporting_spans.len() < MAX_REASON_SPANS {
                        e.reporting_spans.push(to_doc(h.start, h.end));
                    }
                    return;
                }
                if e.lexicon.is_empty() {
                    // Allocated on the first hit only: most paragraphs have none.
                    e.lexicon = vec![0.0; n_cat];
                    e.lexicon_spans = vec![Vec::new(); n_cat];
                }
                if said < 1.0 {
                    // Allocated on the first quoted hit: most have none.
                    if e.lexicon_quoted.is_empty() {
                        e.lexicon_quoted = vec![0; n_cat];
                    }
                    e.lexicon_quoted[h.category] += 1;
                }
                e.lexicon[h.category] += weight;
                e.strong |= weight >= STRONG_TERM;
                if e.lexicon_spans[h.category].len() < MAX_REASON_SPANS {
                    e.lexicon_spans[h.category].push(to_doc(h.start, h.end));
                }
            });
            self.rules.find(hay, MAX_RULE_MATCHES, |r, s, t| {
                rule_counts[r] += 1;
                if rule_counts[r] <= MAX_RULE_MATCHES {
                    let rule = &self.rules.rules()[r];
                    // A quoted exclamation (`'You have won!'`) is
                    // mentioned, not said.
                    let said = if rule.signal == Signal::Emphasis
                        && quote::inside(
                            quoted.get_or_insert_with(|| quote::passages(hay)),
                            s,
                            s + 1,
                        ) {
                        QUOTED
                    } else {
                        1.0
                    };
                    e.rules[rule.signal.index()] += rule.weight * said;
                    if e.rule_spans.len() < 4 * MAX_REASON_SPANS {
                        e.rule_spans.push((r, to_doc(s, t)));
                    }
                }
            });
            if k == 0 {
                coherence::tokenize(hay, index, pairs, function_pairs);
            }
        }
        e
    }

    /// Stage-one signal values of a paragraph.
    fn own_signals(
        &self,
        e: &Evidence,
        shared: (u32, u32),
        shared_function: (u32, u32),
        n: usize,
        profile: &Profile,
    ) -> Signals {
        let mut s = Signals::default();
        let letters = e.letters();
        let rest_scripts = profile.scripts.minus(&e.stats.scripts);
        if rest_scripts.total() >= MIN_REST_LETTERS && letters > 0 {
            let foreign: f64 = Script::ALL
                .iter()
                .map(|&sc| {
                    e.stats.scripts.share(sc) * score::rarity(rest_scripts.share(sc), SCRIPT_COMMON)
                })
                .sum();
            s.set(Signal::ForeignScript, foreign.sqrt());
        }
        if n > 1 {
            s.set(
                Signal::ForeignLang,
                coherence::foreign_function_words(shared_function),
            );
        }
        let lex: f64 = e.lexicon.iter().sum();
        s.set(Signal::Lexicon, score::saturate(lex));
        s.set(Signal::LexiconDensity, score::density(lex, letters));
        for sig in [
            Signal::Link,
            Signal::Contact,
            Signal::Money,
            Signal::BrandDigits,
        ] {
            s.set(sig, score::saturate(e.rules[sig.index()]));
        }
        let st = &e.stats;
        let emphasis = e.rules[Signal::Emphasis.index()] + 0.3 * f64::from(st.emoji);
        s.set(Signal::Emphasis, score::saturate(emphasis));
        let obfuscation = e.rules[Signal::Obfuscation.index()]
            + f64::from(st.styled) / 3.0
            + f64::from(st.mixed_words)
            + 0.5 * f64::from(st.invisible);
        s.set(Signal::Obfuscation, score::saturate(obfuscation));
        s.set(Signal::Shouting, score::shouting(st.upper, letters));
        s.set(Signal::Address, score::density(e.address, letters));
        // A report talks about people; a scam posing as the police talks
        // to the reader.
        let address = s.get(Signal::Address);
        s.set(
            Signal::Reporting,
            score::saturate(e.reporting) * (1.0 - address),
        );
        if n > 1 {
            s.set(Signal::OffTopic, coherence::off_topic(shared));
        }
        s.set(Signal::Short, score::short(letters));
        s.set(Signal::CustomRule, e.rules[Signal::CustomRule.index()]);
        s
    }

    /// Human-readable reasons, strongest first.
    fn reasons(
        &self,
        doc: &str,
        e: &Evidence,
        sig: &Signals,
        w: &crate::config::Weights,
        profile: &Profile,
    ) -> Vec<Reason> {
        let stage_one = w.stage_one();
        let stage_two = w.stage_two();
        let mut out = Vec::new();
        let mut push = |signal: Signal,
                        contribution: f64,
                        category: Option<String>,
                        spans: Vec<Span>,
                        detail: String| {
            if contribution.abs() >= MIN_REASON {
                out.push(Reason {
                    signal,
                    contribution,
                    category,
                    spans,
                    detail,
                });
            }
        };
        for &signal in &Signal::ALL {
            let v = sig.get(signal);
            if v == 0.0 {
                continue;
            }
            let c = (w.context_self * stage_one[signal.index()] + stage_two[signal.index()]) * v;
            match signal {
                Signal::Lexicon | Signal::LexiconDensity => {
                    let total: f64 = e.lexicon.iter().sum();
                    for (cat, &x) in e.lexicon.iter().enumerate() {
                        if x > 0.0 && total > 0.0 {
                            let name = self.inner.lexicon.categories()[cat].clone();
                            let mut detail = format!(
                                "{name} vocabulary: {}",
                                quote_spans(doc, &e.lexicon_spans[cat])
                            );
                            match e.lexicon_quoted.get(cat) {
                                Some(1) => detail
                                    .push_str(" (one hit inside quotation marks, counted half)"),
                                Some(&n) if n > 1 => detail.push_str(&format!(
                                    " ({n} hits inside quotation marks, counted half)"
                                )),
                                _ => {}
                            }
                            push(
                                signal,
                                c * x / total,
                                Some(name),
                                e.lexicon_spans[cat].clone(),
                                detail,
                            );
                        }
                    }
                }
                _ => {
                    // The words that gave the signal: reporting hits, or
                    // the matches of the rules that feed it.
                    let spans: Vec<Span> = if signal == Signal::Reporting {
                        e.reporting_spans.clone()
                    } else {
                        e.rule_spans
                            .iter()
                            .filter(|(r, _)| self.rules.rules()[*r].signal == signal)
                            .map(|&(_, sp)| sp)
                            .take(MAX_REASON_SPANS)
                            .collect()
                    };
                    let category = (signal == Signal::CustomRule).then(|| {
                        let mut names: Vec<&str> = e
                            .rule_spans
                            .iter()
                            .filter(|(r, _)| self.rules.rules()[*r].signal == signal)
                            .map(|(r, _)| self.rules.rules()[*r].name.as_str())
                            .collect();
                        names.dedup();
                        names.join(",")
                    });
                    let mut detail = self.describe(signal, v, e, profile);
                    if !spans.is_empty() {
                        detail.push_str(": ");
                        detail.push_str(&quote_spans(doc, &spans));
                    }
                    push(signal, c, category, spans, detail);
                }
            }
        }
        out.sort_by(|a, b| b.contribution.abs().total_cmp(&a.contribution.abs()));
        out
    }

    /// A sentence for one signal.
    fn describe(&self, signal: Signal, v: f64, e: &Evidence, profile: &Profile) -> String {
        let st = &e.stats;
        match signal {
            Signal::ForeignScript => {
                let rest = profile.scripts.minus(&st.scripts);
                let foreign: Vec<String> = Script::ALL
                    .iter()
                    .filter(|&&sc| {
                        st.scripts.share(sc) > 0.0
                            && score::rarity(rest.share(sc), SCRIPT_COMMON) > 0.0
                    })
                    .map(|&sc| {
                        format!("{:.0}% {} letters", 100.0 * st.scripts.share(sc), sc.name())
                    })
                    .collect();
                format!(
                    "{}, a script the rest of the document hardly uses",
                    foreign.join(", ")
                )
            }
            Signal::ForeignLang => {
                let unlike = format!(
                    "{:.0}% of its short function words appear nowhere else in the document",
                    100.0 * v.min(1.0)
                );
                match (e.guess, profile.lang) {
                    (Some((l, _)), Some(d)) if l != d => {
                        format!(
                            "{unlike}: written in {}, the document in {}",
                            l.name(),
                            d.name()
                        )
                    }
                    _ => unlike,
                }
            }
            Signal::Link => "links or domains".to_string(),
            Signal::Contact => "contact details: messenger links or IDs, e-mail, phone".to_string(),
            Signal::Money => "money amounts, percentages or multipliers".to_string(),
            Signal::BrandDigits => "brand-plus-digits tokens (like slot88)".to_string(),
            Signal::Obfuscation => format!(
                "obfuscation: {} styled letters, {} words mixing scripts, {} invisible characters, or spaced-out letters",
                st.styled, st.mixed_words, st.invisible
            ),
            Signal::Shouting => format!("{} of {} letters are capitals", st.upper, st.letters()),
            Signal::Address => "talks to the reader (you, your …)".to_string(),
            Signal::Emphasis => format!("{} emoji, exclamations, or runs of !!! $$$ ***", st.emoji),
            Signal::OffTopic => format!(
                "{:.0}% of its content words appear nowhere else in the document",
                100.0 * v.min(1.0)
            ),
            Signal::Short => format!("short ({} letters)", st.letters()),
            Signal::Neighbors => format!("the paragraphs around it look like spam ({v:.2})"),
            Signal::Document => format!(
                "{:.0}% of the rest of the document looks like spam",
                100.0 * v
            ),
            Signal::Outlier => format!(
                "{:.0}% of its content words are not in the clean-looking part",
                100.0 * v.min(1.0)
            ),
            Signal::CustomRule => "custom rules matched".to_string(),
            Signal::Stranger => format!(
                "shares little vocabulary with the rest of the document and little with its clean-looking part ({v:.2})"
            ),
            Signal::SpamPage => {
                format!("shares the vocabulary of a document that is mostly spam ({v:.2})")
            }
            Signal::Elsewhere => {
                format!("another paragraph of the document looks like spam ({v:.2})")
            }
            Signal::Echo => {
                format!(
                    "looks plain, but the paragraphs that use its words look like spam ({v:.2})"
                )
            }
            Signal::Woven => format!(
                "the clear spam elsewhere in the document shares its words: a spam page, not an injected line ({v:.2})"
            ),
            Signal::Topic => format!(
                "{:.0}% of the rest of the document uses the same vocabulary, with no links, contacts or disguises anywhere: the document is about it",
                100.0 * v
            ),
            Signal::Lexicon | Signal::LexiconDensity => "spam vocabulary".to_string(),
            Signal::Reporting => {
                "reads like a report (police, courts, regulators, attribution)".to_string()
            }
        }
    }
}

/// The reason of a paragraph lifted from suspicious to spam by the page
/// rule, in a document of `paragraphs` of which `spam` are spam on their
/// own: a `document` reason of contribution 0, since the score is unchanged.
fn page_reason(spam: usize, paragraphs: usize) -> Reason {
    Reason {
        signal: Signal::Document,
        contribution: 0.0,
        category: None,
        spans: Vec::new(),
        detail: format!(
            "a spam page: no paragraph of the document looks clean, and spam paragraphs are {spam} of its {paragraphs}, so this suspicious one is spam too"
        ),
    }
}

/// Whether a paragraph shows the marks of an advert: links, contacts,
/// brand-plus-digits tokens, obfuscation, emphasis (a run of `!!!` or
/// `$$$`, or an exclamation said rather than quoted: a quoted one counts
/// half and marks nothing), styled or mixed-script words, shouting, or
/// advert slang.
fn advert_marks(e: &Evidence) -> bool {
    let r = &e.rules;
    [
        Signal::Link,
        Signal::Contact,
        Signal::BrandDigits,
        Signal::Obfuscation,
    ]
    .iter()
    .any(|s| r[s.index()] > 0.0)
        || r[Signal::Emphasis.index()] >= rules::EXCLAMATION
        || (e.strong && e.reporting < REPORTED)
        || e.stats.styled > 0
        || e.stats.mixed_words > 0
        || score::shouting(e.stats.upper, e.letters()) > 0.5
}

/// Whether most of the unmarked paragraphs' letters are in paragraphs
/// that read like a report (reporting vocabulary of at least
/// [`REPORTED`]): a news story on a police raid, not the plain lines of an
/// advert.
fn reads_like_a_report(ev: &[Evidence], marked: &[bool]) -> bool {
    let (mut reported, mut all) = (0u64, 0u64);
    for (e, _) in ev.iter().zip(marked).filter(|(_, m)| !**m) {
        all += u64::from(e.letters());
        if e.reporting >= REPORTED {
            reported += u64::from(e.letters());
        }
    }
    all > 0 && 2 * reported >= all
}

/// Letters in the paragraphs with hits of each lexicon category, counting
/// only the paragraphs that `lends` accepts, and letters in all.
fn letters_per_category(
    ev: &[Evidence],
    n_cat: usize,
    lends: impl Fn(usize) -> bool,
) -> (Vec<f64>, f64) {
    let mut letters_in = vec![0.0f64; n_cat];
    let mut total = 0.0;
    for (i, e) in ev.iter().enumerate() {
        let letters = f64::from(e.letters());
        total += letters;
        if !lends(i) {
            continue;
        }
        for (c, &x) in e.lexicon.iter().enumerate() {
            if x > 0.0 {
                letters_in[c] += letters;
            }
        }
    }
    (letters_in, total)
}

/// The matched texts, quoted and shortened: `"slot", "gacor"`.
fn quote_spans(doc: &str, spans: &[Span]) -> String {
    let quoted: Vec<String> = spans
        .iter()
        .map(|&sp| {
            let t = doc.get(sp.range()).unwrap_or("");
            let short: String = t.chars().take(40).collect();
            if short.len() < t.len() {
                format!("\"{short}…\"")
            } else {
                format!("\"{short}\"")
            }
        })
        .collect();
    quoted.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_detector_builds() {
        let d = DetectorBuilder::new().build().unwrap();
        assert!(d.lexicon_len() > 0);
    }

    #[test]
    fn detector_is_send_sync_unwindsafe() {
        fn assert_all<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
        assert_all::<Detector>();
        assert_all::<DetectorBuilder>();
        assert_all::<Report>();
        assert_all::<Config>();
        assert_all::<BuildError>();
    }
}
