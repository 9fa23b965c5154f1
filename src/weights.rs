// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.962 recall 0.750 F1 0.843 FPR 0.71%, clean documents with a false positive 2.72%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3350,
    spam: 0.6700,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0344,
    foreign_script: -0.2779,
    foreign_lang: 0.7242,
    lexicon: 3.4642,
    lexicon_density: 5.4811,
    link: 1.7090,
    contact: 2.4840,
    money: 0.4845,
    brand_digits: 2.5331,
    obfuscation: 5.7150,
    shouting: 2.9946,
    address: 2.9533,
    emphasis: 1.3176,
    off_topic: 0.4778,
    short: 1.5399,
    custom_rule: 1.0000,
    context_bias: -1.6059,
    context_self: 0.9346,
    neighbors: 4.9127,
    document: -1.2384,
    outlier: -3.3506,
    topic: 2.1449,
    stranger: 4.9061,
    spam_page: 5.7816,
    elsewhere: 1.3028,
};
