//! 95 % bootstrap confidence intervals, resampling documents with replacement.
//!
//! Deterministic: documents in id order, a SplitMix64 generator from a fixed seed,
//! so the same counts (merged from shards or not) give the same interval.

use serde::Serialize;

use crate::counts::{f1, ratio, DocCounts};
use crate::schemas::Schema;

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast, and good enough to resample.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`), by multiply-and-shift.
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}

/// How to bootstrap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BootstrapOptions {
    /// Number of resamples; 0 turns the intervals off.
    pub resamples: usize,
    /// Seed of the generator.
    pub seed: u64,
}

impl Default for BootstrapOptions {
    fn default() -> Self {
        BootstrapOptions { resamples: 1000, seed: 42 }
    }
}

/// A closed interval.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Interval {
    /// Lower bound.
    pub low: f64,
    /// Upper bound.
    pub high: f64,
}

/// Percentile bootstrap intervals of the micro F1 scores.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Confidence {
    /// Confidence level (0.95).
    pub level: f64,
    /// Resamples drawn.
    pub resamples: usize,
    /// Seed used.
    pub seed: u64,
    /// What was resampled: `documents`, or `sentences` ([`crate::units`]).
    pub unit: &'static str,
    /// How many of them.
    pub units: usize,
    /// Strict micro F1.
    pub strict_f1: Interval,
    /// Type micro F1.
    pub type_f1: Interval,
    /// Value F1 (date and casualty layers together).
    pub value_f1: Interval,
}

/// The figures one document adds to a resample: strict (correct, possible, actual),
/// type (credit, possible, actual) and value (correct, gold, predicted).
type Row = [[f64; 3]; 3];

fn row(doc: &DocCounts) -> Row {
    let strict = &doc.schemas.strict;
    let ty = doc.schemas.get(Schema::Type);
    let v = doc.values.total();
    [
        [strict.correct as f64, strict.possible() as f64, strict.actual() as f64],
        [ty.correct as f64 + 0.5 * ty.partial as f64, ty.possible() as f64, ty.actual() as f64],
        [v.overlap_correct as f64, v.gold as f64, v.predicted as f64],
    ]
}

fn f1_of(sum: [f64; 3]) -> f64 {
    let [credit, possible, actual] = sum;
    f1(ratio(credit, actual as u64), ratio(credit, possible as u64))
}

/// Resamples `docs` (in the order given) and returns 95 % percentile intervals;
/// `None` when `options.resamples` is 0. No documents give `[0, 0]`.
///
/// The interval is `[v[⌊0.025·n⌋], v[⌈0.975·n⌉ − 1]]` of the `n` sorted resampled scores.
pub fn bootstrap<'a>(docs: impl IntoIterator<Item = &'a DocCounts>, options: BootstrapOptions) -> Option<Confidence> {
    if options.resamples == 0 {
        return None;
    }
    let rows: Vec<Row> = docs.into_iter().map(row).collect();
    let mut rng = SplitMix64::new(options.seed);
    let mut scores: [Vec<f64>; 3] = Default::default();
    for _ in 0..options.resamples {
        let mut sum = [[0.0; 3]; 3];
        for _ in 0..rows.len() {
            let r = &rows[rng.below(rows.len())];
            for (s, r) in sum.iter_mut().zip(r) {
                for (a, b) in s.iter_mut().zip(r) {
                    *a += b;
                }
            }
        }
        for (k, s) in sum.into_iter().enumerate() {
            scores[k].push(f1_of(s));
        }
    }
    let n = options.resamples as f64;
    let (lo, hi) = ((n * 0.025).floor() as usize, ((n * 0.975).ceil() as usize).max(1) - 1);
    let [strict, ty, value] = scores.map(|mut v| {
        v.sort_by(f64::total_cmp);
        Interval { low: v[lo], high: v[hi] }
    });
    Some(Confidence {
        level: 0.95,
        resamples: options.resamples,
        seed: options.seed,
        unit: "documents",
        units: rows.len(),
        strict_f1: strict,
        type_f1: ty,
        value_f1: value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::counts::Tally;

    #[test]
    fn splitmix_is_the_reference_sequence() {
        // First outputs for seed 0 (the reference implementation's test vector).
        let mut rng = SplitMix64::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        assert!((0..1000).all(|_| rng.below(7) < 7));
    }

    fn doc(correct: u64, missed: u64) -> DocCounts {
        let mut d = DocCounts::default();
        d.schemas.strict = Tally { correct, missed, ..Default::default() };
        d.schemas.r#type = d.schemas.strict;
        d
    }

    #[test]
    fn interval_holds_the_point_estimate_and_is_deterministic() {
        let docs: Vec<DocCounts> = (0..20).map(|i| doc(i % 4, 1)).collect();
        let a = bootstrap(&docs, BootstrapOptions::default()).expect("on");
        let b = bootstrap(&docs, BootstrapOptions::default()).expect("on");
        assert_eq!(a, b);
        let Interval { low, high } = a.strict_f1;
        assert!(0.0 < low && low < high && high < 1.0, "{a:?}");
        assert_eq!(bootstrap(&docs, BootstrapOptions { resamples: 0, seed: 1 }), None);
        let none = bootstrap(&[], BootstrapOptions::default()).expect("on");
        assert_eq!(none.strict_f1, Interval { low: 0.0, high: 0.0 });
    }
}
