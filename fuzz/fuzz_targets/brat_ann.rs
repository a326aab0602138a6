//! `reader::brat::parse_ann` on any `.ann` text against any document text (the input
//! is `text NUL ann`): an error, or valid sorted spans whose `text` matches.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let (text, ann) = input.split_once('\0').unwrap_or(("Köln, June 1:\nAssad\nmet Kerry 😀.", input));
    let Ok(spans) = reader::brat::parse_ann(ann, text, Path::new("fuzz.ann"), "fuzz") else { return };
    tageval_fuzz::check_spans(text, &spans);
    assert!(spans.windows(2).all(|w| w[0] <= w[1]), "sorted");
});
