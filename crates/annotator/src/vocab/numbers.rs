//! Number words: `data/numbers.tsv`, one word a line with its value and kind.
//!
//! The date grammar reads them as counts (`two weeks`, `twenty-four hours`) and day
//! ordinals (`the third quarter`); the casualty tagger composes them into figures
//! (`two hundred and forty`). Both look words up here, so a word added to the file
//! counts in both layers.

use std::sync::LazyLock;

use super::table::{self, DataError, KeyMap};

pub(crate) const FILE: &str = "vocab/data/numbers.tsv";
const SRC: &str = include_str!("data/numbers.tsv");

/// What a number word does in a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `one` to `nine`.
    Unit,
    /// `ten` to `nineteen`.
    Teen,
    /// `twenty` to `ninety`.
    Tens,
    /// `hundred`, `thousand`, `million`, `billion`: multiplies what precedes it.
    Scale,
    /// `first`, `second`, …: a position.
    Ordinal,
}

/// One number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NumberWord {
    pub value: u64,
    pub kind: Kind,
}

struct Numbers {
    words: KeyMap<NumberWord>,
    /// In file order.
    entries: Vec<(&'static str, NumberWord)>,
    /// For each first letter `a`..=`z`, the lengths of the words that start with it
    /// (bit `n`: `n` bytes), so that most words (`of`, `said`) skip the hash look-up.
    shapes: [u32; 26],
}

impl Numbers {
    fn may_hold(&self, word: &str) -> bool {
        let first = word.as_bytes().first().map(|&b| usize::from(b.wrapping_sub(b'a')));
        first.and_then(|i| self.shapes.get(i)).is_some_and(|&lengths| word.len() < 32 && (lengths >> word.len()) & 1 == 1)
    }
}

fn parse(src: &'static str) -> Result<Numbers, DataError> {
    let mut words = KeyMap::default();
    let mut entries = Vec::new();
    let mut shapes = [0u32; 26];
    for (line, fields) in table::rows(src) {
        let err = |message: String| DataError { file: FILE, line, message };
        let [word, value, kind] = fields[..] else {
            return Err(err(format!("expected word, value and kind, found {} fields", fields.len())));
        };
        let value: u64 = value.parse().map_err(|_| err(format!("bad value {value:?}")))?;
        let kind = match kind {
            "unit" => Kind::Unit,
            "teen" => Kind::Teen,
            "tens" => Kind::Tens,
            "scale" => Kind::Scale,
            "ordinal" => Kind::Ordinal,
            _ => return Err(err(format!("unknown kind {kind:?}"))),
        };
        if word.bytes().any(|b| !b.is_ascii_lowercase()) {
            return Err(err(format!("{word:?} is not a lowercase ASCII word")));
        }
        let key = table::key(word.as_bytes()).ok_or_else(|| err(format!("{word:?} is too long")))?;
        let entry = NumberWord { value, kind };
        if words.insert(key, entry).is_some() {
            return Err(err(format!("{word:?} is listed twice")));
        }
        // A lowercase ASCII word short enough for a key (checked above).
        if let Some(lengths) = word.as_bytes().first().and_then(|&b| shapes.get_mut(usize::from(b - b'a'))) {
            *lengths |= 1 << word.len();
        }
        entries.push((word, entry));
    }
    Ok(Numbers { words, entries, shapes })
}

static NUMBERS: LazyLock<Numbers> =
    LazyLock::new(|| parse(SRC).unwrap_or_else(|e| panic!("compiled-in word list (checked by its tests): {e}")));

/// The number word `word` (lowercase, exact), if it is one.
pub(crate) fn lookup(word: &str) -> Option<NumberWord> {
    if !NUMBERS.may_hold(word) {
        return None;
    }
    NUMBERS.words.get(&table::key(word.as_bytes())?).copied()
}

/// Every number word with its reading, in file order (for layers that build their
/// own word tables).
pub(crate) fn entries() -> &'static [(&'static str, NumberWord)] {
    &NUMBERS.entries
}

/// The value of a cardinal word of one of `kinds`.
pub(crate) fn value_of(word: &str, kinds: &[Kind]) -> Option<u64> {
    lookup(word).filter(|n| kinds.contains(&n.kind)).map(|n| n.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shape_filter_passes_every_number_word_and_stops_others() {
        let numbers = &*NUMBERS;
        for (word, n) in entries() {
            assert!(numbers.may_hold(word), "{word}");
            assert_eq!(lookup(word), Some(*n), "{word}");
        }
        for word in ["of", "said", "the", "", "Two", "twos", "\u{e9}t\u{e9}", "seventeenth-century"] {
            assert_eq!(lookup(word), None, "{word}");
        }
        assert!(!numbers.may_hold("of") && !numbers.may_hold("said"));
    }

    #[test]
    fn the_file_parses_without_duplicates() {
        let numbers = parse(SRC).unwrap();
        assert_eq!(numbers.entries.len(), numbers.words.len());
        assert!(numbers.entries.len() >= 40);
    }

    #[test]
    fn kinds_hold_their_ranges() {
        for (word, n) in parse(SRC).unwrap().entries {
            let ok = match n.kind {
                Kind::Unit => (1..=9).contains(&n.value),
                Kind::Teen => (10..=19).contains(&n.value),
                Kind::Tens => n.value % 10 == 0 && (20..=90).contains(&n.value),
                Kind::Scale => n.value >= 100 && n.value.to_string().trim_end_matches('0') == "1",
                Kind::Ordinal => n.value >= 1,
            };
            assert!(ok, "{word}: {n:?}");
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(lookup("twenty"), Some(NumberWord { value: 20, kind: Kind::Tens }));
        assert_eq!(lookup("Twenty"), None);
        assert_eq!(value_of("third", &[Kind::Unit]), None);
        assert_eq!(value_of("billion", &[Kind::Scale]), Some(1_000_000_000));
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let e = parse("one\t1\tunit\ntwo\t2\n").err().unwrap();
        assert_eq!((e.file, e.line), (FILE, 2));
        assert!(parse("one\t1\tunit\none\t1\tunit\n").is_err());
        assert!(parse("One\t1\tunit\n").is_err());
    }
}
