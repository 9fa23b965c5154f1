// Default thresholds and weights, fitted by examples/fit.rs on ../shared/data/dev.jsonl:
//   cargo run --release --example fit -- ../shared/data/dev.jsonl
// Do not edit by hand; rerun the fit.
// 5-fold cross-validation (paragraphs): precision 0.963 recall 0.767 F1 0.854 FPR 0.72%, clean documents with a false positive 2.85%

use crate::config::{Thresholds, Weights};

pub(crate) const THRESHOLDS: Thresholds = Thresholds {
    suspicious: 0.3400,
    spam: 0.6800,
};

pub(crate) const WEIGHTS: Weights = Weights {
    bias: -4.0337,
    foreign_script: -0.2742,
    foreign_lang: 0.7240,
    lexicon: 3.4673,
    lexicon_density: 5.4665,
    link: 1.7094,
    contact: 2.4842,
    money: 0.4853,
    brand_digits: 2.5342,
    obfuscation: 5.7151,
    shouting: 2.9950,
    address: 2.9540,
    emphasis: 1.3182,
    off_topic: 0.4759,
    short: 1.5379,
    custom_rule: 1.0000,
    context_bias: -1.4228,
    context_self: 0.9687,
    neighbors: 4.2195,
    document: -1.4647,
    outlier: -3.7756,
    topic: 2.0419,
    stranger: 4.9514,
    spam_page: 4.9682,
    elsewhere: 1.1383,
    echo: 3.1077,
};
