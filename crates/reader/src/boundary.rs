//! Spans as files carry them (code points, optional text) and their checked
//! conversion to and from the byte spans used inside tageval.

use std::collections::BTreeMap;

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

    /// Checks this span against the document text and converts it to bytes.
    pub fn into_span(self, text: &str, map: &CharMap, loc: &Location) -> Result<Span> {
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
        if actual.starts_with(char::is_whitespace) || actual.ends_with(char::is_whitespace) {
            return fail(ErrorKind::SpanWhitespace { start, end, text: actual.to_string() });
        }
        Ok(Span { start: bytes.0, end: bytes.1, label: self.label, value: self.value, attrs: self.attrs })
    }
}

/// Converts the spans a file gives for one document, checks each against the text,
/// sorts them and checks that no two spans of one layer overlap.
pub fn import_spans(text: &str, spans: Vec<FileSpan>, loc: &Location) -> Result<Vec<Span>> {
    let map = CharMap::new(text);
    let mut out = spans
        .into_iter()
        .map(|s| s.into_span(text, &map, loc))
        .collect::<Result<Vec<_>>>()?;
    out.sort();
    check_overlaps(&out, &map, loc)?;
    Ok(out)
}

/// Checks that no two spans of the same layer overlap (`spans` sorted by start).
/// Labels outside the scheme form one layer each.
pub fn check_overlaps(spans: &[Span], map: &CharMap, loc: &Location) -> Result<()> {
    let describe = |s: &Span| {
        format!(
            "{} {}..{}",
            s.label,
            map.byte_to_char(s.start).unwrap_or(0),
            map.byte_to_char(s.end).unwrap_or(0)
        )
    };
    // Last span seen of each layer (or each unknown label).
    let mut last: Vec<(Option<crate::Layer>, &str, &Span)> = Vec::new();
    for span in spans {
        let layer = span.layer();
        let key_label = if layer.is_some() { "" } else { span.label.as_str() };
        if let Some(entry) = last.iter_mut().find(|(l, lab, _)| *l == layer && *lab == key_label) {
            if entry.2.end > span.start {
                return Err(Error::new(
                    loc.clone(),
                    ErrorKind::SpanOverlap { first: describe(entry.2), second: describe(span) },
                ));
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
        let spans = import_spans(text, vec![fs(17, 21, "LOC", Some("Köln")), fs(0, 5, "PER", None)], &Location::default())
            .expect("valid spans");
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
    fn rejects_overlap_within_a_layer_only() {
        let text = "Aleppo city";
        let ok = import_spans(text, vec![fs(0, 6, "LOC", None), fs(0, 11, "DATE", None)], &Location::default());
        assert!(ok.is_ok(), "different layers may overlap");
        let err = import_spans(text, vec![fs(0, 6, "LOC", None), fs(0, 11, "ORG", None)], &Location::default());
        assert!(err.unwrap_err().to_string().contains("overlap"));
    }
}
