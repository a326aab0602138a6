//! `tageval annotate`, `convert` and `train`.

use anyhow::{Context, Result};
use annotator::Pipeline;
use rayon::prelude::*;
use reader::{AnnotatedDoc, Record};

use crate::args::{AnnotateArgs, ConvertArgs, CorpusArgs, TrainArgs};
use crate::input::Input;
use crate::output;
use crate::progress::Progress;
use crate::{config, Outcome};

/// Documents annotated together: enough to keep every core busy, few enough that
/// memory stays bounded whatever the corpus size.
const WINDOW_DOCS: usize = 2048;
/// Text bytes annotated together at most.
const WINDOW_BYTES: usize = 8 << 20;

/// Runs `tageval annotate`.
pub fn run(args: &AnnotateArgs) -> Result<Outcome> {
    let pipeline = config::pipeline(&args.pipeline)?;
    let input = Input::new(&args.input, args.corpus.from, None)?;
    let records = input.records(&config::columns(&args.corpus))?;
    let mut progress = Progress::new(!args.quiet);
    let skipped = output::with_writer(args.to.arg(), args.output.as_deref(), args.scheme, |writer| {
        for_each_window(records, &args.corpus, &pipeline, &mut progress, |doc| {
            writer.write(doc).context("cannot write output")
        })
    })?;
    report_skipped(skipped);
    progress.finish();
    Ok(Outcome::Ok)
}

fn report_skipped(skipped: usize) {
    if skipped > 0 {
        eprintln!("tageval: skipped {skipped} malformed document(s), listed above");
    }
}

/// Annotates `records` a window at a time, in parallel, handing each annotated
/// document to `emit` in input order. Returns the number of malformed records
/// skipped (only with `--skip-bad`; otherwise the first one is the error).
pub fn for_each_window(
    mut records: reader::corpus::Records,
    corpus: &CorpusArgs,
    pipeline: &Pipeline,
    progress: &mut Progress,
    mut emit: impl FnMut(&AnnotatedDoc) -> Result<()>,
) -> Result<usize> {
    let mut skipped = 0;
    let mut window: Vec<Record> = Vec::with_capacity(WINDOW_DOCS);
    loop {
        window.clear();
        let mut bytes = 0;
        for record in records.by_ref() {
            match record {
                Ok(rec) => {
                    bytes += rec.doc.doc.text.len();
                    window.push(rec);
                    if window.len() >= WINDOW_DOCS || bytes >= WINDOW_BYTES {
                        break;
                    }
                }
                // An input that cannot be read is not a malformed document: what
                // follows it is unknown, so even --skip-bad stops there.
                Err(err) if corpus.skip_bad && !matches!(err.kind, reader::ErrorKind::Io(_)) => {
                    eprintln!("tageval: skipped: {err}");
                    skipped += 1;
                }
                Err(err) => return Err(err.into()),
            }
        }
        if window.is_empty() {
            return Ok(skipped);
        }
        window.par_iter_mut().for_each(|rec| tageval::annotate_doc(pipeline, &mut rec.doc));
        for rec in &window {
            emit(&rec.doc)?;
        }
        progress.add(window.len(), bytes);
    }
}

/// Annotates a whole corpus in memory (for `eval`).
pub fn annotate_all(records: reader::corpus::Records, corpus: &CorpusArgs, pipeline: &Pipeline) -> Result<(Vec<AnnotatedDoc>, usize)> {
    let mut docs = Vec::new();
    let mut progress = Progress::new(false);
    let skipped = for_each_window(records, corpus, pipeline, &mut progress, |doc| {
        docs.push(doc.clone());
        Ok(())
    })?;
    Ok((docs, skipped))
}

/// Runs `tageval convert`.
pub fn convert(args: &ConvertArgs) -> Result<Outcome> {
    let input = Input::new(&args.input, args.from, args.text_dir.as_deref())?.with_spans(&args.spans);
    let docs = input.read_all()?;
    output::write_docs(&docs, args.to.arg(), args.output.as_deref(), args.scheme)?;
    Ok(Outcome::Ok)
}

/// Runs `tageval train`: reads gold in any format, prints dev F1 per epoch on
/// stderr, keeps the best epoch and writes the model (with its labels and layer).
pub fn train(args: &TrainArgs) -> Result<Outcome> {
    use annotator::entities::train::{labels_of, read_gazetteer_dir, train, TrainOptions};
    let read = |path: &std::path::Path| -> Result<Vec<AnnotatedDoc>> { Input::new(path, None, None)?.read_all() };
    let train_docs = read(&args.train)?;
    let dev_docs = read(&args.dev)?;
    let mut options = TrainOptions { seed: args.seed, layer: args.layer.clone(), labels: args.labels.clone(), ..Default::default() };
    if let Some(epochs) = args.epochs {
        options.epochs = epochs;
    }
    let labels = labels_of(&train_docs, &options.layer.to_ascii_lowercase(), options.labels.as_deref());
    if let Some(dir) = &args.gazetteer {
        options.world = read_gazetteer_dir(dir, &labels).context("cannot read the gazetteer")?;
        eprintln!("tageval: gazetteer {}: {} names", dir.display(), options.world.len());
    }
    if let Some(path) = &args.clusters {
        let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read the clusters", path.display()))?;
        options.clusters = annotator::entities::clusters::Clusters::parse(&text)
            .map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
        eprintln!("tageval: clusters {}: {} words, {} levels", path.display(), options.clusters.len(), options.clusters.levels());
    }
    eprintln!(
        "tageval: training layer `{}` ({}) on {} documents, {} dev documents",
        options.layer,
        if labels.is_empty() { "no labels".to_string() } else { labels.join(" ") },
        train_docs.len(),
        dev_docs.len()
    );
    let model = train(&train_docs, &dev_docs, &options, &mut |epoch| eprintln!("{epoch}")).context("cannot train")?;
    model.save(&args.output).with_context(|| format!("{}: cannot write the model", args.output.display()))?;
    eprintln!("tageval: wrote {}", args.output.display());
    if !dev_docs.is_empty() {
        let m = dev_through_scorer(&args.output, model.layer(), &dev_docs)?;
        eprintln!(
            "tageval: dev, the whole tagger through the scorer (strict): P {:.4} R {:.4} F1 {:.4}",
            m.precision, m.recall, m.f1
        );
    }
    Ok(Outcome::Ok)
}

/// The strict figures of the model at `path` on `dev`, tagged as `annotate --model`
/// tags (tidying and lexicon included) and counted by the scorer (the per-epoch
/// figures that pick the epoch are the model's alone, without tidying).
fn dev_through_scorer(path: &std::path::Path, layer: &str, dev: &[AnnotatedDoc]) -> Result<scorer::Metrics> {
    use annotator::{EntityOptions, PipelineConfig};
    let options = EntityOptions { model: Some(path.to_path_buf()), ..Default::default() };
    let entities = reader::Layer::parse(layer) == Some(reader::Layer::Entities);
    let config = if entities {
        PipelineConfig { layers: vec![reader::Layer::Entities], entities: options, ..Default::default() }
    } else {
        PipelineConfig { custom: vec![options], ..Default::default() }
    };
    let pipeline = Pipeline::build(&config).context("cannot load the model just written")?;
    let pred: Vec<AnnotatedDoc> = dev
        .par_iter()
        .map(|d| AnnotatedDoc { doc: d.doc.clone(), spans: pipeline.annotate(&d.doc), layers: Vec::new() })
        .collect();
    // Only the layer trained is scored: gold of other layers is not missed.
    let only = if entities { vec![reader::Layer::Entities] } else { Vec::new() };
    let options = scorer::ScoreOptions { only_layers: Some(only), ..Default::default() };
    let counts = scorer::score(dev, &pred, &options).context("cannot score the dev gold")?;
    let report = counts.report(&scorer::ReportOptions { bootstrap: scorer::BootstrapOptions { resamples: 0, seed: 0 }, by_doc: false });
    Ok(report.schemas.strict)
}
