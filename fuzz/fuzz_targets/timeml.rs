//! `reader::timeml::read_str` on any string: an error, or a document with valid
//! spans that `timeml::write` writes and that reads back with the same text and spans.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use reader::timeml;

fuzz_target!(|xml: &str| {
    let Ok(doc) = timeml::read_str(xml, Path::new("fuzz.tml")) else { return };
    tageval_fuzz::check_doc(&doc);
    let mut out = Vec::new();
    if timeml::write(&mut out, &doc).is_err() {
        return; // refused with InvalidInput (an attribute name that is not an XML name)
    }
    let written = String::from_utf8(out).expect("UTF-8");
    let back = timeml::read_str(&written, Path::new("fuzz.tml")).unwrap_or_else(|e| panic!("written TimeML reads back: {e}\n{written}"));
    assert_eq!(back.doc.text, doc.doc.text, "text round trip");
    assert_eq!(back.spans, doc.spans, "span round trip");
});
