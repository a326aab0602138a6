//! The data model and file formats of tageval.
//!
//! Everything tageval reads or writes passes through this crate:
//!
//! - [`Document`] (id, text, creation time, pass-through fields) and [`Span`]
//!   (byte range, label, value), grouped as [`AnnotatedDoc`]; [`Layer`] says which
//!   annotation layer a label belongs to, and [`layer::SPECS`] is the one table of
//!   what each layer is (name, labels, values, report colours).
//! - [`Format`] is the one seam to every file format: `detect`, `capabilities`, `read`
//!   (a stream of [`Record`]s, the same signature for all) and `write` (one error
//!   type; the writer reports what the format could not hold as a [`Loss`]).
//! - Corpora in: JSONL ([`jsonl`]), a folder of `.txt` files with an optional
//!   manifest, CSV ([`corpus`]).
//! - Annotations in and out: JSONL spans ([`jsonl`]), brat standoff ([`brat`]),
//!   CoNLL column files ([`conll`]), TimeML ([`timeml`]); spaCy DocBin in ([`spacy`]). Helpers they share
//!   (UTF-8 decoding, DCT check, manifest) live in [`shared`].
//!
//! Inside, span offsets are bytes into the unmodified text; files carry Unicode code
//! points. [`boundary::FileSpan`] is the file form, and [`boundary::import_spans`] the
//! one checked conversion (range, text, whitespace, overlaps): every reader uses it.
//! Errors carry the path, line and document id ([`Error`]).
//!
//! ```
//! use reader::jsonl;
//! let line = r#"{"id":"d1","text":"Köln, June 1","spans":[{"start":0,"end":4,"label":"LOC"}]}"#;
//! let docs: Vec<_> = jsonl::JsonlReader::new(line.as_bytes(), "-").collect::<Result<_, _>>().unwrap();
//! let doc = &docs[0].doc;
//! assert_eq!(doc.spans[0].text(&doc.doc.text), "Köln");
//! ```
#![warn(missing_docs)]

pub mod boundary;
pub mod brat;
pub mod conll;
pub mod corpus;
pub mod error;
pub mod format;
pub mod jsonl;
pub mod layer;
pub mod model;
pub mod offsets;
pub mod shared;
pub mod spacy;
pub mod timeml;
pub mod tools;

pub use error::{Error, ErrorKind, Location, Result};
pub use format::{Capabilities, DocWriter, Format, Loss, ReadOptions, Records, Sink, Target, WriteOptions};
pub use layer::{Layer, LayerSpec};
pub use model::{AnnotatedDoc, Document, Meta, Record, Span};
pub use offsets::CharMap;
pub use tools::Warnings;
