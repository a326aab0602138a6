//! One huge document against many small ones (issue #18): time per MB and peak RSS of
//! `tageval annotate` on
//!
//! - one JSONL document of `TAGEVAL_BENCH_ONE_MB` megabytes (default 100): the
//!   bundled articles joined by blank lines and repeated, one `text`;
//! - the same articles as separate documents, `TAGEVAL_BENCH_SMALL_MB` megabytes
//!   (default 25), the small-document figure.
//!
//! Each is run `TAGEVAL_BENCH_RUNS` times (default 3) under `/usr/bin/time -v` (peak
//! RSS; without it, only times), output to a null stdout; medians are printed. Targets:
//! the long document's seconds per MB within 20% of the small documents', its peak
//! RSS at most 300 MB at 100 MB.
//!
//! Run: `cargo bench -p tageval --bench long_document`; quicker:
//! `TAGEVAL_BENCH_ONE_MB=25 TAGEVAL_BENCH_RUNS=1 cargo bench -p tageval --bench long_document`.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

const MB: f64 = 1e6;

#[path = "common/peak_rss.rs"]
mod peak_rss;
use peak_rss::peak_rss;

fn main() {
    let one_mb = env_number("TAGEVAL_BENCH_ONE_MB").unwrap_or(100.0);
    let small_mb = env_number("TAGEVAL_BENCH_SMALL_MB").unwrap_or(25.0);
    let runs = env_number("TAGEVAL_BENCH_RUNS").map_or(3, |r| (r as usize).max(1));
    let articles = bundled_articles();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let binary = Path::new(env!("CARGO_BIN_EXE_tageval"));
    println!("`{} annotate FILE > /dev/null`, median of {runs} run(s)", binary.display());
    println!("{:<26} {:>8} {:>9} {:>9} {:>8} {:>12}", "input", "MB", "seconds", "s per MB", "MB/s", "peak RSS MB");
    let small = dir.path().join("small.jsonl");
    let small_bytes = write_small(&small, &articles, (small_mb * MB) as usize);
    let small_row = row("small documents", binary, &small, small_bytes, runs);
    let one = dir.path().join("one.jsonl");
    let one_bytes = write_one(&one, &articles, (one_mb * MB) as usize);
    let one_row = row("one document", binary, &one, one_bytes, runs);
    let ratio = one_row.0 / small_row.0;
    println!(
        "one document: {:.2}x the small documents' seconds per MB (target ≤ 1.20); peak RSS {} (target ≤ 300 MB at 100 MB)",
        ratio,
        one_row.1.map_or("n/a".to_string(), |mb| format!("{mb:.0} MB")),
    );
}

/// Runs and prints one row; returns (seconds per MB, peak RSS MB).
fn row(name: &str, binary: &Path, input: &Path, bytes: usize, runs: usize) -> (f64, Option<f64>) {
    let mut times = Vec::new();
    let mut peaks = Vec::new();
    for _ in 0..runs {
        let (secs, peak) = run(binary, input);
        times.push(secs);
        peaks.extend(peak);
    }
    let secs = median(&mut times);
    let peak = (!peaks.is_empty()).then(|| median(&mut peaks));
    let mb = bytes as f64 / MB;
    println!(
        "{:<26} {:>8.1} {:>9.2} {:>9.3} {:>8.2} {:>12}",
        name,
        mb,
        secs,
        secs / mb,
        mb / secs,
        peak.map_or("n/a".to_string(), |p| format!("{p:.0}"))
    );
    (secs / mb, peak)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// (seconds, peak RSS in MB).
fn run(binary: &Path, input: &Path) -> (f64, Option<f64>) {
    let (secs, kib) = peak_rss(binary, input, &[]);
    (secs, kib.map(|kb| kb as f64 * 1024.0 / MB))
}

fn env_number(name: &str) -> Option<f64> {
    std::env::var(name).ok()?.trim().parse().ok()
}

fn bundled_articles() -> Vec<String> {
    let dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpora/aleppo-2015");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the bundled corpus")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).expect("an article")).collect()
}

/// The articles as documents of their own, to `bytes` of text; returns the text bytes.
fn write_small(path: &Path, articles: &[String], bytes: usize) -> usize {
    let mut out = BufWriter::new(std::fs::File::create(path).expect("a temporary file"));
    let (mut written, mut i) = (0, 0);
    while written < bytes {
        let text = &articles[i % articles.len()];
        let line = serde_json::json!({"id": format!("d{i}"), "text": text, "dct": "2015-06-02"});
        serde_json::to_writer(&mut out, &line).expect("written");
        out.write_all(b"\n").expect("written");
        written += text.len();
        i += 1;
    }
    out.flush().expect("written");
    written
}

/// The articles joined by blank lines and repeated as one document of `bytes`.
fn write_one(path: &Path, articles: &[String], bytes: usize) -> usize {
    let joined = articles.join("\n\n") + "\n\n";
    let mut text = String::with_capacity(bytes + joined.len());
    while text.len() < bytes {
        text.push_str(&joined);
    }
    let line = serde_json::json!({"id": "one", "text": text, "dct": "2015-06-02"});
    drop(text);
    let mut out = BufWriter::new(std::fs::File::create(path).expect("a temporary file"));
    serde_json::to_writer(&mut out, &line).expect("written");
    out.write_all(b"\n").expect("written");
    out.flush().expect("written");
    line["text"].as_str().map_or(0, str::len)
}
