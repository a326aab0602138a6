//! Finding out what an input is and reading it, whatever its format.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use reader::corpus::{self, CorpusFormat, CsvColumns, Records};
use reader::jsonl::Record;
use reader::{brat, conll, timeml, AnnotatedDoc};

use crate::args::FormatArg;

/// Guesses the format of `path`.
///
/// `-` is JSONL. A folder with `.ann` files is brat, one with `.tml` files (directly or
/// one level down) TimeML, any other folder `.txt` files. A file ending in `.csv` is
/// CSV, `.tml` TimeML; for other regular files the first non-blank line decides: `{`
/// starts JSONL, anything else is a CoNLL column file. A FIFO or device (`<(cmd)`,
/// `/dev/stdin`) is JSONL: peeking at it would consume the input.
pub fn detect(path: &Path) -> Result<FormatArg> {
    if path == Path::new("-") {
        return Ok(FormatArg::Jsonl);
    }
    if path.is_dir() {
        let has = |ext: &str, depth2: bool| -> bool {
            let Ok(entries) = std::fs::read_dir(path) else { return false };
            entries.filter_map(|e| e.ok()).map(|e| e.path()).any(|p| {
                p.extension().is_some_and(|e| e == ext)
                    || (depth2
                        && p.is_dir()
                        && std::fs::read_dir(&p).is_ok_and(|mut inner| {
                            inner.any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == ext)))
                        }))
            })
        };
        return Ok(if has("ann", false) {
            FormatArg::Brat
        } else if has("tml", true) {
            FormatArg::Timeml
        } else {
            FormatArg::Txt
        });
    }
    let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("csv") => return Ok(FormatArg::Csv),
        Some("tml") => return Ok(FormatArg::Timeml),
        Some("jsonl" | "ndjson" | "json") => return Ok(FormatArg::Jsonl),
        Some("conll" | "iob" | "bio" | "bioes" | "iob2" | "conllu") => return Ok(FormatArg::Conll),
        _ => {}
    }
    let meta = std::fs::metadata(path).with_context(|| format!("{}: cannot open", path.display()))?;
    if !meta.is_file() {
        return Ok(FormatArg::Jsonl);
    }
    let file = File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let mut head = Vec::new();
    BufReader::new(file).take(64 * 1024).read_to_end(&mut head).with_context(|| format!("{}: cannot read", path.display()))?;
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
    let first = head.iter().copied().find(|b| !b.is_ascii_whitespace());
    Ok(if first == Some(b'{') || first.is_none() { FormatArg::Jsonl } else { FormatArg::Conll })
}

/// Where an input comes from and how to read it.
#[derive(Debug, Clone)]
pub struct Input {
    /// File, folder or `-`.
    pub path: PathBuf,
    /// Its format.
    pub format: FormatArg,
    /// Folder of `.txt` files for brat annotations stored without them.
    pub text_dir: Option<PathBuf>,
}

impl Input {
    /// An input with its format given or guessed.
    pub fn new(path: &Path, format: Option<FormatArg>, text_dir: Option<&Path>) -> Result<Input> {
        let format = match format {
            Some(f) => f,
            None => detect(path)?,
        };
        Ok(Input { path: path.to_path_buf(), format, text_dir: text_dir.map(Path::to_path_buf) })
    }

    /// Streams the documents (with any spans they carry). JSONL and CSV are read
    /// one document at a time; the other formats are read whole first.
    pub fn records(&self, columns: &CsvColumns) -> Result<Records> {
        let path = self.path.as_path();
        let whole = |docs: Vec<AnnotatedDoc>| -> Records {
            Box::new(docs.into_iter().map(|doc| Ok(Record { line: 0, doc })))
        };
        let records = match self.format {
            FormatArg::Jsonl => corpus::open(path, CorpusFormat::Jsonl, columns)?,
            FormatArg::Csv => corpus::open(path, CorpusFormat::Csv, columns)?,
            FormatArg::Txt => corpus::open(path, CorpusFormat::TxtDir, columns)?,
            FormatArg::Brat => whole(brat::read_dir(path, self.text_dir.as_deref())?),
            FormatArg::Timeml => {
                if path.is_dir() {
                    whole(timeml::read_dir(path)?)
                } else {
                    whole(vec![timeml::read_file(path)?])
                }
            }
            FormatArg::Conll => {
                let input: Box<dyn BufRead> = if path == Path::new("-") {
                    Box::new(BufReader::new(std::io::stdin()))
                } else {
                    Box::new(BufReader::new(File::open(path).map_err(|e| reader::Error::io(path, e))?))
                };
                whole(conll::read(input, path)?)
            }
        };
        Ok(Box::new(RepeatedIds::new(records, path)))
    }

    /// Reads every document, stopping at the first error.
    pub fn read_all(&self) -> Result<Vec<AnnotatedDoc>> {
        self.records(&CsvColumns::default())?
            .map(|r| r.map(|r| r.doc).map_err(anyhow::Error::from))
            .collect()
    }
}

/// Documents whose id repeats an earlier one are kept, each with a warning on stderr
/// (`path:line (doc id): …`, the first few; then a count when the stream ends).
///
/// Keeping them is the contract of `annotate`: one output document per input
/// document, in input order, and a stream never needs more than its window in memory
/// (plus this set of ids). Dropping either copy would lose a document silently. The
/// warning matters because ids no longer name one document each: scoring such a file
/// fails (duplicates in gold or predictions are errors there).
struct RepeatedIds {
    inner: Records,
    path: PathBuf,
    /// Each id seen, with the line it was first seen on.
    first_line: HashMap<String, usize>,
    repeats: usize,
}

/// Repeats reported one by one; the rest only counted.
const REPEATS_SHOWN: usize = 10;

impl RepeatedIds {
    fn new(inner: Records, path: &Path) -> Self {
        RepeatedIds { inner, path: path.to_path_buf(), first_line: HashMap::new(), repeats: 0 }
    }

    fn check(&mut self, record: &Record) {
        let id = &record.doc.doc.id;
        let Some(&first) = self.first_line.get(id) else {
            self.first_line.insert(id.clone(), record.line);
            return;
        };
        self.repeats += 1;
        if self.repeats <= REPEATS_SHOWN {
            let loc = reader::Location::new(&self.path, record.line).doc(id.clone());
            let first = if first > 0 { format!(" (first on line {first})") } else { String::new() };
            eprintln!("tageval: warning: {loc}: duplicate document id `{id}`{first}; both kept");
        }
    }
}

impl Iterator for RepeatedIds {
    type Item = reader::Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.inner.next();
        match &item {
            Some(Ok(record)) => self.check(record),
            Some(Err(_)) => {}
            None if self.repeats > 0 => {
                let n = self.repeats;
                eprintln!("tageval: warning: {n} document(s) repeat an earlier id; every one is kept, in input order");
                self.repeats = 0;
            }
            None => {}
        }
        item
    }
}
