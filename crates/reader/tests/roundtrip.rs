//! Every format pair, on real files: each source fixture is read, written in every
//! writable format (A), read back, written in every writable format again (B) and
//! read back. After each hop the documents hold exactly what the format holds
//! (`Capabilities::select`): the same texts (CoNLL: the same characters, re-tokenised),
//! the same spans of the layers it holds, with values and attributes where it keeps
//! them, and nothing widened.
//!
//! Sources (licences in tests/fixtures/thirdparty/README.md): brat's CoNLL-2002 example
//! collection (Spanish and Dutch news, in `esp/` and `ned/` subfolders), the head of
//! WNUT-17's dev set (CoNLL, CC-BY 4.0), the spaCy DocBin made with spaCy, the
//! hand-made Label Studio and Doccano exports, and the bundled corpus's gold (brat,
//! with values: dates and casualties, which TimeML and the values checks need).

use std::path::{Path, PathBuf};

use reader::{AnnotatedDoc, CharMap, Format, ReadOptions, Sink, Target, WriteOptions};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The fixtures: (name, path, format, options).
fn sources() -> Vec<(&'static str, PathBuf, Format, ReadOptions)> {
    let fixtures = repo().join("tests/fixtures");
    let bundled = ReadOptions { text_dir: Some(repo().join("corpora/aleppo-2015")), ..Default::default() };
    vec![
        ("conll2002-brat", fixtures.join("thirdparty/conll2002-brat"), Format::Brat, ReadOptions::default()),
        ("wnut17", fixtures.join("thirdparty/wnut17/emerging.dev.head.conll"), Format::Conll, ReadOptions::default()),
        ("spacy", fixtures.join("spacy/docs.spacy"), Format::Spacy, ReadOptions::default()),
        ("label-studio", fixtures.join("tools/label-studio.json"), Format::Jsonl, ReadOptions::default()),
        ("doccano", fixtures.join("tools/doccano.jsonl"), Format::Jsonl, ReadOptions::default()),
        ("bundled-gold", repo().join("gold/aleppo-2015"), Format::Brat, bundled),
    ]
}

fn writable() -> Vec<Format> {
    Format::ALL.into_iter().filter(|f| f.capabilities().target != Target::None).collect()
}

fn read(path: &Path, format: Format, options: &ReadOptions) -> Vec<AnnotatedDoc> {
    let records = format.read(path, options).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    records.map(|r| r.map(|r| r.doc)).collect::<Result<_, _>>().unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Writes `docs` as `format` under `dir` and reads them back.
fn hop(docs: &[AnnotatedDoc], format: Format, dir: &Path, step: &str) -> Vec<AnnotatedDoc> {
    let path = dir.join(format!("{step}-{}", format.name()));
    let loss = match format.capabilities().target {
        Target::Stream => {
            let mut file = std::fs::File::create(&path).expect("create");
            format.write_stream(&mut file, &path, docs, &WriteOptions::default())
        }
        _ => format.write(Sink::Folder(&path), docs, &WriteOptions::default()),
    }
    .unwrap_or_else(|e| panic!("{step}: write {format}: {e}"));
    let widened: usize = docs
        .iter()
        .map(|d| format.capabilities().select(format, d).0.iter().filter(|s| widen(&d.doc.text, s) != (s.start, s.end)).count())
        .sum();
    let expected = if format == Format::Conll { widened } else { 0 };
    assert_eq!(loss.widened, expected, "{step}: {format}: spans widened to whole tokens");
    read(&path, format, &ReadOptions::default())
}

/// What `format` keeps of a document, in a comparable form: the text (whitespace
/// squeezed out for CoNLL, which re-tokenises) and the spans it holds as (start,
/// end, label, value, attributes) in code points (CoNLL: label and squeezed text).
fn kept(doc: &AnnotatedDoc, format: Format) -> (String, Vec<String>) {
    let caps = format.capabilities();
    let (spans, _) = caps.select(format, doc);
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    let map = CharMap::new(&doc.doc.text);
    if format == Format::Conll {
        let text = &doc.doc.text;
        let spans = spans
            .iter()
            .map(|s| {
                let (start, end) = widen(text, s);
                format!("{} {}", s.label, squeeze(text.get(start..end).unwrap_or_default()))
            })
            .collect();
        return (squeeze(&doc.doc.text), spans);
    }
    let spans = spans
        .iter()
        .map(|s| {
            let (start, end) = (map.byte_to_char(s.start).unwrap_or(0), map.byte_to_char(s.end).unwrap_or(0));
            let values = if caps.values { format!(" {:?} {:?}", s.value, s.attrs) } else { String::new() };
            format!("{start}..{end} {}{values}", s.label)
        })
        .collect();
    (doc.doc.text.clone(), spans)
}

/// A span widened to the CoNLL writer's tokens (`conll::tokens`, line by line).
fn widen(text: &str, span: &reader::Span) -> (usize, usize) {
    let mut line_start = 0;
    let mut tokens = Vec::new();
    for line in text.split('\n') {
        tokens.extend(reader::conll::tokens(line).into_iter().map(|(s, e)| (s + line_start, e + line_start)));
        line_start += line.len() + 1;
    }
    let start = tokens.iter().find(|&&(_, e)| e > span.start).map_or(span.start, |&(s, _)| s.min(span.start));
    let end = tokens.iter().rev().find(|&&(s, _)| s < span.end).map_or(span.end, |&(_, e)| e.max(span.end));
    (start, end)
}

/// Documents in a comparable order: by id, except CoNLL, which renumbers ids and keeps
/// the order.
fn by_id(docs: &[AnnotatedDoc], format: Format) -> Vec<&AnnotatedDoc> {
    let mut docs: Vec<&AnnotatedDoc> = docs.iter().collect();
    if format != Format::Conll {
        docs.sort_by(|a, b| a.doc.id.cmp(&b.doc.id));
    }
    docs
}

fn assert_holds(step: &str, format: Format, before: &[AnnotatedDoc], after: &[AnnotatedDoc]) {
    assert_eq!(after.len(), before.len(), "{step}: number of documents");
    for (b, a) in by_id(before, format).into_iter().zip(by_id(after, format)) {
        if format != Format::Conll {
            assert_eq!(a.doc.id, b.doc.id, "{step}");
        }
        let (want, got) = (kept(b, format), kept(a, format));
        assert_eq!(got.0, want.0, "{step}: text of {}", b.doc.id);
        assert_eq!(got.1, want.1, "{step}: spans of {}", b.doc.id);
        if matches!(format, Format::Jsonl | Format::Brat | Format::Timeml) {
            assert_eq!(a.doc.dct, b.doc.dct, "{step}: DCT of {}", b.doc.id);
        }
    }
}

#[test]
fn every_format_pair_round_trips_real_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut hops = 0;
    for (name, path, format, options) in sources() {
        let source = read(&path, format, &options);
        assert!(!source.is_empty(), "{name}");
        assert!(source.iter().any(|d| !d.spans.is_empty()), "{name} has spans");
        for first in writable() {
            let step = format!("{name} -> {first}");
            let a = hop(&source, first, dir.path(), &format!("{name}-a"));
            assert_holds(&step, first, &source, &a);
            for second in writable() {
                let step = format!("{name} -> {first} -> {second}");
                let b = hop(&a, second, dir.path(), &format!("{name}-{}-b", first.name()));
                assert_holds(&step, second, &a, &b);
                hops += 1;
            }
        }
    }
    assert_eq!(hops, 6 * 4 * 4);
}

#[test]
fn the_fixtures_hold_what_they_are_chosen_for() {
    let [brat, wnut, ..] = &sources()[..] else { panic!("sources") };
    let docs = read(&brat.1, brat.2, &brat.3);
    let ids: Vec<&str> = docs.iter().map(|d| d.doc.id.as_str()).collect();
    assert_eq!(ids, ["esp/esp.train-doc-29", "ned/ned.train-doc-134", "ned/ned.train-doc-75"]);
    assert!(docs.iter().all(|d| d.layers == [reader::Layer::Entities]), "the collection's annotation.conf");
    let tweets = read(&wnut.1, wnut.2, &wnut.3);
    let labels: Vec<&str> = tweets[0].spans.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["location", "location", "location", "creative-work", "person", "person", "person"]);
    assert!(tweets[0].doc.text.contains("That ´ s insane"), "non-ASCII tokens kept");
}
