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
//! of the document does not use; a language (whatlang) the rest does not
//! use; hits of the built-in multilingual spam lexicon (one Aho-Corasick
//! automaton); regex features (links, contacts, money, brand-plus-digits
//! tokens, spaced letters, punctuation runs); shouting, emoji and styled
//! letters; and how much vocabulary it shares with the rest. A logistic
//! model combines them; a second stage adds the context (neighbouring and
//! document-wide spam, fit with the clean-looking part). The weights are
//! fitted on labelled data by `examples/fit.rs`.
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
//! paragraph once, runs one automaton pass and one regex-set pass over it,
//! and asks whatlang only about paragraphs in shared scripts (Latin,
//! Cyrillic, Arabic …), on a bounded window of bytes. Cost is linear in
//! the input. See the README for measured throughput.
//!
//! # Untrusted input
//!
//! [`Detector::scan`] accepts any `&str` and never panics. Guarantees:
//! every non-whitespace byte of the input lies in exactly one reported
//! paragraph; spans lie on `char` boundaries, sorted and disjoint; time is
//! linear in the input (language identification reads at most
//! [`LangConfig::window_bytes`] per paragraph; regexes are finite automata;
//! rule matches are counted up to a small cap per paragraph piece); memory
//! is bounded by a small multiple of the input: text is folded in pieces
//! of at most 1 MiB, at most 400 coherence tokens and a few reason spans are
//! kept per paragraph. Not guaranteed: the verdicts themselves (an
//! adversary who knows the model can write spam it misses), and reports
//! stay proportional to the number of paragraphs, so a document of a
//! million one-character lines yields a million verdicts. Configuration is
//! the only fallible input: user regexes are size-limited
//! (1 MiB compiled, 4 KiB of pattern) and every value is range-checked at
//! build time.
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
mod report;
mod rules;
mod score;
mod script;
mod segment;
mod weights;

pub use config::{
    CategoryConfig, Config, LangConfig, LexiconConfig, RuleConfig, TermConfig, Thresholds, Weights,
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
