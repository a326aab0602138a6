//! Document-level death tolls against a coded toll, as event datasets code them.
//!
//! The ACLED metric of `../shared/data/README.md`, for any gold that gives one
//! number per document (a JSONL field, a spreadsheet column):
//!
//! - a document whose coded toll N > 0 appears in its text as a number (digits,
//!   with or without thousands separators, or a number word up to twenty) is right
//!   when its predicted killed toll is N;
//! - a document coded 0 is right when it has no killed toll (none, or 0);
//! - a document whose toll is set by a coding convention rather than by its text
//!   (it says `coded as`, or that the fatalities were split across, between or
//!   among events) is left out, and counted as excluded;
//! - a document coded N > 0 whose text does not hold N is counted apart, not scored.
//!
//! A predicted toll is read from its COUNT (`SCHEME.md`) by the number it states:
//! `12`, `>=12`, `>12`, `~12` and `<=12` all compare as 12, a range `12-15` as its
//! low end (the most conservative reading, as ACLED codes).
//!
//! ```
//! use scorer::totals::{score_totals, TotalsDoc};
//! let docs = vec![
//!     TotalsDoc { id: "a".into(), text: "Two soldiers were killed.".into(), gold: 2, predicted: Some("2".into()) },
//!     TotalsDoc { id: "b".into(), text: "A protest.".into(), gold: 0, predicted: None },
//! ];
//! let report = score_totals(&docs);
//! assert_eq!((report.in_text.right, report.in_text.total), (1, 1));
//! assert_eq!((report.zero.right, report.zero.total), (1, 1));
//! ```

use std::fmt::Write as _;

use serde::Serialize;

/// One document to score: its text, its coded toll and the predicted killed toll.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalsDoc {
    /// The document id.
    pub id: String,
    /// Its text (to tell whether the coded toll is stated in it).
    pub text: String,
    /// The coded toll.
    pub gold: u64,
    /// The predicted killed toll, in COUNT syntax (`12`, `>=12`, `12-15`), if any.
    pub predicted: Option<String>,
}

/// Right out of total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Share {
    /// Documents right.
    pub right: usize,
    /// Documents scored.
    pub total: usize,
}

impl Share {
    /// `right / total`, 0 when nothing was scored.
    pub fn ratio(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

/// How the predicted toll of a document compares with the coded one, by size.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SizeRow {
    /// The size class of the coded toll (`0`, `1`, `2-5`, `6-10`, `11-50`, `>50`).
    pub size: &'static str,
    /// Documents of that size scored.
    pub total: usize,
    /// Predicted toll equal to the coded one.
    pub right: usize,
    /// No killed toll predicted although one is coded.
    pub none: usize,
    /// A smaller toll predicted.
    pub under: usize,
    /// A larger toll predicted.
    pub over: usize,
}

/// A document scored wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TotalsError {
    /// The document id.
    pub id: String,
    /// The coded toll.
    pub gold: u64,
    /// The predicted killed toll (COUNT syntax), if any.
    pub predicted: Option<String>,
    /// `|predicted - gold|` on the number the prediction states (no toll counts as 0).
    pub off_by: u64,
    /// The text.
    pub text: String,
}

/// The whole result.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TotalsReport {
    /// Documents read.
    pub documents: usize,
    /// Left out: the toll is a coding convention (`coded as`, split across events).
    pub excluded: usize,
    /// Coded above 0 but the toll is not stated in the text: not scored.
    pub not_in_text: usize,
    /// Coded above 0 and stated in the text: right when the killed toll equals it.
    pub in_text: Share,
    /// Coded 0: right when there is no killed toll.
    pub zero: Share,
    /// Under- and over-counts by size of the coded toll (scored documents only).
    pub by_size: Vec<SizeRow>,
    /// Scored documents that are wrong, worst (largest `off_by`) first.
    pub errors: Vec<TotalsError>,
}

/// The number a COUNT states, read conservatively: `>=12`, `>12`, `~12`, `<=12` are
/// 12, a range its low end. `None` for anything that is not a COUNT.
pub fn stated_number(count: &str) -> Option<u64> {
    let count = count.trim();
    let bare = count.trim_start_matches(['>', '<', '=', '~']);
    let low = bare.split_once('-').map_or(bare, |(low, _)| low);
    low.parse().ok()
}

/// Whether a document's toll is set by a coding convention rather than by its text.
pub fn is_convention(text: &str) -> bool {
    let lower = text.to_lowercase();
    if lower.contains("coded as") {
        return true;
    }
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.iter().enumerate().any(|(i, w)| {
        (*w == "split" || *w == "divided")
            && words.iter().skip(i + 1).take(3).any(|n| matches!(*n, "across" | "between" | "among" | "amongst"))
    })
}

const NUMBER_WORDS: [&str; 20] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];

/// Whether `n` appears in `text` as a number: digits (thousands separators allowed)
/// or, up to twenty, a number word.
pub fn states_number(text: &str, n: u64) -> bool {
    let word = usize::try_from(n).ok().and_then(|n| n.checked_sub(1)).and_then(|i| NUMBER_WORDS.get(i));
    let lower = text.to_lowercase();
    let mut rest = lower.as_str();
    while let Some(start) = rest.find(|c: char| c.is_ascii_alphanumeric()) {
        let tail = &rest[start..];
        let first = tail.chars().next().unwrap_or(' ');
        let len = if first.is_ascii_digit() {
            // Digits with commas between groups; a trailing comma is punctuation.
            let raw = tail.find(|c: char| !(c.is_ascii_digit() || c == ',')).unwrap_or(tail.len());
            let token = tail[..raw].trim_end_matches(',');
            let plain: String = token.chars().filter(|c| *c != ',').collect();
            if plain.parse::<u64>().ok() == Some(n) {
                return true;
            }
            raw.max(1)
        } else {
            let len = tail.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(tail.len());
            if word.is_some_and(|w| *w == &tail[..len]) {
                return true;
            }
            len.max(1)
        };
        rest = &tail[len..];
    }
    false
}

fn size_class(n: u64) -> usize {
    match n {
        0 => 0,
        1 => 1,
        2..=5 => 2,
        6..=10 => 3,
        11..=50 => 4,
        _ => 5,
    }
}

const SIZES: [&str; 6] = ["0", "1", "2-5", "6-10", "11-50", ">50"];

/// Scores every document (see the module documentation for the rules).
pub fn score_totals(docs: &[TotalsDoc]) -> TotalsReport {
    let mut report = TotalsReport {
        documents: docs.len(),
        by_size: SIZES.iter().map(|size| SizeRow { size, ..Default::default() }).collect(),
        ..Default::default()
    };
    for doc in docs {
        if is_convention(&doc.text) {
            report.excluded += 1;
            continue;
        }
        let predicted = doc.predicted.as_deref().and_then(stated_number).filter(|n| *n > 0);
        let share = if doc.gold == 0 {
            &mut report.zero
        } else if states_number(&doc.text, doc.gold) {
            &mut report.in_text
        } else {
            report.not_in_text += 1;
            continue;
        };
        share.total += 1;
        let right = predicted.unwrap_or(0) == doc.gold;
        share.right += usize::from(right);
        if let Some(row) = report.by_size.get_mut(size_class(doc.gold)) {
            row.total += 1;
            match predicted {
                _ if right => row.right += 1,
                None => row.none += 1,
                Some(p) if p < doc.gold => row.under += 1,
                Some(_) => row.over += 1,
            }
        }
        if !right {
            report.errors.push(TotalsError {
                id: doc.id.clone(),
                gold: doc.gold,
                predicted: doc.predicted.clone(),
                off_by: predicted.unwrap_or(0).abs_diff(doc.gold),
                text: doc.text.clone(),
            });
        }
    }
    report.errors.sort_by(|a, b| b.off_by.cmp(&a.off_by).then_with(|| a.id.cmp(&b.id)));
    report
}

impl TotalsReport {
    /// A readable table: the two accuracies, the exclusions, the size table and the
    /// `worst` worst documents.
    pub fn render_table(&self, worst: usize) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Document death tolls ({} documents)", self.documents);
        let _ =
            writeln!(out, "  toll stated in the text: {}/{} right ({:.3})", self.in_text.right, self.in_text.total, self.in_text.ratio());
        let _ = writeln!(
            out,
            "  coded 0, no killed toll: {}/{} right ({:.3}); false-toll rate {:.3}",
            self.zero.right,
            self.zero.total,
            self.zero.ratio(),
            if self.zero.total == 0 { 0.0 } else { 1.0 - self.zero.ratio() }
        );
        let _ = writeln!(out, "  excluded (coding convention: `coded as`, split across events): {}", self.excluded);
        let _ = writeln!(out, "  coded above 0 but not stated in the text (not scored): {}", self.not_in_text);
        let _ = writeln!(out);
        let _ = writeln!(out, "  {:<6} {:>6} {:>6} {:>6} {:>6} {:>6}", "size", "docs", "right", "none", "under", "over");
        for row in &self.by_size {
            let _ = writeln!(out, "  {:<6} {:>6} {:>6} {:>6} {:>6} {:>6}", row.size, row.total, row.right, row.none, row.under, row.over);
        }
        if worst > 0 && !self.errors.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "  worst documents (gold / predicted):");
            for error in self.errors.iter().take(worst) {
                let snippet: String = error.text.chars().take(100).collect();
                let _ = writeln!(out, "  {:>5} / {:<8} {}  {}", error.gold, error.predicted.as_deref().unwrap_or("-"), error.id, snippet);
            }
        }
        out
    }

    /// The report as JSON.
    pub fn render_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, text: &str, gold: u64, predicted: Option<&str>) -> TotalsDoc {
        TotalsDoc { id: id.into(), text: text.into(), gold, predicted: predicted.map(String::from) }
    }

    #[test]
    fn numbers_in_text() {
        assert!(states_number("Police killed 1,200 people.", 1200));
        assert!(states_number("Police killed 1200, then left.", 1200));
        assert!(states_number("Three soldiers died.", 3));
        assert!(states_number("TWENTY died.", 20));
        assert!(!states_number("Police killed 12 people.", 1));
        assert!(!states_number("Someone died.", 1));
        assert!(!states_number("Twenty-one died.", 21));
        assert!(states_number("On 2 July 4 died.", 4));
    }

    #[test]
    fn conventions() {
        assert!(is_convention("Fatalities coded as 0 (the group reported 3)."));
        assert!(is_convention("12 killed; fatalities split across the three events."));
        assert!(is_convention("Fatalities were split up among 4 events."));
        assert!(!is_convention("They protested the decision to split the district."));
    }

    #[test]
    fn stated_numbers() {
        assert_eq!(stated_number("12"), Some(12));
        assert_eq!(stated_number(">=12"), Some(12));
        assert_eq!(stated_number("~12"), Some(12));
        assert_eq!(stated_number("12-15"), Some(12));
        assert_eq!(stated_number("x"), None);
    }

    #[test]
    fn scoring_counts_each_kind() {
        let docs = vec![
            doc("a", "Two soldiers were killed.", 2, Some("2")),
            doc("b", "Two soldiers were killed.", 2, Some("3")),
            doc("c", "Two soldiers were killed.", 2, None),
            doc("d", "A protest.", 0, None),
            doc("e", "A protest.", 0, Some("1")),
            doc("f", "Some people died.", 4, Some("1")),
            doc("g", "Fatalities coded as 0.", 0, Some("3")),
        ];
        let report = score_totals(&docs);
        assert_eq!(report.in_text, Share { right: 1, total: 3 });
        assert_eq!(report.zero, Share { right: 1, total: 2 });
        assert_eq!((report.excluded, report.not_in_text), (1, 1));
        let row = &report.by_size[2];
        assert_eq!((row.total, row.right, row.none, row.under, row.over), (3, 1, 1, 0, 1));
        assert_eq!(report.errors.len(), 3);
        assert_eq!(report.errors[0].off_by, 2); // c: none against 2
        assert!(report.render_table(5).contains("2/3") || report.render_table(5).contains("1/3"));
    }
}
