//! Errors, both kinds: the scorer's own [`Error`] (why documents could not be
//! scored), and the error listing: every false positive, false negative,
//! boundary, label and value error of the tagger, with its context, for reading or
//! for a spreadsheet.
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

use std::fmt;
use std::io::{self, Write};

use reader::{AnnotatedDoc, Layer};
use serde::Serialize;

use crate::prepare::{char_slice, group_indices, prepare, Item};
use crate::schemas::{match_spans, Schema};
use crate::score::pair_docs;
use crate::ScoreOptions;

/// Which input a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The gold annotations.
    Gold,
    /// The predicted annotations.
    Predicted,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Gold => "gold",
            Side::Predicted => "predictions",
        })
    }
}

/// Why documents could not be scored or counts could not be merged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Gold and prediction give different texts for one document id.
    #[error("doc {doc_id}: gold and predicted texts differ (first at character {at})")]
    TextMismatch {
        /// The document.
        doc_id: String,
        /// The first code point where the texts differ.
        at: usize,
    },
    /// Two systems compared were scored on different documents.
    #[error("the two systems were scored on different documents ({only_a} only in A, {only_b} only in B, e.g. `{example}`)")]
    DocsDiffer {
        /// Documents scored for A only.
        only_a: usize,
        /// Documents scored for B only.
        only_b: usize,
        /// One of them.
        example: String,
    },
    /// A document id occurs twice in one input.
    #[error("duplicate document id `{doc_id}` in the {side}")]
    DuplicateDoc {
        /// The document.
        doc_id: String,
        /// The input it is repeated in.
        side: Side,
    },
    /// A span whose byte offsets do not lie on character boundaries of the text.
    #[error("doc {doc_id}: {side} span {start}..{end} ({label}) is not on character boundaries of the text")]
    BadSpan {
        /// The document.
        doc_id: String,
        /// Gold or predicted.
        side: Side,
        /// Start, in bytes.
        start: usize,
        /// End, in bytes.
        end: usize,
        /// The span's label.
        label: String,
    },
    /// A label mapping that is not `FROM=TO[,FROM=TO…]`.
    #[error("bad label mapping `{0}`: expected FROM=TO[,FROM=TO…] (TO may be O or empty to drop)")]
    BadMapping(String),
    /// Two shards both scored one document.
    #[error("cannot merge: document `{doc_id}` was scored in two parts")]
    MergeOverlap {
        /// The document.
        doc_id: String,
    },
}

/// Result of the scorer.
pub type Result<T, E = Error> = std::result::Result<T, E>;

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
    let options = &options.for_corpus(gold);
    let mut out = Vec::new();
    for (gold, pred) in pair_docs(gold, predicted)?.pairs {
        out.extend(doc_errors(gold, pred, options)?);
    }
    Ok(out)
}

/// One span of a document as scoring counted it: labels mapped, spans of unscored
/// layers left out, offsets in code points, and what the type-schema pairing made
/// of it (the pairing [`doc_errors`] lists).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoredSpan {
    /// Start, in code points.
    pub start: usize,
    /// End (exclusive), in code points.
    pub end: usize,
    /// The label after mapping.
    pub label: String,
    /// The normalised value.
    pub value: Option<String>,
    /// The error this span is part of; `None`: correct.
    pub kind: Option<TagErrorKind>,
    /// The span of the other side it was paired with (an index into
    /// [`ScoredDoc::gold`] or [`ScoredDoc::pred`]).
    pub partner: Option<usize>,
}

/// The scored spans of one document, each side sorted by position.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScoredDoc {
    /// The gold spans scored.
    pub gold: Vec<ScoredSpan>,
    /// The predicted spans scored.
    pub pred: Vec<ScoredSpan>,
}

/// The spans of one document pair as the scorer selects and pairs them (see the
/// module's table for the kinds), for callers that draw or list them.
pub fn scored_doc(gold: &AnnotatedDoc, pred: Option<&AnnotatedDoc>, options: &ScoreOptions) -> Result<ScoredDoc> {
    let prepared = prepare(gold, pred, options)?;
    Ok(pair_up(&prepared.gold, &prepared.pred, options.match_across_layers))
}

fn pair_up(gold: &[Item], pred: &[Item], across_layers: bool) -> ScoredDoc {
    let scored = |item: &Item, kind| ScoredSpan {
        start: item.start,
        end: item.end,
        label: item.label.clone(),
        value: item.value.clone(),
        kind,
        partner: None,
    };
    let mut out = ScoredDoc {
        gold: gold.iter().map(|i| scored(i, Some(TagErrorKind::FalseNegative))).collect(),
        pred: pred.iter().map(|i| scored(i, Some(TagErrorKind::FalsePositive))).collect(),
    };
    for (g_ix, p_ix) in group_indices(gold, pred, across_layers) {
        let g: Vec<&Item> = g_ix.iter().map(|&i| &gold[i]).collect();
        let p: Vec<&Item> = p_ix.iter().map(|&i| &pred[i]).collect();
        let matching = match_spans(Schema::Type, &g, &p);
        for (pi, (_, gi)) in matching.pred.iter().enumerate() {
            let Some(gi) = *gi else { continue };
            let (gold_item, pred_item) = (g[gi], p[pi]);
            let kind = match (gold_item.label == pred_item.label, gold_item.same_bounds(pred_item)) {
                (true, true) if gold_item.value != pred_item.value && gold_item.layer.is_some_and(|l| l.spec().valued) => {
                    Some(TagErrorKind::Value)
                }
                (true, true) => None,
                (true, false) => Some(TagErrorKind::Boundary),
                (false, true) => Some(TagErrorKind::Label),
                (false, false) => Some(TagErrorKind::LabelBoundary),
            };
            let (gg, pp) = (g_ix[gi], p_ix[pi]);
            out.gold[gg].kind = kind;
            out.gold[gg].partner = Some(pp);
            out.pred[pp].kind = kind;
            out.pred[pp].partner = Some(gg);
        }
    }
    out
}

/// The errors of one document.
pub fn doc_errors(gold: &AnnotatedDoc, pred: Option<&AnnotatedDoc>, options: &ScoreOptions) -> Result<Vec<TagError>> {
    let scored = scored_doc(gold, pred, options)?;
    let text = &gold.doc.text;
    let mut found: Vec<(usize, TagErrorKind, Option<&ScoredSpan>, Option<&ScoredSpan>)> = Vec::new();
    for p in &scored.pred {
        let Some(kind) = p.kind else { continue };
        let g = p.partner.and_then(|gi| scored.gold.get(gi));
        found.push((g.map_or(p.start, |g| g.start.min(p.start)), kind, g, Some(p)));
    }
    for g in scored.gold.iter().filter(|g| g.partner.is_none()) {
        found.push((g.start, TagErrorKind::FalseNegative, Some(g), None));
    }
    // Ties keep the matching's order: group by group (layer by layer), then by position.
    let group =
        |s: &ScoredSpan| if options.match_across_layers { 0 } else { Layer::of_label(&s.label).map_or(Layer::ALL.len(), |l| l as usize) };
    found.sort_by_key(|(at, kind, g, p)| (*at, *kind, g.map(|i| i.end), p.map(|i| i.end), g.or(*p).map(group)));
    let info = |item: &ScoredSpan| SpanInfo {
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
            let context = char_slice(text, start.saturating_sub(CONTEXT_CHARS), end + CONTEXT_CHARS).replace(['\n', '\r', '\t'], " ");
            TagError { doc_id: gold.doc.id.clone(), kind, gold: g.map(info), predicted: p.map(info), context }
        })
        .collect())
}

/// A text cell safe to open in a spreadsheet: one that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return (which a spreadsheet may run as a formula) gets a
/// leading `'`, as OWASP recommends against CSV injection. Numeric cells are never
/// passed through this, so `-0.5` stays a number.
pub fn neutralise_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Writes errors as CSV with a header: `doc_id, kind, gold_start, gold_end,
/// gold_label, gold_text, gold_value, pred_start, …, pred_value, context`. Text
/// cells are neutralised against formula injection (see [`neutralise_cell`]).
pub fn write_csv<W: Write>(out: W, errors: &[TagError]) -> io::Result<()> {
    write_csv_cells(out, errors, true)
}

/// [`write_csv`], with text cells neutralised (`neutralise`) or written raw.
pub fn write_csv_cells<W: Write>(out: W, errors: &[TagError], neutralise: bool) -> io::Result<()> {
    let text = |s: &str| if neutralise { neutralise_cell(s).into_owned() } else { s.to_string() };
    let mut w = csv::Writer::from_writer(out);
    let side = |prefix: &str| ["start", "end", "label", "text", "value"].map(|f| format!("{prefix}_{f}"));
    let mut header = vec!["doc_id".to_string(), "kind".to_string()];
    header.extend(side("gold"));
    header.extend(side("pred"));
    header.push("context".into());
    w.write_record(&header)?;
    let cells = |s: &Option<SpanInfo>| match s {
        Some(s) => [s.start.to_string(), s.end.to_string(), text(&s.label), text(&s.text), text(s.value.as_deref().unwrap_or_default())],
        None => Default::default(),
    };
    for e in errors {
        let mut row = vec![text(&e.doc_id), e.kind.name().to_string()];
        row.extend(cells(&e.gold));
        row.extend(cells(&e.predicted));
        row.push(text(&e.context));
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
    use reader::{Document, Span};

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

    #[test]
    fn messages_name_the_document() {
        let err = Error::TextMismatch { doc_id: "d7".into(), at: 3 };
        assert_eq!(err.to_string(), "doc d7: gold and predicted texts differ (first at character 3)");
        let err = Error::DuplicateDoc { doc_id: "d1".into(), side: Side::Predicted };
        assert_eq!(err.to_string(), "duplicate document id `d1` in the predictions");
    }
}
