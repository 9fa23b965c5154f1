//! Shared by the examples that read a labelled corpus (`eval`, `fit`):
//! the corpus format of `../shared/data/README.md` and the projection of
//! interloper's paragraphs onto the gold paragraphs.

#![allow(dead_code)]

use serde::Deserialize;

/// The document a corpus record came from.
#[derive(Debug, Deserialize)]
pub struct Host {
    #[serde(default)]
    pub lang: String,
}

/// One gold paragraph.
#[derive(Debug, Deserialize)]
pub struct Gold {
    pub start: usize,
    pub end: usize,
    pub label: String,
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub source: String,
}

impl Gold {
    pub fn is_spam(&self) -> bool {
        self.label == "spam"
    }
}

/// One labelled document.
#[derive(Debug, Deserialize)]
pub struct Doc {
    pub id: String,
    #[serde(default)]
    pub kind: String,
    pub host: Option<Host>,
    pub text: String,
    pub paragraphs: Vec<Gold>,
}

impl Doc {
    pub fn host_lang(&self) -> &str {
        self.host.as_ref().map_or("", |h| h.lang.as_str())
    }
}

/// Reads a JSONL corpus; a line that does not parse, or whose gold spans do
/// not fit its text, is an error naming the line number.
pub fn read_corpus(path: &str) -> Result<Vec<Doc>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: Doc = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
        for g in &doc.paragraphs {
            if doc.text.get(g.start..g.end).is_none() {
                return Err(format!(
                    "{path}:{}: gold span {}..{} does not fit the text",
                    i + 1,
                    g.start,
                    g.end
                ));
            }
        }
        docs.push(doc);
    }
    Ok(docs)
}

/// For each gold paragraph, the bytes of it that lie in `spans` (sorted,
/// disjoint).
pub fn overlap(gold: &[Gold], spans: &[(usize, usize)]) -> Vec<usize> {
    gold.iter()
        .map(|g| {
            spans
                .iter()
                .map(|&(s, e)| e.min(g.end).saturating_sub(s.max(g.start)))
                .sum()
        })
        .collect()
}

/// Whether more than half of each gold paragraph's bytes lie in `spans`.
pub fn project(gold: &[Gold], spans: &[(usize, usize)]) -> Vec<bool> {
    overlap(gold, spans)
        .iter()
        .zip(gold)
        .map(|(&o, g)| 2 * o > g.end - g.start)
        .collect()
}
