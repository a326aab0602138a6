//! Counts and durations: `18 months`, `two and a half years`, `several days`, `a year
//! ago`, `three weeks from now`, `once a year`, `for years`.

use super::{dur, Count, Grammar, Label, Timex};
use crate::dates::calendar::Ymd;
use crate::dates::lexicon::{Lex, Unit, WordList, W};
use crate::dates::normalize::{fmt_ymd, Tense};

/// Whether `unit` is written after `T` in a duration (hours, minutes, seconds).
fn big_time(unit: Unit) -> bool {
    unit.designator().1
}

impl Grammar<'_> {
    /// A count at `i`: `18`, `two`, `twenty four`, `a`, `a few`, `several`, `a couple of`.
    pub(super) fn count(&self, i: usize) -> Option<(Count, usize)> {
        let (c, mut j) = match self.lex(i) {
            Lex::Int { v, digits } if digits <= 4 => (Count::N(v), i + 1),
            Lex::NumWord(n) => {
                let mut v = n;
                let mut j = i + 1;
                // `twenty-four`, `twenty four`: the view's compound (`tens_unit`).
                if (20..=90).contains(&n) {
                    if let Some(both) = self.tens_unit(i) {
                        v = both;
                        j += 1;
                    }
                }
                if let Lex::NumWord(s @ (100 | 1000)) = self.lex(j) {
                    if n < 100 {
                        v = v.saturating_mul(s);
                        j += 1;
                        // `One hundred and fifty years`, `two hundred twenty-five years`:
                        // the rest of the count, where a unit follows it (twentieth round).
                        let k = if self.in_list(j, WordList::And) { j + 1 } else { j };
                        if let Lex::NumWord(r @ 1..=99) = self.lex(k) {
                            let (r, next) = match self.tens_unit(k) {
                                Some(both) if (20..=90).contains(&r) => (both, k + 2),
                                _ => (r, k + 1),
                            };
                            if matches!(self.lex(next), Lex::Unit { .. }) {
                                v = v.saturating_add(r);
                                j = next;
                            }
                        }
                    }
                }
                (Count::N(v), j)
            }
            Lex::Word(W::A) => match self.lex(i + 1) {
                // `at a later date`
                Lex::Word(W::Later) if self.in_list(i + 2, WordList::Date) => return None,
                Lex::Word(W::Few) => (Count::X, i + 2),
                Lex::Word(W::Couple) if self.is(i + 2, W::Of) => (Count::N(2), i + 3),
                Lex::NumWord(s @ (100 | 1000)) => (Count::N(s), i + 2),
                _ => (Count::N(1), i + 1),
            },
            // `half an hour`, `half a century`
            Lex::Word(W::Half) if self.is(i + 1, W::A) => (Count::Half(0), i + 2),
            Lex::Word(W::Several) => (Count::X, i + 1),
            // `over many months`, `for many years`, not `how many days` (nineteenth round).
            Lex::Other if self.in_list(i, WordList::VagueCount) && !(i > 0 && self.in_list(i - 1, WordList::HowMuch)) => (Count::X, i + 1),
            Lex::Word(W::Few) => (Count::X, i + 1),
            // `the next couple of years`
            Lex::Word(W::Couple) if self.is(i + 1, W::Of) => (Count::N(2), i + 2),
            _ => return None,
        };
        // `2 1/2`, `two and a half`
        let c = match c {
            Count::N(n) if j > i + 1 || !self.is(i, W::A) => {
                if self.in_list(j, WordList::HalfFraction) {
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
        // Ranges (`two to three weeks`) are two expressions: see `ranges`.
        Some((c, j))
    }

    /// `and a half` at `k`.
    pub(super) fn and_a_half(&self, k: usize) -> bool {
        self.in_list(k, WordList::And) && self.is(k + 1, W::A) && self.is(k + 2, W::Half)
    }

    pub(super) fn count_plain(&self, i: usize) -> Option<(Count, usize)> {
        match self.lex(i) {
            Lex::Int { v, digits } if digits <= 4 => Some((Count::N(v), i + 1)),
            Lex::NumWord(n) => Some((Count::N(n), i + 1)),
            _ => None,
        }
    }

    pub(super) fn unit_at(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i) {
            Lex::Unit { unit, plural } => Some((unit, plural)),
            // `a 30-second statement`: the ordinal word `second` glued by a hyphen to
            // a number is the unit (twelfth round; `30 seconds` was read already), but
            // not after a word for tens (`twenty-second` is the ordinal 22nd).
            Lex::Ordinal(2)
                if self.hyphen_joined(i)
                    && i.checked_sub(1).is_some_and(|p| match self.lex(p) {
                        Lex::Int { .. } => true,
                        Lex::NumWord(n) => !(20..100).contains(&n) || n % 10 != 0,
                        _ => false,
                    }) =>
            {
                Some((Unit::Second, false))
            }
            _ => None,
        }
    }

    /// `18 months`, `four-year`, `a year ago`, `several days`, `once a year`.
    pub(super) fn counted(&self, i: usize) -> Option<Timex> {
        // `at 0400 hours` is a time of day (`clock`).
        if self.military_hours(i).is_some() {
            return None;
        }
        let (mut n, mut j) = self.count(i)?;
        if self.in_list(j, WordList::UnitModifier) {
            j += 1;
        }
        let (unit, plural) = self.unit_at(j)?;
        // `half a week` has no TIMEX3 value of whole units.
        if n == Count::Half(0)
            && (plural || !matches!(unit, Unit::Year | Unit::Day | Unit::Hour | Unit::Minute | Unit::Decade | Unit::Century))
        {
            return None;
        }
        // `the Six-Day War`, `the Hundred Years' War`: a capitalised measure before a
        // capitalised noun is part of a name.
        if self.cap(i) && self.cap(j) && !self.sentences().follows_mark(i) && !self.all_caps(j) {
            let mut k = j + 1;
            if self.glued(k, '\'') {
                k += 1;
            }
            if self.cap(k) && self.lex(k) == Lex::Other {
                return None;
            }
        }
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
        // `in 18 months' time`: the point that far ahead, `time` inside the extent.
        if i > 0 && self.is(i - 1, W::In) && self.glued(k, '\'') {
            if plural && self.in_list(k + 1, WordList::Time) {
                return Some(self.ago(i, k + 2, n, unit, true));
            }
            // `in a week's time`
            if !plural && self.in_list(k + 1, WordList::PossessiveS) && self.in_list(k + 2, WordList::Time) {
                return Some(self.ago(i, k + 3, n, unit, true));
            }
        }
        // `a week or so ago`, `two years or so`: an approximation inside the extent.
        if self.is(k, W::Or) && self.in_list(k + 1, WordList::So) {
            k += 2;
        }
        // `$10 million a year ago`: `ago` settles it before the rate checks below.
        let earlier = self.is(k, W::Earlier) && self.toks.get(k).is_some_and(|t| t.space_before) && !self.is(k + 1, W::Than);
        // `a couple of weeks back`: `back` after a count of units is `ago` (fourteenth round).
        let back = self.in_list(k, WordList::AgoBack);
        if ((self.is(k, W::Ago) || back) && self.toks.get(k).is_some_and(|t| t.space_before)) || earlier {
            if let Some(t) = self.years_ago_today(i, k, n, unit) {
                return Some(t);
            }
            return Some(self.ago(i, k + 1, n, unit, false));
        }
        // `a year-earlier loss`, `a day-long meeting`: adjectives, read from the unit.
        if article && (matches!(self.lex(k), Lex::Word(W::Ago | W::Earlier)) || (self.in_list(k, WordList::Long) && self.glued_word(k))) {
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
        if self.in_list(k, WordList::Old) {
            return None;
        }
        // `a 10-minute drive`, `a five-minute walk`: a distance measured in travel time.
        // `an hour's drive` likewise (eleventh round).
        let possessive = self.glued(k, '\'') && self.in_list(k + 1, WordList::PossessiveS);
        if !plural
            && (self.in_list(k, WordList::Travel)
                || (possessive && (self.in_list(k + 2, WordList::Travel) || self.in_list(k + 2, WordList::Measured))))
        {
            return None;
        }
        // `four flights a week`, `$2 million a year`: a rate (`three times a week` is a
        // frequency, below).
        if article && i > 0 && self.is_rate_head(i - 1) && !self.in_list(i - 1, WordList::Times) {
            return None;
        }
        if self.in_list(k, WordList::From) && self.is(k + 1, W::Now) {
            let t = self.ago(i, k + 2, n, unit, true);
            return Some(t);
        }
        // `once a year`, `twice a day`, `three times a week`: the frequency is inside
        // the extent, as TimeML's `freq` is read from it (eleventh round).
        if article && i > 0 && self.in_list(i - 1, WordList::Times) {
            return Some(Timex::new(self.frequency_start(i), k, Label::Set, dur(n, unit)));
        }
        // `in ten years` (the city will double): the point ten years on, a DATE in
        // TimeML; `the first time in ten years` stays a duration.
        if i > 0
            && self.is(i - 1, W::In)
            && matches!(n, Count::N(_))
            && matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Day | Unit::Decade)
            && self.tense(i, k) == Tense::Future
        {
            return Some(self.ago(i, k, n, unit, true));
        }
        // `the nine months` takes its article, `the four-year war`, `the two day rally` do not.
        let adjectival = glued || (!plural && !matches!(n, Count::N(1) | Count::Half(1)));
        // `a three-year period`, `its one-year term`: the head noun names the stretch
        // itself, so it (and an article, see `article_period`) is inside the extent.
        if adjectival && glued && !plural && !article && self.in_list(k, WordList::PeriodNoun) {
            return Some(Timex::new(i, k + 1, Label::Duration, dur(n, unit)).np());
        }
        // `2 hours 16 minutes`, `21 hours and 36 minutes`, `two years and three months`:
        // a smaller unit after the first count is one duration (eleventh round).
        if let Some((end, tail)) = self.duration_tail(k, unit, plural, n) {
            // `6 years 10 months old`: an age.
            if self.in_list(end, WordList::Old) {
                return None;
            }
            return Some(Timex::new(i, end, Label::Duration, format!("{}{tail}", dur(n, unit))));
        }
        let t = Timex::new(i, k, Label::Duration, dur(n, unit));
        Some(if adjectival { t } else { t.np() })
    }

    /// The rest of a compound duration from token `k`, after a whole count `n` of
    /// `unit`: an optional `and`, a number and a smaller unit among years, months,
    /// days, hours, minutes and seconds (`16 minutes` after `2 hours`). The token after
    /// it and the value's tail (`16M`, `T5H`).
    fn duration_tail(&self, k: usize, unit: Unit, plural: bool, n: Count) -> Option<(usize, String)> {
        const ORDER: [Unit; 6] = [Unit::Year, Unit::Month, Unit::Day, Unit::Hour, Unit::Minute, Unit::Second];
        let Count::N(first) = n else {
            return None;
        };
        let rank = |u: Unit| ORDER.iter().position(|&o| o == u);
        let big = rank(unit)?;
        if !plural && first != 1 {
            return None;
        }
        // `3 hours, 10 minutes and 21 seconds`: three parts, the first two split by a
        // comma, the last after `and` (fourteenth round).
        if self.punct(k, ',') {
            let (mid, mid_unit, m) = self.tail_part(k + 1, unit)?;
            if !self.in_list(mid, WordList::And) {
                return None;
            }
            let (end, last_unit, l) = self.tail_part(mid + 1, mid_unit)?;
            let (mid_des, mid_time) = mid_unit.designator();
            let (last_des, last_time) = last_unit.designator();
            let t1 = if mid_time && !big_time(unit) { "T" } else { "" };
            let t2 = if last_time && !mid_time && !big_time(unit) { "T" } else { "" };
            return Some((end, format!("{t1}{m}{mid_des}{t2}{l}{last_des}")));
        }
        let j = if self.in_list(k, WordList::And) { k + 1 } else { k };
        // `3 minutes 49.09 seconds`: a race time's seconds with decimals.
        if self.lex(j) == Lex::Grouped && matches!(self.lex(j + 1), Lex::Unit { unit: Unit::Second, .. }) && rank(Unit::Second)? > big {
            let s = self.decimal(j)?;
            let t = if big_time(unit) { "" } else { "T" };
            return Some((j + 2, format!("{t}{s}S")));
        }
        let m = match self.lex(j) {
            Lex::Int { v, digits: 1 | 2 } => v,
            Lex::NumWord(v) if v < 60 => v,
            _ => return None,
        };
        let Lex::Unit { unit: small, .. } = self.lex(j + 1) else {
            return None;
        };
        if rank(small)? <= big || m == 0 {
            return None;
        }
        let (des, time) = small.designator();
        let t = if time && !big_time(unit) { "T" } else { "" };
        Some((j + 2, format!("{t}{m}{des}")))
    }

    /// A count and a unit smaller than `bigger` at `j` (a part of a compound duration):
    /// the token after them, the unit and the count.
    fn tail_part(&self, j: usize, bigger: Unit) -> Option<(usize, Unit, u64)> {
        const ORDER: [Unit; 6] = [Unit::Year, Unit::Month, Unit::Day, Unit::Hour, Unit::Minute, Unit::Second];
        let rank = |u: Unit| ORDER.iter().position(|&o| o == u);
        let m = match self.lex(j) {
            Lex::Int { v, digits: 1 | 2 } => v,
            Lex::NumWord(v) if v < 60 => v,
            _ => return None,
        };
        let Lex::Unit { unit: small, .. } = self.lex(j + 1) else {
            return None;
        };
        (rank(small)? > rank(bigger)? && m > 0).then_some((j + 2, small, m))
    }

    /// Token `i` as a decimal figure (`9.63`, `04.95` as `4.95`): digits, one point,
    /// digits.
    fn decimal(&self, i: usize) -> Option<String> {
        let raw = self.raw(i);
        let (a, b) = raw.split_once('.')?;
        if a.is_empty() || b.is_empty() || !a.bytes().all(|c| c.is_ascii_digit()) || !b.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let a = a.trim_start_matches('0');
        Some(format!("{}.{b}", if a.is_empty() { "0" } else { a }))
    }

    /// `9.63 seconds`, `0.812 seconds`: a race time with decimals; `50,000 years`: a
    /// grouped count of years (eleventh round); `6.5 years`, `4.5 hours`: any length with
    /// decimals (twentieth round). Other grouped figures before a unit (`1,000 hours` of
    /// service) are left alone.
    pub(super) fn grouped_measure(&self, i: usize) -> Option<Timex> {
        let raw = self.raw(i).as_bytes();
        let Lex::Unit { unit, plural: true } = self.lex(i + 1) else {
            return None;
        };
        if self.in_list(i + 2, WordList::Old) || self.is(i + 2, W::Ago) {
            return None;
        }
        let digits_and = |sep: u8| {
            raw.iter().all(|&b| b.is_ascii_digit() || b == sep)
                && raw.first().is_some_and(u8::is_ascii_digit)
                && raw.last().is_some_and(u8::is_ascii_digit)
        };
        let v = match unit {
            Unit::Second => format!("PT{}S", self.decimal(i)?),
            Unit::Year if digits_and(b',') => {
                let n: String = self.raw(i).chars().filter(char::is_ascii_digit).collect();
                format!("P{}Y", n.trim_start_matches('0'))
            }
            // `followed for 6.5 years`, `about 4.5 hours`: a measured length with decimals
            // (twentieth round), in units the designator writes one for one.
            Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Month | Unit::Year => {
                let (des, time) = unit.designator();
                let d = self.decimal(i)?;
                // `its 11.30 hrs bulletin`: two decimals before hours or minutes are a
                // dotted clock, not a length.
                if time && d.split_once('.').is_some_and(|(_, f)| f.len() != 1) {
                    return None;
                }
                format!("P{}{d}{des}", if time { "T" } else { "" })
            }
            _ => return None,
        };
        Some(Timex::new(i, i + 2, Label::Duration, v))
    }

    /// `a three-year period`: an article before a measured period noun (`counted`).
    pub(super) fn article_period(&self, i: usize) -> Option<Timex> {
        if !self.is(i, W::A) {
            return None;
        }
        let mut t = self.counted(i + 1)?;
        if t.label != Label::Duration || !t.end.checked_sub(1).is_some_and(|e| self.in_list(e, WordList::PeriodNoun)) {
            return None;
        }
        t.start = i;
        Some(t)
    }

    pub(super) fn is_rate_head(&self, k: usize) -> bool {
        self.in_list(k, WordList::RateScale)
            || (self.lex(k) == Lex::Other
                && self.raw(k).len() > 3
                && self.ends_with(k, WordList::PluralSuffix)
                && !self.ends_with(k, WordList::NotPluralSuffix)
                && !self.in_list(k, WordList::NotPlural))
    }

    /// `Fifty years ago today`, `Twenty years ago tonight`: an anniversary, one
    /// expression naming the DCT's day (or night) that many years back (thirteenth round).
    fn years_ago_today(&self, i: usize, k: usize, n: Count, unit: Unit) -> Option<Timex> {
        let (Count::N(n), Unit::Year) = (n, unit) else {
            return None;
        };
        let night = match self.w(k + 1) {
            Some(W::Today) => false,
            Some(W::Tonight) => true,
            _ => return None,
        };
        let dct = self.norm.dct?;
        let back = i64::try_from(n).ok()?;
        let day = Ymd::new(i64::from(dct.y).checked_sub(back)?, dct.m, dct.d)?;
        let v = fmt_ymd(day);
        Some(if night { Timex::new(i, k + 2, Label::Time, format!("{v}TNI")) } else { Timex::new(i, k + 2, Label::Date, v).day() })
    }

    /// `N units ago` (or `earlier`, `from now`), ending before token `end`.
    pub(super) fn ago(&self, i: usize, end: usize, n: Count, unit: Unit, future: bool) -> Timex {
        let count = n;
        let (Count::N(n) | Count::Half(n)) = n else {
            let v = if future { "FUTURE_REF" } else { "PAST_REF" };
            return Timex::new(i, end, Label::Date, v);
        };
        // `half a century ago`, `a year and a half ago`: the half counts where the
        // value can show it (years in months, decades and centuries in years).
        if let Count::Half(h) = count {
            let h = i64::try_from(h).unwrap_or(i64::MAX / 1024).min(100_000);
            let sign = if future { 1 } else { -1 };
            match unit {
                Unit::Year => return Timex::new(i, end, Label::Date, self.norm.month(sign * (h * 12 + 6))),
                Unit::Decade => return Timex::new(i, end, Label::Date, self.norm.year(sign * (h * 10 + 5))),
                Unit::Century => return Timex::new(i, end, Label::Date, self.norm.year(sign * (h * 100 + 50))),
                _ => {}
            }
        }
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
            Unit::Fortnight => (Label::Date, norm.week(off.saturating_mul(2))),
            Unit::Day => (Label::Date, norm.day(off)),
            Unit::Hour | Unit::Minute | Unit::Second => (Label::Time, norm.day(0)),
        };
        Timex::new(i, end, label, value)
    }

    /// `for years`, `within weeks`: a plural unit alone after a preposition; `hours
    /// after`, `days earlier`, `weeks later`: one before a comparative.
    pub(super) fn bare_units(&self, i: usize, unit: Unit) -> Option<Timex> {
        // `for years of war` is no stretch of its own; `within weeks of the crash` is
        // (twelfth round).
        let within = i > 0 && self.in_list(i - 1, WordList::Within);
        if matches!(self.lex(i + 1), Lex::Word(W::Ago)) || (self.is(i + 1, W::Of) && !within) {
            return None;
        }
        let comparative = matches!(self.lex(i + 1), Lex::Word(W::Later | W::Earlier)) || self.in_list(i + 1, WordList::BeforeAfter);
        let after_preposition =
            i > 0 && !self.cap(i) && (self.in_list(i - 1, WordList::DurationPreposition) || self.in_list(i - 1, WordList::DurationVerb));
        let opens = !self.cap(i) || self.sentences().follows_mark(i);
        // `within weeks, not months`, `last weeks rather than months`: a bare unit set
        // against one read as a stretch after its preposition or verb is one too
        // (fourteenth round).
        let contrast = i > 0
            && !self.cap(i)
            && self.in_list(i - 1, WordList::Contrast)
            && (2..=4).filter_map(|d| i.checked_sub(d)).any(|k| {
                matches!(self.lex(k), Lex::Unit { plural: true, .. })
                    && k > 0
                    && (self.in_list(k - 1, WordList::DurationPreposition) || self.in_list(k - 1, WordList::DurationVerb))
            });
        if !(after_preposition || contrast || (comparative && opens)) {
            return None;
        }
        if matches!(unit, Unit::Quarter | Unit::Weekend | Unit::Second) {
            return None;
        }
        Some(Timex::new(i, i + 1, Label::Duration, dur(Count::X, unit)))
    }

    /// The start of a frequency before token `i` (`twice`, `once`, `three times`): the
    /// frequency word, or the count before `times`; `i` itself where there is none.
    pub(super) fn frequency_start(&self, i: usize) -> usize {
        if i == 0 || !self.in_list(i - 1, WordList::Times) {
            i
        } else if !self.in_list(i - 1, WordList::TimesPlural) {
            i - 1
        } else if i > 1 && matches!(self.lex(i - 2), Lex::Int { .. } | Lex::NumWord(_)) {
            i - 2
        } else {
            i
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{check, check_rows, check_table, DCT};

    /// Durations as unseen news writes them (issue 15): counts and bare units before a
    /// comparative, approximations, measured periods; and the measures and ages that
    /// are no time expressions at all. DCT 1998-02-05 unless a row names one.
    #[test]
    fn duration_rows() {
        check_rows(&[
            ("A week later the rebels returned to the town.", "", "A week", "DURATION", "P1W"),
            ("Hours after the blast, police sealed the road.", "", "Hours", "DURATION", "PTXH"),
            ("Days earlier, the army had withdrawn.", "", "Days", "DURATION", "PXD"),
            ("Weeks later the bodies were found.", "", "Weeks", "DURATION", "PXW"),
            ("Months after the vote, the count is disputed.", "", "Months", "DURATION", "PXM"),
            ("Minutes later a second bomb exploded.", "", "Minutes", "DURATION", "PTXM"),
            ("Two days after the attack, the rebels fled.", "", "Two days", "DURATION", "P2D"),
            ("Three weeks later the ceasefire collapsed.", "", "Three weeks", "DURATION", "P3W"),
            ("Talks resumed a day later.", "", "a day", "DURATION", "P1D"),
            ("Ten minutes after the shelling, the sirens stopped.", "", "Ten minutes", "DURATION", "PT10M"),
            ("The clashes lasted five hours.", "", "five hours", "DURATION", "PT5H"),
            ("The siege has lasted 18 months.", "", "18 months", "DURATION", "P18M"),
            ("He was held for nearly a year.", "", "nearly a year", "DURATION", "P1Y"),
            ("The curfew lasted two and a half days.", "", "two and a half days", "DURATION", "P2DT12H"),
            ("The militia held the town for several weeks.", "", "several weeks", "DURATION", "PXW"),
            ("Aid has been blocked for months.", "", "months", "DURATION", "PXM"),
            ("The convoy waited for a while at the border.", "", "a while", "DURATION", "PXX"),
            ("It was the army's first defeat in decades.", "", "decades", "DURATION", "PXY"),
            ("Spending will rise over the coming decade.", "", "the coming decade", "DURATION", "P10Y"),
            ("Spending rose over the past decade.", "", "the past decade", "DURATION", "P10Y"),
            ("The drought lasted a decade or so.", "", "a decade or so", "DURATION", "P10Y"),
            ("He left a week or so ago.", "", "a week or so ago", "DATE", "1998-W05"),
            // `in ten years` ahead is the point ten years on (TimeML DATE).
            ("The city will double in ten years.", "", "ten years", "DATE", "2008"),
            // A measured period noun is inside, with its article; `over` stays outside.
            ("The army will serve a three-year period in the north.", "", "a three-year period", "DURATION", "P3Y"),
            ("Reconstruction was spread over a three-year period.", "", "a three-year period", "DURATION", "P3Y"),
            ("His one-year term ended early.", "", "one-year term", "DURATION", "P1Y"),
            // A length in quarters keeps TimeML's `Q` (TimeBank writes it both ways).
            ("Margins should recover over the next two quarters.", "", "the next two quarters", "DURATION", "P2Q"),
            ("Orders have slipped for several quarters.", "", "several quarters", "DURATION", "PXQ"),
            // Ages, travel distances, vague adjectives: no time expression.
            ("A 3-month-old baby was among the dead.", "", "", "", ""),
            ("A 6-year-old girl was wounded.", "", "", "", ""),
            ("The victims were 52 years old.", "", "", "", ""),
            ("The camp is a 10-minute drive from the border.", "", "", "", ""),
            ("The site, an hour's drive north of Rome, was used.", "", "", "", ""),
            ("The camp is a day's walk from the border.", "", "", "", ""),
            ("The clinic is a five-minute walk from the market.", "", "", "", ""),
            ("Present-day Syria is a ruin.", "", "", "", ""),
            ("The matter will be settled in due course.", "", "", "", ""),
            ("Prices rose 8.5% annually.", "", "", "", ""),
        ]);
    }

    /// A count of units is a DURATION; `ago` and `from now` anchor it to the DCT as a DATE;
    /// `once a year` is a SET.
    #[test]
    fn counts_durations_and_anchored_spans() {
        check("The trial lasted 18 months.", DCT, &[("18 months", "DURATION", "P18M")]);
        check("He served two and a half years.", DCT, &[("two and a half years", "DURATION", "P2Y6M")]);
        check("The strike lasted several days.", DCT, &[("several days", "DURATION", "PXD")]);
        check("She left a year ago.", DCT, &[("a year ago", "DATE", "1997")]);
        check("The vote is three weeks from now.", DCT, &[("three weeks from now", "DATE", "1998-W09")]);
        check("They meet once a year.", DCT, &[("once a year", "SET", "P1Y")]);
        check("He has lived there for years.", DCT, &[("years", "DURATION", "PXY")]);
    }

    /// Tens-unit compounds come from the text view's reading (`Grammar::tens_unit`): a
    /// glued ASCII hyphen, a space or a line break joins them, an en dash (a token of
    /// its own here, though the casualty rules join it) does not; spoken years too.
    #[test]
    fn tens_unit_compounds_from_the_view() {
        check("The talks lasted twenty-four hours.", DCT, &[("twenty-four hours", "DURATION", "PT24H")]);
        check("The talks lasted Twenty four hours.", DCT, &[("Twenty four hours", "DURATION", "PT24H")]);
        check("The talks lasted thirty\nsix hours.", DCT, &[("thirty\nsix hours", "DURATION", "PT36H")]);
        check("The talks lasted twenty\u{2013}four hours.", DCT, &[("four hours", "DURATION", "PT4H")]);
        check("The talks lasted forty-two hundred days.", DCT, &[("forty-two hundred days", "DURATION", "P4200D")]);
        // Twentieth round: the rest of a count after `hundred`, with or without `and`.
        check("One hundred and fifty years later, the fort was rebuilt.", DCT, &[("One hundred and fifty years", "DURATION", "P150Y")]);
        check("The order lasted two hundred twenty-five years.", DCT, &[("two hundred twenty-five years", "DURATION", "P225Y")]);
        check("Three hundred and ten days passed.", DCT, &[("Three hundred and ten days", "DURATION", "P310D")]);
        check("A hundred and twenty people came on Friday.", DCT, &[("Friday", "DATE", "1998-01-30")]);
        check("He was born in nineteen ninety-six.", DCT, &[("nineteen ninety-six", "DATE", "1996")]);
        check("He was born in nineteen ninety six.", DCT, &[("nineteen ninety six", "DATE", "1996")]);
    }

    /// Halves (`half an hour`, `half a century ago`), fortnights, a bare plural unit after
    /// a verb of duration (`took weeks`), `in 18 months' time`, and a measure inside a
    /// name (`the Six-Day War`), in news sentences of other regions and years.
    /// Written for the seventh round (issue 15), DCT 2016-03-10 (a Thursday).
    #[test]
    fn news_durations_round_seven() {
        check_table(
            "2016-03-10",
            &[
                ("The meeting in Addis Ababa lasted half an hour.", &[("half an hour", "DURATION", "PT30M")]),
                ("Rescuers in Lima dug for half a day before the rain.", &[("half a day", "DURATION", "PT12H")]),
                ("Nepal's old order fell half a century ago.", &[("half a century ago", "DATE", "1966")]),
                ("Many families spent nearly half a year in the camps near Dadaab.", &[("nearly half a year", "DURATION", "P6M")]),
                ("A year and a half ago the mine near Soma flooded.", &[("A year and a half ago", "DATE", "2014-09")]),
                ("The ceasefire in Donetsk held for a fortnight.", &[("a fortnight", "DURATION", "P2W")]),
                ("Talks in Harare stalled for two fortnights.", &[("two fortnights", "DURATION", "P4W")]),
                ("Officials in Kinshasa said the count would take weeks.", &[("weeks", "DURATION", "PXW")]),
                ("Repairs to the pipeline near Basra took months.", &[("months", "DURATION", "PXM")]),
                ("The standoff outside the embassy in Caracas lasted hours.", &[("hours", "DURATION", "PTXH")]),
                ("Aid convoys spent hours at the checkpoint near Aleppo.", &[("hours", "DURATION", "PTXH")]),
                ("Clearing the queues at the Rafah crossing took days.", &[("days", "DURATION", "PXD")]),
                ("Elections in Haiti are due in 18 months' time.", &[("18 months' time", "DATE", "2017-09")]),
                ("The new port at Gwadar opens in a year's time.", &[("a year's time", "DATE", "2017")]),
                ("Veterans of the Six-Day War marched in Jerusalem.", &[]),
            ],
        );
    }

    /// A count of a smaller unit after a count of a larger one is the same duration
    /// (`2 hours 16 minutes`); `another` and `some` are inside a counted duration;
    /// the frequency word is inside a SET (`twice a week`). Eleventh round (issue 15),
    /// DCT 2012-07-20.
    #[test]
    fn compound_durations_and_counted_modifiers() {
        check_table(
            "2012-07-20",
            &[
                ("The fastest trains will take 2 hours 16 minutes.", &[("2 hours 16 minutes", "DURATION", "PT2H16M")]),
                ("They spent 21 hours and 36 minutes on the moon.", &[("21 hours and 36 minutes", "DURATION", "PT21H36M")]),
                ("He was jailed for two years and six months.", &[("two years and six months", "DURATION", "P2Y6M")]),
                ("The siege lasted 3 days 12 hours.", &[("3 days 12 hours", "DURATION", "P3DT12H")]),
                ("She ran it in 1 hour 5 minutes.", &[("1 hour 5 minutes", "DURATION", "PT1H5M")]),
                ("The talks went on for 10 hours 30 minutes.", &[("10 hours 30 minutes", "DURATION", "PT10H30M")]),
                // An age stays out.
                ("The boy, 6 years 10 months old, was found.", &[]),
                ("The president will stay for another six months.", &[("another six months", "DURATION", "P6M")]),
                ("The coach agreed to stay for another five years.", &[("another five years", "DURATION", "P5Y")]),
                ("Rescuers need another 48 hours.", &[("another 48 hours", "DURATION", "PT48H")]),
                ("He bought another two cars.", &[]),
                ("The town was evacuated some 36 hours after the blast.", &[("some 36 hours", "DURATION", "PT36H")]),
                ("The trial lasted some three weeks.", &[("some three weeks", "DURATION", "P3W")]),
                ("Some 200 people marched.", &[]),
                ("The side will train twice a day.", &[("twice a day", "SET", "P1D")]),
                ("The market opens twice a week.", &[("twice a week", "SET", "P1W")]),
                ("The council meets once a month.", &[("once a month", "SET", "P1M")]),
                ("Patients take the pill three times a day.", &[("three times a day", "SET", "P1D")]),
                ("Ferries sail several times a week.", &[("a week", "SET", "P1W")]),
            ],
        );
    }

    /// Race times with decimals and grouped counts of years (eleventh round, issue 15).
    #[test]
    fn grouped_measures() {
        check_table(
            "2012-08-06",
            &[
                ("Bolt won the title in 9.63 seconds.", &[("9.63 seconds", "DURATION", "PT9.63S")]),
                ("Sainz crossed the line 0.812 seconds ahead.", &[("0.812 seconds", "DURATION", "PT0.812S")]),
                ("A comet that takes about 50,000 years to orbit the sun.", &[("about 50,000 years", "DURATION", "P50000Y")]),
                ("Morceli won in 3 minutes 49.09 seconds.", &[("3 minutes 49.09 seconds", "DURATION", "PT3M49.09S")]),
                ("Szabo won in 15 minutes 04.95 seconds.", &[("15 minutes 04.95 seconds", "DURATION", "PT15M4.95S")]),
                ("Freeman was timed at 012.71 seconds.", &[("012.71 seconds", "DURATION", "PT12.71S")]),
                ("Patients were followed for a median of 6.5 years.", &[("6.5 years", "DURATION", "P6.5Y")]),
                ("The walk took about 4.5 hours.", &[("about 4.5 hours", "DURATION", "PT4.5H")]),
                ("Recovery takes 2.5 weeks on average.", &[("2.5 weeks", "DURATION", "P2.5W")]),
                ("The ship sailed for 1.5 days.", &[("1.5 days", "DURATION", "P1.5D")]),
                ("The trial ran for 18.5 months.", &[("18.5 months", "DURATION", "P18.5M")]),
                ("He ran the mile in 3.5 minutes.", &[("3.5 minutes", "DURATION", "PT3.5M")]),
                ("A 2.5-year-old was hurt.", &[]),
                ("The agency issued its 14.30 hrs bulletin.", &[]),
                ("The cave was used 10,000 years ago.", &[]),
                ("The volunteers gave 1,000 hours.", &[]),
                ("Prices rose 2.5 percent.", &[]),
            ],
        );
    }
}
