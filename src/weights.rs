// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.965 recall 0.773 F1 0.858 FPR 0.68%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3450,
    spam: 0.6900,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0266,
    foreign_script: -0.2989,
    foreign_lang: 0.7006,
    lexicon: 3.9632,
    lexicon_density: 5.2057,
    link: 1.6925,
    contact: 2.4488,
    money: 0.4522,
    brand_digits: 2.5098,
    obfuscation: 5.7122,
    shouting: 2.9954,
    address: 2.8908,
    emphasis: 1.2880,
    off_topic: 0.4714,
    short: 1.5569,
    custom_rule: 1.0000,
    context_bias: -1.4375,
    context_self: 0.9776,
    neighbors: 4.6042,
    document: -1.4271,
    outlier: -3.7302,
    topic: 2.2457,
    stranger: 4.9380,
    spam_page: 5.0955,
    elsewhere: 1.0671,
    echo: 3.1110,
};
