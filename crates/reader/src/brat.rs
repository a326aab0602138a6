//! brat standoff: a folder with `<id>.txt` (the text) and `<id>.ann` (the spans) per
//! document, as the brat annotation tool and many corpora keep them.
//!
//! `.ann` lines, offsets in code points:
//!
//! - `T<n>\t<LABEL> <start> <end>\t<text>`: a span; the text is checked against the
//!   document (a line break inside the span may be written as a space, as brat shows
//!   it). Discontinuous spans (`<start> <end>;<start> <end>`) are not supported: an error.
//! - `#<n>\tAnnotatorNotes T<n>\t<value>`: the span's value (the last note wins).
//! - `A<n>\t<Name> T<n> [<value>]`: an attribute of the span (`"true"` without a value).
//! - Relations, events, modifiers, normalizations and equivalences (`R`, `E`, `M`, `N`,
//!   `*` lines), notes of other kinds and attributes of events are ignored; any other
//!   line is an error with its `path:line`.
//!
//! [`read_dir`] takes the text from `dir/<id>.txt` or else from a separate text folder,
//! each document's DCT from a `manifest.csv` (as read by
//! [`crate::corpus::read_manifest`]) in `dir` or else in the text folder, and the layers
//! from brat's `annotation.conf`: the layers of the labels its `[entities]` section
//! lists (none declared when there is no such file).
//!
//! [`write_dir`] writes the `.txt` and `.ann` files, an `annotation.conf` listing the
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
use crate::shared::{check_regular_file, read_manifest, read_text_file, stem, utf8};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::model::{AnnotatedDoc, Document, Layer, Record, Span};
use crate::offsets::CharMap;

/// Reads every `*.ann` file of `dir` with its text, from `dir/<stem>.txt` or else
/// `text_dir/<stem>.txt`. The id is the file stem. Documents come in the order of the
/// manifest when there is one (so a written folder reads back in its original order),
/// then any documents the manifest does not list, sorted by name.
pub fn read_dir(dir: &Path, text_dir: Option<&Path>) -> Result<Vec<AnnotatedDoc>> {
    records(dir, text_dir)?.map(|r| r.map(|r| r.doc)).collect()
}

/// Streams what [`read_dir`] reads: the listing, manifest and `annotation.conf` are
/// read first, each document's text and annotations when its turn comes.
pub fn records(dir: &Path, text_dir: Option<&Path>) -> Result<impl Iterator<Item = Result<Record>> + Send> {
    let mut ann_files = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        // Every `*.ann` but folders: one that cannot be read (a dangling link, a FIFO)
        // is an error below, never silently left out.
        if path.extension().is_some_and(|e| e == "ann") && !path.is_dir() && !crate::shared::is_hidden(&path) {
            ann_files.push(path);
        }
    }
    if ann_files.is_empty() {
        return Err(crate::shared::no_documents(dir, "ann", "a brat folder of `.ann` files (with their `.txt`)"));
    }
    ann_files.sort();
    let (dcts, order) = manifest_dcts(dir, text_dir)?;
    ann_files.sort_by_key(|p| order.get(&stem(p)).copied().unwrap_or(usize::MAX));
    let layers = read_conf_layers(&dir.join("annotation.conf"))?;
    let (dir, text_dir) = (dir.to_path_buf(), text_dir.map(Path::to_path_buf));
    Ok(ann_files.into_iter().map(move |ann_path| {
        let id = stem(&ann_path);
        let text_path = find_text(&ann_path, &id, &dir, text_dir.as_deref())?;
        let text = read_text_file(&text_path)?;
        check_regular_file(&ann_path)?;
        let ann_bytes = fs::read(&ann_path).map_err(|e| Error::io(&ann_path, e))?;
        crate::shared::count_read(ann_bytes.len());
        let ann = utf8(&ann_bytes, &ann_path)?;
        let spans = parse_ann(ann, &text, &ann_path, &id)?;
        let dct = dcts.get(&id).cloned();
        let doc = AnnotatedDoc { doc: Document { id, text, dct, meta: Default::default() }, spans, layers: layers.clone() };
        Ok(Record { line: 0, doc })
    }))
}

fn find_text(ann_path: &Path, id: &str, dir: &Path, text_dir: Option<&Path>) -> Result<PathBuf> {
    let name = format!("{id}.txt");
    let here = dir.join(&name);
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
pub fn parse_ann(ann: &str, text: &str, path: &Path, id: &str) -> Result<Vec<Span>> {
    let ann = ann.strip_prefix('\u{feff}').unwrap_or(ann);
    // Each T line: its line number and span; notes and attributes apply afterwards
    // because they may come before the span they name.
    let mut spans: Vec<(usize, FileSpan)> = Vec::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    let mut notes: Vec<(usize, &str, &str)> = Vec::new();
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
                if body.contains(';') {
                    return Err(syntax(format!("discontinuous span `{body}` is not supported")));
                }
                let parts: Vec<&str> = body.split_whitespace().collect();
                let (label, start, end) = match parts.as_slice() {
                    [label, start, end] => (*label, start.parse::<usize>(), end.parse::<usize>()),
                    _ => return Err(syntax(format!("`{body}` is not `<LABEL> <start> <end>`"))),
                };
                let (Ok(start), Ok(end)) = (start, end) else {
                    return Err(syntax(format!("offsets in `{body}` are not numbers")));
                };
                if by_id.insert(ann_id, spans.len()).is_some() {
                    return Err(syntax(format!("annotation id `{ann_id}` used twice")));
                }
                let span = FileSpan { start, end, label: label.to_string(), text: Some(claimed.to_string()), ..Default::default() };
                spans.push((line_no, span));
            }
            Some('#') => {
                let Some(body) = body else {
                    return Err(syntax("a note is `#<n>\\t<Type> <id>\\t<text>`".into()));
                };
                let mut words = body.split_whitespace();
                if let (Some("AnnotatorNotes"), Some(target)) = (words.next(), words.next()) {
                    notes.push((line_no, target, rest.unwrap_or_default()));
                }
            }
            Some('A') => {
                let parts: Vec<&str> = body.unwrap_or_default().split_whitespace().collect();
                match parts.as_slice() {
                    [name, target] => attrs.push((line_no, target, name, "true")),
                    [name, target, value] => attrs.push((line_no, target, name, value)),
                    _ => return Err(syntax("an attribute is `A<n>\\t<Name> <id> [<value>]`".into())),
                }
            }
            Some('R' | 'E' | 'M' | 'N' | '*') => {}
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
        if let Some((_, span)) = target(line_no, name)?.and_then(|i| spans.get_mut(i)) {
            span.value = Some(value.to_string());
        }
    }
    for (line_no, name, attr, value) in attrs {
        if let Some((_, span)) = target(line_no, name)?.and_then(|i| spans.get_mut(i)) {
            span.attrs.insert(attr.to_string(), value.to_string());
        }
    }
    let map = CharMap::new(text);
    let mut out = Vec::with_capacity(spans.len());
    for (line_no, mut span) in spans {
        let actual = map.char_to_byte(span.start).zip(map.char_to_byte(span.end)).and_then(|(s, e)| text.get(s..e));
        if let (Some(actual), Some(claimed)) = (actual, &span.text) {
            if same_but_line_breaks(claimed, actual) {
                span.text = Some(actual.to_string());
            }
        }
        out.push(span.into_span(text, &map, &Location::new(path, line_no).doc(id))?);
    }
    out.sort();
    check_overlaps(&out, &map, &Location::new(path, 0).doc(id))?;
    Ok(out)
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
        let unsafe_name = id.is_empty() || id == "." || id == ".." || id.contains(['/', '\\', '\0']);
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
        fs::write(out.path().join(name), bytes).map_err(|e| Error::io(dir.join(name), e))
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
    fn a_space_may_stand_for_a_line_break() {
        let spans = parse("T1\tPER 14 23\tAssad met\n").unwrap();
        assert_eq!(spans[0].text(TEXT), "Assad\nmet");
    }

    #[test]
    fn malformed_lines_name_the_line() {
        assert_eq!(err("T1\tLOC 0 4\tKöln\nT2\tPER 14 19;24 29\tAssad Kerry\n"), "b/d.ann:2 (doc d): discontinuous span `PER 14 19;24 29` is not supported");
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
        assert_eq!(back[1].spans, { let mut s = a.spans.clone(); s.sort(); s });
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
        for id in ["", "..", "a/b", "a\\b", "a\0b"] {
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
