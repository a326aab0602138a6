//! `tageval score --totals FIELD`: document death tolls against a coded toll.
//!
//! The gold gives one number per document: a field of a JSONL corpus (ACLED's
//! `fatalities`) or a column of a CSV with an id column. The predictions give the
//! killed total (`casualty_totals.killed`, as `tageval annotate` writes it; else
//! computed from their CASUALTY spans) and the text. The metric itself lives in
//! [`scorer::totals`].

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context, Result};
use reader::AnnotatedDoc;
use scorer::totals::{score_totals, TotalsDoc, TotalsReport};

use crate::args::{ReportFormat, ScoreArgs, SplitArg};
use crate::input::Input;
use crate::output::Output;
use crate::Outcome;
use tageval::TOTALS_FIELD;

/// How many of the worst documents the table lists when `--errors` is given.
const WORST_SHOWN: usize = 20;

/// Runs `tageval score --totals FIELD`.
pub fn score(args: &ScoreArgs, field: &str) -> Result<Outcome> {
    let gold = read_gold(args, field)?;
    let pred = Input::new(&args.pred, args.pred_format, args.text_dir.as_deref())?.read_all()?;
    let by_id: HashMap<&str, &AnnotatedDoc> = pred.iter().map(|d| (d.doc.id.as_str(), d)).collect();
    let mut docs = Vec::with_capacity(gold.len());
    let mut missing = 0usize;
    for (id, text, toll) in gold {
        if args.split.is_some_and(|part| in_part(&id) != part) {
            continue;
        }
        let Some(doc) = by_id.get(id.as_str()) else {
            missing += 1;
            continue;
        };
        let text = if text.is_empty() { doc.doc.text.clone() } else { text };
        docs.push(TotalsDoc { id, text, gold: toll, predicted: predicted_killed(doc) });
    }
    if missing > 0 {
        eprintln!("tageval: warning: {missing} gold document(s) have no prediction and are not scored");
    }
    let report = score_totals(&docs);
    if let Some(path) = &args.report.errors {
        write_errors(path, &report)?;
    }
    let worst = if args.report.errors.is_some() { WORST_SHOWN } else { 0 };
    let text = match args.report.format {
        ReportFormat::Json => report.render_json(),
        _ => report.render_table(worst),
    };
    let mut out = Output::create(args.report.scope.output.as_deref().filter(|p| *p != Path::new("-")))?;
    out.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    out.commit()?;
    Ok(Outcome::Ok)
}

/// The part of the 70/30 development split a document id falls in: FNV-1a of the id.
pub fn in_part(id: &str) -> SplitArg {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    if hash % 10 < 3 {
        SplitArg::Heldout
    } else {
        SplitArg::Tune
    }
}

/// The killed total of a predicted document: its `casualty_totals.killed`, or, for
/// predictions without the field, the totals of its CASUALTY spans.
pub(crate) fn predicted_killed(doc: &AnnotatedDoc) -> Option<String> {
    match doc.doc.meta.get(TOTALS_FIELD) {
        Some(totals) => totals.get("killed").and_then(|v| v.as_str()).map(String::from),
        None => annotator::casualties::totals_dated(&doc.doc.text, &doc.spans, doc.doc.dct.as_deref()).get("killed").map(|t| t.to_string()),
    }
}

/// A coded toll: a whole number, or a string holding one.
pub(crate) fn parse_toll(value: &serde_json::Value) -> Option<u64> {
    match value {
        serde_json::Value::Number(n) => n.as_u64(),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// `(id, text, toll)` of every gold document (text empty for a CSV gold).
fn read_gold(args: &ScoreArgs, field: &str) -> Result<Vec<(String, String, u64)>> {
    let path = &args.gold;
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
        return read_csv_gold(path, &args.gold_id_column, field);
    }
    let docs = Input::new(path, args.gold_format, args.text_dir.as_deref())?.read_all()?;
    let mut out = Vec::with_capacity(docs.len());
    for doc in docs {
        let Some(value) = doc.doc.meta.get(field) else {
            bail!("{}: document {} has no field `{field}`", path.display(), doc.doc.id);
        };
        let Some(toll) = parse_toll(value) else {
            bail!("{}: document {}: `{field}` is not a whole number: {value}", path.display(), doc.doc.id);
        };
        out.push((doc.doc.id, doc.doc.text, toll));
    }
    Ok(out)
}

fn read_csv_gold(path: &Path, id_column: &str, field: &str) -> Result<Vec<(String, String, u64)>> {
    let mut reader = csv::Reader::from_path(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let headers = reader.headers().with_context(|| format!("{}: cannot read the header", path.display()))?.clone();
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let Some(id_at) = column(id_column) else { bail!("{}: no `{id_column}` column", path.display()) };
    let Some(field_at) = column(field) else { bail!("{}: no `{field}` column", path.display()) };
    let text_at = column("text");
    let mut out = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let line = n + 2;
        let record = record.with_context(|| format!("{}:{line}: cannot read the row", path.display()))?;
        let id = record.get(id_at).unwrap_or("").trim().to_string();
        let raw = record.get(field_at).unwrap_or("").trim();
        let Ok(toll) = raw.parse::<u64>() else {
            bail!("{}:{line} ({id}): `{field}` is not a whole number: {raw:?}", path.display());
        };
        let text = text_at.and_then(|i| record.get(i)).unwrap_or("").to_string();
        out.push((id, text, toll));
    }
    Ok(out)
}

fn write_errors(path: &Path, report: &TotalsReport) -> Result<()> {
    let mut out = Output::create(Some(path))?;
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(["id", "gold", "predicted", "off_by", "text"])?;
        for e in &report.errors {
            let off = e.off_by.to_string();
            let gold = e.gold.to_string();
            writer.write_record([e.id.as_str(), &gold, e.predicted.as_deref().unwrap_or(""), &off, &e.text])?;
        }
        out.write_all(&writer.into_inner().context("cannot write the error listing")?)?;
    } else {
        for e in &report.errors {
            serde_json::to_writer(&mut out, e).context("cannot write the error listing")?;
            out.write_all(b"\n")?;
        }
    }
    out.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_is_stable_and_about_thirty_percent() {
        let held = (0..1000).filter(|i| in_part(&format!("doc{i}")) == SplitArg::Heldout).count();
        assert!((250..350).contains(&held), "{held}");
        assert_eq!(in_part("acled2016_8087RTA"), in_part("acled2016_8087RTA"));
    }
}
