//! Helpers every format shares: decoding a file as UTF-8 with the line of a bad
//! byte, reading a text file, refusing what is not a regular file, checking a
//! creation time, reading a folder's `manifest.csv`. No format borrows these from
//! another format.

use std::fs::File;
use std::io;
use std::path::Path;

use serde_json::Value;

use crate::error::{Error, ErrorKind, Location, Result};
use crate::model::Meta;

/// Decodes a whole file as UTF-8, naming the line and byte of the first bad byte.
pub fn utf8<'b>(bytes: &'b [u8], path: &Path) -> Result<&'b str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let loc = Location::new(path, line);
            Err(Error::new(loc, ErrorKind::InvalidUtf8(e.valid_up_to() - line_start)))
        }
    }
}

/// Reads a text file as a document text: UTF-8, a leading BOM removed.
///
/// Anything but a regular file (after following links) is an error: a dangling link
/// names its path, and a FIFO or device in a corpus folder is refused rather than
/// read (a FIFO would block the run forever).
pub fn read_text_file(path: &Path) -> Result<String> {
    check_regular_file(path)?;
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    // Names the line and the byte within that line, as every reader does.
    Ok(utf8(bytes, path)?.to_string())
}

/// Errors unless `path` is, or links to, a regular file.
pub fn check_regular_file(path: &Path) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_file() {
        Ok(())
    } else {
        let kind = if meta.is_dir() { "a folder" } else { "a FIFO, socket or device" };
        let err = io::Error::new(io::ErrorKind::InvalidInput, format!("not a regular file ({kind})"));
        Err(Error::io(path, err))
    }
}

/// True for dot files and folders (`.DS_Store`, macOS `._name.txt` resource forks,
/// `.git`): every folder reader skips them.
pub fn is_hidden(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// The error for a folder that holds no `*.ext` document (empty, or every file
/// skipped): names what was expected, and the files whose extension differs only in
/// case (`.TXT`), which are not read.
pub fn no_documents(dir: &Path, ext: &str, what: &str) -> Error {
    let mut odd: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| !is_hidden(p) && p.extension().is_some_and(|e| e != ext && e.eq_ignore_ascii_case(ext)))
                .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .collect()
        })
        .unwrap_or_default();
    odd.sort();
    let mut msg = format!("no `.{ext}` files (dot files are skipped): {what} was expected");
    if let Some(first) = odd.first() {
        msg.push_str(&format!("; extensions are case-sensitive: rename {first} (and {} more) to `.{ext}`", odd.len() - 1));
    }
    Error::new(Location::new(dir, 0), ErrorKind::Syntax(msg))
}

/// The file stem of `path` as a string (empty when it has none).
pub fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Checks that a DCT is an ISO 8601 date (`YYYY-MM-DD`, optionally followed by `T…`).
pub fn check_dct(dct: String, loc: &Location) -> Result<String> {
    let b = dct.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let ok = b.len() >= 10
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && (b.len() == 10 || b[10] == b'T' || b[10] == b' ')
        && (1..=12).contains(&((b[5] - b'0') * 10 + (b[6] - b'0')))
        && (1..=31).contains(&((b[8] - b'0') * 10 + (b[9] - b'0')));
    if ok {
        Ok(dct)
    } else {
        Err(Error::new(loc.clone(), ErrorKind::BadDct(dct)))
    }
}

/// One row of a folder's `manifest.csv`.
#[derive(Debug, Clone, Default)]
pub struct ManifestEntry {
    /// 1-based line in the manifest.
    pub line: usize,
    /// The document id.
    pub id: String,
    /// The file name, relative to the folder.
    pub file: String,
    /// The creation time.
    pub dct: Option<String>,
    /// Further columns.
    pub meta: Meta,
}

/// Reads `dir/manifest.csv` if it exists.
pub fn read_manifest(dir: &Path) -> Result<Option<Vec<ManifestEntry>>> {
    let path = dir.join("manifest.csv");
    if !path.exists() {
        return Ok(None);
    }
    let file = File::open(&path).map_err(|e| Error::io(&path, e))?;
    let mut csv = csv::ReaderBuilder::new().flexible(false).from_reader(file);
    let headers = csv.headers().map_err(|e| csv_error(&path, &e))?.clone();
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (id_col, file_col, dct_col) = (col("id"), col("file"), col("dct"));
    if id_col.is_none() && file_col.is_none() {
        return Err(Error::new(Location::new(&path, 1), ErrorKind::MissingField("id` or `file".into())));
    }
    let mut entries = Vec::new();
    for record in csv.records() {
        let record = record.map_err(|e| csv_error(&path, &e))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).map(str::trim).filter(|s| !s.is_empty());
        let file = match (get(file_col), get(id_col)) {
            (Some(f), _) => f.to_string(),
            (None, Some(id)) => format!("{id}.txt"),
            (None, None) => return Err(Error::new(Location::new(&path, line), ErrorKind::MissingField("id` or `file".into()))),
        };
        let id = get(id_col).map(str::to_string).unwrap_or_else(|| stem(Path::new(&file)));
        let loc = Location::new(&path, line).doc(id.clone());
        let dct = get(dct_col).map(|d| check_dct(d.to_string(), &loc)).transpose()?;
        let mut meta = Meta::new();
        for (i, h) in headers.iter().enumerate() {
            if Some(i) != id_col && Some(i) != file_col && Some(i) != dct_col {
                meta.insert(h.to_string(), Value::String(record.get(i).unwrap_or("").to_string()));
            }
        }
        entries.push(ManifestEntry { line, id, file, dct, meta });
    }
    Ok(Some(entries))
}

/// A CSV error with its line.
pub(crate) fn csv_error(path: &Path, err: &csv::Error) -> Error {
    let line = err.position().map_or(0, |p| p.line() as usize);
    Error::new(Location::new(path, line), ErrorKind::Csv(err.to_string()))
}

/// Writes `bytes` to `path` whole or not at all: into a temporary file beside it,
/// then renamed into place (the temporary file removed on failure).
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(path, e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_dot_file_folders_are_errors_naming_what_was_expected() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        std::fs::write(d.join("._a.txt"), "resource fork").expect("write");
        std::fs::write(d.join(".DS_Store"), "x").expect("write");
        let read = |format: crate::Format| match format.read(d, &crate::ReadOptions::default()) {
            Ok(_) => String::new(),
            Err(e) => e.to_string(),
        };
        let err = read(crate::Format::Txt);
        assert!(err.contains("no `.txt` files (dot files are skipped): a folder of `.txt` documents"), "{err}");
        std::fs::write(d.join("B.TXT"), "upper").expect("write");
        let err = read(crate::Format::Txt);
        assert!(err.ends_with("rename B.TXT (and 0 more) to `.txt`"), "{err}");
        assert!(read(crate::Format::Brat).contains("no `.ann` files"));
        std::fs::write(d.join("._x.tml"), "junk").expect("write");
        assert!(read(crate::Format::Timeml).contains("no `.tml` files"));
        std::fs::write(d.join("b.txt"), "Read.").expect("write");
        let docs: Vec<_> = crate::Format::Txt.read(d, &crate::ReadOptions::default()).expect("opens").collect::<Result<_>>().expect("reads");
        assert_eq!(docs.len(), 1, "only b.txt: dot files skipped");
        let err = crate::Format::detect(&d.join("B.TXT")).unwrap_err().to_string();
        assert!(err.contains("give the folder"), "{err}");
    }

    #[test]
    fn invalid_utf8_names_line_and_byte() {
        let e = utf8(b"ab\ncd\xff", Path::new("f.tml")).unwrap_err().to_string();
        assert_eq!(e, "f.tml:2: invalid UTF-8 at byte 2 of the line");
    }

    #[test]
    fn dct_must_be_an_iso_date() {
        let loc = Location::new("t", 1);
        assert!(check_dct("2015-06-02T10:00".into(), &loc).is_ok());
        assert!(check_dct("2015-13-02".into(), &loc).is_err());
        assert!(check_dct("June".into(), &loc).is_err());
    }
}
