"""The scoring report: the scorer crate's figures, rendered by its own writers."""

from __future__ import annotations

import io
import json


_COUNT_COLUMNS = ("correct", "incorrect", "partial", "missed", "spurious", "possible", "actual")


class Report:
    """What :func:`tageval.score` found.

    Every figure comes from the scorer crate, as ``tageval score`` prints it:
    ``to_dict()`` is ``--format json``, ``to_frame()`` is ``--format csv`` as a
    DataFrame, ``str(report)`` is the terminal table, ``to_conlleval()`` the
    conlleval-style text.
    """

    def __init__(self, native):
        self._native = native
        self._dict = None

    def to_dict(self) -> dict:
        """The JSON report: ``schemas``, ``by_label``, ``macro``, ``detection``,
        ``values``, ``confidence``, ``confusion``, ``ignored``, ``docs``, ``by_doc``."""
        if self._dict is None:
            self._dict = json.loads(self._native.json())
        return json.loads(json.dumps(self._dict))  # a copy the caller may change

    def to_json(self) -> str:
        """The JSON report as text (``--format json``)."""
        return self._native.json()

    def to_csv(self) -> str:
        """The CSV report (``--format csv``)."""
        return self._native.csv()

    def to_frame(self):
        """A pandas DataFrame, one row per (scope, name, schema): scope ``overall``
        (name ``all``), ``label`` (per label), ``macro``, ``values`` (schema
        ``value``: correct = overlapping pairs with equal values, possible = gold,
        actual = predicted) and ``doc``; columns ``correct``, ``incorrect``,
        ``partial``, ``missed``, ``spurious``, ``possible``, ``actual``,
        ``precision``, ``recall``, ``f1``."""
        import pandas as pd

        frame = pd.read_csv(io.StringIO(self._native.csv()), keep_default_na=False, na_values=[""])
        # Counts stay integers where a row has none (macro averages): nullable Int64.
        return frame.astype({column: "Int64" for column in _COUNT_COLUMNS})

    def to_conlleval(self) -> str:
        """conlleval-style text (``--format conlleval``)."""
        return self._native.conlleval()

    @property
    def strict_f1(self) -> float:
        """Strict micro F1 (what ``--min-f1`` gates on)."""
        return self._native.strict_f1

    def f1(self, schema: str = "strict", label: str | None = None) -> float:
        """Micro F1 of ``schema`` (``strict``, ``exact``, ``partial``, ``type``),
        over all labels or for one ``label``."""
        report = self._dict if self._dict is not None else self.to_dict()
        figures = report["schemas"] if label is None else report["by_label"].get(label)
        if figures is None:
            raise KeyError(f"no label `{label}` in the report (labels: {', '.join(report['by_label'])})")
        return figures[schema]["f1"]

    def __str__(self) -> str:
        return self._native.table()

    def __repr__(self) -> str:
        report = self._dict if self._dict is not None else self.to_dict()
        return f"<tageval.Report: {report['docs']['scored']} documents, strict F1 {self.strict_f1:.4f}>"


class Comparison:
    """What :func:`tageval.compare` found: the change from system A to system B.

    Every figure comes from the scorer crate, as ``tageval compare`` prints it:
    ``to_dict()`` is ``--format json`` (``rows`` per scope and measure with ``a``,
    ``b``, ``delta`` and the ``test`` of the F1 difference, ``changed_docs``,
    ``flips``), ``to_frame()`` is ``--format csv`` as a DataFrame, ``str()`` the
    terminal table.
    """

    def __init__(self, native):
        self._native = native

    def to_dict(self) -> dict:
        """The JSON comparison (``--format json``)."""
        return json.loads(self._native.json())

    def to_json(self) -> str:
        """The JSON comparison as text."""
        return self._native.json()

    def to_csv(self) -> str:
        """The CSV comparison (``--format csv``)."""
        return self._native.csv()

    def to_frame(self):
        """A pandas DataFrame of the CSV comparison, one row per figure."""
        import pandas as pd

        return pd.read_csv(io.StringIO(self._native.csv()), keep_default_na=False, na_values=[""])

    @property
    def warning(self):
        """The warning ``tageval compare`` prints (too few documents), or None."""
        return self._native.warning

    def __str__(self) -> str:
        return self._native.table()

    def __repr__(self) -> str:
        return f"<tageval.Comparison: {self.to_dict().get('docs')} documents>"
