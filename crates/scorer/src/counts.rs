//! Raw counts: what scoring produces, what shards serialise, and what merging adds
//! up. Every figure of a [`Report`](crate::Report) derives from a [`Counts`].

use std::collections::{BTreeMap, BTreeSet};
use std::ops::AddAssign;

use serde::{Deserialize, Serialize};

use crate::errors::{Error, Result};
use crate::schemas::Schema;
use crate::values::ValueCounts;

/// `num / den`, or 0 when `den` is 0; always within `[0, 1]` for counts.
pub(crate) fn ratio(num: f64, den: u64) -> f64 {
    if den == 0 {
        0.0
    } else {
        (num / den as f64).clamp(0.0, 1.0)
    }
}

/// The harmonic mean of precision and recall, 0 when both are 0.
pub(crate) fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    }
}

/// The five SemEval counts of one schema.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Predictions that match gold under the schema.
    pub correct: u64,
    /// Predictions that overlap gold but fail the schema.
    pub incorrect: u64,
    /// Predictions that overlap gold without the same boundaries (partial schema only).
    pub partial: u64,
    /// Gold spans no prediction took.
    pub missed: u64,
    /// Predictions that took no gold span.
    pub spurious: u64,
}

impl Tally {
    /// Gold spans: `correct + incorrect + partial + missed`.
    pub fn possible(&self) -> u64 {
        self.correct + self.incorrect + self.partial + self.missed
    }

    /// Predicted spans: `correct + incorrect + partial + spurious`.
    pub fn actual(&self) -> u64 {
        self.correct + self.incorrect + self.partial + self.spurious
    }

    /// Precision, recall and F1 under `schema`; a zero denominator gives 0.
    pub fn metrics(&self, schema: Schema) -> Metrics {
        let credit = if schema.half_credit() { self.correct as f64 + 0.5 * self.partial as f64 } else { self.correct as f64 };
        let precision = ratio(credit, self.actual());
        let recall = ratio(credit, self.possible());
        Metrics {
            correct: self.correct,
            incorrect: self.incorrect,
            partial: self.partial,
            missed: self.missed,
            spurious: self.spurious,
            possible: self.possible(),
            actual: self.actual(),
            precision,
            recall,
            f1: f1(precision, recall),
        }
    }
}

impl AddAssign<&Tally> for Tally {
    fn add_assign(&mut self, other: &Tally) {
        self.correct += other.correct;
        self.incorrect += other.incorrect;
        self.partial += other.partial;
        self.missed += other.missed;
        self.spurious += other.spurious;
    }
}

/// Counts with their precision, recall and F1, as reports show them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Metrics {
    /// See [`Tally::correct`].
    pub correct: u64,
    /// See [`Tally::incorrect`].
    pub incorrect: u64,
    /// See [`Tally::partial`].
    pub partial: u64,
    /// See [`Tally::missed`].
    pub missed: u64,
    /// See [`Tally::spurious`].
    pub spurious: u64,
    /// Gold spans.
    pub possible: u64,
    /// Predicted spans.
    pub actual: u64,
    /// `correct / actual` (strict, exact); `(correct + partial / 2) / actual` (partial, type).
    pub precision: f64,
    /// The same over `possible`.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

/// One [`Tally`] per schema.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemaCounts {
    /// Strict.
    pub strict: Tally,
    /// Exact.
    pub exact: Tally,
    /// Partial.
    pub partial: Tally,
    /// Type.
    pub r#type: Tally,
}

impl SchemaCounts {
    /// The tally of `schema`.
    pub fn get(&self, schema: Schema) -> &Tally {
        match schema {
            Schema::Strict => &self.strict,
            Schema::Exact => &self.exact,
            Schema::Partial => &self.partial,
            Schema::Type => &self.r#type,
        }
    }

    /// The tally of `schema`, to change.
    pub fn get_mut(&mut self, schema: Schema) -> &mut Tally {
        match schema {
            Schema::Strict => &mut self.strict,
            Schema::Exact => &mut self.exact,
            Schema::Partial => &mut self.partial,
            Schema::Type => &mut self.r#type,
        }
    }
}

impl AddAssign<&SchemaCounts> for SchemaCounts {
    fn add_assign(&mut self, other: &SchemaCounts) {
        for schema in Schema::ALL {
            *self.get_mut(schema) += other.get(schema);
        }
    }
}

/// Spans set aside before matching, by reason.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ignored {
    /// Their label's layer is not scored for the document.
    pub uncovered_layer: u64,
    /// Their label has no layer and an explicit layer set was given.
    pub no_layer: u64,
    /// The label mapping dropped their label (`X=O`).
    pub mapped_out: u64,
}

impl Ignored {
    /// All ignored spans.
    pub fn total(&self) -> u64 {
        self.uncovered_layer + self.no_layer + self.mapped_out
    }
}

impl AddAssign<&Ignored> for Ignored {
    fn add_assign(&mut self, other: &Ignored) {
        self.uncovered_layer += other.uncovered_layer;
        self.no_layer += other.no_layer;
        self.mapped_out += other.mapped_out;
    }
}

/// Ignored gold and predicted spans.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IgnoredCounts {
    /// Gold spans set aside.
    pub gold: Ignored,
    /// Predicted spans set aside.
    pub predicted: Ignored,
}

impl AddAssign<&IgnoredCounts> for IgnoredCounts {
    fn add_assign(&mut self, other: &IgnoredCounts) {
        self.gold += &other.gold;
        self.predicted += &other.predicted;
    }
}

/// The `by_layer` key of labels that belong to no layer of the scheme.
pub const OTHER_LAYER: &str = "other";

/// Row of the confusion matrix for predictions that overlap no gold span.
pub const SPURIOUS: &str = "SPURIOUS";
/// Column of the confusion matrix for gold spans no prediction overlaps.
pub const MISSED: &str = "MISSED";

/// Gold label → predicted label → count, over the pairs the type schema matches
/// (overlapping spans), with a [`MISSED`] column and a [`SPURIOUS`] row.
pub type Confusion = BTreeMap<String, BTreeMap<String, u64>>;

/// The rows and columns a confusion matrix is drawn with: gold labels then
/// [`SPURIOUS`]; predicted labels, sorted, then [`MISSED`].
pub fn confusion_axes(confusion: &Confusion) -> (Vec<&str>, Vec<&str>) {
    let mut rows: Vec<&str> = confusion.keys().map(String::as_str).filter(|k| *k != SPURIOUS).collect();
    let mut cols: Vec<&str> = confusion.values().flat_map(|r| r.keys()).map(String::as_str).filter(|k| *k != MISSED).collect();
    cols.sort_unstable();
    cols.dedup();
    cols.push(MISSED);
    rows.push(SPURIOUS);
    (rows, cols)
}

/// All counts of one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocCounts {
    /// Length of the text in code points.
    pub chars: u64,
    /// False when no prediction was given for the document (all gold is missed).
    pub has_prediction: bool,
    /// Counts over all labels.
    pub schemas: SchemaCounts,
    /// Counts per label, each label matched on its own (as nervaluate's by-entity
    /// figures are): labels present in gold or prediction.
    pub by_label: BTreeMap<String, SchemaCounts>,
    /// Counts per layer (`entities`, `dates`, `casualties`; [`OTHER_LAYER`] for labels
    /// outside the scheme), each layer matched on its own. Absent from count files
    /// written before it existed (read as empty).
    #[serde(default)]
    pub by_layer: BTreeMap<String, SchemaCounts>,
    /// Value counts of the date and casualty layers.
    pub values: ValueCounts,
    /// The confusion matrix.
    pub confusion: Confusion,
    /// Spans set aside.
    pub ignored: IgnoredCounts,
}

impl AddAssign<&DocCounts> for DocCounts {
    fn add_assign(&mut self, other: &DocCounts) {
        self.chars += other.chars;
        self.has_prediction |= other.has_prediction;
        self.schemas += &other.schemas;
        for (label, counts) in &other.by_label {
            *self.by_label.entry(label.clone()).or_default() += counts;
        }
        for (layer, counts) in &other.by_layer {
            *self.by_layer.entry(layer.clone()).or_default() += counts;
        }
        self.values += &other.values;
        for (gold, row) in &other.confusion {
            let mine = self.confusion.entry(gold.clone()).or_default();
            for (pred, n) in row {
                *mine.entry(pred.clone()).or_default() += n;
            }
        }
        self.ignored += &other.ignored;
    }
}

/// The raw counts of a scoring run: per document, so that shards merge into
/// exactly what scoring everything at once gives (the bootstrap included).
///
/// Serialise with serde (`serde_json::to_string(&counts)`) to keep a shard.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    /// Every scored (gold) document, by id.
    pub docs: BTreeMap<String, DocCounts>,
    /// Ids of predicted documents that have no gold (not scored).
    pub prediction_without_gold: BTreeSet<String>,
}

impl Counts {
    /// Adds the counts of one document; an id already present is an error.
    pub fn insert(&mut self, doc_id: impl Into<String>, counts: DocCounts) -> Result<()> {
        let doc_id = doc_id.into();
        if self.docs.contains_key(&doc_id) {
            return Err(Error::MergeOverlap { doc_id });
        }
        self.prediction_without_gold.remove(&doc_id);
        self.docs.insert(doc_id, counts);
        Ok(())
    }

    /// Combines shards scored separately into the counts of all of them.
    ///
    /// A document scored in two shards is an error. A prediction without gold in
    /// one shard whose gold another shard scored is no longer listed as such.
    pub fn merge(parts: impl IntoIterator<Item = Counts>) -> Result<Counts> {
        let mut all = Counts::default();
        let mut orphans = BTreeSet::new();
        for part in parts {
            for (id, counts) in part.docs {
                all.insert(id, counts)?;
            }
            orphans.extend(part.prediction_without_gold);
        }
        all.prediction_without_gold = orphans.into_iter().filter(|id| !all.docs.contains_key(id)).collect();
        Ok(all)
    }

    /// The counts of all documents added together.
    pub fn total(&self) -> DocCounts {
        let mut total = DocCounts::default();
        for counts in self.docs.values() {
            total += counts;
        }
        total
    }

    /// Ids of gold documents that had no prediction.
    pub fn gold_without_prediction(&self) -> impl Iterator<Item = &str> {
        self.docs.iter().filter(|(_, c)| !c.has_prediction).map(|(id, _)| id.as_str())
    }

    /// Strict micro F1 over all documents (what `--min-f1` gates on).
    pub fn strict_f1(&self) -> f64 {
        self.total().schemas.strict.metrics(Schema::Strict).f1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_follow_semeval() {
        let t = Tally { correct: 2, incorrect: 1, partial: 2, missed: 1, spurious: 2 };
        assert_eq!((t.possible(), t.actual()), (6, 7));
        let strict = t.metrics(Schema::Strict);
        assert_eq!((strict.precision, strict.recall), (2.0 / 7.0, 2.0 / 6.0));
        let partial = t.metrics(Schema::Partial);
        assert_eq!((partial.precision, partial.recall), (3.0 / 7.0, 3.0 / 6.0));
        assert_eq!(partial.f1, 2.0 * (3.0 / 7.0) * 0.5 / (3.0 / 7.0 + 0.5));
    }

    #[test]
    fn zero_denominators_give_zero() {
        let m = Tally::default().metrics(Schema::Type);
        assert_eq!((m.precision, m.recall, m.f1), (0.0, 0.0, 0.0));
    }

    #[test]
    fn merge_rejects_a_document_scored_twice_and_settles_orphans() {
        let mut a = Counts::default();
        a.insert("d1", DocCounts::default()).expect("new id");
        a.prediction_without_gold.insert("d2".into());
        let mut b = Counts::default();
        b.insert("d2", DocCounts::default()).expect("new id");
        let merged = Counts::merge([a.clone(), b]).expect("disjoint");
        assert_eq!(merged.docs.len(), 2);
        assert!(merged.prediction_without_gold.is_empty());
        assert_eq!(Counts::merge([a.clone(), a]), Err(Error::MergeOverlap { doc_id: "d1".into() }));
    }
}
