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

#[cfg(test)]
mod tests {
    use super::*;

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
