// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.966 recall 0.770 F1 0.857 FPR 0.66%, clean documents with a false positive 2.72%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3400,
    spam: 0.6800,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0053,
    foreign_script: -0.2944,
    foreign_lang: 0.6907,
    lexicon: 4.1820,
    lexicon_density: 5.0908,
    link: 1.6686,
    contact: 2.4481,
    money: 0.4424,
    brand_digits: 2.5046,
    obfuscation: 5.7123,
    shouting: 2.9902,
    address: 2.9221,
    emphasis: 1.2630,
    off_topic: 0.4495,
    short: 1.5319,
    custom_rule: 1.0000,
    context_bias: -1.4759,
    context_self: 0.9765,
    neighbors: 4.6358,
    document: -1.2324,
    outlier: -3.7734,
    topic: 2.1983,
    stranger: 5.0084,
    spam_page: 4.7733,
    elsewhere: 1.0701,
    echo: 4.4809,
};
