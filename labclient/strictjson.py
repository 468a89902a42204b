"""JSON from outside (a bundle's batch.json, a hub's answer, a device's push), read strictly.

Python's :func:`json.loads` takes things other readers of the same text do not agree on, or
that break later code instead of the parser:

- a key given twice in one object: Python keeps the last value, SQLite's ``json_each`` (which
  the importer uses) the first, so one value is checked and the other stored;
- nesting thousands deep: ``RecursionError`` in the parser (refused here; the checks that follow
  accept no deep values, so nothing recurses into one later);
- integers of thousands of digits: ``ValueError`` (or seconds of CPU) outside ``JSONDecodeError``;
- ``NaN`` and ``Infinity``, which are not JSON;
- ``\\ud800`` escapes that make a lone surrogate, which no UTF-8 writer (SQLite, a file) accepts.

:func:`loads` refuses each with :class:`StrictJSONError` (a ``ValueError``) whose message names the
problem, and never raises anything else for any input.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: Digits of an integer: a 64-bit number has at most 20.
MAX_INT_DIGITS = 24
_SURROGATE = re.compile("[\ud800-\udfff]")


class StrictJSONError(ValueError):
    """The text is not JSON this program reads; the message says why (in English, short).
    ``syntax`` is True when it is not JSON at all (a web page, say), False when it is JSON that
    this module refuses (a key twice, NaN, an endless number, deep nesting, a lone surrogate)."""

    def __init__(self, message: str, *, syntax: bool = False) -> None:
        super().__init__(message)
        self.syntax = syntax


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        twice = next(k for i, (k, _) in enumerate(pairs) if any(k == other for other, _ in pairs[:i]))
        raise StrictJSONError(f"the key {twice[:40]!r} appears twice in one object")
    return out


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise StrictJSONError(f"a number has {len(text)} digits (at most {MAX_INT_DIGITS})")
    return int(text)


def _constant(name: str) -> Any:
    raise StrictJSONError(f"{name} is not a JSON number")


def loads(text: str | bytes, *, lone_surrogates: bool = False) -> Any:
    """``text`` decoded as strict JSON (see the module); StrictJSONError otherwise. With
    ``lone_surrogates`` they are left for the caller to refuse where they stand (a hub's answer
    carries several batches: one with a bad text is refused alone)."""
    try:
        value = json.loads(text, object_pairs_hook=_pairs, parse_int=_int, parse_constant=_constant)
    except StrictJSONError:
        raise
    except RecursionError:
        raise StrictJSONError("it is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise StrictJSONError(f"{exc.msg} at line {exc.lineno}, column {exc.colno}", syntax=True) from None
    except (ValueError, UnicodeDecodeError, TypeError) as exc:  # bytes in no UTF encoding, and the like
        raise StrictJSONError(str(exc)[:200], syntax=True) from None
    escaped = (b"\\ud" in text or b"\\uD" in text) if isinstance(text, bytes) else ("\\ud" in text or "\\uD" in text)
    if escaped and not lone_surrogates and _has_surrogate(value):  # only a \u escape makes a lone surrogate
        raise StrictJSONError("a text holds a lone surrogate escape (like \\ud800), which is not a character")
    return value


def _has_surrogate(value: Any) -> bool:
    """Whether any text (key or value) in the decoded ``value`` holds a lone surrogate."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False
