// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.966 recall 0.812 F1 0.883 FPR 0.69%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3250,
    spam: 0.6500,
    page: 0.5000,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -3.9755,
    foreign_script: -0.3747,
    foreign_lang: 0.7458,
    lexicon: 4.2618,
    lexicon_density: 4.9537,
    link: 1.6240,
    contact: 2.4150,
    money: 0.5056,
    brand_digits: 2.4817,
    obfuscation: 5.7163,
    shouting: 3.0189,
    address: 2.8607,
    emphasis: 1.1177,
    reporting: -3.0725,
    off_topic: 0.4769,
    short: 1.4998,
    custom_rule: 1.0000,
    context_bias: -1.3725,
    context_self: 0.9941,
    neighbors: 3.1684,
    document: -1.4116,
    outlier: -3.5676,
    topic: 2.3185,
    stranger: 5.0117,
    spam_page: 3.4638,
    elsewhere: 0.5917,
    echo: 4.4940,
    woven: 4.2618,
};
