//! Entity-layer throughput on the bundled corpus (`corpora/aleppo-2015/*.txt`),
//! repeated to at least 5 MB: model load time, pre-tokenizer speed (the `tokenizers`
//! crate's own pre-tokenizers against ours, through the `PreTokenizer` trait and
//! directly), and the whole entity layer on one thread. Prints the median of 5 runs.
//! Then one single document of 100 MB (the corpus joined, repeated): its time per MB
//! against the small documents' and the peak resident memory (`VmHWM`) before and
//! after it (set `ENTITIES_BENCH_BIG_MB` to change the size, 0 to skip it).
//!
//! `cargo bench -p tageval-annotator --bench entities`

use std::path::Path;
use std::time::{Duration, Instant};

use annotator::entities::tokens::{tokenize, NewsPreTokenizer};
use annotator::entities::{EntityOptions, EntityTagger, Model, DEFAULT_MODEL};
use annotator::{Annotator, TextView};
use reader::Document;
use tokenizers::pre_tokenizers::bert::BertPreTokenizer;
use tokenizers::pre_tokenizers::whitespace::Whitespace;
use tokenizers::{OffsetReferential, OffsetType, PreTokenizedString, PreTokenizer};

const RUNS: usize = 5;
const MIN_BYTES: usize = 5_000_000;

fn corpus() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpora/aleppo-2015");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files.iter().map(|p| std::fs::read_to_string(p).expect("read corpus file")).collect();
    assert!(!texts.is_empty(), "no corpus files in {}", dir.display());
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < MIN_BYTES {
        for t in &texts {
            bytes += t.len();
            docs.push(Document::new(format!("d{}", docs.len()), t.clone()));
        }
    }
    docs
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// Times `run` [`RUNS`] times and prints its speed; returns the median seconds per MB.
fn report(name: &str, words: usize, bytes: usize, run: impl FnMut() -> usize) -> f64 {
    report_runs(name, words, bytes, RUNS, run)
}

fn report_runs(name: &str, words: usize, bytes: usize, runs: usize, mut run: impl FnMut() -> usize) -> f64 {
    let mut times = Vec::new();
    let mut out = 0;
    for _ in 0..runs {
        let t = Instant::now();
        out = std::hint::black_box(run());
        times.push(t.elapsed());
    }
    let t = median(times).as_secs_f64();
    println!("{name:<40} {:>12.0} words/s {:>8.1} MB/s   ({out} items, median of {runs})", words as f64 / t, bytes as f64 / t / 1e6);
    t / (bytes as f64 / 1e6)
}

fn via_trait(pre: &dyn PreTokenizer, docs: &[Document]) -> usize {
    let mut n = 0;
    for d in docs {
        let mut s = PreTokenizedString::from(d.text.as_str());
        pre.pre_tokenize(&mut s).expect("pre-tokenize");
        n += s.get_splits(OffsetReferential::Original, OffsetType::Byte).len();
    }
    n
}

fn main() {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    println!("corpus: {} documents, {:.1} MB, {words} words (whitespace-separated)", docs.len(), bytes as f64 / 1e6);

    let t = Instant::now();
    let model = Model::from_bytes(DEFAULT_MODEL).expect("bundled model");
    println!("model load (from bytes): {:.1} ms, {} bytes", t.elapsed().as_secs_f64() * 1e3, DEFAULT_MODEL.len());
    drop(model);
    let t = Instant::now();
    let tagger = EntityTagger::build(&EntityOptions::default()).expect("build tagger");
    println!("EntityTagger::build (model + bundled lexicon): {:.1} ms", t.elapsed().as_secs_f64() * 1e3);

    report("tokenizers Whitespace (trait)", words, bytes, || via_trait(&Whitespace, &docs));
    report("tokenizers BertPreTokenizer (trait)", words, bytes, || via_trait(&BertPreTokenizer, &docs));
    report("NewsPreTokenizer (trait)", words, bytes, || via_trait(&NewsPreTokenizer, &docs));
    let mut toks = Vec::new();
    report("NewsPreTokenizer rules (direct)", words, bytes, || {
        let mut n = 0;
        for d in &docs {
            toks.clear();
            tokenize(&d.text, &mut toks);
            n += toks.len();
        }
        n
    });
    let mut spans = Vec::new();
    let small = report("entity layer (EntityTagger::annotate)", words, bytes, || {
        spans.clear();
        for d in &docs {
            tagger.annotate(d, &TextView::new(&d.text), &mut spans);
        }
        spans.len()
    });
    drop(spans);

    let big_mb: usize = std::env::var("ENTITIES_BENCH_BIG_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    if big_mb == 0 {
        return;
    }
    // One document: the corpus texts joined on one line, repeated to `big_mb` MB.
    let mut line = String::new();
    for d in docs.iter().take(docs.len().min(64)) {
        line.push_str(&d.text.replace('\n', " "));
        line.push(' ');
    }
    let mut text = String::with_capacity(big_mb * 1_000_000 + line.len());
    while text.len() < big_mb * 1_000_000 {
        text.push_str(&line);
    }
    drop(docs);
    let big = Document::new("big", text);
    let big_bytes = big.text.len();
    let big_words = big.text.split_whitespace().count();
    println!("one document: {:.1} MB, {big_words} words; VmHWM before: {}", big_bytes as f64 / 1e6, vm_hwm());
    let mut spans = Vec::new();
    let name = format!("entity layer, one {big_mb} MB document");
    let one = report_runs(&name, big_words, big_bytes, 3, || {
        spans.clear();
        tagger.annotate(&big, &TextView::new(&big.text), &mut spans);
        spans.len()
    });
    println!("time per MB, one document / small documents: {:.2} (1.00 = linear); VmHWM after: {}", one / small, vm_hwm());
}

/// The process's peak resident memory, from `/proc/self/status`.
fn vm_hwm() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l["VmHWM:".len()..].trim().to_string()))
        .unwrap_or_else(|| "unknown".to_string())
}
