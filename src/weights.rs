// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.968 recall 0.771 F1 0.858 FPR 0.62%, clean documents with a false positive 3.12%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3450,
    spam: 0.6900,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -3.9759,
    foreign_script: -0.3778,
    foreign_lang: 0.7462,
    lexicon: 4.2629,
    lexicon_density: 4.9507,
    link: 1.6222,
    contact: 2.4127,
    money: 0.5051,
    brand_digits: 2.4825,
    obfuscation: 5.7137,
    shouting: 3.0204,
    address: 2.8682,
    emphasis: 1.1251,
    reporting: -3.0765,
    off_topic: 0.4783,
    short: 1.4983,
    custom_rule: 1.0000,
    context_bias: -1.4846,
    context_self: 0.9797,
    neighbors: 4.5937,
    document: -1.2495,
    outlier: -3.7533,
    topic: 2.2118,
    stranger: 4.9878,
    spam_page: 4.8158,
    elsewhere: 1.1012,
    echo: 4.3921,
};
