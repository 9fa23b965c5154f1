// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.961 recall 0.741 F1 0.837 FPR 0.74%, clean documents with a false positive 2.99%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3350,
    spam: 0.6700,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0123,
    foreign_script: -0.2370,
    foreign_lang: 0.7017,
    lexicon: 3.4975,
    lexicon_density: 5.1550,
    link: 1.7408,
    contact: 2.4628,
    money: 0.5061,
    brand_digits: 2.5872,
    obfuscation: 5.6949,
    shouting: 2.9867,
    address: 2.9663,
    emphasis: 1.3027,
    off_topic: 0.4717,
    short: 1.5255,
    custom_rule: 1.0000,
    context_bias: -1.5335,
    context_self: 0.9276,
    neighbors: 4.8373,
    document: -1.2559,
    outlier: -3.4002,
    topic: 2.1003,
    stranger: 4.9572,
    spam_page: 5.7853,
    elsewhere: 1.2332,
};
