//! Reports: every figure derived from [`Counts`], and its renderings (terminal
//! table, CSV, JSON, conlleval-style text).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::bootstrap::{bootstrap, BootstrapOptions, Confidence};
use crate::counts::{confusion_axes, Confusion, Counts, IgnoredCounts, Metrics, SchemaCounts};
use crate::schemas::Schema;
use crate::values::{ValueCounts, ValueMetrics};

/// How to derive a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportOptions {
    /// Bootstrap settings (1000 resamples, seed 42 by default; 0 resamples: none).
    pub bootstrap: BootstrapOptions,
    /// Include per-document figures (`by_doc`).
    pub by_doc: bool,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions { bootstrap: BootstrapOptions::default(), by_doc: true }
    }
}

/// [`Metrics`] of each schema.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct SchemaMetrics {
    /// Strict.
    pub strict: Metrics,
    /// Exact.
    pub exact: Metrics,
    /// Partial.
    pub partial: Metrics,
    /// Type.
    pub r#type: Metrics,
}

impl SchemaMetrics {
    fn of(counts: &SchemaCounts) -> Self {
        let m = |s| counts.get(s).metrics(s);
        SchemaMetrics { strict: m(Schema::Strict), exact: m(Schema::Exact), partial: m(Schema::Partial), r#type: m(Schema::Type) }
    }

    /// The metrics of `schema`.
    pub fn get(&self, schema: Schema) -> &Metrics {
        match schema {
            Schema::Strict => &self.strict,
            Schema::Exact => &self.exact,
            Schema::Partial => &self.partial,
            Schema::Type => &self.r#type,
        }
    }
}

/// Unweighted means over labels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Average {
    /// Labels averaged over.
    pub labels: usize,
    /// Mean precision.
    pub precision: f64,
    /// Mean recall.
    pub recall: f64,
    /// Mean F1 (of the per-label F1s, not the F1 of the means).
    pub f1: f64,
}

impl Average {
    fn of(items: impl IntoIterator<Item = (f64, f64, f64)>) -> Average {
        let mut avg = Average::default();
        for (p, r, f) in items {
            avg.labels += 1;
            avg.precision += p;
            avg.recall += r;
            avg.f1 += f;
        }
        if avg.labels > 0 {
            let n = avg.labels as f64;
            (avg.precision, avg.recall, avg.f1) = (avg.precision / n, avg.recall / n, avg.f1 / n);
        }
        avg
    }
}

/// Macro averages over the labels of `by_label` (and of the value labels).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct MacroMetrics {
    /// Strict.
    pub strict: Average,
    /// Exact.
    pub exact: Average,
    /// Partial.
    pub partial: Average,
    /// Type.
    pub r#type: Average,
    /// Value F1 over the labels of the value layers.
    pub value: Average,
}

/// Value figures: all value layers, per layer and per label.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ValuesReport {
    /// Date and casualty layers together.
    pub overall: ValueMetrics,
    /// Per layer (`dates`, `casualties`).
    pub by_layer: BTreeMap<String, ValueMetrics>,
    /// Per label.
    pub by_label: BTreeMap<String, ValueMetrics>,
}

impl ValuesReport {
    fn of(counts: &ValueCounts) -> Self {
        ValuesReport {
            overall: counts.total().metrics(),
            by_layer: counts.by_layer.iter().map(|(k, v)| (k.clone(), v.metrics())).collect(),
            by_label: counts.by_label.iter().map(|(k, v)| (k.clone(), v.metrics())).collect(),
        }
    }
}

/// Which documents were scored.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocsSummary {
    /// Gold documents scored.
    pub scored: usize,
    /// Their length in code points.
    pub characters: u64,
    /// Gold documents without a prediction (all their gold counted missed).
    pub gold_without_prediction: Vec<String>,
    /// Predicted documents without gold (not scored).
    pub prediction_without_gold: Vec<String>,
}

/// Figures of one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocReport {
    /// False when the document had no prediction.
    pub has_prediction: bool,
    /// Per schema.
    pub schemas: SchemaMetrics,
    /// Values of all value layers.
    pub values: ValueMetrics,
}

/// Everything a scoring run found, ready to render or serialise.
///
/// Serialises (serde) to the JSON report: `schemas`, `by_label`, `by_layer`, `macro`, `values`,
/// `confidence`, `confusion`, `ignored`, `docs`, `by_doc`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    /// Micro figures per schema.
    pub schemas: SchemaMetrics,
    /// Figures per label (each label matched on its own, as nervaluate).
    pub by_label: BTreeMap<String, SchemaMetrics>,
    /// Figures per layer (`entities`, `dates`, `casualties`, `other`), each layer
    /// matched on its own.
    pub by_layer: BTreeMap<String, SchemaMetrics>,
    /// Macro averages.
    #[serde(rename = "macro")]
    pub macro_avg: MacroMetrics,
    /// Span detection in TempEval-3's terms: labels ignored; relaxed counts any
    /// overlap fully, strict needs the same boundaries.
    pub detection: Detection,
    /// Value scoring.
    pub values: ValuesReport,
    /// Bootstrap intervals; absent when turned off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Gold label × predicted label.
    pub confusion: Confusion,
    /// Spans set aside before matching.
    pub ignored: IgnoredCounts,
    /// Which documents were scored.
    pub docs: DocsSummary,
    /// Figures per document (empty unless asked for).
    pub by_doc: BTreeMap<String, DocReport>,
}

/// Span detection as TempEval-3 reports it for TIMEX3: labels play no part.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Detection {
    /// Any overlap is a full match (the partial schema's correct and partial together).
    pub relaxed: Metrics,
    /// Same boundaries (the exact schema).
    pub strict: Metrics,
}

impl Detection {
    /// Span detection from the counts of one set of spans (all labels, or one label's).
    pub fn of(schemas: &SchemaCounts) -> Detection {
        let partial = schemas.get(Schema::Partial);
        let overlap = crate::counts::Tally {
            correct: partial.correct + partial.partial,
            incorrect: 0,
            partial: 0,
            missed: partial.missed,
            spurious: partial.spurious,
        };
        Detection { relaxed: overlap.metrics(Schema::Exact), strict: schemas.get(Schema::Exact).metrics(Schema::Exact) }
    }
}

impl Counts {
    /// Derives the report. Deterministic: the same counts (however merged) give the
    /// same report.
    pub fn report(&self, options: &ReportOptions) -> Report {
        let total = self.total();
        let by_label: BTreeMap<String, SchemaMetrics> =
            total.by_label.iter().map(|(label, c)| (label.clone(), SchemaMetrics::of(c))).collect();
        let average = |s: Schema| Average::of(by_label.values().map(|m| m.get(s)).map(|m| (m.precision, m.recall, m.f1)));
        let values = ValuesReport::of(&total.values);
        let macro_avg = MacroMetrics {
            strict: average(Schema::Strict),
            exact: average(Schema::Exact),
            partial: average(Schema::Partial),
            r#type: average(Schema::Type),
            value: Average::of(values.by_label.values().map(|m| (m.precision, m.recall, m.f1))),
        };
        let by_doc = if options.by_doc {
            self.docs
                .iter()
                .map(|(id, c)| {
                    let doc = DocReport {
                        has_prediction: c.has_prediction,
                        schemas: SchemaMetrics::of(&c.schemas),
                        values: c.values.total().metrics(),
                    };
                    (id.clone(), doc)
                })
                .collect()
        } else {
            BTreeMap::new()
        };
        Report {
            schemas: SchemaMetrics::of(&total.schemas),
            detection: Detection::of(&total.schemas),
            by_label,
            by_layer: total.by_layer.iter().map(|(layer, c)| (layer.clone(), SchemaMetrics::of(c))).collect(),
            macro_avg,
            values,
            confidence: bootstrap(self.docs.values(), options.bootstrap),
            confusion: total.confusion.clone(),
            ignored: total.ignored,
            docs: DocsSummary {
                scored: self.docs.len(),
                characters: total.chars,
                gold_without_prediction: self.gold_without_prediction().map(str::to_string).collect(),
                prediction_without_gold: self.prediction_without_gold.iter().cloned().collect(),
            },
            by_doc,
        }
    }
}

impl Report {
    /// Strict micro F1 (what `--min-f1` gates on).
    pub fn strict_f1(&self) -> f64 {
        self.schemas.strict.f1
    }

    /// The report as a JSON value.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("a report is plain data")
    }

    /// The report as pretty-printed JSON, with a final newline.
    pub fn render_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).expect("a report is plain data");
        out.push('\n');
        out
    }

    /// A table for the terminal: schemas, labels, values, intervals, confusion.
    pub fn render_table(&self) -> String {
        let mut out = String::new();
        let s = &self.schemas.strict;
        let _ = writeln!(out, "{} documents, {} gold spans, {} predicted spans\n", self.docs.scored, s.possible, s.actual);
        let _ = writeln!(
            out,
            "{:<8} {:>8} {:>9} {:>8} {:>7} {:>8} {:>8} {:>7} {:>9} {:>7} {:>7}",
            "schema", "correct", "incorrect", "partial", "missed", "spurious", "possible", "actual", "precision", "recall", "f1"
        );
        for schema in Schema::ALL {
            let m = self.schemas.get(schema);
            let _ = writeln!(
                out,
                "{:<8} {:>8} {:>9} {:>8} {:>7} {:>8} {:>8} {:>7} {:>9.4} {:>7.4} {:>7.4}",
                schema.name(),
                m.correct,
                m.incorrect,
                m.partial,
                m.missed,
                m.spurious,
                m.possible,
                m.actual,
                m.precision,
                m.recall,
                m.f1
            );
        }
        let (r, x) = (&self.detection.relaxed, &self.detection.strict);
        let _ = writeln!(
            out,
            "\nspan detection, labels ignored (TempEval-3): relaxed P {:.4} R {:.4} F1 {:.4}; strict P {:.4} R {:.4} F1 {:.4}",
            r.precision, r.recall, r.f1, x.precision, x.recall, x.f1
        );
        if !self.by_label.is_empty() {
            let width = self.by_label.keys().map(String::len).max().unwrap_or(0).max(8);
            let _ = writeln!(
                out,
                "\n{:<width$} {:>8} {:>7} {:>8} {:>8} {:>9} {:>8} {:>10} {:>7}",
                "label", "possible", "actual", "strict P", "strict R", "strict F1", "exact F1", "partial F1", "type F1"
            );
            for (label, m) in &self.by_label {
                let _ = writeln!(
                    out,
                    "{:<width$} {:>8} {:>7} {:>8.4} {:>8.4} {:>9.4} {:>8.4} {:>10.4} {:>7.4}",
                    label,
                    m.strict.possible,
                    m.strict.actual,
                    m.strict.precision,
                    m.strict.recall,
                    m.strict.f1,
                    m.exact.f1,
                    m.partial.f1,
                    m.r#type.f1
                );
            }
            let a = &self.macro_avg;
            let _ = writeln!(
                out,
                "{:<width$} {:>8} {:>7} {:>8.4} {:>8.4} {:>9.4} {:>8.4} {:>10.4} {:>7.4}",
                "(macro)", "", "", a.strict.precision, a.strict.recall, a.strict.f1, a.exact.f1, a.partial.f1, a.r#type.f1
            );
        }
        if !self.values.by_layer.is_empty() {
            let _ = writeln!(
                out,
                "\n{:<10} {:>5} {:>5} {:>16} {:>16} {:>7} {:>7} {:>8}",
                "values", "gold", "pred", "strict accuracy", "overlap accuracy", "P", "R", "value F1"
            );
            let rows = self.values.by_layer.iter().chain(&self.values.by_label);
            for (name, v) in rows.chain(std::iter::once((&"all".to_string(), &self.values.overall))) {
                let _ = writeln!(
                    out,
                    "{:<10} {:>5} {:>5} {:>7.4} ({:>2}/{:<3}) {:>7.4} ({:>2}/{:<3}) {:>7.4} {:>7.4} {:>8.4}",
                    name,
                    v.gold,
                    v.predicted,
                    v.strict_accuracy,
                    v.strict_correct,
                    v.strict_matched,
                    v.overlap_accuracy,
                    v.overlap_correct,
                    v.overlap_matched,
                    v.precision,
                    v.recall,
                    v.f1
                );
            }
        }
        if let Some(c) = &self.confidence {
            let _ = write!(
                out,
                "\n{:.0}% confidence ({} resamples of {}, seed {}): strict F1 [{:.4}, {:.4}]; type F1 [{:.4}, {:.4}]",
                c.level * 100.0,
                c.resamples,
                c.unit,
                c.seed,
                c.strict_f1.low,
                c.strict_f1.high,
                c.type_f1.low,
                c.type_f1.high,
            );
            // A corpus without dates or casualties has no value F1 to bound.
            if self.values.overall.gold + self.values.overall.predicted > 0 {
                let _ = write!(out, "; value F1 [{:.4}, {:.4}]", c.value_f1.low, c.value_f1.high);
            }
            out.push('\n');
        }
        render_confusion(&mut out, &self.confusion);
        for (side, ignored) in [("gold", &self.ignored.gold), ("predicted", &self.ignored.predicted)] {
            if ignored.total() > 0 {
                let _ = writeln!(
                    out,
                    "\nignored {side} spans: {} (layer not scored {}, label without layer {}, mapped to O {})",
                    ignored.total(),
                    ignored.uncovered_layer,
                    ignored.no_layer,
                    ignored.mapped_out
                );
            }
        }
        list_ids(&mut out, "gold documents without prediction (all missed)", &self.docs.gold_without_prediction);
        list_ids(&mut out, "predicted documents without gold (not scored)", &self.docs.prediction_without_gold);
        out
    }

    /// A stable text report for snapshots and `git diff`: one figure group a line,
    /// every score with four decimals, sorted keys, no confidence intervals (they
    /// depend on the resampling settings), no timings and no paths. Two runs that
    /// count the same give the same bytes on any machine; a changed figure changes
    /// only its own lines.
    ///
    /// ```
    /// use reader::{AnnotatedDoc, Document, Layer, Span};
    /// let gold = AnnotatedDoc {
    ///     doc: Document::new("d1", "Assad met Kerry."),
    ///     spans: vec![Span::new(0, 5, "PER"), Span::new(10, 15, "PER")],
    ///     layers: vec![Layer::Entities],
    /// };
    /// let mut pred = gold.clone();
    /// pred.spans.pop();
    /// let counts = scorer::score(&[gold], &[pred], &Default::default())?;
    /// let text = counts.report(&Default::default()).render_snapshot();
    /// assert!(text.contains("\nall strict correct 1 incorrect 0 partial 0 missed 1 spurious 0 possible 2 actual 1 P 1.0000 R 0.5000 F1 0.6667\n"));
    /// assert!(text.contains("\ndoc d1 strict P 1.0000 R 0.5000 F1 0.6667\n"));
    /// # Ok::<(), scorer::Error>(())
    /// ```
    pub fn render_snapshot(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# tageval score report (snapshot format 1)");
        let _ = writeln!(out, "documents {} characters {}", self.docs.scored, self.docs.characters);
        let metrics = |out: &mut String, scope: &str, m: &SchemaMetrics| {
            for schema in Schema::ALL {
                let x = m.get(schema);
                let _ =
                    writeln!(
                    out,
                    "{scope} {} correct {} incorrect {} partial {} missed {} spurious {} possible {} actual {} P {:.4} R {:.4} F1 {:.4}",
                    schema.name(), x.correct, x.incorrect, x.partial, x.missed, x.spurious, x.possible, x.actual,
                    x.precision, x.recall, x.f1
                );
            }
        };
        out.push('\n');
        metrics(&mut out, "all", &self.schemas);
        for (layer, m) in &self.by_layer {
            metrics(&mut out, &format!("layer {layer}"), m);
        }
        for (label, m) in &self.by_label {
            metrics(&mut out, &format!("label {label}"), m);
        }
        let a = &self.macro_avg;
        for (name, avg) in [("strict", &a.strict), ("exact", &a.exact), ("partial", &a.partial), ("type", &a.r#type), ("value", &a.value)] {
            if avg.labels > 0 {
                let _ = writeln!(out, "macro {name} labels {} P {:.4} R {:.4} F1 {:.4}", avg.labels, avg.precision, avg.recall, avg.f1);
            }
        }
        let (r, x) = (&self.detection.relaxed, &self.detection.strict);
        let _ = writeln!(out, "detection relaxed P {:.4} R {:.4} F1 {:.4}", r.precision, r.recall, r.f1);
        let _ = writeln!(out, "detection strict P {:.4} R {:.4} F1 {:.4}", x.precision, x.recall, x.f1);
        if self.values.overall.gold + self.values.overall.predicted > 0 {
            out.push('\n');
            let value = |out: &mut String, scope: &str, v: &ValueMetrics| {
                let _ = writeln!(
                    out,
                    "value {scope} gold {} predicted {} strict {}/{} overlap {}/{} P {:.4} R {:.4} F1 {:.4}",
                    v.gold,
                    v.predicted,
                    v.strict_correct,
                    v.strict_matched,
                    v.overlap_correct,
                    v.overlap_matched,
                    v.precision,
                    v.recall,
                    v.f1
                );
            };
            value(&mut out, "all", &self.values.overall);
            for (layer, v) in &self.values.by_layer {
                value(&mut out, &format!("layer {layer}"), v);
            }
            for (label, v) in &self.values.by_label {
                value(&mut out, &format!("label {label}"), v);
            }
        }
        if !self.confusion.is_empty() {
            out.push('\n');
            for (gold, row) in &self.confusion {
                for (pred, n) in row {
                    let _ = writeln!(out, "confusion {gold} -> {pred} {n}");
                }
            }
        }
        for (side, ignored) in [("gold", &self.ignored.gold), ("predicted", &self.ignored.predicted)] {
            if ignored.total() > 0 {
                let _ = writeln!(
                    out,
                    "ignored {side} layer-not-scored {} label-without-layer {} mapped-to-O {}",
                    ignored.uncovered_layer, ignored.no_layer, ignored.mapped_out
                );
            }
        }
        for id in &self.docs.gold_without_prediction {
            let _ = writeln!(out, "gold without prediction {id}");
        }
        for id in &self.docs.prediction_without_gold {
            let _ = writeln!(out, "prediction without gold {id}");
        }
        if !self.by_doc.is_empty() {
            out.push('\n');
            for (id, d) in &self.by_doc {
                let s = &d.schemas.strict;
                let _ = write!(out, "doc {id} strict P {:.4} R {:.4} F1 {:.4}", s.precision, s.recall, s.f1);
                if d.values.gold + d.values.predicted > 0 {
                    let _ = write!(out, " value F1 {:.4}", d.values.f1);
                }
                if !d.has_prediction {
                    out.push_str(" (no prediction)");
                }
                out.push('\n');
            }
        }
        out
    }

    /// CSV, one row per (scope, name, schema): scopes `overall`, `label`, `macro`,
    /// `values` (schema `value`: correct = overlapping pairs with equal values,
    /// possible = gold, actual = predicted) and `doc`. Text cells (label names,
    /// document ids) are neutralised against formula injection
    /// ([`crate::errors::neutralise_cell`]); numbers are written as they are.
    pub fn render_csv(&self) -> String {
        self.render_csv_cells(true)
    }

    /// [`Report::render_csv`], with text cells neutralised (`neutralise`) or written raw.
    pub fn render_csv_cells(&self, neutralise: bool) -> String {
        let text = |s: &str| if neutralise { crate::errors::neutralise_cell(s).into_owned() } else { s.to_string() };
        let mut w = csv::Writer::from_writer(Vec::new());
        let header = [
            "scope", "name", "schema", "correct", "incorrect", "partial", "missed", "spurious", "possible", "actual", "precision",
            "recall", "f1",
        ];
        let mut rows: Vec<Vec<String>> = vec![header.iter().map(|s| s.to_string()).collect()];
        let metrics_row = |scope: &str, name: &str, schema: Schema, m: &Metrics| {
            let mut row = vec![scope.to_string(), text(name), schema.name().to_string()];
            row.extend([m.correct, m.incorrect, m.partial, m.missed, m.spurious, m.possible, m.actual].map(|n| n.to_string()));
            row.extend([m.precision, m.recall, m.f1].map(|x| x.to_string()));
            row
        };
        for schema in Schema::ALL {
            rows.push(metrics_row("overall", "all", schema, self.schemas.get(schema)));
        }
        for (label, m) in &self.by_label {
            for schema in Schema::ALL {
                rows.push(metrics_row("label", label, schema, m.get(schema)));
            }
        }
        let a = &self.macro_avg;
        for (schema, avg) in [("strict", a.strict), ("exact", a.exact), ("partial", a.partial), ("type", a.r#type), ("value", a.value)] {
            let mut row = vec!["macro".to_string(), "all".to_string(), schema.to_string()];
            row.resize(row.len() + 7, String::new());
            row.extend([avg.precision, avg.recall, avg.f1].map(|x| x.to_string()));
            rows.push(row);
        }
        let values = self.values.by_layer.iter().chain(&self.values.by_label);
        for (name, v) in std::iter::once((&"all".to_string(), &self.values.overall)).chain(values) {
            let mut row = vec!["values".to_string(), text(name), "value".to_string(), v.overlap_correct.to_string()];
            row.resize(row.len() + 4, String::new());
            row.extend([v.gold, v.predicted].map(|n| n.to_string()));
            row.extend([v.precision, v.recall, v.f1].map(|x| x.to_string()));
            rows.push(row);
        }
        for (id, d) in &self.by_doc {
            for schema in Schema::ALL {
                rows.push(metrics_row("doc", id, schema, d.schemas.get(schema)));
            }
        }
        for row in rows {
            w.write_record(&row).expect("writing to memory");
        }
        String::from_utf8(w.into_inner().expect("writing to memory")).expect("CSV of strings is UTF-8")
    }

    /// conlleval's summary, adapted to spans: characters stand for tokens, phrases
    /// are spans, a phrase is correct under the strict schema; no accuracy line.
    pub fn render_conlleval(&self) -> String {
        let s = &self.schemas.strict;
        let mut out = format!(
            "processed {} characters with {} phrases; found: {} phrases; correct: {}.\n",
            self.docs.characters, s.possible, s.actual, s.correct
        );
        let pct = |x: f64| 100.0 * x;
        let _ = writeln!(out, "precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}", pct(s.precision), pct(s.recall), pct(s.f1));
        for (label, m) in &self.by_label {
            let m = &m.strict;
            let _ = writeln!(
                out,
                "{:>17}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  {}",
                label,
                pct(m.precision),
                pct(m.recall),
                pct(m.f1),
                m.actual
            );
        }
        out
    }
}

fn render_confusion(out: &mut String, confusion: &Confusion) {
    if confusion.is_empty() {
        return;
    }
    let (rows, cols) = confusion_axes(confusion);
    let width = rows.iter().chain(&cols).map(|s| s.len()).max().unwrap_or(0).max(5);
    const CORNER: &str = "gold \\ predicted";
    let first = width.max(CORNER.len());
    let _ = write!(out, "\n{CORNER:<first$}");
    for col in &cols {
        let _ = write!(out, " {col:>width$}");
    }
    out.push('\n');
    for row in rows {
        let _ = write!(out, "{row:<first$}");
        for col in &cols {
            let n = confusion.get(row).and_then(|r| r.get(*col)).copied().unwrap_or(0);
            let _ = write!(out, " {n:>width$}");
        }
        out.push('\n');
    }
}

fn list_ids(out: &mut String, what: &str, ids: &[String]) {
    if ids.is_empty() {
        return;
    }
    const SHOWN: usize = 10;
    let more = if ids.len() > SHOWN { format!(", … {} more", ids.len() - SHOWN) } else { String::new() };
    let _ = writeln!(out, "\n{what} ({}): {}{more}", ids.len(), ids[..ids.len().min(SHOWN)].join(", "));
}

#[cfg(test)]
mod detection_tests {
    use super::*;
    use crate::counts::Tally;

    #[test]
    fn relaxed_detection_counts_overlaps_fully_and_ignores_labels() {
        let mut schemas = SchemaCounts::default();
        // 2 exact-boundary matches, 1 overlap, 1 missed, 1 spurious.
        *schemas.get_mut(Schema::Partial) = Tally { correct: 2, incorrect: 0, partial: 1, missed: 1, spurious: 1 };
        *schemas.get_mut(Schema::Exact) = Tally { correct: 2, incorrect: 1, partial: 0, missed: 1, spurious: 1 };
        let d = Detection::of(&schemas);
        assert_eq!((d.relaxed.correct, d.relaxed.possible, d.relaxed.actual), (3, 4, 4));
        assert!((d.relaxed.f1 - 0.75).abs() < 1e-12);
        assert!((d.strict.f1 - 0.5).abs() < 1e-12);
    }
}

#[cfg(test)]
mod render_tests {
    use crate::{score, ReportOptions, ScoreOptions};
    use reader::{AnnotatedDoc, Document, Layer, Span};

    fn doc(spans: Vec<Span>, layers: Vec<Layer>) -> AnnotatedDoc {
        AnnotatedDoc { doc: Document::new("d1", "Assad left Aleppo on Monday."), spans, layers }
    }

    /// Regression: an entity-only evaluation printed `value F1 [0.0000, 0.0000]`, an
    /// interval around a figure that does not exist.
    #[test]
    fn no_value_interval_without_values() {
        let gold = doc(vec![Span::new(0, 5, "PER"), Span::new(11, 17, "LOC")], vec![Layer::Entities]);
        let counts = score(std::slice::from_ref(&gold), std::slice::from_ref(&gold), &ScoreOptions::default()).expect("scores");
        let table = counts.report(&ReportOptions::default()).render_table();
        assert!(table.contains("95% confidence"), "{table}");
        assert!(!table.contains("value F1 ["), "{table}");
    }

    #[test]
    fn value_interval_when_dates_are_scored() {
        let mut date = Span::new(21, 27, "DATE");
        date.value = Some("2015-06-01".into());
        let gold = doc(vec![date], vec![Layer::Dates]);
        let counts = score(std::slice::from_ref(&gold), std::slice::from_ref(&gold), &ScoreOptions::default()).expect("scores");
        let table = counts.report(&ReportOptions::default()).render_table();
        assert!(table.contains("value F1 [1.0000, 1.0000]"), "{table}");
    }
}
