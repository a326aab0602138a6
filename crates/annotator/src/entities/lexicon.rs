//! The lexicon overlay: phrase patterns applied over the model's entities.
//!
//! A lexicon is JSONL, one pattern a line, in the spirit of spaCy's EntityRuler:
//!
//! ```text
//! {"label": "ORG", "pattern": "Islamic State", "id": "isis"}
//! {"label": "LOC", "pattern": "aleppo", "lower": true}
//! ```
//!
//! Patterns match whole tokens, case-sensitively unless `"lower": true` (then in any
//! case). Matches are taken left to right, longest first, and replace the model's
//! entities they overlap, unless a model entity strictly contains the match (the
//! longest name wins: `Syrian` from the lexicon does not cut `Syrian Observatory for
//! Human Rights` from the model).

use std::path::Path;

use serde::Deserialize;

use super::features::{mix, token_info, HashedMap, TokenInfo};
use super::tokens::{tokenize, Token};
use crate::BuildError;

/// Value of a key that only starts longer patterns.
const PREFIX: u32 = u32::MAX;
/// Flag on an entry index: longer patterns continue through this key.
const CONTINUES: u32 = 1 << 31;
const SEED: u64 = 0x1e4;

/// One matched phrase: tokens `first..end`, a label and an optional id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LexiconMatch {
    pub first: usize,
    pub end: usize,
    pub entry: u32,
}

/// A pattern's label and id.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub label: String,
    pub id: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternLine {
    label: String,
    pattern: String,
    #[serde(default)]
    lower: bool,
    #[serde(default)]
    id: Option<String>,
}

/// Compiled lexicon patterns.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Keyed by folded exact-token hashes; value: entry index or `PREFIX`.
    exact: HashedMap<u32>,
    /// Keyed by folded lower-case token hashes.
    lower: HashedMap<u32>,
    entries: Vec<Entry>,
    max_len: usize,
}

fn token_key(info: &TokenInfo, lower: bool) -> u64 {
    if lower {
        info.lower
    } else {
        info.word
    }
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no patterns.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether every pattern's label is one of `labels`.
    pub fn labels_within(&self, labels: &[String]) -> bool {
        self.entries.iter().all(|e| labels.contains(&e.label))
    }

    /// Adds one pattern. A later pattern with the same phrase replaces an earlier one.
    pub fn add(&mut self, label: &str, pattern: &str, lower: bool, id: Option<String>) {
        let mut tokens: Vec<Token> = Vec::new();
        tokenize(pattern, &mut tokens);
        if tokens.is_empty() {
            return;
        }
        let entry = self.entries.len() as u32;
        self.entries.push(Entry { label: label.to_string(), id });
        let map = if lower { &mut self.lower } else { &mut self.exact };
        let mut scratch = String::new();
        let mut h = SEED;
        for (k, t) in tokens.iter().enumerate() {
            h = mix(h, token_key(&token_info(t.text(pattern), &mut scratch), lower));
            let last = k + 1 == tokens.len();
            let value = match (map.get(&h).copied(), last) {
                (None, true) => entry,
                (None, false) => PREFIX,
                (Some(PREFIX), true) => entry | CONTINUES,
                (Some(PREFIX), false) => PREFIX,
                (Some(v), true) => entry | (v & CONTINUES),
                (Some(v), false) => v | CONTINUES,
            };
            map.insert(h, value);
        }
        self.max_len = self.max_len.max(tokens.len());
    }

    /// Reads JSONL patterns from `source` (named `path` in errors).
    pub fn add_jsonl(&mut self, source: &str, path: &Path) -> Result<(), BuildError> {
        for (i, line) in source.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with("//") {
                continue;
            }
            let err = |message: String| BuildError::Format { path: path.to_path_buf(), line: i + 1, message };
            let p: PatternLine = serde_json::from_str(line).map_err(|e| err(e.to_string()))?;
            if !matches!(p.label.as_str(), "PER" | "ORG" | "LOC" | "MISC") {
                return Err(err(format!("label {:?} is not one of PER, ORG, LOC, MISC", p.label)));
            }
            if !p.pattern.chars().any(char::is_alphanumeric) {
                return Err(err(format!("pattern {:?} has no letter or digit", p.pattern)));
            }
            self.add(&p.label, &p.pattern, p.lower, p.id);
        }
        Ok(())
    }

    /// Reads a JSONL lexicon file.
    pub fn add_file(&mut self, path: &Path) -> Result<(), BuildError> {
        let text = std::fs::read_to_string(path).map_err(|source| BuildError::Io { path: path.to_path_buf(), source })?;
        self.add_jsonl(&text, path)
    }

    pub(crate) fn entry(&self, i: u32) -> &Entry {
        &self.entries[i as usize]
    }

    /// The pattern that matches all of `phrase`, if any (exact patterns first).
    pub(crate) fn lookup(&self, phrase: &str) -> Option<&Entry> {
        let mut tokens: Vec<Token> = Vec::new();
        tokenize(phrase, &mut tokens);
        let mut scratch = String::new();
        let infos: Vec<TokenInfo> = tokens.iter().map(|t| token_info(t.text(phrase), &mut scratch)).collect();
        let mut out = Vec::new();
        self.find(&infos, &mut out);
        match out.as_slice() {
            [m] if m.first == 0 && m.end == infos.len() => Some(self.entry(m.entry)),
            _ => None,
        }
    }

    /// Finds the longest, leftmost non-overlapping matches among the tokens whose
    /// hashes are `infos`.
    pub(crate) fn find(&self, infos: &[TokenInfo], out: &mut Vec<LexiconMatch>) {
        out.clear();
        if self.entries.is_empty() {
            return;
        }
        let mut i = 0;
        while i < infos.len() {
            let mut best: Option<(usize, u32)> = None;
            for (map, lower) in [(&self.exact, false), (&self.lower, true)] {
                let mut h = SEED;
                for (j, info) in infos.iter().enumerate().skip(i).take(self.max_len) {
                    h = mix(h, token_key(info, lower));
                    let Some(&v) = map.get(&h) else { break };
                    if v != PREFIX {
                        let len = j + 1 - i;
                        if !matches!(best, Some((l, _)) if l >= len) {
                            best = Some((len, v & !CONTINUES));
                        }
                        if v & CONTINUES == 0 {
                            break;
                        }
                    }
                }
            }
            match best {
                Some((len, entry)) => {
                    out.push(LexiconMatch { first: i, end: i + len, entry });
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(lex: &Lexicon, text: &str) -> Vec<(String, String)> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let mut scratch = String::new();
        let infos: Vec<TokenInfo> = toks.iter().map(|t| token_info(t.text(text), &mut scratch)).collect();
        let mut out = Vec::new();
        lex.find(&infos, &mut out);
        out.iter()
            .map(|m| {
                let s = toks[m.first].start as usize;
                let e = toks[m.end - 1].end as usize;
                (text[s..e].to_string(), lex.entry(m.entry).label.clone())
            })
            .collect()
    }

    #[test]
    fn longest_match_and_case() {
        let mut lex = Lexicon::new();
        let src = r#"{"label":"ORG","pattern":"Islamic State"}
{"label":"LOC","pattern":"Aleppo","lower":true}
{"label":"ORG","pattern":"Syrian Observatory for Human Rights"}
{"label":"MISC","pattern":"Syrian"}"#;
        lex.add_jsonl(src, Path::new("t.jsonl")).unwrap();
        assert_eq!(
            find(&lex, "islamic state near ALEPPO, says the Syrian Observatory for Human Rights, a Syrian group"),
            vec![
                ("ALEPPO".into(), "LOC".into()),
                ("Syrian Observatory for Human Rights".into(), "ORG".into()),
                ("Syrian".into(), "MISC".into())
            ]
        );
    }

    #[test]
    fn errors_name_the_line() {
        let mut lex = Lexicon::new();
        let err = lex.add_jsonl("{\"label\":\"ORG\",\"pattern\":\"A\"}\n{\"label\":\"GPE\",\"pattern\":\"B\"}", Path::new("x.jsonl"));
        let msg = err.unwrap_err().to_string();
        assert_eq!(lex.lookup("A").map(|e| e.label.as_str()), Some("ORG"));
        assert!(lex.lookup("A A").is_none());
        assert!(msg.starts_with("x.jsonl:2:"), "{msg}");
        assert!(lex.add_jsonl("not json", Path::new("y.jsonl")).is_err());
    }
}
