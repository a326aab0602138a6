//! Long inputs (issue #18): documents of megabytes, far beyond the few kilobytes the
//! fuzz tests reach, through the library and the command line.
//!
//! - a property test: seeded random texts of 1–2 MB (article paragraphs, random
//!   words and figures, non-ASCII, a line of 300 KB with no break, punctuation runs),
//!   tagged whole by every layer: spans inside the text, on character boundaries,
//!   sorted, no two of one layer overlapping, and each run within a time linear in
//!   the length; the same text cut by `annotator::parts` into parts of the documented
//!   sizes;
//! - the command line on one document over `LONG_BYTES` (4 MB): the line written a
//!   part at a time reads back (offsets and span texts checked by the reader) and is
//!   rewritten byte for byte by `tageval convert`, and its casualty totals are those
//!   of its spans.
//!
//! Debug builds tag at a few hundred KB/s, so the command-line case runs the quick
//! layers and the property test three texts; both take seconds in release.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use annotator::{Pipeline, PipelineConfig};
use reader::{Document, Layer};

/// A small deterministic generator (xorshift64*), so every run tests the same texts.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The bundled articles' paragraphs.
fn paragraphs() -> Vec<String> {
    let dir = workspace_root().join("corpora/aleppo-2015");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("bundled corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("article");
        out.extend(text.split("\n\n").filter(|p| !p.trim().is_empty()).map(str::to_string));
    }
    assert!(out.len() > 20, "the bundled corpus has paragraphs");
    out
}

const WORDS: [&str; 24] = [
    "Aleppo", "killed", "12", "wounded", "Monday", "the", "ISIS", "Syrian", "army", "said", "on", "June 1, 2015", "—", "é", "Ωmega", "😀",
    "three", "dozens", "at least", "civilians", "U.S.", "'s", "(", "\"",
];

/// About `len` bytes of text mixing real paragraphs with noise.
fn long_text(rng: &mut Rng, paragraphs: &[String], len: usize) -> String {
    let mut text = String::with_capacity(len + 4096);
    while text.len() < len {
        match rng.below(10) {
            0..=5 => text.push_str(&paragraphs[rng.below(paragraphs.len())]),
            6 | 7 => {
                for _ in 0..rng.below(400) + 1 {
                    text.push_str(WORDS[rng.below(WORDS.len())]);
                    text.push(if rng.below(12) == 0 { '.' } else { ' ' });
                    text.push(' ');
                }
            }
            8 => {
                // A run of punctuation or capitals with no sentence end.
                let piece = ["...", "!!!", "ABC DEF ", "—", "12,000 "][rng.below(5)];
                for _ in 0..rng.below(2000) + 1 {
                    text.push_str(piece);
                }
            }
            _ => {
                // Once per text at most: a line of some 300 KB with no line break.
                if !text.contains("LONGLINE") {
                    text.push_str("LONGLINE ");
                    while !text.len().is_multiple_of(300_000) && text.len() < len {
                        text.push_str(WORDS[rng.below(WORDS.len())]);
                        text.push(' ');
                    }
                }
            }
        }
        text.push_str(["\n\n", "\n", " "][rng.below(3)]);
    }
    text
}

#[test]
fn long_random_texts_tag_with_every_invariant_in_linear_time() {
    let paragraphs = paragraphs();
    let pipeline = Pipeline::build(&PipelineConfig::with_layers(&Layer::ALL)).expect("pipeline");
    // Tagging speed on a short text, the yardstick for the long ones.
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let short = long_text(&mut rng, &paragraphs, 50_000);
    let start = Instant::now();
    let _ = pipeline.annotate(&Document::new("short", short.as_str()).with_dct("2015-06-02"));
    let per_byte = start.elapsed().as_secs_f64() / short.len() as f64;
    // Debug builds tag some 50 times slower: one text there, three in release.
    let texts: &[(u64, usize)] = if cfg!(debug_assertions) { &[(1, 1_000_000)] } else { &[(1, 1_000_000), (2, 1_500_000), (3, 2_000_000)] };
    for &(seed, len) in texts {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let text = long_text(&mut rng, &paragraphs, len);
        let doc = Document::new(format!("long{seed}"), text.as_str()).with_dct("2015-06-02");
        let start = Instant::now();
        let spans = pipeline.annotate(&doc);
        let secs = start.elapsed().as_secs_f64();
        eprintln!("seed {seed}: {} bytes tagged in {secs:.1}s", text.len());
        // Linear: at most a few times the short text's rate (a quadratic tagger
        // takes hundreds of times longer at these sizes).
        let linear = per_byte * text.len() as f64;
        assert!(secs < 8.0 * linear + 2.0, "{} bytes took {secs:.1}s, {linear:.1}s at the short text's rate", text.len());
        assert!(!spans.is_empty(), "seed {seed}: no spans in {} bytes", text.len());
        let mut last_end = std::collections::HashMap::new();
        for pair in spans.windows(2) {
            assert!(pair[0] <= pair[1], "seed {seed}: spans out of order");
        }
        for span in &spans {
            assert!(span.start < span.end && span.end <= text.len(), "seed {seed}: {span:?} outside the text");
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "seed {seed}: {span:?} splits a character");
            let layer = span.layer().expect("a label of a known layer");
            let end = last_end.entry(layer).or_insert(0);
            assert!(span.start >= *end, "seed {seed}: {span:?} overlaps the previous {layer:?} span");
            *end = span.end;
        }
        // The same text in parts: contiguous, on character boundaries, of the sizes
        // `parts` promises; the spans of each part lie inside it.
        let max = 256 << 10;
        let parts = annotator::parts(&text, max);
        assert_eq!(parts.first().map(|r| r.start), Some(0));
        assert_eq!(parts.last().map(|r| r.end), Some(text.len()));
        for (i, range) in parts.iter().enumerate() {
            assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            assert!(range.len() <= max, "part {i} has {} bytes", range.len());
            if i + 1 < parts.len() {
                assert!(range.len() >= max / 2 - 4, "part {i} has only {} bytes", range.len());
                assert_eq!(range.end, parts[i + 1].start, "parts are contiguous");
            }
        }
        let part = parts[parts.len() / 2].clone();
        for span in pipeline.annotate_part(&doc, part.clone()) {
            assert!(part.start <= span.start && span.end <= part.end, "seed {seed}: {span:?} outside its part {part:?}");
            assert_eq!(span.text(&text), span.text(&text).trim(), "seed {seed}: {span:?} has edge blanks");
        }
    }
}

#[test]
fn parts_cut_at_paragraphs_then_lines_then_sentences() {
    let text = format!("{}\n\n{}", "a".repeat(600), "b".repeat(600));
    assert_eq!(annotator::parts(&text, 1000), [0..602, 602..text.len()]);
    let text = format!("{}\n{}", "a".repeat(600), "b".repeat(600));
    assert_eq!(annotator::parts(&text, 1000), [0..601, 601..text.len()]);
    let text = format!("{}. {}", "a".repeat(600), "b".repeat(600));
    assert_eq!(annotator::parts(&text, 1000), [0..602, 602..text.len()]);
    // No break at all: cut at a character boundary, never inside a character.
    let text = "é".repeat(1000);
    let parts = annotator::parts(&text, 1001);
    assert!(parts.iter().all(|r| text.is_char_boundary(r.start) && r.len() <= 1001));
    assert_eq!(parts.iter().map(|r| r.len()).sum::<usize>(), text.len());
    assert_eq!(annotator::parts("", 1000), vec![0..0]);
}

#[test]
fn one_document_over_four_megabytes_is_written_a_part_at_a_time() {
    let paragraphs = paragraphs();
    let mut rng = Rng(7);
    let text = long_text(&mut rng, &paragraphs, 4_500_000);
    assert!(text.len() > 4 << 20, "the document takes the long path");
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in.jsonl");
    let line = serde_json::json!({"id": "big", "text": text, "dct": "2015-06-02", "source": "test"});
    std::fs::write(&input, format!("{{\"id\":\"small\",\"text\":\"12 people were killed in Aleppo.\"}}\n{line}\n")).expect("write");
    let out = dir.path().join("out.jsonl");
    let tageval = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_tageval")).args(args).output().expect("tageval runs");
        assert!(output.status.success(), "tageval {args:?}: {}", String::from_utf8_lossy(&output.stderr));
        output
    };
    let (input_arg, out_arg) = (input.to_str().expect("utf-8"), out.to_str().expect("utf-8"));
    let start = Instant::now();
    tageval(&["annotate", input_arg, "-o", out_arg, "--layers", "dates,casualties", "-q"]);
    eprintln!("4.5 MB document annotated in {:.1}s", start.elapsed().as_secs_f64());
    let written = std::fs::read(&out).expect("output");
    // The reader checks every span's offsets against its text; writing what it read
    // gives the same bytes: the line written in parts is the line written whole.
    let again = tageval(&["convert", out_arg, "--to", "jsonl"]);
    assert!(written == again.stdout, "the long line is not what the JSONL writer writes for its spans");
    let lines: Vec<serde_json::Value> =
        std::str::from_utf8(&written).expect("utf-8").lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(lines.len(), 2);
    let big = &lines[1];
    assert_eq!(big["id"], "big");
    assert_eq!(big["source"], "test", "pass-through fields kept");
    assert_eq!(big["text"].as_str().map(str::len), Some(text.len()));
    let spans = big["spans"].as_array().expect("spans");
    assert!(spans.len() > 1000, "{} spans", spans.len());
    let starts: Vec<u64> = spans.iter().map(|s| s["start"].as_u64().expect("start")).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "spans in text order");
    // The totals are those of the spans (recomputed through the library).
    let doc = reader::Format::Jsonl
        .read(&out, &reader::ReadOptions::default())
        .expect("output opens")
        .nth(1)
        .expect("second document")
        .expect("second document reads back")
        .doc;
    let totals = annotator::casualties::totals(&doc.doc.text, &doc.spans);
    assert!(!totals.is_empty());
    assert_eq!(big["casualty_totals"], totals.to_json());
}

#[test]
fn a_sentence_of_a_quarter_megabyte_of_figures_totals_in_linear_time() {
    // No sentence end in 260 KB of cues and figures: the casualty totals once read
    // the whole sentence for every figure (18 s at 260 KB, quadratic).
    let words = ["killed", "12", "wounded", "at least", "three", "civilians", "dozens", "Aleppo", "said", "the"];
    let mut rng = Rng(11);
    let sentence = |n: usize, rng: &mut Rng| (0..n).map(|_| words[rng.below(words.len())]).collect::<Vec<_>>().join(" ");
    let pipeline = Pipeline::build(&PipelineConfig::with_layers(&[Layer::Casualties])).expect("pipeline");
    let time = |text: &str| {
        let start = Instant::now();
        let spans = pipeline.annotate(&Document::new("s", text));
        let totals = annotator::casualties::totals(text, &spans);
        assert!(!totals.is_empty(), "figures are counted");
        start.elapsed().as_secs_f64()
    };
    let short = sentence(4_000, &mut rng);
    let long = sentence(40_000, &mut rng);
    let (t_short, t_long) = (time(&short), time(&long));
    eprintln!("{} bytes: {t_short:.2}s; {} bytes: {t_long:.2}s", short.len(), long.len());
    // Ten times the text: about ten times the time when linear, a hundred when quadratic.
    assert!(t_long < 35.0 * t_short + 0.5, "{t_long:.2}s for ten times the text of {t_short:.2}s");
}

/// Runs `tageval args` under `script` (a terminal for stderr, `cols` wide); returns
/// what the terminal showed, or `None` when `script` is not installed.
fn on_terminal(args: &str, cols: u16) -> Option<String> {
    let probe = Command::new("script").arg("--version").output().ok()?;
    if !probe.status.success() {
        return None;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let log = dir.path().join("typescript");
    let command = format!("stty rows 24 cols {cols} </dev/tty 2>/dev/null; {} {args}", env!("CARGO_BIN_EXE_tageval"));
    let status = Command::new("script").args(["-qfc", &command]).arg(&log).output().expect("script runs").status;
    assert!(status.success(), "tageval {args} under script: {status:?}");
    Some(String::from_utf8_lossy(&std::fs::read(&log).expect("typescript")).into_owned())
}

/// `line` without terminal control sequences (`ESC [ … letter`).
fn strip_escapes(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn progress_shows_percent_and_rates_on_a_terminal_only_and_not_with_q() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in.jsonl");
    let mut lines = String::new();
    for (i, p) in paragraphs().iter().cycle().take(3000).enumerate() {
        lines.push_str(&serde_json::json!({"id": format!("d{i}"), "text": p}).to_string());
        lines.push('\n');
    }
    std::fs::write(&input, lines).expect("write");
    let (out1, out2) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
    let arg = |p: &Path| p.to_str().expect("utf-8").to_string();
    let fast = "--layers dates,casualties";
    let Some(shown) = on_terminal(&format!("annotate {} -o {} {fast}", arg(&input), arg(&out1)), 100) else {
        eprintln!("skipped: `script` is not installed, no terminal to draw on");
        return;
    };
    assert!(shown.contains("100%"), "a percentage: {shown}");
    assert!(shown.contains("docs/s") && shown.contains("MB/s"), "rates: {shown}");
    assert!(shown.contains("ETA"), "an ETA: {shown}");
    assert!(shown.contains("\u{1b}[2K") || shown.contains('\r'), "redrawn in place: {shown}");
    // Width-aware: in a 40-column terminal no drawn line is wider, none wraps.
    let narrow = on_terminal(&format!("annotate {} -o {} {fast}", arg(&input), arg(&out2)), 40).expect("script");
    assert!(narrow.contains("100%"), "{narrow}");
    for line in narrow.split(['\r', '\n']).filter(|l| l.contains("ETA")) {
        let visible = strip_escapes(line);
        assert!(visible.trim_end().chars().count() <= 40, "{} columns: {visible:?}", visible.chars().count());
    }
    assert!(!narrow.contains("\u{1b}[1A"), "never wrapped onto a second line (no cursor-up): {narrow:?}");
    let quiet = on_terminal(&format!("annotate {} -o {} {fast} -q", arg(&input), arg(&out2)), 100).expect("script");
    assert!(!quiet.contains('%') && !quiet.contains("docs/s"), "-q silences it: {quiet}");
    assert_eq!(std::fs::read(&out1).expect("a"), std::fs::read(&out2).expect("b"), "the output does not depend on the bar");
    // stderr not a terminal: nothing.
    let piped = Command::new(env!("CARGO_BIN_EXE_tageval"))
        .args(["annotate", &arg(&input), "--layers", "dates,casualties"])
        .output()
        .expect("runs");
    assert!(piped.status.success());
    assert!(piped.stderr.is_empty(), "no progress on a pipe: {}", String::from_utf8_lossy(&piped.stderr));
    assert_eq!(piped.stdout, std::fs::read(&out1).expect("a"));
}

/// A corpus of `n` short documents (the bundled paragraphs, each with its own id).
fn corpus_file(dir: &Path, name: &str, n: usize, id_prefix: &str) -> PathBuf {
    let mut lines = String::new();
    for (i, p) in paragraphs().iter().cycle().take(n).enumerate() {
        lines.push_str(&serde_json::json!({"id": format!("{id_prefix}{i}"), "text": p, "dct": "2015-06-02"}).to_string());
        lines.push('\n');
    }
    let path = dir.join(name);
    std::fs::write(&path, lines).expect("write");
    path
}

#[test]
fn resume_after_kills_at_random_points_gives_the_uninterrupted_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = corpus_file(dir.path(), "in.jsonl", 7000, "d");
    let (full, out) = (dir.path().join("full.jsonl"), dir.path().join("out.jsonl"));
    let partial = dir.path().join("out.jsonl.partial");
    let arg = |p: &Path| p.to_str().expect("utf-8").to_string();
    let layers = ["--layers", "dates,casualties", "-q"];
    let start = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_tageval"))
        .args(["annotate", &arg(&input), "-o", &arg(&full)])
        .args(layers)
        .status()
        .expect("runs");
    assert!(status.success());
    let expected = std::fs::read(&full).expect("full output");
    let run_ms = start.elapsed().as_millis().max(50) as u64;
    let mut rng = Rng(0xDEAD_BEEF);
    let mut resumed_from_partial = 0;
    for round in 0..5 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tageval"))
            .args(["annotate", &arg(&input), "-o", &arg(&out), "--resume"])
            .args(layers)
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawns");
        let delay = run_ms / 10 + rng.next() % run_ms;
        std::thread::sleep(std::time::Duration::from_millis(delay));
        if round % 2 == 0 {
            let _ = child.kill(); // SIGKILL: no handler runs
        } else {
            let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
        }
        let _ = child.wait();
        if let Ok(bytes) = std::fs::read(&partial) {
            assert!(expected.starts_with(&bytes), "round {round}: the partial file is not a prefix of the output");
            if bytes.contains(&b'\n') {
                resumed_from_partial += 1;
            }
        }
        assert!(!out.exists() || std::fs::read(&out).expect("out") == expected, "round {round}: a final file that is not whole");
        let _ = std::fs::remove_file(&out);
    }
    assert!(resumed_from_partial > 0, "no kill left complete lines to resume from (runs of {run_ms} ms)");
    let done = Command::new(env!("CARGO_BIN_EXE_tageval"))
        .args(["annotate", &arg(&input), "-o", &arg(&out), "--resume"])
        .args(layers)
        .output()
        .expect("runs");
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    assert!(std::fs::read(&out).expect("out") == expected, "the resumed file differs from an uninterrupted run");
    assert!(!partial.exists(), "the partial file is renamed into place");
}

#[test]
fn resume_refuses_a_partial_file_of_another_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = corpus_file(dir.path(), "in.jsonl", 20, "d");
    let out = dir.path().join("out.jsonl");
    let partial = dir.path().join("out.jsonl.partial");
    std::fs::write(&partial, "{\"id\":\"other\",\"text\":\"x\",\"spans\":[]}\n{\"id\":\"cut").expect("write");
    let arg = |p: &Path| p.to_str().expect("utf-8").to_string();
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_tageval"))
            .args(["annotate", &arg(&input), "-o", &arg(&out), "--resume", "--layers", "dates", "-q"])
            .args(extra)
            .output()
            .expect("runs")
    };
    let refused = run(&[]);
    let err = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(2), "{err}");
    assert!(err.contains("out.jsonl.partial:1") && err.contains("\"other\""), "{err}");
    assert!(!out.exists());
    // Not JSONL, or no file: refused before anything is read.
    let conll = run(&["--to", "conll"]);
    assert_eq!(conll.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&conll.stderr).contains("--resume writes JSONL only"));
    // A planted link at the partial name is not followed.
    #[cfg(unix)]
    {
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "keep me").expect("write");
        std::fs::remove_file(&partial).expect("rm");
        std::os::unix::fs::symlink(&victim, &partial).expect("symlink");
        let linked = run(&[]);
        assert_eq!(linked.status.code(), Some(2), "{}", String::from_utf8_lossy(&linked.stderr));
        assert_eq!(std::fs::read_to_string(&victim).expect("victim"), "keep me");
    }
}
