// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.968 recall 0.769 F1 0.857 FPR 0.61%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3450,
    spam: 0.6900,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -3.9731,
    foreign_script: -0.3810,
    foreign_lang: 0.7257,
    lexicon: 4.2486,
    lexicon_density: 4.9424,
    link: 1.6264,
    contact: 2.3951,
    money: 0.5118,
    brand_digits: 2.4698,
    obfuscation: 5.6884,
    shouting: 3.0091,
    address: 2.8643,
    emphasis: 1.2308,
    reporting: -3.0823,
    off_topic: 0.4887,
    short: 1.4844,
    custom_rule: 1.0000,
    context_bias: -1.4692,
    context_self: 0.9806,
    neighbors: 4.5785,
    document: -1.2511,
    outlier: -3.7852,
    topic: 2.2069,
    stranger: 5.0113,
    spam_page: 4.8220,
    elsewhere: 1.0931,
    echo: 4.4357,
};
