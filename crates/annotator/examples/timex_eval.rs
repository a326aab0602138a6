//! A quick evaluation of the date layer on TimeML gold (the development loop for
//! [`annotator::dates::DateTagger`]; the real scorer is `tageval eval`).
//!
//! ```text
//! cargo run --release -p tageval-annotator --example timex_eval -- [DIR] [--errors N] [--kind fn|fp|extent|value|type] [--patterns N] [--split tune|held] [--list]
//! ```
//!
//! `--split` keeps one part of a deterministic split of the files: a file is in the
//! held-out part when the FNV-1a 64-bit hash of its file name (`ABC19980108.1830.0711.tml`,
//! no folder) is 0 modulo 4, else in the tuning part (about 25% / 75% of the files).
//! `--list` prints the paths of the files kept, one a line, and nothing else (to build a
//! folder of one part for `tageval eval`).
//!
//! `DIR` defaults to `/work/shared/data/timebank`. Prints relaxed (overlap) and strict
//! (same extent) span P/R/F1, value F1 (a prediction counts when it overlaps a gold
//! TIMEX3 with the same value), value and type accuracy over overlapping pairs, per
//! gold type and overall, then a sample of errors of each kind.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use annotator::dates::{DateOptions, DateTagger};
use annotator::Annotator;
use reader::{Layer, Span};

#[derive(Default, Clone, Copy)]
struct Counts {
    pred: usize,
    gold: usize,
    relaxed_p: usize,
    relaxed_r: usize,
    strict_p: usize,
    strict_r: usize,
    value_p: usize,
    value_r: usize,
    pairs: usize,
    pairs_value: usize,
    pairs_type: usize,
}

fn f1(p_hits: usize, pred: usize, r_hits: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred == 0 { 0.0 } else { p_hits as f64 / pred as f64 };
    let r = if gold == 0 { 0.0 } else { r_hits as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn context(text: &str, s: &Span) -> String {
    let mut lo = s.start.saturating_sub(40);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (s.end + 40).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    format!(
        "{}[{}]{}",
        text.get(lo..s.start).unwrap_or(""),
        s.text(text),
        text.get(s.end..hi).unwrap_or("")
    )
    .replace('\n', " ")
}

fn main() -> ExitCode {
    let mut dir = PathBuf::from("/work/shared/data/timebank");
    let mut show = 15usize;
    let mut kind: Option<String> = None;
    let mut patterns = 0usize;
    let mut split: Option<String> = None;
    let mut list = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--errors" => show = args.next().and_then(|n| n.parse().ok()).unwrap_or(15),
            "--kind" => kind = args.next(),
            "--patterns" => patterns = args.next().and_then(|n| n.parse().ok()).unwrap_or(40),
            "--split" => split = args.next(),
            "--list" => list = true,
            _ => dir = PathBuf::from(a),
        }
    }
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
    if list {
        for p in &files {
            println!("{}", p.display());
        }
        return ExitCode::SUCCESS;
    }
    let mut docs = Vec::with_capacity(files.len());
    for p in &files {
        match reader::timeml::read_file(p) {
            Ok(d) => docs.push(d),
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
    let mut by_type: BTreeMap<String, Counts> = BTreeMap::new();
    let mut errors: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    // Per text shape: (predictions without a value hit, gold without a value hit, total).
    let mut shapes: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    for ad in &docs {
        let text = &ad.doc.text;
        let gold: Vec<&Span> = ad.spans.iter().filter(|s| s.layer() == Some(Layer::Dates)).collect();
        let pred = tagger.annotate_alone(&ad.doc);
        let dct = ad.doc.dct.as_deref().unwrap_or("-");
        for p in &pred {
            let c = by_type.entry(p.label.clone()).or_default();
            c.pred += 1;
            let hits: Vec<&&Span> = gold.iter().filter(|g| overlaps(p, g)).collect();
            if !hits.is_empty() {
                c.relaxed_p += 1;
            } else {
                errors.entry("fp").or_default().push(format!(
                    "{} {} {:?}  {}",
                    p.label,
                    p.value.as_deref().unwrap_or(""),
                    p.text(text),
                    context(text, p)
                ));
            }
            if hits.iter().any(|g| g.start == p.start && g.end == p.end) {
                c.strict_p += 1;
            }
            let sh = shapes.entry(shape(p.text(text))).or_default();
            sh[2] += 1;
            if hits.iter().any(|g| g.value == p.value) {
                c.value_p += 1;
            } else {
                sh[0] += 1;
            }
        }
        for g in &gold {
            let c = by_type.entry(g.label.clone()).or_default();
            c.gold += 1;
            let hits: Vec<&Span> = pred.iter().filter(|p| overlaps(p, g)).collect();
            let sh = shapes.entry(shape(g.text(text))).or_default();
            sh[3] += 1;
            if !pred.iter().any(|p| overlaps(p, g) && p.value == g.value) {
                sh[1] += 1;
            }
            if hits.is_empty() {
                errors.entry("fn").or_default().push(format!(
                    "{} {} {:?}  {}",
                    g.label,
                    g.value.as_deref().unwrap_or(""),
                    g.text(text),
                    context(text, g)
                ));
                continue;
            }
            c.relaxed_r += 1;
            if hits.iter().any(|p| p.start == g.start && p.end == g.end) {
                c.strict_r += 1;
            } else {
                errors.entry("extent").or_default().push(format!(
                    "gold {:?} pred {:?}  {}",
                    g.text(text),
                    hits[0].text(text),
                    context(text, g)
                ));
            }
            if hits.iter().any(|p| p.value == g.value) {
                c.value_r += 1;
            }
            let p = hits[0];
            c.pairs += 1;
            if p.value == g.value {
                c.pairs_value += 1;
            } else {
                errors.entry("value").or_default().push(format!(
                    "{:?} gold {} pred {} (dct {dct})  {}",
                    g.text(text),
                    g.value.as_deref().unwrap_or(""),
                    p.value.as_deref().unwrap_or(""),
                    context(text, g)
                ));
            }
            if p.label == g.label {
                c.pairs_type += 1;
            } else {
                errors.entry("type").or_default().push(format!(
                    "{:?} gold {} pred {}  {}",
                    g.text(text),
                    g.label,
                    p.label,
                    context(text, g)
                ));
            }
        }
    }
    let mut all = Counts::default();
    println!("{} documents from {}", docs.len(), dir.display());
    println!(
        "{:<9} {:>5} {:>5}  {:>17}  {:>17}  {:>17}  {:>6} {:>6}",
        "type", "gold", "pred", "relaxed P/R/F1", "strict P/R/F1", "value P/R/F1", "valAcc", "typAcc"
    );
    let row = |name: &str, c: &Counts| {
        let (rp, rr, rf) = f1(c.relaxed_p, c.pred, c.relaxed_r, c.gold);
        let (sp, sr, sf) = f1(c.strict_p, c.pred, c.strict_r, c.gold);
        let (vp, vr, vf) = f1(c.value_p, c.pred, c.value_r, c.gold);
        let acc = |n: usize| if c.pairs == 0 { 0.0 } else { n as f64 / c.pairs as f64 };
        println!(
            "{name:<9} {:>5} {:>5}  {:.3}/{:.3}/{:.3}  {:.3}/{:.3}/{:.3}  {:.3}/{:.3}/{:.3}  {:>6.3} {:>6.3}",
            c.gold,
            c.pred,
            rp,
            rr,
            rf,
            sp,
            sr,
            sf,
            vp,
            vr,
            vf,
            acc(c.pairs_value),
            acc(c.pairs_type)
        );
    };
    for (name, c) in &by_type {
        row(name, c);
        all.pred += c.pred;
        all.gold += c.gold;
        all.relaxed_p += c.relaxed_p;
        all.relaxed_r += c.relaxed_r;
        all.strict_p += c.strict_p;
        all.strict_r += c.strict_r;
        all.value_p += c.value_p;
        all.value_r += c.value_r;
        all.pairs += c.pairs;
        all.pairs_value += c.pairs_value;
        all.pairs_type += c.pairs_type;
    }
    row("overall", &all);
    // Unrounded, for comparing runs near a threshold.
    let (_, _, vf) = f1(all.value_p, all.pred, all.value_r, all.gold);
    println!("value F1 {vf:.5} ({} / {} predictions, {} / {} gold)", all.value_p, all.pred, all.value_r, all.gold);
    println!("(per-type rows: precision by predicted type, recall by gold type)");
    for (k, list) in &errors {
        if kind.as_deref().is_some_and(|want| want != *k) {
            continue;
        }
        println!("\n== {k}: {} ==", list.len());
        // A spread sample rather than the first file's errors only.
        let step = (list.len() / show.max(1)).max(1);
        for e in list.iter().step_by(step).take(show) {
            println!("  {e}");
        }
    }
    if patterns > 0 {
        let mut rows: Vec<(&String, &[usize; 4])> = shapes.iter().filter(|(_, v)| v[0] + v[1] > 0).collect();
        rows.sort_by_key(|(k, v)| (std::cmp::Reverse(v[0] + v[1]), (*k).clone()));
        println!("\n== value errors by shape (pred wrong/pred, gold missed/gold) ==");
        for (k, v) in rows.into_iter().take(patterns) {
            println!("  {:>3}/{:<3} {:>3}/{:<3}  {k}", v[0], v[2], v[1], v[3]);
        }
    }
    ExitCode::SUCCESS
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
        } else if ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
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
