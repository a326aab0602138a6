//! `reader::conll::read` on any bytes: an error, or documents with valid spans that
//! `conll::write` can write in every scheme and that read back with the same spans.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use reader::conll::{self, TagScheme};

fuzz_target!(|data: &[u8]| {
    let Ok(docs) = conll::read(data, Path::new("fuzz.conll")) else { return };
    for doc in &docs {
        tageval_fuzz::check_doc(doc);
    }
    for scheme in [TagScheme::Iob1, TagScheme::Iob2, TagScheme::Bioes] {
        let mut out = Vec::new();
        conll::write(&mut out, &docs, scheme).expect("documents read from CoNLL can be written");
        let back = conll::read(out.as_slice(), Path::new("fuzz.conll")).expect("written CoNLL reads back");
        let spans = |d: &[reader::AnnotatedDoc]| -> Vec<Vec<(String, String)>> {
            d.iter().map(|d| d.spans.iter().map(|s| (s.text(&d.doc.text).to_string(), s.label.clone())).collect()).collect()
        };
        assert_eq!(spans(&back), spans(&docs), "{scheme:?} round trip");
    }
});
