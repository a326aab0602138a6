//! Cardinal numbers in every form news uses, read from tokens.
//!
//! - digits with thousands groups: `12`, `1,200`, `250,000`;
//! - digits or words with a scale word: `1.5 million`, `two million`, `12 thousand`;
//! - number words: `twenty-three`, `one hundred and twenty`, `a dozen`, `two dozen`,
//!   `half a dozen`, `half a million`, `a quarter of a million`;
//! - vague plurals, read as lower bounds: `dozens` 24, `scores` 40, `hundreds` 200,
//!   `thousands` 2,000, `tens of thousands` 20,000, `hundreds of thousands`
//!   200,000, `millions` 2,000,000; `several`/`a few` with a scale word likewise
//!   (`several hundred` 200).
//!
//! All arithmetic is checked: a number that overflows `u64` or passes
//! [`MAX_FIGURE`] is not a figure.

use std::sync::LazyLock;

use super::tokens::{key, Kind, Token};
use crate::text::numbers::compound_at;
use crate::vocab::table::Shapes;
use crate::TextView;

/// The largest count taken as a figure for people.
pub(crate) const MAX_FIGURE: u64 = 10_000_000_000;

/// A cardinal read at some token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cardinal {
    /// One past its last token.
    pub end: usize,
    /// Its value; for a vague plural, the lower bound.
    pub value: u64,
    /// A vague plural (`dozens`, `tens of thousands`): a lower bound, not a count.
    pub vague: bool,
    /// Just the word `one` (a pronoun as often as a number).
    pub bare_one: bool,
    /// Four plain digits that read as a year (`2012`).
    pub year_like: bool,
    /// Whether it is written in digits.
    pub digits: bool,
}

/// Reads the cardinal that starts at token `i`, if any (`tokens` are composed from
/// `view`, whose [`numbers`](crate::TextView::numbers) a number token's value is read
/// from, and whose number words give the tens-unit compounds).
pub(crate) fn cardinal(tokens: &[Token], view: &TextView<'_>, i: usize) -> Option<Cardinal> {
    let token = tokens.get(i)?;
    let found = match token.kind {
        Kind::Number => digits_cardinal(tokens, view, i),
        Kind::Word => word_cardinal(tokens, view, i),
        _ => None,
    }?;
    (found.value > 0 && found.value <= MAX_FIGURE).then_some(found)
}

/// The words besides the unit, teen and tens number words that can start a cardinal.
const CARDINAL_WORDS: [&str; 15] = [
    "a", "an", "half", "hundred", "thousand", "million", "dozen", "dozens", "scores", "hundreds", "thousands", "tens", "millions",
    "several", "many",
];

/// The shapes ([`Shapes`]) of the words that can start a cardinal: [`CARDINAL_WORDS`]
/// and the unit, teen and tens number words.
static CARDINAL_SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    let mut shapes = Shapes::default();
    for w in CARDINAL_WORDS {
        shapes.insert_word(w.as_bytes());
    }
    for (w, n) in crate::vocab::numbers::entries() {
        if is_unit_or_tens(n.kind) {
            shapes.insert_word(w.as_bytes());
        }
    }
    shapes
});

/// Whether the word can start a cardinal (a cheap test before [`cardinal`]): run on
/// every word, so the shape of the word (first two letters, length) is tested first,
/// which most words fail, then the closed words and the number-word table.
#[inline]
pub(crate) fn starts_cardinal(word: &str) -> bool {
    CARDINAL_SHAPES.may_hold(word.as_bytes()) && listed_cardinal_start(word)
}

/// The test behind [`starts_cardinal`]'s shape filter, apart so that the filter is
/// inlined at each call and this (rarely reached) part is not.
#[inline(never)]
fn listed_cardinal_start(word: &str) -> bool {
    CARDINAL_WORDS.contains(&word) || unit_or_tens(word)
}

/// `unit(word).is_some() || tens(word).is_some()` with one look-up (which most
/// words skip: `vocab::numbers::lookup` first checks the word's first letter and
/// length).
fn unit_or_tens(word: &str) -> bool {
    crate::vocab::numbers::lookup(word).is_some_and(|n| is_unit_or_tens(n.kind))
}

fn is_unit_or_tens(kind: crate::vocab::numbers::Kind) -> bool {
    use crate::vocab::numbers::Kind;
    matches!(kind, Kind::Unit | Kind::Teen | Kind::Tens)
}

/// A number token's cardinal: its value as the view read it ([`Number`]: all its
/// digits as one integer, with the count of decimals), scaled by a scale word after it.
fn digits_cardinal(tokens: &[Token], view: &TextView<'_>, i: usize) -> Option<Cardinal> {
    let token = tokens.get(i)?;
    let number = crate::text::numbers::at(view.numbers(), token.start).filter(|n| n.end as usize == token.end)?;
    if number.leading_zero {
        return None;
    }
    let mantissa = number.value?;
    let divisor = number.divisor()?;
    let digits = true;
    if let Some(scale) = scale(key(tokens, i + 1)) {
        let scaled = mantissa.checked_mul(scale)?;
        if scaled % divisor != 0 {
            return None;
        }
        let value = scaled / divisor;
        return Some(Cardinal { end: i + 2, value, vague: false, bare_one: false, year_like: false, digits });
    }
    if number.decimals > 0 {
        return None; // `2.5` alone counts no people
    }
    let year_like = number.int_digits == 4 && !number.grouped && (1800..=2100).contains(&mantissa);
    Some(Cardinal { end: i + 1, value: mantissa, vague: false, bare_one: false, year_like, digits })
}

fn vague(end: usize, value: u64) -> Option<Cardinal> {
    Some(Cardinal { end, value, vague: true, bare_one: false, year_like: false, digits: false })
}

fn exact(end: usize, value: u64) -> Option<Cardinal> {
    Some(Cardinal { end, value, vague: false, bare_one: false, year_like: false, digits: false })
}

/// A scale word after `several`, `many` or `a few` (`several dozen`, `a few
/// hundred`): a vague count of twice the scale, ending at token `end`.
fn vague_scale(scale: &str, end: usize) -> Option<Cardinal> {
    match scale {
        "dozen" => vague(end, 24),
        "hundred" => vague(end, 200),
        "thousand" => vague(end, 2_000),
        _ => None,
    }
}

fn word_cardinal(tokens: &[Token], view: &TextView<'_>, i: usize) -> Option<Cardinal> {
    let w = key(tokens, i);
    let next = key(tokens, i + 1);
    let after = key(tokens, i + 2);
    match w {
        "dozens" => return vague(i + 1, 24),
        "scores" => return vague(i + 1, 40),
        "millions" => return vague(i + 1, 2_000_000),
        "hundreds" | "thousands" => {
            let low: u64 = if w == "hundreds" { 200 } else { 2_000 };
            return match (next, after) {
                ("of", "thousands") => vague(i + 3, low.checked_mul(1_000)?),
                ("of", "millions") => vague(i + 3, low.checked_mul(1_000_000)?),
                _ => vague(i + 1, low),
            };
        }
        "tens" => {
            return match (next, after) {
                ("of", "thousands") => vague(i + 3, 20_000),
                ("of", "millions") => vague(i + 3, 20_000_000),
                _ => None,
            };
        }
        "several" | "many" => return vague_scale(next, i + 2),
        "a" | "an" if next == "few" => return vague_scale(after, i + 3),
        "a" | "an" if next == "quarter" => return fraction(tokens, i + 1, 4),
        "half" => {
            // `half a million`, `half a dozen`, `half million`
            let (j, s) = if matches!(next, "a" | "an") { (i + 2, key(tokens, i + 2)) } else { (i + 1, next) };
            let whole = if s == "dozen" { Some(12) } else { scale(s) }?;
            return exact(j + 1, whole / 2);
        }
        _ => {}
    }
    if let Some(n) = unit(w) {
        if matches!(next, "quarters" | "quarter") && n < 4 {
            let found = fraction(tokens, i + 1, 4)?;
            return exact(found.end, found.value.checked_mul(n)?);
        }
    }
    compound(tokens, view, i)
}

/// `quarter of a million`, `quarter million` at `i` (the word `quarter`).
fn fraction(tokens: &[Token], i: usize, parts: u64) -> Option<Cardinal> {
    let mut j = i + 1;
    if key(tokens, j) == "of" {
        j += 1;
    }
    if matches!(key(tokens, j), "a" | "an") {
        j += 1;
    }
    let whole = scale(key(tokens, j))?;
    exact(j + 1, whole / parts)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    Article,
    Unit,
    Tens,
    Hundred,
    Scale,
    And,
}

/// The unit word that closes a tens-unit compound with the tens word at token `j`
/// (`twenty-three`, `twenty three`: the view's reading, [`compound_at`]): its value and
/// the token after it. The casualty filter over the shared reading: the unit word must
/// be the next token, or the one after a hyphen token (`-`, `‐`, `‑`, `‒`, `–`) glued
/// on both sides, so a sentence-ending line break ([`Kind::Break`]) between the words
/// ends the figure.
fn joined_unit(tokens: &[Token], view: &TextView<'_>, j: usize) -> Option<(u64, usize)> {
    let tens = tokens.get(j)?;
    let found = compound_at(view.number_words(), tens.start).filter(|c| c.tens.1 == tens.end)?;
    let k = if tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Punct && t.is("-")) { j + 2 } else { j + 1 };
    tokens.get(k).filter(|t| t.kind == Kind::Word && (t.start, t.end) == found.unit)?;
    Some((found.value, k + 1))
}

/// Number words: `twenty-three`, `one hundred and twenty`, `a dozen`, `two million`.
fn compound(tokens: &[Token], view: &TextView<'_>, i: usize) -> Option<Cardinal> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut last = Last::Start;
    let mut words = 0;
    let mut j = i;
    let mut end = i;
    while let Some(token) = tokens.get(j) {
        if token.kind != Kind::Word {
            break;
        }
        let w = token.key();
        if let Some(u) = unit(w) {
            // After a tens word a unit word is read with it (`joined_unit`) or not at all.
            if !matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And) {
                break;
            }
            current = current.checked_add(u)?;
            last = Last::Unit;
        } else if let Some(t) = tens(w) {
            if !matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And) {
                break;
            }
            if let Some((both, next)) = joined_unit(tokens, view, j) {
                // `twenty-three`: both words at once.
                current = current.checked_add(both)?;
                last = Last::Unit;
                words += 2;
                j = next;
                end = j;
                continue;
            }
            current = current.checked_add(t)?;
            last = Last::Tens;
        } else if w == "hundred" {
            // `five hundred`, `a hundred`; a teen or tens word multiplies too when no
            // larger scale came before (`fifteen hundred` 1500, `twenty-five hundred`
            // 2500), not after one (`two thousand fifteen hundred` is no number).
            let multiplier_ok = match last {
                Last::Unit | Last::Article => current < 10 || (total == 0 && current < 100),
                Last::Tens => total == 0,
                _ => false,
            };
            if !multiplier_ok {
                break;
            }
            current = current.max(1).checked_mul(100)?;
            last = Last::Hundred;
        } else if let Some(s) = scale(w).filter(|s| *s >= 1_000) {
            if !matches!(last, Last::Unit | Last::Tens | Last::Hundred | Last::Article) {
                break;
            }
            total = total.checked_add(current.max(1).checked_mul(s)?)?;
            current = 0;
            last = Last::Scale;
        } else if w == "dozen" {
            if !matches!(last, Last::Unit | Last::Article) {
                break;
            }
            current = current.max(1).checked_mul(12)?;
            words += 1;
            end = j + 1;
            break;
        } else if w == "and" && matches!(last, Last::Hundred | Last::Scale) {
            last = Last::And;
            j += 1;
            continue;
        } else if matches!(w, "a" | "an") && last == Last::Start {
            last = Last::Article;
            j += 1;
            continue;
        } else {
            break;
        }
        words += 1;
        j += 1;
        end = j;
    }
    if words == 0 {
        return None;
    }
    let value = total.checked_add(current)?;
    let bare_one = end == i + 1 && key(tokens, i) == "one";
    Some(Cardinal { end, value, vague: false, bare_one, year_like: false, digits: false })
}

// The number words themselves live in the shared vocabulary (`vocab/data/numbers.tsv`).

fn unit(w: &str) -> Option<u64> {
    use crate::vocab::numbers;
    numbers::value_of(w, &[numbers::Kind::Unit, numbers::Kind::Teen])
}

fn tens(w: &str) -> Option<u64> {
    use crate::vocab::numbers;
    numbers::value_of(w, &[numbers::Kind::Tens])
}

fn scale(w: &str) -> Option<u64> {
    use crate::vocab::numbers;
    numbers::value_of(w, &[numbers::Kind::Scale])
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn every_unit_and_tens_word_passes_the_shape_test() {
        let mut seen = 0;
        for (word, n) in crate::vocab::numbers::entries() {
            assert_eq!(unit_or_tens(word), is_unit_or_tens(n.kind), "{word}");
            seen += usize::from(is_unit_or_tens(n.kind));
        }
        assert!(seen >= 27, "one to nineteen and twenty to ninety: {seen}");
        for word in ["of", "said", "the", "", "Two", "twos", "\u{e9}t\u{e9}"] {
            assert!(!unit_or_tens(word), "{word}");
        }
    }

    /// The shape filter in front of [`starts_cardinal`] changes no answer: every word
    /// it is true for passes, and it agrees with the plain test on other words.
    #[test]
    fn starts_cardinal_is_the_closed_words_and_the_number_words() {
        let plain = |w: &str| CARDINAL_WORDS.contains(&w) || unit_or_tens(w);
        let words = CARDINAL_WORDS.iter().copied().chain(crate::vocab::numbers::entries().iter().map(|(w, _)| *w));
        let others = ["the", "of", "said", "ten", "tense", "an", "and", "am", "halves", "dozenth", "", "-", "\u{e9}", "seventeenth", "t"];
        for w in words.chain(others) {
            assert_eq!(starts_cardinal(w), plain(w), "{w}");
        }
        assert!(starts_cardinal("twenty") && starts_cardinal("a") && starts_cardinal("many"));
        assert!(!starts_cardinal("first") && !starts_cardinal("billion") && !starts_cardinal("anyone"));
    }

    fn read(text: &str) -> Option<(u64, bool, String)> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let c = cardinal(&tokens, &crate::TextView::new(text), 0)?;
        let end = tokens[c.end - 1].end;
        Some((c.value, c.vague, text[..end].to_string()))
    }

    #[test]
    fn digits_and_scales() {
        assert_eq!(read("1,200 people"), Some((1200, false, "1,200".into())));
        assert_eq!(read("250,000"), Some((250_000, false, "250,000".into())));
        assert_eq!(read("1.5 million people"), Some((1_500_000, false, "1.5 million".into())));
        assert_eq!(read("2.5 km"), None);
        assert_eq!(read("007"), None);
        assert_eq!(read("99999999999999999999999"), None);
        assert_eq!(read("20000000000"), None, "more than MAX_FIGURE");
    }

    #[test]
    fn number_words() {
        assert_eq!(read("twenty-three people").map(|r| r.0), Some(23));
        assert_eq!(read("twenty three").map(|r| r.0), Some(23));
        assert_eq!(read("one hundred and twenty").map(|r| r.0), Some(120));
        assert_eq!(read("three hundred thousand").map(|r| r.0), Some(300_000));
        assert_eq!(read("a dozen villages").map(|r| r.0), Some(12));
        assert_eq!(read("two dozen").map(|r| r.0), Some(24));
        assert_eq!(read("half a dozen").map(|r| r.0), Some(6));
        assert_eq!(read("half a million").map(|r| r.0), Some(500_000));
        assert_eq!(read("a quarter of a million people"), Some((250_000, false, "a quarter of a million".into())));
        assert_eq!(read("three quarters of a million").map(|r| r.0), Some(750_000));
        assert_eq!(read("a million").map(|r| r.0), Some(1_000_000));
        assert_eq!(read("Twelve and wounded").map(|r| r.2), Some("Twelve".into()));
    }

    /// A teen or tens word before `hundred` is its multiplier, as the date grammar reads
    /// it (`fifteen hundred` was read as 15).
    #[test]
    fn scale_words_after_teens_and_tens_multiply() {
        assert_eq!(read("fifteen hundred people").map(|r| (r.0, r.2)), Some((1_500, "fifteen hundred".into())));
        assert_eq!(read("Eleven hundred").map(|r| r.0), Some(1_100));
        assert_eq!(read("twenty hundred").map(|r| r.0), Some(2_000));
        assert_eq!(read("nineteen hundred and five").map(|r| r.0), Some(1_905));
        assert_eq!(read("two thousand people").map(|r| r.0), Some(2_000));
        assert_eq!(read("a hundred and twenty").map(|r| r.0), Some(120));
        assert_eq!(read("one thousand two hundred").map(|r| r.0), Some(1_200));
        assert_eq!(read("1.2 million").map(|r| r.0), Some(1_200_000));
        assert_eq!(read("fifteen thousand").map(|r| r.0), Some(15_000));
        assert_eq!(read("two thousand fifteen hundred").map(|r| r.0), Some(2_015), "no `hundred` after a larger scale");
        assert_eq!(read("five hundred hundred").map(|r| r.0), Some(500));
    }

    /// The casualty filter over the view's tens-unit compounds (`joined_unit`): any
    /// hyphen glued on both sides or whitespace joins, a sentence-ending line break or a
    /// loose hyphen does not.
    #[test]
    fn tens_unit_compounds_from_the_view() {
        assert_eq!(read("twenty\u{2013}three people").map(|r| (r.0, r.2)), Some((23, "twenty\u{2013}three".into())));
        assert_eq!(read("Forty\nseven people were").map(|r| r.0), Some(47));
        assert_eq!(read("forty\n\nseven people").map(|r| r.0), Some(40), "a blank line is a break");
        assert_eq!(read("twenty -three").map(|r| r.2), Some("twenty".into()));
        assert_eq!(read("ninety-nine thousand").map(|r| r.0), Some(99_000));
        assert_eq!(read("twenty-three hundred").map(|r| r.0), Some(2_300), "a compound multiplies by `hundred`");
        assert_eq!(read("a million million million").map(|r| (r.0, r.2)), Some((1_000_000, "a million".into())));
    }

    #[test]
    fn vague_plurals_are_lower_bounds() {
        assert_eq!(read("dozens of people"), Some((24, true, "dozens".into())));
        assert_eq!(read("scores"), Some((40, true, "scores".into())));
        assert_eq!(read("hundreds"), Some((200, true, "hundreds".into())));
        assert_eq!(read("thousands"), Some((2_000, true, "thousands".into())));
        assert_eq!(read("tens of thousands of people"), Some((20_000, true, "tens of thousands".into())));
        assert_eq!(read("hundreds of thousands").map(|r| r.0), Some(200_000));
        assert_eq!(read("several hundred").map(|r| (r.0, r.1)), Some((200, true)));
        assert_eq!(read("a few thousand").map(|r| (r.0, r.1)), Some((2_000, true)));
    }

    #[test]
    fn vague_words_alone_are_not_numbers() {
        assert_eq!(read("several people"), None);
        assert_eq!(read("many"), None);
        assert_eq!(read("a few"), None);
        assert_eq!(read("a soldier"), None);
        assert_eq!(read("tens"), None);
    }

    #[test]
    fn bare_one_and_years_are_flagged() {
        let mut tokens = Vec::new();
        tokenize("one of them", &mut tokens);
        assert!(cardinal(&tokens, &crate::TextView::new("one of them"), 0).unwrap().bare_one);
        let mut tokens = Vec::new();
        tokenize("2012", &mut tokens);
        assert!(cardinal(&tokens, &crate::TextView::new("2012"), 0).unwrap().year_like);
    }
}
