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
use serde_json::Value;

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
///
/// Takes the documents and lets go of each once its page document is made, so that
/// the corpus is not held twice (as documents and as page documents).
pub fn documents(gold: Vec<AnnotatedDoc>, pred: Vec<AnnotatedDoc>, options: &ScoreOptions, report: &Report) -> Result<Vec<PageDoc>> {
    // Coverage is decided for the corpus, as `scorer::score` decides it.
    let options = &options.for_corpus(&gold);
    let mut by_id: HashMap<String, AnnotatedDoc> = pred.into_iter().map(|d| (d.doc.id.clone(), d)).collect();
    let mut out = Vec::with_capacity(gold.len());
    for g in gold {
        let p = by_id.remove(g.doc.id.as_str());
        out.push(document(g, p.as_ref(), options, report)?);
    }
    Ok(out)
}

/// Takes the gold document over: its text moves into the page document (no copy).
fn document(gold: AnnotatedDoc, pred: Option<&AnnotatedDoc>, options: &ScoreOptions, report: &Report) -> Result<PageDoc> {
    let id = &gold.doc.id;
    let scored = scorer::scored_doc(&gold, pred, options).with_context(|| format!("document {id}: cannot score it"))?;
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
    let doc = gold.doc;
    Ok(PageDoc { id: doc.id, dct: doc.dct, text: doc.text, strict_f1, gold: gold_marks, pred: pred_marks, toll: None })
}

/// Every label of the page, sorted: those of the marks and those of the report.
pub fn labels(docs: &[PageDoc], report: &Report) -> Vec<String> {
    let mut set: BTreeSet<&str> = report.by_label.keys().map(String::as_str).collect();
    for doc in docs {
        set.extend(doc.gold.iter().chain(&doc.pred).map(|m| m.label.as_str()));
    }
    set.into_iter().map(str::to_string).collect()
}

/// The page's data as a JSON value (see [`Data`], which the page serialises directly).
#[cfg(test)]
pub fn data_json(docs: &[PageDoc], report: &Report, labels: &[String]) -> Value {
    serde_json::to_value(Data::new(docs, report, labels)).unwrap_or(Value::Null)
}

/// The page's data (`labels`, `kinds`, `report` without its per-document part, and
/// `docs`: id, DCT, strict F1, text, gold and predicted marks as arrays), serialised
/// one document at a time: no JSON tree of the whole corpus is built (a tree of a
/// 20 MB corpus's marks took over a gigabyte).
pub struct Data<'a> {
    docs: &'a [PageDoc],
    labels: &'a [String],
    label_ix: HashMap<&'a str, usize>,
    report: Value,
}

impl<'a> Data<'a> {
    /// The data of `docs` and `report`, labels numbered by their place in `labels`.
    pub fn new(docs: &'a [PageDoc], report: &Report, labels: &'a [String]) -> Data<'a> {
        let label_ix = labels.iter().enumerate().map(|(i, l)| (l.as_str(), i)).collect();
        let mut report = report.to_json();
        if let Some(obj) = report.as_object_mut() {
            obj.remove("by_doc");
        }
        Data { docs, labels, label_ix, report }
    }

    fn ix(&self, label: &str) -> usize {
        self.label_ix.get(label).copied().unwrap_or(0)
    }
}

impl serde::Serialize for Data<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = serializer.serialize_map(Some(4))?;
        m.serialize_entry("labels", self.labels)?;
        m.serialize_entry("kinds", &KINDS)?;
        m.serialize_entry("report", &self.report)?;
        m.serialize_entry("docs", &Docs(self))?;
        m.end()
    }
}

struct Docs<'d, 'a>(&'d Data<'a>);

impl serde::Serialize for Docs<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.docs.iter().map(|doc| DocOut(self.0, doc)))
    }
}

struct DocOut<'d, 'a>(&'d Data<'a>, &'d PageDoc);

impl serde::Serialize for DocOut<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (data, doc) = (self.0, self.1);
        let mut m = serializer.serialize_map(Some(if doc.toll.is_some() { 7 } else { 6 }))?;
        m.serialize_entry("id", &doc.id)?;
        m.serialize_entry("dct", &doc.dct)?;
        m.serialize_entry("f1", &doc.strict_f1.map(|f| (f * 1e4).round() / 1e4))?;
        m.serialize_entry("text", &doc.text)?;
        m.serialize_entry("gold", &Marks { data, marks: &doc.gold, partners: false })?;
        m.serialize_entry("pred", &Marks { data, marks: &doc.pred, partners: true })?;
        if let Some(toll) = &doc.toll {
            m.serialize_entry("toll", &serde_json::json!({"predicted": toll.predicted, "gold": toll.gold, "right": toll.right}))?;
        }
        m.end()
    }
}

/// Marks as arrays: `[start, end, label index, kind, (partner, -1 for none), (value)]`.
struct Marks<'d, 'a> {
    data: &'d Data<'a>,
    marks: &'d [Mark],
    partners: bool,
}

impl serde::Serialize for Marks<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.marks.iter().map(|m| MarkOut { data: self.data, mark: m, partners: self.partners }))
    }
}

struct MarkOut<'d, 'a> {
    data: &'d Data<'a>,
    mark: &'d Mark,
    partners: bool,
}

impl serde::Serialize for MarkOut<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let m = self.mark;
        let mut a = serializer.serialize_seq(None)?;
        a.serialize_element(&m.start)?;
        a.serialize_element(&m.end)?;
        a.serialize_element(&self.data.ix(&m.label))?;
        a.serialize_element(&m.kind)?;
        if self.partners {
            a.serialize_element(&m.partner.map_or(-1, |p| i64::try_from(p).unwrap_or(-1)))?;
        }
        if let Some(value) = &m.value {
            a.serialize_element(value)?;
        }
        a.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reader::{Document, Layer, Span};
    use serde_json::json;

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
        let docs = documents(vec![gold], vec![pred], &options, &report).expect("documents");
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
