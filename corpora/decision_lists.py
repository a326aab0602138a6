"""What every training part's build.py shares: finding a decision list's names in its text.

A part's `ents.py` lists, per document, its text and its names in order of appearance as
(surface, label) or (surface, label, skip). `locate` finds each surface as a
case-sensitive whole-word match at or after the end of the previous span, skipping
`skip` such matches first (the method of eval/dev-wiki/build.py); offsets are Unicode
code points. Each part's build.py keeps its own checks (date ranges, names a part must
not use, datelines), written by that part's annotator.
"""


def is_word(ch):
    return ch.isalnum() or ch == "_"


def whole_word_matches(text, surface, frm=0):
    """Start offsets of `surface` in `text` at or after `frm`, on word boundaries."""
    i = text.find(surface, frm)
    while i != -1:
        j = i + len(surface)
        left_ok = i == 0 or not is_word(text[i - 1]) or not is_word(surface[0])
        right_ok = j == len(text) or not is_word(text[j]) or not is_word(surface[-1])
        if left_ok and right_ok:
            yield i
        i = text.find(surface, i + 1)


def locate(text, entries, did):
    """The spans of a decision list `entries` in `text` (document `did`, for errors)."""
    spans = []
    cursor = 0
    for e in entries:
        surface, label = e[0], e[1]
        skip = e[2] if len(e) > 2 else 0
        hits = list(whole_word_matches(text, surface, cursor))
        if len(hits) <= skip:
            raise SystemExit(f"{did}: cannot find {surface!r} (skip {skip}) after offset {cursor}")
        start = hits[skip]
        end = start + len(surface)
        spans.append({"start": start, "end": end, "label": label, "text": surface})
        cursor = end
    return spans


def write_checked(path, docs, check):
    """Writes `docs` as JSONL to `path`, re-reads the file and runs `check` on what was
    read (after `check` on `docs` before writing), asserts both are equal, prints the
    counts per label and returns the documents read back."""
    import collections
    import json

    check(docs)
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(path, encoding="utf-8") as f:
        reread = [json.loads(line) for line in f]
    check(reread)
    assert reread == docs
    counts = collections.Counter(s["label"] for d in reread for s in d["spans"])
    total = sum(counts.values())
    print(f"{len(reread)} documents, {total} spans: " +
          ", ".join(f"{k} {counts[k]}" for k in ("LOC", "ORG", "PER", "MISC")))
    return reread


def check_spans(did, text, spans, labels, span_keys=None):
    """Asserts that the spans of document `did` lie in `text` (in range, equal to their
    slice, no whitespace at either edge, a label of `labels`, no overlap, and only the
    keys `span_keys` when given); returns their (start, end) in order."""
    prev_end = -1
    covered = []
    for s in sorted(spans, key=lambda s: s["start"]):
        if span_keys is not None:
            assert set(s) == span_keys, f"{did}: span keys {s}"
        st, en = s["start"], s["end"]
        assert 0 <= st < en <= len(text), f"{did}: bad offsets {s}"
        assert text[st:en] == s["text"], f"{did}: slice mismatch {s}"
        assert not text[st].isspace() and not text[en - 1].isspace(), f"{did}: whitespace edge {s}"
        assert s["label"] in labels, f"{did}: bad label {s}"
        assert st >= prev_end, f"{did}: overlap at {s}"
        prev_end = en
        covered.append((st, en))
    return covered


def bracketed(d):
    """Document `d`'s text with each span written `[text|LABEL]` (for `--review`)."""
    t, out, last = d["text"], [], 0
    for s in d["spans"]:
        out.append(t[last:s["start"]])
        out.append(f"[{t[s['start']:s['end']]}|{s['label']}]")
        last = s["end"]
    out.append(t[last:])
    return "".join(out)
