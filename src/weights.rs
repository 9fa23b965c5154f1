// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.962 recall 0.769 F1 0.854 FPR 0.74%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3400,
    spam: 0.6800,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0342,
    foreign_script: -0.2691,
    foreign_lang: 0.7202,
    lexicon: 3.4726,
    lexicon_density: 5.4640,
    link: 1.7160,
    contact: 2.4586,
    money: 0.4784,
    brand_digits: 2.5364,
    obfuscation: 5.7011,
    shouting: 2.9935,
    address: 2.9501,
    emphasis: 1.3252,
    off_topic: 0.4765,
    short: 1.5366,
    custom_rule: 1.0000,
    context_bias: -1.4138,
    context_self: 0.9694,
    neighbors: 4.2210,
    document: -1.4609,
    outlier: -3.7840,
    topic: 2.0434,
    stranger: 4.9582,
    spam_page: 4.9716,
    elsewhere: 1.1308,
    echo: 3.1076,
};
