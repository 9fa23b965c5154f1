// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.967 recall 0.768 F1 0.856 FPR 0.64%, clean documents with a false positive 2.72%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3450,
    spam: 0.6900,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0094,
    foreign_script: -0.3125,
    foreign_lang: 0.7143,
    lexicon: 4.1744,
    lexicon_density: 5.0873,
    link: 1.6820,
    contact: 2.4356,
    money: 0.4383,
    brand_digits: 2.4995,
    obfuscation: 5.7125,
    shouting: 2.9923,
    address: 2.8911,
    emphasis: 1.2646,
    off_topic: 0.4493,
    short: 1.5398,
    custom_rule: 1.0000,
    context_bias: -1.4405,
    context_self: 0.9787,
    neighbors: 4.6676,
    document: -1.2577,
    outlier: -3.8815,
    topic: 2.2224,
    stranger: 5.0934,
    spam_page: 4.7512,
    elsewhere: 1.0714,
    echo: 4.5086,
};
