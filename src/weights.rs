// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.966 recall 0.720 F1 0.825 FPR 0.62%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3650,
    spam: 0.7300,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0161,
    foreign_script: -0.2339,
    foreign_lang: 0.6964,
    lexicon: 3.5120,
    lexicon_density: 5.1250,
    link: 1.7386,
    contact: 2.4549,
    money: 0.4982,
    brand_digits: 2.5890,
    obfuscation: 5.6882,
    shouting: 2.9862,
    address: 2.9652,
    emphasis: 1.3176,
    off_topic: 0.4883,
    short: 1.5265,
    custom_rule: 1.0000,
    context_bias: -0.8192,
    context_self: 0.9357,
    neighbors: 5.7379,
    document: -0.8362,
    outlier: -3.2972,
    topic: 1.6530,
    stranger: 4.8632,
    spam_page: 5.7195,
};
