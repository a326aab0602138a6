//! Comparing two systems scored against the same gold: the change in precision,
//! recall and F1 per schema, per layer and per label (and value F1), with two paired
//! significance tests over documents, the documents that changed most and the spans
//! that flipped.
//!
//! Each figure is a micro score over documents: every document adds a triple
//! (credit, gold, predicted) and the score is computed from the sums. Both tests
//! resample whole documents, so they respect that spans of one document are not
//! independent. With `δ = F1(B) − F1(A)` observed on the corpus:
//!
//! - **Paired bootstrap** (Berg-Kirkpatrick, Burkett & Klein 2012, §3): draw
//!   `resamples` samples of `n` documents with replacement (the same documents for
//!   both systems) and compute `δᵢ` on each. The p-value is the share of samples with
//!   `δᵢ ≥ 2δ` (when `δ > 0`; `δᵢ ≤ 2δ` when `δ < 0`): the bootstrap distribution is
//!   centred near `δ`, so shifting it to the null hypothesis (mean 0) turns "`δᵢ − δ ≥ δ`"
//!   into this count. One-sided, in the direction of the observed change; ties count
//!   against significance; `δ = 0` gives 1. The 95 % interval of `δ` is the 2.5 and
//!   97.5 percentiles of the `δᵢ` (as [`crate::bootstrap`] takes them).
//! - **Approximate randomisation** (Noreen 1989; Riezler & Maxwell 2005): in each of
//!   `rounds` rounds swap the two systems' outputs of each document with probability
//!   ½ and compute `δᵣ`; `p = (1 + #{r : |δᵣ| ≥ |δ|}) / (1 + rounds)`, two-sided. When
//!   `2ⁿ ≤ rounds` every one of the `2ⁿ` swaps is enumerated instead and
//!   `p = #{swaps : |δ| ≥ |δ observed|} / 2ⁿ` exactly.
//!
//! Deterministic: documents in id order and SplitMix64 from a fixed seed.
//!
//! ```
//! use scorer::compare::{compare_counts, CompareOptions};
//! use scorer::{DocCounts, Counts, Tally};
//!
//! let mut a = Counts::default();
//! let mut b = Counts::default();
//! for i in 0..30 {
//!     let doc = |correct, missed| {
//!         let mut d = DocCounts::default();
//!         d.schemas.strict = Tally { correct, missed, ..Default::default() };
//!         d
//!     };
//!     a.insert(format!("d{i:02}"), doc(1, 2))?;
//!     b.insert(format!("d{i:02}"), doc(2, 1))?; // B finds one more span in every document
//! }
//! let cmp = compare_counts(&a, &b, &CompareOptions::default())?;
//! let strict = &cmp.rows[0];
//! assert_eq!((strict.scope.as_str(), strict.measure.as_str()), ("all", "strict"));
//! assert!(strict.delta.f1 > 0.0);
//! let test = strict.test.as_ref().expect("tested");
//! assert!(test.bootstrap_p < 0.05 && test.randomisation_p < 0.05);
//! assert!(test.interval.low > 0.0);
//! # Ok::<(), scorer::Error>(())
//! ```

use std::collections::BTreeSet;
use std::fmt::Write as _;

use reader::AnnotatedDoc;
use serde::Serialize;

use crate::bootstrap::{Interval, SplitMix64};
use crate::counts::{f1, ratio, Counts, DocCounts, SchemaCounts};
use crate::errors::{scored_doc, Error, Result, TagErrorKind};
use crate::prepare::char_slice;
use crate::schemas::Schema;
use crate::score::{pair_docs, score};
use crate::units::{split_sentences, ResampleUnit};
use crate::values::ValueTally;
use crate::ScoreOptions;

/// Fewer documents than this make document resampling unreliable: a warning is given.
pub const MIN_DOCS_TO_RESAMPLE: usize = 20;

/// How to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareOptions {
    /// Paired bootstrap samples (0: no bootstrap).
    pub resamples: usize,
    /// Approximate randomisation rounds (0: no randomisation test).
    pub rounds: usize,
    /// Seed of both tests.
    pub seed: u64,
    /// How many of the most changed documents to list.
    pub top_docs: usize,
    /// What both tests resample ([`crate::units`]). [`compare`] splits documents
    /// into sentences for [`ResampleUnit::Sentences`]; [`compare_counts`] has only
    /// per-document counts and always resamples documents.
    pub unit: ResampleUnit,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions { resamples: 1000, rounds: 1000, seed: 42, top_docs: 10, unit: ResampleUnit::Documents }
    }
}

/// What one document adds to a micro score: credit, gold spans, predicted spans.
pub type Triple = [f64; 3];

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    /// The scores of summed triples.
    pub fn of(sum: Triple) -> Prf {
        let [credit, gold, pred] = sum;
        let (precision, recall) = (ratio(credit, pred as u64), ratio(credit, gold as u64));
        Prf { precision, recall, f1: f1(precision, recall) }
    }

    fn minus(self, other: Prf) -> Prf {
        Prf { precision: self.precision - other.precision, recall: self.recall - other.recall, f1: self.f1 - other.f1 }
    }
}

/// The two tests of one F1 difference.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Significance {
    /// Observed `F1(B) − F1(A)`.
    pub delta: f64,
    /// 95 % paired bootstrap interval of the difference (`[δ, δ]` without bootstrap).
    pub interval: Interval,
    /// Paired bootstrap p-value (module docs; 1 without bootstrap or with one document).
    pub bootstrap_p: f64,
    /// Randomisation p-value (module docs; 1 without rounds).
    pub randomisation_p: f64,
    /// True when all `2ⁿ` swaps were enumerated (an exact permutation test).
    pub randomisation_exact: bool,
}

/// The change of one figure from system A to system B.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeltaRow {
    /// `all`, a layer or a label.
    pub scope: String,
    /// `overall`, `layer` or `label`.
    pub kind: &'static str,
    /// A schema name or `value`.
    pub measure: String,
    /// System A.
    pub a: Prf,
    /// System B.
    pub b: Prf,
    /// `b − a`.
    pub delta: Prf,
    /// Tests of the F1 difference.
    pub test: Option<Significance>,
}

/// How one document's strict figures changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocChange {
    /// Document id.
    pub doc: String,
    /// Strict F1 of the document under A and B.
    pub f1: (f64, f64),
    /// Strictly correct spans under A and B.
    pub correct: (u64, u64),
    /// Strict errors (gold not found plus predictions not correct) under A and B.
    pub errors: (u64, u64),
}

/// Whether a span flipped to right or to wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FlipKind {
    /// Wrong under A, right under B.
    Fixed,
    /// Right under A, wrong under B.
    Broken,
}

/// A span whose verdict changed: a gold span found (strictly, with its value) by one
/// system only, or a false positive of one system only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flip {
    /// Document id.
    pub doc: String,
    /// `gold` (a gold span) or `predicted` (a false positive).
    pub side: &'static str,
    /// Start in code points.
    pub start: usize,
    /// End in code points.
    pub end: usize,
    /// Label.
    pub label: String,
    /// The text of the span.
    pub text: String,
    /// Fixed or broken.
    pub change: FlipKind,
    /// The error under A (`None`: right).
    pub a: Option<TagErrorKind>,
    /// The error under B (`None`: right).
    pub b: Option<TagErrorKind>,
}

/// A comparison of B against A.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Documents compared.
    pub docs: usize,
    /// Bootstrap samples.
    pub resamples: usize,
    /// Randomisation rounds.
    pub rounds: usize,
    /// Seed.
    pub seed: u64,
    /// What the tests resampled: `documents` or `sentences`.
    pub unit: &'static str,
    /// How many of them.
    pub units: usize,
    /// A warning when there are too few documents (or sentences) to resample.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
    /// Overall, then per layer, then per label; schemas then value.
    pub rows: Vec<DeltaRow>,
    /// The documents whose strict errors changed most.
    pub changed_docs: Vec<DocChange>,
    /// Spans that flipped (empty when compared from counts alone).
    pub flips: Vec<Flip>,
}

/// What a row reads from a document.
#[derive(Debug, Clone)]
enum Source {
    Overall,
    Layer(String),
    Label(String),
}

fn schema_triple(c: Option<&SchemaCounts>, schema: Schema) -> Triple {
    let Some(c) = c else { return [0.0; 3] };
    let t = c.get(schema);
    let credit = if schema.half_credit() { t.correct as f64 + 0.5 * t.partial as f64 } else { t.correct as f64 };
    [credit, t.possible() as f64, t.actual() as f64]
}

fn value_triple(t: Option<&ValueTally>) -> Triple {
    t.map_or([0.0; 3], |t| [t.overlap_correct as f64, t.gold as f64, t.predicted as f64])
}

fn triple(doc: &DocCounts, source: &Source, measure: Option<Schema>) -> Triple {
    match (source, measure) {
        (Source::Overall, Some(s)) => schema_triple(Some(&doc.schemas), s),
        (Source::Layer(l), Some(s)) => schema_triple(doc.by_layer.get(l), s),
        (Source::Label(l), Some(s)) => schema_triple(doc.by_label.get(l), s),
        (Source::Overall, None) => value_triple(Some(&doc.values.total())),
        (Source::Layer(l), None) => value_triple(doc.values.by_layer.get(l)),
        (Source::Label(l), None) => value_triple(doc.values.by_label.get(l)),
    }
}

fn sum(rows: &[Triple], pick: impl Iterator<Item = usize>) -> Triple {
    let mut s = [0.0; 3];
    for i in pick {
        for (a, b) in s.iter_mut().zip(&rows[i]) {
            *a += b;
        }
    }
    s
}

fn f1_of(sum: Triple) -> f64 {
    Prf::of(sum).f1
}

/// Sums with document `i` taken from `b` where `swap[i]`, else from `a`; returns
/// `F1(second) − F1(first)` of the two swapped systems.
fn swapped_delta(a: &[Triple], b: &[Triple], swap: impl Fn(usize) -> bool) -> f64 {
    let (mut x, mut y) = ([0.0; 3], [0.0; 3]);
    for i in 0..a.len() {
        let (p, q) = if swap(i) { (&b[i], &a[i]) } else { (&a[i], &b[i]) };
        for k in 0..3 {
            x[k] += p[k];
            y[k] += q[k];
        }
    }
    f1_of(y) - f1_of(x)
}

/// Tolerance for comparing differences computed in different orders.
const EPS: f64 = 1e-12;

/// Paired bootstrap of `F1(b) − F1(a)` over documents: the 95 % interval and the
/// Berg-Kirkpatrick p-value (module docs). `samples[r]` lists the documents of
/// sample `r`.
pub fn paired_bootstrap(a: &[Triple], b: &[Triple], samples: &[Vec<usize>]) -> (Interval, f64) {
    let delta = f1_of(sum(b, 0..b.len())) - f1_of(sum(a, 0..a.len()));
    // One document resampled is the same document every time: the shifted
    // distribution is a point at 0 < δ and the count would give p = 0, "significant".
    // Nothing can be concluded from one unit: no test.
    if samples.is_empty() || a.len() < 2 {
        return (Interval { low: delta, high: delta }, 1.0);
    }
    let mut deltas: Vec<f64> = samples.iter().map(|s| f1_of(sum(b, s.iter().copied())) - f1_of(sum(a, s.iter().copied()))).collect();
    let beyond = if delta > EPS {
        deltas.iter().filter(|d| **d >= 2.0 * delta - EPS).count()
    } else if delta < -EPS {
        deltas.iter().filter(|d| **d <= 2.0 * delta + EPS).count()
    } else {
        deltas.len()
    };
    deltas.sort_by(f64::total_cmp);
    let n = deltas.len() as f64;
    let (lo, hi) = ((n * 0.025).floor() as usize, ((n * 0.975).ceil() as usize).max(1) - 1);
    (Interval { low: deltas[lo], high: deltas[hi] }, beyond as f64 / n)
}

/// The document samples of a paired bootstrap: `resamples` draws of `n` documents.
pub fn bootstrap_samples(n: usize, resamples: usize, seed: u64) -> Vec<Vec<usize>> {
    if n == 0 {
        return Vec::new();
    }
    let mut rng = SplitMix64::new(seed);
    (0..resamples).map(|_| (0..n).map(|_| rng.below(n)).collect()).collect()
}

/// Approximate randomisation p-value of `F1(b) − F1(a)` with the given swap masks
/// (`masks[r][i]`: swap document `i` in round `r`): `(1 + #{|δᵣ| ≥ |δ|}) / (1 + rounds)`.
pub fn randomisation(a: &[Triple], b: &[Triple], masks: &[Vec<bool>]) -> f64 {
    let observed = swapped_delta(a, b, |_| false).abs();
    let hits = masks.iter().filter(|m| swapped_delta(a, b, |i| m[i]).abs() >= observed - EPS).count();
    (1 + hits) as f64 / (1 + masks.len()) as f64
}

/// The swap masks of approximate randomisation: each document swapped with
/// probability ½ in each round.
pub fn randomisation_masks(n: usize, rounds: usize, seed: u64) -> Vec<Vec<bool>> {
    let mut rng = SplitMix64::new(seed ^ 0x5EED_0F5A_A5F0_0D5E);
    (0..rounds).map(|_| (0..n).map(|_| rng.next_u64() >> 63 == 1).collect()).collect()
}

/// The exact permutation p-value over all `2ⁿ` swaps; `None` when `n > 24`.
pub fn randomisation_exact(a: &[Triple], b: &[Triple]) -> Option<f64> {
    let n = a.len();
    if n > 24 {
        return None;
    }
    let observed = swapped_delta(a, b, |_| false).abs();
    let total = 1u64 << n;
    let hits = (0..total).filter(|mask| swapped_delta(a, b, |i| mask >> i & 1 == 1).abs() >= observed - EPS).count();
    Some(hits as f64 / total as f64)
}

/// Compares B against A from their counts (scored against the same gold: the same
/// documents). Flips need the documents: see [`compare`].
pub fn compare_counts(a: &Counts, b: &Counts, options: &CompareOptions) -> Result<Comparison> {
    let ids_a: BTreeSet<&String> = a.docs.keys().collect();
    let ids_b: BTreeSet<&String> = b.docs.keys().collect();
    if ids_a != ids_b {
        let only_a = ids_a.difference(&ids_b).count();
        let only_b = ids_b.difference(&ids_a).count();
        let example = ids_a.symmetric_difference(&ids_b).next().map(|s| s.to_string()).unwrap_or_default();
        return Err(Error::DocsDiffer { only_a, only_b, example });
    }
    let docs_a: Vec<&DocCounts> = a.docs.values().collect();
    let docs_b: Vec<&DocCounts> = b.docs.values().collect();
    let n = docs_a.len();
    let samples = bootstrap_samples(n, options.resamples, options.seed);
    let exact = options.rounds > 0 && n < 63 && (1u64 << n) <= options.rounds as u64;
    let masks = if exact { Vec::new() } else { randomisation_masks(n, options.rounds, options.seed) };

    let mut sources = vec![Source::Overall];
    let layers: BTreeSet<&String> = docs_a.iter().chain(&docs_b).flat_map(|d| d.by_layer.keys()).collect();
    let labels: BTreeSet<&String> = docs_a.iter().chain(&docs_b).flat_map(|d| d.by_label.keys()).collect();
    sources.extend(layers.into_iter().map(|l| Source::Layer(l.clone())));
    sources.extend(labels.into_iter().map(|l| Source::Label(l.clone())));
    let value_layers: BTreeSet<&String> = docs_a.iter().chain(&docs_b).flat_map(|d| d.values.by_layer.keys()).collect();
    let value_labels: BTreeSet<&String> = docs_a.iter().chain(&docs_b).flat_map(|d| d.values.by_label.keys()).collect();
    let any_values = !value_layers.is_empty();

    let mut rows = Vec::new();
    for source in &sources {
        let (scope, kind, has_values) = match source {
            Source::Overall => ("all".to_string(), "overall", any_values),
            Source::Layer(l) => (l.clone(), "layer", value_layers.contains(l)),
            Source::Label(l) => (l.clone(), "label", value_labels.contains(l)),
        };
        let measures: Vec<Option<Schema>> = Schema::ALL.into_iter().map(Some).chain(has_values.then_some(None)).collect();
        for measure in measures {
            let ta: Vec<Triple> = docs_a.iter().map(|d| triple(d, source, measure)).collect();
            let tb: Vec<Triple> = docs_b.iter().map(|d| triple(d, source, measure)).collect();
            let (pa, pb) = (Prf::of(sum(&ta, 0..n)), Prf::of(sum(&tb, 0..n)));
            let (interval, bootstrap_p) = paired_bootstrap(&ta, &tb, &samples);
            let (randomisation_p, randomisation_exact) = match (options.rounds, exact) {
                (0, _) => (1.0, false),
                (_, true) => (self::randomisation_exact(&ta, &tb).unwrap_or(1.0), true),
                (_, false) => (randomisation(&ta, &tb, &masks), false),
            };
            let test = Significance { delta: pb.f1 - pa.f1, interval, bootstrap_p, randomisation_p, randomisation_exact };
            rows.push(DeltaRow {
                scope: scope.clone(),
                kind,
                measure: measure.map_or("value", Schema::name).to_string(),
                a: pa,
                b: pb,
                delta: pb.minus(pa),
                test: Some(test),
            });
        }
    }

    let mut changed: Vec<DocChange> = a
        .docs
        .iter()
        .zip(b.docs.values())
        .map(|((id, da), db)| {
            let strict = |d: &DocCounts| {
                let t = d.schemas.strict;
                (t.metrics(Schema::Strict).f1, t.correct, t.possible() + t.actual() - 2 * t.correct)
            };
            let ((fa, ca, ea), (fb, cb, eb)) = (strict(da), strict(db));
            DocChange { doc: id.clone(), f1: (fa, fb), correct: (ca, cb), errors: (ea, eb) }
        })
        .filter(|c| c.errors.0 != c.errors.1 || c.correct.0 != c.correct.1)
        .collect();
    changed.sort_by(|x, y| {
        let size = |c: &DocChange| c.errors.0.abs_diff(c.errors.1) + c.correct.0.abs_diff(c.correct.1);
        size(y).cmp(&size(x)).then((y.f1.1 - y.f1.0).abs().total_cmp(&(x.f1.1 - x.f1.0).abs())).then(x.doc.cmp(&y.doc))
    });
    changed.truncate(options.top_docs);

    let warning = (n < MIN_DOCS_TO_RESAMPLE).then(|| few_docs_warning(n));
    Ok(Comparison {
        docs: n,
        resamples: options.resamples,
        rounds: options.rounds,
        seed: options.seed,
        unit: ResampleUnit::Documents.name(),
        units: n,
        warning,
        rows,
        changed_docs: changed,
        flips: Vec::new(),
    })
}

/// The warning for a corpus too small to resample by document.
pub fn few_docs_warning(n: usize) -> String {
    format!(
        "only {n} document(s): resampling documents gives unreliable intervals and p-values \
         (at least {MIN_DOCS_TO_RESAMPLE} recommended; a CoNLL file without -DOCSTART- is one document)"
    )
}

/// Scores A and B against `gold` and compares them, flips included.
pub fn compare(
    gold: &[AnnotatedDoc],
    a: &[AnnotatedDoc],
    b: &[AnnotatedDoc],
    score_options: &ScoreOptions,
    options: &CompareOptions,
) -> Result<Comparison> {
    let score_options = &score_options.for_corpus(gold);
    let (ca, cb) = (score(gold, a, score_options)?, score(gold, b, score_options)?);
    let mut comparison = match options.unit {
        ResampleUnit::Documents => compare_counts(&ca, &cb, options)?,
        ResampleUnit::Sentences => {
            // The figures and the changed documents from whole documents; the tests
            // from sentence pieces, whose counts sum to the same figures.
            let mut whole = compare_counts(&ca, &cb, &CompareOptions { resamples: 0, rounds: 0, ..*options })?;
            let (g, mut systems) = split_sentences(gold, &[a, b]);
            let pieces_b = systems.pop().unwrap_or_default();
            let pieces_a = systems.pop().unwrap_or_default();
            let (ua, ub) = (score(&g, &pieces_a, score_options)?, score(&g, &pieces_b, score_options)?);
            let pieces = compare_counts(&ua, &ub, options)?;
            whole.rows = pieces.rows;
            whole.resamples = options.resamples;
            whole.rounds = options.rounds;
            whole.unit = ResampleUnit::Sentences.name();
            whole.units = pieces.units;
            whole.warning = (pieces.units < MIN_DOCS_TO_RESAMPLE)
                .then(|| format!("only {} sentence(s): resampling gives unreliable intervals and p-values", pieces.units));
            whole
        }
    };
    comparison.flips = flips(gold, a, b, score_options)?;
    Ok(comparison)
}

/// The spans that flipped between A and B, in document order.
pub fn flips(gold: &[AnnotatedDoc], a: &[AnnotatedDoc], b: &[AnnotatedDoc], options: &ScoreOptions) -> Result<Vec<Flip>> {
    let options = &options.for_corpus(gold);
    let pairs_a = pair_docs(gold, a)?;
    let pairs_b = pair_docs(gold, b)?;
    let mut out = Vec::new();
    for ((g, pa), (_, pb)) in pairs_a.pairs.into_iter().zip(pairs_b.pairs) {
        let (sa, sb) = (scored_doc(g, pa, options)?, scored_doc(g, pb, options)?);
        let text = &g.doc.text;
        let mut flip = |side, s: &crate::errors::ScoredSpan, ka: Option<TagErrorKind>, kb: Option<TagErrorKind>| {
            let change = match (ka, kb) {
                (Some(_), None) => FlipKind::Fixed,
                (None, Some(_)) => FlipKind::Broken,
                _ => return,
            };
            out.push(Flip {
                doc: g.doc.id.clone(),
                side,
                start: s.start,
                end: s.end,
                label: s.label.clone(),
                text: char_slice(text, s.start, s.end),
                change,
                a: ka,
                b: kb,
            });
        };
        // Both sides list the same gold spans in the same order.
        for (x, y) in sa.gold.iter().zip(&sb.gold) {
            flip("gold", x, x.kind, y.kind);
        }
        let fp = |list: &[crate::errors::ScoredSpan]| -> BTreeSet<(usize, usize, String)> {
            list.iter().filter(|s| s.kind == Some(TagErrorKind::FalsePositive)).map(|s| (s.start, s.end, s.label.clone())).collect()
        };
        let (fa, fb) = (fp(&sa.pred), fp(&sb.pred));
        for s in sa.pred.iter().filter(|s| s.kind == Some(TagErrorKind::FalsePositive)) {
            if !fb.contains(&(s.start, s.end, s.label.clone())) {
                flip("predicted", s, s.kind, None);
            }
        }
        for s in sb.pred.iter().filter(|s| s.kind == Some(TagErrorKind::FalsePositive)) {
            if !fa.contains(&(s.start, s.end, s.label.clone())) {
                flip("predicted", s, None, s.kind);
            }
        }
    }
    Ok(out)
}

impl Comparison {
    /// The row of `scope` (`all`, a layer or a label) and `measure` (a schema or `value`).
    pub fn row(&self, scope: &str, measure: &str) -> Option<&DeltaRow> {
        self.rows.iter().find(|r| r.scope == scope && r.measure == measure)
    }

    /// Pretty JSON with a final newline.
    pub fn render_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).expect("a comparison is plain data");
        out.push('\n');
        out
    }

    /// A table for the terminal.
    pub fn render_table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "B against A over {} documents; paired bootstrap {} samples, randomisation {} rounds, seed {}{}",
            self.docs,
            self.resamples,
            self.rounds,
            self.seed,
            if self.unit == "documents" { String::new() } else { format!("; resampling {} {}", self.units, self.unit) }
        );
        if let Some(w) = &self.warning {
            let _ = writeln!(out, "warning: {w}");
        }
        let width = self.rows.iter().map(|r| r.scope.len()).max().unwrap_or(0).max(10);
        let _ = writeln!(
            out,
            "\n{:<width$} {:<7} {:>7} {:>7} {:>8} {:>8} {:>8} {:>8} {:>19} {:>7} {:>8}",
            "scope", "measure", "F1 A", "F1 B", "ΔP", "ΔR", "ΔF1", "boot p", "95% CI of ΔF1", "rand p", ""
        );
        for r in &self.rows {
            let Some(t) = &r.test else { continue };
            let stars = if t.bootstrap_p < 0.05 && t.randomisation_p < 0.05 { "*" } else { "" };
            let _ = writeln!(
                out,
                "{:<width$} {:<7} {:>7.4} {:>7.4} {:>+8.4} {:>+8.4} {:>+8.4} {:>8.4} {:>19} {:>7.4}{} {}",
                r.scope,
                r.measure,
                r.a.f1,
                r.b.f1,
                r.delta.precision,
                r.delta.recall,
                r.delta.f1,
                t.bootstrap_p,
                format!("[{:+.4}, {:+.4}]", t.interval.low, t.interval.high),
                t.randomisation_p,
                if t.randomisation_exact { "e" } else { " " },
                stars
            );
        }
        let _ = writeln!(out, "(* both p < 0.05; e: exact permutation test over all swaps)");
        if !self.changed_docs.is_empty() {
            let _ = writeln!(out, "\ndocuments that changed most (strict):");
            let dw = self.changed_docs.iter().map(|d| d.doc.len()).max().unwrap_or(0).max(8);
            let _ = writeln!(out, "{:<dw$} {:>7} {:>7} {:>9} {:>8}", "document", "F1 A", "F1 B", "correct", "errors");
            for d in &self.changed_docs {
                let _ = writeln!(
                    out,
                    "{:<dw$} {:>7.4} {:>7.4} {:>4} → {:<3} {:>3} → {:<3}",
                    d.doc, d.f1.0, d.f1.1, d.correct.0, d.correct.1, d.errors.0, d.errors.1
                );
            }
        }
        if !self.flips.is_empty() {
            let fixed = self.flips.iter().filter(|f| f.change == FlipKind::Fixed).count();
            let _ = writeln!(out, "\nspans that flipped: {fixed} fixed, {} broken", self.flips.len() - fixed);
            const SHOWN: usize = 40;
            for f in self.flips.iter().take(SHOWN) {
                let kind = |k: Option<TagErrorKind>| k.map_or("right", TagErrorKind::name);
                let _ = writeln!(
                    out,
                    "  {:<6} {} {}..{} {:<9} {:?} ({} span: {} → {})",
                    match f.change {
                        FlipKind::Fixed => "fixed",
                        FlipKind::Broken => "broken",
                    },
                    f.doc,
                    f.start,
                    f.end,
                    f.label,
                    f.text,
                    f.side,
                    kind(f.a),
                    kind(f.b)
                );
            }
            if self.flips.len() > SHOWN {
                let _ = writeln!(out, "  … {} more (see --format json)", self.flips.len() - SHOWN);
            }
        }
        out
    }

    /// CSV, one row per (scope, measure).
    pub fn render_csv(&self) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        let header = [
            "kind", "scope", "measure", "precision_a", "recall_a", "f1_a", "precision_b", "recall_b", "f1_b", "delta_precision",
            "delta_recall", "delta_f1", "ci_low", "ci_high", "bootstrap_p", "randomisation_p", "randomisation_exact",
        ];
        let _ = w.write_record(header);
        for r in &self.rows {
            let t = r.test.unwrap_or(Significance {
                delta: r.delta.f1,
                interval: Interval { low: r.delta.f1, high: r.delta.f1 },
                bootstrap_p: 1.0,
                randomisation_p: 1.0,
                randomisation_exact: false,
            });
            let mut row = vec![r.kind.to_string(), r.scope.clone(), r.measure.clone()];
            row.extend(
                [r.a.precision, r.a.recall, r.a.f1, r.b.precision, r.b.recall, r.b.f1, r.delta.precision, r.delta.recall, r.delta.f1]
                    .map(|x| x.to_string()),
            );
            row.extend([t.interval.low, t.interval.high, t.bootstrap_p, t.randomisation_p].map(|x| x.to_string()));
            row.push(t.randomisation_exact.to_string());
            let _ = w.write_record(row);
        }
        String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The exact two-sided permutation p-value, written out independently: F1 from
    /// the sums of (correct, gold, predicted) with the plain formula 2c / (g + p).
    fn enumerate(a: &[(u32, u32, u32)], b: &[(u32, u32, u32)]) -> f64 {
        let f1 = |rows: &[(u32, u32, u32)]| {
            let (c, g, p) = rows.iter().fold((0, 0, 0), |s, r| (s.0 + r.0, s.1 + r.1, s.2 + r.2));
            if g + p == 0 {
                0.0
            } else {
                2.0 * f64::from(c) / f64::from(g + p)
            }
        };
        let observed = (f1(b) - f1(a)).abs();
        let n = a.len();
        let mut hits = 0;
        for mask in 0..(1u32 << n) {
            let (mut x, mut y) = (Vec::new(), Vec::new());
            for i in 0..n {
                if mask & (1 << i) != 0 {
                    x.push(b[i]);
                    y.push(a[i]);
                } else {
                    x.push(a[i]);
                    y.push(b[i]);
                }
            }
            if (f1(&y) - f1(&x)).abs() >= observed - 1e-9 {
                hits += 1;
            }
        }
        f64::from(hits) / f64::from(1u32 << n)
    }

    fn triples(rows: &[(u32, u32, u32)]) -> Vec<Triple> {
        rows.iter().map(|&(c, g, p)| [f64::from(c), f64::from(g), f64::from(p)]).collect()
    }

    const A: [(u32, u32, u32); 12] = [
        (3, 5, 4),
        (2, 4, 4),
        (5, 6, 6),
        (1, 3, 2),
        (0, 2, 1),
        (4, 4, 5),
        (2, 5, 3),
        (3, 3, 4),
        (1, 4, 2),
        (2, 2, 3),
        (6, 8, 7),
        (0, 1, 0),
    ];
    const B: [(u32, u32, u32); 12] = [
        (4, 5, 4),
        (3, 4, 4),
        (5, 6, 5),
        (2, 3, 3),
        (1, 2, 1),
        (4, 4, 4),
        (3, 5, 4),
        (3, 3, 3),
        (1, 4, 3),
        (2, 2, 2),
        (7, 8, 8),
        (0, 1, 1),
    ];

    #[test]
    fn exact_randomisation_equals_the_enumeration() {
        let want = enumerate(&A, &B);
        let got = randomisation_exact(&triples(&A), &triples(&B)).expect("small");
        assert!((got - want).abs() < 1e-12, "{got} vs {want}");
        assert!(0.0 < want && want < 0.1, "B is better in most documents: {want}");
        // Identical systems: every swap gives δ = 0 = observed, p = 1.
        assert_eq!(randomisation_exact(&triples(&A), &triples(&A)), Some(1.0));
    }

    #[test]
    fn approximate_randomisation_converges_to_the_exact_value() {
        let (a, b) = (triples(&A), triples(&B));
        let want = enumerate(&A, &B);
        let masks = randomisation_masks(a.len(), 20_000, 7);
        let got = randomisation(&a, &b, &masks);
        // Standard error at p ≈ 0.03 with 20 000 rounds is about 0.0012.
        assert!((got - want).abs() < 0.006, "{got} vs exact {want}");
    }

    #[test]
    fn bootstrap_p_follows_berg_kirkpatrick() {
        let (a, b) = (triples(&A), triples(&B));
        let samples = bootstrap_samples(a.len(), 2000, 3);
        let (interval, p) = paired_bootstrap(&a, &b, &samples);
        let delta = f1_of(sum(&b, 0..12)) - f1_of(sum(&a, 0..12));
        assert!(delta > 0.0 && interval.low < delta && delta < interval.high, "{interval:?} {delta}");
        // Recount by hand: share of samples with δᵢ ≥ 2δ.
        let hand =
            samples.iter().filter(|s| f1_of(sum(&b, s.iter().copied())) - f1_of(sum(&a, s.iter().copied())) >= 2.0 * delta - 1e-12).count()
                as f64
                / 2000.0;
        assert_eq!(p, hand);
        assert!(p < 0.05, "{p}");
        // Swapping the systems mirrors the test: same p, interval negated.
        let (mirror, q) = paired_bootstrap(&b, &a, &samples);
        assert_eq!(p, q);
        assert!((mirror.low + interval.high).abs() < 1e-12);
        // No difference: p = 1.
        assert_eq!(paired_bootstrap(&a, &a, &samples).1, 1.0);
    }

    #[test]
    fn one_document_is_never_significant() {
        // Regression: with one document every bootstrap sample is that document, and
        // the Berg-Kirkpatrick count gave p = 0 for any difference at all.
        let (a, b) = (triples(&A[..1]), triples(&B[..1]));
        let samples = bootstrap_samples(1, 1000, 42);
        let (interval, p) = paired_bootstrap(&a, &b, &samples);
        assert_eq!(p, 1.0);
        assert_eq!(interval.low, interval.high);
    }

    #[test]
    fn compare_counts_rejects_different_documents_and_warns_when_few() {
        let mut a = Counts::default();
        a.insert("x", DocCounts::default()).expect("new");
        let mut b = Counts::default();
        b.insert("y", DocCounts::default()).expect("new");
        assert!(matches!(compare_counts(&a, &b, &CompareOptions::default()), Err(Error::DocsDiffer { .. })));
        let cmp = compare_counts(&a, &a, &CompareOptions::default()).expect("same docs");
        assert!(cmp.warning.as_deref().is_some_and(|w| w.contains("only 1 document")));
        assert!(cmp.rows[0].test.is_some_and(|t| t.randomisation_exact), "2 swaps ≤ 1000 rounds: enumerated");
    }
}
