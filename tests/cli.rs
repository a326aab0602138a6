//! End-to-end tests of the `tageval` command line: the contracts other tools build on.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn tageval() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tageval"))
}

/// Runs tageval with `args`, feeding `stdin`.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child =
        tageval().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("tageval starts");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.as_bytes().to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("tageval runs");
    writer.join().expect("stdin writer");
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The development data beside the project, or `None` with a visible message.
fn shared_data(rel: &str) -> Option<PathBuf> {
    let path = repo().join("../shared/data").join(rel);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipping: {} not found (../shared/data is absent)", path.display());
        None
    }
}

const CORPUS: &str = concat!(
    r#"{"id":"a","text":"Islamic State fighters killed at least 12 civilians in Aleppo on Monday.","dct":"2015-06-02","source":"wire","tags":[1,2]}"#,
    "\n",
    r#"{"id":"b","text":""}"#,
    "\n",
    r#"{"text":"No id here, 2 weeks ago.","extra":{"nested":true}}"#,
    "\n",
    r#"{"id":"d","text":"Syria’s war — Köln 😀 in June 2015.","spans":[{"start":0,"end":5,"label":"LOC"}]}"#,
    "\n"
);

#[test]
fn annotate_keeps_every_document_in_order_with_its_fields() {
    let out = run(&["annotate", "-", "--threads", "2"], CORPUS);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).expect("each output line is JSON")).collect();
    assert_eq!(lines.len(), 4, "one output line per input document");
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().expect("id")).collect();
    assert_eq!(ids, ["a", "b", "3", "d"], "input order; a missing id is the line number");
    assert_eq!(lines[0]["source"], "wire");
    assert_eq!(lines[0]["tags"], serde_json::json!([1, 2]));
    assert_eq!(lines[0]["dct"], "2015-06-02");
    assert_eq!(lines[2]["extra"]["nested"], true);
    for line in &lines {
        let text: Vec<char> = line["text"].as_str().expect("text").chars().collect();
        for span in line["spans"].as_array().expect("spans array") {
            let (s, e) = (span["start"].as_u64().expect("start") as usize, span["end"].as_u64().expect("end") as usize);
            let slice: String = text[s..e].iter().collect();
            assert_eq!(span["text"], slice.as_str(), "span text is the code-point slice");
        }
    }
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let corpus = CORPUS.repeat(50);
    let one = run(&["annotate", "--threads", "1"], &corpus);
    let two = run(&["annotate", "--threads", "2"], &corpus);
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn malformed_line_names_path_and_line_and_exits_2() {
    let input = "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"ok\"}\n";
    let out = run(&["annotate", "-"], input);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("-:2: invalid JSON"), "stderr: {err}");
    assert!(!err.contains("panicked"), "stderr: {err}");
}

#[test]
fn skip_bad_reports_and_counts_skipped_documents() {
    let input = "{\"id\":\"a\",\"text\":\"ok\"}\nnot json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"ok\"}\n";
    let out = run(&["annotate", "-", "--skip-bad"], input);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("-:2: invalid JSON"), "stderr: {err}");
    assert!(err.contains("-:3 (doc c): missing field `text`"), "stderr: {err}");
    assert!(err.contains("skipped 2 malformed document(s)"), "stderr: {err}");
    let ids: Vec<String> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json")["id"].as_str().expect("id").to_string())
        .collect();
    assert_eq!(ids, ["a", "d"]);
}

#[test]
fn failed_run_leaves_no_output_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("out.jsonl");
    let out = run(&["annotate", "-", "-o", target.to_str().expect("path")], "{\"id\":\"a\",\"text\":\"ok\"}\n{oops\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(!target.exists(), "no truncated output");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).expect("read dir").collect();
    assert!(leftovers.is_empty(), "no temporary file left: {leftovers:?}");
}

#[test]
fn usage_errors_exit_2_and_help_documents_exit_codes() {
    let out = run(&["annotate", "--no-such-flag"], "");
    assert_eq!(out.status.code(), Some(2));
    let help = run(&["annotate", "--help"], "");
    assert!(help.status.success());
    let text = stdout(&help);
    assert!(text.contains("Exit status: 0 success; 1 a check failed"), "{text}");
    assert!(text.contains("--layers"), "{text}");
    let bad_layer = run(&["annotate", "--layers", "verbs"], "");
    assert_eq!(bad_layer.status.code(), Some(2));
    assert!(stderr(&bad_layer).contains("unknown layer `verbs`"));
}

#[test]
fn bundled_corpus_reads_as_five_documents_with_dcts() {
    let corpus = repo().join("corpora/aleppo-2015");
    let out = run(&["annotate", corpus.to_str().expect("path"), "--layers", "dates"], "");
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let docs: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert_eq!(docs.len(), 5);
    assert!(docs.iter().all(|d| d["dct"].as_str().is_some_and(|s| s.starts_with("2015-06"))), "every bundled doc has its DCT");
}

#[test]
fn convert_round_trips_conll_through_jsonl_and_brat() {
    let Some(testa) = shared_data("conll2003/eng.testa") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let p = |name: &str| dir.path().join(name).to_str().expect("path").to_string();
    let steps: [&[&str]; 4] = [
        &["convert", testa.to_str().expect("path"), "--to", "jsonl", "-o", &p("a.jsonl")],
        &["convert", &p("a.jsonl"), "--to", "brat", "-o", &p("brat")],
        &["convert", &p("brat"), "--to", "conll", "-o", &p("b.conll")],
        &["convert", &p("b.conll"), "--to", "jsonl", "-o", &p("c.jsonl")],
    ];
    for step in steps {
        let out = run(step, "");
        assert!(out.status.success(), "{step:?}: {}", stderr(&out));
    }
    let first = std::fs::read_to_string(p("a.jsonl")).expect("a.jsonl");
    let last = std::fs::read_to_string(p("c.jsonl")).expect("c.jsonl");
    // The CoNLL writer tokenises the text afresh (`3.` becomes `3 .`): compare the
    // characters without whitespace, and each span's label and characters.
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    let spans = |s: &str| -> Vec<(String, Vec<(String, String)>)> {
        s.lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("json");
                let spans = v["spans"].as_array().into_iter().flatten();
                let spans =
                    spans.map(|s| (s["label"].as_str().unwrap_or("").to_string(), squeeze(s["text"].as_str().unwrap_or("")))).collect();
                (squeeze(v["text"].as_str().expect("text")), spans)
            })
            .collect()
    };
    let (a, c) = (spans(&first), spans(&last));
    assert_eq!(a.len(), 216, "eng.testa has 216 documents");
    let entities: usize = a.iter().map(|(_, s)| s.len()).sum();
    assert_eq!(entities, 5942, "eng.testa has 5,942 entities");
    assert!(a == c, "every text and span intact after CoNLL → JSONL → brat → CoNLL");
}

#[test]
fn conll_of_gold_and_prediction_line_up_token_for_token() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = |name: &str| dir.path().join(name).to_str().expect("path").to_string();
    let path = |rel: &str| repo().join(rel).to_str().expect("path").to_string();
    let (gold, corpus) = (path("gold/aleppo-2015"), path("corpora/aleppo-2015"));
    let steps: [&[&str]; 3] = [
        &["annotate", &corpus, "--layers", "entities", "-o", &p("pred.jsonl")],
        &["convert", &gold, "--text-dir", &corpus, "--to", "conll", "-o", &p("gold.conll")],
        &["convert", &p("pred.jsonl"), "--to", "conll", "-o", &p("pred.conll")],
    ];
    for step in steps {
        let out = run(step, "");
        assert!(out.status.success(), "{step:?}: {}", stderr(&out));
    }
    let column = |name: &str, n: usize| -> Vec<String> {
        let text = std::fs::read_to_string(p(name)).expect("conll");
        text.lines().map(|l| l.split(' ').nth(n).unwrap_or("").to_string()).collect()
    };
    let (g, pr) = (column("gold.conll", 0), column("pred.conll", 0));
    assert!(g.len() > 1000, "{} lines", g.len());
    assert_eq!(g, pr, "the same tokens on the same lines");
    assert_ne!(column("gold.conll", 1), column("pred.conll", 1), "the tags differ (the tagger is not perfect)");
}

#[test]
fn output_to_a_device_writes_in_place_instead_of_replacing_it() {
    let out = run(&["annotate", "-", "--layers", "dates", "-o", "/dev/null"], "{\"id\":\"a\",\"text\":\"on June 1\"}\n");
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let meta = std::fs::metadata("/dev/null").expect("/dev/null exists");
    assert!(!meta.is_file(), "/dev/null is still a device, not a regular file");
}

/// Regression: `eval` on gold that declares only the casualty layer counted every
/// entity and date it tagged as spurious.
#[test]
fn eval_scores_only_layers_the_gold_covers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = dir.path().join("gold.jsonl");
    let line = r#"{"id":"c1","dct":"2015-06-02","layers":["casualties"],"text":"Gunmen killed 12 people in Aleppo on Monday.","spans":[{"start":14,"end":23,"label":"CASUALTY","value":"killed:12"}]}"#;
    std::fs::write(&gold, format!("{line}\n")).expect("write gold");
    let gold = gold.to_str().expect("utf-8 path");
    let out = run(&["eval", "--corpus", gold, "--gold", gold, "--bootstrap", "0", "--format", "json"], "");
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON report");
    let strict = &report["schemas"]["strict"];
    assert_eq!((strict["correct"].as_u64(), strict["spurious"].as_u64()), (Some(1), Some(0)), "{strict}");
    assert_eq!(report["by_label"].as_object().map(|m| m.keys().cloned().collect::<Vec<_>>()), Some(vec!["CASUALTY".to_string()]));
}

#[test]
fn annotate_writes_casualty_totals_and_score_totals_reads_jsonl_and_csv_gold() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = concat!(
        r#"{"id":"k1","text":"Five people died in the ambush, including three soldiers.","fatalities":5}"#,
        "\n",
        r#"{"id":"k2","text":"The blast killed 12 people, including 2 children.","fatalities":12}"#,
        "\n",
        r#"{"id":"k3","text":"Students held a rally in the capital.","fatalities":0}"#,
        "\n",
        r#"{"id":"k4","text":"Four people died. Fatalities coded as 0.","fatalities":0}"#,
        "\n",
    );
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(&gold, corpus).expect("write gold");
    let pred = dir.path().join("pred.jsonl");
    let out = run(&["annotate", gold.to_str().expect("path"), "--layers", "casualties", "-o", pred.to_str().expect("path")], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> =
        std::fs::read_to_string(&pred).expect("pred").lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(lines[0]["casualty_totals"], serde_json::json!({"killed": "5"}));
    assert_eq!(lines[1]["casualty_totals"], serde_json::json!({"killed": "12"}));
    assert!(lines[2].get("casualty_totals").is_none(), "no spans, no totals");

    let out = run(&["score", "--gold", gold.to_str().expect("path"), "--pred", pred.to_str().expect("path"), "--totals", "fatalities"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(table.contains("toll stated in the text: 2/2 right"), "{table}");
    assert!(table.contains("coded 0, no killed toll: 1/1 right"), "{table}");
    assert!(table.contains("split across events): 1"), "{table}");

    let csv = dir.path().join("gold.csv");
    std::fs::write(&csv, "event,deaths\nk1,4\nk2,12\nk3,0\n").expect("write csv");
    let errors = dir.path().join("errors.jsonl");
    let out = run(
        &[
            "score",
            "--gold",
            csv.to_str().expect("path"),
            "--pred",
            pred.to_str().expect("path"),
            "--totals",
            "deaths",
            "--gold-id-column",
            "event",
            "--errors",
            errors.to_str().expect("path"),
        ],
        "",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let table = stdout(&out);
    // k1 is coded 4, which its text does not state: not scored.
    assert!(table.contains("toll stated in the text: 1/1 right"), "{table}");
    assert!(table.contains("not stated in the text (not scored): 1"), "{table}");
    assert_eq!(std::fs::read_to_string(&errors).expect("errors").lines().count(), 0);
}

#[test]
fn score_totals_on_the_acled_notes_runs_when_the_data_is_present() {
    let Some(data) = shared_data("acled/acled-2016-africa.jsonl") else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let pred = dir.path().join("pred.jsonl");
    let out = run(&["annotate", data.to_str().expect("path"), "--layers", "casualties", "-o", pred.to_str().expect("path")], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(
        &[
            "score",
            "--gold",
            data.to_str().expect("path"),
            "--pred",
            pred.to_str().expect("path"),
            "--totals",
            "fatalities",
            "--format",
            "json",
        ],
        "",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json report");
    assert_eq!(report["documents"], 500);
    assert!(report["in_text"]["total"].as_u64().is_some_and(|n| n > 50));
}

// ---- Gates, comparison and regression checks (issue 16) ----

const GATE_TEXT: &str = "Assad met Kerry in Geneva on Monday.";

/// A JSONL corpus of `n` documents; `keep(i)` chooses which of the three entities
/// (PER Assad, PER Kerry, LOC Geneva) document `i` has, plus a dated Monday.
fn gate_corpus(n: usize, keep: impl Fn(usize) -> [bool; 3]) -> String {
    let spans =
        [r#"{"start":0,"end":5,"label":"PER"}"#, r#"{"start":10,"end":15,"label":"PER"}"#, r#"{"start":19,"end":25,"label":"LOC"}"#];
    let mut out = String::new();
    for i in 0..n {
        let mut list: Vec<&str> = spans.iter().zip(keep(i)).filter(|(_, k)| *k).map(|(s, _)| *s).collect();
        list.push(r#"{"start":29,"end":35,"label":"DATE","value":"2015-06-01"}"#);
        out.push_str(&format!(r#"{{"id":"d{i:02}","text":"{GATE_TEXT}","spans":[{}]}}"#, list.join(",")));
        out.push('\n');
    }
    out
}

fn write(dir: &Path, name: &str, content: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write fixture");
    path.to_string_lossy().into_owned()
}

#[test]
fn fail_under_names_every_failed_gate_and_validates_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = write(dir.path(), "gold.jsonl", &gate_corpus(4, |_| [true; 3]));
    // Every document misses Geneva: entities strict F1 0.8, LOC recall 0, PER and dates perfect.
    let pred = write(dir.path(), "pred.jsonl", &gate_corpus(4, |_| [true, true, false]));
    let score = |extra: &[&str]| {
        let mut args = vec!["score", "--gold", &gold, "--pred", &pred, "--bootstrap", "0"];
        args.extend_from_slice(extra);
        run(&args, "")
    };
    let pass = score(&["--fail-under", "entities.strict.f1=0.8,dates.value.f1=1,PER.strict.recall=1"]);
    assert_eq!(pass.status.code(), Some(0), "{}", stderr(&pass));
    let fail = score(&["--fail-under", "entities.strict.f1=0.88,dates.value.f1=0.80", "--fail-under", "LOC.strict.recall=0.9"]);
    assert_eq!(fail.status.code(), Some(1), "{}", stderr(&fail));
    let err = stderr(&fail);
    assert!(err.contains("2 gate(s) failed"), "{err}");
    assert!(err.contains("entities.strict.f1 = 0.8000 < 0.88") && err.contains("LOC.strict.recall = 0.0000 < 0.9"), "{err}");
    assert!(!err.contains("dates.value.f1"), "a passing gate is not named: {err}");
    // --min-f1 is the gate strict.f1.
    let min = score(&["--min-f1", "0.9"]);
    assert_eq!(min.status.code(), Some(1));
    assert!(stderr(&min).contains("strict.f1 = 0.8571 < 0.9"), "{}", stderr(&min));
    // Keys are validated with a message saying what is valid; unknown labels list the report's.
    let bad = score(&["--fail-under", "entities.strict.f2=0.5"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("unknown stat `f2`") && stderr(&bad).contains("MEASURE strict, exact, partial, type or value"),
        "{}",
        stderr(&bad)
    );
    let unknown = score(&["--fail-under", "CASUALTY.strict.recall=0.9"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("labels: DATE, LOC, PER"), "{}", stderr(&unknown));
}

#[test]
fn eval_takes_gates_too() {
    let out = run(&["eval", "--bootstrap", "0", "--fail-under", "entities.strict.f1=0.999,casualties.value.accuracy=0.5"], "");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("1 gate(s) failed: entities.strict.f1 = "), "{err}");
    let ok = run(&["eval", "--bootstrap", "0", "--fail-under", "entities.strict.f1=0.5,dates.value.f1=0.5"], "");
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
}

#[test]
fn compare_reports_deltas_tests_and_flips() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = write(dir.path(), "gold.jsonl", &gate_corpus(24, |_| [true; 3]));
    // A misses Geneva everywhere; B finds it except in d03, where it also loses Kerry.
    let a = write(dir.path(), "a.jsonl", &gate_corpus(24, |_| [true, true, false]));
    let b = write(dir.path(), "b.jsonl", &gate_corpus(24, |i| [true, i != 3, i != 3]));
    let out = run(&["compare", "--gold", &gold, "--pred", &a, "--pred", &b, "--format", "json"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let cmp: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON comparison");
    let row = |scope: &str, measure: &str| {
        cmp["rows"].as_array().and_then(|rows| rows.iter().find(|r| r["scope"] == scope && r["measure"] == measure)).cloned().expect("row")
    };
    let strict = row("all", "strict");
    assert!(strict["delta"]["f1"].as_f64().is_some_and(|d| d > 0.0), "{strict}");
    let test = &strict["test"];
    assert!(test["bootstrap_p"].as_f64().is_some_and(|p| p < 0.05) && test["randomisation_p"].as_f64().is_some_and(|p| p < 0.05), "{test}");
    assert!(test["interval"]["low"].as_f64().is_some_and(|l| l > 0.0), "{test}");
    assert_eq!(row("dates", "value")["delta"]["f1"].as_f64(), Some(0.0));
    assert_eq!(row("LOC", "strict")["b"]["recall"].as_f64(), Some(23.0 / 24.0));
    let flips = cmp["flips"].as_array().expect("flips");
    let count = |kind: &str| flips.iter().filter(|f| f["change"] == kind).count();
    assert_eq!((count("fixed"), count("broken")), (23, 1));
    assert_eq!(cmp["changed_docs"][0]["doc"], "d03", "the document whose F1 moved most comes first");
    assert!(cmp.get("warning").is_none());

    let table = run(&["compare", "--gold", &gold, "--pred", &a, "--pred", &b], "");
    let text = stdout(&table);
    assert!(text.contains("spans that flipped: 23 fixed, 1 broken") && text.contains("broken d03 10..15 PER"), "{text}");
    let csv = run(&["compare", "--gold", &gold, "--pred", &a, "--pred", &b, "--format", "csv"], "");
    assert!(stdout(&csv).starts_with("kind,scope,measure,precision_a"), "{}", stdout(&csv));

    let one = run(&["compare", "--gold", &gold, "--pred", &a], "");
    assert_eq!(one.status.code(), Some(2));
    assert!(stderr(&one).contains("--pred twice"), "{}", stderr(&one));
}

#[test]
fn compare_warns_when_too_few_documents_to_resample() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = write(dir.path(), "gold.jsonl", &gate_corpus(3, |_| [true; 3]));
    let a = write(dir.path(), "a.jsonl", &gate_corpus(3, |_| [true, true, false]));
    let out = run(&["compare", "--gold", &gold, "--pred", &a, "--pred", &gold], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("only 3 document(s)") && stdout(&out).contains("warning: only 3 document(s)"), "{}", stderr(&out));
    // Exact permutation test: 2³ = 8 swaps, the observed split is one of the 2 extreme ones.
    assert!(stdout(&out).contains("0.2500e"), "{}", stdout(&out));
    let score = run(&["score", "--gold", &gold, "--pred", &a], "");
    assert!(stderr(&score).contains("warning: confidence intervals: only 3 document(s)"), "{}", stderr(&score));
}

#[test]
fn fail_if_worse_needs_a_drop_beyond_tolerance_and_significant() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = write(dir.path(), "gold.jsonl", &gate_corpus(30, |_| [true; 3]));
    let good = write(dir.path(), "good.jsonl", &gate_corpus(30, |_| [true; 3]));
    let worse = write(dir.path(), "worse.jsonl", &gate_corpus(30, |_| [true, true, false]));
    let slightly = write(dir.path(), "slightly.jsonl", &gate_corpus(30, |i| [true, true, i != 0]));
    let baseline = dir.path().join("baseline.json").to_string_lossy().into_owned();
    let made = run(&["score", "--gold", &gold, "--pred", &good, "--counts-out", &baseline], "");
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    let check = |pred: &str, tolerance: &str| {
        run(&["score", "--gold", &gold, "--pred", pred, "--fail-if-worse", &baseline, "--tolerance", tolerance], "")
    };
    let same = check(&good, "0.005");
    assert_eq!(same.status.code(), Some(0), "{}", stderr(&same));
    let drop = check(&worse, "0.005");
    assert_eq!(drop.status.code(), Some(1));
    assert!(stderr(&drop).contains("--fail-if-worse: strict micro F1 fell from 1.0000 to 0.8571"), "{}", stderr(&drop));
    assert_eq!(check(&worse, "0.2").status.code(), Some(0), "within tolerance");
    // One span of 120 lost: beyond the tolerance but not significant.
    let small = check(&slightly, "0.001");
    assert_eq!(small.status.code(), Some(0), "{}", stderr(&small));
    assert!(stderr(&small).contains("but not significantly"), "{}", stderr(&small));
    let bad = run(&["score", "--gold", &gold, "--pred", &good, "--fail-if-worse", &gold], "");
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("not a counts file written by --counts-out"), "{}", stderr(&bad));
}

#[test]
fn help_teaches_gates_compare_and_regression_checks() {
    let score = stdout(&run(&["score", "--help"], ""));
    for needle in [
        "--fail-under",
        "entities.strict.f1=0.88,dates.value.f1=0.80,CASUALTY.strict.recall=0.9",
        "--fail-if-worse",
        "--tolerance",
        "--counts-out baseline.json",
    ] {
        assert!(score.contains(needle), "score --help lacks {needle}: {score}");
    }
    assert!(stdout(&run(&["eval", "--help"], "")).contains("--fail-under"));
    let compare = stdout(&run(&["compare", "--help"], ""));
    for needle in ["Berg-Kirkpatrick", "randomisation", "tageval compare --gold gold.jsonl --pred old.jsonl --pred new.jsonl", "--rounds"] {
        assert!(compare.contains(needle), "compare --help lacks {needle}: {compare}");
    }
}

fn tool_fixture(name: &str) -> String {
    repo().join("tests/fixtures/tools").join(name).to_string_lossy().into_owned()
}

/// Label Studio, Doccano and Prodigy exports of the same gold score 1.0 against it,
/// each with its warning (what was counted, not read); before, each read as
/// documents with zero spans, exit status 0.
#[test]
fn annotation_tool_exports_score_against_the_same_gold() {
    let gold = tool_fixture("gold.jsonl");
    for (file, warning) in [
        ("label-studio.json", "1 Label Studio result(s) that are not span labels are not read (1 relation)"),
        ("doccano.jsonl", "1 relation(s) are not read"),
        ("prodigy.jsonl", "skipped 2 Prodigy example(s) not accepted (1 ignore, 1 reject)"),
    ] {
        for (g, p) in [(gold.as_str(), tool_fixture(file)), (&tool_fixture(file), gold.clone())] {
            let out = run(&["score", "--gold", g, "--pred", &p], "");
            assert!(out.status.success(), "{file}: {}", stderr(&out));
            assert!(stdout(&out).starts_with("2 documents, 5 gold spans, 5 predicted spans"), "{file}: {}", stdout(&out));
            assert!(stdout(&out).contains("strict          5         0        0       0        0"), "{file}: {}", stdout(&out));
            assert!(stderr(&out).contains(warning), "{file}: {}", stderr(&out));
        }
    }
}

#[test]
fn convert_reads_a_label_studio_array_from_stdin_and_unknown_fields_fail() {
    let export = std::fs::read_to_string(tool_fixture("label-studio.json")).expect("fixture");
    let out = run(&["convert", "-", "--to", "jsonl"], &export);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["spans"].as_array().map(Vec::len), Some(3));
    assert_eq!(lines[1]["spans"][0]["text"], "Köln");
    let out = run(&["convert", "-", "--to", "jsonl"], r#"{"text":"Assad","ents":[{"start":0,"end":5,"label":"PER"}]}"#);
    assert!(!out.status.success(), "zero spans must never pass silently");
    assert!(stderr(&out).contains("field `ents` carries annotations tageval does not read"), "{}", stderr(&out));
}

/// CoNLL `#` comment lines (MultiCoNER, WNUT) and CoNLL-U `NER=` in MISC: before, both
/// failed with "bad tag `domain=en`" (or read no tags).
#[test]
fn conll_comments_and_conllu_misc_ner_are_read() {
    for (file, text, n) in
        [("multiconer-style.conll", "Assad met Putin in Moscow .\nKöln hosted", 4), ("sample.conllu", "Assad met Putin in Moscow .", 3)]
    {
        let out = run(&["convert", &tool_fixture(file), "--to", "jsonl"], "");
        assert!(out.status.success(), "{file}: {}", stderr(&out));
        let doc: serde_json::Value = serde_json::from_str(stdout(&out).lines().next().expect("a line")).expect("JSON");
        assert_eq!(doc["text"], text, "{file}");
        assert_eq!(doc["spans"].as_array().map(Vec::len), Some(n), "{file}");
        assert_eq!(doc["spans"][0]["text"], "Assad", "{file}");
    }
}

/// An empty folder, or one whose only files are skipped (macOS `._*`), is an error
/// naming what was expected, never a run over zero documents that exits 0.
#[test]
fn empty_or_all_skipped_folders_fail_naming_what_was_expected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_string_lossy().into_owned();
    let out = run(&["score", "--gold", &d, "--pred", &tool_fixture("gold.jsonl")], "");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no `.txt` files (dot files are skipped)"), "{}", stderr(&out));
    std::fs::write(dir.path().join("._a.txt"), "fork").expect("write");
    std::fs::write(dir.path().join("A.TXT"), "Assad").expect("write");
    let out = run(&["convert", &d, "--to", "jsonl"], "");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("rename A.TXT (and 0 more) to `.txt`"), "{}", stderr(&out));
}

/// TempEval-3's `<DATETIME>` variant is read as the DCT (before: no DCT at all).
#[test]
fn timeml_datetime_variant_is_the_dct() {
    let out = run(&["convert", &tool_fixture("tempeval3-datetime.timeml"), "--from", "timeml", "--to", "jsonl"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(stdout(&out).trim()).expect("JSON");
    assert_eq!(doc["dct"], "2002-01-20");
    assert_eq!(doc["spans"][0]["value"], "2002-01-21");
}

/// `--to` offers only what tageval writes: txt and csv were listed, then refused.
#[test]
fn to_offers_only_writable_formats() {
    for cmd in ["convert", "annotate"] {
        let out = run(&[cmd, "-", "--to", "csv"], "");
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("[possible values: jsonl, brat, conll, timeml]"), "{cmd}: {}", stderr(&out));
    }
}

#[test]
fn trim_spans_trims_with_a_count_and_without_it_the_error_names_the_span_and_the_flag() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = dir.path().join("g.jsonl");
    let line =
        r#"{"id":"w1","text":"In  Aleppo on Monday","spans":[{"start":2,"end":10,"label":"LOC"},{"start":14,"end":20,"label":"DATE"}]}"#;
    std::fs::write(&gold, format!("{line}\n")).expect("write");
    let gold = gold.to_str().expect("path");
    let out = run(&["convert", gold, "--to", "jsonl"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        format!("tageval: {gold}:1 (doc w1): span 2..10 (\"  Aleppo\") starts or ends on whitespace (--trim-spans trims such spans, with a warning)")
    );
    let out = run(&["convert", gold, "--to", "jsonl", "--trim-spans"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(r#"{"start":4,"end":10,"label":"LOC","text":"Aleppo"}"#), "{}", stdout(&out));
    assert!(
        stderr(&out).contains(&format!("tageval: warning: {gold}: trimmed whitespace from the edges of 1 span(s) (--trim-spans)")),
        "{}",
        stderr(&out)
    );
    let pred = dir.path().join("p.jsonl");
    std::fs::write(&pred, r#"{"id":"w1","text":"In  Aleppo on Monday","spans":[{"start":4,"end":10,"label":"LOC"}]}"#).expect("write");
    let pred = pred.to_str().expect("path");
    let out = run(&["score", "--gold", gold, "--pred", pred, "--format", "json"], "");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = run(&["score", "--gold", gold, "--pred", pred, "--format", "json", "--trim-spans"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(report["by_label"]["LOC"]["strict"]["correct"], 1, "the trimmed gold span matches the prediction");
}

#[test]
fn brat_subfolders_discontinuous_spans_and_what_is_not_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("brat");
    for (sub, text, ann) in [
        ("esp", "Assad met Kerry", "T1\tPER 0 5;10 15\tAssad Kerry\nR1\tMeets Arg1:T1 Arg2:T1\n#1\tAnnotatorNotes T1\tcheck this\n"),
        ("ned", "on 1 June", "T1\tDATE 3 9\t1 June\nN1\tReference T1 TIMEX3:2015-06-01\t1 June\n"),
    ] {
        std::fs::create_dir_all(root.join(sub)).expect("mkdir");
        std::fs::write(root.join(sub).join("d.txt"), text).expect("write");
        std::fs::write(root.join(sub).join("d.ann"), ann).expect("write");
    }
    let root = root.to_str().expect("path");
    let out = run(&["convert", root, "--to", "jsonl"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("esp/d.ann:1 (doc esp/d): discontinuous span `PER 0 5;10 15`: give --discontinuous outer"),
        "{}",
        stderr(&out)
    );
    for (how, spans) in [
        ("split", r#"[{"start":0,"end":5,"label":"PER","text":"Assad"},{"start":10,"end":15,"label":"PER","text":"Kerry"}]"#),
        ("outer", r#"[{"start":0,"end":15,"label":"PER","text":"Assad met Kerry"}]"#),
    ] {
        let out = run(&["convert", root, "--to", "jsonl", "--discontinuous", how], "");
        assert!(out.status.success(), "{}", stderr(&out));
        let docs: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).expect("json")).collect();
        assert_eq!(docs[0]["id"], "esp/d");
        assert_eq!(docs[0]["spans"].to_string(), spans, "{how}");
        assert_eq!(docs[1]["spans"][0]["value"], "2015-06-01", "N line as the value");
        assert!(
            stderr(&out).contains("not read (tageval scores spans and their values): 1 relation(s), 1 note(s) that hold no value"),
            "{}",
            stderr(&out)
        );
        assert!(stderr(&out).contains("1 discontinuous span(s) read as --discontinuous asked"), "{}", stderr(&out));
    }
}

#[test]
fn spacy_docbin_is_scored_with_ents_or_a_span_group() {
    let docbin = repo().join("tests/fixtures/spacy/docs.spacy");
    let docbin = docbin.to_str().expect("path");
    let dir = tempfile::tempdir().expect("tempdir");
    let ents = dir.path().join("ents.jsonl");
    let ents = ents.to_str().expect("path");
    let out = run(&["convert", docbin, "--to", "jsonl", "-o", ents], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let score = |extra: &[&str]| {
        let mut args = vec!["score", "--gold", docbin, "--pred", ents, "--format", "json", "--bootstrap", "0"];
        args.extend_from_slice(extra);
        let out = run(&args, "");
        assert!(out.status.success(), "{}", stderr(&out));
        let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
        (report["schemas"]["strict"]["correct"].clone(), report["schemas"]["strict"]["possible"].clone())
    };
    assert_eq!(score(&[]), (5.into(), 5.into()), "doc.ents against themselves");
    assert_eq!(score(&["--spans-key", "sc"]), (1.into(), 6.into()), "doc.spans['sc'] shares only LOC Moscow with the ents");
    let out = run(&["convert", docbin, "--to", "jsonl", "--spans-key", "overlap"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("docs.spacy (doc docs-1): spans PER 0..5 and PER 0..15 overlap within one layer"), "{}", stderr(&out));
}

/// `docs/SCHEME.md` is a copy of the annotation contract in `../shared/SCHEME.md`, which
/// the README links as the contract: when the contract changes, the copy must follow
/// (it once lagged a whole round behind the single-victim and totals rules).
#[test]
fn docs_scheme_is_the_shared_contract() {
    let shared = repo().join("../shared/SCHEME.md");
    let Ok(contract) = std::fs::read_to_string(&shared) else {
        eprintln!("skipping: {} not found (../shared is absent)", shared.display());
        return;
    };
    let copy = std::fs::read_to_string(repo().join("docs/SCHEME.md")).expect("docs/SCHEME.md is in the repository");
    assert!(
        copy == contract,
        "docs/SCHEME.md differs from {}: copy the contract in (cp ../shared/SCHEME.md docs/SCHEME.md)",
        shared.display()
    );
}

/// The committed entity model is what README's command ("Rebuilding the entity model")
/// writes, byte for byte. It trains five models (about 20 s in release):
/// `cargo test --release -p tageval --test cli -- --ignored committed_entity_model`.
/// Needs ../shared/data and `target/entity-clusters.tsv` (scripts/build_clusters.py).
#[test]
#[ignore = "trains five entity models; run with --ignored, in release"]
fn committed_entity_model_rebuilds_byte_for_byte() {
    let (Some(train), Some(dev)) = (shared_data("conll2003/eng.train"), shared_data("conll2003/eng.testa")) else { return };
    let clusters = repo().join("target/entity-clusters.tsv");
    if !clusters.exists() {
        eprintln!("skipping: {} not found (python3 scripts/build_clusters.py builds it)", clusters.display());
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let model = dir.path().join("entities.model");
    let gazetteer = repo().join("crates/annotator/data/gazetteer");
    // `corpora/*-train/*/*.jsonl`, in the order the shell's glob gives it.
    let mut parts: Vec<PathBuf> = Vec::new();
    for folder in ["news-train", "wiki-train"] {
        for part in std::fs::read_dir(repo().join("corpora").join(folder)).expect("a training folder") {
            let part = part.expect("a training part").path();
            for file in std::fs::read_dir(&part).expect("a training part") {
                let file = file.expect("a file").path();
                if file.extension().is_some_and(|e| e == "jsonl") {
                    parts.push(file);
                }
            }
        }
    }
    parts.sort();
    assert!(parts.len() >= 10, "the training parts under corpora/: {parts:?}");
    let mut args = vec!["train", "--train", path_str(&train), "--dev", path_str(&dev), "--gazetteer", path_str(&gazetteer)];
    args.extend(["--clusters", path_str(&clusters), "--extra-train"]);
    args.extend(parts.iter().map(|p| path_str(p)));
    args.extend(["--extra-names", "--average", "5", "-o", path_str(&model)]);
    let out = run(&args, "");
    assert!(out.status.success(), "{}", stderr(&out));
    let committed = std::fs::read(repo().join("crates/annotator/models/entities.model")).expect("the committed model");
    assert!(std::fs::read(&model).expect("the model written") == committed, "the rebuilt model differs from the committed one");
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}
