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
    foreign_script: -0.3015,
    foreign_lang: 0.7070,
    lexicon: 4.0106,
    lexicon_density: 5.1676,
    link: 1.6840,
    contact: 2.4376,
    money: 0.4455,
    brand_digits: 2.5058,
    obfuscation: 5.7117,
    shouting: 2.9942,
    address: 2.8837,
    emphasis: 1.2824,
    off_topic: 0.4605,
    short: 1.5492,
    custom_rule: 1.0000,
    context_bias: -1.4285,
    context_self: 0.9796,
    neighbors: 4.6869,
    document: -1.2723,
    outlier: -3.8857,
    topic: 2.2075,
    stranger: 5.0983,
    spam_page: 4.7893,
    elsewhere: 1.0585,
    echo: 4.5293,
};
