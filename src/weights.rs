// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// no cross-validation

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3900,
    spam: 0.7800,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -3.2637,
    foreign_script: -1.4413,
    foreign_lang: 1.2979,
    lexicon: 4.0172,
    lexicon_density: 3.0287,
    link: 2.2120,
    contact: 3.8403,
    money: 0.7016,
    brand_digits: 3.1914,
    obfuscation: 4.4072,
    shouting: 2.9089,
    emphasis: 1.2646,
    off_topic: 0.7575,
    short: 0.7276,
    custom_rule: 1.0000,
    context_bias: -0.5957,
    context_self: 0.9761,
    neighbors: 1.1166,
    document: 0.4991,
    outlier: 0.2841,
};
