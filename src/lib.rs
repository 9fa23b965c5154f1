//! interloper finds the paragraphs that do not belong in a document: spam
//! and off-topic text injected into otherwise legitimate pages, such as a
//! Thai online-casino line spliced into an English news article, Indonesian
//! "slot gacor" comments under a video, or a pharma tail on a forum post.
//!
//! ```
//! let detector = interloper::Detector::new();
//! let doc = "North Korea's leader sent Putin a birthday greeting.\n\n\
//!            สล็อตออนไลน์ RTP Slots เว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ\n\n\
//!            Relations between the two countries have warmed.";
//! let report = detector.scan(doc);
//! for p in report.paragraphs() {
//!     println!("{:?} {} {:.2} {:?}", p.span(), p.label(), p.score(), p.lang());
//! }
//! assert_eq!(report.spam().count(), 1);
//! assert_eq!(
//!     report.clean_text(doc),
//!     "North Korea's leader sent Putin a birthday greeting.\n\n\
//!      Relations between the two countries have warmed."
//! );
//! ```
//!
//! # Overview
//!
//! - [`Detector`] scans documents; build it once with [`Detector::new`] or
//!   [`Detector::builder`] ([`DetectorBuilder`]) and reuse it across
//!   documents and threads.
//! - [`Report`] holds one [`Verdict`] per paragraph: its [`Span`] (byte
//!   offsets), [`Label`], score, [`Lang`], [`Script`] and [`Reason`]s.
//! - [`Config`] holds weights, thresholds, extra lexicon terms and rules;
//!   it loads from JSON or TOML and is checked when the detector is built
//!   ([`BuildError`]).
//!
//! # How a paragraph is scored
//!
//! A document is split into paragraphs on blank lines (lines when it has no
//! blank line). Each paragraph is folded (lowercase, compatibility forms
//! such as `𝐒𝐋𝐎𝐓` and `ＳＬＯＴ` to `slot`, diacritics dropped, look-alike
//! Cyrillic letters inside Latin words mapped to Latin, zero-width
//! characters removed) and yields [`Signal`]s: letters in a script the rest
//! of the document does not use; short function words the rest does not
//! use (a language change, in any language); hits of the built-in
//! multilingual spam lexicon (Aho-Corasick: three automata, by the kind of
//! characters a term holds); regex features (links, contacts, money, brand-plus-digits
//! tokens, spaced letters, punctuation runs, exclamations); shouting, emoji and styled
//! letters; and how much vocabulary it shares with the rest. A logistic
//! model combines them; a second stage adds the context (spam on both sides,
//! document-wide spam, the strongest spam elsewhere, the spamminess of
//! the paragraphs that share its words, fit with the
//! clean-looking part, the document's topic, whether the clear spam
//! elsewhere shares the document's words, and two conjunctions:
//! `stranger` and `spam_page`). The weights are
//! fitted on labelled data by `examples/fit.rs`. [`Thresholds`] turn the
//! scores into labels; a document with no clean paragraph and enough spam
//! is a spam page, whose suspicious paragraphs are spam too.
//!
//! # Example: a custom lexicon and rule
//!
//! ```
//! let detector = interloper::Detector::builder()
//!     .keywords("gambling", ["bandar togel"])
//!     .rule("promo-code", r"promo\s*code", 3.0)
//!     .build()?;
//! let report = detector.scan("Weather is fine.\n\nBandar togel terpercaya, pakai promo code sekarang!");
//! assert!(report.paragraphs()[1].label().is_flagged());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Example: sharing across threads
//!
//! ```
//! let detector = interloper::Detector::new();
//! let docs = vec!["one doc".to_string(), "another doc".to_string()];
//! let reports = detector.scan_many(&docs); // rayon, input order kept
//! assert_eq!(reports.len(), 2);
//! ```
//!
//! # Performance
//!
//! Everything is compiled when the detector is built. A scan folds each
//! paragraph once, runs one automaton pass (two when the folded text is not
//! ASCII) and one regex-set pass over it
//! (a built-in rule's own regex runs only where the set says it matches;
//! user rules run on every paragraph). Language
//! names are optional ([`Identify`]): by default whatlang, which costs
//! more per paragraph than everything else together, does not run, and
//! only scripts that belong to one language name it. When it runs, it
//! reads a bounded window of bytes. Cost is linear in the input. See the
//! README for measured throughput.
//!
//! # Untrusted input
//!
//! [`Detector::scan`] accepts any `&str` and never panics. Guarantees:
//! every non-whitespace byte of the input lies in exactly one reported
//! paragraph; spans lie on `char` boundaries, trimmed, sorted and
//! disjoint, and reason spans lie inside their paragraph. Time is linear
//! in the input: language identification reads at most
//! [`LangConfig::window_bytes`] per paragraph, the lexicon is one
//! automaton pass (two for text that is not ASCII), regexes (built-in and user) are finite automata, and
//! at most a few matches are counted per rule and paragraph. Memory is a
//! small multiple of the input. A paragraph is folded in pieces of at most
//! 64 KiB, so one paragraph, however long, needs at most about 6 MB of
//! working memory, and at most 400 content tokens, 100 short words and a
//! few reason spans are kept per paragraph. The scan keeps a few hundred
//! bytes per paragraph, and a document with more than 1,024 paragraphs
//! averaging under 64 bytes has its short paragraphs grouped into spans of
//! at least 128 bytes (a paragraph under 128 bytes joins the one before
//! while that is shorter too; longer paragraphs stay apart), so a million
//! one-letter lines need about 5 times their size, not 200 times; every
//! non-blank byte is still in exactly one paragraph. [`Report::clean_text`]
//! and [`Report::text_without`] never panic: a report that does not fit
//! the document (another document's report, or one read back from JSON
//! with spans out of range, unsorted or overlapping) leaves the document
//! unchanged. The README gives measured numbers.
//!
//! Not guaranteed: the verdicts themselves (an adversary who knows the
//! model can write spam it misses), and paragraphs of 4 GiB or more
//! (counts are 32-bit and saturate).
//!
//! Configuration is the only fallible input: every value is range-checked
//! at build time, and user regexes are size-limited (1 MiB compiled, 4 KiB
//! of pattern). One part of it must be trusted: lexicon files it names are
//! read whole, from any path, with no size limit. A configuration from an
//! untrusted source could name `/dev/zero` or a private file, so clear its
//! `file` entries before building from it.
//!
//! # Crate features
//!
//! None: serde, rayon and the built-in lexicons are always on, because
//! reports and configuration are meant to be stored and exchanged, and
//! batch scanning is part of the API.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]

mod coherence;
mod config;
mod detector;
mod error;
mod lang;
mod lexicon;
mod normalize;
mod quote;
mod report;
mod rules;
mod score;
mod script;
mod segment;
mod weights;

pub use config::{
    CategoryConfig, Config, Identify, LangConfig, LexiconConfig, RuleConfig, TermConfig,
    Thresholds, Weights,
};
pub use detector::{Detector, DetectorBuilder};
pub use error::BuildError;
pub use lang::{Lang, UnknownLang};
pub use report::{Label, Reason, Report, Signal, Span, Verdict};
pub use score::Signals;
pub use script::Script;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
