//! Corpus inputs: JSONL, a folder of `.txt` files with an optional manifest, CSV.
//!
//! Each is read as a stream of [`Record`]s, one document at a time, so a corpus of
//! any size fits; [`crate::Format::read`] is the one entry point that picks among them.
//!
//! - **JSONL** (`-` is stdin): see [`crate::jsonl`].
//! - **Folder**: every `*.txt` in the folder, sorted by file name; the id is the file
//!   stem. An optional `manifest.csv` with a header naming `file` and/or `id` and
//!   optionally `dct` gives ids and creation times; other manifest columns are kept as
//!   pass-through fields. A `.txt` the manifest names but the folder lacks is an error.
//! - **CSV**: a header row names the columns; `text` is required, `id` and `dct` are
//!   optional (the id defaults to the 1-based record number); other columns are kept.
//!   Column names can be changed with [`CsvColumns`].

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Error, ErrorKind, Location, Result};
use crate::jsonl::JsonlReader;
use crate::model::{AnnotatedDoc, Document, Meta, Record};
use crate::shared::{check_dct, csv_error, stem};

/// Column names of a CSV corpus.
#[derive(Debug, Clone)]
pub struct CsvColumns {
    /// The id column (optional in the file).
    pub id: String,
    /// The text column (required).
    pub text: String,
    /// The creation-time column (optional in the file).
    pub dct: String,
}

impl Default for CsvColumns {
    fn default() -> Self {
        CsvColumns { id: "id".into(), text: "text".into(), dct: "dct".into() }
    }
}

pub use crate::format::Records;

/// Streams a JSONL file (`-` is standard input).
pub fn jsonl_records(path: &Path, warnings: &crate::Warnings) -> Result<Records> {
    jsonl_records_with(path, warnings, &crate::boundary::Trim::default())
}

/// [`jsonl_records`], trimming spans on whitespace when `trim` is on.
pub fn jsonl_records_with(path: &Path, warnings: &crate::Warnings, trim: &crate::boundary::Trim) -> Result<Records> {
    let input: Box<dyn BufRead + Send> = if path == Path::new("-") {
        Box::new(BufReader::with_capacity(1 << 16, io::stdin()))
    } else {
        Box::new(BufReader::with_capacity(1 << 16, crate::shared::Counted(File::open(path).map_err(|e| Error::io(path, e))?)))
    };
    Ok(Box::new(JsonlReader::new(input, path).with_warnings(warnings.clone()).with_trim(trim.clone())))
}

/// Streams a CSV file (`-` is standard input).
pub fn csv_file_records(path: &Path, columns: &CsvColumns) -> Result<Records> {
    let input: Box<dyn Read + Send> = if path == Path::new("-") {
        Box::new(io::stdin())
    } else {
        Box::new(crate::shared::Counted(File::open(path).map_err(|e| Error::io(path, e))?))
    };
    csv_records(input, path, columns)
}

/// Streams a CSV corpus from any reader; `path` names it in errors. (What
/// [`csv_file_records`] does for a file, for input that is not a file.)
pub fn csv_records(input: impl Read + Send + 'static, path: &Path, columns: &CsvColumns) -> Result<Records> {
    Ok(Box::new(CsvCorpus::new(Box::new(input), path, columns)?))
}

pub use crate::shared::read_text_file;

pub use crate::shared::{read_manifest, ManifestEntry};

/// Reads a folder of `.txt` files (with its manifest, if any) in id order of the
/// manifest, or else sorted by file name.
pub fn read_txt_dir(dir: &Path) -> Result<Vec<Record>> {
    txt_dir_records(dir)?.collect()
}

/// Streams a folder of `.txt` files: the listing (and manifest) is read first, each
/// text when its turn comes. A file that cannot be read (unreadable, a dangling link,
/// a FIFO, not UTF-8) or a repeated id is an error for that document only, so a
/// caller may report it and go on.
pub fn txt_dir_records(dir: &Path) -> Result<impl Iterator<Item = Result<Record>> + Send> {
    let entries = match read_manifest(dir)? {
        Some(entries) => entries,
        None => {
            let mut files = Vec::new();
            for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
                let path = entry.map_err(|e| Error::io(dir, e))?.path();
                // Every `*.txt` but folders: a link or FIFO that cannot be read is
                // reported when its turn comes, never silently left out.
                if path.extension().is_some_and(|e| e == "txt") && !path.is_dir() && !crate::shared::is_hidden(&path) {
                    files.push(path);
                }
            }
            if files.is_empty() {
                let what = "a folder of `.txt` documents (or brat `.ann` + `.txt`, or TimeML `.tml`)";
                return Err(crate::shared::no_documents(dir, "txt", what));
            }
            files.sort();
            files
                .iter()
                .map(|p| {
                    let file = p.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
                    ManifestEntry { id: stem(Path::new(&file)), file, ..Default::default() }
                })
                .collect()
        }
    };
    let dir = dir.to_path_buf();
    let mut seen = HashSet::new();
    Ok(entries.into_iter().map(move |entry| {
        let path = dir.join(&entry.file);
        if !seen.insert(entry.id.clone()) {
            let loc = Location::new(dir.join("manifest.csv"), entry.line).doc(entry.id.clone());
            return Err(Error::new(loc, ErrorKind::DuplicateId(entry.id)));
        }
        let text = read_text_file(&path).map_err(|mut e| {
            e.location.doc_id = Some(entry.id.clone());
            e
        })?;
        let doc = Document { id: entry.id, text, dct: entry.dct, meta: entry.meta };
        Ok(Record { line: entry.line, doc: AnnotatedDoc { doc, ..Default::default() } })
    }))
}

/// Streams documents from a CSV file with a header row.
struct CsvCorpus {
    records: csv::StringRecordsIntoIter<Box<dyn Read + Send>>,
    path: PathBuf,
    headers: Vec<String>,
    id: Option<usize>,
    text: usize,
    dct: Option<usize>,
    count: usize,
    /// Set after a read error: the stream ends there instead of repeating it.
    failed: bool,
}

impl CsvCorpus {
    fn new(input: Box<dyn Read + Send>, path: &Path, columns: &CsvColumns) -> Result<Self> {
        let input: Box<dyn Read + Send> = Box::new(SkipBom::new(input));
        let mut csv = csv::ReaderBuilder::new().flexible(true).from_reader(input);
        let headers: Vec<String> = csv.headers().map_err(|e| csv_error(path, &e))?.iter().map(str::to_string).collect();
        // Other columns become document metadata next to `layers` and `spans` in the
        // JSONL output: a column of either name, or one name twice, would give a
        // document two values for one key.
        let mut seen = HashSet::new();
        for h in &headers {
            let msg = if !seen.insert(h.trim()) {
                format!("column `{}` appears twice in the header", h.trim())
            } else if ["layers", "spans"].contains(&h.trim()) {
                format!("a column cannot be named `{}` (a name the output gives its spans)", h.trim())
            } else {
                continue;
            };
            return Err(Error::new(Location::new(path, 1), ErrorKind::Syntax(msg)));
        }
        let col = |name: &str| headers.iter().position(|h| h.trim() == name);
        let text = col(&columns.text)
            .ok_or_else(|| Error::new(Location::new(path, 1), ErrorKind::MissingField(format!("column {}", columns.text))))?;
        Ok(CsvCorpus {
            id: col(&columns.id),
            dct: col(&columns.dct),
            text,
            headers,
            records: csv.into_records(),
            path: path.to_path_buf(),
            count: 0,
            failed: false,
        })
    }

    fn convert(&mut self, record: csv::StringRecord) -> Result<Record> {
        self.count += 1;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let loc = Location::new(&self.path, line);
        let id = self.id.and_then(|c| record.get(c)).map_or_else(|| self.count.to_string(), str::to_string);
        let loc = loc.doc(id.clone());
        if record.len() != self.headers.len() {
            let msg = format!("{} fields where the header has {}", record.len(), self.headers.len());
            return Err(Error::new(loc, ErrorKind::Csv(msg)));
        }
        let text = record.get(self.text).unwrap_or("").to_string();
        let dct = self.dct.and_then(|c| record.get(c)).filter(|s| !s.trim().is_empty());
        let dct = dct.map(|d| check_dct(d.trim().to_string(), &loc)).transpose()?;
        let mut meta = Meta::new();
        for (i, h) in self.headers.iter().enumerate() {
            if i != self.text && Some(i) != self.id && Some(i) != self.dct {
                meta.insert(h.clone(), Value::String(record.get(i).unwrap_or("").to_string()));
            }
        }
        let doc = Document { id, text, dct, meta };
        Ok(Record { line, doc: AnnotatedDoc { doc, ..Default::default() } })
    }
}

impl Iterator for CsvCorpus {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        match self.records.next()? {
            Ok(record) => Some(self.convert(record)),
            Err(e) => {
                self.count += 1;
                self.failed = matches!(e.kind(), csv::ErrorKind::Io(_));
                Some(Err(csv_error(&self.path, &e)))
            }
        }
    }
}

/// Removes a leading UTF-8 BOM from a byte stream.
struct SkipBom<R> {
    inner: R,
    checked: bool,
    pending: Vec<u8>,
}

impl<R: Read> SkipBom<R> {
    fn new(inner: R) -> Self {
        SkipBom { inner, checked: false, pending: Vec::new() }
    }
}

impl<R: Read> Read for SkipBom<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.checked {
            self.checked = true;
            let mut head = [0u8; 3];
            let mut n = 0;
            while n < 3 {
                match self.inner.read(&mut head[n..])? {
                    0 => break,
                    k => n += k,
                }
            }
            if head[..n] != *b"\xEF\xBB\xBF" {
                self.pending.extend_from_slice(&head[..n]);
            }
        }
        if !self.pending.is_empty() {
            let k = self.pending.len().min(buf.len());
            buf[..k].copy_from_slice(&self.pending[..k]);
            self.pending.drain(..k);
            return Ok(k);
        }
        self.inner.read(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_corpus_keeps_columns_and_reports_lines() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("c.csv");
        std::fs::write(&path, "\u{feff}id,source,text,dct\na,wire,\"Hello, Aleppo\",2015-06-02\nb,web,x,June\n").expect("write");
        let out: Vec<_> = csv_file_records(&path, &CsvColumns::default()).expect("open").collect();
        let first = out[0].as_ref().expect("first row");
        assert_eq!(first.doc.doc.text, "Hello, Aleppo");
        assert_eq!(first.doc.doc.meta["source"], "wire");
        let err = out[1].as_ref().unwrap_err().to_string();
        assert!(err.contains("c.csv:3 (doc b): DCT `June`"), "{err}");
    }

    #[test]
    fn csv_without_text_column_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("c.csv");
        std::fs::write(&path, "id,body\na,x\n").expect("write");
        let err = csv_file_records(&path, &CsvColumns::default()).err().expect("error").to_string();
        assert!(err.ends_with("c.csv:1: missing field `column text`"), "{err}");
    }

    #[test]
    fn txt_dir_uses_manifest() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("b.txt"), "\u{feff}Second").expect("write");
        std::fs::write(dir.path().join("a.txt"), "First").expect("write");
        std::fs::write(dir.path().join("manifest.csv"), "file,id,dct\nb.txt,doc-b,2015-06-02\na.txt,doc-a,\n").expect("write");
        let docs = read_txt_dir(dir.path()).expect("read");
        let ids: Vec<_> = docs.iter().map(|r| r.doc.doc.id.as_str()).collect();
        assert_eq!(ids, ["doc-b", "doc-a"]);
        assert_eq!(docs[0].doc.doc.text, "Second");
        assert_eq!(docs[0].doc.doc.dct.as_deref(), Some("2015-06-02"));
        assert_eq!(docs[1].doc.doc.dct, None);
    }

    #[test]
    fn invalid_utf8_in_a_text_file_names_the_byte_of_its_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.txt");
        std::fs::write(&path, b"first line\nab\xffc\n").expect("write");
        let err = read_text_file(&path).unwrap_err().to_string();
        assert!(err.ends_with("a.txt:2: invalid UTF-8 at byte 2 of the line"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn txt_dir_reports_dangling_links_instead_of_dropping_them() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("a.txt"), "ok").expect("write");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), dir.path().join("b.txt")).expect("symlink");
        let out: Vec<_> = txt_dir_records(dir.path()).expect("open").collect();
        assert_eq!(out.len(), 2, "one item per *.txt entry");
        assert_eq!(out[0].as_ref().expect("a reads").doc.doc.text, "ok");
        let err = out[1].as_ref().unwrap_err().to_string();
        assert!(err.contains("b.txt (doc b): "), "{err}");
    }

    #[test]
    fn txt_dir_without_manifest_sorts_by_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("b.txt"), "2").expect("write");
        std::fs::write(dir.path().join("a.txt"), "1").expect("write");
        std::fs::write(dir.path().join("notes.md"), "not a doc").expect("write");
        let ids: Vec<_> = read_txt_dir(dir.path()).expect("read").into_iter().map(|r| r.doc.doc.id).collect();
        assert_eq!(ids, ["a", "b"]);
    }
}
