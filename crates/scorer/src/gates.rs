//! Gates for CI: thresholds on any figure of a [`Report`], such as
//! `entities.strict.f1=0.88,dates.value.f1=0.80,CASUALTY.strict.recall=0.9`.
//!
//! A gate is `[SCOPE.]MEASURE.STAT=THRESHOLD`:
//!
//! - `SCOPE`: left out for all layers together; a layer (`entities`, `dates`,
//!   `casualties`, `other`); or a label (`PER`, `DATE`, `CASUALTY`, ...).
//! - `MEASURE`: a schema (`strict`, `exact`, `partial`, `type`) or `value`
//!   (TempEval-3 value scoring of the date and casualty layers).
//! - `STAT`: `precision` (`p`), `recall` (`r`), `f1`; for `value` also `accuracy`
//!   (strict-match value accuracy, the casualty toll accuracy) and `overlap_accuracy`.
//!
//! A gate passes when the figure is at least the threshold.
//!
//! ```
//! use scorer::gates::{check_gates, parse_gates};
//! use scorer::Report;
//!
//! let gates = parse_gates("strict.f1=0.5,entities.type.recall=0.9")?;
//! assert_eq!(gates[1].key.to_string(), "entities.type.recall");
//! let report = Report::default(); // nothing scored: every figure is 0
//! let err = check_gates(&gates, &report).unwrap_err(); // no `entities` layer in it
//! assert!(err.to_string().contains("no layer or label `entities`"));
//! let outcomes = check_gates(&gates[..1], &report)?;
//! assert!(!outcomes[0].passed);
//! # Ok::<(), scorer::gates::GateError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use reader::Layer;
use serde::Serialize;

use crate::counts::OTHER_LAYER;
use crate::report::Report;
use crate::schemas::Schema;

/// What a gate looks at: all layers, one layer, or one label.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Scope {
    /// All layers together.
    Overall,
    /// One layer, by name (`entities`, `dates`, `casualties`, `other`).
    Layer(String),
    /// One label.
    Label(String),
}

/// A schema's span counts or the value scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Measure {
    /// One of the four SemEval schemas.
    Schema(Schema),
    /// Value scoring (date and casualty layers).
    Value,
}

impl Measure {
    /// The measure's name in a key.
    pub fn name(self) -> &'static str {
        match self {
            Measure::Schema(s) => s.name(),
            Measure::Value => "value",
        }
    }
}

/// A figure of a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Stat {
    /// Precision.
    Precision,
    /// Recall.
    Recall,
    /// F1.
    F1,
    /// Value accuracy over strictly matched pairs (value measure only).
    Accuracy,
    /// Value accuracy over overlapping pairs (value measure only).
    OverlapAccuracy,
}

impl Stat {
    /// The stat's name in a key.
    pub fn name(self) -> &'static str {
        match self {
            Stat::Precision => "precision",
            Stat::Recall => "recall",
            Stat::F1 => "f1",
            Stat::Accuracy => "accuracy",
            Stat::OverlapAccuracy => "overlap_accuracy",
        }
    }
}

/// Which figure a gate reads: `[scope.]measure.stat`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct GateKey {
    /// All layers, a layer or a label.
    pub scope: Scope,
    /// Schema or value.
    pub measure: Measure,
    /// Which figure.
    pub stat: Stat,
}

impl fmt::Display for GateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.scope {
            Scope::Overall => {}
            Scope::Layer(name) | Scope::Label(name) => write!(f, "{name}.")?,
        }
        write!(f, "{}.{}", self.measure.name(), self.stat.name())
    }
}

/// What is valid in a key, for error messages.
pub const KEY_HELP: &str = "a gate is [SCOPE.]MEASURE.STAT=THRESHOLD: SCOPE a layer (entities, dates, casualties, other) \
or a label (PER, DATE, CASUALTY, ...), left out for all layers; MEASURE strict, exact, partial, type or value; \
STAT precision (p), recall (r) or f1, and for value also accuracy or overlap_accuracy; THRESHOLD in [0, 1]";

/// Why gates could not be parsed or checked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GateError {
    /// A gate that does not parse.
    #[error("gate `{gate}`: {reason} ({KEY_HELP})")]
    Invalid {
        /// The gate as written.
        gate: String,
        /// What is wrong.
        reason: String,
    },
    /// A scope the report has no figures for.
    #[error("gate `{gate}`: no layer or label `{scope}` in this report (layers: {layers}; labels: {labels})")]
    UnknownScope {
        /// The gate as written.
        gate: String,
        /// The scope asked for.
        scope: String,
        /// The report's layers, comma-separated.
        layers: String,
        /// The report's labels, comma-separated.
        labels: String,
    },
}

impl FromStr for GateKey {
    type Err = GateError;

    fn from_str(key: &str) -> Result<GateKey, GateError> {
        let invalid = |reason: String| GateError::Invalid { gate: key.to_string(), reason };
        let parts: Vec<&str> = key.trim().split('.').map(str::trim).collect();
        let (scope, measure, stat) = match parts.as_slice() {
            [measure, stat] => (None, *measure, *stat),
            [scope, measure, stat] => (Some(*scope), *measure, *stat),
            _ => return Err(invalid(format!("`{key}` is not [SCOPE.]MEASURE.STAT"))),
        };
        let measure = match measure.to_ascii_lowercase().as_str() {
            "value" | "values" => Measure::Value,
            m => Measure::Schema(
                Schema::ALL.into_iter().find(|s| s.name() == m).ok_or_else(|| invalid(format!("unknown measure `{measure}`")))?,
            ),
        };
        let stat = match stat.to_ascii_lowercase().as_str() {
            "precision" | "p" => Stat::Precision,
            "recall" | "r" => Stat::Recall,
            "f1" | "f" => Stat::F1,
            "accuracy" | "strict_accuracy" if measure == Measure::Value => Stat::Accuracy,
            "overlap_accuracy" if measure == Measure::Value => Stat::OverlapAccuracy,
            "accuracy" | "strict_accuracy" | "overlap_accuracy" => {
                return Err(invalid(format!("`{stat}` is a figure of the value measure only")))
            }
            _ => return Err(invalid(format!("unknown stat `{stat}`"))),
        };
        let scope = match scope {
            None | Some("all" | "overall") => Scope::Overall,
            Some("") => return Err(invalid("empty scope".into())),
            Some(s) if s == OTHER_LAYER => Scope::Layer(OTHER_LAYER.into()),
            Some(s) => match Layer::parse(s) {
                Some(layer) if s.chars().all(|c| c.is_ascii_lowercase()) => Scope::Layer(layer.name().into()),
                _ => Scope::Label(s.to_string()),
            },
        };
        Ok(GateKey { scope, measure, stat })
    }
}

/// A threshold on one figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gate {
    /// The figure.
    pub key: GateKey,
    /// The least value that passes.
    pub threshold: f64,
}

impl FromStr for Gate {
    type Err = GateError;

    fn from_str(gate: &str) -> Result<Gate, GateError> {
        let invalid = |reason: String| GateError::Invalid { gate: gate.trim().to_string(), reason };
        let (key, threshold) = gate.split_once('=').ok_or_else(|| invalid("no `=THRESHOLD`".into()))?;
        let threshold: f64 = threshold.trim().parse().map_err(|_| invalid(format!("threshold `{}` is not a number", threshold.trim())))?;
        if !(0.0..=1.0).contains(&threshold) {
            return Err(invalid(format!("threshold {threshold} is outside [0, 1]")));
        }
        let key = key.parse().map_err(|e| match e {
            GateError::Invalid { reason, .. } => invalid(reason),
            other => other,
        })?;
        Ok(Gate { key, threshold })
    }
}

impl fmt::Display for Gate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}", self.key, self.threshold)
    }
}

/// Parses a comma-separated list of gates; an empty list is an error.
pub fn parse_gates(spec: &str) -> Result<Vec<Gate>, GateError> {
    let gates: Vec<Gate> = spec.split(',').filter(|g| !g.trim().is_empty()).map(str::parse).collect::<Result<_, _>>()?;
    if gates.is_empty() {
        return Err(GateError::Invalid { gate: spec.to_string(), reason: "no gate given".into() });
    }
    Ok(gates)
}

/// A checked gate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GateOutcome {
    /// The gate.
    pub gate: Gate,
    /// The figure the report gives.
    pub actual: f64,
    /// `actual >= threshold`.
    pub passed: bool,
}

impl fmt::Display for GateOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let op = if self.passed { ">=" } else { "<" };
        write!(f, "{} = {:.4} {op} {}", self.gate.key, self.actual, self.gate.threshold)
    }
}

impl GateKey {
    /// The figure this key names in `report`; `None` when the report has no such
    /// layer or label.
    pub fn read(&self, report: &Report) -> Option<f64> {
        let prf = |p: f64, r: f64, f1: f64| match self.stat {
            Stat::Precision => Some(p),
            Stat::Recall => Some(r),
            Stat::F1 => Some(f1),
            Stat::Accuracy | Stat::OverlapAccuracy => None,
        };
        match self.measure {
            Measure::Schema(schema) => {
                let metrics = match &self.scope {
                    Scope::Overall => &report.schemas,
                    Scope::Layer(name) => report.by_layer.get(name)?,
                    Scope::Label(name) => report.by_label.get(name)?,
                };
                let m = metrics.get(schema);
                prf(m.precision, m.recall, m.f1)
            }
            Measure::Value => {
                let v = match &self.scope {
                    Scope::Overall => &report.values.overall,
                    Scope::Layer(name) => report.values.by_layer.get(name)?,
                    Scope::Label(name) => report.values.by_label.get(name)?,
                };
                match self.stat {
                    Stat::Accuracy => Some(v.strict_accuracy),
                    Stat::OverlapAccuracy => Some(v.overlap_accuracy),
                    _ => prf(v.precision, v.recall, v.f1),
                }
            }
        }
    }
}

/// Checks every gate against `report`. A gate naming a layer or label the report
/// has no figures for is an error listing what the report has (a typo in a CI gate
/// must not pass silently).
pub fn check_gates(gates: &[Gate], report: &Report) -> Result<Vec<GateOutcome>, GateError> {
    gates
        .iter()
        .map(|gate| {
            let actual = gate.key.read(report).ok_or_else(|| {
                let scope = match &gate.key.scope {
                    Scope::Overall => String::new(),
                    Scope::Layer(s) | Scope::Label(s) => s.clone(),
                };
                let (layers, labels) = if gate.key.measure == Measure::Value {
                    (join(report.values.by_layer.keys()), join(report.values.by_label.keys()))
                } else {
                    (join(report.by_layer.keys()), join(report.by_label.keys()))
                };
                GateError::UnknownScope { gate: gate.to_string(), scope, layers, labels }
            })?;
            Ok(GateOutcome { gate: gate.clone(), actual, passed: actual >= gate.threshold })
        })
        .collect()
}

fn join<'a>(names: impl Iterator<Item = &'a String>) -> String {
    let names: Vec<&str> = names.map(String::as_str).collect();
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{score, ReportOptions, ScoreOptions};
    use reader::{AnnotatedDoc, Document, Span};

    #[test]
    fn keys_parse_and_print_back() {
        for (key, want) in [
            ("entities.strict.f1", "entities.strict.f1"),
            ("dates.value.f1", "dates.value.f1"),
            ("CASUALTY.strict.recall", "CASUALTY.strict.recall"),
            ("strict.p", "strict.precision"),
            ("casualty.value.accuracy", "casualties.value.accuracy"),
            ("all.type.r", "type.recall"),
        ] {
            assert_eq!(key.parse::<GateKey>().expect(key).to_string(), want);
        }
        let label = "PER.partial.f1".parse::<GateKey>().expect("label");
        assert_eq!(label.scope, Scope::Label("PER".into()));
    }

    #[test]
    fn bad_gates_say_what_is_valid() {
        for (gate, says) in [
            ("strict.f2=0.5", "unknown stat `f2`"),
            ("strictest.f1=0.5", "unknown measure `strictest`"),
            ("strict.f1", "no `=THRESHOLD`"),
            ("strict.f1=high", "not a number"),
            ("strict.f1=1.5", "outside [0, 1]"),
            ("strict.accuracy=0.5", "value measure only"),
            ("a.b.strict.f1=0.5", "not [SCOPE.]MEASURE.STAT"),
        ] {
            let err = gate.parse::<Gate>().expect_err(gate).to_string();
            assert!(err.contains(says) && err.contains("MEASURE strict, exact, partial, type or value"), "{gate}: {err}");
        }
        assert!(parse_gates(" , ").is_err());
    }

    #[test]
    fn gates_read_layers_labels_and_values() {
        let text = "Assad left Aleppo on Monday.";
        let mut date = Span::new(21, 27, "DATE");
        date.value = Some("2015-06-01".into());
        let gold = AnnotatedDoc {
            doc: Document::new("d", text),
            spans: vec![Span::new(0, 5, "PER"), Span::new(11, 17, "LOC"), date.clone()],
            layers: vec![],
        };
        let mut pred = gold.clone();
        date.value = Some("2015-06-02".into());
        pred.spans = vec![Span::new(0, 5, "PER"), Span::new(11, 16, "LOC"), date];
        let report = score(&[gold], &[pred], &ScoreOptions::default()).expect("scores").report(&ReportOptions::default());
        let gates =
            parse_gates("entities.strict.f1=0.5,entities.strict.precision=0.6,LOC.partial.f1=0.5,dates.value.accuracy=0.5,strict.f1=0.6")
                .expect("valid");
        let outcomes = check_gates(&gates, &report).expect("known scopes");
        let got: Vec<(String, f64, bool)> = outcomes.iter().map(|o| (o.gate.key.to_string(), o.actual, o.passed)).collect();
        assert_eq!(
            got,
            [
                ("entities.strict.f1".to_string(), 0.5, true),
                ("entities.strict.precision".to_string(), 0.5, false),
                ("LOC.partial.f1".to_string(), 0.5, true),
                ("dates.value.accuracy".to_string(), 0.0, false),
                ("strict.f1".to_string(), 2.0 / 3.0, true),
            ]
        );
        let err = check_gates(&parse_gates("CASUALTY.strict.recall=0.9").expect("valid"), &report).expect_err("no casualties");
        assert!(err.to_string().contains("labels: DATE, LOC, PER"), "{err}");
    }
}
