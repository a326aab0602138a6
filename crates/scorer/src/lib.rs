//! Scores tags against gold: the four SemEval-2013 task 9.1 schemas (strict, exact,
//! partial, type) counted as nervaluate counts them, TempEval-3 value scoring of
//! dates and casualty figures, bootstrap confidence intervals, and an error listing.
//!
//! The data flow:
//!
//! 1. [`score`] pairs gold and predicted [`AnnotatedDoc`](reader::AnnotatedDoc)s by
//!    id, maps labels ([`LabelMap`]), sets aside spans of layers the gold does not
//!    cover, and matches each document ([`schemas`]) into raw [`Counts`], kept per
//!    document.
//! 2. [`Counts`] serialise (serde) and [`Counts::merge`] adds shards up to exactly
//!    what scoring everything at once gives.
//! 3. [`Counts::report`] derives every figure — micro, per label, macro, values,
//!    per document, confusion matrix, bootstrap intervals — into a [`Report`],
//!    which renders as a terminal table, CSV, JSON or conlleval-style text.
//! 4. [`list_errors`] lists each false positive, false negative, boundary, label
//!    and value error with its context; [`errors::write_csv`] and
//!    [`errors::write_jsonl`] write the listing.
//! 5. [`strict_score`] gives the strict micro and per-label figures of a set of
//!    labels ([`StrictScore`]): what `tageval train` shows for each epoch and picks
//!    the best epoch by.
//!
//! Scores lie in `[0, 1]`; a zero denominator (no gold, no prediction) gives 0.
//!
//! ```
//! use reader::{AnnotatedDoc, Document, Layer, Span};
//! use scorer::{score, ReportOptions, ScoreOptions};
//!
//! let text = "Assad met Kerry in Geneva.";
//! let gold = AnnotatedDoc {
//!     doc: Document::new("d1", text),
//!     spans: vec![Span::new(0, 5, "PER"), Span::new(10, 15, "PER"), Span::new(19, 25, "LOC")],
//!     layers: vec![Layer::Entities],
//! };
//! let mut pred = gold.clone();
//! pred.spans = vec![Span::new(0, 5, "PER"), Span::new(10, 15, "ORG"), Span::new(19, 26, "GPE")];
//!
//! let options = ScoreOptions { label_map: "GPE=LOC".parse()?, ..Default::default() };
//! let counts = score(&[gold], &[pred], &options)?;
//! let report = counts.report(&ReportOptions::default());
//! assert_eq!(report.schemas.strict.correct, 1);
//! assert_eq!(report.schemas.r#type.correct, 2); // Geneva overlaps: boundaries do not matter
//! assert_eq!((report.schemas.partial.correct, report.schemas.partial.partial), (2, 1)); // labels do not matter
//! assert!(report.render_conlleval().starts_with("processed 26 characters with 3 phrases; found: 3 phrases; correct: 1."));
//! # Ok::<(), scorer::Error>(())
//! ```
#![warn(missing_docs)]

pub mod bootstrap;
pub mod compare;
pub mod counts;
pub mod errors;
pub mod gates;
mod mapping;
mod prepare;
pub mod report;
pub mod schemas;
mod score;
mod strict;
pub mod totals;
pub mod units;
pub mod values;

pub use bootstrap::{BootstrapOptions, Confidence, Interval};
pub use counts::{Counts, DocCounts, Metrics, SchemaCounts, Tally, OTHER_LAYER};
pub use errors::{list_errors, scored_doc, Error, Result, ScoredDoc, ScoredSpan, Side, TagError, TagErrorKind};
pub use mapping::LabelMap;
pub use report::{Detection, Report, ReportOptions};
pub use schemas::Schema;
pub use score::{score, score_doc, ScoreOptions};
pub use strict::{strict_score, StrictScore};
pub use units::ResampleUnit;
pub use values::{ValueMetrics, ValueTally};
