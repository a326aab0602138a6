//! The CSV corpus reader (`reader::corpus::csv_records`) on any bytes: an error at
//! open, or a stream that ends, with one item per record and sane line numbers.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use reader::corpus::{csv_records, CsvColumns};

fuzz_target!(|data: &[u8]| {
    let Ok(records) = csv_records(std::io::Cursor::new(data.to_vec()), Path::new("fuzz.csv"), &CsvColumns::default()) else {
        return;
    };
    let lines = data.iter().filter(|&&b| b == b'\n' || b == b'\r').count() + 2;
    for (i, item) in records.enumerate() {
        assert!(i < lines, "more records than lines");
        if let Ok(record) = item {
            assert!(record.line <= lines, "line {} of {lines}", record.line);
            assert!(record.doc.spans.is_empty());
        }
    }
});
