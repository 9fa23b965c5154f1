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
    bias: -4.0058,
    foreign_script: -0.3278,
    foreign_lang: 0.7157,
    lexicon: 3.4717,
    lexicon_density: 5.1097,
    link: 1.7080,
    contact: 2.7091,
    money: 0.5006,
    brand_digits: 2.5978,
    obfuscation: 5.4313,
    shouting: 3.0022,
    address: 3.0230,
    emphasis: 1.3349,
    off_topic: 0.5591,
    short: 1.4902,
    custom_rule: 1.0000,
    context_bias: -0.8871,
    context_self: 0.9913,
    neighbors: 1.3742,
    document: 1.3431,
    outlier: 0.3523,
    topic: 1.0358,
};
