//! tageval as a library: read a corpus and its gold in any format, tag it, score it,
//! and get a report you can render or serialise. The `tageval` command is built on
//! these functions; the crates under it stay available as [`reader`], [`annotator`]
//! and [`scorer`] for finer control.
//!
//! The data flow, one function a step:
//!
//! 1. [`read`] reads every document of a file or folder — JSONL, a folder of `.txt`,
//!    CSV, brat, CoNLL, TimeML, Label Studio… — into [`AnnotatedDoc`]s, the format
//!    detected ([`Format::detect`]) unless [`ReadSettings::format`] names it. Gold is
//!    read the same way (brat gold stored without its text needs
//!    [`ReadSettings::text_dir`]).
//! 2. [`pipeline`] builds the taggers of the layers asked for (entities, dates,
//!    casualties); [`annotate`] tags documents in parallel, exactly as
//!    `tageval annotate` does (spans replaced, `casualty_totals` set).
//! 3. [`evaluate`] scores predictions against gold into an [`Evaluation`]: the raw
//!    [`Counts`] (per document, mergeable) and the [`Report`] (every figure; serde
//!    serialisable; rendered as a table, JSON, CSV, conlleval or the stable
//!    [`Report::render_snapshot`] text).
//!
//! ```
//! use tageval::{annotate, evaluate, pipeline, read, Layer, ReadSettings};
//!
//! let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
//! // The bundled corpus is a folder of .txt files; its gold is brat without texts.
//! let corpus = read(format!("{root}/corpora/aleppo-2015"), &ReadSettings::default())?;
//! let gold_settings = ReadSettings { text_dir: Some(format!("{root}/corpora/aleppo-2015").into()), ..Default::default() };
//! let gold = read(format!("{root}/gold/aleppo-2015"), &gold_settings)?;
//!
//! let taggers = pipeline(&[Layer::Dates])?;
//! let pred = annotate(&taggers, corpus);
//! assert_eq!(pred.len(), 5);
//!
//! let evaluation = evaluate(&gold, &pred, &Default::default())?;
//! let report = &evaluation.report;
//! assert!(report.by_layer["dates"].strict.f1 > 0.9);
//! // The report serialises (serde) to the JSON of `tageval score --format json`.
//! let json = serde_json::to_value(report).expect("plain data");
//! assert_eq!(json["docs"]["scored"], 5);
//! # Ok::<(), tageval::Error>(())
//! ```
//!
//! Documents can also be made in code ([`Document::new`]) and tagged one at a time
//! with [`annotate_doc`]:
//!
//! ```
//! use tageval::{annotate_doc, pipeline, AnnotatedDoc, Document, Layer};
//! let taggers = pipeline(&[Layer::Casualties])?;
//! let mut doc = AnnotatedDoc { doc: Document::new("d1", "Three civilians were killed in Aleppo."), ..Default::default() };
//! annotate_doc(&taggers, &mut doc);
//! assert_eq!(doc.spans[0].value.as_deref(), Some("killed:3"));
//! assert!(doc.doc.meta.contains_key("casualty_totals"));
//! # Ok::<(), tageval::Error>(())
//! ```
#![warn(missing_docs)]

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use annotator;
pub use reader;
pub use scorer;

pub use annotator::{Pipeline, PipelineConfig};
pub use reader::corpus::CsvColumns;
pub use reader::{AnnotatedDoc, Document, Format, Layer, Span};
pub use scorer::{Counts, Report, ReportOptions, ScoreOptions};

#[cfg(feature = "snapshot")]
pub mod snapshot;

/// What can go wrong: reading, building the taggers, or scoring.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read or parsed (with its path, line and document id).
    #[error(transparent)]
    Read(#[from] reader::Error),
    /// A model or lexicon could not be loaded.
    #[error("cannot build the annotators: {0}")]
    Build(#[from] annotator::BuildError),
    /// Gold and predictions could not be scored together (duplicate ids, a bad label map…).
    #[error(transparent)]
    Score(#[from] scorer::Error),
}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How to read a file or folder.
#[derive(Debug, Clone, Default)]
pub struct ReadSettings {
    /// The format; `None` detects it from the path ([`Format::detect`]).
    pub format: Option<Format>,
    /// Folder holding the `.txt` files of brat annotations stored without them.
    pub text_dir: Option<PathBuf>,
    /// Column names of a CSV corpus (default `id`, `text`, `dct`).
    pub columns: CsvColumns,
}

/// Reads every document of `path` (a file, a folder, or `-` for JSONL on stdin) with
/// the spans it carries, in file order; stops at the first malformed document.
pub fn read(path: impl AsRef<Path>, settings: &ReadSettings) -> Result<Vec<AnnotatedDoc>> {
    let path = path.as_ref();
    let format = match settings.format {
        Some(format) => format,
        None => Format::detect(path)?,
    };
    let options = reader::ReadOptions { columns: settings.columns.clone(), text_dir: settings.text_dir.clone(), ..Default::default() };
    let docs = format.read(path, &options)?.map(|record| record.map(|r| r.doc)).collect::<reader::Result<Vec<_>>>()?;
    Ok(docs)
}

/// Builds the taggers of `layers` with their default options (the bundled entity
/// model and lexicon, month-first numeric dates). For other options build a
/// [`PipelineConfig`] and call [`Pipeline::build`].
pub fn pipeline(layers: &[Layer]) -> Result<Pipeline> {
    Ok(Pipeline::build(&PipelineConfig::with_layers(layers))?)
}

/// The document field holding its casualty totals (`SCHEME.md`, "Totals per
/// document"): an object, outcome → COUNT.
pub const TOTALS_FIELD: &str = "casualty_totals";

/// Tags one document as `tageval annotate` does: its spans are replaced by the
/// pipeline's, its declared layers cleared, and when the casualty layer runs its
/// `casualty_totals` field set (or a stale one removed when it has no figure).
pub fn annotate_doc(pipeline: &Pipeline, doc: &mut AnnotatedDoc) {
    doc.spans = pipeline.annotate(&doc.doc);
    doc.layers.clear();
    if pipeline.layers().contains(&Layer::Casualties) {
        set_casualty_totals(doc);
    }
}

/// Sets the document's `casualty_totals` field from its casualty spans (removes a
/// stale one when they give no figure).
pub fn set_casualty_totals(doc: &mut AnnotatedDoc) {
    let totals = annotator::casualties::totals_dated(&doc.doc.text, &doc.spans, doc.doc.dct.as_deref());
    if totals.is_empty() {
        doc.doc.meta.remove(TOTALS_FIELD);
    } else {
        doc.doc.meta.insert(TOTALS_FIELD.to_string(), totals.to_json());
    }
}

/// Tags documents in parallel (rayon's global pool), keeping their order; the same
/// output for any number of threads.
pub fn annotate(pipeline: &Pipeline, mut docs: Vec<AnnotatedDoc>) -> Vec<AnnotatedDoc> {
    docs.par_iter_mut().for_each(|doc| annotate_doc(pipeline, doc));
    docs
}

/// Gold against predictions: the counts and the report derived from them.
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// Raw counts, per document (serialisable, mergeable: what `--counts-out` writes).
    pub counts: Counts,
    /// Every figure, with per-document figures and bootstrap intervals by default.
    pub report: Report,
}

/// Scores `pred` against `gold` (documents paired by id; layers covered decided for
/// the whole gold set) and derives the report with the default [`ReportOptions`]
/// (1000 bootstrap resamples, seed 42, per-document figures). Use
/// [`scorer::score`] and [`Counts::report`] for other report options.
pub fn evaluate(gold: &[AnnotatedDoc], pred: &[AnnotatedDoc], options: &ScoreOptions) -> Result<Evaluation> {
    let counts = scorer::score(gold, pred, options)?;
    let report = counts.report(&ReportOptions::default());
    Ok(Evaluation { counts, report })
}
