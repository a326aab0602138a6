//! Number readings: each number written in digits, read once per document.
//!
//! A number is a run of ASCII digits (an [`AtomKind::Digits`] atom), then any `,ddd`
//! groups glued on (exactly three digits each), then one `.d+` decimal part: `12`,
//! `1,200`, `250,000`, `1.5`, `12,000.75`. A run of digits glued to a letter before it
//! (`MH17`, `G20`) starts no number: it is part of a word. Every other run of digits
//! starts one, also a run inside an earlier number (`200` of `1,200`, marked
//! [`Number::inner`]): the taggers cut text like `١٢1,200` differently (the casualty
//! rules read `١٢` as punctuation and `1,200` as a number, the date grammar reads
//! `١٢1` as a word and `200` as a number), and each finds its number read. A reader
//! that wants each number of the text once skips the inner ones.
//!
//! Its [`Number::value`] is all its digits, integer part and decimals, read as one
//! integer (`1.5` is 15 with one decimal), `None` when that overflows `u64`: every
//! reader decides what to do with decimals and overflow (the casualty rules take `1.5
//! million` and drop a bare `2.5`; the date grammar saturates a plain run of digits).
//!
//! Number words are read here too ([`read_words`], [`TextView::number_words`](crate::TextView::number_words)):
//! each word of the shared vocabulary (`crate::vocab::numbers`, any ASCII case) with
//! its value and kind, and whether it closes a tens-unit compound with the word before
//! it (`twenty-five`, `Twenty five`: [`compound_at`]). That compound is the one way of
//! combining number words the date grammar and the casualty rules share; each keeps
//! the compound only where its own tokens hold it (a sentence-ending line break between
//! the words ends a casualty figure; the date grammar joins only an ASCII hyphen), and
//! the rest of the combining differs (`fifteen hundred`, `a million`, `a dozen`: see
//! `docs/ARCHITECTURE.md`).

use super::atoms::{glued_kind, Atom, AtomKind};
use crate::vocab::numbers::{self as vocab, Kind};

/// One number written in digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// Its first atom (the first run of digits).
    pub first_atom: u32,
    /// Its last atom.
    pub last_atom: u32,
    /// All its digits (integer part without separators, then the decimals) as one
    /// integer; `None` when that overflows `u64`.
    pub value: Option<u64>,
    /// How many digits its integer part has (separators not counted).
    pub int_digits: u32,
    /// How many digits follow the decimal point (0 when there is none).
    pub decimals: u32,
    /// Whether its integer part has `,ddd` groups.
    pub grouped: bool,
    /// Whether its integer part has more than one digit and starts with `0` (`007`).
    pub leading_zero: bool,
    /// Whether it starts inside the number before it (`200` of `1,200`).
    pub inner: bool,
}

impl Number {
    /// Its text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize).unwrap_or("")
    }

    /// `10^decimals`: what [`value`](Number::value) is divided by; `None` when that
    /// overflows `u64`.
    pub fn divisor(&self) -> Option<u64> {
        10u64.checked_pow(self.decimals)
    }
}

/// Whether atom `i` is the ASCII character `c`, glued to the one before it.
pub(crate) fn glued_byte(atoms: &[Atom], i: usize, c: u8) -> bool {
    atoms.get(i).is_some_and(|a| a.glued() && a.ascii_byte() == Some(c))
}

/// The last atom of the number whose first run of digits is atom `k`: then `,ddd`
/// groups (exactly three digits each), then one `.d+` part.
pub(crate) fn number_end(atoms: &[Atom], k: usize) -> usize {
    let mut last = k;
    while glued_byte(atoms, last + 1, b',') && atoms.get(last + 2).is_some_and(|a| a.glued() && a.kind == AtomKind::Digits && a.len() == 3)
    {
        last += 2;
    }
    if glued_byte(atoms, last + 1, b'.') && glued_kind(atoms, last + 2, |kind| kind == AtomKind::Digits) {
        last += 2;
    }
    last
}

/// Appends the numbers of a text to `out` (`atoms` are [`TextView::atoms`](crate::TextView::atoms)
/// of `text`), in text order: one starting at each run of digits not glued to a letter
/// before it.
pub fn read(text: &str, atoms: &[Atom], out: &mut Vec<Number>) {
    let mut reader = Reader::default();
    // Runs of digits are a few atoms in a hundred: skip to each with a tight search.
    let mut k = 0;
    while let Some(skip) = atoms.get(k..).and_then(|rest| rest.iter().position(|a| a.kind == AtomKind::Digits)) {
        k += skip;
        reader.read_at(text, atoms, k, out);
        k += 1;
    }
}

/// [`read`] one run of digits at a time.
#[derive(Debug, Default)]
struct Reader {
    /// One past the last atom of the last number that was not inner.
    outer_end: usize,
}

impl Reader {
    /// Reads the number that starts at atom `k`, a run of digits, into `out` (unless a
    /// letter before it makes it part of a word); call it for the runs in text order.
    fn read_at(&mut self, text: &str, atoms: &[Atom], k: usize, out: &mut Vec<Number>) {
        let Some(atom) = atoms.get(k) else { return };
        let in_word = atom.glued()
            && k.checked_sub(1).and_then(|p| atoms.get(p)).is_some_and(|p| matches!(p.kind, AtomKind::Letters | AtomKind::ForeignLetters));
        if in_word {
            return;
        }
        let last = number_end(atoms, k);
        let end = atoms.get(last).map_or(atom.end, |a| a.end);
        let (mut value, mut int_digits, mut decimals, mut in_decimals) = (Some(0u64), 0u32, 0u32, false);
        for &b in text.as_bytes().get(atom.start as usize..end as usize).unwrap_or(&[]) {
            match b {
                b'0'..=b'9' => {
                    value = value.and_then(|v| v.checked_mul(10)).and_then(|v| v.checked_add(u64::from(b - b'0')));
                    if in_decimals {
                        decimals += 1;
                    } else {
                        int_digits += 1;
                    }
                }
                b'.' => in_decimals = true,
                _ => {}
            }
        }
        out.push(Number {
            start: atom.start,
            end,
            first_atom: k as u32,
            last_atom: last as u32,
            value,
            int_digits,
            decimals,
            grouped: last > k && glued_byte(atoms, k + 1, b','),
            leading_zero: int_digits > 1 && atom.first_byte == b'0',
            inner: k < self.outer_end,
        });
        if k >= self.outer_end {
            self.outer_end = last + 1;
        }
    }
}

/// The number of `numbers` (in text order, as [`read`] gives them) that starts at
/// byte `start`.
pub fn at(numbers: &[Number], start: usize) -> Option<&Number> {
    let i = numbers.partition_point(|n| (n.start as usize) < start);
    numbers.get(i).filter(|n| n.start as usize == start)
}

/// The number of `numbers` whose first atom is atom `k`, searching from `*cursor` on
/// (for readers that walk the atoms in order: the cursor only moves forward).
pub fn at_atom<'n>(numbers: &'n [Number], cursor: &mut usize, k: usize) -> Option<&'n Number> {
    while numbers.get(*cursor).is_some_and(|n| (n.first_atom as usize) < k) {
        *cursor += 1;
    }
    numbers.get(*cursor).filter(|n| n.first_atom as usize == k)
}

/// One number word of the text (`twenty`, `Five`, `hundred`, `third`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NumberWord {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// Its atom (a run of ASCII letters).
    pub atom: u32,
    /// Its value in the vocabulary (`twenty` 20, `third` 3).
    pub value: u64,
    /// Its kind in the vocabulary.
    pub kind: Kind,
    /// Whether it is a unit word (`one` to `nine`) that closes a tens-unit compound
    /// with the number word before it, a tens word joined to it by whitespace (line
    /// breaks too) or by a hyphen glued on both sides ([`is_hyphen`]).
    pub joins_tens: bool,
}

/// The longest number word the vocabulary may hold (longer runs of letters are not
/// looked up).
const MAX_WORD: usize = 16;

/// Whether `c` joins a compound number word: the ASCII hyphen, the Unicode hyphen and
/// non-breaking hyphen, the figure dash and the en dash.
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}')
}

/// Appends the number words of a text to `out` (`atoms` are
/// [`TextView::atoms`](crate::TextView::atoms) of `text`), in text order: each run of
/// ASCII letters that is, lowercased, a word of the vocabulary (a run glued to other
/// letters or digits is read too: the taggers decide what a word is).
pub(crate) fn read_words(text: &str, atoms: &[Atom], out: &mut Vec<NumberWord>) {
    let bytes = text.as_bytes();
    let mut buf = [0u8; MAX_WORD];
    for (k, atom) in atoms.iter().enumerate() {
        if atom.kind != AtomKind::Letters || atom.len() > MAX_WORD {
            continue;
        }
        let Some(word) = bytes.get(atom.start as usize..atom.end as usize) else { continue };
        let lower = &mut buf[..word.len()];
        for (dst, src) in lower.iter_mut().zip(word) {
            *dst = src.to_ascii_lowercase();
        }
        let Some(found) = std::str::from_utf8(lower).ok().and_then(vocab::lookup) else { continue };
        let joins_tens = found.kind == Kind::Unit
            && out.last().is_some_and(|p: &NumberWord| {
                p.kind == Kind::Tens
                    && (if atom.glued() {
                        // `twenty-five`: the tens word, a glued hyphen, this word.
                        p.atom as usize + 2 == k
                            && atoms
                                .get(k - 1)
                                .is_some_and(|h| h.glued() && h.kind == AtomKind::Punct && h.first_char(text).is_some_and(is_hyphen))
                    } else {
                        // `twenty five`: only whitespace between.
                        p.atom as usize + 1 == k
                    })
            });
        out.push(NumberWord { start: atom.start, end: atom.end, atom: k as u32, value: found.value, kind: found.kind, joins_tens });
    }
}

/// A tens-unit compound (`twenty-five`): the tens word's and the unit word's byte
/// ranges and the value of both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Compound {
    /// The tens word.
    pub tens: (usize, usize),
    /// The unit word.
    pub unit: (usize, usize),
    /// Tens plus unit (`twenty-five` 25).
    pub value: u64,
}

/// The tens-unit compound of `words` (in text order, as [`read_words`] gives them)
/// whose tens word starts at byte `start`.
pub(crate) fn compound_at(words: &[NumberWord], start: usize) -> Option<Compound> {
    let i = words.partition_point(|w| (w.start as usize) < start);
    let (tens, unit) = (words.get(i)?, words.get(i + 1)?);
    (tens.start as usize == start && unit.joins_tens).then(|| Compound {
        tens: (tens.start as usize, tens.end as usize),
        unit: (unit.start as usize, unit.end as usize),
        value: tens.value + unit.value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TextView;

    fn compounds(text: &str) -> Vec<(&str, u64)> {
        let view = TextView::new(text);
        view.number_words()
            .iter()
            .filter_map(|w| compound_at(view.number_words(), w.start as usize))
            .map(|c| (text.get(c.tens.0..c.unit.1).unwrap_or(""), c.value))
            .collect()
    }

    #[test]
    fn number_words_with_value_kind_and_offsets() {
        let text = "Köln: Twenty-five of ONE hundred, the third; twentyfive x2";
        let view = TextView::new(text);
        let read: Vec<(&str, u64, Kind, bool)> = view
            .number_words()
            .iter()
            .map(|w| (text.get(w.start as usize..w.end as usize).unwrap_or(""), w.value, w.kind, w.joins_tens))
            .collect();
        assert_eq!(
            read,
            [
                ("Twenty", 20, Kind::Tens, false),
                ("five", 5, Kind::Unit, true),
                ("ONE", 1, Kind::Unit, false),
                ("hundred", 100, Kind::Scale, false),
                ("third", 3, Kind::Ordinal, false),
            ]
        );
        assert!(TextView::new("").number_words().is_empty());
        assert!(TextView::new("ö ½ ٣ — ").number_words().is_empty());
    }

    #[test]
    fn tens_unit_compounds_join_by_whitespace_or_a_glued_hyphen() {
        assert_eq!(compounds("twenty-five"), [("twenty-five", 25)]);
        assert_eq!(compounds("é ninety\nnine, forty\u{2013}two"), [("ninety\nnine", 99), ("forty\u{2013}two", 42)]);
        assert_eq!(compounds("twenty - five, twenty -five, twenty- five, twenty--five"), []);
        assert_eq!(compounds("twenty fifteen, twenty twenty, five twenty, twenty, five, twenty first"), []);
        assert_eq!(compounds("twenty—five"), [], "an em dash joins nothing");
    }

    #[test]
    fn a_scale_after_scale_is_read_word_by_word_without_overflow() {
        let text = "a million million million billion billion";
        let view = TextView::new(text);
        let values: Vec<u64> = view.number_words().iter().map(|w| w.value).collect();
        assert_eq!(values, [1_000_000, 1_000_000, 1_000_000, 1_000_000_000, 1_000_000_000]);
        assert!(view.number_words().iter().all(|w| w.kind == Kind::Scale && !w.joins_tens));
        let long = "twenty".repeat(50);
        assert!(TextView::new(&long).number_words().is_empty(), "a run too long for a word");
    }

    fn numbers(text: &str) -> Vec<(String, Option<u64>, u32, bool)> {
        let view = TextView::new(text);
        view.numbers().iter().filter(|n| !n.inner).map(|n| (n.text(text).to_string(), n.value, n.decimals, n.grouped)).collect()
    }

    #[test]
    fn digits_groups_and_decimals() {
        assert_eq!(
            numbers("12 killed, 1,200 hurt, 1.5 million fled; 12,000.75 and 1,2345"),
            [
                ("12".to_string(), Some(12), 0, false),
                ("1,200".to_string(), Some(1200), 0, true),
                ("1.5".to_string(), Some(15), 1, false),
                ("12,000.75".to_string(), Some(1_200_075), 2, true),
                ("1".to_string(), Some(1), 0, false),
                ("2345".to_string(), Some(2345), 0, false),
            ]
        );
    }

    #[test]
    fn digits_in_words_start_no_number_and_a_second_point_ends_one() {
        assert_eq!(numbers("MH17 G20 é5"), []);
        let read: Vec<String> = numbers("1.2.3 12km 007").into_iter().map(|n| n.0).collect();
        assert_eq!(read, ["1.2", "3", "12", "007"]);
        let view = TextView::new("007");
        assert!(view.numbers()[0].leading_zero && view.numbers()[0].int_digits == 3);
    }

    #[test]
    fn overflow_reads_as_none_and_never_panics() {
        let long = "9".repeat(40);
        let text = format!("{long} and 18446744073709551615 and 18446744073709551616 and 1.{long}");
        let read = numbers(&text);
        assert_eq!(read[0].1, None);
        assert_eq!(read[1].1, Some(u64::MAX));
        assert_eq!(read[2].1, None);
        assert_eq!((read[3].1, read[3].2), (None, 40));
        let view = TextView::new(&text);
        assert_eq!(view.numbers()[3].divisor(), None);
    }

    #[test]
    fn malformed_text_has_no_numbers_and_multibyte_offsets_hold() {
        assert_eq!(numbers(""), []);
        assert_eq!(numbers(".,;:!?"), []);
        assert_eq!(numbers("٣ ½ ²"), [], "non-ASCII numerals are not read");
        let text = "Köln — 25 dead, €1,000";
        let view = TextView::new(text);
        let read: Vec<(&str, bool)> = view.numbers().iter().map(|n| (n.text(text), n.inner)).collect();
        assert_eq!(read, [("25", false), ("1,000", false), ("000", true)]);
        assert_eq!(at(view.numbers(), text.find("1,000").unwrap_or(0)).map(|n| n.value), Some(Some(1000)));
        assert_eq!(at(view.numbers(), 1), None);
    }

    #[test]
    fn the_cursor_finds_each_number_by_its_first_atom() {
        let text = "In 2015, 12 of 1,200 died";
        let view = TextView::new(text);
        let mut cursor = 0;
        let found: Vec<u64> =
            (0..view.atoms().len()).filter_map(|k| at_atom(view.numbers(), &mut cursor, k).and_then(|n| n.value)).collect();
        assert_eq!(found, [2015, 12, 1200, 200]);
    }

    #[test]
    fn runs_inside_a_number_are_read_too() {
        let text = "1,200,300.5 and \u{0662}1,200";
        let view = TextView::new(text);
        let read: Vec<(&str, bool)> = view.numbers().iter().map(|n| (n.text(text), n.inner)).collect();
        assert_eq!(read, [("1,200,300.5", false), ("200,300.5", true), ("300.5", true), ("5", true), ("1,200", false), ("200", true)]);
    }
}
