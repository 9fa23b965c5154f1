// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.966 recall 0.721 F1 0.825 FPR 0.63%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3650,
    spam: 0.7300,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0123,
    foreign_script: -0.2370,
    foreign_lang: 0.7017,
    lexicon: 3.4975,
    lexicon_density: 5.1550,
    link: 1.7408,
    contact: 2.4628,
    money: 0.5061,
    brand_digits: 2.5872,
    obfuscation: 5.6949,
    shouting: 2.9867,
    address: 2.9663,
    emphasis: 1.3027,
    off_topic: 0.4717,
    short: 1.5255,
    custom_rule: 1.0000,
    context_bias: -0.7906,
    context_self: 0.9381,
    neighbors: 5.7269,
    document: -0.8170,
    outlier: -3.3540,
    topic: 1.6543,
    stranger: 4.8895,
    spam_page: 5.6885,
};
