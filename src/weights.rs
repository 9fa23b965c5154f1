// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.953 recall 0.685 F1 0.797 FPR 0.83%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3750,
    spam: 0.7500,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0187,
    foreign_script: -0.3014,
    foreign_lang: 0.6935,
    lexicon: 3.4554,
    lexicon_density: 5.1842,
    link: 1.7515,
    contact: 2.4582,
    money: 0.4898,
    brand_digits: 2.5895,
    obfuscation: 5.6277,
    shouting: 3.0264,
    address: 2.9933,
    emphasis: 1.3699,
    off_topic: 0.5469,
    short: 1.5026,
    custom_rule: 1.0000,
    context_bias: -0.8865,
    context_self: 0.9961,
    neighbors: 1.4250,
    document: 1.3680,
    outlier: 0.3242,
    topic: 1.3357,
};
