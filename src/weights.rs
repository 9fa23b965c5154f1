// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// no cross-validation

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3750,
    spam: 0.7500,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0080,
    foreign_script: -0.2955,
    foreign_lang: 0.6965,
    lexicon: 3.4582,
    lexicon_density: 5.1673,
    link: 1.7454,
    contact: 2.4527,
    money: 0.4874,
    brand_digits: 2.6021,
    obfuscation: 5.4469,
    shouting: 3.0208,
    address: 2.9919,
    emphasis: 1.3944,
    off_topic: 0.5348,
    short: 1.4888,
    custom_rule: 1.0000,
    context_bias: -0.8806,
    context_self: 0.9943,
    neighbors: 1.4088,
    document: 1.3576,
    outlier: 0.3173,
    topic: 1.4195,
};
