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

  python3 scripts/build_selftrain.py --tageval target/release/tageval --sentences \\
      --text ../shared/data/acled/acled-2015-south-asia.jsonl \\
      --text ../shared/data/acled/acled-2016-africa.jsonl target/selftrain-acled.jsonl
  python3 scripts/build_selftrain.py --tageval target/release/tageval --sentences \\
      --tml ../shared/data/timebank/TimeBank --tml ../shared/data/timebank/AQUAINT target/selftrain-tb.jsonl
  tageval train ... --extra-train target/selftrain-acled.jsonl --extra-train target/selftrain-tb.jsonl

Measured in the ninth round (means over training seeds): it gains on the second
held-out set and loses on eng.testa and on the first held-out set without the
lexicon, so the committed model does not use it.
"""
import argparse
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile

CONLL = "../shared/data/conll2003"
# A sentence ends at . ! or ? (a closing quote or bracket may follow) before space and
# a capital letter, a digit or an opening quote; a short abbreviation (`Mr.`, `U.S.`)
# ends none.
SENTENCE_END = re.compile(r'(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bMrs)(?<!\bSt)([.!?]["\')]?)\s+(?=["(A-Z0-9])')


def sentences(text):
    """(start, end) code-point ranges of the sentences of `text` (paragraph breaks end one too)."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in SENTENCE_END.finditer(para.group()):
            end = para.start() + m.end(1)
            out.append((start, end))
            start = para.start() + m.end()
        if start < para.end():
            out.append((start, para.end()))
    return [(s, e) for s, e in out if text[s:e].strip()]


def tml_texts(folder):
    """The TEXT of each TimeML file under `folder` (sorted by path), tags removed."""
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.tml"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            xml = f.read()
        m = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)
        if not m:
            continue
        text = html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()
        text = re.sub(r"[ \t]+", " ", text)
        text = re.sub(r"\n\s*\n+", "\n", text)
        out.append((os.path.relpath(path, folder), text))
    return out


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-2000:]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("output")
    ap.add_argument("--tageval", default="target/release/tageval")
    ap.add_argument("--text", action="append", default=[], help="JSONL with a `text` field (repeatable)")
    ap.add_argument("--tml", action="append", default=[], help="a folder of TimeML files (TimeBank; repeatable)")
    ap.add_argument("--sentences", action="store_true",
                    help="split each text into sentences and keep those the teachers agree on "
                         "(default: keep whole documents)")
    ap.add_argument("--teachers", type=int, default=4)
    ap.add_argument("--teacher-average", type=int, default=1, help="`tageval train --average` of each teacher")
    ap.add_argument("--min-names", type=int, default=1)
    ap.add_argument("--train", default=f"{CONLL}/eng.train")
    ap.add_argument("--dev", default=f"{CONLL}/eng.testa")
    ap.add_argument("--gazetteer", default="crates/annotator/data/gazetteer")
    ap.add_argument("--clusters", default="target/entity-clusters.tsv")
    a = ap.parse_args()
    if any(os.path.abspath(t).startswith(os.path.abspath("eval") + os.sep) for t in a.text + a.tml):
        sys.exit("held-out text (eval/) is never used for training")
    with tempfile.TemporaryDirectory() as tmp:
        # Only the text (and id) of each document goes to the teachers.
        corpus = os.path.join(tmp, "text.jsonl")
        raw = []
        for path in a.text:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        rec = json.loads(line)
                        raw.append((f"{os.path.basename(path)}:{rec.get('id', len(raw) + 1)}", rec["text"]))
        for folder in a.tml:
            raw.extend((f"{os.path.basename(folder.rstrip('/'))}:{name}", text) for name, text in tml_texts(folder))
        texts = []
        for ident, text in raw:
            if a.sentences:
                texts.extend({"id": f"{ident}:{k}", "text": text[s:e]} for k, (s, e) in enumerate(sentences(text), 1))
            else:
                texts.append({"id": ident, "text": text})
        with open(corpus, "w", encoding="utf-8") as out:
            for doc in texts:
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        tagged = []
        for k in range(1, a.teachers + 1):
            model = os.path.join(tmp, f"teacher{k}.model")
            run([a.tageval, "train", "--train", a.train, "--dev", a.dev, "--gazetteer", a.gazetteer,
                 "--clusters", a.clusters, "--seed", str(k), "--average", str(a.teacher_average), "-o", model])
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
