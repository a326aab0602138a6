#!/usr/bin/env python3
"""All-caps probe for the entity layer: a CoNLL-2003 file with every token upper-cased
and the same labels (so the same spans), to measure how much recall all-caps lines lose.

    python3 scripts/allcaps_conll.py ../shared/data/conll2003/eng.testa target/testa-caps.conll
    tageval eval --corpus target/testa-caps.conll --gold target/testa-caps.conll --layers entities

Only the first column changes; -DOCSTART- lines and blank lines are copied as they are.
"""
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: allcaps_conll.py IN.conll OUT.conll")
    with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
        for line in src:
            if line.strip() and not line.startswith("-DOCSTART-"):
                token, sep, rest = line.partition(" ")
                line = token.upper() + sep + rest
            out.write(line)


if __name__ == "__main__":
    main()
