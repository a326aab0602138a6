//! Throughput of the casualty tagger on one thread: the bundled Aleppo corpus
//! repeated to about 20 MB, tagged document by document, five timed runs; prints the
//! median MB/s (and words/s). Run with `cargo bench -p tageval-annotator --bench casualties`.

use std::path::Path;
use std::time::Instant;

use annotator::casualties::{CasualtyOptions, CasualtyTagger};
use annotator::{Annotator, TextView};
use reader::Document;

const TARGET_BYTES: usize = 20 * 1024 * 1024;
const RUNS: usize = 5;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpora/aleppo-2015");
    let mut articles: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .map(|path| std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect();
    articles.sort();
    assert!(!articles.is_empty(), "no .txt files in {}", dir.display());

    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for text in &articles {
            bytes += text.len();
            docs.push(Document::new(format!("d{}", docs.len()), text.clone()));
        }
    }
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();

    let tagger = CasualtyTagger::build(&CasualtyOptions::default()).expect("the tagger builds");
    let mut spans = Vec::new();
    let mut seconds = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        spans.clear();
        let start = Instant::now();
        for doc in &docs {
            tagger.annotate(doc, &TextView::new(&doc.text), &mut spans);
        }
        seconds.push(start.elapsed().as_secs_f64());
    }
    seconds.sort_by(f64::total_cmp);
    let median = seconds[RUNS / 2];
    let mb = bytes as f64 / 1e6;
    println!(
        "casualties: {:.1} MB in {} documents, {} spans; median of {RUNS} runs {:.3} s: {:.1} MB/s, {:.2} M words/s",
        mb,
        docs.len(),
        spans.len(),
        median,
        mb / median,
        words as f64 / median / 1e6
    );
}
