//! A fixed workload for profilers and instruction counters: the throughput bench's
//! corpus (the bundled articles repeated, each copy with its own first line), tagged
//! in process on one thread, with no thread pool, timing or output checks around it.
//!
//! ```text
//! cargo build --release -p tageval --example pipeline_profile
//! valgrind --tool=cachegrind --cache-sim=no target/release/examples/pipeline_profile 3 all
//! target/release/examples/pipeline_profile MB [all|entities|dates|casualties]
//! ```
//!
//! `MB` of text (0: build the taggers only, to subtract their loading); prints the
//! build and tagging times and the number of spans to stderr.
use std::error::Error;
use std::path::{Path, PathBuf};
use std::time::Instant;

use annotator::{Pipeline, PipelineConfig};
use reader::{Document, Layer};

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().collect();
    let mb: f64 = args.get(1).map_or(Ok(5.0), |s| s.parse())?;
    let layers: Vec<Layer> = match args.get(2).map(String::as_str) {
        None | Some("all") => Layer::ALL.to_vec(),
        Some("entities") => vec![Layer::Entities],
        Some("dates") => vec![Layer::Dates],
        Some("casualties") => vec![Layer::Casualties],
        Some(other) => return Err(format!("{other}: expected all, entities, dates or casualties").into()),
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpora/aleppo-2015");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let articles = paths.iter().map(std::fs::read_to_string).collect::<Result<Vec<_>, _>>()?;
    if articles.is_empty() {
        return Err(format!("{}: no .txt articles", dir.display()).into());
    }
    let bytes = (mb * 1024.0 * 1024.0) as usize;
    let (mut docs, mut total) = (Vec::new(), 0);
    while total < bytes {
        let i = docs.len();
        let doc = Document::new(format!("bench-{i:07}"), format!("Update {i}: {}", articles[i % articles.len()])).with_dct("2015-06-02");
        total += doc.text.len();
        docs.push(doc);
    }
    let start = Instant::now();
    let pipeline = Pipeline::build(&PipelineConfig::with_layers(&layers))?;
    let built = start.elapsed();
    let start = Instant::now();
    let spans: usize = docs.iter().map(|d| pipeline.annotate(d).len()).sum();
    eprintln!(
        "{} documents, {:.1} MB: build {:.3} s, tagging {:.3} s, {spans} spans",
        docs.len(),
        total as f64 / 1e6,
        built.as_secs_f64(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
