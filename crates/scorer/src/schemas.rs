//! The four SemEval-2013 task 9.1 schemas and how predictions are matched to gold
//! under each, exactly as nervaluate (1.2.1) matches them.
//!
//! Predictions are visited in order (by start, end, label). Each one looks at the
//! gold spans not yet taken, in order, and takes at most one:
//!
//! | schema  | correct                        | else, first overlapping gold        |
//! |---------|--------------------------------|-------------------------------------|
//! | strict  | same start, end and label      | incorrect                           |
//! | exact   | same start and end             | incorrect                           |
//! | partial | same start and end             | partial (half credit)               |
//! | type    | overlapping, same label; the closest boundaries win (sum of start and end distances; the first on ties) | incorrect (other label) |
//!
//! A prediction that takes nothing is spurious; gold left untaken is missed.
//! "Overlapping" means sharing at least 1 % of the gold span's characters
//! (nervaluate's default `min_overlap_percentage`), so a one-character overlap
//! with a gold span longer than 100 characters does not count.

use serde::{Deserialize, Serialize};

use crate::counts::Tally;
use crate::prepare::Item;

/// One of the four matching schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Schema {
    /// Same start, end and label.
    Strict,
    /// Same start and end, any label.
    Exact,
    /// Overlap, any label; an overlap that is not exact earns half credit.
    Partial,
    /// Overlap with the same label, full credit.
    Type,
}

impl Schema {
    /// All schemas, in report order.
    pub const ALL: [Schema; 4] = [Schema::Strict, Schema::Exact, Schema::Partial, Schema::Type];

    /// The schema's name in reports (`strict`, `exact`, `partial`, `type`).
    pub fn name(self) -> &'static str {
        match self {
            Schema::Strict => "strict",
            Schema::Exact => "exact",
            Schema::Partial => "partial",
            Schema::Type => "type",
        }
    }

    /// True for the schemas whose precision and recall give partial matches half
    /// credit (`(correct + 0.5 * partial) / …`): partial and type.
    pub fn half_credit(self) -> bool {
        matches!(self, Schema::Partial | Schema::Type)
    }
}

/// What became of one prediction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    Correct,
    Incorrect,
    Partial,
    Spurious,
}

/// The outcome of matching one list of predictions against one list of gold spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Matching {
    /// Per prediction: its verdict and the gold span it took.
    pub pred: Vec<(Verdict, Option<usize>)>,
    /// Per gold span: the prediction that took it.
    pub gold: Vec<Option<usize>>,
}

impl Matching {
    /// The counts of this matching.
    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for (verdict, _) in &self.pred {
            match verdict {
                Verdict::Correct => tally.correct += 1,
                Verdict::Incorrect => tally.incorrect += 1,
                Verdict::Partial => tally.partial += 1,
                Verdict::Spurious => tally.spurious += 1,
            }
        }
        tally.missed = self.gold.iter().filter(|g| g.is_none()).count() as u64;
        tally
    }
}

/// True when `pred` covers at least 1 % of `gold` (nervaluate's threshold).
pub(crate) fn overlaps(pred: &Item, gold: &Item) -> bool {
    let shared = pred.end.min(gold.end).saturating_sub(pred.start.max(gold.start));
    shared > 0 && shared * 100 >= gold.end - gold.start
}

fn boundary_distance(pred: &Item, gold: &Item) -> usize {
    pred.start.abs_diff(gold.start) + pred.end.abs_diff(gold.end)
}

/// Matches `pred` against `gold` under `schema` (both in scoring order).
pub(crate) fn match_spans(schema: Schema, gold: &[&Item], pred: &[&Item]) -> Matching {
    let mut taken: Vec<Option<usize>> = vec![None; gold.len()];
    let mut verdicts = Vec::with_capacity(pred.len());
    for (pi, p) in pred.iter().enumerate() {
        // `hit`: the gold span that makes this prediction correct; `fallback`: the
        // first overlapping one that makes it incorrect (or partial).
        let mut hit: Option<(usize, usize)> = None;
        let mut fallback: Option<usize> = None;
        for (gi, g) in gold.iter().enumerate() {
            if taken[gi].is_some() {
                continue;
            }
            let exact = p.same_bounds(g);
            match schema {
                Schema::Strict | Schema::Exact if exact && (schema == Schema::Exact || p.label == g.label) => {
                    hit = Some((gi, 0));
                    break;
                }
                Schema::Partial if exact => {
                    hit = Some((gi, 0));
                    break;
                }
                Schema::Type if p.label == g.label => {
                    if overlaps(p, g) {
                        let distance = boundary_distance(p, g);
                        match hit {
                            Some((_, best)) if best <= distance => {}
                            _ => hit = Some((gi, distance)),
                        }
                    }
                }
                _ => {
                    if fallback.is_none() && overlaps(p, g) {
                        fallback = Some(gi);
                    }
                }
            }
        }
        let (verdict, gi) = match (hit, fallback) {
            (Some((gi, _)), _) => (Verdict::Correct, Some(gi)),
            (None, Some(gi)) if schema == Schema::Partial => (Verdict::Partial, Some(gi)),
            (None, Some(gi)) => (Verdict::Incorrect, Some(gi)),
            (None, None) => (Verdict::Spurious, None),
        };
        if let Some(gi) = gi {
            taken[gi] = Some(pi);
        }
        verdicts.push((verdict, gi));
    }
    Matching { pred: verdicts, gold: taken }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(start: usize, end: usize, label: &str) -> Item {
        Item { start, end, label: label.into(), value: None, layer: reader::Layer::of_label(label) }
    }

    /// `(correct, incorrect, partial, missed, spurious)` under each schema.
    fn counts(gold: &[Item], pred: &[Item]) -> [(u64, u64, u64, u64, u64); 4] {
        let g: Vec<&Item> = gold.iter().collect();
        let p: Vec<&Item> = pred.iter().collect();
        Schema::ALL.map(|s| {
            let t = match_spans(s, &g, &p).tally();
            (t.correct, t.incorrect, t.partial, t.missed, t.spurious)
        })
    }

    #[test]
    fn the_semeval_table() {
        // strict, exact, partial, type — SemEval-2013 9.1's worked cases.
        let label_error = counts(&[item(0, 5, "PER")], &[item(0, 5, "ORG")]);
        assert_eq!(label_error, [(0, 1, 0, 0, 0), (1, 0, 0, 0, 0), (1, 0, 0, 0, 0), (0, 1, 0, 0, 0)]);
        let boundary = counts(&[item(0, 5, "PER")], &[item(0, 7, "PER")]);
        assert_eq!(boundary, [(0, 1, 0, 0, 0), (0, 1, 0, 0, 0), (0, 0, 1, 0, 0), (1, 0, 0, 0, 0)]);
        let both = counts(&[item(0, 5, "PER")], &[item(2, 9, "LOC")]);
        assert_eq!(both, [(0, 1, 0, 0, 0), (0, 1, 0, 0, 0), (0, 0, 1, 0, 0), (0, 1, 0, 0, 0)]);
        let apart = counts(&[item(0, 5, "PER")], &[item(5, 9, "PER")]);
        assert_eq!(apart, [(0, 0, 0, 1, 1); 4], "touching spans do not overlap");
    }

    #[test]
    fn one_prediction_over_several_gold_takes_one() {
        let gold = [item(0, 3, "PER"), item(4, 8, "ORG"), item(9, 12, "PER")];
        let c = counts(&gold, &[item(0, 12, "ORG")]);
        assert_eq!(c, [(0, 1, 0, 2, 0), (0, 1, 0, 2, 0), (0, 0, 1, 2, 0), (1, 0, 0, 2, 0)]);
    }

    #[test]
    fn type_prefers_the_closest_boundaries() {
        let gold = [item(0, 4, "PER"), item(5, 12, "PER")];
        let g: Vec<&Item> = gold.iter().collect();
        let p = item(3, 12, "PER");
        let m = match_spans(Schema::Type, &g, &[&p]);
        assert_eq!(m.pred, vec![(Verdict::Correct, Some(1))]);
    }

    #[test]
    fn one_percent_of_the_gold_span_is_needed() {
        assert!(overlaps(&item(99, 110, "X"), &item(0, 100, "X")));
        assert!(!overlaps(&item(100, 110, "X"), &item(0, 101, "X")));
    }
}
