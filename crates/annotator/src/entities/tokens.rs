//! Words with byte offsets: [`NewsPreTokenizer`], a fast pre-tokenizer for news text.
//!
//! The splitting rules live in one function, [`tokenize`], which fills a `Vec<Token>`
//! without allocating per token; [`NewsPreTokenizer`] exposes the same rules through
//! the `tokenizers` crate's [`PreTokenizer`] trait, so the tagger can be composed with
//! that crate's normalizers and models.
//!
//! Rules, in order of how often they matter:
//! - whitespace (and invisible format marks such as RTL marks) separates tokens;
//! - a word is a run of letters, digits and combining marks; `-` between two word
//!   characters joins (`al-Assad`, `1996-08-22`), as does `'`/`’` (`Shi'ite`), except a
//!   possessive `'s`, which becomes its own token (`ISIL` `'s`);
//! - `.` joins single-letter abbreviations (`U.S.`, `U.N.`) and decimals (`3.5`), and is
//!   kept on a few title and month abbreviations (`Mr.`, `Gen.`, `Sept.`);
//! - `,` joins digit groups (`1,000`);
//! - any other character (punctuation, symbols, `#`, `@`) is a token of its own; runs of
//!   the same `.`, `-`, `!`, `?` stay together (`...`).

use tokenizers::normalizer::Range;
use tokenizers::{PreTokenizedString, PreTokenizer};

/// One token: a half-open byte range of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Word,
    Punct,
}

fn class_of(c: char) -> Class {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            Class::Word
        } else if c <= ' ' || c == '\x7f' {
            Class::Space
        } else {
            Class::Punct
        }
    } else if c.is_whitespace() || is_invisible(c) {
        Class::Space
    } else if c.is_alphanumeric() || is_combining_mark(c) {
        Class::Word
    } else {
        Class::Punct
    }
}

/// Zero-width and bidirectional format characters: never part of a token.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{061C}')
        || c.is_control()
}

/// Combining marks of the common scripts (accents, Hebrew points, Arabic harakat):
/// they continue the word they follow.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}')
}

/// Abbreviations that keep their final `.` (compared case-sensitively).
const DOTTED: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Gov", "Sen", "Rep", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd",
    "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Brig", "Adm", "Cpl", "Pvt", "Prof", "Rev", "vs", "No", "Messrs",
];

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[i..].chars().next()
    }
}

#[inline]
fn is_word_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(|c| class_of(c) == Class::Word)
}

/// Splits `text` into tokens, appending them to `out` (which is not cleared).
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut i = 0;
    let push = |out: &mut Vec<Token>, s: usize, e: usize| out.push(Token { start: s as u32, end: e as u32 });
    while i < len {
        let c = char_at(text, i).unwrap_or(' ');
        let clen = c.len_utf8();
        match class_of(c) {
            Class::Space => i += clen,
            Class::Punct => {
                let mut j = i + clen;
                if matches!(c, '\'' | '’') && matches!(bytes.get(j), Some(b's' | b'S')) && !is_word_at(text, j + 1) {
                    j += 1; // possessive 's
                }
                if matches!(c, '.' | '-' | '!' | '?') {
                    while j < len && bytes[j] == c as u8 {
                        j += 1;
                    }
                }
                push(out, i, j);
                i = j;
            }
            Class::Word => {
                let j = scan_word(text, i, i + clen);
                push(out, i, j);
                i = j;
            }
        }
    }
}

/// Extends a word that starts at `start` and has been read up to `j`.
fn scan_word(text: &str, start: usize, mut j: usize) -> usize {
    let bytes = text.as_bytes();
    let len = bytes.len();
    // Whether every `.`-separated segment so far is one letter (`U.S`).
    let mut seg_len = j - start;
    let mut single_letter_segments = true;
    let mut saw_dot = false;
    loop {
        if j >= len {
            break;
        }
        let b = bytes[j];
        if b >= 0x80 {
            let c = char_at(text, j).unwrap_or(' ');
            if class_of(c) == Class::Word {
                j += c.len_utf8();
                seg_len += 1;
                continue;
            }
            if c == '’' && apostrophe_joins(text, j + c.len_utf8()) {
                j += c.len_utf8();
                seg_len += 1;
                continue;
            }
            break;
        }
        if b.is_ascii_alphanumeric() {
            j += 1;
            seg_len += 1;
            continue;
        }
        match b {
            b'-' if is_word_at(text, j + 1) => {
                j += 1;
                seg_len += 1;
                single_letter_segments = false;
            }
            b'\'' if apostrophe_joins(text, j + 1) => {
                j += 1;
                seg_len += 1;
            }
            b',' if bytes[j - 1].is_ascii_digit() && bytes.get(j + 1).is_some_and(u8::is_ascii_digit) => {
                j += 1;
            }
            b'.' => {
                let prev_digit = bytes[j - 1].is_ascii_digit();
                let next_word = is_word_at(text, j + 1);
                if next_word && prev_digit && bytes.get(j + 1).is_some_and(u8::is_ascii_digit) {
                    j += 1; // 3.5
                    continue;
                }
                if seg_len > 1 {
                    single_letter_segments = false;
                }
                let one_letter = seg_len == 1 && bytes[j - 1].is_ascii_alphabetic();
                if next_word && one_letter && single_letter_segments {
                    // U.S, e.g — continue the abbreviation
                    j += 1;
                    seg_len = 0;
                    saw_dot = true;
                    continue;
                }
                if !next_word {
                    let word = &text[start..j];
                    let abbrev = (saw_dot && single_letter_segments && one_letter)
                        || (word.len() == 1 && bytes[start].is_ascii_uppercase())
                        || DOTTED.contains(&word);
                    if abbrev {
                        j += 1;
                    }
                }
                break;
            }
            _ => break,
        }
    }
    j
}

/// Whether an apostrophe followed by the text at `after` joins two word parts:
/// it does when a word character follows, unless that is a possessive `s`.
fn apostrophe_joins(text: &str, after: usize) -> bool {
    if !is_word_at(text, after) {
        return false;
    }
    let b = text.as_bytes()[after];
    !((b == b's' || b == b'S') && !is_word_at(text, after + 1))
}

/// Marks the tokens that start a sentence: the first, one after a line break, and one
/// after a sentence-final `.`, `!` or `?` token (closing quotes and brackets between
/// them allowed). Returns one flag per token.
pub fn sentence_starts(text: &str, tokens: &[Token], out: &mut Vec<bool>) {
    out.clear();
    out.reserve(tokens.len());
    let bytes = text.as_bytes();
    let mut after_final = true;
    let mut prev_end = 0usize;
    for t in tokens {
        let gap = &bytes[prev_end..t.start as usize];
        let tok = &bytes[t.start as usize..t.end as usize];
        // A quote or bracket glued to the previous token closes its sentence.
        let closing = gap.is_empty()
            && prev_end > 0
            && (matches!(tok, b"\"" | b"'" | b")" | b"]") || tok == "\u{201d}".as_bytes() || tok == "\u{2019}".as_bytes());
        let start = (after_final && !closing) || gap.contains(&b'\n');
        out.push(start);
        let is_final = matches!(tok[0], b'.' | b'!' | b'?') && tok.iter().all(|&b| b == tok[0]);
        after_final = is_final || (after_final && closing);
        prev_end = t.end as usize;
    }
}

/// The news pre-tokenizer for the `tokenizers` crate: the rules of [`tokenize`].
///
/// ```
/// use annotator::entities::tokens::NewsPreTokenizer;
/// use tokenizers::{OffsetReferential, OffsetType, PreTokenizedString, PreTokenizer};
/// let mut pre = PreTokenizedString::from("ISIL's push on Aleppo");
/// NewsPreTokenizer.pre_tokenize(&mut pre).unwrap();
/// let words: Vec<_> = pre
///     .get_splits(OffsetReferential::Original, OffsetType::Byte)
///     .into_iter()
///     .map(|(w, _, _)| w.to_string())
///     .collect();
/// assert_eq!(words, ["ISIL", "'s", "push", "on", "Aleppo"]);
/// ```
///
/// Composed into a Hugging Face tokenizer ([`tokenizers::TokenizerImpl`], the type
/// behind `tokenizers::Tokenizer`) with a lowercasing normalizer and a word-level
/// vocabulary: the pre-tokenizer decides the words, the model maps them to ids, and
/// offsets stay those of the original text.
///
/// ```
/// use annotator::entities::tokens::NewsPreTokenizer;
/// use tokenizers::decoders::DecoderWrapper;
/// use tokenizers::models::wordlevel::WordLevel;
/// use tokenizers::normalizers::Lowercase;
/// use tokenizers::processors::PostProcessorWrapper;
/// use tokenizers::TokenizerImpl;
///
/// let vocab = r#"{"vocab": {"[UNK]": 0, "isil": 1, "'s": 2, "push": 3, "on": 4, "al-bab": 5, ".": 6},
///                 "unk_token": "[UNK]"}"#;
/// let model: WordLevel = serde_json::from_str(vocab).unwrap();
/// let mut tokenizer: TokenizerImpl<WordLevel, Lowercase, NewsPreTokenizer, PostProcessorWrapper, DecoderWrapper> =
///     TokenizerImpl::new(model);
/// tokenizer.with_normalizer(Some(Lowercase)).with_pre_tokenizer(Some(NewsPreTokenizer));
///
/// let encoding = tokenizer.encode("ISIL's push on al-Bab, Aleppo.", false).unwrap();
/// assert_eq!(encoding.get_tokens(), ["isil", "'s", "push", "on", "al-bab", "[UNK]", "[UNK]", "."]);
/// assert_eq!(encoding.get_ids(), [1, 2, 3, 4, 5, 0, 0, 6]);
/// assert_eq!(encoding.get_offsets()[4], (15, 21)); // `al-Bab` in the original text
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct NewsPreTokenizer;

impl PreTokenizer for NewsPreTokenizer {
    fn pre_tokenize(&self, pretokenized: &mut PreTokenizedString) -> tokenizers::Result<()> {
        let mut tokens = Vec::new();
        pretokenized.split(|_, normalized| {
            tokens.clear();
            tokenize(normalized.get(), &mut tokens);
            Ok(tokens.iter().filter_map(|t| normalized.slice(Range::Normalized(t.start as usize..t.end as usize))).collect::<Vec<_>>())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        toks.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn news_tokens() {
        let cases: &[(&str, &[&str])] = &[
            ("U.S.-led coalition", &["U.S.", "-", "led", "coalition"]),
            ("ISIL's advance on Aleppo.", &["ISIL", "'s", "advance", "on", "Aleppo", "."]),
            ("Bashar al-Assad and Shi'ite militias", &["Bashar", "al-Assad", "and", "Shi'ite", "militias"]),
            ("al-Qaida's Nusra Front", &["al-Qaida", "'s", "Nusra", "Front"]),
            ("Assad’s forces", &["Assad", "’s", "forces"]),
            ("#ISIL @Reuters", &["#", "ISIL", "@", "Reuters"]),
            ("1,000 people, 3.5 km on 1996-08-22", &["1,000", "people", ",", "3.5", "km", "on", "1996-08-22"]),
            ("Mr. Kerry met Gen. Smith...", &["Mr.", "Kerry", "met", "Gen.", "Smith", "..."]),
            ("George W. Bush", &["George", "W.", "Bush"]),
            ("the U.N. said", &["the", "U.N.", "said"]),
            ("rebels' positions", &["rebels", "'", "positions"]),
            ("\"Deir ez-Zor\"", &["\"", "Deir", "ez-Zor", "\""]),
            ("שלום עולם", &["שלום", "עולם"]),
        ];
        for (text, expected) in cases {
            assert_eq!(&words(text), expected, "{text}");
        }
    }

    #[test]
    fn sentences() {
        let text = "He left. She said \"no.\" Then\nU.S. forces came";
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let mut starts = Vec::new();
        sentence_starts(text, &toks, &mut starts);
        let firsts: Vec<&str> = toks.iter().zip(&starts).filter(|(_, s)| **s).map(|(t, _)| t.text(text)).collect();
        assert_eq!(firsts, ["He", "She", "Then", "U.S."]);
    }

    #[test]
    fn pre_tokenizer_matches_tokenize() {
        use tokenizers::{OffsetReferential, OffsetType};
        let text = "Islamic State fighters near Marea, north of Aleppo — 59 killed.";
        let mut pre = PreTokenizedString::from(text);
        NewsPreTokenizer.pre_tokenize(&mut pre).unwrap();
        let via_trait: Vec<(usize, usize)> =
            pre.get_splits(OffsetReferential::Original, OffsetType::Byte).into_iter().map(|(_, o, _)| o).collect();
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let direct: Vec<(usize, usize)> = toks.iter().map(|t| (t.start as usize, t.end as usize)).collect();
        assert_eq!(via_trait, direct);
    }
}
