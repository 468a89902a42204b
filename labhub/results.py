"""Storing the result items of a push (the rules are in :mod:`labhub.push`), a chunk at a time.

A :class:`ResultWriter` serves one push. Before the first result it reads, in a few queries for
the whole chunk, what the lab already holds under the chunk's item ids and the tasks its results
name (their result of record, and the task body when it carries a gold or training answer), and
each batch's template. It then decides every result in order in memory, as the one-at-a-time
rules say, and writes the new items and results of record in bulk (:meth:`ResultWriter.flush`).
On SQLite that saves little; on PostgreSQL it turns some seven round trips per item into a
handful per chunk.

A result that needs the database's state after each write is handled one at a time, after a
flush: a submit on a gold or training task (scored here, :mod:`labhub.quality`), a result on an
overlap task (whose answers are compared, :mod:`labhub.consensus`), and a superseded one (whose
answer names the device holding the result of record). The caller flushes before any other kind
of item, which may read the items table.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from labclient.quality.gold import gold_of
from labclient.tasks import KINDS
from labhub.auth import Device
from labhub.consensus import after_answer
from labhub.items import Incoming, answer, canonical, content_hash, describe, held_answer
from labhub.models import RESULT_BODY, ResultBody
from labhub.quality import record_score
from labhub.scope import LabScope
from labhub.store import Conn, insert_rows

ITEM_TYPES = ("result", "event", "review", "qualification")
#: A task's body when it may carry a gold answer (its text names the key: task bodies are stored
#: as compact JSON), else NULL; ``gold_of`` decides. A text test, not a JSON parse per task.
_GOLD_BODY = """CASE WHEN t.body LIKE '%"gold":%' THEN t.body END"""
#: Ids or tasks looked up per query.
LOOKUP_CHUNK = 500
_HEAD = ("INSERT INTO items (item_id, device_id, seq, type, body, content_sha256, status, batch_id, task_id,"
         " received_at, device_clock) VALUES")
_INSERT = _HEAD + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


class ResultWriter:
    """The result items of one push from ``device`` (see the module's text)."""

    def __init__(self, c: Conn, scope: LabScope, device: Device, now: str, clock_json: str,
                 templates: dict[str, tuple[str, dict[str, Any]] | None]) -> None:
        self.c, self.scope, self.device, self.now, self.clock_json = c, scope, device, now, clock_json
        self.templates = templates
        self.weights: dict[tuple[str, str], float] = {}  # overlap: workers' weights, dropped when a gold score lands
        self._held: dict[str, tuple[str, str]] = {}      # item id -> (content hash, status), the lab's
        self._absent: set[str] = set()                   # ids the lab was read not to hold
        self._tasks: dict[tuple[str, str], list[Any]] = {}  # -> [result of record, gold body text]
        self._no_task: set[tuple[str, str]] = set()
        self._overlap: dict[str, int | None] = {}
        self._items: list[tuple[Any, ...]] = []
        self._records: list[tuple[str, str, str]] = []

    def prefetch(self, items: Iterable[Incoming]) -> None:
        """Read at once what the lab holds for these items (results among them)."""
        ids = [i.id for i in items if i.id not in self._held]
        wanted: dict[str, set[str]] = {}
        for item in items:
            if item.type == "result" and isinstance(item.body, dict):
                batch, task = item.body.get("batch_id"), item.body.get("task_id")
                if isinstance(batch, str) and isinstance(task, str):
                    wanted.setdefault(batch, set()).add(task)
        c, lab = self.c, self.scope.lab_id
        for part in _parts(ids):
            self._absent.update(part)
            for item_id, content, status in c.execute(
                    "SELECT i.item_id, i.content_sha256, i.status FROM items i JOIN devices d ON d.id = i.device_id"
                    f" WHERE d.lab_id = ? AND i.item_id IN ({', '.join('?' * len(part))})", (lab, *part)).fetchall():
                self._held[str(item_id)] = (str(content), str(status))
                self._absent.discard(str(item_id))
        for batch, tasks in wanted.items():
            self._batch(batch)
            for part in _parts(sorted(tasks)):
                self._no_task.update((batch, t) for t in part)
                for task_id, record, gold_body in c.execute(
                        f"SELECT t.task_id, t.result_item, {_GOLD_BODY} FROM tasks t JOIN batches b"
                        f" ON b.batch_id = t.batch_id WHERE t.batch_id = ? AND b.lab_id = ? AND t.task_id IN"
                        f" ({', '.join('?' * len(part))})", (batch, lab, *part)).fetchall():
                    self._tasks[(batch, str(task_id))] = [record, gold_body]
                    self._no_task.discard((batch, str(task_id)))

    def forget(self, item_id: str) -> None:
        """Another kind of item was stored under ``item_id``: read it from the database next time."""
        self._held.pop(item_id, None)
        self._absent.discard(item_id)

    def store(self, item: Incoming) -> dict[str, Any]:
        """Decide one result item (any type: a non-result is rejected here) and queue its writes."""
        content = content_hash(item.type, item.body)
        seen = self._seen(item.id, content)
        if seen is not None:
            return seen
        problem, result = self._check(item)
        if problem is not None or result is None:
            return answer(item.id, "rejected", problem or "not a result")
        key = (result.batch_id, result.task_id)
        record, gold_body = self._tasks[key]
        gold_task = None if gold_body is None else json.loads(gold_body)
        gold = None if gold_task is None else gold_of(gold_task)
        overlap = self._overlap[result.batch_id]
        slow = gold is not None or overlap is not None or record is not None
        if slow:
            self.flush()
        # A training task is done once by every worker (docs/quality.md): each of their results applies.
        status = "applied" if record is None or (gold is not None and gold["purpose"] == "training") \
            or (gold is None and (overlap or 1) > 1 and not self._answered(result)) else "superseded"
        row = (item.id, self.device.id, item.seq, item.type, canonical(item.body), content, status, result.batch_id,
               result.task_id, self.now, self.clock_json)
        self._held[item.id] = (content, status)
        if status == "applied" and record is None:
            self._tasks[key][0] = item.id
        if not slow:
            self._items.append(row)
            self._records.append((item.id, result.batch_id, result.task_id))
            return answer(item.id, "applied")
        c = self.c
        c.execute(_INSERT, row)
        if gold is not None and result.action == "submit":  # the score of record (docs/quality.md)
            record_score(c, item.id, result.batch_id, result.task_id, gold, result.content, self.now, gold_task)
            self.weights.clear()  # a worker's weight is her gold record: it may have changed
        if status == "applied":
            c.execute("UPDATE tasks SET result_item = ? WHERE batch_id = ? AND task_id = ? AND result_item IS NULL",
                      (item.id, result.batch_id, result.task_id))
            if gold is None and result.action == "submit" and overlap is not None:
                after_answer(c, result.batch_id, result.task_id, self.now, self.weights)  # offered again on a dispute
            return answer(item.id, "applied")
        assert record is not None
        held_by = self.scope.item_device(c, record)
        who = "this device" if held_by is not None and held_by[0] == self.device.id else \
            f"device {held_by[1]!r}" if held_by is not None else "another device"
        return answer(item.id, "superseded", f"task {result.task_id!r} of batch {result.batch_id!r} already has a "
                                              f"result of record (from {who}); this one is kept beside it")

    def flush(self) -> None:
        """Write the queued items, then their tasks' results of record."""
        if self._items:
            insert_rows(self.c, _HEAD, self._items)
            for start in range(0, len(self._records), 1000):  # one statement per thousand tasks
                part = self._records[start:start + 1000]
                self.c.execute(
                    "UPDATE tasks SET result_item = v.column1 FROM (VALUES "
                    + ", ".join(["(?, ?, ?)"] * len(part)) + ") AS v WHERE tasks.batch_id = v.column2"
                    " AND tasks.task_id = v.column3 AND tasks.result_item IS NULL", [x for r in part for x in r])
            self._items, self._records = [], []

    def _seen(self, item_id: str, content: str) -> dict[str, Any] | None:
        """As :func:`labhub.items.seen_before`, from what was read and stored in this push."""
        if item_id not in self._held and item_id not in self._absent:
            row = self.scope.item_content(self.c, item_id)
            if row is None:
                self._absent.add(item_id)
                return None
            self._held[item_id] = row
        return held_answer(item_id, content, self._held.get(item_id))

    def _batch(self, batch_id: str) -> tuple[str, dict[str, Any]] | None:
        """The lab's batch's (kind, params), read once; its overlap kept beside."""
        if batch_id not in self._overlap:
            row = self.c.execute("SELECT template FROM batches WHERE batch_id = ? AND lab_id = ?",
                                 (batch_id, self.scope.lab_id)).fetchone()
            if row is None:
                self.templates[batch_id] = None
                self._overlap[batch_id] = None
            else:
                template = json.loads(row[0])
                self.templates[batch_id] = (str(template["kind"]), dict(template["params"]))
                overlap = (template.get("quality") or {}).get("overlap")
                self._overlap[batch_id] = None if overlap is None else int(overlap)
        return self.templates[batch_id]

    def _task_known(self, batch_id: str, task_id: str) -> bool:
        key = (batch_id, task_id)
        if key in self._tasks:
            return True
        if key in self._no_task:
            return False
        row = self.c.execute(
            f"SELECT t.result_item, {_GOLD_BODY} FROM tasks t JOIN batches b ON b.batch_id = t.batch_id"
            " WHERE t.batch_id = ? AND t.task_id = ? AND b.lab_id = ?",
            (batch_id, task_id, self.scope.lab_id)).fetchone()
        if row is None:
            self._no_task.add(key)
            return False
        self._tasks[key] = [row[0], row[1]]
        return True

    def _check(self, item: Incoming) -> tuple[str | None, ResultBody | None]:
        """(reason to reject, None) or (None, the checked result body). A batch or task is looked
        up in the device's lab only: another lab's is answered exactly as one the hub never had."""
        if item.type not in ITEM_TYPES:
            return f"unknown item type {item.type[:64]!r}; this hub takes: {', '.join(ITEM_TYPES)}", None
        try:
            result = RESULT_BODY.validate_python(item.body)
        except ValidationError as exc:
            return f"the result body is malformed ({describe(exc)})", None
        template = self._batch(result.batch_id)
        if template is None:
            return f"unknown batch {result.batch_id!r}: the hub has no such batch", None
        if not self._task_known(result.batch_id, result.task_id):
            return f"unknown task: batch {result.batch_id!r} has no task {result.task_id!r}", None
        problem = check_content(result, *template)
        return (problem, None) if problem else (None, result)

    def _answered(self, result: ResultBody) -> bool:
        """Whether the worker of ``result`` (her id on the device's workstation, across
        re-enrolments) already has an applied result on its task: with overlap each worker's
        first answer counts, a later one of hers is superseded."""
        return self.c.execute(
            "SELECT 1 FROM items i JOIN devices d ON d.id = i.device_id JOIN devices me ON me.id = ?"
            " WHERE i.batch_id = ? AND i.task_id = ? AND i.type = 'result' AND i.status = 'applied'"
            " AND coalesce(d.chain_id, d.id) = coalesce(me.chain_id, me.id)"
            " AND json_extract(i.body, '$.worker.id') = ?",
            (self.device.id, result.batch_id, result.task_id, result.worker.id)).fetchone() is not None


def check_content(result: ResultBody, kind: str, params: dict[str, Any]) -> str | None:
    """Why the result's content breaks its template's rules, or None."""
    if result.action in ("skip", "flag"):
        reason = result.content.get("reason")
        if set(result.content) != {"reason"} or not isinstance(reason, str) or not reason.strip():
            return f"a {result.action} must carry exactly {{\"reason\": \"…\"}} with a reason"
        return None
    problem = content_problem(result.content, kind, params)
    return None if problem is None else f"the result {problem}"


def content_problem(content: dict[str, Any], kind: str, params: dict[str, Any]) -> str | None:
    """How a submitted (or corrected) result breaks its template's rules, or None."""
    try:
        issues = KINDS[kind].validate_result(content, params)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        return f"could not be checked against its template ({type(exc).__name__})"
    if issues:
        return f"breaks its template's rules: {issues[0].message}"
    return None


def _parts(values: list[str]) -> list[list[str]]:
    return [values[i:i + LOOKUP_CHUNK] for i in range(0, len(values), LOOKUP_CHUNK)]
