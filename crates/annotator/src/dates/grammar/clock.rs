//! Times of day: `10:35 a.m.`, `5 p.m. EST Nov. 9`, `noon Thursday`, `10pm`.

use super::{Count, Grammar, Label, Timex};
use crate::dates::calendar::Ymd;
use crate::dates::lexicon::{Lex, Unit, WordList, W};
use crate::dates::normalize::fmt_ymd;

impl Grammar<'_> {
    /// `a.m.`/`p.m.`/`am`/`pm` at `i`: whether p.m., and the next token.
    pub(super) fn am_pm(&self, i: usize) -> Option<(bool, usize)> {
        if self.in_list(i, WordList::Am) {
            return Some((false, i + 1));
        }
        if self.in_list(i, WordList::Pm) {
            return Some((true, i + 1));
        }
        let pm = if self.in_list(i, WordList::AmInitial) {
            false
        } else if self.in_list(i, WordList::PmInitial) {
            true
        } else {
            return None;
        };
        if !self.glued(i + 1, '.') || !self.in_list(i + 2, WordList::MeridiemM) {
            return None;
        }
        let next = if self.glued(i + 3, '.') { i + 4 } else { i + 3 };
        Some((pm, next))
    }

    /// `at 4 in the morning`, `until 9 at night`, `by 3 in the afternoon`: an hour told by
    /// the part of the day after it (only after a word that opens a time: `at`, `until`, `by`, so that `won 3 in the
    /// morning` stays a score). The hour, minutes and the next token.
    fn hour_of_day_part(&self, i: usize, h: u32) -> Option<(u32, u32, usize)> {
        if i == 0 || !self.in_list(i - 1, WordList::HourBefore) {
            return None;
        }
        let (hour, next) = self.day_part_after(i, h)?;
        Some((hour, 0, next))
    }

    /// The hour `h` of the time at `i` on the 24-hour clock, told by `in the
    /// afternoon` or `at night` after it, and the token after those.
    fn day_part_after(&self, i: usize, h: u32) -> Option<(u32, usize)> {
        let (part, next) = if self.is(i + 1, W::In) && self.is(i + 2, W::The) {
            (self.lex(i + 3), i + 4)
        } else if self.is(i + 1, W::At) {
            (self.lex(i + 2), i + 3)
        } else {
            return None;
        };
        let hour = match part {
            Lex::DayPart("MO") if h < 12 => h,
            Lex::DayPart("AF") if h == 12 => 12,
            Lex::DayPart("AF") if h < 7 => h + 12,
            Lex::DayPart("EV") if (5..12).contains(&h) => h + 12,
            Lex::DayPart("NI") if (6..12).contains(&h) && next == i + 3 => h + 12,
            _ => return None,
        };
        Some((hour, next))
    }

    /// `0400 hours` after a word that opens a time (`at`, `around`, `by`): a four-digit
    /// time of day, not a duration (eleventh round). The hour and minutes.
    pub(super) fn military_hours(&self, i: usize) -> Option<(u32, u32)> {
        let Lex::Int { v, digits: 4 } = self.lex(i) else {
            return None;
        };
        let opens = i > 0 && self.in_list(i - 1, WordList::HourBefore);
        if !opens || v % 100 >= 60 || v / 100 >= 24 || !matches!(self.lex(i + 1), Lex::Unit { unit: Unit::Hour, plural: true }) {
            return None;
        }
        Some(((v / 100) as u32, (v % 100) as u32))
    }

    /// A four-digit time of day at `i` told by its zone (`1130 GMT`, `0730 local time`,
    /// `0600 local`): the token after its extent before the zone (`local` alone is
    /// inside, as the zone is; `local time` is left to [`Grammar::clock`]).
    fn zoned_four_digits(&self, i: usize) -> Option<usize> {
        let Lex::Int { v, digits: 4 } = self.lex(i) else {
            return None;
        };
        if v % 100 >= 60 || v / 100 >= 24 {
            return None;
        }
        if self.is(i + 1, W::Zone) || (self.in_list(i + 1, WordList::Local) && self.in_list(i + 2, WordList::Time)) {
            return Some(i + 1);
        }
        // `between 2300 and 0600 local`: `local` alone is the zone (nineteenth round),
        // where no noun can follow it (`in 2000 local councils` is a year).
        let k = i + 2;
        let closes = k >= self.toks.len()
            || matches!(self.lex(k), Lex::Punct(_) | Lex::Word(W::On | W::In | W::At))
            || self.in_list(k, WordList::From)
            || self.in_list(k, WordList::Coordinator)
            || self.in_list(k, WordList::Deadline);
        (self.in_list(i + 1, WordList::Local) && closes).then_some(k)
    }

    /// `between 2300 and 0600 local`, `from 0100 to 0400 GMT`: the first end of a range
    /// of four-digit times whose second end has the zone (nineteenth round).
    fn four_digit_range_start(&self, i: usize) -> bool {
        i > 0
            && (self.in_list(i - 1, WordList::Between) || self.in_list(i - 1, WordList::From))
            && self.in_list(i + 1, WordList::Coordinator)
            && self.zoned_four_digits(i + 2).is_some()
    }

    /// `this morning`, `last night`, `tonight`, `the next day` at `k`, after a clock
    /// time: the day it names, the part of the day it names if any, and its end.
    pub(super) fn day_phrase(&self, k: usize) -> Option<(String, Option<&'static str>, usize)> {
        // `next Monday` after a clock too (`until 5 am next Monday`: one TIME, twentieth
        // round). `that` stays out: `6:15 that evening` is two expressions in the dev sets.
        if !matches!(self.lex(k), Lex::Word(W::This | W::Last | W::Next | W::The | W::Tonight | W::Today | W::Yesterday | W::Tomorrow)) {
            return None;
        }
        let t = self.at_depth(k, 1)?;
        let (date, part) = match t.value.split_once('T') {
            Some((d, p)) if t.label == Label::Time => {
                let part = match p {
                    "MO" => "MO",
                    "AF" => "AF",
                    "EV" => "EV",
                    "NI" => "NI",
                    _ => return None,
                };
                (d, Some(part))
            }
            None if t.label == Label::Date => (t.value.as_str(), None),
            _ => return None,
        };
        // A whole day (`1998-02-05`), not `XXXX-XX-XX`.
        Ymd::parse_iso(date)?;
        Some((date.to_string(), part, t.end))
    }

    /// The sentence around token `i` tells of a recurrence (`daily`, `each day`, `every
    /// Saturday`, `on Thursdays`).
    fn recurring_sentence(&self, i: usize) -> bool {
        self.in_sentence(i, |k| match self.lex(k) {
            Lex::Word(W::Set(_)) | Lex::Weekday { plural: true, .. } => true,
            Lex::Word(W::Every | W::Each) => {
                matches!(self.lex(k + 1), Lex::Weekday { .. } | Lex::Unit { .. } | Lex::DayPart(_))
                    // `every 30 minutes`, `every two hours`: a timetable (eighteenth round).
                    || matches!(self.count(k + 1), Some((Count::N(_), u)) if matches!(self.lex(u), Lex::Unit { .. }))
            }
            // `from 9am to 8pm seven days a week`, `24 hours a day` (eighteenth round).
            Lex::Word(W::A) => {
                k > 0
                    && matches!(self.lex(k - 1), Lex::Unit { unit: Unit::Day | Unit::Hour, plural: true })
                    && matches!(self.lex(k + 1), Lex::Unit { unit: Unit::Week | Unit::Day, plural: false })
            }
            // `from 7:30 a.m. to 3:30 p.m. on Monday to Thursday`: a range of weekdays is
            // a working week, not one day (twentieth round).
            Lex::Weekday { plural: false, .. } => self.weekday_range(k),
            // `A curfew from 6pm to 6am`, `from 10 a.m. to 3 p.m. during Ramadan`: hours
            // a rule or a season of days keeps (twentieth round).
            _ if self.in_list(k, WordList::StandingHours) => {
                self.in_list(k + 1, WordList::From)
                    || self.in_list(k + 1, WordList::Between)
                    || (k > 0 && self.in_list(k - 1, WordList::NightThrough))
            }
            _ => false,
        })
    }

    /// A weekday at `k` opening a range of weekdays (`Monday to Thursday`); not with
    /// `until`, which ends one stretch (`from 03:00 on Wednesday until Thursday`).
    fn weekday_range(&self, k: usize) -> bool {
        matches!(self.lex(k), Lex::Weekday { plural: false, .. })
            && self.is(k + 1, W::To)
            && matches!(self.lex(k + 2), Lex::Weekday { plural: false, .. })
    }

    /// `o'clock` (three tokens, either apostrophe) at `k`: the token after it.
    pub(super) fn oclock(&self, k: usize) -> Option<usize> {
        let apostrophe = self.glued(k + 1, '\'') || self.glued(k + 1, '\u{2019}');
        let clock = self.toks.get(k + 2).is_some_and(|t| !t.space_before) && self.raw(k + 2).eq_ignore_ascii_case("clock");
        (self.raw(k).eq_ignore_ascii_case("o") && apostrophe && clock).then_some(k + 3)
    }

    /// `seven o'clock`, `half past nine`, `quarter to two`, `twenty past two`, `ten to
    /// six`: a clock as it is spoken (transcripts, radio, memoirs) on the 12-hour dial,
    /// the hour (1 to 12) and minutes as said, and the next token (seventeenth round,
    /// wave 2). `five to ten` is a time only where nothing but punctuation, `o'clock` or
    /// a part of the day follows and no count comes before (not `rose from five to ten
    /// percent`, `one to two years`).
    fn spoken_clock(&self, i: usize) -> Option<(u32, u32, usize)> {
        let hour = |k: usize| match self.lex(k) {
            Lex::NumWord(v @ 1..=12) | Lex::Int { v: v @ 1..=12, digits: 1 | 2 } => Some(v as u32),
            _ => None,
        };
        let oclock = |k: usize| self.oclock(k).unwrap_or(k);
        if let Some(next) = self.oclock(i + 1) {
            return hour(i).map(|h| (h, 0, next));
        }
        let minutes = match self.lex(i) {
            Lex::Word(W::Half) => 30,
            Lex::Unit { unit: Unit::Quarter, plural: false } => 15,
            Lex::NumWord(v @ 1..=29) => v as u32,
            _ => return None,
        };
        let to = self.is(i + 1, W::To);
        if !to && !self.is(i + 1, W::Past) {
            return None;
        }
        let h = hour(i + 2)?;
        let next = oclock(i + 3);
        if to && minutes != 15 {
            // A figure `to` a figure is a range unless it stands alone as a time.
            let after_ok = next > i + 3
                || i + 3 >= self.toks.len()
                || matches!(self.lex(i + 3), Lex::Punct(_) | Lex::DayPart(_))
                || self.am_pm(i + 3).is_some()
                || self.day_part_after(i + 2, h).is_some()
                || self.day_phrase(i + 3).is_some();
            let before_ok = i == 0 || matches!(self.lex(i - 1), Lex::Punct(_)) || self.in_list(i - 1, WordList::HourBefore);
            if !after_ok || !before_ok || (i > 0 && self.in_list(i - 1, WordList::From)) {
                return None;
            }
        }
        Some(if to { (if h == 1 { 12 } else { h - 1 }, 60 - minutes, next) } else { (h, minutes, next) })
    }

    /// The hour of a clock `h` without a.m./p.m. whose last token is `next - 1`, set by
    /// a part of the day after it, and the token after the extent: `3:30 in the
    /// afternoon` (the part of the day is inside the extent, as `4 in the morning` is;
    /// twelfth round), `6:30 last night`, `7:35 this morning` (outside; fourteenth
    /// round), `half past nine last night` (seventeenth).
    fn hour_by_day_part(&self, h: u32, next: usize) -> (u32, usize) {
        match self.day_part_after(next - 1, h) {
            Some((h, j)) if h > 0 => (h, j),
            _ => match self.day_phrase(next) {
                Some((_, Some(part), _)) => (on_clock(h, part), next),
                // `left at 6:15 that evening`: the story's part of the day sets the
                // half of the clock, and stays an expression of its own (eighteenth round).
                _ => match self.lex(next + 1) {
                    Lex::DayPart(part) if self.is(next, W::That) => (on_clock(h, part), next),
                    _ => (h, next),
                },
            },
        }
    }

    /// `10:35 a.m.`, `5 p.m. EST Nov. 9`, `noon Thursday`, `10 p.m. Wednesday`.
    pub(super) fn clock(&self, i: usize) -> Option<Timex> {
        let spoken = match self.lex(i) {
            Lex::Clock { .. } | Lex::HourAmPm(_) | Lex::Grouped | Lex::Word(W::Noon | W::Midday | W::Midnight) => None,
            _ => self.spoken_clock(i),
        };
        let (h, min, mut j) = if let Some((h, min, next)) = spoken {
            // `half past nine last night`, `ten to six in the evening`: the part of the
            // day sets the half of the clock, as for `6:30 last night`.
            match self.am_pm(next) {
                Some((pm, j)) => (h % 12 + if pm { 12 } else { 0 }, min, j),
                None => {
                    let (h, j) = self.hour_by_day_part(h, next);
                    (h, min, j)
                }
            }
        } else {
            match self.lex(i) {
                Lex::Clock { h, min } => match self.am_pm(i + 1) {
                    Some((pm, j)) if (1..=12).contains(&h) => (h % 12 + if pm { 12 } else { 0 }, min, j),
                    Some(_) => return None,
                    None => {
                        if h > 23 {
                            return None;
                        }
                        // `passed halfway in 1:05`, `won in 2:08`: after `in`, a bare
                        // `h:mm` is a time taken (a race time), not a time of day (fourteenth
                        // round).
                        if i > 0 && self.is(i - 1, W::In) && !self.is(i + 1, W::Zone) && self.day_part_after(i, h).is_none() {
                            let v = match (h, min) {
                                (0, m) => format!("PT{m}M"),
                                (h, 0) => format!("PT{h}H"),
                                (h, m) => format!("PT{h}H{m}M"),
                            };
                            return Some(Timex::new(i, i + 1, Label::Duration, v));
                        }
                        let (h, j) = self.hour_by_day_part(h, i + 1);
                        (h, min, j)
                    }
                },
                Lex::Int { v: v @ 1..=12, digits: 1 | 2 } => match self.am_pm(i + 1) {
                    Some((pm, j)) => (v as u32 % 12 + if pm { 12 } else { 0 }, 0, j),
                    None => match self.hour_of_day_part(i, v as u32) {
                        Some(found) => found,
                        // `before 8 last night`, `at 9 this morning`: the part of the day the
                        // phrase after the hour names sets its half of the clock (fourteenth round).
                        None if i > 0 && self.in_list(i - 1, WordList::HourBefore) => {
                            let (_, part, _) = self.day_phrase(i + 1)?;
                            (on_clock(v as u32, part?), 0, i + 1)
                        }
                        None => return None,
                    },
                },
                // `at 1130 GMT`, `0730 local time`: a four-digit time with its zone (not in
                // brackets or after a slash following another time, `10:35 a.m. (0735 GMT)`,
                // `1400 EDT / 1800 GMT`, which restate it).
                Lex::Int { v, digits: 4 }
                    if v % 100 < 60
                        && v / 100 < 24
                        && !(i > 0 && (self.punct(i - 1, '(') || self.punct(i - 1, '[') || self.punct(i - 1, '/')))
                        && (self.zoned_four_digits(i).is_some() || self.four_digit_range_start(i)) =>
                {
                    ((v / 100) as u32, (v % 100) as u32, self.zoned_four_digits(i).unwrap_or(i + 1))
                }
                // `at 0400 hours`: a military time, `hours` inside the extent.
                Lex::Int { .. } if self.military_hours(i).is_some() => {
                    let (h, m) = self.military_hours(i)?;
                    (h, m, i + 2)
                }
                // `11.30pm`, `6.30 a.m.`, `19.45 GMT`: the clock as British, Indian and
                // Australian papers write it, with its half of the day or a zone (without
                // them `6.30` is a number) (sixteenth round).
                Lex::Grouped => {
                    let (h, min) = dotted_clock(self.raw(i))?;
                    match self.am_pm(i + 1) {
                        Some((pm, j)) if (1..=12).contains(&h) => (h % 12 + if pm { 12 } else { 0 }, min, j),
                        None if self.is(i + 1, W::Zone) && h <= 23 => (h, min, i + 1),
                        _ => return None,
                    }
                }
                Lex::HourAmPm(h) => (h, 0, i + 1),
                Lex::Word(W::Noon | W::Midday) => (12, 0, i + 1),
                Lex::Word(W::Midnight) => (24, 0, i + 1),
                _ => return None,
            }
        };
        if self.is(j, W::Zone) || (self.in_list(j, WordList::ZoneShort) && self.all_caps(j)) {
            j += 1;
        } else if self.cap(j) && self.in_list(j, WordList::ZoneName) {
            // `5 p.m. Eastern`, `11 p.m. Central time`: a zone by its name, inside the
            // extent as `EST` is (fourteenth round).
            j += 1;
            if self.in_list(j, WordList::Time) {
                j += 1;
            }
        } else if self.cap(j) && self.lex(j) == Lex::Other && self.in_list(j + 1, WordList::Time) {
            // `09:13 Moscow time`, `6 p.m. Mecca time`: a zone by its city, inside the
            // extent as `Eastern time` is (twentieth round).
            j += 2;
        }
        // `1 a.m. local time on May 2`: `local time` stays outside the extent (as the
        // zone words of HeidelTime's TempEval-3 patterns do not hold it), but the day
        // after it is the time's.
        let local = if self.in_list(j, WordList::Local) && self.in_list(j + 1, WordList::Time) { 2 } else { 0 };
        let mut k = j;
        if self.punct(k, ',') {
            k += 1;
        }
        let day = match self.lex(k) {
            // `6pm Christmas Eve`: a holiday right after the clock is its day, as a
            // weekday is (twentieth round).
            Lex::Weekday { plural: false, .. } | Lex::Month { .. } | Lex::Word(W::Holiday(_)) => {
                self.at_depth(k, 1).filter(|t| t.day && t.label == Label::Date).map(|t| (t.value, t.end))
            }
            // `10:05 tomorrow morning`: the day word with its part of the day is the
            // clock's day too (nineteenth round).
            Lex::Word(W::Today | W::Yesterday | W::Tomorrow) => self
                .at_depth(k, 1)
                .filter(|t| t.day && t.label == Label::Date)
                .map(|t| (t.value, t.end))
                .or_else(|| self.day_phrase(k).map(|(date, _, end)| (date, end))),
            // `3 a.m. the next day`, `9 this morning`, `midnight tonight`: one TIME on the
            // phrase's day, as `9 a.m. Tuesday` is (fourteenth round).
            _ => self.day_phrase(k).map(|(date, _, end)| (date, end)),
        };
        // `6:45 p.m. on Friday`: two expressions (the preposition is outside both),
        // but the time is on that day.
        let on_day = || {
            let k = if local > 0 { j + local } else { k };
            // `at 11.59pm on 9 Sep`, `at about 4am on 21st October, 1952`, `at 3pm on Good
            // Friday`: a day written day first, or a holiday, dates the time too
            // (seventeenth round).
            let day_first = || self.day_number(k + 1).is_some() && matches!(self.lex(k + 2), Lex::Month { .. });
            let named = matches!(self.lex(k + 1), Lex::Weekday { plural: false, .. } | Lex::Month { .. } | Lex::Word(W::Holiday(_)));
            if !self.is(k, W::On) || !(named || day_first()) || self.weekday_range(k + 1) {
                return None;
            }
            self.at_depth(k + 1, 1).filter(|t| t.day && t.label == Label::Date).map(|t| t.value)
        };
        // Without a day of its own, a clock time is on the narrative's current day.
        // `shortly after 11 p.m. ... By 1 a.m.`: a small hour told after an evening one
        // on the story's day is on the next day; the story's day stays the reference
        // (`the next evening` after it) (thirteenth round).
        let mut past_midnight = false;
        let (date, end) = match day {
            Some(found) => found,
            None => match on_day() {
                Some(v) => (v, j),
                // `open from 9 a.m. to 7 p.m. daily`, `every Monday at noon`: a time of
                // a recurring day is on no one day (fourteenth round).
                None if self.recurring_sentence(i) => ("XXXX-XX-XX".to_string(), j),
                None => {
                    // Midnight itself (`Shortly before midnight on April 14 ... it sank at
                    // 2:20 a.m.`) and a night or evening without a clock (`on Monday
                    // night ... By 2 a.m.`) are evenings too (fifteenth round).
                    let evening = !self.anchor.seeded && self.anchor.hour.is_some_and(|p| (18..=24).contains(&p));
                    let next = self.anchor.day.filter(|_| evening && h < 6).and_then(|d| d.add_days(1));
                    past_midnight = next.is_some();
                    (next.or(self.anchor.day).map_or_else(|| self.norm.day(0), fmt_ymd), j)
                }
            },
        };
        // `shortly after midnight`: the start of the day, not its end (eleventh round;
        // read after the next-day choice above, so it stays on the anchor's day:
        // moving it after an evening gained one development row and lost another,
        // `... at 9:55 p.m. on Wednesday. The rescue, which began shortly after
        // midnight`, fifteenth round).
        let h =
            if h == 24 && i > 0 && self.in_list(i - 1, WordList::BeforeAfter) && !self.in_list(i - 1, WordList::Before) { 0 } else { h };
        let t = Timex::new(i, end, Label::Time, format!("{date}T{h:02}:{min:02}"));
        Some(if past_midnight { t.anaphoric() } else { t })
    }
}

/// `H.MM` or `HH.MM` with minutes below 60: the hour and minutes of a dotted clock.
pub(super) fn dotted_clock(raw: &str) -> Option<(u32, u32)> {
    let (h, m) = raw.split_once('.')?;
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if !(1..=2).contains(&h.len()) || m.len() != 2 || !digits(h) || !digits(m) {
        return None;
    }
    let (h, m) = (h.parse().ok()?, m.parse().ok()?);
    (m < 60).then_some((h, m))
}

/// Hour `h` of a clock without a.m./p.m. in the part of the day `part`: the afternoon,
/// evening and night move a morning hour to the afternoon's half (`8 last night` is 20:00).
fn on_clock(h: u32, part: &str) -> u32 {
    if part != "MO" && (1..12).contains(&h) {
        h + 12
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{check, check_rows, check_table, DCT};

    /// A rate of days a week or hours a day makes the clocks of its sentence standing
    /// ones, on no one day (eighteenth round, second pass). Only the clocks are checked:
    /// the rate's own extent is another matter.
    #[test]
    fn clocks_beside_a_days_a_week_rate() {
        let rows = [
            ("Tolls apply from 7am to 7pm seven days a week.", vec!["XXXX-XX-XXT07:00", "XXXX-XX-XXT19:00"]),
            ("The helpline is staffed from 8 a.m. five days a week.", vec!["XXXX-XX-XXT08:00"]),
            ("The pumps ran 20 hours a day until 9 p.m. on Friday.", vec!["1998-01-30T21:00"]),
            ("The shop opened at 8 a.m. and a week later it closed.", vec!["1998-02-05T08:00"]),
            // Twentieth round: a range of weekdays, a curfew's hours, hours kept during a
            // season of days; a range on one named day stays on it.
            ("Banks will open from 8 a.m. to 2 p.m. on Sunday to Thursday.", vec!["XXXX-XX-XXT08:00", "XXXX-XX-XXT14:00"]),
            ("Clinics stay open until 6 p.m. on Monday to Friday.", vec!["XXXX-XX-XXT18:00"]),
            ("Gales are expected from 04:00 on Friday until Saturday.", vec!["1998-02-06T04:00"]),
            ("A curfew between 7pm and 5am is still in place in the north.", vec!["XXXX-XX-XXT19:00", "XXXX-XX-XXT05:00"]),
            ("Schools will run from 9 a.m. to 1 p.m. during Ramadan.", vec!["XXXX-XX-XXT09:00", "XXXX-XX-XXT13:00"]),
            ("Markets will close at 4 p.m. throughout Lent.", vec!["XXXX-XX-XXT16:00"]),
            ("The hearing ran from 10 a.m. to 4 p.m. on Monday.", vec!["1998-02-02T10:00", "1998-02-02T16:00"]),
            ("The curfew was lifted at 6 a.m. on Monday.", vec!["1998-02-02T06:00"]),
        ];
        for (text, want) in rows {
            let mut out = Vec::new();
            crate::dates::DateTagger::default().tag(text, Some(DCT), &mut out);
            let got: Vec<&str> = out.iter().filter(|s| s.label.as_str() == "TIME").filter_map(|s| s.value.as_deref()).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// A zone's short form in capitals after a clock is inside its extent, and a day
    /// after it dates the clock (`7:12 a.m. PT Friday`); `et` in lowercase or after a
    /// bare number is no zone (eighteenth round). DCT 1998-02-05, a Thursday.
    #[test]
    #[rustfmt::skip]
    fn short_zones_in_capitals() {
        check_rows(&[
            ("The polls close at 8 p.m. ET.", "", "8 p.m. ET", "TIME", "1998-02-05T20:00"),
            ("The rocket lifts off at 9:40 a.m. PT Saturday.", "", "9:40 a.m. PT Saturday", "TIME", "1998-02-07T09:40"),
            ("He takes the oath at noon ET today.", "", "noon ET today", "TIME", "1998-02-05T12:00"),
            ("Counting starts at 8 p.m. et seq.", "", "8 p.m.", "TIME", "1998-02-05T20:00"),
            // Twentieth round: Pakistan's, the Gulf's and East Africa's zones; a zone by
            // its city with `time`; the day after the zone still dates the clock.
            ("The budget is read at 4 p.m. PKT today.", "", "4 p.m. PKT today", "TIME", "1998-02-05T16:00"),
            ("The test was held at 3:10 p.m. PKT yesterday.", "", "3:10 p.m. PKT yesterday", "TIME", "1998-02-04T15:10"),
            ("Offices close at 2:30 p.m. GST.", "", "2:30 p.m. GST", "TIME", "1998-02-05T14:30"),
            ("The race starts at 7:15 a.m. EAT.", "", "7:15 a.m. EAT", "TIME", "1998-02-05T07:15"),
            ("Prayers begin at 5 p.m. Mecca time.", "", "5 p.m. Mecca time", "TIME", "1998-02-05T17:00"),
        ]);
        check("Polls open at 8 a.m. PKT on Saturday.", DCT, &[("8 a.m. PKT", "TIME", "1998-02-07T08:00"), ("Saturday", "DATE", "1998-02-07")]);
        check("The capsule docks at 11:02 Moscow time on Saturday.", DCT, &[
            ("11:02 Moscow time", "TIME", "1998-02-07T11:02"), ("Saturday", "DATE", "1998-02-07"),
        ]);
        check("The ferry left on March 4 at 6:15 that evening.", DCT, &[
            ("March 4", "DATE", "1998-03-04"), ("6:15", "TIME", "1998-03-04T18:15"), ("that evening", "TIME", "1998-03-04TEV"),
        ]);
    }

    /// A clock followed by `next WEEKDAY` or by a holiday is one TIME on that day; a
    /// clock before `that evening` stays two (twentieth round, issue 15). DCT
    /// 1998-02-05 is a Thursday.
    #[test]
    fn clocks_before_next_weekday_or_a_holiday() {
        check("The curfew holds until 5 am next Monday.", DCT, &[("5 am next Monday", "TIME", "1998-02-09T05:00")]);
        check("Shops close at 4pm Christmas Eve.", "1998-12-10", &[("4pm Christmas Eve", "TIME", "1998-12-24T16:00")]);
        // A holiday is the first end's own day in a range, not the day before the second's.
        check(
            "Lines shut from 9pm Christmas Eve until 5am December 28.",
            "1998-12-10",
            &[("9pm Christmas Eve", "TIME", "1998-12-24T21:00"), ("5am December 28", "TIME", "1998-12-28T05:00")],
        );
        check("The vote ends at 8 p.m. next Tuesday.", DCT, &[("8 p.m. next Tuesday", "TIME", "1998-02-10T20:00")]);
        check(
            "The train left at 9:40 that morning.",
            DCT,
            &[("9:40", "TIME", "1998-02-05T09:40"), ("that morning", "TIME", "1998-02-05TMO")],
        );
    }

    /// A clock time alone is on the DCT's day; one with a date or weekday is on that day.
    #[test]
    fn times_of_day_with_dates_zones_and_words() {
        // The time is on the day named after it (seventh round; it took the DCT before).
        check(
            "The blast occurred at 10:35 a.m. on Friday.",
            DCT,
            &[("10:35 a.m.", "TIME", "1998-01-30T10:35"), ("Friday", "DATE", "1998-01-30")],
        );
        check("Polls closed at 5 p.m. EST Nov. 9.", DCT, &[("5 p.m. EST Nov. 9", "TIME", "1997-11-09T17:00")]);
        check("They meet at noon Thursday.", DCT, &[("noon Thursday", "TIME", "1998-02-05T12:00")]);
        check("The show starts at 10pm.", DCT, &[("10pm", "TIME", "1998-02-05T22:00")]);
        check("The train left at 7:15.", DCT, &[("7:15", "TIME", "1998-02-05T07:15")]);
    }

    /// `6:45 p.m. on Friday`: two expressions, the time on that day, also across
    /// `local time` (outside the extent).
    /// Written for the seventh round (issue 15), DCT 2016-03-10 (a Thursday).
    #[test]
    #[rustfmt::skip]
    fn clock_times_on_a_day_and_in_local_time() {
        check_table("2016-03-10", &[
            ("At 6:45 p.m. on Friday, the first shots were fired in Bamako.", &[("6:45 p.m.", "TIME", "2016-03-04T18:45"), ("Friday", "DATE", "2016-03-04")]),
            ("The truce in Yemen took effect at midnight on Saturday.", &[("midnight", "TIME", "2016-03-05T24:00"), ("Saturday", "DATE", "2016-03-05")]),
            ("The quake near Pokhara struck at 11:56 a.m. local time.", &[("11:56 a.m.", "TIME", "2016-03-10T11:56")]),
            ("The raid in Abbottabad began at 1 a.m. local time on May 2, 2011.", &[("1 a.m.", "TIME", "2011-05-02T01:00"), ("May 2, 2011", "DATE", "2011-05-02")]),
        ]);
    }

    /// A four-digit time with a zone is a TIME (`at 1130 GMT`), `local time` outside
    /// the extent; in brackets after another time it restates it and is left out; and
    /// `after midnight` is the start of the day (eleventh round, issue 15).
    #[test]
    fn four_digit_times_and_midnight() {
        check_table(
            "2014-11-13",
            &[
                ("Shares were up 3.1 percent at 1130 GMT.", &[("1130 GMT", "TIME", "2014-11-13T11:30")]),
                (
                    "Controllers will try again at 1100 GMT on Friday.",
                    &[("1100 GMT", "TIME", "2014-11-14T11:00"), ("Friday", "DATE", "2014-11-14")],
                ),
                ("The curfew starts at 0730 local time.", &[("0730", "TIME", "2014-11-13T07:30")]),
                ("The blast hit at 10:35 a.m. (0735 GMT).", &[("10:35 a.m.", "TIME", "2014-11-13T10:35")]),
                ("Troops moved in at 11.30 pm [1800 gmt].", &[("11.30 pm", "TIME", "2014-11-13T23:30")]),
                ("Trading ends at 1400 EDT / 1800 GMT.", &[("1400 EDT", "TIME", "2014-11-13T14:00")]),
                ("Sales reached 1130 units.", &[]),
                ("Paratroopers jumped shortly after midnight.", &[("midnight", "TIME", "2014-11-13T00:00")]),
                ("The king spoke shortly before midnight.", &[("midnight", "TIME", "2014-11-13T24:00")]),
            ],
        );
    }

    /// Clocks as British, Indian, Australian and African papers write them: a dot
    /// between hour and minutes, `am`/`pm` glued on; without a half of the day or a
    /// zone a dotted number stays a number (sixteenth round).
    #[test]
    #[rustfmt::skip]
    fn dotted_and_glued_clocks() {
        check_table("2019-03-12", &[
            ("Polls in Kano close at 6.30pm.", &[("6.30pm", "TIME", "2019-03-12T18:30")]),
            ("The suspect was held at 2.15 a.m. on Sunday.", &[("2.15 a.m.", "TIME", "2019-03-10T02:15"), ("Sunday", "DATE", "2019-03-10")]),
            ("Gates at the Gabba open at 10.00 am.", &[("10.00 am", "TIME", "2019-03-12T10:00")]),
            ("The ferry sails at 7.05PM.", &[("7.05PM", "TIME", "2019-03-12T19:05")]),
            ("The House rises at 9:45pm tonight.", &[("9:45pm tonight", "TIME", "2019-03-12T21:45")]),
            ("Kick-off at Ellis Park is 19.30 GMT.", &[("19.30 GMT", "TIME", "2019-03-12T19:30")]),
            ("The rand traded at 14.30 against the dollar.", &[]),
            ("Inflation eased to 6.30 percent.", &[]),
            ("The ratio fell to 0.75pm.", &[]),
        ]);
    }

    /// A clock time before `on` and a date written day first, or a military time with
    /// `hrs`, is on that day (seventeenth round, issue 15).
    #[test]
    #[rustfmt::skip]
    fn clock_on_a_day_written_day_first() {
        check("The transfer window closes at 11.59pm on 9 Sep.", "2025-08-15", &[
            ("11.59pm", "TIME", "2025-09-09T23:59"), ("9 Sep", "DATE", "2025-09-09"),
        ]);
        check("He was detained at about 4am on 21st October, 1952, at his farm.", "2015-03-10", &[
            ("about 4am", "TIME", "1952-10-21T04:00"), ("21st October, 1952", "DATE", "1952-10-21"),
        ]);
        check("The channel is closed from 0600 hrs on 9 December.", "2002-12-01", &[
            ("0600 hrs", "TIME", "2002-12-09T06:00"), ("9 December", "DATE", "2002-12-09"),
        ]);
        check("The crossing takes 3 hrs.", "2002-12-01", &[("3 hrs", "DURATION", "PT3H")]);
    }

    /// A clock as it is spoken: `half past`, `quarter to`, minutes in words `past` or
    /// `to` an hour, an hour `o'clock`; a figure `to` a figure stays a range or a score
    /// unless it stands alone after a word that opens a time (seventeenth round, wave 2).
    #[test]
    #[rustfmt::skip]
    fn spoken_clocks() {
        check_table("2021-06-15", &[
            ("The ferry left at half past nine.", &[("half past nine", "TIME", "2021-06-15T09:30")]),
            ("We spoke at about quarter to two.", &[("about quarter to two", "TIME", "2021-06-15T01:45")]),
            ("The alarm went off at seven o'clock.", &[("seven o'clock", "TIME", "2021-06-15T07:00")]),
            ("It's ten past eight o'clock.", &[("ten past eight o'clock", "TIME", "2021-06-15T08:10")]),
            ("He rang at ten to six.", &[("ten to six", "TIME", "2021-06-15T05:50")]),
            ("Doors open at twenty to six in the evening.", &[("twenty to six in the evening", "TIME", "2021-06-15T17:40")]),
            ("She called at ten past eight last night.", &[("ten past eight last night", "TIME", "2021-06-14T20:10")]),
            ("Production rose from five to ten percent.", &[]),
            ("The vote was five to two.", &[]),
        ]);
    }

    /// `0400 hours` after a word that opens a time is a time of day, `hours` inside;
    /// elsewhere a four-digit count of hours stays a duration (eleventh round).
    #[test]
    fn military_hours() {
        check_table(
            "2019-03-12",
            &[
                ("Gunmen attacked the post at around 0400 hours, killing 4.", &[("around 0400 hours", "TIME", "2019-03-12T04:00")]),
                ("The curfew begins at 2100 hours.", &[("2100 hours", "TIME", "2019-03-12T21:00")]),
                (
                    "Troops withdrew by 1830 hours on Monday.",
                    &[("1830 hours", "TIME", "2019-03-11T18:30"), ("Monday", "DATE", "2019-03-11")],
                ),
                ("Volunteers gave 1000 hours of work.", &[("1000 hours", "DURATION", "PT1000H")]),
            ],
        );
    }
}
