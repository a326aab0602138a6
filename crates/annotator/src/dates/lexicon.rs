//! Tokens and the closed word lists of the date grammar.
//!
//! [`compose`] joins the text view's atoms ([`TextView::atoms`](crate::TextView::atoms))
//! into the grammar's tokens and classifies every token once: words are
//! looked up (ASCII case-folded) in the word classes, numbers are parsed into [`Lex`]
//! variants (plain integers, ISO and slashed dates, clock times, decades, ordinals).
//! Each token also carries the context lists its text is in ([`Token::lists`], one
//! look-up shared with the word class), so the grammar asks about other words only
//! through [`WordList`] bits, never with string literals of its own.
//!
//! The word lists are data, one file per kind under `dates/data/` (units, day parts,
//! seasons, decades, holidays, recurrence adverbs, closed-class words, context words;
//! the number words, months and weekdays are shared, in `vocab/data/`), compiled in
//! with `include_str!` and parsed once on first use.

use std::sync::LazyLock;

use super::calendar::{easter_sunday, nth_weekday, Ymd};
use crate::text::atoms::{glued_kind, run_end};
use crate::text::sentences::{Mark, TokenSentences};
use crate::text::{Atom, AtomKind, TextView};
use crate::vocab::calendar;
use crate::vocab::numbers::{self, Kind};
use crate::vocab::table::{self, DataError, KeyMap};

/// A unit of time, as used by durations, relative dates and sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    /// Two weeks (`a fortnight`).
    Fortnight,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The TIMEX3 duration designator and whether it belongs after `T`.
    pub(crate) fn designator(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Week | Unit::Fortnight => ("W", false),
            Unit::Weekend => ("WE", false),
            Unit::Month => ("M", false),
            // TimeBank writes a length or recurrence of quarters both as `P1Q` and as
            // months (`P9M`, `every quarter` `P1Q`): months throughout were measured in
            // the twentieth round (tuning value F1 +1 span, held-out -2; months for SETs
            // only: tuning -1, dev-dates7 +1) and not kept.
            Unit::Quarter => ("Q", false),
            Unit::Year | Unit::Decade | Unit::Century => ("Y", false),
        }
    }

    /// How many designator units one of `self` is (a decade is ten years).
    pub(crate) fn multiplier(self) -> u64 {
        match self {
            Unit::Fortnight => 2,
            Unit::Decade => 10,
            Unit::Century => 100,
            _ => 1,
        }
    }
}

/// A named holiday; [`Holiday::Election`] and the like need a following `Day`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    Christmas,
    Thanksgiving,
    Halloween,
    Election,
    Independence,
    Memorial,
    Labor,
    Veterans,
    /// `Boxing Day`, 26 December.
    Boxing,
    /// `Anzac Day`, 25 April.
    Anzac,
    /// `Bastille Day`, 14 July.
    Bastille,
    /// `Valentine's Day`, 14 February.
    Valentine,
    /// `Mother's Day`, the second Sunday in May (as the US and Canada keep it).
    Mother,
    /// `Father's Day`, the third Sunday in June.
    Father,
    /// `Easter`, `Easter Sunday`, `Easter Monday`: Easter Sunday by the Gregorian
    /// computus, and the days named from it with a weekday after them.
    Easter,
    /// `Palm Sunday`, a week before Easter.
    Palm,
    /// `Maundy Thursday`.
    Maundy,
    /// `Holy Thursday`, `Holy Saturday`, `Holy Week`.
    Holy,
    /// `Good Friday`.
    Good,
    /// `Ash Wednesday`, 46 days before Easter.
    Ash,
}

impl Holiday {
    /// For a name of Easter's cycle, the day it names with weekday `wd` after it (ISO,
    /// `None` when no weekday follows): days from Easter Sunday (`Good Friday` -2).
    pub(crate) fn easter_offset(self, wd: Option<u32>) -> Option<i64> {
        Some(match (self, wd) {
            (Holiday::Easter, None | Some(7)) => 0,
            (Holiday::Easter, Some(1)) => 1,
            (Holiday::Palm, Some(7)) => -7,
            (Holiday::Maundy | Holiday::Holy, Some(4)) => -3,
            (Holiday::Good, Some(5)) => -2,
            (Holiday::Holy, Some(6)) => -1,
            (Holiday::Ash, Some(3)) => -46,
            _ => return None,
        })
    }

    /// Whether the name is of Easter's cycle (its date moves with Easter).
    pub(crate) fn of_easter(self) -> bool {
        matches!(self, Holiday::Easter | Holiday::Palm | Holiday::Maundy | Holiday::Holy | Holiday::Good | Holiday::Ash)
    }

    /// Whether the name needs `Day` after it (`Election Day`, but `Thanksgiving`).
    pub(crate) fn needs_day(self) -> bool {
        !matches!(self, Holiday::Christmas | Holiday::Thanksgiving | Holiday::Halloween)
    }

    /// Whether the name is a possessive before `Day` (`Valentine's Day`).
    pub(crate) fn possessive(self) -> bool {
        matches!(self, Holiday::Valentine | Holiday::Mother | Holiday::Father)
    }

    /// The month it falls in and, when fixed, its day.
    pub(crate) fn month_day(self) -> (u32, Option<u32>) {
        match self {
            Holiday::Christmas => (12, Some(25)),
            Holiday::Halloween => (10, Some(31)),
            Holiday::Independence => (7, Some(4)),
            Holiday::Veterans => (11, Some(11)),
            Holiday::Boxing => (12, Some(26)),
            Holiday::Anzac => (4, Some(25)),
            Holiday::Bastille => (7, Some(14)),
            Holiday::Valentine => (2, Some(14)),
            Holiday::Mother => (5, None),
            Holiday::Father => (6, None),
            Holiday::Thanksgiving | Holiday::Election => (11, None),
            Holiday::Memorial => (5, None),
            Holiday::Labor => (9, None),
            Holiday::Easter | Holiday::Palm | Holiday::Maundy | Holiday::Holy | Holiday::Good => (4, None),
            Holiday::Ash => (2, None),
        }
    }

    /// Its date in year `y` (US holidays, as in the news the corpora hold).
    pub(crate) fn date(self, y: i32) -> Option<Ymd> {
        match self {
            Holiday::Thanksgiving => nth_weekday(y, 11, 4, 4),
            // The Tuesday after the first Monday in November.
            Holiday::Election => nth_weekday(y, 11, 1, 1)?.add_days(1),
            Holiday::Memorial => nth_weekday(y, 5, 1, 0),
            Holiday::Labor => nth_weekday(y, 9, 1, 1),
            Holiday::Mother => nth_weekday(y, 5, 7, 2),
            Holiday::Father => nth_weekday(y, 6, 7, 3),
            Holiday::Easter | Holiday::Palm | Holiday::Maundy | Holiday::Holy | Holiday::Good | Holiday::Ash => easter_sunday(y),
            _ => {
                let (m, d) = self.month_day();
                Ymd::new(i64::from(y), m, d?)
            }
        }
    }
}

/// Closed-class words the grammar reacts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum W {
    The,
    A,
    This,
    That,
    These,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Current,
    Latest,
    Recent,
    Same,
    Early,
    Late,
    Mid,
    Middle,
    Beginning,
    Start,
    End,
    Of,
    In,
    On,
    Ago,
    Earlier,
    Later,
    Every,
    Each,
    Fiscal,
    About,
    Around,
    Nearly,
    Under,
    Over,
    More,
    Less,
    Than,
    At,
    Least,
    Some,
    Several,
    Few,
    Couple,
    Up,
    To,
    Or,
    Within,
    No,
    Half,
    Now,
    Currently,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Overnight,
    Recently,
    Previously,
    Nowadays,
    Future,
    Present,
    Noon,
    Midnight,
    Midday,
    Holiday(Holiday),
    /// `new`, for `New Year's Day`.
    New,
    Zone,
    Set(&'static str),
    /// `weeklong`, `yearlong`: a DURATION on its own, with its value.
    Lasting(&'static str),
    Ended,
}

/// The grammar's view of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// Nothing the grammar cares about.
    Other,
    /// A month name or abbreviation (1..=12); `abbr` when it needs a following number.
    Month { m: u32, abbr: bool },
    /// A weekday (1 = Monday .. 7 = Sunday); `plural` for `Fridays`.
    Weekday { d: u32, plural: bool },
    /// A unit noun (`year`, `weeks`).
    Unit { unit: Unit, plural: bool },
    /// A cardinal number word (`two`, `twenty`, `hundred` is 100).
    NumWord(u64),
    /// An ordinal word (`first`, `third`).
    Ordinal(u32),
    /// A part of the day (`MO`, `AF`, `EV`, `NI`).
    DayPart(&'static str),
    /// A season (`SP`, `SU`, `FA`, `WI`).
    Season(&'static str),
    /// A decade word (`nineties` is 9).
    DecadeWord(u32),
    /// Another closed-class word.
    Word(W),
    /// A plain run of digits (no separators).
    Int { v: u64, digits: u8 },
    /// A number with a decimal point or thousands separators (`2,000`, `1.5`).
    Grouped,
    /// `2015-06-01`.
    Iso { y: i32, m: u32, d: u32 },
    /// `06/01/2015`, `6/1/15`: the three parts in text order.
    Slash { a: u32, b: u32, c: u32, c_digits: u8 },
    /// `16/01`, `04/05`: two parts of two digits each, in text order (a day and a
    /// month without a year, as South Asian reports date an event in brackets).
    DayMonth { a: u32, b: u32 },
    /// `7:15`.
    Clock { h: u32, min: u32 },
    /// `2:05:30`: hours, minutes, seconds; `3:52.4`: minutes, seconds and the
    /// seconds' fraction as written (`frac` 4 of `frac_digits` 1; 0 digits: none).
    Elapsed { h: u32, m: u32, s: u32, frac: u16, frac_digits: u8 },
    /// `1990s` (199), `'80s` (198): the decade as written in TIMEX3.
    Decade(u32),
    /// `20th`, `1st`.
    OrdNum(u32),
    /// `5pm`, `10am`: hour in 24-hour form.
    HourAmPm(u32),
    /// Punctuation (one character).
    Punct(char),
}

/// One token: a byte range with its class.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub lex: Lex,
    /// Starts with an uppercase ASCII letter.
    pub cap: bool,
    /// Whitespace separates it from the previous token.
    pub space_before: bool,
    /// A line break separates it from the previous token.
    pub newline_before: bool,
    /// The context lists its text is in ([`list_set`] of it), looked up once here so
    /// that the grammar's many [`WordList`] tests are a bit test.
    pub lists: u128,
    /// What the token is to the sentence reading ([`Token::mark_of`] of it), set by
    /// [`compose`] so that [`sentences`] reads it without classing the token again.
    pub mark: Mark,
}

impl Token {
    /// What the token is to the view's token sentence reading ([`TokenSentences`]):
    /// a mark, or a word a full stop after which is an abbreviation's (a month's
    /// abbreviation, `Sept.`; a word of one byte, `P.`; a capitalised word of at most three bytes,
    /// `Mr.`, `Two.`).
    pub(crate) fn mark_of(lex: Lex, cap: bool, len: usize) -> Mark {
        match lex {
            Lex::Punct('!' | '?') => Mark::Exclaim,
            Lex::Punct(';') => Mark::Semicolon,
            Lex::Punct('.') => Mark::FullStop,
            Lex::Punct('"' | '\'' | '`' | ':' | '(' | '\u{201c}') => Mark::Opener,
            // `Feb.`, `Sept.` are abbreviations; a full name before a full stop (`fell
            // in February. March will…`) ends the sentence (twelfth round).
            Lex::Month { abbr: true, .. } => Mark::Abbrev,
            Lex::Other | Lex::Word(_) => Self::word_mark(cap, len),
            _ => Mark::Other,
        }
    }

    /// [`Token::mark_of`] a word of `len` bytes that the lexicon gives no class of
    /// its own ([`Lex::Other`], [`Lex::Word`]).
    #[inline]
    fn word_mark(cap: bool, len: usize) -> Mark {
        if len == 1 || (cap && len <= 3) {
            Mark::Abbrev
        } else {
            Mark::Other
        }
    }
}

/// The sentences of the grammar's tokens `toks`, read once per document from the
/// marks [`compose`] set.
pub(crate) fn sentences(toks: &[Token]) -> TokenSentences {
    TokenSentences::new(toks.iter().map(|t| (t.mark, t.newline_before)))
}

/// Composes the grammar's tokens of the viewed text from its atoms
/// ([`TextView::atoms`]) into `out`, which is cleared first; a plain run of digits
/// takes its value from the view's [`numbers`](TextView::numbers).
///
/// Each token is a union of atoms with no whitespace between them:
/// - a word is ASCII letters and digits from a letter on, looked up in the word
///   classes; running on into other letters it is a foreign word ([`Lex::Other`]);
/// - a number is digits with inner separators (`2,000`, `1.5`, `2015-06-01`,
///   `06/01/2015`, `7:15`) and ASCII letters glued on (`1990s`, `20th`, `5pm`), except
///   that a range of years (`2014-2016`, `1989-91`) is two numbers;
/// - `'80s` is a decade; any other character is punctuation (`\x0b`, `\x0c` too);
///   a run of letters, digits and numerals that starts with a non-ASCII one is
///   [`Lex::Other`].
///
/// Hyphens that join two tokens without spaces are dropped (the grammar sees
/// `four-year` as `four year`, spans still cover the hyphen).
///
/// Returns whether a token is the unit `quarter` (`quarters`): the document talks
/// about quarters (`Grammar::finance`).
pub(crate) fn compose(view: &TextView<'_>, out: &mut Vec<Token>) -> bool {
    let (text, atoms, readings) = (view.text(), view.atoms(), view.numbers());
    let mut reading = 0;
    out.clear();
    let bytes = text.as_bytes();
    let mut space = true;
    let mut newline = false;
    // Whether the last token pushed is a hyphen glued to the token before it, which
    // the next token decides on.
    let mut hyphen_pending = false;
    let tables = &*TABLES;
    let mut quarters = false;
    let mut k = 0;
    while let Some(atom) = atoms.get(k) {
        space |= atom.space_before();
        newline |= atom.line_break();
        let start = atom.start as usize;
        let mut cap = false;
        // Set by the word path (one look-up for class and lists); else looked up below.
        let mut lists = u128::MAX;
        let (lex, last) = match atom.kind {
            AtomKind::End => break,
            AtomKind::Letters => {
                cap = atom.first_byte.is_ascii_uppercase();
                let ascii = run_end(atoms, k, AtomKind::is_ascii_alphanumeric);
                if glued_kind(atoms, ascii + 1, |kind| matches!(kind, AtomKind::ForeignLetters | AtomKind::Numeral)) {
                    // Words running on into non-ASCII letters are foreign words: no trigger.
                    (Lex::Other, run_end(atoms, ascii, AtomKind::is_alphanumeric))
                } else {
                    let end = atoms.get(ascii).map_or(start, |a| a.end as usize);
                    let entry =
                        word_entry(tables, word_key(bytes, start, end), end - start).or_else(|| fiscal_abbrev_entry(bytes, start, end));
                    let Some((lex, in_lists)) = entry else {
                        // Most words are in no table: pushed here as a word in none
                        // (`Lex::Other`, no lists), a path the compiler specialises.
                        let mark = Token::word_mark(cap, end - start);
                        let tok = Token { start, end, lex: Lex::Other, cap, space_before: space, newline_before: newline, lists: 0, mark };
                        push(out, tok, &mut hyphen_pending);
                        k = ascii + 1;
                        space = false;
                        newline = false;
                        continue;
                    };
                    lists = in_lists;
                    quarters |= matches!(lex, Lex::Unit { unit: Unit::Quarter, .. });
                    (lex, ascii)
                }
            }
            AtomKind::Digits => {
                // Digits with inner separators.
                let mut number = k;
                while atoms
                    .get(number + 1)
                    .is_some_and(|a| a.glued() && a.ascii_byte().is_some_and(|b| matches!(b, b',' | b'.' | b':' | b'/' | b'-')))
                    && glued_kind(atoms, number + 2, |kind| kind == AtomKind::Digits)
                {
                    number += 2;
                }
                let end = |i: usize| atoms.get(i).map_or(start, |a| a.end as usize);
                // `2014-2016`, `1989-91`: two years, each its own token (the glued hyphen
                // between them is dropped below).
                // `May 3-5`: after a month, a range of days is two days too (fourteenth round).
                let after_month = month_before(out);
                let range = year_range_split(bytes.get(start..end(number)).unwrap_or(&[]))
                    || (after_month && day_range_split(bytes.get(start..end(number)).unwrap_or(&[])));
                if range && !glued_kind(atoms, number + 1, |kind| kind == AtomKind::Letters) {
                    number = k;
                }
                // Letters glued on: `1990s`, `20th`, `5pm`; anything longer is a code (`G20x`).
                let mut last = run_end(atoms, number, AtomKind::is_ascii_alphanumeric);
                // `6:30pm`, `11.30pm`: the clock and its half of the day are two tokens,
                // as `6:30 pm` is (sixteenth round).
                if number > k && last == number + 1 && meridiem_suffix(bytes.get(end(number)..end(last)).unwrap_or(&[])) {
                    last = number;
                }
                let (digits, suffix) = (bytes.get(start..end(number)), bytes.get(end(number)..end(last)));
                // A plain run's value (saturated: a run too long for `u64` reads as its largest value).
                let value = || {
                    let found = crate::text::numbers::at_atom(readings, &mut reading, k);
                    found.map_or(u64::MAX, |n| n.value.unwrap_or(u64::MAX))
                };
                (number_lex(digits.unwrap_or(&[]), suffix.unwrap_or(&[]), value), last)
            }
            AtomKind::Punct if atom.ascii_byte() == Some(b'\'') && decade_apostrophe(atoms, k) => {
                // `'80s`
                let d = bytes.get(start + 1..start + 3).map_or(0, |d| parse_u64(d) as u32);
                (Lex::Decade(190 + d / 10), k + 2)
            }
            AtomKind::Punct => (Lex::Punct(atom.first_char(text).unwrap_or(' ')), k),
            AtomKind::ForeignLetters | AtomKind::Numeral => (Lex::Other, run_end(atoms, k, AtomKind::is_alphanumeric)),
        };
        let end = atoms.get(last).map_or(start, |a| a.end as usize);
        if lists == u128::MAX {
            lists = tables.list_set(bytes.get(start..end).unwrap_or(&[]));
        }
        // (A word in no table, most tokens, is `Lex::Other`: its mark without the match.)
        let mark = if matches!(lex, Lex::Other) { Token::word_mark(cap, end - start) } else { Token::mark_of(lex, cap, end - start) };
        push(out, Token { start, end, lex, cap, space_before: space, newline_before: newline, lists, mark }, &mut hyphen_pending);
        k = last + 1;
        space = false;
        newline = false;
    }
    quarters
}

/// Pushes `tok` onto `out`, written once, in place (not moved through a pending
/// slot). `hyphen_pending` says whether the last token pushed is a hyphen glued to
/// the token before it: that hyphen is dropped when it joins `tok` to that token.
/// It is then set for `tok`.
#[inline(always)]
fn push(out: &mut Vec<Token>, tok: Token, hyphen_pending: &mut bool) {
    if *hyphen_pending {
        let before = out.len().checked_sub(2).and_then(|p| out.get(p));
        let joins = !tok.space_before && !matches!(tok.lex, Lex::Punct(_)) && before.is_some_and(|p| !matches!(p.lex, Lex::Punct(_)));
        if joins {
            out.pop();
        }
    }
    *hyphen_pending = matches!(tok.lex, Lex::Punct('-')) && !tok.space_before && !out.is_empty();
    out.push(tok);
}

/// Whether the apostrophe atom `k` opens `'80s`: two digits and an `s`, glued, and no
/// ASCII letter or digit after them.
fn decade_apostrophe(atoms: &[Atom], k: usize) -> bool {
    let glued = |i: usize| atoms.get(i).filter(|a| a.glued());
    glued(k + 1).is_some_and(|a| a.kind == AtomKind::Digits && a.len() == 2)
        && glued(k + 2).is_some_and(|a| a.kind == AtomKind::Letters && a.len() == 1 && a.first_byte == b's')
        && !glued_kind(atoms, k + 3, |kind| kind == AtomKind::Digits)
}

/// The tokens so far end with a month's name (`May`), or its abbreviation and its
/// full stop (`Sept.`).
fn month_before(out: &[Token]) -> bool {
    match out {
        [.., t] if matches!(t.lex, Lex::Month { .. }) => true,
        [.., m, dot] => matches!(dot.lex, Lex::Punct('.')) && !dot.space_before && matches!(m.lex, Lex::Month { abbr: true, .. }),
        _ => false,
    }
}

/// `D-D` of one or two digits each, the second day after the first and both in a
/// month: a range of days (`May 3-5`).
fn day_range_split(num: &[u8]) -> bool {
    let mut parts = num.split(|&c| c == b'-');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let day = |p: &[u8]| (1..=2).contains(&p.len()) && p.iter().all(u8::is_ascii_digit);
    if !day(a) || !day(b) {
        return false;
    }
    let (a, b) = (parse_u64(a), parse_u64(b));
    a >= 1 && b > a && b <= 31
}

/// `YYYY-YY` or `YYYY-YYYY` whose second year comes after the first (within a
/// century): a range of years, not a code or a phone number.
fn year_range_split(num: &[u8]) -> bool {
    let (Some(a), Some(b'-'), Some(b)) = (num.get(..4), num.get(4), num.get(5..)) else {
        return false;
    };
    if !a.iter().chain(b).all(u8::is_ascii_digit) || !(b.len() == 2 || b.len() == 4) {
        return false;
    }
    let (a, b) = (parse_u64(a), parse_u64(b));
    if !(1000..=2999).contains(&a) {
        return false;
    }
    if num.len() == 7 {
        b > a % 100
    } else {
        b > a && b - a <= 100
    }
}

/// `am` or `pm` in any case: the half of the day glued to a clock time.
fn meridiem_suffix(suffix: &[u8]) -> bool {
    suffix.len() == 2 && matches!(suffix[0].to_ascii_lowercase(), b'a' | b'p') && suffix[1].eq_ignore_ascii_case(&b'm')
}

fn parse_u64(d: &[u8]) -> u64 {
    d.iter().fold(0u64, |acc, &c| acc.saturating_mul(10).saturating_add(u64::from(c.wrapping_sub(b'0'))))
}

/// The class of the number `num` with the letters `suffix` glued on; `value` is the
/// value of `num` when it is a plain run of digits (read by the text view).
fn number_lex(num: &[u8], suffix: &[u8], value: impl FnOnce() -> u64) -> Lex {
    let seps = num.iter().filter(|c| !c.is_ascii_digit()).count();
    if seps == 0 {
        let v = value();
        let digits = num.len().min(255) as u8;
        let mut low = [0u8; 4];
        if suffix.len() > low.len() {
            return Lex::Other;
        }
        for (dst, src) in low.iter_mut().zip(suffix) {
            *dst = src.to_ascii_lowercase();
        }
        return match &low[..suffix.len()] {
            b"" => Lex::Int { v, digits },
            b"s" if digits == 4 && v / 10 * 10 == v => Lex::Decade((v / 10) as u32),
            b"s" if digits == 2 && v / 10 * 10 == v => Lex::Decade(190 + (v / 10) as u32),
            b"st" | b"nd" | b"rd" | b"th" if digits <= 3 => Lex::OrdNum(v as u32),
            b"am" if (1..=12).contains(&v) => Lex::HourAmPm((v % 12) as u32),
            b"pm" if (1..=12).contains(&v) => Lex::HourAmPm((v % 12 + 12) as u32),
            _ => Lex::Other,
        };
    }
    if !suffix.is_empty() {
        return Lex::Other;
    }
    let sep = num.iter().copied().find(|c| !c.is_ascii_digit()).unwrap_or(b',');
    let mut parts = num.split(|c| !c.is_ascii_digit());
    let p: [&[u8]; 3] = [parts.next().unwrap_or(&[]), parts.next().unwrap_or(&[]), parts.next().unwrap_or(&[])];
    let mixed = num.iter().any(|&c| !c.is_ascii_digit() && c != sep);
    // `3:52.4`, `27:46.70`: minutes, seconds and a fraction, a race time (nineteenth
    // round).
    if mixed && sep == b':' {
        if let Some(lex) = race_time(num) {
            return lex;
        }
    }
    if mixed || parts.next().is_some() {
        return Lex::Other;
    }
    match (sep, seps) {
        (b'-', 2) if p[0].len() == 4 && p[1].len() <= 2 && p[2].len() <= 2 => {
            Lex::Iso { y: parse_u64(p[0]) as i32, m: parse_u64(p[1]) as u32, d: parse_u64(p[2]) as u32 }
        }
        // `7.3.2024`, `28.03.2024`: a dotted date is written day first wherever it is
        // written (sixteenth round).
        (b'.', 2) if (1..=2).contains(&p[0].len()) && (1..=2).contains(&p[1].len()) && p[2].len() == 4 => {
            Lex::Iso { y: parse_u64(p[2]) as i32, m: parse_u64(p[1]) as u32, d: parse_u64(p[0]) as u32 }
        }
        // `12-03-1950`: as `12/03/1950` (sixteenth round).
        (b'/' | b'-', 2)
            if (1..=2).contains(&p[0].len()) && (1..=2).contains(&p[1].len()) && (p[2].len() == 4 || (sep == b'/' && p[2].len() == 2)) =>
        {
            Lex::Slash { a: parse_u64(p[0]) as u32, b: parse_u64(p[1]) as u32, c: parse_u64(p[2]) as u32, c_digits: p[2].len() as u8 }
        }
        (b'/', 1) if p[0].len() == 2 && p[1].len() == 2 => Lex::DayMonth { a: parse_u64(p[0]) as u32, b: parse_u64(p[1]) as u32 },
        (b':', 1) if p[0].len() <= 2 && p[1].len() == 2 => {
            let h = parse_u64(p[0]) as u32;
            let min = parse_u64(p[1]) as u32;
            if h <= 24 && min < 60 {
                Lex::Clock { h, min }
            } else if h < 100 && min < 60 {
                // `61:44`: minutes and seconds (a race time), no time of day.
                Lex::Elapsed { h: 0, m: h, s: min, frac: 0, frac_digits: 0 }
            } else {
                Lex::Other
            }
        }
        (b':', 2) if p[0].len() <= 2 && p[1].len() == 2 && p[2].len() == 2 => {
            let (h, m, s) = (parse_u64(p[0]) as u32, parse_u64(p[1]) as u32, parse_u64(p[2]) as u32);
            if m < 60 && s < 60 {
                Lex::Elapsed { h, m, s, frac: 0, frac_digits: 0 }
            } else {
                Lex::Other
            }
        }
        (b',' | b'.', _) => Lex::Grouped,
        _ => Lex::Other,
    }
}

/// `M:SS.f` or `MM:SS.ff` (one to three digits of fraction): minutes, seconds and the
/// fraction of a race time. (Kept out of line: rare, and inlined it slowed the lexer's
/// loop by 1% of the layer.)
#[cold]
#[inline(never)]
fn race_time(num: &[u8]) -> Option<Lex> {
    let colon = num.iter().position(|&c| c == b':')?;
    let (m, rest) = (num.get(..colon)?, num.get(colon + 1..)?);
    let dot = rest.iter().position(|&c| c == b'.')?;
    let (secs, f) = (rest.get(..dot)?, rest.get(dot + 1..)?);
    let digits = |p: &[u8]| p.iter().all(u8::is_ascii_digit);
    if !(1..=2).contains(&m.len()) || secs.len() != 2 || !(1..=3).contains(&f.len()) || !digits(m) || !digits(secs) || !digits(f) {
        return None;
    }
    let s = parse_u64(secs) as u32;
    (s < 60).then(|| Lex::Elapsed { h: 0, m: parse_u64(m) as u32, s, frac: parse_u64(f) as u16, frac_digits: f.len() as u8 })
}

/// The longest word [`word_class`] looks up: longer tokens are never date words.
pub(crate) const MAX_WORD: usize = 12;

#[cfg(test)]
fn word_lex(tables: &Tables, word: &[u8]) -> Lex {
    if word.len() > MAX_WORD {
        return Lex::Other;
    }
    table::folded_key(word).and_then(|k| tables.words.get(&k)).copied().unwrap_or(Lex::Other)
}

/// The class of a word of ASCII letters and digits and the context lists it is in,
/// with one look-up: [`word_lex`] and [`list_set`] of it; `None` for a word in no
/// table (`Lex::Other`, no lists).
/// `key` is [`word_key`] of the word, `len` its length.
fn word_entry(tables: &Tables, key: Option<u128>, len: usize) -> Option<(Lex, u128)> {
    // Most words are in no table: the shape filter skips their hash.
    let &(lex, lists) = key.filter(|&k| tables.shapes.may_hold_key(k)).and_then(|k| tables.entries.get(&k))?;
    Some((if len > MAX_WORD { Lex::Other } else { lex }, lists))
}

/// `WORD_MASKS[n]`: the low `n` bytes of a `u128` set, for [`word_key`].
static WORD_MASKS: [u128; 16] = {
    let mut masks = [0u128; 16];
    let mut n = 0;
    while n < 16 {
        masks[n] = (1u128 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

/// [`table::folded_key`] of `bytes[start..end]`, a run of ASCII letters and digits,
/// without a byte loop: sixteen bytes are read at once, those past the word cleared,
/// and `0x20` set in each byte of the word, which lowercases an ASCII letter and
/// leaves a digit as it is.
#[inline]
fn word_key(bytes: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end.checked_sub(start)?;
    if len > table::MAX_KEY {
        return None;
    }
    let x = match bytes.get(start..start + 16).and_then(|chunk| <[u8; 16]>::try_from(chunk).ok()) {
        Some(chunk) => u128::from_le_bytes(chunk),
        None => {
            let mut buf = [0u8; 16];
            buf.get_mut(..len)?.copy_from_slice(bytes.get(start..end)?);
            u128::from_le_bytes(buf)
        }
    };
    // `len` is at most 15: the mask is a table's (a shift of a `u128` by a variable
    // amount is several instructions).
    let word = *WORD_MASKS.get(len)?;
    Some((x & word) | (u128::from_le_bytes([0x20; 16]) & word) | ((len as u128) << 120))
}

/// The class of a word (any ASCII case).
#[cfg(test)]
pub(crate) fn word_class(w: &str) -> Lex {
    word_lex(&TABLES, w.as_bytes())
}

// ----- the word lists (data/*.tsv) ----------------------------------------------------

macro_rules! word_lists {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// The context word lists of `data/context_words.tsv`: words the grammar tests
        /// around an expression (`as soon as`, a determiner before a participle, the
        /// irregular past forms) without giving them a [`Lex`] class of their own.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(crate) enum WordList {
            $($(#[$doc])* $variant,)*
        }

        impl WordList {
            /// Every list with its name in the data file.
            const ALL: &'static [(WordList, &'static str)] = &[$((WordList::$variant, $name),)*];
        }
    };
}

word_lists! {
    As = "as",
    AsSoon = "as_soon",
    Determiner = "determiner",
    Adverb = "adverb",
    AdverbSuffix = "adverb_suffix",
    PassiveBe = "passive_be",
    PassiveGet = "passive_get",
    NotPastBefore = "not_past_before",
    PlanAfter = "plan_after",
    PastAux = "past_aux",
    FutureTo = "future_to",
    FutureToBefore = "future_to_before",
    Scheduled = "scheduled",
    Future = "future",
    FutureVerb = "future_verb",
    PresentBe = "present_be",
    PresentObject = "present_object",
    SubjectOpener = "subject_opener",
    PassiveAhead = "passive_ahead",
    RelativePronoun = "relative_pronoun",
    OverBefore = "over_before",
    FiscalAbbrev = "fiscal_abbrev",
    PlanVerb = "plan_verb",
    FutureInPast = "future_in_past",
    PastBe = "past_be",
    Prospective = "prospective",
    Past = "past",
    IrregularPast = "irregular_past",
    BarePast = "bare_past",
    NotPastEd = "not_past_ed",
    PastSuffix = "past_suffix",
    GerundSuffix = "gerund_suffix",
    Ahead = "ahead",
    Right = "right",
    Then = "then",
    Date = "date",
    High = "high",
    Modal = "modal",
    Possessive = "possessive",
    Long = "long",
    HalfFraction = "half_fraction",
    And = "and",
    So = "so",
    Average = "average",
    While = "while",
    Time = "time",
    UnitModifier = "unit_modifier",
    Old = "old",
    From = "from",
    Times = "times",
    RateScale = "rate_scale",
    PluralSuffix = "plural_suffix",
    NotPluralSuffix = "not_plural_suffix",
    NotPlural = "not_plural",
    DurationPreposition = "duration_preposition",
    DurationVerb = "duration_verb",
    PossessiveS = "possessive_s",
    Period = "period",
    Comparable = "comparable",
    Full = "full",
    Near = "near",
    Short = "short",
    Term = "term",
    BeforeAfter = "before_after",
    To = "to",
    For = "for",
    Reporting = "reporting",
    Between = "between",
    Travel = "travel",
    Measured = "measured",
    YearBound = "year_bound",
    Other = "other",
    Most = "most",
    YearPreposition = "year_preposition",
    CountedNoun = "counted_noun",
    MonthPreposition = "month_preposition",
    Deadline = "deadline",
    Coordinator = "coordinator",
    Eve = "eve",
    Am = "am",
    HourBefore = "hour_before",
    Pm = "pm",
    AmInitial = "am_initial",
    PmInitial = "pm_initial",
    MeridiemM = "meridiem_m",
    Beyond = "beyond",
    PrePost = "pre_post",
    PeriodNoun = "period_noun",
    UntilThen = "until_then",
    Before = "before",
    GenericNow = "generic_now",
    RangeTo = "range_to",
    Local = "local",
    Masthead = "masthead",
    Habitual = "habitual",
    TimesPlural = "times_plural",
    Another = "another",
    AmbiguousSeason = "ambiguous_season",
    Era = "era",
    Complement = "complement",
    VerbBefore = "verb_before",
    ModalAhead = "modal_ahead",
    ModalAbility = "modal_ability",
    Negation = "negation",
    Have = "have",
    MonthSubjectVerb = "month_subject_verb",
    StretchFrom = "stretch_from",
    Within = "within",
    PossessiveAhead = "possessive_ahead",
    SportWord = "sport_word",
    QuarterAbbrev = "quarter_abbrev",
    ZoneName = "zone_name",
    ZoneShort = "zone_short",
    AgoBack = "ago_back",
    Contrast = "contrast",
    /// The first words of the names of `data/named_days.tsv` (`World AIDS Day`), set
    /// from that file, not from `context_words.tsv`.
    NamedDay = "named_day",
    AdverbSet = "adverb_set",
    NightThrough = "night_through",
    SchoolTerm = "school_term",
    EraBefore = "era_before",
    VagueCount = "vague_count",
    HowMuch = "how_much",
    StandingHours = "standing_hours",
    DeferVerb = "defer_verb",
}

impl WordList {
    pub(crate) const fn bit(self) -> u128 {
        1 << (self as u32)
    }

    /// Whether a set from [`list_set`] holds this list.
    pub(crate) fn in_set(self, set: u128) -> bool {
        set & self.bit() != 0
    }

    /// Whether the list holds word endings (`ly`, `ed`) rather than words.
    fn is_suffix_list(name: &str) -> bool {
        name.ends_with("_suffix")
    }
}

/// The context lists `word` (any ASCII case) is in, one bit per list: test them with
/// [`WordList::in_set`] (one look-up for several lists).
#[cfg(test)]
pub(crate) fn list_set(word: &str) -> u128 {
    TABLES.list_set(word.as_bytes())
}

/// Whether `word` (any ASCII case) is in `list`.
#[cfg(test)]
pub(crate) fn listed(word: &str, list: WordList) -> bool {
    TABLES.list_set(word.as_bytes()) & list.bit() != 0
}

/// Whether `word` (any ASCII case) ends with one of the endings in `list`.
pub(crate) fn ends_with_listed(word: &str, list: WordList) -> bool {
    let w = word.as_bytes();
    TABLES.suffixes.iter().any(|(l, s)| *l == list && w.len() >= s.len() && w[w.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes()))
}

/// Every word list of the date layer, parsed once.
struct Tables {
    /// Word classes: months, weekdays, units, numbers, closed-class words, ….
    words: KeyMap<Lex>,
    /// The named days of `data/named_days.tsv`, in file order.
    named_days: Vec<NamedDay>,
    /// The dates of `data/moving_days.tsv`: key, year, month, day, sorted.
    moving: Vec<(&'static str, i32, u32, u32)>,
    /// Context lists each word belongs to, one bit per [`WordList`].
    lists: KeyMap<u128>,
    /// The endings of the `*_suffix` lists.
    suffixes: Vec<(WordList, &'static str)>,
    /// `words` and `lists` in one map (a missing side is `Lex::Other` or 0), so that
    /// the lexer classes a word and finds its lists with one look-up.
    entries: KeyMap<(Lex, u128)>,
    /// Per byte: whether a word of `lists` starts with it (ASCII letters lowercased),
    /// so that most punctuation and numbers skip the look-up.
    list_first: [bool; 256],
    /// The first two bytes and lengths of the words of `entries`, so that most words
    /// of running text skip the look-up.
    shapes: table::Shapes,
}

impl Tables {
    fn empty() -> Tables {
        Tables {
            words: KeyMap::default(),
            named_days: Vec::new(),
            moving: Vec::new(),
            lists: KeyMap::default(),
            suffixes: Vec::new(),
            entries: KeyMap::default(),
            list_first: [false; 256],
            shapes: table::Shapes::default(),
        }
    }

    /// Fills `entries` and `list_first` from `words` and `lists`.
    fn index(&mut self) {
        for (&k, &lex) in &self.words {
            self.entries.insert(k, (lex, 0));
        }
        for (&k, &set) in &self.lists {
            self.entries.entry(k).or_insert((Lex::Other, 0)).1 = set;
            self.list_first[usize::from(k.to_le_bytes()[0])] = true;
        }
        for &k in self.entries.keys() {
            self.shapes.insert_key(k);
        }
    }

    /// The context lists `word` (any ASCII case) is in.
    fn list_set(&self, word: &[u8]) -> u128 {
        let Some(&first) = word.first() else {
            return 0;
        };
        if !self.list_first[usize::from(first.to_ascii_lowercase())] {
            return 0;
        }
        let set = table::folded_key(word).and_then(|k| self.lists.get(&k)).copied().unwrap_or(0);
        if is_fiscal_abbrev(word) {
            set | WordList::FiscalAbbrev.bit()
        } else {
            set
        }
    }
}

/// [`word_entry`] of a word in no table that [`is_fiscal_abbrev`]: most words fail
/// on their length or first letter before the rest is read.
#[inline]
fn fiscal_abbrev_entry(bytes: &[u8], start: usize, end: usize) -> Option<(Lex, u128)> {
    if !matches!(end.wrapping_sub(start), 4 | 6) || bytes.get(start).is_none_or(|&b| b | 0x20 != b'f') {
        return None;
    }
    is_fiscal_abbrev(bytes.get(start..end)?).then_some((Lex::Other, WordList::FiscalAbbrev.bit()))
}

/// `FY15`, `fy2024`: a fiscal year's abbreviation, `fy` (any ASCII case) and two or
/// four digits, in the list `fiscal_abbrev` by its shape (every year, not rows that
/// spell out a range of them).
fn is_fiscal_abbrev(word: &[u8]) -> bool {
    matches!(word, [b'f' | b'F', b'y' | b'Y', digits @ ..] if matches!(digits.len(), 2 | 4) && digits.iter().all(u8::is_ascii_digit))
}

/// One data file, named as in the source tree.
struct DataFile {
    name: &'static str,
    src: &'static str,
}

macro_rules! data_file {
    ($name:literal) => {
        DataFile { name: concat!("dates/data/", $name), src: include_str!(concat!("data/", $name)) }
    };
}

// Shared with the casualty rules: `vocab/data/`.
const MONTHS: DataFile = DataFile { name: calendar::MONTHS_FILE, src: calendar::MONTHS };
const WEEKDAYS: DataFile = DataFile { name: calendar::WEEKDAYS_FILE, src: calendar::WEEKDAYS };
const UNITS: DataFile = data_file!("units.tsv");
const DAY_PARTS: DataFile = data_file!("day_parts.tsv");
const SEASONS: DataFile = data_file!("seasons.tsv");
const DECADES: DataFile = data_file!("decades.tsv");
const HOLIDAYS: DataFile = data_file!("holidays.tsv");
const SET_WORDS: DataFile = data_file!("set_words.tsv");
const LASTING_WORDS: DataFile = data_file!("lasting_words.tsv");
const CLOSED_WORDS: DataFile = data_file!("closed_words.tsv");
const CONTEXT_WORDS: DataFile = data_file!("context_words.tsv");
const NAMED_DAYS: DataFile = data_file!("named_days.tsv");
const MOVING_DAYS: DataFile = data_file!("moving_days.tsv");

/// Every data file of the date layer (numbers, months and weekdays are shared, in `vocab/data/`).
#[cfg(test)]
const DATA_FILES: [&DataFile; 13] = [
    &MONTHS, &WEEKDAYS, &UNITS, &DAY_PARTS, &SEASONS, &DECADES, &HOLIDAYS, &SET_WORDS, &LASTING_WORDS, &CLOSED_WORDS, &CONTEXT_WORDS,
    &NAMED_DAYS, &MOVING_DAYS,
];

/// A day named on a fixed month and day (`St Patrick's Day`, `World AIDS Day`), from
/// `data/named_days.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NamedDay {
    /// The name in lowercase, words separated by one space (`st patrick's day`).
    pub name: &'static str,
    pub month: u32,
    pub day: u32,
    /// The key of `data/moving_days.tsv` for a day that moves with the lunar or
    /// lunisolar calendar (`eid_al_fitr`); `month` and `day` are then 0.
    pub moving: Option<&'static str>,
    /// Words of which one must be in the document for this row to hold (`india`);
    /// empty: the name's date anywhere.
    pub cues: Vec<&'static str>,
}

/// The named days of `data/named_days.tsv`, in file order.
pub(crate) fn named_days() -> &'static [NamedDay] {
    &TABLES.named_days
}

/// The first date in `year` of the moving day `key` of `data/moving_days.tsv`
/// (`eid_al_fitr`); `None` outside the file's years.
pub(crate) fn moving_day(key: &str, year: i32) -> Option<(u32, u32)> {
    let m = &TABLES.moving;
    let at = m.partition_point(|&(k, y, _, _)| (k, y) < (key, year));
    m.get(at).filter(|&&(k, y, _, _)| k == key && y == year).map(|&(_, _, mo, d)| (mo, d))
}

static TABLES: LazyLock<Tables> =
    LazyLock::new(|| Tables::parse().unwrap_or_else(|e| panic!("compiled-in word list (checked by its tests): {e}")));

/// The largest count a number word gives the grammar: `million` and above count
/// people and money, never time.
const MAX_NUMBER_WORD: u64 = 1000;

impl Tables {
    fn parse() -> Result<Tables, DataError> {
        let mut t = Tables::empty();
        t.class_file(&MONTHS, |[m, form]| {
            let m = month_number(m)?;
            match form {
                "full" => Some(Lex::Month { m, abbr: false }),
                "abbr" => Some(Lex::Month { m, abbr: true }),
                _ => None,
            }
        })?;
        t.class_file(&WEEKDAYS, |[d, number]| {
            let d = d.parse().ok().filter(|d| (1..=7).contains(d))?;
            Some(Lex::Weekday { d, plural: plural(number)? })
        })?;
        t.class_file(&UNITS, |[unit, number]| Some(Lex::Unit { unit: Unit::from_name(unit)?, plural: plural(number)? }))?;
        t.class_file(&DAY_PARTS, |[code]| matches!(code, "MO" | "AF" | "EV" | "NI").then_some(Lex::DayPart(code)))?;
        t.class_file(&SEASONS, |[code]| matches!(code, "SP" | "SU" | "FA" | "WI").then_some(Lex::Season(code)))?;
        t.class_file(&DECADES, |[d]| Some(Lex::DecadeWord(d.parse().ok().filter(|d| (1..=9).contains(d))?)))?;
        t.class_file(&HOLIDAYS, |[h]| Some(Lex::Word(W::Holiday(Holiday::from_name(h)?))))?;
        t.class_file(&SET_WORDS, |[v]| (v.starts_with('P') || v.starts_with("XXXX-")).then_some(Lex::Word(W::Set(v))))?;
        t.class_file(&LASTING_WORDS, |[v]| v.starts_with('P').then_some(Lex::Word(W::Lasting(v))))?;
        t.class_file(&CLOSED_WORDS, |[class]| Some(Lex::Word(W::from_name(class)?)))?;
        for &(word, n) in numbers::entries() {
            let lex = match (n.kind, u32::try_from(n.value)) {
                (Kind::Ordinal, Ok(v)) => Lex::Ordinal(v),
                (Kind::Ordinal, Err(_)) => continue,
                _ if n.value <= MAX_NUMBER_WORD => Lex::NumWord(n.value),
                _ => continue,
            };
            let err = |message: String| DataError { file: numbers::FILE, line: 0, message };
            let key = table::key(word.as_bytes()).ok_or_else(|| err(format!("{word:?} is too long")))?;
            if t.words.insert(key, lex).is_some() {
                return Err(err(format!("{word:?} is also in a dates/data file")));
            }
        }
        t.context_file(&CONTEXT_WORDS)?;
        t.moving_day_file(&MOVING_DAYS)?;
        t.named_day_file(&NAMED_DAYS)?;
        t.index();
        Ok(t)
    }

    /// Reads `word <TAB> fields…` lines, each word into one class.
    fn class_file<const N: usize>(&mut self, file: &DataFile, class: impl Fn([&'static str; N]) -> Option<Lex>) -> Result<(), DataError> {
        for (line, fields) in table::rows(file.src) {
            let err = |message: String| DataError { file: file.name, line, message };
            let (Some(&word), Ok(rest)) = (fields.first(), <[&'static str; N]>::try_from(&fields[1..])) else {
                return Err(err(format!("expected a word and {N} field(s), found {} field(s)", fields.len())));
            };
            let lex = class(rest).ok_or_else(|| err(format!("bad fields {:?}", &fields[1..])))?;
            if word.is_empty() || word.len() > MAX_WORD || word.bytes().any(|b| !b.is_ascii_lowercase()) {
                return Err(err(format!("{word:?} is not a lowercase ASCII word of at most {MAX_WORD} letters")));
            }
            let key = table::key(word.as_bytes()).ok_or_else(|| err(format!("{word:?} is too long")))?;
            if self.words.insert(key, lex).is_some() {
                return Err(err(format!("{word:?} is listed twice (here or in another file)")));
            }
        }
        Ok(())
    }

    /// Reads `key <TAB> YYYY-MM-DD` lines into `moving`, sorted by key and year.
    fn moving_day_file(&mut self, file: &DataFile) -> Result<(), DataError> {
        for (line, fields) in table::rows(file.src) {
            let err = |message: String| DataError { file: file.name, line, message };
            let [key, date] = fields[..] else {
                return Err(err(format!("expected a key and a date, found {} field(s)", fields.len())));
            };
            let ymd = Ymd::parse_iso(date).filter(|_| date.len() == 10).ok_or_else(|| err(format!("bad date {date:?}")))?;
            self.moving.push((key, ymd.y, ymd.m, ymd.d));
        }
        self.moving.sort_unstable();
        Ok(())
    }

    /// Reads `name <TAB> MM-DD <TAB> cues` lines (a key of `moving_days.tsv` in place
    /// of `MM-DD` for a day that moves); the first word of each name (a word of no
    /// class of its own, or a holiday's) goes into [`WordList::NamedDay`].
    fn named_day_file(&mut self, file: &DataFile) -> Result<(), DataError> {
        for (line, fields) in table::rows(file.src) {
            let err = |message: String| DataError { file: file.name, line, message };
            let [name, date, cues] = fields[..] else {
                return Err(err(format!("expected a name, a month and day and cues, found {} field(s)", fields.len())));
            };
            let moving = self.moving.iter().find(|r| r.0 == date).map(|r| r.0);
            let (month, day) = date
                .split_once('-')
                .and_then(|(m, d)| Some((month_number(m)?, d.parse::<u32>().ok()?)))
                .filter(|&(m, d)| d >= 1 && d <= super::calendar::days_in_month(2000, m))
                .or(moving.map(|_| (0, 0)))
                .ok_or_else(|| err(format!("bad month and day {date:?}")))?;
            if name.is_empty() || name.bytes().any(|b| b.is_ascii_uppercase()) || name.contains("  ") {
                return Err(err(format!("{name:?} is not a lowercase name")));
            }
            let first = name.split([' ', '\'']).next().unwrap_or(name);
            let key = table::key(first.as_bytes()).ok_or_else(|| err(format!("{first:?} is too long")))?;
            if !matches!(self.words.get(&key), None | Some(Lex::Word(W::Holiday(_)))) {
                return Err(err(format!("{first:?} has a class of its own")));
            }
            *self.lists.entry(key).or_insert(0) |= WordList::NamedDay.bit();
            let cues = if cues == "-" { Vec::new() } else { cues.split(' ').filter(|c| !c.is_empty()).collect() };
            self.named_days.push(NamedDay { name, month, day, moving, cues });
        }
        Ok(())
    }

    /// Reads `list <TAB> word word …` lines.
    fn context_file(&mut self, file: &DataFile) -> Result<(), DataError> {
        for (line, fields) in table::rows(file.src) {
            let err = |message: String| DataError { file: file.name, line, message };
            let [name, words] = fields[..] else {
                return Err(err(format!("expected a list name and its words, found {} field(s)", fields.len())));
            };
            let list =
                WordList::ALL.iter().find(|(_, n)| *n == name).map(|(l, _)| *l).ok_or_else(|| err(format!("unknown list {name:?}")))?;
            for word in words.split(' ').filter(|w| !w.is_empty()) {
                if word.bytes().any(|b| b.is_ascii_uppercase()) {
                    return Err(err(format!("{word:?} is not lowercase")));
                }
                if WordList::is_suffix_list(name) {
                    if self.suffixes.contains(&(list, word)) {
                        return Err(err(format!("{word:?} is listed twice in {name}")));
                    }
                    self.suffixes.push((list, word));
                    continue;
                }
                let key = table::key(word.as_bytes()).ok_or_else(|| err(format!("{word:?} is too long")))?;
                let set = self.lists.entry(key).or_insert(0);
                if *set & list.bit() != 0 {
                    return Err(err(format!("{word:?} is listed twice in {name}")));
                }
                *set |= list.bit();
            }
        }
        Ok(())
    }
}

fn month_number(m: &str) -> Option<u32> {
    m.parse().ok().filter(|m| (1..=12).contains(m))
}

fn plural(number: &str) -> Option<bool> {
    match number {
        "singular" => Some(false),
        "plural" => Some(true),
        _ => None,
    }
}

impl Unit {
    fn from_name(name: &str) -> Option<Unit> {
        Some(match name {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "fortnight" => Unit::Fortnight,
            "weekend" => Unit::Weekend,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        })
    }
}

impl Holiday {
    fn from_name(name: &str) -> Option<Holiday> {
        Some(match name {
            "christmas" => Holiday::Christmas,
            "thanksgiving" => Holiday::Thanksgiving,
            "halloween" => Holiday::Halloween,
            "election" => Holiday::Election,
            "independence" => Holiday::Independence,
            "memorial" => Holiday::Memorial,
            "labor" => Holiday::Labor,
            "veterans" => Holiday::Veterans,
            "boxing" => Holiday::Boxing,
            "anzac" => Holiday::Anzac,
            "bastille" => Holiday::Bastille,
            "valentine" => Holiday::Valentine,
            "mother" => Holiday::Mother,
            "father" => Holiday::Father,
            "easter" => Holiday::Easter,
            "palm" => Holiday::Palm,
            "maundy" => Holiday::Maundy,
            "holy" => Holiday::Holy,
            "good" => Holiday::Good,
            "ash" => Holiday::Ash,
            _ => return None,
        })
    }
}

impl W {
    /// The class named in `data/closed_words.tsv`.
    fn from_name(name: &str) -> Option<W> {
        Some(match name {
            "the" => W::The,
            "a" => W::A,
            "this" => W::This,
            "that" => W::That,
            "these" => W::These,
            "last" => W::Last,
            "next" => W::Next,
            "past" => W::Past,
            "coming" => W::Coming,
            "previous" => W::Previous,
            "following" => W::Following,
            "current" => W::Current,
            "latest" => W::Latest,
            "recent" => W::Recent,
            "same" => W::Same,
            "early" => W::Early,
            "late" => W::Late,
            "mid" => W::Mid,
            "middle" => W::Middle,
            "beginning" => W::Beginning,
            "start" => W::Start,
            "end" => W::End,
            "of" => W::Of,
            "in" => W::In,
            "on" => W::On,
            "ago" => W::Ago,
            "earlier" => W::Earlier,
            "later" => W::Later,
            "every" => W::Every,
            "each" => W::Each,
            "fiscal" => W::Fiscal,
            "about" => W::About,
            "around" => W::Around,
            "nearly" => W::Nearly,
            "under" => W::Under,
            "over" => W::Over,
            "more" => W::More,
            "less" => W::Less,
            "than" => W::Than,
            "at" => W::At,
            "least" => W::Least,
            "some" => W::Some,
            "several" => W::Several,
            "few" => W::Few,
            "couple" => W::Couple,
            "up" => W::Up,
            "to" => W::To,
            "or" => W::Or,
            "within" => W::Within,
            "no" => W::No,
            "half" => W::Half,
            "now" => W::Now,
            "currently" => W::Currently,
            "today" => W::Today,
            "yesterday" => W::Yesterday,
            "tomorrow" => W::Tomorrow,
            "tonight" => W::Tonight,
            "overnight" => W::Overnight,
            "recently" => W::Recently,
            "previously" => W::Previously,
            "nowadays" => W::Nowadays,
            "future" => W::Future,
            "present" => W::Present,
            "noon" => W::Noon,
            "midnight" => W::Midnight,
            "midday" => W::Midday,
            "new" => W::New,
            "zone" => W::Zone,
            "ended" => W::Ended,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date lexer as it was before the text view's atoms, kept as the reference
    /// that [`compose`] must equal token for token.
    mod reference {
        use super::super::{day_range_split, number_lex, parse_u64, word_lex, year_range_split, Lex, Token, TABLES};

        /// The date lexer before [`compose`]: one scan of the text of its own.
        /// Splits `text` into tokens. Hyphens that join two tokens without spaces are dropped
        /// (the grammar sees `four-year` as `four year`, spans still cover the hyphen).
        pub(super) fn tokenize(text: &str, out: &mut Vec<Token>) {
            out.clear();
            let bytes = text.as_bytes();
            let n = bytes.len();
            let mut i = 0;
            let mut space = true;
            let mut newline = false;
            let mut pending_hyphen: Option<Token> = None;
            let tables = &*TABLES;
            while i < n {
                let b = bytes[i];
                if b == b' ' || b == b'\t' || b == b'\r' {
                    space = true;
                    i += 1;
                    continue;
                }
                if b == b'\n' {
                    space = true;
                    newline = true;
                    i += 1;
                    continue;
                }
                let start = i;
                let lex;
                let mut cap = false;
                if b.is_ascii_alphabetic() {
                    cap = b.is_ascii_uppercase();
                    i += 1;
                    while i < n && bytes[i].is_ascii_alphanumeric() {
                        i += 1;
                    }
                    // Words running on into non-ASCII letters are foreign words: no trigger.
                    let end = if i < n && bytes[i] >= 0x80 { skip_non_ascii_word(text, i) } else { i };
                    if end > i {
                        i = end;
                        lex = Lex::Other;
                    } else {
                        lex = word_lex(tables, &bytes[start..i]);
                    }
                } else if b.is_ascii_digit() {
                    i = scan_number(bytes, i);
                    // `2014-2016`, `1989-91`: two years, each its own token (the glued hyphen
                    // between them is dropped below).
                    if year_range_split(&bytes[start..i]) && bytes.get(i).is_none_or(|c| !c.is_ascii_alphanumeric()) {
                        i = start + 4;
                    }
                    let after_month = super::super::month_before(out);
                    if after_month && day_range_split(&bytes[start..i]) && bytes.get(i).is_none_or(|c| !c.is_ascii_alphanumeric()) {
                        i = start + bytes[start..i].iter().position(|&c| c == b'-').unwrap_or(i - start);
                    }
                    // Letters glued on: `1990s`, `20th`, `5pm`; anything longer is a code (`G20x`).
                    let digits_end = i;
                    while i < n && bytes[i].is_ascii_alphanumeric() {
                        i += 1;
                    }
                    let separated = bytes[start..digits_end].iter().any(|c| !c.is_ascii_digit());
                    if separated && super::super::meridiem_suffix(&bytes[digits_end..i]) {
                        i = digits_end;
                    }
                    lex = number_lex(&bytes[start..digits_end], &bytes[digits_end..i], || parse_u64(&bytes[start..digits_end]));
                } else if b == b'\'' && decade_apostrophe(bytes, i) {
                    // `'80s`
                    let d = u32::from(bytes[i + 1] - b'0') * 10 + u32::from(bytes[i + 2] - b'0');
                    i += 4;
                    lex = Lex::Decade(190 + d / 10);
                } else if b < 0x80 {
                    i += 1;
                    lex = Lex::Punct(b as char);
                } else {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    let len = c.len_utf8();
                    if c.is_whitespace() {
                        space = true;
                        if c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' {
                            newline = true;
                        }
                        i += len;
                        continue;
                    }
                    if c.is_alphanumeric() {
                        i = skip_non_ascii_word(text, i).max(i + len);
                        lex = Lex::Other;
                    } else {
                        i += len;
                        lex = Lex::Punct(c);
                    }
                }
                let lists = super::super::list_set(&text[start..i]);
                let mark = Token::mark_of(lex, cap, i - start);
                let tok = Token { start, end: i, lex, cap, space_before: space, newline_before: newline, lists, mark };
                space = false;
                newline = false;
                if let Some(h) = pending_hyphen.take() {
                    let joins = !tok.space_before
                        && !matches!(tok.lex, Lex::Punct(_))
                        && out.last().is_some_and(|p| !matches!(p.lex, Lex::Punct(_)));
                    if !joins {
                        out.push(h);
                    }
                }
                if tok.lex == Lex::Punct('-') && !tok.space_before && !out.is_empty() {
                    pending_hyphen = Some(tok);
                    continue;
                }
                out.push(tok);
            }
            if let Some(h) = pending_hyphen {
                out.push(h);
            }
        }

        fn decade_apostrophe(bytes: &[u8], i: usize) -> bool {
            matches!(bytes.get(i + 1..i + 4), Some([a, b, b's']) if a.is_ascii_digit() && b.is_ascii_digit())
                && bytes.get(i + 4).is_none_or(|c| !c.is_ascii_alphanumeric())
        }

        fn skip_non_ascii_word(text: &str, from: usize) -> usize {
            let mut end = from;
            if let Some(rest) = text.get(from..) {
                for (off, c) in rest.char_indices() {
                    if c.is_alphanumeric() {
                        end = from + off + c.len_utf8();
                    } else {
                        break;
                    }
                }
            }
            end
        }

        /// Digits with inner separators (`2,000`, `1.5`, `2015-06-01`, `06/01/2015`, `7:15`).
        fn scan_number(bytes: &[u8], mut i: usize) -> usize {
            let n = bytes.len();
            while i < n && bytes[i].is_ascii_digit() {
                i += 1;
            }
            while i + 1 < n && matches!(bytes[i], b',' | b'.' | b':' | b'/' | b'-') && bytes[i + 1].is_ascii_digit() {
                i += 1;
                while i < n && bytes[i].is_ascii_digit() {
                    i += 1;
                }
            }
            i
        }
    }

    fn tokenize(text: &str, out: &mut Vec<Token>) {
        compose(&crate::TextView::new(text), out);
    }

    fn lexes(text: &str) -> Vec<(String, Lex)> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        toks.iter().map(|t| (text[t.start..t.end].to_string(), t.lex)).collect()
    }

    #[test]
    fn numbers_are_classified() {
        let l = lexes("2015-06-01 06/01/2015 7:15 1990s '80s 20th 2,000 5pm G20");
        assert_eq!(l[0].1, Lex::Iso { y: 2015, m: 6, d: 1 });
        assert_eq!(l[1].1, Lex::Slash { a: 6, b: 1, c: 2015, c_digits: 4 });
        assert_eq!(l[2].1, Lex::Clock { h: 7, min: 15 });
        assert_eq!(l[3].1, Lex::Decade(199));
        assert_eq!(l[4].1, Lex::Decade(198));
        assert_eq!(l[5].1, Lex::OrdNum(20));
        assert_eq!(l[6].1, Lex::Grouped);
        assert_eq!(l[7].1, Lex::HourAmPm(17));
        assert_eq!(l[8].1, Lex::Other);
    }

    /// Every field of a token, to compare tokens whole.
    fn fields(t: &Token) -> (usize, usize, Lex, bool, bool, bool, u128) {
        (t.start, t.end, t.lex, t.cap, t.space_before, t.newline_before, t.lists)
    }

    crate::text::atoms::samples::composer_matches_reference!(tokenize, reference::tokenize, fields);

    #[test]
    fn tokens_know_the_whitespace_before_them() {
        let mut toks = Vec::new();
        tokenize("May 5\u{2028}2015\x0c'80s", &mut toks);
        let seen: Vec<(bool, bool)> = toks.iter().map(|t| (t.space_before, t.newline_before)).collect();
        assert_eq!(seen, [(true, false), (true, false), (true, true), (false, false), (false, false)]);
        assert_eq!((toks[3].lex, toks[4].lex), (Lex::Punct('\x0c'), Lex::Decade(198)));
    }

    proptest::proptest! {
        /// The word key read sixteen bytes at a time equals the byte loop's, inside a
        /// longer text and at its end.
        #[test]
        fn word_key_equals_folded_key(word in "[a-zA-Z0-9]{1,20}", tail in "[ a-z.]{0,20}") {
            let text = format!("{word}{tail}");
            for bytes in [text.as_bytes(), word.as_bytes()] {
                proptest::prop_assert_eq!(word_key(bytes, 0, word.len()), table::folded_key(word.as_bytes()));
            }
        }
    }

    #[test]
    fn joining_hyphens_are_dropped() {
        let l = lexes("four-year mid-2013 a - b");
        let words: Vec<&str> = l.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(words, ["four", "year", "mid", "2013", "a", "-", "b"]);
    }

    #[test]
    fn every_data_file_parses_without_duplicates() {
        // Each file alone (duplicates inside it), then all together (across files).
        for file in DATA_FILES {
            let mut t = Tables::empty();
            let parsed = if file.name.ends_with("context_words.tsv") {
                t.context_file(file)
            } else {
                // A file's own class check runs in `Tables::parse`; here only the
                // line shape and duplicates matter.
                let arity = table::rows(file.src).next().map_or(0, |(_, f)| f.len());
                assert!(table::rows(file.src).all(|(_, f)| f.len() == arity), "{}: ragged lines", file.name);
                Ok(())
            };
            assert!(parsed.is_ok(), "{parsed:?}");
            assert!(table::rows(file.src).next().is_some(), "{} is empty", file.name);
        }
        let all = Tables::parse();
        assert!(all.is_ok(), "{:?}", all.err());
        // Every list of the grammar has words in the file.
        for &(list, name) in WordList::ALL {
            let t = all.as_ref().ok().unwrap();
            let used = t.lists.values().any(|s| s & list.bit() != 0) || t.suffixes.iter().any(|(l, _)| *l == list);
            assert!(used, "list {name} has no words");
        }
    }

    #[test]
    fn data_words_get_their_classes() {
        assert_eq!(word_class("sept"), Lex::Month { m: 9, abbr: true });
        assert_eq!(word_class("Fridays"), Lex::Weekday { d: 5, plural: true });
        assert_eq!(word_class("second"), Lex::Ordinal(2));
        assert_eq!(word_class("seconds"), Lex::Unit { unit: Unit::Second, plural: true });
        assert_eq!(word_class("thousand"), Lex::NumWord(1000));
        assert_eq!(word_class("million"), Lex::Other);
        assert_eq!(word_class("labour"), Lex::Word(W::Holiday(Holiday::Labor)));
        assert_eq!(word_class("yearly"), Lex::Word(W::Set("P1Y")));
        assert_eq!(word_class("Weeklong"), Lex::Word(W::Lasting("P1W")));
        assert!(listed("Announced", WordList::IrregularPast));
        assert!(listed("\u{bd}", WordList::HalfFraction));
        assert!(ends_with_listed("Previously", WordList::AdverbSuffix));
        assert!(!listed("announced", WordList::Past));
    }

    /// The grammar's sentence scans as they were before the view's token reading
    /// (`dates/grammar/context.rs` `sentence_end`, `sentence_start`,
    /// `dates/grammar/narrative.rs` `opens_sentence`): the reference
    /// [`sentences`] must equal at every position.
    mod scans {
        use super::super::{Lex, Token};

        fn lex(toks: &[Token], i: usize) -> Lex {
            toks.get(i).map_or(Lex::Punct(' '), |t| t.lex)
        }

        pub(super) fn sentence_end(text: &str, toks: &[Token], k: usize) -> bool {
            match lex(toks, k) {
                Lex::Punct('!' | '?' | ';') => true,
                Lex::Punct('.') => {
                    let Some(prev) = k.checked_sub(1) else {
                        return true;
                    };
                    match lex(toks, prev) {
                        // (Since the twelfth round only a month's abbreviation.)
                        Lex::Month { abbr: true, .. } => false,
                        Lex::Other | Lex::Word(_) => {
                            let len = toks.get(prev).and_then(|t| text.get(t.start..t.end)).unwrap_or("").len();
                            let cap = toks.get(prev).is_some_and(|t| t.cap);
                            !(len == 1 || (cap && len <= 3))
                        }
                        _ => true,
                    }
                }
                _ => false,
            }
        }

        pub(super) fn sentence_start(toks: &[Token], i: usize) -> bool {
            i == 0
                || toks.get(i).is_some_and(|t| t.newline_before)
                || matches!(lex(toks, i - 1), Lex::Punct('.' | '!' | '?' | '"' | '\'' | '`' | ':' | '(' | '\u{201c}'))
        }

        pub(super) fn opens_sentence(text: &str, toks: &[Token], i: usize) -> bool {
            i == 0 || toks.get(i).is_some_and(|t| t.newline_before) || sentence_end(text, toks, i - 1)
        }
    }

    /// The token reading equals the old scans at every token, the position after the
    /// last and one beyond.
    fn sentences_match_the_scans(text: &str) -> Result<(), String> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let s = sentences(&toks);
        for i in 0..toks.len() + 2 {
            let new = (s.ends(i), s.opens(i), s.follows_mark(i));
            let old = (scans::sentence_end(text, &toks, i), scans::opens_sentence(text, &toks, i), scans::sentence_start(&toks, i));
            if new != old {
                return Err(format!("token {i} of {text:?}: (ends, opens, follows) {new:?}, the scans {old:?}"));
            }
        }
        Ok(())
    }

    #[test]
    fn sentences_of_abbreviations_and_number_words() {
        let text = "On Sept. 5 he left. Two. Mr. Ali. Bob said: \"P. Khan came!\" Then\nnothing; the end.";
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let s = sentences(&toks);
        let at = |w: &str| toks.iter().position(|t| &text[t.start..t.end] == w).unwrap_or(usize::MAX);
        assert!(!s.ends(at("Sept") + 1), "a month's full stop is an abbreviation's");
        assert!(s.ends(at("left") + 1) && s.opens(at("Two")));
        assert!(s.ends(at("Two") + 1) && s.opens(at("Mr")), "`Two` is a number word, no abbreviation: its full stop ends one");
        assert!(!s.ends(at("Ali") + 1) && !s.opens(at("Bob")), "`Ali.`, a capitalised word of three bytes, ends nothing");
        assert!(s.follows_mark(at("Bob")), "but the word after it follows a full stop");
        assert!(!s.ends(at("P") + 1) && s.follows_mark(at("P")), "`P.`, after an opening quote");
        assert!(s.opens(at("nothing")) && s.opens(at("the")), "after a line break and after `;`");
        assert!(!s.follows_mark(at("the")), "`;` is no mark the next word follows");
        assert!(s.opens(toks.len()) && !s.opens(toks.len() + 1));
        assert_eq!(sentences_match_the_scans(text), Ok(()));
    }

    /// A full month name before a full stop ends the sentence (twelfth round: `rain
    /// fell in February. March will start cold` read `will` into the first sentence).
    #[test]
    fn a_full_month_name_ends_a_sentence() {
        let text = "Rain fell in February. March was dry. It ended in May. Then on Feb. 3 it rained.";
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let s = sentences(&toks);
        let at = |w: &str| toks.iter().position(|t| &text[t.start..t.end] == w).unwrap_or(usize::MAX);
        assert!(s.ends(at("February") + 1) && s.opens(at("March")), "a full month name's full stop ends a sentence");
        assert!(s.ends(at("May") + 1) && s.opens(at("Then")), "so does `May`'s");
        assert!(!s.ends(at("Feb") + 1), "an abbreviation's does not");
        assert_eq!(sentences_match_the_scans(text), Ok(()));
    }

    #[test]
    fn sentences_of_empty_and_multi_byte_text() {
        let s = sentences(&[]);
        assert!(s.opens(0) && s.follows_mark(0) && !s.ends(0) && !s.opens(1));
        // Multi-byte words: `Ü.` is two bytes (an abbreviation only when capitalised in
        // ASCII), `Öz.` four, `é.` two; `“` opens a quotation.
        for text in ["", "Ü. Öz. é. x. Köln. \u{201c}Mai. Dec.\u{2028}So!", "½. 𝔸. Ab. ab. Abc. Abcd.", ".", ". ;"] {
            assert_eq!(sentences_match_the_scans(text), Ok(()));
        }
    }

    #[test]
    fn sentences_match_the_scans_on_the_corpora() {
        for text in crate::text::atoms::samples::corpus_texts() {
            assert_eq!(sentences_match_the_scans(&text), Ok(()));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(2000))]
        #[test]
        fn sentences_match_the_scans_on_drawn_text(text in "[a-zA-Z .!?;:'\"`(\u{201c}\n]{0,60}|(Sept|Mr|Two|P|May|x|Ab|Köln|Ü|\\.|!|;| |\n){0,20}") {
            proptest::prop_assert_eq!(sentences_match_the_scans(&text), Ok(()));
        }

        #[test]
        fn sentences_match_the_scans_on_any_text(text in "\\PC{0,60}") {
            proptest::prop_assert_eq!(sentences_match_the_scans(&text), Ok(()));
        }
    }

    #[test]
    fn non_ascii_words_are_opaque() {
        let l = lexes("Mayı Köln Maïs");
        assert!(l.iter().all(|(_, x)| *x == Lex::Other));
    }
}
