//! JSONL: one document per line, `{"id","text","dct"?, …, "spans"?: [...]}`.
//!
//! This one shape serves as corpus (no `spans`), as annotation output (the spaCy /
//! Prodigy shape `{"text","spans":[{"start","end","label"}]}` plus our `value`) and as
//! gold (with an optional `"layers": ["dates", …]` naming the layers labelled).
//! Offsets are code points. Fields other than `id`, `text`, `dct`, `spans` and
//! `layers` are kept in [`Document::meta`] and written back out unchanged.
//!
//! Conventions: blank lines are skipped; a missing `id` becomes the 1-based line
//! number; a leading BOM on the first line is removed.

use std::collections::VecDeque;
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::ser::{SerializeMap, Serializer};
use serde_json::Value;

use crate::boundary::{import_spans_with, FileSpan, Trim};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::model::{AnnotatedDoc, Document, Layer, Meta, Record, Span};
use crate::offsets::CharMap;
use crate::shared::check_dct;
use crate::tools::{read_tool_shape, Notes, Tool, Warnings};

/// A line longer than this (bytes) is parsed from the stream rather than read whole
/// first.
const LONG_LINE: usize = 64 << 10;

/// Lines read ahead and parsed together on rayon's thread pool, at most: few enough
/// that what is held ahead of the caller stays small, enough to share among threads.
const BATCH_LINES: usize = 256;
/// Bytes of lines read ahead at most (a batch ends after the line that reaches it).
const BATCH_BYTES: usize = 1 << 20;

/// Streams [`Record`]s from JSONL input, in input order.
///
/// The lines are read a batch at a time (at most [`BATCH_LINES`] lines or
/// [`BATCH_BYTES`] bytes) and parsed in parallel on rayon's global thread pool, so
/// that the thread which iterates only reads bytes; the records, errors included,
/// come out one at a time in input order, as if each line were parsed when asked for.
/// A line longer than 64 KiB is parsed from the stream on the calling thread, and a
/// JSON array input is read whole.
pub struct JsonlReader<R> {
    input: R,
    path: PathBuf,
    line: usize,
    buf: Vec<u8>,
    /// Records (and errors) of the batch parsed ahead, in input order.
    ready: VecDeque<Result<Record>>,
    /// Set when the input has ended: once `ready` is empty, so does the stream.
    ended: bool,
    /// Set after a read error: the input cannot go on, so the stream ends (a caller
    /// skipping bad lines would otherwise get the same error forever).
    failed: bool,
    /// Whether the first non-blank byte has been looked at (a `[` is a JSON array).
    sniffed: bool,
    /// The items of a JSON array input, read whole.
    array: Option<std::iter::Enumerate<std::vec::IntoIter<Value>>>,
    /// What the annotation-tool shapes read differently from what they held.
    notes: Notes,
    /// Where the notes go when the stream ends.
    warnings: Warnings,
    /// Whether spans on whitespace are trimmed.
    trim: Trim,
}

impl<R: BufRead> JsonlReader<R> {
    /// Reads from `input`; `path` names it in errors (`-` for stdin).
    pub fn new(input: R, path: impl AsRef<Path>) -> Self {
        JsonlReader {
            input,
            path: path.as_ref().to_path_buf(),
            line: 0,
            buf: Vec::new(),
            ready: VecDeque::new(),
            ended: false,
            failed: false,
            sniffed: false,
            array: None,
            notes: Notes::default(),
            warnings: Warnings::default(),
            trim: Trim::default(),
        }
    }

    /// Trims spans that start or end on whitespace when `trim` is on (else they are
    /// errors), counting them in `trim`.
    pub fn with_trim(mut self, trim: Trim) -> Self {
        self.trim = trim;
        self
    }

    /// Sends the stream's warnings (Prodigy examples skipped, Label Studio tasks with
    /// several annotations, relations not read) to `warnings` when it ends.
    pub fn with_warnings(mut self, warnings: Warnings) -> Self {
        self.warnings = warnings;
        self
    }

    /// Looks at the first non-blank byte (after a BOM): on `[`, reads the whole input
    /// as one JSON array of documents (a Label Studio export).
    fn sniff(&mut self) -> Result<()> {
        self.sniffed = true;
        // Nothing is consumed: the buffered head (64 KiB in the file readers) decides.
        let head = self.input.fill_buf().map_err(|e| Error::new(Location::new(&self.path, 1), e.into()))?;
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        let first = head.iter().copied().find(|b| !b.is_ascii_whitespace());
        if first != Some(b'[') {
            return Ok(());
        }
        let mut bytes = Vec::new();
        self.input.read_to_end(&mut bytes).map_err(|e| Error::new(Location::new(&self.path, 1), e.into()))?;
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let items: Vec<Value> = serde_json::from_slice(bytes)
            .map_err(|e| Error::new(Location::new(&self.path, 0), ErrorKind::Json(format!("a JSON array of documents: {e}"))))?;
        self.array = Some(items.into_iter().enumerate());
        Ok(())
    }

    /// A line longer than [`LONG_LINE`], whose first bytes are in `buf`: the rest is
    /// parsed straight from the stream, so that a document of many megabytes is not
    /// held twice, as a line and as its text.
    fn long_line(&mut self) -> (Result<Value>, Location) {
        let head = std::mem::take(&mut self.buf);
        self.line += 1;
        let loc = Location::new(&self.path, self.line);
        let start = if self.line == 1 { head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head) } else { &head };
        let mut de = serde_json::Deserializer::from_reader(start.chain(&mut self.input));
        let value = <Value as serde::Deserialize>::deserialize(&mut de);
        drop(de);
        // What follows the value on its line (nothing but blanks in a valid line) is
        // read up to the line break, so that the next line starts where it should.
        let mut rest = head;
        rest.clear();
        let read = self.input.read_until(b'\n', &mut rest);
        let value = match (value, read) {
            (_, Err(e)) => {
                self.failed = true;
                Err(Error::new(loc.clone(), e.into()))
            }
            (Err(e), _) => Err(Error::new(loc.clone(), ErrorKind::Json(e.to_string()))),
            (Ok(_), _) if !rest.iter().all(u8::is_ascii_whitespace) => {
                Err(Error::new(loc.clone(), ErrorKind::Json("trailing characters after the document's JSON value".into())))
            }
            (Ok(v), _) => Ok(v),
        };
        (value, loc)
    }

    /// The stream has ended: hands its notes over as warnings.
    fn end(&mut self) {
        for message in std::mem::take(&mut self.notes).messages(&self.path) {
            self.warnings.push(message);
        }
    }
}

impl<R: BufRead> JsonlReader<R> {
    /// Reads the next batch of lines and parses them in parallel into `ready`, in
    /// input order; a long line or a read error ends the batch (and the error the
    /// stream).
    fn read_batch(&mut self) {
        let mut lines: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut bytes = 0;
        let mut last = None;
        while lines.len() < BATCH_LINES && bytes < BATCH_BYTES {
            self.buf.clear();
            match (&mut self.input).take(LONG_LINE as u64).read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.ended = true;
                    break;
                }
                Ok(n) if n == LONG_LINE && self.buf.last() != Some(&b'\n') => {
                    let (value, loc) = self.long_line();
                    last = Some(value.and_then(|v| parse_value(v, loc, &mut self.notes, &self.trim)).transpose());
                    break;
                }
                Ok(n) => {
                    self.line += 1;
                    bytes += n;
                    lines.push((self.line, self.buf.clone()));
                }
                Err(e) => {
                    self.failed = true;
                    last = Some(Some(Err(Error::new(Location::new(&self.path, self.line + 1), e.into()))));
                    break;
                }
            }
        }
        let (path, trim) = (&self.path, &self.trim);
        let parsed: Vec<(Option<Result<Record>>, Notes)> = lines
            .into_par_iter()
            .map(|(line, bytes)| {
                let mut notes = Notes::default();
                let record = parse_line_at(&bytes, line, path, &mut notes, trim);
                (record, notes)
            })
            .collect();
        for (record, notes) in parsed {
            if !notes.is_empty() {
                self.notes.absorb(notes);
            }
            self.ready.extend(record);
        }
        let line = self.line;
        self.ready.extend(last.flatten().map(|r| r.map(|doc| Record { line, doc })));
    }
}

/// Parses line number `line` of `path` (its bytes, line break included): `None` for a
/// blank line or a Prodigy example not accepted (counted in `notes`).
fn parse_line_at(bytes: &[u8], line: usize, path: &Path, notes: &mut Notes, trim: &Trim) -> Option<Result<Record>> {
    let bytes = if line == 1 { bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes) } else { bytes };
    let loc = Location::new(path, line);
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => return Some(Err(Error::new(loc, ErrorKind::InvalidUtf8(e.valid_up_to())))),
    };
    if text.trim().is_empty() {
        return None;
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Some(Err(Error::new(loc, ErrorKind::Json(e.to_string())))),
    };
    parse_value(value, loc, notes, trim).transpose().map(|r| r.map(|doc| Record { line, doc }))
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(record) = self.ready.pop_front() {
                return Some(record);
            }
            if self.failed {
                return None;
            }
            if !self.sniffed {
                if let Err(e) = self.sniff() {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
            if let Some(items) = &mut self.array {
                // In a JSON array, a document's "line" is its 1-based position.
                for (i, item) in items.by_ref() {
                    let loc = Location::new(&self.path, i + 1);
                    match parse_value(item, loc, &mut self.notes, &self.trim) {
                        Ok(Some(doc)) => return Some(Ok(Record { line: i + 1, doc })),
                        Ok(None) => continue,
                        Err(e) => return Some(Err(e)),
                    }
                }
                self.end();
                return None;
            }
            if self.ended {
                // Read again, as before the batches: a terminal on stdin may go on.
                self.ended = false;
                self.end();
                return None;
            }
            self.read_batch();
        }
    }
}

/// Parses one JSONL line (located at `loc`) into a document with its spans. A
/// Prodigy example answered `reject` or `ignore` is an error here (it is no gold);
/// the stream reader skips it and counts it in a warning.
pub fn parse_line(line: &str, loc: Location) -> Result<AnnotatedDoc> {
    let value: Value = serde_json::from_str(line).map_err(|e| Error::new(loc.clone(), ErrorKind::Json(e.to_string())))?;
    let msg = "a Prodigy example answered `reject` or `ignore` is not a document to read";
    parse_value(value, loc.clone(), &mut Notes::default(), &Trim::default())?.ok_or_else(|| Error::new(loc, ErrorKind::Syntax(msg.into())))
}

/// Reads one JSON document (ours, or an annotation tool's: see [`crate::tools`]);
/// `None` when it is to be skipped (a Prodigy example not accepted).
fn parse_value(value: Value, loc: Location, notes: &mut Notes, trim: &Trim) -> Result<Option<AnnotatedDoc>> {
    let Value::Object(mut fields) = value else {
        return Err(Error::new(loc, ErrorKind::Json("a line must be a JSON object".into())));
    };
    let id = match fields.shift_remove("id") {
        None | Some(Value::Null) => loc.line.to_string(),
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err(wrong_type(loc, "id", "a string or a number")),
    };
    let loc = loc.doc(id.clone());
    let tool_spans = match read_tool_shape(&mut fields, &loc, notes)? {
        Tool::Skip => return Ok(None),
        Tool::Read(spans) => spans,
    };
    let text = match fields.shift_remove("text") {
        Some(Value::String(s)) => s,
        None => return Err(Error::new(loc, ErrorKind::MissingField("text".into()))),
        Some(_) => return Err(wrong_type(loc, "text", "a string")),
    };
    let dct = match fields.shift_remove("dct") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(check_dct(s, &loc)?),
        Some(_) => return Err(wrong_type(loc, "dct", "a string (YYYY-MM-DD)")),
    };
    let layers = match fields.shift_remove("layers") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().and_then(Layer::parse).ok_or_else(|| wrong_type(loc.clone(), "layers", LAYER_NAMES.as_str())))
            .collect::<Result<_>>()?,
        Some(_) => return Err(wrong_type(loc, "layers", "a list of layer names")),
    };
    let spans = match fields.shift_remove("spans") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => {
            let file_spans = items.into_iter().map(|v| parse_span(v, &loc)).collect::<Result<Vec<_>>>()?;
            import_spans_with(&text, file_spans, &loc, trim)?
        }
        Some(_) => return Err(wrong_type(loc, "spans", "a list of span objects")),
    };
    let spans = match tool_spans {
        Some(tool_spans) => import_spans_with(&text, tool_spans, &loc, trim)?,
        None => spans,
    };
    Ok(Some(AnnotatedDoc { doc: Document { id, text, dct, meta: fields }, spans, layers }))
}

/// What a `layers` entry must be, naming the layers of the spec table.
static LAYER_NAMES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| format!("a list of layer names ({})", Layer::names(", ")));

fn wrong_type(loc: Location, field: &str, expected: &'static str) -> Error {
    Error::new(loc, ErrorKind::WrongType { field: field.into(), expected })
}

fn parse_span(value: Value, loc: &Location) -> Result<FileSpan> {
    let Value::Object(fields) = value else {
        return Err(wrong_type(loc.clone(), "spans", "a list of span objects"));
    };
    let offset = |name: &str| match fields.get(name) {
        Some(v) => v.as_u64().map(|n| n as usize).ok_or_else(|| wrong_type(loc.clone(), name, "a non-negative integer")),
        None => Err(Error::new(loc.clone(), ErrorKind::MissingField(format!("spans[].{name}")))),
    };
    let (start, end) = (offset("start")?, offset("end")?);
    let mut span = FileSpan { start, end, ..Default::default() };
    for (key, v) in fields {
        match (key.as_str(), v) {
            ("start" | "end", _) => {}
            ("label", Value::String(s)) => span.label = s,
            ("label", _) => return Err(wrong_type(loc.clone(), "label", "a string")),
            ("text", Value::String(s)) => span.text = Some(s),
            ("text", Value::Null) => {}
            ("text", _) => return Err(wrong_type(loc.clone(), "text", "a string")),
            ("value", Value::String(s)) => span.value = Some(s),
            ("value", Value::Number(n)) => span.value = Some(n.to_string()),
            ("value", Value::Null) => {}
            ("value", _) => return Err(wrong_type(loc.clone(), "value", "a string")),
            (_, Value::String(s)) => {
                span.attrs.insert(key, s);
            }
            (_, Value::Null) => {}
            (_, other) => {
                span.attrs.insert(key, other.to_string());
            }
        }
    }
    if span.label.is_empty() {
        return Err(Error::new(loc.clone(), ErrorKind::MissingField("spans[].label".into())));
    }
    Ok(span)
}

/// Writes one document as a JSONL line: `id`, `text`, `dct` (when known), the
/// pass-through fields, `layers` (when declared) and `spans` with code-point offsets
/// and their `text`.
pub fn write_doc<W: Write>(out: &mut W, doc: &AnnotatedDoc) -> io::Result<()> {
    let map = CharMap::new(&doc.doc.text);
    let line = LineOut { doc: &doc.doc, spans: &doc.spans, layers: &doc.layers, map: &map };
    serde_json::to_writer(&mut *out, &line).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

struct LineOut<'a> {
    doc: &'a Document,
    spans: &'a [Span],
    layers: &'a [Layer],
    map: &'a CharMap,
}

impl serde::Serialize for LineOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut m = serializer.serialize_map(None)?;
        m.serialize_entry("id", &self.doc.id)?;
        m.serialize_entry("text", &self.doc.text)?;
        if let Some(dct) = &self.doc.dct {
            m.serialize_entry("dct", dct)?;
        }
        let meta: &Meta = &self.doc.meta;
        for (k, v) in meta {
            m.serialize_entry(k, v)?;
        }
        if !self.layers.is_empty() {
            let names: Vec<&str> = self.layers.iter().map(|l| l.name()).collect();
            m.serialize_entry("layers", &names)?;
        }
        m.serialize_entry("spans", &SpansOut { spans: self.spans, text: &self.doc.text, map: self.map, bytes: 0, chars: 0 })?;
        m.end()
    }
}

/// Spans serialised one at a time (no list of file spans is built: a document of
/// millions of spans needs no second copy of them).
struct SpansOut<'a> {
    spans: &'a [Span],
    /// The document's text.
    text: &'a str,
    /// The code points of the part the spans lie in (the whole text but for
    /// [`write_span_entries`]).
    map: &'a CharMap,
    /// Where the part begins: byte and code-point offsets into the text.
    bytes: usize,
    chars: usize,
}

impl serde::Serialize for SpansOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let at = |byte: usize| self.map.byte_to_char(byte.saturating_sub(self.bytes)).map_or(0, |c| c + self.chars);
        serializer.collect_seq(self.spans.iter().map(|s| {
            SpanOut(FileSpan {
                start: at(s.start),
                end: at(s.end),
                label: s.label.clone(),
                text: Some(s.text(self.text).to_string()),
                value: s.value.clone(),
                attrs: s.attrs.clone(),
            })
        }))
    }
}

/// Writes the start of `doc`'s JSONL line as [`write_doc`] writes it, its spans left
/// out, up to and including `"spans":[`: a document too long to hold all its spans
/// is written as this, its spans a part at a time ([`write_span_entries`]), and
/// [`write_doc_close`]; the line is the one [`write_doc`] writes.
pub fn write_doc_open<W: Write + ?Sized>(out: &mut W, doc: &AnnotatedDoc) -> io::Result<()> {
    let map = CharMap::new("");
    let line = LineOut { doc: &doc.doc, spans: &[], layers: &doc.layers, map: &map };
    let mut held = HoldBack { out, tail: Vec::with_capacity(4) };
    serde_json::to_writer(&mut held, &line).map_err(io::Error::from)?;
    if held.tail != b"]}" {
        return Err(io::Error::other("JSONL line does not end with its spans"));
    }
    Ok(())
}

/// Writes `spans` (byte offsets into the document's `text`, all inside the part
/// `part`, which begins at code point `part_chars`) as further entries of the list
/// opened by [`write_doc_open`]; `first` says whether the list is still empty, and is
/// cleared once an entry is written.
pub fn write_span_entries<W: Write + ?Sized>(
    out: &mut W,
    spans: &[Span],
    text: &str,
    part: std::ops::Range<usize>,
    part_chars: usize,
    first: &mut bool,
) -> io::Result<()> {
    if spans.is_empty() {
        return Ok(());
    }
    let map = CharMap::new(text.get(part.clone()).unwrap_or_default());
    let mut entries = Vec::new();
    let list = SpansOut { spans, text, map: &map, bytes: part.start, chars: part_chars };
    serde_json::to_writer(&mut entries, &list).map_err(io::Error::from)?;
    // `[a,b]` → `a,b`, after a comma unless the list is empty.
    let inner = entries.get(1..entries.len().saturating_sub(1)).unwrap_or_default();
    if !*first {
        out.write_all(b",")?;
    }
    out.write_all(inner)?;
    *first = false;
    Ok(())
}

/// Ends a line begun by [`write_doc_open`].
pub fn write_doc_close<W: Write + ?Sized>(out: &mut W) -> io::Result<()> {
    out.write_all(b"]}\n")
}

/// Passes everything written through to `out` but the last two bytes.
struct HoldBack<'w, W: Write + ?Sized> {
    out: &'w mut W,
    tail: Vec<u8>,
}

impl<W: Write + ?Sized> Write for HoldBack<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.tail.extend_from_slice(buf);
        if self.tail.len() > 2 {
            let pass = self.tail.len() - 2;
            self.out.write_all(&self.tail[..pass])?;
            self.tail.drain(..pass);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

struct SpanOut(FileSpan);

impl serde::Serialize for SpanOut {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let s = &self.0;
        let mut m = serializer.serialize_map(None)?;
        m.serialize_entry("start", &s.start)?;
        m.serialize_entry("end", &s.end)?;
        m.serialize_entry("label", &s.label)?;
        m.serialize_entry("text", &s.text)?;
        if let Some(v) = &s.value {
            m.serialize_entry("value", v)?;
        }
        for (k, v) in &s.attrs {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str) -> Vec<Result<Record>> {
        JsonlReader::new(input.as_bytes(), "t.jsonl").collect()
    }

    #[test]
    fn keeps_unknown_fields_in_order_and_writes_them_back() {
        let input = "{\"id\":\"a\",\"text\":\"Köln on June 1\",\"source\":\"x\",\"n\":3,\"dct\":\"2015-06-02\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"LOC\"}]}\n";
        let rec = read(input).remove(0).expect("valid line");
        assert_eq!(rec.doc.doc.dct.as_deref(), Some("2015-06-02"));
        let mut out = Vec::new();
        write_doc(&mut out, &rec.doc).expect("write");
        assert_eq!(
            String::from_utf8(out).expect("utf8"),
            "{\"id\":\"a\",\"text\":\"Köln on June 1\",\"dct\":\"2015-06-02\",\"source\":\"x\",\"n\":3,\"spans\":[{\"start\":0,\"end\":4,\"label\":\"LOC\",\"text\":\"Köln\"}]}\n"
        );
    }

    #[test]
    fn errors_name_the_line() {
        let out = read("{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"b\"}\nnot json\n\"str\"\n{\"text\":\"t\",\"dct\":\"June\"}\n");
        assert!(out[0].is_ok());
        let errs: Vec<String> = out[1..].iter().map(|r| r.as_ref().unwrap_err().to_string()).collect();
        assert_eq!(errs[0], "t.jsonl:3 (doc b): missing field `text`");
        assert!(errs[1].starts_with("t.jsonl:4: invalid JSON"), "{}", errs[1]);
        assert!(errs[2].starts_with("t.jsonl:5: invalid JSON: a line must be"), "{}", errs[2]);
        assert!(errs[3].contains("DCT `June`"), "{}", errs[3]);
    }

    #[test]
    fn missing_id_is_the_line_number_and_bom_is_removed() {
        let rec = read("\u{feff}{\"text\":\"x\"}\n").remove(0).expect("valid");
        assert_eq!(rec.doc.doc.id, "1");
    }

    /// A reader that fails on every call, like a folder opened as a file (`EISDIR`).
    struct Broken;

    impl io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            Err(io::Error::new(io::ErrorKind::IsADirectory, "Is a directory"))
        }
    }

    #[test]
    fn read_error_ends_the_stream_instead_of_repeating_forever() {
        let out: Vec<_> = JsonlReader::new(io::BufReader::new(Broken), "dir").take(3).collect();
        assert_eq!(out.len(), 1, "one error, then the end");
        assert_eq!(out[0].as_ref().unwrap_err().to_string(), "dir:1: Is a directory");
    }

    /// Found by the `jsonl_line` fuzz target: removing `text` from serde_json's
    /// ordered map swapped the last field into its place, so pass-through fields came
    /// out in another order than they went in.
    #[test]
    fn pass_through_fields_keep_input_order_whatever_precedes_them() {
        let line = r#"{"kd":7,"text":"x","scr":{"a":[1,null]},"spcns":[3],"dct":"2015-06-02","z":0}"#;
        let doc = parse_line(line, Location::new("t", 1)).expect("valid");
        let keys: Vec<&str> = doc.doc.meta.keys().map(String::as_str).collect();
        assert_eq!(keys, ["kd", "scr", "spcns", "z"]);
    }

    /// Found by the `jsonl_line` fuzz target: a pass-through number with many digits
    /// came back rounded (a 108-digit integer as `3e108`). serde_json's
    /// `arbitrary_precision` keeps each number's digits as written.
    #[test]
    fn pass_through_numbers_keep_their_digits() {
        let nines = "9".repeat(108);
        let line = format!("{{\"text\":\"x\",\"n\":2{nines},\"f\":0.1000000000000000055511151231257827}}");
        let doc = parse_line(&line, Location::new("t", 1)).expect("valid");
        let mut out = Vec::new();
        write_doc(&mut out, &doc).expect("write");
        let written = std::str::from_utf8(&out).expect("utf8");
        assert!(written.contains(&format!("\"n\":2{nines}")), "{written}");
        assert!(written.contains("\"f\":0.1000000000000000055511151231257827"), "{written}");
        let back = parse_line(written, Location::new("t", 1)).expect("reads back");
        assert_eq!(back.doc.meta, doc.doc.meta);
    }

    /// Lines parsed a batch at a time on the thread pool come out as one line at a
    /// time would: in input order, each error at its line, blank lines and rejected
    /// Prodigy examples passed over, a long line between short ones in its place, and
    /// the notes of every batch counted in the end-of-stream warning.
    #[test]
    fn batches_parsed_in_parallel_keep_input_order_errors_and_notes() {
        let mut input = Vec::new();
        let mut expected = Vec::new();
        for i in 0..3 * BATCH_LINES + 7 {
            let line = i + 1;
            let text = match i % 11 {
                1 => "not json".to_string(),
                2 => String::new(),
                3 => r#"{"text":"no","answer":"reject"}"#.to_string(),
                4 => format!(r#"{{"id":"d{i}"}}"#),
                5 if i % 3 == 0 => format!(r#"{{"id":"long{i}","text":"{}"}}"#, "x".repeat(LONG_LINE + i)),
                _ => format!(r#"{{"id":"d{i}","text":"line {i}"}}"#),
            };
            match i % 11 {
                1 => expected.push(format!("error {line}")),
                2 | 3 => {}
                4 => expected.push(format!("error {line}: t.jsonl:{line} (doc d{i}): missing field `text`")),
                5 if i % 3 == 0 => expected.push(format!("{line} long{i}")),
                _ => expected.push(format!("{line} d{i}")),
            }
            input.extend_from_slice(text.as_bytes());
            input.push(b'\n');
        }
        let warnings = Warnings::default();
        let got: Vec<String> = JsonlReader::new(&input[..], "t.jsonl")
            .with_warnings(warnings.clone())
            .map(|r| match r {
                Ok(rec) => format!("{} {}", rec.line, rec.doc.doc.id),
                Err(e) if matches!(e.kind, ErrorKind::Json(_)) => format!("error {}", e.to_string().split(':').nth(1).unwrap_or_default()),
                Err(e) => {
                    format!("error {}: {e}", e.to_string().split(':').nth(1).unwrap_or_default().split(' ').next().unwrap_or_default())
                }
            })
            .collect();
        assert_eq!(got, expected);
        let rejected = (0..3 * BATCH_LINES + 7).filter(|i| i % 11 == 3).count();
        let message = format!("t.jsonl: skipped {rejected} Prodigy example(s) not accepted ({rejected} reject): they are not gold");
        assert_eq!(warnings.take(), [message]);
    }

    #[test]
    fn invalid_utf8_is_an_error_not_a_panic() {
        let out: Vec<_> = JsonlReader::new(&b"{\"text\":\"\xff\"}\n"[..], "t").collect();
        assert!(out[0].as_ref().unwrap_err().to_string().contains("invalid UTF-8"));
    }
}
