#!/usr/bin/env python3
"""Word clusters learned from unlabelled news text, added to the spaCy-vector clusters.

    python3 scripts/build_news_clusters.py SPACY_CLUSTERS.tsv OUT.tsv

Trains word2vec (gensim, skip-gram, one worker thread, fixed seed: the same packages
give the same bytes; pins in scripts/requirements-news-clusters.txt) on the text of
the ACLED notes (../shared/data/acled/*.jsonl), the words of CoNLL-2003 eng.train and the
TimeBank + AQUAINT documents (tags stripped), lower-cased; held-out sets are never
read. k-means (cosine, seeded, as in build_clusters.py) over its vectors gives two
more granularities, NEWS_K. OUT.tsv keeps the coarsest and the finest level of
SPACY_CLUSTERS.tsv (built by scripts/build_clusters.py: K = 64 and 1024) and adds the
news levels:

    word<TAB>spaCy id (K=64)<TAB>spaCy id (K=1024)<TAB>news id (K=32)<TAB>news id (K=128)

one line per word of either vocabulary, sorted; a word missing from one vocabulary
gets that level's K (one past its last cluster) there. Four levels, one more than
target/entity-clusters.tsv: the entity layer's cost grows with the number of levels
(four features each per token; the six-level file of all three spaCy levels and news
at 32/128/512 cost a fifth of its speed). `tageval train --clusters OUT.tsv` takes it as it takes any cluster file
(format in crates/annotator/src/entities/clusters.rs).

Not used by the committed model. Measured as the mean of eight training seeds against
the spaCy clusters alone (whole tagger, strict F1): eng.testa 0.9246 -> 0.9264,
held-out conflict news 0.8588 -> 0.8589 (0.7568 -> 0.7620 without the lexicon),
second held-out set 0.7702 -> 0.7751 (0.7554 -> 0.7665); but the seed-to-seed spread
(0.922-0.929 on eng.testa) is larger than the gain, five of the eight seeds miss one
or two rows of the annotator's conflict-news test table (three of eight without the
news levels), and none of the three that pass beats the committed model on both
held-out sets.
"""
import glob
import json
import os
import re
import sys

import numpy as np

from build_clusters import kmeans  # the same k-means as the spaCy-vector clusters

NEWS_K = (32, 128)
SEED = 11
KMEANS_SEEDS = (11, 12)
SPACY_K = (64, 256, 1024)
SPACY_KEEP = (0, 2)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
TOKEN = re.compile(r"[A-Za-z][A-Za-z'.-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")
WORD = re.compile(r"^[a-z][a-z'.-]{0,19}$")


def sentences(data):
    """Lower-cased token lists, in a fixed order."""
    out = []
    for path in sorted(glob.glob(os.path.join(data, "acled", "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    text = json.loads(line)["text"]
                    out.append([t.lower() for t in TOKEN.findall(text)])
    with open(os.path.join(data, "conll2003", "eng.train"), encoding="utf-8") as f:
        sent = []
        for line in f:
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if sent:
                    out.append(sent)
                sent = []
            else:
                sent.append(cols[0].lower())
        if sent:
            out.append(sent)
    for path in sorted(glob.glob(os.path.join(data, "timebank", "*", "*.tml"))):
        with open(path, encoding="utf-8") as f:
            xml = f.read()
        body = xml.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        body = re.sub(r"<[^>]+>", "", body)
        for para in re.split(r"\n\s*\n", body):
            toks = [t.lower() for t in TOKEN.findall(para)]
            if toks:
                out.append(toks)
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: build_news_clusters.py SPACY_CLUSTERS.tsv OUT.tsv")
    if os.environ.get("PYTHONHASHSEED") != "0":
        # gensim's vocabulary order must not depend on Python's string hashing.
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    from gensim.models import Word2Vec

    sents = sentences(DATA)
    model = Word2Vec(
        sents, vector_size=100, window=5, min_count=3, sg=1, negative=5, epochs=10, workers=1, seed=SEED
    )
    words = [w for w in model.wv.index_to_key if WORD.match(w)]
    x = np.asarray([model.wv[w] for w in words], dtype=np.float64)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    levels = [kmeans(x, k, np.random.default_rng(seed)) for k, seed in zip(NEWS_K, KMEANS_SEEDS)]
    news = {w: [int(lv[r]) for lv in levels] for r, w in enumerate(words)}
    spacy = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                cols = line.rstrip("\n").split("\t")
                if len(cols) != len(SPACY_K) + 1:
                    sys.exit(f"{sys.argv[1]}: expected {len(SPACY_K)} cluster ids a line: {line!r}")
                spacy[cols[0]] = [cols[1 + k] for k in SPACY_KEEP]
    spacy_none = [str(SPACY_K[k]) for k in SPACY_KEEP]
    with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as f:
        for w in sorted(set(spacy) | set(news)):
            ids = spacy.get(w, spacy_none) + [str(v) for v in news.get(w, NEWS_K)]
            f.write(w + "\t" + "\t".join(ids) + "\n")
    print(f"{sys.argv[2]}: {len(sents)} sentences, {len(words)} news words, NEWS_K = {NEWS_K}")


if __name__ == "__main__":
    main()
