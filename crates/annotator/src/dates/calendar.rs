//! Proleptic Gregorian calendar arithmetic on plain integers, total on any input.
//!
//! Years are kept to `1..=9999` (what a four-digit TIMEX3 value can hold); every
//! function that could leave that range returns `None` instead of overflowing.

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Ymd {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

const MIN_YEAR: i32 = 1;
const MAX_YEAR: i32 = 9999;

pub(crate) fn year_ok(y: i64) -> Option<i32> {
    (i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&y).then_some(y as i32)
}

pub(crate) fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub(crate) fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Ymd {
    /// A valid date, or `None` (`February 30`, month 13, year 0).
    pub(crate) fn new(y: i64, m: u32, d: u32) -> Option<Ymd> {
        let y = year_ok(y)?;
        (d >= 1 && d <= days_in_month(y, m)).then_some(Ymd { y, m, d })
    }

    /// Parses the date part of an ISO 8601 stamp (`2015-06-02`, `2015-06-02T10:00`).
    pub(crate) fn parse_iso(s: &str) -> Option<Ymd> {
        let b = s.trim().as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            part.iter().try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
        };
        if b.len() >= 10 && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-') {
            return Ymd::new(i64::from(digits(0..4)?), digits(5..7)?, digits(8..10)?);
        }
        if b.len() >= 8 {
            return Ymd::new(i64::from(digits(0..4)?), digits(4..6)?, digits(6..8)?);
        }
        None
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub(crate) fn to_days(self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, if its year is in range.
    pub(crate) fn from_days(days: i64) -> Option<Ymd> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i64::from(m <= 2);
        Ymd::new(y, m, d)
    }

    /// The date `n` days later (earlier when negative).
    pub(crate) fn add_days(self, n: i64) -> Option<Ymd> {
        Ymd::from_days(self.to_days().checked_add(n)?)
    }

    /// ISO weekday, 1 = Monday .. 7 = Sunday.
    pub(crate) fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        ((self.to_days() + 3).rem_euclid(7) + 1) as u32
    }

    /// ISO 8601 week-numbering year and week.
    pub(crate) fn iso_week(self) -> (i32, u32) {
        let wd = i64::from(self.weekday());
        let thursday = self.to_days() - wd + 4;
        match Ymd::from_days(thursday) {
            Some(t) => {
                let jan1 = Ymd { y: t.y, m: 1, d: 1 }.to_days();
                (t.y, ((thursday - jan1) / 7 + 1) as u32)
            }
            None => (self.y, 1),
        }
    }

    /// The quarter, 1..=4.
    pub(crate) fn quarter(self) -> u32 {
        quarter_of_month(self.m)
    }
}

/// The `n`th weekday `wd` (1 = Monday) of month `m` in year `y`; `n = 0` is the last.
pub(crate) fn nth_weekday(y: i32, m: u32, wd: u32, n: u32) -> Option<Ymd> {
    let first = Ymd::new(i64::from(y), m, 1)?;
    let to_first = i64::from((wd + 7 - first.weekday()) % 7);
    if n == 0 {
        let last = Ymd::new(i64::from(y), m, days_in_month(y, m))?;
        let back = i64::from((last.weekday() + 7 - wd) % 7);
        return last.add_days(-back);
    }
    let d = first.add_days(to_first + 7 * (i64::from(n) - 1))?;
    (d.m == m).then_some(d)
}

/// Easter Sunday of year `y` (Gregorian; the anonymous computus of 1876).
pub(crate) fn easter_sunday(y: i32) -> Option<Ymd> {
    let y = i64::from(y);
    let (a, b, c) = (y.rem_euclid(19), y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    Ymd::new(y, u32::try_from(n / 31).ok()?, u32::try_from(n % 31 + 1).ok()?)
}

/// Year and month `delta` months after `(y, m)`.
pub(crate) fn add_months(y: i32, m: u32, delta: i64) -> Option<(i32, u32)> {
    let idx = i64::from(y).checked_mul(12)?.checked_add(i64::from(m) - 1)?.checked_add(delta)?;
    Some((year_ok(idx.div_euclid(12))?, (idx.rem_euclid(12) + 1) as u32))
}

/// Year and quarter `delta` quarters after `(y, q)`.
pub(crate) fn add_quarters(y: i32, q: u32, delta: i64) -> Option<(i32, u32)> {
    let idx = i64::from(y).checked_mul(4)?.checked_add(i64::from(q) - 1)?.checked_add(delta)?;
    Some((year_ok(idx.div_euclid(4))?, (idx.rem_euclid(4) + 1) as u32))
}

/// The quarter (1..=4) month `m` is in; a month outside 1..=12 is clamped.
pub(crate) fn quarter_of_month(m: u32) -> u32 {
    (m.clamp(1, 12) - 1) / 3 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for days in [-719_162, -1, 0, 1, 10_000, 16_588, 2_932_896] {
            let d = Ymd::from_days(days).unwrap();
            assert_eq!(d.to_days(), days);
        }
        assert_eq!(Ymd::from_days(0), Ymd::new(1970, 1, 1));
        assert_eq!(Ymd::from_days(i64::MAX), None);
        assert_eq!(Ymd::from_days(i64::MIN), None);
    }

    #[test]
    fn weekdays_and_weeks() {
        let d = Ymd::new(2015, 6, 2).unwrap();
        assert_eq!(d.weekday(), 2);
        assert_eq!(d.iso_week(), (2015, 23));
        assert_eq!(Ymd::new(2016, 1, 1).unwrap().iso_week(), (2015, 53));
        assert_eq!(Ymd::new(2014, 12, 29).unwrap().iso_week(), (2015, 1));
    }

    #[test]
    fn invalid_dates_are_rejected() {
        assert_eq!(Ymd::new(2015, 2, 30), None);
        assert_eq!(Ymd::new(2015, 13, 1), None);
        assert_eq!(Ymd::new(0, 1, 1), None);
        assert!(Ymd::new(2016, 2, 29).is_some());
        assert_eq!(Ymd::new(9999, 12, 31).unwrap().add_days(1), None);
        assert_eq!(add_months(9999, 12, 1), None);
        assert_eq!(add_months(2015, 1, -1), Some((2014, 12)));
        assert_eq!(add_quarters(2015, 1, -1), Some((2014, 4)));
    }

    #[test]
    fn nth_weekdays() {
        // Thanksgiving 1999, Memorial Day 2015, Election Day 1998 (Tuesday after the first Monday).
        assert_eq!(nth_weekday(1999, 11, 4, 4), Ymd::new(1999, 11, 25));
        assert_eq!(nth_weekday(2015, 5, 1, 0), Ymd::new(2015, 5, 25));
        assert_eq!(nth_weekday(1998, 11, 1, 1).and_then(|d| d.add_days(1)), Ymd::new(1998, 11, 3));
        assert_eq!(nth_weekday(2015, 2, 1, 5), None);
    }

    #[test]
    fn dct_parsing() {
        assert_eq!(Ymd::parse_iso("2015-06-02T10:00"), Ymd::new(2015, 6, 2));
        assert_eq!(Ymd::parse_iso("19980108"), Ymd::new(1998, 1, 8));
        assert_eq!(Ymd::parse_iso("2015-6-2"), None);
        assert_eq!(Ymd::parse_iso("née"), None);
    }
}
