// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.965 recall 0.830 F1 0.892 FPR 0.73%, clean documents with a false positive 2.99%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3100,
    spam: 0.6200,
    page: 0.5000,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -3.9535,
    foreign_script: -0.5532,
    foreign_lang: 0.6453,
    lexicon: 3.9535,
    lexicon_density: 5.0387,
    link: 1.6891,
    contact: 2.2183,
    money: 0.5005,
    brand_digits: 2.4442,
    obfuscation: 5.4870,
    shouting: 2.9120,
    address: 2.7500,
    emphasis: 2.2136,
    reporting: -2.9894,
    off_topic: 0.3390,
    short: 1.3623,
    custom_rule: 1.0000,
    context_bias: -1.4473,
    context_self: 0.9937,
    neighbors: 3.0920,
    document: -1.3919,
    outlier: -3.4054,
    topic: 1.3148,
    stranger: 4.9266,
    spam_page: 3.2982,
    elsewhere: 0.5408,
    echo: 4.2897,
    woven: 4.6348,
};
