//! Throughput of the date layer alone on one thread.
//!
//! ```text
//! cargo bench -p tageval-annotator --bench dates
//! ```
//!
//! Reads `corpora/aleppo-2015/*.txt`, repeats the texts to about 20 MB of documents,
//! tags them five times and prints the median MB/s.

use std::path::Path;
use std::time::Instant;

use annotator::dates::{DateOptions, DateTagger};
use annotator::{Annotator, TextView};
use reader::Document;

const TARGET_BYTES: usize = 20 * 1024 * 1024;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpora/aleppo-2015");
    let mut texts: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect(),
        Err(e) => {
            eprintln!("bench dates: {}: {e}", dir.display());
            return;
        }
    };
    texts.sort();
    let corpus_bytes: usize = texts.iter().map(String::len).sum();
    if corpus_bytes == 0 {
        eprintln!("bench dates: no text in {}", dir.display());
        return;
    }
    let mut docs = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        for t in &texts {
            docs.push(Document::new(format!("d{}", docs.len()), t.clone()).with_dct("2015-06-02"));
            total += t.len();
        }
    }
    let tagger = DateTagger::build(&DateOptions::default()).expect("builds");
    let mut rates = Vec::new();
    let mut spans = Vec::new();
    let mut count = 0;
    for _ in 0..5 {
        let start = Instant::now();
        count = 0;
        for d in &docs {
            spans.clear();
            tagger.annotate(d, &TextView::new(&d.text), &mut spans);
            count += spans.len();
        }
        let secs = start.elapsed().as_secs_f64();
        rates.push(total as f64 / 1e6 / secs);
    }
    rates.sort_by(f64::total_cmp);
    println!(
        "dates: {:.1} MB in {} docs, {count} spans per pass; median {:.1} MB/s (min {:.1}, max {:.1})",
        total as f64 / 1e6,
        docs.len(),
        rates[2],
        rates[0],
        rates[4]
    );
}
