//! `tageval new-suite`: writes a cargo project that guards tagging a corpus with
//! insta snapshots (templates `suite/Cargo.toml.in` and `suite/regression.rs.in`).

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use reader::Format;

use crate::args::NewSuiteArgs;
use crate::{config, Outcome};

const CARGO_TOML: &str = include_str!("suite/Cargo.toml.in");
const REGRESSION_RS: &str = include_str!("suite/regression.rs.in");
const GITIGNORE: &str = "/target\n*.snap.new\n";

/// Runs `tageval new-suite`.
pub fn run(args: &NewSuiteArgs) -> Result<Outcome> {
    let layers = config::layers(&args.layers.layers)?;
    if layers.is_empty() {
        bail!("--layers names no layer");
    }
    let tageval = tageval_crate(args.tageval_path.as_deref())?;
    let corpus_format = match args.from {
        Some(f) => f.format(),
        None => Format::detect(&args.corpus)?,
    };
    let gold_format = match args.gold_format {
        Some(f) => f.format(),
        None => Format::detect(&args.gold)?,
    };
    // Read both now: a suite over files that do not read would only fail later.
    let text_dir = args.corpus.is_dir().then_some(args.corpus.as_path());
    let read = |path: &Path, format, text_dir: Option<&Path>| {
        let settings = tageval::ReadSettings { format: Some(format), text_dir: text_dir.map(Path::to_path_buf), ..Default::default() };
        tageval::read(path, &settings).with_context(|| format!("{}: cannot read", path.display()))
    };
    let docs = read(&args.corpus, corpus_format, None)?.len();
    let gold_docs = read(&args.gold, gold_format, text_dir)?.len();

    let dir = &args.dir;
    if dir.exists() && fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        bail!("{}: exists and is not an empty folder", dir.display());
    }
    fs::create_dir_all(dir.join("tests/snapshots")).with_context(|| format!("{}: cannot create", dir.display()))?;
    fs::create_dir_all(dir.join("data"))?;

    let corpus_rel = data_name("corpus", &args.corpus);
    copy(&args.corpus, &dir.join(&corpus_rel))?;
    let gold_rel = data_name("gold", &args.gold);
    copy(&args.gold, &dir.join(&gold_rel))?;
    let mut lexicons = Vec::new();
    for (i, lexicon) in args.lexicon.lexicon.iter().enumerate() {
        let rel = data_name(&format!("lexicon-{}", i + 1), lexicon);
        copy(lexicon, &dir.join(&rel))?;
        lexicons.push(rel);
    }
    let model = match &args.model {
        Some(model) => {
            let rel = data_name("entities", model);
            copy(model, &dir.join(&rel))?;
            Some(rel)
        }
        None => None,
    };

    let quote = |s: &str| format!("{s:?}");
    let format = |f: Format| format!("Some(Format::{f:?})");
    let rust = REGRESSION_RS
        .replace("{{CORPUS_NAME}}", &file_name(&args.corpus))
        .replace("{{CORPUS}}", &quote(&corpus_rel))
        .replace("{{CORPUS_FORMAT}}", &format(corpus_format))
        .replace("{{GOLD}}", &quote(&gold_rel))
        .replace("{{GOLD_FORMAT}}", &format(gold_format))
        .replace("{{TEXT_DIR}}", &text_dir.map_or("None".to_string(), |_| format!("Some({})", quote(&corpus_rel))))
        .replace("{{LAYERS}}", &layers.iter().map(|l| format!("Layer::{l:?}")).collect::<Vec<_>>().join(", "))
        .replace("{{LEXICONS}}", &lexicons.iter().map(|l| quote(l)).collect::<Vec<_>>().join(", "))
        .replace("{{MODEL}}", &model.as_deref().map_or("None".to_string(), |m| format!("Some({})", quote(m))));
    let toml = CARGO_TOML.replace("{{NAME}}", &package_name(dir)).replace("{{TAGEVAL}}", &toml_string(&tageval)?);
    fs::write(dir.join("Cargo.toml"), toml)?;
    fs::write(dir.join("tests/regression.rs"), rust)?;
    fs::write(dir.join(".gitignore"), GITIGNORE)?;
    // The tageval workspace's lock file: the same dependency versions, resolvable
    // offline from the local registry cache.
    if let Some(lock) = tageval.parent().and_then(Path::parent).map(|root| root.join("Cargo.lock")).filter(|p| p.is_file()) {
        fs::copy(&lock, dir.join("Cargo.lock")).with_context(|| format!("{}: cannot copy", lock.display()))?;
    }
    eprintln!(
        "tageval: wrote a regression suite in {} ({docs} documents, {gold_docs} gold documents, layers {}).\n\
         Record its snapshots once, then run it after every change:\n  \
         cd {} && INSTA_UPDATE=always cargo test\n  \
         cargo test   # fails on a changed snapshot and writes X.snap.new beside X.snap",
        dir.display(),
        layers.iter().map(|l| l.name()).collect::<Vec<_>>().join(","),
        dir.display()
    );
    Ok(Outcome::Ok)
}

/// The tageval crate folder, absolute: given, or `crates/tageval` of the repository
/// this binary was built in.
fn tageval_crate(given: Option<&Path>) -> Result<PathBuf> {
    let path = match given {
        Some(p) => p.to_path_buf(),
        None => config::bundled("crates/tageval"),
    };
    if !path.join("Cargo.toml").is_file() {
        bail!("{}: no tageval crate there (give its folder with --tageval-path)", path.display());
    }
    path.canonicalize().with_context(|| format!("{}: cannot resolve", path.display()))
}

/// `data/<stem>` with the source's extension (a folder keeps none), so that the
/// format detection of the copy sees what it saw in the original.
fn data_name(stem: &str, source: &Path) -> String {
    let ext = if source.is_dir() { None } else { source.extension().and_then(|e| e.to_str()) };
    let ext = ext.filter(|e| e.chars().all(|c| c.is_ascii_alphanumeric()));
    match ext {
        Some(ext) => format!("data/{stem}.{ext}"),
        None => format!("data/{stem}"),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// A cargo package name from the folder name: letters, digits, `-` and `_`.
fn package_name(dir: &Path) -> String {
    let name: String = file_name(dir)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c.to_ascii_lowercase() } else { '-' })
        .collect();
    match name.trim_matches('-') {
        "" => "regression-suite".to_string(),
        n if n.starts_with(|c: char| c.is_ascii_digit()) => format!("suite-{n}"),
        n => n.to_string(),
    }
}

/// A TOML literal string of a path.
fn toml_string(path: &Path) -> Result<String> {
    let Some(s) = path.to_str() else { bail!("{}: not UTF-8; give --tageval-path", path.display()) };
    if s.contains('\'') || s.chars().any(char::is_control) {
        bail!("{s}: a path with a quote or a control character cannot be written into Cargo.toml; give --tageval-path");
    }
    Ok(format!("'{s}'"))
}

/// Copies a file, or a folder recursively (plain files and folders; links skipped).
fn copy(from: &Path, to: &Path) -> Result<()> {
    let meta = fs::symlink_metadata(from).with_context(|| format!("{}: cannot read", from.display()))?;
    if meta.is_dir() {
        fs::create_dir_all(to)?;
        for entry in fs::read_dir(from).with_context(|| format!("{}: cannot list", from.display()))? {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() || kind.is_file() {
                copy(&entry.path(), &to.join(entry.file_name()))?;
            }
        }
    } else if meta.is_file() {
        fs::copy(from, to).with_context(|| format!("{}: cannot copy to {}", from.display(), to.display()))?;
    } else if meta.file_type().is_symlink() {
        // A top-level link (the corpus given as a link) is followed.
        let target = fs::canonicalize(from)?;
        copy(&target, to)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe() {
        assert_eq!(package_name(Path::new("/tmp/My Suite!")), "my-suite");
        assert_eq!(package_name(Path::new("2026")), "suite-2026");
        assert_eq!(data_name("gold", Path::new("/x/gold.jsonl")), "data/gold.jsonl");
        assert_eq!(toml_string(Path::new("/a/b")).expect("plain"), "'/a/b'");
        assert!(toml_string(Path::new("/a'b")).is_err());
    }

    #[test]
    fn templates_have_no_placeholder_left_unfilled() {
        for key in ["CORPUS_NAME", "CORPUS", "CORPUS_FORMAT", "GOLD", "GOLD_FORMAT", "TEXT_DIR", "LAYERS", "LEXICONS", "MODEL"] {
            assert!(REGRESSION_RS.contains(&format!("{{{{{key}}}}}")), "{key}");
        }
        assert!(CARGO_TOML.contains("{{NAME}}") && CARGO_TOML.contains("{{TAGEVAL}}"));
    }
}
