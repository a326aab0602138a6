//! The scorer's one error type.

use std::fmt;

/// Which input a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The gold annotations.
    Gold,
    /// The predicted annotations.
    Predicted,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Gold => "gold",
            Side::Predicted => "predictions",
        })
    }
}

/// Why documents could not be scored or counts could not be merged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Gold and prediction give different texts for one document id.
    #[error("doc {doc_id}: gold and predicted texts differ (first at character {at})")]
    TextMismatch {
        /// The document.
        doc_id: String,
        /// The first code point where the texts differ.
        at: usize,
    },
    /// A document id occurs twice in one input.
    #[error("duplicate document id `{doc_id}` in the {side}")]
    DuplicateDoc {
        /// The document.
        doc_id: String,
        /// The input it is repeated in.
        side: Side,
    },
    /// A span whose byte offsets do not lie on character boundaries of the text.
    #[error("doc {doc_id}: {side} span {start}..{end} ({label}) is not on character boundaries of the text")]
    BadSpan {
        /// The document.
        doc_id: String,
        /// Gold or predicted.
        side: Side,
        /// Start, in bytes.
        start: usize,
        /// End, in bytes.
        end: usize,
        /// The span's label.
        label: String,
    },
    /// A label mapping that is not `FROM=TO[,FROM=TO…]`.
    #[error("bad label mapping `{0}`: expected FROM=TO[,FROM=TO…] (TO may be O or empty to drop)")]
    BadMapping(String),
    /// Two shards both scored one document.
    #[error("cannot merge: document `{doc_id}` was scored in two parts")]
    MergeOverlap {
        /// The document.
        doc_id: String,
    },
}

/// Result of the scorer.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_document() {
        let err = Error::TextMismatch { doc_id: "d7".into(), at: 3 };
        assert_eq!(err.to_string(), "doc d7: gold and predicted texts differ (first at character 3)");
        let err = Error::DuplicateDoc { doc_id: "d1".into(), side: Side::Predicted };
        assert_eq!(err.to_string(), "duplicate document id `d1` in the predictions");
    }
}
