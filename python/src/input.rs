//! Reading documents from a path in any format the command line reads.
//!
//! The format names and the guess follow `tageval`'s `--from`/`--gold-format` and
//! its `input::detect`, which lives in the binary crate; the readers themselves are
//! the `reader` crate's.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use reader::corpus::{self, CorpusFormat, CsvColumns};
use reader::{brat, conll, timeml, AnnotatedDoc};

/// The formats, by the names the command line gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Txt,
    Csv,
    Brat,
    Conll,
    Timeml,
}

impl Format {
    /// The format called `name`.
    pub fn parse(name: &str) -> Result<Format, String> {
        Ok(match name.to_ascii_lowercase().as_str() {
            "jsonl" => Format::Jsonl,
            "txt" => Format::Txt,
            "csv" => Format::Csv,
            "brat" => Format::Brat,
            "conll" => Format::Conll,
            "timeml" => Format::Timeml,
            _ => return Err(format!("unknown format `{name}`: choose from jsonl, txt, csv, brat, conll, timeml")),
        })
    }

    /// Guesses the format of `path` as the command line does: a folder with `.ann`
    /// files is brat, one with `.tml` files (directly or one level down) TimeML, any
    /// other folder `.txt` files; `.csv`, `.tml`, `.jsonl`/`.json`/`.ndjson` and the
    /// CoNLL extensions name their format; for other files the first non-blank byte
    /// decides (`{` is JSONL, anything else CoNLL).
    pub fn detect(path: &Path) -> Result<Format, reader::Error> {
        if path.is_dir() {
            return Ok(if dir_has(path, "ann", false) {
                Format::Brat
            } else if dir_has(path, "tml", true) {
                Format::Timeml
            } else {
                Format::Txt
            });
        }
        let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
        match ext.as_deref() {
            Some("csv") => return Ok(Format::Csv),
            Some("tml") => return Ok(Format::Timeml),
            Some("jsonl" | "ndjson" | "json") => return Ok(Format::Jsonl),
            Some("conll" | "iob" | "bio" | "bioes" | "iob2" | "conllu") => return Ok(Format::Conll),
            _ => {}
        }
        let file = File::open(path).map_err(|e| reader::Error::io(path, e))?;
        let mut head = Vec::new();
        BufReader::new(file).take(64 * 1024).read_to_end(&mut head).map_err(|e| reader::Error::io(path, e))?;
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
        let first = head.iter().copied().find(|b| !b.is_ascii_whitespace());
        Ok(if first == Some(b'{') || first.is_none() { Format::Jsonl } else { Format::Conll })
    }
}

fn dir_has(dir: &Path, ext: &str, one_level_down: bool) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    entries.filter_map(Result::ok).map(|e| e.path()).any(|p| {
        p.extension().is_some_and(|e| e == ext) || (one_level_down && p.is_dir() && dir_has(&p, ext, false))
    })
}

/// Reads every document of `path` (with the spans it carries). `text_dir` holds the
/// `.txt` files of brat annotations stored without them.
pub fn read_path(path: &Path, format: Format, text_dir: Option<&Path>, columns: &CsvColumns) -> Result<Vec<AnnotatedDoc>, reader::Error> {
    let records = |format| -> Result<Vec<AnnotatedDoc>, reader::Error> {
        Ok(corpus::read_all(path, format, columns)?.into_iter().map(|r| r.doc).collect())
    };
    match format {
        Format::Jsonl => records(CorpusFormat::Jsonl),
        Format::Csv => records(CorpusFormat::Csv),
        Format::Txt => records(CorpusFormat::TxtDir),
        Format::Brat => brat::read_dir(path, text_dir),
        Format::Timeml if path.is_dir() => timeml::read_dir(path),
        Format::Timeml => Ok(vec![timeml::read_file(path)?]),
        Format::Conll => {
            let file = File::open(path).map_err(|e| reader::Error::io(path, e))?;
            conll::read(BufReader::new(file), path)
        }
    }
}
