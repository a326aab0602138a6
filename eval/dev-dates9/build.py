#!/usr/bin/env python3
"""Build dates-dev9.jsonl (next to this script) from the decision lists in labels.py.

python3 build.py           build, validate, re-read and validate again
python3 build.py --review  also print every passage with its spans in brackets
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
from labels import ITEMS  # noqa: E402
import date_sets  # noqa: E402

if __name__ == "__main__":
    date_sets.main(ITEMS, os.path.join(HERE, "dates-dev9.jsonl"), "d9-", (1990, 2025),
                   weekend=True, weekly_part_of_day=True)
