//! Strict micro and per-label figures of a set of labels: what training shows and
//! picks its epoch by.
//!
//! [`strict_score`] scores gold and predicted documents paired by position with
//! [`score_doc`](crate::score_doc), the scorer's matching, and reads the strict
//! schema's [`Metrics`] of all labels together and of each label in turn.

use std::fmt;

use reader::{AnnotatedDoc, Layer};

use crate::counts::{DocCounts, Metrics, SchemaCounts, Tally};
use crate::errors::Result;
use crate::schemas::Schema;
use crate::score::{score_doc, ScoreOptions};

/// Strict span scores (same start, end and label), micro-averaged and per label.
///
/// Displays as `P 0.9000 R 0.8000 F1 0.8471 | PER 0.9000 | LOC 0.7500`: micro
/// precision, recall and F1, then each label's F1 in the order asked for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StrictScore {
    /// All labels together.
    pub micro: Metrics,
    /// Per label, in the order of the labels given to [`strict_score`].
    pub per_label: Vec<(String, Metrics)>,
}

impl fmt::Display for StrictScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "P {:.4} R {:.4} F1 {:.4}", self.micro.precision, self.micro.recall, self.micro.f1)?;
        for (label, metrics) in &self.per_label {
            write!(f, " | {label} {:.4}", metrics.f1)?;
        }
        Ok(())
    }
}

/// Scores `predicted[i]` against `gold[i]` under the strict schema, and reports
/// `labels` one by one in the order given.
///
/// The layers covered are the built-in layers of `labels` (labels of no built-in
/// layer are scored together as one layer of their own), for every document that
/// declares no layers of its own; a gold document without a prediction
/// (`predicted` shorter than `gold`) counts all its gold as missed. Gold spans
/// whose labels are not in `labels` are scored like any other: leave them out of
/// `gold` first when only `labels` should count.
///
/// ```
/// use reader::{AnnotatedDoc, Document, Span};
/// use scorer::strict_score;
///
/// let text = "Assad met Kerry in Geneva.";
/// let gold = AnnotatedDoc {
///     doc: Document::new("d1", text),
///     spans: vec![Span::new(0, 5, "PER"), Span::new(10, 15, "PER"), Span::new(19, 25, "LOC")],
///     layers: vec![],
/// };
/// let mut pred = gold.clone();
/// pred.spans = vec![Span::new(0, 5, "PER"), Span::new(10, 15, "ORG"), Span::new(19, 25, "LOC")];
///
/// let labels = ["PER".to_string(), "LOC".to_string()];
/// let score = strict_score(&[gold], &[pred], &labels)?;
/// assert_eq!((score.micro.correct, score.micro.possible, score.micro.actual), (2, 3, 3));
/// assert_eq!(score.to_string(), "P 0.6667 R 0.6667 F1 0.6667 | PER 0.6667 | LOC 1.0000");
/// # Ok::<(), scorer::Error>(())
/// ```
pub fn strict_score(gold: &[AnnotatedDoc], predicted: &[AnnotatedDoc], labels: &[String]) -> Result<StrictScore> {
    let mut layers: Vec<Layer> = labels.iter().filter_map(|l| Layer::of_label(l)).collect();
    layers.sort();
    layers.dedup();
    let options = ScoreOptions { corpus_layers: Some(layers), ..ScoreOptions::default() };
    let mut total = DocCounts::default();
    for (i, doc) in gold.iter().enumerate() {
        total += &score_doc(doc, predicted.get(i), &options)?;
    }
    let strict = |counts: Option<&SchemaCounts>| counts.map_or_else(Tally::default, |c| *c.get(Schema::Strict)).metrics(Schema::Strict);
    Ok(StrictScore {
        micro: strict(Some(&total.schemas)),
        per_label: labels.iter().map(|l| (l.clone(), strict(total.by_label.get(l)))).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use reader::{Document, Span};

    fn doc(id: &str, spans: Vec<Span>) -> AnnotatedDoc {
        AnnotatedDoc { doc: Document::new(id, "Reuters said the Nusra Front left Aleppo ."), spans, layers: Vec::new() }
    }

    #[test]
    fn counts_strict_matches_micro_and_per_label_in_the_given_order() {
        let gold = vec![
            doc("a", vec![Span::new(0, 7, "ORG"), Span::new(17, 28, "ARMED_GROUP"), Span::new(34, 40, "LOC")]),
            doc("b", vec![Span::new(0, 7, "ORG")]),
        ];
        // a: ORG right, ARMED_GROUP one word short, LOC right; b: ORG mislabelled.
        let pred = vec![
            doc("a", vec![Span::new(0, 7, "ORG"), Span::new(23, 28, "ARMED_GROUP"), Span::new(34, 40, "LOC")]),
            doc("b", vec![Span::new(0, 7, "PER")]),
        ];
        let labels: Vec<String> = ["LOC", "ORG", "ARMED_GROUP"].map(String::from).into();
        let score = strict_score(&gold, &pred, &labels).expect("valid spans");
        assert_eq!((score.micro.correct, score.micro.possible, score.micro.actual), (2, 4, 4));
        assert_eq!(score.micro.f1, 0.5);
        let order: Vec<&str> = score.per_label.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(order, labels);
        assert_eq!(score.per_label[0].1.f1, 1.0);
        assert_eq!((score.per_label[1].1.correct, score.per_label[1].1.possible, score.per_label[1].1.actual), (1, 2, 1));
        assert_eq!(score.per_label[2].1.f1, 0.0);
        assert_eq!(score.to_string(), "P 0.5000 R 0.5000 F1 0.5000 | LOC 1.0000 | ORG 0.6667 | ARMED_GROUP 0.0000");
    }

    #[test]
    fn gold_without_a_prediction_is_all_missed_and_a_label_never_seen_scores_zero() {
        let gold = vec![doc("a", vec![Span::new(0, 7, "ORG")]), doc("b", vec![Span::new(34, 40, "LOC")])];
        let pred = vec![doc("a", vec![Span::new(0, 7, "ORG")])];
        let labels: Vec<String> = ["ORG", "LOC", "MISC"].map(String::from).into();
        let score = strict_score(&gold, &pred, &labels).expect("valid spans");
        assert_eq!((score.micro.correct, score.micro.missed, score.micro.spurious), (1, 1, 0));
        assert_eq!(score.per_label[1].1.missed, 1);
        assert_eq!(score.per_label[2].1, Metrics::default());
        let empty = strict_score(&[], &[], &labels).expect("nothing to score");
        assert_eq!(empty.micro.f1, 0.0);
    }

    #[test]
    fn a_span_off_the_text_is_an_error() {
        let gold = vec![doc("a", vec![Span::new(0, 400, "ORG")])];
        assert!(strict_score(&gold, &gold, &["ORG".to_string()]).is_err());
    }
}
