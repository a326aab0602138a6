//! Placeholder: this layer is not built yet and produces no spans.

use reader::{Document, Span};

use crate::{Annotator, BuildError, PipelineConfig};

/// Not built yet: produces no spans.
#[derive(Debug, Default)]
pub struct CasualtyTagger;

impl CasualtyTagger {
    /// Builds the tagger.
    pub fn build(_config: &PipelineConfig) -> Result<Self, BuildError> {
        Ok(CasualtyTagger)
    }
}

impl Annotator for CasualtyTagger {
    fn annotate(&self, _doc: &Document, _out: &mut Vec<Span>) {}
}
