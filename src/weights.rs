// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.965 recall 0.771 F1 0.857 FPR 0.68%, clean documents with a false positive 2.72%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3400,
    spam: 0.6800,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0804,
    foreign_script: -0.2976,
    foreign_lang: 0.6626,
    lexicon: 3.9909,
    lexicon_density: 5.1944,
    link: 1.7273,
    contact: 2.4217,
    money: 0.4390,
    brand_digits: 2.5370,
    obfuscation: 5.6552,
    shouting: 3.0130,
    address: 2.7972,
    emphasis: 1.3265,
    off_topic: 0.5258,
    short: 1.6131,
    custom_rule: 1.0000,
    context_bias: -1.4155,
    context_self: 0.9769,
    neighbors: 4.5818,
    document: -1.4612,
    outlier: -3.7416,
    topic: 2.2242,
    stranger: 4.9463,
    spam_page: 5.0816,
    elsewhere: 1.0600,
    echo: 3.1566,
};
