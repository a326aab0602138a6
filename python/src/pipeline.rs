//! The annotation pipeline as a Python class: build once, annotate batches in
//! parallel without the GIL.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use annotator::casualties::CasualtyTotals;
use annotator::{DateOptions, DateOrder, PipelineConfig};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;
use reader::boundary::FileSpan;
use reader::{CharMap, Document, Layer, Span};

use crate::error;

/// Each layer's name with its labels, in the order of `reader::layer::SPECS`.
#[pyfunction]
pub fn layer_labels() -> Vec<(&'static str, Vec<&'static str>)> {
    Layer::ALL.iter().map(|l| (l.name(), l.labels().to_vec())).collect()
}

/// Parses layer names; `None` is every layer.
pub(crate) fn parse_layers(names: Option<Vec<String>>) -> PyResult<Vec<Layer>> {
    let Some(names) = names else { return Ok(Layer::ALL.to_vec()) };
    let mut layers = Vec::new();
    for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        match Layer::parse(name) {
            Some(layer) if !layers.contains(&layer) => layers.push(layer),
            Some(_) => {}
            None => return Err(error(format!("unknown layer `{name}`: choose from {}", Layer::names(", ")))),
        }
    }
    if layers.is_empty() {
        return Err(error("`layers` names no layer"));
    }
    Ok(layers)
}

/// The taggers of some layers, built once (models and lexicons loaded, grammars
/// compiled) and shared read-only by the threads that annotate.
#[pyclass(frozen, module = "tageval._native")]
pub struct Pipeline {
    inner: Arc<annotator::Pipeline>,
}

#[pymethods]
impl Pipeline {
    /// Builds the taggers of `layers` (default: all); `day_first` reads `06/01/2015`
    /// as 6 January.
    #[new]
    #[pyo3(signature = (layers=None, day_first=false))]
    fn new(py: Python<'_>, layers: Option<Vec<String>>, day_first: bool) -> PyResult<Self> {
        let mut config = PipelineConfig::with_layers(&parse_layers(layers)?);
        config.dates = DateOptions { order: if day_first { DateOrder::DayFirst } else { DateOrder::MonthFirst } };
        let built = py.detach(|| annotator::Pipeline::build(&config)).map_err(error)?;
        Ok(Pipeline { inner: Arc::new(built) })
    }

    /// The layers this pipeline tags.
    #[getter]
    fn layers(&self) -> Vec<&'static str> {
        self.inner.layers().iter().map(|l| l.name()).collect()
    }

    /// Annotates `texts` (with their creation times `dcts`, `None` where unknown):
    /// one dict per text, `{"spans": [...]}`, in input order. Runs on `threads`
    /// threads (default: all cores) with the GIL released.
    #[pyo3(signature = (texts, dcts, threads=None))]
    fn annotate<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        dcts: Vec<Option<String>>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Bound<'py, PyDict>>> {
        if texts.len() != dcts.len() {
            return Err(error(format!("{} texts but {} creation times", texts.len(), dcts.len())));
        }
        let mut docs = Vec::with_capacity(texts.len());
        for (i, (text, dct)) in texts.into_iter().zip(dcts).enumerate() {
            let mut doc = Document::new(i.to_string(), text);
            if let Some(dct) = dct {
                let loc = reader::Location::new("<annotate>", 0).doc(i.to_string());
                doc.dct = Some(reader::shared::check_dct(dct, &loc).map_err(error)?);
            }
            docs.push(doc);
        }
        let pool = match threads {
            Some(0) => return Err(error("`threads` must be at least 1")),
            Some(n) => Some(thread_pool(n)?),
            None => None,
        };
        let pipeline = &self.inner;
        let totals = pipeline.layers().contains(&reader::Layer::Casualties);
        // The casualty totals too are computed here, without the GIL, beside the spans.
        let results: Vec<(Vec<Span>, Option<CasualtyTotals>)> = py.detach(|| {
            let run = || {
                docs.par_iter()
                    .map(|doc| {
                        let spans = pipeline.annotate(doc);
                        // The document's `dct` dates earlier events out of the toll, as `tageval annotate` does.
                        let tolls = totals.then(|| annotator::casualties::totals_dated(&doc.text, &spans, doc.dct.as_deref()));
                        (spans, tolls)
                    })
                    .collect()
            };
            match &pool {
                Some(pool) => pool.install(run),
                None => run(),
            }
        });
        docs.iter().zip(&results).map(|(doc, (spans, tolls))| doc_result(py, doc, spans, tolls.as_ref())).collect()
    }
}

/// What one document's annotation gives Python: its spans (and, when the library
/// gives them, its casualty totals) as a dict the Python side merges into the record.
///
/// When the casualty layer ran (`tolls`, computed without the GIL), `casualty_totals`
/// is the document's toll per outcome (`{"killed": ">=5"}`, as `tageval annotate`
/// writes it), or `None` when it has no casualty figure: the Python side then removes
/// any stale field, as the CLI does.
fn doc_result<'py>(py: Python<'py>, doc: &Document, spans: &[Span], tolls: Option<&CasualtyTotals>) -> PyResult<Bound<'py, PyDict>> {
    // Key order as the JSONL line: `casualty_totals` before `spans`.
    let out = PyDict::new(py);
    if let Some(tolls) = tolls {
        if tolls.is_empty() {
            out.set_item("casualty_totals", py.None())?;
        } else {
            let map = PyDict::new(py);
            for (outcome, toll) in &tolls.0 {
                map.set_item(*outcome, toll.to_string())?;
            }
            out.set_item("casualty_totals", map)?;
        }
    }
    out.set_item("spans", span_list(py, &doc.text, spans)?)?;
    Ok(out)
}

/// Spans as the JSONL writer writes them: `start`, `end` (code points), `label`,
/// `text`, then `value` when there is one, then any further attributes.
pub(crate) fn span_list<'py>(py: Python<'py>, text: &str, spans: &[Span]) -> PyResult<Bound<'py, PyList>> {
    let map = CharMap::new(text);
    let list = PyList::empty(py);
    for span in spans {
        let file = FileSpan::from_span(span, text, &map);
        let item = PyDict::new(py);
        item.set_item("start", file.start)?;
        item.set_item("end", file.end)?;
        item.set_item("label", file.label)?;
        item.set_item("text", file.text)?;
        if let Some(value) = file.value {
            item.set_item("value", value)?;
        }
        for (key, value) in file.attrs {
            item.set_item(key, value)?;
        }
        list.append(item)?;
    }
    Ok(list)
}

/// A pool of `n` threads, built once per size and kept for the process.
fn thread_pool(n: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    let mut pools = POOLS.get_or_init(Default::default).lock().map_err(|_| error("the thread pool registry is poisoned"))?;
    if let Some(pool) = pools.get(&n) {
        return Ok(Arc::clone(pool));
    }
    let pool = Arc::new(rayon::ThreadPoolBuilder::new().num_threads(n).build().map_err(error)?);
    pools.insert(n, Arc::clone(&pool));
    Ok(pool)
}
