// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.966 recall 0.772 F1 0.858 FPR 0.67%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3400,
    spam: 0.6800,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0186,
    foreign_script: -0.3018,
    foreign_lang: 0.7037,
    lexicon: 4.0048,
    lexicon_density: 5.1801,
    link: 1.6859,
    contact: 2.4461,
    money: 0.4447,
    brand_digits: 2.5047,
    obfuscation: 5.7112,
    shouting: 2.9928,
    address: 2.8879,
    emphasis: 1.2861,
    off_topic: 0.4634,
    short: 1.5491,
    custom_rule: 1.0000,
    context_bias: -1.4512,
    context_self: 0.9794,
    neighbors: 4.6668,
    document: -1.4136,
    outlier: -3.7072,
    topic: 2.2475,
    stranger: 4.9242,
    spam_page: 5.1397,
    elsewhere: 1.0604,
    echo: 3.1077,
};
