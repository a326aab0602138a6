//! The summary at the top of the page, rendered here so that it reads without
//! JavaScript: headline scores with their confidence intervals, the schema, label
//! and value tables, an F1 bar chart per label and the confusion heat map.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use scorer::counts::{confusion_axes, Confusion, MISSED, SPURIOUS};
use scorer::report::SchemaMetrics;
use scorer::{Interval, Metrics, Report, Schema, ValueMetrics};

use super::page::{escape, label_class};

/// Percent with one decimal: `0.8130` → `81.3`.
fn pct(x: f64) -> String {
    format!("{:.1}", 100.0 * x)
}

/// Writes the page header and the summary section.
pub fn write(out: &mut String, report: &Report, labels: &[String]) {
    let s = &report.schemas.strict;
    let _ = writeln!(
        out,
        "<header class=\"top\"><h1>tageval <span>error analysis</span></h1>\
         <p class=\"sub\">{} documents · {} characters · {} gold spans · {} predicted spans</p></header>",
        report.docs.scored, report.docs.characters, s.possible, s.actual
    );
    out.push_str("<main>\n<section id=\"summary\" class=\"summary\">\n");
    notes(out, report);
    cards(out, report);
    out.push_str("<div class=\"grid\">\n<div class=\"panel\">\n<h2>Schemas <small>micro-averaged, SemEval-2013 task 9.1</small></h2>\n");
    schema_table(out, report);
    detection(out, report);
    out.push_str("<h2>Values <small>TIMEX3 values and casualty figures, TempEval-3</small></h2>\n");
    value_table(out, report, labels);
    out.push_str("</div>\n<div class=\"panel\">\n<h2>F1 by label</h2>\n");
    bar_chart(out, &report.by_label, labels);
    out.push_str("</div>\n</div>\n<div class=\"grid wide-left\">\n<div class=\"panel\">\n<h2>By label <small>precision · recall · F1, %</small></h2>\n");
    label_table(out, report, labels);
    out.push_str("</div>\n<div class=\"panel\">\n<h2>Confusion <small>gold × predicted, type schema; click a cell to list its documents</small></h2>\n");
    heat_map(out, &report.confusion);
    out.push_str("</div>\n</div>\n</section>\n");
}

/// Documents that could not be paired, and spans set aside before matching.
fn notes(out: &mut String, report: &Report) {
    let list = |ids: &[String]| {
        let shown: Vec<String> = ids.iter().take(5).map(|id| escape(id)).collect();
        let more = ids.len().saturating_sub(shown.len());
        format!("{}{}", shown.join(", "), if more > 0 { format!(" and {more} more") } else { String::new() })
    };
    let d = &report.docs;
    if !d.gold_without_prediction.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"note\">{} gold document(s) have no prediction; all their gold counts as missed: {}</p>",
            d.gold_without_prediction.len(),
            list(&d.gold_without_prediction)
        );
    }
    if !d.prediction_without_gold.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"note\">{} predicted document(s) have no gold and are not scored: {}</p>",
            d.prediction_without_gold.len(),
            list(&d.prediction_without_gold)
        );
    }
    let (g, p) = (report.ignored.gold.total(), report.ignored.predicted.total());
    if g + p > 0 {
        let _ = writeln!(
            out,
            "<p class=\"note quiet\">Set aside before matching (layer not scored, or label mapped to O): {g} gold, {p} predicted span(s).</p>"
        );
    }
}

fn interval(i: Option<Interval>) -> String {
    match i {
        Some(i) => format!("<span class=\"ci\">95% CI {}–{}</span>", pct(i.low), pct(i.high)),
        None => String::new(),
    }
}

fn cards(out: &mut String, report: &Report) {
    let ci = report.confidence;
    let card = |out: &mut String, title: &str, f1: f64, p: f64, r: f64, extra: String| {
        let _ = writeln!(
            out,
            "<div class=\"card\"><div class=\"card-title\">{title}</div><div class=\"card-value\">{}</div>\
             <div class=\"card-pr\">P {} · R {}</div>{extra}</div>",
            pct(f1),
            pct(p),
            pct(r)
        );
    };
    out.push_str("<div class=\"cards\">\n");
    let s = &report.schemas.strict;
    card(out, "Strict F1", s.f1, s.precision, s.recall, interval(ci.map(|c| c.strict_f1)));
    let t = &report.schemas.r#type;
    card(out, "Type F1", t.f1, t.precision, t.recall, interval(ci.map(|c| c.type_f1)));
    let v = &report.values.overall;
    // Without dates or casualties on either side there is no value to score.
    let has_values = v.gold + v.predicted > 0;
    if has_values {
        card(out, "Value F1", v.f1, v.precision, v.recall, interval(ci.map(|c| c.value_f1)));
    }
    let d = &report.detection;
    card(
        out,
        "Detection F1, relaxed",
        d.relaxed.f1,
        d.relaxed.precision,
        d.relaxed.recall,
        "<span class=\"ci\">any overlap, labels ignored</span>".into(),
    );
    card(
        out,
        "Detection F1, strict",
        d.strict.f1,
        d.strict.precision,
        d.strict.recall,
        "<span class=\"ci\">same boundaries, labels ignored</span>".into(),
    );
    out.push_str("</div>\n");
    match ci {
        Some(c) => {
            let _ = writeln!(
                out,
                "<p class=\"quiet\">Confidence intervals: {:.0}% percentile bootstrap, {} resamples of documents, seed {}: \
                 strict F1 [{}, {}]; type F1 [{}, {}]{}.</p>",
                100.0 * c.level,
                c.resamples,
                c.seed,
                pct(c.strict_f1.low),
                pct(c.strict_f1.high),
                pct(c.type_f1.low),
                pct(c.type_f1.high),
                if has_values { format!("; value F1 [{}, {}]", pct(c.value_f1.low), pct(c.value_f1.high)) } else { String::new() }
            );
        }
        None => out.push_str("<p class=\"quiet\">Confidence intervals are off (--bootstrap 0).</p>\n"),
    }
}

/// An F1 cell with a bar behind the number.
fn f1_cell(f1: f64) -> String {
    format!("<td class=\"num f1\"><span class=\"bar\" style=\"width:{:.1}%\"></span><span class=\"v\">{}</span></td>", 100.0 * f1, pct(f1))
}

/// One schema's cells in a label's row: P and R, then F1 with its bar.
fn prf_cells(out: &mut String, precision: f64, recall: f64, f1: f64) {
    let _ = write!(out, "<td class=\"num group-start\">{}</td><td class=\"num\">{}</td>{}", pct(precision), pct(recall), f1_cell(f1));
}

fn schema_table(out: &mut String, report: &Report) {
    out.push_str(
        "<table class=\"schemas\"><thead><tr><th>schema</th><th>correct</th><th>incorrect</th><th>partial</th>\
         <th>missed</th><th>spurious</th><th>gold</th><th>pred</th><th>P</th><th>R</th><th>F1</th></tr></thead><tbody>\n",
    );
    for schema in Schema::ALL {
        let m: &Metrics = report.schemas.get(schema);
        let _ = writeln!(
            out,
            "<tr><th>{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>{}</tr>",
            schema.name(),
            m.correct,
            m.incorrect,
            m.partial,
            m.missed,
            m.spurious,
            m.possible,
            m.actual,
            pct(m.precision),
            pct(m.recall),
            f1_cell(m.f1)
        );
    }
    out.push_str("</tbody></table>\n");
}

fn detection(out: &mut String, report: &Report) {
    let (r, s) = (&report.detection.relaxed, &report.detection.strict);
    let _ = writeln!(
        out,
        "<p class=\"detection\"><b>Span detection</b>, labels ignored (TempEval-3): relaxed P {} R {} F1 {}; strict P {} R {} F1 {}</p>",
        pct(r.precision),
        pct(r.recall),
        pct(r.f1),
        pct(s.precision),
        pct(s.recall),
        pct(s.f1)
    );
}

fn value_table(out: &mut String, report: &Report, labels: &[String]) {
    let v = &report.values;
    if v.by_layer.is_empty() {
        out.push_str("<p class=\"quiet\">No date or casualty layer was scored.</p>\n");
        return;
    }
    out.push_str(
        "<table class=\"values\"><thead><tr><th></th><th>gold</th><th>pred</th><th>strict accuracy</th>\
         <th>overlap accuracy</th><th>P</th><th>R</th><th>value F1</th></tr></thead><tbody>\n",
    );
    let row = |out: &mut String, name: String, m: &ValueMetrics, class: &str| {
        let _ = writeln!(
            out,
            "<tr class=\"{class}\"><th>{name}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{} <small>({}/{})</small></td><td class=\"num\">{} <small>({}/{})</small></td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td>{}</tr>",
            m.gold,
            m.predicted,
            pct(m.strict_accuracy),
            m.strict_correct,
            m.strict_matched,
            pct(m.overlap_accuracy),
            m.overlap_correct,
            m.overlap_matched,
            pct(m.precision),
            pct(m.recall),
            f1_cell(m.f1)
        );
    };
    for (layer, m) in &v.by_layer {
        row(out, escape(layer), m, "layer");
    }
    for (label, m) in &v.by_label {
        row(out, label_name(label, labels), m, "");
    }
    row(out, "all".into(), &v.overall, "total");
    out.push_str("</tbody></table>\n");
}

/// A label with its colour swatch.
fn label_name(label: &str, labels: &[String]) -> String {
    format!("<span class=\"lab {}\">{}</span>", label_class(label, labels), escape(label))
}

fn label_table(out: &mut String, report: &Report, labels: &[String]) {
    out.push_str("<table class=\"labels\"><thead><tr><th rowspan=\"2\">label</th><th rowspan=\"2\">gold</th><th rowspan=\"2\">pred</th>");
    for schema in Schema::ALL {
        let _ = write!(out, "<th colspan=\"3\" class=\"group\">{}</th>", schema.name());
    }
    out.push_str("</tr><tr>");
    for _ in Schema::ALL {
        out.push_str("<th class=\"group-start\">P</th><th>R</th><th>F1</th>");
    }
    out.push_str("</tr></thead><tbody>\n");
    for (label, m) in &report.by_label {
        let _ = write!(
            out,
            "<tr><th>{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>",
            label_name(label, labels),
            m.strict.possible,
            m.strict.actual
        );
        for schema in Schema::ALL {
            let s = m.get(schema);
            prf_cells(out, s.precision, s.recall, s.f1);
        }
        out.push_str("</tr>\n");
    }
    let a = &report.macro_avg;
    out.push_str("<tr class=\"total\"><th>macro</th><td></td><td></td>");
    for avg in [a.strict, a.exact, a.partial, a.r#type] {
        prf_cells(out, avg.precision, avg.recall, avg.f1);
    }
    out.push_str("</tr>\n</tbody></table>\n");
}

/// Horizontal bars, one group per label: F1 under each schema.
fn bar_chart(out: &mut String, by_label: &BTreeMap<String, SchemaMetrics>, labels: &[String]) {
    const LABEL_W: f64 = 92.0;
    const BAR_W: f64 = 330.0;
    const BAR_H: f64 = 7.0;
    const GAP: f64 = 2.0;
    const GROUP_GAP: f64 = 12.0;
    let group_h = 4.0 * (BAR_H + GAP) - GAP;
    let height = by_label.len() as f64 * (group_h + GROUP_GAP) + 34.0;
    let width = LABEL_W + BAR_W + 48.0;
    let _ = writeln!(
        out,
        "<svg class=\"chart\" role=\"img\" aria-label=\"F1 by label and schema\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">"
    );
    // Legend.
    for (i, schema) in Schema::ALL.iter().enumerate() {
        let x = LABEL_W + i as f64 * 82.0;
        let _ = writeln!(
            out,
            "<rect class=\"s-{0}\" x=\"{x}\" y=\"4\" width=\"10\" height=\"10\" rx=\"2\"/><text x=\"{1}\" y=\"13\" class=\"legend\">{0}</text>",
            schema.name(),
            x + 14.0
        );
    }
    // Grid lines at 0, 50 and 100 %.
    for frac in [0.0, 0.5, 1.0] {
        let x = LABEL_W + frac * BAR_W;
        let _ = writeln!(out, "<line class=\"grid\" x1=\"{x}\" x2=\"{x}\" y1=\"24\" y2=\"{}\"/>", height - 4.0);
    }
    for (row, (label, m)) in by_label.iter().enumerate() {
        let y0 = 28.0 + row as f64 * (group_h + GROUP_GAP);
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" class=\"axis {}\" text-anchor=\"end\">{}</text>",
            LABEL_W - 8.0,
            y0 + group_h / 2.0 + 4.0,
            label_class(label, labels),
            escape(label)
        );
        for (i, schema) in Schema::ALL.iter().enumerate() {
            let f1 = m.get(*schema).f1;
            let y = y0 + i as f64 * (BAR_H + GAP);
            let w = (f1 * BAR_W).max(0.5);
            let _ = writeln!(
                out,
                "<rect class=\"s-{}\" x=\"{LABEL_W}\" y=\"{y}\" width=\"{w:.1}\" height=\"{BAR_H}\" rx=\"1.5\"><title>{} {}: F1 {}</title></rect>\
                 <text x=\"{:.1}\" y=\"{}\" class=\"val\">{}</text>",
                schema.name(),
                escape(label),
                schema.name(),
                pct(f1),
                LABEL_W + w + 4.0,
                y + BAR_H - 0.5,
                pct(f1)
            );
        }
    }
    out.push_str("</svg>\n");
}

/// The confusion matrix as a heat map: agreement in green (share of the gold
/// row), confusions in red (against the largest confusion).
fn heat_map(out: &mut String, confusion: &Confusion) {
    if confusion.is_empty() {
        out.push_str("<p class=\"quiet\">No spans to compare.</p>\n");
        return;
    }
    let (rows, cols) = confusion_axes(confusion);
    let get = |r: &str, c: &str| confusion.get(r).and_then(|row| row.get(c)).copied().unwrap_or(0);
    let max_off = rows
        .iter()
        .flat_map(|r| cols.iter().map(move |c| (*r, *c)))
        .filter(|(r, c)| r != c)
        .map(|(r, c)| get(r, c))
        .max()
        .unwrap_or(0)
        .max(1);
    out.push_str("<table class=\"heat\"><thead><tr><th class=\"corner\">gold ╲ pred</th>");
    for col in &cols {
        let _ = write!(out, "<th class=\"col\">{}</th>", escape(col));
    }
    out.push_str("</tr></thead><tbody>\n");
    for row in &rows {
        let total: u64 = cols.iter().map(|c| get(row, c)).sum();
        let _ = write!(out, "<tr><th>{}</th>", escape(row));
        for col in &cols {
            let n = get(row, col);
            if n == 0 {
                out.push_str("<td class=\"hm zero\"></td>");
                continue;
            }
            let (class, alpha) = if row == col {
                ("agree", 0.15 + 0.75 * n as f64 / total.max(1) as f64)
            } else {
                ("confuse", 0.12 + 0.78 * (n as f64 / max_off as f64).sqrt())
            };
            let title = match (*row, *col) {
                (SPURIOUS, c) => format!("{n} spurious {c} prediction(s)"),
                (r, MISSED) => format!("{n} missed {r} gold span(s)"),
                (r, c) if r == c => format!("{n} {r} gold span(s) predicted {c}"),
                (r, c) => format!("{n} {r} gold span(s) predicted as {c}"),
            };
            let ink = if alpha > 0.55 { " dark" } else { "" };
            let _ = write!(
                out,
                "<td class=\"hm {class}{ink}\" style=\"--a:{alpha:.2}\" data-g=\"{}\" data-p=\"{}\" title=\"{}\">{n}</td>",
                escape(row),
                escape(col),
                escape(&title)
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
}
