//! Checks shared by the fuzz targets: what every reader and annotator promises about
//! the spans it returns, whatever the input.

use reader::{AnnotatedDoc, Layer, Span};

/// Panics unless `spans` are valid for `text`: non-empty, inside the text, on
/// character boundaries, sorted, and not overlapping within one layer (labels outside
/// the scheme each form a layer of their own, as `reader::boundary` has it).
pub fn check_spans(text: &str, spans: &[Span]) {
    for span in spans {
        assert!(span.start < span.end, "empty or reversed span {span:?}");
        assert!(text.get(span.start..span.end).is_some(), "span {span:?} not on char boundaries of a text of {} bytes", text.len());
    }
    let mut sorted = spans.to_vec();
    sorted.sort();
    for (i, a) in sorted.iter().enumerate() {
        for b in &sorted[i + 1..] {
            if b.start >= a.end {
                break;
            }
            let same_layer = match (a.layer(), b.layer()) {
                (Some(x), Some(y)) => x == y,
                (None, None) => a.label == b.label,
                _ => false,
            };
            assert!(!same_layer, "spans overlap within one layer: {a:?} and {b:?}");
        }
    }
}

/// [`check_spans`] for a document read from a file, whose spans must also be sorted.
pub fn check_doc(doc: &AnnotatedDoc) {
    check_spans(&doc.doc.text, &doc.spans);
    assert!(doc.spans.windows(2).all(|w| w[0] <= w[1]), "spans not sorted: {:?}", doc.spans);
}

/// Annotator output: [`check_spans`], every label of `layer`, no span starting or
/// ending on whitespace (`SCHEME.md`), and the JSONL written for it reads back (a
/// prediction file `tageval score` can load).
pub fn check_annotation(text: &str, spans: &[Span], layers: &[Layer]) {
    check_spans(text, spans);
    for span in spans {
        let covered = &text[span.start..span.end];
        assert!(span.layer().is_some_and(|l| layers.contains(&l)), "label {} outside layers {layers:?}", span.label);
        assert!(
            !covered.starts_with(char::is_whitespace) && !covered.ends_with(char::is_whitespace),
            "span {span:?} ({covered:?}) starts or ends on whitespace"
        );
    }
    let doc = AnnotatedDoc { doc: reader::Document::new("d", text), spans: spans.to_vec(), layers: Vec::new() };
    let mut line = Vec::new();
    reader::jsonl::write_doc(&mut line, &doc).expect("writes to memory");
    let line = std::str::from_utf8(&line).expect("JSONL output is UTF-8");
    let back = reader::jsonl::parse_line(line, reader::Location::new("out", 1));
    let back = back.unwrap_or_else(|e| panic!("annotate output does not read back: {e}"));
    assert_eq!(back.spans, doc.spans, "spans change when written and read back");
}

/// A document creation time picked by a fuzzer's byte, including calendar edges.
pub fn dct(byte: u8) -> Option<&'static str> {
    const DCTS: [Option<&str>; 6] =
        [None, Some("2015-06-02"), Some("1999-12-31T23:59"), Some("0000-01-01"), Some("9999-12-31"), Some("2016-02-29")];
    DCTS[usize::from(byte) % DCTS.len()]
}

/// One annotator fuzz run: `data`'s first byte picks the DCT ([`dct`]), the rest, if
/// UTF-8, is the text; `layers` are the layers `pipeline` was built with. Panics when
/// [`check_annotation`] finds a broken promise.
#[cfg(feature = "annotators")]
pub fn annotate_and_check(pipeline: &annotator::Pipeline, data: &[u8], layers: &[Layer]) {
    let Some((&first, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let mut doc = reader::Document::new("fuzz", text);
    doc.dct = dct(first).map(str::to_string);
    let spans = pipeline.annotate(&doc);
    check_annotation(text, &spans, layers);
}

/// The pipeline of `layers` with the bundled models, built once per fuzz process.
#[cfg(feature = "annotators")]
pub fn pipeline(layers: &[Layer]) -> annotator::Pipeline {
    annotator::Pipeline::build(&annotator::PipelineConfig::with_layers(layers)).expect("bundled models build")
}
