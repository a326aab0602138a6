//! Scoring: the scorer crate's counts and report, rendered by its own writers.

use pyo3::prelude::*;
use scorer::compare::CompareOptions;
use scorer::{BootstrapOptions, LabelMap, ReportOptions, ScoreOptions};

use crate::docs::Docs;
use crate::error;
use crate::pipeline::parse_layers;

/// A scoring report (the scorer's `Report`), rendered as the command line renders it.
#[pyclass(frozen, module = "tageval._native")]
pub struct NativeReport {
    report: scorer::Report,
}

#[pymethods]
impl NativeReport {
    /// The JSON report (`tageval score --format json`).
    fn json(&self) -> String {
        self.report.render_json()
    }

    /// The terminal table (`--format table`).
    fn table(&self) -> String {
        self.report.render_table()
    }

    /// CSV (`--format csv`).
    fn csv(&self) -> String {
        self.report.render_csv()
    }

    /// conlleval-style text (`--format conlleval`).
    fn conlleval(&self) -> String {
        self.report.render_conlleval()
    }

    /// Strict micro F1 (what `--min-f1` gates on).
    #[getter]
    fn strict_f1(&self) -> f64 {
        self.report.strict_f1()
    }
}

/// Scores `pred` against `gold` as `tageval score` does (same options, same
/// defaults: 1000 bootstrap resamples, seed 42).
#[pyfunction]
#[pyo3(signature = (gold, pred, layers=None, only_layers=None, label_map=None, map_gold=false, match_across_layers=false, bootstrap=1000, seed=42, by_doc=true))]
#[allow(clippy::too_many_arguments)] // one keyword argument per option, as Python callers expect
pub fn score(
    py: Python<'_>,
    gold: &Docs,
    pred: &Docs,
    layers: Option<Vec<String>>,
    only_layers: Option<Vec<String>>,
    label_map: Option<&str>,
    map_gold: bool,
    match_across_layers: bool,
    bootstrap: usize,
    seed: u64,
    by_doc: bool,
) -> PyResult<NativeReport> {
    let label_map = match label_map.filter(|m| !m.trim().is_empty()) {
        Some(spec) => LabelMap::parse(spec).map_err(error)?,
        None => LabelMap::new(),
    };
    let options = ScoreOptions {
        label_map,
        map_gold,
        layers: layers.map(|names| parse_layers(Some(names))).transpose()?,
        only_layers: only_layers.map(|names| parse_layers(Some(names))).transpose()?,
        match_across_layers,
        ..Default::default()
    };
    let report_options = ReportOptions { bootstrap: BootstrapOptions { resamples: bootstrap, seed }, by_doc };
    let report = py.detach(|| scorer::score(&gold.docs, &pred.docs, &options).map(|counts| counts.report(&report_options)));
    Ok(NativeReport { report: report.map_err(error)? })
}

/// A comparison of two systems against one gold (the scorer's `Comparison`), rendered
/// as `tageval compare` renders it.
#[pyclass(frozen, module = "tageval._native")]
pub struct NativeComparison {
    comparison: scorer::compare::Comparison,
}

#[pymethods]
impl NativeComparison {
    /// The JSON comparison (`tageval compare --format json`).
    fn json(&self) -> String {
        self.comparison.render_json()
    }

    /// The terminal table (`--format table`).
    fn table(&self) -> String {
        self.comparison.render_table()
    }

    /// CSV (`--format csv`).
    fn csv(&self) -> String {
        self.comparison.render_csv()
    }

    /// The warning `tageval compare` prints (too few documents to resample), if any.
    #[getter]
    fn warning(&self) -> Option<String> {
        self.comparison.warning.clone()
    }
}

/// Compares system `a` (the baseline) with system `b` against `gold` as `tageval
/// compare` does (same options, same defaults: 1000 bootstrap samples, 1000
/// randomisation rounds, seed 42, the 10 most changed documents).
#[pyfunction]
#[pyo3(signature = (gold, a, b, layers=None, label_map=None, bootstrap=1000, rounds=1000, seed=42, top=10))]
#[allow(clippy::too_many_arguments)] // one keyword argument per option, as Python callers expect
pub fn compare(
    py: Python<'_>,
    gold: &Docs,
    a: &Docs,
    b: &Docs,
    layers: Option<Vec<String>>,
    label_map: Option<&str>,
    bootstrap: usize,
    rounds: usize,
    seed: u64,
    top: usize,
) -> PyResult<NativeComparison> {
    let label_map = match label_map.filter(|m| !m.trim().is_empty()) {
        Some(spec) => LabelMap::parse(spec).map_err(error)?,
        None => LabelMap::new(),
    };
    let layers = layers.map(|names| parse_layers(Some(names))).transpose()?.filter(|l| !l.is_empty());
    let score_options = ScoreOptions { label_map, layers, ..Default::default() };
    let options = CompareOptions { resamples: bootstrap, rounds, seed, top_docs: top, ..CompareOptions::default() };
    let comparison = py.detach(|| scorer::compare::compare(&gold.docs, &a.docs, &b.docs, &score_options, &options));
    Ok(NativeComparison { comparison: comparison.map_err(error)? })
}
