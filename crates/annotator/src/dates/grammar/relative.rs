//! Relative and deictic expressions: `this year`, `last week`, `next Friday`, `the past
//! two weeks`, `that year`, `the following month`, `now`, `today`, `yesterday morning`,
//! `year-end`, `year-ago`.

use super::{dur, Count, Grammar, Label, Timex};
use crate::dates::calendar::{add_months, year_ok};
use crate::dates::lexicon::{Lex, Unit, WordList, W};
use crate::dates::normalize::{fmt_iso_week, fmt_year, fmt_ym, fmt_ymd, Rel, Tense};

/// How many years before the DCT the text must have gone for a present-tense `today`
/// to be the present in general, set against that past ([`Grammar::today_against_past`]).
const ERA_YEARS: i32 = 10;

/// The most tokens scanned on each side of `today` for a tense cue in its clause.
const CLAUSE_SCAN: usize = 14;

impl Grammar<'_> {
    /// `year-end`, `year end`, `year's end`.
    pub(super) fn year_end(&self, i: usize) -> Option<Timex> {
        let end = if self.is(i + 1, W::End) {
            i + 2
        } else if self.punct(i + 1, '\'') && self.in_list(i + 2, WordList::PossessiveS) && self.is(i + 3, W::End) {
            i + 4
        } else {
            return None;
        };
        Some(Timex::new(i, end, Label::Date, self.norm.year(0)).with_mod(Some("END")))
    }

    /// `year-ago`, `year-earlier` (`quarter`, `period`, `third quarter`).
    pub(super) fn year_ago(&self, i: usize) -> Option<Timex> {
        let next = self.toks.get(i + 1)?;
        if next.space_before || !matches!(next.lex, Lex::Word(W::Ago | W::Earlier)) {
            return None;
        }
        let mut end = i + 2;
        if let Lex::Ordinal(_) | Lex::OrdNum(_) = self.lex(end) {
            if matches!(self.lex(end + 1), Lex::Unit { unit: Unit::Quarter, .. }) {
                end += 2;
            }
        } else if matches!(self.lex(end), Lex::Unit { unit: Unit::Quarter, .. }) || self.in_list(end, WordList::Period) {
            end += 1;
        }
        let t = if self.finance {
            Timex::new(i, end, Label::Date, self.reported(-4)).anaphoric()
        } else {
            Timex::new(i, end, Label::Date, self.norm.year(-1))
        };
        Some(if end > i + 2 { t.np() } else { t })
    }

    /// `this year`, `last week`, `next Friday`, `the past two weeks`, `recent years`.
    pub(super) fn relative(&self, i: usize) -> Option<Timex> {
        let mut w = self.w(i)?;
        let mut j = i + 1;
        // `expected to last six weeks`, `could last years`: the verb `last`, whose
        // duration follows it (twelfth round).
        if w == W::Last && self.verb_last(i) {
            return None;
        }
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
        if w == W::Latest && self.in_list(j, WordList::Period) {
            return Some(Timex::new(i, j + 1, Label::Date, self.reported(0)).np().anaphoric());
        }
        // `the next day`, `the following month`: a step from the story's time (`next
        // week` without `the` is the DCT's).
        if matches!(w, W::Following | W::Previous | W::Next) && i > 0 && self.is(i - 1, W::The) {
            if let Some(t) = self.following(i, j, if w == W::Previous { -1 } else { 1 }) {
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
                    if let Some((unit, plural)) = self.unit_at(k) {
                        // `the next five-year plan`: `next` picks the plan, the
                        // adjective alone is the duration (twelfth round); `the past
                        // 12-month period` names the stretch itself.
                        let adjective = !plural && self.hyphen_joined(k) && matches!(self.lex(k + 1), Lex::Word(_) | Lex::Other);
                        if adjective {
                            if !self.in_list(k + 1, WordList::PeriodNoun) {
                                return None;
                            }
                            return Some(Timex::new(i, k + 2, Label::Duration, dur(n, unit)).np());
                        }
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
                // `the following days`, `the previous weeks` (eleventh round).
                (W::Recent | W::Coming | W::Past | W::Last | W::Next | W::Following | W::Previous, _) => {
                    Timex::new(i, j + 1, Label::Duration, dur(Count::X, unit)).np()
                }
                _ => return None,
            },
            Lex::Unit { unit, plural: false } => {
                if matches!(w, W::Recent | W::These) {
                    return None;
                }
                if self.cap(j) && (!self.sentences().follows_mark(i) || self.cap(i) && !self.all_caps(j)) {
                    // `"This Week"`, `ABC's "This Week"`: a title.
                    return None;
                }
                // `last year's quarter`, `last year's period` in an earnings report
                if unit == Unit::Year
                    && self.finance
                    && self.punct(j + 1, '\'')
                    && self.in_list(j + 2, WordList::PossessiveS)
                    && (self.in_list(j + 3, WordList::Period)
                        || matches!(self.lex(j + 3), Lex::Unit { unit: Unit::Quarter, plural: false }))
                {
                    return Some(Timex::new(i, j + 4, Label::Date, self.reported(off * 4)).np().anaphoric());
                }
                // `this year's third quarter`, `next year's first quarter`
                if unit == Unit::Year && self.punct(j + 1, '\'') && self.in_list(j + 2, WordList::PossessiveS) {
                    if let (Lex::Ordinal(q @ 1..=4), Lex::Unit { unit: Unit::Quarter, plural: false }) = (self.lex(j + 3), self.lex(j + 4))
                    {
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
                    // `the past decade`, `the coming decade`: ten years up to or from
                    // now (TimeML), not the calendar decade.
                    Unit::Decade if off != 0 => {
                        return Some(Timex::new(i, j + 1, Label::Duration, dur(Count::N(1), unit)).np());
                    }
                    // (`this century` as the DCT's and `the past century` as P100Y were
                    // measured in the eighth round: tuning strict span F1 0.9008 ->
                    // 0.9001 and value F1 0.8253 -> 0.8247, held-out value 0.8459 -> 0.8449.)
                    Unit::Decade => norm.decade(off),
                    // `the past fortnight`, `the next fortnight`: the two weeks up to
                    // or from now (nineteenth round); `last fortnight` is left.
                    Unit::Fortnight if off != 0 && w != W::Last => {
                        return Some(Timex::new(i, j + 1, Label::Duration, dur(Count::N(1), unit)).np());
                    }
                    _ => return None,
                };
                Timex::new(i, j + 1, Label::Date, v).np()
            }
            Lex::Weekday { d, plural: false } if !matches!(w, W::Recent | W::These | W::Current) => {
                // `this coming Sunday, March eighth`: the date that follows says which.
                if self.punct(j + 1, ',') {
                    if let Some(t) = self.month_first(j + 2).filter(|t| t.day) {
                        return Some(Timex::new(i, t.end, Label::Date, t.value).day());
                    }
                }
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

    /// `last` at `i` is the verb (`to last six weeks`, `will last for years`, `may last
    /// days`): a modal, `to` or a negation before it and a count or plural unit after
    /// it. `fell to last year's level` (a singular unit) stays a date.
    pub(super) fn verb_last(&self, i: usize) -> bool {
        i > 0
            && self.in_list(i - 1, WordList::VerbBefore)
            && (self.count(i + 1).is_some_and(|(_, k)| self.unit_at(k).is_some())
                || matches!(self.lex(i + 1), Lex::Unit { plural: true, .. }))
    }

    /// `that year`, `that same day`, `that quarter`: the period of the reference time.
    /// Also `the same day` through [`Grammar::the`].
    pub(super) fn that(&self, i: usize) -> Option<Timex> {
        let mut j = i + 1;
        if self.is(j, W::Same) {
            j += 1;
        }
        // `arrested that Thursday`, `by that Friday evening`: the first such weekday
        // from the story's day on, once the text has stated one (eleventh round).
        if let (Lex::Weekday { d, plural: false }, false) = (self.lex(j), self.anchor.seeded) {
            let day = self.anchor.day?;
            let ahead = (i64::from(d) - i64::from(day.weekday())).rem_euclid(7);
            let v = fmt_ymd(day.add_days(ahead)?);
            if let Lex::DayPart(p) = self.lex(j + 1) {
                return Some(Timex::new(i, j + 2, Label::Time, format!("{v}T{p}")).anaphoric());
            }
            return Some(Timex::new(i, j + 1, Label::Date, v).anaphoric().day());
        }
        // `that evening`, `that night`: a part of the reference day.
        if let Lex::DayPart(p) = self.lex(j) {
            let day = self.anchor.day?;
            return Some(Timex::new(i, j + 1, Label::Time, format!("{}T{p}", fmt_ymd(day))).anaphoric().np());
        }
        // `that autumn`, `that same winter`: the season of the reference year (twelfth
        // round).
        if let Lex::Season(s) = self.lex(j) {
            let y = self.anchor.year?;
            return Some(Timex::new(i, j + 1, Label::Date, format!("{}-{s}", fmt_year(y))).anaphoric().np());
        }
        let Lex::Unit { unit, plural: false } = self.lex(j) else {
            return None;
        };
        let a = &self.anchor;
        let v = match unit {
            Unit::Year => fmt_year(a.year?),
            Unit::Month => a.month.map(|(y, m)| fmt_ym(y, m))?,
            Unit::Day => fmt_ymd(a.day?),
            // `that week`: the week of the reference day.
            Unit::Week => fmt_iso_week(a.day?),
            Unit::Quarter => a.quarter.map(|(y, q)| format!("{y:04}-Q{q}"))?,
            _ => return None,
        };
        let t = Timex::new(i, j + 1, Label::Date, v).anaphoric().np();
        Some(if unit == Unit::Day { t.day() } else { t })
    }

    /// `by then`, `until then`: the time the text last named, at its granularity
    /// (`since then` is left alone: it opens a stretch, and TimeBank leaves it untagged).
    pub(super) fn until_then(&self, i: usize) -> Option<Timex> {
        if !(self.in_list(i, WordList::Then) && i > 0 && self.in_list(i - 1, WordList::UntilThen)) {
            return None;
        }
        // `by then current prices`, `by then-President Bush`: `then` modifies what follows.
        if matches!(self.lex(i + 1), Lex::Word(W::Current))
            || self.toks.get(i + 1).is_some_and(|t| !t.space_before && !matches!(t.lex, Lex::Punct(_)))
        {
            return None;
        }
        // With no time named yet, `then` is some event's time, not the DCT.
        if self.anchor.seeded {
            return None;
        }
        Some(Timex::new(i, i + 1, Label::Date, self.anchor.last_value()?).anaphoric())
    }

    /// `the following year`, `the previous month`, `the previous Friday`: a step from the
    /// reference time, when the text has given one.
    pub(super) fn following(&self, i: usize, j: usize, off: i64) -> Option<Timex> {
        let a = &self.anchor;
        let v = match self.lex(j) {
            Lex::Unit { unit: Unit::Year, plural: false } => fmt_year(year_ok(i64::from(a.year?) + off)?),
            Lex::Unit { unit: Unit::Month, plural: false } => {
                let (y, m) = a.month?;
                let (y, m) = add_months(y, m, off)?;
                fmt_ym(y, m)
            }
            // `the following week`: the week after the reference day's.
            Lex::Unit { unit: Unit::Week, plural: false } => fmt_iso_week(a.day?.add_days(off.checked_mul(7)?)?),
            Lex::Unit { unit: Unit::Day, plural: false } => fmt_ymd(a.day?.add_days(off)?),
            // `the next morning`: a part of the day after, a TIME as SCHEME's `Monday
            // night` (eleventh round; TimeBank's one case gives the day alone).
            Lex::DayPart(p) => {
                let v = format!("{}T{p}", fmt_ymd(a.day?.add_days(off)?));
                return Some(Timex::new(i, j + 1, Label::Time, v).np());
            }
            Lex::Weekday { d, plural: false } => {
                let day = a.day?;
                let diff = i64::from(d) - i64::from(day.weekday());
                let step = if off < 0 {
                    if diff >= 0 {
                        diff - 7
                    } else {
                        diff
                    }
                } else if diff <= 0 {
                    diff + 7
                } else {
                    diff
                };
                fmt_ymd(day.add_days(step)?)
            }
            _ => return None,
        };
        // The story moves on: `the next day` is the reference for what follows.
        Some(Timex::new(i, j + 1, Label::Date, v).np())
    }

    /// `Monday night`, `yesterday morning`: a day followed by a part of the day.
    pub(super) fn with_day_part(&self, t: Timex) -> Timex {
        if let Lex::DayPart(p) = self.lex(t.end) {
            if let Lex::Weekday { plural: true, .. } = self.lex(t.start) {
                return t;
            }
            return Timex::new(t.start, t.end + 1, Label::Time, format!("{}T{p}", t.value));
        }
        t
    }

    /// `Within a year Germany was reunited; today the line of the wall is marked by
    /// cobblestones`, `Eighty years ago ... Only a handful of the veterans are alive
    /// today`: a `today` in a present-tense clause, after the text has gone back
    /// [`ERA_YEARS`] or more before the DCT, is the present set against that past
    /// (PRESENT_REF), not the day of the DCT (fifteenth round). A past or future cue in
    /// its own clause (`;` bounds it) keeps the day (`said today`, `will vote today`), and
    /// so does a quotation.
    fn today_against_past(&self, i: usize) -> bool {
        let (Some(dct), Some(y)) = (self.norm.dct, self.anchor.year) else {
            return false;
        };
        if self.anchor.seeded || dct.y - y < ERA_YEARS {
            return false;
        }
        let bound = |k: usize| self.sentences().ends(k) || self.punct(k, ';');
        // `is marked`, `are kept`: a participle after a present `be` is no past.
        let tensed = |k: usize, before: bool| match self.cue(k, before) {
            Some(Tense::Past) => !k.checked_sub(1).is_some_and(|p| self.in_list(p, WordList::NotPastBefore)),
            Some(_) => true,
            None => false,
        };
        let mut k = i;
        for _ in 0..CLAUSE_SCAN {
            let Some(p) = k.checked_sub(1).filter(|&p| !bound(p)) else {
                break;
            };
            // A speaker quoted says `today` of the day they speak (`"For Poland, high
            // noon comes today"`).
            if tensed(p, true) || matches!(self.lex(p), Lex::Punct('`' | '"' | '\u{201c}')) {
                return false;
            }
            k = p;
        }
        for k in i + 1..(i + 1 + CLAUSE_SCAN).min(self.toks.len()) {
            if bound(k) {
                break;
            }
            if tensed(k, false) {
                return false;
            }
        }
        true
    }

    /// `now`, `today`, `yesterday morning`, `recently`, `tonight`.
    pub(super) fn deictic(&self, i: usize) -> Option<Timex> {
        let n = &self.norm;
        let t = match self.w(i)? {
            // `now that` (a conjunction) still says `now`: TimeBank tags it.
            W::Now => Timex::new(i, i + 1, Label::Date, "PRESENT_REF"),
            W::Currently | W::Nowadays => Timex::new(i, i + 1, Label::Date, "PRESENT_REF"),
            // `most recently last October`: the date that follows says when.
            W::Recently if i > 0 && self.in_list(i - 1, WordList::Most) => return None,
            W::Recently => Timex::new(i, i + 1, Label::Date, "PAST_REF"),
            // `rowed against the current for six hours`: the noun, where a preposition
            // or punctuation follows `the current` (twentieth round).
            W::Current
                if i > 0 && self.is(i - 1, W::The) && (matches!(self.lex(i + 1), Lex::Punct(_)) || self.in_list(i + 1, WordList::For)) =>
            {
                return None
            }
            W::Current if !matches!(self.lex(i + 1), Lex::Unit { .. }) => Timex::new(i, i + 1, Label::Date, "PRESENT_REF"),
            // `This is VOA Today`: a programme's name.
            W::Today if self.cap(i) && !self.all_caps(i) && !self.sentences().follows_mark(i) => return None,
            // `today's youth`, `in today's world`: the present in general, not the DCT's day.
            W::Today
                if self.punct(i + 1, '\'')
                    && self.in_list(i + 2, WordList::PossessiveS)
                    && (self.in_list(i + 3, WordList::GenericNow) || self.in_list(i + 4, WordList::GenericNow)) =>
            {
                Timex::new(i, i + 1, Label::Date, "PRESENT_REF")
            }
            W::Today if self.today_against_past(i) => Timex::new(i, i + 1, Label::Date, "PRESENT_REF"),
            W::Today => Timex::new(i, i + 1, Label::Date, n.day(0)).day(),
            W::Yesterday => self.with_day_part(Timex::new(i, i + 1, Label::Date, n.day(-1)).day()),
            // `the people of tomorrow`: the future in general, not the next day.
            W::Tomorrow if i > 0 && self.is(i - 1, W::Of) => return None,
            W::Tomorrow => self.with_day_part(Timex::new(i, i + 1, Label::Date, n.day(1)).day()),
            W::Tonight => Timex::new(i, i + 1, Label::Time, format!("{}TNI", n.day(0))),
            // `sealed off the park overnight.`, `Rain will spread overnight, clearing by`:
            // the adverb at a clause's end is the night before the DCT in past news and
            // the DCT's night ahead (twentieth round); before a noun it is an adjective
            // (`overnight rates`, `an overnight stay`).
            W::Overnight if matches!(self.lex(i + 1), Lex::Punct('.' | ',' | ';')) || i + 1 == self.toks.len() => {
                let back = i64::from(self.tense(i, i + 1) == Tense::Past);
                Timex::new(i, i + 1, Label::Time, format!("{}TNI", n.day(-back)))
            }
            _ => return None,
        };
        Some(t)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{check, check_rows, check_table, DCT};

    /// `by then` names the time the text last named; `today's world` is the present in
    /// general; a weekday's date after a comma says which one.
    #[test]
    fn anaphora_and_generic_rows() {
        // Twentieth round: `overnight` at a clause's end is a night, the DCT's ahead and
        // the one before in past news; before a noun it is an adjective. `the current`
        // before a preposition is the noun. DCT 1998-02-05.
        check(
            "Snow will spread from the north overnight, clearing by noon.",
            DCT,
            &[("overnight", "TIME", "1998-02-05TNI"), ("noon", "TIME", "1998-02-05T12:00")],
        );
        check("Troops sealed off the square overnight.", DCT, &[("overnight", "TIME", "1998-02-04TNI")]);
        check("Banks lent more at overnight rates.", DCT, &[]);
        check("The boat drifted with the current for an hour.", DCT, &[("an hour", "DURATION", "PT1H")]);
        check("The current government fell.", DCT, &[("current", "DATE", "PRESENT_REF")]);
        check(
            "The treaty expired on Nov. 30. Until then, the border stayed open.",
            DCT,
            &[("Nov. 30", "DATE", "1997-11-30"), ("then", "DATE", "1997-11-30")],
        );
        check(
            "The rebels reached the city in March 1991. By then, the army had fled.",
            DCT,
            &[("March 1991", "DATE", "1991-03"), ("then", "DATE", "1991-03")],
        );
        check_rows(&[
            // Nothing named yet, and `since then` opens a stretch: no expression.
            ("By then, the city had fallen.", "", "", "", ""),
            ("Since then, the city has been quiet.", "", "", "", ""),
            ("The plan was approved by then-President Bush.", "", "", "", ""),
            ("The problem is felt in today's world.", "", "today", "DATE", "PRESENT_REF"),
            ("In today's meeting the council voted.", "", "today", "DATE", "1998-02-05"),
            ("Women's Day is this coming Sunday, March eighth.", "1998-03-05", "this coming Sunday, March eighth", "DATE", "1998-03-08"),
        ]);
    }

    /// Before the text names any time, anaphora resolve against the DCT (news mode):
    /// `that night`, `the next day`, `the day before` in a report's first lines are
    /// expressions with the DCT as their reference; once a date is named, it is the
    /// reference instead (narrative).
    /// Written for the ninth round (issue 15), DCT 1998-02-05 (a Thursday).
    #[test]
    #[rustfmt::skip]
    fn anaphora_before_any_named_time_take_the_dct() {
        check_table(DCT, &[
            ("Hostilities resumed that night.", &[("that night", "TIME", "1998-02-05TNI")]),
            ("That evening, shelling resumed in the old city.", &[("That evening", "TIME", "1998-02-05TEV")]),
            ("Earlier that day, police sealed the road.", &[("Earlier that day", "DATE", "1998-02-05")]),
            ("The next day, troops withdrew.", &[("The next day", "DATE", "1998-02-06")]),
            ("The following morning the town fell.", &[("The following morning", "TIME", "1998-02-06TMO")]),
            ("Later that week, the army returned.", &[("Later that week", "DATE", "1998-W06")]),
            ("Earlier that month, talks had failed.", &[("Earlier that month", "DATE", "1998-02")]),
            ("Later that year the law was repealed.", &[("Later that year", "DATE", "1998")]),
            ("The day before, police had arrested him.", &[("The day before", "DATE", "1998-02-04")]),
            ("Rebels attacked on Monday. That night the town fell.", &[("Monday", "DATE", "1998-02-02"), ("That night", "TIME", "1998-02-02TNI")]),
            ("The siege began in June 1990. That year, the harvest failed.", &[("June 1990", "DATE", "1990-06"), ("That year", "DATE", "1990")]),
            ("The siege began in June 1990. That day, the wells ran dry.", &[("June 1990", "DATE", "1990-06")]),
        ]);
    }

    /// Relative words count from the DCT (1998-02-05, ISO week 6).
    #[test]
    fn deictic_expressions_from_the_dct() {
        check("Profits rose this year.", DCT, &[("this year", "DATE", "1998")]);
        check("The rebels withdrew last week.", DCT, &[("last week", "DATE", "1998-W05")]);
        check("They vote next Friday.", DCT, &[("next Friday", "DATE", "1998-02-06")]);
        check("Prices fell over the past two weeks.", DCT, &[("the past two weeks", "DURATION", "P2W")]);
        check("They returned the following month.", DCT, &[("the following month", "DATE", "1998-03")]);
        check("The army is now in control.", DCT, &[("now", "DATE", "PRESENT_REF")]);
        check("Talks resume today.", DCT, &[("today", "DATE", "1998-02-05")]);
        check("He was shot yesterday morning.", DCT, &[("yesterday morning", "TIME", "1998-02-04TMO")]);
        check("Stocks rose before year-end.", DCT, &[("year-end", "DATE", "1998")]);
    }

    /// `the following week`, `the previous week`, `that week`: the week of the story's
    /// reference day, stepped.
    /// Written for the seventh round (issue 15), DCT 2016-03-10 (a Thursday).
    #[test]
    #[rustfmt::skip]
    fn weeks_from_the_story() {
        check_table("2016-03-10", &[
            ("The ferry sank off Sulawesi on Jan. 13, 2012. The following week, salvage crews arrived.", &[("Jan. 13, 2012", "DATE", "2012-01-13"), ("The following week", "DATE", "2012-W03")]),
            ("Floods hit Chennai on Dec. 1, 2015. That week, schools stayed shut.", &[("Dec. 1, 2015", "DATE", "2015-12-01"), ("That week", "DATE", "2015-W49")]),
            ("Zambia voted on Sept. 20, 2011. The previous week, two candidates withdrew.", &[("Sept. 20, 2011", "DATE", "2011-09-20"), ("The previous week", "DATE", "2011-W37")]),
        ]);
    }

    /// `the next morning`, `the following evening`: a part of the day after the
    /// reference day, a TIME as SCHEME's `Monday night` (eleventh round, issue 15).
    #[test]
    #[rustfmt::skip]
    fn next_day_parts_are_times() {
        check_table("2009-11-09", &[
            ("The wall opened at 10:45 p.m. on Thursday, Nov. 9, 1989, and by the next morning crowds were chipping at it.", &[
                ("10:45 p.m.", "TIME", "1989-11-09T22:45"),
                ("Thursday, Nov. 9, 1989", "DATE", "1989-11-09"),
                ("the next morning", "TIME", "1989-11-10TMO"),
            ]),
            ("The quake struck on Sept. 19, 1985. A strong aftershock struck the next evening.", &[
                ("Sept. 19, 1985", "DATE", "1985-09-19"),
                ("the next evening", "TIME", "1985-09-20TEV"),
            ]),
            ("They landed on July 20, 1969 and left the following afternoon.", &[
                ("July 20, 1969", "DATE", "1969-07-20"),
                ("the following afternoon", "TIME", "1969-07-21TAF"),
            ]),
        ]);
    }

    /// `the following days`, `the previous weeks`: a stretch of unsaid length (eleventh
    /// round, issue 15).
    #[test]
    fn following_plural_units() {
        check_table(
            "2015-07-11",
            &[
                ("Over the following days, troops killed about 8,000 men.", &[("the following days", "DURATION", "PXD")]),
                ("In the previous weeks, prices had doubled.", &[("the previous weeks", "DURATION", "PXW")]),
            ],
        );
    }

    /// `that Thursday`, `that Friday evening`: the first such weekday from the story's
    /// day on, `that` inside the extent; before any stated time, the weekday alone
    /// (eleventh round, issue 15).
    #[test]
    #[rustfmt::skip]
    fn that_weekday_follows_the_story() {
        check_table("2016-02-09", &[
            ("The bombs exploded on April 15, 2013, and by that Friday evening the suspect was found.", &[
                ("April 15, 2013", "DATE", "2013-04-15"),
                ("that Friday evening", "TIME", "2013-04-19TEV"),
            ]),
            ("She vanished on Saturday, Sept. 22, 2012. The man, arrested that Thursday, is in custody.", &[
                ("Saturday, Sept. 22, 2012", "DATE", "2012-09-22"),
                ("that Thursday", "DATE", "2012-09-27"),
            ]),
            ("He said that Friday was the deadline.", &[("Friday", "DATE", "2016-02-05")]),
        ]);
    }
}
