//! Reading documents from a path in any format the command line reads: format names,
//! detection and the readers are all `reader::Format`'s.

use std::path::Path;

use reader::corpus::CsvColumns;
use reader::{AnnotatedDoc, Format, ReadOptions};

/// The format called `name` (the names of `--from` / `--gold-format`).
pub fn parse_format(name: &str) -> Result<Format, String> {
    let wanted = name.to_ascii_lowercase();
    Format::ALL.into_iter().find(|f| f.name() == wanted).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        format!("unknown format `{name}`: choose from {}", names.join(", "))
    })
}

/// Reads every document of `path` (with the spans it carries), and the readers'
/// warnings (what they read differently from what the input held: relations not read,
/// spans trimmed, …). `text_dir` holds the `.txt` files of brat annotations stored
/// without them.
pub fn read_path(
    path: &Path,
    format: Format,
    text_dir: Option<&Path>,
    columns: &CsvColumns,
) -> Result<(Vec<AnnotatedDoc>, Vec<String>), reader::Error> {
    let options = ReadOptions { columns: columns.clone(), text_dir: text_dir.map(Path::to_path_buf), ..ReadOptions::default() };
    let docs = format.read(path, &options)?.map(|record| record.map(|r| r.doc)).collect::<Result<_, _>>()?;
    Ok((docs, options.warnings.take()))
}
