//! Recurrences: `every Friday`, `each year`, `every two weeks`, `every other month`
//! (the adverbs `daily`, `weekly` are single words, tagged in [`Grammar::at`]).

use super::{dur, Count, Grammar, Label, Timex};
use crate::dates::lexicon::{Lex, WordList, W};

impl Grammar<'_> {
    /// `every Friday`, `each year`, `every two weeks`, `each July`.
    pub(super) fn set(&self, i: usize) -> Option<Timex> {
        let mut j = i + 1;
        // `every other week`: one in two.
        let other = self.in_list(j, WordList::Other);
        if other {
            j += 1;
        }
        let (n, k) = match self.count(j) {
            Some((Count::N(n), k)) if !self.is(j, W::A) => (n, k),
            _ => (if other { 2 } else { 1 }, j),
        };
        let v = match self.lex(k) {
            Lex::Unit { unit, .. } => dur(Count::N(n), unit),
            Lex::Weekday { d, .. } => format!("XXXX-WXX-{d}"),
            Lex::Month { m, abbr: false } => format!("XXXX-{m:02}"),
            Lex::DayPart(p) => format!("XXXX-XX-XXT{p}"),
            _ => return None,
        };
        Some(Timex::new(i, k + 1, Label::Set, v))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{check, DCT};

    /// `every`/`each` + a unit or a weekday, `every other`, and the adverbs.
    #[test]
    fn recurrences() {
        check("The market opens every Friday.", DCT, &[("every Friday", "SET", "XXXX-WXX-5")]);
        check("The board meets each year.", DCT, &[("each year", "SET", "P1Y")]);
        check("Buses run every two weeks.", DCT, &[("every two weeks", "SET", "P2W")]);
        check("The paper appears every other month.", DCT, &[("every other month", "SET", "P2M")]);
        check("The index is published daily.", DCT, &[("daily", "SET", "P1D")]);
    }
}
