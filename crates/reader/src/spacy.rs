//! spaCy DocBin (`.spacy`): the binary files `spacy train` and `spacy evaluate` read,
//! so their users can score the same files with tageval.
//!
//! A DocBin is a msgpack map, zlib-compressed as spaCy writes it (an uncompressed
//! one is read too), laid out as spaCy's `tokens/_serialize.py` writes it:
//!
//! - `attrs`: the attribute ids of the token columns (`ORTH` 65 first; `ENT_IOB` 77,
//!   `ENT_TYPE` 78 among the default ones);
//! - `tokens`: every document's token rows, one `uint64` (little-endian) per column;
//! - `spaces`: one byte per token, whether a space follows it;
//! - `lengths`: each document's token count (`int32`);
//! - `strings`: every string the hashes stand for (token texts, labels); spaCy hashes
//!   a string with MurmurHash64A (seed 1) over its UTF-8 bytes, the empty string is 0,
//!   and a string of its symbol table (`spacy_symbols.tsv`: `LOC`, `ORG`, `DATE`, …)
//!   is its symbol id instead;
//! - `flags`: per document, `has_unknown_spaces` (then spaCy puts a space after every
//!   token);
//! - `span_groups`: per document, msgpack bytes of its `doc.spans`: a map from a
//!   group's bytes to its keys (spaCy ≥ 3.3) or a list of group bytes (older), each
//!   group a map `{name, attrs, spans}` whose spans are packed big-endian as
//!   `>QQQllll` (id, kb_id, label, start token, end token, start char, end char);
//! - `cats`, `user_data`, `version`: not read.
//!
//! A document's text is its tokens' texts, each followed by a space when `spaces`
//! says so (the text spaCy's `doc.text` gives). Its spans are `doc.ents`, decoded
//! from the `ENT_IOB` (0 missing, 1 `I`, 2 `O`, 3 `B`) and `ENT_TYPE` columns, or with
//! a key (`--spans-key sc`) the span group of that key. Documents are numbered
//! `<file stem>-1`, `-2`, … (a DocBin keeps no ids). No layers are declared: the
//! labels say which layers the spans belong to. Spans of one layer that overlap (a
//! span group may hold them) are an error, as in every format.
//!
//! Everything is checked: a file that is not a DocBin, a column or length that does
//! not add up, a hash that names no string, a span outside its document, or a
//! compressed file larger than [`MAX_BYTES`] once inflated is an error naming the
//! file (and the document), never a panic.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use rmpv::Value;

use crate::error::{Error, ErrorKind, Location, Result};
use crate::model::{AnnotatedDoc, Document, Span};

/// The largest DocBin read, once inflated (a guard against zip bombs).
pub const MAX_BYTES: u64 = 1 << 30;

/// spaCy's symbol table (`spacy.symbols.IDS`): strings its StringStore maps to these
/// small ids instead of their hash (attribute names, entity labels such as `LOC`, POS
/// tags, dependency labels). One `name\tid` a line, `#` comments.
static SYMBOLS: std::sync::LazyLock<Vec<(&'static str, u64)>> = std::sync::LazyLock::new(|| {
    include_str!("spacy_symbols.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t').and_then(|(name, id)| Some((name, id.trim().parse().ok()?))))
        .collect()
});

/// The id of a symbol (0 for one not in the table).
fn symbol(name: &str) -> u64 {
    SYMBOLS.iter().find(|(n, _)| *n == name).map_or(0, |&(_, id)| id)
}

/// Reads a DocBin file: `doc.ents`, or the span group `spans_key`.
pub fn read_file(path: &Path, spans_key: Option<&str>) -> Result<Vec<AnnotatedDoc>> {
    crate::shared::check_regular_file(path)?;
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    read_bytes(&bytes, path, spans_key)
}

/// Reads DocBin bytes; `path` names them in errors and gives the id stem.
pub fn read_bytes(bytes: &[u8], path: &Path, spans_key: Option<&str>) -> Result<Vec<AnnotatedDoc>> {
    let fail = |msg: String| Error::new(Location::new(path, 0), ErrorKind::Syntax(msg));
    let inflated;
    let raw = if bytes.first() == Some(&0x78) {
        let mut out = Vec::new();
        let mut decoder = flate2::read::ZlibDecoder::new(bytes).take(MAX_BYTES + 1);
        decoder.read_to_end(&mut out).map_err(|e| fail(format!("not a spaCy DocBin: zlib: {e}")))?;
        if out.len() as u64 > MAX_BYTES {
            return Err(fail(format!("a DocBin larger than {MAX_BYTES} bytes once inflated")));
        }
        inflated = out;
        inflated.as_slice()
    } else {
        bytes
    };
    let msg = rmpv::decode::read_value(&mut &raw[..]).map_err(|e| fail(format!("not a spaCy DocBin: msgpack: {e}")))?;
    let bin = DocBin::parse(&msg).map_err(|m| fail(format!("not a spaCy DocBin: {m}")))?;
    let stem = crate::shared::stem(path);
    let mut docs = Vec::with_capacity(bin.lengths.len());
    let mut first = 0usize;
    for (n, &len) in bin.lengths.iter().enumerate() {
        let id = format!("{stem}-{}", n + 1);
        let located = |msg: String| Error::new(Location::new(path, 0).doc(id.clone()), ErrorKind::Syntax(msg));
        let doc = bin.doc(n, first, len, spans_key, id.clone()).map_err(located)?;
        let map = crate::offsets::CharMap::new(&doc.doc.text);
        crate::boundary::check_overlaps(&doc.spans, &map, &Location::new(path, 0).doc(id.clone()))?;
        first += len;
        docs.push(doc);
    }
    Ok(docs)
}

/// The parts of a DocBin tageval reads.
struct DocBin<'a> {
    /// Column index of ORTH, ENT_IOB and ENT_TYPE.
    orth: usize,
    ent: Option<(usize, usize)>,
    columns: usize,
    tokens: &'a [u8],
    spaces: &'a [u8],
    lengths: Vec<usize>,
    strings: HashMap<u64, &'a str>,
    unknown_spaces: Vec<bool>,
    span_groups: Vec<&'a [u8]>,
}

fn field<'a>(map: &'a [(Value, Value)], key: &str) -> Option<&'a Value> {
    map.iter().find(|(k, _)| k.as_str() == Some(key)).map(|(_, v)| v)
}

fn bytes_of<'a>(map: &'a [(Value, Value)], key: &str) -> std::result::Result<&'a [u8], String> {
    match field(map, key) {
        Some(Value::Binary(b)) => Ok(b),
        Some(Value::String(s)) => Ok(s.as_bytes()),
        Some(_) => Err(format!("`{key}` is not bytes")),
        None => Err(format!("no `{key}`")),
    }
}

impl<'a> DocBin<'a> {
    fn parse(msg: &'a Value) -> std::result::Result<DocBin<'a>, String> {
        let Value::Map(map) = msg else { return Err("not a msgpack map".into()) };
        let attrs: Vec<u64> = match field(map, "attrs") {
            Some(Value::Array(items)) => {
                items.iter().map(|v| v.as_u64().ok_or("`attrs` holds a non-integer")).collect::<std::result::Result<_, _>>()?
            }
            _ => return Err("no `attrs` list".into()),
        };
        let column = |name: &str| attrs.iter().position(|&a| a == symbol(name));
        let orth = column("ORTH").ok_or("`attrs` has no ORTH column")?;
        let ent = column("ENT_IOB").zip(column("ENT_TYPE"));
        let tokens = bytes_of(map, "tokens")?;
        let spaces = bytes_of(map, "spaces")?;
        let lengths_raw = bytes_of(map, "lengths")?;
        if lengths_raw.len() % 4 != 0 {
            return Err("`lengths` is not a list of int32".into());
        }
        let lengths: Vec<usize> = lengths_raw
            .chunks_exact(4)
            .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .map(|n| usize::try_from(n).map_err(|_| format!("negative document length {n}")))
            .collect::<std::result::Result<_, _>>()?;
        let total: usize = lengths.iter().sum();
        let row = attrs.len() * 8;
        if tokens.len() != total * row {
            return Err(format!("`tokens` holds {} bytes, not {total} tokens × {} columns × 8", tokens.len(), attrs.len()));
        }
        if spaces.len() != total {
            return Err(format!("`spaces` holds {} entries for {total} tokens", spaces.len()));
        }
        let mut strings = HashMap::new();
        match field(map, "strings") {
            Some(Value::Array(items)) => {
                let symbols: HashMap<&str, u64> = SYMBOLS.iter().copied().collect();
                for item in items {
                    let s = item.as_str().ok_or("`strings` holds a non-string")?;
                    strings.insert(symbols.get(s).copied().unwrap_or_else(|| hash_string(s)), s);
                }
            }
            _ => return Err("no `strings` list".into()),
        }
        let unknown_spaces = match field(map, "flags") {
            Some(Value::Array(items)) => items
                .iter()
                .map(|f| f.as_map().and_then(|m| field(m, "has_unknown_spaces")).and_then(Value::as_bool).unwrap_or(false))
                .collect(),
            _ => Vec::new(),
        };
        let span_groups = match field(map, "span_groups") {
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| match v {
                    Value::Binary(b) => Ok(b.as_slice()),
                    _ => Err("`span_groups` holds something other than bytes"),
                })
                .collect::<std::result::Result<_, _>>()?,
            _ => Vec::new(),
        };
        Ok(DocBin { orth, ent, columns: attrs.len(), tokens, spaces, lengths, strings, unknown_spaces, span_groups })
    }

    fn cell(&self, token: usize, column: usize) -> u64 {
        let at = (token * self.columns + column) * 8;
        self.tokens.get(at..at + 8).and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes)
    }

    fn string(&self, hash: u64) -> std::result::Result<&'a str, String> {
        if hash == 0 {
            return Ok("");
        }
        self.strings.get(&hash).copied().ok_or_else(|| format!("hash {hash} names no string of the DocBin"))
    }

    /// Document `n`: tokens `first..first + len`.
    fn doc(&self, n: usize, first: usize, len: usize, spans_key: Option<&str>, id: String) -> std::result::Result<AnnotatedDoc, String> {
        let unknown = self.unknown_spaces.get(n).copied().unwrap_or(false);
        let mut text = String::new();
        // Byte range of each token in the text.
        let mut bounds = Vec::with_capacity(len + 1);
        for t in first..first + len {
            let start = text.len();
            text.push_str(self.string(self.cell(t, self.orth))?);
            bounds.push((start, text.len()));
            if unknown || self.spaces.get(t).is_some_and(|&b| b != 0) {
                text.push(' ');
            }
        }
        let spans = match spans_key {
            None => self.ents(first, len, &bounds)?,
            Some(key) => self.group(n, key, &bounds)?,
        };
        Ok(AnnotatedDoc { doc: Document::new(id, text), spans, layers: Vec::new() })
    }

    /// `doc.ents` from the ENT_IOB / ENT_TYPE columns.
    fn ents(&self, first: usize, len: usize, bounds: &[(usize, usize)]) -> std::result::Result<Vec<Span>, String> {
        let Some((iob, kind)) = self.ent else { return Ok(Vec::new()) };
        let mut spans = Vec::new();
        let mut open: Option<(&str, usize, usize)> = None;
        for (i, &(start, end)) in bounds.iter().enumerate().take(len) {
            let t = first + i;
            let label = self.string(self.cell(t, kind))?;
            let continues = open.is_some_and(|(l, ..)| l == label);
            match self.cell(t, iob) {
                1 if continues && !label.is_empty() => {
                    if let Some(o) = &mut open {
                        o.2 = end;
                    }
                }
                1 | 3 if !label.is_empty() => {
                    spans.extend(open.take().map(|(l, s, e)| Span::new(s, e, l)));
                    open = Some((label, start, end));
                }
                0..=3 => spans.extend(open.take().map(|(l, s, e)| Span::new(s, e, l))),
                other => return Err(format!("ENT_IOB value {other} (expected 0 to 3)")),
            }
        }
        spans.extend(open.map(|(l, s, e)| Span::new(s, e, l)));
        spans.sort();
        Ok(spans)
    }

    /// The spans of the group `key` of document `n`.
    fn group(&self, n: usize, key: &str, bounds: &[(usize, usize)]) -> std::result::Result<Vec<Span>, String> {
        let bytes = self.span_groups.get(n).copied().unwrap_or_default();
        if bytes.is_empty() {
            return Ok(Vec::new());
        }
        let groups = rmpv::decode::read_value(&mut &bytes[..]).map_err(|e| format!("span groups: msgpack: {e}"))?;
        // spaCy ≥ 3.3: {group bytes: [keys]}; before: [group bytes] named inside.
        let mut found = None;
        match &groups {
            Value::Map(entries) => {
                for (group, keys) in entries {
                    let named = keys.as_array().is_some_and(|ks| ks.iter().any(|k| k.as_str() == Some(key)));
                    if named {
                        found = group_bytes(group);
                    }
                }
            }
            Value::Array(items) => {
                for group in items {
                    let Some(bytes) = group_bytes(group) else { continue };
                    let value = rmpv::decode::read_value(&mut &bytes[..]).map_err(|e| format!("span group: msgpack: {e}"))?;
                    if value.as_map().and_then(|m| field(m, "name")).and_then(Value::as_str) == Some(key) {
                        found = Some(bytes);
                    }
                }
            }
            _ => return Err("span groups are neither a map nor a list".into()),
        }
        let Some(bytes) = found else { return Ok(Vec::new()) };
        let group = rmpv::decode::read_value(&mut &bytes[..]).map_err(|e| format!("span group `{key}`: msgpack: {e}"))?;
        let spans = group
            .as_map()
            .and_then(|m| field(m, "spans"))
            .and_then(Value::as_array)
            .ok_or_else(|| format!("span group `{key}` has no `spans` list"))?;
        let mut out = Vec::with_capacity(spans.len());
        for packed in spans {
            let Some(b) = group_bytes(packed).filter(|b| b.len() == 40) else {
                return Err(format!("a span of group `{key}` is not 40 packed bytes"));
            };
            let u64_at = |i: usize| b.get(i..i + 8).and_then(|s| s.try_into().ok()).map_or(0, u64::from_be_bytes);
            let i32_at = |i: usize| b.get(i..i + 4).and_then(|s| s.try_into().ok()).map_or(-1, i32::from_be_bytes);
            let (label, start, end) = (u64_at(16), i32_at(24), i32_at(28));
            let range = usize::try_from(start).ok().zip(usize::try_from(end).ok()).filter(|(s, e)| s < e);
            let (Some((s, e)), true) = (range, usize::try_from(end).is_ok_and(|e| e <= bounds.len())) else {
                return Err(format!("span {start}..{end} of group `{key}` is outside the document's {} tokens", bounds.len()));
            };
            let (Some(&(from, _)), Some(&(_, to))) = (bounds.get(s), bounds.get(e - 1)) else { continue };
            out.push(Span::new(from, to, self.string(label)?));
        }
        out.sort();
        Ok(out)
    }
}

fn group_bytes(value: &Value) -> Option<&[u8]> {
    match value {
        Value::Binary(b) => Some(b),
        Value::String(s) => Some(s.as_bytes()),
        _ => None,
    }
}

/// spaCy's string hash: MurmurHash64A, seed 1, over the UTF-8 bytes.
pub fn hash_string(s: &str) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    let data = s.as_bytes();
    let mut h: u64 = 1 ^ (data.len() as u64).wrapping_mul(M);
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut k = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        for (i, &b) in tail.iter().enumerate() {
            h ^= u64::from(b) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^= h >> R;
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_as_spacy_does() {
        // spacy.strings.hash_string, spaCy 3.8.18
        assert_eq!(hash_string("PER"), 4317129024397789502);
        assert_eq!(hash_string("Köln"), 17690917044763056997);
        assert_eq!(hash_string(""), 14313749767032693980);
    }

    #[test]
    fn the_symbol_table_parses() {
        assert_eq!(SYMBOLS.len(), include_str!("spacy_symbols.tsv").lines().filter(|l| !l.starts_with('#')).count());
        assert_eq!((symbol("ORTH"), symbol("ENT_IOB"), symbol("ENT_TYPE"), symbol("LOC")), (65, 77, 78, 385));
    }

    #[test]
    fn garbage_is_an_error_never_a_panic() {
        let path = Path::new("x.spacy");
        for bytes in [&b""[..], b"\x78\x9c\x00", b"\x80", b"\x81\xa5attrs\x90", b"\xc1", b"\x78"] {
            assert!(read_bytes(bytes, path, None).is_err(), "{bytes:?}");
        }
    }
}
