//! CoNLL column files: one token a line, the NER tag in the last column, a blank line
//! after each sentence, `-DOCSTART-` lines between documents (CoNLL-2003's
//! `eng.testa`: `token POS chunk NER`, IOB1 tags, CRLF line ends).
//!
//! Reading ([`read`]): the token is the first column and the tag the last; the columns
//! between (POS, chunk) are dropped. `\r` line ends are accepted. A `-DOCSTART-` line
//! starts a document; documents are numbered by position, `doc-1`, `doc-2`, …, whatever
//! the file's name, so that the same chunks in `a.iob1.conll` and `a.bioes.conll` pair
//! up when scored ([`ConllReader::with_file_ids`]: `<file stem>-1`, …); lines before the
//! first `-DOCSTART-` (or a whole file without one) form a document of their own when
//! they hold any token. A document's text is the tokens of each sentence joined by one
//! space, the sentences joined by `\n`. One lenient decoder reads IOB1, IOB2 and BIOES:
//! `B-X` starts a chunk, `I-X` and `E-X` continue a chunk of type X or else start one,
//! `E-X` closes it, `S-X` is a one-token chunk. Layers: `[Layer::Entities]`, whatever
//! the labels. Lines starting with `#` that hold a `=` or do not end in a tag are
//! comments (MultiCoNER and WNUT `# id … domain=en`, CoNLL-U `# text = …`) and are
//! skipped. CoNLL-U token lines (ten tab-separated columns, a numeric ID) take the
//! token from FORM and the tag from the MISC column's `NER=` entry; multi-word token
//! ranges and empty nodes are skipped.
//!
//! Writing ([`write`]) needs tokens, and takes them from the text alone ([`tokens`]:
//! whitespace, then punctuation split off as the news tokeniser does), never from the
//! spans, so a gold file and a prediction file of the same text line up token for
//! token (conlleval and seqeval need that). A span that starts or ends inside a token
//! is widened to the whole token and counted ([`crate::Loss::widened`]). What is read
//! back is the tokens joined by single spaces, so a text comes back unchanged only
//! when it was itself such tokens joined that way (CoNLL-2003's tokens come back but
//! for list numbers such as `3.`, dotted abbreviations such as `Corp.`, signed
//! figures such as `+31`, and hyphened names such as `Saudi-led`: 371 of eng.testa's
//! 51,362).
//! Each document starts with `-DOCSTART- -X- -X- O` and a blank line; token lines have
//! two columns, `token TAG`. Every span with a non-empty label is written, whatever its
//! layer; when spans overlap the first (in `(start, end, label)` order) is kept and the
//! later ones dropped. A span covering a line break becomes one chunk per line. A token
//! that is literally `-DOCSTART-` would read back as a document break.
//!
//! ```
//! use std::path::Path;
//! use reader::conll::{self, TagScheme};
//! let input = "-DOCSTART- -X- -X- O\n\nJohn NNP I-NP I-PER\nKerry NNP I-NP I-PER\nvisits VBZ I-VP O\nKilis NNP I-NP I-LOC\n\n";
//! let docs = conll::read(input.as_bytes(), Path::new("news.conll")).unwrap();
//! let doc = &docs[0];
//! assert_eq!(doc.doc.id, "doc-1");
//! assert_eq!(doc.doc.text, "John Kerry visits Kilis");
//! assert_eq!(doc.spans[0].text(&doc.doc.text), "John Kerry");
//! let mut out = Vec::new();
//! conll::write(&mut out, &docs, TagScheme::Bioes).unwrap();
//! assert!(String::from_utf8(out).unwrap().contains("John B-PER\nKerry E-PER\nvisits O\nKilis S-LOC\n"));
//! ```

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Location, Result};
use crate::format::{Format, Loss};
use crate::model::{AnnotatedDoc, Document, Layer, Record, Span};

/// A chunk tagging scheme, for [`write`] ([`read`] accepts all of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TagScheme {
    /// CoNLL-2003's: `I-X` throughout, `B-X` only for a chunk right after another X.
    Iob1,
    /// `B-X` on every chunk's first token, `I-X` on the rest (the default).
    #[default]
    Iob2,
    /// `S-X` for one-token chunks, else `B-X`, `I-X`…, `E-X`.
    Bioes,
}

/// Reads CoNLL documents; `path` names the input in errors and gives the id stem.
pub fn read<R: BufRead>(input: R, path: &Path) -> Result<Vec<AnnotatedDoc>> {
    ConllReader::new(input, path).map(|r| r.map(|r| r.doc)).collect()
}

/// Streams CoNLL documents one at a time (what [`read`] collects): a document is
/// handed out when the next `-DOCSTART-` or the end of the input closes it. After an
/// error the stream ends.
pub struct ConllReader<R> {
    input: R,
    path: PathBuf,
    stem: String,
    doc: DocBuilder,
    buf: Vec<u8>,
    line_no: usize,
    /// Documents handed out so far.
    count: usize,
    done: bool,
    /// Ids from the file name (`<stem>-N`) rather than `doc-N`.
    file_ids: bool,
}

impl<R: BufRead> ConllReader<R> {
    /// Reads from `input`; `path` names it in errors and gives the id stem.
    pub fn new(input: R, path: &Path) -> Self {
        let stem = crate::shared::stem(path);
        ConllReader {
            input,
            path: path.to_path_buf(),
            stem,
            doc: DocBuilder::default(),
            buf: Vec::new(),
            line_no: 0,
            count: 0,
            done: false,
            file_ids: false,
        }
    }

    /// Numbers documents after the file's name (`<file stem>-1`, …) instead of
    /// `doc-1`, … (for corpora split over files whose documents must stay apart).
    pub fn with_file_ids(mut self, file_ids: bool) -> Self {
        self.file_ids = file_ids;
        self
    }

    fn next_id(&self) -> String {
        let stem = if self.file_ids { self.stem.as_str() } else { "doc" };
        format!("{stem}-{}", self.count + 1)
    }

    /// Closes the open document (if it holds anything) and starts `next`.
    fn close(&mut self, next: DocBuilder) -> Option<Record> {
        let doc = std::mem::replace(&mut self.doc, next);
        if !(doc.explicit || doc.has_tokens()) {
            return None;
        }
        let id = self.next_id();
        self.count += 1;
        Some(Record { line: 0, doc: doc.finish(id) })
    }

    /// Reads one line; `Ok(None)` at the end, `Ok(Some(record))` when it closed a document.
    fn step(&mut self) -> Result<Option<Option<Record>>> {
        self.buf.clear();
        let read = self.input.read_until(b'\n', &mut self.buf);
        match read {
            Ok(0) => return Ok(None),
            Ok(_) => self.line_no += 1,
            Err(e) => return Err(Error::new(Location::new(&self.path, self.line_no + 1).doc(self.next_id()), e.into())),
        }
        let loc = || Location::new(&self.path, self.line_no).doc(self.next_id());
        let mut bytes = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
        bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        if self.line_no == 1 {
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        let line = std::str::from_utf8(bytes).map_err(|e| Error::new(loc(), ErrorKind::InvalidUtf8(e.valid_up_to())))?;
        if is_comment(line) {
            return Ok(Some(None));
        }
        if let Some(conllu) = conllu_token(line) {
            let (token, tag) = conllu.map_err(|msg| Error::new(loc(), ErrorKind::Syntax(msg)))?;
            if let Some((token, tag)) = token.zip(tag) {
                self.doc.push(token, tag);
            }
            return Ok(Some(None));
        }
        let mut fields = line.split_whitespace();
        let Some(token) = fields.next() else {
            self.doc.end_sentence();
            return Ok(Some(None));
        };
        if token == "-DOCSTART-" {
            return Ok(Some(self.close(DocBuilder { explicit: true, ..Default::default() })));
        }
        let Some(tag) = fields.last() else {
            return Err(Error::new(loc(), ErrorKind::Syntax(format!("line has one column (`{token}`); expected `token … TAG`"))));
        };
        let tag = Tag::parse(tag).ok_or_else(|| {
            let msg = format!("bad tag `{tag}`: expected O, B-TYPE, I-TYPE, E-TYPE or S-TYPE");
            Error::new(loc(), ErrorKind::Syntax(msg))
        })?;
        self.doc.push(token, tag);
        Ok(Some(None))
    }
}

/// A `#` comment line (MultiCoNER / WNUT `# id … domain=en`, CoNLL-U `# sent_id = 1`):
/// starts with `#` and either holds a `=` or does not end in a tag. A token `#`
/// tagged `O` (`# O`) is a token line.
fn is_comment(line: &str) -> bool {
    let trimmed = line.trim_start();
    if !trimmed.starts_with('#') {
        return false;
    }
    let fields: Vec<&str> = trimmed.split_whitespace().collect();
    fields.len() < 2 || fields.iter().skip(1).any(|f| f.contains('=')) || fields.last().is_none_or(|t| Tag::parse(t).is_none())
}

/// A CoNLL-U line's token and tag (both `None` for a line that holds no token), or
/// what is wrong with it.
type ConlluToken<'a> = std::result::Result<(Option<&'a str>, Option<Tag<'a>>), String>;

/// A CoNLL-U token line (ten tab-separated columns, a numeric ID): the token (FORM)
/// and its tag from the MISC column's `NER=` entry. Multi-word token ranges (`1-2`)
/// and empty nodes (`1.1`) give no token. `None`: not a CoNLL-U line.
fn conllu_token(line: &str) -> Option<ConlluToken<'_>> {
    let cols: Vec<&str> = line.split('\t').collect();
    let [id, form, _, _, _, _, _, _, _, misc] = cols.as_slice() else { return None };
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '.') {
        return None;
    }
    if Tag::parse(misc.trim()).is_some() {
        return None; // a ten-column file with the tag last
    }
    if id.contains(['-', '.']) {
        return Some(Ok((None, None)));
    }
    let Some(ner) = misc.split('|').find_map(|kv| kv.strip_prefix("NER=")) else {
        return Some(Err(format!("CoNLL-U line without `NER=` in its MISC column (`{misc}`)")));
    };
    Some(match Tag::parse(ner) {
        Some(tag) => Ok((Some(*form), Some(tag))),
        None => Err(format!("bad tag `{ner}` in MISC `NER=`: expected O, B-TYPE, I-TYPE, E-TYPE or S-TYPE")),
    })
}

impl<R: BufRead> Iterator for ConllReader<R> {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.step() {
                Ok(Some(Some(record))) => return Some(Ok(record)),
                Ok(Some(None)) => {}
                Ok(None) => {
                    self.done = true;
                    return self.close(DocBuilder::default()).map(Ok);
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

/// A parsed NER tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag<'a> {
    Outside,
    Begin(&'a str),
    Inside(&'a str),
    End(&'a str),
    Single(&'a str),
}

impl<'a> Tag<'a> {
    fn parse(tag: &'a str) -> Option<Tag<'a>> {
        if tag == "O" {
            return Some(Tag::Outside);
        }
        let (prefix, label) = tag.split_once('-')?;
        if label.is_empty() {
            return None;
        }
        match prefix {
            "B" => Some(Tag::Begin(label)),
            "I" => Some(Tag::Inside(label)),
            "E" => Some(Tag::End(label)),
            "S" => Some(Tag::Single(label)),
            _ => None,
        }
    }
}

/// One document being read: its text so far and its chunks.
#[derive(Default)]
struct DocBuilder {
    /// Started by a `-DOCSTART-` line (kept even when empty).
    explicit: bool,
    text: String,
    spans: Vec<Span>,
    in_sentence: bool,
    /// The open chunk: label, start byte and end byte (end of its last token).
    chunk: Option<(String, usize, usize)>,
}

impl DocBuilder {
    fn has_tokens(&self) -> bool {
        !self.text.is_empty()
    }

    fn push(&mut self, token: &str, tag: Tag<'_>) {
        if self.in_sentence {
            self.text.push(' ');
        } else if self.has_tokens() {
            self.text.push('\n');
        }
        self.in_sentence = true;
        let start = self.text.len();
        let continues = |label: &str, chunk: &Option<(String, usize, usize)>| chunk.as_ref().is_some_and(|(l, ..)| l == label);
        match tag {
            Tag::Outside => self.close_chunk(),
            Tag::Begin(label) | Tag::Single(label) => {
                self.close_chunk();
                self.chunk = Some((label.to_string(), start, start));
            }
            Tag::Inside(label) | Tag::End(label) => {
                if !continues(label, &self.chunk) {
                    self.close_chunk();
                    self.chunk = Some((label.to_string(), start, start));
                }
            }
        }
        self.text.push_str(token);
        if let Some((_, _, end)) = &mut self.chunk {
            *end = self.text.len();
        }
        if matches!(tag, Tag::Single(_) | Tag::End(_)) {
            self.close_chunk();
        }
    }

    fn close_chunk(&mut self) {
        if let Some((label, start, end)) = self.chunk.take() {
            self.spans.push(Span::new(start, end, label));
        }
    }

    fn end_sentence(&mut self) {
        self.close_chunk();
        self.in_sentence = false;
    }

    fn finish(mut self, id: String) -> AnnotatedDoc {
        self.end_sentence();
        self.spans.sort();
        // A CoNLL file labels the entities layer, unless it holds labels of a layer
        // the user named (`WEAPON`): then it covers only its labels' layers, so that
        // scoring it does not count the bundled entities as spurious.
        let layers = if self.spans.iter().any(|s| s.layer().is_none()) {
            let mut layers: Vec<Layer> = self.spans.iter().filter_map(Span::layer).collect();
            layers.sort();
            layers.dedup();
            layers
        } else {
            vec![Layer::Entities]
        };
        AnnotatedDoc { doc: Document::new(id, self.text), spans: self.spans, layers }
    }
}

/// Writes documents as a two-column CoNLL file (`token TAG`) with tags in `scheme`;
/// returns what CoNLL could not hold ([`crate::Format::capabilities`]: no overlaps,
/// no values or attributes).
///
/// A span that is not a range of its text, or a label containing whitespace, is an
/// [`ErrorKind::Unwritable`] error.
pub fn write<W: Write>(out: &mut W, docs: &[AnnotatedDoc], scheme: TagScheme) -> Result<Loss> {
    let mut loss = Loss::none(Format::Conll);
    for doc in docs {
        loss.add(&write_doc(out, doc, scheme)?);
    }
    Ok(loss)
}

/// Writes one document (its `-DOCSTART-` line, then its sentences); returns what
/// CoNLL could not hold of it. The tokens come from the text alone ([`tokens`]), so
/// two files of the same text (gold and prediction) line up token for token; a span
/// that starts or ends inside a token is widened to the whole token (counted in
/// [`Loss::widened`]).
pub fn write_doc<W: Write>(out: &mut W, doc: &AnnotatedDoc, scheme: TagScheme) -> Result<Loss> {
    let (spans, mut loss) = writable_spans(doc)?;
    let mut block = String::from("-DOCSTART- -X- -X- O\n\n");
    let text = &doc.doc.text;
    let mut line_start = 0;
    let lines: Vec<Vec<(usize, usize)>> = text
        .split('\n')
        .map(|line| {
            let toks = tokens(line).into_iter().map(|(s, e)| (s + line_start, e + line_start)).collect();
            line_start += line.len() + 1;
            toks
        })
        .collect();
    // Each span as the tokens it touches; a span widened when its edges fall inside tokens.
    let all: Vec<(usize, usize)> = lines.iter().flatten().copied().collect();
    let mut chunk_of: Vec<Option<usize>> = vec![None; all.len()];
    for (n, span) in spans.iter().enumerate() {
        let first = all.partition_point(|&(_, e)| e <= span.start);
        let last = all.partition_point(|&(s, _)| s < span.end);
        let covered = all.get(first..last).unwrap_or_default();
        let (Some(&(s, _)), Some(&(_, e))) = (covered.first(), covered.last()) else { continue };
        if covered.iter().zip(chunk_of.get(first..last).unwrap_or_default()).any(|(_, c)| c.is_some()) {
            loss.overlapping += 1; // widened into a token an earlier span holds
            continue;
        }
        if (s, e) != (span.start, span.end) {
            loss.widened += 1;
        }
        for slot in chunk_of.get_mut(first..last).unwrap_or_default() {
            *slot = Some(n);
        }
    }
    let mut index = 0;
    for line in &lines {
        if line.is_empty() {
            continue;
        }
        let chunks = chunk_of.get(index..index + line.len()).unwrap_or_default();
        for (i, &(start, end)) in line.iter().enumerate() {
            let token = text.get(start..end).unwrap_or_default();
            let at =
                |i: Option<usize>| i.and_then(|i| chunks.get(i).copied().flatten()).and_then(|n| spans.get(n).copied().map(|s| (n, s)));
            let tag = tag_of(at(Some(i)), if i == 0 { None } else { at(Some(i - 1)) }, at(Some(i + 1)), scheme);
            block.push_str(token);
            block.push(' ');
            block.push_str(&tag);
            block.push('\n');
        }
        index += line.len();
        block.push('\n');
    }
    out.write_all(block.as_bytes()).map_err(|e| Error::new(Location::default().doc(doc.doc.id.clone()), e.into()))?;
    Ok(loss)
}

/// The spans to write and what is left out, as CoNLL's capabilities select them
/// (sorted, overlaps dropped: the first kept); spans with an empty label are
/// skipped. Every span is checked first.
fn writable_spans(doc: &AnnotatedDoc) -> Result<(Vec<&Span>, Loss)> {
    let invalid = |msg: String| Error::new(Location::default().doc(doc.doc.id.clone()), ErrorKind::Unwritable(msg));
    for span in doc.spans.iter().filter(|s| !s.label.is_empty()) {
        if span.start >= span.end || doc.doc.text.get(span.start..span.end).is_none() {
            return Err(invalid(format!("span {}..{} is not a range of the text", span.start, span.end)));
        }
        if span.label.contains(char::is_whitespace) {
            return Err(invalid(format!("label {:?} contains whitespace", span.label)));
        }
    }
    let (mut spans, loss) = Format::Conll.capabilities().select(Format::Conll, doc);
    spans.retain(|s| !s.label.is_empty());
    Ok((spans, loss))
}

/// The tokens of one line of text, as byte ranges: the CoNLL writer's tokeniser,
/// which looks at the text alone. Whitespace (and control characters) separates
/// tokens. A word is a run of letters, digits and marks; inside it `-` and `'`/`’`
/// between word characters join (`Jean-Pierre`, `26-year-old`, `Shi'ite`, `n't`),
/// except a `-` between a part with a capital and one without (`ISIS-held`,
/// `anti-ISIS`, `al-Assad`: names are tagged inside such words) and an apostrophe
/// before a clitic (`'s`, `'m`, `'re`, `'ve`, `'ll`, `'d`), which is a token of its
/// own (as in CoNLL-2003: `world 's`, `I 'm`); `.` joins single-letter abbreviations (`U.S.`, with
/// the final dot) and decimals (`3.5`, `.596`); `,`, `/` and `:` join digits (`1,000`,
/// `1/2`, `13:06`). Any other
/// character is a token of its own, runs of the same `.`, `-`, `!`, `?` together
/// (`...`). These are the news tokeniser's rules (the annotator's), less its list of
/// dotted titles and with every clitic split, so the spans tageval tags fall on these
/// tokens, and the tokens of a CoNLL-2003 file come back as they were.
pub fn tokens(line: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(line.len(), |&(i, _)| i);
    let is_word = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_alphanumeric() || is_mark(c));
    let is_digit = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit());
    let is_char = |k: usize, want: char| chars.get(k).is_some_and(|&(_, c)| c == want);
    // A clitic after an apostrophe at `k` (`'s`, `'m`, `'re`, `'ve`, `'ll`, `'d`, any case):
    // how many characters it has, when a word does not go on after it.
    let clitic = |k: usize| {
        let lower = |i: usize| chars.get(i).map(|&(_, c)| c.to_ascii_lowercase());
        let len = match (lower(k + 1), lower(k + 2)) {
            (Some('s' | 'm' | 'd'), _) => 1,
            (Some('r'), Some('e')) | (Some('v'), Some('e')) | (Some('l'), Some('l')) => 2,
            _ => return None,
        };
        (!is_word(k + 1 + len)).then_some(len)
    };
    // Whether the word part `from..hyphen` and the one after the hyphen differ in
    // having a capital (`ISIS-held`, `anti-ISIS`, `UK-based`: a name and a word).
    let case_changes = |from: usize, hyphen: usize| {
        let upper = |range: &mut dyn Iterator<Item = usize>| {
            range.take_while(|&i| is_word(i)).any(|i| chars.get(i).is_some_and(|&(_, c)| c.is_uppercase()))
        };
        let before = upper(&mut (from..hyphen));
        let after = upper(&mut (hyphen + 1..chars.len()));
        before != after
    };
    let mut out = Vec::new();
    let mut k = 0;
    while let Some(&(start, c)) = chars.get(k) {
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        let starts_word = k == 0 || chars.get(k - 1).is_none_or(|&(_, p)| p.is_whitespace() || !(p.is_alphanumeric() || is_mark(p)));
        if !(is_word(k) || (c == '.' && starts_word && is_digit(k + 1))) {
            let mut j = k + 1;
            if let Some(len) = clitic(k).filter(|_| matches!(c, '\'' | '’')) {
                j += len;
            } else if matches!(c, '.' | '-' | '!' | '?') {
                while is_char(j, c) {
                    j += 1;
                }
            }
            out.push((start, end_of(j)));
            k = j;
            continue;
        }
        // A word: k..j, with the length of its current `.`-separated segment.
        let mut j = k + 1;
        let mut seg = 1;
        let mut single_letters = true;
        let mut dotted = false;
        let mut part = k;
        while let Some(&(_, d)) = chars.get(j) {
            if is_word(j) {
                j += 1;
                seg += 1;
            } else if d == '-' && is_word(j + 1) && !case_changes(part, j) {
                j += 1;
                part = j;
                seg += 1;
                single_letters = false;
            } else if matches!(d, '\'' | '’') && is_word(j + 1) && clitic(j).is_none() {
                j += 1;
                seg += 1;
            } else if matches!(d, ',' | '/' | ':' | '.') && is_digit(j - 1) && is_digit(j + 1) {
                j += 1;
            } else if d == '.' {
                let one_letter = seg == 1 && chars.get(j - 1).is_some_and(|&(_, c)| c.is_alphabetic());
                if seg > 1 {
                    single_letters = false;
                }
                if one_letter && single_letters && is_word(j + 1) {
                    j += 1; // U.S, e.g: the chain goes on
                    seg = 0;
                    dotted = true;
                    continue;
                }
                let initial = j == k + 1 && chars.get(k).is_some_and(|&(_, c)| c.is_uppercase());
                if !is_word(j + 1) && ((dotted && single_letters && one_letter) || initial) {
                    j += 1; // the final dot of `U.S.`, an initial `W.`
                }
                break;
            } else {
                break;
            }
        }
        out.push((start, end_of(j)));
        k = j;
    }
    out
}

/// Combining marks of the common scripts: they continue the word they follow.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}')
}

/// The tag of a token in chunk `chunk` (the span's index and the span), between
/// tokens in `prev` and `next`.
fn tag_of(chunk: Option<(usize, &Span)>, prev: Option<(usize, &Span)>, next: Option<(usize, &Span)>, scheme: TagScheme) -> String {
    let Some((n, span)) = chunk else { return "O".to_string() };
    let same = |other: Option<(usize, &Span)>| other.is_some_and(|(o, _)| o == n);
    let (begins, ends) = (!same(prev), !same(next));
    let prefix = match scheme {
        TagScheme::Iob1 if begins && prev.is_some_and(|(_, p)| p.label == span.label) => "B",
        TagScheme::Iob1 => "I",
        TagScheme::Iob2 if begins => "B",
        TagScheme::Iob2 => "I",
        TagScheme::Bioes => match (begins, ends) {
            (true, true) => "S",
            (true, false) => "B",
            (false, true) => "E",
            (false, false) => "I",
        },
    };
    format!("{prefix}-{}", span.label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(input: &str) -> Result<Vec<AnnotatedDoc>> {
        read(input.as_bytes(), Path::new("dir/t.conll"))
    }

    fn spans_of(doc: &AnnotatedDoc) -> Vec<(String, String)> {
        doc.spans.iter().map(|s| (s.label.clone(), s.text(&doc.doc.text).to_string())).collect()
    }

    #[test]
    fn comment_lines_are_skipped_but_a_hash_token_is_read() {
        let input = "# id 5b6ddd14 domain=en\nJohn B-PER\nvisits O\n# O\n\n# sent_id = 2\nKilis B-LOC\n";
        let docs = read_str(input).expect("reads");
        assert_eq!(docs[0].doc.text, "John visits #\nKilis");
        assert_eq!(spans_of(&docs[0]), [("PER".to_string(), "John".to_string()), ("LOC".to_string(), "Kilis".to_string())]);
    }

    #[test]
    fn conllu_takes_the_tag_from_misc_ner() {
        let input = "# text = John visits Kilis.\n1\tJohn\tJohn\tPROPN\t_\t_\t2\tnsubj\t_\tNER=B-PER\n\
2-3\tvisits\t_\t_\t_\t_\t_\t_\t_\t_\n2\tvisits\tvisit\tVERB\t_\t_\t0\troot\t_\tNER=O\n\
3\tKilis\tKilis\tPROPN\t_\t_\t2\tobj\t_\tSpaceAfter=No|NER=B-LOC\n\n";
        let docs = read_str(input).expect("reads");
        assert_eq!(docs[0].doc.text, "John visits Kilis");
        assert_eq!(spans_of(&docs[0]), [("PER".to_string(), "John".to_string()), ("LOC".to_string(), "Kilis".to_string())]);
        let err = read_str("1\tJohn\tJohn\tPROPN\t_\t_\t2\tnsubj\t_\tSpaceAfter=No\n").unwrap_err().to_string();
        assert!(err.contains("without `NER=` in its MISC column"), "{err}");
    }

    fn chunks(doc: &AnnotatedDoc) -> Vec<(&str, &str)> {
        doc.spans.iter().map(|s| (s.text(&doc.doc.text), s.label.as_str())).collect()
    }

    fn write_str(docs: &[AnnotatedDoc], scheme: TagScheme) -> String {
        let mut out = Vec::new();
        write(&mut out, docs, scheme).unwrap();
        String::from_utf8(out).unwrap()
    }

    const IOB1: &str = "-DOCSTART- -X- -X- O\r\n\r\nEU NNP I-NP I-ORG\r\nrejects VBZ I-VP O\r\nGerman JJ I-NP I-MISC\r\ncall NN I-NP O\r\n\r\n\
Peter NNP I-NP I-PER\r\nBlackburn NNP I-NP I-PER\r\nmet O\r\nAnn I-PER\r\nSmith B-PER\r\n\r\n-DOCSTART- -X- -X- O\r\n\r\n-DOCSTART- -X- -X- O\r\n\r\nBRUSSELS NNP I-NP I-LOC\r\n";

    #[test]
    fn reads_iob1_documents_and_sentences() {
        let docs = read_str(IOB1).unwrap();
        let ids: Vec<_> = docs.iter().map(|d| d.doc.id.as_str()).collect();
        assert_eq!(ids, vec!["doc-1", "doc-2", "doc-3"]);
        assert_eq!(docs[0].doc.text, "EU rejects German call\nPeter Blackburn met Ann Smith");
        assert_eq!(chunks(&docs[0]), vec![("EU", "ORG"), ("German", "MISC"), ("Peter Blackburn", "PER"), ("Ann", "PER"), ("Smith", "PER")]);
        assert_eq!(docs[1].doc.text, "");
        assert_eq!(chunks(&docs[2]), vec![("BRUSSELS", "LOC")]);
        assert_eq!(docs[0].layers, vec![Layer::Entities]);
        let custom = read_str("Grad B-WEAPON\nrockets I-WEAPON\nhit O\nAleppo B-LOC\n").unwrap();
        assert_eq!(custom[0].layers, vec![Layer::Entities], "WEAPON belongs to no built-in layer; LOC does");
        let custom = read_str("Grad B-WEAPON\nrockets I-WEAPON\n").unwrap();
        assert_eq!(custom[0].layers, Vec::<Layer>::new(), "a file of a user-named layer's labels covers no built-in layer");
    }

    #[test]
    fn one_decoder_reads_iob2_and_bioes() {
        let iob2 = read_str("a B-PER\nb I-PER\nc B-PER\nd I-LOC\ne O\n").unwrap();
        let bioes = read_str("a B-PER\nb E-PER\nc S-PER\nd E-LOC\ne O\n").unwrap();
        assert_eq!(iob2[0].doc.id, "doc-1", "a file without -DOCSTART- is one document");
        assert_eq!(chunks(&iob2[0]), vec![("a b", "PER"), ("c", "PER"), ("d", "LOC")]);
        assert_eq!(chunks(&bioes[0]), chunks(&iob2[0]));
        let split = read_str("a I-PER\n\nb I-PER\nc E-PER\nd I-PER\n").unwrap();
        assert_eq!(chunks(&split[0]), vec![("a", "PER"), ("b c", "PER"), ("d", "PER")]);
        assert!(read_str("").unwrap().is_empty());
    }

    #[test]
    fn malformed_lines_name_the_line() {
        let err = |s: &str| read_str(s).unwrap_err().to_string();
        assert_eq!(
            err("-DOCSTART- O\n\na O\nlonely\n"),
            "dir/t.conll:4 (doc doc-1): line has one column (`lonely`); expected `token … TAG`"
        );
        assert_eq!(err("a O\nb X-PER\n"), "dir/t.conll:2 (doc doc-1): bad tag `X-PER`: expected O, B-TYPE, I-TYPE, E-TYPE or S-TYPE");
        assert_eq!(err("a B-\n"), "dir/t.conll:1 (doc doc-1): bad tag `B-`: expected O, B-TYPE, I-TYPE, E-TYPE or S-TYPE");
        let bad = read(&b"a O\r\nb \xC3 O\n"[..], Path::new("dir/t.conll")).unwrap_err().to_string();
        assert_eq!(bad, "dir/t.conll:2 (doc doc-1): invalid UTF-8 at byte 2 of the line");
    }

    #[test]
    fn writes_each_scheme() {
        let docs = read_str(IOB1).unwrap();
        let first = &docs[..1];
        let sentence2 = |s: String| s.split("\n\n").nth(2).unwrap_or_default().to_string();
        assert_eq!(sentence2(write_str(first, TagScheme::Iob1)), "Peter I-PER\nBlackburn I-PER\nmet O\nAnn I-PER\nSmith B-PER");
        assert_eq!(sentence2(write_str(first, TagScheme::Iob2)), "Peter B-PER\nBlackburn I-PER\nmet O\nAnn B-PER\nSmith B-PER");
        assert_eq!(sentence2(write_str(first, TagScheme::Bioes)), "Peter B-PER\nBlackburn E-PER\nmet O\nAnn S-PER\nSmith S-PER");
        for scheme in [TagScheme::Iob1, TagScheme::Iob2, TagScheme::Bioes] {
            let back = read_str(&write_str(&docs, scheme)).unwrap();
            assert_eq!(back, docs, "{scheme:?}");
        }
        assert!(write_str(&docs, TagScheme::Iob1).starts_with("-DOCSTART- -X- -X- O\n\nEU I-ORG\nrejects O\n"));
    }

    #[test]
    fn tokens_come_from_the_text_alone() {
        let line = "The U.S.-led coalition hit Raqqa, Syria... ISIL's 1,000 26-year-old men (3.5%) met George W. Bush in al-Bab's Shi'ite quarter.";
        let toks: Vec<&str> = tokens(line).into_iter().map(|(s, e)| &line[s..e]).collect();
        assert_eq!(
            toks,
            [
                "The", "U.S.", "-", "led", "coalition", "hit", "Raqqa", ",", "Syria", "...", "ISIL", "'s", "1,000", "26-year-old", "men",
                "(", "3.5", "%", ")", "met", "George", "W.", "Bush", "in", "al", "-", "Bab", "'s", "Shi'ite", "quarter", "."
            ]
        );
        let toks: Vec<&str> = tokens("Köln\u{301}, e.g. A.").into_iter().map(|(s, e)| &"Köln\u{301}, e.g. A."[s..e]).collect();
        assert_eq!(toks, ["Köln\u{301}", ",", "e.g.", "A."]);
    }

    #[test]
    fn gold_and_prediction_of_one_text_line_up_token_for_token() {
        let text = "The U.S.-led  coalition\n\nhit Raqqa, Syria.";
        let at = |s: &str| text.find(s).unwrap();
        let doc = |spans: Vec<Span>| AnnotatedDoc { doc: Document::new("x", text), spans, layers: Vec::new() };
        let gold = doc(vec![Span::new(at("U.S."), at("U.S.") + 4, "LOC"), Span::new(at("Raqqa"), at("Syria") + 5, "LOC")]);
        let pred = doc(vec![Span::new(at("Raqqa"), at("Raqqa") + 5, "LOC"), Span::new(at("Syria"), at("Syria") + 5, "LOC")]);
        let (g, p) = (write_str(&[gold], TagScheme::Iob2), write_str(&[pred], TagScheme::Iob2));
        let column = |s: &str, n: usize| s.lines().map(|l| l.split(' ').nth(n).unwrap_or("").to_string()).collect::<Vec<_>>();
        assert_eq!(column(&g, 0), column(&p, 0), "the same tokens, whatever the spans");
        assert_eq!(
            g,
            "-DOCSTART- -X- -X- O\n\nThe O\nU.S. B-LOC\n- O\nled O\ncoalition O\n\nhit O\nRaqqa B-LOC\n, I-LOC\nSyria I-LOC\n. O\n\n"
        );
        assert_eq!(column(&p, 1), ["-X-", "", "O", "O", "O", "O", "O", "", "O", "B-LOC", "O", "B-LOC", "O", ""]);
        let back = read_str(&g).unwrap();
        assert_eq!(back[0].doc.text, "The U.S. - led coalition\nhit Raqqa , Syria .");
        assert_eq!(chunks(&back[0]), vec![("U.S.", "LOC"), ("Raqqa , Syria", "LOC")]);
    }

    #[test]
    fn a_span_edge_inside_a_token_widens_the_span_and_is_counted() {
        let text = "Syrians left Aleppo";
        let doc = AnnotatedDoc {
            doc: Document::new("x", text),
            spans: vec![Span::new(0, 3, "MISC"), Span::new(3, 7, "PER"), Span::new(13, 17, "LOC")],
            layers: Vec::new(),
        };
        let mut out = Vec::new();
        let loss = write(&mut out, &[doc], TagScheme::Iob2).unwrap();
        assert_eq!((loss.widened, loss.overlapping), (2, 1), "Syr -> Syrians, Alep -> Aleppo; ians would take Syrians again");
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("Syrians B-MISC\nleft O\nAleppo B-LOC\n"), "{out}");
        assert!(loss.to_string().contains("widened to whole tokens"), "{loss}");
    }

    #[test]
    fn write_rejects_what_cannot_be_written() {
        let mut doc = AnnotatedDoc { doc: Document::new("x", "é b"), ..Default::default() };
        doc.spans = vec![Span::new(1, 2, "LOC")];
        assert!(write(&mut Vec::new(), &[doc.clone()], TagScheme::Iob2).is_err());
        doc.spans = vec![Span::new(3, 4, "A B")];
        assert!(write(&mut Vec::new(), &[doc], TagScheme::Iob2).is_err());
    }
}
