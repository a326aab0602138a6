//! The structured averaged perceptron that trains the weights.
//!
//! Weights live in a flat `rows × tags` table indexed by hashed feature rows. The
//! average over all training steps is kept with the usual trick: next to each weight
//! `w` we accumulate `u += step × delta`, and the average is `w − u / step`.

use super::decode::Viterbi;

/// Perceptron weights being trained.
pub(crate) struct Perceptron {
    n: usize,
    w: Vec<f32>,
    u: Vec<f64>,
    trans: Vec<f32>,
    trans_u: Vec<f64>,
    step: f64,
}

impl Perceptron {
    /// Zero weights for `rows` feature rows and `n` tags.
    pub(crate) fn new(rows: usize, n: usize) -> Self {
        Perceptron {
            n,
            w: vec![0.0; rows * n],
            u: vec![0.0; rows * n],
            trans: vec![0.0; (n + 1) * n],
            trans_u: vec![0.0; (n + 1) * n],
            step: 1.0,
        }
    }

    /// Emission scores (`tokens × n`) of the tokens whose rows `feats` yields.
    pub(crate) fn emissions<'a>(&self, feats: impl Iterator<Item = &'a [u32]>, out: &mut Vec<f32>) {
        out.clear();
        let n = self.n;
        for rows in feats {
            let at = out.len();
            out.resize(at + n, 0.0);
            let acc = &mut out[at..];
            for &r in rows {
                let w = &self.w[r as usize * n..r as usize * n + n];
                for (a, x) in acc.iter_mut().zip(w) {
                    *a += x;
                }
            }
        }
    }

    /// Decodes with the current weights.
    pub(crate) fn decode(&self, emissions: &[f32], viterbi: &mut Viterbi, out: &mut Vec<u8>) {
        viterbi.decode(emissions, &self.trans, self.n, out);
    }

    fn bump(&mut self, row: usize, tag: usize, d: f32) {
        let i = row * self.n + tag;
        self.w[i] += d;
        self.u[i] += self.step * d as f64;
    }

    fn bump_trans(&mut self, prev: usize, cur: usize, d: f32) {
        let i = prev * self.n + cur;
        self.trans[i] += d;
        self.trans_u[i] += self.step * d as f64;
    }

    /// Moves the weights towards `gold` and away from `pred` for one sentence whose
    /// token rows are `feats`, by `by` (1 for a sentence of the main training data).
    pub(crate) fn update<'a>(&mut self, feats: impl Iterator<Item = &'a [u32]>, gold: &[u8], pred: &[u8], by: f32) {
        let n = self.n;
        for (i, rows) in feats.enumerate() {
            let (g, p) = (gold[i] as usize, pred[i] as usize);
            if g != p {
                for &r in rows {
                    self.bump(r as usize, g, by);
                    self.bump(r as usize, p, -by);
                }
            }
            let (gp, pp) = if i == 0 { (n, n) } else { (gold[i - 1] as usize, pred[i - 1] as usize) };
            if (gp, g) != (pp, p) {
                // Gold may open a sentence with `I-` or `L-` (and end one on `B-` or
                // `I-`): a span across a sentence start of the tokeniser (`Yahoo !
                // Answers` in WNUT-17). That step's weight is learnt but never used
                // (decoding forbids it).
                self.bump_trans(gp, g, by);
                self.bump_trans(pp, p, -by);
            }
        }
    }

    /// Counts one training example (call after each, updated or not).
    pub(crate) fn tick(&mut self) {
        self.step += 1.0;
    }

    /// The averaged weights and transitions.
    pub(crate) fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |w: &[f32], u: &[f64]| -> Vec<f32> { w.iter().zip(u).map(|(&w, &u)| (w as f64 - u / self.step) as f32).collect() };
        (avg(&self.w, &self.u), avg(&self.trans, &self.trans_u))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_toy_pattern() {
        // Two features: row 1 marks "name" tokens (should be U-0), row 2 the others.
        let n = super::super::decode::n_tags(1);
        let mut p = Perceptron::new(4, n);
        let sentence: Vec<Vec<u32>> = vec![vec![2], vec![1], vec![2]];
        let gold = [0u8, 4, 0];
        let mut v = Viterbi::default();
        let (mut em, mut pred) = (Vec::new(), Vec::new());
        for _ in 0..5 {
            p.emissions(sentence.iter().map(|r| r.as_slice()), &mut em);
            p.decode(&em, &mut v, &mut pred);
            if pred != gold {
                p.update(sentence.iter().map(|r| r.as_slice()), &gold, &pred, 1.0);
            }
            p.tick();
        }
        let (w, _) = p.averaged();
        assert!(w[n + 4] > w[n]);
    }
}
