//! The error listing: every false positive, false negative, boundary, label and
//! value error, with its context, for reading or for a spreadsheet.
//!
//! Pairs are those of the type schema (overlapping spans; a same-label gold span
//! with the closest boundaries first, else the first overlapping one), within each
//! layer as scoring matches them:
//!
//! | pair                               | kind              |
//! |------------------------------------|-------------------|
//! | prediction with no gold            | `false_positive`  |
//! | gold with no prediction            | `false_negative`  |
//! | same label, other boundaries       | `boundary`        |
//! | other label, same boundaries       | `label`           |
//! | other label, other boundaries      | `label_boundary`  |
//! | strict match, other value (a valued layer: `LayerSpec::valued`) | `value` |

use std::io::{self, Write};

use reader::AnnotatedDoc;
use serde::Serialize;

use crate::error::Result;
use crate::prepare::{char_slice, groups, prepare, Item};
use crate::schemas::{match_spans, Schema};
use crate::score::pair_docs;
use crate::ScoreOptions;

/// Characters of context on each side of an error.
pub const CONTEXT_CHARS: usize = 40;

/// What kind of error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TagErrorKind {
    /// A prediction that overlaps no gold span.
    FalsePositive,
    /// A gold span no prediction overlaps.
    FalseNegative,
    /// Same label, different boundaries.
    Boundary,
    /// Same boundaries, different label.
    Label,
    /// Different label and boundaries.
    LabelBoundary,
    /// Same boundaries and label, different value.
    Value,
}

impl TagErrorKind {
    /// The kind's name in listings.
    pub fn name(self) -> &'static str {
        match self {
            TagErrorKind::FalsePositive => "false_positive",
            TagErrorKind::FalseNegative => "false_negative",
            TagErrorKind::Boundary => "boundary",
            TagErrorKind::Label => "label",
            TagErrorKind::LabelBoundary => "label_boundary",
            TagErrorKind::Value => "value",
        }
    }
}

/// A span as listings show it: code-point offsets, label, text, value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpanInfo {
    /// Start, in code points.
    pub start: usize,
    /// End (exclusive), in code points.
    pub end: usize,
    /// The label (after mapping).
    pub label: String,
    /// The covered text.
    pub text: String,
    /// The normalised value.
    pub value: Option<String>,
}

/// One error of the listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TagError {
    /// The document.
    pub doc_id: String,
    /// What went wrong.
    pub kind: TagErrorKind,
    /// The gold span, if any.
    pub gold: Option<SpanInfo>,
    /// The predicted span, if any.
    pub predicted: Option<SpanInfo>,
    /// [`CONTEXT_CHARS`] characters either side of the spans (the spans included),
    /// line breaks and tabs replaced by spaces.
    pub context: String,
}

/// Lists the errors of `predicted` against `gold`, document by document in gold
/// order, each document's errors by position. Documents pair as in [`crate::score`];
/// gold without a prediction lists all its spans as false negatives.
pub fn list_errors(gold: &[AnnotatedDoc], predicted: &[AnnotatedDoc], options: &ScoreOptions) -> Result<Vec<TagError>> {
    let mut out = Vec::new();
    for (gold, pred) in pair_docs(gold, predicted)?.pairs {
        out.extend(doc_errors(gold, pred, options)?);
    }
    Ok(out)
}

/// The errors of one document.
pub fn doc_errors(gold: &AnnotatedDoc, pred: Option<&AnnotatedDoc>, options: &ScoreOptions) -> Result<Vec<TagError>> {
    let prepared = prepare(gold, pred, options)?;
    let text = &gold.doc.text;
    let mut found: Vec<(usize, TagErrorKind, Option<&Item>, Option<&Item>)> = Vec::new();
    for (g, p) in groups(&prepared.gold, &prepared.pred, options.match_across_layers) {
        let matching = match_spans(Schema::Type, &g, &p);
        for (pi, (_, gi)) in matching.pred.iter().enumerate() {
            let p = p[pi];
            let Some(gi) = *gi else {
                found.push((p.start, TagErrorKind::FalsePositive, None, Some(p)));
                continue;
            };
            let g = g[gi];
            let kind = match (g.label == p.label, g.same_bounds(p)) {
                (true, true) if g.value != p.value && g.layer.is_some_and(|l| l.spec().valued) => TagErrorKind::Value,
                (true, true) => continue,
                (true, false) => TagErrorKind::Boundary,
                (false, true) => TagErrorKind::Label,
                (false, false) => TagErrorKind::LabelBoundary,
            };
            found.push((g.start.min(p.start), kind, Some(g), Some(p)));
        }
        for (gi, pi) in matching.gold.iter().enumerate() {
            if pi.is_none() {
                found.push((g[gi].start, TagErrorKind::FalseNegative, Some(g[gi]), None));
            }
        }
    }
    found.sort_by_key(|(at, kind, g, p)| (*at, *kind, g.map(|i| i.end), p.map(|i| i.end)));
    let info = |item: &Item| SpanInfo {
        start: item.start,
        end: item.end,
        label: item.label.clone(),
        text: char_slice(text, item.start, item.end),
        value: item.value.clone(),
    };
    Ok(found
        .into_iter()
        .map(|(_, kind, g, p)| {
            let start = g.iter().chain(&p).map(|i| i.start).min().unwrap_or(0);
            let end = g.iter().chain(&p).map(|i| i.end).max().unwrap_or(0);
            let context = char_slice(text, start.saturating_sub(CONTEXT_CHARS), end + CONTEXT_CHARS)
                .replace(['\n', '\r', '\t'], " ");
            TagError { doc_id: gold.doc.id.clone(), kind, gold: g.map(info), predicted: p.map(info), context }
        })
        .collect())
}

/// Writes errors as CSV with a header: `doc_id, kind, gold_start, gold_end,
/// gold_label, gold_text, gold_value, pred_start, …, pred_value, context`.
pub fn write_csv<W: Write>(out: W, errors: &[TagError]) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let side = |prefix: &str| ["start", "end", "label", "text", "value"].map(|f| format!("{prefix}_{f}"));
    let mut header = vec!["doc_id".to_string(), "kind".to_string()];
    header.extend(side("gold"));
    header.extend(side("pred"));
    header.push("context".into());
    w.write_record(&header)?;
    let cells = |s: &Option<SpanInfo>| match s {
        Some(s) => [s.start.to_string(), s.end.to_string(), s.label.clone(), s.text.clone(), s.value.clone().unwrap_or_default()],
        None => Default::default(),
    };
    for e in errors {
        let mut row = vec![e.doc_id.clone(), e.kind.name().to_string()];
        row.extend(cells(&e.gold));
        row.extend(cells(&e.predicted));
        row.push(e.context.clone());
        w.write_record(&row)?;
    }
    w.flush()
}

/// Writes errors as JSON lines, one object per error (`doc_id`, `kind`, `gold`,
/// `predicted`, `context`).
pub fn write_jsonl<W: Write>(mut out: W, errors: &[TagError]) -> io::Result<()> {
    for e in errors {
        serde_json::to_writer(&mut out, e)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use reader::{Document, Layer, Span};

    fn doc(spans: Vec<Span>) -> AnnotatedDoc {
        let text = "On Monday\nAssad met Kerry in Geneva; 3 people were killed.";
        AnnotatedDoc { doc: Document::new("d1", text), spans, layers: vec![Layer::Entities, Layer::Dates] }
    }

    #[test]
    fn lists_each_kind_with_context() {
        let gold = doc(vec![
            Span::new(3, 9, "DATE").with_value("2015-06-01"),
            Span::new(10, 15, "PER"),
            Span::new(20, 25, "PER"),
            Span::new(29, 35, "LOC"),
        ]);
        let pred = doc(vec![
            Span::new(3, 9, "DATE").with_value("2015-06-08"),
            Span::new(10, 15, "ORG"),
            Span::new(29, 36, "LOC"),
            Span::new(37, 38, "MISC"),
        ]);
        let errors = doc_errors(&gold, Some(&pred), &ScoreOptions::default()).expect("same text");
        let kinds: Vec<&str> = errors.iter().map(|e| e.kind.name()).collect();
        assert_eq!(kinds, ["value", "label", "false_negative", "boundary", "false_positive"]);
        assert_eq!(errors[0].context, "On Monday Assad met Kerry in Geneva; 3 people wer");
        assert_eq!(errors[2].gold.as_ref().map(|g| g.text.as_str()), Some("Kerry"));

        let mut csv = Vec::new();
        write_csv(&mut csv, &errors[..1]).expect("in memory");
        let csv = String::from_utf8(csv).expect("utf8");
        assert_eq!(
            csv.lines().nth(1),
            Some("d1,value,3,9,DATE,Monday,2015-06-01,3,9,DATE,Monday,2015-06-08,On Monday Assad met Kerry in Geneva; 3 people wer")
        );
        let mut jsonl = Vec::new();
        write_jsonl(&mut jsonl, &errors[4..]).expect("in memory");
        let line: serde_json::Value = serde_json::from_slice(&jsonl).expect("one JSON object");
        assert_eq!(line["kind"], "false_positive");
        assert_eq!(line["gold"], serde_json::Value::Null);
        assert_eq!(line["predicted"]["text"], "3");
    }

    #[test]
    fn gold_without_prediction_is_all_false_negatives() {
        let gold = doc(vec![Span::new(10, 15, "PER"), Span::new(20, 25, "PER")]);
        let errors = list_errors(&[gold], &[], &ScoreOptions::default()).expect("ok");
        assert!(errors.iter().all(|e| e.kind == TagErrorKind::FalseNegative) && errors.len() == 2);
    }
}
