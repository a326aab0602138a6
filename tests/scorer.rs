//! The scorer against nervaluate, figure for figure, and the scorer's API end to end.
//!
//! `tests/fixtures/nervaluate/*.json` hold synthetic gold and predicted spans with
//! the counts nervaluate gives for them (made by `make_fixtures.py` there, pinned to
//! one nervaluate version).

use std::path::PathBuf;

use reader::{AnnotatedDoc, Document, Layer, Span};
use scorer::{list_errors, score, BootstrapOptions, Counts, Report, ReportOptions, Schema, ScoreOptions, TagErrorKind};
use serde_json::Value;

const NERVALUATE_VERSION: &str = "1.2.1";

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/nervaluate")
}

/// The documents of one fixture case, with an ASCII text so that bytes are characters.
/// The gold declares the entity layer unless `declared` is false (then, as a JSONL
/// gold without a `layers` field, coverage comes from the corpus's labels).
fn case_docs(case: &Value, declared: bool) -> (Vec<AnnotatedDoc>, Vec<AnnotatedDoc>) {
    let spans = |list: &Value| -> Vec<Span> {
        let mut spans: Vec<Span> = list
            .as_array()
            .expect("span list")
            .iter()
            .map(|s| {
                let n = |i: usize| s[i].as_u64().expect("offset") as usize;
                Span::new(n(0), n(1), s[2].as_str().expect("label"))
            })
            .collect();
        spans.sort();
        spans
    };
    let mut gold = Vec::new();
    let mut pred = Vec::new();
    for (i, d) in case["docs"].as_array().expect("docs").iter().enumerate() {
        let len = d["length"].as_u64().expect("length") as usize;
        let doc = Document::new(format!("doc{i:03}"), "x".repeat(len));
        let layers = if declared { vec![Layer::Entities] } else { Vec::new() };
        gold.push(AnnotatedDoc { doc: doc.clone(), spans: spans(&d["gold"]), layers });
        pred.push(AnnotatedDoc { doc, spans: spans(&d["pred"]), layers: Vec::new() });
    }
    (gold, pred)
}

fn report_of(gold: &[AnnotatedDoc], pred: &[AnnotatedDoc]) -> Report {
    let counts = score(gold, pred, &ScoreOptions::default()).expect("scorable");
    counts.report(&ReportOptions { bootstrap: BootstrapOptions { resamples: 0, seed: 0 }, by_doc: false })
}

/// Compares our metrics with nervaluate's: counts exactly, scores to 1e-12.
fn assert_same(case: &str, scope: &str, ours: &Value, theirs: &Value) {
    for field in ["correct", "incorrect", "partial", "missed", "spurious", "possible", "actual"] {
        assert_eq!(ours[field], theirs[field], "{case} {scope} {field}");
    }
    for field in ["precision", "recall", "f1"] {
        let (a, b) = (ours[field].as_f64().expect("number"), theirs[field].as_f64().expect("number"));
        assert!((a - b).abs() < 1e-12, "{case} {scope} {field}: ours {a}, nervaluate {b}");
    }
}

#[test]
fn counts_equal_nervaluate_on_every_fixture_case() {
    let mut cases = 0;
    for file in ["handmade.json", "random.json"] {
        let text = std::fs::read_to_string(fixture_dir().join(file)).expect("fixture file");
        let fixture: Value = serde_json::from_str(&text).expect("fixture JSON");
        assert_eq!(fixture["nervaluate_version"], NERVALUATE_VERSION, "{file}");
        for case in fixture["cases"].as_array().expect("cases") {
            let name = case["name"].as_str().expect("name");
            // Every case is also scored with undeclared gold when its gold holds any
            // span: coverage is the corpus's, so the figures must not change (issue 16:
            // a document with empty gold used to drop its predictions).
            let any_gold = case["docs"].as_array().expect("docs").iter().any(|d| d["gold"].as_array().is_some_and(|g| !g.is_empty()));
            let variants: &[bool] = match case["gold_declares_layers"].as_bool() {
                Some(false) => &[false],
                _ if any_gold => &[true, false],
                _ => &[true],
            };
            for &declared in variants {
                let name = format!("{name} (gold layers {})", if declared { "declared" } else { "undeclared" });
                let (gold, pred) = case_docs(case, declared);
                let report = report_of(&gold, &pred).to_json();
                for schema in Schema::ALL.map(Schema::name) {
                    assert_same(&name, schema, &report["schemas"][schema], &case["overall"][schema]);
                }
                let ours: Vec<&String> = report["by_label"].as_object().expect("by_label").keys().collect();
                let theirs: Vec<&String> = case["by_label"].as_object().expect("by_label").keys().collect();
                assert_eq!(ours, theirs, "{name}: labels");
                for (label, figures) in case["by_label"].as_object().expect("by_label") {
                    for schema in Schema::ALL.map(Schema::name) {
                        let scope = format!("{label} {schema}");
                        assert_same(&name, &scope, &report["by_label"][label][schema], &figures[schema]);
                    }
                }
            }
            cases += 1;
        }
    }
    assert!(cases >= 60, "only {cases} fixture cases");
}

fn news(id: &str, spans: Vec<Span>, layers: Vec<Layer>) -> AnnotatedDoc {
    let text = "Monday: Syrian jets struck Aleppo, killing at least 70 civilians, SANA said.";
    AnnotatedDoc { doc: Document::new(id, text), spans, layers }
}

#[test]
fn maps_labels_ignores_uncovered_layers_and_reports_unpaired_documents() {
    let gold = vec![
        news(
            "a",
            vec![Span::new(8, 14, "MISC"), Span::new(27, 33, "LOC"), Span::new(43, 64, "CASUALTY").with_value("killed:>=70")],
            vec![Layer::Entities, Layer::Casualties],
        ),
        news("b", vec![Span::new(27, 33, "LOC")], vec![Layer::Entities]),
    ];
    let pred = vec![
        news(
            "a",
            vec![
                Span::new(0, 6, "DATE").with_value("2015-06-01"),
                Span::new(8, 14, "NORP"),
                Span::new(27, 33, "GPE"),
                Span::new(43, 64, "CASUALTY").with_value("killed:70"),
                Span::new(66, 70, "ORG"),
            ],
            vec![],
        ),
        news("orphan", vec![], vec![]),
    ];
    let options = ScoreOptions { label_map: "GPE=LOC,NORP=MISC".parse().expect("map"), ..Default::default() };
    let counts = score(&gold, &pred, &options).expect("scorable");
    let report = counts.report(&ReportOptions::default());
    let strict = &report.schemas.strict;
    assert_eq!((strict.correct, strict.missed, strict.spurious, strict.possible, strict.actual), (3, 1, 1, 4, 4));
    assert_eq!(report.ignored.predicted.uncovered_layer, 1, "the DATE span: dates are not covered");
    assert_eq!(report.docs.gold_without_prediction, ["b"]);
    assert_eq!(report.docs.prediction_without_gold, ["orphan"]);
    let values = &report.values.by_layer["casualties"];
    assert_eq!((values.strict_matched, values.strict_correct, values.f1), (1, 0, 0.0));
    assert!(!report.values.by_layer.contains_key("dates"));

    let json = report.to_json();
    for key in ["schemas", "by_label", "values", "by_doc", "macro", "confidence", "confusion", "ignored", "docs"] {
        assert!(json.get(key).is_some(), "JSON report lacks {key}");
    }
    assert_eq!(json["by_doc"]["b"]["schemas"]["strict"]["missed"], 1);
    assert!(report.render_table().contains("gold documents without prediction (all missed) (1): b"));

    let errors = list_errors(&gold, &pred, &options).expect("scorable");
    let kinds: Vec<(&str, TagErrorKind)> = errors.iter().map(|e| (e.doc_id.as_str(), e.kind)).collect();
    assert_eq!(kinds, [("a", TagErrorKind::Value), ("a", TagErrorKind::FalsePositive), ("b", TagErrorKind::FalseNegative)]);
}

#[test]
fn different_texts_for_one_id_are_an_error() {
    let gold = vec![news("a", vec![], vec![Layer::Entities])];
    let mut pred = gold.clone();
    pred[0].doc.text.push('!');
    let err = score(&gold, &pred, &ScoreOptions::default()).unwrap_err();
    assert_eq!(err.to_string(), "doc a: gold and predicted texts differ (first at character 76)");
}

#[test]
fn shards_merge_into_the_whole_report() {
    let gold: Vec<AnnotatedDoc> =
        (0..6).map(|i| news(&format!("d{i}"), vec![Span::new(27, 33, "LOC"), Span::new(66, 70, "ORG")], vec![Layer::Entities])).collect();
    let pred: Vec<AnnotatedDoc> = (0..6)
        .map(|i| news(&format!("d{i}"), if i % 2 == 0 { vec![Span::new(27, 33, "LOC")] } else { vec![Span::new(66, 70, "PER")] }, vec![]))
        .collect();
    let options = ScoreOptions::default();
    let whole = score(&gold, &pred, &options).expect("ok").report(&ReportOptions::default());
    let shards: Vec<Counts> = [0..2, 2..5, 5..6]
        .into_iter()
        .map(|r| {
            let shard = score(&gold[r.clone()], &pred[r], &options).expect("ok");
            serde_json::from_str(&serde_json::to_string(&shard).expect("serialise")).expect("deserialise")
        })
        .collect();
    let merged = Counts::merge(shards).expect("disjoint").report(&ReportOptions::default());
    assert_eq!(merged.render_json(), whole.render_json());
}

/// Issue 16's case as a user meets it: JSONL gold without a `layers` field, one
/// document with `"spans": []`, two predictions in it. Coverage is the corpus's
/// (entities, from the other document), so both are false positives: precision
/// 0.5, as nervaluate gives (the `empty_gold_doc_without_layers` fixture case).
#[test]
fn predictions_in_a_gold_document_without_spans_are_false_positives() {
    let parse = |lines: &[&str]| -> Vec<AnnotatedDoc> {
        lines
            .iter()
            .enumerate()
            .map(|(i, line)| reader::jsonl::parse_line(line, reader::Location::new("t.jsonl", i + 1)).expect("valid line"))
            .collect()
    };
    let two = r#""spans":[{"start":0,"end":5,"label":"PER"},{"start":10,"end":15,"label":"PER"}]"#;
    let gold = parse(&[&format!(r#"{{"id":"a","text":"Assad met Kerry.",{two}}}"#), r#"{"id":"b","text":"Assad met Kerry.","spans":[]}"#]);
    let pred =
        parse(&[&format!(r#"{{"id":"a","text":"Assad met Kerry.",{two}}}"#), &format!(r#"{{"id":"b","text":"Assad met Kerry.",{two}}}"#)]);
    assert!(gold.iter().all(|d| d.layers.is_empty()), "no layers declared");
    let strict = report_of(&gold, &pred).schemas.strict;
    assert_eq!((strict.correct, strict.spurious, strict.actual), (2, 2, 4));
    assert_eq!(strict.precision, 0.5);
}
