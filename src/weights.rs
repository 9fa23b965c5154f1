// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// no cross-validation

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3700,
    spam: 0.7400,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0184,
    foreign_script: -0.3087,
    foreign_lang: 0.7150,
    lexicon: 3.4510,
    lexicon_density: 5.1812,
    link: 1.6964,
    contact: 2.7252,
    money: 0.5224,
    brand_digits: 2.6131,
    obfuscation: 5.4416,
    shouting: 3.0140,
    address: 3.0249,
    emphasis: 1.3491,
    off_topic: 0.5506,
    short: 1.4956,
    custom_rule: 1.0000,
    context_bias: -0.9042,
    context_self: 0.9918,
    neighbors: 1.4204,
    document: 1.3560,
    outlier: 0.3394,
    topic: 1.4821,
};
