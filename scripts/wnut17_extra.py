#!/usr/bin/env python3
"""WNUT-17 training gold as extra entity training data (`tageval train --extra-train`).

Reads WNUT-17's two-column CoNLL (`token<TAB>tag`, IOB2, a blank line between posts)
and writes JSONL, one post a document (tokens joined by one space; offsets in code
points), with WNUT's labels mapped to SCHEME's:

  person -> PER, location -> LOC,
  corporation -> ORG, group -> ORG   (SCHEME's ORG: companies, media, groups; CoNLL
                                      labels bands and sports teams ORG too),
  creative-work -> MISC, product -> MISC   (SCHEME's MISC: other names, works;
                                      CoNLL labels named products MISC)

Options:
  --plo      drop posts that hold a creative-work or product (keep PER/ORG/LOC posts
             only: WNUT's product class mixes names and brands that SCHEME and CoNLL
             label in no one way).
  --cased    keep only posts written in ordinary case: every name starts with a
             capital letter or a digit, and the post has lower-case letters (social
             posts in lower or upper case teach the news tagger nothing it meets).
  --with-names  keep only posts with at least one name.

Standard library only; the output is the same bytes on every run.

  python3 scripts/wnut17_extra.py ../shared/data/wnut17/wnut17train.conll target/wnut17-extra.jsonl --cased
"""
import argparse
import json
import sys

MAP = {
    "person": "PER",
    "location": "LOC",
    "corporation": "ORG",
    "group": "ORG",
    "creative-work": "MISC",
    "product": "MISC",
}
NOT_PLO = {"creative-work", "product"}


def posts(path):
    """Yields each post as a list of (token, tag)."""
    post = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if post:
                    yield post
                post = []
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                parts = line.split()
            if len(parts) < 2:
                continue
            post.append((parts[0], parts[-1]))
    if post:
        yield post


def spans_of(post):
    """(first, end, wnut label) token ranges of the post's names (IOB2; a stray I- opens one)."""
    out = []
    cur = None
    for i, (_, tag) in enumerate(post):
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != tag[2:])):
            if cur:
                out.append(tuple(cur))
            cur = [i, i + 1, tag[2:]]
        elif tag.startswith("I-") and cur:
            cur[1] = i + 1
        else:
            if cur:
                out.append(tuple(cur))
            cur = None
    if cur:
        out.append(tuple(cur))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--plo", action="store_true")
    ap.add_argument("--cased", action="store_true")
    ap.add_argument("--with-names", action="store_true")
    a = ap.parse_args()
    kept = total = names = 0
    with open(a.output, "w", encoding="utf-8") as out:
        for n, post in enumerate(posts(a.input), 1):
            total += 1
            tokens = [t for t, _ in post]
            spans = [s for s in spans_of(post) if s[2] in MAP]
            if a.plo and any(s[2] in NOT_PLO for s in spans):
                continue
            if a.with_names and not spans:
                continue
            if a.cased:
                text = " ".join(tokens)
                if not any(c.islower() for c in text):
                    continue
                if any(not (tokens[s[0]][:1].isupper() or tokens[s[0]][:1].isdigit()) for s in spans):
                    continue
            starts, pos = [], 0
            for t in tokens:
                starts.append(pos)
                pos += len(t) + 1
            text = " ".join(tokens)
            jspans = []
            for first, end, label in spans:
                s, e = starts[first], starts[end - 1] + len(tokens[end - 1])
                jspans.append({"start": s, "end": e, "label": MAP[label], "text": text[s:e]})
            rec = {"id": f"wnut17-{n}", "text": text, "layers": ["entities"], "spans": jspans}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            kept += 1
            names += len(jspans)
    print(f"{a.output}: {kept} of {total} posts, {names} names", file=sys.stderr)


if __name__ == "__main__":
    main()
