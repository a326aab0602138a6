//! The whole pipeline (entities, dates, casualties) on any UTF-8 text (the first byte
//! picks the DCT): no panic, valid spans, no overlap within a layer, readable back.
#![no_main]

use std::sync::LazyLock;

use annotator::Pipeline;
use libfuzzer_sys::fuzz_target;
use reader::Layer;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(|| tageval_fuzz::pipeline(&Layer::ALL));

fuzz_target!(|data: &[u8]| tageval_fuzz::annotate_and_check(&PIPELINE, data, &Layer::ALL));
