// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.966 recall 0.771 F1 0.857 FPR 0.66%, clean documents with a false positive 2.72%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3450,
    spam: 0.6900,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0157,
    foreign_script: -0.2927,
    foreign_lang: 0.7091,
    lexicon: 4.0067,
    lexicon_density: 5.1750,
    link: 1.6685,
    contact: 2.4141,
    money: 0.4458,
    brand_digits: 2.5191,
    obfuscation: 5.6917,
    shouting: 2.9948,
    address: 2.8878,
    emphasis: 1.2897,
    off_topic: 0.4519,
    short: 1.5472,
    custom_rule: 1.0000,
    context_bias: -1.4290,
    context_self: 0.9801,
    neighbors: 4.6804,
    document: -1.2638,
    outlier: -3.8873,
    topic: 2.2179,
    stranger: 5.0984,
    spam_page: 4.7947,
    elsewhere: 1.0557,
    echo: 4.5472,
};
