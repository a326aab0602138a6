//! Helpers every format shares: decoding a file as UTF-8 with the line of a bad
//! byte, reading a text file, refusing what is not a regular file, checking a
//! creation time, reading a folder's `manifest.csv`. No format borrows these from
//! another format.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

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
    count_read(bytes.len());
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

/// Checks that a DCT is an ISO 8601 date (`YYYY-MM-DD`, optionally followed by `T…`
/// or a space and a time): a real calendar day (no `2015-02-30`), and a clock time,
/// when one follows, within `00:00`–`24:00` (no `T25:99`).
pub fn check_dct(dct: String, loc: &Location) -> Result<String> {
    if dct_ok(dct.as_bytes()) {
        Ok(dct)
    } else {
        Err(Error::new(loc.clone(), ErrorKind::BadDct(dct)))
    }
}

fn dct_ok(b: &[u8]) -> bool {
    let num = |r: std::ops::Range<usize>| {
        let s = b.get(r)?;
        s.iter().all(u8::is_ascii_digit).then(|| s.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else { return false };
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return false;
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    if !(1..=days).contains(&day) {
        return false;
    }
    match b.get(10) {
        None => true,
        Some(b'T' | b' ') => time_ok(b.get(11..).unwrap_or_default()),
        Some(_) => false,
    }
}

/// A clock time after the date: `hh`, `hh:mm` or `hh:mm:ss` within range, then
/// anything (fractions, a zone); a part of day such as `MO` is left as it is.
fn time_ok(t: &[u8]) -> bool {
    let num = |r: std::ops::Range<usize>| {
        let s = t.get(r)?;
        s.iter().all(u8::is_ascii_digit).then(|| s.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let Some(hour) = num(0..2) else { return !t.first().is_some_and(u8::is_ascii_digit) };
    if hour > 24 {
        return false;
    }
    if t.get(2) != Some(&b':') {
        return true;
    }
    let Some(minute) = num(3..5) else { return false };
    if minute > 59 || (hour == 24 && minute > 0) {
        return false;
    }
    if t.get(5) != Some(&b':') {
        return true;
    }
    num(6..8).is_some_and(|second| second <= 60 && (hour < 24 || second == 0))
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
        if !stays_inside(Path::new(&file)) {
            let msg = format!("file {file:?} is not a relative path inside the folder (no `..`, no absolute path)");
            return Err(Error::new(loc, ErrorKind::Syntax(msg)));
        }
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

/// True when `file`, joined to a folder, names something inside that folder: a
/// relative path with no `..`, root or drive part.
fn stays_inside(file: &Path) -> bool {
    use std::path::Component;
    file.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
        && file.components().any(|c| matches!(c, Component::Normal(_)))
}

/// A CSV error with its line.
pub(crate) fn csv_error(path: &Path, err: &csv::Error) -> Error {
    let line = err.position().map_or(0, |p| p.line() as usize);
    Error::new(Location::new(path, line), ErrorKind::Csv(err.to_string()))
}

/// Writes `bytes` to `path` whole or not at all (see [`AtomicFile`]).
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes).map_err(|e| Error::io(path, e))?;
    file.commit()
}

/// Temporary files and folders not yet renamed into place, removed by
/// [`remove_temporaries`] when the process is interrupted.
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn live() -> MutexGuard<'static, Vec<PathBuf>> {
    LIVE.lock().unwrap_or_else(PoisonError::into_inner)
}

fn untrack(live: &mut Vec<PathBuf>, path: &Path) {
    live.retain(|p| p != path);
}

/// Removes every temporary file and folder that an [`AtomicFile`] or [`AtomicDir`]
/// still holds, and keeps the lock so that none is renamed into place afterwards.
/// Meant for a signal handler that exits right after (SIGINT, SIGTERM).
pub fn remove_temporaries() -> impl Drop {
    let guard = live();
    for path in guard.iter() {
        let _ = if path.is_dir() { std::fs::remove_dir_all(path) } else { std::fs::remove_file(path) };
    }
    guard
}

/// The folder a temporary file for `path` is created in: the target's own, so that
/// the final rename stays within one file system.
fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// An I/O error without the temporary path that `tempfile` appends to its message:
/// errors name the output path only.
fn plain(err: io::Error) -> io::Error {
    let text = err.to_string();
    match text.split_once(" at path ") {
        Some((message, _)) => io::Error::new(err.kind(), message.to_string()),
        None => err,
    }
}

/// `err` with `what` before its message (the kind kept).
fn context(what: &str, err: io::Error) -> io::Error {
    io::Error::new(err.kind(), format!("{what}: {err}"))
}

/// A `tempfile` builder for a temporary twin of `path`: a hidden name with a random
/// part, created exclusively (a planted file or link at that name is never followed),
/// with the permissions a new file gets (`0666` less the umask).
fn builder(prefix: &str) -> tempfile::Builder<'_, '_> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o777));
    }
    builder
}

/// A file written whole or not at all: into a temporary file beside `path` (created
/// exclusively under an unpredictable name), renamed over `path` on
/// [`AtomicFile::commit`], removed when dropped uncommitted or when the process is
/// interrupted (see [`remove_temporaries`]). An existing target keeps its permissions.
/// Errors name `path`, never the temporary file.
pub struct AtomicFile {
    file: Option<tempfile::NamedTempFile>,
    path: PathBuf,
}

impl AtomicFile {
    /// Creates the temporary file for `path`.
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
        let prefix = format!(".{name}.");
        let file = builder(&prefix).tempfile_in(parent_of(path)).map_err(|e| Error::io(path, context("cannot create", plain(e))))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // A new file: what `File::create` would give (0666 less the umask).
            let mode = std::fs::metadata(path).ok().filter(std::fs::Metadata::is_file).map(|m| m.permissions().mode() & 0o7777);
            let mode = mode.unwrap_or_else(|| 0o666 & !current_umask(file.path()));
            std::fs::set_permissions(file.path(), std::fs::Permissions::from_mode(mode)).map_err(|e| Error::io(path, e))?;
        }
        live().push(file.path().to_path_buf());
        Ok(AtomicFile { file: Some(file), path: path.to_path_buf() })
    }

    /// Flushes and renames the temporary file into place.
    pub fn commit(mut self) -> Result<()> {
        let Some(mut file) = self.file.take() else { return Ok(()) };
        file.flush().map_err(|e| Error::io(&self.path, e))?;
        let mut live = live();
        let tmp = file.path().to_path_buf();
        untrack(&mut live, &tmp);
        file.persist(&self.path).map_err(|e| Error::io(&self.path, context("cannot rename into place", plain(e.error))))?;
        Ok(())
    }
}

/// The umask, read back from the mode `tempfile` gave a file created `0777`.
#[cfg(unix)]
fn current_umask(created: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(created).map_or(0o022, |m| !m.permissions().mode() & 0o777)
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.file {
            Some(file) => file.write(buf),
            None => Err(io::Error::other("output already committed")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.file {
            Some(file) => file.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if let Some(file) = self.file.take() {
            let mut live = live();
            untrack(&mut live, file.path());
            // `NamedTempFile` removes the file as it drops.
            drop(file);
        }
    }
}

/// A folder written whole or not at all: files go into a temporary folder beside
/// `path`, which [`AtomicDir::commit`] renames to `path` when `path` does not exist
/// or is empty; into an existing folder with files, the new files are moved in one
/// by one once all are written. Removed when dropped uncommitted or when the process
/// is interrupted (see [`remove_temporaries`]).
pub struct AtomicDir {
    tmp: Option<tempfile::TempDir>,
    path: PathBuf,
}

impl AtomicDir {
    /// Creates the temporary folder for `path`; `path`'s parent must exist or be creatable.
    pub fn create(path: &Path) -> Result<AtomicDir> {
        let parent = parent_of(path);
        std::fs::create_dir_all(parent).map_err(|e| Error::io(path, e))?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
        let prefix = format!(".{name}.");
        let tmp = builder(&prefix).tempdir_in(parent).map_err(|e| Error::io(path, plain(e)))?;
        live().push(tmp.path().to_path_buf());
        Ok(AtomicDir { tmp: Some(tmp), path: path.to_path_buf() })
    }

    /// The temporary folder to write into.
    pub fn path(&self) -> &Path {
        self.tmp.as_ref().map_or(&self.path, tempfile::TempDir::path)
    }

    /// Moves the written files into place.
    pub fn commit(mut self) -> Result<()> {
        let Some(tmp) = self.tmp.take() else { return Ok(()) };
        let mut live = live();
        untrack(&mut live, tmp.path());
        let empty = |p: &Path| std::fs::read_dir(p).is_ok_and(|mut d| d.next().is_none());
        if !self.path.exists() || (self.path.is_dir() && empty(&self.path)) {
            let tmp = tmp.keep();
            return std::fs::rename(&tmp, &self.path).map_err(|e| {
                let _ = std::fs::remove_dir_all(&tmp);
                Error::io(&self.path, e)
            });
        }
        let entries = std::fs::read_dir(tmp.path()).map_err(|e| Error::io(&self.path, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&self.path, e))?;
            let target = self.path.join(entry.file_name());
            std::fs::rename(entry.path(), &target).map_err(|e| Error::io(&target, e))?;
        }
        Ok(())
    }
}

impl Drop for AtomicDir {
    fn drop(&mut self) {
        if let Some(tmp) = self.tmp.take() {
            let mut live = live();
            untrack(&mut live, tmp.path());
            drop(tmp);
        }
    }
}

/// Bytes read so far from input files by this process (every reader counts what it
/// reads), for a progress display: `tageval` compares it with the inputs' sizes.
pub fn bytes_read() -> u64 {
    BYTES_READ.load(std::sync::atomic::Ordering::Relaxed)
}

static BYTES_READ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Adds `n` bytes read to [`bytes_read`].
pub(crate) fn count_read(n: usize) {
    BYTES_READ.fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
}

/// A reader that adds what it reads to [`bytes_read`].
pub(crate) struct Counted<R>(pub R);

impl<R: io::Read> io::Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.0.read(buf)?;
        count_read(n);
        Ok(n)
    }
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
        let docs: Vec<_> =
            crate::Format::Txt.read(d, &crate::ReadOptions::default()).expect("opens").collect::<Result<_>>().expect("reads");
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
        assert!(check_dct("2016-02-29".into(), &loc).is_ok());
        assert!(check_dct("2015-02-29".into(), &loc).is_err());
        assert!(check_dct("2015-02-30".into(), &loc).is_err());
        assert!(check_dct("2015-04-31".into(), &loc).is_err());
        assert!(check_dct("2015-06-02T25:99".into(), &loc).is_err());
        assert!(check_dct("2015-06-02T10:60".into(), &loc).is_err());
        assert!(check_dct("2015-06-02T10:00:00Z".into(), &loc).is_ok());
        assert!(check_dct("2015-06-02TMO".into(), &loc).is_ok());
        assert!(check_dct("2015-06-02X".into(), &loc).is_err());
    }

    #[test]
    fn manifest_paths_stay_inside_the_folder() {
        assert!(stays_inside(Path::new("a.txt")));
        assert!(stays_inside(Path::new("sub/a.txt")));
        assert!(!stays_inside(Path::new("../../etc/passwd")));
        assert!(!stays_inside(Path::new("sub/../../x")));
        assert!(!stays_inside(Path::new("/etc/passwd")));
        assert!(!stays_inside(Path::new(".")));
    }
}
