//! The annotators of tageval, one per layer, and the [`Pipeline`] that runs them.
//!
//! Each tagger implements [`Tagger`]: it names its [`Layer`] and owns its options
//! type, and [`Tagger::build`] compiles it once (models, lexicons, grammars) before
//! the first document is read. The [`registry`] lists the taggers, one line per
//! layer; [`Pipeline::build`] builds the requested ones from a [`PipelineConfig`]
//! (one options struct per layer). [`Pipeline::annotate`] makes one [`TextView`] of a
//! document and runs every [`Annotator`] over it, each appending byte-offset
//! [`reader::Span`]s of its own layer; the pipeline is `Sync`, so callers share one
//! across threads by reference.
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
pub mod registry;
pub mod text;
mod vocab;

use std::path::PathBuf;

use reader::{Document, Layer, Span};

pub use casualties::CasualtyOptions;
pub use dates::DateOptions;
pub use entities::EntityOptions;
pub use registry::PipelineConfig;
pub use text::TextView;

/// A built tagger as the pipeline runs it: object-safe, shared across threads.
pub trait Annotator: Send + Sync {
    /// The layer whose spans this annotator appends.
    fn layer(&self) -> Layer;

    /// Appends this annotator's spans for `doc` to `out` (byte offsets into `doc.text`,
    /// on character boundaries, not overlapping one another). `view` is `doc.text`
    /// split once for all annotators of the document.
    fn annotate(&self, doc: &Document, view: &TextView<'_>, out: &mut Vec<Span>);

    /// The spans of one document on its own (a fresh view, spans in the order the
    /// annotator appends them): for callers that run one tagger outside a [`Pipeline`].
    fn annotate_alone(&self, doc: &Document) -> Vec<Span> {
        let mut out = Vec::new();
        self.annotate(doc, &TextView::new(&doc.text), &mut out);
        out
    }
}

/// A tagger of one layer: the layer it tags, the options it is built from, and how.
///
/// Implementing it (and adding a line to [`registry`]) is what makes a tagger
/// available to the pipeline and the command line.
pub trait Tagger: Annotator + Sized {
    /// What can be configured (a model file, a reading of numeric dates, nothing).
    type Options: Default + Clone;
    /// The layer this tagger's spans belong to.
    const LAYER: Layer;
    /// Compiles the tagger once; fails fast on a bad model or lexicon.
    fn build(options: &Self::Options) -> Result<Self, BuildError>;
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

/// The annotators of the requested layers, built once and shared read-only.
pub struct Pipeline {
    stages: Vec<Box<dyn Annotator>>,
    /// Taggers of layers the user named, from their models.
    custom: Vec<entities::EntityTagger>,
}

impl Pipeline {
    /// Builds every requested annotator; fails fast on a bad model or lexicon.
    pub fn build(config: &PipelineConfig) -> Result<Pipeline, BuildError> {
        let mut stages: Vec<Box<dyn Annotator>> = Vec::new();
        for &layer in &config.layers {
            if stages.iter().any(|stage| stage.layer() == layer) {
                continue;
            }
            stages.push(registry::build(layer, config)?);
        }
        let custom = config.custom.iter().map(entities::EntityTagger::build).collect::<Result<_, _>>()?;
        Ok(Pipeline { stages, custom })
    }

    /// The layers this pipeline runs (not those the user named: [`Pipeline::custom_layers`]).
    pub fn layers(&self) -> Vec<Layer> {
        self.stages.iter().map(|stage| stage.layer()).collect()
    }

    /// The layers users named that this pipeline runs, with their labels
    /// (`("weapons", ["ARMED_GROUP", "WEAPON"])`).
    pub fn custom_layers(&self) -> Vec<(&str, &[String])> {
        self.custom.iter().map(|t| (t.layer_name(), t.model().labels())).collect()
    }

    /// Annotates one document: the spans of every layer, sorted by position. The
    /// text is viewed once ([`TextView`]) for all layers.
    pub fn annotate(&self, doc: &Document) -> Vec<Span> {
        let view = TextView::new(&doc.text);
        let mut spans = Vec::new();
        for stage in &self.stages {
            stage.annotate(doc, &view, &mut spans);
        }
        for tagger in &self.custom {
            tagger.annotate(doc, &view, &mut spans);
        }
        spans.sort();
        spans
    }
}
