// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// no cross-validation

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3500,
    spam: 0.7000,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -3.5540,
    foreign_script: -1.2884,
    foreign_lang: 1.3089,
    lexicon: 3.5010,
    lexicon_density: 5.2601,
    link: 2.1105,
    contact: 3.0045,
    money: 0.2981,
    brand_digits: 2.9930,
    obfuscation: 5.1321,
    shouting: 3.0230,
    emphasis: 1.3289,
    off_topic: 0.7889,
    short: 1.0349,
    custom_rule: 1.0000,
    context_bias: -0.6709,
    context_self: 0.9914,
    neighbors: 1.4421,
    document: 0.6483,
    outlier: 0.3120,
};
