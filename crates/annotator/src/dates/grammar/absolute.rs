//! Absolute dates: years (`1990`, `nineteen ninety-six`, `fiscal 1989`), month and day
//! (`June 1, 2015`, `1 June 2015`, `Dec. 25`, `March 2011`, `06/01/2015`) and weekdays
//! (`Friday, Oct. 23`).

use super::{Grammar, Label, Timex};
use crate::dates::calendar::{quarter_of_month, Ymd};
use crate::dates::lexicon::{Lex, Unit, WordList, W};
use crate::dates::normalize::{fmt_year, fmt_ym, fmt_ymd, Grain, Rel, Tense};
use crate::DateOrder;

/// How many tokens before `until` and a weekday a present `be` still makes it a
/// schedule's end (`is open daily until Sunday`).
const SCHEDULE_SCAN: usize = 6;

/// The most tokens before a weekday scanned for a future in the past (`would`).
const FUTURE_IN_PAST_SCAN: usize = 14;

impl Grammar<'_> {
    /// `nineteen ninety-six`: a year in words.
    pub(super) fn spoken_year(&self, i: usize) -> Option<Timex> {
        let Lex::NumWord(c @ 10..=20) = self.lex(i) else {
            return None;
        };
        let Lex::NumWord(t @ 10..=90) = self.lex(i + 1) else {
            return None;
        };
        // `ninety-six`, `ninety six`: the view's compound (`tens_unit`).
        let (y, end) = match self.tens_unit(i + 1) {
            Some(tu) => (c * 100 + tu, i + 3),
            None => (c * 100 + t, i + 2),
        };
        Some(Timex::new(i, end, Label::Date, fmt_year(y as i32)))
    }

    /// A year number at `i` (`1990`), if it reads as a year here.
    /// `last year`, `this year`, `next year` at `k`: the year it names (as the DCT's
    /// year moved) and the token after it.
    pub(super) fn relative_year(&self, k: usize) -> Option<(String, usize)> {
        let off = match (self.w(k), self.lex(k + 1)) {
            (Some(W::Last), Lex::Unit { unit: Unit::Year, plural: false }) => -1,
            (Some(W::This), Lex::Unit { unit: Unit::Year, plural: false }) => 0,
            (Some(W::Next), Lex::Unit { unit: Unit::Year, plural: false }) => 1,
            _ => return None,
        };
        Some((self.norm.year(off), k + 2))
    }

    pub(super) fn year_value(&self, i: usize, strict: bool) -> Option<i32> {
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
                if prev == Lex::Other
                    && self.cap(i - 1)
                    && !self.sentences().follows_mark(i - 1)
                    && !self.in_list(i - 1, WordList::YearPreposition)
                {
                    return None;
                }
            }
            // `the war of 1983-2009 killed …`: the second year of a range counts nothing.
            let range_end =
                i > 0 && matches!(self.lex(i - 1), Lex::Int { digits: 4, .. }) && self.toks.get(i).is_some_and(|t| !t.space_before);
            if matches!(self.lex(i + 1), Lex::Punct('%')) || (self.counted_noun(i + 1) && !range_end) {
                return None;
            }
            // `(1800 GMT)`: a clock time in a time zone, no year.
            if self.is(i + 1, W::Zone) {
                return None;
            }
        }
        Some(v as i32)
    }

    /// A year after a month or season: `1994` or `nineteen ninety-four`, with the
    /// token after it.
    pub(super) fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year_value(i, false) {
            return Some((y, i + 1));
        }
        let t = self.spoken_year(i)?;
        Some((t.value.parse().ok()?, t.end))
    }

    pub(super) fn counted_noun(&self, k: usize) -> bool {
        self.in_list(k, WordList::CountedNoun)
    }

    /// `1990`, `1990 and beyond`.
    pub(super) fn year(&self, i: usize) -> Option<Timex> {
        let y = self.year_value(i, true)?;
        let end = if self.in_list(i + 1, WordList::And) && self.in_list(i + 2, WordList::Beyond) { i + 3 } else { i + 1 };
        Some(Timex::new(i, end, Label::Date, fmt_year(y)))
    }

    /// `post-1959`, `pre-1990s`: a prefix glued to a year or a decade is inside the
    /// extent; the value is the year's or the decade's.
    pub(super) fn prefixed_year(&self, i: usize, depth: u8) -> Option<Timex> {
        if !self.in_list(i, WordList::PrePost) || self.toks.get(i + 1).is_none_or(|t| t.space_before) {
            return None;
        }
        if !matches!(self.lex(i + 1), Lex::Int { digits: 4, .. } | Lex::Decade(_)) {
            return None;
        }
        let mut t = self.at_depth(i + 1, depth + 1).filter(|t| t.label == Label::Date)?;
        t.start = i;
        // `the pre-1990s market`: the prefixed form is an adjective, the article is the noun's.
        t.np = false;
        Some(t)
    }

    /// `fiscal 1989`, `fiscal year 1990`, `fiscal second-quarter`.
    pub(super) fn fiscal(&self, i: usize, depth: u8) -> Option<Timex> {
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

    /// `FY15`, `FY2024`, `FY 2024`: a fiscal year, valued `FY2015` as the TIDES
    /// guidelines and our news sets write it (sixteenth round; `fiscal 1989` keeps
    /// TimeBank's `1989`, and TimeBank has no abbreviation to say otherwise).
    pub(super) fn fiscal_abbrev(&self, i: usize) -> Option<Timex> {
        let digits = self.raw(i).get(2..)?;
        let (y, end) = match (digits.len(), self.lex(i + 1)) {
            (0, Lex::Int { v, digits: 4 }) if (1900..=2099).contains(&v) => (v, i + 2),
            (0, Lex::Int { v, digits: 2 }) => (v, i + 2),
            (2 | 4, _) => (digits.parse::<u64>().ok()?, i + 1),
            _ => return None,
        };
        let y = match y {
            0..=49 => 2000 + y,
            50..=99 => 1900 + y,
            y => y,
        };
        Some(Timex::new(i, end, Label::Date, format!("FY{}", fmt_year(i32::try_from(y).ok()?))))
    }

    pub(super) fn day_number(&self, i: usize) -> Option<u32> {
        match self.lex(i) {
            Lex::Int { v: v @ 1..=31, digits: 1 | 2 } => Some(v as u32),
            Lex::OrdNum(v @ 1..=31) => Some(v),
            _ => None,
        }
    }

    /// The day after a month name at `j`: a number (`June 1`, `June 1st`) or, as spoken
    /// news writes it, an ordinal word (`March eighth`, `May twenty first`); with the
    /// token after it. An ordinal before a unit is no day (`June third quarter`).
    pub(super) fn day_after_month(&self, j: usize) -> Option<(u32, usize)> {
        if let Some(d) = self.day_number(j) {
            return Some((d, j + 1));
        }
        let (d, end) = match (self.lex(j), self.lex(j + 1)) {
            (Lex::NumWord(t @ (20 | 30)), Lex::Ordinal(u @ 1..=9)) => (t as u32 + u, j + 2),
            (Lex::Ordinal(d @ 1..=31), _) => (d, j + 1),
            _ => return None,
        };
        if d > 31 || matches!(self.lex(end), Lex::Unit { .. } | Lex::Word(W::Half)) {
            return None;
        }
        Some((d, end))
    }

    /// The month at `i` with its abbreviation dot: `(month, next token)`.
    pub(super) fn month_word(&self, i: usize) -> Option<(u32, usize, bool)> {
        let Lex::Month { m, abbr } = self.lex(i) else {
            return None;
        };
        let dot = abbr && self.glued(i + 1, '.');
        Some((m, if dot { i + 2 } else { i + 1 }, abbr && !dot))
    }

    /// `June 1, 2015`, `Dec. 25`, `March 2011`, `June of 2014`, `May`.
    pub(super) fn month_first(&self, i: usize) -> Option<Timex> {
        let (m, j, bare_abbr) = self.month_word(i)?;
        let Lex::Month { abbr, .. } = self.lex(i) else {
            return None;
        };
        if let Some((d, day_end)) = self.day_after_month(j) {
            // `June 1, 2015`, `June 1 2015`, `March eighth`
            let mut k = day_end;
            if self.punct(k, ',') && self.year_value(k + 1, false).is_some() {
                k += 1;
            }
            if let Some(y) = self.year_value(k, false) {
                if let Some(date) = Ymd::new(i64::from(y), m, d) {
                    return Some(Timex::new(i, k + 1, Label::Date, fmt_ymd(date)).day());
                }
                return None;
            }
            let v = self.norm.month_day(m, d, self.tense(i, day_end))?;
            return Some(Timex::new(i, day_end, Label::Date, v).day());
        }
        let mut k = j;
        if self.punct(k, ',') || self.is(k, W::Of) {
            k += 1;
        }
        if let Some((y, end)) = self.year_after(k) {
            return Some(Timex::new(i, end, Label::Date, fmt_ym(y, m)));
        }
        // `June last year`, `January this year`, `March of this year` (twentieth round)
        let jy = if self.is(j, W::Of) { j + 1 } else { j };
        if let Some((y, end)) = self.relative_year(jy) {
            return Some(Timex::new(i, end, Label::Date, format!("{y}-{m:02}")));
        }
        // A month alone: capitalised, not an abbreviation, `May` only where a month fits.
        if bare_abbr || abbr || !self.cap(i) {
            return None;
        }
        // `the December quarter`: the quarter the month is in (as Australian and Indian
        // reports name quarters; fourteenth round).
        if matches!(self.lex(j), Lex::Unit { unit: Unit::Quarter, plural: false }) && i > 0 && self.is(i - 1, W::The) {
            let ym = self.norm.month_of(m, self.tense(i, j + 1), Rel::Bare);
            let y = ym.split_once('-').map_or("XXXX", |(y, _)| y);
            return Some(Timex::new(i, j + 1, Label::Date, format!("{y}-Q{}", quarter_of_month(m))).np());
        }
        if self.is(j, W::Of) || (self.in_list(j, WordList::For) && !self.month_context(i)) {
            return None;
        }
        if m == 5 && !self.month_context(i) {
            return None;
        }
        // `March will start cold`, `March was the wettest`: a month as the subject of
        // the sentence's verb (twelfth round); `March on Washington` stays out.
        if m == 3 && self.sentences().follows_mark(i) && !self.month_context(i) && !self.in_list(j, WordList::MonthSubjectVerb) {
            return None;
        }
        // `by August`, `through January`: a deadline, so ahead (a weekday after `by` is
        // as often past: `had filed by Wednesday`).
        let deadline = i > 0 && self.in_list(i - 1, WordList::Deadline);
        let tense = if deadline { Tense::Future } else { self.tense(i, j) };
        Some(Timex::new(i, j, Label::Date, self.norm.month_of(m, tense, Rel::Bare)))
    }

    pub(super) fn month_context(&self, i: usize) -> bool {
        // `April-May`, `from April to May`, `March or May`: the second end of a range or
        // a pair of months, so a month fits.
        let month_at = |k: Option<usize>| k.is_some_and(|k| matches!(self.lex(k), Lex::Month { .. }));
        if (self.hyphen_joined(i) && month_at(i.checked_sub(1)))
            || (i > 1 && self.in_list(i - 1, WordList::Coordinator) && month_at(i.checked_sub(2)))
        {
            return true;
        }
        i > 0
            && (matches!(self.lex(i - 1), Lex::Word(W::In | W::Of | W::Last | W::Next | W::This | W::Early | W::Late | W::Mid))
                || self.in_list(i - 1, WordList::MonthPreposition))
    }

    /// `April 24 and [25]`: a bare day number coordinated with the day just read.
    pub(super) fn coordinated_day(&self, i: usize) -> Option<Timex> {
        let d = self.day_number(i)?;
        let conj = i.checked_sub(1)?;
        // `April 24 and 25`, and `May 3-5`: the hyphen of a day range is dropped, so the
        // second day follows the first directly (fourteenth round).
        let hyphen = self.prev_end == i && self.hyphen_joined(i);
        if !hyphen && (self.prev_end != conj || !self.in_list(conj, WordList::Coordinator)) {
            return None;
        }
        let prev = self.anchor.day.filter(|_| !self.anchor.seeded)?;
        if d <= prev.d || self.unit_at(i + 1).is_some() {
            return None;
        }
        let date = Ymd::new(i64::from(prev.y), prev.m, d)?;
        Some(Timex::new(i, i + 1, Label::Date, fmt_ymd(date)).day())
    }

    /// `1 June 2015`, `25th of December`.
    pub(super) fn day_first(&self, i: usize) -> Option<Timex> {
        // A spelled ordinal is a day only before `of` (`the fourth of July`).
        let spelled = || match self.lex(i) {
            Lex::Ordinal(d @ 1..=31) if self.is(i + 1, W::Of) => Some(d),
            _ => None,
        };
        let d = self.day_number(i).or_else(spelled)?;
        let mut j = i + 1;
        if self.is(j, W::Of) {
            j += 1;
        }
        let (m, k, bare_abbr) = self.month_word(j)?;
        // `6 Jul`, `25 Oct 1999`: Singaporean and British papers write the abbreviation
        // without its full stop after a day number; it is a month when capitalised
        // (seventeenth round).
        if bare_abbr && !(self.cap(j) && self.raw(j).len() <= 4) {
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
        } else if k == j + 2 && (k >= self.toks.len() || self.cap(k)) {
            // `on 27 Nov. The council`: written day first, the abbreviation takes no
            // full stop; this one ends the sentence.
            end = j + 1;
        } else {
            end = k;
        }
        let v = match y {
            Some(y) => fmt_ymd(Ymd::new(i64::from(y), m, d)?),
            None => self.norm.month_day(m, d, self.tense(i, k))?,
        };
        Some(Timex::new(i, end, Label::Date, v).day())
    }

    /// `06/01/2015`, `6/1/15`, `12-03-1950`. A first part above 12 is a day
    /// (`14/3/2024`), and a document that writes one such date writes all its
    /// numeric dates day first (sixteenth round); else the configured order.
    pub(super) fn slash(&self, i: usize, a: u32, b: u32, c: u32, c_digits: u8) -> Option<Timex> {
        let day_first = match self.order {
            DateOrder::DayFirst => true,
            DateOrder::MonthFirst => a > 12 || *self.day_first_dates.get_or_init(|| self.writes_day_first()),
        };
        let (m, d) = if day_first { (b, a) } else { (a, b) };
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

    /// Whether a numeric date of the document can only be read day first
    /// (`25/12/2024`).
    #[inline(never)]
    fn writes_day_first(&self) -> bool {
        self.toks.iter().any(|t| matches!(t.lex, Lex::Slash { a: 13..=31, b: 1..=12, .. }))
    }

    /// `(16/01)`, `on 22/01`: a day and a month without a year, in brackets or after
    /// `on` (elsewhere two-digit pairs are scores, ratios and grades). A part above 12
    /// is the day; where both could be months, the reading nearer the DCT wins (a report
    /// dates its events close to its own day; `(01/02)` on 2015-02-01 is 1 February),
    /// the configured order on a tie or without a DCT. The year is the one nearest the
    /// DCT, as for `Jan. 16`.
    pub(super) fn day_month(&self, i: usize, a: u32, b: u32) -> Option<Timex> {
        let bracketed = i > 0 && self.punct(i - 1, '(') && self.punct(i + 1, ')');
        if !(bracketed || (i > 0 && self.is(i - 1, W::On))) {
            return None;
        }
        let tense = self.tense(i, i + 1);
        let read = |m: u32, d: u32| (1..=12).contains(&m).then(|| self.norm.month_day(m, d, tense)).flatten();
        let (first, second) = match self.order {
            DateOrder::MonthFirst => ((a, b), (b, a)),
            DateOrder::DayFirst => ((b, a), (a, b)),
        };
        let v = match (read(first.0, first.1), read(second.0, second.1)) {
            (Some(x), Some(y)) => {
                let gap = |v: &str| match (Ymd::parse_iso(v), self.norm.dct) {
                    (Some(d), Some(dct)) => (d.to_days() - dct.to_days()).abs(),
                    _ => 0,
                };
                if gap(&y) < gap(&x) {
                    y
                } else {
                    x
                }
            }
            (Some(x), None) | (None, Some(x)) => x,
            (None, None) => return None,
        };
        Some(Timex::new(i, i + 1, Label::Date, v).day())
    }

    /// The plural part of the day after weekday `i` (`Tuesday nights`), or after the
    /// weekday coordinated with it (`Monday and Tuesday nights`): its token and code.
    fn plural_day_part_after(&self, i: usize) -> Option<(usize, &'static str)> {
        let k = if matches!(self.lex(i + 1), Lex::DayPart(_)) {
            i + 1
        } else if (self.in_list(i + 1, WordList::And) || self.is(i + 1, W::Or))
            && matches!(self.lex(i + 2), Lex::Weekday { plural: false, .. })
            && matches!(self.lex(i + 3), Lex::DayPart(_))
        {
            i + 3
        } else {
            return None;
        };
        let Lex::DayPart(p) = self.lex(k) else {
            return None;
        };
        self.raw(k).ends_with(['s', 'S']).then_some((k, p))
    }

    /// A future in the past (`would`) before token `i` in its sentence.
    fn future_in_past(&self, i: usize) -> bool {
        (i.saturating_sub(FUTURE_IN_PAST_SCAN)..i)
            .rev()
            .take_while(|&k| !self.sentences().ends(k))
            .any(|k| self.in_list(k, WordList::FutureInPast))
    }

    /// The last expression before token `i` is in `i`'s sentence and its day, the
    /// anchor's, lies after the DCT.
    fn sentence_named_day_ahead(&self, i: usize) -> bool {
        let (Some(day), Some(dct)) = (self.anchor.day, self.norm.dct) else {
            return false;
        };
        if self.anchor.seeded || self.anchor.last != Some(Grain::Day) || day <= dct || self.prev_end > i {
            return false;
        }
        !(self.prev_end..i).any(|k| self.sentences().ends(k))
    }

    /// With no tense cue in its sentence, the weekday at `i` is a schedule's when a
    /// present `be` dates it (`The final is on Sunday`) (sixteenth round; `until` or
    /// `by` shortly before it as a schedule too gained no development row and lost one
    /// value on TimeBank's held-out quarter, aggregate 0.8459 -> 0.8435).
    fn scheduled_day(&self, i: usize) -> bool {
        let p = if i > 0 && self.is(i - 1, W::On) { i - 1 } else { i };
        if p.checked_sub(1).is_some_and(|q| self.in_list(q, WordList::PresentBe)) {
            return true;
        }
        // `His wake is open daily until Sunday`: a present `be` earlier in the clause and
        // `until` before the day, an end still ahead (seventeenth round).
        i.checked_sub(1).is_some_and(|q| self.in_list(q, WordList::Deadline) && !self.raw(q).eq_ignore_ascii_case("by"))
            && (i.saturating_sub(SCHEDULE_SCAN)..i - 1)
                .rev()
                .take_while(|&k| !self.sentences().ends(k) && !self.punct(k, ','))
                .any(|k| self.in_list(k, WordList::PresentBe))
    }

    /// `Wednesday 5th June`, `Saturday 4 November`: a weekday written with a date
    /// whose year the text leaves out names the year, among the story's and those
    /// next to the one inferred, in which the date falls on that weekday (seventeenth
    /// round). A date with its year written keeps it, whatever the weekday.
    fn year_of_weekday(&self, t: &mut Timex, j: usize, d: u32) {
        let Some(date) = Ymd::parse_iso(&t.value) else {
            return;
        };
        if date.weekday() == d || (j..t.end).any(|k| self.year_value(k, false).is_some()) {
            return;
        }
        let story = self.anchor.year.filter(|_| !self.anchor.seeded).map(i64::from);
        let y = i64::from(date.y);
        // A year that would carry the date past the DCT against a past verb before it,
        // or before the DCT against a future one, is not the one meant (`They met on
        // Friday, Oct. 23`); a reporting clause after it does not decide (`begin on
        // Wednesday 5th June, the commission has confirmed`).
        let tense = (t.start.saturating_sub(6)..t.start)
            .rev()
            .take_while(|&k| !self.sentences().ends(k))
            .find_map(|k| self.cue(k, true))
            .unwrap_or(Tense::Unknown);
        let against_tense = |c: &Ymd| match (tense, self.norm.dct) {
            (Tense::Past, Some(dct)) => *c > dct,
            (Tense::Future, Some(dct)) => *c < dct,
            _ => false,
        };
        let fits = [story, Some(y - 1), Some(y + 1)]
            .into_iter()
            .flatten()
            .filter_map(|y| Ymd::new(y, date.m, date.d))
            .find(|c| c.weekday() == d && !against_tense(c));
        if let Some(c) = fits {
            t.value = fmt_ymd(c);
        }
    }

    /// `Saturday night, April 12`, `Tuesday morning, the 3rd of May`: a weekday with its
    /// part of the day, then after a comma a date that falls on that weekday, is that
    /// date (two expressions; without the part of the day they are one, `Friday, Oct.
    /// 23`) (seventeenth round, wave 2).
    fn weekday_in_apposition(&self, i: usize, d: u32) -> Option<String> {
        if !matches!(self.lex(i + 1), Lex::DayPart(_)) || !self.punct(i + 2, ',') {
            return None;
        }
        let mut j = i + 3;
        if self.is(j, W::The) && matches!(self.lex(j + 1), Lex::OrdNum(_) | Lex::Ordinal(_)) {
            j += 1;
        }
        let t = self.month_first(j).or_else(|| self.day_first(j)).filter(|t| t.day)?;
        let date = Ymd::parse_iso(&t.value)?;
        (date.weekday() == d).then_some(t.value)
    }

    /// `Friday week`, `Monday week, 3 June`: (British and Australian) the weekday a week
    /// after the coming one; with a date on that weekday after a comma, one expression
    /// with the date's value (seventeenth round, wave 2).
    fn weekday_week(&self, i: usize, d: u32) -> Option<Timex> {
        if !matches!(self.lex(i + 1), Lex::Unit { unit: Unit::Week, plural: false })
            || !(i + 2 >= self.toks.len() || matches!(self.lex(i + 2), Lex::Punct('.' | ',' | ';' | ':' | ')' | '!' | '?')))
        {
            return None;
        }
        self.week_after(i, i + 2, d)
    }

    /// `a week on Thursday`, `a week on Thursday, 25 July`: as `Thursday week`
    /// (seventeenth round, wave 2).
    pub(super) fn week_on_weekday(&self, i: usize) -> Option<Timex> {
        if !self.is(i, W::A) || !matches!(self.lex(i + 1), Lex::Unit { unit: Unit::Week, plural: false }) || !self.is(i + 2, W::On) {
            return None;
        }
        let Lex::Weekday { d, plural: false } = self.lex(i + 3) else {
            return None;
        };
        // `a week on Friday Island`: a name.
        if self.cap(i + 4) {
            return None;
        }
        self.week_after(i, i + 4, d)
    }

    /// The expression from `i` to `end` naming the weekday `d` a week after the coming
    /// one, or, with a date on that weekday after a comma, that date (one expression).
    fn week_after(&self, i: usize, end: usize, d: u32) -> Option<Timex> {
        if self.punct(end, ',') {
            let dated = self.month_first(end + 1).or_else(|| self.day_first(end + 1)).filter(|t| t.day);
            if let Some(mut t) = dated.filter(|t| Ymd::parse_iso(&t.value).is_some_and(|x| x.weekday() == d)) {
                t.start = i;
                return Some(t);
            }
        }
        let ahead = Ymd::parse_iso(&self.norm.weekday(d, Tense::Future, Rel::Bare))?.add_days(7)?;
        Some(Timex::new(i, end, Label::Date, fmt_ymd(ahead)).day())
    }

    /// `Monday`, `Friday, Oct. 23`, `Tuesday morning`, `Fridays`.
    pub(super) fn weekday(&self, i: usize) -> Option<Timex> {
        let Lex::Weekday { d, plural } = self.lex(i) else {
            return None;
        };
        if plural {
            if let Lex::DayPart(p) = self.lex(i + 1) {
                return Some(Timex::new(i, i + 2, Label::Set, format!("XXXX-WXX-{d}T{p}")));
            }
            return Some(Timex::new(i, i + 1, Label::Set, format!("XXXX-WXX-{d}")));
        }
        // `The Sunday Times`, `the Sunday Telegraph`: a newspaper's name.
        if self.cap(i + 1) && self.in_list(i + 1, WordList::Masthead) {
            return None;
        }
        // `Tuesday nights`: a plural part of the day makes the weekday recur; so does
        // the first of `Monday and Tuesday nights`.
        if let Some((k, p)) = self.plural_day_part_after(i) {
            let end = if k == i + 1 { k + 1 } else { i + 1 };
            return Some(Timex::new(i, end, Label::Set, format!("XXXX-WXX-{d}T{p}")));
        }
        if let Some(t) = self.weekday_week(i, d) {
            return Some(t);
        }
        // `Friday, Oct. 23, 1998`; `Thursday the 22nd of November`, as it is said.
        let mut j = i + 1;
        if self.punct(j, ',') || (self.is(j, W::The) && matches!(self.lex(j + 1), Lex::OrdNum(_) | Lex::Ordinal(_))) {
            j += 1;
        }
        if let Some(t) = self.month_first(j).or_else(|| self.day_first(j)) {
            if t.day {
                let mut t = t;
                t.start = i;
                self.year_of_weekday(&mut t, j, d);
                return Some(t);
            }
        }
        // `Monday, 2:15 a.m.`: a weekday and, after a comma, its time of day are one
        // TIME (a police log's or advisory's heading; fourteenth round).
        if self.punct(i + 1, ',') && matches!(self.lex(i + 2), Lex::Clock { .. } | Lex::HourAmPm(_) | Lex::Int { .. }) {
            if let Some(c) = self.clock(i + 2).filter(|c| c.label == Label::Time) {
                if let Some((_, time)) = c.value.split_once('T') {
                    let day = self.norm.weekday(d, self.tense(i, c.end), Rel::Bare);
                    return Some(Timex::new(i, c.end, Label::Time, format!("{day}T{time}")));
                }
            }
        }
        // `Wednesday's ruling`: a possessive weekday names a day whose event the text
        // already has, whatever the tense around it (`would appeal Wednesday's ruling`).
        // But after `before`, `for`, `until` or `ahead of` the day is still to come when
        // the sentence points ahead (`will hold a minute's silence before Sunday's match`).
        let possessive = self.punct(i + 1, '\'') && self.in_list(i + 2, WordList::PossessiveS);
        let awaited = i.checked_sub(1).is_some_and(|p| {
            self.in_list(p, WordList::PossessiveAhead)
                || (self.is(p, W::Of) && p.checked_sub(1).is_some_and(|q| self.in_list(q, WordList::Ahead)))
        });
        let tense = match self.tense(i, i + 1) {
            Tense::Future if possessive && awaited => Tense::Future,
            _ if possessive => Tense::Past,
            // `will start at 1:11 p.m. on Sunday, after final practice on Friday`: with no
            // cue near it, a weekday follows the day ahead its sentence named before it
            // (fifteenth round).
            Tense::Unknown if self.sentence_named_day_ahead(i) || self.scheduled_day(i) => Tense::Future,
            t => t,
        };
        // `The trial, expected to last until 2021, resumes on Monday`: in a sentence
        // narrating a story, a day ahead is still the speaker's, unless the story
        // itself looks ahead (`They would leave on Friday`) (fifteenth round).
        let v = if let Some(v) = self.weekday_in_apposition(i, d) {
            v
        } else if tense == Tense::Future && self.norm.story.is_some() && !self.future_in_past(i) {
            self.norm.weekday_ahead_of_dct(d)
        } else {
            self.norm.weekday(d, tense, Rel::Bare)
        };
        let t = Timex::new(i, i + 1, Label::Date, v).day();
        // `on the Wednesday.`: a weekday that ends its clause is a noun phrase, its
        // article inside the extent as SCHEME puts determiners (fourteenth round); before
        // another word (`the Monday meeting`) it stays an adjective.
        let head = i + 1 >= self.toks.len() || matches!(self.lex(i + 1), Lex::Punct('.' | ',' | ';' | ':' | ')' | '!' | '?'));
        Some(self.with_day_part(if head { t.np() } else { t }))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{check, check_rows, check_table, DCT};

    /// A month of a year named relative to the DCT, with or without `of` (twentieth
    /// round); `of` before anything else still leaves the month out. DCT 1998-02-05.
    #[test]
    fn month_of_a_relative_year() {
        check("She found the letters in March of this year.", DCT, &[("March of this year", "DATE", "1998-03")]);
        check("The plant closed in October of last year.", DCT, &[("October of last year", "DATE", "1997-10")]);
        check("Talks resume in June of next year.", DCT, &[("June of next year", "DATE", "1999-06")]);
        check("Sales rose in June last year.", DCT, &[("June last year", "DATE", "1997-06")]);
        check("Thousands joined the March of Dimes.", DCT, &[]);
    }

    /// `Friday night, the 11th of June`: a weekday with its part of the day and, after a
    /// comma, a date on that weekday are two expressions on that date; a small hour told
    /// after the night is on the next day (seventeenth round, wave 2).
    #[test]
    #[rustfmt::skip]
    fn weekday_night_in_apposition() {
        check("The jury heard he left on Friday night, the 11th of June, and got home at twenty past one.", "2021-06-15", &[
            ("Friday night", "TIME", "2021-06-11TNI"), ("11th of June", "DATE", "2021-06-11"), ("twenty past one", "TIME", "2021-06-12T01:20"),
        ]);
        check("The raid began on Saturday night, April 3.", "2021-06-15", &[
            ("Saturday night", "TIME", "2021-04-03TNI"), ("April 3", "DATE", "2021-04-03"),
        ]);
    }

    /// `Friday week`, `a week on Thursday`: the weekday a week after the coming one; with a date on that
    /// weekday after a comma, one expression (seventeenth round, wave 2). DCT 2021-06-15
    /// is a Tuesday.
    #[test]
    #[rustfmt::skip]
    fn weekday_week() {
        check_table("2021-06-15", &[
            ("The final is on Friday week.", &[("Friday week", "DATE", "2021-06-25")]),
            ("Talks resume Monday week; the envoy said so.", &[("Monday week", "DATE", "2021-06-28")]),
            ("The final is on Friday week, 2 July, at the Oval.", &[("Friday week, 2 July", "DATE", "2021-07-02")]),
            ("The shop shut on Friday.", &[("Friday", "DATE", "2021-06-11")]),
            ("The games open a week on Thursday.", &[("a week on Thursday", "DATE", "2021-06-24")]),
            ("The games open a week on Thursday, 24 June, in Leeds.", &[("a week on Thursday, 24 June", "DATE", "2021-06-24")]),
            // A name after the weekday: no `week on Thursday` (the weekday alone as before).
            ("She spent a week on Thursday Island.", &[("a week", "DURATION", "P1W"), ("Thursday", "DATE", "2021-06-10")]),
        ]);
    }

    /// A two-part day and month in brackets or after `on` (`(16/01)`), the day being
    /// the part above 12; elsewhere such pairs are no dates.
    /// Written for the ninth round (issue 15), DCT 2015-01-23.
    #[test]
    #[rustfmt::skip]
    fn bracketed_day_and_month() {
        check_table("2015-01-23", &[
            ("A bus was torched on the 11th day (16/01) of the blockade.", &[("the 11th day", "DATE", "2015-01-23"), ("16/01", "DATE", "2015-01-16")]),
            ("Activists tried to march (Khulna on 22/01), but police chased them.", &[("22/01", "DATE", "2015-01-22")]),
            ("Bombs exploded in front of the office Friday (23/01).", &[("Friday", "DATE", "2015-01-23"), ("23/01", "DATE", "2015-01-23")]),
            ("Two people were hurt in a clash (28/12).", &[("28/12", "DATE", "2014-12-28")]),
            // Both parts could be the month: the reading nearer the DCT.
            ("A bus was set on fire (01/02).", &[("01/02", "DATE", "2015-02-01")]),
            ("Bombs were hurled at a bus (12/01).", &[("12/01", "DATE", "2015-01-12")]),
            ("The vote was split 50/50 and the team won 21/12.", &[]),
            ("A ratio of (45/55) was agreed.", &[]),
        ]);
    }

    /// Numeric dates written day first: a dotted date always (`7.3.2024`), a slashed
    /// or dashed one when its first part is above 12 (`14/3/2024`), and then every
    /// numeric date of that document; else month first (sixteenth round).
    #[test]
    #[rustfmt::skip]
    fn day_first_numeric_dates() {
        check_table("2024-03-20", &[
            ("The tribunal sat on 7.3.2024 in Abuja.", &[("7.3.2024", "DATE", "2024-03-07")]),
            ("Nominations closed on 28.02.2024.", &[("28.02.2024", "DATE", "2024-02-28")]),
            ("The accused was remanded until 14/3/2024.", &[("14/3/2024", "DATE", "2024-03-14")]),
            ("Bail was granted on 05/03/2024 and revoked on 19/03/2024.", &[("05/03/2024", "DATE", "2024-03-05"), ("19/03/2024", "DATE", "2024-03-19")]),
            ("The order is dated 25-01-2024.", &[("25-01-2024", "DATE", "2024-01-25")]),
            ("The hearing moved to 3/14/2024.", &[("3/14/2024", "DATE", "2024-03-14")]),
            ("The hearing moved to 03/04/2024.", &[("03/04/2024", "DATE", "2024-03-04")]),
            ("Release 2.10.24 fixed the bug.", &[]),
            ("The score was 3.2.1 at the break.", &[]),
        ]);
    }

    /// A weekday written with a date whose year is left out names the year in which the
    /// date falls on it: the story's, or one next to the year inferred; a year written
    /// stays (seventeenth round, issue 15).
    #[test]
    #[rustfmt::skip]
    fn weekday_names_the_year_of_its_date() {
        check_rows(&[
            ("Exams begin on Wednesday 5th June.", "2024-03-20", "Wednesday 5th June", "DATE", "2024-06-05"),
            ("Term ends no later than Friday 18 December.", "2009-03-20", "Friday 18 December", "DATE", "2009-12-18"),
            ("The season opened on Saturday 23 Aug.", "2015-06-10", "Saturday 23 Aug", "DATE", "2014-08-23"),
            ("The report was dated Monday 3 March 2014.", "2015-06-10", "Monday 3 March 2014", "DATE", "2014-03-03"),
        ]);
        check("The climber who vanished in 1995 had left on Saturday 4 November without a map.", "2002-05-10", &[
            ("1995", "DATE", "1995"), ("Saturday 4 November", "DATE", "1995-11-04"),
        ]);
    }

    /// A sentence in the present tense speaks from the DCT, not from the story the
    /// text retold (an obituary's closing line), and `until` a weekday after a present
    /// `be` is an end still ahead (seventeenth round, issue 15).
    #[test]
    #[rustfmt::skip]
    fn present_tense_ends_the_story() {
        check_rows(&[
            ("The exhibition is open until Friday.", "2015-06-02", "Friday", "DATE", "2015-06-05"),
            ("The museum was shut until Friday.", "2015-06-02", "Friday", "DATE", "2015-05-29"),
        ]);
        check("He heard the appeal on Saturday, Feb. 22, 1986. His wake is open daily until Sunday.", "2022-03-03", &[
            ("Saturday, Feb. 22, 1986", "DATE", "1986-02-22"), ("daily", "SET", "P1D"), ("Sunday", "DATE", "2022-03-06"),
        ]);
    }

    /// A weekday, `the` and an ordinal day of a month, as it is said (`Thursday the
    /// 22nd of November`): one date (seventeenth round, issue 15).
    #[test]
    #[rustfmt::skip]
    fn weekday_the_ordinal_day() {
        check_rows(&[
            ("It's just gone seven on Thursday the 22nd of November.", "1990-11-22", "Thursday the 22nd of November", "DATE", "1990-11-22"),
            ("Friday the 13th was unlucky.", "2005-01-10", "Friday", "DATE", "2005-01-07"),
        ]);
    }

    /// A day number and a month abbreviated without its full stop (`6 Jul`, as
    /// Singaporean and British papers write it); a full stop after it that ends the
    /// sentence stays out (seventeenth round, issue 15).
    #[test]
    #[rustfmt::skip]
    fn day_and_bare_month_abbreviation() {
        check_rows(&[
            ("The orals were held on 6 Jul 1998.", "1999-04-20", "6 Jul 1998", "DATE", "1998-07-06"),
            ("He met the envoy on 3 Jan. The talks failed.", "1999-04-20", "3 Jan", "DATE", "1999-01-03"),
            ("The office shut on 12 Feb for the holiday.", "1999-04-20", "12 Feb", "DATE", "1999-02-12"),
            ("The count was done on 2 Sept as planned.", "1999-10-20", "2 Sept", "DATE", "1999-09-02"),
            ("Sales rose in Jun and Jul.", "1999-10-20", "", "", ""),
        ]);
    }

    /// A relative weekday and, after a comma, the date of that weekday are one DATE
    /// valued by the date; a date of another weekday stays apart (sixteenth round).
    #[test]
    #[rustfmt::skip]
    fn relative_weekday_and_its_date() {
        check_table("1990-10-31", &[
            ("The Cup will be run next Tuesday, 6 November, at Flemington.", &[("next Tuesday, 6 November", "DATE", "1990-11-06")]),
            ("The bill returns this Friday, November 2, for a vote.", &[("this Friday, November 2", "DATE", "1990-11-02")]),
            ("They met last Monday, 29 October.", &[("last Monday, 29 October", "DATE", "1990-10-29")]),
            ("The vote is next Tuesday, 7 November.", &[("next Tuesday", "DATE", "1990-11-06"), ("7 November", "DATE", "1990-11-07")]),
        ]);
    }

    /// A fiscal year by its abbreviation is a DATE valued `FY` and its year
    /// (sixteenth round, issue 15).
    #[test]
    #[rustfmt::skip]
    fn fiscal_year_abbreviations() {
        check_table("2024-03-20", &[
            ("Revenue should grow 12% in FY25.", &[("FY25", "DATE", "FY2025")]),
            ("Output reached 1.2 million tonnes in FY2023.", &[("FY2023", "DATE", "FY2023")]),
            ("Capacity doubles by FY 2027.", &[("FY 2027", "DATE", "FY2027")]),
            ("The fy98 accounts were restated.", &[("fy98", "DATE", "FY1998")]),
            // Any four digits by the shape, past the years a list once spelled out.
            ("The plan runs to FY2055.", &[("FY2055", "DATE", "FY2055")]),
            ("Fy1948 figures were revised.", &[("Fy1948", "DATE", "FY1948")]),
            ("The FYI column ran again.", &[]),
            ("Model FY350 was recalled.", &[]),
            ("Model FY20255 was recalled.", &[]),
        ]);
    }

    /// A four-digit figure before a time zone is a clock time, never a year (a TIME
    /// since the eleventh round, except in brackets after the time it restates).
    /// Written for the ninth round (issue 15), DCT 1998-02-05.
    #[test]
    fn military_time_before_a_zone_is_no_year() {
        check_table(
            DCT,
            &[
                ("The blast struck at 9:30 p.m. local time (1800 GMT).", &[("9:30 p.m.", "TIME", "1998-02-05T21:30")]),
                ("Polls closed at 2000 UTC on Sunday.", &[("2000 UTC", "TIME", "1998-02-01T20:00"), ("Sunday", "DATE", "1998-02-01")]),
                ("The ceasefire began at 1900 EST.", &[("1900 EST", "TIME", "1998-02-05T19:00")]),
                ("The treaty of 1900 ended the war.", &[("1900", "DATE", "1900")]),
            ],
        );
    }

    /// Year extents (`and beyond`, `post-`) and days written as ordinal words.
    #[test]
    fn year_extents_and_spoken_days() {
        check_rows(&[
            ("Forecasts for 1990 and beyond are weak.", "", "1990 and beyond", "DATE", "1990"),
            ("The post-1959 government seized the land.", "", "post-1959", "DATE", "1959"),
            ("Prices fell to pre-1990s levels.", "", "pre-1990s", "DATE", "199"),
            ("The vote is on March eighth.", "", "March eighth", "DATE", "1998-03-08"),
            ("The vote was on January twenty first.", "", "January twenty first", "DATE", "1998-01-21"),
        ]);
        // An ordinal before a unit is no day: `June third quarter`.
        check("Output rose in the June third quarter.", DCT, &[("June", "DATE", "1997-06"), ("third quarter", "DATE", "1997-Q3")]);
    }

    /// A month and day without a year takes the year that puts it nearest before the DCT
    /// in past-tense news (`Dec. 25` told on 1998-02-05 is 1997-12-25).
    #[test]
    fn month_day_year_forms_and_spoken_years() {
        check("The deal was signed on June 1, 2015.", DCT, &[("June 1, 2015", "DATE", "2015-06-01")]);
        check("He arrived on 1 June 2015.", DCT, &[("1 June 2015", "DATE", "2015-06-01")]);
        check("Shops closed on Dec. 25.", DCT, &[("Dec. 25", "DATE", "1997-12-25")]);
        check("The war began in March 2011.", DCT, &[("March 2011", "DATE", "2011-03")]);
        check("The form is dated 06/01/2015.", DCT, &[("06/01/2015", "DATE", "2015-06-01")]);
        check("Sales rose in fiscal 1989.", DCT, &[("fiscal 1989", "DATE", "1989")]);
        check("It happened in nineteen ninety-six.", DCT, &[("nineteen ninety-six", "DATE", "1996")]);
        check("They met on Friday, Oct. 23.", DCT, &[("Friday, Oct. 23", "DATE", "1997-10-23")]);
        check("Profits fell in 1990.", DCT, &[("1990", "DATE", "1990")]);
    }

    /// A capitalised weekday before a newspaper's name is part of the name.
    /// Written for the seventh round (issue 15), DCT 2016-03-10 (a Thursday).
    #[test]
    fn weekday_in_a_masthead() {
        check_table(
            "2016-03-10",
            &[
                ("The Sunday Times reported the sale of the Glasgow yard.", &[]),
                ("Sources told the Sunday Telegraph that the Lagos deal was off.", &[]),
            ],
        );
    }
}
