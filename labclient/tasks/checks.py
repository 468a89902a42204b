"""Small structural checks for JSON documents from outside (batches, later the hub).

Each ``expect_*`` returns the value when it is of the right shape and raises
:class:`labclient.errors.BundleError` naming the JSON path (``where``) and the rule otherwise.
"""

from __future__ import annotations

import re
from typing import Any

from labclient.errors import BundleError

#: An id (batch, project, task, label, field): a file or folder name on every system, and never
#: "." or "..", which name folders (the hub's deliverable writes files named by batch and task).
ID_RE = re.compile(r"(?!\.\.?\Z)[A-Za-z0-9._-]{1,128}")


def fail(where: str, rule: str) -> BundleError:
    """The error for ``where`` breaking ``rule``."""
    return BundleError(detail=f"{where}: {rule}", where=where)


def expect_object(
    value: Any, where: str, required: frozenset[str] | set[str], optional: frozenset[str] | set[str]
) -> dict[str, Any]:
    """A JSON object with all ``required`` keys and no keys outside ``required | optional``."""
    if not isinstance(value, dict):
        raise fail(where, "must be an object")
    missing = [k for k in required if k not in value]
    if missing:
        raise fail(where, f"missing field {sorted(missing)[0]!r}")
    if len(value) > len(required):
        unknown = [k for k in value if k not in required and k not in optional]
        if unknown:
            raise fail(where, f"unknown field {sorted(unknown)[0][:60]!r}")
    return value


def expect_str(
    value: Any, where: str, *, min_len: int = 0, max_len: int = 10_000, pattern: re.Pattern[str] | None = None
) -> str:
    """A string of ``min_len``..``max_len`` characters, matching ``pattern`` when given."""
    if not isinstance(value, str):
        raise fail(where, "must be a string")
    if not min_len <= len(value) <= max_len:
        raise fail(where, f"must be {min_len} to {max_len} characters long")
    if pattern is not None and not pattern.fullmatch(value):
        raise fail(where, f"{value[:40]!r} is not allowed here (letters, digits, '.', '_', '-')")
    return value


def expect_int(value: Any, where: str, lo: int, hi: int) -> int:
    """An integer (not a boolean) in ``lo``..``hi``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail(where, "must be a whole number")
    if not lo <= value <= hi:
        raise fail(where, f"must be between {lo} and {hi}")
    return value


def expect_number(value: Any, where: str, lo: float, hi: float) -> float:
    """A number (not a boolean) in ``lo``..``hi``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise fail(where, "must be a number")
    if not lo <= value <= hi:
        raise fail(where, f"must be between {lo:g} and {hi:g}")
    return float(value)


def expect_bool(value: Any, where: str) -> bool:
    """``true`` or ``false``."""
    if not isinstance(value, bool):
        raise fail(where, "must be true or false")
    return value


def expect_list(value: Any, where: str, min_items: int, max_items: int) -> list[Any]:
    """A JSON array of ``min_items``..``max_items`` entries."""
    if not isinstance(value, list):
        raise fail(where, "must be a list")
    if not min_items <= len(value) <= max_items:
        raise fail(where, f"must hold {min_items} to {max_items} entries")
    return value


def expect_choice(value: Any, where: str, choices: tuple[str, ...]) -> str:
    """One of ``choices``."""
    if value not in choices:
        raise fail(where, f"must be one of {', '.join(choices)}")
    return str(value)


def expect_media(task: dict[str, Any], mimes: dict[str, str], wanted: tuple[str, ...], where: str,
                 wrong: str) -> str:
    """The mime type of the task's ``media``, which must be one of the batch's media (``mimes``:
    sha256 → mime) of a type in ``wanted``; else the error says why, ``wrong`` after the type
    ("is audio/ogg; tagging needs an image")."""
    media = task.get("media")
    if media is None:
        raise fail(where, "missing field 'media'")
    mime = mimes.get(media) if isinstance(media, str) else None
    if mime is None:
        raise fail(f"{where}.media", "is not listed in the batch's media")
    if mime not in wanted:
        raise fail(f"{where}.media", f"is {mime}{wrong}")
    return mime


def expect_unique_ids(items: list[dict[str, Any]], where: str) -> None:
    """No two entries share an ``id``."""
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item["id"] in seen:
            raise fail(f"{where}[{i}].id", f"{item['id']!r} is used twice")
        seen.add(item["id"])
