#!/usr/bin/env python3
"""Build corpora/news-train/D/news-train-D.jsonl from the decision lists in ents.py.

python3 corpora/news-train/D/build.py            build, check, re-read and check again
python3 corpora/news-train/D/build.py --review   also print every document with [span|LABEL]
python3 corpora/news-train/D/build.py --lint     also list unlabelled repeats of labelled strings

The method and checks are those of eval/dev-wiki/build.py; the differences are the ids
(wD001, ...), a per-document "dct" (the story's date, 2016-2025) and the output name.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import bracketed, build_news_part, check_news_docs, unlabelled_repeats  # noqa: E402

OUT = os.path.join(HERE, "news-train-D.jsonl")


def check(docs):
    # unlabelled repeats are not refused here (--lint lists them); no heldout2 check
    # (D never had one: its text names Congress)
    check_news_docs(docs, range(2016, 2026), repeats=False, heldout2=False)


def lint(docs):
    """Unlabelled whole-word occurrences of a string labelled elsewhere in the same document."""
    n = 0
    for d in docs:
        text = d["text"]
        for surface, i in unlabelled_repeats(d):
            j = i + len(surface)
            n += 1
            print(f"lint {d['id']}: unlabelled {surface!r} at {i}: ...{text[max(0, i - 30):j + 30]}...")
    print(f"lint: {n} unlabelled repeats")


def main():
    reread = build_news_part(OUT, "wD", DOCS, check, review=None)
    if "--lint" in sys.argv:
        lint(reread)
    if "--review" in sys.argv:
        for d in reread:
            print(f"{d['id']} ({d['dct']}): {bracketed(d)}")


if __name__ == "__main__":
    main()
