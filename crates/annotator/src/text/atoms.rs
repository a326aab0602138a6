//! The finest split of a text that the taggers share: [`Atom`]s.
//!
//! One left-to-right pass cuts the text into maximal runs of ASCII letters, of other
//! letters and of ASCII digits, and single characters of everything else that is not
//! whitespace; each atom records the whitespace before it (whether any, how many
//! `\n`, where the first is, whether a Unicode line separator is among it). The last
//! atom is always an empty [`AtomKind::End`] at the end of the text, whose gap is the
//! trailing whitespace.
//!
//! The taggers' own tokens are unions of consecutive atoms with no whitespace between
//! them, composed by each tagger's rules: the date grammar's (`dates::lexicon::compose`)
//! keeps `2015-06-01` as one number and drops a glued hyphen, the casualty rules'
//! (`casualties::tokens::compose`) read `1,200` only with exact three-digit groups. The
//! atoms are cut so that no tagger needs to cut one: ASCII and other letters are
//! separate runs because the date grammar reads a word of ASCII letters only, and a
//! non-ASCII numeral (`½`, `٣`) is one character because the casualty rules read it as
//! punctuation, one character at a time.
//!
//! Whitespace, between atoms, is what every tagger skips: space, tab, `\r`, `\n` and
//! the non-ASCII characters of Unicode's `White_Space`. The ASCII controls `\x0b` and
//! `\x0c` are atoms ([`AtomKind::Punct`]): the date grammar reads them as punctuation,
//! the casualty rules as whitespace.
//!
//! ```
//! use annotator::text::{AtomKind, TextView};
//! let view = TextView::new("U.S. troops,\n12km");
//! let atoms: Vec<_> = view.atoms().iter().map(|a| (a.text(view.text()), a.kind)).collect();
//! use AtomKind::*;
//! assert_eq!(
//!     atoms,
//!     [("U", Letters), (".", Punct), ("S", Letters), (".", Punct), ("troops", Letters), (",", Punct),
//!      ("12", Digits), ("km", Letters), ("", End)]
//! );
//! let twelve = &view.atoms()[6];
//! assert!(twelve.space_before() && twelve.newlines == 1 && twelve.first_newline == 12);
//! assert!(view.atoms()[7].glued());
//! ```

/// What an atom is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AtomKind {
    /// A maximal run of ASCII letters.
    Letters,
    /// A maximal run of non-ASCII alphabetic characters (`ö`, `שלום`).
    ForeignLetters,
    /// A maximal run of ASCII digits.
    Digits,
    /// One non-ASCII character that is numeric but not alphabetic (`½`, `٣`, `²`).
    Numeral,
    /// One character that is neither a letter, a digit, a numeral nor whitespace
    /// (`.`, `’`, `–`, `€`, a combining accent, `\x0c`).
    Punct,
    /// The end of the text: empty, always the last atom.
    End,
}

impl AtomKind {
    /// Letters, digits or a numeral: what `char::is_alphanumeric` accepts.
    pub fn is_alphanumeric(self) -> bool {
        matches!(self, AtomKind::Letters | AtomKind::ForeignLetters | AtomKind::Digits | AtomKind::Numeral)
    }

    /// Letters of either kind: what `char::is_alphabetic` accepts.
    pub fn is_alphabetic(self) -> bool {
        matches!(self, AtomKind::Letters | AtomKind::ForeignLetters)
    }

    /// ASCII letters or digits.
    pub fn is_ascii_alphanumeric(self) -> bool {
        matches!(self, AtomKind::Letters | AtomKind::Digits)
    }
}

/// One atom: a byte range of the text and the whitespace before it (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Atom {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// The byte of the first `\n` before it (meaningful when `newlines > 0`).
    pub first_newline: u32,
    /// What it is.
    pub kind: AtomKind,
    /// Its first byte (0 for [`AtomKind::End`]).
    pub first_byte: u8,
    /// How many `\n` the whitespace before it holds (at most 255 are counted).
    pub newlines: u8,
    /// [`SPACE_BEFORE`] and [`LINE_SEPARATOR`].
    flags: u8,
}

/// Whitespace separates the atom from the one before it.
const SPACE_BEFORE: u8 = 1;
/// The whitespace before the atom holds U+2028, U+2029 or U+0085.
const LINE_SEPARATOR: u8 = 2;
/// The whitespace before the atom holds a `\n` or a [`LINE_SEPARATOR`].
const LINE_BREAK: u8 = 4;

impl Atom {
    /// The atom's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize).unwrap_or("")
    }

    /// Its first character (`None` for [`AtomKind::End`]).
    pub fn first_char(&self, text: &str) -> Option<char> {
        if self.first_byte < 0x80 && !self.is_empty() {
            return Some(char::from(self.first_byte));
        }
        self.text(text).chars().next()
    }

    /// The atom's byte when it is one ASCII character (`.`, `'`, `\x0c`).
    pub fn ascii_byte(&self) -> Option<u8> {
        (self.end == self.start + 1 && self.first_byte < 0x80).then_some(self.first_byte)
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether it is empty (only [`AtomKind::End`] is).
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// Whether whitespace separates it from the previous atom (or, for the first atom,
    /// from the start of the text).
    pub fn space_before(&self) -> bool {
        self.flags & SPACE_BEFORE != 0
    }

    /// Whether it follows the previous atom (or the start of the text) with nothing
    /// between them.
    pub fn glued(&self) -> bool {
        self.flags & SPACE_BEFORE == 0
    }

    /// Whether the whitespace before it holds a Unicode line or paragraph separator
    /// or a next-line character (U+2028, U+2029, U+0085).
    pub fn line_separator(&self) -> bool {
        self.flags & LINE_SEPARATOR != 0
    }

    /// Whether the whitespace before it breaks the line: a `\n` or a
    /// [line separator](Atom::line_separator).
    pub fn line_break(&self) -> bool {
        self.flags & LINE_BREAK != 0
    }
}

/// Whether atom `i` exists, follows the atom before it with nothing between them, and
/// is of a kind `is` accepts: the question every composer asks to join atoms.
#[inline]
pub fn glued_kind(atoms: &[Atom], i: usize, is: impl Fn(AtomKind) -> bool) -> bool {
    atoms.get(i).is_some_and(|a| a.glued() && is(a.kind))
}

/// The last atom of the run that starts at atom `k` and goes on over glued atoms of
/// kinds `is` accepts (`k` itself when the next is not one).
#[inline]
pub fn run_end(atoms: &[Atom], k: usize, is: impl Fn(AtomKind) -> bool + Copy) -> usize {
    let mut last = k;
    while glued_kind(atoms, last + 1, is) {
        last += 1;
    }
    last
}

/// How [`atomize`] reads an ASCII byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Byte {
    Space,
    Newline,
    Letter,
    Digit,
    Punct,
    NonAscii,
}

/// [`Byte`] of every byte value.
static BYTES: [Byte; 256] = {
    let mut table = [Byte::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b' ' | b'\t' | b'\r' => Byte::Space,
            b'\n' => Byte::Newline,
            b'a'..=b'z' | b'A'..=b'Z' => Byte::Letter,
            b'0'..=b'9' => Byte::Digit,
            _ => Byte::Punct,
        };
        b += 1;
    }
    table
};

/// Cuts `text` into atoms, appending them to `out` (which is not cleared); the last
/// one appended is [`AtomKind::End`].
pub fn atomize(text: &str, out: &mut Vec<Atom>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // The whitespace since the last atom: its flags (`SPACE_BEFORE`, `LINE_BREAK`,
    // `LINE_SEPARATOR`, set as it is read), its `\n`s and where the first is.
    let (mut flags, mut newlines, mut first_newline) = (0u8, 0u8, 0usize);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (end, kind) = match BYTES[usize::from(b)] {
            Byte::Space => {
                flags |= SPACE_BEFORE;
                i += 1;
                continue;
            }
            Byte::Newline => {
                if newlines == 0 {
                    first_newline = i;
                }
                newlines = newlines.saturating_add(1);
                flags |= SPACE_BEFORE | LINE_BREAK;
                i += 1;
                continue;
            }
            Byte::Letter => (letters_end(bytes, i), AtomKind::Letters),
            Byte::Digit => (run(bytes, i, u8::is_ascii_digit), AtomKind::Digits),
            Byte::Punct => (i + 1, AtomKind::Punct),
            Byte::NonAscii => {
                let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
                let len = c.len_utf8();
                if is_general_punctuation(c) {
                    // Curly quotes, dashes, bullets: punctuation without the Unicode tables.
                    (i + len, AtomKind::Punct)
                } else if c.is_whitespace() {
                    flags |= SPACE_BEFORE;
                    if matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}') {
                        flags |= LINE_SEPARATOR | LINE_BREAK;
                    }
                    i += len;
                    continue;
                } else if c.is_alphabetic() {
                    let rest = text.get(i..).unwrap_or("");
                    let run: usize = rest.chars().take_while(|c| !c.is_ascii() && c.is_alphabetic()).map(char::len_utf8).sum();
                    (i + run, AtomKind::ForeignLetters)
                } else if c.is_numeric() {
                    (i + len, AtomKind::Numeral)
                } else {
                    (i + len, AtomKind::Punct)
                }
            }
        };
        out.push(Atom { start: i as u32, end: end as u32, first_newline: first_newline as u32, kind, first_byte: b, newlines, flags });
        (flags, newlines) = (0, 0);
        i = end;
        // One space between words, the most common gap, without another turn.
        if bytes.get(i) == Some(&b' ') {
            flags = SPACE_BEFORE;
            i += 1;
        }
    }
    out.push(Atom {
        start: n as u32,
        end: n as u32,
        first_newline: first_newline as u32,
        kind: AtomKind::End,
        first_byte: 0,
        newlines,
        flags,
    });
}

/// The characters of the General Punctuation block that are neither whitespace,
/// letters nor numerals (`‘’“”–—•…`): what news text holds most of its non-ASCII
/// characters in, read as [`AtomKind::Punct`] without looking them up.
#[inline]
fn is_general_punctuation(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}')
}

/// The end of the run of ASCII letters from `start` on (`start` is one), eight bytes
/// at a time while eight are left: most of a text's bytes are letters.
#[inline]
fn letters_end(bytes: &[u8], start: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const CASE: u64 = 0x2020_2020_2020_2020;
    const FROM_A: u64 = 0x1f1f_1f1f_1f1f_1f1f;
    const FROM_BRACE: u64 = 0x0505_0505_0505_0505;
    let mut i = start + 1;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Per byte, no carry between bytes: `| 0x20` folds upper case onto lower case;
        // the high bit of `y + 0x1f` is set from `a` (0x61) on, that of `y + 0x05`
        // from `{` (0x7b) on; non-ASCII bytes are no letters.
        let y = (x | CASE) & !HIGH;
        let letters = (y + FROM_A) & !(y + FROM_BRACE) & !x & HIGH;
        if letters != HIGH {
            // The first byte (little-endian: the lowest) whose high bit is clear.
            return i + ((!letters & HIGH).trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    run(bytes, i - 1, u8::is_ascii_alphabetic)
}

/// The end of the run of bytes that `is` accepts from `start` on (`start` is one).
#[inline]
fn run(bytes: &[u8], start: usize, is: impl Fn(&u8) -> bool) -> usize {
    let rest = bytes.get(start + 1..).unwrap_or(&[]);
    start + 1 + rest.iter().position(|b| !is(b)).unwrap_or(rest.len())
}

/// Texts that the taggers' composers are checked on against their old lexers.
#[cfg(test)]
pub(crate) mod samples {
    use proptest::prelude::*;

    /// Pieces the lexers treat specially, for [`tricky_text`].
    const PIECES: &[&str] = &[
        "U.S.", "u.s.", "U.S", "A.B.C", "'80s", "'80S", "'80s1", "'1980s", "2014-2016", "1989-91", "1989-88", "2015-06-01", "06/01/2015",
        "6/1/15", "7:15", "2:05:30", "1,200", "1,2345", "12,000,000", "1.5", "1.5.6", "12km", "1990s", "5pm", "MH17", "four-year",
        "mid-2013", "Syria's", "Shi’ite", "rebels'", "killed", "KILLED", "The", "Fridays", "Sept", "two", "al-Assad", "Köln", "12é",
        "12aé", "aé1", "١٢", "--", "—", "…", "\r\n", "\n\n", " \n ",
    ];

    /// Text made of the characters and pieces on which the lexers' rules differ.
    pub(crate) fn tricky_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            3 => "[a-zA-Z0-9éößשא'’‘,.:/\\-–—€£¥%$\"() \t\r\n\x0b\x0c\u{a0}\u{85}\u{2028}\u{2029}½٣²\u{301}\u{200b}]{1,3}",
            1 => proptest::sample::select(PIECES).prop_map(str::to_string),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    /// `Ok` when `compose` and `reference` cut `text` into the same tokens, every field
    /// that `fields` picks equal; else the text, the first token that differs and both
    /// versions of it.
    pub(crate) fn same_tokens<T, F: PartialEq + std::fmt::Debug>(
        text: &str,
        compose: fn(&str, &mut Vec<T>),
        reference: fn(&str, &mut Vec<T>),
        fields: fn(&T) -> F,
    ) -> Result<(), String> {
        let (mut composed, mut expected) = (Vec::new(), Vec::new());
        compose(text, &mut composed);
        reference(text, &mut expected);
        let composed: Vec<F> = composed.iter().map(fields).collect();
        let expected: Vec<F> = expected.iter().map(fields).collect();
        if composed == expected {
            return Ok(());
        }
        let at = composed.iter().zip(&expected).take_while(|(a, b)| a == b).count();
        Err(format!("{text:?}: token {at}: composed {:?}, reference {:?}", composed.get(at), expected.get(at)))
    }

    /// The three checks each composer passes against its old lexer: on [`tricky_text`],
    /// on any text, and on [`corpus_texts`]. Used in the date and casualty lexers' tests
    /// as `composer_matches_reference!(tokenize, reference::tokenize, fields)`.
    macro_rules! composer_matches_reference {
        ($compose:path, $reference:path, $fields:path) => {
            fn composed_equals_reference(text: &str) -> Result<(), String> {
                $crate::text::atoms::samples::same_tokens(text, $compose, $reference, $fields)
            }

            proptest::proptest! {
                #![proptest_config(proptest::test_runner::Config::with_cases(2000))]
                /// On text drawn from the characters and pieces the rules treat specially.
                #[test]
                fn composed_tokens_equal_the_reference_lexer(text in $crate::text::atoms::samples::tricky_text()) {
                    proptest::prop_assert!(composed_equals_reference(&text).is_ok(), "{}", composed_equals_reference(&text).err().unwrap_or_default());
                }

                /// On any text.
                #[test]
                fn composed_tokens_equal_the_reference_lexer_on_any_text(text in "\\PC{0,60}|(?s:.{0,30})") {
                    proptest::prop_assert!(composed_equals_reference(&text).is_ok(), "{}", composed_equals_reference(&text).err().unwrap_or_default());
                }
            }

            #[test]
            fn composed_tokens_equal_the_reference_lexer_on_the_corpora() {
                let texts = $crate::text::atoms::samples::corpus_texts();
                assert!(!texts.is_empty(), "the bundled corpus has documents");
                for text in &texts {
                    assert_eq!(composed_equals_reference(text), Ok(()));
                }
            }
        };
    }
    pub(crate) use composer_matches_reference;

    /// The texts of the bundled corpus and, when `../shared/data` is there, of the
    /// development corpora (ACLED notes, CoNLL-2003 development set, TimeBank, WNUT-17).
    pub(crate) fn corpus_texts() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut texts = Vec::new();
        let mut read = |path: std::path::PathBuf| {
            let records = reader::Format::detect(&path).and_then(|f| f.read(&path, &reader::ReadOptions::default()));
            let records = records.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            texts.extend(records.map(|r| r.map(|r| r.doc.doc.text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))));
        };
        read(root.join("corpora/aleppo-2015"));
        let data = root.join("../shared/data");
        if !data.is_dir() {
            eprintln!("skipping the development corpora: {} is absent", data.display());
            return texts;
        }
        for path in [
            "acled/acled-2015-south-asia.jsonl",
            "acled/acled-2016-africa.jsonl",
            "conll2003/eng.testa",
            "timebank/TimeBank",
            "timebank/AQUAINT",
            "wnut17/emerging.dev.conll",
        ] {
            read(data.join(path));
        }
        texts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atoms(text: &str) -> Vec<Atom> {
        let mut out = Vec::new();
        atomize(text, &mut out);
        out
    }

    /// The General Punctuation characters read without the Unicode tables are those
    /// the tables read as punctuation.
    #[test]
    fn general_punctuation_is_what_the_unicode_tables_say() {
        let mut fast = 0;
        for c in '\u{2000}'..='\u{206f}' {
            if is_general_punctuation(c) {
                fast += 1;
                assert!(!c.is_whitespace() && !c.is_alphabetic() && !c.is_numeric(), "{:x}", u32::from(c));
                let text = format!("a{c}b");
                assert_eq!(atoms(&text)[1].kind, AtomKind::Punct, "{:x}", u32::from(c));
            }
        }
        assert_eq!(fast, 24 + 47);
    }

    #[test]
    fn runs_split_by_class_and_script() {
        let text = "Köln’s 1,200 U.S.\u{a0}½x٣ א";
        let got: Vec<(&str, AtomKind)> = atoms(text).iter().map(|a| (a.text(text), a.kind)).collect();
        use AtomKind::*;
        assert_eq!(
            got,
            [
                ("K", Letters),
                ("ö", ForeignLetters),
                ("ln", Letters),
                ("’", Punct),
                ("s", Letters),
                ("1", Digits),
                (",", Punct),
                ("200", Digits),
                ("U", Letters),
                (".", Punct),
                ("S", Letters),
                (".", Punct),
                ("½", Numeral),
                ("x", Letters),
                ("٣", Numeral),
                ("א", ForeignLetters),
                ("", End),
            ]
        );
    }

    #[test]
    fn letter_runs_end_at_every_other_byte() {
        for b in 0..=255u8 {
            let mut bytes = *b"abcdefghijklmnopqrst";
            for at in 1..bytes.len() {
                bytes[at] = b;
                let end = if b.is_ascii_alphabetic() { bytes.len() } else { at };
                assert_eq!(letters_end(&bytes, 0), end, "byte {b:#x} at {at}");
                bytes[at] = b'x';
            }
        }
    }

    #[test]
    fn gaps_record_spaces_and_line_breaks() {
        let text = "a \n\r\n b\u{2028}c\x0cd\n";
        let a = atoms(text);
        assert!(!a[0].space_before() && a[0].glued());
        assert_eq!((a[1].newlines, a[1].first_newline, a[1].space_before()), (2, 2, true));
        assert!(a[2].line_separator() && a[2].space_before() && a[2].newlines == 0);
        assert_eq!((a[3].kind, a[3].ascii_byte()), (AtomKind::Punct, Some(0x0c)));
        assert!(a[4].glued());
        let end = a[5];
        assert_eq!((end.kind, end.start as usize, end.newlines), (AtomKind::End, text.len(), 1));
        assert_eq!(atoms(""), [Atom { start: 0, end: 0, first_newline: 0, kind: AtomKind::End, first_byte: 0, newlines: 0, flags: 0 }]);
        assert_eq!(std::mem::size_of::<Atom>(), 16);
    }

    proptest::proptest! {
        /// The eight-bytes-at-a-time letter scan equals the byte loop.
        #[test]
        fn letters_end_equals_the_byte_loop(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 1..40), start in 0usize..40) {
            let mut bytes = bytes;
            let start = start.min(bytes.len() - 1);
            bytes[start] = b'a';
            proptest::prop_assert_eq!(letters_end(&bytes, start), run(&bytes, start, u8::is_ascii_alphabetic));
        }

        /// Atoms tile the text with whitespace between them: joined back with their
        /// gaps they give the text, and each gap is whitespace only.
        #[test]
        fn atoms_and_gaps_rebuild_the_text(text in "\\PC{0,40}|[a-zé1 \n.,'’½\u{2028}\x0b\x0c-]{0,40}") {
            let list = atoms(&text);
            let mut rebuilt = String::new();
            let mut previous_end = 0;
            for a in &list {
                let gap = &text[previous_end..a.start as usize];
                previous_end = a.end as usize;
                proptest::prop_assert!(gap.chars().all(char::is_whitespace) && !gap.contains(['\x0b', '\x0c']));
                proptest::prop_assert_eq!(usize::from(a.newlines), gap.matches('\n').count());
                proptest::prop_assert_eq!(a.space_before(), !gap.is_empty());
                proptest::prop_assert_eq!(a.line_separator(), gap.contains(['\u{85}', '\u{2028}', '\u{2029}']));
                proptest::prop_assert_eq!(a.line_break(), gap.contains(['\n', '\u{85}', '\u{2028}', '\u{2029}']));
                if let Some(at) = gap.find('\n') {
                    proptest::prop_assert_eq!(a.first_newline as usize, a.start as usize - gap.len() + at);
                }
                proptest::prop_assert_eq!(a.first_char(&text), a.text(&text).chars().next());
                rebuilt.push_str(gap);
                rebuilt.push_str(a.text(&text));
            }
            proptest::prop_assert_eq!(rebuilt, text.clone());
            proptest::prop_assert_eq!(list.last().map(|a| a.kind), Some(AtomKind::End));
        }
    }
}
