//! How well a paragraph fits its document: the share of its content words
//! (or, in scripts written without spaces and in Hangul, character
//! bigrams) that other paragraphs of the document use too, and the same
//! for its short function words, which tell whether it is written in the
//! same language as the rest. Pure functions, no dependencies.

/// Most tokens kept per paragraph: enough to judge the fit, and it bounds
/// memory on huge paragraphs.
pub(crate) const MAX_TOKENS: usize = 400;

/// Shortest word (in chars) that counts as a content word in spaced
/// scripts; shorter ones are mostly function words every paragraph shares.
const MIN_WORD_CHARS: usize = 4;

/// FNV-1a, folding ASCII case, in 32 bits: a collision only makes two
/// words of one document count as shared, and half-size tokens halve the
/// memory and the sorting of a document's tokens.
fn hash(bytes: &[u8], seed: u64) -> u32 {
    let mut h = 0xcbf2_9ce4_8422_2325_u64 ^ seed;
    for &b in bytes {
        h ^= u64::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h ^ (h >> 32)) as u32
}

/// Whether `c` is read in character bigrams: scripts written without
/// spaces (Thai, Lao, Myanmar, Khmer, kana, Han), and Hangul, whose
/// syllable blocks hold two or three letters each and whose words carry
/// their particles (`시장의`, `시장은`): a Korean word of four letters
/// or more is a phrase, and whole words would rarely match.
fn unspaced(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3)
}

/// Most function-word tokens kept per paragraph.
pub(crate) const MAX_FUNCTION_TOKENS: usize = 100;

/// Appends the tokens of `hay` (folded text) as `(hash, para)`: content
/// tokens (words of four letters or more, character bigrams in scripts
/// written without spaces and in Hangul) to `out`, and short words (one to
/// three letters: mostly function words, which say which language a text
/// is in) to `function`.
///
/// A token equal to the paragraph's previous one is not added again: a
/// paragraph of one word repeated holds one token.
pub(crate) fn tokenize(
    hay: &str,
    para: u32,
    out: &mut Vec<(u32, u32)>,
    function: &mut Vec<(u32, u32)>,
) {
    let start_len = out.len();
    let function_start = function.len();
    let mut word_start: Option<usize> = None;
    let mut word_chars = 0usize;
    let mut all_digits = true;
    let mut prev_unspaced: Option<(usize, char)> = None;
    let mut push_word = |out: &mut Vec<(u32, u32)>, w: &str, chars: usize, digits: bool| {
        if digits {
        } else if chars >= MIN_WORD_CHARS {
            push_new(out, start_len, (hash(w.as_bytes(), 0), para));
        } else if function.len() - function_start < MAX_FUNCTION_TOKENS {
            push_new(function, function_start, (hash(w.as_bytes(), 2), para));
        }
    };
    if hay.is_ascii() {
        // The same words, a byte at a time: no script has to be looked up.
        let bytes = hay.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            if out.len() - start_len >= MAX_TOKENS {
                return;
            }
            let ws = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let digits = bytes[ws..i].iter().all(u8::is_ascii_digit);
            push_word(out, &hay[ws..i], i - ws, digits);
        }
        return;
    }
    for (i, c) in hay.char_indices() {
        if out.len() - start_len >= MAX_TOKENS {
            return;
        }
        if unspaced(c) {
            if let Some(ws) = word_start.take() {
                push_word(out, &hay[ws..i], word_chars, all_digits);
            }
            if let Some((pi, _)) = prev_unspaced {
                push_new(
                    out,
                    start_len,
                    (hash(&hay.as_bytes()[pi..i + c.len_utf8()], 1), para),
                );
            }
            prev_unspaced = Some((i, c));
            continue;
        }
        prev_unspaced = None;
        if c.is_ascii_alphanumeric()
            || (!c.is_ascii() && (crate::script::Script::of(c).is_some() || c.is_numeric()))
        {
            if word_start.is_none() {
                word_start = Some(i);
                word_chars = 0;
                all_digits = true;
            }
            word_chars += 1;
            all_digits &= c.is_ascii_digit();
        } else if let Some(ws) = word_start.take() {
            push_word(out, &hay[ws..i], word_chars, all_digits);
        }
    }
    if let Some(ws) = word_start {
        if out.len() - start_len < MAX_TOKENS {
            push_word(out, &hay[ws..], word_chars, all_digits);
        }
    }
}

/// Pushes `token` unless it equals the last one pushed since `from`.
fn push_new(v: &mut Vec<(u32, u32)>, from: usize, token: (u32, u32)) {
    if v.len() == from || v.last() != Some(&token) {
        v.push(token);
    }
}

/// Per paragraph: distinct tokens, and how many of them also occur in at
/// least one *other* paragraph for which `reference` is true.
///
/// `pairs` must be sorted and deduplicated (see [`prepare`]).
pub(crate) fn shared_counts(
    pairs: &[(u32, u32)],
    n_paras: usize,
    reference: impl Fn(usize) -> bool,
) -> Vec<(u32, u32)> {
    let mut out = vec![(0u32, 0u32); n_paras];
    let mut i = 0;
    while i < pairs.len() {
        let h = pairs[i].0;
        let mut j = i;
        let mut refs = 0u32;
        while j < pairs.len() && pairs[j].0 == h {
            refs += u32::from(reference(pairs[j].1 as usize));
            j += 1;
        }
        for &(_, p) in &pairs[i..j] {
            let p = p as usize;
            let others = refs - u32::from(reference(p));
            out[p].0 += 1;
            out[p].1 += u32::from(others > 0);
        }
        i = j;
    }
    out
}

/// Per paragraph: how much its vocabulary is the vocabulary of paragraphs
/// with a high `value`. For each of its tokens that other paragraphs use
/// too, the mean `value` of those other paragraphs; then the mean over
/// these tokens, with one more token of value 0 in the count: one shared
/// word is weak evidence (in an inflected language a host paragraph may
/// share a single word, and with the injected line), many are strong.
/// 0 for a paragraph that shares no token.
///
/// `pairs` must be sorted and deduplicated (see [`prepare`]); `values`
/// holds one value per paragraph.
pub(crate) fn kin(pairs: &[(u32, u32)], values: &[f64]) -> Vec<f64> {
    let mut sums = vec![(0.0f64, 0u32); values.len()];
    for group in pairs.chunk_by(|a, b| a.0 == b.0) {
        if group.len() < 2 {
            continue;
        }
        let total: f64 = group.iter().map(|&(_, p)| values[p as usize]).sum();
        let others = (group.len() - 1) as f64;
        for &(_, p) in group {
            let (sum, count) = &mut sums[p as usize];
            *sum += (total - values[p as usize]) / others;
            *count += 1;
        }
    }
    sums.into_iter()
        .map(|(sum, count)| {
            if count == 0 {
                0.0
            } else {
                sum / (f64::from(count) + 1.0)
            }
        })
        .collect()
}

/// Sorts and deduplicates token pairs.
pub(crate) fn prepare(pairs: &mut Vec<(u32, u32)>) {
    pairs.sort_unstable();
    pairs.dedup();
}

/// How off-topic a paragraph is, in `[0, 1]`: the share of its tokens no
/// reference paragraph shares, damped for paragraphs with fewer than
/// `trusted` distinct tokens.
pub(crate) fn unshared((total, shared): (u32, u32), trusted: f64) -> f64 {
    if total == 0 {
        return 0.0;
    }
    let miss = 1.0 - f64::from(shared) / f64::from(total);
    let trust = (f64::from(total) / trusted).min(1.0);
    miss * trust
}

/// [`unshared`] for content tokens, trusted from eight tokens on.
pub(crate) fn off_topic(counts: (u32, u32)) -> f64 {
    unshared(counts, 8.0)
}

/// [`unshared`] for function words: how unlike the rest of the document's
/// language the paragraph's short words are, trusted from five on.
pub(crate) fn foreign_function_words(counts: (u32, u32)) -> f64 {
    unshared(counts, 5.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_text_tokenizes_as_the_general_path_does() {
        let tokens = |hay: &str| {
            let (mut out, mut function) = (Vec::new(), Vec::new());
            tokenize(hay, 7, &mut out, &mut function);
            (out, function)
        };
        // A trailing dash that is no word character sends the same words
        // down the general path.
        let many: String = (0..500).map(|i| format!("word{i} of ")).collect();
        for hay in [
            "Slot gacor 2024, maxwin!! daftar sekarang: abc-defg 12345 x9",
            "  leading spaces and trailing digits 2024",
            "",
            many.as_str(),
        ] {
            let general = format!("{hay} \u{2014}");
            assert!(!general.is_ascii());
            assert_eq!(tokens(hay), tokens(&general), "{hay}");
        }
        assert_eq!(tokens(&many).0.len(), MAX_TOKENS);
    }

    fn counts(paras: &[&str]) -> Vec<(u32, u32)> {
        let mut pairs = Vec::new();
        let mut function = Vec::new();
        for (i, p) in paras.iter().enumerate() {
            tokenize(p, i as u32, &mut pairs, &mut function);
        }
        prepare(&mut pairs);
        shared_counts(&pairs, paras.len(), |_| true)
    }

    #[test]
    fn shared_words_count() {
        let c = counts(&[
            "North Korea sent greetings to Russia",
            "Russia and North Korea grow closer",
            "Daftar situs slot gacor hari ini",
        ]);
        assert_eq!(c[0], (5, 3)); // north korea sent greetings russia; 3 shared
        assert_eq!(c[2].1, 0);
        assert!(off_topic(c[2]) > off_topic(c[0]));
    }

    #[test]
    fn kin_is_the_value_of_the_paragraphs_sharing_the_words() {
        let paras = [
            "Guaranteed income working from home",
            "Working from home: guaranteed results",
            "Results vary",
            "Nothing alike",
            "Income tax",
            "Income rules",
        ];
        let mut pairs = Vec::new();
        let mut function = Vec::new();
        for (i, p) in paras.iter().enumerate() {
            tokenize(p, i as u32, &mut pairs, &mut function);
        }
        prepare(&mut pairs);
        let k = kin(&pairs, &[0.2, 0.9, 0.5, 1.0, 0.1, 0.4]);
        // 0 shares guaranteed, working, from, home with 1 (0.9 each), and
        // income with 4 and 5 (their mean, 0.25): five tokens, plus the
        // one of value 0.
        assert!((k[0] - (0.9 * 4.0 + 0.25) / 6.0).abs() < 1e-12, "{k:?}");
        // 4 shares income with 0 and 5.
        assert!((k[4] - (0.2 + 0.4) / 2.0 / 2.0).abs() < 1e-12, "{k:?}");
        // 1 shares the same four with 0 (0.2) and results with 2 (0.5).
        assert!((k[1] - (0.2 * 4.0 + 0.5) / 6.0).abs() < 1e-12, "{k:?}");
        // One shared word, with a paragraph at 0.9, is half the evidence.
        assert!((k[2] - 0.9 / 2.0).abs() < 1e-12, "{k:?}");
        assert_eq!(k[3], 0.0);
        assert!(kin(&[], &[]).is_empty());
    }

    #[test]
    fn unspaced_scripts_use_bigrams() {
        let c = counts(&["ภาษาไทยดี", "ภาษาไทย"]);
        assert!(c[1].0 > 0 && c[1].0 == c[1].1);
    }

    #[test]
    fn korean_words_share_their_stems() {
        // "the market's", "the market (topic)": one stem, two particles.
        // As whole words they are short (function tokens) and share
        // nothing; as syllable bigrams they share `시장`.
        let c = counts(&["가상자산 시장의 변동성", "시장은 안정", "오늘 날씨 맑음"]);
        assert_eq!(c[1], (3, 1), "{c:?}"); // 시장, 장은, 안정; 시장 shared
        assert_eq!(c[2].1, 0, "{c:?}");
    }

    #[test]
    fn tokens_are_capped() {
        let long =
            "wordy ".repeat(10) + &(0..2000).map(|i| format!("tok{i}x ")).collect::<String>();
        let (mut pairs, mut function) = (Vec::new(), Vec::new());
        tokenize(&long, 0, &mut pairs, &mut function);
        // Ten `wordy` in a row are one token.
        assert_eq!(pairs.len(), MAX_TOKENS);
        assert_eq!(pairs.iter().filter(|p| p.0 == pairs[0].0).count(), 1);
        let short: String = (0..26 * 26)
            .map(|i| {
                format!(
                    "q{}{} ",
                    char::from(b'a' + (i / 26) as u8),
                    char::from(b'a' + (i % 26) as u8)
                )
            })
            .collect();
        tokenize(&short, 1, &mut pairs, &mut function);
        assert_eq!(function.len(), MAX_FUNCTION_TOKENS);
    }

    #[test]
    fn repeated_tokens_in_a_row_are_kept_once() {
        let (mut pairs, mut function) = (Vec::new(), Vec::new());
        tokenize("slot slot slot gacor a a the", 0, &mut pairs, &mut function);
        tokenize("slot news", 1, &mut pairs, &mut function);
        assert_eq!(pairs.len(), 4);
        assert_eq!(function.len(), 2);
        assert!(pairs[..2].iter().all(|p| p.1 == 0));
    }
}
