//! brat standoff: a folder with `<id>.txt` (the text) and `<id>.ann` (the spans) per
//! document, as the brat annotation tool and many corpora keep them.
//!
//! `.ann` lines, offsets in code points:
//!
//! - `T<n>\t<LABEL> <start> <end>\t<text>`: a span; the text is checked against the
//!   document (a line break inside the span may be written as a space, as brat shows
//!   it). A discontinuous span (`<start> <end>;<start> <end>`, its text the fragments
//!   joined by a space) is an error, or with [`Discontinuous::Outer`] one span from
//!   its first start to its last end, or with [`Discontinuous::Split`] one span per
//!   fragment (each with the value and attributes).
//! - `N<n>\tReference T<n> <resource>:<id>\t<text>`: a normalisation; its `<id>` is the
//!   span's value (`N1\tReference T2 TIMEX3:2015-06-01`), and wins over a note, on a
//!   span of a valued layer (dates, casualties) or of a label outside the scheme (a
//!   Wikipedia link on a `LOC` is no value: counted in the warning).
//! - `#<n>\tAnnotatorNotes T<n>\t<value>`: the span's value (the last note wins) when
//!   it holds one: a single word without whitespace, on a span of a valued layer
//!   (dates, casualties) or of a label outside the scheme. Free-text notes, and notes
//!   on spans of layers without values, are not values: they are counted in a warning.
//! - `A<n>\t<Name> T<n> [<value>]`: an attribute of the span (`"true"` without a value).
//! - Relations, events, modifiers, equivalences (`R`, `E`, `M`, `*` lines), attributes
//!   and normalisations of anything but a span, and notes of other kinds are not read:
//!   [`records_with`] counts them in one warning per folder. Any other line is an error
//!   with its `path:line`.
//!
//! [`read_dir`] reads the `.ann` files of `dir` and of its subfolders (brat's example
//! collections keep `esp/` and `ned/` under one root): a document's id is its path
//! below `dir` without `.ann` (`esp/doc1`). It takes the text from `dir/<id>.txt` or
//! else from a separate text folder,
//! each document's DCT from a `manifest.csv` (as read by
//! [`crate::corpus::read_manifest`]) in `dir` or else in the text folder, and the layers
//! from brat's `annotation.conf` (the nearest one, in the document's folder or a folder
//! above it up to `dir`): the layers of the labels its `[entities]` section lists (none
//! declared when there is no such file).
//!
//! [`write_dir`] writes the `.txt` and `.ann` files (an id with `/` in a subfolder), an `annotation.conf` listing the
//! labels (those present and those of the declared layers) and attributes, allowing
//! overlaps between labels (layers are independent), and a `manifest.csv` (`id,dct`)
//! when any document has a DCT. Its output depends only on its input.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! std::fs::write(dir.path().join("d1.txt"), "Aleppo, June 1").unwrap();
//! std::fs::write(dir.path().join("d1.ann"), "T1\tLOC 0 6\tAleppo\nT2\tDATE 8 14\tJune 1\n#1\tAnnotatorNotes T2\tXXXX-06-01\n").unwrap();
//! let docs = reader::brat::read_dir(dir.path(), None).unwrap();
//! assert_eq!(docs[0].doc.id, "d1");
//! assert_eq!(docs[0].spans[1].value.as_deref(), Some("XXXX-06-01"));
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::boundary::{check_overlaps, FileSpan};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::model::{AnnotatedDoc, Document, Layer, Record, Span};
use crate::offsets::CharMap;
use crate::shared::{check_regular_file, read_manifest, read_text_file, utf8};

/// What to do with a discontinuous span (`T1\tLOC 0 5;9 14\t…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Discontinuous {
    /// An error naming the line (the default).
    #[default]
    Error,
    /// One span from the first fragment's start to the last one's end.
    Outer,
    /// One span per fragment, each with the label, value and attributes.
    Split,
}

/// Reads every `*.ann` file of `dir` (and its subfolders) with its text, from
/// `dir/<id>.txt` or else `text_dir/<id>.txt`. The id is the path below `dir` without
/// `.ann`. Documents come in the order of the manifest when there is one (so a written
/// folder reads back in its original order), then any documents the manifest does not
/// list, sorted by name.
pub fn read_dir(dir: &Path, text_dir: Option<&Path>) -> Result<Vec<AnnotatedDoc>> {
    records(dir, text_dir)?.map(|r| r.map(|r| r.doc)).collect()
}

/// Streams what [`read_dir`] reads: the listing, manifest and `annotation.conf` are
/// read first, each document's text and annotations when its turn comes.
pub fn records(dir: &Path, text_dir: Option<&Path>) -> Result<impl Iterator<Item = Result<Record>> + Send> {
    let options = crate::ReadOptions { text_dir: text_dir.map(Path::to_path_buf), ..Default::default() };
    records_with(dir, &options)
}

/// [`records`] with the reading options: the text folder, discontinuous spans, span
/// trimming, and where the warning goes that counts what was not read (relations,
/// events, free-text notes, …), pushed when the stream ends.
pub fn records_with(dir: &Path, options: &crate::ReadOptions) -> Result<impl Iterator<Item = Result<Record>> + Send> {
    let text_dir = options.text_dir.as_deref();
    let mut ann_files = Vec::new();
    collect_ann(dir, &mut ann_files)?;
    if ann_files.is_empty() {
        return Err(crate::shared::no_documents(dir, "ann", "a brat folder of `.ann` files (with their `.txt`)"));
    }
    let id_of = |p: &Path| -> String {
        let rel = p.strip_prefix(dir).unwrap_or(p).with_extension("");
        rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
    };
    let mut ann_files: Vec<(String, PathBuf)> = ann_files.into_iter().map(|p| (id_of(&p), p)).collect();
    ann_files.sort();
    let (dcts, order) = manifest_dcts(dir, text_dir)?;
    ann_files.sort_by_key(|(id, _)| order.get(id).copied().unwrap_or(usize::MAX));
    let mut confs: HashMap<PathBuf, Vec<Layer>> = HashMap::new();
    let mut layers_of = Vec::with_capacity(ann_files.len());
    for (_, path) in &ann_files {
        layers_of.push(conf_layers_for(dir, path.parent().unwrap_or(dir), &mut confs)?);
    }
    let (dir, text_dir) = (dir.to_path_buf(), text_dir.map(Path::to_path_buf));
    let (parse, warnings) = (ParseOptions { discontinuous: options.discontinuous, trim: options.trim.clone() }, options.warnings.clone());
    let mut counts = NotRead::default();
    let mut files = ann_files.into_iter().zip(layers_of);
    Ok(std::iter::from_fn(move || {
        let Some(((id, ann_path), layers)) = files.next() else {
            if let Some(message) = std::mem::take(&mut counts).message(&dir) {
                warnings.push(message);
            }
            return None;
        };
        let read = || -> Result<Record> {
            let text_path = find_text(&ann_path, &id, &dir, text_dir.as_deref())?;
            let text = read_text_file(&text_path)?;
            check_regular_file(&ann_path)?;
            let ann_bytes = fs::read(&ann_path).map_err(|e| Error::io(&ann_path, e))?;
            crate::shared::count_read(ann_bytes.len());
            let ann = utf8(&ann_bytes, &ann_path)?;
            let spans = parse_ann_with(ann, &text, &ann_path, &id, &parse, &mut counts)?;
            let dct = dcts.get(&id).cloned();
            let doc = AnnotatedDoc { doc: Document { id: id.clone(), text, dct, meta: Default::default() }, spans, layers };
            Ok(Record { line: 0, doc })
        };
        Some(read())
    }))
}

/// Every `*.ann` file below `dir` but dot files and folders (links to folders are not
/// followed: they could form a cycle). One that cannot be read (a dangling link, a
/// FIFO) is an error later, never silently left out.
fn collect_ann(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        if crate::shared::is_hidden(&path) {
            continue;
        }
        let kind = entry.file_type().map_err(|e| Error::io(&path, e))?;
        if kind.is_dir() {
            collect_ann(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "ann") && !path.is_dir() {
            files.push(path);
        }
    }
    Ok(())
}

/// The layers declared by the nearest `annotation.conf` from `folder` up to `root`.
fn conf_layers_for(root: &Path, folder: &Path, cache: &mut HashMap<PathBuf, Vec<Layer>>) -> Result<Vec<Layer>> {
    if let Some(layers) = cache.get(folder) {
        return Ok(layers.clone());
    }
    let conf = folder.join("annotation.conf");
    let layers = if conf.exists() || folder == root || !folder.starts_with(root) {
        read_conf_layers(&conf)?
    } else {
        conf_layers_for(root, folder.parent().unwrap_or(root), cache)?
    };
    cache.insert(folder.to_path_buf(), layers.clone());
    Ok(layers)
}

/// How [`parse_ann_with`] reads what needs a choice.
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// Discontinuous spans.
    pub discontinuous: Discontinuous,
    /// Spans that start or end on whitespace.
    pub trim: crate::boundary::Trim,
}

/// What `.ann` files held that tageval does not read, counted for one warning.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NotRead {
    /// `R` lines.
    pub relations: usize,
    /// `E` lines.
    pub events: usize,
    /// `M` lines, and `A` lines naming a relation or event.
    pub attributes: usize,
    /// `*` lines.
    pub equivalences: usize,
    /// Normalisations of anything but a span.
    pub normalizations: usize,
    /// AnnotatorNotes that hold no value (free text, or on a span without values),
    /// and notes of other kinds.
    pub notes: usize,
    /// Discontinuous spans read as their outer span or split.
    pub discontinuous: usize,
}

impl NotRead {
    /// The warning, naming `dir`, when anything was counted.
    pub fn message(&self, dir: &Path) -> Option<String> {
        let parts: Vec<String> = [
            (self.relations, "relation(s)"),
            (self.events, "event(s)"),
            (self.attributes, "attribute(s) of relations or events (and modifiers)"),
            (self.equivalences, "equivalence(s)"),
            (self.normalizations, "normalisation(s) of relations, events or spans without values"),
            (self.notes, "note(s) that hold no value (free text, or on spans without values)"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
        let mut message = String::new();
        if !parts.is_empty() {
            message = format!("{}: not read (tageval scores spans and their values): {}", dir.display(), parts.join(", "));
        }
        if self.discontinuous > 0 {
            let sep = if message.is_empty() { format!("{}: ", dir.display()) } else { "; ".to_string() };
            message.push_str(&format!("{sep}{} discontinuous span(s) read as --discontinuous asked", self.discontinuous));
        }
        (!message.is_empty()).then_some(message)
    }
}

fn find_text(ann_path: &Path, id: &str, dir: &Path, text_dir: Option<&Path>) -> Result<PathBuf> {
    let name = format!("{id}.txt");
    let here = dir.join(&name);
    debug_assert!(!name.starts_with('/'));
    if here.is_file() {
        return Ok(here);
    }
    let message = match text_dir {
        Some(other) if other.join(&name).is_file() => return Ok(other.join(&name)),
        Some(other) => format!("no text: neither {} nor {} exists", here.display(), other.join(&name).display()),
        None => format!("no text: {} does not exist", here.display()),
    };
    let err = io::Error::new(io::ErrorKind::NotFound, message);
    Err(Error::new(Location::new(ann_path, 0).doc(id), ErrorKind::Io(err)))
}

/// DCTs by document id (a manifest row gives its `id` and the stem of its `file`), and
/// the position of each id in the manifest.
type ManifestInfo = (HashMap<String, String>, HashMap<String, usize>);

fn manifest_dcts(dir: &Path, text_dir: Option<&Path>) -> Result<ManifestInfo> {
    let mut entries = read_manifest(dir)?;
    if entries.is_none() {
        if let Some(text_dir) = text_dir {
            entries = read_manifest(text_dir)?;
        }
    }
    let mut dcts = HashMap::new();
    let mut order = HashMap::new();
    for (i, entry) in entries.unwrap_or_default().into_iter().enumerate() {
        if let Some(stem) = Path::new(&entry.file).file_stem() {
            order.entry(stem.to_string_lossy().into_owned()).or_insert(i);
        }
        order.entry(entry.id.clone()).or_insert(i);
        let Some(dct) = entry.dct else { continue };
        if let Some(stem) = Path::new(&entry.file).file_stem() {
            dcts.insert(stem.to_string_lossy().into_owned(), dct.clone());
        }
        dcts.insert(entry.id, dct);
    }
    Ok((dcts, order))
}

/// The layers of the labels in the `[entities]` section of brat's `annotation.conf`;
/// empty when there is no such file or section.
fn read_conf_layers(path: &Path) -> Result<Vec<Layer>> {
    let conf = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(path, e)),
    };
    let conf = utf8(&conf, path)?;
    let mut section = "";
    let mut layers = BTreeSet::new();
    for line in conf.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim();
            continue;
        }
        if section == "entities" {
            let label = line.trim_start_matches('!').split_whitespace().next().unwrap_or_default();
            layers.extend(Layer::of_label(label));
        }
    }
    Ok(layers.into_iter().collect())
}

/// Parses one `.ann` file against its document's text; `path` and `id` name it in
/// errors. The spans come back sorted, checked like every span read from a file.
/// Discontinuous spans are errors; what is not read is not counted.
pub fn parse_ann(ann: &str, text: &str, path: &Path, id: &str) -> Result<Vec<Span>> {
    parse_ann_with(ann, text, path, id, &ParseOptions::default(), &mut NotRead::default())
}

/// A T line's fragments: `(start, end)` in code points.
type Fragments = Vec<(usize, usize)>;

/// [`parse_ann`] with the choices of `options`, counting in `not_read` what is not read.
pub fn parse_ann_with(ann: &str, text: &str, path: &Path, id: &str, options: &ParseOptions, not_read: &mut NotRead) -> Result<Vec<Span>> {
    let ann = ann.strip_prefix('\u{feff}').unwrap_or(ann);
    // Each T line: its line number, span and fragments; notes, normalisations and
    // attributes apply afterwards because they may come before the span they name.
    let mut spans: Vec<(usize, FileSpan, Fragments)> = Vec::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    let mut notes: Vec<(usize, &str, &str)> = Vec::new();
    let mut norms: Vec<(usize, &str, &str)> = Vec::new();
    let mut attrs: Vec<(usize, &str, &str, &str)> = Vec::new();
    for (i, line) in ann.split('\n').enumerate() {
        let line_no = i + 1;
        let loc = || Location::new(path, line_no).doc(id);
        let syntax = |msg: String| Error::new(loc(), ErrorKind::Syntax(msg));
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        let mut fields = line.splitn(3, '\t');
        let (ann_id, body, rest) = (fields.next().unwrap_or_default(), fields.next(), fields.next());
        match ann_id.chars().next() {
            Some('T') => {
                let (Some(body), Some(claimed)) = (body, rest) else {
                    return Err(syntax("a T line is `T<n>\\t<LABEL> <start> <end>\\t<text>`".into()));
                };
                let (label, ranges) = body.split_once(' ').unwrap_or((body, ""));
                let mut fragments = Vec::new();
                for range in ranges.split(';') {
                    let parts: Vec<&str> = range.split_whitespace().collect();
                    let [start, end] = parts.as_slice() else {
                        return Err(syntax(format!("`{body}` is not `<LABEL> <start> <end>`")));
                    };
                    let (Ok(start), Ok(end)) = (start.parse::<usize>(), end.parse::<usize>()) else {
                        return Err(syntax(format!("offsets in `{body}` are not numbers")));
                    };
                    fragments.push((start, end));
                }
                let (Some(&(start, _)), Some(&(_, end))) = (fragments.first(), fragments.last()) else {
                    return Err(syntax(format!("`{body}` is not `<LABEL> <start> <end>`")));
                };
                if fragments.len() > 1 && options.discontinuous == Discontinuous::Error {
                    return Err(syntax(format!(
                        "discontinuous span `{body}`: give --discontinuous outer (one span from its first start to its last end) or split (one span per fragment)"
                    )));
                }
                if by_id.insert(ann_id, spans.len()).is_some() {
                    return Err(syntax(format!("annotation id `{ann_id}` used twice")));
                }
                let span = FileSpan { start, end, label: label.to_string(), text: Some(claimed.to_string()), ..Default::default() };
                spans.push((line_no, span, fragments));
            }
            Some('#') => {
                let Some(body) = body else {
                    return Err(syntax("a note is `#<n>\\t<Type> <id>\\t<text>`".into()));
                };
                let mut words = body.split_whitespace();
                match (words.next(), words.next()) {
                    (Some("AnnotatorNotes"), Some(target)) => notes.push((line_no, target, rest.unwrap_or_default())),
                    _ => not_read.notes += 1,
                }
            }
            Some('N') => {
                let parts: Vec<&str> = body.unwrap_or_default().split_whitespace().collect();
                let [_, target, reference] = parts.as_slice() else {
                    return Err(syntax("a normalisation is `N<n>\\t<Type> <id> <resource>:<id>\\t<text>`".into()));
                };
                let value = reference.split_once(':').map_or(*reference, |(_, v)| v);
                norms.push((line_no, target, value));
            }
            Some('A') => {
                let parts: Vec<&str> = body.unwrap_or_default().split_whitespace().collect();
                match parts.as_slice() {
                    [name, target] => attrs.push((line_no, target, name, "true")),
                    [name, target, value] => attrs.push((line_no, target, name, value)),
                    _ => return Err(syntax("an attribute is `A<n>\\t<Name> <id> [<value>]`".into())),
                }
            }
            Some('R') => not_read.relations += 1,
            Some('E') => not_read.events += 1,
            Some('M') => not_read.attributes += 1,
            Some('*') => not_read.equivalences += 1,
            _ => return Err(syntax(format!("unknown annotation `{ann_id}`: expected a T, #, A, R, E, M, N or * line"))),
        }
    }
    let target = |line_no: usize, target: &str| -> Result<Option<usize>> {
        if !target.starts_with('T') {
            return Ok(None); // notes and attributes of relations or events
        }
        let index = by_id.get(target).copied();
        let msg = || format!("`{target}` names no T line");
        index.map(Some).ok_or_else(|| Error::new(Location::new(path, line_no).doc(id), ErrorKind::Syntax(msg())))
    };
    for (line_no, name, value) in notes {
        match target(line_no, name)?.and_then(|i| spans.get_mut(i)) {
            Some((_, span, _)) if holds_value(&span.label, value) => span.value = Some(value.to_string()),
            _ => not_read.notes += 1,
        }
    }
    for (line_no, name, value) in norms {
        match target(line_no, name)?.and_then(|i| spans.get_mut(i)) {
            Some((_, span, _)) if holds_value(&span.label, value) => span.value = Some(value.to_string()),
            _ => not_read.normalizations += 1,
        }
    }
    for (line_no, name, attr, value) in attrs {
        match target(line_no, name)?.and_then(|i| spans.get_mut(i)) {
            Some((_, span, _)) => {
                span.attrs.insert(attr.to_string(), value.to_string());
            }
            None => not_read.attributes += 1,
        }
    }
    let map = CharMap::new(text);
    let slice = |start: usize, end: usize| map.char_to_byte(start).zip(map.char_to_byte(end)).and_then(|(s, e)| text.get(s..e));
    let mut out = Vec::with_capacity(spans.len());
    for (line_no, mut span, fragments) in spans {
        let loc = Location::new(path, line_no).doc(id);
        if fragments.len() > 1 {
            // The claimed text is the fragments' texts joined by a space.
            let pieces: Option<Vec<&str>> = fragments.iter().map(|&(s, e)| slice(s, e).filter(|_| s < e)).collect();
            let Some(pieces) = pieces else {
                let &(start, end) = fragments.iter().find(|&&(s, e)| slice(s, e).is_none() || s >= e).unwrap_or(&(0, 0));
                return Err(Error::new(loc, ErrorKind::SpanOutOfRange { start, end, len: map.len_chars() }));
            };
            let joined = pieces.join(" ");
            if let Some(claimed) = span.text.take() {
                if !same_but_line_breaks(&claimed, &joined) {
                    let (start, end) = (span.start, span.end);
                    return Err(Error::new(loc, ErrorKind::SpanTextMismatch { start, end, claimed, actual: joined }));
                }
            }
            not_read.discontinuous += 1;
            if options.discontinuous == Discontinuous::Split {
                for (start, end) in fragments {
                    let piece = FileSpan { start, end, text: None, ..span.clone() };
                    out.push(piece.into_span_with(text, &map, &loc, &options.trim)?);
                }
                continue;
            }
        } else if let (Some(actual), Some(claimed)) = (slice(span.start, span.end), &span.text) {
            if same_but_line_breaks(claimed, actual) {
                span.text = Some(actual.to_string());
            }
        }
        out.push(span.into_span_with(text, &map, &loc, &options.trim)?);
    }
    out.sort();
    check_overlaps(&out, &map, &Location::new(path, 0).doc(id))?;
    Ok(out)
}

/// Whether an AnnotatorNotes text is a value of a span labelled `label`: one word
/// without whitespace, on a span of a valued layer or of a label outside the scheme.
fn holds_value(label: &str, note: &str) -> bool {
    let word = !note.trim().is_empty() && !note.trim().contains(char::is_whitespace);
    word && Layer::of_label(label).is_none_or(|layer| layer.spec().valued)
}

/// True when `claimed` is `actual` with line breaks written as spaces.
fn same_but_line_breaks(claimed: &str, actual: &str) -> bool {
    claimed.len() == actual.len() && claimed.chars().zip(actual.chars()).all(|(c, a)| c == a || (c == ' ' && (a == '\n' || a == '\r')))
}

/// Writes each document as `dir/<id>.txt` and `dir/<id>.ann`, with an
/// `annotation.conf` and a `manifest.csv` (`id,dct`) that keeps the documents' order.
///
/// Other files already in `dir` are left alone. Everything is checked before anything
/// is written: an id that is not a safe file
/// name (empty, `.`, `..`, or containing `/`, `\` or NUL), a duplicate id, a span that
/// is not a range of its text, and a label, attribute name or attribute value that is
/// empty or holds whitespace (or a value holding a line break) are errors.
pub fn write_dir(dir: &Path, docs: &[AnnotatedDoc]) -> Result<()> {
    let mut ids = BTreeSet::new();
    let mut anns = Vec::with_capacity(docs.len());
    let mut labels = BTreeSet::new();
    let mut attr_values: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for doc in docs {
        let id = doc.doc.id.as_str();
        let loc = Location::new(dir, 0).doc(id);
        // `/` makes subfolders (ids read from them: `esp/doc1`); each part must be a name.
        let unsafe_name = id.split('/').any(|part| part.is_empty() || part == "." || part == ".." || part.contains(['\\', '\0']));
        if unsafe_name {
            return Err(Error::new(loc, ErrorKind::Syntax(format!("document id {id:?} is not a safe file name"))));
        }
        if !ids.insert(id) {
            return Err(Error::new(loc, ErrorKind::DuplicateId(id.to_string())));
        }
        let ann_loc = Location::new(dir.join(format!("{id}.ann")), 0).doc(id);
        anns.push(ann_text(doc, &ann_loc)?);
        for span in &doc.spans {
            labels.insert(span.label.as_str());
            for (name, value) in &span.attrs {
                attr_values.entry(name).or_default().insert(value);
            }
        }
        labels.extend(doc.layers.iter().flat_map(|l| l.labels()));
    }
    // Written into a temporary folder beside `dir` and moved into place once every
    // file is written: a failed run (disk full) leaves no half-written folder.
    let out = crate::shared::AtomicDir::create(dir)?;
    let write_file = |name: &str, bytes: &[u8]| {
        let path = out.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::io(dir.join(name), e))?;
        }
        fs::write(path, bytes).map_err(|e| Error::io(dir.join(name), e))
    };
    for (doc, ann) in docs.iter().zip(&anns) {
        // Readers remove one leading BOM from a text file, so a text that itself
        // starts with U+FEFF gets one more: it reads back whole, offsets intact.
        let bom = if doc.doc.text.starts_with('\u{feff}') { "\u{feff}" } else { "" };
        let text = format!("{bom}{}", doc.doc.text);
        write_file(&format!("{}.txt", doc.doc.id), text.as_bytes())?;
        write_file(&format!("{}.ann", doc.doc.id), ann.as_bytes())?;
    }
    write_file("annotation.conf", conf_text(&labels, &attr_values).as_bytes())?;
    let manifest = dir.join("manifest.csv");
    {
        let mut csv = csv::Writer::from_writer(Vec::new());
        let csv_err = |e: csv::Error| Error::new(Location::new(&manifest, 0), ErrorKind::Csv(e.to_string()));
        csv.write_record(["id", "dct"]).map_err(csv_err)?;
        for doc in docs {
            csv.write_record([doc.doc.id.as_str(), doc.doc.dct.as_deref().unwrap_or("")]).map_err(csv_err)?;
        }
        let bytes = csv.into_inner().map_err(|e| Error::io(&manifest, e.into_error()))?;
        write_file("manifest.csv", &bytes)?;
    }
    out.commit()
}

/// The `.ann` text of one document: per span (in order) its T line, its note and its
/// attributes.
fn ann_text(doc: &AnnotatedDoc, loc: &Location) -> Result<String> {
    let text = &doc.doc.text;
    let map = CharMap::new(text);
    let mut spans: Vec<&Span> = doc.spans.iter().collect();
    spans.sort();
    let fail = |msg: String| Err(Error::new(loc.clone(), ErrorKind::Syntax(msg)));
    let bad_token = |s: &str| s.is_empty() || s.contains(char::is_whitespace);
    let (mut notes, mut attrs) = (0, 0);
    let mut out = String::new();
    for (i, span) in spans.into_iter().enumerate() {
        let t = i + 1;
        let chars = map.byte_to_char(span.start).zip(map.byte_to_char(span.end)).filter(|(s, e)| s < e);
        let (Some((start, end)), Some(covered)) = (chars, text.get(span.start..span.end)) else {
            return fail(format!("span {}..{} (bytes) is not a range of the text", span.start, span.end));
        };
        if bad_token(&span.label) {
            return fail(format!("label {:?} is empty or holds whitespace", span.label));
        }
        let shown = covered.replace(['\n', '\r'], " ");
        out.push_str(&format!("T{t}\t{} {start} {end}\t{shown}\n", span.label));
        if let Some(value) = &span.value {
            if value.contains(['\n', '\r']) {
                return fail(format!("value {value:?} holds a line break"));
            }
            notes += 1;
            out.push_str(&format!("#{notes}\tAnnotatorNotes T{t}\t{value}\n"));
        }
        for (name, value) in &span.attrs {
            if bad_token(name) || bad_token(value) {
                return fail(format!("attribute {name:?} = {value:?}: brat needs both non-empty and without whitespace"));
            }
            attrs += 1;
            if value == "true" {
                out.push_str(&format!("A{attrs}\t{name} T{t}\n"));
            } else {
                out.push_str(&format!("A{attrs}\t{name} T{t} {value}\n"));
            }
        }
    }
    Ok(out)
}

/// brat's `annotation.conf` for these labels and attributes.
fn conf_text(labels: &BTreeSet<&str>, attrs: &BTreeMap<&str, BTreeSet<&str>>) -> String {
    let mut conf = String::from("# Written by tageval.\n[entities]\n");
    for label in labels {
        conf.push_str(label);
        conf.push('\n');
    }
    // Layers are independent, so spans of different labels may overlap.
    conf.push_str("\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n");
    for (name, values) in attrs {
        if values.iter().eq(["true"].iter()) {
            conf.push_str(&format!("{name}\tArg:<ENTITY>\n"));
        } else {
            let values: Vec<&str> = values.iter().copied().collect();
            conf.push_str(&format!("{name}\tArg:<ENTITY>, Value:{}\n", values.join("|")));
        }
    }
    conf
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Köln, June 1:\nAssad\nmet Kerry.";

    fn parse(ann: &str) -> Result<Vec<Span>> {
        parse_ann(ann, TEXT, Path::new("b/d.ann"), "d")
    }

    fn err(ann: &str) -> String {
        parse(ann).unwrap_err().to_string()
    }

    #[test]
    fn reads_spans_notes_and_attributes() {
        let ann = "#1\tAnnotatorNotes T2\t2015-06-01\nT1\tLOC 0 4\tKöln\r\nT2\tDATE 6 12\tJune 1\nA1\tmod T2 APPROX\nA2\tNegated T1\n\
R1\tRel Arg1:T1 Arg2:T2\nE1\tEv:T1\nA3\tTense E1 past\n#2\tAnnotatorNotes R1\tx\n#3\tOtherNote T1\ty\nN1\tReference T1 Wiki:1\t\n*\tEquiv T1 T2\nM1\tNegation E1\n\n";
        let spans = parse(ann).unwrap();
        assert_eq!(spans.len(), 2);
        assert_eq!((spans[0].text(TEXT), spans[0].label.as_str(), spans[0].value.as_deref()), ("Köln", "LOC", None));
        assert_eq!(spans[0].attrs.get("Negated").map(String::as_str), Some("true"));
        assert_eq!(spans[1].value.as_deref(), Some("2015-06-01"));
        assert_eq!(spans[1].attrs.get("mod").map(String::as_str), Some("APPROX"));
    }

    proptest::proptest! {
        #[test]
        fn any_ann_parses_or_fails_without_panic(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "T1", "T2", "#1", "A1", "R1", "X", "\t", " ", "\n", "\r", ";", "LOC", "AnnotatorNotes", "0", "4", "99",
                "18446744073709551616", "Köln", "é", "T1\tLOC 0 4\tKöln\n",
            ]), 0..30)
        ) {
            let ann = pieces.concat();
            if let Ok(spans) = parse(&ann) {
                for span in spans {
                    proptest::prop_assert!(TEXT.get(span.start..span.end).is_some());
                }
            }
        }
    }

    #[test]
    fn normalisations_are_values_free_text_notes_are_not_and_the_rest_is_counted() {
        let ann = "T1\tDATE 6 12\tJune 1\nN1\tReference T1 TIMEX3:2015-06-01\tJune 1\n#1\tAnnotatorNotes T1\tXXXX-06-01\n\
T2\tLOC 0 4\tKöln\n#2\tAnnotatorNotes T2\tQ365\nN2\tReference T2 Wikipedia:3878\tCologne\n\
T3\tPER 14 19\tAssad\nT4\tEVENT 6 12\tJune 1\n#3\tAnnotatorNotes T4\tnot sure, maybe the 2nd\n\
R1\tRel Arg1:T1 Arg2:T2\nE1\tEv:T1\nA1\tTense E1 past\nM1\tNegation E1\n*\tEquiv T1 T4\n#4\tOtherNote T1\ty\n";
        let mut not_read = NotRead::default();
        let spans = parse_ann_with(ann, TEXT, Path::new("b/d.ann"), "d", &ParseOptions::default(), &mut not_read).unwrap();
        let values: Vec<(&str, Option<&str>)> = spans.iter().map(|s| (s.label.as_str(), s.value.as_deref())).collect();
        assert_eq!(values, [("LOC", None), ("DATE", Some("2015-06-01")), ("EVENT", None), ("PER", None)]);
        let want = NotRead { relations: 1, events: 1, attributes: 2, equivalences: 1, normalizations: 1, notes: 3, discontinuous: 0 };
        assert_eq!(not_read, want);
        let message = not_read.message(Path::new("gold")).unwrap();
        assert_eq!(message, "gold: not read (tageval scores spans and their values): 1 relation(s), 1 event(s), 2 attribute(s) of relations or events (and modifiers), 1 equivalence(s), 1 normalisation(s) of relations, events or spans without values, 3 note(s) that hold no value (free text, or on spans without values)");
    }

    #[test]
    fn discontinuous_spans_by_choice() {
        let ann = "T1\tPER 14 19;24 29\tAssad Kerry\nA1\tNegated T1\n";
        let read = |discontinuous| {
            let options = ParseOptions { discontinuous, ..Default::default() };
            let mut not_read = NotRead::default();
            let spans = parse_ann_with(ann, TEXT, Path::new("b/d.ann"), "d", &options, &mut not_read)?;
            Ok::<_, Error>((spans.iter().map(|s| (s.text(TEXT).to_string(), s.attrs.len())).collect::<Vec<_>>(), not_read.discontinuous))
        };
        assert!(read(Discontinuous::Error).unwrap_err().to_string().contains("give --discontinuous outer"));
        assert_eq!(read(Discontinuous::Outer).unwrap(), (vec![("Assad\nmet Kerry".to_string(), 1)], 1));
        assert_eq!(read(Discontinuous::Split).unwrap(), (vec![("Assad".to_string(), 1), ("Kerry".to_string(), 1)], 1));
        let wrong = parse_ann_with(
            "T1\tPER 14 19;24 29\tAssad Kery\n",
            TEXT,
            Path::new("b/d.ann"),
            "d",
            &ParseOptions { discontinuous: Discontinuous::Split, ..Default::default() },
            &mut NotRead::default(),
        );
        assert!(wrong.unwrap_err().to_string().contains("says \"Assad Kery\" but the text there is \"Assad Kerry\""));
    }

    #[test]
    fn documents_in_subfolders_read_with_their_path_as_id_and_write_back() {
        let dir = tempfile::tempdir().unwrap();
        for (sub, text, ann) in [("esp", "Madrid", "T1\tLOC 0 6\tMadrid\nR1\tx Arg1:T1 Arg2:T1\n"), ("ned", "Gent", "T1\tLOC 0 4\tGent\n")]
        {
            fs::create_dir_all(dir.path().join(sub)).unwrap();
            fs::write(dir.path().join(sub).join("d1.txt"), text).unwrap();
            fs::write(dir.path().join(sub).join("d1.ann"), ann).unwrap();
        }
        fs::write(dir.path().join("ned/annotation.conf"), "[entities]\nLOC\n").unwrap();
        assert_eq!(crate::Format::detect(dir.path()).unwrap(), crate::Format::Brat);
        let options = crate::ReadOptions::default();
        let docs: Vec<AnnotatedDoc> = records_with(dir.path(), &options).unwrap().map(|r| r.map(|r| r.doc)).collect::<Result<_>>().unwrap();
        let ids: Vec<&str> = docs.iter().map(|d| d.doc.id.as_str()).collect();
        assert_eq!(ids, ["esp/d1", "ned/d1"]);
        assert_eq!(
            (docs[0].layers.as_slice(), docs[1].layers.as_slice()),
            (&[][..], &[Layer::Entities][..]),
            "the nearest annotation.conf"
        );
        assert_eq!(
            options.warnings.take(),
            [format!("{}: not read (tageval scores spans and their values): 1 relation(s)", dir.path().display())]
        );
        let out = dir.path().join("out");
        write_dir(&out, &docs).unwrap();
        assert!(out.join("esp/d1.ann").is_file());
        assert_eq!(
            read_dir(&out, None).unwrap().iter().map(|d| d.doc.clone()).collect::<Vec<_>>(),
            docs.iter().map(|d| d.doc.clone()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_space_may_stand_for_a_line_break() {
        let spans = parse("T1\tPER 14 23\tAssad met\n").unwrap();
        assert_eq!(spans[0].text(TEXT), "Assad\nmet");
    }

    #[test]
    fn malformed_lines_name_the_line() {
        assert_eq!(err("T1\tLOC 0 4\tKöln\nT2\tPER 14 19;24 29\tAssad Kerry\n"), "b/d.ann:2 (doc d): discontinuous span `PER 14 19;24 29`: give --discontinuous outer (one span from its first start to its last end) or split (one span per fragment)");
        assert_eq!(err("\nT1\tLOC 0 4\tKoln\n"), "b/d.ann:2 (doc d): span 0..4 says \"Koln\" but the text there is \"Köln\"");
        assert_eq!(err("T1\tLOC 0 x\tKöln\n"), "b/d.ann:1 (doc d): offsets in `LOC 0 x` are not numbers");
        assert_eq!(err("T1\tLOC 0 4\n"), "b/d.ann:1 (doc d): a T line is `T<n>\\t<LABEL> <start> <end>\\t<text>`");
        assert_eq!(err("T1\tLOC 0 4\tKöln\nT1\tLOC 0 4\tKöln\n"), "b/d.ann:2 (doc d): annotation id `T1` used twice");
        assert_eq!(err("T1\tLOC 0 4\tKöln\nA1\tmod T9 X\n"), "b/d.ann:2 (doc d): `T9` names no T line");
        assert_eq!(err("T1\tLOC 0 4\tKöln\nA1\tmod T1 X Y\n"), "b/d.ann:2 (doc d): an attribute is `A<n>\\t<Name> <id> [<value>]`");
        assert_eq!(err("X1\tfoo\n"), "b/d.ann:1 (doc d): unknown annotation `X1`: expected a T, #, A, R, E, M, N or * line");
        assert_eq!(err("T1\tLOC 0 99\tKöln\n"), "b/d.ann:1 (doc d): span 0..99 is out of range for a text of 30 characters");
        assert!(err("T1\tLOC 0 4\tKöln\nT2\tPER 0 12\tKöln, June 1\n").starts_with("b/d.ann (doc d): spans LOC 0..4 and PER 0..12 overlap"));
    }

    #[test]
    fn write_then_read_round_trips_with_conf_and_manifest() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = AnnotatedDoc { doc: Document::new("a", TEXT).with_dct("2015-06-02"), ..Default::default() };
        let at = |s: &str| TEXT.find(s).unwrap();
        let mut date = Span::new(at("June"), at("June") + 6, "DATE").with_value("2015-06-01");
        date.attrs.insert("temporalFunction".into(), "true".into());
        date.attrs.insert("mod".into(), "APPROX".into());
        a.spans = vec![Span::new(0, 5, "LOC"), date, Span::new(at("Assad"), at("met") + 3, "PER")];
        a.layers = vec![Layer::Entities, Layer::Dates];
        let b = AnnotatedDoc { doc: Document::new("b", "\u{a0}nothing"), ..Default::default() };
        write_dir(&dir.path().join("out"), &[b.clone(), a.clone()]).unwrap();
        let out = dir.path().join("out");
        let ann = fs::read_to_string(out.join("a.ann")).unwrap();
        assert_eq!(ann, "T1\tLOC 0 4\tKöln\nT2\tDATE 6 12\tJune 1\n#1\tAnnotatorNotes T2\t2015-06-01\nA1\tmod T2 APPROX\nA2\ttemporalFunction T2\nT3\tPER 14 23\tAssad met\n");
        assert_eq!(fs::read_to_string(out.join("manifest.csv")).unwrap(), "id,dct\nb,\na,2015-06-02\n");
        let conf = fs::read_to_string(out.join("annotation.conf")).unwrap();
        assert!(conf.contains("[entities]\nDATE\nDURATION\nLOC\nMISC\nORG\nPER\nSET\nTIME\n"), "{conf}");
        assert!(conf.contains("mod\tArg:<ENTITY>, Value:APPROX\ntemporalFunction\tArg:<ENTITY>\n"), "{conf}");
        let back = read_dir(&out, None).unwrap();
        a.doc.dct = Some("2015-06-02".into());
        assert_eq!(back[0].doc, b.doc, "documents read back in the order written (manifest order)");
        assert_eq!(back[1].doc, a.doc);
        assert_eq!(back[1].spans, {
            let mut s = a.spans.clone();
            s.sort();
            s
        });
        assert_eq!(back[1].layers, vec![Layer::Entities, Layer::Dates]);
        let again = tempfile::tempdir().unwrap();
        write_dir(again.path(), &[b, a]).unwrap();
        assert_eq!(fs::read_to_string(again.path().join("a.ann")).unwrap(), ann, "deterministic");
    }

    #[test]
    fn text_dir_manifest_bom_and_missing_text() {
        let dir = tempfile::tempdir().unwrap();
        let (ann_dir, text_dir) = (dir.path().join("ann"), dir.path().join("txt"));
        fs::create_dir_all(&ann_dir).unwrap();
        fs::create_dir_all(&text_dir).unwrap();
        fs::write(ann_dir.join("x.ann"), "T1\tLOC 0 6\tAleppo\n").unwrap();
        fs::write(text_dir.join("x.txt"), "\u{feff}Aleppo").unwrap();
        fs::write(text_dir.join("manifest.csv"), "file,dct\nx.txt,2015-06-02\n").unwrap();
        let docs = read_dir(&ann_dir, Some(&text_dir)).unwrap();
        assert_eq!((docs[0].doc.text.as_str(), docs[0].doc.dct.as_deref()), ("Aleppo", Some("2015-06-02")));
        assert!(docs[0].layers.is_empty());
        fs::write(ann_dir.join("y.ann"), "").unwrap();
        let msg = read_dir(&ann_dir, Some(&text_dir)).unwrap_err().to_string();
        assert!(msg.contains("neither") && msg.contains("ann/y.txt") && msg.contains("txt/y.txt"), "{msg}");
    }

    #[test]
    fn write_rejects_unsafe_ids_and_unwritable_spans() {
        let dir = tempfile::tempdir().unwrap();
        for id in ["", "..", "a/../b", "/a", "a//b", "a\\b", "a\0b"] {
            let doc = AnnotatedDoc { doc: Document::new(id, "x"), ..Default::default() };
            assert!(write_dir(dir.path(), &[doc]).unwrap_err().to_string().contains("not a safe file name"), "{id:?}");
        }
        let doc = AnnotatedDoc { doc: Document::new("d", "x"), ..Default::default() };
        assert!(write_dir(dir.path(), &[doc.clone(), doc.clone()]).unwrap_err().to_string().contains("duplicate"));
        let mut bad = doc;
        bad.spans = vec![Span::new(0, 1, "TWO WORDS")];
        assert!(write_dir(dir.path(), &[bad]).is_err());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "nothing written");
    }
}
