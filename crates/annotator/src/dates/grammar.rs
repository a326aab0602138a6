//! The date grammar: hand-written recognisers over the token stream.
//!
//! [`Grammar::at`] tries, at one token, every rule whose first token can start there
//! (a cheap `match` on the token's class) and keeps the longest reading. Rules call one
//! another for their inner parts (`about` + duration, `early` + date, `the` + noun
//! phrase) with a depth bound, so no input can recurse deeply.

use super::lexicon::{Holiday, Lex, Token, Unit, W};
use super::normalize::{fmt_year, fmt_ym, fmt_ymd, Anchor, Rel, Tense, TimexNormalizer};
use super::calendar::{add_months, add_quarters, year_ok, Ymd};
use crate::DateOrder;

/// The TIMEX3 type of a reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    Date,
    Time,
    Duration,
    Set,
}

impl Label {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Duration => "DURATION",
            Label::Set => "SET",
        }
    }
}

/// One reading: tokens `start..end` with type, value and modifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Timex {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub value: String,
    pub modifier: Option<&'static str>,
    /// A noun phrase that takes a leading `the` inside its extent.
    pub np: bool,
    /// Granularity is one day (a time of day may attach to it).
    pub day: bool,
    /// Resolved against the [`Anchor`], so it must not move the anchor itself
    /// (`a year earlier` after `a year earlier` is not two years back).
    pub anaphoric: bool,
}

impl Timex {
    fn new(start: usize, end: usize, label: Label, value: impl Into<String>) -> Timex {
        Timex { start, end, label, value: value.into(), modifier: None, np: false, day: false, anaphoric: false }
    }
    fn anaphoric(mut self) -> Timex {
        self.anaphoric = true;
        self
    }
    fn np(mut self) -> Timex {
        self.np = true;
        self
    }
    fn day(mut self) -> Timex {
        self.day = true;
        self
    }
    fn with_mod(mut self, m: Option<&'static str>) -> Timex {
        if self.modifier.is_none() {
            self.modifier = m;
        }
        self
    }
}

/// A count before a unit: a number or a vague quantity (`several`, `a few`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Count {
    N(u64),
    /// `2 1/2`, `two and a half`, `a year and a half`: the number plus one half.
    Half(u64),
    X,
}

const MAX_DEPTH: u8 = 4;

/// The grammar over one document's tokens.
pub(crate) struct Grammar<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub norm: TimexNormalizer,
    pub order: DateOrder,
    /// The document talks about quarters (financial reporting conventions apply).
    pub finance: bool,
    /// What the text before the current token last said about time.
    pub anchor: Anchor,
    /// The token just after the last expression emitted (for `April 24 and 25`).
    pub prev_end: usize,
}

fn dur(n: Count, unit: Unit) -> String {
    let (des, time) = unit.designator();
    let t = if time { "T" } else { "" };
    match (n, unit) {
        (Count::Half(n), Unit::Year) if n > 0 => format!("P{n}Y6M"),
        (Count::Half(0), Unit::Year) => "P6M".to_string(),
        (Count::Half(n), Unit::Hour) if n > 0 => format!("PT{n}H30M"),
        (Count::Half(0), Unit::Hour) => "PT30M".to_string(),
        (Count::Half(n), Unit::Minute) if n > 0 => format!("PT{n}M30S"),
        (Count::Half(0), Unit::Minute) => "PT30S".to_string(),
        (Count::Half(n), Unit::Day) if n > 0 => format!("P{n}DT12H"),
        (Count::Half(0), Unit::Day) => "PT12H".to_string(),
        (Count::Half(n), Unit::Decade | Unit::Century) => {
            format!("P{}Y", n.saturating_mul(unit.multiplier()).saturating_add(unit.multiplier() / 2))
        }
        (Count::Half(n), _) => dur(Count::N(n), unit),
        (Count::N(n), Unit::Weekend) => format!("P{}D", n.saturating_mul(2)),
        (Count::N(n), _) => format!("P{t}{}{des}", n.saturating_mul(unit.multiplier())),
        (Count::X, Unit::Weekend) => "PXD".to_string(),
        (Count::X, _) => format!("P{t}X{des}"),
    }
}

impl<'a> Grammar<'a> {
    /// The quarter an earnings report is about: the last one mentioned, else the one
    /// before the DCT's.
    fn reported_quarter(&self) -> Option<(i32, u32)> {
        self.norm.dct.and_then(|d| add_quarters(d.y, d.quarter(), -1))
    }

    /// The reported quarter `off` quarters later, as a value.
    fn reported(&self, off: i64) -> String {
        self.reported_quarter()
            .and_then(|(y, q)| add_quarters(y, q, off))
            .map_or_else(|| "XXXX-QX".to_string(), |(y, q)| format!("{y:04}-Q{q}"))
    }

    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::Punct(' '), |t| t.lex)
    }

    fn w(&self, i: usize) -> Option<W> {
        match self.lex(i) {
            Lex::Word(w) => Some(w),
            _ => None,
        }
    }

    fn is(&self, i: usize, w: W) -> bool {
        self.w(i) == Some(w)
    }

    fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).and_then(|t| self.text.get(t.start..t.end)).unwrap_or("")
    }

    fn raw_is(&self, i: usize, word: &str) -> bool {
        self.raw(i).eq_ignore_ascii_case(word)
    }

    fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap)
    }

    /// Token `i` is `c` glued to the previous token (`Dec.`).
    fn glued(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.lex == Lex::Punct(c) && !t.space_before)
    }

    /// Token `i` is a word joined to the previous one by a hyphen (`day-long`).
    fn glued_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before && matches!(t.lex, Lex::Other | Lex::Word(_)))
            && i.checked_sub(1).and_then(|p| self.toks.get(p)).is_some_and(|p| p.end < self.toks[i].start)
    }

    /// Token `i` is written in capitals only (`LAST WEEK` in a headline).
    fn all_caps(&self, i: usize) -> bool {
        !self.raw(i).bytes().any(|b| b.is_ascii_lowercase())
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.lex(i) == Lex::Punct(c)
    }

    fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || self.toks.get(i).is_some_and(|t| t.newline_before)
            || matches!(self.lex(i - 1), Lex::Punct('.' | '!' | '?' | '"' | '\'' | '`' | ':' | '(' | '\u{201c}'))
    }

    /// The tense of the sentence around tokens `i..j`: the nearest cue wins.
    pub(crate) fn tense(&self, i: usize, j: usize) -> Tense {
        const WINDOW: usize = 14;
        // `as soon as Tuesday`, `as early as next week`, `as soon as trading opens Monday`.
        let lo = i.saturating_sub(6);
        if (lo..i.saturating_sub(1)).any(|k| {
            self.raw_is(k, "as") && (self.raw_is(k + 1, "soon") || self.raw_is(k + 1, "early")) && self.raw_is(k + 2, "as")
        }) {
            return Tense::Future;
        }
        let (mut left, mut right) = (true, true);
        for dist in 1..=WINDOW {
            if left {
                match i.checked_sub(dist) {
                    Some(k) if !self.sentence_end(k) => {
                        if let Some(t) = self.cue(k, true) {
                            return t;
                        }
                        left = !self.toks.get(k).is_some_and(|t| t.newline_before);
                    }
                    _ => left = false,
                }
            }
            if right {
                let k = j + dist - 1;
                if k < self.toks.len()
                    && !self.sentence_end(k)
                    && !self.quote_closes(k)
                    && !self.toks.get(k).is_some_and(|t| t.newline_before)
                {
                    if let Some(t) = self.cue(k, false) {
                        return t;
                    }
                } else {
                    right = false;
                }
            }
            if !left && !right {
                break;
            }
        }
        Tense::Unknown
    }

    /// Token `k` ends a sentence (a full stop after an abbreviation such as `Mr.`,
    /// `P.` or `Sept.` does not).
    fn sentence_end(&self, k: usize) -> bool {
        match self.lex(k) {
            Lex::Punct('!' | '?' | ';') => true,
            Lex::Punct('.') => {
                let Some(prev) = k.checked_sub(1) else {
                    return true;
                };
                match self.lex(prev) {
                    Lex::Month { .. } => false,
                    Lex::Other | Lex::Word(_) => {
                        let len = self.raw(prev).len();
                        !(len == 1 || (self.cap(prev) && len <= 3))
                    }
                    _ => true,
                }
            }
            _ => false,
        }
    }

    /// Token `k` closes a quotation (`,''`, `."`): the attribution after it (`he said`)
    /// has its own tense, not the quoted sentence's.
    fn quote_closes(&self, k: usize) -> bool {
        matches!(self.lex(k), Lex::Punct('\'' | '"' | '\u{201d}'))
            && k.checked_sub(1).is_some_and(|p| matches!(self.lex(p), Lex::Punct(',' | '.' | '?' | '!')))
    }

    /// A participle or past form at `k` is no verb of the sentence's own tense: after
    /// `be` (`will be named`, `would be paid`) it is a passive whose tense the modal
    /// gives, after a determiner (`the announced plan`, `a still unspecified date`) an
    /// adjective.
    fn participle_only(&self, k: usize) -> bool {
        const DET: &[&str] = &["a", "an", "the", "its", "his", "her", "their", "our", "this", "these", "those"];
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        let det = |i: usize| DET.iter().any(|w| self.raw_is(i, w));
        let adverb = |i: usize| {
            let r = self.raw(i);
            (r.len() > 4 && r.to_ascii_lowercase().ends_with("ly")) || self.raw_is(i, "still") || self.raw_is(i, "yet")
        };
        self.raw_is(p, "be") || self.raw_is(p, "being") || det(p) || (adverb(p) && p.checked_sub(1).is_some_and(det))
    }

    /// `as planned`, `previously planned`: a participle modifying the clause.
    fn adverbial_participle(&self, k: usize) -> bool {
        k.checked_sub(1).is_some_and(|p| {
            let r = self.raw(p);
            self.raw_is(p, "as") || (r.len() > 4 && r.to_ascii_lowercase().ends_with("ly"))
        })
    }

    /// `set`, `hit`, `put`, `cut`: past tense unless a modal, `to`, `do` or a present
    /// `be` comes first (`will cut`, `is set`) or a plan follows (`set to`, `set for`).
    fn bare_past(&self, k: usize) -> bool {
        const NOT_PAST: &[&str] = &[
            "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "ll", "do", "does",
            "t", "not", "is", "are", "am", "be", "being", "i", "we", "you", "they",
        ];
        let before = k.checked_sub(1).is_some_and(|p| NOT_PAST.iter().any(|w| self.raw_is(p, w)));
        let after = ["to", "for", "aside"].iter().any(|w| self.raw_is(k + 1, w));
        !before && !after
    }

    /// The tense token `k` signals; `before` when it precedes the expression.
    fn cue(&self, k: usize, before: bool) -> Option<Tense> {
        let Some(Token { lex: Lex::Other | Lex::Word(_), .. }) = self.toks.get(k) else {
            return None;
        };
        let raw = self.raw(k);
        if raw.len() < 2 || raw.len() > 12 {
            return None;
        }
        let mut buf = [0u8; 12];
        for (d, s) in buf.iter_mut().zip(raw.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        let w = std::str::from_utf8(&buf[..raw.len()]).unwrap_or("");
        let after_past_aux = || {
            k.checked_sub(1)
                .is_some_and(|p| matches!(self.raw(p).to_ascii_lowercase().as_str(), "was" | "were" | "had" | "been"))
        };
        let prev = |words: &[&str]| k.checked_sub(1).is_some_and(|p| words.iter().any(|w| self.raw_is(p, w)));
        match w {
            "due" | "scheduled" | "expected" | "planned" if after_past_aux() => Some(Tense::Past),
            // `is to resume`, `set to meet`, `planned to leave`, `payable Jan. 2`.
            "to" if prev(&["is", "are", "set", "plans", "planned", "planning", "plan"]) => Some(Tense::Future),
            "effective" | "payable" => Some(Tense::Future),
            "since" => Some(Tense::Past),
            "will" | "shall" | "ll" | "tomorrow" | "upcoming" | "scheduled" | "expected" | "due"
            | "going" | "intends" | "expects" | "would" | "soon" => Some(Tense::Future),
            // `planned a rally on Saturday`: the plan is past, the rally ahead (but `On
            // Friday, the government planned to pay` dates the planning).
            "planned" | "planning" if before && !self.participle_only(k) && !self.adverbial_participle(k) => {
                Some(Tense::Future)
            }
            // `were planning to`, `was going to`, `was about to`: a future in the past.
            "was" | "were" if ["planning", "going", "about"].iter().any(|w| self.raw_is(k + 1, w)) => None,
            "said" | "was" | "were" | "had" | "did" | "ago" | "yesterday" | "earlier" => Some(Tense::Past),
            "went" | "came" | "took" | "made" | "told" | "met" | "left" | "began" | "fell" | "rose"
            | "won" | "lost" | "held" | "saw" | "gave" | "got" | "became" | "found" | "brought"
            | "thought" | "fought" | "struck" | "led" | "sent" | "spent" | "paid" | "sold" | "bought"
            | "knew" | "shot" | "ran" | "wrote" | "announced" | "stood" | "fled" | "broke" | "chose"
            | "drove" | "flew" | "grew" | "kept" | "meant" | "sat" | "shook" | "spoke" | "stole"
            | "threw" | "withdrew" | "sought" | "caught" | "built" | "dealt" | "felt" | "heard"
            | "swept" | "drew" | "forgot" | "overtook" | "undertook" | "arose" | "blew" | "taught"
                if !self.participle_only(k) =>
            {
                Some(Tense::Past)
            }
            "set" | "hit" | "put" | "cut" | "quit" | "shut" if self.bare_past(k) && !self.participle_only(k) => {
                Some(Tense::Past)
            }
            "need" | "speed" | "feed" | "seed" | "shed" | "hundred" | "indeed" | "united" | "red"
            | "bed" | "limited" | "based" | "related" | "proposed" | "so-called" => None,
            _ if w.len() > 4 && w.ends_with("ed") && !self.participle_only(k) => Some(Tense::Past),
            _ => None,
        }
    }

    /// The longest reading starting at token `i`.
    pub(crate) fn at(&self, i: usize) -> Option<Timex> {
        self.at_depth(i, 0)
    }

    fn at_depth(&self, i: usize, depth: u8) -> Option<Timex> {
        if depth > MAX_DEPTH || i >= self.toks.len() {
            return None;
        }
        let mut best: Option<Timex> = None;
        let mut consider = |t: Option<Timex>| {
            if let Some(t) = t {
                if t.end > i && best.as_ref().is_none_or(|b| t.end > b.end) {
                    best = Some(t);
                }
            }
        };
        match self.lex(i) {
            Lex::Other => {
                if self.raw_is(i, "right") && self.is(i + 1, W::Now) {
                    consider(Some(Timex::new(i, i + 2, Label::Date, "PRESENT_REF")));
                }
                // `the then current price`: the present of a past time.
                if self.raw_is(i, "then") && self.is(i + 1, W::Current) && !matches!(self.lex(i + 2), Lex::Unit { .. }) {
                    consider(Some(Timex::new(i, i + 2, Label::Date, "PAST_REF")));
                }
            }
            Lex::Punct(_) | Lex::Grouped => {}
            Lex::Word(w) => match w {
                W::About | W::Around | W::Nearly | W::Over | W::More | W::Less | W::At | W::Up
                | W::No => consider(self.approx(i, depth)),
                W::Early | W::Late | W::Mid | W::Earlier | W::Later => consider(self.position(i, depth)),
                W::The => consider(self.the(i, depth)),
                W::This | W::Last | W::Next | W::Past | W::Coming | W::Previous | W::Following
                | W::Current | W::Latest | W::Recent | W::These => {
                    consider(self.relative(i));
                    consider(self.deictic(i));
                }
                W::Every | W::Each => consider(self.set(i)),
                W::That => consider(self.that(i)),
                // `rise 8.5% annually`: a growth rate, not a recurrence.
                W::Set(_) if i > 0 && self.punct(i - 1, '%') => {}
                W::Set(v) => consider(Some(Timex::new(i, i + 1, Label::Set, v))),
                W::A if self.is(i + 1, W::Later) && self.raw_is(i + 2, "date") => {
                    consider(Some(Timex::new(i, i + 3, Label::Date, "FUTURE_REF")));
                }
                W::A | W::Several => consider(self.counted(i)),
                W::Fiscal => consider(self.fiscal(i, depth)),
                W::Holiday(_) | W::New => consider(self.holiday(i, Rel::Bare)),
                // `High Noon` is a film.
                W::Noon | W::Midnight | W::Midday if !(i > 0 && self.raw_is(i - 1, "high")) => consider(self.clock(i)),
                _ => consider(self.deictic(i)),
            },
            Lex::Month { .. } => {
                consider(self.month_first(i));
            }
            Lex::Weekday { .. } => consider(self.weekday(i)),
            Lex::Int { .. } => {
                consider(self.counted(i));
                consider(self.coordinated_day(i));
                consider(self.day_first(i));
                consider(self.year(i));
                consider(self.clock(i));
            }
            // `Islam will one day be…`: some day ahead.
            Lex::NumWord(1)
                if self.raw_is(i, "one")
                    && matches!(self.lex(i + 1), Lex::Unit { unit: Unit::Day, plural: false })
                    && i > 0
                    && ["will", "would", "could", "might", "may", "can", "shall"].iter().any(|w| self.raw_is(i - 1, w)) =>
            {
                consider(Some(Timex::new(i, i + 2, Label::Date, "FUTURE_REF")));
            }
            Lex::NumWord(_) => {
                consider(self.counted(i));
                consider(self.spoken_year(i));
            }
            Lex::OrdNum(_) => {
                consider(self.day_first(i));
                consider(self.ordinal(i));
            }
            Lex::Ordinal(_) => consider(self.ordinal(i)),
            Lex::Iso { y, m, d } => {
                consider(Ymd::new(i64::from(y), m, d).map(|d| Timex::new(i, i + 1, Label::Date, fmt_ymd(d)).day()))
            }
            Lex::Slash { a, b, c, c_digits } => consider(self.slash(i, a, b, c, c_digits)),
            Lex::Clock { .. } | Lex::HourAmPm(_) => consider(self.clock(i)),
            // `in his 30s` is an age.
            Lex::Decade(_) if i > 0 && matches!(self.raw(i - 1).to_ascii_lowercase().as_str(), "his" | "her" | "their" | "my" | "your") => {}
            Lex::Decade(d) => consider(Some(Timex::new(i, i + 1, Label::Date, format!("{d:03}")).np())),
            Lex::Season(_) => consider(self.season(i)),
            Lex::Unit { unit: Unit::Year, plural: false } => {
                consider(self.year_ago(i));
                consider(self.year_end(i));
            }
            Lex::Unit { unit, plural } if self.raw_is(i + 1, "long") && self.glued_word(i + 1) => {
                // `day-long`, `decades-long`
                let n = if plural { Count::X } else { Count::N(1) };
                consider(Some(Timex::new(i, i + 2, Label::Duration, dur(n, unit))));
            }
            Lex::Unit { unit, plural: true } => consider(self.bare_units(i, unit)),
            Lex::Unit { .. } | Lex::DayPart(_) | Lex::DecadeWord(_) => {}
        }
        best
    }

    // ----- counts and durations -------------------------------------------------

    /// A count at `i`: `18`, `two`, `twenty four`, `a`, `a few`, `several`, `a couple of`.
    fn count(&self, i: usize) -> Option<(Count, usize)> {
        let (c, mut j) = match self.lex(i) {
            Lex::Int { v, digits } if digits <= 4 => (Count::N(v), i + 1),
            Lex::NumWord(n) => {
                let mut v = n;
                let mut j = i + 1;
                if (20..=90).contains(&n) {
                    if let Lex::NumWord(u @ 1..=9) = self.lex(j) {
                        v += u;
                        j += 1;
                    }
                }
                if let Lex::NumWord(s @ (100 | 1000)) = self.lex(j) {
                    if n < 100 {
                        v = v.saturating_mul(s);
                        j += 1;
                    }
                }
                (Count::N(v), j)
            }
            Lex::Word(W::A) => match self.lex(i + 1) {
                // `at a later date`
                Lex::Word(W::Later) if self.raw_is(i + 2, "date") => return None,
                Lex::Word(W::Few) => (Count::X, i + 2),
                Lex::Word(W::Couple) if self.is(i + 2, W::Of) => (Count::N(2), i + 3),
                Lex::NumWord(s @ (100 | 1000)) => (Count::N(s), i + 2),
                _ => (Count::N(1), i + 1),
            },
            Lex::Word(W::Several) => (Count::X, i + 1),
            Lex::Word(W::Few) => (Count::X, i + 1),
            // `the next couple of years`
            Lex::Word(W::Couple) if self.is(i + 1, W::Of) => (Count::N(2), i + 2),
            _ => return None,
        };
        // `2 1/2`, `two and a half`
        let c = match c {
            Count::N(n) if j > i + 1 || !self.is(i, W::A) => {
                if self.raw(j) == "1/2" || self.raw(j) == "\u{bd}" {
                    j += 1;
                    Count::Half(n)
                } else if self.and_a_half(j) {
                    j += 3;
                    Count::Half(n)
                } else {
                    c
                }
            }
            _ => c,
        };
        // Ranges `two to three weeks`, `12 or 18 months`: keep the first figure.
        if matches!(self.w(j), Some(W::To | W::Or)) {
            if let Some((Count::N(_), k)) = self.count_plain(j + 1) {
                j = k;
            }
        }
        Some((c, j))
    }

    /// `and a half` at `k`.
    fn and_a_half(&self, k: usize) -> bool {
        self.raw_is(k, "and") && self.is(k + 1, W::A) && self.is(k + 2, W::Half)
    }

    fn count_plain(&self, i: usize) -> Option<(Count, usize)> {
        match self.lex(i) {
            Lex::Int { v, digits } if digits <= 4 => Some((Count::N(v), i + 1)),
            Lex::NumWord(n) => Some((Count::N(n), i + 1)),
            _ => None,
        }
    }

    fn unit_at(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i) {
            Lex::Unit { unit, plural } => Some((unit, plural)),
            _ => None,
        }
    }

    /// `18 months`, `four-year`, `a year ago`, `several days`, `once a year`.
    fn counted(&self, i: usize) -> Option<Timex> {
        let (mut n, mut j) = self.count(i)?;
        if matches!(self.raw(j).to_ascii_lowercase().as_str(), "more" | "additional" | "extra" | "full" | "straight" | "consecutive" | "trading" | "business" | "working") {
            j += 1;
        }
        let (unit, plural) = self.unit_at(j)?;
        // `"60 Minutes"`: a capitalised unit after a figure is a title.
        if self.cap(j) && !self.all_caps(j) && matches!(self.lex(i), Lex::Int { .. }) {
            return None;
        }
        let article = self.is(i, W::A);
        let glued = self.toks.get(j).is_some_and(|t| !t.space_before);
        let mut k = j + 1;
        // `a year and a half`, `an hour and a half`
        if let (Count::N(c), false) = (n, plural) {
            if self.and_a_half(k) {
                n = Count::Half(c);
                k += 3;
            }
        }
        // `$10 million a year ago`: `ago` settles it before the rate checks below.
        let earlier = self.is(k, W::Earlier) && self.toks.get(k).is_some_and(|t| t.space_before) && !self.is(k + 1, W::Than);
        if (self.is(k, W::Ago) && self.toks.get(k).is_some_and(|t| t.space_before)) || earlier {
            return Some(self.ago(i, k + 1, n, unit));
        }
        // `a year-earlier loss`, `a day-long meeting`: adjectives, read from the unit.
        if article && (matches!(self.lex(k), Lex::Word(W::Ago | W::Earlier)) || (self.raw_is(k, "long") && self.glued_word(k))) {
            return None;
        }
        // `three-quarters`, `a quarter of`: fractions, not periods.
        if unit == Unit::Quarter && ((glued && plural) || (article && self.is(j + 1, W::Of))) {
            return None;
        }
        // `$1.76 a year`: a rate.
        if article && i > 0 && matches!(self.lex(i - 1), Lex::Grouped | Lex::Int { .. } | Lex::Punct('%')) {
            return None;
        }
        // `a year` needs a singular unit, `two year` (adjectival) is fine.
        if article && plural && matches!(n, Count::N(1)) {
            return None;
        }
        // `6-year-old`, `52 years old`: an age.
        if self.raw_is(k, "old") {
            return None;
        }
        // `four flights a week`, `$2 million a year`: a rate.
        if article && i > 0 && self.is_rate_head(i - 1) {
            return None;
        }
        if self.raw_is(k, "from") && self.is(k + 1, W::Now) {
            let t = self.ago(i, k + 2, n, unit);
            return Some(t);
        }
        // `once a year`, `twice a day`, `three times a week`.
        if article && i > 0 && matches!(self.raw(i - 1).to_ascii_lowercase().as_str(), "once" | "twice" | "times") {
            return Some(Timex::new(i, k, Label::Set, dur(n, unit)));
        }
        let t = Timex::new(i, k, Label::Duration, dur(n, unit));
        // `the nine months` takes its article, `the four-year war`, `the two day rally` do not.
        let adjectival = glued || (!plural && !matches!(n, Count::N(1) | Count::Half(1)));
        Some(if adjectival { t } else { t.np() })
    }

    fn is_rate_head(&self, k: usize) -> bool {
        let w = self.raw(k).to_ascii_lowercase();
        matches!(w.as_str(), "million" | "billion" | "trillion" | "thousand" | "hundred")
            || (self.lex(k) == Lex::Other
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !matches!(w.as_str(), "this" | "was" | "has" | "does" | "goes" | "plus" | "perhaps" | "unless" | "across" | "towards" | "afterwards"))
    }

    /// `N units ago` (or `earlier`, `from now`), ending before token `end`.
    fn ago(&self, i: usize, end: usize, n: Count, unit: Unit) -> Timex {
        let future = self.is(end - 1, W::Now);
        let (Count::N(n) | Count::Half(n)) = n else {
            let v = if future { "FUTURE_REF" } else { "PAST_REF" };
            return Timex::new(i, end, Label::Date, v);
        };
        let n = i64::try_from(n).unwrap_or(i64::MAX / 1024).min(100_000);
        let off = if future { n } else { -n };
        let norm = &self.norm;
        let (label, value) = match unit {
            Unit::Year if n == 1 && self.finance => return Timex::new(i, end, Label::Date, self.reported(off * 4)).anaphoric(),
            Unit::Year => (Label::Date, norm.year(off)),
            Unit::Decade => (Label::Date, norm.year(off * 10)),
            Unit::Century => (Label::Date, norm.year(off * 100)),
            Unit::Month => (Label::Date, norm.month(off)),
            Unit::Quarter => (Label::Date, norm.quarter(off)),
            Unit::Week | Unit::Weekend => (Label::Date, norm.week(off)),
            Unit::Day => (Label::Date, norm.day(off)),
            Unit::Hour | Unit::Minute | Unit::Second => (Label::Time, norm.day(0)),
        };
        Timex::new(i, end, label, value)
    }

    /// `for years`, `within weeks`: a plural unit alone after a preposition.
    fn bare_units(&self, i: usize, unit: Unit) -> Option<Timex> {
        if i == 0 || self.cap(i) || matches!(self.lex(i + 1), Lex::Word(W::Of | W::Ago)) {
            return None;
        }
        if !matches!(self.raw(i - 1).to_ascii_lowercase().as_str(), "for" | "within" | "in" | "over") {
            return None;
        }
        if matches!(unit, Unit::Quarter | Unit::Weekend | Unit::Second) {
            return None;
        }
        Some(Timex::new(i, i + 1, Label::Duration, dur(Count::X, unit)))
    }

    /// `year-end`, `year end`, `year's end`.
    fn year_end(&self, i: usize) -> Option<Timex> {
        let end = if self.is(i + 1, W::End) {
            i + 2
        } else if self.punct(i + 1, '\'') && self.raw_is(i + 2, "s") && self.is(i + 3, W::End) {
            i + 4
        } else {
            return None;
        };
        Some(Timex::new(i, end, Label::Date, self.norm.year(0)).with_mod(Some("END")))
    }

    /// `nineteen ninety-six`: a year in words.
    fn spoken_year(&self, i: usize) -> Option<Timex> {
        let Lex::NumWord(c @ 10..=20) = self.lex(i) else {
            return None;
        };
        let Lex::NumWord(t @ 10..=90) = self.lex(i + 1) else {
            return None;
        };
        let (y, end) = match self.lex(i + 2) {
            Lex::NumWord(u @ 1..=9) if t >= 20 && t % 10 == 0 => (c * 100 + t + u, i + 3),
            _ => (c * 100 + t, i + 2),
        };
        Some(Timex::new(i, end, Label::Date, fmt_year(y as i32)))
    }

    /// `year-ago`, `year-earlier` (`quarter`, `period`, `third quarter`).
    fn year_ago(&self, i: usize) -> Option<Timex> {
        let next = self.toks.get(i + 1)?;
        if next.space_before || !matches!(next.lex, Lex::Word(W::Ago | W::Earlier)) {
            return None;
        }
        let mut end = i + 2;
        if let Lex::Ordinal(_) | Lex::OrdNum(_) = self.lex(end) {
            if matches!(self.lex(end + 1), Lex::Unit { unit: Unit::Quarter, .. }) {
                end += 2;
            }
        } else if matches!(self.lex(end), Lex::Unit { unit: Unit::Quarter, .. }) || self.raw_is(end, "period") {
            end += 1;
        }
        let t = if self.finance {
            Timex::new(i, end, Label::Date, self.reported(-4)).anaphoric()
        } else {
            Timex::new(i, end, Label::Date, self.norm.year(-1))
        };
        Some(if end > i + 2 { t.np() } else { t })
    }

    // ----- modifiers ----------------------------------------------------------------

    /// `about`, `nearly`, `more than`, `at least`, `up to`, `within` + expression.
    fn approx(&self, i: usize, depth: u8) -> Option<Timex> {
        let w = self.w(i)?;
        let (j, m, durations_only) = match w {
            W::About | W::Around => (i + 1, "APPROX", false),
            W::Nearly => (i + 1, "LESS_THAN", false),
            W::Over => (i + 1, "MORE_THAN", true),
            W::More if self.is(i + 1, W::Than) => (i + 2, "MORE_THAN", true),
            W::Less if self.is(i + 1, W::Than) => (i + 2, "LESS_THAN", true),
            W::At if self.is(i + 1, W::Least) => (i + 2, "EQUAL_OR_MORE", true),
            W::Up if self.is(i + 1, W::To) => (i + 2, "EQUAL_OR_LESS", true),
            W::No if self.is(i + 1, W::More) && self.is(i + 2, W::Than) => (i + 3, "EQUAL_OR_LESS", true),
            _ => return None,
        };
        if matches!(w, W::About | W::Around) && matches!(self.lex(j), Lex::Weekday { .. } | Lex::Word(_)) && !self.is(j, W::A) {
            return None;
        }
        let inner = self.at_depth(j, depth + 1)?;
        if durations_only && inner.label != Label::Duration {
            return None;
        }
        if inner.label == Label::Set {
            return None;
        }
        // `over the past year` / `within the next two weeks` keep the preposition outside.
        if matches!(w, W::Over | W::Within) && !matches!(self.lex(j), Lex::Int { .. } | Lex::NumWord(_) | Lex::Word(W::A)) {
            return None;
        }
        let mut t = inner.with_mod(Some(m));
        t.start = i;
        Some(t)
    }

    /// `early`, `late`, `mid-`, `earlier`, `later` + date.
    fn position(&self, i: usize, depth: u8) -> Option<Timex> {
        let w = self.w(i)?;
        let m = match w {
            W::Early | W::Earlier => "START",
            W::Late | W::Later => "END",
            W::Mid => "MID",
            _ => return None,
        };
        // `mid-afternoon`, `mid-afternoon yesterday`: a part of a day.
        if let (W::Mid, Lex::DayPart(p)) = (w, self.lex(i + 1)) {
            let day = self.at_depth(i + 2, depth + 1).filter(|t| t.day && t.label == Label::Date);
            let (date, end) = day.map_or_else(|| (self.norm.day(0), i + 2), |t| (t.value, t.end));
            return Some(Timex::new(i, end, Label::Time, format!("{date}T{p}")));
        }
        // `earlier in the year`: the DCT's.
        if matches!(w, W::Earlier | W::Later) && self.is(i + 1, W::In) && self.is(i + 2, W::The) {
            let v = match self.lex(i + 3) {
                Lex::Unit { unit: Unit::Year, plural: false } => self.norm.year(0),
                Lex::Unit { unit: Unit::Month, plural: false } => self.norm.month(0),
                _ => return None,
            };
            return Some(Timex::new(i, i + 4, Label::Date, v).with_mod(Some(m)));
        }
        if matches!(w, W::Earlier | W::Later) {
            // Only `earlier this year`, `later today`, `earlier Sunday`.
            if !matches!(
                self.lex(i + 1),
                Lex::Word(W::This | W::That | W::Today | W::Yesterday | W::Tomorrow | W::Tonight) | Lex::Weekday { .. }
            ) {
                return None;
            }
        }
        let inner = self.at_depth(i + 1, depth + 1)?;
        if !matches!(inner.label, Label::Date | Label::Time) || inner.value.ends_with("_REF") {
            return None;
        }
        let mut t = inner.with_mod(Some(m));
        t.start = i;
        Some(t)
    }

    /// `the` + noun phrase, `the end of` + date, `the past`, `the future`, `the nineties`.
    fn the(&self, i: usize, depth: u8) -> Option<Timex> {
        let j = i + 1;
        let pos = match self.w(j) {
            Some(W::End) => Some("END"),
            Some(W::Beginning | W::Start) => Some("START"),
            Some(W::Middle) => Some("MID"),
            _ => None,
        };
        if let Some(m) = pos {
            if self.is(j + 1, W::Of) {
                // `the end of the year`: the current one.
                if self.is(j + 2, W::The) {
                    if let Lex::Unit { unit, plural: false } = self.lex(j + 3) {
                        let v = match unit {
                            Unit::Year => self.norm.year(0),
                            Unit::Month => self.norm.month(0),
                            Unit::Week => self.norm.week(0),
                            Unit::Quarter => self.norm.quarter(0),
                            _ => return None,
                        };
                        return Some(Timex::new(i, j + 4, Label::Date, v).with_mod(Some(m)).np());
                    }
                }
                let inner = self.at_depth(j + 2, depth + 1)?;
                if !matches!(inner.label, Label::Date | Label::Time) || inner.value.ends_with("_REF") {
                    return None;
                }
                let mut t = inner.with_mod(Some(m));
                t.start = i;
                t.np = true;
                return Some(t);
            }
            return None;
        }
        let bare = |k: usize| !matches!(self.lex(k), Lex::Unit { .. } | Lex::Int { .. } | Lex::NumWord(_));
        // `the corresponding period last year`, `the same quarter a year ago`
        if matches!(self.raw(j).to_ascii_lowercase().as_str(), "corresponding" | "comparable" | "same")
            && (self.raw_is(j + 1, "period") || matches!(self.lex(j + 1), Lex::Unit { unit: Unit::Quarter, plural: false }))
        {
            let end = match (self.lex(j + 2), self.lex(j + 3), self.lex(j + 4)) {
                (Lex::Word(W::Last), Lex::Unit { unit: Unit::Year, plural: false }, _) => Some(j + 4),
                (Lex::Word(W::A), Lex::Unit { unit: Unit::Year, plural: false }, Lex::Word(W::Ago | W::Earlier)) => Some(j + 5),
                _ => None,
            };
            if let Some(end) = end {
                let t = if self.finance {
                    Timex::new(i, end, Label::Date, self.reported(-4)).anaphoric()
                } else {
                    Timex::new(i, end, Label::Date, self.norm.year(-1))
                };
                return Some(t);
            }
        }
        // `the week of March 6`: the ISO week holding that day.
        if matches!(self.lex(j), Lex::Unit { unit: Unit::Week, plural: false }) && self.is(j + 1, W::Of) {
            if let Some(t) = self.at_depth(j + 2, depth + 1).filter(|t| t.day && t.label == Label::Date) {
                if let Some(d) = Ymd::parse_iso(&t.value) {
                    let (y, w) = d.iso_week();
                    return Some(Timex::new(i, t.end, Label::Date, format!("{y:04}-W{w:02}")));
                }
            }
        }
        // `the last half of 1989`
        if self.is(j, W::Last) && self.is(j + 1, W::Half) && self.is(j + 2, W::Of) {
            if let Some(y) = self.year_value(j + 3, false) {
                return Some(Timex::new(i, j + 4, Label::Date, format!("{}-H2", fmt_year(y))).np());
            }
        }
        // `the full year`: the current one, as reports use it; `the fiscal year`: a year.
        if matches!(self.lex(j + 1), Lex::Unit { unit: Unit::Year, plural: false }) {
            if self.raw_is(j, "full") {
                return Some(Timex::new(i, j + 2, Label::Date, self.norm.year(0)));
            }
            // `in the fiscal year ended Jan. 31`: a stretch of a year.
            if self.is(j, W::Fiscal) {
                if self.for_the_year(i, j + 2) {
                    return Some(Timex::new(i, j + 2, Label::Date, self.norm.year(0)));
                }
                return Some(Timex::new(i, j + 2, Label::Duration, "P1Y"));
            }
        }
        // `the year 2000`, `the year two thousand`
        if matches!(self.lex(j), Lex::Unit { unit: Unit::Year, plural: false }) {
            let year = match self.lex(j + 1) {
                Lex::Int { .. } => self.year_value(j + 1, false).map(|y| (y, j + 2)),
                Lex::NumWord(2) if self.raw_is(j + 2, "thousand") => Some((2000, j + 3)),
                _ => self.spoken_year(j + 1).and_then(|t| Some((t.value.parse().ok()?, t.end))),
            };
            if let Some((y, end)) = year {
                return Some(Timex::new(i, end, Label::Date, fmt_year(y)));
            }
        }
        if self.is(j, W::Same) {
            let mut t = self.that(i)?;
            t.start = i;
            return Some(t);
        }
        match self.lex(j) {
            Lex::Word(W::Past) if bare(j + 1) && !self.is(j + 1, W::Few) && !self.is(j + 1, W::Several) => {
                return Some(Timex::new(i, j + 1, Label::Date, "PAST_REF"));
            }
            Lex::Word(W::Future) => return Some(Timex::new(i, j + 1, Label::Date, "FUTURE_REF")),
            Lex::Other if self.raw_is(j, "near") && self.is(j + 1, W::Future) => {
                return Some(Timex::new(i, j + 2, Label::Date, "FUTURE_REF"));
            }
            // `the near term`, `the short term`: the coming months.
            Lex::Other | Lex::Word(W::Past) if (self.raw_is(j, "near") || self.raw_is(j, "short")) && self.raw_is(j + 1, "term") => {
                return Some(Timex::new(i, j + 2, Label::Date, "FUTURE_REF"));
            }
            // `the morning`, `the afternoon`: of the DCT.
            Lex::DayPart(p) if p != "NI" && !self.is(j + 1, W::Of) && !self.raw_is(j + 1, "before") && !self.raw_is(j + 1, "after") => {
                let day = self.anchor.day.map_or_else(|| self.norm.day(0), fmt_ymd);
                return Some(Timex::new(i, j + 1, Label::Time, format!("{day}T{p}")));
            }
            Lex::DecadeWord(d) => return Some(Timex::new(i, j + 1, Label::Date, format!("19{d}"))),
            Lex::Int { .. } => {
                // `the 1988 period`, `the 1988 quarter`, `the 1988 third quarter`
                let y = self.year_value(j, false)?;
                let k = j + 1;
                if self.raw_is(k, "period") {
                    return Some(Timex::new(i, k + 1, Label::Date, fmt_year(y)));
                }
                if let (Lex::Ordinal(q @ 1..=4), Lex::Unit { unit: Unit::Quarter, plural: false }) = (self.lex(k), self.lex(k + 1)) {
                    return Some(Timex::new(i, k + 2, Label::Date, format!("{}-Q{q}", fmt_year(y))));
                }
                if matches!(self.lex(k), Lex::Unit { unit: Unit::Quarter, plural: false }) {
                    let q = self.norm.dct.map_or(0, |d| d.quarter());
                    let v = if q > 0 { format!("{}-Q{}", fmt_year(y), if q > 1 { q - 1 } else { 4 }) } else { format!("{}-QX", fmt_year(y)) };
                    return Some(Timex::new(i, k + 1, Label::Date, v));
                }
                return None;
            }
            Lex::Unit { unit: Unit::Year, plural: false } if !self.cap(j) && !self.glued(j + 1, '-') && !matches!(self.lex(j + 1), Lex::Word(W::Ago | W::Earlier)) => {
                if (i > 0 && self.is(i - 1, W::Of)) || self.for_the_year(i, j + 1) {
                    return Some(Timex::new(i, j + 1, Label::Date, self.norm.year(0)));
                }
                return Some(Timex::new(i, j + 1, Label::Duration, "P1Y"));
            }
            Lex::Unit { unit: Unit::Week, plural: false } if !self.cap(j) => {
                return Some(Timex::new(i, j + 1, Label::Date, self.norm.week(0)));
            }
            Lex::Unit { unit, plural: true } if !self.cap(j) && matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Day | Unit::Decade) && !matches!(self.lex(j + 1), Lex::Word(W::Ago | W::Of)) => {
                return Some(Timex::new(i, j + 1, Label::Duration, dur(Count::X, unit)));
            }
            // `the quarter-to-quarter comparison` is no quarter in particular.
            Lex::Unit { unit: Unit::Quarter, plural: false } if self.finance && !(self.raw_is(j + 1, "to") && self.glued_word(j + 1)) => {
                let v = self.quarter_ended(j + 1).unwrap_or_else(|| self.reported(0));
                return Some(Timex::new(i, j + 1, Label::Date, v).anaphoric());
            }
            Lex::Unit { unit: Unit::Weekend, plural: false } => {
                let wd = self.norm.dct.map_or(1, |d| d.weekday());
                let off = match self.tense(i, j + 1) {
                    Tense::Past if wd < 6 => -1,
                    _ => 0,
                };
                return Some(Timex::new(i, j + 1, Label::Date, self.norm.weekend(off)));
            }
            _ => {}
        }
        let inner = self.at_depth(j, depth + 1)?;
        if !inner.np {
            return None;
        }
        let mut t = inner;
        t.start = i;
        Some(t)
    }

    /// `the quarter ended July 31`: the calendar quarter holding most of the three
    /// months that end on that day (here the second).
    fn quarter_ended(&self, k: usize) -> Option<String> {
        if !self.is(k, W::Ended) {
            return None;
        }
        let end = self.month_first(k + 1).filter(|t| t.day)?;
        let d = Ymd::parse_iso(&end.value)?.add_days(-45)?;
        Some(format!("{:04}-Q{}", d.y, d.quarter()))
    }

    /// `earnings for the year`, `a high for the year`: the current year, as reports
    /// use it; `for the year ended March 31` stays a stretch of a year.
    fn for_the_year(&self, i: usize, end: usize) -> bool {
        i > 0
            && self.raw_is(i - 1, "for")
            && !["ended", "ending", "before", "after", "to", "through", "since"].iter().any(|w| self.raw_is(end, w))
            && !self.glued(end, '-')
    }

    // ----- relative expressions -------------------------------------------------

    /// `this year`, `last week`, `next Friday`, `the past two weeks`, `recent years`.
    fn relative(&self, i: usize) -> Option<Timex> {
        let mut w = self.w(i)?;
        let mut j = i + 1;
        if w == W::This && self.is(j, W::Past) {
            w = W::Last;
            j += 1;
        }
        if w == W::This && self.is(j, W::Coming) {
            w = W::Next;
            j += 1;
        }
        if self.is(j, W::Fiscal) && matches!(self.lex(j + 1), Lex::Unit { unit: Unit::Year, plural: false }) {
            j += 1;
        }
        // `the latest period`: the quarter just reported.
        if w == W::Latest && self.raw_is(j, "period") {
            return Some(Timex::new(i, j + 1, Label::Date, self.reported(0)).np().anaphoric());
        }
        if matches!(w, W::Following | W::Previous) && i > 0 && self.is(i - 1, W::The) {
            if let Some(t) = self.following(i, j, if w == W::Following { 1 } else { -1 }) {
                return Some(t);
            }
        }
        let off: i64 = match w {
            W::This | W::Current => 0,
            W::Last | W::Past | W::Previous | W::Latest => -1,
            W::Next | W::Coming | W::Following => 1,
            W::Recent | W::These => 0,
            _ => return None,
        };
        // With a count: a duration.
        if matches!(w, W::Last | W::Past | W::Next | W::Coming | W::Previous | W::Following | W::Latest) {
            if let Some((n, k)) = self.count(j) {
                if !self.is(j, W::A) {
                    if let Some((unit, _)) = self.unit_at(k) {
                        return Some(Timex::new(i, k + 1, Label::Duration, dur(n, unit)).np());
                    }
                }
            }
        }
        let rel = match off {
            0 => Rel::This,
            n if n < 0 => Rel::Last,
            _ => Rel::Next,
        };
        let norm = &self.norm;
        let t = match self.lex(j) {
            Lex::Unit { unit, plural: true } => match (w, unit) {
                (W::These, Unit::Day) => Timex::new(i, j + 1, Label::Date, "PRESENT_REF"),
                (W::Recent | W::Coming | W::Past | W::Last | W::Next, _) => {
                    Timex::new(i, j + 1, Label::Duration, dur(Count::X, unit)).np()
                }
                _ => return None,
            },
            Lex::Unit { unit, plural: false } => {
                if matches!(w, W::Recent | W::These) {
                    return None;
                }
                if self.cap(j) && (!self.sentence_start(i) || self.cap(i) && !self.all_caps(j)) {
                    // `"This Week"`, `ABC's "This Week"`: a title.
                    return None;
                }
                // `last year's quarter`, `last year's period` in an earnings report
                if unit == Unit::Year && self.finance && self.punct(j + 1, '\'') && self.raw_is(j + 2, "s")
                    && (self.raw_is(j + 3, "period") || matches!(self.lex(j + 3), Lex::Unit { unit: Unit::Quarter, plural: false }))
                {
                    return Some(Timex::new(i, j + 4, Label::Date, self.reported(off * 4)).np().anaphoric());
                }
                // `this year's third quarter`, `next year's first quarter`
                if unit == Unit::Year && self.punct(j + 1, '\'') && self.raw_is(j + 2, "s") {
                    if let (Lex::Ordinal(q @ 1..=4), Lex::Unit { unit: Unit::Quarter, plural: false }) = (self.lex(j + 3), self.lex(j + 4)) {
                        return Some(Timex::new(i, j + 5, Label::Date, format!("{}-Q{q}", norm.year(off))).np());
                    }
                }
                let v = match unit {
                    Unit::Quarter if w == W::Latest && self.finance => {
                        return Some(Timex::new(i, j + 1, Label::Date, self.reported(0)).np().anaphoric());
                    }
                    Unit::Year => norm.year(off),
                    Unit::Month => norm.month(off),
                    Unit::Week => norm.week(off),
                    Unit::Weekend => norm.weekend(off),
                    Unit::Quarter => norm.quarter(off),
                    Unit::Decade => norm.decade(off),
                    _ => return None,
                };
                Timex::new(i, j + 1, Label::Date, v).np()
            }
            Lex::Weekday { d, plural: false } if !matches!(w, W::Recent | W::These | W::Current) => {
                let v = norm.weekday(d, self.tense(i, j + 1), rel);
                let t = Timex::new(i, j + 1, Label::Date, v).day();
                self.with_day_part(t)
            }
            Lex::Month { m, abbr: false } if matches!(w, W::Last | W::Next | W::This) && self.cap(j) => {
                Timex::new(i, j + 1, Label::Date, norm.month_of(m, self.tense(i, j + 1), rel))
            }
            Lex::Word(W::Holiday(_) | W::New) if matches!(w, W::Last | W::Next | W::This) => {
                let mut t = self.holiday(j, rel)?;
                t.start = i;
                t
            }
            Lex::Season(s) if matches!(w, W::Last | W::Next | W::This) => {
                Timex::new(i, j + 1, Label::Date, norm.season_of(s, self.tense(i, j + 1), rel))
            }
            Lex::DayPart(p) if matches!(w, W::This | W::Last) => {
                let day = if w == W::Last { norm.day(-1) } else { norm.day(0) };
                if w == W::Last && p != "NI" {
                    return None;
                }
                Timex::new(i, j + 1, Label::Time, format!("{day}T{p}"))
            }
            Lex::Ordinal(q @ 1..=4) | Lex::OrdNum(q @ 1..=4)
                if matches!(self.lex(j + 1), Lex::Unit { unit: Unit::Quarter, plural: false }) =>
            {
                let y = match w {
                    W::Last => norm.year(-1),
                    W::Next => norm.year(1),
                    _ => norm.year(0),
                };
                Timex::new(i, j + 2, Label::Date, format!("{y}-Q{q}")).np()
            }
            _ => return None,
        };
        Some(t)
    }

    /// `that year`, `that same day`, `that quarter`: the period of the reference time.
    /// Also `the same day` through [`Grammar::the`].
    fn that(&self, i: usize) -> Option<Timex> {
        let mut j = i + 1;
        if self.is(j, W::Same) {
            j += 1;
        }
        let Lex::Unit { unit, plural: false } = self.lex(j) else {
            return None;
        };
        let a = &self.anchor;
        let v = match unit {
            Unit::Year => fmt_year(a.year?),
            Unit::Month => a.month.map(|(y, m)| fmt_ym(y, m))?,
            Unit::Day => fmt_ymd(a.day?),
            Unit::Quarter => a.quarter.map(|(y, q)| format!("{y:04}-Q{q}"))?,
            _ => return None,
        };
        let t = Timex::new(i, j + 1, Label::Date, v).anaphoric().np();
        Some(if unit == Unit::Day { t.day() } else { t })
    }

    /// `the following year`, `the previous month`, `the previous Friday`: a step from the
    /// reference time, when the text has given one.
    fn following(&self, i: usize, j: usize, off: i64) -> Option<Timex> {
        let a = &self.anchor;
        let v = match self.lex(j) {
            Lex::Unit { unit: Unit::Year, plural: false } => fmt_year(year_ok(i64::from(a.year?) + off)?),
            Lex::Unit { unit: Unit::Month, plural: false } => {
                let (y, m) = a.month?;
                let (y, m) = add_months(y, m, off)?;
                fmt_ym(y, m)
            }
            Lex::Unit { unit: Unit::Day, plural: false } => fmt_ymd(a.day?.add_days(off)?),
            Lex::Weekday { d, plural: false } => {
                let day = a.day?;
                let diff = i64::from(d) - i64::from(day.weekday());
                let step = if off < 0 {
                    if diff >= 0 { diff - 7 } else { diff }
                } else if diff <= 0 {
                    diff + 7
                } else {
                    diff
                };
                fmt_ymd(day.add_days(step)?)
            }
            _ => return None,
        };
        Some(Timex::new(i, j + 1, Label::Date, v).anaphoric().np())
    }

    /// `Monday night`, `yesterday morning`: a day followed by a part of the day.
    fn with_day_part(&self, t: Timex) -> Timex {
        if let Lex::DayPart(p) = self.lex(t.end) {
            if let Lex::Weekday { plural: true, .. } = self.lex(t.start) {
                return t;
            }
            return Timex::new(t.start, t.end + 1, Label::Time, format!("{}T{p}", t.value));
        }
        t
    }

    /// `every Friday`, `each year`, `every two weeks`, `each July`.
    fn set(&self, i: usize) -> Option<Timex> {
        let mut j = i + 1;
        if self.raw_is(j, "other") {
            j += 1;
        }
        let (n, k) = match self.count(j) {
            Some((Count::N(n), k)) if !self.is(j, W::A) => (n, k),
            _ => (1, j),
        };
        let v = match self.lex(k) {
            Lex::Unit { unit, .. } => dur(Count::N(n), unit),
            Lex::Weekday { d, .. } => format!("XXXX-WXX-{d}"),
            Lex::Month { m, abbr: false } => format!("XXXX-{m:02}"),
            Lex::DayPart(p) => format!("XXXX-XX-XXT{p}"),
            _ => return None,
        };
        Some(Timex::new(i, k + 1, Label::Set, v))
    }

    /// `now`, `today`, `yesterday morning`, `recently`, `tonight`.
    fn deictic(&self, i: usize) -> Option<Timex> {
        let n = &self.norm;
        let t = match self.w(i)? {
            W::Now => {
                // `from now` belongs to a duration phrase; `now that` is a conjunction.
                if self.is(i + 1, W::That) {
                    return None;
                }
                Timex::new(i, i + 1, Label::Date, "PRESENT_REF")
            }
            W::Currently | W::Nowadays => Timex::new(i, i + 1, Label::Date, "PRESENT_REF"),
            // `most recently last October`: the date that follows says when.
            W::Recently if i > 0 && self.raw_is(i - 1, "most") => return None,
            W::Recently => Timex::new(i, i + 1, Label::Date, "PAST_REF"),
            W::Current if !matches!(self.lex(i + 1), Lex::Unit { .. }) => {
                Timex::new(i, i + 1, Label::Date, "PRESENT_REF")
            }
            // `This is VOA Today`: a programme's name.
            W::Today if self.cap(i) && !self.all_caps(i) && !self.sentence_start(i) => return None,
            W::Today => Timex::new(i, i + 1, Label::Date, n.day(0)).day(),
            W::Yesterday => self.with_day_part(Timex::new(i, i + 1, Label::Date, n.day(-1)).day()),
            // `the people of tomorrow`: the future in general, not the next day.
            W::Tomorrow if i > 0 && self.is(i - 1, W::Of) => return None,
            W::Tomorrow => self.with_day_part(Timex::new(i, i + 1, Label::Date, n.day(1)).day()),
            W::Tonight => Timex::new(i, i + 1, Label::Time, format!("{}TNI", n.day(0))),
            _ => return None,
        };
        Some(t)
    }

    // ----- absolute dates ---------------------------------------------------------

    /// A year number at `i` (`1990`), if it reads as a year here.
    fn year_value(&self, i: usize, strict: bool) -> Option<i32> {
        let Lex::Int { v, digits: 4 } = self.lex(i) else {
            return None;
        };
        let range = if strict { 1800..=2099 } else { 1000..=2999 };
        if !range.contains(&v) {
            return None;
        }
        if strict {
            // `Resolution 2254`, `$2000`, `2000 fighters`, `1990%`.
            if i > 0 {
                let prev = self.lex(i - 1);
                if matches!(prev, Lex::Punct('$' | '#' | '\u{a3}' | '\u{20ac}')) {
                    return None;
                }
                if prev == Lex::Other && self.cap(i - 1) && !self.sentence_start(i - 1) {
                    let p = self.raw(i - 1).to_ascii_lowercase();
                    if !matches!(p.as_str(), "since" | "until" | "by" | "before" | "after" | "during" | "from" | "through" | "summer" | "winter" | "spring") {
                        return None;
                    }
                }
            }
            if matches!(self.lex(i + 1), Lex::Punct('%')) || self.counted_noun(i + 1) {
                return None;
            }
        }
        Some(v as i32)
    }

    /// A year after a month or season: `1994` or `nineteen ninety-four`, with the
    /// token after it.
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year_value(i, false) {
            return Some((y, i + 1));
        }
        let t = self.spoken_year(i)?;
        Some((t.value.parse().ok()?, t.end))
    }

    fn counted_noun(&self, k: usize) -> bool {
        let raw = self.raw(k);
        matches!(
            raw.to_ascii_lowercase().as_str(),
            "people" | "fighters" | "troops" | "soldiers" | "civilians" | "men" | "women" | "children"
                | "persons" | "members" | "dollars" | "percent" | "residents" | "refugees" | "families"
                | "militants" | "rebels" | "killed" | "dead" | "wounded" | "injured" | "km" | "miles"
                | "meters" | "metres" | "feet" | "tons" | "tonnes" | "barrels" | "shares" | "units"
                | "points" | "jobs" | "employees" | "workers" | "students" | "votes" | "cases"
        )
    }

    /// `1990`, `1990 and beyond`.
    fn year(&self, i: usize) -> Option<Timex> {
        let y = self.year_value(i, true)?;
        Some(Timex::new(i, i + 1, Label::Date, fmt_year(y)))
    }

    /// `fiscal 1989`, `fiscal year 1990`, `fiscal second-quarter`.
    fn fiscal(&self, i: usize, depth: u8) -> Option<Timex> {
        let mut j = i + 1;
        if matches!(self.lex(j), Lex::Unit { unit: Unit::Year, plural: false }) {
            j += 1;
        }
        if let Some(y) = self.year_value(j, false) {
            return Some(Timex::new(i, j + 1, Label::Date, fmt_year(y)));
        }
        let inner = self.at_depth(i + 1, depth + 1)?;
        if inner.label != Label::Date || !inner.value.contains('Q') {
            return None;
        }
        let mut t = inner;
        t.start = i;
        Some(t.np())
    }

    fn day_number(&self, i: usize) -> Option<u32> {
        match self.lex(i) {
            Lex::Int { v: v @ 1..=31, digits: 1 | 2 } => Some(v as u32),
            Lex::OrdNum(v @ 1..=31) => Some(v),
            _ => None,
        }
    }

    /// The month at `i` with its abbreviation dot: `(month, next token)`.
    fn month_word(&self, i: usize) -> Option<(u32, usize, bool)> {
        let Lex::Month { m, abbr } = self.lex(i) else {
            return None;
        };
        let dot = abbr && self.glued(i + 1, '.');
        Some((m, if dot { i + 2 } else { i + 1 }, abbr && !dot))
    }

    /// `June 1, 2015`, `Dec. 25`, `March 2011`, `June of 2014`, `May`.
    fn month_first(&self, i: usize) -> Option<Timex> {
        let (m, j, bare_abbr) = self.month_word(i)?;
        let Lex::Month { abbr, .. } = self.lex(i) else {
            return None;
        };
        if let Some(d) = self.day_number(j) {
            // `June 1, 2015`, `June 1 2015`
            let mut k = j + 1;
            if self.punct(k, ',') && self.year_value(k + 1, false).is_some() {
                k += 1;
            }
            if let Some(y) = self.year_value(k, false) {
                if let Some(date) = Ymd::new(i64::from(y), m, d) {
                    return Some(Timex::new(i, k + 1, Label::Date, fmt_ymd(date)).day());
                }
                return None;
            }
            let v = self.norm.month_day(m, d, self.tense(i, j + 1))?;
            return Some(Timex::new(i, j + 1, Label::Date, v).day());
        }
        let mut k = j;
        if self.punct(k, ',') || self.is(k, W::Of) {
            k += 1;
        }
        if let Some((y, end)) = self.year_after(k) {
            return Some(Timex::new(i, end, Label::Date, fmt_ym(y, m)));
        }
        // `June last year`, `January this year`
        if let (Some(W::Last | W::This | W::Next), Lex::Unit { unit: Unit::Year, plural: false }) = (self.w(j), self.lex(j + 1)) {
            let off = match self.w(j) {
                Some(W::Last) => -1,
                Some(W::Next) => 1,
                _ => 0,
            };
            let y = self.norm.year(off);
            return Some(Timex::new(i, j + 2, Label::Date, format!("{y}-{m:02}")));
        }
        // A month alone: capitalised, not an abbreviation, `May` only where a month fits.
        if bare_abbr || abbr || !self.cap(i) {
            return None;
        }
        if self.is(j, W::Of) || (self.raw_is(j, "for") && !self.month_context(i)) {
            return None;
        }
        if m == 5 && !self.month_context(i) {
            return None;
        }
        if m == 3 && self.sentence_start(i) && !self.month_context(i) {
            return None;
        }
        // `by August`, `through January`: a deadline, so ahead (a weekday after `by` is
        // as often past: `had filed by Wednesday`).
        let deadline = i > 0 && ["until", "till", "through", "by"].iter().any(|w| self.raw_is(i - 1, w));
        let tense = if deadline { Tense::Future } else { self.tense(i, j) };
        Some(Timex::new(i, j, Label::Date, self.norm.month_of(m, tense, Rel::Bare)))
    }

    fn month_context(&self, i: usize) -> bool {
        i > 0
            && (matches!(
                self.lex(i - 1),
                Lex::Word(W::In | W::Of | W::Last | W::Next | W::This | W::Early | W::Late | W::Mid)
            ) || matches!(self.raw(i - 1).to_ascii_lowercase().as_str(), "since" | "until" | "through" | "by" | "during" | "from" | "before" | "after"))
    }

    /// `April 24 and [25]`: a bare day number coordinated with the day just read.
    fn coordinated_day(&self, i: usize) -> Option<Timex> {
        let d = self.day_number(i)?;
        let conj = i.checked_sub(1)?;
        if self.prev_end != conj || !["and", "or", "to", "through"].iter().any(|w| self.raw_is(conj, w)) {
            return None;
        }
        let prev = self.anchor.day?;
        if d <= prev.d || self.unit_at(i + 1).is_some() {
            return None;
        }
        let date = Ymd::new(i64::from(prev.y), prev.m, d)?;
        Some(Timex::new(i, i + 1, Label::Date, fmt_ymd(date)).day())
    }

    /// `1 June 2015`, `25th of December`.
    fn day_first(&self, i: usize) -> Option<Timex> {
        let d = self.day_number(i)?;
        let mut j = i + 1;
        if self.is(j, W::Of) {
            j += 1;
        }
        let (m, k, bare_abbr) = self.month_word(j)?;
        if bare_abbr {
            return None;
        }
        let mut end = k;
        let mut y = None;
        if self.punct(end, ',') && self.year_value(end + 1, false).is_some() {
            end += 1;
        }
        if let Some(v) = self.year_value(end, false) {
            y = Some(v);
            end += 1;
        } else {
            end = k;
        }
        let v = match y {
            Some(y) => fmt_ymd(Ymd::new(i64::from(y), m, d)?),
            None => self.norm.month_day(m, d, self.tense(i, k))?,
        };
        Some(Timex::new(i, end, Label::Date, v).day())
    }

    /// `06/01/2015`, `6/1/15`.
    fn slash(&self, i: usize, a: u32, b: u32, c: u32, c_digits: u8) -> Option<Timex> {
        let (m, d) = match self.order {
            DateOrder::MonthFirst => (a, b),
            DateOrder::DayFirst => (b, a),
        };
        let y = if c_digits == 2 {
            if c < 50 {
                2000 + c
            } else {
                1900 + c
            }
        } else {
            c
        };
        let date = Ymd::new(i64::from(y), m, d)?;
        Some(Timex::new(i, i + 1, Label::Date, fmt_ymd(date)).day())
    }

    /// `Monday`, `Friday, Oct. 23`, `Tuesday morning`, `Fridays`.
    fn weekday(&self, i: usize) -> Option<Timex> {
        let Lex::Weekday { d, plural } = self.lex(i) else {
            return None;
        };
        if plural {
            if let Lex::DayPart(p) = self.lex(i + 1) {
                return Some(Timex::new(i, i + 2, Label::Set, format!("XXXX-WXX-{d}T{p}")));
            }
            return Some(Timex::new(i, i + 1, Label::Set, format!("XXXX-WXX-{d}")));
        }
        // `Friday, Oct. 23, 1998`
        let mut j = i + 1;
        if self.punct(j, ',') {
            j += 1;
        }
        if let Some(t) = self.month_first(j).or_else(|| self.day_first(j)) {
            if t.day {
                let mut t = t;
                t.start = i;
                return Some(t);
            }
        }
        let v = self.norm.weekday(d, self.tense(i, i + 1), Rel::Bare);
        Some(self.with_day_part(Timex::new(i, i + 1, Label::Date, v).day()))
    }

    /// `the summer of 2014`, `summer 2014`, `summer`.
    fn season(&self, i: usize) -> Option<Timex> {
        let Lex::Season(s) = self.lex(i) else {
            return None;
        };
        let mut j = i + 1;
        if self.is(j, W::Of) {
            j += 1;
        }
        if let Some((y, end)) = self.year_after(j) {
            return Some(Timex::new(i, end, Label::Date, format!("{}-{s}", fmt_year(y))).np());
        }
        if !matches!(s, "SU" | "WI") {
            // `spring` and `fall` alone are too often something else.
            if !(i > 0 && self.is(i - 1, W::The) && self.is(i + 1, W::Of)) {
                return None;
            }
        }
        if self.is(i + 1, W::Of) {
            return None;
        }
        Some(Timex::new(i, i + 1, Label::Date, self.norm.season_of(s, self.tense(i, i + 1), Rel::Bare)).np())
    }

    /// `third quarter`, `the first quarter of 2015`, `first half`, `20th century`,
    /// `the first nine months`.
    fn ordinal(&self, i: usize) -> Option<Timex> {
        let n = match self.lex(i) {
            Lex::Ordinal(n) | Lex::OrdNum(n) => n,
            _ => return None,
        };
        let j = i + 1;
        match self.lex(j) {
            Lex::Unit { unit: Unit::Quarter, plural: false } if (1..=4).contains(&n) => {
                let mut k = j + 1;
                if self.is(k, W::Of) || self.punct(k, ',') {
                    k += 1;
                }
                if let Some(y) = self.year_value(k, false) {
                    return Some(Timex::new(i, k + 1, Label::Date, format!("{}-Q{n}", fmt_year(y))).np());
                }
                let v = self.norm.quarter_of(n, self.tense(i, j + 1), Rel::Bare);
                Some(Timex::new(i, j + 1, Label::Date, v).np())
            }
            Lex::Word(W::Half) if (1..=2).contains(&n) => {
                let mut k = j + 1;
                if self.is(k, W::Of) {
                    k += 1;
                }
                if let Some(y) = self.year_value(k, false) {
                    return Some(Timex::new(i, k + 1, Label::Date, format!("{}-H{n}", fmt_year(y))).np());
                }
                if self.is(j + 1, W::Of) {
                    return None;
                }
                Some(Timex::new(i, j + 1, Label::Date, format!("{}-H{n}", self.norm.year(0))).np())
            }
            // `today is the eighth day of Desert Shield`: a day counted up to now.
            Lex::Unit { unit: Unit::Day, plural: false } if n > 1 && !self.raw_is(j + 1, "long") => {
                Some(Timex::new(i, j + 1, Label::Date, self.norm.day(0)).np().day())
            }
            Lex::Unit { unit: Unit::Century, plural: false } if (1..=30).contains(&n) => {
                Some(Timex::new(i, j + 1, Label::Date, format!("{:02}", n - 1)).np())
            }
            // `the first hours of the war`
            Lex::Unit { unit, plural: true } if n == 1 && i > 0 && self.is(i - 1, W::The) => {
                Some(Timex::new(i, j + 1, Label::Duration, dur(Count::X, unit)).np())
            }
            _ => {
                // `the first nine months`
                let (c, k) = self.count(j)?;
                if self.is(j, W::A) {
                    return None;
                }
                let (unit, plural) = self.unit_at(k)?;
                if !plural {
                    return None;
                }
                Some(Timex::new(i, k + 1, Label::Duration, dur(c, unit)).np())
            }
        }
    }

    /// `Christmas`, `Christmas Eve`, `Thanksgiving Day`, `Election Day`, `New Year's Day`,
    /// resolved like a month and day (`rel` for `last Thanksgiving`).
    fn holiday(&self, i: usize, rel: Rel) -> Option<Timex> {
        let day_after = |k: usize| matches!(self.lex(k), Lex::Unit { unit: Unit::Day, plural: false }) && self.cap(k);
        // The holiday's rule, or `None` for a fixed month and day; where it falls; its end.
        let (rule, fixed, end): (Option<Holiday>, (u32, Option<u32>), usize) = match self.w(i)? {
            W::Holiday(h) => {
                if !self.cap(i) || (h.needs_day() && !day_after(i + 1)) {
                    return None;
                }
                if h == Holiday::Christmas && self.raw_is(i + 1, "eve") {
                    (None, (12, Some(24)), i + 2)
                } else {
                    (Some(h), h.month_day(), if day_after(i + 1) { i + 2 } else { i + 1 })
                }
            }
            // `New Year's Day`, `New Year's Eve`
            W::New if self.cap(i) && self.cap(i + 1) && self.punct(i + 2, '\'') && self.raw_is(i + 3, "s") => {
                let Lex::Unit { unit: Unit::Year, plural: false } = self.lex(i + 1) else {
                    return None;
                };
                if self.raw_is(i + 4, "eve") {
                    (None, (12, Some(31)), i + 5)
                } else if day_after(i + 4) {
                    (None, (1, Some(1)), i + 5)
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        let date_in = |y: i32| match (rule, fixed) {
            (Some(h), _) => h.date(y),
            (None, (m, d)) => Ymd::new(i64::from(y), m, d?),
        };
        let v = self.norm.yearly(date_in, self.tense(i, end), rel).unwrap_or_else(|| match fixed {
            (m, Some(d)) => format!("XXXX-{m:02}-{d:02}"),
            (m, None) => format!("XXXX-{m:02}"),
        });
        Some(Timex::new(i, end, Label::Date, v).day())
    }

    // ----- times of day -------------------------------------------------------------

    /// `a.m.`/`p.m.`/`am`/`pm` at `i`: whether p.m., and the next token.
    fn am_pm(&self, i: usize) -> Option<(bool, usize)> {
        let raw = self.raw(i);
        if raw.eq_ignore_ascii_case("am") || raw.eq_ignore_ascii_case("pm") {
            return Some((raw.as_bytes().first().is_some_and(|b| b.eq_ignore_ascii_case(&b'p')), i + 1));
        }
        let pm = if raw.eq_ignore_ascii_case("a") {
            false
        } else if raw.eq_ignore_ascii_case("p") {
            true
        } else {
            return None;
        };
        if !self.glued(i + 1, '.') || !self.raw_is(i + 2, "m") {
            return None;
        }
        let next = if self.glued(i + 3, '.') { i + 4 } else { i + 3 };
        Some((pm, next))
    }

    /// `10:35 a.m.`, `5 p.m. EST Nov. 9`, `noon Thursday`, `10 p.m. Wednesday`.
    fn clock(&self, i: usize) -> Option<Timex> {
        let (h, min, mut j) = match self.lex(i) {
            Lex::Clock { h, min } => match self.am_pm(i + 1) {
                Some((pm, j)) if (1..=12).contains(&h) => (h % 12 + if pm { 12 } else { 0 }, min, j),
                Some(_) => return None,
                None => {
                    if h > 23 {
                        return None;
                    }
                    (h, min, i + 1)
                }
            },
            Lex::Int { v: v @ 1..=12, digits: 1 | 2 } => {
                let (pm, j) = self.am_pm(i + 1)?;
                (v as u32 % 12 + if pm { 12 } else { 0 }, 0, j)
            }
            Lex::HourAmPm(h) => (h, 0, i + 1),
            Lex::Word(W::Noon | W::Midday) => (12, 0, i + 1),
            Lex::Word(W::Midnight) => (24, 0, i + 1),
            _ => return None,
        };
        if self.is(j, W::Zone) {
            j += 1;
        }
        let mut k = j;
        if self.punct(k, ',') {
            k += 1;
        }
        let day = match self.lex(k) {
            Lex::Weekday { plural: false, .. } | Lex::Month { .. } | Lex::Word(W::Today | W::Yesterday | W::Tomorrow) => {
                self.at_depth(k, 1).filter(|t| t.day && t.label == Label::Date)
            }
            _ => None,
        };
        // Without a day of its own, a clock time is on the narrative's current day.
        let (date, end) = match day {
            Some(t) => (t.value, t.end),
            None => (self.anchor.day.map_or_else(|| self.norm.day(0), fmt_ymd), j),
        };
        Some(Timex::new(i, end, Label::Time, format!("{date}T{h:02}:{min:02}")))
    }
}
