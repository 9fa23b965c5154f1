// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.966 recall 0.770 F1 0.857 FPR 0.66%, clean documents with a false positive 2.72%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3450,
    spam: 0.6900,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0077,
    foreign_script: -0.3030,
    foreign_lang: 0.7011,
    lexicon: 4.1832,
    lexicon_density: 5.0956,
    link: 1.6720,
    contact: 2.4406,
    money: 0.4391,
    brand_digits: 2.5008,
    obfuscation: 5.7129,
    shouting: 2.9918,
    address: 2.8972,
    emphasis: 1.2608,
    off_topic: 0.4513,
    short: 1.5373,
    custom_rule: 1.0000,
    context_bias: -1.4458,
    context_self: 0.9785,
    neighbors: 4.6685,
    document: -1.2508,
    outlier: -3.8674,
    topic: 2.2165,
    stranger: 5.0874,
    spam_page: 4.7620,
    elsewhere: 1.0672,
    echo: 4.5013,
};
