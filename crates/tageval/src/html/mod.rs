//! `tageval report`: one self-contained HTML page for error analysis.
//!
//! The data flow: [`load`] reads the gold and either reads the predictions or tags
//! the corpus; `scorer` counts and reports; [`model::documents`] turns every
//! document's scored spans into code-point [`model::Mark`]s carrying their error
//! kind; [`page::render`] writes the page.
//!
//! The summary (tables, bar chart, confusion heat map) is rendered here, so it reads
//! without JavaScript. The documents travel as one JSON block and
//! `assets/report.js` draws a document only when it is opened, so that a corpus of
//! thousands of documents opens as quickly as one of five. The page loads nothing
//! from the network and holds no timestamp: the same inputs give the same bytes.

mod comparison;
mod model;
mod page;
mod summary;

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context, Result};
use reader::{AnnotatedDoc, Layer};
use scorer::totals::{score_totals, TotalsDoc, TotalsReport};
use scorer::{BootstrapOptions, LabelMap, ReportOptions, ScoreOptions};

use crate::args::HtmlArgs;
use crate::input::Input;
use crate::output::Output;
use crate::{config, scoring, totals, Outcome};

/// Runs `tageval report`.
pub fn run(args: &HtmlArgs) -> Result<Outcome> {
    let (gold, pred, layers) = load(args)?;
    let label_map = if args.map.is_empty() { LabelMap::new() } else { LabelMap::parse(&args.map.join(","))? };
    let options = ScoreOptions { label_map, only_layers: layers, ..Default::default() };
    if let Some(b_path) = &args.compare {
        return compare_page(args, &gold, &pred, b_path, &options);
    }
    let counts = scorer::score(&gold, &pred, &options)?;
    scoring::warn_unpaired(&counts);
    let report_options = ReportOptions { bootstrap: BootstrapOptions { resamples: args.bootstrap, seed: args.seed }, by_doc: true };
    let report = counts.report(&report_options);
    // Tolls first: the page's documents take the gold and predictions over.
    let totals = match &args.totals {
        Some(field) => Some((tolls(&gold, &pred, field)?, field.as_str())),
        None => None,
    };
    let mut docs = model::documents(gold, pred, &options, &report)?;
    if let Some(((_, doc_tolls), _)) = &totals {
        // `docs` is in gold order (model::documents), as the tolls are.
        for (page_doc, toll) in docs.iter_mut().zip(doc_tolls) {
            page_doc.toll = Some(toll.clone());
        }
    }
    let html = page::render(&report, &docs, totals.as_ref().map(|((t, _), f)| (t, *f)));
    write_page(&args.output, &html)
}

/// `--totals FIELD`: sets each page document's toll (predicted killed total against
/// the gold's `field`) and scores them all as `score --totals` does.
fn tolls(gold: &[AnnotatedDoc], pred: &[AnnotatedDoc], field: &str) -> Result<(TotalsReport, Vec<model::DocToll>)> {
    let by_id: HashMap<&str, &AnnotatedDoc> = pred.iter().map(|d| (d.doc.id.as_str(), d)).collect();
    let mut scored = Vec::with_capacity(gold.len());
    let mut doc_tolls = Vec::with_capacity(gold.len());
    for g in gold {
        let id = &g.doc.id;
        let Some(value) = g.doc.meta.get(field) else { bail!("document {id}: the gold has no field `{field}`") };
        let Some(toll) = totals::parse_toll(value) else { bail!("document {id}: `{field}` is not a whole number: {value}") };
        let predicted = by_id.get(id.as_str()).and_then(|p| totals::predicted_killed(p));
        doc_tolls.push(model::DocToll::new(predicted.clone(), toll));
        if by_id.contains_key(id.as_str()) {
            scored.push(TotalsDoc { id: id.clone(), text: g.doc.text.clone(), gold: toll, predicted });
        }
    }
    Ok((score_totals(&scored), doc_tolls))
}

/// `--compare B`: the page of B against A (`--pred`).
fn compare_page(args: &HtmlArgs, gold: &[AnnotatedDoc], a: &[AnnotatedDoc], b_path: &Path, options: &ScoreOptions) -> Result<Outcome> {
    let text_dir = args.corpus.as_deref().filter(|c| c.is_dir());
    let b = Input::new(b_path, None, text_dir)?.read_all()?;
    let cmp_options = scorer::compare::CompareOptions { resamples: args.bootstrap, seed: args.seed, ..Default::default() };
    let cmp = scorer::compare::compare(gold, a, &b, options, &cmp_options)?;
    if let Some(w) = &cmp.warning {
        eprintln!("tageval: warning: {w}");
    }
    let name = |p: &Path| p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned());
    let a_name = args.pred.as_deref().map(name).unwrap_or_default();
    let html = comparison::render(&cmp, &a_name, &name(b_path));
    write_page(&args.output, &html)
}

/// Gold documents, predicted documents, and the layers the tagger ran (scored where
/// the gold covers them; `None`: every layer the gold covers).
type Loaded = (Vec<AnnotatedDoc>, Vec<AnnotatedDoc>, Option<Vec<Layer>>);

/// Reads what the page shows.
///
/// With `--pred` the predictions are read (any format); otherwise the corpus is
/// tagged as `eval` tags it, and only the layers the pipeline ran are scored.
fn load(args: &HtmlArgs) -> Result<Loaded> {
    let Some(pred_path) = &args.pred else {
        let inputs =
            scoring::load_eval_inputs(args.corpus.as_deref(), args.gold.as_deref(), args.gold_format, &args.corpus_args, &args.pipeline)?;
        let (mut gold, mut pred) = (inputs.gold, inputs.pred);
        gold.iter_mut().chain(&mut pred).for_each(forget_attrs);
        return Ok((gold, pred, Some(inputs.layers)));
    };
    let (gold_path, corpus) = match (&args.gold, &args.corpus) {
        (Some(gold), corpus) => (gold.clone(), corpus.clone()),
        (None, None) => (config::bundled("gold/aleppo-2015"), Some(config::bundled("corpora/aleppo-2015"))),
        (None, Some(_)) => bail!("--corpus needs --gold (only the bundled corpus has a default gold)"),
    };
    // brat annotations stored without their .txt files take the text from the corpus folder.
    let text_dir = corpus.as_deref().filter(|c| c.is_dir());
    let gold = Input::new(&gold_path, args.gold_format, text_dir)?.read_all_with(forget_attrs)?;
    let pred = Input::new(pred_path, None, text_dir)?.read_all_with(forget_attrs)?;
    Ok((gold, pred, None))
}

/// Writes a page atomically to `path` (`-`: stdout) and says where it went.
fn write_page(path: &Path, html: &str) -> Result<Outcome> {
    let mut out = Output::create(Some(path))?;
    out.write_all(html.as_bytes()).context("cannot write the report")?;
    out.commit()?;
    if path != Path::new("-") {
        eprintln!("tageval: wrote {}", path.display());
    }
    Ok(Outcome::Ok)
}

/// Lets go of a document's span attributes (TIMEX3 `mod`, entity `id`, …): neither
/// the scorer nor the page reads them, and on a corpus of tagged entities they took
/// about half of the documents' memory. Read files are cleared document by document
/// as they are read, so the memory let go is reused by the next documents.
fn forget_attrs(doc: &mut AnnotatedDoc) {
    for span in &mut doc.spans {
        span.attrs = std::collections::BTreeMap::new();
    }
}
