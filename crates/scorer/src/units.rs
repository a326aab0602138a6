//! Units of resampling: whole documents (the default), or sentences when a corpus
//! has too few documents to resample (a CoNLL file without `-DOCSTART-` is one
//! document, and resampling one document gives a zero-width interval).
//!
//! [`split_sentences`] cuts every gold document, and the predictions of each
//! system for it, at the same places into sentence-sized pieces, which are then
//! scored and resampled as if they were documents. A cut is made only where no gold
//! or predicted span of any system crosses it, so every span lies in one piece and
//! every gold/predicted overlap is kept: the micro counts summed over the pieces
//! equal those of the whole documents, and only the intervals and p-values change.
//!
//! Sentence ends are line breaks (CoNLL sentences are lines of the text, and many
//! corpora keep one sentence a line) and `.`, `!` or `?` (with closing quotes or
//! brackets) followed by white space and an upper-case letter or a digit.
//!
//! ```
//! use reader::{AnnotatedDoc, Document, Span};
//! use scorer::units::split_sentences;
//! let gold = AnnotatedDoc {
//!     doc: Document::new("d", "Kerry left.\nAssad stayed in Damascus."),
//!     spans: vec![Span::new(0, 5, "PER"), Span::new(12, 17, "PER"), Span::new(28, 36, "LOC")],
//!     layers: vec![],
//! };
//! let (pieces, preds) = split_sentences(&[gold.clone()], &[&[gold][..]]);
//! assert_eq!(pieces.len(), 2);
//! assert_eq!(pieces[1].doc.text, "Assad stayed in Damascus.");
//! assert_eq!(pieces[1].spans[1], Span::new(16, 24, "LOC"));
//! assert_eq!(preds[0].len(), 2);
//! ```

use std::collections::HashMap;
use std::str::FromStr;

use reader::{AnnotatedDoc, Document, Span};

/// What confidence intervals and significance tests resample.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ResampleUnit {
    /// Whole documents (spans of one document are not independent).
    #[default]
    Documents,
    /// Sentences ([`split_sentences`]): for corpora of few, long documents.
    Sentences,
}

impl ResampleUnit {
    /// `documents` or `sentences`.
    pub fn name(self) -> &'static str {
        match self {
            ResampleUnit::Documents => "documents",
            ResampleUnit::Sentences => "sentences",
        }
    }
}

impl FromStr for ResampleUnit {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "documents" | "document" | "docs" | "doc" => Ok(ResampleUnit::Documents),
            "sentences" | "sentence" => Ok(ResampleUnit::Sentences),
            other => Err(format!("unknown resampling unit `{other}`: choose documents or sentences")),
        }
    }
}

/// Byte offsets where a sentence may start (after the first), by the rules of the
/// module docs; always on character boundaries, never 0 or `text.len()`.
pub fn sentence_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                if j < bytes.len() {
                    starts.push(j);
                }
                i = j;
            }
            b'.' | b'!' | b'?' => {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                    j += 1;
                }
                let space = j;
                while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t') {
                    j += 1;
                }
                let next = text.get(j..).and_then(|rest| rest.chars().next());
                if j > space && next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
                    starts.push(j);
                }
                i = j.max(i + 1);
            }
            _ => i += 1,
        }
    }
    starts.dedup();
    starts
}

/// Cuts each gold document, and each system's prediction of it, into sentence
/// pieces (module docs). Piece ids are `<id>#<n>` (n from 1); pieces without text
/// and spans are dropped. Predictions without gold are passed through whole (they
/// are not scored). Returns the gold pieces and, per system, its pieces.
pub fn split_sentences(gold: &[AnnotatedDoc], systems: &[&[AnnotatedDoc]]) -> (Vec<AnnotatedDoc>, Vec<Vec<AnnotatedDoc>>) {
    let by_id: Vec<HashMap<&str, &AnnotatedDoc>> =
        systems.iter().map(|docs| docs.iter().map(|d| (d.doc.id.as_str(), d)).collect()).collect();
    let mut gold_out = Vec::new();
    let mut systems_out: Vec<Vec<AnnotatedDoc>> = vec![Vec::new(); systems.len()];
    for g in gold {
        let preds: Vec<Option<&AnnotatedDoc>> = by_id.iter().map(|m| m.get(g.doc.id.as_str()).copied()).collect();
        let crossing = |b: usize| {
            let crosses = |spans: &[Span]| spans.iter().any(|s| s.start < b && b < s.end);
            crosses(&g.spans) || preds.iter().flatten().any(|p| crosses(&p.spans))
        };
        let text = &g.doc.text;
        let mut cuts: Vec<usize> = vec![0];
        cuts.extend(sentence_starts(text).into_iter().filter(|&b| !crossing(b)));
        cuts.push(text.len());
        let mut n = 0;
        for w in cuts.windows(2) {
            let (start, end) = (w[0], w[1]);
            let piece_spans = |spans: &[Span]| -> Vec<Span> {
                spans
                    .iter()
                    .filter(|s| start <= s.start && s.end <= end && !(s.start == end && s.end == end && end < text.len()))
                    .map(|s| Span { start: s.start - start, end: s.end - start, ..s.clone() })
                    .collect()
            };
            let gold_spans = piece_spans(&g.spans);
            let pred_spans: Vec<Option<Vec<Span>>> = preds.iter().map(|p| p.map(|p| piece_spans(&p.spans))).collect();
            let slice = text.get(start..end).unwrap_or("");
            let empty = slice.trim().is_empty() && gold_spans.is_empty() && pred_spans.iter().flatten().all(Vec::is_empty);
            if empty {
                continue;
            }
            n += 1;
            let piece = |spans: Vec<Span>, layers: &[reader::Layer]| {
                let mut doc = Document::new(format!("{}#{n}", g.doc.id), slice);
                doc.dct = g.doc.dct.clone();
                AnnotatedDoc { doc, spans, layers: layers.to_vec() }
            };
            gold_out.push(piece(gold_spans, &g.layers));
            for ((out, spans), p) in systems_out.iter_mut().zip(pred_spans).zip(&preds) {
                if let (Some(spans), Some(p)) = (spans, p) {
                    out.push(piece(spans, &p.layers));
                }
            }
        }
    }
    // Predictions of documents without gold: passed through (reported, not scored).
    let gold_ids: std::collections::HashSet<&str> = gold.iter().map(|g| g.doc.id.as_str()).collect();
    for (docs, out) in systems.iter().zip(&mut systems_out) {
        out.extend(docs.iter().filter(|d| !gold_ids.contains(d.doc.id.as_str())).cloned());
    }
    (gold_out, systems_out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{score, ScoreOptions};

    fn doc(id: &str, text: &str, spans: &[(usize, usize, &str)]) -> AnnotatedDoc {
        AnnotatedDoc { doc: Document::new(id, text), spans: spans.iter().map(|&(s, e, l)| Span::new(s, e, l)).collect(), layers: vec![] }
    }

    #[test]
    fn sentence_starts_follow_lines_and_end_punctuation() {
        let text = "Kerry left. Assad stayed.\nU.S. troops came.  \"Why?\" 3 died. e.g. not here";
        let starts = sentence_starts(text);
        let firsts: Vec<&str> = starts.iter().map(|&b| &text[b..b + 3]).collect();
        // Not after "U." (no space), "came." (an opening quote follows) or "died." (lower case).
        assert_eq!(firsts, ["Ass", "U.S", "3 d"]);
        assert!(sentence_starts("").is_empty() && sentence_starts("no end").is_empty());
        assert!(sentence_starts("Ünïcode. Ärger.\n\n").iter().all(|&b| "Ünïcode. Ärger.\n\n".is_char_boundary(b)));
    }

    #[test]
    fn pieces_keep_every_count_and_never_cut_a_span() {
        let text = "Kerry met Assad. Talks in Geneva.\nThe U.N. said Mr. Smith left. Done.";
        let gold = doc("d", text, &[(0, 5, "PER"), (10, 15, "PER"), (26, 32, "LOC"), (38, 42, "ORG"), (48, 57, "PER")]);
        // A prediction crossing the first sentence end forbids that cut.
        let pred = doc("d", text, &[(0, 5, "PER"), (10, 22, "PER"), (26, 32, "ORG"), (34, 42, "ORG")]);
        let (g, p) = split_sentences(std::slice::from_ref(&gold), &[std::slice::from_ref(&pred)]);
        assert!(g.len() >= 3, "{:?}", g.iter().map(|d| &d.doc.text).collect::<Vec<_>>());
        assert!(g[0].doc.text.contains("Talks"), "no cut inside the span 10..22");
        for piece in g.iter().chain(&p[0]) {
            for s in &piece.spans {
                assert!(s.end <= piece.doc.text.len());
            }
        }
        let whole = score(&[gold], &[pred], &ScoreOptions::default()).expect("scores");
        let parts = score(&g, &p[0], &ScoreOptions::default()).expect("scores");
        assert_eq!(whole.total().schemas, parts.total().schemas);
        assert_eq!(whole.total().by_label, parts.total().by_label);
        assert_eq!(whole.total().values, parts.total().values);
        assert_eq!(parts.docs.len(), g.len());
    }
}
