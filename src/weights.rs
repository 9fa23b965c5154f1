// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.961 recall 0.749 F1 0.842 FPR 0.75%, clean documents with a false positive 3.12%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3400,
    spam: 0.6800,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0256,
    foreign_script: -0.2398,
    foreign_lang: 0.7129,
    lexicon: 3.3994,
    lexicon_density: 5.5232,
    link: 1.7391,
    contact: 2.4587,
    money: 0.5052,
    brand_digits: 2.5813,
    obfuscation: 5.6945,
    shouting: 2.9889,
    address: 2.9664,
    emphasis: 1.3024,
    off_topic: 0.4815,
    short: 1.5380,
    custom_rule: 1.0000,
    context_bias: -1.5406,
    context_self: 0.9293,
    neighbors: 4.8728,
    document: -1.2437,
    outlier: -3.3659,
    topic: 2.0806,
    stranger: 4.9249,
    spam_page: 5.7941,
    elsewhere: 1.2211,
};
