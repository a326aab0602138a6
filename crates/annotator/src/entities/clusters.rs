//! Word clusters learned from unlabelled text, as features: an unseen name that
//! behaves like known names (its word vector lies near theirs) is typed like them.
//!
//! File format (`tageval train --clusters FILE`; `scripts/build_clusters.py` writes
//! one): UTF-8, one word a line, `word<TAB>id<TAB>id…`, one id per granularity
//! (coarse to fine), each a whole number below 65,535, the same number of ids on every
//! line (1 to 8); blank lines and lines starting with `#` are skipped. Words are
//! looked up in lower case (a word's line is found for `Aleppo`, `ALEPPO`, `aleppo`).
//! The clusters are stored in the model file.

use std::sync::atomic::{AtomicU64, Ordering};

use super::features::{hash_bytes, HashedMap};

/// The most granularities a cluster file may have.
pub const MAX_LEVELS: usize = 8;

/// Words with cluster ids at one or more granularities.
#[derive(Debug, Clone)]
pub struct Clusters {
    /// Lower-case hash (as in `TokenInfo::lower`) → entry index.
    map: HashedMap<u32>,
    /// Words in insertion order, one after the other (what the model file stores).
    text: String,
    /// `text[ends[k - 1]..ends[k]]` is word `k`.
    ends: Vec<u32>,
    /// `levels` ids per word.
    ids: Vec<u16>,
    levels: usize,
    /// Names these contents (see `Gazetteer::id`).
    id: u64,
}

impl Default for Clusters {
    fn default() -> Self {
        Clusters { map: HashedMap::default(), text: String::new(), ends: Vec::new(), ids: Vec::new(), levels: 0, id: fresh_id() }
    }
}

fn fresh_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1 << 40);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Why a cluster file was refused.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ClusterError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl Clusters {
    /// No clusters (no cluster features).
    pub fn new() -> Self {
        Self::default()
    }

    /// Granularities per word (0 when empty).
    pub fn levels(&self) -> usize {
        self.levels
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Identifies the contents (equal ids, equal lookups).
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// Adds a word with its ids (`ids.len()` must equal the levels of the words
    /// before it). A word already present keeps its first ids. Returns whether added.
    pub fn insert(&mut self, word: &str, ids: &[u16]) -> bool {
        if word.chars().any(char::is_uppercase) {
            self.insert_lower(&word.to_lowercase(), ids)
        } else {
            self.insert_lower(word, ids)
        }
    }

    /// [`Clusters::insert`] of a word already in lower case: no allocation per word (a
    /// model file's words are built at once by [`Clusters::from_lower_parts`]).
    pub(crate) fn insert_lower(&mut self, lower: &str, ids: &[u16]) -> bool {
        if ids.is_empty() || ids.len() > MAX_LEVELS || (self.levels != 0 && ids.len() != self.levels) {
            return false;
        }
        let key = hash_bytes(2, lower.as_bytes());
        let next = self.ends.len() as u32;
        if *self.map.entry(key).or_insert(next) != next {
            return false;
        }
        self.levels = ids.len();
        self.text.push_str(lower);
        self.ends.push(self.text.len() as u32);
        self.ids.extend_from_slice(ids);
        self.id = fresh_id();
        true
    }

    /// The clusters of a model file, built at once: `text` holds the lower-case words
    /// one after the other, `text[ends[k - 1]..ends[k]]` word `k`, and `ids` has `levels`
    /// ids per word. `None` when the parts do not fit together or two words share a key
    /// (what [`Clusters::insert_lower`] refuses one by one).
    ///
    /// The lookup map is filled in the order of its slots (the low bits of the keys,
    /// grouped by a counting sort), not in word order: the map of a model's 270,000 words
    /// is larger than the caches, and inserting them in word order misses the cache on
    /// nearly every word (a third of a one-document `tageval annotate` went there).
    pub(crate) fn from_lower_parts(text: String, ends: Vec<u32>, ids: Vec<u16>, levels: usize) -> Option<Clusters> {
        let n = ends.len();
        if n == 0 {
            return Some(Clusters::new());
        }
        if levels == 0 || levels > MAX_LEVELS || ids.len() != n * levels || ends.last() != Some(&(text.len() as u32)) {
            return None;
        }
        let mut keys = Vec::with_capacity(n);
        let mut start = 0usize;
        for &end in &ends {
            let word = text.as_bytes().get(start..end as usize)?;
            keys.push(hash_bytes(2, word));
            start = end as usize;
        }
        let mut map = HashedMap::with_capacity_and_hasher(n, Default::default());
        // The map's slot of a key is its low bits (`HashedMap` hashes by identity); the
        // table has the next power of two above 8/7 of `n` slots. Keys are grouped by
        // the top bits of their slot into at most 4,096 runs, in slot order.
        let slots = (n.max(8) * 8 / 7).next_power_of_two();
        let groups = slots.min(4096);
        let shift = (slots / groups).trailing_zeros();
        let group = |key: u64| (key as usize & (slots - 1)) >> shift;
        let mut firsts = vec![0u32; groups + 1];
        for &key in &keys {
            firsts[group(key) + 1] += 1;
        }
        for g in 0..groups {
            firsts[g + 1] += firsts[g];
        }
        let mut order = vec![0u32; n];
        for (k, &key) in keys.iter().enumerate() {
            let at = &mut firsts[group(key)];
            order[*at as usize] = k as u32;
            *at += 1;
        }
        for &k in &order {
            if map.insert(keys[k as usize], k).is_some() {
                return None;
            }
        }
        Some(Clusters { map, text, ends, ids, levels, id: fresh_id() })
    }

    /// Reads a cluster file's text (format in the module docs).
    pub fn parse(text: &str) -> Result<Clusters, ClusterError> {
        let mut c = Clusters::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| ClusterError { line: i + 1, message };
            let mut fields = line.split('\t');
            let word = fields.next().unwrap_or("").trim();
            if word.is_empty() {
                return Err(err("no word before the first tab".into()));
            }
            let ids = fields
                .map(|f| {
                    f.trim()
                        .parse::<u16>()
                        .ok()
                        .filter(|&v| v != u16::MAX)
                        .ok_or_else(|| err(format!("cluster id {f:?} is not a number below 65535")))
                })
                .collect::<Result<Vec<u16>, _>>()?;
            if ids.is_empty() || ids.len() > MAX_LEVELS {
                return Err(err(format!("{} cluster ids (1 to {MAX_LEVELS} expected)", ids.len())));
            }
            if c.levels != 0 && ids.len() != c.levels {
                return Err(err(format!("{} cluster ids, earlier lines have {}", ids.len(), c.levels)));
            }
            c.insert(word, &ids);
        }
        Ok(c)
    }

    /// The entry of the word whose lower-case hash is `lower`.
    pub(crate) fn entry(&self, lower: u64) -> Option<u32> {
        self.map.get(&lower).copied()
    }

    /// Entry `e`'s ids, coarse to fine.
    pub(crate) fn ids(&self, e: u32) -> &[u16] {
        let at = e as usize * self.levels;
        &self.ids[at..at + self.levels]
    }

    /// The words and their ids, in insertion order.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&str, &[u16])> {
        self.ends.iter().enumerate().map(|(k, &end)| {
            let start = if k == 0 { 0 } else { self.ends[k - 1] as usize };
            (&self.text[start..end as usize], self.ids(k as u32))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::features::token_info;

    #[test]
    fn parses_and_finds_words_in_any_case() {
        let c = Clusters::parse("# comment\naleppo\t3\t17\nhoms\t3\t18\n\n").unwrap();
        assert_eq!((c.len(), c.levels()), (2, 2));
        let mut s = String::new();
        let e = c.entry(token_info("ALEPPO", &mut s).lower).unwrap();
        assert_eq!(c.ids(e), &[3, 17]);
        assert!(c.entry(token_info("Damascus", &mut s).lower).is_none());
    }

    /// A model file's clusters built at once find what word-by-word insertion finds,
    /// and refuse what it refuses.
    #[test]
    fn built_at_once_as_inserted_one_by_one() {
        let words: Vec<String> = (0..3000).map(|k| format!("w{k}x")).chain(["aleppo".into(), "ünal".into()]).collect();
        let mut one_by_one = Clusters::new();
        let (mut text, mut ends, mut ids) = (String::new(), Vec::new(), Vec::new());
        for (k, w) in words.iter().enumerate() {
            let own = [(k % 64) as u16, (k % 1000) as u16];
            assert!(one_by_one.insert_lower(w, &own));
            text.push_str(w);
            ends.push(text.len() as u32);
            ids.extend_from_slice(&own);
        }
        let at_once = Clusters::from_lower_parts(text.clone(), ends.clone(), ids.clone(), 2).unwrap();
        assert!(at_once.entries().eq(one_by_one.entries()));
        let mut s = String::new();
        for w in words.iter().map(String::as_str).chain(["ALEPPO", "Ünal", "homs", "w3000x"]) {
            let lower = token_info(w, &mut s).lower;
            let found = |c: &Clusters| c.entry(lower).map(|e| c.ids(e).to_vec());
            assert_eq!(found(&at_once), found(&one_by_one), "{w}");
        }
        assert_eq!(at_once.levels(), 2);
        // A word twice, ids that do not fit, ends past the text.
        let mut twice = text.clone();
        twice.push_str("aleppo");
        let mut twice_ends = ends.clone();
        twice_ends.push(twice.len() as u32);
        let mut twice_ids = ids.clone();
        twice_ids.extend_from_slice(&[1, 2]);
        assert!(Clusters::from_lower_parts(twice, twice_ends, twice_ids, 2).is_none());
        assert!(Clusters::from_lower_parts(text.clone(), ends.clone(), ids[1..].to_vec(), 2).is_none());
        assert!(Clusters::from_lower_parts(text.clone(), ends.clone(), ids.clone(), 0).is_none());
        let mut long_ends = ends;
        long_ends.push(text.len() as u32 + 4);
        assert!(Clusters::from_lower_parts(text, long_ends, ids, 2).is_none());
        assert!(Clusters::from_lower_parts(String::new(), Vec::new(), Vec::new(), 3).is_some_and(|c| c.is_empty()));
    }

    #[test]
    fn refuses_bad_lines_with_their_number() {
        assert_eq!(Clusters::parse("a\t1\t2\nb\t1\n").unwrap_err().line, 2);
        assert_eq!(Clusters::parse("a\tx\n").unwrap_err().line, 1);
        assert_eq!(Clusters::parse("a\t65535\n").unwrap_err().line, 1);
        assert_eq!(Clusters::parse("\t1\n").unwrap_err().line, 1);
        assert_eq!(Clusters::parse("a\n").unwrap_err().line, 1);
    }
}
