//! A quick evaluation of the date layer on TimeML gold (the development loop for
//! [`annotator::dates::DateTagger`]; the real scorer is `tageval eval`).
//!
//! ```text
//! cargo run --release -p tageval-annotator --example timex_eval -- [DIR] [--errors N] [--kind fn|fp|extent|value|type] [--patterns N] [--split tune|held] [--list] [--pairs FILE]
//! ```
//!
//! `--split` keeps one part of a deterministic split of the files: a file is in the
//! held-out part when the FNV-1a 64-bit hash of its file name (`ABC19980108.1830.0711.tml`,
//! no folder) is 0 modulo 4, else in the tuning part (about 25% / 75% of the files).
//! `--list` prints the paths of the files kept, one a line, and nothing else (to build a
//! folder of one part for `tageval eval`). `--pairs FILE` writes every gold span next to
//! the predictions overlapping it, and every unmatched prediction, one a line (refused
//! with `--split held`: held-out spans are not read one by one). With `--split held`
//! the error sample is off unless `--errors N` asks for it, so that checking a change
//! on the held-out part shows its figures only.
//!
//! `DIR` defaults to `/work/shared/data/timebank`. Every figure comes from the scorer
//! (`scorer::score`, the counts `tageval eval --layers dates` prints): span detection
//! relaxed (overlap) and strict (same extent) P/R/F1 as TempEval-3 reports them, value
//! P/R/F1 and value accuracy, per label (each label matched on its own) and overall;
//! then a sample of the scorer's error listing (`scorer::list_errors`) of each kind
//! (`--kind fp|fn|extent|value|type`), and with `--patterns N` the N text shapes with
//! the most errors.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use annotator::dates::{DateOptions, DateTagger};
use annotator::Annotator;
use reader::{AnnotatedDoc, Layer};
use scorer::{BootstrapOptions, Metrics, ReportOptions, ScoreOptions, TagError, TagErrorKind, ValueMetrics};

/// The listing's kinds under the short names of `--kind`.
fn kind_name(kind: TagErrorKind) -> &'static str {
    match kind {
        TagErrorKind::FalsePositive => "fp",
        TagErrorKind::FalseNegative => "fn",
        TagErrorKind::Boundary | TagErrorKind::LabelBoundary => "extent",
        TagErrorKind::Label => "type",
        TagErrorKind::Value => "value",
    }
}

fn describe(e: &TagError) -> String {
    let side = |s: &Option<scorer::errors::SpanInfo>| match s {
        Some(s) => format!("{} {} {:?}", s.label, s.value.as_deref().unwrap_or("-"), s.text),
        None => "-".to_string(),
    };
    format!("{}: gold {} pred {}  {}", e.doc_id, side(&e.gold), side(&e.predicted), e.context)
}

fn prf(m: &Metrics) -> String {
    format!("{:.4}/{:.4}/{:.4}", m.precision, m.recall, m.f1)
}

fn value_prf(v: &ValueMetrics) -> String {
    format!("{:.4}/{:.4}/{:.4}", v.precision, v.recall, v.f1)
}

fn main() -> ExitCode {
    let mut dir = PathBuf::from("/work/shared/data/timebank");
    let mut show: Option<usize> = None;
    let mut kind: Option<String> = None;
    let mut patterns = 0usize;
    let mut split: Option<String> = None;
    let mut list = false;
    let mut pairs: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--errors" => show = Some(args.next().and_then(|n| n.parse().ok()).unwrap_or(15)),
            "--kind" => kind = args.next(),
            "--patterns" => patterns = args.next().and_then(|n| n.parse().ok()).unwrap_or(40),
            "--split" => split = args.next(),
            "--list" => list = true,
            "--pairs" => pairs = args.next().map(PathBuf::from),
            _ => dir = PathBuf::from(a),
        }
    }
    // The held-out part is for figures: its errors are listed only when asked for.
    let show = show.unwrap_or(if split.as_deref() == Some("held") { 0 } else { 15 });
    if let Some(s) = split.as_deref().filter(|s| !matches!(*s, "tune" | "held")) {
        eprintln!("timex_eval: --split is tune or held, not {s:?}");
        return ExitCode::from(2);
    }
    let mut files = Vec::new();
    if let Err(e) = collect_tml(&dir, &mut files) {
        eprintln!("timex_eval: {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    files.sort();
    files.retain(|p| match split.as_deref() {
        Some(part) => {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            held_out(&name) == (part == "held")
        }
        None => true,
    });
    if pairs.is_some() && split.as_deref() == Some("held") {
        eprintln!("timex_eval: --pairs lists every span; the held-out part is not read span by span");
        return ExitCode::from(2);
    }
    if list {
        for p in &files {
            println!("{}", p.display());
        }
        return ExitCode::SUCCESS;
    }
    let mut gold = Vec::with_capacity(files.len());
    for p in &files {
        match reader::timeml::read_file(p) {
            Ok(d) => gold.push(d),
            Err(e) => {
                eprintln!("timex_eval: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let tagger = match DateTagger::build(&DateOptions::default()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("timex_eval: {e}");
            return ExitCode::from(2);
        }
    };
    let pred: Vec<AnnotatedDoc> = gold
        .iter()
        .map(|g| {
            let mut d = AnnotatedDoc { doc: g.doc.clone(), spans: tagger.annotate_alone(&g.doc), layers: vec![Layer::Dates] };
            d.sort_spans();
            d
        })
        .collect();
    if let Some(path) = &pairs {
        if let Err(e) = std::fs::write(path, pair_rows(&gold, &pred)) {
            eprintln!("timex_eval: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    // As `tageval eval --layers dates` scores: only the layer the tagger ran.
    let options = ScoreOptions { only_layers: Some(vec![Layer::Dates]), ..ScoreOptions::default() };
    let (counts, errors) = match (scorer::score(&gold, &pred, &options), scorer::list_errors(&gold, &pred, &options)) {
        (Ok(c), Ok(e)) => (c, e),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("timex_eval: {e}");
            return ExitCode::from(2);
        }
    };
    let report =
        counts.report(&ReportOptions { bootstrap: BootstrapOptions { resamples: 0, ..BootstrapOptions::default() }, by_doc: false });
    println!("{} documents from {}", gold.len(), dir.display());
    println!(
        "{:<9} {:>5} {:>5}  {:>20}  {:>20}  {:>20}  {:>6}",
        "type", "gold", "pred", "relaxed P/R/F1", "strict P/R/F1", "value P/R/F1", "valAcc"
    );
    let row = |name: &str, detection: &scorer::Detection, values: Option<&ValueMetrics>| {
        let strict = &detection.strict;
        let (value, acc) = values.map_or((String::from("-"), 0.0), |v| (value_prf(v), v.overlap_accuracy));
        println!(
            "{name:<9} {:>5} {:>5}  {}  {}  {:>20}  {:>6.3}",
            strict.possible,
            strict.actual,
            prf(&detection.relaxed),
            prf(strict),
            value,
            acc
        );
    };
    for (label, schemas) in &counts.total().by_label {
        row(label, &scorer::Detection::of(schemas), report.values.by_label.get(label));
    }
    row("overall", &report.detection, Some(&report.values.overall));
    let v = &report.values.overall;
    println!("value F1 {:.5} (P {:.5}, R {:.5}); type schema F1 {:.5}", v.f1, v.precision, v.recall, report.schemas.r#type.f1);
    let ty = &report.schemas.r#type;
    let matched = ty.correct + ty.incorrect;
    println!(
        "type accuracy {:.4} ({}/{} overlapping spans with the gold type, the `type` schema's correct / (correct + incorrect))",
        if matched == 0 { 0.0 } else { ty.correct as f64 / matched as f64 },
        ty.correct,
        matched
    );
    println!("(per-label rows: each label matched on its own, as the scorer's by-label figures)");
    let mut by_kind: BTreeMap<&'static str, Vec<&TagError>> = BTreeMap::new();
    for e in &errors {
        by_kind.entry(kind_name(e.kind)).or_default().push(e);
    }
    for (k, list) in &by_kind {
        if kind.as_deref().is_some_and(|want| want != *k) {
            continue;
        }
        println!("\n== {k}: {} ==", list.len());
        // A spread sample rather than the first file's errors only.
        let step = (list.len() / show.max(1)).max(1);
        for e in list.iter().step_by(step).take(show) {
            println!("  {}", describe(e));
        }
    }
    if patterns > 0 {
        // Per text shape: errors with a predicted span, errors with a gold span.
        let mut shapes: BTreeMap<String, [usize; 2]> = BTreeMap::new();
        for e in &errors {
            if let Some(p) = &e.predicted {
                shapes.entry(shape(&p.text)).or_default()[0] += 1;
            }
            if let Some(g) = &e.gold {
                shapes.entry(shape(&g.text)).or_default()[1] += 1;
            }
        }
        let mut rows: Vec<(&String, &[usize; 2])> = shapes.iter().collect();
        rows.sort_by_key(|(k, v)| (std::cmp::Reverse(v[0] + v[1]), (*k).clone()));
        println!("\n== errors by shape (predicted side, gold side) ==");
        for (k, v) in rows.into_iter().take(patterns) {
            println!("  {:>4} {:>4}  {k}", v[0], v[1]);
        }
    }
    ExitCode::SUCCESS
}

/// Every gold span with the predicted spans overlapping it, then every predicted span
/// overlapping no gold span, as tab-separated rows: document, gold text, label, value,
/// predicted text, label, value (`-` where a side is missing).
fn pair_rows(gold: &[AnnotatedDoc], pred: &[AnnotatedDoc]) -> String {
    let mut out = String::new();
    let side = |text: &str, s: Option<&reader::Span>| match s {
        Some(s) => format!("{}\t{}\t{}", s.text(text).replace(['\t', '\n'], " "), s.label, s.value.as_deref().unwrap_or("-")),
        None => "-\t-\t-".to_string(),
    };
    for (g, p) in gold.iter().zip(pred) {
        let text = &g.doc.text;
        let dates = |s: &&reader::Span| s.layer() == Some(Layer::Dates);
        for gs in g.spans.iter().filter(dates) {
            let hits: Vec<&reader::Span> = p.spans.iter().filter(|ps| ps.start < gs.end && gs.start < ps.end).collect();
            if hits.is_empty() {
                out.push_str(&format!("{}\t{}\t{}\n", g.doc.id, side(text, Some(gs)), side(text, None)));
            }
            for ps in hits {
                out.push_str(&format!("{}\t{}\t{}\n", g.doc.id, side(text, Some(gs)), side(text, Some(ps))));
            }
        }
        for ps in &p.spans {
            if !g.spans.iter().filter(dates).any(|gs| ps.start < gs.end && gs.start < ps.end) {
                out.push_str(&format!("{}\t{}\t{}\n", g.doc.id, side(text, None), side(text, Some(ps))));
            }
        }
    }
    out
}

/// The held-out part of the split: FNV-1a (64-bit) of the file name, 0 modulo 4.
fn held_out(name: &str) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h.is_multiple_of(4)
}

/// The `*.tml` files under `dir`, recursively.
fn collect_tml(dir: &std::path::Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            collect_tml(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "tml") {
            files.push(path);
        }
    }
    Ok(())
}

/// The text with digits, month and weekday names folded (`<mon> 9`), for grouping errors.
fn shape(text: &str) -> String {
    let mut out = Vec::new();
    for w in text.split(|c: char| c.is_whitespace() || c == '-') {
        let lw = w.trim_matches(|c: char| c == ',' || c == '.').to_ascii_lowercase();
        let s = if lw.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            let mut s = String::new();
            for c in lw.chars() {
                let c = if c.is_ascii_digit() { '9' } else { c };
                if !(c == '9' && s.ends_with('9')) {
                    s.push(c);
                }
            }
            s
        } else if ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(&lw.as_str()) {
            "<wd>".to_string()
        } else if [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        ]
        .contains(&lw.as_str())
        {
            "<mon>".to_string()
        } else {
            lw
        };
        out.push(s);
    }
    out.join(" ")
}
