//! Turns command-line arguments into validated settings for the library crates.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use annotator::{CasualtyOptions, DateOptions, DateOrder, EntityOptions, Pipeline, PipelineConfig};
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
            None => bail!("unknown layer `{name}`: choose from {}", Layer::names(", ")),
        }
    }
    Ok(out)
}

/// Builds the annotation pipeline and sizes the thread pool.
pub fn pipeline(args: &PipelineArgs) -> Result<Pipeline> {
    let layers = layers(&args.layers)?;
    if layers.is_empty() {
        bail!("--layers names no layer");
    }
    threads(args.threads)?;
    let config = PipelineConfig {
        layers,
        entities: EntityOptions { model: args.model.clone(), lexicons: args.lexicon.clone(), bundled_lexicon: !args.no_bundled_lexicon },
        dates: DateOptions { order: if args.day_first { DateOrder::DayFirst } else { DateOrder::MonthFirst } },
        casualties: CasualtyOptions {},
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
