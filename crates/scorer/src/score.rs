//! Scoring: pairs gold and predicted documents by id and counts each pair.

use std::collections::{BTreeSet, HashMap};

use reader::{AnnotatedDoc, Layer};

use crate::counts::{Confusion, Counts, DocCounts, MISSED, OTHER_LAYER, SPURIOUS};
use crate::errors::{Error, Result, Side};
use crate::mapping::LabelMap;
use crate::prepare::{groups, prepare, select, Item};
use crate::schemas::{match_spans, Matching, Schema};
use crate::values::ValueCounts;

/// What to score and how.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScoreOptions {
    /// Label renames applied to predictions (and to gold when `map_gold`).
    pub label_map: LabelMap,
    /// Apply `label_map` to gold too.
    pub map_gold: bool,
    /// Score these layers. `None`: the layers the gold covers, decided for the
    /// corpus, never per document: a gold document's declared `layers`, else the
    /// layers the gold corpus declares or holds spans of anywhere
    /// ([`corpus_layers`](Self::corpus_layers)). So predictions in a document whose
    /// gold has no span of a covered layer are false positives, as nervaluate counts
    /// them. With an explicit set, spans whose label has no layer are ignored too.
    pub layers: Option<Vec<Layer>>,
    /// The layers the gold corpus covers, for documents that declare none. `None`:
    /// [`score`] and [`list_errors`](crate::list_errors) compute it from the gold
    /// they are given ([`for_corpus`](Self::for_corpus)); set it when scoring a
    /// corpus in parts (shards, one document at a time with [`score_doc`]) so that
    /// every part decides coverage as the whole corpus does.
    pub corpus_layers: Option<Vec<Layer>>,
    /// Never score layers outside this set, whatever the gold covers: the layers a
    /// tagger ran (`tageval eval --layers dates`), so gold of a layer it did not run
    /// is not all missed, and its predictions of a layer the gold does not cover are
    /// not all spurious. `None`: no limit.
    pub only_layers: Option<Vec<Layer>>,
    /// Match spans of all layers against each other, as nervaluate does with one
    /// span list. Off by default: a prediction only meets gold of its own layer, so
    /// that `[at least 70 Syrian civilians]` (CASUALTY) and `[Syrian]` (MISC) never
    /// compete. Labels outside the scheme form one layer of their own.
    pub match_across_layers: bool,
}

impl ScoreOptions {
    /// The layers scored for `gold`: the explicit [`layers`](Self::layers), else those
    /// the gold covers, never one outside [`only_layers`](Self::only_layers).
    pub fn scored_layers(&self, gold: &AnnotatedDoc) -> Vec<Layer> {
        crate::prepare::scored_layers(gold, self)
    }

    /// These options with [`corpus_layers`](Self::corpus_layers) decided for the
    /// gold corpus `gold` (unless already set): every layer a gold document declares,
    /// and every layer of a gold label (after mapping when gold is mapped).
    pub fn for_corpus(&self, gold: &[AnnotatedDoc]) -> ScoreOptions {
        let mut options = self.clone();
        if options.corpus_layers.is_none() {
            options.corpus_layers = Some(crate::prepare::corpus_layers(gold, self));
        }
        options
    }
}

/// Scores predicted documents against gold ones, pairing them by id.
///
/// Gold documents without a prediction count all their gold as missed; predicted
/// documents without gold are listed in [`Counts::prediction_without_gold`] and not
/// scored. A repeated id in either input, or different texts for one id, is an error.
pub fn score(gold: &[AnnotatedDoc], predicted: &[AnnotatedDoc], options: &ScoreOptions) -> Result<Counts> {
    let options = &options.for_corpus(gold);
    let pairs = pair_docs(gold, predicted)?;
    let mut counts = Counts { prediction_without_gold: pairs.prediction_without_gold, ..Default::default() };
    for (gold, pred) in pairs.pairs {
        counts.insert(gold.doc.id.clone(), score_doc(gold, pred, options)?)?;
    }
    Ok(counts)
}

/// Scores one document (`pred` is `None` when there was no prediction for it).
///
/// Coverage is decided by [`ScoreOptions::corpus_layers`]: set it
/// ([`ScoreOptions::for_corpus`]) when the document is part of a corpus; without
/// it a document that declares no layers covers only the layers of its own gold.
///
/// For callers that score documents in parallel: collect the results into
/// [`Counts::insert`] (any order gives the same counts).
pub fn score_doc(gold: &AnnotatedDoc, pred: Option<&AnnotatedDoc>, options: &ScoreOptions) -> Result<DocCounts> {
    let prepared = prepare(gold, pred, options)?;
    let mut counts =
        DocCounts { chars: prepared.chars as u64, has_prediction: pred.is_some(), ignored: prepared.ignored, ..Default::default() };
    for (g, p) in groups(&prepared.gold, &prepared.pred, options.match_across_layers) {
        for schema in Schema::ALL {
            let matching = match_spans(schema, &g, &p);
            *counts.schemas.get_mut(schema) += &matching.tally();
            if schema == Schema::Type {
                add_confusion(&mut counts.confusion, &matching, &g, &p);
            }
        }
    }
    let labels: BTreeSet<&str> = prepared.gold.iter().chain(&prepared.pred).map(|i| i.label.as_str()).collect();
    let gold_refs: Vec<&Item> = prepared.gold.iter().collect();
    let pred_refs: Vec<&Item> = prepared.pred.iter().collect();
    for label in labels {
        let g = select(&gold_refs, |i| i.label == label);
        let p = select(&pred_refs, |i| i.label == label);
        let entry = counts.by_label.entry(label.to_string()).or_default();
        for schema in Schema::ALL {
            *entry.get_mut(schema) += &match_spans(schema, &g, &p).tally();
        }
    }
    let layers: BTreeSet<Option<Layer>> = prepared.gold.iter().chain(&prepared.pred).map(|i| i.layer).collect();
    for layer in layers {
        let g = select(&gold_refs, |i| i.layer == layer);
        let p = select(&pred_refs, |i| i.layer == layer);
        let entry = counts.by_layer.entry(layer.map_or(OTHER_LAYER, Layer::name).to_string()).or_default();
        for schema in Schema::ALL {
            *entry.get_mut(schema) += &match_spans(schema, &g, &p).tally();
        }
    }
    counts.values = ValueCounts::of(&prepared.gold, &prepared.pred, &prepared.layers);
    Ok(counts)
}

fn add_confusion(confusion: &mut Confusion, matching: &Matching, gold: &[&Item], pred: &[&Item]) {
    let mut bump = |row: &str, col: &str| *confusion.entry(row.to_string()).or_default().entry(col.to_string()).or_default() += 1;
    for (pi, (_, gi)) in matching.pred.iter().enumerate() {
        match gi {
            Some(gi) => bump(&gold[*gi].label, &pred[pi].label),
            None => bump(SPURIOUS, &pred[pi].label),
        }
    }
    for (gi, pi) in matching.gold.iter().enumerate() {
        if pi.is_none() {
            bump(&gold[gi].label, MISSED);
        }
    }
}

/// Gold documents with their predictions, in gold order.
pub(crate) struct DocPairs<'a> {
    pub pairs: Vec<(&'a AnnotatedDoc, Option<&'a AnnotatedDoc>)>,
    pub prediction_without_gold: BTreeSet<String>,
}

pub(crate) fn pair_docs<'a>(gold: &'a [AnnotatedDoc], predicted: &'a [AnnotatedDoc]) -> Result<DocPairs<'a>> {
    let mut by_id: HashMap<&str, &AnnotatedDoc> = HashMap::with_capacity(predicted.len());
    for doc in predicted {
        if by_id.insert(&doc.doc.id, doc).is_some() {
            return Err(Error::DuplicateDoc { doc_id: doc.doc.id.clone(), side: Side::Predicted });
        }
    }
    let mut seen = BTreeSet::new();
    let mut pairs = Vec::with_capacity(gold.len());
    for doc in gold {
        if !seen.insert(doc.doc.id.as_str()) {
            return Err(Error::DuplicateDoc { doc_id: doc.doc.id.clone(), side: Side::Gold });
        }
        pairs.push((doc, by_id.remove(doc.doc.id.as_str())));
    }
    let prediction_without_gold = by_id.into_keys().map(str::to_string).collect();
    Ok(DocPairs { pairs, prediction_without_gold })
}

#[cfg(test)]
mod tests {
    use super::*;
    use reader::{Document, Span};

    fn doc(id: &str, spans: Vec<Span>) -> AnnotatedDoc {
        AnnotatedDoc { doc: Document::new(id, "Assad met Kerry in Geneva on Monday."), spans, layers: vec![Layer::Entities] }
    }

    #[test]
    fn pairs_by_id_and_reports_the_odd_ones() {
        let gold = [doc("a", vec![Span::new(0, 5, "PER")]), doc("b", vec![Span::new(10, 15, "PER")])];
        let pred = [doc("a", vec![Span::new(0, 5, "PER")]), doc("z", vec![])];
        let counts = score(&gold, &pred, &ScoreOptions::default()).expect("scorable");
        assert_eq!(counts.gold_without_prediction().collect::<Vec<_>>(), ["b"]);
        assert_eq!(counts.prediction_without_gold.iter().collect::<Vec<_>>(), ["z"]);
        let total = counts.total().schemas.strict;
        assert_eq!((total.correct, total.missed), (1, 1));
        let dup = score(&gold, &[doc("a", vec![]), doc("a", vec![])], &ScoreOptions::default());
        assert!(matches!(dup, Err(Error::DuplicateDoc { side: Side::Predicted, .. })));
    }

    #[test]
    fn confusion_has_missed_and_spurious() {
        let gold = doc("a", vec![Span::new(0, 5, "PER"), Span::new(10, 15, "PER"), Span::new(19, 25, "LOC")]);
        let pred = doc("a", vec![Span::new(0, 5, "PER"), Span::new(10, 15, "ORG"), Span::new(29, 35, "PER")]);
        let counts = score_doc(&gold, Some(&pred), &ScoreOptions::default()).expect("scorable");
        let c = &counts.confusion;
        assert_eq!((c["PER"]["PER"], c["PER"]["ORG"], c["LOC"][MISSED], c[SPURIOUS]["PER"]), (1, 1, 1, 1));
        assert_eq!(counts.by_label["ORG"].strict.spurious, 1, "by label, each label is matched on its own");
    }

    #[test]
    fn layers_are_matched_apart_unless_asked() {
        let text = "at least 70 Syrian civilians";
        let mk = |spans| AnnotatedDoc { doc: Document::new("c", text), spans, layers: vec![] };
        let gold = mk(vec![Span::new(9, 28, "CASUALTY"), Span::new(12, 18, "MISC")]);
        let pred = mk(vec![Span::new(0, 18, "MISC"), Span::new(9, 28, "CASUALTY")]);
        let apart = score_doc(&gold, Some(&pred), &ScoreOptions::default()).expect("ok");
        assert_eq!((apart.schemas.strict.correct, apart.schemas.strict.incorrect), (1, 1));
        let across = ScoreOptions { match_across_layers: true, ..Default::default() };
        let together = score_doc(&gold, Some(&pred), &across).expect("ok");
        // nervaluate's single list: the MISC prediction takes the first overlapping gold span.
        assert_eq!((together.schemas.strict.correct, together.schemas.strict.incorrect), (0, 2));
    }
}
