"""Review: a supervisor checks a sample of each worker's results, accepts each or corrects it with
a note, and the worker reads the note (docs/quality.md, "Review").

A review is a record of its own: the result it is about is never changed. It is queued for the
hub in the same transaction (outbox item type ``review``), like a result. A result may be
reviewed more than once (two supervisors, a second look): every review is kept, and the latest
(by time, then id) is the one that counts.

The sample is drawn the same way on every refresh and every workstation, so a supervisor who
comes back finds the same results waiting:

- candidates are the submitted answers to production tasks stored on this workstation, by
  someone other than the reviewer, that nobody has reviewed yet;
- a worker's first ``new_worker`` answers in a project (template ``quality.review.new_worker``,
  default 10) are all in the sample: a newcomer's work is checked first;
- any other answer is in when its draw (the first 8 hex digits of the sha256 of its id, over
  2^32) is below the project's ``quality.review.share`` (default 0.05), or three times that share
  (at most all) for a worker whose mean gold score over her last 50 in the project is below the
  project's pass mark (with at least 3 gold results).

Example: share 0.1, new_worker 2. Amina's first two answers in the project are in ("new to the
project"); of her next hundred, about ten are ("sample"), about thirty while she is under the pass
mark ("under the pass mark").
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from dataclasses import dataclass
from typing import Any

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.errors import ReviewError
from labclient.people.roles import Permission, Session, requires
from labclient.quality.base import threshold_of
from labclient.store import Store
from labclient.tasks import KINDS, Issue

log = logging.getLogger("labclient")

DEFAULT_SHARE = 0.05
DEFAULT_NEW_WORKER = 10
UNDER_FACTOR = 3
MIN_GOLD = 3
GOLD_WINDOW = 50
SAMPLE_LIMIT = 200
MAX_NOTE = 2000
VERDICTS = ("accepted", "corrected")


@dataclass(frozen=True)
class ReviewItem:
    """One result waiting for review. ``why``: ``new`` (among the worker's first answers in the
    project), ``under`` (she is under the pass mark on gold) or ``sample`` (drawn)."""

    result_id: str
    task_key: int
    worker_id: str
    worker_name: str
    project_name: str
    task_id: str
    created_at: str
    why: str
    content: dict[str, Any]


@dataclass(frozen=True)
class ReviewNote:
    """What a worker reads of a review of her answer (the latest review of it)."""

    review_id: str
    project_name: str
    task_id: str
    verdict: str
    note: str
    reviewer_name: str
    reviewed_at: str
    given: dict[str, Any]
    corrected: dict[str, Any] | None


def draw(result_id: str) -> float:
    """The result's place in [0, 1) for sampling: the same for the same id everywhere."""
    return int(hashlib.sha256(result_id.encode("utf-8")).hexdigest()[:8], 16) / 2**32


def _rules(template: dict[str, Any]) -> tuple[float, int]:
    review = (template.get("quality") or {}).get("review") or {}
    return float(review.get("share", DEFAULT_SHARE)), int(review.get("new_worker", DEFAULT_NEW_WORKER))


@requires(Permission.REVIEW_WORK)
def review_sample(store: Store, session: Session, *, limit: int = SAMPLE_LIMIT,
                  clock: Clock = SYSTEM_CLOCK) -> list[ReviewItem]:
    """The results waiting for the session's review (a supervisor), newest first, at most
    ``limit``: the sample described above, never the reviewer's own answers."""
    c = store.read()
    templates: dict[str, tuple[float, int, float]] = {}
    for project_id, template in c.execute("SELECT project_id, template FROM batches ORDER BY imported_at, batch_id"):
        t = json.loads(template)
        share, new_worker = _rules(t)
        templates[str(project_id)] = (share, new_worker, threshold_of(t))
    under = _under_the_mark(c, {p: mark for p, (_, _, mark) in templates.items()})
    rows = c.execute(
        "SELECT * FROM (SELECT r.id, r.task, r.worker_id, w.name, b.project_id, b.project_name, t.task_id,"
        " r.created_at, r.content, row_number() OVER (PARTITION BY r.worker_id, b.project_id"
        " ORDER BY r.created_at, r.rowid) AS nth"
        " FROM results r JOIN tasks t ON t.id = r.task JOIN batches b ON b.batch_id = t.batch_id"
        " JOIN workers w ON w.id = r.worker_id WHERE r.action = 'submit' AND r.purpose = 'production') x"
        " WHERE x.worker_id != ? AND NOT EXISTS (SELECT 1 FROM reviews v WHERE v.result_id = x.id)"
        " ORDER BY x.created_at DESC, x.id", (session.user_id,))
    out: list[ReviewItem] = []
    for result_id, task_key, worker_id, name, project_id, project_name, task_id, created_at, content, nth in rows:
        share, new_worker, _mark = templates.get(str(project_id), (DEFAULT_SHARE, DEFAULT_NEW_WORKER, 1.0))
        if nth <= new_worker:
            why = "new"
        elif (worker_id, project_id) in under and draw(result_id) < min(1.0, share * UNDER_FACTOR):
            why = "under"
        elif draw(result_id) < share:
            why = "sample"
        else:
            continue
        out.append(ReviewItem(str(result_id), int(task_key), str(worker_id), str(name), str(project_name),
                              str(task_id), str(created_at), why, dict(json.loads(content))))
        if len(out) >= limit:
            break
    rows.close()
    return out


def _under_the_mark(c: Any, marks: dict[str, float]) -> set[tuple[str, str]]:
    """(worker, project) pairs whose mean gold score over the last :data:`GOLD_WINDOW` is below
    the project's pass mark, with at least :data:`MIN_GOLD` gold results."""
    found = set()
    for worker_id, project_id, n, mean in c.execute(
            "SELECT worker_id, project_id, count(*), avg(score) FROM (SELECT r.worker_id, b.project_id, r.score,"
            " row_number() OVER (PARTITION BY r.worker_id, b.project_id ORDER BY r.rowid DESC) AS back"
            " FROM results r JOIN tasks t ON t.id = r.task JOIN batches b ON b.batch_id = t.batch_id"
            " WHERE r.purpose = 'gold' AND r.score IS NOT NULL) WHERE back <= ? GROUP BY worker_id, project_id",
            (GOLD_WINDOW,)):
        if n >= MIN_GOLD and mean < marks.get(str(project_id), 1.0) - 1e-9:
            found.add((str(worker_id), str(project_id)))
    return found


@requires(Permission.REVIEW_WORK)
def review(store: Store, session: Session, result_id: str, verdict: str, content: dict[str, Any] | None = None,
           note: str = "", *, clock: Clock = SYSTEM_CLOCK) -> str:
    """Store the session's review of a result (a supervisor) and queue it for the hub; returns
    the review's id. ``verdict`` is ``accepted`` or ``corrected``; a correction carries the
    corrected ``content`` (checked against the template's rules: ``labclient.workspace.ResultRejected``
    with the issues when it breaks one) and a ``note`` saying what was wrong. ReviewError for a
    result that is not here or not a production answer, a note over :data:`MAX_NOTE` characters,
    a correction without a note or without a change, or the reviewer's own answer.
    Nothing is stored unless this returns."""
    if verdict not in VERDICTS:
        raise ValueError(f"verdict is one of {VERDICTS}")
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise ReviewError(reason="note_long", length=len(note), limit=MAX_NOTE)
    row = store.read().execute(
        "SELECT r.worker_id, r.action, r.purpose, r.content, b.template, t.body FROM results r"
        " JOIN tasks t ON t.id = r.task"
        " JOIN batches b ON b.batch_id = t.batch_id WHERE r.id = ?", (result_id,)).fetchone()
    if row is None:
        raise ReviewError(reason="gone", result=result_id[:40])
    worker_id, action, purpose, given, template, body = row
    if action != "submit" or purpose != "production":
        raise ReviewError(reason="not_work")
    if worker_id == session.user_id:
        raise ReviewError(reason="own")
    if verdict == "corrected":
        if content is None:
            raise ValueError("a correction carries the corrected content")
        t = json.loads(template)
        kind = KINDS[str(t["kind"])]
        issues: list[Issue] = (kind.validate_result(content, t["params"])
                               or kind.task_issues(content, json.loads(body), t["params"]))
        if issues:
            from labclient.workspace import ResultRejected  # the workspace's error for a result that breaks a rule

            raise ResultRejected(issues)
        if _meaning(content) == _meaning(json.loads(given)):
            raise ReviewError(reason="unchanged")
        if not note:
            raise ReviewError(reason="no_note")
    else:
        content = None
    review_id = str(uuid.uuid4())
    now = clock.wall()
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode
    with store.transaction() as c:
        c.execute("INSERT INTO reviews (id, result_id, reviewer_id, verdict, content, note, created_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (review_id, result_id, session.user_id, verdict, None if content is None else dumps(content), note,
                   now))
        c.execute("INSERT INTO outbox (item_type, item_id, queued_at) VALUES ('review', ?, ?)", (review_id, now))
    log.info("result %s %s by %s in review %s", result_id, verdict, session.user_id, review_id)
    return review_id


def _meaning(value: Any) -> Any:
    """A result with its empty fields left out: an answer that leaves a field empty and one that
    does not mention it say the same."""
    if isinstance(value, dict):
        return {k: _meaning(v) for k, v in value.items() if v not in ("", None)}
    return value


@requires(Permission.DO_TASKS)
def reviews_of_my_work(store: Store, session: Session, *, last: int = 20,
                       clock: Clock = SYSTEM_CLOCK) -> list[ReviewNote]:
    """The latest review of each of the session's worker's reviewed answers, newest first, at
    most ``last``: what she reads in My week. Reviews made here and those the hub brought from
    the lab's other workstations (``hub_reviews``, about her hub user) count alike."""
    last = max(1, min(int(last), 500))
    c = store.read()
    ids = [session.user_id, *(str(r[0]) for r in c.execute(
        "SELECT hub_id FROM workers WHERE id = ? AND hub_id IS NOT NULL AND hub_id != id", (session.user_id,)))]
    marks = ",".join("?" * len(ids))
    pulled = [(str(result_id), ReviewNote(str(i), str(p), str(t), str(verdict), str(note), str(who), str(at),
                                          dict(json.loads(given)),
                                          None if corrected is None else dict(json.loads(corrected))))
              for i, p, t, verdict, note, who, at, given, corrected, result_id in c.execute(
                  "SELECT id, project_name, task_id, verdict, note, reviewer_name, created_at, given, content,"
                  f" result_id FROM hub_reviews WHERE worker_id IN ({marks})", ids)]
    here = _reviews_here(c, session.user_id, last)
    latest: dict[str, tuple[str, ReviewNote]] = {}
    for result_id, note in [*here, *pulled]:
        held = latest.get(result_id)
        if held is None or (note.reviewed_at, note.review_id) > (held[1].reviewed_at, held[1].review_id):
            latest[result_id] = (result_id, note)
    notes = sorted((n for _, n in latest.values()), key=lambda n: (n.reviewed_at, n.review_id), reverse=True)
    return notes[:last]


def _reviews_here(c: Any, worker_id: str, last: int) -> list[tuple[str, ReviewNote]]:
    """(result id, the latest review of it made here) of the worker's answers, newest first."""
    rows = c.execute(
        "SELECT v.id, b.project_name, t.task_id, v.verdict, v.note, w.name, v.created_at, r.content, v.content,"
        " v.result_id FROM reviews v JOIN results r ON r.id = v.result_id JOIN tasks t ON t.id = r.task"
        " JOIN batches b ON b.batch_id = t.batch_id JOIN workers w ON w.id = v.reviewer_id"
        " WHERE r.worker_id = ? AND NOT EXISTS (SELECT 1 FROM reviews later WHERE later.result_id = v.result_id"
        " AND (later.created_at > v.created_at OR (later.created_at = v.created_at AND later.id > v.id)))"
        " ORDER BY v.created_at DESC, v.id LIMIT ?", (worker_id, last)).fetchall()
    return [(str(result_id), ReviewNote(str(i), str(p), str(t), str(verdict), str(note), str(who), str(at),
                                        dict(json.loads(given)),
                                        None if corrected is None else dict(json.loads(corrected))))
            for i, p, t, verdict, note, who, at, given, corrected, result_id in rows]
