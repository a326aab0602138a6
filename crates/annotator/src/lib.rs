//! The annotators of tageval, one per layer, and the [`Pipeline`] that runs them.
//!
//! Each annotator implements [`Annotator`]: given a [`reader::Document`], it appends
//! byte-offset [`reader::Span`]s of its own layer. [`Pipeline::build`] compiles every
//! requested annotator once (models, lexicons, grammars) before the first document is
//! read, and [`Pipeline::annotate`] runs them on one document; it is `Sync`, so callers
//! share one pipeline across threads by reference.
//!
//! - [`entities::EntityTagger`]: `PER`, `ORG`, `LOC`, `MISC`.
//! - [`dates::DateTagger`]: TIMEX3 `DATE`, `TIME`, `DURATION`, `SET` with values.
//! - [`casualties::CasualtyTagger`]: `CASUALTY` with `OUTCOME:COUNT` values.
//!
//! ```
//! use annotator::{Pipeline, PipelineConfig};
//! use reader::{Document, Layer};
//! let pipeline = Pipeline::build(&PipelineConfig::with_layers(&[Layer::Dates])).unwrap();
//! let doc = Document::new("d1", "Talks resumed on June 1, 2015.").with_dct("2015-06-02");
//! let spans = pipeline.annotate(&doc);
//! assert!(spans.iter().all(|s| s.layer() == Some(Layer::Dates)));
//! ```
#![warn(missing_docs)]

pub mod casualties;
pub mod dates;
pub mod entities;
mod vocab;

use std::path::PathBuf;

use reader::{Document, Layer, Span};

/// One annotation layer's tagger.
pub trait Annotator: Send + Sync {
    /// Appends this annotator's spans for `doc` to `out` (byte offsets into `doc.text`,
    /// on character boundaries, not overlapping one another).
    fn annotate(&self, doc: &Document, out: &mut Vec<Span>);
}

/// Errors raised while building annotators (before any document is read).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// A model or lexicon file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A model or lexicon file is malformed.
    #[error("{path}:{line}: {message}")]
    Format {
        /// The file.
        path: PathBuf,
        /// 1-based line, 0 when not applicable.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// How to read all-numeric dates such as `06/01/2015`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateOrder {
    /// Month first (`06/01/2015` is June 1), the default for English news.
    #[default]
    MonthFirst,
    /// Day first (`06/01/2015` is January 6).
    DayFirst,
}

/// What to build.
#[derive(Debug, Clone, Default)]
pub struct PipelineConfig {
    /// The layers to run, in order.
    pub layers: Vec<Layer>,
    /// An entity model file instead of the bundled default model.
    pub entity_model: Option<PathBuf>,
    /// Extra lexicon files (JSONL patterns) applied over the entity model.
    pub lexicons: Vec<PathBuf>,
    /// Whether the bundled conflict-news lexicon is applied (default true via
    /// [`PipelineConfig::with_layers`]).
    pub bundled_lexicon: bool,
    /// Reading of all-numeric dates.
    pub date_order: DateOrder,
}

impl PipelineConfig {
    /// The default configuration for `layers`.
    pub fn with_layers(layers: &[Layer]) -> Self {
        PipelineConfig { layers: layers.to_vec(), bundled_lexicon: true, ..Default::default() }
    }
}

/// The annotators of the requested layers, built once and shared read-only.
pub struct Pipeline {
    stages: Vec<(Layer, Box<dyn Annotator>)>,
}

impl Pipeline {
    /// Builds every requested annotator; fails fast on a bad model or lexicon.
    pub fn build(config: &PipelineConfig) -> Result<Pipeline, BuildError> {
        let mut stages: Vec<(Layer, Box<dyn Annotator>)> = Vec::new();
        for &layer in &config.layers {
            if stages.iter().any(|(l, _)| *l == layer) {
                continue;
            }
            let stage: Box<dyn Annotator> = match layer {
                Layer::Entities => Box::new(entities::EntityTagger::build(config)?),
                Layer::Dates => Box::new(dates::DateTagger::build(config)?),
                Layer::Casualties => Box::new(casualties::CasualtyTagger::build(config)?),
            };
            stages.push((layer, stage));
        }
        Ok(Pipeline { stages })
    }

    /// The layers this pipeline runs.
    pub fn layers(&self) -> Vec<Layer> {
        self.stages.iter().map(|(l, _)| *l).collect()
    }

    /// Annotates one document: the spans of every layer, sorted by position.
    pub fn annotate(&self, doc: &Document) -> Vec<Span> {
        let mut spans = Vec::new();
        for (_, stage) in &self.stages {
            stage.annotate(doc, &mut spans);
        }
        spans.sort();
        spans
    }
}
