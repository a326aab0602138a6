//! BILOU tags and first-order Viterbi decoding.
//!
//! With `T` entity types there are `1 + 4T` tags: `O` is 0, and type `t` has `B-t`
//! (`1 + 4t`, the first token of a name of two or more), `I-t` (`2 + 4t`, an inner
//! token), `L-t` (`3 + 4t`, the last token) and `U-t` (`4 + 4t`, a one-token name).
//! Ratinov & Roth (2009) found this scheme clearly better than BIO for a perceptron
//! tagger: the model learns what ends a name and what a name of one word looks like.
//! Transition scores form a `(tags + 1) × tags` matrix whose last row is the start of
//! a sentence; `I-t` and `L-t` may only follow `B-t` or `I-t`, `B-t` and `I-t` must be
//! followed by `I-t` or `L-t` and cannot end a sentence. The decoder enforces all of
//! it, so every decoded sequence reads back as well-formed spans.

/// Tags per entity type.
const PER_TYPE: usize = 4;

/// Number of tags for `types` entity types.
#[inline]
pub(crate) fn n_tags(types: usize) -> usize {
    1 + PER_TYPE * types
}

/// The entity type of a tag, `None` for `O`.
#[inline]
pub(crate) fn tag_type(tag: usize) -> Option<usize> {
    (tag > 0).then(|| (tag - 1) / PER_TYPE)
}

/// The position of a tag in its name: 0 `B`, 1 `I`, 2 `L`, 3 `U` (`O` is never asked).
#[inline]
fn part(tag: usize) -> usize {
    (tag - 1) % PER_TYPE
}

/// Whether a tag continues a name (`I-` or `L-`).
#[inline]
fn continues(tag: usize) -> bool {
    tag > 0 && matches!(part(tag), 1 | 2)
}

/// Whether a tag leaves its name open (`B-` or `I-`): the next tag must continue it.
#[inline]
fn open(tag: usize) -> bool {
    tag > 0 && matches!(part(tag), 0 | 1)
}

/// Whether `cur` may follow `prev` (`prev == n` is the sentence start).
#[inline]
pub(crate) fn allowed(prev: usize, cur: usize, n: usize) -> bool {
    let prev_open = prev < n && open(prev);
    if continues(cur) {
        prev_open && tag_type(prev) == tag_type(cur)
    } else {
        !prev_open
    }
}

/// Whether a sentence may end with `tag` (not on an open name).
#[inline]
pub(crate) fn can_end(tag: usize) -> bool {
    !open(tag)
}

/// The tag of each token of an entity of type `ty` spanning `len` tokens.
#[cfg(any(test, feature = "train"))]
pub(crate) fn tags_of_span(ty: usize, len: usize) -> impl Iterator<Item = u8> {
    let base = 1 + PER_TYPE * ty;
    (0..len).map(move |k| {
        let part = match (k, len) {
            (_, 1) => 3,
            (0, _) => 0,
            (k, len) if k + 1 == len => 2,
            _ => 1,
        };
        (base + part) as u8
    })
}

/// Most tags a model can have (seven entity types: 29 tags, rounded up to whole
/// vector registers): the width of the fixed-size blocks the decoder works in.
const MAX_TAGS: usize = 32;

/// Lanes the forward pass works on at once (eight `f32`: one AVX2 register).
const CHUNK: usize = 8;

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
    /// The backward pass's steps: current tag `t` may follow the previous tags of
    /// `back[tag_at[t]..tag_at[t + 1]]` (ascending): 2 for `I-` and `L-`, the tags that
    /// close a name for the others.
    tag_at: Vec<usize>,
    back: Vec<BackStep>,
}

/// A previous tag and the score of the step from it to one current tag.
#[derive(Debug, Clone, Copy)]
struct BackStep {
    trans: f32,
    prev: u8,
}

impl Viterbi {
    /// Rebuilds `masked` unless it already holds `trans`.
    fn mask(&mut self, trans: &[f32], n: usize) {
        // Compare bit patterns, so that a NaN weight does not force a rebuild per call.
        let same = self.masked_from.len() == trans.len() && self.masked_from.iter().zip(trans).all(|(a, b)| a.to_bits() == b.to_bits());
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
        self.tag_at.clear();
        self.back.clear();
        self.tag_at.push(0);
        for cur in 0..n {
            for (prev, row) in self.masked.iter().enumerate() {
                if allowed(prev, cur, n) {
                    self.back.push(BackStep { trans: row[cur], prev: prev as u8 });
                }
            }
            self.tag_at.push(self.back.len());
        }
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
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn decode(&mut self, emissions: &[f32], trans: &[f32], n: usize, out: &mut Vec<u8>) {
        self.prepare(trans, n);
        self.decode_prepared(emissions, out);
    }

    /// Sets the transitions (`(n + 1) × n`) that [`Viterbi::decode_prepared`] decodes
    /// under: once per document rather than once per sentence (checking that they
    /// are still the same reads every one of them).
    pub(crate) fn prepare(&mut self, trans: &[f32], n: usize) {
        assert!(n <= MAX_TAGS, "at most {MAX_TAGS} tags");
        assert_eq!(trans.len(), (n + 1) * n, "transitions of {n} tags");
        self.mask(trans, n);
    }

    /// [`Viterbi::decode`] under the transitions of the last [`Viterbi::prepare`] (or
    /// `decode`): `emissions` has one score per tag of those.
    pub(crate) fn decode_prepared(&mut self, emissions: &[f32], out: &mut Vec<u8>) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2, checked just above.
            unsafe { self.decode_avx2(emissions, out) };
            return;
        }
        self.decode_generic(emissions, out);
    }

    /// [`Viterbi::decode_prepared`] compiled for AVX2 (call only where the CPU has it).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn decode_avx2(&mut self, emissions: &[f32], out: &mut Vec<u8>) {
        match self.masked.len().div_ceil(CHUNK) {
            0 => out.clear(),
            1 => self.decode_blocks::<1, true>(emissions, out),
            2 => self.decode_blocks::<2, true>(emissions, out),
            3 => self.decode_blocks::<3, true>(emissions, out),
            _ => self.decode_blocks::<4, true>(emissions, out),
        }
    }

    /// The body of [`Viterbi::decode_prepared`], for any CPU: [`Viterbi::decode_blocks`]
    /// with as many blocks of [`CHUNK`] lanes as hold the tags.
    #[inline(always)]
    fn decode_generic(&mut self, emissions: &[f32], out: &mut Vec<u8>) {
        match self.masked.len().div_ceil(CHUNK) {
            0 => out.clear(),
            1 => self.decode_blocks::<1, false>(emissions, out),
            2 => self.decode_blocks::<2, false>(emissions, out),
            3 => self.decode_blocks::<3, false>(emissions, out),
            _ => self.decode_blocks::<4, false>(emissions, out),
        }
    }

    /// [`Viterbi::decode_prepared`] with the current tags in `C` blocks of [`CHUNK`]
    /// lanes (`C` a constant per build of the loop, so that the blocks' best scores
    /// stay in vector registers); the forward steps with AVX2 instructions when
    /// `AVX2` (only from [`Viterbi::decode_avx2`]).
    #[inline(always)]
    fn decode_blocks<const C: usize, const AVX2: bool>(&mut self, emissions: &[f32], out: &mut Vec<u8>) {
        out.clear();
        let n = self.masked.len();
        if n == 0 {
            return;
        }
        let len = emissions.len() / n;
        if len == 0 {
            return;
        }
        const NEG: f32 = -1e30;
        let Viterbi { score, masked, masked_from: trans, tag_at, back } = self;
        // Whole blocks of `MAX_TAGS` lanes per token: fixed-size copies, no `memcpy`
        // calls; the lanes past `n` stay `NEG` and are never read.
        score.clear();
        score.resize(len, [NEG; MAX_TAGS]);
        let mut prev_scores = [NEG; MAX_TAGS];
        for cur in 0..n {
            if allowed(n, cur, n) {
                prev_scores[cur] = trans[n * n + cur] + emissions[cur];
            }
        }
        score[0] = prev_scores;
        // Forward: the best score of each tag. Which previous tag gave it is found
        // again only for the tags of the best path (below), by the same additions and
        // comparisons in the same order, so it is the previous tag a forward pass that
        // kept it would have kept.
        //
        // The previous tags are taken in order, each once: its score, broadcast, is
        // added to its row of `masked` and compared with the best so far, `C` blocks
        // of [`CHUNK`] current tags at a time (lanes are independent, so the order of
        // the comparisons per lane is that of a scalar loop over the previous tags).
        for (i, score) in score.iter_mut().enumerate().skip(1) {
            let mut best = [[NEG; CHUNK]; C];
            #[cfg(target_arch = "x86_64")]
            if AVX2 {
                // SAFETY: `AVX2` is set only by `decode_avx2`, which runs only where
                // the CPU has AVX2.
                unsafe { forward_avx2(&prev_scores, masked, &mut best) };
            } else {
                forward(&prev_scores, masked, &mut best);
            }
            #[cfg(not(target_arch = "x86_64"))]
            forward(&prev_scores, masked, &mut best);
            for ((c, &b), &e) in prev_scores.iter_mut().zip(best.as_flattened()).zip(&emissions[i * n..(i + 1) * n]) {
                *c = b + e;
            }
            *score = prev_scores;
        }
        let last = &prev_scores;
        let mut tag = 0;
        for t in 1..n {
            if can_end(t) && last[t] > last[tag] {
                tag = t;
            }
        }
        out.resize(len, 0);
        // Back: the previous tag of each tag of the best path, over the previous tags
        // it may follow (the others add `-∞`), in order.
        for i in (1..len).rev() {
            out[i] = tag as u8;
            let prev_scores = &score[i - 1];
            let (mut best, mut arg) = (NEG, 0);
            for step in back.get(tag_at[tag]..tag_at[tag + 1]).unwrap_or_default() {
                let s = prev_scores[step.prev as usize % MAX_TAGS] + step.trans;
                if s > best {
                    best = s;
                    arg = step.prev as usize;
                }
            }
            tag = arg;
        }
        out[0] = tag as u8;
    }
}

/// One forward step: `best` (`C` blocks of [`CHUNK`] current tags, starting at
/// `NEG`) becomes the best over the previous tags, in order, of their score
/// `prev_scores[p]` plus the step's transition `masked[p]` (`-∞` where forbidden),
/// taken when strictly higher than the best so far.
#[inline(always)]
fn forward<const C: usize>(prev_scores: &[f32; MAX_TAGS], masked: &[[f32; MAX_TAGS]], best: &mut [[f32; CHUNK]; C]) {
    for (&p, row) in prev_scores.iter().zip(masked) {
        for (b, r) in best.iter_mut().zip(row.as_chunks::<CHUNK>().0) {
            for (b, &t) in b.iter_mut().zip(r) {
                let s = p + t;
                if s > *b {
                    *b = s;
                }
            }
        }
    }
}

/// [`forward`] with AVX2 instructions (call only where the CPU has it): per previous
/// tag one broadcast, then per block one addition and one `vmaxps`, which keeps the
/// new score exactly when it is strictly higher (`max(s, b)` is `s > b ? s : b`,
/// also with NaN), as the scalar comparison does.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn forward_avx2<const C: usize>(prev_scores: &[f32; MAX_TAGS], masked: &[[f32; MAX_TAGS]], best: &mut [[f32; CHUNK]; C]) {
    use std::arch::x86_64::{__m256, _mm256_add_ps, _mm256_loadu_ps, _mm256_max_ps, _mm256_set1_ps, _mm256_storeu_ps};
    let mut acc: [__m256; C] = [_mm256_set1_ps(0.0); C];
    for (a, b) in acc.iter_mut().zip(best.iter()) {
        // SAFETY: `b` holds eight floats; an unaligned load reads them.
        *a = unsafe { _mm256_loadu_ps(b.as_ptr()) };
    }
    for (&p, row) in prev_scores.iter().zip(masked) {
        let p = _mm256_set1_ps(p);
        for (a, r) in acc.iter_mut().zip(row.as_chunks::<CHUNK>().0) {
            // SAFETY: `r` holds eight floats; an unaligned load reads them.
            let s = _mm256_add_ps(p, unsafe { _mm256_loadu_ps(r.as_ptr()) });
            *a = _mm256_max_ps(s, *a);
        }
    }
    for (a, b) in acc.iter().zip(best.iter_mut()) {
        // SAFETY: `b` holds eight floats; an unaligned store writes them.
        unsafe { _mm256_storeu_ps(b.as_mut_ptr(), *a) };
    }
}

/// Reads tags back as `(first token, end token, type)` spans. Decoded tags are
/// well-formed; any other sequence reads as well: `B-` and `U-` open a name, `I-` and
/// `L-` continue an open name of their type (or open one), `L-` and `U-` close it.
pub(crate) fn spans_of_tags(tags: &[u8], out: &mut Vec<(usize, usize, usize)>) {
    let mut open_at: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let t = t as usize;
        let goes_on = continues(t) && open_at.is_some_and(|(_, ty)| Some(ty) == tag_type(t));
        if !goes_on {
            if let Some((s, ty)) = open_at.take() {
                out.push((s, i, ty));
            }
            if let Some(ty) = tag_type(t) {
                open_at = Some((i, ty));
            }
        }
        if t > 0 && matches!(part(t), 2 | 3) {
            if let Some((s, ty)) = open_at.take() {
                out.push((s, i + 1, ty));
            }
        }
    }
    if let Some((s, ty)) = open_at {
        out.push((s, tags.len(), ty));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_respects_bilou_constraints() {
        let n = n_tags(2);
        let trans = vec![0.0; (n + 1) * n];
        // Token 0 prefers I-0 (not allowed at start), token 1 prefers I-0 (which
        // cannot end a sentence): the best well-formed reading is B-0 L-0.
        let mut em = vec![0.0; 2 * n];
        em[2] = 5.0;
        em[1] = 1.0;
        em[n + 2] = 5.0;
        em[n + 3] = 1.0;
        let mut v = Viterbi::default();
        let mut out = Vec::new();
        v.decode(&em, &trans, n, &mut out);
        assert_eq!(out, vec![1, 3]);
        let mut spans = Vec::new();
        spans_of_tags(&out, &mut spans);
        assert_eq!(spans, vec![(0, 2, 0)]);
        // One token preferring B-1: a name of one token is U-1.
        let mut em = vec![0.0; n];
        em[5] = 5.0;
        em[8] = 1.0;
        v.decode(&em, &trans, n, &mut out);
        assert_eq!(out, vec![8]);
    }

    #[test]
    fn transitions_follow_bilou() {
        let n = n_tags(2);
        let (b, i, l, u) = (1, 2, 3, 4);
        for (prev, cur, ok) in [
            (n, b, true),
            (n, u, true),
            (n, 0, true),
            (n, i, false),
            (n, l, false),
            (b, i, true),
            (b, l, true),
            (i, l, true),
            (b, 0, false),
            (b, u, false),
            (b, b, false),
            (i, 4 + l, false),
            (l, i, false),
            (l, b, true),
            (u, 4 + u, true),
            (0, l, false),
        ] {
            assert_eq!(allowed(prev, cur, n), ok, "{prev} -> {cur}");
        }
        assert!(can_end(0) && can_end(l) && can_end(u) && !can_end(b) && !can_end(i));
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
            if can_end(t) && score[(len - 1) * n + t] > score[(len - 1) * n + tag] {
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

    /// A seeded xorshift generator: `next(m)` is a number below `m`.
    fn xorshift(mut x: u64) -> impl FnMut(u64) -> u64 {
        move |m| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % m
        }
    }

    #[test]
    fn decode_matches_the_reference_with_ties() {
        let mut v = Viterbi::default();
        let mut out = Vec::new();
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15u64);
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

    /// One `prepare`, then sentence after sentence with `decode_prepared` (as the
    /// tagger decodes a document), gives what the scalar reference gives each
    /// sentence; a model of another size in between is prepared afresh.
    #[test]
    fn prepared_decoding_matches_the_reference() {
        let mut v = Viterbi::default();
        let mut out = Vec::new();
        let mut next = xorshift(0x51_7cc1_b727_220au64);
        for case in 0..300 {
            let n = n_tags(1 + case % 7);
            let trans: Vec<f32> = (0..(n + 1) * n).map(|_| next(4) as f32 - 1.5).collect();
            v.prepare(&trans, n);
            for _ in 0..4 {
                let len = 1 + next(15) as usize;
                let em: Vec<f32> = (0..len * n).map(|_| next(6) as f32 - 2.5).collect();
                v.decode_prepared(&em, &mut out);
                let want = reference(&em, &trans, n);
                assert_eq!(out, want, "case {case}");
                // The path for CPUs without AVX2 too.
                v.decode_generic(&em, &mut out);
                assert_eq!(out, want, "case {case}, generic");
            }
        }
        // Backward steps with BILOU and four types: 9 for each of O, B- and U-, 2 for
        // each of I- and L-; forbidden steps are left out.
        let n = n_tags(4);
        v.prepare(&vec![0.0; (n + 1) * n], n);
        assert_eq!(v.tag_at[n], 9 * 9 + 8 * 2);
    }

    #[test]
    fn decoded_tags_are_well_formed() {
        let mut v = Viterbi::default();
        let mut out = Vec::new();
        let mut next = xorshift(0x2545_f491_4f6c_dd1du64);
        for case in 0..500 {
            let n = n_tags(1 + case % 7);
            let len = 1 + next(10) as usize;
            let em: Vec<f32> = (0..len * n).map(|_| next(7) as f32 - 3.0).collect();
            let trans: Vec<f32> = (0..(n + 1) * n).map(|_| next(5) as f32 - 2.0).collect();
            v.decode(&em, &trans, n, &mut out);
            let mut prev = n;
            for &t in &out {
                assert!(allowed(prev, t as usize, n), "case {case}: {out:?}");
                prev = t as usize;
            }
            assert!(can_end(prev), "case {case}: {out:?}");
            // Well-formed tags give back their spans' tags.
            let mut spans = Vec::new();
            spans_of_tags(&out, &mut spans);
            let mut again = vec![0u8; out.len()];
            for &(first, end, ty) in &spans {
                for (slot, tag) in again[first..end].iter_mut().zip(tags_of_span(ty, end - first)) {
                    *slot = tag;
                }
            }
            assert_eq!(again, out, "case {case}");
        }
    }

    #[test]
    fn spans_read_back() {
        let mut spans = Vec::new();
        // B-0 L-0 U-0 O B-1 I-1 L-1 U-1
        spans_of_tags(&[1, 3, 4, 0, 5, 6, 7, 8], &mut spans);
        assert_eq!(spans, vec![(0, 2, 0), (2, 3, 0), (4, 7, 1), (7, 8, 1)]);
        assert_eq!(tags_of_span(1, 3).collect::<Vec<_>>(), vec![5, 6, 7]);
        assert_eq!(tags_of_span(0, 2).collect::<Vec<_>>(), vec![1, 3]);
        assert_eq!(tags_of_span(2, 1).collect::<Vec<_>>(), vec![12]);
        // Ill-formed sequences still read as spans: a name left open at the end, an
        // `I-` of another type, an `L-` with nothing open.
        spans.clear();
        spans_of_tags(&[1, 2], &mut spans);
        assert_eq!(spans, vec![(0, 2, 0)]);
        spans.clear();
        spans_of_tags(&[1, 6, 7, 0, 3], &mut spans);
        assert_eq!(spans, vec![(0, 1, 0), (1, 3, 1), (4, 5, 0)]);
    }
}
