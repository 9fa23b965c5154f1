// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.965 recall 0.769 F1 0.856 FPR 0.67%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3450,
    spam: 0.6900,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0182,
    foreign_script: -0.3012,
    foreign_lang: 0.7032,
    lexicon: 4.0067,
    lexicon_density: 5.1764,
    link: 1.6815,
    contact: 2.4471,
    money: 0.4447,
    brand_digits: 2.5053,
    obfuscation: 5.7114,
    shouting: 2.9929,
    address: 2.8880,
    emphasis: 1.2866,
    off_topic: 0.4626,
    short: 1.5486,
    custom_rule: 1.0000,
    context_bias: -1.4298,
    context_self: 0.9795,
    neighbors: 4.6857,
    document: -1.2692,
    outlier: -3.8835,
    topic: 2.2072,
    stranger: 5.0963,
    spam_page: 4.7896,
    elsewhere: 1.0580,
    echo: 4.5253,
};
