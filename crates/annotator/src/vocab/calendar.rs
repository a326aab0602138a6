//! Month and weekday names: `data/months.tsv` and `data/weekdays.tsv`.
//!
//! The date grammar reads the whole rows (month number and form, ISO day and
//! number) through its tables; the casualty tagger only asks whether a word is a
//! month or a weekday (a number next to one is a day or a year, and `Mondays` is no
//! group of people). Both read these files, so a name added here counts in both.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::table;

/// `data/months.tsv`: `word <TAB> month number <TAB> full|abbr`.
pub(crate) const MONTHS_FILE: &str = "vocab/data/months.tsv";
pub(crate) const MONTHS: &str = include_str!("data/months.tsv");
/// `data/weekdays.tsv`: `word <TAB> ISO day <TAB> singular|plural`.
pub(crate) const WEEKDAYS_FILE: &str = "vocab/data/weekdays.tsv";
pub(crate) const WEEKDAYS: &str = include_str!("data/weekdays.tsv");

type WordSet = HashSet<&'static str, foldhash::fast::FixedState>;

/// The first field of every row of `src`.
fn words(src: &'static str) -> WordSet {
    table::rows(src).filter_map(|(_, fields)| fields.first().copied()).collect()
}

static MONTH_SET: LazyLock<WordSet> = LazyLock::new(|| words(MONTHS));
static WEEKDAY_SET: LazyLock<WordSet> = LazyLock::new(|| words(WEEKDAYS));

/// A month name or abbreviation, lowercase (`march`, `sept`).
pub(crate) fn is_month(w: &str) -> bool {
    MONTH_SET.contains(w)
}

/// The number (1-12) of a full month name, lowercase (`january` is 1); `None` for
/// an abbreviation or any other word.
pub(crate) fn month_number(w: &str) -> Option<u32> {
    MONTH_NUMBERS.iter().find(|(name, _)| *name == w).map(|&(_, n)| n)
}

static MONTH_NUMBERS: LazyLock<Vec<(&'static str, u32)>> = LazyLock::new(|| {
    table::rows(MONTHS)
        .filter(|(_, fields)| fields.get(2) == Some(&"full"))
        .filter_map(|(_, fields)| Some((*fields.first()?, fields.get(1)?.parse().ok()?)))
        .collect()
});

/// A weekday name, singular or plural, lowercase (`friday`, `mondays`).
pub(crate) fn is_weekday(w: &str) -> bool {
    WEEKDAY_SET.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_files_parse_into_lowercase_names() {
        for (name, src, count) in [(MONTHS_FILE, MONTHS, 24), (WEEKDAYS_FILE, WEEKDAYS, 14)] {
            let rows: Vec<_> = table::rows(src).collect();
            assert_eq!(rows.len(), count, "{name}");
            assert!(rows.iter().all(|(_, f)| f.len() == 3 && f[0].to_lowercase() == f[0]), "{name}");
            assert_eq!(words(src).len(), count, "{name}: a name listed twice");
        }
        assert!(is_month("may") && is_month("sept") && !is_month("monday"));
        assert!(is_weekday("sundays") && !is_weekday("sun"));
    }
}
