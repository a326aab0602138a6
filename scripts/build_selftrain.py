#!/usr/bin/env python3
"""Self-training data for the entity model (`tageval train --extra-train`).

Trains K teacher models on eng.train alone (`tageval train --seed 1..K`, one run
each, the README's gazetteer and clusters), tags unlabelled news text with each
(`tageval annotate --layers entities --no-bundled-lexicon`: the model and its tidying,
not the conflict lexicon), and keeps the documents on which all K teachers give the
same entity spans, with at least --min-names names: their spans become gold. The
text is ACLED's event notes (`text` only; their codes are not read). No held-out text
(eval/) is ever read.

Standard library only; the same bytes on every run (the teachers are seeded, the
documents are kept in input order).

  python3 scripts/build_selftrain.py --tageval target/release/tageval \\
      --text ../shared/data/acled/acled-2015-south-asia.jsonl \\
      --text ../shared/data/acled/acled-2016-africa.jsonl target/selftrain.jsonl
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

CONLL = "../shared/data/conll2003"


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-2000:]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("output")
    ap.add_argument("--tageval", default="target/release/tageval")
    ap.add_argument("--text", action="append", required=True, help="JSONL with a `text` field (repeatable)")
    ap.add_argument("--teachers", type=int, default=4)
    ap.add_argument("--min-names", type=int, default=1)
    ap.add_argument("--train", default=f"{CONLL}/eng.train")
    ap.add_argument("--dev", default=f"{CONLL}/eng.testa")
    ap.add_argument("--gazetteer", default="crates/annotator/data/gazetteer")
    ap.add_argument("--clusters", default="target/entity-clusters.tsv")
    a = ap.parse_args()
    if any(os.path.abspath(t).startswith(os.path.abspath("eval") + os.sep) for t in a.text):
        sys.exit("held-out text (eval/) is never used for training")
    with tempfile.TemporaryDirectory() as tmp:
        # Only the text (and id) of each document goes to the teachers.
        corpus = os.path.join(tmp, "text.jsonl")
        texts = []
        with open(corpus, "w", encoding="utf-8") as out:
            for path in a.text:
                with open(path, encoding="utf-8") as f:
                    for line in f:
                        if not line.strip():
                            continue
                        rec = json.loads(line)
                        doc = {"id": f"{os.path.basename(path)}:{rec.get('id', len(texts) + 1)}", "text": rec["text"]}
                        texts.append(doc)
                        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        tagged = []
        for k in range(1, a.teachers + 1):
            model = os.path.join(tmp, f"teacher{k}.model")
            run([a.tageval, "train", "--train", a.train, "--dev", a.dev, "--gazetteer", a.gazetteer,
                 "--clusters", a.clusters, "--seed", str(k), "-o", model])
            pred = os.path.join(tmp, f"pred{k}.jsonl")
            run([a.tageval, "annotate", corpus, "--model", model, "--layers", "entities",
                 "--no-bundled-lexicon", "-q", "-o", pred])
            with open(pred, encoding="utf-8") as f:
                docs = [json.loads(l) for l in f if l.strip()]
            if len(docs) != len(texts):
                sys.exit(f"teacher {k} tagged {len(docs)} documents of {len(texts)}")
            tagged.append(docs)
            print(f"teacher {k}: tagged {len(docs)} documents", file=sys.stderr)
    kept = names = 0
    with open(a.output, "w", encoding="utf-8") as out:
        for i, doc in enumerate(texts):
            spans = [sorted((s["start"], s["end"], s["label"]) for s in t[i]["spans"]) for t in tagged]
            if any(s != spans[0] for s in spans[1:]) or len(spans[0]) < a.min_names:
                continue
            jspans = [{"start": s, "end": e, "label": l, "text": doc["text"][s:e]} for s, e, l in spans[0]]
            out.write(json.dumps({"id": doc["id"], "text": doc["text"], "layers": ["entities"], "spans": jspans},
                                 ensure_ascii=False) + "\n")
            kept += 1
            names += len(jspans)
    print(f"{a.output}: {kept} of {len(texts)} documents (all {a.teachers} teachers agree), {names} names", file=sys.stderr)


if __name__ == "__main__":
    main()
