"""``/v1/push``: storing a chunk of outbox items in one transaction, with an answer per item.

Per item (see ``docs/protocol.md``):

- everything is looked up in the device's lab (:class:`labhub.scope.LabScope`): another lab's
  batch is an unknown batch, another lab's item id is a new id, and an answer never names another
  lab's device;
- the item id is the permanent dedupe key within the lab. The hub reads what the lab holds under
  it: the same content (sha256 of the canonical ``{"type", "body"}``) is ``duplicate``, different
  content is ``conflict`` (the first stands);
- a new item the hub cannot take for good (unknown type, malformed body, unknown batch or task,
  a result that breaks its template's rules) is ``rejected`` with a reason and not stored;
- a new result is stored. The first result stored for a task is its result of record
  (``applied``) and stays so; any later one, whoever holds the batch's lease, is stored as
  ``superseded`` (but every worker's result on a training task is ``applied``, and so is each
  worker's first result on a task whose template sets ``quality.overlap``). A submit on a task
  with a gold answer is scored again here, and that score is kept beside it (:mod:`labhub.quality`).
  So a late result from a device whose lease expired is ``applied`` when nobody
  else has answered the task, and ``superseded`` when the device it went to has;
- a new timesheet event is always stored and ``applied``: its hash and its link to the chain the
  hub holds are checked, and a problem is kept as a flag beside it, not refused
  (:mod:`labhub.chain`).

The device's watermark is the highest seq up to which every seq has been answered for good
(stored, duplicate, conflict or rejected). It starts just below the lowest seq of the device's
first committed chunk (a re-enrolled workstation keeps counting where it was), only goes up
(a trigger refuses anything else), and is committed with the items. Pushing renews the device's
leases, and the push's device clock is kept as a clock anchor (:mod:`labhub.anchors`). The push's
``people`` map, when it carries one, is kept in the same transaction (:mod:`labhub.identity`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from labhub.anchors import record_anchor
from labhub.auth import Device
from labhub.chain import store_event
from labhub.clock import HubClock
from labhub.identity import PeopleReceipt, record_people
from labhub.items import Incoming, answer, canonical, content_hash, describe, seen_before
from labhub.models import QUALIFICATION_BODY, REVIEW_BODY
from labhub.results import ITEM_TYPES, ResultWriter, content_problem
from labhub.scope import LabScope, acting_for
from labhub.store import Conn, HubStore, insert_rows
from labhub.users import qualify

T = TypeVar("T")
__all__ = ["ITEM_TYPES", "Incoming", "canonical", "content_hash", "describe", "push_items"]


def push_items(store: HubStore, clock: HubClock, device: Device, device_clock: dict[str, Any],
               items: list[Incoming], lease_seconds: float, people: Mapping[str, str] | None = None, *,
               anchor: bool = True) -> tuple[int, list[dict[str, Any]], PeopleReceipt | None]:
    """Store ``items`` from ``device``, and its ``people`` map if given, in one transaction;
    returns (watermark, per-item answers, what was done with the map or None without one).
    Without ``anchor`` (an outbox file carried by hand: its clock is when it was made, not now)
    no clock anchor is kept.

    When this returns, everything is committed (and on disk).
    """
    clock_json = canonical(device_clock)
    scope = LabScope.of(device)
    with acting_for(scope), store.transaction(lab=device.lab_id) as c:
        now, expires = clock.after(lease_seconds)
        first_seq, watermark = c.execute("SELECT first_seq, watermark FROM devices WHERE id = ?",
                                         (device.id,)).fetchone()
        if first_seq is None and items:
            first_seq = min(item.seq for item in items)
            watermark = max(watermark, first_seq - 1)
            c.execute("UPDATE devices SET first_seq = ?, watermark = ? WHERE id = ?", (first_seq, watermark, device.id))
        templates: dict[str, tuple[str, dict[str, Any]] | None] = {}
        if anchor:
            record_anchor(c, device.id, now, device_clock)
        results = ResultWriter(c, scope, device, now, clock_json, templates)
        results.prefetch(items)
        answers = []
        for item in items:
            if item.type in ("event", "review", "qualification"):
                results.flush()  # they may read the items table
                answers.append(store_event(c, device, item, now, clock_json, device_clock) if item.type == "event"
                               else _store_review(c, scope, device, item, now, clock_json, templates)
                               if item.type == "review" else _store_pass(c, scope, device, item, now, clock_json))
                results.forget(item.id)
            else:
                answers.append(results.store(item))
        results.flush()
        watermark = _advance(c, device.id, watermark, {item.seq for item in items if item.seq > watermark})
        c.execute("UPDATE devices SET watermark = ?, last_seen_at = ?, last_clock = ? WHERE id = ?",
                  (watermark, now, clock_json, device.id))
        c.execute("UPDATE batches SET lease_expires = ? WHERE leased_to = ?", (expires, device.id))
        receipt = None if people is None else record_people(c, device, people, now)
        passes = [item for item, a in zip(items, answers, strict=True)
                  if item.type == "qualification" and a.get("status") == "applied"]
        if passes:  # after the people map: it says whom each pass stands for
            qualify(c, device, passes, now)
    return watermark, answers, receipt


def _advance(c: Conn, device_id: str, watermark: int, answered: set[int]) -> int:
    """The new watermark: moved over every answered seq (those stored before above it, and
    ``answered`` now) that follows it without a gap. Answered seqs still above it are stored;
    those it passed are dropped. (A push in order stores nothing here: one read.)"""
    stored = [int(s) for (s,) in c.execute("SELECT seq FROM device_seqs WHERE device_id = ? AND seq > ?"
                                           " ORDER BY seq", (device_id, watermark)).fetchall()]
    new = watermark
    for seq in sorted(answered.union(stored)):
        if seq != new + 1:
            break
        new = seq
    above = [(device_id, seq) for seq in sorted(answered.difference(stored)) if seq > new]
    insert_rows(c, "INSERT INTO device_seqs (device_id, seq) VALUES", above, "ON CONFLICT DO NOTHING")
    if stored and stored[0] <= new:
        c.execute("DELETE FROM device_seqs WHERE device_id = ? AND seq <= ?", (device_id, new))
    return new


def _new_body(c: Conn, scope: LabScope, item: Incoming, adapter: TypeAdapter[T]
              ) -> tuple[str, T | None, dict[str, Any]]:
    """(content hash, checked body, {}) for a new item; (hash, None, its answer) for one the lab
    holds already (duplicate, conflict…) or whose body is malformed (rejected)."""
    content = content_hash(item.type, item.body)
    seen = seen_before(c, item.id, content, scope)
    if seen is not None:
        return content, None, seen
    try:
        return content, adapter.validate_python(item.body), {}
    except ValidationError as exc:
        return content, None, answer(item.id, "rejected", f"the {item.type} body is malformed ({describe(exc)})")


def _store_review(c: Conn, scope: LabScope, device: Device, item: Incoming, now: str,
                  clock_json: str, templates: dict[str, tuple[str, dict[str, Any]] | None]) -> dict[str, Any]:
    """A supervisor's review (docs/quality.md, "Review"): stored as an item of type ``review``
    beside the result it names, always ``applied`` when new. Its batch and task must be the lab's,
    and a correction must keep its template's rules (else ``rejected``). The result it names need
    not be here: a review stands on its own, and every review of a result is kept (the latest
    counts)."""
    checked = _new_body(c, scope, item, REVIEW_BODY)  # (unpacked apart: mypy infers the body type from this call)
    content, review, said = checked
    if review is None:
        return said
    if review.batch_id not in templates:
        templates[review.batch_id] = scope.batch_template(c, review.batch_id)
    template = templates[review.batch_id]
    if template is None:
        return answer(item.id, "rejected", f"unknown batch {review.batch_id!r}: the hub has no such batch")
    if scope.task(c, review.batch_id, review.task_id) is None:
        return answer(item.id, "rejected", f"unknown task: batch {review.batch_id!r} has no task {review.task_id!r}")
    if (review.verdict == "corrected") != (review.content is not None):
        return answer(item.id, "rejected", "a correction carries the corrected content, and only a correction does")
    if review.content is not None:
        problem = content_problem(review.content, *template)
        if problem:
            return answer(item.id, "rejected", f"the correction {problem}")
    c.execute(
        "INSERT INTO items (item_id, device_id, seq, type, body, content_sha256, status, batch_id, task_id,"
        " received_at, device_clock) VALUES (?, ?, ?, ?, ?, ?, 'applied', ?, ?, ?, ?)",
        (item.id, device.id, item.seq, item.type, canonical(item.body), content, review.batch_id, review.task_id,
         now, clock_json))
    return answer(item.id, "applied")


def _store_pass(c: Conn, scope: LabScope, device: Device, item: Incoming, now: str,
                clock_json: str) -> dict[str, Any]:
    """A worker's pass of a project's training set on the workstation: stored as an item of type
    ``qualification``, ``applied`` when new, well formed and preceded by at least one training
    result of that worker in that project from the same workstation (else ``rejected``: a device
    cannot qualify someone who never trained); whom it stands for is decided after the push's
    people map (:func:`labhub.users.qualify`)."""
    checked_pass = _new_body(c, scope, item, QUALIFICATION_BODY)
    content, passed, said = checked_pass
    if passed is None:
        return said
    if c.execute(  # a pass follows its training results from the same workstation: without them it is not one
            "SELECT 1 FROM items i JOIN devices d ON d.id = i.device_id JOIN devices me ON me.id = ?"
            " JOIN batches b ON b.batch_id = i.batch_id JOIN tasks t ON t.batch_id = i.batch_id"
            " AND t.task_id = i.task_id WHERE coalesce(d.chain_id, d.id) = coalesce(me.chain_id, me.id)"
            " AND i.type = 'result' AND json_extract(i.body, '$.worker.id') = ? AND b.project_id = ?"
            " AND b.lab_id = ? AND CAST(json_extract(t.body, '$.training') AS INTEGER) = 1 LIMIT 1",
            (device.id, passed.worker.id, passed.project_id, scope.lab_id)).fetchone() is None:
        return answer(item.id, "rejected", f"no training result of worker {passed.worker.id[:60]!r} in project "
                                           f"{passed.project_id[:60]!r} came from this workstation: a pass follows "
                                           "its training")
    c.execute(
        "INSERT INTO items (item_id, device_id, seq, type, body, content_sha256, status, received_at, device_clock)"
        " VALUES (?, ?, ?, ?, ?, ?, 'applied', ?, ?)",
        (item.id, device.id, item.seq, item.type, canonical(item.body), content, now, clock_json))
    return answer(item.id, "applied")


