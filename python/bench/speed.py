"""Documents per second through `tageval.annotate` on the bundled articles repeated.

Usage: python python/bench/speed.py [--repeat 200] [--runs 7] [--threads N] [--layers L]

Reads corpora/aleppo-2015 (5 news articles with their boilerplate), repeats it to
`--repeat` x 5 documents, tags the batch once to warm up (taggers built, pages
touched), then `--runs` times, and prints each run and the median. The time covers
the whole call: Python records in, dicts with spans out.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import sys
import time

import tageval

CORPUS = pathlib.Path(__file__).resolve().parents[2] / "corpora" / "aleppo-2015"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="copies of the 5 bundled articles (default 200)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs (default 7)")
    parser.add_argument("--threads", type=int, default=None, help="threads (default: all cores)")
    parser.add_argument("--layers", default=None, help="layers, comma-separated (default: all)")
    parser.add_argument("--corpus", default=str(CORPUS), help="corpus to repeat (default: the bundled one)")
    args = parser.parse_args()

    docs = tageval.read(args.corpus)
    if not docs:
        print(f"no documents in {args.corpus}", file=sys.stderr)
        return 2
    batch = [{"id": f"{d['id']}#{i}", "text": d["text"], "dct": d.get("dct")} for i in range(args.repeat) for d in docs]
    chars = sum(len(d["text"]) for d in batch)
    pipeline = tageval.Pipeline(args.layers)
    pipeline.annotate(batch, threads=args.threads)  # warm-up

    rates = []
    for run in range(1, args.runs + 1):
        start = time.perf_counter()
        out = pipeline.annotate(batch, threads=args.threads)
        elapsed = time.perf_counter() - start
        spans = sum(len(d["spans"]) for d in out)
        rates.append(len(batch) / elapsed)
        print(f"run {run}: {len(batch)} docs, {spans} spans in {elapsed:.3f} s: {len(batch) / elapsed:,.0f} docs/s, {chars / elapsed / 1e6:.2f} M chars/s")
    threads = args.threads or os.cpu_count()
    print(
        f"median: {statistics.median(rates):,.0f} docs/s ({len(batch)} docs of {chars / len(batch):,.0f} chars on average, "
        f"layers {','.join(pipeline.layers)}, {threads} threads, {args.runs} runs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
