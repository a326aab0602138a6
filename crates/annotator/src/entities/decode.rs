//! BIO tags and first-order Viterbi decoding.
//!
//! With `T` entity types there are `1 + 2T` tags: `O` is 0, `B-t` is `1 + 2t` and `I-t`
//! is `2 + 2t`. Transition scores form a `(tags + 1) × tags` matrix whose last row is
//! the start of a sentence; `I-t` may only follow `B-t` or `I-t`, which the decoder
//! enforces, so every decoded sequence reads back as well-formed spans.

/// Number of tags for `types` entity types.
#[inline]
pub(crate) fn n_tags(types: usize) -> usize {
    1 + 2 * types
}

/// The entity type of a tag, `None` for `O`.
#[inline]
pub(crate) fn tag_type(tag: usize) -> Option<usize> {
    (tag > 0).then(|| (tag - 1) / 2)
}

/// Whether a tag is an `I-` tag.
#[inline]
fn is_inside(tag: usize) -> bool {
    tag > 0 && tag & 1 == 0
}

/// Whether `cur` may follow `prev` (`prev == n` is the sentence start).
#[inline]
pub(crate) fn allowed(prev: usize, cur: usize, n: usize) -> bool {
    if !is_inside(cur) {
        return true;
    }
    prev < n && prev != 0 && tag_type(prev) == tag_type(cur)
}

/// The tag of each token of an entity of type `ty` spanning `len` tokens.
#[cfg(any(test, feature = "train"))]
pub(crate) fn tags_of_span(ty: usize, len: usize) -> impl Iterator<Item = u8> {
    (0..len).map(move |k| if k == 0 { 1 + 2 * ty as u8 } else { 2 + 2 * ty as u8 })
}

/// Most tags a model can have (seven entity types): the width of the fixed-size
/// blocks the decoder works in.
const MAX_TAGS: usize = 16;

/// Reusable Viterbi tables.
#[derive(Debug, Default)]
pub(crate) struct Viterbi {
    /// Per token, the best score of a path ending in each tag (lanes past the tags
    /// unused).
    score: Vec<[f32; MAX_TAGS]>,
    /// `trans` as `n` rows of [`MAX_TAGS`] scores, `-∞` where [`allowed`] forbids the
    /// step (and in the padding lanes), rebuilt when `trans` changes.
    masked: Vec<[f32; MAX_TAGS]>,
    /// The transitions `masked` was built from.
    masked_from: Vec<f32>,
}

impl Viterbi {
    /// Rebuilds `masked` unless it already holds `trans`.
    fn mask(&mut self, trans: &[f32], n: usize) {
        // Compare bit patterns, so that a NaN weight does not force a rebuild per call.
        let same = self.masked_from.len() == trans.len()
            && self.masked_from.iter().zip(trans).all(|(a, b)| a.to_bits() == b.to_bits());
        if same && self.masked.len() == n {
            return;
        }
        self.masked_from.clear();
        self.masked_from.extend_from_slice(trans);
        self.masked.clear();
        self.masked.extend((0..n).map(|prev| {
            let mut row = [f32::NEG_INFINITY; MAX_TAGS];
            for (cur, t) in row.iter_mut().enumerate().take(n) {
                if allowed(prev, cur, n) {
                    *t = trans[prev * n + cur];
                }
            }
            row
        }));
    }

    /// Decodes the best tag sequence for `emissions` (`len × n` scores, token-major)
    /// under `trans` (`(n + 1) × n`), writing one tag per token to `out`.
    ///
    /// Each step runs over all current tags at once: for every previous tag in order,
    /// a current tag takes it when it scores strictly higher than the best so far, as
    /// a scalar loop over previous tags would. A forbidden step adds `-∞`, which never
    /// scores higher, exactly as if it were skipped.
    ///
    /// On a CPU with AVX2 the same code runs compiled for it (chosen at run time): the
    /// same additions and comparisons, lane by lane, so the same tags.
    pub(crate) fn decode(&mut self, emissions: &[f32], trans: &[f32], n: usize, out: &mut Vec<u8>) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2, checked just above.
            unsafe { self.decode_avx2(emissions, trans, n, out) };
            return;
        }
        self.decode_generic(emissions, trans, n, out);
    }

    /// [`Viterbi::decode`] compiled for AVX2 (call only where the CPU has it).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn decode_avx2(&mut self, emissions: &[f32], trans: &[f32], n: usize, out: &mut Vec<u8>) {
        self.decode_generic(emissions, trans, n, out);
    }

    /// The body of [`Viterbi::decode`], for any CPU.
    #[inline(always)]
    fn decode_generic(&mut self, emissions: &[f32], trans: &[f32], n: usize, out: &mut Vec<u8>) {
        assert!(n <= MAX_TAGS, "at most {MAX_TAGS} tags");
        out.clear();
        let len = emissions.len() / n;
        if len == 0 {
            return;
        }
        const NEG: f32 = -1e30;
        self.mask(trans, n);
        // Whole blocks of `MAX_TAGS` lanes per token: fixed-size copies, no `memcpy`
        // calls; the lanes past `n` stay `NEG` and are never read.
        self.score.clear();
        self.score.resize(len, [NEG; MAX_TAGS]);
        let mut prev_scores = [NEG; MAX_TAGS];
        for cur in 0..n {
            if allowed(n, cur, n) {
                prev_scores[cur] = trans[n * n + cur] + emissions[cur];
            }
        }
        self.score[0] = prev_scores;
        // Forward: the best score of each tag. Which previous tag gave it is found
        // again only for the tags of the best path (below), by the same additions and
        // comparisons in the same order, so it is the previous tag a forward pass that
        // kept it would have kept.
        for (i, score) in self.score.iter_mut().enumerate().skip(1) {
            let mut best = [NEG; MAX_TAGS];
            for (&p, row) in prev_scores.iter().zip(&self.masked) {
                for (b, &t) in best.iter_mut().zip(row) {
                    let s = p + t;
                    if s > *b {
                        *b = s;
                    }
                }
            }
            for ((c, &b), &e) in prev_scores.iter_mut().zip(&best).zip(&emissions[i * n..(i + 1) * n]) {
                *c = b + e;
            }
            *score = prev_scores;
        }
        let last = &prev_scores;
        let mut tag = 0;
        for t in 1..n {
            if last[t] > last[tag] {
                tag = t;
            }
        }
        out.resize(len, 0);
        for i in (1..len).rev() {
            out[i] = tag as u8;
            let prev_scores = &self.score[i - 1];
            let (mut best, mut arg) = (NEG, 0);
            for (prev, row) in self.masked.iter().enumerate() {
                let s = prev_scores[prev] + row[tag];
                if s > best {
                    best = s;
                    arg = prev;
                }
            }
            tag = arg;
        }
        out[0] = tag as u8;
    }
}

/// Reads well-formed tags back as `(first token, end token, type)` spans.
pub(crate) fn spans_of_tags(tags: &[u8], out: &mut Vec<(usize, usize, usize)>) {
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let t = t as usize;
        let continues = is_inside(t) && open.is_some_and(|(_, ty)| Some(ty) == tag_type(t));
        if continues {
            continue;
        }
        if let Some((s, ty)) = open.take() {
            out.push((s, i, ty));
        }
        if let Some(ty) = tag_type(t) {
            open = Some((i, ty));
        }
    }
    if let Some((s, ty)) = open {
        out.push((s, tags.len(), ty));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_respects_bio_constraints() {
        let n = n_tags(2);
        let trans = vec![0.0; (n + 1) * n];
        // Token 0 prefers I-0 (not allowed at start), token 1 prefers I-0.
        let mut em = vec![0.0; 2 * n];
        em[2] = 5.0;
        em[1] = 1.0;
        em[n + 2] = 5.0;
        let mut v = Viterbi::default();
        let mut out = Vec::new();
        v.decode(&em, &trans, n, &mut out);
        assert_eq!(out, vec![1, 2]);
        let mut spans = Vec::new();
        spans_of_tags(&out, &mut spans);
        assert_eq!(spans, vec![(0, 2, 0)]);
    }

    /// Viterbi as first written: scalar, keeping each step's previous tags.
    fn reference(emissions: &[f32], trans: &[f32], n: usize) -> Vec<u8> {
        let len = emissions.len() / n;
        if len == 0 {
            return Vec::new();
        }
        let neg = -1e30f32;
        let mut score = vec![neg; len * n];
        let mut back = vec![0u8; len * n];
        for cur in 0..n {
            if allowed(n, cur, n) {
                score[cur] = trans[n * n + cur] + emissions[cur];
            }
        }
        for i in 1..len {
            for cur in 0..n {
                let (mut best, mut arg) = (neg, 0);
                for prev in 0..n {
                    let t = if allowed(prev, cur, n) { trans[prev * n + cur] } else { f32::NEG_INFINITY };
                    let s = score[(i - 1) * n + prev] + t;
                    if s > best {
                        best = s;
                        arg = prev;
                    }
                }
                score[i * n + cur] = best + emissions[i * n + cur];
                back[i * n + cur] = arg as u8;
            }
        }
        let mut tag = 0;
        for t in 1..n {
            if score[(len - 1) * n + t] > score[(len - 1) * n + tag] {
                tag = t;
            }
        }
        let mut out = vec![0u8; len];
        for i in (0..len).rev() {
            out[i] = tag as u8;
            tag = back[i * n + tag] as usize;
        }
        out
    }

    #[test]
    fn decode_matches_the_reference_with_ties() {
        let mut v = Viterbi::default();
        let mut out = Vec::new();
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |m: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % m
        };
        for case in 0..2000 {
            let n = n_tags(1 + case % 4);
            let len = 1 + next(12) as usize;
            // Small integers: ties everywhere, as with the quantised weights.
            let em: Vec<f32> = (0..len * n).map(|_| next(5) as f32 - 2.0).collect();
            let trans: Vec<f32> = (0..(n + 1) * n).map(|_| next(3) as f32 - 1.0).collect();
            v.decode(&em, &trans, n, &mut out);
            assert_eq!(out, reference(&em, &trans, n), "case {case}");
        }
    }

    #[test]
    fn spans_split_on_new_b() {
        let mut spans = Vec::new();
        spans_of_tags(&[1, 2, 1, 0, 3, 4, 4], &mut spans);
        assert_eq!(spans, vec![(0, 2, 0), (2, 3, 0), (4, 7, 1)]);
        assert_eq!(tags_of_span(1, 3).collect::<Vec<_>>(), vec![3, 4, 4]);
    }
}
