//! Gazetteer features: which tokens lie inside a known entity name, and of what type.
//!
//! Names are matched case-insensitively on token boundaries (the features record the
//! token's case, so the model learns how far to trust a lower-case match). A phrase is
//! keyed by folding its tokens' lower-case hashes, and every proper prefix is stored
//! too, so matching from a token stops at the first miss.

use std::sync::atomic::{AtomicU64, Ordering};

use super::features::{hash_bytes, lower_hash, mix, HashedMap, Kind, TokenInfo, COMMON_WORD};
use super::tokens::{tokenize, Token};

/// The map value's bit saying "a longer phrase continues here"; bits 0 to
/// [`MAX_TYPE`] say "a phrase of that type ends here".
const PREFIX: u16 = 0x8000;

/// The largest gazetteer type.
pub const MAX_TYPE: u8 = 14;
const SEED: u64 = 0x6a2;

/// Phrases with gazetteer types (see [`label_type`], [`COMMON_WORD`], [`WORLD_PLACE`],
/// [`WORLD_PERSON`]; at most [`MAX_TYPE`]).
#[derive(Debug, Clone)]
pub struct Gazetteer {
    map: HashedMap<u16>,
    max_len: usize,
    entries: Vec<(u8, String)>,
    /// Names these contents: a fresh number on creation and on every insertion (a
    /// clone shares it, as it shares the contents). Lets callers cache lookups.
    id: u64,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer { map: HashedMap::default(), max_len: 0, entries: Vec::new(), id: fresh_id() }
    }
}

/// A number no gazetteer has had before.
fn fresh_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Gazetteer type of world place names (countries, regions, cities), from the world
/// gazetteer (`tageval train --gazetteer DIR`). Types 0–3 are the model's first four
/// labels (names seen in training or listed per label), 4 is [`COMMON_WORD`], and
/// labels 5 to 7 of a model take types 7 to 9 ([`label_type`]).
pub const WORLD_PLACE: u8 = 5;

/// Gazetteer type of given names, from the world gazetteer.
pub const WORLD_PERSON: u8 = 6;

/// The gazetteer type of the model's label number `label` (0-based): the first four
/// keep types 0–3 (so a PER/ORG/LOC/MISC model's features are what they always
/// were), later ones go past [`COMMON_WORD`] and the world types.
pub const fn label_type(label: usize) -> u8 {
    if label < 4 {
        label as u8
    } else {
        label as u8 + 3
    }
}

/// The longest phrase, in tokens, that a gazetteer keeps.
pub const MAX_PHRASE: usize = 6;

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `phrase` with type index `ty`; phrases of more than [`MAX_PHRASE`] tokens
    /// or without a letter are ignored. Returns whether it was added.
    pub fn insert(&mut self, ty: u8, phrase: &str) -> bool {
        self.insert_owned(ty, phrase.to_string(), &mut Vec::new(), &mut String::new())
    }

    /// [`Gazetteer::insert`] of a phrase the caller gives away, with the caller's
    /// scratch space: a model file's 60,000 phrases load without three allocations
    /// each, and only the tokens' lower-case hashes are computed.
    pub(crate) fn insert_owned(&mut self, ty: u8, phrase: String, tokens: &mut Vec<Token>, scratch: &mut String) -> bool {
        if ty > MAX_TYPE || !phrase.chars().any(char::is_alphabetic) {
            return false;
        }
        tokens.clear();
        tokenize(&phrase, tokens);
        if tokens.is_empty() || tokens.len() > MAX_PHRASE {
            return false;
        }
        self.id = fresh_id();
        let mut h = SEED;
        for (k, t) in tokens.iter().enumerate() {
            h = mix(h, lower_hash(t.text(&phrase), scratch));
            let bit = if k + 1 == tokens.len() { 1 << ty } else { PREFIX };
            let slot = self.map.entry(h).or_insert(0);
            if k + 1 == tokens.len() && *slot & bit != 0 {
                return false;
            }
            *slot |= bit;
        }
        self.max_len = self.max_len.max(tokens.len());
        self.entries.push((ty, phrase));
        true
    }

    /// Room for `phrases` more phrases.
    pub(crate) fn reserve(&mut self, phrases: usize) {
        // Most phrases are one or two words: about one key and a half each.
        self.map.reserve(phrases + phrases / 2);
        self.entries.reserve(phrases);
    }

    /// Whether the one-word phrase whose lower case is `lower` has type `ty`.
    pub(crate) fn has_word(&self, ty: u8, lower: &str) -> bool {
        let h = mix(SEED, hash_bytes(2, lower.as_bytes()));
        self.map.get(&h).is_some_and(|v| v & (1 << ty) != 0)
    }

    /// The types (bit `1 << type`) of the phrase made of exactly the tokens whose
    /// hashes are `infos` (0 when it is no phrase of the gazetteer).
    pub(crate) fn phrase_types(&self, infos: &[TokenInfo]) -> u16 {
        if infos.is_empty() || infos.len() > self.max_len {
            return 0;
        }
        let h = infos.iter().fold(SEED, |h, info| mix(h, info.lower));
        self.map.get(&h).map_or(0, |v| v & !PREFIX)
    }

    /// Identifies the current contents: equal ids mean equal lookups.
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// The map value of the one-token key of a word with lower-case hash `lower`:
    /// what [`Gazetteer::matches`] needs for each token as `first`.
    pub(crate) fn first(&self, lower: u64) -> Option<u16> {
        self.map.get(&mix(SEED, lower)).copied()
    }

    /// The phrases, in insertion order.
    pub fn entries(&self) -> &[(u8, String)] {
        &self.entries
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no phrases.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Finds the matches in the sentence that starts at token `start` (it ends before the
    /// next flagged start) and writes `(token, code)` pairs sorted by token into `out`,
    /// where `code` is `type * 4 + position` (0 single, 1 first, 2 inside, 3 last).
    /// `first[i]` is [`Gazetteer::first`] of token `i` (callers cache it per word).
    pub(crate) fn matches(
        &self,
        infos: &[TokenInfo],
        first: &[Option<u16>],
        start: usize,
        starts: &[bool],
        out: &mut Vec<(u32, u8)>,
    ) {
        out.clear();
        if self.map.is_empty() {
            return;
        }
        let mut end = start + 1;
        while end < infos.len() && !starts[end] {
            end += 1;
        }
        for i in start..end {
            let mut h = SEED;
            // The phrases from token `i`: of at most `max_len` tokens, within the sentence.
            for j in i..end.min(i + self.max_len) {
                h = mix(h, infos[j].lower);
                let found = if j == i { first[i] } else { self.map.get(&h).copied() };
                let Some(v) = found else { break };
                let mut types = v & !PREFIX;
                if i == j && infos[i].kind == Kind::Lower {
                    // A common word in lower case is no evidence (see `features`).
                    types &= !(1 << COMMON_WORD);
                }
                // The set bits, lowest first (types 0 to `MAX_TYPE`: `PREFIX` is
                // cleared), rather than a test of all fifteen types.
                while types != 0 {
                    let ty = types.trailing_zeros() as u8;
                    types &= types - 1;
                    for k in i..=j {
                        let pos = if i == j {
                            0
                        } else if k == i {
                            1
                        } else if k == j {
                            3
                        } else {
                            2
                        };
                        out.push((k as u32, ty * 4 + pos));
                    }
                }
                if v & PREFIX == 0 {
                    break;
                }
            }
        }
        out.sort_unstable();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::features::token_info;

    /// The gazetteer's matches in `text`, read as one sentence.
    fn matches_in(g: &Gazetteer, text: &str) -> Vec<(u32, u8)> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let mut s = String::new();
        let infos: Vec<_> = toks.iter().map(|t| token_info(t.text(text), &mut s)).collect();
        let starts: Vec<bool> = (0..toks.len()).map(|i| i == 0).collect();
        let first: Vec<_> = infos.iter().map(|info| g.first(info.lower)).collect();
        let mut out = Vec::new();
        g.matches(&infos, &first, 0, &starts, &mut out);
        out
    }

    #[test]
    fn finds_phrases_case_insensitively() {
        let mut g = Gazetteer::new();
        assert!(g.insert(1, "Syrian Observatory for Human Rights"));
        assert!(g.insert(2, "Syria"));
        assert!(!g.insert(2, "Syria"));
        let text = "the SYRIAN OBSERVATORY FOR HUMAN RIGHTS in Syria";
        let out = matches_in(&g, text);
        assert_eq!(out, vec![(1, 5), (2, 6), (3, 6), (4, 6), (5, 7), (7, 8)]);
    }

    /// A phrase of several types gives a match of each, lowest type first, and a
    /// longer phrase from the same token its own.
    #[test]
    fn phrases_of_several_types_give_each_type() {
        let mut g = Gazetteer::new();
        assert!(g.insert(3, "Lakeview"));
        assert!(g.insert(WORLD_PLACE, "Lakeview"));
        assert!(g.insert(0, "Dana Lakeview"));
        assert!(g.insert(MAX_TYPE, "Dana"));
        let text = "Dana Lakeview left Lakeview";
        let out = matches_in(&g, text);
        let (place, last) = (4 * WORLD_PLACE, 4 * MAX_TYPE);
        assert_eq!(out, vec![(0, 1), (0, last), (1, 3), (1, 12), (1, place), (3, 12), (3, place)]);
    }
}
