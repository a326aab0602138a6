//! The date grammar: hand-written recognisers over the token stream.
//!
//! [`Grammar::at`] tries, at one token, every rule whose first token can start there
//! (a cheap `match` on the token's class) and keeps the longest reading. Rules call one
//! another for their inner parts (`about` + duration, `early` + date, `the` + noun
//! phrase) with a depth bound, so no input can recurse deeply.
//!
//! The rules are split by family, each file with its unit tests:
//!
//! - this file: the [`Grammar`] state, token accessors and the dispatch in
//!   [`Grammar::at`];
//! - [`context`]: the tense of the sentence, from cue words around an expression;
//! - [`durations`]: counts and units (`18 months`, `a year ago`, `for years`);
//! - [`phrases`]: modifiers (`about`, `early`) and `the` + noun phrase;
//! - [`relative`]: `this year`, `last week`, `that day`, `now`, `yesterday`;
//! - [`absolute`]: years, month and day, numeric dates, weekdays;
//! - [`periods`]: seasons, quarters, halves, centuries, holidays;
//! - [`sets`]: `every Friday`, `each year`;
//! - [`clock`]: `10:35 a.m.`, `noon Thursday`;
//! - [`ranges`]: `2014-2016`, `1989-91` as two expressions, `two to four weeks` as one,
//!   `2:05:30`;
//! - [`narrative`]: the story's own time, the reference of a sentence far from the DCT.
//!
//! Rules see words only through the lexicon: token classes ([`Lex`]) and the word
//! lists of `dates/data/context_words.tsv` ([`WordList`], through
//! [`Grammar::in_list`]); no rule compares raw text with a string literal.

mod absolute;
mod clock;
mod context;
mod durations;
mod narrative;
mod periods;
mod phrases;
mod ranges;
mod relative;
mod sets;

use std::cell::OnceCell;

use super::calendar::{add_quarters, Ymd};
use super::lexicon::{self, ends_with_listed, Lex, Token, Unit, WordList, W};
use super::normalize::{fmt_ymd, Anchor, Rel, TimexNormalizer};
use crate::text::numbers::compound_at;
use crate::text::sentences::TokenSentences;
use crate::DateOrder;
use crate::TextView;

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

pub(crate) use narrative::{far_story_year, STORY_SENTENCES};

const MAX_DEPTH: u8 = 4;

/// The context lists whose words, when the lexicon gives them no class of their own
/// ([`Lex::Other`]), may start a reading: those the `Lex::Other` arm of
/// [`Grammar::at_depth`] tests (`right now`, `until then`, `pre-1990`, `another
/// year`), and no others. [`Grammar::may_start`] passes no other such word, so the
/// many words that are only context (`to`, `for`, `had`) cost no call.
const OTHER_WORD_STARTS: u128 = WordList::Right.bit()
    | WordList::Then.bit()
    | WordList::PrePost.bit()
    | WordList::Another.bit()
    | WordList::QuarterAbbrev.bit()
    | WordList::FiscalAbbrev.bit()
    | WordList::NamedDay.bit()
    | WordList::EraBefore.bit()
    | WordList::VagueCount.bit();

/// The lists a word that marks the half of the day is in (`pm`, the `p` of `p.m.`):
/// after a dotted number, a clock may follow ([`Grammar::may_start`]).
const MERIDIEM_STARTS: u128 = WordList::Am.bit() | WordList::Pm.bit() | WordList::AmInitial.bit() | WordList::PmInitial.bit();

/// The grammar over one document's tokens.
pub(crate) struct Grammar<'a> {
    pub toks: &'a [Token],
    /// The view `toks` were composed from: the document's text
    /// ([`Grammar::text`]), and its number words give the tens-unit compounds
    /// ([`Grammar::tens_unit`]).
    pub view: &'a TextView<'a>,
    pub norm: TimexNormalizer,
    pub order: DateOrder,
    /// The document talks about quarters (financial reporting conventions apply).
    pub finance: bool,
    /// What the text before the current token last said about time.
    pub anchor: Anchor,
    /// The token just after the last expression emitted (for `April 24 and 25`).
    pub prev_end: usize,
    /// Which tokens end, open or follow a sentence: the view's token reading
    /// ([`lexicon::sentences`]), made on first use, once per document
    /// ([`Grammar::sentences`]).
    pub sentences: OnceCell<TokenSentences>,
    /// Whether the document writes its numeric dates day first
    /// ([`Grammar::slash`]), read on the first such date.
    pub day_first_dates: OnceCell<bool>,
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
        // `four and a half months`: no smaller unit makes a half month or week whole, so a
        // decimal (thirteenth round; the half was dropped before).
        (Count::Half(n), Unit::Month | Unit::Week) if n > 0 => format!("P{n}.5{des}"),
        (Count::Half(n), _) => dur(Count::N(n), unit),
        (Count::N(n), Unit::Weekend) => format!("P{}D", n.saturating_mul(2)),
        (Count::N(n), _) => format!("P{t}{}{des}", n.saturating_mul(unit.multiplier())),
        (Count::X, Unit::Weekend) => "PXD".to_string(),
        (Count::X, _) => format!("P{t}X{des}"),
    }
}

impl<'a> Grammar<'a> {
    /// The quarter an earnings report is about: the one before the DCT's. (Taking the
    /// last quarter the text mentioned instead, `anchor.quarter`, was measured on
    /// TimeBank+AQUAINT: value F1 0.824 -> 0.828 on the tuning split but 0.846 -> 0.841
    /// on the held-out split, so it is not used.)
    fn reported_quarter(&self) -> Option<(i32, u32)> {
        self.norm.dct.and_then(|d| add_quarters(d.y, d.quarter(), -1))
    }

    /// The reported quarter `off` quarters later, as a value.
    fn reported(&self, off: i64) -> String {
        self.reported_quarter()
            .and_then(|(y, q)| add_quarters(y, q, off))
            .map_or_else(|| "XXXX-QX".to_string(), |(y, q)| format!("{y:04}-Q{q}"))
    }

    /// The document's text, which the tokens' byte offsets index.
    pub(crate) fn text(&self) -> &'a str {
        self.view.text()
    }

    /// Which tokens end, open or follow a sentence ([`TokenSentences`], from the
    /// lexicon's classes by [`lexicon::sentences`]); made on the first question, so a
    /// document whose rules never ask pays nothing.
    pub(crate) fn sentences(&self) -> &TokenSentences {
        self.sentences.get_or_init(|| lexicon::sentences(self.toks))
    }

    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::Punct(' '), |t| t.lex)
    }

    /// The value of the tens-unit compound whose tens word is token `i` (`twenty-four`,
    /// `twenty four`: the view's reading, [`compound_at`]), where the grammar's tokens
    /// hold it: the unit word must be token `i + 1`. That is the date grammar's filter
    /// over the shared reading: `compose` drops a glued ASCII hyphen, so `twenty-four`
    /// passes, but keeps other dashes as tokens, so `twenty–four` (an en dash, which
    /// the casualty rules join) does not; a line break between the words is no token
    /// and passes.
    fn tens_unit(&self, i: usize) -> Option<u64> {
        let (tens, unit) = (self.toks.get(i)?, self.toks.get(i + 1)?);
        let found = compound_at(self.view.number_words(), tens.start)?;
        (found.tens == (tens.start, tens.end) && found.unit == (unit.start, unit.end)).then_some(found.value)
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
        self.toks.get(i).and_then(|t| self.text().get(t.start..t.end)).unwrap_or("")
    }

    /// Token `i` is a word of `list` (`data/context_words.tsv`).
    pub(crate) fn in_list(&self, i: usize, list: WordList) -> bool {
        self.toks.get(i).is_some_and(|t| list.in_set(t.lists))
    }

    /// Token `i` ends with one of the endings in `list`.
    fn ends_with(&self, i: usize, list: WordList) -> bool {
        ends_with_listed(self.raw(i), list)
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
        self.toks.get(i).is_some_and(|t| matches!(t.lex, Lex::Other | Lex::Word(_))) && self.hyphen_joined(i)
    }

    /// Token `i` follows the previous token with no space but a character between them
    /// (the hyphen of `day-long`, `April-May`, `third-quarter`).
    pub(super) fn hyphen_joined(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
            && i.checked_sub(1).and_then(|p| self.toks.get(p)).zip(self.toks.get(i)).is_some_and(|(p, t)| p.end < t.start)
    }

    /// Token `i` is written in capitals only (`LAST WEEK` in a headline).
    fn all_caps(&self, i: usize) -> bool {
        !self.raw(i).bytes().any(|b| b.is_ascii_lowercase())
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.lex(i) == Lex::Punct(c)
    }

    /// Whether `pred` holds for a token of the sentence around token `i`, at most 20
    /// tokens each way (fourteenth round).
    pub(crate) fn in_sentence(&self, i: usize, pred: impl Fn(usize) -> bool) -> bool {
        const WINDOW: usize = 20;
        let back = (1..=WINDOW).map_while(|d| i.checked_sub(d)).take_while(|&k| !self.sentences().ends(k)).any(&pred);
        back || (i..(i + WINDOW).min(self.toks.len())).take_while(|&k| k == i || !self.sentences().ends(k - 1)).any(&pred)
    }

    /// Whether a reading may start at token `i`: false for the tokens [`Self::at`]
    /// reads nothing at, whatever follows them (punctuation, grouped numbers, words in
    /// no list: most of a text), so the tagger's loop passes them without the call.
    pub(crate) fn may_start(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| match t.lex {
            Lex::Other => t.lists & OTHER_WORD_STARTS != 0,
            Lex::Punct(_) => false,
            // `9.63 seconds`, `50,000 years` (`Grammar::grouped_measure`).
            // `11.30 pm`, `19.45 GMT` (`Grammar::clock`).
            Lex::Grouped => {
                matches!(self.lex(i + 1), Lex::Unit { .. } | Lex::Word(W::Zone))
                    || self.toks.get(i + 1).is_some_and(|n| n.lists & MERIDIEM_STARTS != 0)
            }
            _ => true,
        })
    }

    /// The longest reading starting at token `i`.
    pub(crate) fn at(&self, i: usize) -> Option<Timex> {
        let mut t = self.at_depth(i, 0)?;
        // `given the vaccine at two months`: a count of days, weeks, months or years after
        // `at` is an age or a point of a schedule, no stretch of time (sixteenth round).
        // (`at a 41-year low` keeps its adjective.)
        if t.label == Label::Duration
            && i > 0
            && self.is(i - 1, W::At)
            && !t.value.contains('T')
            && !t.end.checked_sub(1).is_some_and(|e| self.hyphen_joined(e))
        {
            return None;
        }
        self.habitual(&mut t);
        // `the fifth century AD`: the era is inside the extent (eleventh round).
        if t.label == Label::Date
            && self.in_list(t.end, WordList::Era)
            && self.all_caps(t.end)
            && t.value.bytes().all(|b| b.is_ascii_digit())
        {
            t.end += 1;
        }
        // `next Tuesday, 6 November`: a relative weekday and the date of that weekday
        // after a comma are one expression, valued by the date (sixteenth round; a bare
        // weekday takes its date in `Grammar::weekday`).
        if let (Label::Date, true, Lex::Weekday { d: wd, plural: false }) =
            (t.label, t.day, t.end.checked_sub(1).map_or(Lex::Other, |e| self.lex(e)))
        {
            // (`Ash Wednesday, February 17`: a holiday and its date are two.)
            if t.end - t.start > 1 && self.punct(t.end, ',') && !matches!(self.lex(t.start), Lex::Word(W::Holiday(_))) {
                let date = self.month_first(t.end + 1).or_else(|| self.day_first(t.end + 1));
                if let Some(date) = date.filter(|x| x.day && Ymd::parse_iso(&x.value).is_some_and(|y| y.weekday() == wd)) {
                    t.end = date.end;
                    t.value = date.value;
                }
            }
        }
        // `the autumn term`, `the spring semester`: a school's term is its season
        // (nineteenth round).
        if t.label == Label::Date
            && t.end.checked_sub(1).is_some_and(|e| matches!(self.lex(e), Lex::Season(_)))
            && self.in_list(t.end, WordList::SchoolTerm)
        {
            t.end += 1;
        }
        // `the next year or so`, `a decade or so`: the approximation is inside the extent.
        if matches!(t.label, Label::Date | Label::Duration) && self.is(t.end, W::Or) && self.in_list(t.end + 1, WordList::So) {
            t.end += 2;
        }
        Some(t)
    }

    /// `the auction business is usually conducted in the second and fourth quarters`: a
    /// quarter, half, month or season named without a year, after a habitual adverb in
    /// its sentence, is that period of every year (a SET, `XXXX-Q2`), as TimeML marks a
    /// recurring period. A year in the text (`the fourth quarter of 1990`), a relative
    /// word (`this month`) or a day keeps the calendar reading.
    #[inline(never)]
    fn habitual(&self, t: &mut Timex) {
        const WINDOW: usize = 10;
        if t.label != Label::Date || t.day {
            return;
        }
        let first = if self.is(t.start, W::The) { t.start + 1 } else { t.start };
        if !matches!(self.lex(first), Lex::Ordinal(_) | Lex::OrdNum(_) | Lex::Month { .. } | Lex::Season(_)) {
            return;
        }
        // The nearest cue word (a list test) before anything else, the sentence's end
        // only then, so a document without such a word never builds its sentence
        // reading here.
        let Some(cue) = (1..=WINDOW).filter_map(|d| t.start.checked_sub(d)).find(|&k| self.in_list(k, WordList::Habitual)) else {
            return;
        };
        // No year or other word inside (`the fourth quarter of 1990`, `June last year`).
        let named = (first..t.end).all(|k| !matches!(self.lex(k), Lex::Int { .. } | Lex::Word(_)) || self.is(k, W::Half));
        let Some((year, rest)) = t.value.split_once('-') else {
            return;
        };
        let period = match rest.as_bytes() {
            [b'Q', b'1'..=b'4'] | [b'H', b'1' | b'2'] | [b'0' | b'1', b'0'..=b'9'] => true,
            _ => matches!(rest, "SP" | "SU" | "FA" | "WI"),
        };
        if !named || !period || year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return;
        }
        if !(cue..t.start).any(|k| self.sentences().ends(k)) {
            t.value = format!("XXXX-{rest}");
            t.label = Label::Set;
        }
    }

    fn at_depth(&self, i: usize, depth: u8) -> Option<Timex> {
        // (A list tested in the `Lex::Other` arm below belongs in `OTHER_WORD_STARTS`.)
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
                // Most tokens are such words: one look-up tells which lists it is in.
                let lists = self.toks.get(i).map_or(0, |t| t.lists);
                if lists & OTHER_WORD_STARTS == 0 {
                    return None;
                }
                if WordList::Right.in_set(lists) && self.is(i + 1, W::Now) {
                    consider(Some(Timex::new(i, i + 2, Label::Date, "PRESENT_REF")));
                }
                if WordList::Then.in_set(lists) {
                    // `the then current price`: the present of a past time.
                    if self.is(i + 1, W::Current) && !matches!(self.lex(i + 2), Lex::Unit { .. }) {
                        consider(Some(Timex::new(i, i + 2, Label::Date, "PAST_REF")));
                    }
                    consider(self.until_then(i));
                }
                if WordList::PrePost.in_set(lists) {
                    consider(self.prefixed_year(i, depth));
                }
                if WordList::Another.in_set(lists) {
                    consider(self.another(i, depth));
                }
                if WordList::QuarterAbbrev.in_set(lists) {
                    consider(self.quarter_abbrev(i));
                }
                if WordList::FiscalAbbrev.in_set(lists) {
                    consider(self.fiscal_abbrev(i));
                }
                if WordList::NamedDay.in_set(lists) {
                    consider(self.named_day(i));
                }
                if WordList::VagueCount.in_set(lists) {
                    consider(self.counted(i));
                }
                // `AD 664`: a year of the common era, in four digits (nineteenth round).
                if WordList::EraBefore.in_set(lists) && self.all_caps(i) {
                    if let Lex::Int { v: v @ 1..=2999, digits: 1..=4 } = self.lex(i + 1) {
                        consider(Some(Timex::new(i, i + 2, Label::Date, format!("{v:04}"))));
                    }
                }
            }
            Lex::Punct(_) => {}
            Lex::Grouped => {
                consider(self.grouped_measure(i));
                consider(self.clock(i));
            }
            Lex::Word(w) => match w {
                W::About | W::Around | W::Nearly | W::Under | W::Over | W::More | W::Less | W::At | W::Up | W::No => {
                    consider(self.approx(i, depth))
                }
                W::Early | W::Late | W::Mid | W::Earlier | W::Later => consider(self.position(i, depth)),
                W::The => {
                    consider(self.the(i, depth));
                    consider(self.article_modified(i, depth));
                }
                W::This
                | W::Last
                | W::Next
                | W::Past
                | W::Coming
                | W::Previous
                | W::Following
                | W::Current
                | W::Latest
                | W::Recent
                | W::These => {
                    consider(self.relative(i));
                    consider(self.deictic(i));
                    if w == W::Last {
                        consider(self.nth_in_month(i));
                    }
                }
                W::Every | W::Each => consider(self.set(i)),
                W::That => consider(self.that(i)),
                // `rise 8.5% annually`: a growth rate, not a recurrence.
                W::Set(_) if i > 0 && self.punct(i - 1, '%') => {}
                // `the average daily volume`: a statistic, not a recurrence.
                W::Set(_) if i > 0 && self.in_list(i - 1, WordList::Average) => {}
                // (`daily` between capitalised words as a newspaper, `the Communist Party
                // daily Granma`, was measured in the eighth round: tuning relaxed span F1
                // 0.9553 -> 0.9559, held-out 0.9510 -> 0.9485, where the gold tags it SET.)
                // `Lawrence Summers`: a capitalised word inside a sentence is a name.
                W::Set(_) if self.cap(i) && !self.sentences().follows_mark(i) => {}
                // `its quarterly dividend`: an adjective; `published quarterly.` a SET.
                W::Set(_) if self.in_list(i, WordList::AdverbSet) && !matches!(self.lex(i + 1), Lex::Punct(_)) => {}
                // `twice daily`, `four times daily`: the frequency is inside, as in
                // `twice a day` (eighteenth round).
                W::Set(v) => consider(Some(Timex::new(self.frequency_start(i), i + 1, Label::Set, v))),
                // `a weeklong siege`, `the yearlong inquiry`: as `week-long`.
                W::Lasting(v) => consider(Some(Timex::new(i, i + 1, Label::Duration, v))),
                W::A if self.is(i + 1, W::Later) && self.in_list(i + 2, WordList::Date) => {
                    consider(Some(Timex::new(i, i + 3, Label::Date, "FUTURE_REF")));
                }
                // `for a while`, `for some time`: a duration of unsaid length.
                W::A | W::Some
                    if i > 0
                        && self.in_list(i - 1, WordList::For)
                        && self.in_list(i + 1, if self.is(i, W::A) { WordList::While } else { WordList::Time }) =>
                {
                    consider(Some(Timex::new(i, i + 2, Label::Duration, "PXX")));
                }
                // `some 36 hours`: about.
                W::Some => consider(self.approx(i, depth)),
                W::A | W::Several => {
                    consider(self.counted(i));
                    consider(self.week_on_weekday(i));
                    consider(self.article_period(i));
                    consider(self.article_modified(i, depth));
                }
                W::Fiscal => consider(self.fiscal(i, depth)),
                W::Half => {
                    consider(self.counted(i));
                    if self.is(i + 1, W::Past) {
                        consider(self.clock(i));
                    }
                }
                W::Holiday(_) | W::New => consider(self.holiday(i, Rel::Bare)),
                // `High Noon` is a film.
                W::Noon | W::Midnight | W::Midday if !(i > 0 && self.in_list(i - 1, WordList::High)) => consider(self.clock(i)),
                _ => consider(self.deictic(i)),
            },
            Lex::Month { .. } => {
                consider(self.month_first(i));
            }
            Lex::Weekday { .. } => consider(self.weekday(i)),
            Lex::Int { .. } => {
                consider(self.counted(i));
                consider(self.range_first(i));
                consider(self.range_end_year(i));
                consider(self.coordinated_day(i));
                consider(self.day_first(i));
                // The clock first: `1130 GMT` is a time, not a year.
                consider(self.clock(i));
                consider(self.year(i));
            }
            // `Islam will one day be…`: some day ahead.
            Lex::NumWord(1)
                if matches!(self.lex(i + 1), Lex::Unit { unit: Unit::Day, plural: false })
                    && i > 0
                    && self.in_list(i - 1, WordList::Modal) =>
            {
                consider(Some(Timex::new(i, i + 2, Label::Date, "FUTURE_REF")));
            }
            Lex::NumWord(_) => {
                consider(self.counted(i));
                consider(self.range_first(i));
                consider(self.spoken_year(i));
                if self.is(i + 1, W::Past) || self.is(i + 1, W::To) || self.oclock(i + 1).is_some() {
                    consider(self.clock(i));
                }
            }
            Lex::OrdNum(_) => {
                consider(self.day_first(i));
                consider(self.ordinal(i));
                consider(self.nth_in_month(i));
            }
            Lex::Ordinal(_) => {
                consider(self.ordinal(i));
                consider(self.nth_in_month(i));
            }
            Lex::Iso { y, m, d } => {
                let date = Ymd::new(i64::from(y), m, d);
                // `2023-07-11 22:14`: a timestamp, one TIME (nineteenth round).
                if let (Some(day), Lex::Clock { h: h @ 0..=23, min }) = (date, self.lex(i + 1)) {
                    if self.am_pm(i + 2).is_none() {
                        consider(Some(Timex::new(i, i + 2, Label::Time, format!("{}T{h:02}:{min:02}", fmt_ymd(day)))));
                    }
                }
                consider(date.map(|d| Timex::new(i, i + 1, Label::Date, fmt_ymd(d)).day()));
            }
            Lex::Slash { a, b, c, c_digits } => consider(self.slash(i, a, b, c, c_digits)),
            Lex::DayMonth { a, b } => consider(self.day_month(i, a, b)),
            Lex::Clock { .. } | Lex::HourAmPm(_) => consider(self.clock(i)),
            Lex::Elapsed { h, m, s, frac, frac_digits } => consider(self.elapsed(i, [h, m, s], (frac, frac_digits))),
            // `in his 30s` is an age.
            Lex::Decade(_) if i > 0 && self.in_list(i - 1, WordList::Possessive) => {}
            Lex::Decade(d) => consider(Some(Timex::new(i, i + 1, Label::Date, format!("{d:03}")).np())),
            Lex::Season(_) => consider(self.season(i)),
            Lex::Unit { unit: Unit::Year, plural: false } => {
                consider(self.year_ago(i));
                consider(self.year_end(i));
            }
            // `quarter past nine`, `quarter to two`.
            Lex::Unit { unit: Unit::Quarter, plural: false } if self.is(i + 1, W::Past) || self.is(i + 1, W::To) => {
                consider(self.clock(i));
            }
            Lex::Unit { unit, plural } if self.in_list(i + 1, WordList::Long) && self.glued_word(i + 1) => {
                // `day-long`, `decades-long`
                let n = if plural { Count::X } else { Count::N(1) };
                consider(Some(Timex::new(i, i + 2, Label::Duration, dur(n, unit))));
            }
            Lex::Unit { unit, plural: true } => consider(self.bare_units(i, unit)),
            Lex::Unit { .. } | Lex::DayPart(_) | Lex::DecadeWord(_) => {}
        }
        best
    }
}

/// Table-driven checks shared by the rule families' unit tests.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::dates::DateTagger;

    /// The DCT of every table row unless the row names one.
    pub(crate) const DCT: &str = "1998-02-05";

    /// Tags `text` with `dct` and asserts that exactly the `expected` spans come out,
    /// each as `(span text, TIMEX3 type, value)`, and that each span's text is the slice
    /// of `text` its offsets name.
    pub(crate) fn check(text: &str, dct: &str, expected: &[(&str, &str, &str)]) {
        let mut out = Vec::new();
        DateTagger::default().tag(text, Some(dct), &mut out);
        let got: Vec<(&str, &str, &str)> = out
            .iter()
            .map(|s| {
                let slice = text.get(s.start..s.end).unwrap_or_else(|| panic!("{text:?}: bad offsets {s:?}"));
                assert_eq!(s.text(text), slice, "{text:?}");
                (slice, s.label.as_str(), s.value.as_deref().unwrap_or(""))
            })
            .collect();
        assert_eq!(got, expected, "{text:?} (DCT {dct})");
    }

    /// The expressions a table row expects: `(span text, TIMEX3 type, value)` each.
    pub(crate) type Expected<'a> = &'a [(&'a str, &'a str, &'a str)];

    /// [`check`] for rows of `(text, expected expressions)`, all with `dct`.
    pub(crate) fn check_table(dct: &str, rows: &[(&str, Expected)]) {
        for &(text, expected) in rows {
            check(text, dct, expected);
        }
    }

    /// [`check`] for rows of `(text, DCT, expected span text, type, value)` with one
    /// expression each; an empty expected text asserts that nothing is tagged.
    pub(crate) fn check_rows(rows: &[(&str, &str, &str, &str, &str)]) {
        for &(text, dct, span, label, value) in rows {
            let dct = if dct.is_empty() { DCT } else { dct };
            if span.is_empty() {
                check(text, dct, &[]);
            } else {
                check(text, dct, &[(span, label, value)]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::check_rows;

    /// The dispatch in [`super::Grammar::at`]: one-word starts and what blocks them.
    #[test]
    fn dispatch_rows() {
        check_rows(&[
            ("He left right now.", "", "right now", "DATE", "PRESENT_REF"),
            ("at the then current price", "", "then current", "DATE", "PAST_REF"),
            ("We will decide at a later date.", "", "a later date", "DATE", "FUTURE_REF"),
            ("Islam will one day be free.", "", "one day", "DATE", "FUTURE_REF"),
            ("The film High Noon was shown.", "", "", "", ""),
            ("Prices rose 8.5% annually.", "", "", "", ""),
            ("Output is reviewed annually.", "", "annually", "SET", "P1Y"),
            ("a man in his 30s", "", "", "", ""),
            ("music of the 1960s", "", "the 1960s", "DATE", "196"),
            ("a day-long meeting", "", "day-long", "DURATION", "P1D"),
            ("decades-long conflict", "", "decades-long", "DURATION", "PXY"),
            ("After a weeklong siege, the army entered.", "", "weeklong", "DURATION", "P1W"),
            ("A yearlong inquiry found nothing.", "", "yearlong", "DURATION", "P1Y"),
            ("The daylong talks ended.", "", "daylong", "DURATION", "P1D"),
            ("an hourlong speech", "", "hourlong", "DURATION", "PT1H"),
            ("The decadelong war ended.", "", "decadelong", "DURATION", "P10Y"),
            ("It happened on 1998-01-21.", "", "1998-01-21", "DATE", "1998-01-21"),
            ("Infants were given the vaccine at two months.", "", "", "", ""),
            ("Lambs are weaned at 12 weeks.", "", "", "", ""),
            ("Rates held at 41-year lows.", "", "41-year", "DURATION", "P41Y"),
            ("The talks stalled at least two years ago.", "", "at least two years ago", "DATE", "1996"),
            ("The count stopped at 90 minutes.", "", "90 minutes", "DURATION", "PT90M"),
        ]);
    }
}
