"""Qualification: a project's training set, which a worker passes before its production tasks
open to her (docs/quality.md, "Training and qualification").

A project is *gated* when a cached batch of it says so in its template (``quality.training``:
``pass``, the mean score an attempt needs, by default the template's pass mark; ``attempts``, how
many tries, by default 2). Its training set is every training task of the project in the cache
(flagged ones left out). An *attempt* is one pass through the whole set; its score is the mean of
her scores on it (a skipped task scores 0). She passes with the first attempt that reaches the
mark; after a failed attempt the set starts again while attempts are left; when none are, the
project's production tasks stay closed to her until a supervisor grants more
(:func:`grant_attempts`). A project that is not gated keeps the rule of version 1.1: each worker
does its training tasks once, first, and production opens whatever her score.

A pass is shared by the lab's workstations: the one where she passed queues it for the hub
(``qualifications``), and the hub's roster tells the others (``worker_qualified``), where the
project is then ``passed`` for her too (``elsewhere``), whatever she did there.

Example: pass 0.8, 2 attempts, 2 training tasks. She scores 1.0 and 0.5: attempt 1 is done with
0.75, failed; both tasks come again. She scores 1.0 and 1.0: attempt 2 passes with 1.0, and the
project's production tasks open.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from dataclasses import dataclass, replace

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.people.roles import Permission, Session, requires
from labclient.quality.base import threshold_of
from labclient.store import Store

log = logging.getLogger("labclient")

DEFAULT_ATTEMPTS = 2


@dataclass(frozen=True)
class TrainingStatus:
    """Where a worker stands with a project's training set.

    ``state``: ``training`` (tasks of an attempt still to do), ``passed``, ``failed`` (no
    attempts left: production closed), or ``open`` (not gated, and the set done once).
    ``attempt`` is the attempt she is on (or ended with), ``done`` how many of its ``tasks`` she
    has answered, ``best`` the best score of a finished attempt (None before one)."""

    project_id: str
    project_name: str
    state: str
    gated: bool
    tasks: int
    attempt: int
    done: int
    attempts: int
    pass_mark: float | None
    best: float | None
    elsewhere: bool = False  # passed on another of the lab's workstations (the hub's roster says so)

    @property
    def production_open(self) -> bool:
        """Whether the project's production (and gold) tasks are open to her."""
        return not self.gated or self.state == "passed"


@dataclass(frozen=True)
class _Rule:
    pass_mark: float
    attempts: int


def statuses(c: sqlite3.Connection, worker_id: str) -> dict[str, TrainingStatus]:
    """The worker's standing in every project that has training tasks in the cache, by project id."""
    rules = _rules(c)
    sets: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for task, project_id, project_name in c.execute(
            "SELECT t.id, b.project_id, b.project_name FROM gold g JOIN tasks t ON t.id = g.task"
            " JOIN batches b ON b.batch_id = t.batch_id WHERE g.purpose = 'training' AND t.state != 'flagged'"
            " ORDER BY t.id"):
        sets.setdefault(str(project_id), []).append(int(task))
        names[str(project_id)] = str(project_name)
    scores: dict[str, dict[int, dict[int, float]]] = {}  # project -> attempt -> task -> score
    for task, attempt, score, project_id in c.execute(
            "SELECT r.task, r.attempt, r.score, b.project_id FROM results r JOIN tasks t ON t.id = r.task"
            " JOIN batches b ON b.batch_id = t.batch_id WHERE r.worker_id = ? AND r.purpose = 'training'",
            (worker_id,)):
        scores.setdefault(str(project_id), {}).setdefault(int(attempt), {})[int(task)] = float(score or 0.0)
    granted = dict(c.execute("SELECT project_id, sum(attempts) FROM training_grants WHERE worker_id = ?"
                             " GROUP BY project_id", (worker_id,)).fetchall())
    elsewhere = {str(p) for (p,) in c.execute("SELECT project_id FROM worker_qualified WHERE worker_id = ?",
                                               (worker_id,))}
    out = {}
    for project_id, tasks in sets.items():
        rule = rules.get(project_id)
        extra = int(granted.get(project_id) or 0)
        status = _status(project_id, names[project_id], tasks, scores.get(project_id, {}), rule, extra)
        if rule is not None and status.state != "passed" and project_id in elsewhere:
            status = replace(status, state="passed", elsewhere=True)
        out[project_id] = status
    return out


def record_pass(c: sqlite3.Connection, worker_id: str, project_id: str, before: TrainingStatus | None, now: str
                ) -> str | None:
    """After a training result of the worker in the project (inside its transaction): when it made
    her pass the project's gate here, record the pass and queue it for the hub; its id, else None."""
    after = statuses(c, worker_id).get(project_id)
    if after is None or after.state != "passed" or after.elsewhere or (before is not None and before.state == "passed"
                                                                         and not before.elsewhere):
        return None
    pass_id = str(uuid.uuid4())
    c.execute("INSERT INTO qualifications (id, worker_id, project_id, score, attempt, passed_at)"
              " VALUES (?, ?, ?, ?, ?, ?)", (pass_id, worker_id, project_id, after.best or 0.0, after.attempt, now))
    c.execute("INSERT INTO outbox (item_type, item_id, queued_at) VALUES ('qualification', ?, ?)", (pass_id, now))
    log.info("%s passed the training of project %s with %.2f (attempt %d)", worker_id, project_id,
             after.best or 0.0, after.attempt)
    return pass_id


def _status(project_id: str, name: str, tasks: list[int], by_attempt: dict[int, dict[int, float]],
            rule: _Rule | None, extra: int) -> TrainingStatus:
    allowed = rule.attempts + extra if rule else 1
    mark = rule.pass_mark if rule else None
    best: float | None = None
    attempt = 1
    while True:
        answered = by_attempt.get(attempt, {})
        done = sum(1 for t in tasks if t in answered)
        if done < len(tasks):  # this attempt is under way, or next
            state = "training"
        else:
            score = sum(answered[t] for t in tasks) / len(tasks)
            best = score if best is None else max(best, score)
            if rule is None:
                state = "open"
            elif score >= rule.pass_mark:
                state = "passed"
            elif attempt >= allowed:
                state = "failed"
            else:
                attempt += 1
                continue
        return TrainingStatus(project_id, name, state, rule is not None, len(tasks), attempt, done, allowed, mark,
                              best)


def _rules(c: sqlite3.Connection) -> dict[str, _Rule]:
    """The gate of each project whose cached batches set one (the latest imported batch that sets
    one speaks for the project)."""
    out: dict[str, _Rule] = {}
    for project_id, template in c.execute("SELECT project_id, template FROM batches ORDER BY imported_at, batch_id"):
        t = json.loads(template)
        training = (t.get("quality") or {}).get("training")
        if isinstance(training, dict):
            mark = float(training["pass"]) if "pass" in training else threshold_of(t)
            out[str(project_id)] = _Rule(mark, int(training.get("attempts", DEFAULT_ATTEMPTS)))
    return out


def grant_attempts(c: sqlite3.Connection, worker_id: str, project_id: str, attempts: int, by_id: str,
                   at: str) -> None:
    """Give the worker ``attempts`` more tries at the project's training set (inside the caller's
    transaction; the caller checks the right to do so)."""
    c.execute("INSERT INTO training_grants (worker_id, project_id, attempts, by_id, at) VALUES (?, ?, ?, ?, ?)",
              (worker_id, project_id, attempts, by_id, at))


@dataclass(frozen=True)
class WorkerTraining:
    """One worker's standing in one project, for the supervisor's Training tab."""

    worker_id: str
    worker_name: str
    status: TrainingStatus


@requires(Permission.VIEW_TEAM)
def team_training(store: Store, session: Session, *, clock: Clock = SYSTEM_CLOCK) -> list[WorkerTraining]:
    """Every worker's standing in every project with a training set here, by name then project:
    who has begun, passed, or run out of attempts (supervisor)."""
    c = store.read()
    if c.execute("SELECT 1 FROM gold WHERE purpose = 'training' LIMIT 1").fetchone() is None:
        return []
    out = []
    for worker_id, name in c.execute("SELECT id, name FROM workers WHERE disabled = 0 AND role = 'worker'"
                                     " ORDER BY name COLLATE NOCASE, id").fetchall():
        for status in sorted(statuses(c, str(worker_id)).values(), key=lambda s: (s.project_name.casefold(),
                                                                                  s.project_id)):
            out.append(WorkerTraining(str(worker_id), str(name), status))
    return out


@requires(Permission.GRANT_TRAINING)
def grant(store: Store, session: Session, worker_id: str, project_id: str, attempts: int = 1, *,
          clock: Clock = SYSTEM_CLOCK) -> TrainingStatus:
    """Give a worker ``attempts`` (1 to 10) more tries at a project's training set, so a worker
    out of attempts trains again (a supervisor); her standing after. ValueError for a count out
    of range or a project with no training set here."""
    if not 1 <= int(attempts) <= 10:
        raise ValueError("attempts is 1 to 10")
    with store.transaction() as c:
        if project_id not in statuses(c, worker_id):
            raise ValueError(f"project {project_id!r} has no training tasks here")
        grant_attempts(c, worker_id, project_id, int(attempts), session.user_id, clock.wall())
    log.info("%d more training attempt(s) for %s on project %s, granted by %s", attempts, worker_id, project_id,
             session.user_id)
    return statuses(store.read(), worker_id)[project_id]
