#!/usr/bin/env python3
"""Test data for spark/test_spark.sh and spark/test_cluster.sh.

    test_data.py corpus ONE.jsonl OUT.jsonl COPIES
        ONE.jsonl (plain JSONL documents) repeated COPIES times with distinct ids
        (`ID-COPY`); the documents of copy 1 lose their id, so tageval names them after
        their line number, which the Spark job must keep.
    test_data.py gold GOLD-ONE.jsonl CORPUS.jsonl OUT.jsonl
        the gold of every corpus document, in corpus order, under the corpus's ids.
"""
import json
import sys


def corpus(one, out, copies):
    docs = [json.loads(line) for line in open(one, encoding="utf-8")]
    with open(out, "w", encoding="utf-8") as f:
        for copy in range(int(copies)):
            for doc in docs:
                line = {"id": f"{doc['id']}-{copy}", "text": doc["text"], "dct": doc.get("dct")}
                if copy == 1:
                    del line["id"]  # documents without an id are named after their line number
                f.write(json.dumps(line, ensure_ascii=False) + "\n")


def gold(gold_one, corpus_path, out):
    golds = [json.loads(line) for line in open(gold_one, encoding="utf-8")]
    by_id = {g["id"]: g for g in golds}
    with open(out, "w", encoding="utf-8") as f:
        for n, line in enumerate(open(corpus_path, encoding="utf-8"), 1):
            doc_id = json.loads(line).get("id") or str(n)
            source = by_id[doc_id.rsplit("-", 1)[0]] if "-" in doc_id else golds[(n - 1) % len(golds)]
            f.write(json.dumps({**source, "id": doc_id}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    commands = {"corpus": corpus, "gold": gold}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
