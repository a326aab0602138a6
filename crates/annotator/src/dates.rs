//! Placeholder: this layer is not built yet and produces no spans.

use reader::{Document, Span};

use crate::{Annotator, BuildError, PipelineConfig};

/// Not built yet: produces no spans.
#[derive(Debug, Default)]
pub struct DateTagger;

impl DateTagger {
    /// Builds the tagger.
    pub fn build(_config: &PipelineConfig) -> Result<Self, BuildError> {
        Ok(DateTagger)
    }
}

impl Annotator for DateTagger {
    fn annotate(&self, _doc: &Document, _out: &mut Vec<Span>) {}
}
