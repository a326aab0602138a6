//! The file formats on the development data in `../shared/data`: counts as published,
//! and round trips through every format. Skipped, visibly, when the data is absent.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use reader::conll::{self, TagScheme};
use reader::{brat, jsonl, timeml, AnnotatedDoc};

const TESTA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/conll2003/eng.testa");
const TIMEBANK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/timebank");

/// The data folder, or `None` (after saying so on stderr) when it is absent.
fn data(path: &str) -> Option<PathBuf> {
    let path = PathBuf::from(path);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipping: ../shared/data not found");
        None
    }
}

fn label_counts(docs: &[AnnotatedDoc]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for span in docs.iter().flat_map(|d| &d.spans) {
        *counts.entry(span.label.clone()).or_insert(0) += 1;
    }
    counts
}

#[test]
fn timebank_counts_and_round_trips() {
    let Some(dir) = data(TIMEBANK) else { return };
    let docs = timeml::read_dir(&dir).expect("TimeBank reads");
    assert_eq!(docs.len(), 256);
    let counts = label_counts(&docs);
    let expected: BTreeMap<String, usize> =
        [("DATE", 1505), ("DURATION", 257), ("SET", 30), ("TIME", 30)].map(|(l, n)| (l.to_string(), n)).into();
    assert_eq!(counts, expected);
    assert_eq!(docs.iter().map(|d| d.spans.len()).sum::<usize>(), 1822);
    assert!(docs.iter().all(|d| d.doc.dct.as_ref().is_some_and(|dct| dct.len() == 10)), "every document has a DCT");
    for doc in &docs {
        let mut xml = Vec::new();
        timeml::write(&mut xml, doc).expect("write");
        let xml = String::from_utf8(xml).expect("UTF-8");
        let back = timeml::read_str(&xml, Path::new("back.tml")).expect("written TimeML reads back");
        assert_eq!(back.doc.id, doc.doc.id);
        assert_eq!(back.doc.text, doc.doc.text, "{}", doc.doc.id);
        assert_eq!(back.doc.dct, doc.doc.dct);
        assert_eq!(back.spans, doc.spans, "{}", doc.doc.id);
    }
}

/// Chunks in a CoNLL file, counted on the raw tags: a chunk starts at every `B-` tag
/// and at every `I-` tag whose previous token (in the sentence) is not of its type.
fn count_chunks(conll: &str) -> usize {
    let mut chunks = 0;
    let mut previous = String::from("O");
    for line in conll.lines() {
        let tag = line.split_whitespace().last().unwrap_or("O");
        if line.starts_with("-DOCSTART-") || line.trim().is_empty() {
            previous = "O".into();
            continue;
        }
        let kind = tag.get(2..).unwrap_or("");
        if tag.starts_with("B-") || (tag.starts_with("I-") && previous.get(2..) != Some(kind)) {
            chunks += 1;
        }
        previous = tag.to_string();
    }
    chunks
}

fn assert_same(step: &str, got: &[AnnotatedDoc], want: &[AnnotatedDoc]) {
    assert_eq!(got.len(), want.len(), "{step}: number of documents");
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g.doc.id, w.doc.id, "{step}");
        assert_eq!(g.doc.text, w.doc.text, "{step}: text of {}", w.doc.id);
        assert_eq!(g.spans, w.spans, "{step}: spans of {}", w.doc.id);
    }
}

#[test]
fn conll_round_trips_through_jsonl_and_brat() {
    let Some(path) = data(TESTA) else { return };
    let raw = std::fs::read_to_string(&path).expect("eng.testa reads");
    let docs = conll::read(raw.as_bytes(), &path).expect("eng.testa parses");
    assert_eq!(docs.len(), 216);
    let chunks = count_chunks(&raw);
    assert_eq!(chunks, 5942);
    assert_eq!(docs.iter().map(|d| d.spans.len()).sum::<usize>(), chunks);
    let tokens: usize = docs.iter().map(|d| d.doc.text.split_whitespace().count()).sum();
    assert_eq!(tokens, 51362);

    let mut lines = Vec::new();
    for doc in &docs {
        jsonl::write_doc(&mut lines, doc).expect("JSONL write");
    }
    let from_jsonl: Vec<AnnotatedDoc> = jsonl::JsonlReader::new(lines.as_slice(), "mem.jsonl")
        .map(|r| r.map(|rec| rec.doc))
        .collect::<Result<_, _>>()
        .expect("JSONL reads back");
    assert_same("JSONL", &from_jsonl, &docs);

    let dir = tempfile::tempdir().expect("tempdir");
    brat::write_dir(dir.path(), &from_jsonl).expect("brat write");
    let mut from_brat = brat::read_dir(dir.path(), None).expect("brat reads back");
    // brat lists files by name; put them back in file order.
    let order: BTreeMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.doc.id.as_str(), i)).collect();
    from_brat.sort_by_key(|d| order.get(d.doc.id.as_str()).copied());
    assert_same("brat", &from_brat, &docs);
    assert!(from_brat.iter().all(|d| d.layers == [reader::Layer::Entities]));

    // The CoNLL writer tokenises the text afresh: every token of eng.testa but its
    // list numbers (`3.`), dotted abbreviations (`Corp.`), signed figures (`+31`) and
    // hyphened names (`Saudi-led`), 371 of 51,362,
    // comes back as it was, with every chunk.
    let mut out = Vec::new();
    conll::write(&mut out, &from_brat, TagScheme::Iob1).expect("CoNLL write");
    let back = conll::read(out.as_slice(), &path).expect("CoNLL reads back");
    let split: usize = docs.iter().flat_map(|d| d.doc.text.split_whitespace()).filter(|w| conll::tokens(w).len() > 1).count();
    assert!(split * 100 < tokens, "{split} of {tokens} tokens split");
    let back_tokens: usize = back.iter().map(|d| d.doc.text.split_whitespace().count()).sum();
    assert!(back_tokens > tokens && back_tokens - tokens >= split, "{back_tokens} tokens back for {tokens}");
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    for (b, d) in back.iter().zip(&docs) {
        assert_eq!(squeeze(&b.doc.text), squeeze(&d.doc.text), "{}", d.doc.id);
        let chunks = |d: &AnnotatedDoc| d.spans.iter().map(|s| (s.label.clone(), squeeze(s.text(&d.doc.text)))).collect::<Vec<_>>();
        assert_eq!(chunks(b), chunks(d), "{}", d.doc.id);
    }
    assert_eq!(count_chunks(&String::from_utf8(out).expect("UTF-8")), chunks);
    let mut again = Vec::new();
    conll::write(&mut again, &back, TagScheme::Iob1).expect("CoNLL write");
    assert_same("CoNLL twice", &conll::read(again.as_slice(), &path).expect("reads"), &back);
}

mod never_panic {
    use super::*;
    use proptest::prelude::*;
    use reader::{Document, Span};

    /// Strings made of the pieces the readers look for, so that the odd paths are hit.
    fn timeml_like() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "<TEXT>",
            "</TEXT>",
            "<TIMEX3 type=\"DATE\" value=\"2015\">",
            "</TIMEX3>",
            "<TIMEX3 type='SET'/>",
            "<DCT>",
            "</DCT>",
            "<DOCID>",
            "</DOCID>",
            "&amp;",
            "&#xE9;",
            "&#99999999;",
            "&",
            "<",
            ">",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "<?",
            "<!DOCTYPE [",
            "\"",
            "=",
            " ",
            "\n",
            "é",
            "x",
            "<TIMEX3 value=\"1\">",
        ]);
        prop::collection::vec(prop_oneof![piece.prop_map(String::from), ".{0,3}"], 0..40).prop_map(|v| v.concat())
    }

    fn conll_like() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "-DOCSTART- -X- O", "\n", "\r\n", " ", "\t", "O", "B-PER", "I-PER", "E-LOC", "S-X", "B-", "Q-PER", "tok", "é",
        ]);
        prop::collection::vec(prop_oneof![piece.prop_map(String::from), ".{0,3}"], 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn timeml_reads_anything(xml in timeml_like()) {
            if let Ok(doc) = timeml::read_str(&xml, Path::new("p.tml")) {
                for span in &doc.spans {
                    prop_assert!(doc.doc.text.get(span.start..span.end).is_some());
                }
                let mut out = Vec::new();
                timeml::write(&mut out, &doc).expect("a read document writes");
                let back = timeml::read_str(&String::from_utf8(out).expect("UTF-8"), Path::new("p.tml")).expect("reads back");
                prop_assert_eq!(back.doc.text, doc.doc.text);
                prop_assert_eq!(back.spans, doc.spans);
            }
        }

        #[test]
        fn conll_reads_anything(input in conll_like()) {
            if let Ok(docs) = conll::read(input.as_bytes(), Path::new("p.conll")) {
                for scheme in [TagScheme::Iob1, TagScheme::Iob2, TagScheme::Bioes] {
                    let mut out = Vec::new();
                    conll::write(&mut out, &docs, scheme).expect("write");
                    let back = conll::read(out.as_slice(), Path::new("p.conll")).expect("reads back");
                    // The writer tokenises the text afresh (it may split a token at its
                    // punctuation): the same characters and chunks come back, and a
                    // second round changes nothing.
                    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
                    prop_assert_eq!(back.len(), docs.len());
                    for (b, d) in back.iter().zip(&docs) {
                        prop_assert_eq!(squeeze(&b.doc.text), squeeze(&d.doc.text));
                        let chunks = |d: &AnnotatedDoc| d.spans.iter().map(|s| (s.label.clone(), squeeze(s.text(&d.doc.text)))).collect::<Vec<_>>();
                        prop_assert_eq!(chunks(b), chunks(d));
                    }
                    let mut again = Vec::new();
                    conll::write(&mut again, &back, scheme).expect("write");
                    prop_assert_eq!(String::from_utf8_lossy(&again), String::from_utf8_lossy(&out));
                }
            }
        }

        #[test]
        fn conll_writes_any_text_with_any_spans(text in "[a-zé. \n-]{0,40}", cuts in prop::collection::vec((0usize..50, 0usize..50), 0..6)) {
            let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
            let spans = cuts
                .iter()
                .filter_map(|&(a, b)| Some(Span::new(*bounds.get(a.min(b))?, *bounds.get(a.max(b))?, "X")))
                .filter(|s| s.start < s.end)
                .collect();
            let doc = AnnotatedDoc { doc: Document::new("d", text.clone()), spans, layers: vec![] };
            let mut out = Vec::new();
            conll::write(&mut out, &[doc], TagScheme::Bioes).expect("write");
            let back = conll::read(out.as_slice(), Path::new("p.conll")).expect("reads back");
            let words: Vec<&str> = text.split_whitespace().collect();
            prop_assert_eq!(back[0].doc.text.split_whitespace().collect::<String>(), words.concat());
        }
    }
}

/// The DocBin written by spaCy 3.8.18 (tests/fixtures/spacy/make_fixture.py) reads as
/// spaCy itself reads it back (expected.jsonl, written by spaCy from the same file).
#[test]
fn spacy_docbin_reads_as_spacy_reads_it() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/spacy");
    let path = dir.join("docs.spacy");
    let expected = std::fs::read_to_string(dir.join("expected.jsonl")).expect("expected.jsonl");
    let expected: Vec<serde_json::Value> = expected.lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert_eq!(reader::Format::detect(&path).expect("detects"), reader::Format::Spacy);
    for (key, field) in [(None, "ents"), (Some("sc"), "sc")] {
        let docs = reader::spacy::read_file(&path, key).expect("reads");
        assert_eq!(docs.len(), expected.len());
        for (n, (doc, want)) in docs.iter().zip(&expected).enumerate() {
            assert_eq!(doc.doc.id, format!("docs-{}", n + 1));
            assert_eq!(doc.doc.text, want["text"].as_str().expect("text"));
            let map = reader::CharMap::new(&doc.doc.text);
            let got: Vec<serde_json::Value> =
                doc.spans.iter().map(|s| serde_json::json!([map.byte_to_char(s.start), map.byte_to_char(s.end), s.label])).collect();
            assert_eq!(serde_json::Value::Array(got), want[field], "{field} of doc {n}");
        }
    }
    let docs = reader::spacy::read_file(&path, Some("no-such-key")).expect("reads");
    assert!(docs.iter().all(|d| d.spans.is_empty()));
    let err = reader::spacy::read_file(&path, Some("overlap")).unwrap_err().to_string();
    assert!(err.ends_with("docs.spacy (doc docs-1): spans PER 0..5 and PER 0..15 overlap within one layer"), "{err}");
    let err = reader::spacy::read_bytes(b"\x78\x9c garbage", &path, None).unwrap_err().to_string();
    assert!(err.contains("docs.spacy: not a spaCy DocBin: zlib"), "{err}");
}
