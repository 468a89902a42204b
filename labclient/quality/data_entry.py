"""Scoring data entry: each field after normalisation, and the outcome; the share that is right.

The outcome is always compared. The fields are compared when the gold outcome needs fields
(``needs_fields``, the default); then every field of the template counts once. The score is the
share of those items that are right. Values are normalised first:

- every field: white space runs made one space, none at the ends, case folded;
- ``number``: parsed (``.`` or ``,`` as the decimal mark, spaces ignored) and right when within
  the gold's ``tolerance`` for the field (default 0);
- ``date``: parsed from ``YYYY-MM-DD``, ``DD/MM/YYYY`` or ``DD.MM.YYYY`` and right when within
  ``tolerance`` days (default 0);
- ``phone``, ``url``, ``email``: first put in the form :func:`~labclient.tasks.data_entry.normal_value`
  gives (a phone number's digits and leading ``+``, so ``+256-772-123456`` is ``+256 772 123456``);
- a value that does not parse is compared as text. Both empty is right.

Worked example (fields name, employees, opened; gold outcome ``corrected``)::

    >>> from labclient.quality.data_entry import score_data_entry
    >>> params = {"fields": [{"id": "name", "label": "Name", "type": "text"},
    ...                      {"id": "employees", "label": "Employees", "type": "number"},
    ...                      {"id": "opened", "label": "Opened", "type": "date"}],
    ...           "outcomes": [{"id": "corrected", "text": "Corrected", "needs_fields": True}]}
    >>> gold = {"outcome": "corrected", "fields": {"name": "Mama Pima Shop", "employees": "12",
    ...                                             "opened": "2019-03-05"}}
    >>> given = {"outcome": "corrected", "fields": {"name": " mama  pima shop", "employees": "13",
    ...                                              "opened": "05/03/2019"}}
    >>> s = score_data_entry(given, gold, params, tolerance={"employees": 1})
    >>> s.score   # outcome, name, employees (13 is within 1 of 12), opened: all four right
    1.0
    >>> score_data_entry(given, gold, params).score   # no tolerance: 3 of 4
    0.75
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from labclient.quality.base import Score
from labclient.quality.feedback import FieldOutcome
from labclient.tasks.data_entry import normal_value, parse_number

_DMY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_EPSILON = 1e-9


def parse_any_date(text: str) -> dt.date | None:
    """A date written ``YYYY-MM-DD``, ``DD/MM/YYYY`` or ``DD.MM.YYYY``, or None."""
    text = text.strip()
    try:
        if m := _YMD.fullmatch(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.fullmatch(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _text(value: str) -> str:
    return " ".join(value.split()).casefold()


def same_value(field: dict[str, Any], given: str, expected: str, tolerance: float = 0.0) -> bool:
    """Whether ``given`` is right for ``field`` when the gold answer is ``expected`` (see the module)."""
    if field["type"] == "number":
        a, b = parse_number(given, field.get("number_format")), parse_number(expected, field.get("number_format"))
        if a is not None and b is not None:
            return abs(a - b) <= tolerance + _EPSILON
    elif field["type"] == "date":
        x, y = parse_any_date(given), parse_any_date(expected)
        if x is not None and y is not None:
            return abs((x - y).days) <= tolerance
    return _text(normal_value(field["type"], given)) == _text(normal_value(field["type"], expected))


def score_data_entry(result: dict[str, Any], gold: dict[str, Any], params: dict[str, Any],
                     tolerance: dict[str, float] | None = None) -> Score:
    """Score a checked data entry result against the gold answer (see the module)."""
    tolerance = tolerance or {}
    outcomes = {o["id"]: o for o in params["outcomes"]}
    given_outcome, gold_outcome = result.get("outcome"), gold.get("outcome")

    def outcome_text(oid: Any) -> str:
        return str(outcomes[oid]["text"]) if oid in outcomes else ""

    items = [FieldOutcome("Outcome", outcome_text(given_outcome), outcome_text(gold_outcome),
                          given_outcome == gold_outcome)]
    if gold_outcome not in outcomes or outcomes[gold_outcome].get("needs_fields", True):
        given_fields, gold_fields = result.get("fields", {}), gold.get("fields", {})
        for field in params["fields"]:
            given = str(given_fields.get(field["id"], "")).strip()
            expected = str(gold_fields.get(field["id"], "")).strip()
            ok = same_value(field, given, expected, float(tolerance.get(field["id"], 0)))
            items.append(FieldOutcome(field["label"], given, expected, ok))
    right = sum(1 for item in items if item.correct)
    return Score(right / len(items), "fields", fields=tuple(items))
