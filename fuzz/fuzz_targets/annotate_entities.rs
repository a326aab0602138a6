//! The entity annotator on any UTF-8 text (the first byte picks the DCT): no panic,
//! spans of its layer only, valid, not overlapping, readable back as JSONL.
#![no_main]

use std::sync::LazyLock;

use annotator::Pipeline;
use libfuzzer_sys::fuzz_target;
use reader::Layer;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(|| tageval_fuzz::pipeline(&[Layer::Entities]));

fuzz_target!(|data: &[u8]| tageval_fuzz::annotate_and_check(&PIPELINE, data, &[Layer::Entities]));
