// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// no cross-validation

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds { suspicious: 0.3500, spam: 0.7000 };

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -3.6063,
    foreign_script: -1.2569,
    foreign_lang: 1.3246,
    lexicon: 3.4536,
    lexicon_density: 5.1774,
    link: 1.9863,
    contact: 3.0904,
    money: 0.3422,
    brand_digits: 2.1508,
    obfuscation: 5.0872,
    shouting: 3.0584,
    emphasis: 1.3310,
    off_topic: 0.8491,
    short: 1.1021,
    custom_rule: 1.0000,
    context_bias: -0.6730,
    context_self: 0.9892,
    neighbors: 1.4189,
    document: 0.6227,
    outlier: 0.3291,
};
