//! Rebuilds the bundled entity model from CoNLL-2003 files.
//!
//! ```text
//! cargo run --release -p tageval-annotator --example train_entities -- \
//!     /work/shared/data/conll2003/eng.train /work/shared/data/conll2003/eng.testa \
//!     crates/annotator/models/entities.model [--seed N] [--epochs N] [--bits N] [--title F]
//! ```
//!
//! Prints the dev F1 of every epoch to stderr and writes the best epoch's model.

use std::path::Path;
use std::time::Instant;

use annotator::entities::train::{gold_of_labels, predict, train, DevScore, TrainOptions};
use annotator::entities::lexicon::Lexicon;
use annotator::entities::{EntityTagger, Model, CONFLICT_LEXICON};
use reader::AnnotatedDoc;
use scorer::StrictScore;

fn read_conll(path: &Path) -> Vec<AnnotatedDoc> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| {
        eprintln!("error: {}: {e}", path.display());
        std::process::exit(2)
    });
    reader::conll::read(std::io::BufReader::new(file), path).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(2)
    })
}

/// Strict micro F1 of the whole tagger (tidying and lexicon included) on `gold`, as
/// the scorer counts it.
fn tagger_f1(tagger: &EntityTagger, gold: &[AnnotatedDoc]) -> f64 {
    let predicted: Vec<AnnotatedDoc> = gold
        .iter()
        .map(|doc| AnnotatedDoc { doc: doc.doc.clone(), spans: tagger.tag(&doc.doc.text), layers: Vec::new() })
        .collect();
    scorer::score(gold, &predicted, &scorer::ScoreOptions::default()).expect("score the dev set").strict_f1()
}

/// The model alone on `gold`, in the scorer's strict figures: what picks the epoch.
fn dev_score(labels: &[String], gold: &[AnnotatedDoc], predicted: &[AnnotatedDoc]) -> Result<DevScore<StrictScore>, Box<dyn std::error::Error>> {
    let score = scorer::strict_score(gold, predicted, labels)?;
    Ok(DevScore { f1: score.micro.f1, figures: score })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut pos = Vec::new();
    let mut opts = TrainOptions::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut num = || it.next().and_then(|v| v.parse::<f64>().ok()).expect("a number after the flag");
        match a.as_str() {
            "--seed" => opts.seed = num() as u64,
            "--epochs" => opts.epochs = num() as usize,
            "--bits" => opts.hash_bits = num() as u32,
            "--folds" => opts.gazetteer_folds = num() as usize,
            "--prune" => opts.prune = num() as f32,
            "--augment" => opts.case_augment = num() as f32,
            "--title" => opts.title_augment = num() as f32,
            "--patience" => opts.patience = num() as usize,
            _ => pos.push(a.clone()),
        }
    }
    let [train_path, dev_path, out_path] = &pos[..] else {
        eprintln!("usage: train_entities TRAIN DEV OUT.model [--seed N] [--epochs N] [--bits N] [--folds N] [--prune F] [--augment F] [--title F]");
        std::process::exit(2);
    };
    let train_docs = read_conll(Path::new(train_path));
    let dev_docs = read_conll(Path::new(dev_path));
    eprintln!("{} training documents, {} dev documents; {opts:?}", train_docs.len(), dev_docs.len());
    let model = train(&train_docs, &dev_docs, &opts, &mut dev_score, &mut |r| eprintln!("{r}")).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(2)
    });
    model.save(Path::new(out_path)).expect("write the model");
    let size = std::fs::metadata(out_path).map(|m| m.len()).unwrap_or(0);
    let t = Instant::now();
    let loaded = Model::load(Path::new(out_path)).expect("reload the model");
    let load = t.elapsed();
    let labels = loaded.labels();
    let score = dev_score(labels, &gold_of_labels(&dev_docs, labels), &predict(&loaded, &dev_docs)).expect("score the dev set").figures;
    let bare = EntityTagger::new(loaded.clone(), Lexicon::new());
    let mut lexicon = Lexicon::new();
    lexicon.add_jsonl(CONFLICT_LEXICON, Path::new("conflict_lexicon.jsonl")).expect("bundled lexicon");
    let full = EntityTagger::new(loaded.clone(), lexicon);
    eprintln!(
        "dev strict F1 of the whole tagger: {:.4} without lexicon, {:.4} with the bundled lexicon",
        tagger_f1(&bare, &dev_docs),
        tagger_f1(&full, &dev_docs)
    );
    eprintln!(
        "wrote {out_path}: {:.2} MB, {} non-zero rows, {} gazetteer phrases, loads in {:.0} ms; dev {score}",
        size as f64 / 1e6,
        loaded.nonzero_rows(),
        loaded.gazetteer_len(),
        load.as_secs_f64() * 1e3
    );
}
