//! From evidence to signal values, and from signal values to a score:
//! small pure functions.

use crate::report::Signal;

/// Number of signals.
pub(crate) const N_SIGNALS: usize = Signal::ALL.len();

/// Signal values of one paragraph, in [`Signal::ALL`] order.
///
/// # Examples
///
/// ```
/// let det = interloper::Detector::new();
/// let doc = "A calm report on the weather.\n\nDaftar slot gacor maxwin hari ini!!!";
/// let signals = det.signals(doc);
/// assert!(signals[1].1.get(interloper::Signal::Lexicon) > signals[0].1.get(interloper::Signal::Lexicon));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Signals(pub(crate) [f64; N_SIGNALS]);

impl Signals {
    /// The value of one signal, mostly in `[0, 1]` (custom rules add their
    /// weights).
    pub fn get(&self, s: Signal) -> f64 {
        self.0[s.index()]
    }

    /// All values with their signals.
    pub fn iter(&self) -> impl Iterator<Item = (Signal, f64)> + '_ {
        Signal::ALL.iter().map(|&s| (s, self.0[s.index()]))
    }

    pub(crate) fn set(&mut self, s: Signal, v: f64) {
        self.0[s.index()] = v;
    }
}

/// `1 - e^(-x)`: a count or weighted sum squashed into `[0, 1)`.
pub(crate) fn saturate(x: f64) -> f64 {
    if x <= 0.0 { 0.0 } else { 1.0 - (-x).exp() }
}

/// The logistic function.
pub(crate) fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// How foreign a share in the rest of the document is: 1 when absent,
/// falling linearly to 0 at `common`.
pub(crate) fn rarity(share_rest: f64, common: f64) -> f64 {
    (1.0 - share_rest / common).clamp(0.0, 1.0)
}

/// Lexicon density: weighted hits per about ten words (50 letters).
pub(crate) fn density(weighted_hits: f64, letters: u32) -> f64 {
    (weighted_hits * 50.0 / f64::from(letters.max(50))).min(1.0)
}

/// Shouting: how far the capitals' share exceeds 30%, for paragraphs with
/// at least 12 letters.
pub(crate) fn shouting(upper: u32, letters: u32) -> f64 {
    if letters < 12 {
        return 0.0;
    }
    ((f64::from(upper) / f64::from(letters) - 0.3) / 0.7).clamp(0.0, 1.0)
}

/// Shortness: 1 without letters, 0 from 40 letters on.
pub(crate) fn short(letters: u32) -> f64 {
    (1.0 - f64::from(letters) / 40.0).clamp(0.0, 1.0)
}

/// How far the rest of the document is past a quarter spam (its mean
/// stage-one probability), in `[0, 1]`: 0 up to 25%, 1 from 75%. Injected
/// documents stay low, documents that are mostly spam go high.
pub(crate) fn majority(mean_spam: f64) -> f64 {
    ((mean_spam - 0.25) / 0.5).clamp(0.0, 1.0)
}

/// How surrounded by spam each paragraph is: the lower of the mean
/// stage-one probability of the paragraphs before it and of those after it.
/// At the document's edges only one side is known, and counts half; in a
/// document of one or two paragraphs nothing surrounds anything, and every
/// paragraph scores 0. Spam comes in runs (comment tails, whole spam
/// pages), so a paragraph inside a run scores high on both sides; a clean
/// paragraph next to a lone injected line, or above a spam tail, has a
/// clean side.
///
/// ```text
/// p1:          0.1  0.9  0.1  0.9  0.9
/// surrounded:  0.35 0.1  0.5  0.37 0.25
/// ```
pub(crate) fn surrounded(p1: &[f64]) -> Vec<f64> {
    let total: f64 = p1.iter().sum();
    let n = p1.len();
    let mut before = 0.0;
    p1.iter()
        .enumerate()
        .map(|(i, &p)| {
            let after = total - before - p;
            let sides = [
                (i > 0).then(|| before / i as f64),
                (i + 1 < n).then(|| after / (n - i - 1) as f64),
            ];
            before += p;
            match sides {
                [Some(a), Some(b)] => a.min(b),
                [Some(a), None] | [None, Some(a)] if n > 2 => a / 2.0,
                _ => 0.0,
            }
            .clamp(0.0, 1.0)
        })
        .collect()
}

/// The stranger signal: off-topic (vocabulary not shared with the rest of
/// the document) and outlier (not shared with its clean-looking part) at
/// once, `off_topic × outlier²`. The square keeps a paragraph that shares
/// some words with the clean part well below one that shares none.
pub(crate) fn stranger(off_topic: f64, outlier: f64) -> f64 {
    (off_topic * outlier * outlier).clamp(0.0, 1.0)
}

/// The spam-page signal: how much of the document is spam (the `document`
/// signal), for a paragraph that shares its vocabulary and is not short
/// (`1 - min(1, off_topic + short)`).
pub(crate) fn spam_page(document: f64, off_topic: f64, short: f64) -> f64 {
    (document * (1.0 - (off_topic + short).min(1.0))).clamp(0.0, 1.0)
}

/// Echo of spam: how much a clean-looking paragraph's vocabulary is that
/// of spam-looking paragraphs. `kin` is the mean stage-one probability of
/// the other paragraphs that use its words (see `coherence::kin`), scaled
/// by how clean the paragraph looks on its own (`1 - p1`): a plain
/// sentence of a spam e-mail repeats what the e-mail's loud lines sell,
/// while a host's paragraph shares its words with the rest of the host.
pub(crate) fn echo(kin: f64, p1: f64) -> f64 {
    (kin * (1.0 - p1)).clamp(0.0, 1.0)
}

/// Stage-one probability from which a paragraph counts as clear spam for
/// [`woven`].
const CLEAR_SPAM: f64 = 0.9;

/// Number of clear-spam paragraphs whose fit [`woven`] trusts in full.
const WOVEN_FULL: f64 = 3.0;

/// Woven-in spam, for each paragraph: how well the clear spam among the
/// *other* paragraphs (stage-one probability `p1` at least [`CLEAR_SPAM`])
/// fits the document, the mean of their `1 − off_topic` (`off_topic`: the
/// share of a paragraph's words that no other paragraph uses), times
/// `min(1, their number / 3)`.
///
/// The loud lines of a spam page or e-mail talk about what its plain lines
/// talk about, so they share its words, and the plain lines are spam too;
/// an injected ad shares few words with the page it was spliced into, and
/// its host stays clean. One clear line is weak evidence either way.
///
/// ```text
/// p1:         0.95 0.2  0.97 0.1
/// off_topic:  0.1  0.0  0.3  0.0
/// woven:      0.23 0.53 0.30 0.53  (for the second: mean(0.9, 0.7) × 2/3)
/// ```
pub(crate) fn woven(p1: &[f64], off_topic: &[f64]) -> Vec<f64> {
    let clear = |i: usize| p1[i] >= CLEAR_SPAM;
    let fit = |i: usize| 1.0 - off_topic[i].clamp(0.0, 1.0);
    let n = (0..p1.len()).filter(|&i| clear(i)).count();
    let total: f64 = (0..p1.len()).filter(|&i| clear(i)).map(fit).sum();
    (0..p1.len())
        .map(|i| {
            let (n, total) = if clear(i) {
                (n - 1, total - fit(i))
            } else {
                (n, total)
            };
            if n == 0 {
                return 0.0;
            }
            let n = n as f64;
            (total / n * (n / WOVEN_FULL).min(1.0)).clamp(0.0, 1.0)
        })
        .collect()
}

/// Spam elsewhere: for each paragraph, the highest stage-one probability
/// among the other paragraphs (0 in a document of one paragraph).
///
/// ```text
/// p1:         0.1  0.9  0.3
/// elsewhere:  0.9  0.3  0.9
/// ```
pub(crate) fn elsewhere(p1: &[f64]) -> Vec<f64> {
    // The best and second-best values: a paragraph that holds the best
    // sees the second.
    let (mut top, mut second) = (None::<(usize, f64)>, 0.0f64);
    for (i, &p) in p1.iter().enumerate() {
        match top {
            Some((_, t)) if p <= t => second = second.max(p),
            _ => {
                second = top.map_or(0.0, |(_, t)| t);
                top = Some((i, p));
            }
        }
    }
    (0..p1.len())
        .map(|i| match top {
            Some((j, _)) if j == i => second,
            Some((_, t)) => t,
            None => 0.0,
        })
        .collect()
}

/// Dot product of weights and values.
pub(crate) fn dot(weights: &[f64; N_SIGNALS], values: &Signals) -> f64 {
    weights
        .iter()
        .zip(values.0.iter())
        .map(|(w, v)| w * v)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pure_functions() {
        assert_eq!(saturate(0.0), 0.0);
        assert!(saturate(3.0) > 0.95 && saturate(3.0) < 1.0);
        assert_eq!(sigmoid(0.0), 0.5);
        assert_eq!(rarity(0.0, 0.2), 1.0);
        assert_eq!(rarity(0.5, 0.2), 0.0);
        assert_eq!(density(1.0, 10), 1.0);
        assert!((density(1.0, 500) - 0.1).abs() < 1e-9);
        assert_eq!(shouting(12, 12), 1.0);
        assert_eq!(shouting(3, 5), 0.0);
        assert_eq!(short(0), 1.0);
        assert_eq!(short(80), 0.0);
        assert_eq!(majority(0.2), 0.0);
        assert_eq!(majority(0.5), 0.5);
        assert_eq!(majority(0.9), 1.0);
        assert_eq!(stranger(0.5, 0.5), 0.125);
        assert_eq!(stranger(1.0, 0.0), 0.0);
        assert_eq!(spam_page(1.0, 0.3, 0.9), 0.0);
        assert_eq!(spam_page(0.5, 0.25, 0.25), 0.25);
        assert_eq!(spam_page(0.0, 0.0, 0.0), 0.0);
        assert_eq!(spam_page(1.0, 0.0, 0.0), 1.0);
        assert!((echo(0.8, 0.25) - 0.6).abs() < 1e-12);
        assert_eq!(echo(0.8, 1.0), 0.0);
        assert_eq!(echo(0.0, 0.1), 0.0);
        assert!(woven(&[], &[]).is_empty());
        assert_eq!(woven(&[0.95], &[0.0]), vec![0.0]);
        let w = woven(&[0.95, 0.2, 0.97, 0.1], &[0.1, 0.0, 0.3, 0.0]);
        let expected = [0.7 / 3.0, 1.6 / 3.0, 0.9 / 3.0, 1.6 / 3.0];
        for (got, want) in w.iter().zip(expected) {
            assert!((got - want).abs() < 1e-12, "{w:?}");
        }
        // Three clear lines that share the document's words count in
        // full; lines whose words are all their own count for nothing.
        assert_eq!(woven(&[0.9, 0.9, 0.9, 0.0], &[0.0; 4])[3], 1.0);
        assert_eq!(
            woven(&[0.99, 0.99, 0.99, 0.1], &[1.0, 1.0, 1.0, 0.0])[3],
            0.0
        );
        // Below the clear-spam line, nothing counts.
        assert_eq!(woven(&[0.89, 0.89, 0.89, 0.1], &[0.0; 4])[3], 0.0);
        assert!(elsewhere(&[]).is_empty());
        assert_eq!(elsewhere(&[0.7]), vec![0.0]);
        assert_eq!(elsewhere(&[0.1, 0.9, 0.3]), vec![0.9, 0.3, 0.9]);
        assert_eq!(elsewhere(&[0.9, 0.9, 0.2]), vec![0.9, 0.9, 0.9]);
        assert_eq!(elsewhere(&[0.2, 0.4, 0.8]), vec![0.8, 0.8, 0.4]);
        assert!(surrounded(&[]).is_empty());
        assert_eq!(surrounded(&[0.9]), vec![0.0]);
        assert_eq!(surrounded(&[0.2, 0.8]), vec![0.0, 0.0]);
        let close = |p1: &[f64], want: &[f64]| {
            let got = surrounded(p1);
            assert_eq!(got.len(), want.len());
            assert!(
                got.iter().zip(want).all(|(a, b)| (a - b).abs() < 1e-9),
                "{got:?}"
            );
        };
        close(&[0.2, 0.8, 0.6], &[0.35, 0.2, 0.25]);
        close(
            &[0.1, 0.9, 0.1, 0.9, 0.9],
            &[0.35, 0.1, 0.5, 1.1 / 3.0, 0.25],
        );
    }
}
