// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// no cross-validation

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3600,
    spam: 0.7200,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -3.5783,
    foreign_script: -0.6820,
    foreign_lang: 0.9527,
    lexicon: 3.7049,
    lexicon_density: 5.2556,
    link: 1.8298,
    contact: 2.9610,
    money: 0.2380,
    brand_digits: 2.2252,
    obfuscation: 5.1959,
    shouting: 3.0563,
    emphasis: 1.2407,
    off_topic: 0.5437,
    short: 1.0680,
    custom_rule: 1.0000,
    context_bias: -0.6896,
    context_self: 0.9848,
    neighbors: 1.4090,
    document: 0.6342,
    outlier: 0.3145,
    topic: 0.7711,
};
