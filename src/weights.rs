// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.956 recall 0.698 F1 0.806 FPR 0.79%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3600,
    spam: 0.7200,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0142,
    foreign_script: -0.2757,
    foreign_lang: 0.6893,
    lexicon: 3.4801,
    lexicon_density: 5.1751,
    link: 1.7570,
    contact: 2.4753,
    money: 0.5018,
    brand_digits: 2.5616,
    obfuscation: 5.6711,
    shouting: 3.0369,
    address: 3.0021,
    emphasis: 1.3071,
    off_topic: 0.5251,
    short: 1.5050,
    custom_rule: 1.0000,
    context_bias: -1.4107,
    context_self: 0.9740,
    neighbors: 6.1551,
    document: 0.6148,
    outlier: 0.6591,
    topic: 1.4264,
};
