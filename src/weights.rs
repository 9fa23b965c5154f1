// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.954 recall 0.687 F1 0.799 FPR 0.82%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3750,
    spam: 0.7500,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0141,
    foreign_script: -0.2759,
    foreign_lang: 0.6891,
    lexicon: 3.4803,
    lexicon_density: 5.1748,
    link: 1.7570,
    contact: 2.4754,
    money: 0.5008,
    brand_digits: 2.5614,
    obfuscation: 5.6732,
    shouting: 3.0368,
    address: 3.0020,
    emphasis: 1.3071,
    off_topic: 0.5253,
    short: 1.5049,
    custom_rule: 1.0000,
    context_bias: -0.8945,
    context_self: 0.9971,
    neighbors: 1.4298,
    document: 1.3880,
    outlier: 0.3306,
    topic: 1.3576,
};
