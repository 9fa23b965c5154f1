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
    bias: -3.5828,
    foreign_script: -0.6765,
    foreign_lang: 0.9525,
    lexicon: 3.7003,
    lexicon_density: 5.2583,
    link: 1.8078,
    contact: 2.9655,
    money: 0.2376,
    brand_digits: 2.2303,
    obfuscation: 5.1175,
    shouting: 3.0559,
    emphasis: 1.2330,
    off_topic: 0.5542,
    short: 1.0736,
    custom_rule: 1.0000,
    context_bias: -0.6835,
    context_self: 0.9842,
    neighbors: 1.3984,
    document: 0.6389,
    outlier: 0.3048,
    topic: 0.7721,
};
