//! The data model: documents, spans and labels ([`Layer`] lives in [`crate::layer`]).

use std::collections::BTreeMap;

pub use crate::layer::Layer;

/// Free-form fields of a document that tageval does not interpret but passes through
/// (in input order) to every output it writes.
pub type Meta = serde_json::Map<String, serde_json::Value>;

/// One document of a corpus.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// Identifier, unique within a corpus.
    pub id: String,
    /// The text, exactly as decoded from the source (a leading BOM removed).
    pub text: String,
    /// Document creation time, ISO 8601 (`2015-06-02` or `2015-06-02T10:00`), if known.
    pub dct: Option<String>,
    /// Fields the input carried beyond `id`, `text` and `dct`.
    pub meta: Meta,
}

impl Document {
    /// A document with an id and text, no DCT and no extra fields.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document { id: id.into(), text: text.into(), dct: None, meta: Meta::new() }
    }

    /// Sets the document creation time.
    pub fn with_dct(mut self, dct: impl Into<String>) -> Self {
        self.dct = Some(dct.into());
        self
    }
}

/// A labelled span of a document's text.
///
/// Inside tageval, `start..end` is a half-open **byte** range into [`Document::text`],
/// always on `char` boundaries. Files carry code points instead; [`crate::CharMap`]
/// converts between the two, and the format readers and writers are the only callers.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
    /// The label (`PER`, `DATE`, `CASUALTY`, …; any string for labels of other tools).
    pub label: String,
    /// Normalised value: a TIMEX3 value for dates, `OUTCOME:COUNT` for casualties.
    pub value: Option<String>,
    /// Further attributes (TIMEX3 `mod`, `anchorTimeID`, …), passed through.
    pub attrs: BTreeMap<String, String>,
}

impl Span {
    /// A span without value or attributes.
    pub fn new(start: usize, end: usize, label: impl Into<String>) -> Self {
        Span { start, end, label: label.into(), value: None, attrs: BTreeMap::new() }
    }

    /// Sets the normalised value.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// The layer of this span's label, if it is one of the scheme's labels.
    pub fn layer(&self) -> Option<Layer> {
        Layer::of_label(&self.label)
    }

    /// The covered text. Returns `""` when the range is not valid for `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// One document read from a file, with where it starts: what every format's
/// reader streams ([`crate::Format::read`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// 1-based line of the input where the document starts (0 when the format has
    /// no lines to name, such as one file per document).
    pub line: usize,
    /// The document and any spans it carried.
    pub doc: AnnotatedDoc,
}

/// A document together with spans (gold or predicted).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AnnotatedDoc {
    /// The document.
    pub doc: Document,
    /// Its spans, sorted by `(start, end, label)`.
    pub spans: Vec<Span>,
    /// The layers these spans cover (for gold: the layers a person labelled).
    /// Empty means "the layers of the labels present".
    pub layers: Vec<Layer>,
}

impl AnnotatedDoc {
    /// Sorts spans into the canonical order `(start, end, label, …)`.
    pub fn sort_spans(&mut self) {
        self.spans.sort();
    }

    /// The layers covered: the declared ones, or else those of the labels present.
    pub fn covered_layers(&self) -> Vec<Layer> {
        if !self.layers.is_empty() {
            return self.layers.clone();
        }
        let mut layers: Vec<Layer> = self.spans.iter().filter_map(Span::layer).collect();
        layers.sort();
        layers.dedup();
        layers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covered_layers_fall_back_to_labels_present() {
        let mut doc = AnnotatedDoc::default();
        doc.spans.push(Span::new(0, 1, "DATE"));
        doc.spans.push(Span::new(2, 3, "LOC"));
        assert_eq!(doc.covered_layers(), vec![Layer::Entities, Layer::Dates]);
        doc.layers = vec![Layer::Casualties];
        assert_eq!(doc.covered_layers(), vec![Layer::Casualties]);
    }
}
