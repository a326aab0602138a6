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
pub(crate) fn tags_of_span(ty: usize, len: usize) -> impl Iterator<Item = u8> {
    (0..len).map(move |k| if k == 0 { 1 + 2 * ty as u8 } else { 2 + 2 * ty as u8 })
}

/// Reusable Viterbi tables.
#[derive(Debug, Default)]
pub(crate) struct Viterbi {
    score: Vec<f32>,
    back: Vec<u8>,
}

impl Viterbi {
    /// Decodes the best tag sequence for `emissions` (`len × n` scores, token-major)
    /// under `trans` (`(n + 1) × n`), writing one tag per token to `out`.
    pub(crate) fn decode(&mut self, emissions: &[f32], trans: &[f32], n: usize, out: &mut Vec<u8>) {
        out.clear();
        let len = emissions.len() / n;
        if len == 0 {
            return;
        }
        const NEG: f32 = -1e30;
        self.score.clear();
        self.score.resize(len * n, NEG);
        self.back.clear();
        self.back.resize(len * n, 0);
        for cur in 0..n {
            if allowed(n, cur, n) {
                self.score[cur] = trans[n * n + cur] + emissions[cur];
            }
        }
        for i in 1..len {
            let (done, rest) = self.score.split_at_mut(i * n);
            let prev_scores = &done[(i - 1) * n..];
            let cur_scores = &mut rest[..n];
            for cur in 0..n {
                let mut best = NEG;
                let mut arg = 0u8;
                for prev in 0..n {
                    if !allowed(prev, cur, n) {
                        continue;
                    }
                    let s = prev_scores[prev] + trans[prev * n + cur];
                    if s > best {
                        best = s;
                        arg = prev as u8;
                    }
                }
                cur_scores[cur] = best + emissions[i * n + cur];
                self.back[i * n + cur] = arg;
            }
        }
        let last = &self.score[(len - 1) * n..];
        let mut tag = 0;
        for t in 1..n {
            if last[t] > last[tag] {
                tag = t;
            }
        }
        out.resize(len, 0);
        for i in (0..len).rev() {
            out[i] = tag as u8;
            tag = self.back[i * n + tag] as usize;
        }
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

    #[test]
    fn spans_split_on_new_b() {
        let mut spans = Vec::new();
        spans_of_tags(&[1, 2, 1, 0, 3, 4, 4], &mut spans);
        assert_eq!(spans, vec![(0, 2, 0), (2, 3, 0), (4, 7, 1)]);
        assert_eq!(tags_of_span(1, 3).collect::<Vec<_>>(), vec![3, 4, 4]);
    }
}
