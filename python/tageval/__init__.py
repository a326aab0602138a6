"""tageval for Python: tag news text with entities, TIMEX3 time expressions and
casualty figures, and score tags against gold, without a subprocess.

- :func:`annotate` tags texts or records (dicts with ``text``, optional ``id`` and
  ``dct``) on all cores with the GIL released, and returns one dict per document:
  the JSONL line ``tageval annotate`` writes, as a dict.
- :func:`annotate_df` does the same for a pandas DataFrame and returns one row per
  span.
- :func:`score` scores predictions against gold (paths in any format the command
  line reads, or records) and returns a :class:`Report` with the figures of
  ``tageval score``.
- :func:`compare` compares two systems against one gold, with paired significance
  tests, and returns a :class:`Comparison` with the figures of ``tageval compare``.
- :func:`read` reads documents (and the spans they carry) from a path. What a
  reader reads differently from what the input held (relations not read, spans
  trimmed, …) is given as a :class:`TagevalWarning` through :mod:`warnings`, the
  messages ``tageval`` prints on stderr.
- ``nlp.add_pipe("tageval")`` adds the spaCy component of :mod:`tageval.spacy`.

Offsets are Unicode code points, as Python's ``str`` indexes them:
``text[span["start"]:span["end"]] == span["text"]``.
"""

from __future__ import annotations

import json
import math
import os
import warnings
from collections.abc import Iterable, Mapping
from typing import Any, Optional, Sequence, Union

from . import _native
from ._native import TagevalError
from ._report import Comparison, Report

__all__ = [
    "LAYERS",
    "LABELS",
    "Comparison",
    "Pipeline",
    "Report",
    "TagevalError",
    "TagevalWarning",
    "annotate",
    "annotate_df",
    "compare",
    "layer_of",
    "read",
    "score",
]


class TagevalWarning(UserWarning):
    """What tageval read or computed differently from what was asked: a reader's
    note (relations, events or free-text notes not read, spans trimmed, Prodigy
    examples skipped) or a comparison over too few documents. The message is the
    one the command line prints after ``tageval: warning:``."""


def _warn(messages) -> None:
    for message in messages:
        warnings.warn(message, TagevalWarning, stacklevel=3)

__version__ = "0.1.0"

#: The layers, in the order the pipeline runs them.
LAYERS: tuple = tuple(name for name, _ in _native.layer_labels())
#: The labels of each layer.
LABELS: dict = {name: tuple(labels) for name, labels in _native.layer_labels()}
_LAYER_OF_LABEL = {label: name for name, labels in LABELS.items() for label in labels}

PathLike = Union[str, "os.PathLike[str]"]


def layer_of(label: str) -> Optional[str]:
    """The layer a label belongs to (``"DATE"`` -> ``"dates"``), or None."""
    return _LAYER_OF_LABEL.get(label)


def _layer_list(layers: Union[None, str, Iterable[str]]) -> Optional[list]:
    if layers is None:
        return None
    if isinstance(layers, str):
        return [name for name in layers.split(",")]
    return [str(name) for name in layers]


class Pipeline:
    """The taggers of some layers, built once and reused.

    ``layers`` is None (every layer), a comma-separated string or a list of layer
    names (``entities``, ``dates``, ``casualties``); ``day_first`` reads
    ``06/01/2015`` as 6 January.
    """

    def __init__(self, layers: Union[None, str, Iterable[str]] = None, *, day_first: bool = False):
        self._native = _native.Pipeline(_layer_list(layers), day_first)

    @property
    def layers(self) -> list:
        """The layers this pipeline tags."""
        return list(self._native.layers)

    def annotate(
        self,
        texts_or_records: Union[str, Iterable[Union[str, Mapping]]],
        dct: Union[None, str, Sequence[Any]] = None,
        threads: Optional[int] = None,
    ) -> list:
        """Tags documents; see :func:`annotate`."""
        records, texts, dcts = _prepare(texts_or_records, dct)
        results = self._native.annotate(texts, dcts, threads)
        for record, result in zip(records, results):
            record.update(result)
            # The casualty layer ran and found no figure: no toll, as `tageval annotate`.
            if "casualty_totals" in record and record["casualty_totals"] is None:
                del record["casualty_totals"]
        return records

    def __repr__(self) -> str:
        return f"tageval.Pipeline(layers={self.layers!r})"


_PIPELINES: dict = {}


def _pipeline(layers: Union[None, str, Iterable[str]], day_first: bool) -> Pipeline:
    names = _layer_list(layers)
    key = (None if names is None else tuple(n.strip() for n in names), day_first)
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        pipeline = _PIPELINES[key] = Pipeline(names, day_first=day_first)
    return pipeline


def annotate(
    texts_or_records: Union[str, Iterable[Union[str, Mapping]]],
    dct: Union[None, str, Sequence[Any]] = None,
    layers: Union[None, str, Iterable[str]] = None,
    threads: Optional[int] = None,
    *,
    day_first: bool = False,
) -> list:
    """Tags texts or records and returns one dict per document, in input order.

    ``texts_or_records`` is a string (one document), or an iterable of strings and
    records: dicts with ``text`` and optionally ``id`` and ``dct`` (further fields
    are kept). ``dct`` is the document creation time (``YYYY-MM-DD``, a
    ``datetime.date``, or a list with one per document) that relative dates resolve
    against; a record's own ``dct`` wins over it. ``layers`` limits the layers
    (default: all); ``threads`` the threads (default: all cores). The GIL is
    released while tagging.

    Each result is the JSONL line ``tageval annotate`` writes, as a dict: ``id``
    (the record's, else the position as a string), ``text``, ``dct`` when known,
    the record's other fields, and ``spans``, each with ``start`` and ``end`` in
    code points, ``label``, ``text``, ``value`` (dates and casualty figures) and any
    further attributes. Built taggers are cached per ``layers``.
    """
    return _pipeline(layers, day_first).annotate(texts_or_records, dct, threads)


def _dct_string(value: Any, where: str) -> Optional[str]:
    """A creation time as the ISO string the taggers read; None when missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        return value
    if type(value).__name__ == "NaTType":  # pandas' missing timestamp
        return None
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return isoformat()
    raise TypeError(f"{where}: a creation time must be a string or a date, not {type(value).__name__}")


def _prepare(texts_or_records, dct):
    """Output records (without spans yet), texts and creation times for the taggers."""
    if isinstance(texts_or_records, (str, Mapping)):
        texts_or_records = [texts_or_records]
    items = list(texts_or_records)
    if dct is None or isinstance(dct, str) or not isinstance(dct, Iterable):
        dcts = [dct] * len(items)
    else:
        dcts = list(dct)
        if len(dcts) != len(items):
            raise ValueError(f"`dct` has {len(dcts)} values for {len(items)} documents")
    records, texts, out_dcts = [], [], []
    for i, (item, default_dct) in enumerate(zip(items, dcts)):
        where = f"document {i}"
        if isinstance(item, str):
            fields: Mapping = {}
            doc_id, text, doc_dct = str(i), item, None
        elif isinstance(item, Mapping):
            fields = item
            text = item.get("text")
            if not isinstance(text, str):
                raise TypeError(f"{where}: a record needs a `text` string, got {type(text).__name__}")
            doc_id = item.get("id")
            if doc_id is None:
                doc_id = str(i)
            doc_dct = item.get("dct")
        else:
            raise TypeError(f"{where}: expected a string or a dict with `text`, not {type(item).__name__}")
        the_dct = _dct_string(doc_dct, where)
        if the_dct is None:
            the_dct = _dct_string(default_dct, where)
        record = {"id": doc_id, "text": text}
        if the_dct is not None:
            record["dct"] = the_dct
        for key, value in fields.items():
            # As `tageval annotate`: predictions replace any spans, and declare no layers.
            if key not in ("id", "text", "dct", "spans", "layers"):
                record[key] = value
        records.append(record)
        texts.append(text)
        out_dcts.append(the_dct)
    return records, texts, out_dcts


_SPAN_COLUMNS = ["start", "end", "label", "layer", "text", "value"]


def annotate_df(
    df,
    text: str = "text",
    id: str = "id",
    dct: str = "dct",
    layers: Union[None, str, Iterable[str]] = None,
    threads: Optional[int] = None,
    *,
    day_first: bool = False,
):
    """Tags the ``text`` column of a pandas DataFrame; returns one row per span.

    The result has the document id (the ``id`` column, else the DataFrame's index)
    under the name ``id``, then ``start``, ``end`` (code points), ``label``,
    ``layer``, ``text`` and ``value`` (None where the label has no value).
    ``dct`` names the column of creation times; without such a column the dates
    resolve without one. Span attributes beyond these are in :func:`annotate`'s
    output.
    """
    import pandas as pd

    if text not in df.columns:
        raise KeyError(f"no text column `{text}` (columns: {', '.join(map(str, df.columns))})")
    for name, default in ((id, "id"), (dct, "dct")):
        if name is not None and name != default and name not in df.columns:
            raise KeyError(f"no column `{name}` (columns: {', '.join(map(str, df.columns))})")
    ids = list(df[id]) if id is not None and id in df.columns else list(df.index)
    dcts = list(df[dct]) if dct is not None and dct in df.columns else None
    texts = []
    for position, value in enumerate(df[text]):
        if isinstance(value, str):
            texts.append(value)
        elif value is None or (isinstance(value, float) and math.isnan(value)):
            texts.append("")  # a missing text is an empty document: no spans
        else:
            raise TypeError(f"row {position}: `{text}` must be a string, not {type(value).__name__}")
    results = _pipeline(layers, day_first).annotate(texts, dcts, threads)
    rows = []
    for doc_id, result in zip(ids, results):
        for span in result["spans"]:
            rows.append(
                (doc_id, span["start"], span["end"], span["label"], layer_of(span["label"]), span["text"], span.get("value"))
            )
    frame = pd.DataFrame.from_records(rows, columns=["id"] + _SPAN_COLUMNS)
    return frame.astype({"start": "int64", "end": "int64"})


def _docs(source, what: str, format: Optional[str], text_dir: Optional[PathLike]):
    """Documents for the scorer: read from a path, or records checked as JSONL lines."""
    if isinstance(source, _native.Docs):
        return source
    if isinstance(source, (str, os.PathLike)):
        docs = _native.read(os.fspath(source), format, None if text_dir is None else os.fspath(text_dir))
        _warn(docs.warnings)
        return docs
    if isinstance(source, Mapping):
        source = [source]
    lines = []
    for i, record in enumerate(source):
        if not isinstance(record, Mapping):
            raise TypeError(f"{what} record {i}: expected a dict, not {type(record).__name__}")
        lines.append(json.dumps(record, ensure_ascii=False, default=str))
    return _native.parse_jsonl(lines, f"<{what} records>")


def _label_map_spec(label_map) -> Optional[str]:
    if label_map is None or isinstance(label_map, str):
        return label_map
    if isinstance(label_map, Mapping):
        return ",".join(f"{src}={'O' if dst is None else dst}" for src, dst in label_map.items())
    raise TypeError("`label_map` must be a string like `GPE=LOC,X=O` or a dict")


def score(
    gold,
    pred,
    *,
    layers: Union[None, str, Iterable[str]] = None,
    only_layers: Union[None, str, Iterable[str]] = None,
    label_map: Union[None, str, Mapping] = None,
    map_gold: bool = False,
    match_across_layers: bool = False,
    bootstrap: int = 1000,
    seed: int = 42,
    by_doc: bool = True,
    gold_format: Optional[str] = None,
    pred_format: Optional[str] = None,
    text_dir: Optional[PathLike] = None,
) -> Report:
    """Scores ``pred`` against ``gold`` as ``tageval score`` does.

    Each of ``gold`` and ``pred`` is a path (a JSONL, CSV, CoNLL or TimeML file, or
    a brat, TimeML or ``.txt`` folder; the format is guessed unless
    ``gold_format``/``pred_format`` names it) or a list of records (dicts with
    ``id``, ``text`` and ``spans``; a ``layers`` list declares what gold covers),
    such as :func:`annotate` returns. Documents pair by id. ``text_dir`` holds the
    texts of brat gold stored without them (``--text-dir``).

    Options as the command line's: ``layers`` (``--score-layers``), ``label_map``
    (``--map``, a string or a dict; None or ``"O"`` drops a label), ``bootstrap``
    resamples and ``seed``; ``only_layers`` never scores a layer outside it (what
    ``tageval eval`` sets to the layers it ran); ``match_across_layers`` lets spans
    of different layers match (nervaluate's single list).
    """
    gold_docs = _docs(gold, "gold", gold_format, text_dir)
    pred_docs = _docs(pred, "pred", pred_format, text_dir)
    native = _native.score(
        gold_docs,
        pred_docs,
        _layer_list(layers),
        _layer_list(only_layers),
        _label_map_spec(label_map),
        map_gold,
        match_across_layers,
        bootstrap,
        seed,
        by_doc,
    )
    return Report(native)


def read(
    path: PathLike,
    format: Optional[str] = None,
    *,
    text_dir: Optional[PathLike] = None,
    id_column: str = "id",
    text_column: str = "text",
    dct_column: str = "dct",
) -> list:
    """Reads the documents of ``path`` (any format the command line reads) as
    records: the dicts of ``tageval convert --to jsonl``, spans included."""
    docs = _native.read(
        os.fspath(path),
        format,
        None if text_dir is None else os.fspath(text_dir),
        id_column,
        text_column,
        dct_column,
    )
    _warn(docs.warnings)
    return [json.loads(line) for line in docs.to_jsonl()]


def compare(
    gold,
    a,
    b,
    *,
    layers: Union[None, str, Iterable[str]] = None,
    label_map: Union[None, str, Mapping] = None,
    bootstrap: int = 1000,
    rounds: int = 1000,
    seed: int = 42,
    top: int = 10,
    gold_format: Optional[str] = None,
    pred_format: Optional[str] = None,
    text_dir: Optional[PathLike] = None,
) -> Comparison:
    """Compares system ``a`` (the baseline) with system ``b`` against ``gold`` as
    ``tageval compare --gold GOLD --pred A --pred B`` does.

    ``gold``, ``a`` and ``b`` are paths (any format the command line reads) or
    lists of records, as for :func:`score`. Options as the command line's:
    ``layers`` (``--score-layers``), ``label_map`` (``--map``), ``bootstrap``
    paired bootstrap samples, ``rounds`` of approximate randomisation, ``seed``,
    ``top`` most changed documents. A comparison over fewer than 20 documents
    gives a :class:`TagevalWarning` (document resampling is unreliable there).
    """
    gold_docs = _docs(gold, "gold", gold_format, text_dir)
    a_docs = _docs(a, "a", pred_format, text_dir)
    b_docs = _docs(b, "b", pred_format, text_dir)
    native = _native.compare(
        gold_docs, a_docs, b_docs, _layer_list(layers), _label_map_spec(label_map), bootstrap, rounds, seed, top
    )
    if native.warning:
        _warn([native.warning])
    return Comparison(native)
