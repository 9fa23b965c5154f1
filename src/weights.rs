// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.966 recall 0.772 F1 0.858 FPR 0.67%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3400,
    spam: 0.6800,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0185,
    foreign_script: -0.3012,
    foreign_lang: 0.7036,
    lexicon: 4.0029,
    lexicon_density: 5.1815,
    link: 1.6860,
    contact: 2.4465,
    money: 0.4449,
    brand_digits: 2.5049,
    obfuscation: 5.7113,
    shouting: 2.9929,
    address: 2.8879,
    emphasis: 1.2845,
    off_topic: 0.4633,
    short: 1.5491,
    custom_rule: 1.0000,
    context_bias: -1.4508,
    context_self: 0.9795,
    neighbors: 4.6670,
    document: -1.4136,
    outlier: -3.7071,
    topic: 2.2475,
    stranger: 4.9247,
    spam_page: 5.1406,
    elsewhere: 1.0598,
    echo: 3.1075,
};
