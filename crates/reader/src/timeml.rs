//! TimeML: the `.tml` files of TempEval-3 (TimeBank, AQUAINT, "TBAQ-cleaned").
//!
//! [`read_str`] turns one file into an [`AnnotatedDoc`]:
//!
//! - the id is the content of `<DOCID>`, or else the file stem;
//! - the DCT is the date part (`YYYY-MM-DD`) of the `value` of the TIMEX3 inside `<DCT>`;
//! - the text is the content of `<TEXT>` with every tag (TIMEX3, EVENT, SIGNAL, …)
//!   removed and the XML entities (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#NN;`
//!   `&#xNN;`) decoded; nothing else changes (line ends and spaces stay);
//! - the spans are the TIMEX3 inside `<TEXT>`: label = `type`, value = `value`, every
//!   other attribute but `tid` (`mod`, `anchorTimeID`, `temporalFunction`,
//!   `functionInDocument`, `beginPoint`, `endPoint`, `quant`, `freq`, …) in
//!   [`Span::attrs`](crate::Span::attrs). Non-consuming TIMEX3 (empty, or `<TIMEX3 …/>`) cover no text and
//!   are skipped. Layers: `[Layer::Dates]`.
//!
//! Everything outside `DOCID`, `DCT` and `TEXT` (links, `MAKEINSTANCE`, `EXTRAINFO`) is
//! ignored. Comments, processing instructions and `<!DOCTYPE …>` are skipped; CDATA is
//! text. The XML is read with quick-xml's pull parser, which expands no entity: only
//! the five predefined ones and character references are decoded, and a reference to
//! an entity a DTD declares is an error (no billion laughs, no external entities). The
//! reader does not check that every element is closed, only the TIMEX3 and TEXT it
//! relies on.
//!
//! [`write`] writes the Dates-layer spans back as TIMEX3 tags numbered `t1`, `t2`, … in
//! text order (the DCT is `t0`). Attributes are written as read, so an `anchorTimeID`
//! that named a TIMEX3 by its original `tid` may point elsewhere once the tags are
//! renumbered (`t0`, the DCT, keeps its meaning).
//!
//! ```
//! use std::path::Path;
//! let xml = r#"<TimeML><DOCID>d1</DOCID>
//! <DCT><TIMEX3 tid="t0" type="DATE" value="2015-06-02">June 2</TIMEX3></DCT>
//! <TEXT>Talks on <TIMEX3 tid="t1" type="DATE" value="2015-06-01">Monday</TIMEX3> &amp; more.</TEXT></TimeML>"#;
//! let doc = reader::timeml::read_str(xml, Path::new("d1.tml")).unwrap();
//! assert_eq!(doc.doc.text, "Talks on Monday & more.");
//! assert_eq!(doc.doc.dct.as_deref(), Some("2015-06-02"));
//! assert_eq!(doc.spans[0].text(&doc.doc.text), "Monday");
//! assert_eq!(doc.spans[0].value.as_deref(), Some("2015-06-01"));
//! ```

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::boundary::{check_overlaps, FileSpan, Trim};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::format::{Format, Loss};
use crate::model::{AnnotatedDoc, Document, Layer, Record};
use crate::offsets::CharMap;
use crate::shared::{check_dct, check_regular_file, utf8};

/// Reads one TimeML document from a string; `path` names it in errors and gives the
/// id when the file has no `<DOCID>`.
pub fn read_str(xml: &str, path: &Path) -> Result<AnnotatedDoc> {
    read_str_with(xml, path, &Trim::default())
}

/// [`read_str`], trimming TIMEX3 spans on whitespace when `trim` is on.
pub fn read_str_with(xml: &str, path: &Path, trim: &Trim) -> Result<AnnotatedDoc> {
    let xml = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    let lines = LineIndex::new(xml);
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut state = ReadState::default();
    let mut lexer = Lexer::new(xml);
    while let Some(item) = lexer.next_token() {
        let located =
            |pos: usize, id: &Option<String>| Location::new(path, lines.line(pos)).doc(id.clone().unwrap_or_else(|| stem.clone()));
        let (pos, token) = match item {
            Ok(t) => t,
            Err((pos, msg)) => return Err(Error::new(located(pos, &state.docid), ErrorKind::Syntax(msg))),
        };
        if let Err(msg) = state.feed(pos, token, &lines) {
            return Err(Error::new(located(pos, &state.docid), ErrorKind::Syntax(msg)));
        }
    }
    let id = state.docid.clone().filter(|s| !s.is_empty()).unwrap_or(stem);
    let whole = Location::new(path, 0).doc(id.clone());
    let Some(text) = state.text else {
        return Err(Error::new(whole, ErrorKind::Syntax("no <TEXT> element".into())));
    };
    if let Some(open) = &state.text_open {
        let loc = Location::new(path, lines.line(*open)).doc(id);
        return Err(Error::new(loc, ErrorKind::Syntax("<TEXT> is never closed".into())));
    }
    let dct = match state.dct {
        Some((pos, value)) => {
            let loc = Location::new(path, lines.line(pos)).doc(id.clone());
            let date = value.get(..10).unwrap_or(&value).to_string();
            Some(check_dct(date, &loc)?)
        }
        None => None,
    };
    let map = CharMap::new(&text);
    let mut spans = Vec::with_capacity(state.timexes.len());
    for (pos, file_span) in state.timexes {
        let loc = Location::new(path, lines.line(pos)).doc(id.clone());
        spans.push(file_span.into_span_with(&text, &map, &loc, trim)?);
    }
    spans.sort();
    check_overlaps(&spans, &map, &whole)?;
    Ok(AnnotatedDoc { doc: Document { id, text, dct, meta: Default::default() }, spans, layers: vec![Layer::Dates] })
}

/// Reads one `.tml` file (UTF-8, a leading BOM removed).
pub fn read_file(path: &Path) -> Result<AnnotatedDoc> {
    read_file_with(path, &Trim::default())
}

/// [`read_file`], trimming TIMEX3 spans on whitespace when `trim` is on.
pub fn read_file_with(path: &Path, trim: &Trim) -> Result<AnnotatedDoc> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    crate::shared::count_read(bytes.len());
    let xml = utf8(&bytes, path)?;
    read_str_with(xml, path, trim)
}

/// Reads every `*.tml` file below `dir` (recursively, not following links to
/// folders), in path order.
pub fn read_dir(dir: &Path) -> Result<Vec<AnnotatedDoc>> {
    records(dir)?.map(|r| r.map(|r| r.doc)).collect()
}

/// Streams what [`read_dir`] reads: the listing first, each file when its turn comes.
pub fn records(dir: &Path) -> Result<impl Iterator<Item = Result<Record>> + Send> {
    records_with(dir, &Trim::default())
}

/// [`records`], trimming TIMEX3 spans on whitespace when `trim` is on.
pub fn records_with(dir: &Path, trim: &Trim) -> Result<impl Iterator<Item = Result<Record>> + Send> {
    let mut files = Vec::new();
    collect_tml(dir, &mut files)?;
    if files.is_empty() {
        return Err(crate::shared::no_documents(dir, "tml", "a folder of TimeML `.tml` files (or folders of them)"));
    }
    files.sort();
    let trim = trim.clone();
    Ok(files.into_iter().map(move |p| {
        // A FIFO named `*.tml` would block the read forever: refuse it.
        check_regular_file(&p)?;
        Ok(Record { line: 0, doc: read_file_with(&p, &trim)? })
    }))
}

fn collect_tml(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let entries = fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| Error::io(&path, e))?;
        // Symbolic links to folders are not followed (they could form a cycle).
        if crate::shared::is_hidden(&path) {
            continue;
        } else if kind.is_dir() {
            collect_tml(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "tml") {
            files.push(path);
        }
    }
    Ok(())
}

/// Writes `doc` as a TimeML file: `DOCID`, `DCT` (when known) and `TEXT` with a TIMEX3
/// tag for each Dates-layer span; returns what TimeML could not hold
/// ([`crate::Format::capabilities`]): spans of other layers, and Dates spans that
/// overlap an earlier one (XML tags cannot overlap). A Dates span that is not a valid
/// range of the text, or an attribute name that is not an XML name, is an
/// [`ErrorKind::Unwritable`] error.
pub fn write<W: Write>(out: &mut W, doc: &AnnotatedDoc) -> Result<Loss> {
    let text = &doc.doc.text;
    let invalid = |msg: String| Error::new(Location::default().doc(doc.doc.id.clone()), ErrorKind::Unwritable(msg));
    let caps = Format::Timeml.capabilities();
    for span in doc.spans.iter().filter(|s| caps.holds(s)) {
        if text.get(span.start..span.end).is_none_or(str::is_empty) {
            return Err(invalid(format!("span {}..{} is not a range of the text", span.start, span.end)));
        }
    }
    let (spans, loss) = caps.select(Format::Timeml, doc);
    let mut body = String::with_capacity(text.len() + 64 * spans.len());
    let mut written = 0;
    let mut tid = 0;
    for span in spans {
        let covered = text.get(span.start..span.end).unwrap_or_default();
        escape_text(text.get(written..span.start).unwrap_or_default(), &mut body);
        tid += 1;
        body.push_str(&format!("<TIMEX3 tid=\"t{tid}\" type=\""));
        escape_attr(&span.label, &mut body);
        body.push('"');
        if let Some(value) = &span.value {
            body.push_str(" value=\"");
            escape_attr(value, &mut body);
            body.push('"');
        }
        for (name, value) in &span.attrs {
            if matches!(name.as_str(), "tid" | "type" | "value") {
                continue;
            }
            if !is_xml_name(name) {
                return Err(invalid(format!("attribute name {name:?} is not an XML name")));
            }
            body.push_str(&format!(" {name}=\""));
            escape_attr(value, &mut body);
            body.push('"');
        }
        body.push('>');
        escape_text(covered, &mut body);
        body.push_str("</TIMEX3>");
        written = span.end;
    }
    escape_text(text.get(written..).unwrap_or_default(), &mut body);

    let mut head = String::from("<?xml version=\"1.0\" ?>\n<TimeML>\n\n<DOCID>");
    escape_text(&doc.doc.id, &mut head);
    head.push_str("</DOCID>\n\n");
    if let Some(dct) = &doc.doc.dct {
        let kind = if dct.len() > 10 { "TIME" } else { "DATE" };
        head.push_str(&format!("<DCT><TIMEX3 tid=\"t0\" type=\"{kind}\" value=\""));
        escape_attr(dct, &mut head);
        head.push_str("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
        escape_text(dct, &mut head);
        head.push_str("</TIMEX3></DCT>\n\n");
    }
    let io = |e: io::Error| Error::new(Location::default().doc(doc.doc.id.clone()), e.into());
    out.write_all(head.as_bytes()).map_err(io)?;
    out.write_all(b"<TEXT>").map_err(io)?;
    out.write_all(body.as_bytes()).map_err(io)?;
    out.write_all(b"</TEXT>\n\n</TimeML>\n").map_err(io)?;
    Ok(loss)
}

/// Escapes character data. `\r` becomes `&#13;` so that an XML parser, which would turn
/// a raw CRLF into LF, gives the text back unchanged.
fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
}

/// Escapes an attribute value (quoted with `"`); whitespace other than the space is
/// written as a character reference, which XML attribute normalisation keeps.
fn escape_attr(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            _ => escape_text(c.encode_utf8(&mut [0; 4]), out),
        }
    }
}

fn is_xml_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == ':')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.'))
}

/// 1-based line of a byte offset.
struct LineIndex {
    newlines: Vec<usize>,
}

impl LineIndex {
    fn new(s: &str) -> Self {
        LineIndex { newlines: s.match_indices('\n').map(|(i, _)| i).collect() }
    }

    fn line(&self, pos: usize) -> usize {
        self.newlines.partition_point(|&n| n < pos) + 1
    }
}

/// Attributes of a tag, in file order, values decoded.
type Attrs = Vec<(String, String)>;

/// What the reader has gathered so far, fed one token at a time.
#[derive(Default)]
struct ReadState {
    docid: Option<String>,
    /// The DOCID text being read.
    docid_buf: Option<String>,
    in_dct: bool,
    /// The text inside `<DCT>` / `<DATETIME>` (TempEval-3 variants that give the date
    /// as text rather than in a TIMEX3), with the tag's position.
    dct_text: Option<(usize, String)>,
    /// Position and `value` of the DCT's TIMEX3.
    dct: Option<(usize, String)>,
    /// The text, once `<TEXT>` was seen.
    text: Option<String>,
    /// Position of the `<TEXT>` tag while inside it.
    text_open: Option<usize>,
    /// Code points of text so far.
    chars: usize,
    /// The TIMEX3 open inside TEXT: tag position, start (code points), attributes.
    timex_open: Option<(usize, usize, Attrs)>,
    /// Tag position and span of each TIMEX3 read.
    timexes: Vec<(usize, FileSpan)>,
}

impl ReadState {
    fn feed(&mut self, pos: usize, token: Token<'_>, lines: &LineIndex) -> std::result::Result<(), String> {
        match token {
            Token::Text(raw) => {
                let mut decoded = String::new();
                decode_entities(raw, &mut decoded).map_err(|msg| msg.to_string())?;
                self.push_text(&decoded);
            }
            Token::CData(raw) => self.push_text(raw),
            Token::Start { name, attrs, empty } => self.start_tag(pos, name, attrs, empty, lines)?,
            Token::End(name) => self.end_tag(name)?,
        }
        Ok(())
    }

    fn push_text(&mut self, s: &str) {
        if self.text_open.is_some() {
            if let Some(text) = &mut self.text {
                text.push_str(s);
                self.chars += s.chars().count();
            }
        } else if let Some(buf) = &mut self.docid_buf {
            buf.push_str(s);
        } else if let Some((_, buf)) = &mut self.dct_text {
            buf.push_str(s);
        }
    }

    fn start_tag(
        &mut self,
        pos: usize,
        name: &str,
        attrs: Vec<(String, String)>,
        empty: bool,
        lines: &LineIndex,
    ) -> std::result::Result<(), String> {
        if self.text_open.is_some() {
            if name == "TIMEX3" && !empty {
                if let Some((open, _, _)) = &self.timex_open {
                    return Err(format!("TIMEX3 inside a TIMEX3 (opened on line {})", lines.line(*open)));
                }
                self.timex_open = Some((pos, self.chars, attrs));
            }
            return Ok(());
        }
        match name {
            "TEXT" if self.text.is_some() => return Err("a second <TEXT> element".into()),
            "TEXT" => {
                self.text = Some(String::new());
                if !empty {
                    self.text_open = Some(pos);
                }
            }
            "DOCID" if !empty => self.docid_buf = Some(String::new()),
            "DCT" | "DATETIME" if !empty => {
                self.in_dct = true;
                self.dct_text = Some((pos, String::new()));
            }
            "TIMEX3" if attrs.iter().any(|(k, v)| k == "functionInDocument" && v == "CREATION_TIME") && self.dct.is_none() => {
                let value = attrs.into_iter().find(|(k, _)| k == "value").map(|(_, v)| v);
                let value = value.ok_or("the CREATION_TIME TIMEX3 has no value")?;
                self.dct = Some((pos, value));
            }
            "TIMEX3" if self.in_dct && self.dct.is_none() => {
                let value = attrs.into_iter().find(|(k, _)| k == "value").map(|(_, v)| v);
                let value = value.ok_or("the TIMEX3 in <DCT> has no value")?;
                self.dct = Some((pos, value));
            }
            _ => {}
        }
        Ok(())
    }

    fn end_tag(&mut self, name: &str) -> std::result::Result<(), String> {
        if self.text_open.is_some() {
            match name {
                "TEXT" if self.timex_open.is_some() => return Err("</TEXT> inside an open TIMEX3".into()),
                "TEXT" => self.text_open = None,
                "TIMEX3" => {
                    let (pos, start, attrs) = self.timex_open.take().ok_or("</TIMEX3> without an open TIMEX3")?;
                    let end = self.chars;
                    if end > start {
                        self.timexes.push((pos, timex_span(start, end, attrs)?));
                    }
                }
                _ => {}
            }
            return Ok(());
        }
        match name {
            "DOCID" => {
                if let Some(buf) = self.docid_buf.take() {
                    self.docid = Some(buf.trim().to_string());
                }
            }
            "DCT" | "DATETIME" => {
                self.in_dct = false;
                if let Some((pos, text)) = self.dct_text.take() {
                    if self.dct.is_none() {
                        if let Some(date) = date_in(&text) {
                            self.dct = Some((pos, date));
                        }
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// The first date in `text`: `YYYY-MM-DD` (with any time after it), or `YYYYMMDD`
/// (TempEval-3's `<DATETIME>` and plain-text `<DCT>` variants).
fn date_in(text: &str) -> Option<String> {
    let words = text.split(|c: char| c.is_whitespace() || c == 'T');
    for word in words {
        let b = word.as_bytes();
        let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
        if b.len() >= 10 && digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) {
            return word.get(..10).map(str::to_string);
        }
        if b.len() >= 8 && digits(0..8) {
            return Some(format!("{}-{}-{}", &word[..4], &word[4..6], &word[6..8]));
        }
    }
    None
}

fn timex_span(start: usize, end: usize, attrs: Vec<(String, String)>) -> std::result::Result<FileSpan, String> {
    let mut span = FileSpan { start, end, ..Default::default() };
    let mut label = None;
    let mut rest = BTreeMap::new();
    for (name, value) in attrs {
        match name.as_str() {
            "tid" => {}
            "type" => label = Some(value),
            "value" => span.value = Some(value),
            _ => {
                rest.insert(name, value);
            }
        }
    }
    let label = label.filter(|l| !l.is_empty()).ok_or("TIMEX3 without a type")?;
    // TimeML has four types; any other would be a span no layer holds, which the
    // writer and the scorer could only drop.
    if Layer::of_label(&label) != Some(Layer::Dates) {
        return Err(format!("TIMEX3 type {label:?} is not DATE, TIME, DURATION or SET"));
    }
    span.label = label;
    span.attrs = rest;
    Ok(span)
}

/// Appends `raw` to `out` with the XML entities decoded.
fn decode_entities(raw: &str, out: &mut String) -> std::result::Result<(), String> {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or_default());
        let after = rest.get(amp + 1..).unwrap_or_default();
        let semi = after.find(';').filter(|&i| i <= 12).ok_or_else(|| {
            let shown: String = after.chars().take(12).collect();
            format!("`&` not starting an entity (at `&{shown}`); write `&amp;`")
        })?;
        let name = after.get(..semi).unwrap_or_default();
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok()
                } else if let Some(dec) = name.strip_prefix('#') {
                    dec.parse::<u32>().ok()
                } else {
                    return Err(format!("unknown entity `&{name};`"));
                };
                code.and_then(char::from_u32)
            }
        };
        out.push(c.ok_or_else(|| format!("`&{name};` is not a character"))?);
        rest = after.get(semi + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    Ok(())
}

/// One piece of the input.
enum Token<'a> {
    /// Character data, entities not yet decoded.
    Text(&'a str),
    /// The content of a CDATA section.
    CData(&'a str),
    /// A start tag, `empty` for `<name …/>`; attribute values are decoded.
    Start { name: &'a str, attrs: Vec<(String, String)>, empty: bool },
    /// An end tag.
    End(&'a str),
}

/// Splits XML into [`Token`]s with their byte positions, on quick-xml's pull parser.
/// Comments, processing instructions, the XML declaration and `<!DOCTYPE …>` are
/// skipped. quick-xml never expands an entity: a DTD's `<!ENTITY …>` declarations are
/// not read, so a reference to one (`&lol9;`, an external `&xxe;`) is an unknown
/// entity here (an error), never an expansion (billion laughs) or a file read (XXE).
/// Character data and references are decoded by [`decode_entities`], which knows the
/// five predefined entities and character references only.
struct Lexer<'a> {
    src: &'a str,
    reader: quick_xml::Reader<&'a [u8]>,
    done: bool,
}

type LexResult<'a> = std::result::Result<(usize, Token<'a>), (usize, String)>;

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        let mut reader = quick_xml::Reader::from_str(src);
        let config = reader.config_mut();
        // As lenient as TimeML needs: the reader checks only the TEXT and TIMEX3
        // structure it relies on; a lone `&` is reported by `decode_entities`.
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        config.allow_dangling_amp = true;
        config.expand_empty_elements = false;
        config.trim_text(false);
        Lexer { src, reader, done: false }
    }

    /// The source between two byte positions.
    fn slice(&self, from: usize, to: usize) -> &'a str {
        self.src.get(from..to).unwrap_or_default()
    }

    fn next_token(&mut self) -> Option<LexResult<'a>> {
        use quick_xml::events::Event;
        while !self.done {
            let start = usize::try_from(self.reader.buffer_position()).unwrap_or(usize::MAX);
            let event = match self.reader.read_event() {
                Ok(event) => event,
                Err(e) => {
                    self.done = true;
                    let at = usize::try_from(self.reader.error_position()).unwrap_or(start);
                    return Some(Err((at.min(start.max(at)), xml_error(&e))));
                }
            };
            let end = usize::try_from(self.reader.buffer_position()).unwrap_or(usize::MAX);
            let token = match event {
                Event::Eof => {
                    self.done = true;
                    return None;
                }
                // Raw source: entities and references are decoded by `decode_entities`.
                Event::Text(_) | Event::GeneralRef(_) => Token::Text(self.slice(start, end)),
                Event::CData(data) => {
                    let content = std::str::from_utf8(data.into_inner().as_ref()).map(str::len).unwrap_or(0);
                    // `<![CDATA[` is 9 bytes: the content follows it.
                    Token::CData(self.slice(start + 9, start + 9 + content))
                }
                Event::Start(tag) | Event::Empty(tag) => {
                    let empty = self.slice(start, end).ends_with("/>");
                    let name_len = tag.name().as_ref().len();
                    // `<` + the name, as a slice of the source.
                    let name = self.slice(start + 1, start + 1 + name_len);
                    if name.is_empty() || !name.chars().all(is_name_char) {
                        return Some(Err((start, "`<` not starting a tag; write `&lt;`".into())));
                    }
                    let mut attrs = Vec::new();
                    for attr in tag.attributes().with_checks(true) {
                        let attr = match attr {
                            Ok(attr) => attr,
                            Err(e) => return Some(Err((start, attr_error(self.slice(start + 1, end), name, &e)))),
                        };
                        let key = String::from_utf8_lossy(attr.key.as_ref()).into_owned();
                        let raw = String::from_utf8_lossy(&attr.value);
                        let mut value = String::new();
                        if let Err(msg) = decode_entities(&raw, &mut value) {
                            return Some(Err((start, msg)));
                        }
                        attrs.push((key, value));
                    }
                    Token::Start { name, attrs, empty }
                }
                Event::End(tag) => {
                    let name_len = tag.name().as_ref().len();
                    Token::End(self.slice(start + 2, start + 2 + name_len))
                }
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => continue,
            };
            return Some(Ok((start, token)));
        }
        None
    }
}

/// An attribute error in this reader's words, naming the attribute; `content` is the
/// tag after its `<`, where quick-xml's positions point.
fn attr_error(content: &str, tag: &str, e: &quick_xml::events::attributes::AttrError) -> String {
    use quick_xml::events::attributes::AttrError;
    let before = |pos: usize| content.get(..pos).unwrap_or(content);
    let last_name = |s: &str| -> String {
        let s = s.trim_end();
        let from = s.rfind(|c: char| !is_name_char(c)).map_or(0, |i| i + 1);
        s.get(from..).unwrap_or_default().to_string()
    };
    // The name before the last `=` up to `pos`.
    let named = |pos: usize| {
        let b = before(pos);
        last_name(b.rfind('=').and_then(|i| b.get(..i)).unwrap_or(b))
    };
    match e {
        AttrError::ExpectedEq(pos) => format!("attribute `{}` has no value", last_name(before(*pos))),
        AttrError::ExpectedValue(pos) => format!("attribute `{}` has no value", named(*pos)),
        AttrError::UnquotedValue(pos) => format!("value of attribute `{}` is not quoted", named(*pos)),
        AttrError::ExpectedQuote(pos, _) => format!("value of attribute `{}` is never closed", named(*pos)),
        AttrError::Duplicated(pos, _) => {
            let name: String = content.get(*pos..).unwrap_or_default().chars().take_while(|&c| is_name_char(c)).collect();
            format!("attribute `{name}` given twice in tag `<{tag}`")
        }
    }
}

/// A quick-xml error in this reader's words.
fn xml_error(e: &quick_xml::Error) -> String {
    use quick_xml::errors::SyntaxError;
    match e {
        quick_xml::Error::Syntax(SyntaxError::UnclosedComment) => "no closing `-->`".into(),
        quick_xml::Error::Syntax(SyntaxError::UnclosedCData) => "no closing `]]>`".into(),
        quick_xml::Error::Syntax(SyntaxError::UnclosedPIOrXmlDecl) => "no closing `?>`".into(),
        quick_xml::Error::Syntax(SyntaxError::UnclosedDoctype | SyntaxError::InvalidBangMarkup) => "unclosed `<!`".into(),
        quick_xml::Error::Syntax(SyntaxError::UnclosedTag) => "unclosed tag".into(),
        other => format!("XML: {other}"),
    }
}

fn is_name_char(c: char) -> bool {
    !c.is_whitespace() && !matches!(c, '/' | '>' | '=' | '<' | '"' | '\'')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    const DOC: &str = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>wsj_1</DOCID>\n\
<DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1998-08-07T06:18:00\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>\n\
<TITLE>ignored <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"X\">no</TIMEX3></TITLE>\n\
<TEXT>\nBombs <EVENT eid=\"e1\">exploded</EVENT> in Dar es Salaam <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\" temporalFunction=\"false\">Friday</TIMEX3>,\n\
&lt;AT&amp;T&gt; &#233;t&#xE9; <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\" mod=\"APPROX\" anchorTimeID=\"t1\">about three days</TIMEX3><TIMEX3 tid=\"t3\" type=\"DATE\" value=\"PAST_REF\"/>.\n</TEXT>\n\
<TLINK lid=\"l1\" relType=\"BEFORE\"/>\n</TimeML>\n";

    fn read(xml: &str) -> Result<AnnotatedDoc> {
        read_str(xml, Path::new("t.tml"))
    }

    fn err(xml: &str) -> String {
        read(xml).unwrap_err().to_string()
    }

    #[test]
    fn tempeval3_datetime_and_text_dct_variants_are_the_dct() {
        let read = |src: &str| read_str(src, Path::new("t.tml")).expect("reads").doc.dct;
        assert_eq!(read("<DATETIME>2002-01-20 11:30:00</DATETIME><TEXT>x</TEXT>").as_deref(), Some("2002-01-20"));
        assert_eq!(read("<DCT>19980807</DCT><TEXT>x</TEXT>").as_deref(), Some("1998-08-07"));
        let creation =
            "<TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-27\" functionInDocument=\"CREATION_TIME\">x</TIMEX3><TEXT>y</TEXT>";
        assert_eq!(read(creation).as_deref(), Some("1998-02-27"));
        let both = "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\">1998-08-09</TIMEX3></DCT><TEXT>x</TEXT>";
        assert_eq!(read(both).as_deref(), Some("1998-08-07"), "the TIMEX3 value wins over the text");
        assert_eq!(read("<DATETIME>no date</DATETIME><TEXT>x</TEXT>"), None);
    }

    #[test]
    fn reads_text_dct_and_timexes() {
        let doc = read(DOC).unwrap();
        assert_eq!(doc.doc.id, "wsj_1");
        assert_eq!(doc.doc.dct.as_deref(), Some("1998-08-07"));
        assert_eq!(doc.doc.text, "\nBombs exploded in Dar es Salaam Friday,\n<AT&T> été about three days.\n");
        assert_eq!(doc.layers, vec![Layer::Dates]);
        let got: Vec<_> = doc.spans.iter().map(|s| (s.text(&doc.doc.text), s.label.as_str(), s.value.as_deref())).collect();
        assert_eq!(got, vec![("Friday", "DATE", Some("1998-08-07")), ("about three days", "DURATION", Some("P3D"))]);
        let attrs: Vec<_> = doc.spans[1].attrs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(attrs, vec![("anchorTimeID", "t1"), ("mod", "APPROX")]);
        assert_eq!(doc.spans[0].attrs.get("temporalFunction").map(String::as_str), Some("false"));
    }

    #[test]
    fn id_falls_back_to_the_file_stem() {
        let doc =
            read_str("<TimeML><TEXT>a <TIMEX3 type=\"SET\">weekly</TIMEX3></TEXT></TimeML>", Path::new("dir/ABC19980108.tml")).unwrap();
        assert_eq!(doc.doc.id, "ABC19980108");
        assert_eq!(doc.doc.dct, None);
        assert_eq!(doc.spans[0].label, "SET");
        assert_eq!(doc.spans[0].value, None);
    }

    #[test]
    fn skips_comments_cdata_and_doctype() {
        let doc = read("<!DOCTYPE TimeML [<!ENTITY x \"y\">]><TimeML><!-- <TEXT> --><TEXT>a<![CDATA[<&>]]>b</TEXT></TimeML>").unwrap();
        assert_eq!(doc.doc.text, "a<&>b");
    }

    #[test]
    fn entities_of_a_dtd_are_never_expanded_nor_fetched() {
        // Billion laughs: each entity ten of the one before; expanded, 10^9 `lol`s.
        let mut dtd = String::from("<!DOCTYPE TimeML [\n<!ENTITY lol \"lol\">\n");
        for i in 1..10 {
            let prev = if i == 1 { "lol".to_string() } else { format!("lol{}", i - 1) };
            dtd.push_str(&format!("<!ENTITY lol{i} \"{}\">\n", format!("&{prev};").repeat(10)));
        }
        dtd.push_str("]>\n");
        let bomb = format!("{dtd}<TimeML><TEXT>&lol9;</TEXT></TimeML>");
        assert_eq!(err(&bomb), "t.tml:13 (doc t): unknown entity `&lol9;`");
        // The DTD alone is skipped: the document reads.
        assert_eq!(read(&format!("{dtd}<TimeML><TEXT>a</TEXT></TimeML>")).unwrap().doc.text, "a");
        // XXE: an external entity naming a file is not read.
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("secret.txt");
        fs::write(&secret, "TOP SECRET").unwrap();
        let xxe = format!("<!DOCTYPE TimeML [<!ENTITY xxe SYSTEM \"file://{}\">]><TimeML><TEXT>&xxe;</TEXT></TimeML>", secret.display());
        let msg = err(&xxe);
        assert_eq!(msg, "t.tml:1 (doc t): unknown entity `&xxe;`");
        let in_attr = "<!DOCTYPE TimeML [<!ENTITY d \"DATE\">]><TimeML><TEXT><TIMEX3 type=\"&d;\">x</TIMEX3></TEXT></TimeML>";
        assert_eq!(err(in_attr), "t.tml:1 (doc t): unknown entity `&d;`");
    }

    #[test]
    fn attribute_errors_name_the_attribute() {
        assert_eq!(err("<TEXT>\n<TIMEX3 type>x</TIMEX3></TEXT>"), "t.tml:2 (doc t): attribute `type` has no value");
        assert_eq!(
            err("<TEXT>\n<TIMEX3 type=\"DATE\" type=\"TIME\">x</TIMEX3></TEXT>"),
            "t.tml:2 (doc t): attribute `type` given twice in tag `<TIMEX3`"
        );
        assert_eq!(err("<TEXT>\n<TIMEX3 type=\"DATE>x</TIMEX3></TEXT>"), "t.tml:2 (doc t): unclosed tag");
    }

    #[test]
    fn malformed_input_names_the_line() {
        assert_eq!(err("<TimeML>\n<DOCID>d</DOCID>\n<TEXT>a &foo; b</TEXT>"), "t.tml:3 (doc d): unknown entity `&foo;`");
        assert_eq!(
            err("<TEXT>\n\n<TIMEX3 type=\"DATE\">a<TIMEX3 type=\"DATE\">b</TIMEX3></TIMEX3></TEXT>"),
            "t.tml:3 (doc t): TIMEX3 inside a TIMEX3 (opened on line 3)"
        );
        assert_eq!(err("<TEXT>\nx</TIMEX3></TEXT>"), "t.tml:2 (doc t): </TIMEX3> without an open TIMEX3");
        assert_eq!(err("<TEXT>\n<TIMEX3 value=\"1\">x</TIMEX3></TEXT>"), "t.tml:2 (doc t): TIMEX3 without a type");
        // Found by the `timeml` fuzz target: an unknown type was read, then silently
        // left out by the writer.
        assert_eq!(
            err("<TEXT>\n<TIMEX3 type=\"DU\u{15}RATION\">x</TIMEX3></TEXT>"),
            "t.tml:2 (doc t): TIMEX3 type \"DU\\u{15}RATION\" is not DATE, TIME, DURATION or SET"
        );
        assert_eq!(err("<TEXT>\n<TIMEX3 type=DATE>x</TIMEX3></TEXT>"), "t.tml:2 (doc t): value of attribute `type` is not quoted");
        assert_eq!(err("<TEXT>\n<TIMEX3 type=\"DATE\">x</TIMEX3>\na < b</TEXT>"), "t.tml:3 (doc t): `<` not starting a tag; write `&lt;`");
        assert_eq!(
            err("<TEXT>\n<TIMEX3 type=\"DATE\"> x</TIMEX3></TEXT>"),
            "t.tml:2 (doc t): span 1..3 (\" x\") starts or ends on whitespace (--trim-spans trims such spans, with a warning)"
        );
        assert_eq!(
            err("<DCT><TIMEX3 type=\"DATE\" value=\"June\">x</TIMEX3></DCT><TEXT></TEXT>"),
            "t.tml:1 (doc t): DCT `June` is not an ISO 8601 date (YYYY-MM-DD, optionally with a time)"
        );
        assert_eq!(err("<TimeML>\n<TEXT>abc"), "t.tml:2 (doc t): <TEXT> is never closed");
        assert_eq!(err("<TimeML></TimeML>"), "t.tml (doc t): no <TEXT> element");
        assert_eq!(err("<TEXT>\n<!-- x"), "t.tml:2 (doc t): no closing `-->`");
        assert_eq!(err("<TEXT>a &#xD800; b</TEXT>"), "t.tml:1 (doc t): `&#xD800;` is not a character");
        assert_eq!(err("<TEXT>a & b</TEXT>"), "t.tml:1 (doc t): `&` not starting an entity (at `& b`); write `&amp;`");
    }

    #[test]
    fn write_then_read_gives_the_same_text_and_dates() {
        let mut doc = read(DOC).unwrap();
        doc.doc.text.push_str("\r\n\"quoted\" ]]> 'x'");
        let friday = doc.spans[0].start;
        doc.spans.push(Span::new(friday + 1, friday + 4, "DATE")); // overlaps: dropped
        doc.spans.push(Span::new(1, 6, "ORG")); // other layer: not written
        doc.spans[1].attrs.insert("comment".into(), "a \"b\" <c>\n&".into());
        let mut out = Vec::new();
        write(&mut out, &doc).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(xml.contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\""), "{xml}");
        let back = read(&xml).unwrap();
        assert_eq!(back.doc.id, doc.doc.id);
        assert_eq!(back.doc.text, doc.doc.text);
        assert_eq!(back.doc.dct, doc.doc.dct);
        let dates: Vec<_> = doc.spans.iter().filter(|s| s.layer() == Some(Layer::Dates) && s.end != friday + 4).cloned().collect();
        assert_eq!(back.spans, dates);
    }

    #[test]
    fn write_rejects_bad_spans_and_attribute_names() {
        let mut doc = AnnotatedDoc { doc: Document::new("d", "é x"), ..Default::default() };
        doc.spans.push(Span::new(1, 2, "DATE"));
        assert!(matches!(write(&mut Vec::new(), &doc).unwrap_err().kind, ErrorKind::Unwritable(_)));
        doc.spans = vec![Span::new(3, 4, "DATE")];
        doc.spans[0].attrs.insert("bad name".into(), "v".into());
        assert!(matches!(write(&mut Vec::new(), &doc).unwrap_err().kind, ErrorKind::Unwritable(_)));
    }
}
