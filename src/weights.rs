// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.966 recall 0.771 F1 0.858 FPR 0.67%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3400,
    spam: 0.6800,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0194,
    foreign_script: -0.3002,
    foreign_lang: 0.7077,
    lexicon: 3.9481,
    lexicon_density: 5.2005,
    link: 1.6806,
    contact: 2.4426,
    money: 0.4481,
    brand_digits: 2.5076,
    obfuscation: 5.7076,
    shouting: 2.9892,
    address: 2.9326,
    emphasis: 1.2997,
    off_topic: 0.4643,
    short: 1.5427,
    custom_rule: 1.0000,
    context_bias: -1.4407,
    context_self: 0.9779,
    neighbors: 4.5993,
    document: -1.4128,
    outlier: -3.7346,
    topic: 2.2391,
    stranger: 4.9381,
    spam_page: 5.0895,
    elsewhere: 1.0718,
    echo: 3.0959,
};
