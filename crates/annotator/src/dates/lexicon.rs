//! Tokens and the closed word lists of the date grammar.
//!
//! [`tokenize`] makes one pass over the text and classifies every token once: words are
//! looked up (ASCII case-folded) in [`word_class`], numbers are parsed into [`Lex`]
//! variants (plain integers, ISO and slashed dates, clock times, decades, ordinals).
//! The grammar then never looks at raw text again except for `a.m.`/`p.m.`.

use super::calendar::{nth_weekday, Ymd};

/// A unit of time, as used by durations, relative dates and sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
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
            Unit::Week => ("W", false),
            Unit::Weekend => ("WE", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year | Unit::Decade | Unit::Century => ("Y", false),
        }
    }

    /// How many designator units one of `self` is (a decade is ten years).
    pub(crate) fn multiplier(self) -> u64 {
        match self {
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
}

impl Holiday {
    /// Whether the name needs `Day` after it (`Election Day`, but `Thanksgiving`).
    pub(crate) fn needs_day(self) -> bool {
        !matches!(self, Holiday::Christmas | Holiday::Thanksgiving | Holiday::Halloween)
    }

    /// The month it falls in and, when fixed, its day.
    pub(crate) fn month_day(self) -> (u32, Option<u32>) {
        match self {
            Holiday::Christmas => (12, Some(25)),
            Holiday::Halloween => (10, Some(31)),
            Holiday::Independence => (7, Some(4)),
            Holiday::Veterans => (11, Some(11)),
            Holiday::Thanksgiving | Holiday::Election => (11, None),
            Holiday::Memorial => (5, None),
            Holiday::Labor => (9, None),
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
    /// `7:15`.
    Clock { h: u32, min: u32 },
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
}

/// Splits `text` into tokens. Hyphens that join two tokens without spaces are dropped
/// (the grammar sees `four-year` as `four year`, spans still cover the hyphen).
pub(crate) fn tokenize(text: &str, out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    let mut space = true;
    let mut newline = false;
    let mut pending_hyphen: Option<Token> = None;
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
                lex = word_lex(&bytes[start..i]);
            }
        } else if b.is_ascii_digit() {
            i = scan_number(bytes, i);
            // Letters glued on: `1990s`, `20th`, `5pm`; anything longer is a code (`G20x`).
            let digits_end = i;
            while i < n && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            lex = number_lex(&bytes[start..digits_end], &bytes[digits_end..i]);
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
        let tok = Token { start, end: i, lex, cap, space_before: space, newline_before: newline };
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
    while i + 1 < n
        && matches!(bytes[i], b',' | b'.' | b':' | b'/' | b'-')
        && bytes[i + 1].is_ascii_digit()
    {
        i += 1;
        while i < n && bytes[i].is_ascii_digit() {
            i += 1;
        }
    }
    i
}

fn parse_u64(d: &[u8]) -> u64 {
    d.iter().fold(0u64, |acc, &c| acc.saturating_mul(10).saturating_add(u64::from(c.wrapping_sub(b'0'))))
}

fn number_lex(num: &[u8], suffix: &[u8]) -> Lex {
    let seps = num.iter().filter(|c| !c.is_ascii_digit()).count();
    if seps == 0 {
        let v = parse_u64(num);
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
    if mixed || parts.next().is_some() {
        return Lex::Other;
    }
    match (sep, seps) {
        (b'-', 2) if p[0].len() == 4 && p[1].len() <= 2 && p[2].len() <= 2 => Lex::Iso {
            y: parse_u64(p[0]) as i32,
            m: parse_u64(p[1]) as u32,
            d: parse_u64(p[2]) as u32,
        },
        (b'/', 2) if p[0].len() <= 2 && p[1].len() <= 2 && (p[2].len() == 2 || p[2].len() == 4) => {
            Lex::Slash {
                a: parse_u64(p[0]) as u32,
                b: parse_u64(p[1]) as u32,
                c: parse_u64(p[2]) as u32,
                c_digits: p[2].len() as u8,
            }
        }
        (b':', 1) if p[0].len() <= 2 && p[1].len() == 2 => {
            let h = parse_u64(p[0]) as u32;
            let min = parse_u64(p[1]) as u32;
            if h <= 24 && min < 60 {
                Lex::Clock { h, min }
            } else {
                Lex::Other
            }
        }
        (b',' | b'.', _) => Lex::Grouped,
        _ => Lex::Other,
    }
}

fn word_lex(word: &[u8]) -> Lex {
    if word.len() > 12 {
        return Lex::Other;
    }
    let mut buf = [0u8; 12];
    for (dst, src) in buf.iter_mut().zip(word) {
        *dst = src.to_ascii_lowercase();
    }
    match std::str::from_utf8(&buf[..word.len()]) {
        Ok(w) => word_class(w),
        Err(_) => Lex::Other,
    }
}

/// The class of a lowercase ASCII word.
pub(crate) fn word_class(w: &str) -> Lex {
    use Lex::*;
    let unit = |unit, plural| Unit { unit, plural };
    match w {
        "january" => Month { m: 1, abbr: false },
        "february" => Month { m: 2, abbr: false },
        "march" => Month { m: 3, abbr: false },
        "april" => Month { m: 4, abbr: false },
        "may" => Month { m: 5, abbr: false },
        "june" => Month { m: 6, abbr: false },
        "july" => Month { m: 7, abbr: false },
        "august" => Month { m: 8, abbr: false },
        "september" => Month { m: 9, abbr: false },
        "october" => Month { m: 10, abbr: false },
        "november" => Month { m: 11, abbr: false },
        "december" => Month { m: 12, abbr: false },
        "jan" => Month { m: 1, abbr: true },
        "feb" => Month { m: 2, abbr: true },
        "mar" => Month { m: 3, abbr: true },
        "apr" => Month { m: 4, abbr: true },
        "jun" => Month { m: 6, abbr: true },
        "jul" => Month { m: 7, abbr: true },
        "aug" => Month { m: 8, abbr: true },
        "sep" | "sept" => Month { m: 9, abbr: true },
        "oct" => Month { m: 10, abbr: true },
        "nov" => Month { m: 11, abbr: true },
        "dec" => Month { m: 12, abbr: true },
        "monday" => Weekday { d: 1, plural: false },
        "tuesday" => Weekday { d: 2, plural: false },
        "wednesday" => Weekday { d: 3, plural: false },
        "thursday" => Weekday { d: 4, plural: false },
        "friday" => Weekday { d: 5, plural: false },
        "saturday" => Weekday { d: 6, plural: false },
        "sunday" => Weekday { d: 7, plural: false },
        "mondays" => Weekday { d: 1, plural: true },
        "tuesdays" => Weekday { d: 2, plural: true },
        "wednesdays" => Weekday { d: 3, plural: true },
        "thursdays" => Weekday { d: 4, plural: true },
        "fridays" => Weekday { d: 5, plural: true },
        "saturdays" => Weekday { d: 6, plural: true },
        "sundays" => Weekday { d: 7, plural: true },
        "second" => Ordinal(2),
        "seconds" => unit(self::Unit::Second, true),
        "minute" => unit(self::Unit::Minute, false),
        "minutes" => unit(self::Unit::Minute, true),
        "hour" => unit(self::Unit::Hour, false),
        "hours" => unit(self::Unit::Hour, true),
        "day" => unit(self::Unit::Day, false),
        "days" => unit(self::Unit::Day, true),
        "week" => unit(self::Unit::Week, false),
        "weeks" => unit(self::Unit::Week, true),
        "weekend" => unit(self::Unit::Weekend, false),
        "weekends" => unit(self::Unit::Weekend, true),
        "month" => unit(self::Unit::Month, false),
        "months" => unit(self::Unit::Month, true),
        "quarter" => unit(self::Unit::Quarter, false),
        "quarters" => unit(self::Unit::Quarter, true),
        "year" => unit(self::Unit::Year, false),
        "years" => unit(self::Unit::Year, true),
        "decade" => unit(self::Unit::Decade, false),
        "decades" => unit(self::Unit::Decade, true),
        "century" => unit(self::Unit::Century, false),
        "centuries" => unit(self::Unit::Century, true),
        "one" => NumWord(1),
        "two" => NumWord(2),
        "three" => NumWord(3),
        "four" => NumWord(4),
        "five" => NumWord(5),
        "six" => NumWord(6),
        "seven" => NumWord(7),
        "eight" => NumWord(8),
        "nine" => NumWord(9),
        "ten" => NumWord(10),
        "eleven" => NumWord(11),
        "twelve" => NumWord(12),
        "thirteen" => NumWord(13),
        "fourteen" => NumWord(14),
        "fifteen" => NumWord(15),
        "sixteen" => NumWord(16),
        "seventeen" => NumWord(17),
        "eighteen" => NumWord(18),
        "nineteen" => NumWord(19),
        "twenty" => NumWord(20),
        "thirty" => NumWord(30),
        "forty" => NumWord(40),
        "fifty" => NumWord(50),
        "sixty" => NumWord(60),
        "seventy" => NumWord(70),
        "eighty" => NumWord(80),
        "ninety" => NumWord(90),
        "hundred" => NumWord(100),
        "thousand" => NumWord(1000),
        "first" => Ordinal(1),
        "third" => Ordinal(3),
        "fourth" => Ordinal(4),
        "fifth" => Ordinal(5),
        "sixth" => Ordinal(6),
        "seventh" => Ordinal(7),
        "eighth" => Ordinal(8),
        "ninth" => Ordinal(9),
        "tenth" => Ordinal(10),
        "eleventh" => Ordinal(11),
        "twelfth" => Ordinal(12),
        "twentieth" => Ordinal(20),
        "morning" | "mornings" => DayPart("MO"),
        "afternoon" | "afternoons" => DayPart("AF"),
        "evening" | "evenings" => DayPart("EV"),
        "night" | "nights" => DayPart("NI"),
        "spring" => Season("SP"),
        "summer" => Season("SU"),
        "autumn" | "fall" => Season("FA"),
        "winter" => Season("WI"),
        "twenties" => DecadeWord(2),
        "thirties" => DecadeWord(3),
        "forties" => DecadeWord(4),
        "fifties" => DecadeWord(5),
        "sixties" => DecadeWord(6),
        "seventies" => DecadeWord(7),
        "eighties" => DecadeWord(8),
        "nineties" => DecadeWord(9),
        _ => match closed_word(w) {
            Some(x) => Word(x),
            None => Other,
        },
    }
}

fn closed_word(w: &str) -> Option<W> {
    Some(match w {
        "the" => W::The,
        "a" | "an" => W::A,
        "this" => W::This,
        "that" => W::That,
        "these" => W::These,
        "last" => W::Last,
        "next" => W::Next,
        "past" => W::Past,
        "coming" => W::Coming,
        "previous" | "prior" | "preceding" => W::Previous,
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
        "about" | "approximately" | "roughly" => W::About,
        "around" => W::Around,
        "nearly" | "almost" => W::Nearly,
        "over" => W::Over,
        "more" => W::More,
        "less" | "fewer" => W::Less,
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
        "previously" | "formerly" => W::Previously,
        "nowadays" => W::Nowadays,
        "future" => W::Future,
        "present" => W::Present,
        "noon" => W::Noon,
        "midnight" => W::Midnight,
        "midday" => W::Midday,
        "christmas" => W::Holiday(Holiday::Christmas),
        "thanksgiving" => W::Holiday(Holiday::Thanksgiving),
        "halloween" => W::Holiday(Holiday::Halloween),
        "election" => W::Holiday(Holiday::Election),
        "independence" => W::Holiday(Holiday::Independence),
        "memorial" => W::Holiday(Holiday::Memorial),
        "labor" | "labour" => W::Holiday(Holiday::Labor),
        "veterans" => W::Holiday(Holiday::Veterans),
        "new" => W::New,
        "est" | "edt" | "gmt" | "utc" | "cst" | "cdt" | "pst" | "pdt" | "mst" | "mdt" => W::Zone,
        "daily" => W::Set("P1D"),
        "nightly" => W::Set("P1D"),
        "weekly" => W::Set("P1W"),
        "monthly" => W::Set("P1M"),
        "annually" | "yearly" => W::Set("P1Y"),
        "hourly" => W::Set("PT1H"),
        "ended" | "ending" => W::Ended,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn joining_hyphens_are_dropped() {
        let l = lexes("four-year mid-2013 a - b");
        let words: Vec<&str> = l.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(words, ["four", "year", "mid", "2013", "a", "-", "b"]);
    }

    #[test]
    fn non_ascii_words_are_opaque() {
        let l = lexes("Mayı Köln Maïs");
        assert!(l.iter().all(|(_, x)| *x == Lex::Other));
    }
}
