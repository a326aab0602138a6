//! Named periods of a year: seasons (`summer 2014`), quarters and halves (`the third
//! quarter of 2015`, `first half`), centuries (`20th century`), counted days (`the
//! eighth day`) and holidays (`Christmas Eve`, `Labor Day`).

use super::{dur, Count, Grammar, Label, Timex};
use crate::dates::calendar::{days_in_month, nth_weekday, Ymd};
use crate::dates::lexicon::{moving_day, named_days, Holiday, Lex, NamedDay, Unit, WordList, W};
use crate::dates::normalize::{fmt_iso_week, fmt_year, fmt_ymd, Grain, Rel};

impl Grammar<'_> {
    /// `the summer of 2014`, `summer 2014`, `summer`.
    pub(super) fn season(&self, i: usize) -> Option<Timex> {
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
        // `spring` and `fall` alone are too often something else: a season after `in
        // the` at a clause's end (`resume in the spring.`); `autumn` is always one
        // (eleventh round; before, neither was read without a year).
        let the = i > 0 && self.is(i - 1, W::The);
        if self.in_list(i, WordList::AmbiguousSeason) {
            let clause_end = matches!(self.lex(i + 1), Lex::Punct(_)) || i + 1 >= self.toks.len() || self.in_list(i + 1, WordList::And);
            // `by the spring.`, `until the spring.` too (twentieth round).
            let before_the = i > 1 && (self.is(i - 2, W::In) || self.in_list(i - 2, WordList::UntilThen));
            if !(the && ((before_the && clause_end) || self.is(i + 1, W::Of))) {
                return None;
            }
        }
        if self.is(i + 1, W::Of) {
            return None;
        }
        Some(Timex::new(i, i + 1, Label::Date, self.norm.season_of(s, self.tense(i, i + 1), Rel::Bare)).np())
    }

    /// `Q3`, `Q3 2019`, `Q4 of 2020`: a quarter written as its abbreviation, in capitals
    /// (fourteenth round); without a year it is read as `the third quarter` is.
    pub(super) fn quarter_abbrev(&self, i: usize) -> Option<Timex> {
        let raw = self.raw(i).as_bytes();
        let n = match raw {
            [b'Q', q @ b'1'..=b'4'] => u32::from(q - b'0'),
            // `H1 2024`: a half with its year (nineteenth round); alone it is left.
            [b'H', h @ b'1'..=b'2'] => {
                let y = self.year_value(i + 1, false)?;
                return Some(Timex::new(i, i + 2, Label::Date, format!("{}-H{}", fmt_year(y), h - b'0')));
            }
            _ => return None,
        };
        let mut k = i + 1;
        if self.is(k, W::Of) {
            k += 1;
        }
        if let Some(y) = self.year_value(k, false) {
            return Some(Timex::new(i, k + 1, Label::Date, format!("{}-Q{n}", fmt_year(y))));
        }
        Some(Timex::new(i, i + 1, Label::Date, self.norm.quarter_of(n, self.tense(i, i + 1), Rel::Bare)))
    }

    /// `third quarter`, `the first quarter of 2015`, `first half`, `20th century`,
    /// `the first nine months`.
    pub(super) fn ordinal(&self, i: usize) -> Option<Timex> {
        let n = match self.lex(i) {
            Lex::Ordinal(n) | Lex::OrdNum(n) => n,
            _ => return None,
        };
        if let Some(t) = self.coordinated_ordinal(i, n) {
            return Some(t);
        }
        let j = i + 1;
        if let Some(t) = self.the_fourth(i, n) {
            return Some(t);
        }
        match self.lex(j) {
            // `the fourth of July`, `the first of May`: a spelled ordinal day of a month
            // (fifteenth round; `the 4th of July` was read already). The unit of a
            // compound (`the twenty-second of June`) is no day of its own.
            Lex::Word(W::Of) if !i.checked_sub(1).is_some_and(|p| matches!(self.lex(p), Lex::NumWord(_))) => self.day_first(i),
            // `fourth quarters` only as the second of `the second and fourth quarters`.
            Lex::Unit { unit: Unit::Quarter, plural } if (1..=4).contains(&n) && (!plural || self.ordinal_joined_before(i)) => {
                let mut k = j + 1;
                if self.is(k, W::Of) || self.punct(k, ',') {
                    k += 1;
                }
                if let Some(y) = self.year_value(k, false) {
                    return Some(Timex::new(i, k + 1, Label::Date, format!("{}-Q{n}", fmt_year(y))).np());
                }
                // `the first quarter of next year` (twentieth round).
                if let Some((y, end)) = self.relative_year(k).filter(|_| self.is(j + 1, W::Of)) {
                    return Some(Timex::new(i, end, Label::Date, format!("{y}-Q{n}")).np());
                }
                let v = self.norm.quarter_of(n, self.tense(i, j + 1), Rel::Bare);
                let t = Timex::new(i, j + 1, Label::Date, v);
                Some(if self.attributive(j) { t } else { t.np() })
            }
            Lex::Word(W::Half) if (1..=2).contains(&n) => {
                let mut k = j + 1;
                if self.is(k, W::Of) {
                    k += 1;
                }
                if let Some(y) = self.year_value(k, false) {
                    return Some(Timex::new(i, k + 1, Label::Date, format!("{}-H{n}", fmt_year(y))).np());
                }
                if self.is(j + 1, W::Of) || self.sport_sentence(i) {
                    return None;
                }
                let t = Timex::new(i, j + 1, Label::Date, format!("{}-H{n}", self.norm.year(0)));
                Some(if self.attributive(j) { t } else { t.np() })
            }
            // `today is the eighth day of Desert Shield`: a day counted up to now.
            Lex::Unit { unit: Unit::Day, plural: false } if n > 1 && !self.in_list(j + 1, WordList::Long) => {
                Some(Timex::new(i, j + 1, Label::Date, self.counted_day(i)).np().day())
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

    /// The day `the fifth day` (of a Test, a siege, an operation) is: the day a weekday
    /// of its sentence names (`won on the fifth day … on Monday`), else the day the text
    /// last stated (`beat Australia on Sunday. … on the fourth day`), else the DCT's
    /// (`today is the eighth day of Desert Shield`) (sixteenth round).
    fn counted_day(&self, i: usize) -> String {
        let found = std::cell::Cell::new(None);
        self.in_sentence(i, |k| match self.lex(k) {
            Lex::Weekday { d, plural: false } => {
                found.set(Some((k, d)));
                true
            }
            _ => false,
        });
        let named = found.get().map(|(k, d)| self.norm.weekday(d, self.tense(k, k + 1), Rel::Bare));
        named
            .or_else(|| self.anchor.day.filter(|_| !self.anchor.seeded && self.anchor.last == Some(Grain::Day)).map(fmt_ymd))
            .unwrap_or_else(|| self.norm.day(0))
    }

    /// `eight days before the Fourth.`: a capitalised `Fourth` after `the`, not opening
    /// a sentence and with no noun after it (`the Fourth Amendment`, `the Fourth
    /// Estate`), is Independence Day (fifteenth round).
    fn the_fourth(&self, i: usize, n: u32) -> Option<Timex> {
        let alone = matches!(self.lex(i + 1), Lex::Punct(_)) || i + 1 >= self.toks.len();
        if n != 4 || !matches!(self.lex(i), Lex::Ordinal(_)) || !self.cap(i) || self.all_caps(i) || !alone {
            return None;
        }
        if !i.checked_sub(1).is_some_and(|p| self.is(p, W::The)) || self.sentences().opens(i) {
            return None;
        }
        let v = self.norm.yearly(|y| Holiday::Independence.date(y), self.tense(i, i + 1), Rel::Bare)?;
        Some(Timex::new(i, i + 1, Label::Date, v).np().day())
    }

    /// The sentence around token `i` is about a game or a race (a word of
    /// `sport_word`, or a race time such as `1:03:10`): there `the second half` is the
    /// game's, not the year's (fourteenth round). Looks at most 20 tokens each way.
    fn sport_sentence(&self, i: usize) -> bool {
        self.in_sentence(i, |k| self.in_list(k, WordList::SportWord) || matches!(self.lex(k), Lex::Elapsed { .. }))
    }

    /// `the second and fourth quarters`, `the first or second half of 1990`: the first of
    /// two ordinals joined by `and`, `or` or a comma before one quarter or half noun is a
    /// period of its own, with that noun's kind and year (two expressions, as TimeML
    /// marks them; the article stays outside, as it belongs to the pair).
    fn coordinated_ordinal(&self, i: usize, n: u32) -> Option<Timex> {
        let j = i + 1;
        if !self.joins_ordinals(j) {
            return None;
        }
        let (Lex::Ordinal(m @ 1..=4) | Lex::OrdNum(m @ 1..=4)) = self.lex(j + 1) else {
            return None;
        };
        let k = j + 2;
        let half = match self.lex(k) {
            Lex::Unit { unit: Unit::Quarter, .. } => false,
            Lex::Word(W::Half) if n <= 2 && m <= 2 => true,
            _ => return None,
        };
        if !(1..=4).contains(&n) || n == m {
            return None;
        }
        let y = if self.is(k + 1, W::Of) { k + 2 } else { k + 1 };
        let v = match (self.year_value(y, false), half) {
            (Some(y), true) => format!("{}-H{n}", fmt_year(y)),
            (Some(y), false) => format!("{}-Q{n}", fmt_year(y)),
            (None, true) => format!("{}-H{n}", self.norm.year(0)),
            (None, false) => self.norm.quarter_of(n, self.tense(i, k + 1), Rel::Bare),
        };
        Some(Timex::new(i, i + 1, Label::Date, v))
    }

    /// `the first Sunday of February`, `the second week of January 2000`: a weekday or
    /// week counted in a month. The week is the ISO week holding the middle of the
    /// month's `n`th seven days (seventeenth round, issue 15).
    pub(super) fn nth_in_month(&self, i: usize) -> Option<Timex> {
        // `n` 0 is the month's last.
        let n = match self.lex(i) {
            Lex::Ordinal(n @ 1..=5) | Lex::OrdNum(n @ 1..=5) => n,
            Lex::Word(W::Last) => 0,
            _ => return None,
        };
        let wd = match self.lex(i + 1) {
            Lex::Weekday { d, plural: false } => Some(d),
            Lex::Unit { unit: Unit::Week, plural: false } => None,
            _ => return None,
        };
        if !(self.is(i + 2, W::Of) || self.is(i + 2, W::In)) {
            return None;
        }
        let (m, j, bare_abbr) = self.month_word(i + 3)?;
        if bare_abbr {
            return None;
        }
        let (y, end) = match self.year_after(j) {
            Some(found) => found,
            None => {
                let ym = self.norm.month_of(m, self.tense(i, j), Rel::Bare);
                (ym.split_once('-')?.0.parse().ok()?, j)
            }
        };
        let t = match wd {
            Some(d) => Timex::new(i, end, Label::Date, fmt_ymd(nth_weekday(y, m, d, n)?)).day(),
            None => {
                let day = if n == 0 { days_in_month(y, m) - 3 } else { 7 * n - 3 };
                Timex::new(i, end, Label::Date, fmt_iso_week(Ymd::new(i64::from(y), m, day)?))
            }
        };
        Some(t.np())
    }

    /// The ordinal at `i` is the second of two joined by `and`, `or` or a comma
    /// (`second and [fourth quarters]`).
    fn ordinal_joined_before(&self, i: usize) -> bool {
        i >= 2 && self.joins_ordinals(i - 1) && matches!(self.lex(i - 2), Lex::Ordinal(1..=4) | Lex::OrdNum(1..=4))
    }

    /// Token `k` can join two ordinals of one period noun: `and`, `or`, a comma.
    fn joins_ordinals(&self, k: usize) -> bool {
        self.in_list(k, WordList::And) || self.is(k, W::Or) || self.punct(k, ',')
    }

    /// The period noun at `j` is hyphenated to the ordinal before it and modifies the
    /// noun after it (`the third-quarter loss`, `the first-half results`): the article
    /// belongs to that noun, so it stays outside the extent (`the [third-quarter]
    /// loss`). `the third-quarter ended Sept. 30` is the quarter itself.
    fn attributive(&self, j: usize) -> bool {
        self.hyphen_joined(j) && self.lex(j + 1) == Lex::Other && !self.in_list(j + 1, WordList::YearBound)
    }

    /// `Christmas`, `Christmas Eve`, `Thanksgiving Day`, `Election Day`, `New Year's Day`,
    /// resolved like a month and day (`rel` for `last Thanksgiving`).
    pub(super) fn holiday(&self, i: usize, rel: Rel) -> Option<Timex> {
        let day_after = |k: usize| matches!(self.lex(k), Lex::Unit { unit: Unit::Day, plural: false }) && self.cap(k);
        // Days from the rule's date, for the days of Easter's cycle (`Good Friday`).
        let mut easter_off = 0;
        // `the New Year`: a noun phrase, its article inside.
        let mut new_year = false;
        // The holiday's rule, or `None` for a fixed month and day; where it falls; its end.
        let (rule, fixed, end): (Option<Holiday>, (u32, Option<u32>), usize) = match self.w(i)? {
            // `Valentine's Day`, `Mother's Day`: the possessive names only before `Day`.
            W::Holiday(h) if h.possessive() => {
                if !self.cap(i) || !self.punct(i + 1, '\'') || !self.in_list(i + 2, WordList::PossessiveS) || !day_after(i + 3) {
                    return None;
                }
                (Some(h), h.month_day(), i + 4)
            }
            // `Good Friday`, `Easter Monday`, `Holy Week`, `until Easter`: Easter's cycle
            // (seventeenth round). `Easter` alone is Easter Sunday unless a name goes on
            // (`Easter Island`, `the Easter Rising`).
            W::Holiday(h) if h.of_easter() => {
                if !self.cap(i) {
                    return None;
                }
                if h == Holiday::Holy && self.cap(i + 1) && matches!(self.lex(i + 1), Lex::Unit { unit: Unit::Week, plural: false }) {
                    let v = self.norm.yearly(|y| h.date(y)?.add_days(-3), self.tense(i, i + 2), rel)?;
                    return Some(Timex::new(i, i + 2, Label::Date, fmt_iso_week(Ymd::parse_iso(&v)?)));
                }
                let (wd, end) = match self.lex(i + 1) {
                    Lex::Weekday { d, plural: false } if self.cap(i + 1) => (Some(d), i + 2),
                    _ if self.cap(i + 1) => return None,
                    _ => (None, i + 1),
                };
                easter_off = h.easter_offset(wd)?;
                (Some(h), h.month_day(), end)
            }
            W::Holiday(h) => {
                if !self.cap(i) || (h.needs_day() && !day_after(i + 1)) {
                    return None;
                }
                // `Thanksgiving` in a report from Canada: the row of `named_days.tsv`
                // that its country cue chooses (nineteenth round).
                if h == Holiday::Thanksgiving && rel == Rel::Bare && self.named_day_row(THANKSGIVING).is_some() {
                    return self.named_day(i);
                }
                if h == Holiday::Christmas && self.in_list(i + 1, WordList::Eve) {
                    (None, (12, Some(24)), i + 2)
                } else if let Some(row) =
                    (h == Holiday::Independence && day_after(i + 1)).then(|| self.named_day_row(INDEPENDENCE_DAY)).flatten()
                {
                    // `Independence Day` in a report from India, Nigeria, …: that
                    // country's day, not the US's (nineteenth round).
                    (None, (row.month, Some(row.day)), i + 2)
                } else {
                    (Some(h), h.month_day(), if day_after(i + 1) { i + 2 } else { i + 1 })
                }
            }
            // `New Year's Day`, `New Year's Eve`
            W::New if self.cap(i) && self.cap(i + 1) && self.punct(i + 2, '\'') && self.in_list(i + 3, WordList::PossessiveS) => {
                let Lex::Unit { unit: Unit::Year, plural: false } = self.lex(i + 1) else {
                    return None;
                };
                if self.in_list(i + 4, WordList::Eve) {
                    (None, (12, Some(31)), i + 5)
                } else if day_after(i + 4) {
                    (None, (1, Some(1)), i + 5)
                } else {
                    return None;
                }
            }
            // `over Christmas and the New Year`: its first day; not `the Chinese New Year`
            // nor `New Year celebrations` (seventeenth round).
            W::New
                if self.cap(i)
                    && self.cap(i + 1)
                    && i > 0
                    && self.is(i - 1, W::The)
                    && matches!(self.lex(i + 1), Lex::Unit { unit: Unit::Year, plural: false })
                    && !matches!(self.lex(i + 2), Lex::Other | Lex::Word(_) | Lex::Unit { .. }) =>
            {
                new_year = true;
                (None, (1, Some(1)), i + 2)
            }
            _ => return None,
        };
        let date_in = |y: i32| match (rule, fixed) {
            (Some(h), _) => h.date(y)?.add_days(easter_off),
            (None, (m, d)) => Ymd::new(i64::from(y), m, d?),
        };
        // `Christmas Eve 1974`, `Christmas Day, 2021`: the year given is inside the
        // extent and the holiday is in it (sixteenth round).
        let comma = usize::from(self.punct(end, ','));
        if rel == Rel::Bare {
            if let Some(y) = self.year_value(end + comma, false) {
                if let Some(d) = date_in(y) {
                    return Some(Timex::new(i, end + comma + 1, Label::Date, fmt_ymd(d)).day());
                }
            }
            // `the Easter Sunday of 1949`: a noun phrase, its article inside.
            if let Some(y) = self.is(end, W::Of).then(|| self.year_value(end + 1, false)).flatten() {
                if let Some(d) = date_in(y) {
                    return Some(Timex::new(i, end + 2, Label::Date, fmt_ymd(d)).day().np());
                }
            }
            // `on Christmas Day in 1914`: the year after `in` is the day's, outside its
            // extent (nineteenth round).
            if let Some(d) = self.is(end, W::In).then(|| self.year_value(end + 1, false)).flatten().and_then(date_in) {
                return Some(Timex::new(i, end, Label::Date, fmt_ymd(d)).day());
            }
        }
        let v = self.norm.yearly(date_in, self.tense(i, end), rel).unwrap_or_else(|| match fixed {
            (m, Some(d)) => format!("XXXX-{m:02}-{d:02}"),
            (m, None) => format!("XXXX-{m:02}"),
        });
        // `the Labor Day weekend`, `the Christmas weekend`: the weekend next to the day
        // (the one before a Monday, after a Friday, else its own week's) (fourteenth round).
        if matches!(self.lex(end), Lex::Unit { unit: Unit::Weekend, plural: false }) {
            let day = Ymd::parse_iso(&v)?;
            let near = match day.weekday() {
                1 => day.add_days(-2)?,
                5 => day.add_days(1)?,
                _ => day,
            };
            return Some(Timex::new(i, end + 1, Label::Date, format!("{}-WE", fmt_iso_week(near))).np());
        }
        let t = Timex::new(i, end, Label::Date, v).day();
        Some(if new_year { t.np() } else { t })
    }
}

/// The name of the rows of `named_days.tsv` that give Independence Day by country.
const INDEPENDENCE_DAY: &str = "independence day";

/// The name of the rows of `named_days.tsv` that give Thanksgiving by country.
const THANKSGIVING: &str = "thanksgiving";

impl Grammar<'_> {
    /// `St Patrick's Day`, `World AIDS Day`, `Republic Day` (in a report from India): a
    /// day of `data/named_days.tsv` written at token `i`, each word capitalised,
    /// resolved as a holiday is (nineteenth round). The name's year may follow
    /// (`World AIDS Day 2010`).
    pub(super) fn named_day(&self, i: usize) -> Option<Timex> {
        // `World Press Freedom Day` is not `Freedom Day`: a capitalised word inside a
        // sentence before the name (not `The`) makes it part of a longer one.
        if !self.cap(i) || (i > 0 && self.cap(i - 1) && !self.is(i - 1, W::The) && !self.sentences().follows_mark(i)) {
            return None;
        }
        let start = self.toks.get(i)?.start;
        let rest = self.text().get(start..)?;
        let (name, len) = named_days().iter().find_map(|row| Some((row.name, name_written(rest, row.name)?)))?;
        let row = self.named_day_row(name)?;
        let mut end = i + 1;
        while self.toks.get(end).is_some_and(|t| t.end <= start + len) {
            end += 1;
        }
        if end.checked_sub(1).and_then(|e| self.toks.get(e)).is_none_or(|t| t.end != start + len) {
            return None;
        }
        let (m, d) = (row.month, row.day);
        // A day that moves (`Eid al-Fitr`, `Diwali`): its date in each year from
        // `data/moving_days.tsv`.
        let date_in = |y: i32| match row.moving {
            Some(key) => moving_day(key, y).and_then(|(m, d)| Ymd::new(i64::from(y), m, d)),
            None => Ymd::new(i64::from(y), m, d),
        };
        let comma = usize::from(self.punct(end, ','));
        if let Some(day) = self.year_value(end + comma, false).and_then(date_in) {
            return Some(Timex::new(i, end + comma + 1, Label::Date, fmt_ymd(day)).day());
        }
        // `honoured on Mashujaa Day in 2012`: the year after `in` is the day's, outside
        // its extent.
        if let Some(day) = self.is(end, W::In).then(|| self.year_value(end + 1, false)).flatten().and_then(date_in) {
            return Some(Timex::new(i, end, Label::Date, fmt_ymd(day)).day());
        }
        let v = self.norm.yearly(date_in, self.tense(i, end), Rel::Bare).unwrap_or_else(|| match row.moving {
            Some(_) => "XXXX-XX-XX".to_owned(),
            None => format!("XXXX-{m:02}-{d:02}"),
        });
        Some(Timex::new(i, end, Label::Date, v).day())
    }

    /// The row of `named_days.tsv` for `name` that holds in this document: among rows
    /// with country cues, the one whose cue comes first in the text; else the row
    /// without cues, if any.
    fn named_day_row(&self, name: &str) -> Option<&'static NamedDay> {
        let rows = || named_days().iter().filter(move |r| r.name == name);
        let first_cue = |row: &NamedDay| {
            self.toks
                .iter()
                .position(|t| self.text().get(t.start..t.end).is_some_and(|w| row.cues.iter().any(|c| w.eq_ignore_ascii_case(c))))
        };
        let cued = rows().filter(|r| !r.cues.is_empty()).filter_map(|r| Some((first_cue(r)?, r))).min_by_key(|&(k, _)| k).map(|(_, r)| r);
        cued.or_else(|| rows().find(|r| r.cues.is_empty()))
    }
}

/// The byte length of `name` (lowercase words of `named_days.tsv`) written at the start
/// of `text` with each word capitalised: `St.` for `st`, `’` for `'`, spaces between
/// the words; `None` when it is not there or runs on into a longer word.
fn name_written(text: &str, name: &str) -> Option<usize> {
    let t = text.as_bytes();
    let n = name.as_bytes();
    let mut k = 0;
    let mut word_start = true;
    for (at, &c) in n.iter().enumerate() {
        // `Eid al-Fitr`: a particle hyphened to the next word may be lowercase.
        let particle = word_start && at > 0 && n.get(at..).is_some_and(|r| r.iter().take_while(|&&b| b != b' ').any(|&b| b == b'-'));
        match c {
            b' ' => {
                if t.get(k) == Some(&b'.') {
                    k += 1;
                }
                let spaces = k;
                while t.get(k) == Some(&b' ') {
                    k += 1;
                }
                if k == spaces {
                    return None;
                }
                word_start = true;
            }
            b'\'' => {
                if t.get(k) == Some(&b'\'') {
                    k += 1;
                } else if t.get(k..k + 3) == Some("\u{2019}".as_bytes()) {
                    k += 3;
                } else {
                    return None;
                }
                word_start = false;
            }
            _ => {
                let b = *t.get(k)?;
                if (word_start && !particle && !b.is_ascii_uppercase()) || b.to_ascii_lowercase() != c {
                    return None;
                }
                k += 1;
                word_start = false;
            }
        }
    }
    (!t.get(k).is_some_and(u8::is_ascii_alphanumeric)).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{check, check_rows, check_table, DCT};

    /// `the first quarter of next year`: an ordinal quarter of a year named relative to
    /// the DCT (twentieth round). DCT 1998-02-05.
    #[test]
    fn quarter_of_a_relative_year() {
        check("Sales start in the first quarter of next year.", DCT, &[("the first quarter of next year", "DATE", "1999-Q1")]);
        check("Profit fell in the third quarter of last year.", DCT, &[("the third quarter of last year", "DATE", "1997-Q3")]);
        check("The plant opens in the second quarter of this year.", DCT, &[("the second quarter of this year", "DATE", "1998-Q2")]);
    }

    /// A weekday or week counted in a month (`the first Sunday of February`, `the
    /// second week of January 2000`): the day, or the ISO week holding the middle of
    /// the month's `n`th seven days; and a holiday with `of` and its year (seventeenth
    /// round, issue 15).
    #[test]
    #[rustfmt::skip]
    fn counted_in_a_month() {
        check_rows(&[
            ("The league resumes on the first Sunday of February.", "1996-10-10", "the first Sunday of February", "DATE", "1997-02-02"),
            ("Results are due in the second week of January 2000.", "1999-04-20", "the second week of January 2000", "DATE", "2000-W02"),
            ("Findings go to a conference in the third week of October.", "2018-06-10", "the third week of October", "DATE", "2018-W42"),
            ("Trains were disrupted in the first week of August.", "2011-09-10", "the first week of August", "DATE", "2011-W31"),
            ("Voting ends on the last Friday of March 2012.", "2011-09-10", "the last Friday of March 2012", "DATE", "2012-03-30"),
            ("Sales peaked in the last week of June.", "2011-09-10", "the last week of June", "DATE", "2011-W26"),
            ("On the Easter Sunday of 1949 alone, crews flew 300 sorties.", "2005-01-10", "the Easter Sunday of 1949", "DATE", "1949-04-17"),
            ("The parade was held on the Christmas Day of 1914.", "2005-01-10", "the Christmas Day of 1914", "DATE", "1914-12-25"),
        ]);
    }

    /// `the New Year` is its first day, the article inside; `New Year celebrations` is
    /// not, and `the Chinese New Year` is the lunar one, from `data/moving_days.tsv`
    /// (seventeenth and nineteenth rounds, issue 15).
    #[test]
    #[rustfmt::skip]
    fn the_new_year() {
        check_rows(&[
            ("They will return after the New Year, officials said.", "1996-10-10", "the New Year", "DATE", "1997-01-01"),
            ("Crowds marked the Chinese New Year.", "1996-10-10", "Chinese New Year", "DATE", "1996-02-19"),
            ("The New Year celebrations were muted.", "1996-10-10", "", "", ""),
        ]);
        check("The league breaks over Christmas and the New Year.", "1996-10-10", &[
            ("Christmas", "DATE", "1996-12-25"), ("the New Year", "DATE", "1997-01-01"),
        ]);
    }

    /// `National Day` (1 October) in a report from China, by the country cues of
    /// `data/named_days.tsv`; elsewhere it names other days (twentieth round, issue 15).
    #[test]
    #[rustfmt::skip]
    fn chinese_holidays_by_their_cues() {
        check_rows(&[
            ("Shanghai's museums will stay open on National Day.", "2019-09-10", "National Day", "DATE", "2019-10-01"),
            ("Tickets for National Day go on sale in Cardiff.", "2019-09-10", "", "", ""),
        ]);
    }

    /// Easter's cycle: `Easter`, `Palm Sunday`, `Maundy`/`Holy Thursday`, `Good
    /// Friday`, `Holy Saturday`, `Easter Monday`, `Holy Week` (the ISO week of its
    /// Thursday), by the Gregorian computus; `Easter Island` and a good Friday are none
    /// (seventeenth round, issue 15). DCT 2007-03-10 (Easter 8 April).
    #[test]
    #[rustfmt::skip]
    fn easter_cycle() {
        check_rows(&[
            ("Confessions are heard until Easter.", "2007-03-10", "Easter", "DATE", "2007-04-08"),
            ("The parish office closes on Easter Monday.", "2007-03-10", "Easter Monday", "DATE", "2007-04-09"),
            ("The procession leaves on Palm Sunday.", "2007-03-10", "Palm Sunday", "DATE", "2007-04-01"),
            ("The shops stay shut on Holy Saturday.", "2007-03-10", "Holy Saturday", "DATE", "2007-04-07"),
            ("Buses will not run on Maundy Thursday.", "2011-04-10", "Maundy Thursday", "DATE", "2011-04-21"),
            ("Traffic eases after Holy Week.", "2011-04-10", "Holy Week", "DATE", "2011-W16"),
            ("Traffic rose over the Easter weekend.", "2016-03-10", "the Easter weekend", "DATE", "2016-W12-WE"),
            ("Good Friday 2011 was warm.", "2016-03-10", "Good Friday 2011", "DATE", "2011-04-22"),
            ("Divers flew to Easter Island.", "2007-03-10", "", "", ""),
        ]);
        check("The Good Friday liturgy begins at 3pm.", "2007-03-10", &[
            ("Good Friday", "DATE", "2007-04-06"), ("3pm", "TIME", "2007-04-06T15:00"),
        ]);
        check("Mass is at 10.30am on Palm Sunday.", "2007-03-10", &[
            ("10.30am", "TIME", "2007-04-01T10:30"), ("Palm Sunday", "DATE", "2007-04-01"),
        ]);
    }

    /// `the fifth day` of a match or siege is the day its sentence names, else the day
    /// the text last stated, else the DCT (sixteenth round, issue 15). DCT 2010-10-12, a
    /// Tuesday.
    #[test]
    #[rustfmt::skip]
    fn counted_days() {
        check_table("2010-10-12", &[
            ("Pakistan won on the fifth day of the Test in Karachi on Monday.", &[("the fifth day", "DATE", "2010-10-11"), ("Monday", "DATE", "2010-10-11")]),
            ("England won at Lord's on Sunday. Australia were bowled out on the fourth day.", &[("Sunday", "DATE", "2010-10-10"), ("the fourth day", "DATE", "2010-10-10")]),
            ("Today is the eighth day of the strike.", &[("Today", "DATE", "2010-10-12"), ("the eighth day", "DATE", "2010-10-12")]),
            ("Talks entered their third day.", &[("third day", "DATE", "2010-10-12")]),
        ]);
    }

    /// A holiday with its year is that year's day, the year inside the extent
    /// (sixteenth round, issue 15).
    #[test]
    #[rustfmt::skip]
    fn holidays_with_their_year() {
        check_table("2019-08-20", &[
            ("The flood began on Christmas Eve 1974 in Darwin.", &[("Christmas Eve 1974", "DATE", "1974-12-24")]),
            ("The probe launched on Christmas Day 2021.", &[("Christmas Day 2021", "DATE", "2021-12-25")]),
            ("The strike began on Boxing Day, 2010.", &[("Boxing Day, 2010", "DATE", "2010-12-26")]),
            ("Polls opened on Thanksgiving 1998 in error.", &[("Thanksgiving 1998", "DATE", "1998-11-26")]),
            ("The ship will sail on Christmas Eve.", &[("Christmas Eve", "DATE", "2019-12-24")]),
        ]);
    }

    /// Named parts of a year take the year given, else the DCT's or the one before it.
    #[test]
    fn seasons_quarters_centuries_and_holidays() {
        check("Sales peaked in summer 2014.", DCT, &[("summer 2014", "DATE", "2014-SU")]);
        check("Output grew in the third quarter of 2015.", DCT, &[("the third quarter of 2015", "DATE", "2015-Q3")]);
        check("Profits doubled in the first half.", DCT, &[("the first half", "DATE", "1998-H1")]);
        check("Sales fell in the third quarter.", DCT, &[("the third quarter", "DATE", "1997-Q3")]);
        check("The 20th century was violent.", DCT, &[("The 20th century", "DATE", "19")]);
        check("Shops closed on Christmas Eve.", DCT, &[("Christmas Eve", "DATE", "1997-12-24")]);
        check("The parade is on Labor Day.", DCT, &[("Labor Day", "DATE", "1997-09-01")]);
    }

    /// Two ordinals joined before one quarter or half noun are two periods: the first
    /// takes the noun's kind and year, the article stays outside both (tenth round,
    /// issue 15: a range or pair is two expressions). DCT 1989-11-02 (fourth quarter).
    #[test]
    #[rustfmt::skip]
    fn coordinated_quarters_and_halves() {
        check_table("1989-11-02", &[
            ("Its auction business is conducted in the second and fourth quarters.", &[("second", "DATE", "1989-Q2"), ("fourth quarters", "DATE", "1989-Q4")]),
            ("Profits rose in the first and second quarters of 1990.", &[("first", "DATE", "1990-Q1"), ("second quarters of 1990", "DATE", "1990-Q2")]),
            ("Sales fell in the third or fourth quarter.", &[("third", "DATE", "1989-Q3"), ("fourth quarter", "DATE", "1989-Q4")]),
            ("Losses narrowed in the 1st and 2nd quarters.", &[("1st", "DATE", "1989-Q1"), ("2nd quarters", "DATE", "1989-Q2")]),
            ("Output grew in the first or second half of 1988.", &[("first", "DATE", "1988-H1"), ("second half of 1988", "DATE", "1988-H2")]),
            // Of a list of three, only the last two are read as a pair.
            ("Demand is weak in the first, second and third quarters.", &[("second", "DATE", "1989-Q2"), ("third quarters", "DATE", "1989-Q3")]),
            ("He finished second and fourth in the two races.", &[]),
            ("The fourth quarters of both years were weak.", &[]),
        ]);
    }

    /// A hyphenated quarter or half before a noun is an adjective of that noun: the
    /// article is the noun's (`the [third-quarter] loss`); with no noun after it, or
    /// before `ended`, it is the period itself and keeps its article.
    #[test]
    fn attributive_periods_leave_the_article_out() {
        check_rows(&[
            ("A major factor in the third-quarter loss was the write-down.", "1989-11-02", "third-quarter", "DATE", "1989-Q3"),
            ("Spending fueled much of the third-quarter growth.", "1989-11-02", "third-quarter", "DATE", "1989-Q3"),
            ("The first-half results were strong.", "1989-11-02", "first-half", "DATE", "1989-H1"),
            ("Analysts expect the fourth-quarter earnings to fall.", "1989-11-02", "fourth-quarter", "DATE", "1989-Q4"),
            ("It lost money in the third-quarter, the company said.", "1989-11-02", "the third-quarter", "DATE", "1989-Q3"),
            ("The third quarter results were weak.", "1989-11-02", "The third quarter", "DATE", "1989-Q3"),
            ("He sold shares in the first-half of the year.", "1989-11-02", "the first-half of the year", "DATE", "1989-H1"),
        ]);
    }

    /// `autumn` alone is a season; `spring` and `fall` alone only after `in the` at a
    /// clause's end, or before `of` (eleventh round, issue 15). DCT 2024-03-05.
    #[test]
    fn seasons_without_a_year() {
        check_table(
            "2024-03-05",
            &[
                ("Excavation will resume in the spring.", &[("the spring", "DATE", "2024-SP")]),
                ("Officials said the autumn had been the wettest on record.", &[("the autumn", "DATE", "2023-FA")]),
                ("The talks collapsed in the fall, and resumed later.", &[("the fall", "DATE", "2023-FA")]),
                ("Water from the spring is safe to drink.", &[]),
                ("The fall in prices hurt farmers.", &[]),
                ("He was injured in the fall from a ladder.", &[]),
                ("Spring rains flooded the valley.", &[]),
                // `by`/`until the spring` at a clause's end (twentieth round).
                ("Prices should recover by the spring.", &[("the spring", "DATE", "2024-SP")]),
                ("The orchard should flower by the spring.", &[("the spring", "DATE", "2024-SP")]),
                ("Water seeps out of the spring.", &[]),
            ],
        );
    }

    /// Fixed-date holidays that need `Day` (`Boxing Day`, `Anzac Day`, `Bastille
    /// Day`), and the era inside a century's or year's extent (`the fifth century AD`).
    /// Eleventh round (issue 15), DCT 2014-12-20.
    #[test]
    fn fixed_holidays_and_eras() {
        check_table(
            "2014-12-20",
            &[
                ("Play will resume on Boxing Day.", &[("Boxing Day", "DATE", "2014-12-26")]),
                ("Veterans marched on Anzac Day.", &[("Anzac Day", "DATE", "2014-04-25")]),
                ("Paris held its parade on Bastille Day.", &[("Bastille Day", "DATE", "2014-07-14")]),
                ("He joined the Boxing club.", &[]),
                ("The villa was abandoned in the fifth century AD.", &[("the fifth century AD", "DATE", "04")]),
                ("The fort was built in the 2nd century AD.", &[("the 2nd century AD", "DATE", "01")]),
                ("The temple dates from the 3rd century BC.", &[("the 3rd century BC", "DATE", "02")]),
                ("The ad ran in 2012 ad nauseam.", &[("2012", "DATE", "2012")]),
            ],
        );
    }
}
