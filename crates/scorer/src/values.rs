//! Value scoring of the date and casualty layers, as TempEval-3 scores the TIMEX3
//! `value` attribute.
//!
//! Two accuracies over matched pairs: of the strictly matched pairs (same start,
//! end and label) and of the overlapping pairs (the partial schema's correct and
//! partial pairs), the share whose values are equal. And the **value F1** of
//! TempEval-3: a prediction counts when it overlaps a gold span (relaxed match,
//! any label) *and* carries the same value; precision is that count over the
//! predicted spans, recall over the gold spans. Values compare as strings (two
//! missing values are equal).
//!
//! Counted per layer (each layer's spans matched among themselves) and per label
//! (each label's spans matched among themselves, as nervaluate's by-label figures).

use std::collections::BTreeMap;
use std::ops::AddAssign;

use reader::Layer;
use serde::{Deserialize, Serialize};

use crate::counts::{f1, ratio};
use crate::prepare::Item;
use crate::schemas::{match_spans, Schema};

/// Raw value counts of one set of spans.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueTally {
    /// Gold spans.
    pub gold: u64,
    /// Predicted spans.
    pub predicted: u64,
    /// Strictly matched pairs.
    pub strict_matched: u64,
    /// Strictly matched pairs with equal values.
    pub strict_correct: u64,
    /// Overlapping pairs (one prediction per gold span at most).
    pub overlap_matched: u64,
    /// Overlapping pairs with equal values: the value F1's true positives.
    pub overlap_correct: u64,
}

impl ValueTally {
    /// Counts the value agreement of `pred` against `gold`.
    pub(crate) fn of(gold: &[&Item], pred: &[&Item]) -> ValueTally {
        let mut tally = ValueTally { gold: gold.len() as u64, predicted: pred.len() as u64, ..Default::default() };
        let strict = match_spans(Schema::Strict, gold, pred);
        let overlap = match_spans(Schema::Partial, gold, pred);
        for (gi, pi) in strict.gold.iter().enumerate() {
            // Under the strict schema a taken gold span may be an incorrect match.
            if let Some(pi) = *pi {
                if gold[gi].same_bounds(pred[pi]) && gold[gi].label == pred[pi].label {
                    tally.strict_matched += 1;
                    tally.strict_correct += u64::from(gold[gi].value == pred[pi].value);
                }
            }
        }
        for (gi, pi) in overlap.gold.iter().enumerate() {
            if let Some(pi) = *pi {
                tally.overlap_matched += 1;
                tally.overlap_correct += u64::from(gold[gi].value == pred[pi].value);
            }
        }
        tally
    }

    /// Accuracies and value F1.
    pub fn metrics(&self) -> ValueMetrics {
        let precision = ratio(self.overlap_correct as f64, self.predicted);
        let recall = ratio(self.overlap_correct as f64, self.gold);
        ValueMetrics {
            gold: self.gold,
            predicted: self.predicted,
            strict_matched: self.strict_matched,
            strict_correct: self.strict_correct,
            strict_accuracy: ratio(self.strict_correct as f64, self.strict_matched),
            overlap_matched: self.overlap_matched,
            overlap_correct: self.overlap_correct,
            overlap_accuracy: ratio(self.overlap_correct as f64, self.overlap_matched),
            precision,
            recall,
            f1: f1(precision, recall),
        }
    }
}

impl AddAssign<&ValueTally> for ValueTally {
    fn add_assign(&mut self, other: &ValueTally) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.strict_matched += other.strict_matched;
        self.strict_correct += other.strict_correct;
        self.overlap_matched += other.overlap_matched;
        self.overlap_correct += other.overlap_correct;
    }
}

/// Value counts with their accuracies and value F1 (zero denominators give 0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ValueMetrics {
    /// Gold spans.
    pub gold: u64,
    /// Predicted spans.
    pub predicted: u64,
    /// Strictly matched pairs.
    pub strict_matched: u64,
    /// … of which with equal values.
    pub strict_correct: u64,
    /// `strict_correct / strict_matched`.
    pub strict_accuracy: f64,
    /// Overlapping pairs.
    pub overlap_matched: u64,
    /// … of which with equal values.
    pub overlap_correct: u64,
    /// `overlap_correct / overlap_matched`.
    pub overlap_accuracy: f64,
    /// Value precision: `overlap_correct / predicted`.
    pub precision: f64,
    /// Value recall: `overlap_correct / gold`.
    pub recall: f64,
    /// Value F1.
    pub f1: f64,
}

fn pick<'a>(items: &'a [Item], keep: &dyn Fn(&Item) -> bool) -> Vec<&'a Item> {
    items.iter().filter(|i| keep(i)).collect()
}

/// Value counts of one document or corpus, by layer name and by label.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueCounts {
    /// Per scored value layer (`dates`, `casualties`).
    pub by_layer: BTreeMap<String, ValueTally>,
    /// Per label of the value layers present in gold or prediction.
    pub by_label: BTreeMap<String, ValueTally>,
}

impl ValueCounts {
    /// Counts the value layers among `layers`, given the document's scored items.
    pub(crate) fn of(gold: &[Item], pred: &[Item], layers: &[Layer]) -> ValueCounts {
        let mut counts = ValueCounts::default();
        for layer in Layer::ALL.into_iter().filter(|l| l.spec().valued && layers.contains(l)) {
            let in_layer = |i: &Item| i.layer == Some(layer);
            counts.by_layer.insert(layer.name().to_string(), ValueTally::of(&pick(gold, &in_layer), &pick(pred, &in_layer)));
            for label in layer.labels() {
                let has = |i: &Item| i.label == *label;
                let (g, p) = (pick(gold, &has), pick(pred, &has));
                if !g.is_empty() || !p.is_empty() {
                    counts.by_label.insert(label.to_string(), ValueTally::of(&g, &p));
                }
            }
        }
        counts
    }

    /// All value layers together.
    pub fn total(&self) -> ValueTally {
        let mut total = ValueTally::default();
        for tally in self.by_layer.values() {
            total += tally;
        }
        total
    }
}

impl AddAssign<&ValueCounts> for ValueCounts {
    fn add_assign(&mut self, other: &ValueCounts) {
        for (k, v) in &other.by_layer {
            *self.by_layer.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &other.by_label {
            *self.by_label.entry(k.clone()).or_default() += v;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(start: usize, end: usize, label: &str, value: &str) -> Item {
        Item { start, end, label: label.into(), value: Some(value.into()), layer: Layer::of_label(label) }
    }

    #[test]
    fn strict_and_overlap_accuracy_and_value_f1() {
        let gold = [item(0, 6, "DATE", "2015-06-01"), item(10, 14, "DATE", "2012"), item(20, 25, "DURATION", "P1Y")];
        let pred = [
            item(0, 6, "DATE", "2015-06-01"), // strict, right value
            item(9, 14, "DATE", "2012"),      // overlap, right value
            item(20, 25, "DURATION", "P2Y"),  // strict, wrong value
            item(30, 33, "DATE", "2015"),     // spurious
        ];
        let counts = ValueCounts::of(&gold, &pred, &[Layer::Dates]);
        let m = counts.by_layer["dates"].metrics();
        assert_eq!((m.strict_matched, m.strict_correct), (2, 1));
        assert_eq!((m.overlap_matched, m.overlap_correct), (3, 2));
        assert_eq!((m.precision, m.recall), (0.5, 2.0 / 3.0));
        assert_eq!(counts.by_label["DURATION"].metrics().strict_accuracy, 0.0);
        assert_eq!(counts.by_label["DATE"].metrics().f1, 2.0 * (2.0 / 3.0) * 1.0 / (2.0 / 3.0 + 1.0));
        assert!(!counts.by_layer.contains_key("casualties"), "only scored layers");
    }

    #[test]
    fn casualty_values_compare_as_strings() {
        let gold = [item(0, 17, "CASUALTY", "killed:>=70")];
        let pred = [item(0, 17, "CASUALTY", "killed:70")];
        let m = ValueCounts::of(&gold, &pred, &[Layer::Casualties]).total().metrics();
        assert_eq!((m.strict_matched, m.strict_correct, m.f1), (1, 0, 0.0));
    }
}
