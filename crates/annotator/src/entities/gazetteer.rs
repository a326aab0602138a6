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
        if ty > MAX_TYPE || !phrase.chars().any(char::is_alphabetic) {
            return false;
        }
        let mut tokens: Vec<Token> = Vec::new();
        tokenize(phrase, &mut tokens);
        if tokens.is_empty() || tokens.len() > MAX_PHRASE {
            return false;
        }
        self.id = fresh_id();
        let mut scratch = String::new();
        let mut h = SEED;
        for (k, t) in tokens.iter().enumerate() {
            h = mix(h, lower_hash(t.text(phrase), &mut scratch));
            let bit = if k + 1 == tokens.len() { 1 << ty } else { PREFIX };
            let slot = self.map.entry(h).or_insert(0);
            if k + 1 == tokens.len() && *slot & bit != 0 {
                return false;
            }
            *slot |= bit;
        }
        self.max_len = self.max_len.max(tokens.len());
        self.entries.push((ty, phrase.to_string()));
        true
    }

    /// A gazetteer of `phrases` (type, phrase), in order: what [`Gazetteer::insert`] of
    /// each in turn gives (the same map, phrases and refusals), built the way a model
    /// file's 60,000 phrases load fast. Each phrase is tokenized once and only its
    /// tokens' lower-case hashes are computed; the map is then filled in the order of
    /// its slots (as `Clusters::from_lower_parts` does), not phrase by phrase, so
    /// inserting its keys does not miss the cache on nearly every one.
    pub(crate) fn from_phrases(phrases: Vec<(u8, String)>) -> Gazetteer {
        let mut g = Gazetteer::new();
        let (mut tokens, mut scratch) = (Vec::new(), String::new());
        // Per key of a phrase: the key, its bit, and the phrase's index for its last key
        // (`u32::MAX` for a prefix).
        let mut keys: Vec<(u64, u16, u32)> = Vec::with_capacity(phrases.len() + phrases.len() / 2);
        let mut lens = vec![0u8; phrases.len()];
        for (p, (ty, phrase)) in phrases.iter().enumerate() {
            if *ty > MAX_TYPE || !phrase.chars().any(char::is_alphabetic) {
                continue;
            }
            tokens.clear();
            tokenize(phrase, &mut tokens);
            if tokens.is_empty() || tokens.len() > MAX_PHRASE {
                continue;
            }
            lens[p] = tokens.len() as u8;
            let mut h = SEED;
            for (k, t) in tokens.iter().enumerate() {
                h = mix(h, lower_hash(t.text(phrase), &mut scratch));
                keys.push(if k + 1 == tokens.len() { (h, 1 << ty, p as u32) } else { (h, PREFIX, u32::MAX) });
            }
        }
        // A stable counting sort of the keys by the top bits of their slot (the low bits
        // of the key; the map gets the next power of two above 8/7 of its capacity).
        let slots = (keys.len().max(8) * 8 / 7).next_power_of_two();
        let groups = slots.min(4096);
        let shift = (slots / groups).trailing_zeros();
        let group = |key: u64| (key as usize & (slots - 1)) >> shift;
        let mut firsts = vec![0u32; groups + 1];
        for &(key, _, _) in &keys {
            firsts[group(key) + 1] += 1;
        }
        for k in 0..groups {
            firsts[k + 1] += firsts[k];
        }
        let mut order = vec![0u32; keys.len()];
        for (k, &(key, _, _)) in keys.iter().enumerate() {
            let at = &mut firsts[group(key)];
            order[*at as usize] = k as u32;
            *at += 1;
        }
        g.map.reserve(keys.len());
        // A phrase whose type its last key already has is refused, as `insert` refuses
        // it (the same keys keep their order: the earlier phrase stays).
        for &k in &order {
            let (key, bit, p) = keys[k as usize];
            let slot = g.map.entry(key).or_insert(0);
            if p != u32::MAX && bit != PREFIX && *slot & bit != 0 {
                lens[p as usize] = 0;
            }
            *slot |= bit;
        }
        g.entries.reserve(phrases.len());
        for ((ty, phrase), len) in phrases.into_iter().zip(lens) {
            if len > 0 {
                g.max_len = g.max_len.max(len as usize);
                g.entries.push((ty, phrase));
            }
        }
        g
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
    pub(crate) fn matches(&self, infos: &[TokenInfo], first: &[Option<u16>], start: usize, starts: &[bool], out: &mut Vec<(u32, u8)>) {
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

    /// Built at once from a list of phrases, a gazetteer is the one inserting them in
    /// turn gives: the same phrases kept and refused, the same matches.
    #[test]
    fn built_at_once_as_inserted_in_turn() {
        let mut phrases: Vec<(u8, String)> = (0..2000).map(|k| ((k % 7) as u8, format!("Name{k} of Place{}", k % 50))).collect();
        phrases.extend([
            (2, "Aleppo".to_string()),
            (WORLD_PLACE, "Aleppo".to_string()),
            (2, "ALEPPO".to_string()),
            (1, "Syrian Observatory for Human Rights".to_string()),
            (1, "Syrian Observatory".to_string()),
            (0, "one two three four five six seven".to_string()),
            (MAX_TYPE + 1, "Homs".to_string()),
            (3, "1996".to_string()),
            (COMMON_WORD, "town".to_string()),
            (0, "Ünal".to_string()),
        ]);
        let mut in_turn = Gazetteer::new();
        for (ty, p) in &phrases {
            in_turn.insert(*ty, p);
        }
        let at_once = Gazetteer::from_phrases(phrases);
        assert_eq!(at_once.entries(), in_turn.entries());
        assert_eq!(at_once.max_len, in_turn.max_len);
        let mut a: Vec<_> = at_once.map.iter().map(|(k, v)| (*k, *v)).collect();
        let mut b: Vec<_> = in_turn.map.iter().map(|(k, v)| (*k, *v)).collect();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);
        let text = "the syrian observatory for human rights in ALEPPO near Name7 of Place7 and ünal";
        assert_eq!(matches_in(&at_once, text), matches_in(&in_turn, text));
        assert!(!matches_in(&at_once, text).is_empty());
        assert!(Gazetteer::from_phrases(Vec::new()).is_empty());
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
