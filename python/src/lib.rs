//! `tageval._native`: the Rust half of the Python package.
//!
//! The Python package (`python/tageval/`) gives the friendly API; this module gives it
//! three things, each a thin layer over the library crates:
//!
//! - [`pipeline::Pipeline`]: `annotator::Pipeline` built once, annotating a batch of
//!   texts on all cores (rayon) with the GIL released; spans come back as dicts with
//!   code-point offsets, converted by `reader::boundary::FileSpan` (the one place
//!   offsets change system).
//! - [`docs::Docs`]: documents with spans read by the `reader` crate, from a path in
//!   any format the command line reads, or from JSONL lines the Python side makes of
//!   its records (so a record is checked exactly as a line of a JSONL file is).
//! - [`report::score`]: `scorer::score` and `Counts::report`, rendered by the
//!   scorer's own JSON, table, CSV and conlleval writers: the figures are the CLI's;
//!   [`report::compare`]: `scorer::compare::compare`, as `tageval compare` runs it.

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

mod docs;
mod input;
mod pipeline;
mod report;

create_exception!(
    _native,
    TagevalError,
    PyValueError,
    "A document, file or option tageval cannot use (the message names the path, line and document)."
);

/// Any error of the library crates as a `TagevalError` carrying its message.
pub(crate) fn error(err: impl std::fmt::Display) -> PyErr {
    TagevalError::new_err(err.to_string())
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("TagevalError", m.py().get_type::<TagevalError>())?;
    m.add_class::<pipeline::Pipeline>()?;
    m.add_class::<docs::Docs>()?;
    m.add_class::<report::NativeReport>()?;
    m.add_class::<report::NativeComparison>()?;
    m.add_function(wrap_pyfunction!(docs::read, m)?)?;
    m.add_function(wrap_pyfunction!(docs::parse_jsonl, m)?)?;
    m.add_function(wrap_pyfunction!(report::score, m)?)?;
    m.add_function(wrap_pyfunction!(report::compare, m)?)?;
    m.add_function(wrap_pyfunction!(pipeline::layer_labels, m)?)?;
    Ok(())
}
