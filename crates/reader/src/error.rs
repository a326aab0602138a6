//! Errors of the readers and writers, each tagged with where it happened.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// Where in the input an error was found: a file (or `-` for stdin), a 1-based line
/// when known, and the document id when known.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The file; `-` is standard input.
    pub path: PathBuf,
    /// 1-based line number, 0 when not applicable.
    pub line: usize,
    /// The document id, when known.
    pub doc_id: Option<String>,
}

impl Location {
    /// A location at `path`, line `line` (1-based; 0 for the whole file).
    pub fn new(path: impl AsRef<Path>, line: usize) -> Self {
        Location { path: path.as_ref().to_path_buf(), line, doc_id: None }
    }

    /// Adds a document id.
    pub fn doc(mut self, id: impl Into<String>) -> Self {
        self.doc_id = Some(id.into());
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.doc_id {
            Some(id) if self.path.as_os_str().is_empty() => return write!(f, "doc {id}"),
            _ => {}
        }
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if let Some(id) = &self.doc_id {
            write!(f, " (doc {id})")?;
        }
        Ok(())
    }
}

/// What went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be opened, read or written.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// Bytes that are not UTF-8.
    #[error("invalid UTF-8 at byte {0} of the line")]
    InvalidUtf8(usize),
    /// A line that is not valid JSON, or not a JSON object.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// A CSV record that could not be read.
    #[error("invalid CSV: {0}")]
    Csv(String),
    /// A required field or column is absent.
    #[error("missing field `{0}`")]
    MissingField(String),
    /// A field has the wrong JSON type.
    #[error("field `{field}` must be {expected}")]
    WrongType {
        /// The field.
        field: String,
        /// What it must be.
        expected: &'static str,
    },
    /// A document creation time that is not an ISO 8601 date.
    #[error("DCT `{0}` is not an ISO 8601 date (YYYY-MM-DD, optionally with a time)")]
    BadDct(String),
    /// A span outside the text, empty, or reversed (offsets in code points).
    #[error("span {start}..{end} is out of range for a text of {len} characters")]
    SpanOutOfRange {
        /// Start, in code points.
        start: usize,
        /// End, in code points.
        end: usize,
        /// Text length in code points.
        len: usize,
    },
    /// A span's `text` differs from the slice of the document it points at.
    #[error("span {start}..{end} says {claimed:?} but the text there is {actual:?}")]
    SpanTextMismatch {
        /// Start, in code points.
        start: usize,
        /// End, in code points.
        end: usize,
        /// The text the file gives.
        claimed: String,
        /// The text at those offsets.
        actual: String,
    },
    /// A span that starts or ends on whitespace.
    #[error("span {start}..{end} ({text:?}) starts or ends on whitespace (--trim-spans trims such spans, with a warning)")]
    SpanWhitespace {
        /// Start, in code points.
        start: usize,
        /// End, in code points.
        end: usize,
        /// The covered text.
        text: String,
    },
    /// Two spans of one layer overlap.
    #[error("spans {first} and {second} overlap within one layer")]
    SpanOverlap {
        /// The first span, as `label start..end`.
        first: String,
        /// The second span.
        second: String,
    },
    /// A line that the format does not allow.
    #[error("{0}")]
    Syntax(String),
    /// A JSON document field that carries annotations tageval does not understand.
    #[error("field `{0}` carries annotations tageval does not read (it reads `spans`, Label Studio `data`+`annotations`/`predictions`, Doccano `label`/`entities`, Prodigy `spans`+`answer`); convert it to `spans` or remove it")]
    UnknownAnnotations(String),
    /// A document id seen twice.
    #[error("duplicate document id `{0}`")]
    DuplicateId(String),
    /// Something a writer cannot write (a span that is not a range of its text, a
    /// format that is read only, a stream where a folder is needed).
    #[error("{0}")]
    Unwritable(String),
}

/// An error with its location: displayed as `path:line (doc id): message`.
#[derive(Debug)]
pub struct Error {
    /// Where.
    pub location: Location,
    /// What.
    pub kind: ErrorKind,
}

impl Error {
    /// An error at `location`.
    pub fn new(location: Location, kind: ErrorKind) -> Self {
        Error { location, kind }
    }

    /// An I/O error on a whole file.
    pub fn io(path: impl AsRef<Path>, err: io::Error) -> Self {
        Error::new(Location::new(path, 0), ErrorKind::Io(err))
    }

    /// True when the error is a closed pipe on output (not worth reporting).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(&self.kind, ErrorKind::Io(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location == Location::default() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.location, self.kind)
        }
    }
}

/// No `source()`: the message already ends with the cause (an I/O error's text), and
/// a chain printer (`anyhow`'s `{:#}`) would print it twice.
impl std::error::Error for Error {}

/// Result of the readers and writers.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_path_line_and_doc() {
        let err = Error::new(Location::new("in.jsonl", 7).doc("d1"), ErrorKind::MissingField("text".into()));
        assert_eq!(err.to_string(), "in.jsonl:7 (doc d1): missing field `text`");
    }

    #[test]
    fn io_cause_is_printed_once_by_chain_printers() {
        let err = Error::io("in.jsonl", io::Error::new(io::ErrorKind::NotFound, "gone"));
        assert_eq!(err.to_string(), "in.jsonl: gone");
        assert!(std::error::Error::source(&err).is_none(), "the cause is in the message");
    }
}
