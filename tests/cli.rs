//! End-to-end tests of the `tageval` command line: the contracts other tools build on.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn tageval() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tageval"))
}

/// Runs tageval with `args`, feeding `stdin`.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = tageval()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tageval starts");
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
    let lines: Vec<serde_json::Value> =
        stdout(&out).lines().map(|l| serde_json::from_str(l).expect("each output line is JSON")).collect();
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
    let spans = |s: &str| -> Vec<(String, serde_json::Value)> {
        s.lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("json");
                (v["text"].as_str().expect("text").to_string(), v["spans"].clone())
            })
            .collect()
    };
    let (a, c) = (spans(&first), spans(&last));
    assert_eq!(a.len(), 216, "eng.testa has 216 documents");
    let entities: usize = a.iter().map(|(_, s)| s.as_array().map_or(0, Vec::len)).sum();
    assert_eq!(entities, 5942, "eng.testa has 5,942 entities");
    assert!(a == c, "every text and span intact after CoNLL → JSONL → brat → CoNLL");
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
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&pred)
        .expect("pred")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
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
            "score", "--gold", csv.to_str().expect("path"), "--pred", pred.to_str().expect("path"), "--totals", "deaths",
            "--gold-id-column", "event", "--errors", errors.to_str().expect("path"),
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
    let out = run(&["score", "--gold", data.to_str().expect("path"), "--pred", pred.to_str().expect("path"), "--totals", "fatalities", "--format", "json"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json report");
    assert_eq!(report["documents"], 500);
    assert!(report["in_text"]["total"].as_u64().is_some_and(|n| n > 50));
}
