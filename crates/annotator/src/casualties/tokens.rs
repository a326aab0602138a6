//! The tokens the casualty rules look at, composed from the text view's atoms.
//!
//! [`compose`] joins the atoms of [`TextView::atoms`](crate::TextView::atoms) (no
//! second scan of the text, no allocation per token): words (letters, with digits and
//! inner apostrophes), numbers (ASCII digits with `,ddd` groups and one decimal part),
//! single punctuation characters, and line breaks that end a line (a soft wrap inside
//! a sentence is not a break). Each word carries its
//! ASCII-lowercased form (when short and ASCII) so lexicon look-ups are plain
//! `match`es on `&str`, whatever the case of the text (`AT LEAST 12 KILLED`). The
//! form is a slice of the text lowercased once per document (or a fixed string), so
//! reading it costs nothing: the rules read keys dozens of times per token.

use crate::text::atoms::glued_kind;
use crate::text::clauses::is_clause_mark;
use crate::text::numbers::{glued_byte, number_end};
use crate::text::{Atom, AtomKind, TextView};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (may hold digits after the first letter: `MH17`, `12km`).
    Word,
    /// ASCII digits, `1,200`, `1.5`.
    Number,
    /// One character that is neither letter, digit nor whitespace.
    Punct,
    /// The end of a line that ends a sentence or a headline.
    Break,
}

/// The longest lowercased form a token keeps (longer words match no lexicon entry).
const KEY_LEN: usize = 16;

/// One token: a byte range into the text, never starting or ending on whitespace;
/// `'t` is the lowercased text its key is a slice of.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token<'t> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// First letter upper case and some lower case letter after it (`Syrians`, not
    /// `SYRIANS`): a name in mixed-case text.
    pub title: bool,
    /// First character upper case (`May`, `MAY`; not `may`).
    pub upper: bool,
    key: &'t str,
}

impl<'t> Token<'t> {
    /// The lowercased ASCII form for words and ASCII punctuation (`-` also for an en
    /// dash); `""` when too long or not ASCII.
    pub fn key(&self) -> &'t str {
        self.key
    }

    /// Whether this is the word or punctuation `key`.
    pub fn is(&self, key: &str) -> bool {
        self.kind != Kind::Number && self.key() == key
    }

    /// Whether this token ends a clause for the context search: a clause mark
    /// ([`is_clause_mark`]: `.`, `!`, `?`, `;`, `:`) or a line break.
    pub fn ends_clause(&self) -> bool {
        match self.kind {
            Kind::Break => true,
            Kind::Punct => is_clause_mark(self.key()),
            _ => false,
        }
    }

    /// The token at `start..end` of `text`; `lower` is `text` ASCII-lowercased (the
    /// same length, so the same offsets).
    fn new(start: usize, end: usize, kind: Kind, text: &str, lower: &'t str) -> Token<'t> {
        // Most tokens are ASCII: the same tests on bytes, without decoding characters
        // or slicing the text on character boundaries.
        let bytes = text.as_bytes().get(start..end).unwrap_or(&[]);
        if bytes.is_ascii() {
            return Token::ascii(start, end, kind, bytes, lower);
        }
        let mut token = Token { start, end, kind, title: false, upper: false, key: "" };
        let slice = text.get(start..end).unwrap_or("");
        // The lowercased slice, when short and ASCII.
        let lowered = || if slice.len() <= KEY_LEN && slice.is_ascii() { lower.get(start..end).unwrap_or("") } else { "" };
        match kind {
            Kind::Word => {
                let mut chars = slice.chars();
                let first_upper = chars.next().is_some_and(char::is_uppercase);
                token.title = first_upper && chars.any(char::is_lowercase);
                token.upper = first_upper;
                token.key = lowered();
            }
            Kind::Punct => {
                let mut chars = slice.chars();
                let hyphen = matches!((chars.next(), chars.next()), (Some(c), None) if crate::text::numbers::is_hyphen(c));
                token.key = match slice {
                    // The Unicode hyphens and the figure and en dashes read as `-`, as in
                    // the view's number words (`twenty–three`).
                    _ if hyphen => "-",
                    "\u{2014}" => "--",
                    "\u{20ac}" | "\u{a3}" | "\u{a5}" => "$",
                    _ => lowered(),
                }
            }
            Kind::Break => token.key = "\n",
            Kind::Number => {}
        }
        token
    }

    /// [`Token::new`] of a token whose bytes `bytes` (`text[start..end]`) are ASCII.
    #[inline]
    fn ascii(start: usize, end: usize, kind: Kind, bytes: &[u8], lower: &'t str) -> Token<'t> {
        let mut token = Token { start, end, kind, title: false, upper: false, key: "" };
        let lowered = || if bytes.len() <= KEY_LEN { lower.get(start..end).unwrap_or("") } else { "" };
        match kind {
            Kind::Word => {
                let first_upper = bytes.first().is_some_and(u8::is_ascii_uppercase);
                token.title = first_upper && bytes.iter().skip(1).any(u8::is_ascii_lowercase);
                token.upper = first_upper;
                token.key = lowered();
            }
            // The only ASCII hyphen is `-` itself.
            Kind::Punct => token.key = lowered(),
            Kind::Break => token.key = "\n",
            Kind::Number => {}
        }
        token
    }
}

/// The key of token `i` when it is a word; `""` for any other token and past the
/// end (the rules' look-ups of the words around a position).
#[inline]
pub(super) fn key<'t>(tokens: &[Token<'t>], i: usize) -> &'t str {
    tokens.get(i).filter(|t| t.kind == Kind::Word).map_or("", Token::key)
}

/// A hyphen or slash at `i` glued to the tokens on both sides (`pro-government`,
/// `TTP/LeI`).
#[inline]
pub(super) fn glued(tokens: &[Token], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|p| tokens.get(p));
    match (before, tokens.get(i), tokens.get(i + 1)) {
        (Some(a), Some(h), Some(b)) => a.end == h.start && h.end == b.start,
        _ => false,
    }
}

/// Appends the casualty tokens of a text to `out`, composed from the view's atoms
/// ([`TextView::atoms`]) and line wraps ([`TextView::wraps_at`]); `lower` is
/// `view.text().to_ascii_lowercase()`, which the tokens' keys are slices of.
///
/// Each token is a union of atoms with no whitespace between them:
/// - a number is digits, then `,ddd` groups (exactly three digits each), then one
///   `.d+` part (a number of [`TextView::numbers`], whose value the rules read); glued
///   to a letter or digit it is a word instead (`12km`, `17th`);
/// - a word is letters, digits and an apostrophe when a letter follows (`Syria's`,
///   `Shi'ite`); `U.S.`, `U.N.` (single ASCII letters each followed by a dot) are one
///   word, so the dots neither end a clause nor split a noun phrase;
/// - anything else is one character of punctuation (a non-ASCII numeral too), and
///   `\x0c` is whitespace;
/// - the first `\n` of the whitespace after a token is a [`Kind::Break`] unless it
///   wraps a sentence (see [`is_hard_break`]) or nothing precedes it.
pub(crate) fn compose<'t>(view: &TextView<'_>, lower: &'t str, out: &mut Vec<Token<'t>>) {
    let (text, atoms) = (view.text(), view.atoms());
    let mut k = 0;
    while let Some(atom) = atoms.get(k) {
        if atom.newlines > 0 {
            if let Some(last) = out.last().filter(|t| t.kind != Kind::Break) {
                if is_hard_break(last, || view.wraps_at(k)) {
                    let at = atom.first_newline as usize;
                    out.push(Token::new(at, at + 1, Kind::Break, text, lower));
                }
            }
        }
        let start = atom.start as usize;
        let (kind, last) = match atom.kind {
            AtomKind::End => break,
            AtomKind::Punct if atom.ascii_byte().is_some_and(|b| b.is_ascii_whitespace()) => {
                k += 1;
                continue;
            }
            AtomKind::Digits => {
                let number = number_end(atoms, k);
                if glued_kind(atoms, number + 1, AtomKind::is_alphanumeric) {
                    // `12km`, `17th`, `1990s`: a word, not a count.
                    (Kind::Word, word_end(text, atoms, number + 1))
                } else {
                    (Kind::Number, number)
                }
            }
            AtomKind::Letters => (Kind::Word, initialism_end(atoms, k).unwrap_or_else(|| word_end(text, atoms, k))),
            AtomKind::ForeignLetters => (Kind::Word, word_end(text, atoms, k)),
            AtomKind::Numeral | AtomKind::Punct => (Kind::Punct, k),
        };
        let end = atoms.get(last).map_or(start, |a| a.end as usize);
        // One atom of ASCII letters or digits, or one ASCII character: ASCII, unscanned.
        let ascii = last == k && (matches!(atom.kind, AtomKind::Letters | AtomKind::Digits) || atom.ascii_byte().is_some());
        let token = match text.as_bytes().get(start..end) {
            Some(bytes) if ascii => Token::ascii(start, end, kind, bytes, lower),
            _ => Token::new(start, end, kind, text, lower),
        };
        out.push(token);
        k = last + 1;
    }
}

/// The casualty tokens of `text` (a view of its own): for the rules' unit tests. The
/// lowercased text the keys point into is leaked, so the tokens outlive the call.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, out: &mut Vec<Token<'static>>) {
    compose(&TextView::new(text), leaked_lower(text), out);
}

/// `text` lowercased, leaked (tests only: a few kilobytes per test).
#[cfg(test)]
fn leaked_lower(text: &str) -> &'static str {
    Box::leak(text.to_ascii_lowercase().into_boxed_str())
}

/// The last atom of `U.S.`, `U.N.`, `U.K.` starting at atom `k`: two or more single
/// ASCII letters each followed by a dot.
fn initialism_end(atoms: &[Atom], k: usize) -> Option<usize> {
    let mut at = k;
    let mut letters = 0;
    while atoms.get(at).is_some_and(|a| a.kind == AtomKind::Letters && a.len() == 1 && (at == k || a.glued()))
        && glued_byte(atoms, at + 1, b'.')
    {
        at += 2;
        letters += 1;
    }
    (letters >= 2).then(|| at - 1)
}

/// The last atom of the word starting at atom `k`: letters and digits, and an
/// apostrophe when a letter follows (`Syria's`, `Shi'ite`).
fn word_end(text: &str, atoms: &[Atom], k: usize) -> usize {
    let mut last = k;
    loop {
        if glued_kind(atoms, last + 1, AtomKind::is_alphanumeric) {
            last += 1;
        } else if atoms.get(last + 1).is_some_and(|a| a.glued() && is_apostrophe(text, a))
            && glued_kind(atoms, last + 2, AtomKind::is_alphabetic)
        {
            last += 2;
        } else {
            return last;
        }
    }
}

/// `'` or `’`.
fn is_apostrophe(text: &str, atom: &Atom) -> bool {
    atom.ascii_byte() == Some(b'\'') || (atom.first_byte == 0xe2 && atom.text(text) == "\u{2019}")
}

/// Whether the first `\n` before an atom ends a clause after token `last`: it does
/// unless it wraps a sentence (`wraps`: the view says the next line goes on in lower
/// case, [`TextView::wraps_at`]) and the line ends in a word, a number or a comma.
fn is_hard_break(last: &Token, wraps: impl FnOnce() -> bool) -> bool {
    let wraps_from = matches!(last.kind, Kind::Word | Kind::Number) || last.is(",");
    !(wraps_from && wraps())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The casualty lexer as it was before the text view's atoms, kept as the
    /// reference that [`compose`] must equal token for token.
    mod reference {
        use super::super::{Kind, Token};

        /// The casualty lexer before [`compose`]: one scan of the text of its own.
        pub(super) fn tokenize(text: &str, out: &mut Vec<Token<'static>>) {
            let lower = super::super::leaked_lower(text);
            let bytes = text.as_bytes();
            let mut i = 0;
            while let Some(&b) = bytes.get(i) {
                if b == b'\n' {
                    if is_hard_break(text, out.last(), i + 1) && out.last().is_some_and(|t| t.kind != Kind::Break) {
                        out.push(Token::new(i, i + 1, Kind::Break, text, lower));
                    }
                    i += 1;
                } else if b.is_ascii_whitespace() {
                    i += 1;
                } else if b.is_ascii_digit() {
                    let end = scan_number(bytes, i);
                    if next_char(text, end).is_some_and(char::is_alphanumeric) {
                        // `12km`, `17th`, `1990s`: a word, not a count.
                        let end = scan_word(text, end);
                        out.push(Token::new(i, end, Kind::Word, text, lower));
                        i = end;
                    } else {
                        out.push(Token::new(i, end, Kind::Number, text, lower));
                        i = end;
                    }
                } else if b.is_ascii_alphabetic() {
                    let end = scan_initialism(bytes, i).unwrap_or_else(|| scan_word(text, i));
                    out.push(Token::new(i, end, Kind::Word, text, lower));
                    i = end;
                } else if b < 0x80 {
                    out.push(Token::new(i, i + 1, Kind::Punct, text, lower));
                    i += 1;
                } else {
                    let Some(c) = next_char(text, i) else { break };
                    let end = i + c.len_utf8();
                    if c.is_whitespace() {
                        // No-break and other Unicode spaces separate tokens like a space.
                    } else if c.is_alphabetic() {
                        let end = scan_word(text, i);
                        out.push(Token::new(i, end, Kind::Word, text, lower));
                        i = end;
                        continue;
                    } else {
                        out.push(Token::new(i, end, Kind::Punct, text, lower));
                    }
                    i = end;
                }
            }
        }

        fn next_char(text: &str, at: usize) -> Option<char> {
            text.get(at..).and_then(|rest| rest.chars().next())
        }

        /// Digits, then `,ddd` groups (exactly three digits each), then one `.d+` part.
        fn scan_number(bytes: &[u8], start: usize) -> usize {
            let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
            let mut i = start;
            while digit_at(i) {
                i += 1;
            }
            while bytes.get(i) == Some(&b',') && digit_at(i + 1) && digit_at(i + 2) && digit_at(i + 3) && !digit_at(i + 4) {
                i += 4;
            }
            if bytes.get(i) == Some(&b'.') && digit_at(i + 1) {
                i += 1;
                while digit_at(i) {
                    i += 1;
                }
            }
            i
        }

        /// `U.S.`, `U.N.`, `U.K.`: single letters each followed by a dot, read as one word
        /// so the dots neither end a clause nor split a noun phrase (`14 U.S. service members`).
        fn scan_initialism(bytes: &[u8], start: usize) -> Option<usize> {
            let mut i = start;
            let mut letters = 0;
            while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) && bytes.get(i + 1) == Some(&b'.') {
                i += 2;
                letters += 1;
            }
            (letters >= 2).then_some(i)
        }

        /// Letters and digits, and an apostrophe when a letter follows (`Syria's`, `Shi'ite`).
        fn scan_word(text: &str, start: usize) -> usize {
            // ASCII letters and digits, most of news text, byte by byte without decoding; an
            // ASCII byte always ends on a character boundary, so the character loop below
            // takes over exactly where it would have been after them.
            let bytes = text.as_bytes();
            let mut start = start;
            while bytes.get(start).is_some_and(u8::is_ascii_alphanumeric) {
                start += 1;
            }
            let mut end = start;
            let Some(rest) = text.get(start..) else { return start };
            let mut chars = rest.char_indices().peekable();
            while let Some((offset, c)) = chars.next() {
                let keep = c.is_alphanumeric() || ((c == '\'' || c == '\u{2019}') && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic()));
                if !keep {
                    break;
                }
                end = start + offset + c.len_utf8();
            }
            end
        }

        /// A newline ends a clause unless it wraps a sentence: the line ends in a word or
        /// number and the next line goes on in lower case.
        fn is_hard_break(text: &str, last: Option<&Token>, after: usize) -> bool {
            let Some(last) = last else { return false };
            let wraps_from = matches!(last.kind, Kind::Word | Kind::Number) || last.is(",");
            if !wraps_from {
                return true;
            }
            let Some(rest) = text.get(after..) else { return true };
            for c in rest.chars() {
                if c == '\n' {
                    return true;
                }
                if !c.is_whitespace() {
                    return !c.is_lowercase();
                }
            }
            true
        }
    }

    fn kinds(text: &str) -> Vec<(String, Kind)> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        tokens.iter().map(|t| (text[t.start..t.end].to_string(), t.kind)).collect()
    }

    #[test]
    fn numbers_keep_thousands_groups_and_decimals() {
        let got = kinds("1,200 and 1.5 million, 12, 13");
        assert_eq!(got[0], ("1,200".into(), Kind::Number));
        assert_eq!(got[2], ("1.5".into(), Kind::Number));
        assert_eq!(got[5], ("12".into(), Kind::Number));
        assert_eq!(got[7], ("13".into(), Kind::Number));
    }

    #[test]
    fn digits_glued_to_letters_are_words() {
        let got = kinds("MH17 12km 17th 40%");
        assert!(got[..3].iter().all(|(_, k)| *k == Kind::Word));
        assert_eq!(got[3], ("40".into(), Kind::Number));
        assert_eq!(got[4], ("%".into(), Kind::Punct));
    }

    #[test]
    fn keys_are_lowercase_and_dashes_unified() {
        let mut tokens = Vec::new();
        tokenize("KILLED 12–15 Syria's", &mut tokens);
        assert_eq!(tokens[0].key(), "killed");
        assert_eq!(tokens[2].key(), "-");
        assert_eq!(tokens[4].key(), "syria's");
        assert!(tokens[4].title);
        assert!(!tokens[0].title);
    }

    #[test]
    fn initialisms_are_one_word() {
        let got = kinds("14 U.S. service members. U.N.");
        assert_eq!(got[1], ("U.S.".into(), Kind::Word));
        assert_eq!(got[2], ("service".into(), Kind::Word));
        assert_eq!(got[5], ("U.N.".into(), Kind::Word));
        assert_eq!(kinds("a. b")[1], (".".into(), Kind::Punct));
    }

    #[test]
    fn soft_wraps_are_not_breaks() {
        let got = kinds("killed\nat least 12\n\nHeadline\nBody");
        let breaks = got.iter().filter(|(_, k)| *k == Kind::Break).count();
        assert_eq!(breaks, 2, "{got:?}");
    }

    #[test]
    fn words_end_where_the_rules_say() {
        for (text, end) in [("Syria's army", 7), ("rebels' ", 6), ("Shi’ite,", 9), ("12km.", 4), ("Köln x", 5), ("abc", 3)] {
            let mut tokens = Vec::new();
            tokenize(text, &mut tokens);
            assert_eq!(tokens.first().map(|t| (t.kind, t.end)), Some((Kind::Word, end)), "{text:?}");
        }
    }

    #[test]
    fn breaks_come_at_the_first_newline_after_a_token() {
        let text = "Headline\x0c \n\n\x0c\nBody. killed\n\x0bx";
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let breaks: Vec<usize> = tokens.iter().filter(|t| t.kind == Kind::Break).map(|t| t.start).collect();
        assert_eq!(breaks, [10], "{tokens:?}");
        assert_eq!(tokens.last().map(|t| &text[t.start..t.end]), Some("x"));
    }

    /// Every field of a token, to compare tokens whole.
    fn fields<'t>(t: &Token<'t>) -> (usize, usize, Kind, bool, bool, &'t str) {
        (t.start, t.end, t.kind, t.title, t.upper, t.key)
    }

    crate::text::atoms::samples::composer_matches_reference!(tokenize, reference::tokenize, fields);

    /// Every number token is a number of the view, whole: the rules read its value there.
    fn numbers_are_the_views(text: &str) -> Result<(), String> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let view = TextView::new(text);
        for t in tokens.iter().filter(|t| t.kind == Kind::Number) {
            let found = crate::text::numbers::at(view.numbers(), t.start).map(|n| n.end as usize);
            if found != Some(t.end) {
                return Err(format!("{text:?}: token {}..{} has the view's number ending at {found:?}", t.start, t.end));
            }
        }
        Ok(())
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(2000))]
        #[test]
        fn number_tokens_are_view_numbers(text in crate::text::atoms::samples::tricky_text()) {
            numbers_are_the_views(&text).map_err(proptest::test_runner::TestCaseError::fail)?;
        }
    }

    #[test]
    fn number_tokens_of_the_corpora_are_view_numbers() {
        for text in crate::text::atoms::samples::corpus_texts() {
            if let Err(e) = numbers_are_the_views(&text) {
                panic!("{}", e.chars().take(300).collect::<String>());
            }
        }
    }

    #[test]
    fn unicode_spaces_and_letters() {
        let got = kinds("\u{a0}הקלטות 12\u{a0}people");
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].1, Kind::Word);
    }
}
