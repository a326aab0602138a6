//! Recurrences: `every Friday`, `each year`, `every two weeks`, `every other month`
//! (the adverbs `daily`, `weekly` are single words, tagged in [`Grammar::at`]).

use super::{dur, Count, Grammar, Label, Timex};
use crate::dates::lexicon::{Lex, Unit, WordList, W};

impl Grammar<'_> {
    /// `every Friday`, `each year`, `every two weeks`, `each July`.
    pub(super) fn set(&self, i: usize) -> Option<Timex> {
        let mut j = i + 1;
        // `every other week`: one in two.
        let other = self.in_list(j, WordList::Other);
        if other {
            j += 1;
        }
        // `every three to four days`: a range of counts (`ranges`), of unsaid length.
        if let Some(r) = self.range_first(j).filter(|r| r.start == j && r.value.contains('X')) {
            return Some(Timex::new(i, r.end, Label::Set, r.value));
        }
        // `every few minutes`, `every several days`: a recurrence of unsaid period
        // (fourteenth round).
        let (n, k) = match self.count(j) {
            Some((Count::N(n), k)) if !self.is(j, W::A) => (Count::N(n), k),
            Some((Count::X, k)) if !other && !self.is(j, W::A) && matches!(self.lex(k), Lex::Unit { plural: true, .. }) => (Count::X, k),
            _ => (Count::N(if other { 2 } else { 1 }), j),
        };
        // `every Monday morning`
        if let (Lex::Weekday { d, .. }, Lex::DayPart(p)) = (self.lex(k), self.lex(k + 1)) {
            return Some(Timex::new(i, k + 2, Label::Set, format!("XXXX-WXX-{d}T{p}")));
        }
        let v = match self.lex(k) {
            // `every other weekend`: a weekend comes once a week, so it recurs in weeks
            // (it was `P4D`, two weekends' length; sixteenth round).
            Lex::Unit { unit: Unit::Weekend, .. } => dur(n, Unit::Week),
            Lex::Unit { unit, .. } => dur(n, unit),
            Lex::Weekday { d, .. } => format!("XXXX-WXX-{d}"),
            Lex::Month { m, abbr: false } => format!("XXXX-{m:02}"),
            Lex::DayPart(p) => format!("XXXX-XX-XXT{p}"),
            // `every spring` (eleventh round).
            Lex::Season(s) => format!("XXXX-{s}"),
            _ => return None,
        };
        Some(Timex::new(i, k + 1, Label::Set, v))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{check, check_rows, check_table, DCT};

    /// SET values as news writes them (issue 15).
    #[test]
    fn set_rows() {
        check_rows(&[
            ("The report is published yearly.", "", "yearly", "SET", "P1Y"),
            ("The committee meets every other week.", "", "every other week", "SET", "P2W"),
            ("Patrols leave every two hours.", "", "every two hours", "SET", "PT2H"),
            ("The council meets each month.", "", "each month", "SET", "P1M"),
            ("Convoys cross twice a week.", "", "twice a week", "SET", "P1W"),
            ("Casualty figures are released daily.", "", "daily", "SET", "P1D"),
            ("Refugees arrive every Monday morning.", "", "every Monday morning", "SET", "XXXX-WXX-1TMO"),
            ("The line closes every other weekend.", "", "every other weekend", "SET", "P2W"),
            ("The market runs every weekend.", "", "every weekend", "SET", "P1W"),
        ]);
    }

    /// `every`/`each` + a unit or a weekday, `every other`, and the adverbs.
    #[test]
    fn recurrences() {
        check("The market opens every Friday.", DCT, &[("every Friday", "SET", "XXXX-WXX-5")]);
        check("The board meets each year.", DCT, &[("each year", "SET", "P1Y")]);
        check("Buses run every two weeks.", DCT, &[("every two weeks", "SET", "P2W")]);
        check("The paper appears every other month.", DCT, &[("every other month", "SET", "P2M")]);
        check("The index is published daily.", DCT, &[("daily", "SET", "P1D")]);
    }

    /// After a habitual adverb in its sentence, a quarter, half, month or season without
    /// a year is that period of every year; a year, a relative word or a day keeps the
    /// calendar reading (tenth round). DCT 1989-11-02.
    #[test]
    fn habitual_periods_recur() {
        check_table(
            "1989-11-02",
            &[
                (
                    "Its auction business is usually conducted in the second and fourth quarters.",
                    &[("second", "SET", "XXXX-Q2"), ("fourth quarters", "SET", "XXXX-Q4")],
                ),
                ("Retail sales are typically strongest in the fourth quarter.", &[("the fourth quarter", "SET", "XXXX-Q4")]),
                ("The monsoon normally reaches Kerala in June.", &[("June", "SET", "XXXX-06")]),
                ("Passes are traditionally closed in winter.", &[("winter", "SET", "XXXX-WI")]),
                ("Profits usually rise in the first half.", &[("the first half", "SET", "XXXX-H1")]),
                ("Sales are usually strong in the fourth quarter of 1990.", &[("the fourth quarter of 1990", "DATE", "1990-Q4")]),
                ("Trading is usually quiet, and this month was no different.", &[("this month", "DATE", "1989-11")]),
                ("Fees are usually paid on June 30.", &[("June 30", "DATE", "1989-06-30")]),
                ("He usually travels. Sales rose in the third quarter.", &[("the third quarter", "DATE", "1989-Q3")]),
            ],
        );
    }

    /// A plural season noun is that season of every year (`XXXX-SU`); a capitalised one
    /// inside a sentence is a name (tenth round).
    #[test]
    fn plural_seasons_recur() {
        check_rows(&[
            ("Summers in Kabul are hot and dry.", "", "Summers", "SET", "XXXX-SU"),
            ("Violence has flared for the past three summers.", "", "summers", "SET", "XXXX-SU"),
            ("The pass is closed in winters of heavy snow.", "", "winters", "SET", "XXXX-WI"),
            ("The farmers burn the stubble in autumns without rain.", "", "autumns", "SET", "XXXX-FA"),
            ("Treasury Secretary Lawrence Summers met the bankers.", "", "", "", ""),
            ("Officials said Summers would attend.", "", "", "", ""),
            ("The hot springs draw tourists.", "", "", "", ""),
            ("The market falls when rates rise.", "", "", "", ""),
        ]);
    }

    /// `every spring`: a season of every year (eleventh round, issue 15).
    #[test]
    fn seasons_recur() {
        check_table(
            DCT,
            &[
                ("She visited the convent every spring.", &[("every spring", "SET", "XXXX-SP")]),
                ("Herders move south each winter.", &[("each winter", "SET", "XXXX-WI")]),
            ],
        );
    }
}
