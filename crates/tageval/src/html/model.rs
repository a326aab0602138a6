//! What the page draws of each document: its scored spans in code points, each
//! with the kind of error it is part of (or `correct`) and, for a prediction, the
//! gold span it was paired with.
//!
//! Spans, their kinds and their pairing come from the scorer
//! ([`scorer::scored_doc`]): selected and matched as the figures count them, so
//! that every mark on the page is a span the figures counted.

use std::collections::{BTreeSet, HashMap};

use anyhow::{Context, Result};
use reader::AnnotatedDoc;
use scorer::{Report, ScoreOptions, ScoredSpan, TagErrorKind};
use serde_json::{json, Value};

/// Kind names, in the order of [`Mark::kind`] indices. `correct` comes first.
pub const KINDS: [&str; 7] = ["correct", "false_positive", "false_negative", "boundary", "label", "label_boundary", "value"];

/// The index of `kind` in [`KINDS`].
fn kind_index(kind: TagErrorKind) -> usize {
    match kind {
        TagErrorKind::FalsePositive => 1,
        TagErrorKind::FalseNegative => 2,
        TagErrorKind::Boundary => 3,
        TagErrorKind::Label => 4,
        TagErrorKind::LabelBoundary => 5,
        TagErrorKind::Value => 6,
    }
}

/// One scored span as the page draws it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mark {
    /// Start, in code points.
    pub start: usize,
    /// End (exclusive), in code points.
    pub end: usize,
    /// The label after mapping.
    pub label: String,
    /// The normalised value.
    pub value: Option<String>,
    /// Index into [`KINDS`].
    pub kind: usize,
    /// For a prediction: the index of the gold span it was paired with.
    pub partner: Option<usize>,
}

/// One document of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageDoc {
    /// Its id.
    pub id: String,
    /// Its creation time, if known.
    pub dct: Option<String>,
    /// Its text.
    pub text: String,
    /// Strict micro F1 of the document; `None` when it had no prediction.
    pub strict_f1: Option<f64>,
    /// Gold marks, sorted.
    pub gold: Vec<Mark>,
    /// Predicted marks, sorted.
    pub pred: Vec<Mark>,
    /// With `--totals FIELD`: the predicted killed total next to the coded toll.
    pub toll: Option<DocToll>,
}

/// A document's death toll as `tageval report --totals FIELD` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocToll {
    /// The predicted killed total (COUNT syntax); `None`: no killed figure.
    pub predicted: Option<String>,
    /// The toll coded in the gold field.
    pub gold: u64,
    /// Whether the prediction states the coded toll, as `score --totals` counts it
    /// (no killed total is right for a toll of 0).
    pub right: bool,
}

impl DocToll {
    /// The toll of one document, compared as [`scorer::totals::score_totals`] does.
    pub fn new(predicted: Option<String>, gold: u64) -> Self {
        let stated = predicted.as_deref().and_then(scorer::totals::stated_number).filter(|n| *n > 0);
        Self { right: stated.unwrap_or(0) == gold, predicted, gold }
    }
}

/// The page's documents, in gold order; predictions without gold are left out
/// (the summary lists them).
pub fn documents(gold: &[AnnotatedDoc], pred: &[AnnotatedDoc], options: &ScoreOptions, report: &Report) -> Result<Vec<PageDoc>> {
    let by_id: HashMap<&str, &AnnotatedDoc> = pred.iter().map(|d| (d.doc.id.as_str(), d)).collect();
    // Coverage is decided for the corpus, as `scorer::score` decides it.
    let options = &options.for_corpus(gold);
    gold.iter().map(|g| document(g, by_id.get(g.doc.id.as_str()).copied(), options, report)).collect()
}

fn document(gold: &AnnotatedDoc, pred: Option<&AnnotatedDoc>, options: &ScoreOptions, report: &Report) -> Result<PageDoc> {
    let id = &gold.doc.id;
    let scored = scorer::scored_doc(gold, pred, options).with_context(|| format!("document {id}: cannot score it"))?;
    let mark = |s: ScoredSpan| Mark {
        start: s.start,
        end: s.end,
        label: s.label,
        value: s.value,
        kind: s.kind.map_or(0, kind_index),
        partner: s.partner,
    };
    // Gold marks carry no partner (the page links a prediction to its gold span).
    let gold_marks = scored.gold.into_iter().map(|s| Mark { partner: None, ..mark(s) }).collect();
    let pred_marks = scored.pred.into_iter().map(mark).collect();
    let strict_f1 = report.by_doc.get(id).filter(|d| d.has_prediction).map(|d| d.schemas.strict.f1);
    Ok(PageDoc { id: id.clone(), dct: gold.doc.dct.clone(), text: gold.doc.text.clone(), strict_f1, gold: gold_marks, pred: pred_marks, toll: None })
}

/// Every label of the page, sorted: those of the marks and those of the report.
pub fn labels(docs: &[PageDoc], report: &Report) -> Vec<String> {
    let mut set: BTreeSet<&str> = report.by_label.keys().map(String::as_str).collect();
    for doc in docs {
        set.extend(doc.gold.iter().chain(&doc.pred).map(|m| m.label.as_str()));
    }
    set.into_iter().map(str::to_string).collect()
}

/// The page's data block: labels, kinds, the report (without its per-document
/// figures, which the documents carry) and the documents.
///
/// A mark is an array, to keep a large corpus small: gold `[start, end, label,
/// kind, value?]`, predicted `[start, end, label, kind, partner, value?]`, with
/// `label` an index into `labels`, `kind` into `kinds`, `partner` into the gold
/// marks (-1: none). Offsets are code points.
pub fn data_json(docs: &[PageDoc], report: &Report, labels: &[String]) -> Value {
    let label_ix: HashMap<&str, usize> = labels.iter().enumerate().map(|(i, l)| (l.as_str(), i)).collect();
    let ix = |label: &str| label_ix.get(label).copied().unwrap_or(0);
    let mut report_json = report.to_json();
    if let Some(obj) = report_json.as_object_mut() {
        obj.remove("by_doc");
    }
    let docs_json: Vec<Value> = docs
        .iter()
        .map(|doc| {
            let gold: Vec<Value> = doc
                .gold
                .iter()
                .map(|m| {
                    let mut a = vec![json!(m.start), json!(m.end), json!(ix(&m.label)), json!(m.kind)];
                    a.extend(m.value.as_ref().map(|v| json!(v)));
                    Value::Array(a)
                })
                .collect();
            let pred: Vec<Value> = doc
                .pred
                .iter()
                .map(|m| {
                    let partner = m.partner.map_or(-1, |p| i64::try_from(p).unwrap_or(-1));
                    let mut a = vec![json!(m.start), json!(m.end), json!(ix(&m.label)), json!(m.kind), json!(partner)];
                    a.extend(m.value.as_ref().map(|v| json!(v)));
                    Value::Array(a)
                })
                .collect();
            let f1 = doc.strict_f1.map(|f| (f * 1e4).round() / 1e4);
            let mut d = json!({"id": doc.id, "dct": doc.dct, "f1": f1, "text": doc.text, "gold": gold, "pred": pred});
            if let (Some(toll), Some(obj)) = (&doc.toll, d.as_object_mut()) {
                obj.insert("toll".into(), json!({"predicted": toll.predicted, "gold": toll.gold, "right": toll.right}));
            }
            d
        })
        .collect();
    json!({"labels": labels, "kinds": KINDS, "report": report_json, "docs": docs_json})
}

#[cfg(test)]
mod tests {
    use super::*;
    use reader::{Document, Layer, Span};

    fn doc(spans: Vec<Span>) -> AnnotatedDoc {
        // "Köln" makes byte and code-point offsets differ.
        let text = "In Köln, Assad met Kerry on Monday.";
        AnnotatedDoc { doc: Document::new("d1", text), spans, layers: vec![Layer::Entities, Layer::Dates] }
    }

    #[test]
    fn marks_carry_code_points_kinds_and_partners() {
        let gold = doc(vec![
            Span::new(3, 8, "LOC"),
            Span::new(10, 15, "PER"),
            Span::new(20, 25, "PER"),
            Span::new(29, 35, "DATE").with_value("2015-06-01"),
        ]);
        let pred = doc(vec![
            Span::new(3, 8, "GPE"),
            Span::new(10, 15, "ORG"),
            Span::new(29, 35, "DATE").with_value("2015-06-08"),
            Span::new(35, 36, "MISC"),
            Span::new(0, 2, "CARDINAL"),
        ]);
        let options = ScoreOptions { label_map: "GPE=LOC,CARDINAL=O".parse().expect("map"), ..Default::default() };
        let counts = scorer::score(std::slice::from_ref(&gold), std::slice::from_ref(&pred), &options).expect("scorable");
        let report = counts.report(&scorer::ReportOptions::default());
        let docs = documents(&[gold], &[pred], &options, &report).expect("documents");
        let d = &docs[0];
        let text: Vec<char> = d.text.chars().collect();
        let slice = |m: &Mark| text[m.start..m.end].iter().collect::<String>();
        let show = |m: &Mark| format!("{} {} {}", slice(m), m.label, KINDS[m.kind]);
        let gold: Vec<String> = d.gold.iter().map(show).collect();
        assert_eq!(gold, ["Köln LOC correct", "Assad PER label", "Kerry PER false_negative", "Monday DATE value"]);
        let pred: Vec<String> = d.pred.iter().map(show).collect();
        assert_eq!(pred, ["Köln LOC correct", "Assad ORG label", "Monday DATE value", ". MISC false_positive"]);
        let partners: Vec<Option<usize>> = d.pred.iter().map(|m| m.partner).collect();
        assert_eq!(partners, [Some(0), Some(1), Some(3), None]);

        let data = data_json(&docs, &report, &labels(&docs, &report));
        assert_eq!(data["labels"], json!(["DATE", "LOC", "MISC", "ORG", "PER"]));
        assert_eq!(data["docs"][0]["pred"][2], json!([28, 34, 0, 6, 3, "2015-06-08"]));
        assert!(data["report"].get("by_doc").is_none());
        assert!(data["docs"][0].get("toll").is_none());
    }

    #[test]
    fn a_toll_is_right_as_the_totals_score_counts_it() {
        assert!(DocToll::new(Some(">=3".into()), 3).right);
        assert!(DocToll::new(Some("2-4".into()), 2).right);
        assert!(!DocToll::new(Some("5".into()), 3).right);
        assert!(DocToll::new(None, 0).right);
        assert!(!DocToll::new(None, 2).right);
        assert!(!DocToll::new(Some("1".into()), 0).right);
    }
}
