//! `reader::jsonl::JsonlReader` on any bytes (invalid UTF-8, BOMs, CRLF, blank lines):
//! it ends, every record's line grows, every document's spans are valid.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reader::jsonl::JsonlReader;

fuzz_target!(|data: &[u8]| {
    let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
    let mut last = 0;
    for (i, item) in JsonlReader::new(data, "fuzz.jsonl").enumerate() {
        assert!(i < lines, "more items than lines");
        match item {
            Ok(record) => {
                assert!(record.line > last && record.line <= lines, "line {} after {last}", record.line);
                last = record.line;
                tageval_fuzz::check_doc(&record.doc);
            }
            Err(err) => {
                assert!(err.location.line > last && err.location.line <= lines, "error line {}", err.location.line);
                last = err.location.line;
            }
        }
    }
});
