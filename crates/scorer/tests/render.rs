//! Snapshots of every rendering of one small report, and of its error listing.

use reader::{AnnotatedDoc, Document, Layer, Span};
use scorer::{errors, list_errors, score, BootstrapOptions, Report, ReportOptions, ScoreOptions};

const TEXT: &str = "Monday: Syrian jets struck Aleppo,\nkilling at least 70 civilians, SANA said.";

fn doc(id: &str, spans: Vec<Span>, layers: Vec<Layer>) -> AnnotatedDoc {
    AnnotatedDoc { doc: Document::new(id, TEXT), spans, layers }
}

fn corpus() -> (Vec<AnnotatedDoc>, Vec<AnnotatedDoc>) {
    let all = vec![Layer::Entities, Layer::Dates, Layer::Casualties];
    let gold = vec![
        doc(
            "a",
            vec![
                Span::new(0, 6, "DATE").with_value("2015-06-01"),
                Span::new(8, 14, "MISC"),
                Span::new(27, 33, "LOC"),
                Span::new(43, 64, "CASUALTY").with_value("killed:>=70"),
                Span::new(66, 70, "ORG"),
            ],
            all.clone(),
        ),
        doc("b", vec![Span::new(27, 33, "LOC"), Span::new(66, 70, "ORG")], vec![Layer::Entities]),
        doc("c", vec![Span::new(0, 6, "DATE").with_value("2015-06-08")], vec![Layer::Dates]),
    ];
    let pred = vec![
        doc(
            "a",
            vec![
                Span::new(0, 6, "DATE").with_value("2015-06-01"),
                Span::new(8, 14, "NORP"),
                Span::new(20, 33, "GPE"),
                Span::new(46, 64, "CASUALTY").with_value("killed:>=70"),
                Span::new(66, 70, "PER"),
            ],
            vec![],
        ),
        doc("b", vec![Span::new(27, 33, "LOC"), Span::new(15, 19, "ORG"), Span::new(0, 6, "DATE")], vec![]),
        doc("z", vec![], vec![]),
    ];
    (gold, pred)
}

fn options() -> ScoreOptions {
    ScoreOptions { label_map: "GPE=LOC,NORP=MISC".parse().expect("map"), ..Default::default() }
}

fn report() -> Report {
    let (gold, pred) = corpus();
    let report_options = ReportOptions { bootstrap: BootstrapOptions { resamples: 200, seed: 42 }, by_doc: true };
    score(&gold, &pred, &options()).expect("scorable").report(&report_options)
}

#[test]
fn table() {
    insta::assert_snapshot!(report().render_table());
}

#[test]
fn csv() {
    insta::assert_snapshot!(report().render_csv());
}

#[test]
fn json() {
    insta::assert_snapshot!(report().render_json());
}

#[test]
fn conlleval() {
    insta::assert_snapshot!(report().render_conlleval());
}

#[test]
fn error_listing() {
    let (gold, pred) = corpus();
    let listed = list_errors(&gold, &pred, &options()).expect("scorable");
    let mut csv = Vec::new();
    errors::write_csv(&mut csv, &listed).expect("in memory");
    insta::assert_snapshot!("error_listing_csv", String::from_utf8(csv).expect("utf8"));
    let mut jsonl = Vec::new();
    errors::write_jsonl(&mut jsonl, &listed).expect("in memory");
    insta::assert_snapshot!("error_listing_jsonl", String::from_utf8(jsonl).expect("utf8"));
}
