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

    /// Annotates the part `range` of `doc` (a range of [`parts`]) as a document of its
    /// own (same id and DCT), returning spans with byte offsets into the whole
    /// `doc.text`, sorted. An empty or invalid range gives no spans.
    ///
    /// Long documents are tagged a part at a time so that the working memory (token
    /// tables, features, spans) is bounded by the part, not the document: nothing is
    /// joined across a part boundary, which [`parts`] puts between paragraphs.
    pub fn annotate_part(&self, doc: &Document, range: std::ops::Range<usize>) -> Vec<Span> {
        let Some(text) = doc.text.get(range.clone()) else { return Vec::new() };
        let part = Document { id: doc.id.clone(), text: text.to_string(), dct: doc.dct.clone(), meta: reader::Meta::new() };
        let mut spans = self.annotate(&part);
        for span in &mut spans {
            span.start += range.start;
            span.end += range.start;
        }
        spans
    }
}

/// Splits `text` into consecutive byte ranges of at most about `max` bytes each (at
/// least one), each cut where a part boundary costs least: after a blank line, else
/// after a line break (which always ends a sentence), else after a sentence-final
/// `.`, `!` or `?` and a space, else at a space, else at a character boundary. A
/// cut is looked for in the second half of each part, so parts are at least `max / 2`
/// bytes (but the last).
///
/// ```
/// let text = "One one.\n\nTwo two.\n\nThree.";
/// let parts = annotator::parts(text, 14);
/// assert_eq!(parts, [0..10, 10..20, 20..text.len()]);
/// ```
pub fn parts(text: &str, max: usize) -> Vec<std::ops::Range<usize>> {
    let max = max.max(8);
    let mut out = Vec::with_capacity(text.len() / max + 1);
    let mut start = 0;
    while text.len() - start > max {
        let mut limit = start + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        // The search window opens half a part in, on a character boundary (a
        // multi-byte character may straddle the half-way byte).
        let mut base = (start + max / 2).min(limit);
        while !text.is_char_boundary(base) {
            base += 1;
        }
        let window = &text[base..limit];
        let cut = window
            .rfind("\n\n")
            .map(|i| i + 2)
            .or_else(|| window.rfind('\n').map(|i| i + 1))
            .or_else(|| [". ", "! ", "? "].iter().filter_map(|p| window.rfind(p)).max().map(|i| i + 2))
            .or_else(|| window.rfind(' ').map(|i| i + 1))
            .map_or(limit, |i| base + i);
        let cut = if cut > start { cut } else { limit.max(start + 1) };
        out.push(start..cut);
        start = cut;
    }
    out.push(start..text.len());
    out
}

#[cfg(test)]
mod tests {
    use super::parts;

    /// Regression: the search window opened half a part in, which could fall inside a
    /// multi-byte character and panic (`tests/long_input.rs` found it in release).
    #[test]
    fn parts_cut_text_of_multi_byte_characters_on_char_boundaries() {
        let text = "é€😀 ab.\n".repeat(40) + "ünïcødé";
        for max in 1..70 {
            let ranges = parts(&text, max);
            assert_eq!(ranges.first().map(|r| r.start), Some(0));
            assert_eq!(ranges.last().map(|r| r.end), Some(text.len()));
            for pair in ranges.windows(2) {
                assert_eq!(pair[0].end, pair[1].start, "max {max}");
            }
            for r in &ranges {
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "max {max}: {r:?}");
                assert!(!r.is_empty(), "max {max}");
            }
        }
    }
}
