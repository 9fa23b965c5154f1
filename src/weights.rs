// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.967 recall 0.768 F1 0.856 FPR 0.64%, clean documents with a false positive 2.72%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3450,
    spam: 0.6900,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0097,
    foreign_script: -0.3106,
    foreign_lang: 0.7148,
    lexicon: 4.1562,
    lexicon_density: 5.0980,
    link: 1.6828,
    contact: 2.4351,
    money: 0.4409,
    brand_digits: 2.5001,
    obfuscation: 5.7125,
    shouting: 2.9924,
    address: 2.8919,
    emphasis: 1.2663,
    off_topic: 0.4488,
    short: 1.5397,
    custom_rule: 1.0000,
    context_bias: -1.4404,
    context_self: 0.9789,
    neighbors: 4.6699,
    document: -1.2609,
    outlier: -3.8821,
    topic: 2.2296,
    stranger: 5.0939,
    spam_page: 4.7550,
    elsewhere: 1.0720,
    echo: 4.5106,
};
