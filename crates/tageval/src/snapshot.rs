//! Helpers for guarding a pipeline with [insta](https://insta.rs) snapshots (the
//! `snapshot` feature): texts that are the same on every machine, and the settings
//! they need.
//!
//! - [`doc`]: a document's spans, one a line, sorted, offsets in code points, with
//!   their text and value (and the casualty totals), so a diff reads as "this span
//!   appeared, that one changed its label".
//! - [`report`]: the score report as [`Report::render_snapshot`] writes it — every
//!   score with four decimals, no bootstrap intervals, no timings, no paths.
//! - [`report_json`]: the JSON report with floats rounded and the bootstrap block
//!   (`confidence`) removed, for `insta::assert_json_snapshot!`.
//! - [`settings`]: insta settings for all of them (sorted maps, no expression
//!   header, snapshots named without the module prefix).
//! - [`assert_all`]: checks every named snapshot before failing, so one run writes
//!   every `.snap.new` (plain `cargo test` stops at the first failed assertion).
//!
//! ```
//! use tageval::{snapshot, AnnotatedDoc, Document, Span};
//! let mut doc = AnnotatedDoc { doc: Document::new("d 1", "Kerry met Assad."), ..Default::default() };
//! doc.spans = vec![Span::new(10, 15, "PER"), Span::new(0, 5, "PER")];
//! assert_eq!(snapshot::doc(&doc), "    0..5     PER       \"Kerry\"\n   10..15    PER       \"Assad\"\n");
//! assert_eq!(snapshot::name("d 1/ä"), "d_1__");
//!
//! // The JSON report: floats rounded, no bootstrap block.
//! let mut pred = doc.clone();
//! pred.spans.pop();
//! let report = tageval::evaluate(&[doc], &[pred], &Default::default())?.report;
//! assert!(report.confidence.is_some());
//! let json = snapshot::report_json(&report);
//! assert!(json.get("confidence").is_none());
//! assert_eq!(json["schemas"]["strict"]["f1"].to_string(), "0.6667");
//! assert!(snapshot::report(&report).contains("\nall strict correct 1 "));
//! # Ok::<(), tageval::Error>(())
//! ```

use std::fmt::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};

pub use insta;
use reader::CharMap;
use serde_json::Value;

use crate::{AnnotatedDoc, Report, TOTALS_FIELD};

/// Decimals kept by [`round_floats`] and shown by [`report`].
pub const DECIMALS: i32 = 4;

/// A document's spans, one a line: `start..end LABEL "text" = value`, offsets in
/// code points, sorted by `(start, end, label)` whatever order the tagger appended
/// them in; then its casualty totals when it has any. `(no spans)` for none.
pub fn doc(doc: &AnnotatedDoc) -> String {
    let text = &doc.doc.text;
    let map = CharMap::new(text);
    let mut spans: Vec<&reader::Span> = doc.spans.iter().collect();
    spans.sort();
    let mut out = String::new();
    if spans.is_empty() {
        out.push_str("(no spans)\n");
    }
    for s in spans {
        let start = map.byte_to_char(s.start).unwrap_or(0);
        let end = map.byte_to_char(s.end).unwrap_or(0);
        let value = s.value.as_deref().map(|v| format!(" = {v}")).unwrap_or_default();
        let _ = writeln!(out, "{start:>5}..{end:<5} {:<9} {:?}{value}", s.label, s.text(text));
    }
    if let Some(totals) = doc.doc.meta.get(TOTALS_FIELD) {
        let _ = writeln!(out, "{TOTALS_FIELD}: {totals}");
    }
    out
}

/// The score report as stable text ([`Report::render_snapshot`]).
pub fn report(report: &Report) -> String {
    report.render_snapshot()
}

/// The JSON report for `insta::assert_json_snapshot!`: floats rounded to
/// [`DECIMALS`] and the bootstrap block (`confidence`, which depends on the
/// resampling settings) removed.
pub fn report_json(report: &Report) -> Value {
    let mut value = serde_json::to_value(report).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.remove("confidence");
    }
    round_floats(&mut value);
    value
}

/// Rounds every non-integer number in `value` to [`DECIMALS`] decimals, in place.
pub fn round_floats(value: &mut Value) {
    match value {
        Value::Number(n) if !(n.is_i64() || n.is_u64()) => {
            if let Some(x) = n.as_f64() {
                let scale = 10f64.powi(DECIMALS);
                let rounded = (x * scale).round() / scale;
                if let Some(r) = serde_json::Number::from_f64(rounded) {
                    *n = r;
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(round_floats),
        Value::Object(map) => map.values_mut().for_each(round_floats),
        _ => {}
    }
}

/// A snapshot name for a document id: ASCII letters, digits, `-`, `_` and `.` kept,
/// anything else `_` (ids may hold `/`, spaces or any character; file names may not).
pub fn name(id: &str) -> String {
    let name: String = id.chars().map(|c| if c.is_ascii_alphanumeric() || "-_.".contains(c) { c } else { '_' }).collect();
    if name.is_empty() {
        "_".to_string()
    } else {
        name
    }
}

/// insta settings for these snapshots: maps sorted, no expression in the header,
/// snapshot files named `<name>.snap` (no module prefix) in the test's `snapshots/`
/// folder.
pub fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_sort_maps(true);
    settings.set_omit_expression(true);
    settings.set_prepend_module_to_snapshot(false);
    settings
}

/// Runs every check (each an `insta::assert_snapshot!` or the like, named), then
/// panics listing the ones that failed. insta panics at a failed assertion; caught
/// here, so one `cargo test` run reports (and writes the `.snap.new` of) every
/// changed snapshot, not only the first.
pub fn assert_all<I, F>(checks: I)
where
    I: IntoIterator<Item = (String, F)>,
    F: FnOnce(),
{
    let failed: Vec<String> =
        checks.into_iter().filter_map(|(name, check)| catch_unwind(AssertUnwindSafe(check)).is_err().then_some(name)).collect();
    assert!(failed.is_empty(), "{} snapshot(s) changed: {}", failed.len(), failed.join(", "));
}
