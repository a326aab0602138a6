//! Reading an input whatever its format: the format is given or detected
//! ([`reader::Format::detect`]) and read through [`reader::Format::read`]; this
//! module only adds the CLI's warning about repeated document ids and shows the
//! readers' warnings when a stream ends.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
use reader::corpus::CsvColumns;
use reader::{AnnotatedDoc, Format, ReadOptions, Record, Records};

use crate::args::{FormatArg, SpanReadArgs};
use crate::progress::Progress;

/// `--conll-file-ids`: CoNLL document ids from file names, for every input.
static CONLL_FILE_IDS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sets `--conll-file-ids` for every input of this process.
pub fn set_conll_file_ids(yes: bool) {
    CONLL_FILE_IDS.store(yes, std::sync::atomic::Ordering::Relaxed);
}

/// Where an input comes from and how to read it.
#[derive(Debug, Clone)]
pub struct Input {
    /// File, folder or `-`.
    pub path: PathBuf,
    /// Its format.
    pub format: Format,
    /// Folder of `.txt` files for brat annotations stored without them.
    pub text_dir: Option<PathBuf>,
    /// How spans that need a choice are read (`--trim-spans`, `--discontinuous`).
    pub spans: SpanReadArgs,
}

impl Input {
    /// An input with its format given or guessed.
    pub fn new(path: &Path, format: Option<FormatArg>, text_dir: Option<&Path>) -> Result<Input> {
        let format = match format {
            Some(f) => f.format(),
            None => Format::detect(path)?,
        };
        Ok(Input { path: path.to_path_buf(), format, text_dir: text_dir.map(Path::to_path_buf), spans: SpanReadArgs::default() })
    }

    /// The same input read with these span choices.
    pub fn with_spans(mut self, spans: &SpanReadArgs) -> Input {
        self.spans = spans.clone();
        self
    }

    /// Streams the documents (with any spans they carry), one at a time.
    pub fn records(&self, columns: &CsvColumns) -> Result<Records> {
        if self.path == Path::new("-") && std_stream_closed(0) {
            anyhow::bail!("standard input is closed: give an input file, or redirect stdin");
        }
        let options = ReadOptions {
            columns: columns.clone(),
            text_dir: self.text_dir.clone(),
            trim: reader::boundary::Trim::new(self.spans.trim_spans),
            discontinuous: self.spans.discontinuous.choice(),
            spans_key: self.spans.spans_key.clone(),
            conll_file_ids: CONLL_FILE_IDS.load(std::sync::atomic::Ordering::Relaxed),
            ..ReadOptions::default()
        };
        let records = self.format.read(&self.path, &options)?;
        Ok(Box::new(RepeatedIds::new(records, &self.path, options.warnings)))
    }

    /// Reads every document, stopping at the first error.
    pub fn read_all(&self) -> Result<Vec<AnnotatedDoc>> {
        self.read_all_with(|_| {})
    }

    /// [`Self::read_all`], passing each document to `each` as it is read (before the
    /// next is read: what `each` lets go of is reused for the next documents).
    pub fn read_all_with(&self, mut each: impl FnMut(&mut AnnotatedDoc)) -> Result<Vec<AnnotatedDoc>> {
        let name = self.path.file_name().map_or_else(|| self.path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let mut progress = Progress::new(&format!("reading {name}"), &[&self.path]);
        let docs = self
            .records(&CsvColumns::default())?
            .map(|r| {
                let mut doc = r.map(|r| r.doc).map_err(anyhow::Error::from)?;
                progress.add(1, doc.doc.text.len());
                each(&mut doc);
                Ok(doc)
            })
            .collect::<Result<Vec<_>>>()?;
        progress.finish();
        if docs.is_empty() {
            return Err(no_documents(&self.path, 0));
        }
        Ok(docs)
    }
}

/// The error of a run over zero documents: an empty input is nearly always a wrong
/// path or a failed step upstream, so it is never scored, converted or tagged as if
/// it were a corpus (`annotate --allow-empty` accepts it). `skipped`: malformed
/// documents passed over with `--skip-bad`.
pub fn no_documents(path: &Path, skipped: usize) -> anyhow::Error {
    let name = if path == Path::new("-") { "standard input".to_string() } else { path.display().to_string() };
    if skipped > 0 {
        anyhow::anyhow!("{name}: no documents left: all {skipped} were malformed and skipped (listed above)")
    } else {
        anyhow::anyhow!("{name}: no documents in the input (a run over zero documents is an error)")
    }
}
/// True when standard stream `fd` (0 is the one checked: `-` as input) was closed when the process started
/// (`<&-`, `>&-`). The Rust runtime reopens a closed standard stream on `/dev/null`
/// read-write, so reads would see an empty input and writes vanish with exit 0; a
/// shell's own `</dev/null` or `>/dev/null` opens it read-only or write-only, and is
/// left alone. Linux only (read from `/proc`); elsewhere always false.
pub fn std_stream_closed(fd: u32) -> bool {
    if !cfg!(target_os = "linux") {
        return false;
    }
    let null = std::fs::read_link(format!("/proc/self/fd/{fd}")).is_ok_and(|p| p == Path::new("/dev/null"));
    let info = std::fs::read_to_string(format!("/proc/self/fdinfo/{fd}")).unwrap_or_default();
    let flags = info.lines().find_map(|l| l.strip_prefix("flags:")).and_then(|f| u32::from_str_radix(f.trim(), 8).ok());
    // O_ACCMODE is 3, O_RDWR 2.
    null && flags.is_some_and(|f| f & 3 == 2)
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
    /// The reader's warnings, shown when the stream ends.
    warnings: reader::Warnings,
}

/// Repeats reported one by one; the rest only counted.
const REPEATS_SHOWN: usize = 10;

impl RepeatedIds {
    fn new(inner: Records, path: &Path, warnings: reader::Warnings) -> Self {
        RepeatedIds { inner, path: path.to_path_buf(), first_line: HashMap::new(), repeats: 0, warnings }
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
            None if self.repeats > 0 || !self.warnings.is_empty() => {
                for warning in self.warnings.take() {
                    eprintln!("tageval: warning: {warning}");
                }
                let n = self.repeats;
                if n > 0 {
                    eprintln!("tageval: warning: {n} document(s) repeat an earlier id; every one is kept, in input order");
                }
                self.repeats = 0;
            }
            None => {}
        }
        item
    }
}
