"""A spaCy pipeline component: casualty figures and TIMEX3 time expressions (and,
if asked, entities) as span groups.

``nlp.add_pipe("tageval")`` finds the component through the ``spacy_factories``
entry point of this package (importing this module registers it too). It sets

- ``doc.spans["tageval_casualties"]``: ``CASUALTY`` spans;
- ``doc.spans["tageval_dates"]``: ``DATE``, ``TIME``, ``DURATION``, ``SET`` spans;
- ``doc.spans["tageval_entities"]``: ``PER``, ``ORG``, ``LOC``, ``MISC`` when the
  ``entities`` layer is run;
- ``doc.ents`` when ``set_ents`` is true: the spans of ``ents_layers`` added to the
  entities already there, overlaps resolved by :func:`spacy.util.filter_spans`
  (the longest wins).

Each span's normalised value (``2015-06-01``, ``killed:>=70``) is ``span._.tageval_value``.
The creation time that dates resolve against is ``doc._.dct`` when set, else the
``dct`` of the component's config. ``nlp.pipe`` tags each batch in parallel with the
GIL released.

spaCy offsets are code points, as tageval's; a span that does not fall on token
boundaries is widened to the tokens it touches (``alignment_mode = "expand"``).
"""

from __future__ import annotations

from typing import Iterable, Iterator, List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import tageval

#: The span group of each layer.
SPANS_KEYS = {
    "casualties": "tageval_casualties",
    "dates": "tageval_dates",
    "entities": "tageval_entities",
}

if not Doc.has_extension("dct"):
    Doc.set_extension("dct", default=None)
if not Span.has_extension("tageval_value"):
    Span.set_extension("tageval_value", default=None)


class TagevalComponent:
    """Tags each doc's text with tageval and stores the spans on the doc."""

    def __init__(
        self,
        nlp: Language,
        name: str = "tageval",
        layers: Iterable[str] = ("dates", "casualties"),
        set_ents: bool = False,
        ents_layers: Optional[Iterable[str]] = None,
        dct: Optional[str] = None,
        day_first: bool = False,
        threads: Optional[int] = None,
        alignment_mode: str = "expand",
    ):
        self.name = name
        self.pipeline = tageval.Pipeline(list(layers), day_first=day_first)
        self.layers = self.pipeline.layers
        self.set_ents = set_ents
        self.ents_layers = list(self.layers if ents_layers is None else ents_layers)
        unknown = [layer for layer in self.ents_layers if layer not in self.layers]
        if unknown:
            raise ValueError(f"ents_layers {unknown} are not among the layers run: {self.layers}")
        self.dct = dct
        self.threads = threads
        self.alignment_mode = alignment_mode

    def __call__(self, doc: Doc) -> Doc:
        return self._set(doc, self._annotate([doc])[0])

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: List[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, docs: List[Doc]) -> Iterator[Doc]:
        for doc, result in zip(docs, self._annotate(docs)):
            yield self._set(doc, result)

    def _annotate(self, docs: List[Doc]) -> list:
        dcts = [doc._.dct if doc._.dct is not None else self.dct for doc in docs]
        return self.pipeline.annotate([doc.text for doc in docs], dcts, self.threads)

    def _set(self, doc: Doc, result: dict) -> Doc:
        groups = {layer: [] for layer in self.layers}
        for item in result["spans"]:
            layer = tageval.layer_of(item["label"])
            span = doc.char_span(item["start"], item["end"], label=item["label"], alignment_mode=self.alignment_mode)
            if layer not in groups or span is None:
                continue
            span._.tageval_value = item.get("value")
            groups[layer].append(span)
        for layer, spans in groups.items():
            doc.spans[SPANS_KEYS[layer]] = spans
        if self.set_ents:
            ours = [span for layer in self.ents_layers for span in groups[layer]]
            doc.ents = filter_spans(list(doc.ents) + ours)
        return doc


@Language.factory(
    "tageval",
    default_config={
        "layers": ["dates", "casualties"],
        "set_ents": False,
        "ents_layers": None,
        "dct": None,
        "day_first": False,
        "threads": None,
        "alignment_mode": "expand",
    },
)
def make_component(
    nlp: Language,
    name: str,
    layers: List[str],
    set_ents: bool,
    ents_layers: Optional[List[str]],
    dct: Optional[str],
    day_first: bool,
    threads: Optional[int],
    alignment_mode: str,
) -> TagevalComponent:
    """The factory behind ``nlp.add_pipe("tageval", config={...})``."""
    return TagevalComponent(nlp, name, layers, set_ents, ents_layers, dct, day_first, threads, alignment_mode)
