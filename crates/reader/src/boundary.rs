//! Spans as files carry them (code points, optional text) and their checked
//! conversion to and from the byte spans used inside tageval.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use crate::error::{Error, ErrorKind, Location, Result};
use crate::model::Span;
use crate::offsets::CharMap;

/// A span as it stands in a file: offsets in Unicode code points.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FileSpan {
    /// Start, in code points.
    pub start: usize,
    /// End (exclusive), in code points.
    pub end: usize,
    /// The label.
    pub label: String,
    /// The covered text, when the file gives it; checked against the document.
    pub text: Option<String>,
    /// The normalised value.
    pub value: Option<String>,
    /// Further attributes.
    pub attrs: BTreeMap<String, String>,
}

impl FileSpan {
    /// The file form of an internal span of `text`.
    ///
    /// `span` must lie on character boundaries of `text` (every span tageval makes does).
    pub fn from_span(span: &Span, text: &str, map: &CharMap) -> FileSpan {
        FileSpan {
            start: map.byte_to_char(span.start).unwrap_or(0),
            end: map.byte_to_char(span.end).unwrap_or(0),
            label: span.label.clone(),
            text: Some(span.text(text).to_string()),
            value: span.value.clone(),
            attrs: span.attrs.clone(),
        }
    }

    /// Checks this span against the document text and converts it to bytes; a span
    /// that starts or ends on whitespace is an error.
    pub fn into_span(self, text: &str, map: &CharMap, loc: &Location) -> Result<Span> {
        self.into_span_with(text, map, loc, &Trim::default())
    }

    /// [`into_span`](FileSpan::into_span), trimming a span that starts or ends on
    /// whitespace when `trim` is on (and counting it there); a span of whitespace
    /// only is an error either way.
    pub fn into_span_with(self, text: &str, map: &CharMap, loc: &Location, trim: &Trim) -> Result<Span> {
        let fail = |kind| Err(Error::new(loc.clone(), kind));
        let (start, end) = (self.start, self.end);
        let bytes = match (map.char_to_byte(start), map.char_to_byte(end)) {
            (Some(s), Some(e)) if start < end => (s, e),
            _ => return fail(ErrorKind::SpanOutOfRange { start, end, len: map.len_chars() }),
        };
        let actual = &text[bytes.0..bytes.1];
        if let Some(claimed) = self.text {
            if claimed != actual {
                return fail(ErrorKind::SpanTextMismatch { start, end, claimed, actual: actual.to_string() });
            }
        }
        let mut bytes = bytes;
        if actual.starts_with(char::is_whitespace) || actual.ends_with(char::is_whitespace) {
            let trimmed = actual.trim();
            if !trim.on || trimmed.is_empty() {
                return fail(ErrorKind::SpanWhitespace { start, end, text: actual.to_string() });
            }
            let lead = actual.len() - actual.trim_start().len();
            bytes = (bytes.0 + lead, bytes.0 + lead + trimmed.len());
            trim.count.fetch_add(1, Ordering::Relaxed);
        }
        Ok(Span { start: bytes.0, end: bytes.1, label: self.label, value: self.value, attrs: self.attrs })
    }
}

/// Whether readers trim spans that start or end on whitespace (`--trim-spans`), and
/// how many they trimmed (shared by the clones of one read).
#[derive(Debug, Clone, Default)]
pub struct Trim {
    on: bool,
    count: Arc<AtomicUsize>,
}

impl Trim {
    /// Trimming on (`true`) or off.
    pub fn new(on: bool) -> Trim {
        Trim { on, count: Arc::default() }
    }

    /// Whether trimming is on.
    pub fn is_on(&self) -> bool {
        self.on
    }

    /// How many spans were trimmed so far.
    pub fn trimmed(&self) -> usize {
        self.count.load(Ordering::Relaxed)
    }
}

/// Converts the spans a file gives for one document, checks each against the text,
/// sorts them and checks that no two spans of one layer overlap.
pub fn import_spans(text: &str, spans: Vec<FileSpan>, loc: &Location) -> Result<Vec<Span>> {
    import_spans_with(text, spans, loc, &Trim::default())
}

/// [`import_spans`], trimming spans on whitespace when `trim` is on.
pub fn import_spans_with(text: &str, spans: Vec<FileSpan>, loc: &Location, trim: &Trim) -> Result<Vec<Span>> {
    let map = CharMap::new(text);
    let mut out = spans.into_iter().map(|s| s.into_span_with(text, &map, loc, trim)).collect::<Result<Vec<_>>>()?;
    out.sort();
    check_overlaps(&out, &map, loc)?;
    Ok(out)
}

/// Checks that no two spans of the same layer overlap (`spans` sorted by start).
/// Labels outside the scheme form one layer each.
pub fn check_overlaps(spans: &[Span], map: &CharMap, loc: &Location) -> Result<()> {
    let describe = |s: &Span| format!("{} {}..{}", s.label, map.byte_to_char(s.start).unwrap_or(0), map.byte_to_char(s.end).unwrap_or(0));
    // Last span seen of each layer (or each unknown label).
    let mut last: Vec<(Option<crate::Layer>, &str, &Span)> = Vec::new();
    for span in spans {
        let layer = span.layer();
        let key_label = if layer.is_some() { "" } else { span.label.as_str() };
        if let Some(entry) = last.iter_mut().find(|(l, lab, _)| *l == layer && *lab == key_label) {
            if entry.2.end > span.start {
                return Err(Error::new(loc.clone(), ErrorKind::SpanOverlap { first: describe(entry.2), second: describe(span) }));
            }
            entry.2 = span;
        } else {
            last.push((layer, key_label, span));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fs(start: usize, end: usize, label: &str, text: Option<&str>) -> FileSpan {
        FileSpan { start, end, label: label.into(), text: text.map(Into::into), ..Default::default() }
    }

    #[test]
    fn converts_code_points_to_bytes() {
        let text = "Émile met Zoë in Köln.";
        let spans =
            import_spans(text, vec![fs(17, 21, "LOC", Some("Köln")), fs(0, 5, "PER", None)], &Location::default()).expect("valid spans");
        assert_eq!(spans[0].text(text), "Émile");
        assert_eq!(spans[1].text(text), "Köln");
    }

    #[test]
    fn rejects_bad_spans() {
        let loc = Location::new("g.jsonl", 3);
        let text = "Aleppo and Kilis";
        let check = |s| import_spans(text, vec![s], &loc).unwrap_err().to_string();
        assert!(check(fs(0, 99, "LOC", None)).contains("out of range"));
        assert!(check(fs(3, 3, "LOC", None)).contains("out of range"));
        assert!(check(fs(0, 6, "LOC", Some("Alepo"))).contains("the text there is \"Aleppo\""));
        assert!(check(fs(0, 7, "LOC", None)).contains("whitespace"));
        assert!(check(fs(0, 7, "LOC", None)).starts_with("g.jsonl:3: "));
    }

    #[test]
    fn trims_whitespace_edges_when_asked_and_counts() {
        let text = "In  Aleppo \ncity";
        let trim = Trim::new(true);
        let spans = import_spans_with(text, vec![fs(2, 11, "LOC", Some("  Aleppo ")), fs(12, 16, "X", None)], &Location::default(), &trim)
            .expect("trimmed");
        assert_eq!(spans[0].text(text), "Aleppo");
        assert_eq!(trim.clone().trimmed(), 1);
        let err = import_spans_with(text, vec![fs(10, 12, "LOC", None)], &Location::default(), &trim).unwrap_err().to_string();
        assert!(err.contains("starts or ends on whitespace"), "whitespace only: {err}");
        let err = import_spans(text, vec![fs(2, 11, "LOC", None)], &Location::new("g.jsonl", 3).doc("d7")).unwrap_err().to_string();
        assert_eq!(
            err,
            "g.jsonl:3 (doc d7): span 2..11 (\"  Aleppo \") starts or ends on whitespace (--trim-spans trims such spans, with a warning)"
        );
    }

    #[test]
    fn rejects_overlap_within_a_layer_only() {
        let text = "Aleppo city";
        let ok = import_spans(text, vec![fs(0, 6, "LOC", None), fs(0, 11, "DATE", None)], &Location::default());
        assert!(ok.is_ok(), "different layers may overlap");
        let err = import_spans(text, vec![fs(0, 6, "LOC", None), fs(0, 11, "ORG", None)], &Location::default());
        assert!(err.unwrap_err().to_string().contains("overlap"));
    }
}
