"""Reviews from the hub: the lab's reviews made on other workstations, kept so that a worker
reads her supervisor's notes wherever she works (docs/protocol.md, "Reviews").

A pull to a hub that takes reviews carries ``reviews_after`` (the cursor of the last answer, 0 at
first); the answer's ``reviews`` are checked one by one, as everything from outside is: a review
that is not well formed is left out (and logged), never an error that stops the sync. Each kept
review is stored once (by its id) with the cursor, in one transaction.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.store import Store
from labclient.sync.state import write_settings

log = logging.getLogger("labclient")

CURSOR_KEY = "reviews_cursor"
MAX_ID = 128
MAX_NAME = 200
MAX_NOTE = 2000
MAX_CONTENT = 100_000  # characters of JSON for an answer or a correction


def cursor(store: Store) -> int:
    """The reviews cursor to send (0 before the first answer)."""
    row = store.read().execute("SELECT value FROM sync_state WHERE key = ?", (CURSOR_KEY,)).fetchone()
    try:
        return max(0, int(row[0])) if row else 0
    except ValueError:
        return 0


def apply_reviews(store: Store, answer: Mapping[str, Any], *, clock: Clock = SYSTEM_CLOCK) -> int:
    """Keep the well-formed reviews of a pull answer (received at ``clock``'s time) and its new
    cursor; how many were new. An answer without ``reviews`` (a hub that was not asked) changes
    nothing."""
    reviews, new_cursor = answer.get("reviews"), answer.get("reviews_cursor")
    if not isinstance(reviews, list) or not isinstance(new_cursor, int) or isinstance(new_cursor, bool):
        return 0
    rows = []
    for entry in reviews:
        row = _row(entry)
        if row is None:
            log.warning("a review from the hub is malformed and was left out")
        else:
            rows.append(row)
    now = clock.wall()
    with store.transaction() as c:
        before = c.total_changes
        c.executemany(
            "INSERT INTO hub_reviews (id, result_id, worker_id, worker_name, project_name, task_id, verdict, note,"
            " reviewer_name, created_at, given, content, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO NOTHING", [(*row, now) for row in rows])
        added = c.total_changes - before
    if new_cursor > cursor(store):
        write_settings(store, **{CURSOR_KEY: new_cursor})
    return added


def _text(value: Any, limit: int, *, empty: bool = False) -> str | None:
    if not isinstance(value, str) or len(value) > limit or (not value and not empty):
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no text
        return None
    return value


def _json(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        text.encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError, RecursionError):
        return None
    return text if len(text) <= MAX_CONTENT else None


def _row(entry: Any) -> tuple[Any, ...] | None:
    """The row of a well-formed review, or None."""
    if not isinstance(entry, dict):
        return None
    worker, reviewer = entry.get("worker"), entry.get("reviewer")
    if not isinstance(worker, dict) or not isinstance(reviewer, dict):
        return None
    verdict = entry.get("verdict")
    given = _json(entry.get("given"))
    content = entry.get("content")
    corrected = _json(content) if content is not None else None
    fields = (_text(entry.get("id"), MAX_ID), _text(entry.get("result_id"), MAX_ID), _text(worker.get("id"), MAX_ID),
              _text(worker.get("name"), MAX_NAME), _text(entry.get("project_name"), MAX_NAME, empty=True),
              _text(entry.get("task_id"), MAX_ID), verdict if verdict in ("accepted", "corrected") else None,
              _text(entry.get("note"), MAX_NOTE, empty=True), _text(reviewer.get("name"), MAX_NAME),
              _text(entry.get("created_at"), 64), given)
    if any(f is None for f in fields) or (verdict == "corrected") != (corrected is not None):
        return None
    return (*fields, corrected)
