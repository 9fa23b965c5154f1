// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.968 recall 0.831 F1 0.895 FPR 0.66%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3150,
    spam: 0.6300,
    page: 0.5000,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -3.9408,
    foreign_script: -0.7136,
    foreign_lang: 0.6081,
    lexicon: 3.9444,
    lexicon_density: 5.0625,
    link: 1.6916,
    contact: 2.2500,
    money: 0.5089,
    brand_digits: 2.4633,
    obfuscation: 5.5055,
    shouting: 2.9196,
    address: 2.7607,
    emphasis: 2.1639,
    reporting: -2.9716,
    off_topic: 0.3204,
    short: 1.3625,
    custom_rule: 1.0000,
    context_bias: -1.4619,
    context_self: 0.9922,
    neighbors: 3.0616,
    document: -1.3816,
    outlier: -3.3060,
    topic: 1.3061,
    stranger: 4.8402,
    spam_page: 3.3648,
    elsewhere: 0.5257,
    echo: 4.2622,
    woven: 4.6078,
};
