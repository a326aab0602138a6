//! End-to-end tests of the regression-testing workflow: `score --format snapshot`,
//! `--resample sentences` and `new-suite` (whose generated project is built and run
//! by scripts/suite_e2e.sh in CI: building a second cargo project does not belong in
//! a unit test run).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn tageval(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tageval")).args(args).output().expect("tageval runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repository")
}

/// Gold: three sentences on one line each, one document (as a CoNLL file without
/// -DOCSTART- reads).
const GOLD: &str = r#"{"id":"only","text":"Kerry met Assad in Geneva.\nTalks in Vienna failed.\nLavrov left Moscow.\nObama spoke in Paris.\nMerkel stayed in Berlin.","layers":["entities"],"spans":[{"start":0,"end":5,"label":"PER"},{"start":10,"end":15,"label":"PER"},{"start":19,"end":25,"label":"LOC"},{"start":36,"end":42,"label":"LOC"},{"start":51,"end":57,"label":"PER"},{"start":63,"end":69,"label":"LOC"},{"start":71,"end":76,"label":"PER"},{"start":86,"end":91,"label":"LOC"},{"start":93,"end":99,"label":"PER"},{"start":110,"end":116,"label":"LOC"}]}"#;
const PRED: &str = r#"{"id":"only","text":"Kerry met Assad in Geneva.\nTalks in Vienna failed.\nLavrov left Moscow.\nObama spoke in Paris.\nMerkel stayed in Berlin.","spans":[{"start":0,"end":5,"label":"PER"},{"start":10,"end":15,"label":"ORG"},{"start":19,"end":25,"label":"LOC"},{"start":51,"end":57,"label":"PER"},{"start":63,"end":69,"label":"LOC"},{"start":71,"end":76,"label":"PER"},{"start":86,"end":91,"label":"PER"},{"start":110,"end":116,"label":"LOC"}]}"#;

fn fixture(dir: &Path) -> (String, String) {
    let gold = dir.join("gold.jsonl");
    let pred = dir.join("pred.jsonl");
    std::fs::write(&gold, format!("{GOLD}\n")).expect("write");
    std::fs::write(&pred, format!("{PRED}\n")).expect("write");
    (gold.display().to_string(), pred.display().to_string())
}

#[test]
fn snapshot_format_is_stable_and_holds_no_path_or_interval() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (gold, pred) = fixture(dir.path());
    let out = tageval(&["score", "--gold", &gold, "--pred", &pred, "--format", "snapshot"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.starts_with("# tageval score report (snapshot format 1)\ndocuments 1 "), "{report}");
    assert!(
        report.contains(
            "\nall strict correct 6 incorrect 2 partial 0 missed 2 spurious 0 possible 10 actual 8 P 0.7500 R 0.6000 F1 0.6667\n"
        ),
        "{report}"
    );
    assert!(report.contains("\nlabel PER strict "), "{report}");
    assert!(report.contains("\nconfusion PER -> ORG 1\n"), "{report}");
    assert!(report.contains("\ndoc only strict P 0.7500 R 0.6000 F1 0.6667\n"), "{report}");
    assert!(!report.contains(&*dir.path().to_string_lossy()) && !report.contains("confidence") && !report.contains("seed"));
    // No interval is computed for it, so no few-documents warning either.
    assert!(!text(&out.stderr).contains("warning"), "{}", text(&out.stderr));
    // The same bytes from another folder, another seed and another bootstrap size.
    let copy = tempfile::tempdir().expect("temp dir");
    let (gold2, pred2) = fixture(copy.path());
    let again = tageval(&["score", "--gold", &gold2, "--pred", &pred2, "--format", "snapshot", "--seed", "7", "--bootstrap", "10"]);
    assert_eq!(text(&again.stdout), report);
}

#[test]
fn resampling_sentences_gives_a_real_interval_for_one_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (gold, pred) = fixture(dir.path());
    let json = |unit: &str| -> (serde_json::Value, String) {
        let out = tageval(&["score", "--gold", &gold, "--pred", &pred, "--format", "json", "--resample", unit]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        (serde_json::from_slice(&out.stdout).expect("JSON report"), text(&out.stderr))
    };
    let (docs, docs_err) = json("documents");
    let (sents, sents_err) = json("sentences");
    // The scores do not change; only what the interval resamples.
    assert_eq!(docs["schemas"], sents["schemas"]);
    assert_eq!(docs["by_label"], sents["by_label"]);
    let ci = |v: &serde_json::Value| (v["confidence"]["strict_f1"]["low"].as_f64(), v["confidence"]["strict_f1"]["high"].as_f64());
    let (low, high) = ci(&docs);
    assert_eq!(low, high, "one document: a zero-width interval");
    assert!(docs_err.contains("only 1 document(s)") && docs_err.contains("--resample sentences"), "{docs_err}");
    assert_eq!(sents["confidence"]["unit"], "sentences");
    assert_eq!(sents["confidence"]["units"], 5);
    let (low, high) = ci(&sents);
    assert!(low < high, "five sentences: an interval of some width: {low:?} {high:?}");
    assert!(sents_err.contains("only 5 sentence(s)"), "{sents_err}");

    // compare resamples sentences too, with the same figures.
    let a = tageval(&["compare", "--gold", &gold, "--pred", &gold, "--pred", &pred, "--format", "json", "--resample", "sentences"]);
    assert!(a.status.success(), "{}", text(&a.stderr));
    let cmp: serde_json::Value = serde_json::from_slice(&a.stdout).expect("JSON comparison");
    assert_eq!((cmp["unit"].as_str(), cmp["units"].as_u64(), cmp["docs"].as_u64()), (Some("sentences"), Some(5), Some(1)));
    let strict = &cmp["rows"][0];
    assert_eq!(strict["b"]["f1"], docs["schemas"]["strict"]["f1"]);
    assert!(strict["test"]["interval"]["low"].as_f64() < strict["test"]["interval"]["high"].as_f64());

    // merge has only per-document counts: sentences are refused, not ignored.
    let counts = dir.path().join("counts.json");
    let out = tageval(&["score", "--gold", &gold, "--pred", &pred, "--counts-out", &counts.display().to_string()]);
    assert!(out.status.success());
    let merged = tageval(&["merge", &counts.display().to_string(), "--resample", "sentences"]);
    assert_eq!(merged.status.code(), Some(2));
    assert!(text(&merged.stderr).contains("--resample sentences needs the documents"), "{}", text(&merged.stderr));
}

#[test]
fn new_suite_writes_a_cargo_project_over_copies_of_the_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let suite = dir.path().join("My Suite");
    let (gold, _) = fixture(dir.path());
    let lexicon = dir.path().join("names.jsonl");
    std::fs::write(&lexicon, "{\"label\": \"ORG\", \"pattern\": \"Levant Front\"}\n").expect("write");
    let corpus = repo().join("corpora/aleppo-2015");
    let out = tageval(&[
        "new-suite",
        &suite.display().to_string(),
        "--corpus",
        &corpus.display().to_string(),
        "--gold",
        &repo().join("gold/aleppo-2015").display().to_string(),
        "--layers",
        "entities,dates",
        "--lexicon",
        &lexicon.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("(5 documents, 5 gold documents, layers entities,dates)"), "{}", text(&out.stderr));
    let toml = std::fs::read_to_string(suite.join("Cargo.toml")).expect("Cargo.toml");
    assert!(toml.contains("name = \"my-suite\""), "{toml}");
    let crate_dir = repo().join("crates/tageval");
    assert!(toml.contains(&format!("tageval = {{ path = '{}', features = [\"snapshot\"] }}", crate_dir.display())), "{toml}");
    assert!(toml.contains("\n[workspace]\n"));
    let rust = std::fs::read_to_string(suite.join("tests/regression.rs")).expect("regression.rs");
    for line in [
        "const CORPUS: (&str, Option<Format>) = (\"data/corpus\", Some(Format::Txt));",
        "const GOLD: (&str, Option<Format>) = (\"data/gold\", Some(Format::Brat));",
        "const TEXT_DIR: Option<&str> = Some(\"data/corpus\");",
        "const LAYERS: &[Layer] = &[Layer::Entities, Layer::Dates];",
        "const LEXICONS: &[&str] = &[\"data/lexicon-1.jsonl\"];",
        "const MODEL: Option<&str> = None;",
    ] {
        assert!(rust.contains(line), "{line}\n{rust}");
    }
    assert!(!rust.contains("{{"), "a placeholder left: {rust}");
    assert!(suite.join("data/corpus/000_b402592623945c02.txt").is_file());
    assert!(suite.join("data/gold/000_b402592623945c02.ann").is_file());
    assert!(suite.join("data/lexicon-1.jsonl").is_file());
    assert!(suite.join("tests/snapshots").is_dir());
    assert_eq!(std::fs::read(suite.join("Cargo.lock")).expect("lock"), std::fs::read(repo().join("Cargo.lock")).expect("lock"));
    assert!(std::fs::read_to_string(suite.join(".gitignore")).expect("gitignore").contains("*.snap.new"));

    // A folder that holds something is never written into.
    let again = tageval(&["new-suite", &suite.display().to_string(), "--corpus", &gold, "--gold", &gold]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("exists and is not an empty folder"), "{}", text(&again.stderr));
    // Unreadable inputs fail before anything is written.
    let bad = dir.path().join("bad");
    let out = tageval(&["new-suite", &bad.display().to_string(), "--corpus", "/no/such/corpus.jsonl", "--gold", &gold]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!bad.exists());
}

#[test]
fn report_draws_a_comparison_page_of_two_predictions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (gold, pred) = fixture(dir.path());
    // B: the gold itself, with a span whose text needs escaping in its document id.
    let b = dir.path().join("b<&>.jsonl");
    std::fs::write(&b, format!("{GOLD}\n")).expect("write");
    let page = dir.path().join("cmp.html");
    let out =
        tageval(&["report", "--gold", &gold, "--pred", &pred, "--compare", &b.display().to_string(), "-o", &page.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let html = std::fs::read_to_string(&page).expect("page");
    assert!(html.contains("B: <code>b&lt;&amp;&gt;.jsonl</code>"), "escaped name");
    assert!(html.contains("<h2>Spans that flipped: 4 fixed, 0 broken</h2>"), "{html}");
    // Assad ORG -> PER fixed, Vienna found, Paris PER -> LOC fixed, Merkel found.
    for text in ["Assad", "Vienna", "Paris", "Merkel"] {
        assert!(html.contains(&format!("<td class=\"l\">{text}</td>")), "{text}");
    }
    assert!(html.contains("<td class=\"l\">all</td><td class=\"l\">strict</td><td>0.6667</td><td>1.0000</td>"), "{html}");
    assert!(
        !html.contains("<script") && !html.contains("http:") && !html.contains("https:") && !html.contains("src="),
        "self-contained, no script"
    );
    // --compare needs --pred (A).
    let out = tageval(&["report", "--gold", &gold, "--compare", &pred]);
    assert_eq!(out.status.code(), Some(2));
}
