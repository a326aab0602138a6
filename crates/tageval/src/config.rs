//! Turns command-line arguments into validated settings for the library crates.

use std::path::{Path, PathBuf};

use annotator::entities::Model;
use annotator::{CasualtyOptions, DateOptions, DateOrder, EntityOptions, Pipeline, PipelineConfig};
use anyhow::{bail, Context, Result};
use reader::corpus::CsvColumns;
use reader::Layer;

use crate::args::{CorpusArgs, PipelineArgs};

/// Parses layer names (`entities,dates,casualties`).
pub fn layers(names: &[String]) -> Result<Vec<Layer>> {
    let mut out = Vec::new();
    for name in names.iter().filter(|n| !n.trim().is_empty()) {
        match Layer::parse(name) {
            Some(layer) if !out.contains(&layer) => out.push(layer),
            Some(_) => {}
            None => bail!("unknown layer `{name}`: choose from {} (or the layer of a --model)", Layer::names(", ")),
        }
    }
    Ok(out)
}

/// Builds the annotation pipeline and sizes the thread pool.
///
/// Each `--model` names its layer: a model of layer `entities` replaces the bundled
/// entity model; a model of a layer the user named runs as that layer, beside the
/// `--layers` (or alone when `--layers` names only it).
pub fn pipeline(args: &PipelineArgs) -> Result<Pipeline> {
    let mut entity_model: Option<PathBuf> = None;
    let mut custom: Vec<(String, EntityOptions)> = Vec::new();
    for path in &args.model {
        let model = Model::load(path).with_context(|| format!("{}: cannot read the model", path.display()))?;
        let name = model.layer().to_string();
        match Layer::parse(&name) {
            Some(Layer::Entities) if entity_model.is_some() => bail!("two --model files of layer `entities`"),
            Some(Layer::Entities) => entity_model = Some(path.clone()),
            Some(layer) => bail!("{}: a model of layer `{layer}` cannot run (that layer's spans carry values)", path.display()),
            None if custom.iter().any(|(n, _)| *n == name) => bail!("two --model files of layer `{name}`"),
            None => custom.push((name, EntityOptions { model: Some(path.clone()), lexicons: Vec::new(), bundled_lexicon: true })),
        }
    }
    let is_custom = |n: &String| custom.iter().any(|(name, _)| name.eq_ignore_ascii_case(n.trim()));
    let builtin: Vec<String> = args.layers.layers.iter().filter(|n| !is_custom(n)).cloned().collect();
    let layers = layers(&builtin)?;
    if layers.is_empty() && custom.is_empty() {
        bail!("--layers names no layer");
    }
    threads(args.threads)?;
    let config = PipelineConfig {
        layers,
        entities: EntityOptions { model: entity_model, lexicons: args.lexicon.lexicon.clone(), bundled_lexicon: !args.no_bundled_lexicon },
        dates: DateOptions { order: if args.day_first { DateOrder::DayFirst } else { DateOrder::MonthFirst } },
        casualties: CasualtyOptions {},
        custom: custom.into_iter().map(|(_, options)| options).collect(),
    };
    Pipeline::build(&config).context("cannot build the annotators")
}

/// Sets the size of the global thread pool (default: all cores).
pub fn threads(n: Option<usize>) -> Result<()> {
    if n == Some(0) {
        bail!("--threads must be at least 1");
    }
    let n = n.map(|n| {
        let max = max_threads();
        if n > max {
            eprintln!("tageval: warning: --threads {n} is more than {max} (4 per core, at least 64); using {max}");
        }
        n.min(max)
    });
    let builder = rayon::ThreadPoolBuilder::new().num_threads(n.unwrap_or(0));
    // A second call in one process (tests) keeps the first pool; that is harmless.
    let _ = builder.build_global();
    Ok(())
}

/// The most worker threads started: 4 per core, at least 64. More only costs memory
/// (a stack each) and start-up time; `-j 100000` would try to start them all.
pub fn max_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from).saturating_mul(4).max(64)
}

/// CSV column names.
pub fn columns(args: &CorpusArgs) -> CsvColumns {
    CsvColumns { id: args.id_column.clone(), text: args.text_column.clone(), dct: args.dct_column.clone() }
}

/// A path of the bundled data (`corpora/aleppo-2015`, `gold/aleppo-2015`): relative
/// to the working directory when it exists there (running from the repository), else
/// in the nearest folder above the executable that holds it (`target/release/tageval`
/// finds the repository it was built in). No build-time path is compiled in, so a
/// binary copied elsewhere looks only where it runs; when nothing is found the
/// relative path is returned and reading it names it.
pub fn bundled(relative: &str) -> PathBuf {
    let here = Path::new(relative);
    if here.exists() {
        return here.to_path_buf();
    }
    let exe = std::env::current_exe().ok().and_then(|p| p.canonicalize().ok());
    exe.iter()
        .flat_map(|exe| exe.ancestors().skip(1))
        .map(|dir| dir.join(relative))
        .find(|candidate| candidate.exists())
        .unwrap_or_else(|| here.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_is_found_without_a_compiled_in_path() {
        // Unit tests run in the crate's folder, where `corpora/` is not: the path is
        // found above the test executable (inside the repository's `target/`).
        let found = bundled("corpora/aleppo-2015");
        assert!(found.join("manifest.csv").exists() || found.is_dir(), "{}", found.display());
        assert_eq!(bundled("no/such/bundled/path"), Path::new("no/such/bundled/path"));
    }
}
