//! End-to-end tests of `tageval report`: the page is written, deterministic, safe
//! against markup in the corpus, small for a large corpus, and — in headless
//! Chromium, when it is installed — draws its marks.
//!
//! Set `TAGEVAL_REPORT_SCREENSHOT=path.png` to keep the screenshot of the bundled
//! corpus's page (docs/report-screenshot.png is made that way).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn tageval(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_tageval")).args(args).output().expect("tageval runs");
    assert!(out.status.success(), "tageval {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    out
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// `tageval report -o <dir>/<name>` with `args`; returns the page.
fn report(dir: &Path, name: &str, args: &[&str]) -> (PathBuf, String) {
    let page = dir.join(name);
    let mut all = vec!["report", "-o", path_str(&page)];
    all.extend_from_slice(args);
    tageval(&all);
    let html = std::fs::read_to_string(&page).expect("the page was written");
    (page, html)
}

/// The Chromium binary on PATH, or `None` with a visible message.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|p| p.is_file());
    if found.is_none() {
        eprintln!("skipping: chromium not found");
    }
    found
}

/// Runs headless Chromium on `url` with `extra` flags, killing it after a minute.
fn headless(chrome: &Path, profile: &Path, url: &str, extra: &[String]) -> Output {
    let mut child = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut { stdout }, &mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("chromium waits") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("chromium took over a minute on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Output { status, stdout: reader.join().expect("reader"), stderr: Vec::new() }
}

/// The DOM after the page's script ran, at `#doc=<id>` when `doc` is given.
fn dump_dom(chrome: &Path, dir: &Path, page: &Path, doc: Option<&str>) -> String {
    let mut url = format!("file://{}", page.display());
    if let Some(id) = doc {
        url.push_str("#doc=");
        url.push_str(&percent_encode(id));
    }
    let out = headless(chrome, &dir.join("profile"), &url, &["--dump-dom".to_string()]);
    let dom = String::from_utf8(out.stdout).expect("the DOM is UTF-8");
    assert!(dom.contains("</html>"), "chromium dumped no page for {url}");
    dom
}

/// encodeURIComponent, as the page decodes it.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Elements in serialised HTML: start tags. The data block holds no `<` (the
/// page escapes it), so counting is safe.
fn element_count(html: &str) -> usize {
    html.as_bytes().windows(2).filter(|w| w[0] == b'<' && w[1].is_ascii_alphabetic()).count()
}

#[test]
fn report_on_bundled_corpus_draws_every_mark_in_chromium() {
    let dir = temp_dir();
    let (page, html) = report(dir.path(), "r.html", &[]);
    // Self-contained: nothing to fetch, everything inline.
    for needle in
        ["<table class=\"schemas\"", "<table class=\"labels\"", "<table class=\"heat\"", "<svg class=\"chart\"", "id=\"tageval-data\""]
    {
        assert!(html.contains(needle), "the page lacks {needle}");
    }
    for remote in ["src=\"http", "href=\"http", "@import", "url(http", "<link"] {
        assert!(!html.contains(remote), "the page would load {remote}");
    }
    let Some(chrome) = chromium() else { return };
    let dom = dump_dom(&chrome, dir.path(), &page, None);
    for needle in [
        "class=\"seg",
        "err-fp",
        "err-fn",
        "err-boundary",
        "err-label",
        "badge k-false_positive",
        "badge k-false_negative",
        "class=\"doc-text\"",
        "<table class=\"errors\"",
        "<table class=\"schemas\"",
        "<table class=\"heat\"",
        "000_b402592623945c02",
    ] {
        assert!(dom.contains(needle), "the drawn page lacks {needle}");
    }
    // A document opened by its hash is drawn instead of the first.
    let dom = dump_dom(&chrome, dir.path(), &page, Some("003_159919d15aac0e2a"));
    assert!(dom.contains("<h3>003_159919d15aac0e2a</h3>"), "#doc= opens that document");

    let shot = dir.path().join("shot.png");
    headless(
        &chrome,
        &dir.path().join("profile"),
        &format!("file://{}", page.display()),
        &[format!("--screenshot={}", shot.display()), "--window-size=1400,1600".to_string(), "--hide-scrollbars".to_string()],
    );
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 50_000, "a screenshot with something on it ({} bytes)", png.len());
    if let Some(keep) = std::env::var_os("TAGEVAL_REPORT_SCREENSHOT") {
        std::fs::copy(&shot, keep).expect("screenshot kept");
    }
}

#[test]
fn report_is_the_same_bytes_every_time() {
    let dir = temp_dir();
    let (_, first) = report(dir.path(), "a.html", &["--bootstrap", "200"]);
    let (_, second) = report(dir.path(), "b.html", &["--bootstrap", "200"]);
    assert!(first == second, "two runs gave different pages");
}

#[test]
fn report_escapes_markup_from_the_corpus_and_counts_code_points() {
    let dir = temp_dir();
    let id = "x\"><img src=x onerror=alert(2)>";
    let text = "<script>alert(1)</script> Assad met Kerry in <b>Geneva</b> on Monday.";
    // Spans in code points: Assad 26..31, Kerry 36..41, Geneva 48..54.
    let doc = |spans: Value| serde_json::json!({"id": id, "text": text, "spans": spans}).to_string() + "\n";
    // Offsets are code points: "😀" is one, though two UTF-16 units and four bytes.
    let emoji = |label: &str| {
        let spans = serde_json::json!([{"start": 3, "end": 7, "label": label}]);
        serde_json::json!({"id": "emoji", "text": "😀😀 Köln is in Germany.", "spans": spans}).to_string() + "\n"
    };
    let gold = emoji("LOC")
        + &doc(serde_json::json!([
            {"start": 26, "end": 31, "label": "PER"},
            {"start": 36, "end": 41, "label": "PER"},
            {"start": 48, "end": 54, "label": "LOC"},
        ]));
    let pred = emoji("ORG")
        + &doc(serde_json::json!([
            {"start": 0, "end": 8, "label": "<i>ORG</i>"},
            {"start": 26, "end": 31, "label": "PER"},
            {"start": 45, "end": 54, "label": "LOC"},
        ]));
    let (gold_path, pred_path) = (dir.path().join("gold.jsonl"), dir.path().join("pred.jsonl"));
    std::fs::write(&gold_path, gold).expect("gold written");
    std::fs::write(&pred_path, pred).expect("pred written");
    let (page, html) = report(dir.path(), "x.html", &["--gold", path_str(&gold_path), "--pred", path_str(&pred_path)]);
    for bad in ["<script>alert", "<img", "<b>Geneva", "<i>ORG"] {
        assert!(!html.contains(bad), "the page carries raw markup {bad}");
    }
    let Some(chrome) = chromium() else { return };
    let dom = dump_dom(&chrome, dir.path(), &page, Some(id));
    for bad in ["<script>alert", "<img", "<b>Geneva", "<i>ORG"] {
        assert!(!dom.contains(bad), "the drawn page carries raw markup {bad}");
    }
    // The predicted span 0..8 cuts `<script>` from the rest of the text.
    assert!(dom.contains("&lt;script&gt;</span>") && dom.contains("alert(1)&lt;/script&gt; "), "the text is drawn as text");
    assert!(dom.contains("&lt;i&gt;ORG&lt;/i&gt;"), "the label is drawn as text");
    assert!(dom.contains("err-fp") && dom.contains("err-fn") && dom.contains("err-boundary"));
    let dom = dump_dom(&chrome, dir.path(), &page, Some("emoji"));
    assert!(dom.contains("err-label") && dom.contains(">Köln</span>"), "marks fall on code points");
}

/// The bundled gold and the tagger's predictions, each document repeated with
/// distinct ids until there are `n`.
fn large_corpus(dir: &Path, n: usize) -> (PathBuf, PathBuf) {
    let gold = tageval(&[
        "convert",
        path_str(&repo().join("gold/aleppo-2015")),
        "--text-dir",
        path_str(&repo().join("corpora/aleppo-2015")),
        "--to",
        "jsonl",
    ]);
    let pred = tageval(&["annotate", path_str(&repo().join("corpora/aleppo-2015")), "-q"]);
    let repeat = |jsonl: &[u8], name: &str| -> PathBuf {
        let docs: Vec<Value> = String::from_utf8_lossy(jsonl).lines().map(|l| serde_json::from_str(l).expect("JSONL")).collect();
        let mut out = String::new();
        for i in 0..n {
            let mut doc = docs[i % docs.len()].clone();
            let id = format!("{}-{i:04}", doc["id"].as_str().expect("an id"));
            doc["id"] = Value::String(id);
            out.push_str(&doc.to_string());
            out.push('\n');
        }
        let path = dir.join(name);
        std::fs::write(&path, out).expect("written");
        path
    };
    (repeat(&gold.stdout, "gold.jsonl"), repeat(&pred.stdout, "pred.jsonl"))
}

#[test]
fn report_on_1000_documents_is_small_and_opens_with_a_small_dom() {
    let dir = temp_dir();
    let (gold, pred) = large_corpus(dir.path(), 1000);
    let (page, html) = report(dir.path(), "big.html", &["--gold", path_str(&gold), "--pred", path_str(&pred), "--bootstrap", "100"]);
    let text_bytes: usize = std::fs::read_to_string(&gold)
        .expect("gold")
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSONL")["text"].as_str().map_or(0, str::len))
        .sum();
    eprintln!("1000 documents: page {} bytes for {} bytes of text", html.len(), text_bytes);
    assert!(html.len() < 3 * text_bytes, "the page is more than 3× the text ({} bytes)", html.len());
    assert!(element_count(&html) < 1500, "the page is written without the documents' DOM");
    let Some(chrome) = chromium() else { return };
    let dom = dump_dom(&chrome, dir.path(), &page, None);
    let elements = element_count(&dom);
    eprintln!("1000 documents: {elements} elements once the script ran");
    assert!(elements < 5000, "the opened page holds {elements} elements");
    assert!(dom.contains("1000 of 1000 documents") && dom.contains("900 not shown"), "the list is paged");
    assert!(dom.contains("err-fp"), "the first document is drawn");
}

/// The page's data block, parsed.
fn page_data(html: &str) -> Value {
    let start = html.find("id=\"tageval-data\">").expect("a data block") + "id=\"tageval-data\">".len();
    let end = start + html[start..].find("</script>").expect("the data block ends");
    serde_json::from_str(&html[start..end]).expect("the data block is JSON")
}

#[test]
fn report_with_totals_shows_each_documents_toll_next_to_the_coded_one() {
    let dir = temp_dir();
    let notes = [
        ("right", "Gunmen shot dead three farmers near a village market on Tuesday.", 3),
        ("under", "Two traders were killed in a market blast in Ward 5, police said.", 5),
        ("calm", "Teachers marched peacefully to the district office over unpaid wages.", 0),
    ];
    let gold: String =
        notes.iter().map(|(id, text, toll)| serde_json::json!({"id": id, "text": text, "fatalities": toll}).to_string() + "\n").collect();
    let gold_path = dir.path().join("events.jsonl");
    std::fs::write(&gold_path, gold).expect("gold written");
    let pred = tageval(&["annotate", path_str(&gold_path)]);
    let pred_path = dir.path().join("pred.jsonl");
    std::fs::write(&pred_path, &pred.stdout).expect("pred written");
    let (page, html) =
        report(dir.path(), "tolls.html", &["--gold", path_str(&gold_path), "--pred", path_str(&pred_path), "--totals", "fatalities"]);
    // The summary (drawn without JavaScript) carries the table `score --totals` prints.
    assert!(html.contains("<section id=\"totals\""), "a totals panel");
    assert!(html.contains("toll stated in the text: 1/2 right (0.500)"), "the toll accuracy");
    assert!(html.contains("coded 0, no killed toll: 1/1 right (1.000)"), "the no-toll accuracy");
    let data = page_data(&html);
    let toll = |i: usize| data["docs"][i]["toll"].clone();
    assert_eq!(toll(0), serde_json::json!({"predicted": "3", "gold": 3, "right": true}));
    assert_eq!(toll(1), serde_json::json!({"predicted": "2", "gold": 5, "right": false}));
    assert_eq!(toll(2), serde_json::json!({"predicted": null, "gold": 0, "right": true}));

    // Without --totals there is neither panel nor toll.
    let (_, plain) = report(dir.path(), "plain.html", &["--gold", path_str(&gold_path), "--pred", path_str(&pred_path)]);
    assert!(!plain.contains("<section id=\"totals\""));
    assert!(page_data(&plain)["docs"][0].get("toll").is_none());

    // A gold without the field is an error, not a page of zeros.
    let out = Command::new(env!("CARGO_BIN_EXE_tageval"))
        .args(["report", "-o", path_str(&dir.path().join("bad.html")), "--gold", path_str(&gold_path)])
        .args(["--pred", path_str(&pred_path), "--totals", "deaths"])
        .output()
        .expect("tageval runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no field `deaths`"));

    let Some(chrome) = chromium() else { return };
    let dom = dump_dom(&chrome, dir.path(), &page, Some("under"));
    assert!(dom.contains("killed 2 / coded 5 (wrong)"), "the open document shows both tolls");
    assert!(dom.contains("toll wrong"), "the list marks the wrong toll");
}
