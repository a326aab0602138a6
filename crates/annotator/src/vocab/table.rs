//! The line format of the word-list data files.
//!
//! One entry a line, fields separated by tabs; `#` starts a comment line and blank
//! lines are skipped. The files are compiled in, so a malformed line is a defect of the
//! build that the tests of each list catch, reported with file and line.

use std::fmt;

/// A malformed line of a compiled-in data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DataError {
    /// The file, as named in the source tree.
    pub file: &'static str,
    /// The 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for DataError {}

/// The entry lines of `src`: `(1-based line number, tab-separated fields)`.
pub(crate) fn rows(src: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    src.lines().enumerate().filter_map(|(n, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            return None;
        }
        Some((n + 1, line.split('\t').map(str::trim).collect()))
    })
}

/// Packs a lowercase word of at most [`MAX_KEY`] bytes into one integer: the hash keys
/// of the word tables, so a lookup hashes one `u128` instead of a string.
pub(crate) fn key(word: &[u8]) -> Option<u128> {
    if word.len() > MAX_KEY {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..word.len()].copy_from_slice(word);
    buf[15] = word.len() as u8;
    Some(u128::from_le_bytes(buf))
}

/// [`key`] of `word` with ASCII letters lowercased (non-ASCII bytes are kept, so they
/// never match the ASCII lists).
pub(crate) fn folded_key(word: &[u8]) -> Option<u128> {
    if word.len() > MAX_KEY {
        return None;
    }
    let mut buf = [0u8; 16];
    for (dst, src) in buf.iter_mut().zip(word) {
        *dst = src.to_ascii_lowercase();
    }
    buf[15] = word.len() as u8;
    Some(u128::from_le_bytes(buf))
}

/// The longest word a table can hold.
pub(crate) const MAX_KEY: usize = 15;

/// A hash map keyed by [`key`], with a fast fixed hasher (the keys are compiled-in
/// words, not input an attacker chooses).
pub(crate) type KeyMap<V> = std::collections::HashMap<u128, V, foldhash::fast::FixedState>;

/// A filter in front of word tables: for each first two bytes of a word (their five
/// low bits, so ASCII case does not matter; `0` for a missing second byte) the lengths
/// of the words put in (bit `n`: `n` bytes). A word it rejects is in none of them, so
/// a caller skips the hash (most words of running text: `said`, `of`, `which`); one it
/// passes may still be missing. Words longer than [`MAX_KEY`] are never held.
#[derive(Debug, Clone)]
pub(crate) struct Shapes {
    lengths: Box<[u16; 1024]>,
}

impl Default for Shapes {
    fn default() -> Self {
        Shapes { lengths: Box::new([0; 1024]) }
    }
}

impl Shapes {
    /// The slot of a word's first two bytes.
    #[inline]
    fn slot(first: u8, second: u8) -> usize {
        (usize::from(first & 31) << 5) | usize::from(second & 31)
    }

    /// Puts in the word of `key` (a [`key`] or [`folded_key`]: the word's bytes, then
    /// zeros, its length in the last byte).
    pub(crate) fn insert_key(&mut self, key: u128) {
        let b = key.to_le_bytes();
        if let Some(lengths) = self.lengths.get_mut(Self::slot(b[0], b[1])) {
            *lengths |= 1u16.checked_shl(u32::from(b[15])).unwrap_or(0);
        }
    }

    /// Puts in `word` (at most [`MAX_KEY`] bytes; a longer one is ignored).
    pub(crate) fn insert_word(&mut self, word: &[u8]) {
        if let Some(key) = key(word) {
            self.insert_key(key);
        }
    }

    /// Whether the word of `key` may have been put in (never `false` for one that was).
    #[inline]
    pub(crate) fn may_hold_key(&self, key: u128) -> bool {
        let b = key.to_le_bytes();
        self.lengths.get(Self::slot(b[0], b[1])).is_some_and(|&l| l.checked_shr(u32::from(b[15])).unwrap_or(0) & 1 == 1)
    }

    /// Whether `word` may have been put in (never `false` for one that was).
    #[inline]
    pub(crate) fn may_hold(&self, word: &[u8]) -> bool {
        let first = word.first().copied().unwrap_or(0);
        let second = word.get(1).copied().unwrap_or(0);
        word.len() <= MAX_KEY
            && self.lengths.get(Self::slot(first, second)).is_some_and(|&l| l.checked_shr(word.len() as u32).unwrap_or(0) & 1 == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_never_reject_a_word_put_in() {
        let words = ["a", "an", "twenty", "Seven", "mid-", "o'clock", "x1", "fifteenletters1"];
        let mut by_word = Shapes::default();
        let mut by_key = Shapes::default();
        for w in words {
            by_word.insert_word(w.as_bytes());
            by_key.insert_key(folded_key(w.as_bytes()).unwrap());
        }
        for w in words {
            for shapes in [&by_word, &by_key] {
                assert!(shapes.may_hold(w.as_bytes()), "{w}");
                assert!(shapes.may_hold(w.to_ascii_uppercase().as_bytes()), "{w}");
                assert!(shapes.may_hold_key(folded_key(w.as_bytes()).unwrap()), "{w}");
                assert!(shapes.may_hold_key(key(w.as_bytes()).unwrap()), "{w}");
            }
        }
        for w in ["", "of", "said", "twenty1", "b", "sixteen-letters1"] {
            assert!(!by_word.may_hold(w.as_bytes()), "{w}");
            assert!(folded_key(w.as_bytes()).is_none_or(|k| !by_key.may_hold_key(k)), "{w}");
        }
    }

    #[test]
    fn rows_skip_comments_and_blanks() {
        let rows: Vec<_> = rows("# c\n\na\t1\r\n  # d\nb\t2\t x \n").collect();
        assert_eq!(rows, [(3, vec!["a", "1"]), (5, vec!["b", "2", "x"])]);
    }

    #[test]
    fn keys_fold_case_and_keep_length() {
        assert_eq!(key(b"may"), folded_key(b"MaY"));
        assert_ne!(key(b"a"), key(b"a\0"));
        assert_eq!(key(&[b'x'; 16]), None);
    }
}
