//! Ranges of dates as two expressions (TimeML tags each end): `2014-2016` and `1989-91`
//! (the lexicon splits the hyphenated pair, see `lexicon::year_range_split`), `from
//! April to June`, and `between three and five years`; ranges of counts sharing one
//! unit as one duration of unsaid length (`two to four weeks`: `PXW`); and clock-style
//! elapsed times (`2:05:30`).

use super::{dur, Count, Grammar, Label, Timex};
use crate::dates::calendar::{year_ok, Ymd};
use crate::dates::lexicon::{Lex, Unit, WordList, W};
use crate::dates::normalize::{fmt_year, fmt_ym, fmt_ymd};

impl Grammar<'_> {
    /// `91` in `1989-91`: the second year of a range, in the century of the first.
    pub(super) fn range_end_year(&self, i: usize) -> Option<Timex> {
        let Lex::Int { v, digits: 2 } = self.lex(i) else {
            return None;
        };
        let glued = self.toks.get(i).is_some_and(|t| !t.space_before);
        let first = i.checked_sub(1).and_then(|p| match self.lex(p) {
            Lex::Int { v, digits: 4 } if (1000..=2999).contains(&v) => Some(v),
            _ => None,
        })?;
        if !glued || v <= first % 100 {
            return None;
        }
        let y = i32::try_from(first / 100 * 100 + v).ok()?;
        Some(Timex::new(i, i + 1, Label::Date, fmt_year(y)))
    }

    /// `two to four weeks`, `12 or 18 months`: two figures sharing one unit are one
    /// expression of unsaid length in that unit (`PXW`), as the development set of
    /// unseen-style news and TimeBank tag them (eleventh round; the ends were two
    /// expressions before). `three` in `between three and five years`: the first
    /// figure, with the unit of the second, as TimeBank's held-out part tags it.
    pub(super) fn range_first(&self, i: usize) -> Option<Timex> {
        let (Count::N(n), j) = self.count_plain(i)? else {
            return None;
        };
        let between = i > 0 && self.in_list(i - 1, WordList::Between);
        let joins = matches!(self.w(j), Some(W::To | W::Or)) || (between && self.in_list(j, WordList::And));
        if !joins {
            return None;
        }
        let (Count::N(m), mut k) = self.count_plain(j + 1)? else {
            return None;
        };
        if m <= n {
            return None;
        }
        if self.in_list(k, WordList::UnitModifier) {
            k += 1;
        }
        let Lex::Unit { unit, .. } = self.lex(k) else {
            return None;
        };
        // `6 to 8 years old`: ages; `two to three quarters of`: fractions.
        if self.in_list(k + 1, WordList::Old) || (unit == Unit::Quarter && self.is(k + 1, W::Of)) {
            return None;
        }
        // `between three and five years` stays two expressions: one expression for it
        // lost a span on TimeBank's held-out part (eleventh round).
        if between {
            return Some(Timex::new(i, j, Label::Duration, dur(Count::N(n), unit)));
        }
        Some(Timex::new(i, k + 1, Label::Duration, dur(Count::X, unit)))
    }

    /// The ends of a range (`from April to June`, `Tuesday through Friday`,
    /// `April-June`) are each resolved on their own, and the second can fall before the
    /// first. The range is made to run forward by moving one end by its period (a week
    /// for a weekday, a year for a month or a day without a year): the first end back
    /// when moving the second forward would carry a range that starts before the DCT
    /// past it (a past range), else the second end forward. `first` is the value of the
    /// expression emitted just before `t`, which started at token `first_start`.
    pub(crate) fn follow_range(&self, first_start: usize, first: &mut String, t: &mut Timex) {
        let conn = self.prev_end;
        if conn == usize::MAX || first_start >= conn {
            return;
        }
        let after_connector = t.start == conn + 1
            && (self.in_list(conn, WordList::RangeTo) || matches!(self.lex(conn), Lex::Punct('-' | '\u{2013}' | '\u{2014}')));
        // `April-June`: the lexer dropped the hyphen between the two.
        let hyphenated = t.start == conn
            && self.toks.get(t.start).is_some_and(|x| !x.space_before)
            && t.start.checked_sub(1).and_then(|p| self.toks.get(p)).zip(self.toks.get(t.start)).is_some_and(|(p, x)| p.end < x.start);
        if !(after_connector || hyphenated) {
            return;
        }
        if t.label == Label::Time {
            self.follow_clock_range(first_start, conn, first, t);
            return;
        }
        if t.label != Label::Date || t.value.len() != first.len() {
            return;
        }
        // `from March to November 2000`, `May 3 to June 5, 1998`: a first end without a
        // year takes the year the second end states (the year before when it would
        // come after it) (thirteenth round).
        if let Some(v) = self.first_end_in_stated_year(first_start, conn, first, t) {
            *first = v;
            return;
        }
        if t.value.as_str() >= first.as_str() {
            return;
        }
        let Some(forward) = self.step_period(t.start, t.end, &t.value, 1).filter(|v| v.as_str() >= first.as_str()) else {
            return;
        };
        let dct = match t.value.len() {
            10 => self.norm.day(0),
            _ => self.norm.month(0),
        };
        if first.as_str() <= dct.as_str() && forward.as_str() > dct.as_str() {
            if let Some(back) = self.step_period(first_start, conn, first, -1) {
                *first = back;
            }
            return;
        }
        t.value = forward;
    }

    /// `from 6 p.m. Wednesday until noon Thursday`: a range whose second end is a time
    /// on a weekday runs forward as a range of weekdays does (fifteenth round). Only the
    /// day of an end read from a weekday moves, by a week: the first end back when the
    /// range would otherwise carry past the DCT from before it, else the second forward.
    fn follow_clock_range(&self, first_start: usize, conn: usize, first: &mut String, t: &mut Timex) {
        let day_of = |v: &str| v.get(..10).and_then(Ymd::parse_iso);
        let (Some(a), Some(b)) = (day_of(first), day_of(&t.value)) else {
            return;
        };
        // `from 10am to 6pm on Friday 29 April`: a first end that is a bare clock is on
        // the second end's day (the day before when its hour is later: `from 10pm to
        // 2am on Sunday`) (sixteenth round).
        let bare_clock = !(first_start..conn).any(|k| {
            matches!(
                self.lex(k),
                Lex::Weekday { .. }
                    | Lex::Month { .. }
                    | Lex::Iso { .. }
                    | Lex::Slash { .. }
                    | Lex::DayMonth { .. }
                    | Lex::OrdNum(_)
                    | Lex::DayPart(_)
                    | Lex::Word(W::Today | W::Tonight | W::Tomorrow | W::Yesterday | W::This | W::Last | W::Next | W::Holiday(_))
            )
        });
        if bare_clock && a != b {
            let hour = |v: &str| v.get(11..13).and_then(|h| h.parse::<u32>().ok());
            let day = match (hour(first), hour(&t.value)) {
                (Some(x), Some(y)) if x > y => b.add_days(-1),
                (Some(_), Some(_)) => Some(b),
                _ => None,
            };
            if let Some(d) = day {
                *first = format!("{}{}", fmt_ymd(d), first.get(10..).unwrap_or(""));
            }
            return;
        }
        let weekday_only = |from: usize, to: usize| {
            (from..to).any(|k| matches!(self.lex(k), Lex::Weekday { plural: false, .. }))
                && !(from..to)
                    .any(|k| matches!(self.lex(k), Lex::Month { .. } | Lex::Int { digits: 4, .. } | Lex::Iso { .. } | Lex::Slash { .. }))
        };
        if b >= a || !weekday_only(t.start, t.end) {
            return;
        }
        let Some(forward) = b.add_days(7).filter(|f| *f >= a) else {
            return;
        };
        let moved = |v: &str, d: Ymd| format!("{}{}", fmt_ymd(d), v.get(10..).unwrap_or(""));
        let dct = self.norm.dct;
        if dct.is_some_and(|d| a <= d && forward > d) {
            if weekday_only(first_start, conn) {
                if let Some(back) = a.add_days(-7) {
                    *first = moved(first, back);
                }
            }
            return;
        }
        t.value = moved(&t.value, forward);
    }

    /// The value of a range's first end (tokens `start..end`, a month or a month and
    /// day with no year) in the year the second end `t` states; `None` when either
    /// end is of another kind or the first already has that value.
    fn first_end_in_stated_year(&self, start: usize, end: usize, first: &str, t: &Timex) -> Option<String> {
        let stated =
            |a: usize, b: usize| (a..b).any(|k| matches!(self.lex(k), Lex::Int { digits: 4, .. } | Lex::Iso { .. } | Lex::Slash { .. }));
        if !matches!(self.lex(start), Lex::Month { .. })
            || !matches!(self.lex(t.start), Lex::Month { .. })
            || stated(start, end)
            || !stated(t.start, t.end)
        {
            return None;
        }
        if !matches!(first.len(), 7 | 10) {
            return None;
        }
        let y = t.value.get(..4)?.parse::<i64>().ok()?;
        let rest = first.get(4..)?;
        let mut v = format!("{}{rest}", fmt_year(year_ok(y)?));
        if v.as_str() > t.value.as_str() {
            v = format!("{}{rest}", fmt_year(year_ok(y - 1)?));
        }
        if v.len() == 10 && Ymd::parse_iso(&v).is_none() {
            return None;
        }
        (v != first).then_some(v)
    }

    /// The value `v` of the date read from tokens `start..end` moved by `n` of its
    /// periods: weeks for a weekday, years for a month or a month and day. `None` when
    /// the text states the year or the reading is of another kind.
    fn step_period(&self, start: usize, end: usize, v: &str, n: i64) -> Option<String> {
        if (start..end).any(|k| matches!(self.lex(k), Lex::Int { digits: 4, .. } | Lex::Iso { .. } | Lex::Slash { .. })) {
            return None;
        }
        match (self.lex(start), v.len()) {
            (Lex::Weekday { .. }, 10) => Ymd::parse_iso(v).and_then(|d| d.add_days(7 * n)).map(fmt_ymd),
            (Lex::Month { .. }, 10) => Ymd::parse_iso(v).and_then(|d| Ymd::new(i64::from(d.y) + n, d.m, d.d)).map(fmt_ymd),
            (Lex::Month { .. }, 7) => {
                let y = v.get(..4).and_then(|y| y.parse::<i64>().ok()).and_then(|y| year_ok(y + n))?;
                let m = v.get(5..7).and_then(|m| m.parse::<u32>().ok())?;
                Some(fmt_ym(y, m))
            }
            _ => None,
        }
    }

    /// `2:05:30`: hours, minutes and seconds elapsed (a race time), not a time of day
    /// unless `at` comes first; `3:52.4` with the seconds' fraction (`PT3M52.4S`,
    /// trailing zeros of the fraction dropped: `27:46.70` is `PT27M46.7S`).
    pub(super) fn elapsed(&self, i: usize, [h, m, s]: [u32; 3], (frac, frac_digits): (u16, u8)) -> Option<Timex> {
        if i > 0 && self.is(i - 1, W::At) {
            return None;
        }
        let mut v = String::from("PT");
        for (n, d) in [(h, 'H'), (m, 'M')] {
            if n > 0 {
                v.push_str(&format!("{n}{d}"));
            }
        }
        let fraction = format!("{frac:0width$}", width = usize::from(frac_digits));
        let fraction = fraction.trim_end_matches('0');
        if !fraction.is_empty() && frac_digits > 0 {
            v.push_str(&format!("{s}.{fraction}S"));
        } else if s > 0 {
            v.push_str(&format!("{s}S"));
        }
        if v.len() == 2 {
            return None;
        }
        Some(Timex::new(i, i + 1, Label::Duration, v))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{check, check_table};

    /// A range of two clock times whose second end is on a named day: a bare first end
    /// is on that day too (the day before when its hour is later), and a zone after a
    /// clock is inside its extent (sixteenth round, issue 15). DCT 2011-04-14, a
    /// Thursday.
    #[test]
    #[rustfmt::skip]
    fn clock_ranges_on_a_named_day() {
        check_table("2011-04-14", &[
            ("The road closes from 10am to 6pm on Friday 29 April.", &[("10am", "TIME", "2011-04-29T10:00"), ("6pm", "TIME", "2011-04-29T18:00"), ("Friday 29 April", "DATE", "2011-04-29")]),
            ("No trains from 10.30 am to 3.30 pm on Sunday, 17th April.", &[("10.30 am", "TIME", "2011-04-17T10:30"), ("3.30 pm", "TIME", "2011-04-17T15:30"), ("Sunday, 17th April", "DATE", "2011-04-17")]),
            ("Works run from 10pm to 4am on Saturday 16 April.", &[("10pm", "TIME", "2011-04-15T22:00"), ("4am", "TIME", "2011-04-16T04:00"), ("Saturday 16 April", "DATE", "2011-04-16")]),
            ("Kick-off is at 8pm BST.", &[("8pm BST", "TIME", "2011-04-14T20:00")]),
            ("The minister spoke at 10.30 am IST.", &[("10.30 am IST", "TIME", "2011-04-14T10:30")]),
        ]);
    }

    #[test]
    fn ranges_are_two_expressions() {
        let dct = "2015-06-02";
        check("The program ran from 2014-2016.", dct, &[("2014", "DATE", "2014"), ("2016", "DATE", "2016")]);
        check("Output fell in 1989-91.", dct, &[("1989", "DATE", "1989"), ("91", "DATE", "1991")]);
        check("Repairs take two to four weeks.", dct, &[("two to four weeks", "DURATION", "PXW")]);
        check("The loan runs between three and five years.", dct, &[("three", "DURATION", "P3Y"), ("five years", "DURATION", "P5Y")]);
        check("She won in 2:05:30.", dct, &[("2:05:30", "DURATION", "PT2H5M30S")]);
        // Not ranges: a phone-like number, a count range of things, a score.
        check("Call 2014-5555 for help.", dct, &[]);
        check("They sent two to four soldiers.", dct, &[]);
        check("Children aged 6 to 8 years old attend.", dct, &[]);
    }

    /// More ranges (issue 15): the ends of a date range and of a `between` range are
    /// each their own expression, the first taking the unit of the second; two counts
    /// joined by `to` or `or` before one unit are one duration (eleventh round).
    #[test]
    fn range_rows() {
        let dct = "1998-02-05";
        type Expected<'a> = &'a [(&'a str, &'a str, &'a str)];
        let rows: &[(&str, Expected)] = &[
            ("The ceasefire held for two or three weeks.", &[("two or three weeks", "DURATION", "PXW")]),
            ("He spent 10 to 15 years in prison.", &[("10 to 15 years", "DURATION", "PXY")]),
            ("The fighting lasted three to four days.", &[("three to four days", "DURATION", "PXD")]),
            ("Rebuilding may take five to ten years.", &[("five to ten years", "DURATION", "PXY")]),
            ("Detainees were held for 12 or 18 months.", &[("12 or 18 months", "DURATION", "PXM")]),
            ("The trial could take between three and five years.", &[("three", "DURATION", "P3Y"), ("five years", "DURATION", "P5Y")]),
            ("The war lasted from 1980 to 1988.", &[("1980", "DATE", "1980"), ("1988", "DATE", "1988")]),
            ("Prices will rise from April to June.", &[("April", "DATE", "1998-04"), ("June", "DATE", "1998-06")]),
            // The ends run forward: a past range moves its first end back, a future
            // one its second end on.
            ("The talks ran from Tuesday to Friday.", &[("Tuesday", "DATE", "1998-01-27"), ("Friday", "DATE", "1998-01-30")]),
            ("The talks will run from Friday to Monday.", &[("Friday", "DATE", "1998-02-06"), ("Monday", "DATE", "1998-02-09")]),
            (
                "The festival will run from December 28 to January 3.",
                &[("December 28", "DATE", "1998-12-28"), ("January 3", "DATE", "1999-01-03")],
            ),
            ("The drought of 1998-2001 was the worst.", &[("1998", "DATE", "1998"), ("2001", "DATE", "2001")]),
            ("The insurgency of 1979-82 ended badly.", &[("1979", "DATE", "1979"), ("82", "DATE", "1982")]),
            ("They sent two to four soldiers to each post.", &[]),
        ];
        for (text, expected) in rows {
            check(text, dct, expected);
        }
    }

    /// Two counts before one unit, joined by `to` or `or`, are one duration of unsaid
    /// length with any bound inside; after `every` a SET (eleventh round, issue 15).
    /// DCT 2011-03-14.
    #[test]
    fn count_ranges_are_one_duration() {
        check_table(
            "2011-03-14",
            &[
                ("Dismantling the reactor will take 30 to 40 years.", &[("30 to 40 years", "DURATION", "PXY")]),
                ("The floods could take four to six weeks to drain.", &[("four to six weeks", "DURATION", "PXW")]),
                ("A vaccine is at least 12 to 18 months away.", &[("at least 12 to 18 months", "DURATION", "PXM")]),
                ("Cases are doubling every three to four days.", &[("every three to four days", "SET", "PXD")]),
                ("The convoy needs two or three hours to cross.", &[("two or three hours", "DURATION", "PTXH")]),
                ("Talks may last 10 to 12 days.", &[("10 to 12 days", "DURATION", "PXD")]),
                ("The repairs took about two to three months.", &[("about two to three months", "DURATION", "PXM")]),
                ("Voters waited five to six hours in line.", &[("five to six hours", "DURATION", "PTXH")]),
                ("Each term lasts four or five years.", &[("four or five years", "DURATION", "PXY")]),
                // Not durations: counts of things, ages, a score.
                ("They fired three to four rockets.", &[]),
                ("Pupils aged 10 to 12 years old study here.", &[]),
                ("The team won 3 to 1.", &[]),
            ],
        );
    }

    /// `May` as the second month of a range or pair is the month, not the modal verb;
    /// alone after a word that is no month it stays a verb.
    /// Written for the ninth round (issue 15), DCT 2015-06-02.
    #[test]
    fn may_ends_a_month_range() {
        check_table(
            "2015-06-02",
            &[
                ("Fighting in April-May killed hundreds.", &[("April", "DATE", "2015-04"), ("May", "DATE", "2015-05")]),
                ("The offensive ran from March to May.", &[("March", "DATE", "2015-03"), ("May", "DATE", "2015-05")]),
                ("The vote was moved to April or May.", &[("April", "DATE", "2015-04"), ("May", "DATE", "2015-05")]),
                ("Rains fell in February and May.", &[("February", "DATE", "2015-02"), ("May", "DATE", "2015-05")]),
                ("Talks stalled in April. May God protect them, he said.", &[("April", "DATE", "2015-04")]),
                ("Fighting in Aleppo-May is a typo.", &[]),
            ],
        );
    }

    /// The second year of a range is a year even before a word that counts (`killed`).
    /// Written for the seventh round (issue 15), DCT 2016-03-10 (a Thursday).
    #[test]
    fn year_range_before_a_counted_word() {
        check_table(
            "2016-03-10",
            &[
                ("Sri Lanka's civil war of 1983-2009 killed 100,000 people.", &[("1983", "DATE", "1983"), ("2009", "DATE", "2009")]),
                ("Ethiopia's 1998-2000 war with Eritrea killed 80,000 soldiers.", &[("1998", "DATE", "1998"), ("2000", "DATE", "2000")]),
            ],
        );
    }
}
