//! Regression snapshots: every bundled document's annotations, one span a line, and
//! the score report of the bundled corpus against its gold.
//!
//! After changing a rule or the model: `cargo insta test`, then `cargo insta review`
//! and read every diff before accepting it (see the README).

use std::fmt::Write as _;
use std::path::Path;

use annotator::{Pipeline, PipelineConfig};
use reader::corpus::read_txt_dir;
use reader::{CharMap, Layer};

fn corpus_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpora/aleppo-2015"))
}

/// One span a line: `start..end LABEL "text" value`, offsets in code points.
fn render(text: &str, spans: &[reader::Span]) -> String {
    if spans.is_empty() {
        return "(no spans)\n".to_string();
    }
    let map = CharMap::new(text);
    let mut out = String::new();
    for s in spans {
        let start = map.byte_to_char(s.start).unwrap_or(0);
        let end = map.byte_to_char(s.end).unwrap_or(0);
        let value = s.value.as_deref().map(|v| format!(" = {v}")).unwrap_or_default();
        let _ = writeln!(out, "{start:>5}..{end:<5} {:<9} {:?}{value}", s.label, s.text(text));
    }
    out
}

fn snapshot_layer(layer: Layer) {
    let pipeline = Pipeline::build(&PipelineConfig::with_layers(&[layer])).expect("annotators build");
    let docs = read_txt_dir(corpus_dir()).expect("bundled corpus reads");
    assert_eq!(docs.len(), 5);
    for rec in docs {
        let doc = rec.doc.doc;
        let spans = pipeline.annotate(&doc);
        insta::assert_snapshot!(format!("{}__{}", layer.name(), doc.id), render(&doc.text, &spans));
    }
}

#[test]
fn entities_on_bundled_corpus() {
    snapshot_layer(Layer::Entities);
}

#[test]
fn dates_on_bundled_corpus() {
    snapshot_layer(Layer::Dates);
}

#[test]
fn casualties_on_bundled_corpus() {
    snapshot_layer(Layer::Casualties);
}

#[test]
fn score_report_on_bundled_corpus() {
    let pipeline = Pipeline::build(&PipelineConfig::with_layers(&Layer::ALL)).expect("annotators build");
    let corpus = read_txt_dir(corpus_dir()).expect("bundled corpus reads");
    let gold_dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../gold/aleppo-2015"));
    let gold = reader::brat::read_dir(gold_dir, Some(corpus_dir())).expect("bundled gold reads");
    assert_eq!(gold.len(), 5, "gold for every bundled document");
    let pred: Vec<reader::AnnotatedDoc> = corpus
        .into_iter()
        .map(|rec| {
            let mut doc = rec.doc;
            doc.spans = pipeline.annotate(&doc.doc);
            doc
        })
        .collect();
    let counts = scorer::score(&gold, &pred, &scorer::ScoreOptions::default()).expect("scores");
    let report = counts.report(&scorer::ReportOptions::default());
    insta::assert_snapshot!("score_report_bundled", report.render_table());
}
