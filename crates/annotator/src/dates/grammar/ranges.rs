//! Ranges as two expressions (TimeML tags each end): `2014-2016` and `1989-91`
//! (the lexicon splits the hyphenated pair, see `lexicon::year_range_split`), `two to
//! four weeks`, `between three and five years`, `12 or 18 months` (the first figure
//! takes the unit of the second), and clock-style elapsed times (`2:05:30`).

use super::{dur, Count, Grammar, Label, Timex};
use crate::dates::lexicon::{Lex, Unit, WordList, W};
use crate::dates::normalize::fmt_year;

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

    /// `two` in `two to four weeks`, `three` in `between three and five years`: the
    /// first figure of a range, with the unit of the second.
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
        Some(Timex::new(i, j, Label::Duration, dur(Count::N(n), unit)))
    }

    /// `2:05:30`: hours, minutes and seconds elapsed (a race time), not a time of day
    /// unless `at` comes first.
    pub(super) fn elapsed(&self, i: usize, h: u32, m: u32, s: u32) -> Option<Timex> {
        if i > 0 && self.is(i - 1, W::At) {
            return None;
        }
        let mut v = String::from("PT");
        for (n, d) in [(h, 'H'), (m, 'M'), (s, 'S')] {
            if n > 0 {
                v.push_str(&format!("{n}{d}"));
            }
        }
        if v.len() == 2 {
            return None;
        }
        Some(Timex::new(i, i + 1, Label::Duration, v))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::check;

    #[test]
    fn ranges_are_two_expressions() {
        let dct = "2015-06-02";
        check("The program ran from 2014-2016.", dct, &[("2014", "DATE", "2014"), ("2016", "DATE", "2016")]);
        check("Output fell in 1989-91.", dct, &[("1989", "DATE", "1989"), ("91", "DATE", "1991")]);
        check("Repairs take two to four weeks.", dct, &[("two", "DURATION", "P2W"), ("four weeks", "DURATION", "P4W")]);
        check(
            "The loan runs between three and five years.",
            dct,
            &[("three", "DURATION", "P3Y"), ("five years", "DURATION", "P5Y")],
        );
        check("She won in 2:05:30.", dct, &[("2:05:30", "DURATION", "PT2H5M30S")]);
        // Not ranges: a phone-like number, a count range of things, a score.
        check("Call 2014-5555 for help.", dct, &[]);
        check("They sent two to four soldiers.", dct, &[]);
        check("Children aged 6 to 8 years old attend.", dct, &[]);
    }
}
