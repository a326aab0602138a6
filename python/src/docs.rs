//! Documents with spans, read by the `reader` crate and held on the Rust side until
//! they are scored or handed to Python as JSONL lines.

use std::path::PathBuf;

use pyo3::prelude::*;
use reader::corpus::CsvColumns;
use reader::{AnnotatedDoc, Location};

use crate::error;
use crate::input::{parse_format, read_path};
use reader::Format;

/// Documents with the spans they carry (gold, predictions, or a bare corpus).
#[pyclass(frozen, module = "tageval._native")]
pub struct Docs {
    pub(crate) docs: Vec<AnnotatedDoc>,
    /// The readers' warnings, for the Python side to give through `warnings`.
    pub(crate) warnings: Vec<String>,
}

#[pymethods]
impl Docs {
    /// What the readers read differently from what the input held (the warnings
    /// `tageval` prints on stderr), one message each.
    #[getter]
    fn warnings(&self) -> Vec<String> {
        self.warnings.clone()
    }

    fn __len__(&self) -> usize {
        self.docs.len()
    }

    /// Each document as the line `tageval annotate` / `convert --to jsonl` writes:
    /// `id`, `text`, `dct`, pass-through fields, `layers` when declared, and `spans`
    /// with code-point offsets.
    fn to_jsonl(&self) -> PyResult<Vec<String>> {
        self.docs
            .iter()
            .map(|doc| {
                let mut line = Vec::new();
                reader::jsonl::write_doc(&mut line, doc).map_err(error)?;
                line.pop(); // the newline
                String::from_utf8(line).map_err(error)
            })
            .collect()
    }
}

/// Reads the documents of `path` in `format` (default: guessed as the command line
/// guesses). `text_dir` holds the texts of brat annotations stored without them;
/// the column names apply to CSV.
#[pyfunction]
#[pyo3(signature = (path, format=None, text_dir=None, id_column="id", text_column="text", dct_column="dct"))]
pub fn read(
    py: Python<'_>,
    path: PathBuf,
    format: Option<&str>,
    text_dir: Option<PathBuf>,
    id_column: &str,
    text_column: &str,
    dct_column: &str,
) -> PyResult<Docs> {
    let format = match format {
        Some(name) => Some(parse_format(name).map_err(error)?),
        None => None,
    };
    let columns = CsvColumns { id: id_column.into(), text: text_column.into(), dct: dct_column.into() };
    let docs = py.detach(|| {
        let format = match format {
            Some(f) => f,
            None => Format::detect(&path)?,
        };
        read_path(&path, format, text_dir.as_deref(), &columns)
    });
    let (docs, warnings) = docs.map_err(error)?;
    Ok(Docs { docs, warnings })
}

/// Parses JSONL lines (one document each; `source` names them in errors, with the
/// 1-based position as the line), checked exactly as lines of a JSONL file are.
#[pyfunction]
#[pyo3(signature = (lines, source="<records>"))]
pub fn parse_jsonl(lines: Vec<String>, source: &str) -> PyResult<Docs> {
    let docs = lines
        .iter()
        .enumerate()
        .map(|(i, line)| reader::jsonl::parse_line(line, Location::new(source, i + 1)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(error)?;
    Ok(Docs { docs, warnings: Vec::new() })
}
