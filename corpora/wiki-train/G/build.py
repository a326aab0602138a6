#!/usr/bin/env python3
"""Build corpora/wiki-train/G/wiki-train-G.jsonl from the decision lists in ents.py.

python3 corpora/wiki-train/G/build.py            build, check, re-read and check again
python3 corpora/wiki-train/G/build.py --review   also print every document with [span|LABEL]
python3 corpora/wiki-train/G/build.py --hints    also list capitalised words outside spans

The method is eval/dev-wiki/build.py's; ids are wG001, wG002, ...
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from ents import DOCS  # noqa: E402
from decision_lists import bracketed, build_wiki_part, capitalised_outside, check_wiki_docs  # noqa: E402

OUT = os.path.join(HERE, "wiki-train-G.jsonl")


def check(docs):
    check_wiki_docs(docs)


def main():
    reread = build_wiki_part(OUT, "wG", DOCS, check, review=None)
    for d in reread:
        if "--review" in sys.argv:
            print(f"{d['id']}: {bracketed(d)}")
        if "--hints" in sys.argv:
            print(f"{d['id']} outside: {' '.join(capitalised_outside(d))}")


if __name__ == "__main__":
    main()
