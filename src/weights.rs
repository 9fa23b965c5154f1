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
    bias: -4.0100,
    foreign_script: -0.3263,
    foreign_lang: 0.7055,
    lexicon: 4.1666,
    lexicon_density: 5.0922,
    link: 1.6740,
    contact: 2.4420,
    money: 0.4415,
    brand_digits: 2.5016,
    obfuscation: 5.7142,
    shouting: 2.9916,
    address: 2.8977,
    emphasis: 1.2639,
    off_topic: 0.4540,
    short: 1.5405,
    custom_rule: 1.0000,
    context_bias: -1.4450,
    context_self: 0.9789,
    neighbors: 4.6684,
    document: -1.2552,
    outlier: -3.8687,
    topic: 2.2217,
    stranger: 5.0881,
    spam_page: 4.7688,
    elsewhere: 1.0690,
    echo: 4.5024,
};
