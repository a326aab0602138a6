//! One view of a document's text, built once per document and read by every tagger.
//!
//! [`Pipeline::annotate`](crate::Pipeline::annotate) makes one [`TextView`] per
//! document and hands it to each [`Annotator`](crate::Annotator). The view splits the
//! text with the news pre-tokenizer's rules ([`crate::entities::tokens::tokenize`],
//! the same rules as the `tokenizers`-crate [`NewsPreTokenizer`]) and offers:
//!
//! - [`TextView::tokens`]: words with byte offsets, and [`TextView::char_range`]: the
//!   same token in Unicode code points (the offsets files carry);
//! - [`TextView::sentence_starts`]: which tokens open a sentence;
//! - [`TextView::lines`]: each line's byte range and [`CaseClass`] (a headline in
//!   capitals reads differently from prose);
//! - [`TextView::atoms`]: a finer split ([`Atom`]: maximal runs of letters and of
//!   digits, single punctuation characters, with the whitespace and line breaks
//!   before each), from which the date grammar and the casualty rules compose their
//!   own tokens ([`atoms`] says how), so neither scans the text itself;
//! - [`TextView::loose_sentence_starts`]: sentence starts in bytes, read from the raw
//!   text (the casualty totals' reading: `;` ends a sentence; see [`sentences`]);
//! - [`sentences::TokenSentences`]: the sentence reading of a tagger's own tokens
//!   (the date grammar's), from what the tagger says each token is
//!   ([`sentences::Mark`]), made once per document;
//! - [`TextView::line_wraps`] (all) and [`TextView::wraps_at`] (one): the line breaks
//!   that may only wrap a sentence, which with the clause marks
//!   ([`clauses::is_clause_mark`]) make the clause breaks the casualty rules stop at
//!   (see [`clauses`]);
//! - [`TextView::numbers`]: each number written in digits (`12`, `1,200`, `1.5`) with
//!   its byte range and value ([`Number`], see [`numbers`]), which the casualty rules
//!   and the date grammar read instead of parsing digits themselves;
//! - `TextView::number_words` (crate-internal): each number word with its value and
//!   kind, and the tens-unit compounds (`twenty-five`) both taggers read (see
//!   [`numbers`]).
//!
//! Each part is computed on first use and then kept: a pipeline that runs only the
//! date or casualty tagger never splits the text into news tokens, and one that
//! runs both cuts the atoms once.
//!
//! [`NewsPreTokenizer`]: crate::entities::tokens::NewsPreTokenizer
//!
//! ```
//! use annotator::text::{CaseClass, TextView};
//! let view = TextView::new("BREAKING NEWS\nISIL's push on Aleppo. It failed.");
//! let words: Vec<_> = view.tokens().iter().map(|t| t.text(view.text())).collect();
//! assert_eq!(words[2..5], ["ISIL", "'s", "push"]);
//! assert_eq!(view.lines()[0].case, CaseClass::AllCaps);
//! assert_eq!(view.lines()[1].case, CaseClass::Prose);
//! let sentences = view.sentence_starts().iter().filter(|&&s| s).count();
//! assert_eq!(sentences, 3);
//!
//! let view = TextView::new("On 12 May, 1,200 fled;\nthe rest stayed.");
//! let numbers: Vec<_> = view.numbers().iter().filter(|n| !n.inner).map(|n| n.value).collect();
//! assert_eq!(numbers, [Some(12), Some(1200)]);
//! assert_eq!(view.loose_sentence_starts(), [0, 22, 39], "after the `;` and at the end");
//! let wrap = view.atoms().iter().position(|a| a.text(view.text()) == "the");
//! assert_eq!(view.line_wraps(), [wrap.map_or(0, |k| k as u32)]);
//! ```

pub mod atoms;
pub mod clauses;
pub mod numbers;
pub mod sentences;

use std::cell::OnceCell;

pub use atoms::{Atom, AtomKind};
pub use numbers::Number;

use crate::entities::features::title_case_lower;
use crate::entities::tokens::{self, Token};

/// The case of a line's words, for taggers whose cues depend on case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseClass {
    /// No letters at all (blank lines, numbers, punctuation).
    Blank,
    /// Letters but no lower-case word: headlines, wire slugs, telegrams.
    AllCaps,
    /// At least two capitalised words and no lower-case word beyond the short ones
    /// title case leaves (`of`, `the`, `al`…): web headlines, teasers, navigation.
    TitleCase,
    /// Anything else: ordinary running text.
    Prose,
}

/// A line of the text (without its `\n`) and its case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// First byte.
    pub start: usize,
    /// One past the last byte, before the line break.
    pub end: usize,
    /// The case of its words.
    pub case: CaseClass,
}

/// A document's text split once, shared by the taggers of one document.
#[derive(Debug)]
pub struct TextView<'t> {
    text: &'t str,
    tokens: OnceCell<Vec<Token>>,
    chars: OnceCell<Vec<(u32, u32)>>,
    starts: OnceCell<Vec<bool>>,
    lines: OnceCell<Vec<Line>>,
    atoms: OnceCell<Vec<Atom>>,
    loose_starts: OnceCell<Vec<usize>>,
    wraps: OnceCell<Vec<u32>>,
    numbers: OnceCell<Vec<Number>>,
    number_words: OnceCell<Vec<numbers::NumberWord>>,
}

impl<'t> TextView<'t> {
    /// A view of `text`; nothing is computed until asked for.
    pub fn new(text: &'t str) -> Self {
        TextView {
            text,
            tokens: OnceCell::new(),
            chars: OnceCell::new(),
            starts: OnceCell::new(),
            lines: OnceCell::new(),
            atoms: OnceCell::new(),
            loose_starts: OnceCell::new(),
            wraps: OnceCell::new(),
            numbers: OnceCell::new(),
            number_words: OnceCell::new(),
        }
    }

    /// The text viewed.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The tokens, in text order, with byte offsets.
    pub fn tokens(&self) -> &[Token] {
        self.tokens.get_or_init(|| {
            let mut out = Vec::with_capacity(self.text.len() / 5 + 1);
            tokens::tokenize(self.text, &mut out);
            out
        })
    }

    /// The atoms of the text, in text order; the last is [`AtomKind::End`].
    pub fn atoms(&self) -> &[Atom] {
        self.atoms.get_or_init(|| {
            let mut out = Vec::with_capacity(self.text.len() / 4 + 1);
            atoms::atomize(self.text, &mut out);
            out
        })
    }

    /// Token `i`'s range in Unicode code points; `None` past the last token.
    pub fn char_range(&self, i: usize) -> Option<(u32, u32)> {
        self.chars
            .get_or_init(|| {
                let (mut at, mut chars) = (0usize, 0u32);
                let mut count_to = |byte: usize| {
                    chars += self.text.get(at..byte).map_or(0, |s| s.chars().count() as u32);
                    at = byte;
                    chars
                };
                self.tokens().iter().map(|t| (count_to(t.start as usize), count_to(t.end as usize))).collect()
            })
            .get(i)
            .copied()
    }

    /// Per token: whether it opens a sentence (the first token, one after a line
    /// break, one after a sentence-final `.`, `!` or `?`).
    pub fn sentence_starts(&self) -> &[bool] {
        self.starts.get_or_init(|| {
            let mut out = Vec::new();
            tokens::sentence_starts(self.text, self.tokens(), &mut out);
            out
        })
    }

    /// Byte offsets where sentences start by the loose reading of the raw text
    /// ([`sentences::loose_starts`]: after `.`, `!`, `?`, `;` or `\n` followed by
    /// whitespace, not after `Mr.` or an initial); the first is `0`.
    pub fn loose_sentence_starts(&self) -> &[usize] {
        self.loose_starts.get_or_init(|| sentences::loose_starts(self.text))
    }

    /// The atoms (indices into [`atoms`](TextView::atoms), in order) whose line break
    /// may only wrap a sentence ([`clauses::wraps_at`]: one `\n`, the next line going
    /// on in lower case). A reader ends a clause at every other line break, and at
    /// these unless the line ends in a word, a number or a comma.
    pub fn line_wraps(&self) -> &[u32] {
        self.wraps.get_or_init(|| {
            let mut out = Vec::new();
            clauses::line_wraps(self.text, self.atoms(), &mut out);
            out
        })
    }

    /// Whether the line break before atom `k` may only wrap a sentence
    /// ([`clauses::wraps_at`]): the test [`line_wraps`](TextView::line_wraps) lists,
    /// for a reader that walks the atoms itself and asks at each line break (the
    /// casualty composer), so that no second walk over every atom is needed.
    pub fn wraps_at(&self, k: usize) -> bool {
        clauses::wraps_at(self.text, self.atoms(), k)
    }

    /// The numbers written in digits, in text order ([`numbers::read`]): byte range,
    /// atoms and value of each.
    pub fn numbers(&self) -> &[Number] {
        self.numbers.get_or_init(|| {
            // News text has a number in a few dozen atoms: room for most without growing.
            let mut out = Vec::with_capacity(self.atoms().len() / 32 + 4);
            numbers::read(self.text, self.atoms(), &mut out);
            out
        })
    }

    /// The number words, in text order ([`numbers::read_words`]): byte range, atom,
    /// value and kind of each, and whether it closes a tens-unit compound
    /// ([`numbers::compound_at`]).
    pub(crate) fn number_words(&self) -> &[numbers::NumberWord] {
        self.number_words.get_or_init(|| {
            let mut out = Vec::new();
            numbers::read_words(self.text, self.atoms(), &mut out);
            out
        })
    }

    /// The lines of the text (split at `\n`) with their case class.
    pub fn lines(&self) -> &[Line] {
        self.lines.get_or_init(|| {
            let tokens = self.tokens();
            let mut next = 0;
            let mut out = Vec::new();
            let mut start = 0;
            for piece in self.text.split('\n') {
                let end = start + piece.len();
                let first = next;
                while next < tokens.len() && (tokens[next].end as usize) <= end {
                    next += 1;
                }
                out.push(Line { start, end, case: case_class(self.text, &tokens[first..next]) });
                start = end + 1;
            }
            out
        })
    }

    /// The line holding byte `at` (the last line for `at` past the end).
    pub fn line_at(&self, at: usize) -> Option<&Line> {
        let lines = self.lines();
        let i = lines.partition_point(|l| l.end < at);
        lines.get(i).or(lines.last())
    }
}

/// The case class of a line's tokens.
fn case_class(text: &str, tokens: &[Token]) -> CaseClass {
    let (mut caps, mut titles, mut lowers, mut stray_lower) = (0, 0, 0, false);
    for t in tokens {
        let word = t.text(text);
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        let Some(first) = letters.next() else { continue };
        let rest_lower = letters.clone().any(char::is_lowercase);
        let rest_upper = letters.any(char::is_uppercase);
        if first.is_uppercase() && !rest_lower {
            caps += 1;
        } else if first.is_uppercase() {
            titles += 1;
        } else {
            lowers += 1;
            stray_lower |= !title_case_lower(word) && !rest_upper;
        }
    }
    if caps + titles + lowers == 0 {
        CaseClass::Blank
    } else if lowers == 0 && titles == 0 {
        CaseClass::AllCaps
    } else if titles >= 2 && !stray_lower {
        CaseClass::TitleCase
    } else {
        CaseClass::Prose
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_match_the_entity_tokenizer_and_code_points_count_characters() {
        let text = "Köln’s mayor met al-Assad's envoy in 𝔸leppo.";
        let view = TextView::new(text);
        let mut direct = Vec::new();
        tokens::tokenize(text, &mut direct);
        assert_eq!(view.tokens(), direct.as_slice());
        for (i, t) in view.tokens().iter().enumerate() {
            let (a, b) = view.char_range(i).expect("every token has a char range");
            let chars: Vec<char> = text.chars().collect();
            assert_eq!(chars[a as usize..b as usize].iter().collect::<String>(), t.text(text));
        }
        assert_eq!(view.char_range(view.tokens().len()), None);
    }

    #[test]
    fn lines_get_their_case() {
        let text = "KILLED IN ALEPPO\nHow Netanyahu Took Back Power\n\nThe army said 12 were killed.\n";
        let view = TextView::new(text);
        let cases: Vec<CaseClass> = view.lines().iter().map(|l| l.case).collect();
        use CaseClass::*;
        assert_eq!(cases, [AllCaps, TitleCase, Blank, Prose, Blank]);
        assert_eq!(&text[view.lines()[1].start..view.lines()[1].end], "How Netanyahu Took Back Power");
        assert_eq!(view.line_at(text.find("army").unwrap_or(0)).map(|l| l.case), Some(Prose));
    }

    #[test]
    fn sentence_starts_are_the_entity_taggers() {
        let text = "He left. \"Why?\" she asked.\nNext";
        let view = TextView::new(text);
        let mut direct = Vec::new();
        tokens::sentence_starts(text, view.tokens(), &mut direct);
        assert_eq!(view.sentence_starts(), direct.as_slice());
        assert_eq!(direct.iter().filter(|&&s| s).count(), 4);
    }

    #[test]
    fn every_part_is_computed_once_and_agrees_with_its_module() {
        let text = "Mr. Ali said 1,200 fled;\nthe rest\nstayed. 3.5 million!";
        let view = TextView::new(text);
        assert_eq!(view.loose_sentence_starts(), sentences::loose_starts(text).as_slice());
        let listed: Vec<usize> = (0..view.atoms().len()).filter(|&k| view.wraps_at(k)).collect();
        assert_eq!(view.line_wraps().iter().map(|&k| k as usize).collect::<Vec<_>>(), listed);
        assert!(std::ptr::eq(view.numbers(), view.numbers()), "kept, not recomputed");
        let values: Vec<(Option<u64>, u32)> = view.numbers().iter().filter(|n| !n.inner).map(|n| (n.value, n.decimals)).collect();
        assert_eq!(values, [(Some(1200), 0), (Some(35), 1)]);
        let wrapped: Vec<&str> = view.line_wraps().iter().map(|&k| view.atoms()[k as usize].text(text)).collect();
        assert_eq!(wrapped, ["the", "stayed"]);
    }

    #[test]
    fn malformed_texts_never_panic() {
        let long = "9".repeat(100);
        for text in ["", ".", ";;;", "\n\n\n", "\u{2028}", "½٣", "𝔸.𝔸.", "é\né", long.as_str(), "1,", ",1", "1..2", "\x0b\n\x0c"]
        {
            let view = TextView::new(text);
            assert_eq!(view.loose_sentence_starts().first(), Some(&0), "{text:?}");
            let atoms = view.atoms().len();
            assert!(view.line_wraps().iter().all(|&k| (k as usize) < atoms), "{text:?}");
            assert!(view.numbers().iter().all(|n| n.end as usize <= text.len()), "{text:?}");
            assert_eq!(view.sentence_starts().len(), view.tokens().len(), "{text:?}");
        }
        assert_eq!(TextView::new(&long).numbers()[0].value, None, "overflow reads as no value");
    }

    #[test]
    fn empty_text_has_one_blank_line() {
        let view = TextView::new("");
        assert!(view.tokens().is_empty() && view.sentence_starts().is_empty());
        assert_eq!(view.lines(), [Line { start: 0, end: 0, case: CaseClass::Blank }]);
    }
}
