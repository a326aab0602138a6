//! One seam for every file format: [`Format`] detects, says what it can hold
//! ([`Capabilities`]), reads (one streaming signature for all) and writes (one error
//! type, reporting what it left out as a [`Loss`]).
//!
//! What a format cannot hold is computed in one place, [`Capabilities::select`],
//! from its capabilities; the writers write what it keeps and report what it drops,
//! so a warning can never disagree with what was written.
//!
//! ```
//! use reader::{AnnotatedDoc, Document, Format, Span, WriteOptions};
//! let doc = AnnotatedDoc {
//!     doc: Document::new("d1", "Assad left on Monday."),
//!     spans: vec![Span::new(0, 5, "PER"), Span::new(14, 20, "DATE").with_value("XXXX-WXX-1")],
//!     layers: Vec::new(),
//! };
//! let mut out = Vec::new();
//! let loss = Format::Timeml.write_stream(&mut out, "d1.tml", &[doc], &WriteOptions::default()).unwrap();
//! assert_eq!(loss.other_layers, 1); // the PER span: TimeML holds time expressions only
//! assert!(String::from_utf8(out).unwrap().contains(r#"<TIMEX3 tid="t1" type="DATE" value="XXXX-WXX-1">Monday</TIMEX3>"#));
//! ```

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use crate::conll::{ConllReader, TagScheme};
use crate::corpus::CsvColumns;
use crate::error::{Error, ErrorKind, Location, Result};
use crate::model::{AnnotatedDoc, Layer, Record, Span};
use crate::{brat, conll, corpus, jsonl, spacy, timeml};

/// A stream of documents read from a file, folder or standard input.
pub type Records = Box<dyn Iterator<Item = Result<Record>> + Send>;

/// The file formats tageval reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// One JSON object per line ([`jsonl`]).
    Jsonl,
    /// A folder of `.txt` files with an optional `manifest.csv` ([`corpus`]).
    Txt,
    /// CSV with a header row ([`corpus`]).
    Csv,
    /// brat standoff: a folder of `.txt` + `.ann` files ([`brat`]).
    Brat,
    /// CoNLL column file ([`conll`]).
    Conll,
    /// TimeML `.tml` files ([`timeml`]).
    Timeml,
    /// spaCy DocBin `.spacy` files ([`spacy`]), read only.
    Spacy,
}

/// Where a format writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Nowhere: an input format only.
    None,
    /// One stream (file or stdout) holds every document.
    Stream,
    /// A folder.
    Folder,
    /// One document a file: a stream for one document, a folder for any number.
    FilePerDoc,
}

/// What a format can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capabilities {
    /// Where it writes ([`Target::None`]: it cannot be written).
    pub target: Target,
    /// Whether it holds spans at all (a corpus of plain texts does not).
    pub spans: bool,
    /// The layers whose spans it holds; `None`: spans of any label, in the scheme or not.
    pub layers: Option<&'static [Layer]>,
    /// Whether spans may overlap.
    pub overlaps: bool,
    /// Whether span values and attributes are kept.
    pub values: bool,
}

/// What a writer left out because its format cannot hold it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Loss {
    /// The format, as named in messages (`TimeML`).
    pub format: &'static str,
    /// The layers the format holds, when it holds only some.
    pub holds: Option<&'static [Layer]>,
    /// Spans of layers the format does not hold.
    pub other_layers: usize,
    /// Spans overlapping an earlier kept one where the format allows no overlap.
    pub overlapping: usize,
    /// Written spans whose value or attributes the format has no place for.
    pub values: usize,
    /// Spans widened to whole tokens (CoNLL: a span edge inside a token).
    pub widened: usize,
}

impl Loss {
    /// Nothing left out yet, by `format`.
    pub fn none(format: Format) -> Loss {
        Loss { format: format.title(), holds: format.capabilities().layers, ..Loss::default() }
    }

    /// True when nothing was left out.
    pub fn is_empty(&self) -> bool {
        self.other_layers + self.overlapping + self.values + self.widened == 0
    }

    /// Adds another document's loss.
    pub fn add(&mut self, other: &Loss) {
        self.other_layers += other.other_layers;
        self.overlapping += other.overlapping;
        self.values += other.values;
        self.widened += other.widened;
    }
}

impl fmt::Display for Loss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if self.other_layers > 0 {
            let holds = self.holds.unwrap_or_default().iter().map(|l| l.name()).collect::<Vec<_>>().join(", ");
            parts.push(format!("{} span(s) of other layers (it holds {holds} only)", self.other_layers));
        }
        if self.overlapping > 0 {
            parts.push(format!("{} span(s) overlapping an earlier one", self.overlapping));
        }
        if self.values > 0 {
            parts.push(format!("the values and attributes of {} span(s)", self.values));
        }
        let widened = (self.widened > 0).then(|| {
            format!(
                "{} span(s) starting or ending inside a token were widened to whole tokens (its tokens come from the text alone)",
                self.widened
            )
        });
        if parts.is_empty() {
            return write!(f, "{}: {}", self.format, widened.unwrap_or_default());
        }
        write!(f, "{} cannot hold {}; they are left out (write jsonl or brat to keep everything)", self.format, parts.join(", "))?;
        if let Some(widened) = widened {
            write!(f, "; {widened}")?;
        }
        Ok(())
    }
}

impl Capabilities {
    /// Whether the format holds spans of `span`'s label.
    pub fn holds(&self, span: &Span) -> bool {
        self.spans && self.layers.is_none_or(|layers| span.layer().is_some_and(|l| layers.contains(&l)))
    }

    /// The spans of `doc` this format writes, sorted, and what it leaves out: spans
    /// of layers it does not hold, spans overlapping an earlier kept one (when it
    /// allows no overlap), and the values and attributes of kept spans (when it has
    /// no place for them). The one place these rules are written.
    pub fn select<'d>(&self, format: Format, doc: &'d AnnotatedDoc) -> (Vec<&'d Span>, Loss) {
        let mut loss = Loss { holds: self.layers, ..Loss::none(format) };
        let mut held: Vec<&Span> = Vec::with_capacity(doc.spans.len());
        for span in &doc.spans {
            if self.holds(span) {
                held.push(span);
            } else {
                loss.other_layers += 1;
            }
        }
        held.sort();
        if !self.overlaps {
            let mut kept: Vec<&Span> = Vec::with_capacity(held.len());
            for span in held {
                if kept.last().is_some_and(|last| last.end > span.start) {
                    loss.overlapping += 1;
                } else {
                    kept.push(span);
                }
            }
            held = kept;
        }
        if !self.values {
            loss.values = held.iter().filter(|s| s.value.is_some() || !s.attrs.is_empty()).count();
        }
        (held, loss)
    }
}

/// Options of [`Format::read`].
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Column names of a CSV corpus.
    pub columns: CsvColumns,
    /// Folder holding the `.txt` files of brat annotations stored without them.
    pub text_dir: Option<PathBuf>,
    /// Where readers put warnings (what they read differently from what the input
    /// held), for the caller to show once the stream has ended.
    pub warnings: crate::Warnings,
    /// Whether spans that start or end on whitespace are trimmed (with a warning
    /// counting them) instead of being errors (`--trim-spans`).
    pub trim: crate::boundary::Trim,
    /// What brat's discontinuous spans become (`--discontinuous`).
    pub discontinuous: brat::Discontinuous,
    /// The spaCy DocBin span group to read instead of `doc.ents` (`--spans-key`).
    pub spans_key: Option<String>,
    /// CoNLL document ids from the file name (`<stem>-N`) instead of `doc-N`.
    pub conll_file_ids: bool,
}

/// Options of [`Format::writer`].
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions {
    /// The CoNLL tag scheme.
    pub scheme: TagScheme,
}

/// Where a writer writes.
pub enum Sink<'a> {
    /// A stream (a file or stdout); `name` names it in errors.
    Stream {
        /// The stream.
        out: &'a mut dyn Write,
        /// Its name (a path, `-` for stdout).
        name: &'a Path,
    },
    /// A folder, created when missing (brat, or TimeML one file per document).
    Folder(&'a Path),
}

/// Writes documents one at a time in one format; [`finish`](DocWriter::finish)
/// completes the output and reports what the format could not hold.
pub trait DocWriter {
    /// Writes (or, for formats that need every document first, keeps) one document.
    fn write(&mut self, doc: &AnnotatedDoc) -> Result<()>;
    /// Completes the output; returns what was left out.
    fn finish(self: Box<Self>) -> Result<Loss>;
    /// The stream a JSONL writer writes into, for a document written a part at a
    /// time ([`crate::jsonl::write_doc_open`]), counted as one document written;
    /// `None` for every other writer.
    fn jsonl_stream(&mut self) -> Option<&mut dyn Write> {
        None
    }
    /// Whether this writer writes JSONL, and so takes documents encoded beforehand
    /// ([`DocWriter::write_jsonl_line`]).
    fn writes_jsonl(&self) -> bool {
        false
    }
    /// Writes one document as the JSONL line [`crate::jsonl::write_doc`] encoded for
    /// it, perhaps on another thread: the bytes [`DocWriter::write`] would write for
    /// that document. An error for a writer that does not [`writes_jsonl`](DocWriter::writes_jsonl).
    fn write_jsonl_line(&mut self, line: &[u8]) -> Result<()> {
        let _ = line;
        Err(Error::new(Location::default(), ErrorKind::Unwritable("this output does not take JSONL lines".into())))
    }
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 7] = [Format::Jsonl, Format::Txt, Format::Csv, Format::Brat, Format::Conll, Format::Timeml, Format::Spacy];

    /// The name on the command line (`jsonl`, `txt`, `csv`, `brat`, `conll`, `timeml`,
    /// `spacy`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Txt => "txt",
            Format::Csv => "csv",
            Format::Brat => "brat",
            Format::Conll => "conll",
            Format::Timeml => "timeml",
            Format::Spacy => "spacy",
        }
    }

    /// The name in messages (`TimeML`, `CoNLL`).
    pub fn title(self) -> &'static str {
        match self {
            Format::Jsonl => "JSONL",
            Format::Txt => "a .txt folder",
            Format::Csv => "CSV",
            Format::Brat => "brat",
            Format::Conll => "CoNLL",
            Format::Timeml => "TimeML",
            Format::Spacy => "spaCy DocBin",
        }
    }

    /// What the format can hold.
    pub fn capabilities(self) -> Capabilities {
        let all = Capabilities { target: Target::Stream, spans: true, layers: None, overlaps: true, values: true };
        match self {
            Format::Jsonl => all,
            Format::Txt | Format::Csv => Capabilities { target: Target::None, spans: false, ..all },
            Format::Brat => Capabilities { target: Target::Folder, ..all },
            Format::Conll => Capabilities { overlaps: false, values: false, ..all },
            Format::Timeml => Capabilities { target: Target::FilePerDoc, layers: Some(&[Layer::Dates]), overlaps: false, ..all },
            Format::Spacy => Capabilities { target: Target::None, values: false, ..all },
        }
    }

    /// Guesses the format of `path`.
    ///
    /// `-` is JSONL. A folder with `.ann` files (directly or one level down) is brat, one
    /// with `.tml` files (directly or one level down) TimeML, any other folder `.txt` files. A file ending in `.csv` is
    /// CSV, `.tml` TimeML, `.spacy` a spaCy DocBin, `.jsonl`/`.ndjson`/`.json` JSONL, `.conll`/`.iob`/`.bio`/
    /// `.bioes`/`.iob2`/`.conllu` CoNLL, `.txt` (any case) an error naming what is
    /// expected; for other regular files the first non-blank
    /// byte decides: `{` or `[` (or an empty file) is JSONL, anything else CoNLL. The
    /// JSONL reader reads a file starting with `[` as one JSON array of documents
    /// (a Label Studio export), and annotation-tool shapes (Label Studio, Doccano,
    /// Prodigy) line by line: see [`crate::tools`]. A FIFO or
    /// device (`<(cmd)`, `/dev/stdin`) is JSONL: peeking at it would consume the input.
    pub fn detect(path: &Path) -> Result<Format> {
        if path == Path::new("-") {
            return Ok(Format::Jsonl);
        }
        if path.is_dir() {
            let has = |ext: &str, depth2: bool| -> bool {
                let Ok(entries) = std::fs::read_dir(path) else { return false };
                entries.filter_map(|e| e.ok()).map(|e| e.path()).any(|p| {
                    p.extension().is_some_and(|e| e == ext)
                        || (depth2
                            && p.is_dir()
                            && std::fs::read_dir(&p)
                                .is_ok_and(|mut inner| inner.any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == ext)))))
                })
            };
            return Ok(if has("ann", true) {
                Format::Brat
            } else if has("tml", true) {
                Format::Timeml
            } else {
                Format::Txt
            });
        }
        let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
        match ext.as_deref() {
            Some("csv") => return Ok(Format::Csv),
            Some("tml") => return Ok(Format::Timeml),
            Some("spacy") => return Ok(Format::Spacy),
            Some("jsonl" | "ndjson" | "json") => return Ok(Format::Jsonl),
            Some("conll" | "iob" | "bio" | "bioes" | "iob2" | "conllu") => return Ok(Format::Conll),
            Some("txt") if !path.is_dir() => {
                let msg = "a text file is read as one document of a folder of `.txt` files: give the folder (or JSONL, CSV, CoNLL, TimeML)";
                return Err(Error::new(Location::new(path, 0), ErrorKind::Syntax(msg.into())));
            }
            _ => {}
        }
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if !meta.is_file() {
            return Ok(Format::Jsonl);
        }
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        let mut head = Vec::new();
        BufReader::new(file).take(64 * 1024).read_to_end(&mut head).map_err(|e| Error::io(path, e))?;
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
        let first = head.iter().copied().find(|b| !b.is_ascii_whitespace());
        Ok(if matches!(first, Some(b'{' | b'[') | None) { Format::Jsonl } else { Format::Conll })
    }

    /// Streams the documents of `path` (with any spans they carry). `-` is standard
    /// input (JSONL, CSV, CoNLL). Folders and multi-document files are read one
    /// document at a time; a listing or manifest is read first.
    pub fn read(self, path: &Path, options: &ReadOptions) -> Result<Records> {
        let trim = &options.trim;
        let records: Records = match self {
            Format::Jsonl => corpus::jsonl_records_with(path, &options.warnings, trim)?,
            Format::Csv => corpus::csv_file_records(path, &options.columns)?,
            Format::Txt => Box::new(corpus::txt_dir_records(path)?),
            Format::Brat => Box::new(brat::records_with(path, options)?),
            Format::Timeml if path.is_dir() => Box::new(timeml::records_with(path, trim)?),
            Format::Timeml => {
                let (path, trim) = (path.to_path_buf(), trim.clone());
                Box::new(std::iter::once_with(move || timeml::read_file_with(&path, &trim).map(|doc| Record { line: 0, doc })))
            }
            Format::Spacy => {
                let docs = spacy::read_file(path, options.spans_key.as_deref())?;
                Box::new(docs.into_iter().map(|doc| Ok(Record { line: 0, doc })))
            }
            Format::Conll => {
                let input: Box<dyn BufRead + Send> = if path == Path::new("-") {
                    Box::new(BufReader::new(io::stdin()))
                } else {
                    Box::new(BufReader::new(crate::shared::Counted(File::open(path).map_err(|e| Error::io(path, e))?)))
                };
                Box::new(ConllReader::new(input, path).with_file_ids(options.conll_file_ids))
            }
        };
        if !trim.is_on() {
            return Ok(records);
        }
        // When the stream ends, one warning counts the spans trimmed.
        let (trim, warnings, path) = (trim.clone(), options.warnings.clone(), path.to_path_buf());
        let mut before = trim.trimmed();
        let mut records = records;
        Ok(Box::new(std::iter::from_fn(move || {
            let next = records.next();
            if next.is_none() {
                let n = trim.trimmed() - before;
                if n > 0 {
                    warnings.push(format!("{}: trimmed whitespace from the edges of {n} span(s) (--trim-spans)", path.display()));
                }
                before += n;
            }
            next
        })))
    }

    /// A writer of this format into `sink`.
    pub fn writer<'a>(self, sink: Sink<'a>, options: &WriteOptions) -> Result<Box<dyn DocWriter + 'a>> {
        let loss = Loss::none(self);
        let unwritable = |msg: String| Err(Error::new(Location::default(), ErrorKind::Unwritable(msg)));
        match (self, sink) {
            (Format::Txt | Format::Csv, _) => unwritable("txt and csv are input formats only; write jsonl, brat, conll or timeml".into()),
            (Format::Spacy, _) => unwritable("spacy (DocBin) is an input format only; write jsonl, brat, conll or timeml".into()),
            (Format::Brat, Sink::Folder(dir)) => Ok(Box::new(BratWriter { dir, docs: Vec::new(), loss })),
            (Format::Brat, Sink::Stream { .. }) => unwritable("brat output is a folder: give it with -o DIR".into()),
            (Format::Jsonl, Sink::Stream { out, name }) => {
                Ok(Box::new(StreamWriter { format: self, out, name, options: *options, loss, docs: 0 }))
            }
            (Format::Conll, Sink::Stream { out, name }) => {
                Ok(Box::new(StreamWriter { format: self, out, name, options: *options, loss, docs: 0 }))
            }
            (Format::Timeml, Sink::Stream { out, name }) => {
                Ok(Box::new(StreamWriter { format: self, out, name, options: *options, loss, docs: 0 }))
            }
            (Format::Timeml, Sink::Folder(dir)) => Ok(Box::new(TimemlFolder { dir, loss })),
            (Format::Jsonl | Format::Conll, Sink::Folder(dir)) => {
                unwritable(format!("{} is one file, not a folder ({} is a folder)", self.title(), dir.display()))
            }
        }
    }

    /// Writes `docs` into `sink`; returns what the format could not hold.
    pub fn write(self, sink: Sink<'_>, docs: &[AnnotatedDoc], options: &WriteOptions) -> Result<Loss> {
        let mut writer = self.writer(sink, options)?;
        for doc in docs {
            writer.write(doc)?;
        }
        writer.finish()
    }

    /// [`write`](Format::write) into a stream named `name`.
    pub fn write_stream(self, out: &mut dyn Write, name: impl AsRef<Path>, docs: &[AnnotatedDoc], options: &WriteOptions) -> Result<Loss> {
        self.write(Sink::Stream { out, name: name.as_ref() }, docs, options)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// JSONL, CoNLL, or one TimeML document, into one stream.
struct StreamWriter<'a> {
    format: Format,
    out: &'a mut dyn Write,
    name: &'a Path,
    options: WriteOptions,
    loss: Loss,
    docs: usize,
}

impl DocWriter for StreamWriter<'_> {
    fn write(&mut self, doc: &AnnotatedDoc) -> Result<()> {
        self.docs += 1;
        let located = |e: Error| locate(e, self.name, &doc.doc.id);
        let loss = match self.format {
            Format::Jsonl => {
                jsonl::write_doc(&mut self.out, doc).map_err(|e| Error::io(self.name, e))?;
                Loss::default()
            }
            Format::Conll => conll::write_doc(&mut self.out, doc, self.options.scheme).map_err(located)?,
            _ if self.docs > 1 => {
                let msg = "TimeML holds one document a file: give an existing folder with -o DIR for more than one document";
                return Err(Error::new(Location::default(), ErrorKind::Unwritable(msg.into())));
            }
            _ => timeml::write(&mut self.out, doc).map_err(located)?,
        };
        self.loss.add(&loss);
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<Loss> {
        self.out.flush().map_err(|e| Error::io(self.name, e))?;
        Ok(self.loss)
    }

    fn jsonl_stream(&mut self) -> Option<&mut dyn Write> {
        if self.format != Format::Jsonl {
            return None;
        }
        self.docs += 1;
        Some(&mut *self.out)
    }

    fn writes_jsonl(&self) -> bool {
        self.format == Format::Jsonl
    }

    fn write_jsonl_line(&mut self, line: &[u8]) -> Result<()> {
        if self.format != Format::Jsonl {
            return Err(Error::new(
                Location::default(),
                ErrorKind::Unwritable(format!("{} output does not take JSONL lines", self.format.title())),
            ));
        }
        self.docs += 1;
        self.out.write_all(line).map_err(|e| Error::io(self.name, e))
    }
}

/// Puts the output's name on a writer's error that has none.
fn locate(mut e: Error, name: &Path, id: &str) -> Error {
    if e.location.path.as_os_str().is_empty() {
        e.location.path = name.to_path_buf();
    }
    if e.location.doc_id.is_none() {
        e.location.doc_id = Some(id.to_string());
    }
    e
}

/// brat needs every document before it writes (`annotation.conf`, the manifest, and
/// every check before the first file).
struct BratWriter<'a> {
    dir: &'a Path,
    docs: Vec<AnnotatedDoc>,
    loss: Loss,
}

impl DocWriter for BratWriter<'_> {
    fn write(&mut self, doc: &AnnotatedDoc) -> Result<()> {
        self.docs.push(doc.clone());
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<Loss> {
        brat::write_dir(self.dir, &self.docs)?;
        Ok(self.loss)
    }
}

/// TimeML into a folder: `<id>.tml` per document, each written whole or not at all.
struct TimemlFolder<'a> {
    dir: &'a Path,
    loss: Loss,
}

impl DocWriter for TimemlFolder<'_> {
    fn write(&mut self, doc: &AnnotatedDoc) -> Result<()> {
        let id = doc.doc.id.as_str();
        // `/` makes subfolders (ids read from brat subfolders: `esp/doc1`); each part
        // must be a name.
        if id.split('/').any(|part| part.is_empty() || part == "." || part == ".." || part.contains(['\\', '\0'])) {
            let msg = format!("document id {id:?} cannot be a file name");
            return Err(Error::new(Location::new(self.dir, 0).doc(id), ErrorKind::Unwritable(msg)));
        }
        let path = self.dir.join(format!("{id}.tml"));
        let mut bytes = Vec::new();
        let loss = timeml::write(&mut bytes, doc).map_err(|e| locate(e, &path, id))?;
        let folder = path.parent().unwrap_or(self.dir);
        std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
        crate::shared::write_file_atomically(&path, &bytes)?;
        self.loss.add(&loss);
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<Loss> {
        Ok(self.loss)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn doc() -> AnnotatedDoc {
        let mut date = Span::new(14, 20, "DATE");
        date.value = Some("XXXX-WXX-1".into());
        AnnotatedDoc {
            doc: Document::new("a", "Assad left on Monday."),
            spans: vec![Span::new(0, 5, "PER"), Span::new(0, 10, "CASUALTY"), date],
            layers: Vec::new(),
        }
    }

    #[test]
    fn losses_come_from_capabilities() {
        let d = doc();
        let (_, timeml) = Format::Timeml.capabilities().select(Format::Timeml, &d);
        assert_eq!((timeml.other_layers, timeml.overlapping, timeml.values), (2, 0, 0));
        let (kept, conll) = Format::Conll.capabilities().select(Format::Conll, &d);
        assert_eq!((conll.other_layers, conll.overlapping, conll.values), (0, 1, 1));
        assert_eq!(kept.len(), 2);
        assert!(conll.to_string().starts_with("CoNLL cannot hold 1 span(s) overlapping an earlier one, the values"), "{conll}");
        assert!(timeml.to_string().contains("(it holds dates only)"), "{timeml}");
        for format in [Format::Jsonl, Format::Brat] {
            assert!(format.capabilities().select(format, &d).1.is_empty(), "{format}");
        }
    }

    #[test]
    fn writers_report_what_they_dropped() {
        let docs = [doc()];
        let mut out = Vec::new();
        let loss = Format::Conll.write_stream(&mut out, "x.conll", &docs, &WriteOptions::default()).expect("writes");
        assert_eq!((loss.overlapping, loss.values), (1, 1));
        let loss = Format::Jsonl.write_stream(&mut Vec::new(), "x.jsonl", &docs, &WriteOptions::default()).expect("writes");
        assert!(loss.is_empty());
        let two = [doc(), doc()];
        let err = Format::Timeml.write_stream(&mut Vec::new(), "x.tml", &two, &WriteOptions::default()).unwrap_err();
        assert!(err.to_string().starts_with("TimeML holds one document a file"), "{err}");
        let err = Format::Csv.write_stream(&mut Vec::new(), "x.csv", &docs, &WriteOptions::default()).unwrap_err();
        assert_eq!(err.to_string(), "txt and csv are input formats only; write jsonl, brat, conll or timeml");
    }

    #[test]
    fn a_jsonl_writer_writes_lines_encoded_beforehand_as_it_writes_documents() {
        let docs = [doc(), doc()];
        let name = Path::new("x.jsonl");
        let mut whole = Vec::new();
        Format::Jsonl.write_stream(&mut whole, name, &docs, &WriteOptions::default()).expect("writes");
        let mut lines = Vec::new();
        {
            let mut writer = Format::Jsonl.writer(Sink::Stream { out: &mut lines, name }, &WriteOptions::default()).expect("a writer");
            assert!(writer.writes_jsonl());
            for d in &docs {
                let mut line = Vec::new();
                jsonl::write_doc(&mut line, d).expect("encodes");
                writer.write_jsonl_line(&line).expect("writes");
            }
            assert!(writer.finish().expect("finishes").is_empty());
        }
        assert_eq!(String::from_utf8(lines).expect("utf8"), String::from_utf8(whole).expect("utf8"));
        let mut out = Vec::new();
        let mut conll = Format::Conll.writer(Sink::Stream { out: &mut out, name }, &WriteOptions::default()).expect("a writer");
        assert!(!conll.writes_jsonl());
        let err = conll.write_jsonl_line(b"{}\n").unwrap_err();
        assert!(err.to_string().contains("does not take JSONL lines"), "{err}");
    }

    #[test]
    fn every_writable_format_reads_back_what_it_holds() {
        let dir = tempfile::tempdir().expect("tempdir");
        let docs = [doc()];
        for format in Format::ALL {
            let caps = format.capabilities();
            let path = dir.path().join(format!("out-{}", format.name()));
            let loss = match caps.target {
                Target::None => continue,
                Target::Folder | Target::FilePerDoc => format.write(Sink::Folder(&path), &docs, &WriteOptions::default()),
                Target::Stream => {
                    let mut file = File::create(&path).expect("create");
                    format.write_stream(&mut file, &path, &docs, &WriteOptions::default())
                }
            }
            .expect("writes");
            let back: Vec<Record> = format.read(&path, &ReadOptions::default()).expect("opens").collect::<Result<_>>().expect("reads");
            assert_eq!(back.len(), 1, "{format}");
            let (kept, expected_loss) = caps.select(format, &docs[0]);
            assert_eq!(loss, expected_loss, "{format}");
            assert_eq!(back[0].doc.spans.len(), kept.len(), "{format}");
            assert_eq!(Format::detect(&path).expect("detects"), format, "{format}");
        }
    }
}
