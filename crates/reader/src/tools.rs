//! Exports of annotation tools, read as JSON documents by the JSONL reader: Label
//! Studio, Doccano and Prodigy. Each is turned into tageval's own document shape
//! (`text` + spans, code-point offsets); a document carrying an annotation field that
//! none of these shapes explains is an error naming the field, never a document read
//! with zero spans.
//!
//! - **Label Studio** (JSON array export, or one task a line): the text is
//!   `data.text` (or `data`'s only string field); spans are the `labels` results
//!   (`result[].value{start,end,text,labels}`, one span per label). The spans of one
//!   annotation are read: the first in `annotations` (or the older `completions`)
//!   whose `was_cancelled` is not true; when a task has none, the first of its
//!   `predictions`. Tasks with several annotations, tasks with none, and results of
//!   other types (relations, choices, text areas) are counted in a warning. The
//!   JSON-MIN export (`label: [{start,end,text,labels}]`) is read too.
//! - **Doccano** (JSONL): `label` as `[[start, end, "LABEL"], …]` (sequence
//!   labelling) or `entities` as `[{start_offset, end_offset, label}, …]`; `relations`
//!   are counted in a warning.
//! - **Prodigy** (JSONL): `spans` as in tageval's own shape; `answer` `reject` or
//!   `ignore` examples are not gold: they are skipped and counted in a warning.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value};

use crate::boundary::FileSpan;
use crate::error::{Error, ErrorKind, Location, Result};

/// Warnings a reader collects while streaming (things read, but not as given), for
/// the caller to show once the stream has ended. Clones share one list.
#[derive(Debug, Clone, Default)]
pub struct Warnings(Arc<Mutex<Vec<String>>>);

impl Warnings {
    /// Adds a warning.
    pub fn push(&self, message: String) {
        if let Ok(mut list) = self.0.lock() {
            list.push(message);
        }
    }

    /// True when no warning is waiting.
    pub fn is_empty(&self) -> bool {
        self.0.lock().map(|list| list.is_empty()).unwrap_or(true)
    }

    /// Removes and returns the warnings collected so far.
    pub fn take(&self) -> Vec<String> {
        self.0.lock().map(|mut list| std::mem::take(&mut *list)).unwrap_or_default()
    }
}

/// Counts of what a stream of tool exports read differently from what it held.
#[derive(Debug, Default)]
pub(crate) struct Notes {
    prodigy_skipped: BTreeMap<String, usize>,
    ls_unlabelled: usize,
    ls_several: usize,
    ls_other_results: BTreeMap<String, usize>,
    relations: usize,
}

impl Notes {
    /// Adds the counts of `other` (notes of lines parsed apart, on other threads).
    pub(crate) fn absorb(&mut self, other: Notes) {
        for (k, v) in other.prodigy_skipped {
            *self.prodigy_skipped.entry(k).or_default() += v;
        }
        self.ls_unlabelled += other.ls_unlabelled;
        self.ls_several += other.ls_several;
        for (k, v) in other.ls_other_results {
            *self.ls_other_results.entry(k).or_default() += v;
        }
        self.relations += other.relations;
    }

    /// Whether nothing was counted.
    pub(crate) fn is_empty(&self) -> bool {
        self.prodigy_skipped.is_empty()
            && self.ls_unlabelled == 0
            && self.ls_several == 0
            && self.ls_other_results.is_empty()
            && self.relations == 0
    }

    /// The warnings these counts make (none when nothing was counted).
    pub(crate) fn messages(&self, path: &std::path::Path) -> Vec<String> {
        let p = path.display();
        let mut out = Vec::new();
        if !self.prodigy_skipped.is_empty() {
            let n: usize = self.prodigy_skipped.values().sum();
            let by: Vec<String> = self.prodigy_skipped.iter().map(|(k, v)| format!("{v} {k}")).collect();
            out.push(format!("{p}: skipped {n} Prodigy example(s) not accepted ({}): they are not gold", by.join(", ")));
        }
        if self.ls_several > 0 {
            out.push(format!("{p}: {} Label Studio task(s) have several annotations; the first not cancelled is read", self.ls_several));
        }
        if self.ls_unlabelled > 0 {
            out.push(format!("{p}: {} Label Studio task(s) have no annotation or prediction: read with no spans", self.ls_unlabelled));
        }
        if !self.ls_other_results.is_empty() {
            let n: usize = self.ls_other_results.values().sum();
            let by: Vec<String> = self.ls_other_results.iter().map(|(k, v)| format!("{v} {k}")).collect();
            out.push(format!("{p}: {n} Label Studio result(s) that are not span labels are not read ({})", by.join(", ")));
        }
        if self.relations > 0 {
            out.push(format!("{p}: {} relation(s) are not read (tageval scores spans)", self.relations));
        }
        out
    }
}

/// Fields that carry annotations in some tool's export. Whatever is left of them
/// after the shapes above are read is an error: a document must never come through
/// with its annotations silently dropped.
const ANNOTATION_FIELDS: &[&str] = &[
    "annotations", "predictions", "completions", "result", "entities", "label", "labels", "ents", "ner", "ner_tags", "cats", "relations",
    "events",
];

/// What becomes of one JSON document: skipped (a Prodigy example not accepted), or
/// read with its text and, when a tool shape gave them, its spans.
pub(crate) enum Tool {
    /// Not gold: leave it out.
    Skip,
    /// Read it; `Some` spans when a tool shape gave them.
    Read(Option<Vec<FileSpan>>),
}

/// Reads the tool shape of `fields`, if any: moves a Label Studio text to `text`,
/// takes out the annotation fields it understands, and checks no other is left.
pub(crate) fn read_tool_shape(fields: &mut Map<String, Value>, loc: &Location, notes: &mut Notes) -> Result<Tool> {
    let label_studio = matches!(fields.get("data"), Some(Value::Object(_)))
        && (["annotations", "predictions", "completions"].iter().any(|k| fields.contains_key(*k)) || !fields.contains_key("text"));
    let mut spans = None;
    if label_studio {
        spans = Some(label_studio_task(fields, loc, notes)?);
    } else {
        if let Some(answer) = fields.get("answer") {
            match answer.as_str() {
                Some("accept") => {}
                Some(other @ ("reject" | "ignore")) => {
                    *notes.prodigy_skipped.entry(other.to_string()).or_default() += 1;
                    return Ok(Tool::Skip);
                }
                _ => return Err(wrong_type(loc, "answer", "`accept`, `reject` or `ignore` (Prodigy)")),
            }
        }
        for field in ["label", "entities"] {
            if let Some(Value::Array(items)) = fields.get(field) {
                let read: Vec<FileSpan> =
                    items.iter().map(|item| doccano_span(field, item, loc)).collect::<Result<Vec<_>>>()?.into_iter().flatten().collect();
                if spans.is_some() || fields.contains_key("spans") {
                    let msg = format!("field `{field}` beside other spans: a document gives its spans in one field");
                    return Err(Error::new(loc.clone(), ErrorKind::Syntax(msg)));
                }
                fields.shift_remove(field);
                spans = Some(read);
            }
        }
    }
    match fields.shift_remove("relations") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => notes.relations += items.len(),
        Some(_) => return Err(wrong_type(loc, "relations", "a list")),
    }
    if let Some(field) = fields.keys().find(|k| ANNOTATION_FIELDS.contains(&k.as_str())) {
        return Err(Error::new(loc.clone(), ErrorKind::UnknownAnnotations(field.clone())));
    }
    Ok(Tool::Read(spans))
}

fn wrong_type(loc: &Location, field: &str, expected: &'static str) -> Error {
    Error::new(loc.clone(), ErrorKind::WrongType { field: field.into(), expected })
}

fn offset(v: Option<&Value>, loc: &Location, field: &str) -> Result<usize> {
    match v {
        Some(v) => v.as_u64().map(|n| n as usize).ok_or_else(|| wrong_type(loc, field, "a non-negative integer")),
        None => Err(Error::new(loc.clone(), ErrorKind::MissingField(field.into()))),
    }
}

/// One Doccano span: `[start, end, "LABEL"]`, or an object with `start_offset` /
/// `end_offset` (or `start` / `end`) and `label` (or Label Studio JSON-MIN `labels`).
/// Objects yield one span per label; a list of strings (document classes) is refused.
fn doccano_span(field: &str, item: &Value, loc: &Location) -> Result<Vec<FileSpan>> {
    match item {
        Value::Array(parts) => match parts.as_slice() {
            [s, e, Value::String(label)] => Ok(vec![FileSpan {
                start: offset(Some(s), loc, &format!("{field}[][0]"))?,
                end: offset(Some(e), loc, &format!("{field}[][1]"))?,
                label: label.clone(),
                ..Default::default()
            }]),
            _ => Err(wrong_type(loc, field, "a list of [start, end, \"LABEL\"] triples or span objects (Doccano)")),
        },
        Value::Object(obj) => {
            let (s, e) = if obj.contains_key("start_offset") { ("start_offset", "end_offset") } else { ("start", "end") };
            let start = offset(obj.get(s), loc, &format!("{field}[].{s}"))?;
            let end = offset(obj.get(e), loc, &format!("{field}[].{e}"))?;
            let text = obj.get("text").and_then(Value::as_str).map(str::to_string);
            labels(obj, loc, field)?
                .into_iter()
                .map(|label| Ok(FileSpan { start, end, label, text: text.clone(), ..Default::default() }))
                .collect()
        }
        Value::String(_) => {
            let msg = "a list of spans; a list of strings is document classes (text classification), which tageval does not score";
            Err(Error::new(loc.clone(), ErrorKind::WrongType { field: field.into(), expected: msg }))
        }
        _ => Err(wrong_type(loc, field, "a list of [start, end, \"LABEL\"] triples or span objects (Doccano)")),
    }
}

/// The labels of a span object: `label` (a string) or `labels` (a list of strings).
fn labels(obj: &Map<String, Value>, loc: &Location, field: &str) -> Result<Vec<String>> {
    match (obj.get("label"), obj.get("labels")) {
        (Some(Value::String(l)), _) => Ok(vec![l.clone()]),
        (_, Some(Value::Array(ls))) if !ls.is_empty() => ls
            .iter()
            .map(|l| l.as_str().map(str::to_string).ok_or_else(|| wrong_type(loc, &format!("{field}[].labels"), "a list of strings")))
            .collect(),
        _ => Err(Error::new(loc.clone(), ErrorKind::MissingField(format!("{field}[].label")))),
    }
}

/// A Label Studio task: puts its text in `text` and returns the spans of the
/// annotation it reads (see the module documentation for which).
fn label_studio_task(fields: &mut Map<String, Value>, loc: &Location, notes: &mut Notes) -> Result<Vec<FileSpan>> {
    let Some(Value::Object(mut data)) = fields.shift_remove("data") else {
        return Err(wrong_type(loc, "data", "an object (Label Studio)"));
    };
    let text = match data.shift_remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(wrong_type(loc, "data.text", "a string")),
        None => {
            let strings: Vec<&String> = data.iter().filter(|(_, v)| v.is_string()).map(|(k, _)| k).collect();
            match strings.as_slice() {
                [only] => {
                    let key = (*only).clone();
                    match data.shift_remove(&key) {
                        Some(Value::String(s)) => s,
                        _ => return Err(Error::new(loc.clone(), ErrorKind::MissingField("data.text".into()))),
                    }
                }
                _ => return Err(Error::new(loc.clone(), ErrorKind::MissingField("data.text".into()))),
            }
        }
    };
    if fields.contains_key("text") {
        return Err(Error::new(loc.clone(), ErrorKind::Syntax("a Label Studio task has `data.text` and `text`: give one".into())));
    }
    fields.insert("text".into(), Value::String(text));
    if !data.is_empty() {
        fields.insert("data".into(), Value::Object(data));
    }
    let mut list = |name: &str| -> Result<Vec<Value>> {
        match fields.shift_remove(name) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) => Ok(items),
            Some(_) => Err(wrong_type(loc, name, "a list (Label Studio)")),
        }
    };
    let mut annotations = list("annotations")?;
    annotations.extend(list("completions")?);
    let predictions = list("predictions")?;
    let cancelled = |a: &Value| a.get("was_cancelled").and_then(Value::as_bool).unwrap_or(false);
    let live: Vec<&Value> = annotations.iter().filter(|a| !cancelled(a)).collect();
    if live.len() > 1 {
        notes.ls_several += 1;
    }
    let (chosen, field) = match (live.first(), predictions.first()) {
        (Some(a), _) => (*a, "annotations"),
        (None, Some(p)) => (p, "predictions"),
        (None, None) => {
            notes.ls_unlabelled += 1;
            return Ok(Vec::new());
        }
    };
    let results = match chosen.get("result") {
        Some(Value::Array(items)) => items,
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(_) => return Err(wrong_type(loc, &format!("{field}[].result"), "a list")),
    };
    let mut spans = Vec::new();
    for item in results {
        let kind = item.get("type").and_then(Value::as_str).unwrap_or("");
        let value = item.get("value");
        let is_labels = value.is_some_and(|v| v.get("labels").is_some() && v.get("start").is_some());
        if !(kind == "labels" || kind.is_empty() && is_labels) {
            let kind = if kind.is_empty() { "untyped" } else { kind };
            *notes.ls_other_results.entry(kind.to_string()).or_default() += 1;
            continue;
        }
        let Some(Value::Object(value)) = value else {
            return Err(Error::new(loc.clone(), ErrorKind::MissingField(format!("{field}[].result[].value"))));
        };
        let name = format!("{field}[].result[].value");
        let start = offset(value.get("start"), loc, &format!("{name}.start"))?;
        let end = offset(value.get("end"), loc, &format!("{name}.end"))?;
        let text = value.get("text").and_then(Value::as_str).map(str::to_string);
        for label in labels(value, loc, &name)? {
            spans.push(FileSpan { start, end, label, text: text.clone(), ..Default::default() });
        }
    }
    Ok(spans)
}

#[cfg(test)]
mod tests {
    use crate::jsonl::{parse_line, JsonlReader};
    use crate::{Location, Record, Result, Warnings};

    fn read(input: &str) -> (Vec<Result<Record>>, Vec<String>) {
        let warnings = Warnings::default();
        let out = JsonlReader::new(input.as_bytes(), "t.json").with_warnings(warnings.clone()).collect();
        (out, warnings.take())
    }

    fn spans(rec: &Record) -> Vec<(String, String)> {
        rec.doc.spans.iter().map(|s| (s.label.clone(), s.text(&rec.doc.doc.text).to_string())).collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/tools/");

    fn fixture(name: &str) -> (Vec<Record>, Vec<String>) {
        let text = std::fs::read_to_string(format!("{FIXTURES}{name}")).expect("fixture");
        let (out, warnings) = read(&text);
        (out.into_iter().collect::<Result<_>>().expect("reads"), warnings)
    }

    #[test]
    fn label_studio_array_reads_the_first_live_annotation_else_a_prediction() {
        let (docs, warnings) = fixture("label-studio.json");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].doc.doc.id, "1");
        assert_eq!(spans(&docs[0]), pairs(&[("PER", "Assad"), ("PER", "Putin"), ("LOC", "Moscow")]));
        assert_eq!(spans(&docs[1]), pairs(&[("LOC", "Köln"), ("ORG", "UN")]), "no annotation: the first prediction");
        assert_eq!(docs[1].line, 2, "the line of an array item is its position");
        assert_eq!(warnings, ["t.json: 1 Label Studio result(s) that are not span labels are not read (1 relation)"]);
    }

    #[test]
    fn label_studio_several_annotations_and_unlabelled_tasks_are_counted() {
        let task = r#"{"id":5,"data":{"text":"Assad"},"annotations":[{"result":[{"type":"labels","value":{"start":0,"end":5,"labels":["PER"]}}]},{"result":[]}]}"#;
        let bare = r#"{"id":6,"data":{"text":"Nothing"}}"#;
        let (out, warnings) = read(&format!("{task}\n{bare}\n"));
        let docs: Vec<Record> = out.into_iter().collect::<Result<_>>().expect("reads");
        assert_eq!(docs[0].doc.spans.len(), 1);
        assert!(docs[1].doc.spans.is_empty());
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("1 Label Studio task(s) have several annotations"), "{warnings:?}");
        assert!(warnings[1].contains("1 Label Studio task(s) have no annotation"), "{warnings:?}");
    }

    #[test]
    fn label_studio_json_min_label_objects_are_read() {
        let line = r#"{"id":1,"text":"Assad met Putin","label":[{"start":0,"end":5,"text":"Assad","labels":["PER"]},{"start":10,"end":15,"text":"Putin","labels":["PER"]}]}"#;
        let doc = parse_line(line, Location::new("t", 1)).expect("reads");
        assert_eq!(doc.spans.len(), 2);
    }

    #[test]
    fn doccano_triples_and_entity_objects_are_read_relations_counted() {
        let (docs, warnings) = fixture("doccano.jsonl");
        assert_eq!(spans(&docs[0]), pairs(&[("PER", "Assad"), ("PER", "Putin"), ("LOC", "Moscow")]));
        assert_eq!(spans(&docs[1]), pairs(&[("LOC", "Köln"), ("ORG", "UN")]), "offsets are code points");
        assert_eq!(warnings, ["t.json: 1 relation(s) are not read (tageval scores spans)"]);
        assert!(!docs[0].doc.doc.meta.contains_key("label"), "read, not passed through");
    }

    #[test]
    fn prodigy_rejected_and_ignored_examples_are_skipped_and_counted() {
        let (docs, warnings) = fixture("prodigy.jsonl");
        let ids: Vec<&str> = docs.iter().map(|r| r.doc.doc.id.as_str()).collect();
        assert_eq!(ids, ["1", "2"]);
        assert_eq!(docs[1].line, 3, "lines still count every input line");
        assert_eq!(spans(&docs[0]).len(), 3);
        assert_eq!(warnings, ["t.json: skipped 2 Prodigy example(s) not accepted (1 ignore, 1 reject): they are not gold"]);
        let err = parse_line(r#"{"text":"x","answer":"maybe"}"#, Location::new("t", 1)).unwrap_err();
        assert!(err.to_string().contains("field `answer` must be"), "{err}");
    }

    #[test]
    fn unknown_annotation_fields_are_errors_naming_the_field() {
        for (line, field) in [
            (r#"{"text":"Assad","ents":[{"start":0,"end":5,"label":"PER"}]}"#, "ents"),
            (r#"{"text":"Assad","ner_tags":[1]}"#, "ner_tags"),
            (r#"{"text":"Assad","predictions":[]}"#, "predictions"),
            (r#"{"text":"Assad","label":{"x":1}}"#, "label"),
        ] {
            let err = parse_line(line, Location::new("t.jsonl", 1)).unwrap_err();
            assert!(err.to_string().starts_with(&format!("t.jsonl:1 (doc 1): field `{field}` carries annotations")), "{err}");
        }
        let err = parse_line(r#"{"text":"good","label":["positive"]}"#, Location::new("t", 1)).unwrap_err();
        assert!(err.to_string().contains("document classes"), "{err}");
        let err = parse_line(r#"{"text":"Assad","spans":[],"label":[[0,5,"PER"]]}"#, Location::new("t", 1)).unwrap_err();
        assert!(err.to_string().contains("field `label` beside other spans"), "{err}");
        let ok = parse_line(r#"{"text":"Assad","tags":[1,2],"label":"x"}"#, Location::new("t", 1));
        assert!(ok.is_err(), "a scalar `label` is no span list but still an annotation field");
    }

    #[test]
    fn a_bad_array_is_one_error_and_offsets_are_checked() {
        let (out, _) = read("[{\"text\":\"x\"},");
        assert_eq!(out.len(), 1);
        assert!(out[0].as_ref().unwrap_err().to_string().contains("a JSON array of documents"));
        let (out, _) = read(
            r#"[{"data":{"text":"Assad"},"annotations":[{"result":[{"type":"labels","value":{"start":0,"end":5,"text":"Asad","labels":["PER"]}}]}]}]"#,
        );
        assert!(out[0].as_ref().unwrap_err().to_string().contains("says \"Asad\""));
        let (out, _) = read("  \n[]");
        assert!(out.is_empty());
    }
}
