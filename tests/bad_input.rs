//! Bad input and faults, end to end through the command line (issue #8).
//!
//! Every case ends one of two ways: an error naming `path:line` (exit 2), or, with
//! `--skip-bad`, the bad document reported with its line and counted while every
//! other document comes out once, in input order. Never a panic, never a hang, never
//! a document silently dropped. A bug fixed here keeps a test named after it.
//!
//! Speed: the debug-build entity layer takes minutes on 50 MB, so the large inputs
//! run `--layers dates,casualties` (or `casualties` alone); the Unicode cases run every
//! layer.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Layers that are quick in a debug build.
const FAST: [&str; 2] = ["--layers", "dates,casualties"];

/// A run that takes longer than this is a hang (a FIFO read, a loop on an error).
const HANG: Duration = Duration::from_secs(180);

/// A scratch folder.
struct Scratch(tempfile::TempDir);

impl Scratch {
    fn new() -> Scratch {
        Scratch(tempfile::tempdir().expect("tempdir"))
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.path().join(name)
    }

    /// `name` as a command-line argument.
    fn arg(&self, name: &str) -> String {
        self.path(name).to_str().expect("UTF-8 temp path").to_string()
    }

    /// Writes `bytes` to `name` (creating folders) and returns its path as an argument.
    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let path = self.path(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, bytes).expect("write");
        self.arg(name)
    }

    /// The names in the folder, sorted.
    fn listing(&self, name: &str) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.path(name))
            .expect("read_dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

/// Runs tageval with `args` and `stdin`; fails the test on a panic, a crash or a hang.
fn run(args: &[&str], stdin: impl Into<Vec<u8>>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tageval"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tageval starts");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.into();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    };
    let out = drain(Box::new(child.stdout.take().expect("stdout")));
    let err = drain(Box::new(child.stderr.take().expect("stderr")));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > HANG {
            let _ = child.kill();
            panic!("tageval {args:?} hung for {HANG:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    writer.join().expect("stdin writer");
    let output = Output { status, stdout: out.join().expect("stdout"), stderr: err.join().expect("stderr") };
    let text = stderr(&output);
    assert!(!text.contains("panicked") && !text.contains("RUST_BACKTRACE"), "tageval {args:?} panicked: {text}");
    assert!(matches!(output.status.code(), Some(0..=2)), "tageval {args:?} ended with {:?}: {text}", output.status);
    output
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The output documents (JSONL on stdout).
fn output_docs(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

fn ids(out: &Output) -> Vec<String> {
    output_docs(out).iter().map(|d| d["id"].as_str().expect("string id").to_string()).collect()
}

/// Asserts exit 2 with every `needle` on stderr; returns stderr.
#[track_caller]
fn fails_with(out: &Output, needles: &[&str]) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "expected exit 2; stderr: {err}");
    for needle in needles {
        assert!(err.contains(needle), "stderr lacks {needle:?}: {err}");
    }
    err
}

#[track_caller]
fn succeeds(out: &Output) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(0), "expected exit 0; stderr: {err}");
    err
}

/// Asserts that every span of an output document is the code-point slice its `text`
/// says, inside the text, and not starting or ending on whitespace.
#[track_caller]
fn assert_code_point_spans(doc: &Value) -> usize {
    let text = doc["text"].as_str().expect("text");
    // Byte offset of each code point (and of the end), built once per document.
    let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let spans = doc["spans"].as_array().expect("spans array");
    for span in spans {
        let (s, e) = (span["start"].as_u64().expect("start") as usize, span["end"].as_u64().expect("end") as usize);
        assert!(s < e && e < starts.len(), "span {span} outside a text of {} code points", starts.len() - 1);
        let slice = &text[starts[s]..starts[e]];
        assert_eq!(span["text"].as_str(), Some(slice), "span {span} is not the code-point slice");
        assert!(!slice.starts_with(char::is_whitespace) && !slice.ends_with(char::is_whitespace), "span {span} on whitespace");
    }
    spans.len()
}

// ---------------------------------------------------------------------------------
// Encoding

#[test]
fn invalid_utf8_in_jsonl_names_line_and_byte() {
    let dir = Scratch::new();
    let input =
        dir.write("bad.jsonl", b"{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"\xff\"}\n{\"id\":\"c\",\"text\":\"ok\"}\n");
    let out = run(&["annotate", &input, FAST[0], FAST[1]], "");
    fails_with(&out, &["bad.jsonl:2: invalid UTF-8 at byte 18 of the line"]);

    let out = run(&["annotate", &input, "--skip-bad", FAST[0], FAST[1]], "");
    let err = succeeds(&out);
    assert!(err.contains("skipped: ") && err.contains("bad.jsonl:2: invalid UTF-8"), "{err}");
    assert!(err.contains("skipped 1 malformed document(s)"), "{err}");
    assert_eq!(ids(&out), ["a", "c"]);
}

#[test]
fn invalid_utf8_in_every_other_format_names_the_line() {
    let dir = Scratch::new();
    dir.write("txt/a.txt", "fine");
    dir.write("txt/b.txt", b"line one\nab\xc3(\n");
    let out = run(&["annotate", &dir.arg("txt"), FAST[0], FAST[1]], "");
    fails_with(&out, &["b.txt:2 (doc b): invalid UTF-8 at byte 2 of the line"]);
    let out = run(&["annotate", &dir.arg("txt"), "--skip-bad", FAST[0], FAST[1]], "");
    assert!(succeeds(&out).contains("skipped 1 malformed document(s)"));
    assert_eq!(ids(&out), ["a"]);

    let csv = dir.write("c.csv", b"id,text\na,ok\nb,\xff\xfe\nc,ok\n");
    let out = run(&["annotate", &csv, FAST[0], FAST[1]], "");
    fails_with(&out, &["c.csv:3: invalid CSV", "invalid utf-8"]);
    let out = run(&["annotate", &csv, "--skip-bad", FAST[0], FAST[1]], "");
    succeeds(&out);
    assert_eq!(ids(&out), ["a", "c"], "the record after the bad one keeps its id");

    let conll = dir.write("x.conll", b"EU B-ORG\nrejects O\n\nBad\xff O\n");
    fails_with(&run(&["convert", &conll, "--to", "jsonl"], ""), &["x.conll:4 (doc doc-1): invalid UTF-8 at byte 3 of the line"]);
    let tml = dir.write("t.tml", b"<TimeML>\n<TEXT>caf\xe9</TEXT></TimeML>");
    fails_with(&run(&["convert", &tml, "--to", "jsonl"], ""), &["t.tml:2: invalid UTF-8 at byte 9 of the line"]);
    dir.write("brat/d.txt", "Aleppo");
    dir.write("brat/d.ann", b"T1\tLOC 0 6\tAlep\xffo\n");
    fails_with(&run(&["convert", &dir.arg("brat"), "--to", "jsonl"], ""), &["d.ann:1: invalid UTF-8 at byte 15 of the line"]);
}

// ---------------------------------------------------------------------------------
// JSON

#[test]
fn truncated_last_line_is_an_error_naming_it() {
    let dir = Scratch::new();
    let input = dir.write("t.jsonl", "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"trunc");
    fails_with(&run(&["annotate", &input, FAST[0], FAST[1]], ""), &["t.jsonl:2: invalid JSON: EOF while parsing"]);
    let out = run(&["annotate", &input, "--skip-bad", FAST[0], FAST[1]], "");
    assert!(succeeds(&out).contains("skipped 1 malformed document(s)"));
    assert_eq!(ids(&out), ["a"]);
}

/// One file of good and malformed lines: each bad line is named with its line
/// number and message, the good ones come out in order, the count adds up.
#[track_caller]
fn check_line_table(cases: &[(&str, Option<&str>)]) {
    let dir = Scratch::new();
    let mut body = String::new();
    for (line, _) in cases {
        body.push_str(line);
        body.push('\n');
    }
    let input = dir.write("m.jsonl", &body);
    let out = run(&["annotate", &input, "--skip-bad", FAST[0], FAST[1]], "");
    let err = succeeds(&out);
    let mut expected_ids = Vec::new();
    let mut bad = 0;
    for (i, (line, message)) in cases.iter().enumerate() {
        let at = format!("m.jsonl:{}", i + 1);
        match message {
            Some(message) => {
                bad += 1;
                let reported = err.lines().find(|l| l.contains(&format!("{at}:")) || l.contains(&format!("{at} (doc")));
                let reported = reported.unwrap_or_else(|| panic!("line {} ({line}) not reported: {err}", i + 1));
                assert!(reported.contains(message), "line {} ({line}): expected {message:?}, got {reported}", i + 1);
            }
            None => {
                let doc: Value = serde_json::from_str(line).expect("a good line is JSON");
                expected_ids.push(match &doc["id"] {
                    Value::String(id) => id.clone(),
                    Value::Number(id) => id.to_string(),
                    _ => (i + 1).to_string(),
                });
            }
        }
    }
    assert!(err.contains(&format!("skipped {bad} malformed document(s)")), "{err}");
    assert_eq!(ids(&out), expected_ids, "every good document once, in input order");
    // Without --skip-bad the first bad line stops the run.
    let first_bad = cases.iter().position(|(_, m)| m.is_some()).expect("a bad line") + 1;
    fails_with(&run(&["annotate", &input, FAST[0], FAST[1]], ""), &[&format!("m.jsonl:{first_bad}")]);
}

#[test]
fn malformed_json_lines_are_named_and_counted() {
    let deep = format!("{{\"id\":\"deep\",\"text\":\"x\",\"m\":{}{}}}", "[".repeat(5000), "]".repeat(5000));
    check_line_table(&[
        (r#"{"id":"a","text":"ok"}"#, None),
        ("[1,2]", Some("invalid JSON: a line must be a JSON object")),
        (r#""a string""#, Some("invalid JSON: a line must be a JSON object")),
        ("42", Some("a line must be a JSON object")),
        ("null", Some("a line must be a JSON object")),
        (r#"{"id":"b","text":"ok"} trailing"#, Some("invalid JSON: trailing characters")),
        (r#"{"id":"c","text":"ok",}"#, Some("invalid JSON: trailing comma")),
        ("{'id':'d','text':'single quotes'}", Some("invalid JSON: key must be a string")),
        (r#"{"id":"e","text":"\ud800 lone surrogate"}"#, Some("invalid JSON: ")),
        // Numbers keep their digits as written (serde_json's arbitrary precision), so an
        // id out of f64's range is still an id, spelled as in the input.
        (r#"{"id":1e400,"text":"x"}"#, None),
        (&deep, Some("invalid JSON: recursion limit exceeded")),
        (r#"{"id":"f","text":"ok"}"#, None),
        ("\u{feff}{\"id\":\"g\",\"text\":\"a BOM is only removed on line 1\"}", Some("invalid JSON: expected value")),
        (r#"{"id":"h","text":"ok"}"#, None),
    ]);
}

#[test]
fn missing_extra_and_wrongly_typed_fields() {
    check_line_table(&[
        (r#"{"id":"m"}"#, Some("(doc m): missing field `text`")),
        (r#"{"text":"no id: the id is the line number"}"#, None),
        (r#"{"id":"x","text":"extra fields pass through","n":1,"o":{"a":[1,null]}}"#, None),
        (r#"{"id":["a"],"text":"t"}"#, Some("field `id` must be a string or a number")),
        (r#"{"id":"t1","text":5}"#, Some("(doc t1): field `text` must be a string")),
        (r#"{"id":"t2","text":null}"#, Some("(doc t2): field `text` must be a string")),
        (r#"{"id":"d1","text":"t","dct":20150602}"#, Some("(doc d1): field `dct` must be a string")),
        (r#"{"id":"d2","text":"t","dct":"June 2"}"#, Some("(doc d2): DCT `June 2` is not an ISO 8601 date")),
        (r#"{"id":"d3","text":"t","dct":"2015-13-02"}"#, Some("(doc d3): DCT `2015-13-02`")),
        (r#"{"id":"s1","text":"abc","spans":{}}"#, Some("(doc s1): field `spans` must be a list of span objects")),
        (r#"{"id":"s2","text":"abc","spans":[{"start":-1,"end":2,"label":"LOC"}]}"#, Some("field `start` must be a non-negative integer")),
        (r#"{"id":"s3","text":"abc","spans":[{"start":0,"end":"2","label":"LOC"}]}"#, Some("field `end` must be a non-negative integer")),
        (r#"{"id":"s4","text":"abc","spans":[{"start":0.5,"end":2,"label":"LOC"}]}"#, Some("field `start` must be a non-negative integer")),
        (r#"{"id":"s5","text":"abc","spans":[{"start":0,"end":2}]}"#, Some("missing field `spans[].label`")),
        (r#"{"id":"s6","text":"abc","spans":[{"end":2,"label":"LOC"}]}"#, Some("missing field `spans[].start`")),
        (r#"{"id":"s7","text":"abc","spans":[7]}"#, Some("field `spans` must be a list of span objects")),
        (r#"{"id":"l1","text":"t","layers":"dates"}"#, Some("(doc l1): field `layers` must be a list")),
        (r#"{"id":"l2","text":"t","layers":["verbs"]}"#, Some("(doc l2): field `layers` must be a list of layer names")),
        (r#"{"id":"ok","text":"t","dct":null,"spans":null,"layers":null}"#, None),
        (r#"{"id":7,"text":"a numeric id is kept as a string"}"#, None),
    ]);
}

#[test]
fn extra_fields_keep_their_input_order() {
    // Regression (found by fuzzing): fields after `text` were reordered.
    let input = r#"{"a":1,"text":"x","b":2,"c":3,"id":"d","e":4}"#;
    let out = run(&["annotate", "-", FAST[0], FAST[1]], format!("{input}\n"));
    succeeds(&out);
    let line = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(line, "{\"id\":\"d\",\"text\":\"x\",\"a\":1,\"b\":2,\"c\":3,\"e\":4,\"spans\":[]}\n");
}

#[test]
fn extra_fields_pass_through_and_a_missing_id_is_the_line_number() {
    let input = "\n{\"text\":\"no id\",\"source\":\"wire\",\"n\":[1,{\"k\":null}]}\n";
    let out = run(&["annotate", "-", FAST[0], FAST[1]], input);
    succeeds(&out);
    let docs = output_docs(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "2", "blank line 1 counts");
    assert_eq!(docs[0]["source"], "wire");
    assert_eq!(docs[0]["n"], serde_json::json!([1, {"k": null}]));
}

// ---------------------------------------------------------------------------------
// Empty input

#[test]
fn empty_files_and_empty_documents() {
    let dir = Scratch::new();
    // A run over zero documents is an error naming the input (nearly always a wrong
    // path or a failed step upstream), and leaves no output file behind; with
    // --allow-empty an empty input gives an empty output and exit 0.
    for (name, body) in [("empty.jsonl", ""), ("blank.jsonl", "\n\n   \n\r\n")] {
        let input = dir.write(name, body);
        let output = dir.arg(&format!("{name}.out"));
        let out = run(&["annotate", &input, "-o", &output, FAST[0], FAST[1]], "");
        fails_with(&out, &[&format!("{name}: no documents in the input"), "--allow-empty"]);
        assert!(!dir.path(&format!("{name}.out")).exists(), "{name}: no output file");
        let out = run(&["annotate", &input, "--allow-empty", FAST[0], FAST[1]], "");
        assert_eq!(succeeds(&out), "", "{name}: nothing to say");
        assert!(out.stdout.is_empty(), "{name}: no documents, no output");
        for args in
            [vec!["score", "--gold", &input, "--pred", &input], vec!["eval", "--corpus", &input, "--gold", &input, FAST[0], FAST[1]]]
        {
            fails_with(&run(&args, ""), &[&format!("{name}: no documents in the input")]);
        }
        fails_with(&run(&["convert", &input, "--to", "conll"], ""), &[&format!("{name}: no documents in the input")]);
    }
    fails_with(&run(&["annotate", "-", FAST[0], FAST[1]], ""), &["standard input: no documents in the input"]);
    let out = run(&["annotate", "-", "--allow-empty", FAST[0], FAST[1]], "");
    assert!(succeeds(&out).is_empty() && out.stdout.is_empty(), "empty stdin, allowed");
    let bad = "{\"id\":\"a\"}\n";
    fails_with(&run(&["annotate", "-", "--skip-bad", FAST[0], FAST[1]], bad), &["standard input: no documents left: all 1 were malformed"]);

    let input = "{\"id\":\"e\",\"text\":\"\"}\n{\"id\":\"w\",\"text\":\" \\n\\t\\u00a0\"}\n{\"id\":\"z\",\"text\":\"\\u0000\"}\n";
    let out = run(&["annotate", "-", FAST[0], FAST[1]], input);
    succeeds(&out);
    assert_eq!(ids(&out), ["e", "w", "z"]);
    assert!(output_docs(&out).iter().all(|d| d["spans"] == serde_json::json!([])), "{}", stderr(&out));

    dir.write("folder/empty.txt", "");
    dir.write("folder/bom-only.txt", "\u{feff}");
    let out = run(&["annotate", &dir.arg("folder"), FAST[0], FAST[1]], "");
    succeeds(&out);
    let texts: Vec<String> = output_docs(&out).iter().map(|d| d["text"].as_str().expect("text").to_string()).collect();
    assert_eq!(texts, ["", ""], "empty documents are documents");

    std::fs::create_dir_all(dir.path("none")).expect("mkdir");
    let out = run(&["annotate", &dir.arg("none"), FAST[0], FAST[1]], "");
    // Issue 17: an empty folder is an error naming what was expected, not a run over
    // zero documents that exits 0.
    fails_with(&out, &["none: no `.txt` files (dot files are skipped): a folder of `.txt` documents"]);

    let out = run(&["annotate", &dir.write("empty.csv", ""), FAST[0], FAST[1]], "");
    fails_with(&out, &["empty.csv:1: missing field `column text`"]);
    let header = dir.write("header.csv", "id,text\n");
    fails_with(&run(&["annotate", &header, FAST[0], FAST[1]], ""), &["header.csv: no documents in the input"]);
    let out = run(&["annotate", &header, "--allow-empty", FAST[0], FAST[1]], "");
    assert!(succeeds(&out).is_empty() && out.stdout.is_empty(), "a header alone is an empty corpus, allowed");
}

// ---------------------------------------------------------------------------------
// Size

#[test]
fn fifty_megabyte_document() {
    // dates,casualties only: the entity layer takes minutes on 50 MB in a debug build.
    // One figure and one date a kilobyte keeps the output (and this test) small.
    let filler = "The talks in Köln 😀 went on; delegates spoke of aid, roads and schools. ".repeat(13);
    let sentence = format!("{filler}Fighters killed at least 12 civilians on Monday, June 1, 2015.\n");
    let mut text = sentence.repeat(50_000_000 / sentence.len() + 1);
    text.truncate(text.char_indices().map(|(b, _)| b).take_while(|&b| b <= 50_000_000).last().expect("chars"));
    let dir = Scratch::new();
    let line = serde_json::json!({"id": "big", "text": text, "dct": "2015-06-02"}).to_string() + "\n";
    let input = dir.write("big.jsonl", line);
    let out = run(&["annotate", &input, "-o", &dir.arg("out.jsonl"), "--layers", "dates,casualties"], "");
    assert_eq!(succeeds(&out), "");
    let written = std::fs::read_to_string(dir.path("out.jsonl")).expect("output");
    assert_eq!(written.lines().count(), 1, "one document in, one out");
    let doc: Value = serde_json::from_str(&written).expect("JSON");
    assert_eq!(doc["text"].as_str(), Some(text.as_str()), "the text comes back unchanged");
    let spans = assert_code_point_spans(&doc);
    assert!(spans > 40_000, "the tags of every paragraph: {spans}");
}

/// The documents of [`many_tiny_documents`]: `n` lines, with ids `d0`, `d1`, …
fn tiny_corpus(n: usize) -> String {
    let mut input = String::with_capacity(n * 40);
    for i in 0..n {
        input.push_str(&format!("{{\"id\":\"d{i}\",\"text\":\"{} killed\"}}\n", i % 1000));
    }
    input
}

fn many_tiny_documents(n: usize) {
    let dir = Scratch::new();
    let input = dir.write("many.jsonl", tiny_corpus(n));
    let out = run(&["annotate", &input, "-o", &dir.arg("out.jsonl"), "--layers", "casualties", "--threads", "2"], "");
    assert_eq!(succeeds(&out), "");
    let written = std::fs::read_to_string(dir.path("out.jsonl")).expect("output");
    let mut count = 0;
    for (i, line) in written.lines().enumerate() {
        let prefix = format!("{{\"id\":\"d{i}\",");
        assert!(line.starts_with(&prefix), "line {} is {line:?}, expected {prefix}…", i + 1);
        count += 1;
    }
    assert_eq!(count, n, "exactly one output line per input document");
}

/// A million documents: about 25 s in a debug build on 2 cores (one with a fuzzer
/// running beside it), so it runs every time.
#[test]
fn a_million_tiny_documents_come_out_in_order() {
    many_tiny_documents(1_000_000);
}

// ---------------------------------------------------------------------------------
// Identity

#[test]
fn duplicate_ids_are_kept_in_order_with_a_warning() {
    let dir = Scratch::new();
    let input = dir.write(
        "dup.jsonl",
        "{\"id\":\"a\",\"text\":\"1\"}\n{\"id\":\"b\",\"text\":\"2\"}\n{\"id\":\"a\",\"text\":\"3\"}\n\n{\"id\":\"a\",\"text\":\"5\"}\n",
    );
    let out = run(&["annotate", &input, FAST[0], FAST[1]], "");
    let err = succeeds(&out);
    assert_eq!(ids(&out), ["a", "b", "a", "a"], "every document, in input order");
    assert!(
        err.contains("warning: ") && err.contains("dup.jsonl:3 (doc a): duplicate document id `a` (first on line 1); both kept"),
        "{err}"
    );
    assert!(err.contains("dup.jsonl:5 (doc a)"), "{err}");
    assert!(err.contains("warning: 2 document(s) repeat an earlier id"), "{err}");

    // Many repeats: the first few named, all counted, memory bounded by the id set.
    let out = run(&["annotate", "-", FAST[0], FAST[1]], "{\"id\":\"x\",\"text\":\"\"}\n".repeat(500));
    let err = succeeds(&out);
    assert_eq!(ids(&out).len(), 500);
    assert_eq!(err.lines().filter(|l| l.contains("duplicate document id")).count(), 10, "{err}");
    assert!(err.contains("499 document(s) repeat an earlier id"), "{err}");
}

#[test]
fn duplicate_ids_in_a_manifest_are_an_error() {
    let dir = Scratch::new();
    dir.write("c/a.txt", "one");
    dir.write("c/b.txt", "two");
    dir.write("c/manifest.csv", "file,id\na.txt,same\nb.txt,same\n");
    fails_with(&run(&["annotate", &dir.arg("c"), FAST[0], FAST[1]], ""), &["manifest.csv:3 (doc same): duplicate document id `same`"]);
}

// ---------------------------------------------------------------------------------
// Unicode

#[test]
fn awkward_unicode_spans_are_code_point_slices() {
    let texts = [
        "Windows line ends:\r\nAt least 12 civilians were killed in Aleppo on Monday.\r\nSyria said so.\r\n",
        "Non-breaking spaces:\u{a0}at\u{a0}least 12\u{a0}civilians were killed on\u{a0}June 1, 2015 in\u{a0}Kilis.",
        "RTL marks \u{200f}Aleppo\u{200f} \u{202b}حلب\u{202c} — 3 soldiers were killed in \u{200e}Homs\u{200e} yesterday.",
        "Emoji 😀👩‍👩‍👧🇸🇾 then 45 people were killed 🔥 in Idlib on May 17.",
        "Combining marks: Re\u{301}sume\u{301} of Ko\u{308}ln; 70 civilians killed in Ḥalab on Sunday.",
        "Astral via escapes 𝔸𝕝𝕖𝕡𝕡𝕠 and 𠜎𠜱: two years ago John Kerry said 150 casualties.",
        "\u{feff}A BOM inside the text stays: 9 killed last week in Deir ez-Zor.",
    ];
    let mut input = String::from("\u{feff}");
    for (i, text) in texts.iter().enumerate() {
        input.push_str(&serde_json::json!({"id": format!("u{i}"), "text": text, "dct": "2015-06-02"}).to_string());
        input.push_str("\r\n");
    }
    // One more with JSON escapes for a surrogate pair and a line separator.
    input.push_str(r#"{"id":"esc","text":"\ud83d\ude00 12 killed\u2028on Monday","dct":"2015-06-02"}"#);
    input.push_str("\r\n");
    let out = run(&["annotate", "-", "--threads", "2"], input);
    succeeds(&out);
    let docs = output_docs(&out);
    assert_eq!(docs.len(), texts.len() + 1, "a BOM on line 1 and CRLF line ends are fine");
    for (doc, text) in docs.iter().zip(texts) {
        assert_eq!(doc["text"].as_str(), Some(text), "text unchanged (CR, NBSP, marks, BOM inside all stay)");
    }
    let spans: usize = docs.iter().map(assert_code_point_spans).sum();
    assert!(spans >= texts.len(), "the annotators found things to check: {spans} spans");
}

#[test]
fn txt_and_csv_keep_crlf_and_drop_only_the_leading_bom() {
    let dir = Scratch::new();
    dir.write("t/a.txt", "\u{feff}12 killed\r\nin\u{a0}Aleppo\r\n");
    let out = run(&["annotate", &dir.arg("t"), FAST[0], FAST[1]], "");
    succeeds(&out);
    let docs = output_docs(&out);
    assert_eq!(docs[0]["text"], "12 killed\r\nin\u{a0}Aleppo\r\n");
    assert_code_point_spans(&docs[0]);
    let csv = dir.write("c.csv", "\u{feff}id,text\r\na,\"12 killed\r\nin Aleppo 😀\"\r\n");
    let out = run(&["annotate", &csv, FAST[0], FAST[1]], "");
    succeeds(&out);
    let docs = output_docs(&out);
    assert_eq!(docs[0]["id"], "a", "the BOM does not stick to the first column name");
    assert_eq!(docs[0]["text"], "12 killed\r\nin Aleppo 😀");
    assert_code_point_spans(&docs[0]);
}

// ---------------------------------------------------------------------------------
// Gold spans

/// Bad gold spans, each in a file of its own: `convert` refuses it with its line.
#[test]
#[rustfmt::skip]
fn gold_spans_out_of_range_mismatched_or_overlapping_are_errors() {
    let dir = Scratch::new();
    let cases = [
        (r#"{"id":"a","text":"Aleppo","spans":[{"start":0,"end":99,"label":"LOC"}]}"#, "g.jsonl:1 (doc a): span 0..99 is out of range for a text of 6 characters"),
        (r#"{"id":"a","text":"Aleppo","spans":[{"start":4,"end":2,"label":"LOC"}]}"#, "span 4..2 is out of range"),
        (r#"{"id":"a","text":"Aleppo","spans":[{"start":3,"end":3,"label":"LOC"}]}"#, "span 3..3 is out of range"),
        (r#"{"id":"a","text":"Aleppo","spans":[{"start":0,"end":6,"label":"LOC","text":"Alepo"}]}"#, "span 0..6 says \"Alepo\" but the text there is \"Aleppo\""),
        // Byte offsets where code points are meant: "Aleppo" is at 7..13, bytes 11..17.
        (r#"{"id":"a","text":"Köln 😀 Aleppo","spans":[{"start":11,"end":17,"label":"LOC","text":"Aleppo"}]}"#, "span 11..17 is out of range for a text of 13 characters"),
        (r#"{"id":"a","text":"Aleppo city","spans":[{"start":0,"end":7,"label":"LOC"}]}"#, "span 0..7 (\"Aleppo \") starts or ends on whitespace"),
        (r#"{"id":"a","text":"Aleppo city","spans":[{"start":0,"end":6,"label":"LOC"},{"start":0,"end":11,"label":"ORG"}]}"#, "spans LOC 0..6 and ORG 0..11 overlap within one layer"),
        (r#"{"id":"a","text":"June 1 2015","spans":[{"start":0,"end":6,"label":"DATE"},{"start":5,"end":11,"label":"DATE"}]}"#, "spans DATE 0..6 and DATE 5..11 overlap"),
    ];
    for (line, message) in cases {
        let gold = dir.write("g.jsonl", format!("{line}\n"));
        let target = dir.arg("out");
        let out = run(&["convert", &gold, "--to", "brat", "-o", &target], "");
        fails_with(&out, &[message]);
        assert!(!dir.path("out").exists(), "nothing written for bad input");
    }
    // Layers are independent; code points, not bytes; a good file converts.
    let good = r#"{"id":"a","text":"Köln 😀 Aleppo, June 1","spans":[{"start":7,"end":13,"label":"LOC","text":"Aleppo"},{"start":7,"end":21,"label":"DATE"}]}"#;
    let out = run(&["convert", &dir.write("ok.jsonl", format!("{good}\n")), "--to", "jsonl"], "");
    succeeds(&out);
    assert_eq!(output_docs(&out)[0]["spans"][0]["text"], "Aleppo");
}

#[test]
fn bad_brat_conll_and_timeml_gold_name_the_line() {
    let dir = Scratch::new();
    dir.write("b/d.txt", "Aleppo and Kilis");
    let cases = [
        ("T1\tLOC 0 6\tAleppo\nT2\tLOC 11 99\tKilis\n", "d.ann:2 (doc d): span 11..99 is out of range for a text of 16 characters"),
        ("T1\tLOC 0 6\tAlepo\n", "d.ann:1 (doc d): span 0..6 says \"Alepo\""),
        ("T1\tLOC 0 6\tAleppo\nT2\tORG 0 16\tAleppo and Kilis\n", "d.ann (doc d): spans LOC 0..6 and ORG 0..16 overlap within one layer"),
        ("T1\tLOC 0 x\tAleppo\n", "d.ann:1 (doc d): offsets in `LOC 0 x` are not numbers"),
        ("T1\tLOC 0 18446744073709551616\tAleppo\n", "d.ann:1 (doc d): offsets"),
        ("Q1\twhat\n", "d.ann:1 (doc d): unknown annotation `Q1`"),
    ];
    for (ann, message) in cases {
        dir.write("b/d.ann", ann);
        fails_with(&run(&["convert", &dir.arg("b"), "--to", "jsonl"], ""), &[message]);
    }
    dir.write("b/d.ann", "T1\tLOC 0 6\tAleppo\n");
    dir.write("b/e.ann", "T1\tLOC 0 6\tAleppo\n");
    let out = run(&["convert", &dir.arg("b"), "--to", "jsonl"], "");
    fails_with(&out, &["e.ann (doc e): no text: ", "e.txt does not exist"]);

    let conll = [
        ("EU B-ORG\nrejects\n", "x.conll:2 (doc doc-1): line has one column (`rejects`)"),
        ("EU B-ORG\nrejects X-ORG\n", "x.conll:2 (doc doc-1): bad tag `X-ORG`"),
        ("EU B-\n", "x.conll:1 (doc doc-1): bad tag `B-`"),
    ];
    for (body, message) in conll {
        fails_with(&run(&["convert", &dir.write("x.conll", body), "--to", "jsonl"], ""), &[message]);
    }
    let timeml = [
        ("<TimeML>\n<TEXT>abc", "t.tml:2 (doc t): <TEXT> is never closed"),
        ("<TEXT>\n<TIMEX3 type=\"DATE\">a<TIMEX3 type=\"DATE\">b</TIMEX3></TIMEX3></TEXT>", "t.tml:2 (doc t): TIMEX3 inside a TIMEX3"),
        ("<TEXT>a &bogus; b</TEXT>", "t.tml:1 (doc t): unknown entity `&bogus;`"),
        ("<TEXT>\n<TIMEX3 type=\"DATE\"> x</TIMEX3></TEXT>", "t.tml:2 (doc t): span 1..3 (\" x\") starts or ends on whitespace"),
    ];
    for (body, message) in timeml {
        fails_with(&run(&["convert", &dir.write("t.tml", body), "--to", "jsonl"], ""), &[message]);
    }
}

#[test]
fn score_refuses_bad_gold_spans_and_duplicate_gold() {
    let dir = Scratch::new();
    let pred = dir.write("p.jsonl", "{\"id\":\"a\",\"text\":\"Aleppo\",\"spans\":[]}\n");
    let gold = dir.write("g.jsonl", "{\"id\":\"a\",\"text\":\"Aleppo\",\"spans\":[{\"start\":0,\"end\":9,\"label\":\"LOC\"}]}\n");
    let out = run(&["score", "--gold", &gold, "--pred", &pred], "");
    fails_with(&out, &["g.jsonl:1 (doc a): span 0..9 is out of range"]);
    let gold = dir.write("g.jsonl", "{\"id\":\"a\",\"text\":\"Aleppo\",\"spans\":[]}\n{\"id\":\"a\",\"text\":\"Aleppo\",\"spans\":[]}\n");
    fails_with(
        &run(&["score", "--gold", &gold, "--pred", &pred], ""),
        &["g.jsonl:2 (doc a): duplicate document id `a`", "duplicate document id `a` in the gold"],
    );
}

#[test]
fn score_warns_with_counts_about_unmatched_documents() {
    let dir = Scratch::new();
    let doc = |id: &str| {
        format!(
            "{{\"id\":\"{id}\",\"text\":\"Aleppo\",\"layers\":[\"entities\"],\"spans\":[{{\"start\":0,\"end\":6,\"label\":\"LOC\"}}]}}\n"
        )
    };
    let gold = dir.write("g.jsonl", [doc("a"), doc("b"), doc("gold-only")].concat());
    let pred = dir.write("p.jsonl", [doc("a"), doc("pred-only-1"), doc("b"), doc("pred-only-2")].concat());
    let out = run(&["score", "--gold", &gold, "--pred", &pred, "--bootstrap", "0"], "");
    let err = succeeds(&out);
    assert!(err.contains("warning: 1 gold document(s) have no prediction") && err.contains("gold-only"), "{err}");
    assert!(err.contains("warning: 2 predicted document(s) have no gold") && err.contains("pred-only-1, pred-only-2"), "{err}");
}

// ---------------------------------------------------------------------------------
// CSV

#[test]
fn csv_missing_column_short_row_and_open_quote() {
    let dir = Scratch::new();
    let csv = dir.write("c.csv", "id,body\na,Aleppo\n");
    fails_with(&run(&["annotate", &csv, FAST[0], FAST[1]], ""), &["c.csv:1: missing field `column text`"]);
    let out = run(&["annotate", &csv, "--text-column", "body", FAST[0], FAST[1]], "");
    succeeds(&out);
    assert_eq!(output_docs(&out)[0]["text"], "Aleppo", "--text-column names it");

    let csv = dir.write("short.csv", "id,text,dct\na,ok,2015-06-02\nb,only two\nc,ok,\nd,too,2015-06-02,many\n");
    fails_with(&run(&["annotate", &csv, FAST[0], FAST[1]], ""), &["short.csv:3 (doc b): invalid CSV: 2 fields where the header has 3"]);
    let out = run(&["annotate", &csv, "--skip-bad", FAST[0], FAST[1]], "");
    let err = succeeds(&out);
    assert!(err.contains("short.csv:5 (doc d): invalid CSV: 4 fields where the header has 3"), "{err}");
    assert!(err.contains("skipped 2 malformed document(s)"), "{err}");
    assert_eq!(ids(&out), ["a", "c"]);

    // An open quote swallows the rest of the file into one field: that record has
    // too few fields, so it is reported, not silently merged.
    let csv = dir.write("quote.csv", "id,text,dct\na,\"never closed,2015-06-02\nb,x,2015-06-02\n");
    fails_with(&run(&["annotate", &csv, FAST[0], FAST[1]], ""), &["quote.csv:2 (doc a): invalid CSV: 2 fields where the header has 3"]);
}

// ---------------------------------------------------------------------------------
// Folders and special files

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

#[test]
fn unreadable_entries_in_a_corpus_folder_are_errors_not_drops() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Scratch::new();
    dir.write("c/a.txt", "12 killed");
    dir.write("c/z.txt", "3 wounded");

    // chmod 000: stops reads for everyone but root (tests often run as root).
    let locked = dir.path("c/b.txt");
    std::fs::write(&locked, "locked").expect("write");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&locked).is_ok() {
        eprintln!("skipping the chmod 000 case: running as root, which reads it anyway");
    } else {
        let out = run(&["annotate", &dir.arg("c"), FAST[0], FAST[1]], "");
        fails_with(&out, &["b.txt (doc b): Permission denied"]);
    }
    std::fs::remove_file(&locked).expect("rm");

    // A dangling link and a FIFO fail for root too. Each used to vanish silently.
    std::os::unix::fs::symlink(dir.path("nowhere"), dir.path("c/b.txt")).expect("symlink");
    let out = run(&["annotate", &dir.arg("c"), FAST[0], FAST[1]], "");
    fails_with(&out, &["c/b.txt (doc b): No such file or directory"]);
    assert_eq!(stderr(&out).matches("No such file or directory").count(), 1, "the cause once, not twice");
    // --skip-bad skips malformed documents, not input that cannot be read.
    fails_with(&run(&["annotate", &dir.arg("c"), "--skip-bad", FAST[0], FAST[1]], ""), &["c/b.txt (doc b): "]);
    std::fs::remove_file(dir.path("c/b.txt")).expect("rm");

    mkfifo(&dir.path("c/b.txt"));
    let out = run(&["annotate", &dir.arg("c"), FAST[0], FAST[1]], "");
    fails_with(&out, &["c/b.txt (doc b): not a regular file"]);

    // The same for brat and TimeML folders.
    dir.write("b/a.txt", "Aleppo");
    dir.write("b/a.ann", "T1\tLOC 0 6\tAleppo\n");
    dir.write("b/f.txt", "Kilis");
    mkfifo(&dir.path("b/f.ann"));
    fails_with(&run(&["convert", &dir.arg("b"), "--to", "jsonl"], ""), &["b/f.ann: not a regular file"]);
    dir.write("t/a.tml", "<TimeML><TEXT>x</TEXT></TimeML>");
    mkfifo(&dir.path("t/b.tml"));
    fails_with(&run(&["convert", &dir.arg("t"), "--from", "timeml", "--to", "jsonl"], ""), &["t/b.tml: not a regular file"]);
}

#[test]
fn a_fifo_input_is_read_whole_not_sniffed() {
    // Regression: format detection read the first 64 KiB of a FIFO (`<(cmd)`) to
    // guess the format, and those documents were lost to the real read.
    let dir = Scratch::new();
    let fifo = dir.path("pipe");
    mkfifo(&fifo);
    let corpus = tiny_corpus(3000);
    let writer = {
        let (fifo, corpus) = (fifo.clone(), corpus.clone());
        std::thread::spawn(move || std::fs::write(fifo, corpus))
    };
    let out = run(&["annotate", fifo.to_str().expect("path"), "--layers", "casualties"], "");
    writer.join().expect("writer").expect("fifo written");
    succeeds(&out);
    assert_eq!(ids(&out).len(), 3000, "every document from the FIFO");
}

#[test]
fn read_error_with_skip_bad_stops_instead_of_looping() {
    // Regression: a folder read as JSONL failed with EISDIR on every read, and
    // --skip-bad skipped that error forever.
    let dir = Scratch::new();
    std::fs::create_dir_all(dir.path("d")).expect("mkdir");
    let out = run(&["annotate", &dir.arg("d"), "--from", "jsonl", "--skip-bad", FAST[0], FAST[1]], "");
    let err = fails_with(&out, &["d:1: Is a directory"]);
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn missing_input_names_the_path_once() {
    let dir = Scratch::new();
    for name in ["absent.jsonl", "absent.tml", "absent.csv"] {
        let err = fails_with(&run(&["annotate", &dir.arg(name), FAST[0], FAST[1]], ""), &[name, "No such file or directory"]);
        assert_eq!(err.matches("No such file").count(), 1, "{err}");
    }
}

// ---------------------------------------------------------------------------------
// Output

#[test]
fn a_failed_run_leaves_an_existing_output_untouched() {
    let dir = Scratch::new();
    let target = dir.write("out/tagged.jsonl", "OLD\n");
    let input = dir.write("in.jsonl", "{\"id\":\"a\",\"text\":\"ok\"}\n{broken\n");
    fails_with(&run(&["annotate", &input, "-o", &target, FAST[0], FAST[1]], ""), &["in.jsonl:2: invalid JSON"]);
    assert_eq!(std::fs::read_to_string(&target).expect("still there"), "OLD\n");
    assert_eq!(dir.listing("out"), ["tagged.jsonl"], "no temporary file left behind");

    // Converting too.
    fails_with(&run(&["convert", &input, "--to", "jsonl", "-o", &target], ""), &["in.jsonl:2"]);
    assert_eq!(std::fs::read_to_string(&target).expect("still there"), "OLD\n");
    assert_eq!(dir.listing("out"), ["tagged.jsonl"]);

    // A good run replaces it whole.
    let input = dir.write("in.jsonl", "{\"id\":\"a\",\"text\":\"ok\"}\n");
    succeeds(&run(&["annotate", &input, "-o", &target, FAST[0], FAST[1]], ""));
    assert!(std::fs::read_to_string(&target).expect("new").starts_with("{\"id\":\"a\""));
    assert_eq!(dir.listing("out"), ["tagged.jsonl"]);
}

#[test]
fn an_output_that_cannot_be_put_in_place_leaves_no_temporary_file() {
    // Regression: when the final rename failed, the temporary file stayed behind.
    let dir = Scratch::new();
    std::fs::create_dir_all(dir.path("out/taken")).expect("mkdir");
    dir.write("out/taken/keep", "x");
    let input = dir.write("in.jsonl", "{\"id\":\"a\",\"text\":\"ok\"}\n");
    fails_with(&run(&["annotate", &input, "-o", &dir.arg("out/taken"), FAST[0], FAST[1]], ""), &["taken: cannot rename into place"]);
    assert_eq!(dir.listing("out"), ["taken"]);
    fails_with(&run(&["annotate", &input, "-o", &dir.arg("no/such/dir/out.jsonl"), FAST[0], FAST[1]], ""), &["cannot create"]);
}

#[test]
fn an_output_fifo_is_written_in_place_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = Scratch::new();
    let fifo = dir.path("out.pipe");
    mkfifo(&fifo);
    let (send, receive) = std::sync::mpsc::channel();
    let reader = fifo.clone();
    // Not joined: if the FIFO were replaced, this thread would wait forever.
    std::thread::spawn(move || {
        let _ = send.send(std::fs::read(reader));
    });
    let out = run(&["annotate", "-", "-o", fifo.to_str().expect("path"), FAST[0], FAST[1]], "{\"id\":\"a\",\"text\":\"ok\"}\n");
    succeeds(&out);
    assert!(std::fs::symlink_metadata(&fifo).expect("still there").file_type().is_fifo(), "the FIFO is still a FIFO");
    let read = receive.recv_timeout(Duration::from_secs(60)).expect("the FIFO got the output").expect("read");
    assert!(read.starts_with(b"{\"id\":\"a\""), "{}", String::from_utf8_lossy(&read));
}

#[test]
fn a_closed_stdout_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tageval"))
        .args(["annotate", "-", "--layers", "casualties"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut input = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(tiny_corpus(50_000).as_bytes());
    });
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let out = child.wait_with_output().expect("ends");
    writer.join().expect("writer");
    assert_eq!(out.status.code(), Some(0), "like `| head`: {}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

// ---------------------------------------------------------------------------------
// Exit codes

#[test]
fn exit_codes_tell_usage_and_input_errors_from_success() {
    let ok = "{\"id\":\"a\",\"text\":\"ok\"}\n";
    assert_eq!(run(&["annotate", "-", FAST[0], FAST[1]], ok).status.code(), Some(0));
    for args in [
        &["annotate", "--no-such-flag"][..],
        &["annotate", "--threads", "0"],
        &["annotate", "--threads", "many"],
        &["annotate", "--layers", "verbs"],
        &["annotate", "--layers", ","],
        &["annotate", "--from", "xml"],
        &["annotate", "-", "--to", "csv"],
        &["convert", "-"],
        &["frobnicate"],
    ] {
        let out = run(args, ok);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).is_empty(), "{args:?} says why");
    }
    assert_eq!(run(&["annotate", "-", FAST[0], FAST[1]], "{").status.code(), Some(2), "input error");
    assert_eq!(run(&["--help"], "").status.code(), Some(0));
    assert_eq!(run(&["--version"], "").status.code(), Some(0));
}

#[test]
fn a_failed_threshold_exits_1() {
    let dir = Scratch::new();
    let gold = dir.write(
        "g.jsonl",
        "{\"id\":\"a\",\"text\":\"Aleppo\",\"layers\":[\"entities\"],\"spans\":[{\"start\":0,\"end\":6,\"label\":\"LOC\"}]}\n",
    );
    let pred = dir.write("p.jsonl", "{\"id\":\"a\",\"text\":\"Aleppo\",\"spans\":[]}\n");
    let out = run(&["score", "--gold", &gold, "--pred", &pred, "--min-f1", "0.5", "--bootstrap", "0"], "");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let out = run(&["score", "--gold", &gold, "--pred", &gold, "--min-f1", "0.5", "--bootstrap", "0"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

// ---- issue 18: hostile files and output safety ----

const DOC: &str = "{\"id\":\"a\",\"text\":\"Assad met Putin in Aleppo on Monday.\"}\n";

#[cfg(unix)]
#[test]
fn planted_symlink_at_the_old_temp_name_is_not_followed() {
    let s = Scratch::new();
    let input = s.write("in.jsonl", DOC);
    let victim = s.write("victim.txt", "keep me");
    // The old temporary name was `.NAME.tmp-PID`: plant links at every PID near ours.
    let pid = std::process::id();
    for p in pid..pid + 200 {
        let _ = std::os::unix::fs::symlink(&victim, s.path(&format!(".out.jsonl.tmp-{p}")));
    }
    succeeds(&run(&["annotate", &input, "-o", &s.arg("out.jsonl"), FAST[0], FAST[1]], ""));
    assert_eq!(std::fs::read_to_string(s.path("victim.txt")).expect("victim"), "keep me");
    assert!(std::fs::read_to_string(s.path("out.jsonl")).expect("out").contains("\"id\":\"a\""));
    let leftovers = s.listing("").into_iter().filter(|n| n.starts_with(".out.jsonl.") && !n.contains(".tmp-")).count();
    assert_eq!(leftovers, 0, "a temporary file was left behind");
}

#[cfg(unix)]
#[test]
fn output_keeps_the_permissions_of_a_0600_target() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new();
    let input = s.write("in.jsonl", DOC);
    let out = s.write("out.jsonl", "");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    succeeds(&run(&["annotate", &input, "-o", &out, FAST[0], FAST[1]], ""));
    let mode = std::fs::metadata(&out).expect("out").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(std::fs::read_to_string(&out).expect("out").contains("\"id\":\"a\""));
}

#[test]
fn unwritable_output_error_names_the_output_not_the_temp_file() {
    let s = Scratch::new();
    let input = s.write("in.jsonl", DOC);
    let out = s.arg("missing/out.jsonl");
    let err = fails_with(&run(&["annotate", &input, "-o", &out, FAST[0], FAST[1]], ""), &[&out]);
    assert!(!err.contains(".out.jsonl.") && !err.contains("at path"), "{err}");
    assert_eq!(err.matches("os error").count(), 1, "doubled os error: {err}");
}

#[cfg(unix)]
#[test]
fn sigterm_removes_the_temporary_output() {
    let s = Scratch::new();
    let input = s.write("in.jsonl", DOC.repeat(50_000));
    let mut child = Command::new(env!("CARGO_BIN_EXE_tageval"))
        .args(["annotate", &input, "-o", &s.arg("out.jsonl"), "--layers", "casualties"])
        .stderr(Stdio::null())
        .spawn()
        .expect("tageval starts");
    // Wait for the temporary file to appear, then terminate.
    let start = Instant::now();
    while !s.listing("").iter().any(|n| n.starts_with(".out.jsonl.")) && start.elapsed() < HANG {
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let status = child.wait().expect("wait");
    let names = s.listing("");
    if status.success() {
        eprintln!("the run finished before SIGTERM; only checking that no temporary file remains");
    } else {
        assert_eq!(status.code(), Some(130), "{status:?}");
        assert!(!names.contains(&"out.jsonl".to_string()), "{names:?}");
    }
    assert!(!names.iter().any(|n| n.starts_with(".out.jsonl.")), "temporary file left: {names:?}");
}

#[test]
fn manifest_path_outside_the_folder_is_refused() {
    let s = Scratch::new();
    s.write("corpus/a.txt", "Assad met Putin.");
    s.write("secret.txt", "secret");
    for (bad, line) in [("../secret.txt", 3), ("/etc/passwd", 3)] {
        let manifest = s.write("corpus/manifest.csv", format!("id,file\na,a.txt\nb,{bad}\n"));
        let out = run(&["annotate", &s.arg("corpus"), "--from", "txt", FAST[0], FAST[1]], "");
        fails_with(&out, &[&format!("{manifest}:{line}"), "inside the folder"]);
        assert!(!String::from_utf8_lossy(&out.stdout).contains("secret"));
    }
}

#[test]
fn csv_formula_cells_are_neutralised_unless_csv_raw() {
    let s = Scratch::new();
    let gold = s.write("gold.jsonl", "{\"id\":\"=cmd\",\"text\":\"Assad met Putin.\",\"layers\":[\"entities\"],\"spans\":[{\"start\":0,\"end\":5,\"label\":\"@SUM\"}]}\n");
    let pred = s.write("pred.jsonl", "{\"id\":\"=cmd\",\"text\":\"Assad met Putin.\",\"layers\":[\"entities\"],\"spans\":[{\"start\":10,\"end\":15,\"label\":\"-1+2\"}]}\n");
    let errors = s.arg("errors.csv");
    let out = run(&["score", "--gold", &gold, "--pred", &pred, "--errors", &errors, "--format", "csv", "--bootstrap", "0"], "");
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    let csv = std::fs::read_to_string(&errors).expect("errors.csv");
    assert!(csv.contains("'=cmd") && csv.contains("'@SUM") && csv.contains("'-1+2"), "{csv}");
    assert!(!csv.contains(",=cmd") && !csv.contains("\n=cmd"), "{csv}");
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(report.contains("'@SUM") && !report.contains(",@SUM"), "{report}");
    let raw =
        run(&["score", "--gold", &gold, "--pred", &pred, "--errors", &errors, "--csv-raw", "--format", "csv", "--bootstrap", "0"], "");
    assert!(matches!(raw.status.code(), Some(0 | 1)), "{}", stderr(&raw));
    assert!(std::fs::read_to_string(&errors).expect("errors.csv").contains("\n=cmd,"));
}

#[test]
fn brat_output_is_not_left_half_written() {
    let s = Scratch::new();
    // The second document's id cannot be a file name: nothing must be written.
    let input = s.write("in.jsonl", format!("{DOC}{{\"id\":\"..\",\"text\":\"x\"}}\n"));
    let out = s.arg("brat");
    fails_with(&run(&["annotate", &input, "--to", "brat", "-o", &out, FAST[0], FAST[1]], ""), &[]);
    assert!(!s.path("brat").exists());
    assert!(s.listing("").iter().all(|n| !n.starts_with(".brat.")), "{:?}", s.listing(""));
    let good = s.write("good.jsonl", DOC);
    succeeds(&run(&["annotate", &good, "--to", "brat", "-o", &out, FAST[0], FAST[1]], ""));
    assert!(s.listing("brat").contains(&"a.ann".to_string()));
    assert!(s.listing("").iter().all(|n| !n.starts_with(".brat.")), "{:?}", s.listing(""));
}

#[test]
fn impossible_dct_day_or_time_is_refused() {
    let s = Scratch::new();
    for dct in ["2015-02-30", "2015-06-02T25:99"] {
        let input = s.write("in.jsonl", format!("{{\"id\":\"a\",\"text\":\"Monday.\",\"dct\":\"{dct}\"}}\n"));
        fails_with(&run(&["annotate", &input, FAST[0], FAST[1]], ""), &[dct]);
    }
}

#[test]
fn csv_header_named_spans_or_repeated_is_refused() {
    let s = Scratch::new();
    for (header, needle) in [("id,text,spans", "spans"), ("id,text,layers", "layers"), ("id,text,x,x", "twice")] {
        let cells = header.split(',').map(|_| "a").collect::<Vec<_>>().join(",");
        let input = s.write("in.csv", format!("{header}\n{cells}\n"));
        fails_with(&run(&["annotate", &input, FAST[0], FAST[1]], ""), &[&format!("{input}:1"), needle]);
    }
}

#[cfg(target_os = "linux")]
#[test]
fn closed_stdin_is_an_error() {
    let bin = env!("CARGO_BIN_EXE_tageval");
    let out = Command::new("sh").arg("-c").arg(format!("'{bin}' annotate - --layers casualties <&-")).output().expect("sh");
    fails_with(&out, &["standard input is closed"]);
}

/// Regression: stdout on a read-write `/dev/null` (Python's `subprocess.DEVNULL`, as
/// the Spark job passes it) was taken for a closed stdout and the run refused.
#[cfg(target_os = "linux")]
#[test]
fn stdout_on_a_read_write_dev_null_is_not_closed() {
    let bin = env!("CARGO_BIN_EXE_tageval");
    let s = Scratch::new();
    let input = s.write("in.jsonl", DOC);
    let out =
        Command::new("sh").arg("-c").arg(format!("'{bin}' annotate '{input}' --layers casualties 1<>/dev/null")).output().expect("sh");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn huge_thread_count_is_capped_with_a_warning() {
    let s = Scratch::new();
    let input = s.write("in.jsonl", DOC);
    let out = run(&["annotate", &input, "-j", "100000", FAST[0], FAST[1]], "");
    let err = succeeds(&out);
    assert!(err.contains("--threads 100000 is more than"), "{err}");
    assert_eq!(ids(&out), ["a"]);
}

#[test]
fn min_f1_nan_or_above_one_is_refused() {
    for bad in ["NaN", "1.5", "-0.1"] {
        let out = run(&["score", "--gold", "x.jsonl", "--pred", "y.jsonl", &format!("--min-f1={bad}")], "");
        fails_with(&out, &["--min-f1"]);
    }
}

#[cfg(target_os = "linux")]
#[test]
fn help_to_a_full_disk_fails() {
    let full = std::fs::File::options().write(true).open("/dev/full");
    let Ok(full) = full else {
        eprintln!("no /dev/full here; skipping");
        return;
    };
    let status = Command::new(env!("CARGO_BIN_EXE_tageval")).arg("--help").stdout(full).status().expect("tageval");
    assert_ne!(status.code(), Some(0));
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_reported_as_a_loop() {
    let s = Scratch::new();
    std::os::unix::fs::symlink(s.path("loop"), s.path("loop")).expect("symlink");
    let err = fails_with(&run(&["annotate", &s.arg("loop")], ""), &["symbolic links"]);
    assert!(!err.contains("does not exist"), "{err}");
}

#[test]
fn conll_files_of_one_corpus_in_two_schemes_pair_by_position_not_file_name() {
    let dir = Scratch::new();
    let iob1 =
        "-DOCSTART- -X- -X- O\n\nEU I-ORG\nrejects O\nGerman I-MISC\ncall O\n\n-DOCSTART- -X- -X- O\n\nPeter I-PER\nBlackburn I-PER\n\n";
    let bioes =
        "-DOCSTART- -X- -X- O\n\nEU S-ORG\nrejects O\nGerman S-MISC\ncall O\n\n-DOCSTART- -X- -X- O\n\nPeter B-PER\nBlackburn E-PER\n\n";
    let gold = dir.write("a.iob1.conll", iob1);
    let pred = dir.write("a.bioes.conll", bioes);
    let args = ["score", "--gold", &gold, "--pred", &pred, "--min-f1", "0.999", "--bootstrap", "0"];
    let out = run(&args, "");
    assert_eq!(out.status.code(), Some(0), "same chunks score 1.0: {}", stderr(&out));
    assert!(!stderr(&out).contains("no prediction"), "{}", stderr(&out));
    // The ids are doc-1, doc-2 whatever the file is called.
    let converted = run(&["convert", &pred, "--to", "jsonl"], "");
    assert_eq!(ids(&converted), ["doc-1", "doc-2"]);
    // --conll-file-ids: each file's own ids, which then do not pair.
    let named = run(&["convert", &pred, "--to", "jsonl", "--conll-file-ids"], "");
    assert_eq!(ids(&named), ["a.bioes-1", "a.bioes-2"]);
    let out = run(&[&args[..], &["--conll-file-ids"]].concat(), "");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("no prediction"), "{}", stderr(&out));
}
