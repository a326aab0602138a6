//! What the page draws of each document: its scored spans in code points, each
//! with the kind of error it is part of (or `correct`) and, for a prediction, the
//! gold span it was paired with.
//!
//! Spans are selected as the scorer selects them (labels mapped, spans of unscored
//! layers left out), so that every mark on the page is a span the figures counted.

use std::collections::{BTreeSet, HashMap};

use anyhow::{Context, Result};
use reader::{AnnotatedDoc, CharMap, Layer};
use scorer::errors::{doc_errors, SpanInfo};
use scorer::{LabelMap, Report, ScoreOptions, TagErrorKind};
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
}

/// The page's documents, in gold order; predictions without gold are left out
/// (the summary lists them).
pub fn documents(gold: &[AnnotatedDoc], pred: &[AnnotatedDoc], options: &ScoreOptions, report: &Report) -> Result<Vec<PageDoc>> {
    let by_id: HashMap<&str, &AnnotatedDoc> = pred.iter().map(|d| (d.doc.id.as_str(), d)).collect();
    gold.iter().map(|g| document(g, by_id.get(g.doc.id.as_str()).copied(), options, report)).collect()
}

fn document(gold: &AnnotatedDoc, pred: Option<&AnnotatedDoc>, options: &ScoreOptions, report: &Report) -> Result<PageDoc> {
    let id = &gold.doc.id;
    let layers = options.scored_layers(gold);
    let explicit = options.layers.is_some();
    let map = CharMap::new(&gold.doc.text);
    let gold_map = options.map_gold.then_some(&options.label_map);
    let mut gold_marks = marks(gold, gold_map, &layers, explicit, &map)?;
    let mut pred_marks = match pred {
        Some(p) => marks(p, Some(&options.label_map), &layers, explicit, &map)?,
        None => Vec::new(),
    };
    let errors = doc_errors(gold, pred, options).with_context(|| format!("document {id}: cannot list its errors"))?;
    let mut gold_index = MarkIndex::new(&gold_marks);
    let mut pred_index = MarkIndex::new(&pred_marks);
    for error in &errors {
        let kind = kind_index(error.kind);
        let g = error.gold.as_ref().and_then(|s| gold_index.take(s, &gold_marks));
        let p = error.predicted.as_ref().and_then(|s| pred_index.take(s, &pred_marks));
        if let Some(g) = g {
            if gold_marks[g].kind == 0 {
                gold_marks[g].kind = kind;
            }
        }
        if let Some(p) = p {
            pred_marks[p].kind = kind;
            pred_marks[p].partner = g;
        }
    }
    // A correct prediction's partner is the identical gold span.
    for p in pred_marks.iter_mut().filter(|p| p.kind == 0) {
        p.partner = gold_marks.iter().position(|g| g.start == p.start && g.end == p.end && g.label == p.label);
    }
    let strict_f1 = report.by_doc.get(id).filter(|d| d.has_prediction).map(|d| d.schemas.strict.f1);
    Ok(PageDoc { id: id.clone(), dct: gold.doc.dct.clone(), text: gold.doc.text.clone(), strict_f1, gold: gold_marks, pred: pred_marks })
}

/// The spans of `doc` that scoring counts, as the scorer selects them: labels
/// mapped (a label mapped to `O` drops its span), spans of layers not scored left
/// out, and spans without a layer left out when the layers were given explicitly.
fn marks(doc: &AnnotatedDoc, label_map: Option<&LabelMap>, layers: &[Layer], explicit: bool, map: &CharMap) -> Result<Vec<Mark>> {
    let mut out = Vec::with_capacity(doc.spans.len());
    for span in &doc.spans {
        let label = match label_map {
            Some(m) => m.map(&span.label),
            None => Some(span.label.as_str()),
        };
        let Some(label) = label else { continue };
        match Layer::of_label(label) {
            Some(layer) if !layers.contains(&layer) => continue,
            None if explicit => continue,
            _ => {}
        }
        let offset = |b: usize| {
            map.byte_to_char(b).with_context(|| format!("document {}: span {}..{} is not on character boundaries", doc.doc.id, span.start, span.end))
        };
        let (start, end) = (offset(span.start)?, offset(span.end)?);
        out.push(Mark { start, end, label: label.to_string(), value: span.value.clone(), kind: 0, partner: None });
    }
    out.sort();
    Ok(out)
}

/// Finds the mark an error's span stands for. Identical spans are handed out in
/// turn, so that two identical gold spans both missed are both marked.
struct MarkIndex {
    by_key: HashMap<(usize, usize, String, Option<String>), Vec<usize>>,
}

impl MarkIndex {
    fn new(marks: &[Mark]) -> MarkIndex {
        let mut by_key: HashMap<_, Vec<usize>> = HashMap::new();
        for (i, m) in marks.iter().enumerate() {
            by_key.entry((m.start, m.end, m.label.clone(), m.value.clone())).or_default().push(i);
        }
        MarkIndex { by_key }
    }

    /// The first mark equal to `span` not yet given an error kind, else the first equal one.
    fn take(&mut self, span: &SpanInfo, marks: &[Mark]) -> Option<usize> {
        let found = self.by_key.get(&(span.start, span.end, span.label.clone(), span.value.clone()))?;
        found.iter().copied().find(|&i| marks[i].kind == 0).or_else(|| found.first().copied())
    }
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
            json!({"id": doc.id, "dct": doc.dct, "f1": f1, "text": doc.text, "gold": gold, "pred": pred})
        })
        .collect();
    json!({"labels": labels, "kinds": KINDS, "report": report_json, "docs": docs_json})
}

#[cfg(test)]
mod tests {
    use super::*;
    use reader::{Document, Span};

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
    }
}
