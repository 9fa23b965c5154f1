// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.953 recall 0.684 F1 0.796 FPR 0.83%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3750,
    spam: 0.7500,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0062,
    foreign_script: -0.3118,
    foreign_lang: 0.6920,
    lexicon: 3.4501,
    lexicon_density: 5.1677,
    link: 1.7452,
    contact: 2.4532,
    money: 0.4807,
    brand_digits: 2.5799,
    obfuscation: 5.6202,
    shouting: 3.0190,
    address: 2.9855,
    emphasis: 1.3748,
    off_topic: 0.5458,
    short: 1.4865,
    custom_rule: 1.0000,
    context_bias: -0.8855,
    context_self: 0.9950,
    neighbors: 1.4074,
    document: 1.3651,
    outlier: 0.3259,
    topic: 1.4151,
};
