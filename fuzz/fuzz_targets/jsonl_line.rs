//! `reader::jsonl::parse_line` on any string: an error or a document whose spans are
//! valid, and which reads back unchanged after `write_doc`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reader::{jsonl, Location};

fuzz_target!(|line: &str| {
    let Ok(doc) = jsonl::parse_line(line, Location::new("fuzz.jsonl", 1)) else { return };
    tageval_fuzz::check_doc(&doc);
    let mut out = Vec::new();
    jsonl::write_doc(&mut out, &doc).expect("writes to memory");
    let written = std::str::from_utf8(&out).expect("UTF-8");
    let back = jsonl::parse_line(written, Location::new("fuzz.jsonl", 1)).expect("written line reads back");
    assert_eq!((&back.doc.id, &back.doc.text, &back.doc.dct), (&doc.doc.id, &doc.doc.text, &doc.doc.dct));
    assert_eq!((&back.spans, &back.layers), (&doc.spans, &doc.layers), "spans round trip");
    // Pass-through fields come back exactly, numbers with their digits as written.
    assert_eq!(back.doc.meta, doc.doc.meta, "meta round trip");
});
