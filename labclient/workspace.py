"""The offline workspace: the core API the UI, the command line, scripts and tests use.

A :class:`Workspace` owns one data folder: the SQLite store and the media it references. Open it
with :meth:`Workspace.open`, use it from the thread that opened it, and :meth:`close` it.

The worker's loop is::

    ws = Workspace.open(data_dir)
    me = ws.sessions.login("Amina Njeri", "1234")   # a Session (labclient.people)
    task = ws.next_task(me)                 # the task she holds a draft for, or the next new one
    ws.save_draft(me, task.key, {...})      # as she types; restored by next_task after a restart
    ws.submit(me, task.key, {...})          # durable, and queued for the hub, when it returns
    task = ws.next_task(me)

Every call about someone's work takes the logged-in :class:`~labclient.people.roles.Session` and
checks it in the database first (``roles.authorize``): a locked, ended or hand-made session is
refused (``NotAllowed`` and its subclasses), a session acts only as its own user, and reading
another worker's drafts or results needs ``Permission.VIEW_OTHERS_WORK`` (supervisors and
admins). People are added by the partner admin (``ws.roster.add_local_user``) or come with the
hub's roster; the Workspace adds nobody.

The people and settings calls hang off the workspace, bound to its store and its clock
(:mod:`labclient.people.managers`): ``ws.sessions`` (login, lock, logout), ``ws.timesheet``,
``ws.shifts``, ``ws.roster``, ``ws.payroll``, ``ws.languages`` and ``ws.sync_settings``. The
clock is given once, to :meth:`Workspace.open`; no call takes one.

Every submit, skip and flag is one transaction that stores the result, queues it in the outbox
and closes the task, so a result is never half-stored and never stored twice.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from labclient.changes import Changed, Family, Listener
from labclient.clock import SYSTEM_CLOCK, Clock, local_now
from labclient.errors import LabClientError, TaskStateError, UndoError, UnknownWorkerError
from labclient.importer import ImportReport, import_bundle
from labclient.media import MediaStore
from labclient.people import managers
from labclient.people import state as people_state
from labclient.people.clock import estimated_now, format_wall
from labclient.people.roles import Permission, Session, authorize
from labclient.quality import review as reviews
from labclient.quality import score_result, threshold_of
from labclient.quality.feedback import Feedback, FieldOutcome, ProjectAccuracy, WordOp
from labclient.quality.review import ReviewItem, ReviewNote
from labclient.quality.training import TrainingStatus, WorkerTraining, record_pass, team_training
from labclient.quality.training import grant as grant_training
from labclient.quality.training import statuses as training_statuses
from labclient.store import DB_NAME, Store
from labclient.sync.budget import DataUse, data_use
from labclient.sync.settings import SyncSettings
from labclient.tasks import KINDS, Issue

if TYPE_CHECKING:
    from labclient.sync.client import SyncRun
    from labclient.sync.lab_file import LabImport
    from labclient.sync.state import PushTally
    from labclient.sync.usb import Exported

MAX_REASON = 500
MAX_ACCURACY_LAST = 10_000
#: The audio player's actions a worker may give keys of her own (a foot pedal), with their defaults.
PLAYER_ACTIONS = {"play_pause": "Esc", "back": "F2", "forward": "F3"}
UNDO_MINUTES = 10  # a worker may take back her last answer this long after it, while it waits to be sent
log = logging.getLogger("labclient")
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(frozen=True)
class Worker:
    """A person who does tasks at this workstation."""

    id: str
    name: str


@dataclass(frozen=True)
class Template:
    """How a batch's tasks are shown and checked (normalised, see docs/batch-format.md)."""

    kind: str
    version: int
    title: str
    instructions: str
    params: dict[str, Any]


@dataclass(frozen=True)
class Media:
    """A media file of a task. ``path`` may be missing on disk if the cache was damaged."""

    sha256: str
    mime: str
    path: Path

    @property
    def is_audio(self) -> bool:
        """Whether this is a sound clip (otherwise a video clip or an image)."""
        return self.mime.startswith("audio/")

    @property
    def is_video(self) -> bool:
        """Whether this is a video clip (with its sound, if it has any)."""
        return self.mime.startswith("video/")

    @property
    def is_image(self) -> bool:
        """Whether this is a picture (a document scan, a photo)."""
        return self.mime.startswith("image/")


@dataclass(frozen=True)
class Task:
    """One task as a worker sees it. ``key`` identifies it in this workspace."""

    key: int
    batch_id: str
    task_id: str
    project_name: str
    template: Template
    body: dict[str, Any]
    media: Media | None

    @property
    def kind(self) -> str:
        """The template's kind: transcription, tagging or data_entry."""
        return self.template.kind


@dataclass(frozen=True)
class Progress:
    """What a worker's status line shows."""

    done_today: int       # tasks she submitted today (training left out)
    remaining: int
    set_aside_today: int = 0  # tasks she skipped or flagged as broken today (not counted as done)


@dataclass(frozen=True)
class ProjectWork:
    """One project in the task cache (:meth:`Workspace.projects`)."""

    project_id: str
    name: str
    kinds: tuple[tuple[str, int], ...]   # (kind, new tasks left for everyone here), by kind

    @property
    def new(self) -> int:
        """New tasks left in the project."""
        return sum(n for _, n in self.kinds)


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar says about sync: where to, what waits, when it last worked."""

    hub_url: str | None
    waiting: int
    refused: int
    last_success: str | None


@dataclass(frozen=True)
class BatchInfo:
    """A cached batch and how far its tasks have got."""

    batch_id: str
    project_name: str
    kind: str
    title: str
    task_count: int
    remaining: int
    imported_at: str
    withdrawn: bool = False  # the hub gave the batch to another workstation: its new tasks are not offered


class ResultRejected(LabClientError):
    """A submitted result breaks its template's rules; nothing was stored.

    ``issues`` says which field and why, one entry per broken rule.
    """

    code = "result.rejected"
    template = "This result cannot be submitted yet: {detail}"

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        super().__init__(detail=" ".join(i.message for i in issues))


class Workspace:
    """One data folder: task cache, media, drafts, results and the outbox. Not thread-safe."""

    def __init__(self, data_dir: Path, store: Store, *, clock: Clock = SYSTEM_CLOCK,
                 family: Family | None = None) -> None:
        """``family``: the workspaces of this folder this one shares listeners and cached counts'
        freshness with (:mod:`labclient.changes`; :meth:`reopen` passes it), else a new one."""
        self.data_dir = data_dir
        self.store = store
        #: Where every call of this workspace reads time from; given once, here (tests give a fake one).
        self.clock = clock
        self._family = family or Family()
        self._counted_at = self._family.writes  # the write the cached counts below are true after
        notify = self.note_changed
        self.sessions = managers.Sessions(store, clock, notify)
        self.timesheet = managers.Timesheets(store, clock, notify)
        self.shifts = managers.Shifts(store, clock, notify)
        self.roster = managers.Roster(store, clock, notify)
        self.payroll = managers.Payroll(store, clock, notify)
        self.languages = managers.Languages(store, clock, notify)
        self.sync_settings = SyncSettings(store, clock, notify)
        self.media = MediaStore(data_dir / "media")
        self._templates: dict[str, tuple[str, Template]] = {}
        self._remaining: int | None = None
        self._overlap_batches: list[str] = []  # batches whose tasks several workers answer (with _remaining)
        self._withdrawn: frozenset[str] | None = None  # batches whose lease the hub revoked
        self._done_today: dict[str, tuple[str, int, int]] = {}  # worker: (day, submits, skips and flags)

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, *, check: bool = True, clock: Clock = SYSTEM_CLOCK) -> Workspace:
        """Open the workspace in ``data_dir``, creating it when empty, reading time from ``clock``.

        Raises a StoreError subclass (damaged, newer schema, read-only, in use, disk full) with
        a message for a person; the data is left untouched then.
        """
        from labclient.sync.signing import sign_here

        data_dir = Path(data_dir)
        store = Store.open(data_dir / DB_NAME, check=check)
        sign_here(store, data_dir)  # timesheet events made here carry the device's signature
        return cls(data_dir, store, clock=clock)

    def reopen(self) -> Workspace:
        """Another workspace on the same folder and clock, for another thread (a store belongs to
        the thread that opened it); the caller closes it. The database is not checked again."""
        return Workspace(self.data_dir, Store.open(self.store.path, check=False), clock=self.clock,
                         family=self._family)

    # -- changes (labclient.changes) ---------------------------------------------------------

    def on_change(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changed)`` after every write through this workspace or one of its
        family (:meth:`reopen`), on the thread that wrote; returns the function that stops it."""
        return self._family.listen(listener)

    def note_changed(self, what: Changed, *, counted: bool = False) -> None:
        """Tell the family's listeners that ``what`` changed; the cached counts of every workspace of
        the family are read again when next asked (``counted``: this one's are already kept up to
        date by the write). The workspace's own writes call it; call it after a change made by
        another connection (a sync run)."""
        in_step = self._counted_at == self._family.writes
        writes = self._family.wrote(what)
        if counted and in_step:
            self._counted_at = writes

    def _fresh_counts(self) -> None:
        """Drop the cached counts when a write of the family came after them."""
        if self._counted_at != self._family.writes:
            self._remaining = None
            self._withdrawn = None
            self._done_today.clear()
            self._counted_at = self._family.writes

    def close(self) -> None:
        """Close the store. The workspace cannot be used afterwards."""
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- workers -----------------------------------------------------------------------------

    def workers(self) -> list[Worker]:
        """Everyone who can work here, by name."""
        rows = self.store.query("SELECT id, name FROM workers ORDER BY name COLLATE NOCASE")
        return [Worker(r["id"], r["name"]) for r in rows]

    def worker(self, worker_id: str) -> Worker:
        """The worker with this id; UnknownWorkerError if there is none."""
        row = self.store.read().execute("SELECT id, name FROM workers WHERE id = ?", (worker_id,)).fetchone()
        if row is None:
            raise UnknownWorkerError(worker=worker_id)
        return Worker(row[0], row[1])

    # -- batches -----------------------------------------------------------------------------

    def import_bundle(self, path: Path) -> ImportReport:
        """Import a batch bundle (zip). All or nothing; raises BundleError or StoreError. What
        happened (the batch and its count of tasks, or why it was refused) goes to the log,
        whoever asked: the command line or the work screen."""
        path = Path(path)
        try:
            report = import_bundle(self.store, self.media, path, clock=self.clock)
        except LabClientError as exc:
            log.warning("import of %s refused: %s", path.name, exc.message)
            raise
        log.info("import of %s: batch %s, %d task(s) added%s", path.name, report.batch_id, report.tasks_added,
                 " (already cached)" if report.already_present else "")
        if not report.already_present:
            self.note_changed(Changed.TASKS)
        return report

    def batches(self) -> list[BatchInfo]:
        """The cached batches, oldest first."""
        rows = self.store.query(
            "SELECT b.batch_id, b.project_name, b.kind, b.template, b.task_count, b.imported_at,"
            " (SELECT count(*) FROM tasks t WHERE t.batch_id = b.batch_id AND t.state = 'new') AS remaining,"
            " EXISTS (SELECT 1 FROM batch_leases l WHERE l.batch_id = b.batch_id AND l.revoked) AS withdrawn"
            " FROM batches b ORDER BY b.imported_at, b.batch_id"
        )
        return [
            BatchInfo(r["batch_id"], r["project_name"], r["kind"], json.loads(r["template"])["title"],
                      r["task_count"], r["remaining"], r["imported_at"], bool(r["withdrawn"]))
            for r in rows
        ]

    def withdrawn_batches(self) -> frozenset[str]:
        """Batches whose lease the hub revoked (it gave them to another workstation). Their new
        tasks are no longer offered; a task a worker holds a draft on still is, so no typing is
        lost (the hub keeps such a result, as ``superseded`` if the other workstation answered
        first). Kept in memory until a write of the family (a sync's :meth:`note_changed`)."""
        self._fresh_counts()
        if self._withdrawn is None:
            self._withdrawn = frozenset(r[0] for r in self.store.read().execute(
                "SELECT batch_id FROM batch_leases WHERE revoked = 1"))
        return self._withdrawn

    # -- tasks -------------------------------------------------------------------------------

    def _me(self, session: Session, *, allow_locked: bool = False) -> str:
        """The user id ``session`` acts as, once the core has checked it may do tasks."""
        return authorize(self.store, session, Permission.DO_TASKS, clock=self.clock, allow_locked=allow_locked).user_id

    def next_task(self, session: Session, *, project: str | None = None, kind: str | None = None) -> Task | None:
        """The task to show the session's worker: the one they left a draft on, else the next new
        task nobody else has a draft on, in queue order, leaving out withdrawn batches; with
        ``project`` and/or ``kind``, only such tasks (a draft elsewhere waits). None when the cache has
        no task for them. Reads only; nothing is claimed until the worker saves a draft or acts.
        Raises NotAllowed (or a subclass) for a session that is not live.

        Training first (docs/quality.md): before any other new task, the worker gets each training
        task she has no result on yet in her current attempt (training tasks are done by every
        worker, not once per workstation), in queue order. A project whose template gates on its
        training set (``quality.training``) gives her none of its other tasks until she has
        passed it (``training``), and a project the organisation paused her on (the roster's
        ``paused``) gives her no new task at all. The task's gold answer is never in what this
        returns.
        """
        worker_id = self._me(session)
        c = self.store.read()
        withdrawn = _NOT_WITHDRAWN if self.withdrawn_batches() else ""
        wanted = [(column, value) for column, value in (("project_id", project), ("kind", kind)) if value is not None]
        only = (" AND batch_id IN (SELECT batch_id FROM batches WHERE "
                + " AND ".join(f"{column} = ?" for column, _ in wanted) + ")") if wanted else ""
        chosen = tuple(value for _, value in wanted)
        row = c.execute(
            "SELECT t.id FROM drafts d JOIN tasks t ON t.id = d.task"
            " WHERE d.worker_id = ? AND (t.state = 'new' OR (t.state != 'flagged'"
            " AND t.id IN (SELECT task FROM gold WHERE purpose = 'training')))"
            + only.replace("batch_id IN", "t.batch_id IN") + " ORDER BY d.saved_at DESC LIMIT 1",
            (worker_id, *chosen),
        ).fetchone()
        standing = self._training(c, worker_id)
        paused = {str(p[0]) for p in c.execute("SELECT project_id FROM worker_pauses WHERE worker_id = ?",
                                               (worker_id,))}
        if row is None:
            found = []
            for status in standing.values():
                if status.state != "training" or status.project_id in paused \
                        or (project is not None and status.project_id != project):
                    continue
                if kind is not None and c.execute("SELECT 1 FROM batches WHERE project_id = ? AND kind = ? LIMIT 1",
                                                  (status.project_id, kind)).fetchone() is None:
                    continue
                first = c.execute(
                    "SELECT t.id FROM gold g JOIN tasks t ON t.id = g.task JOIN batches b ON b.batch_id = t.batch_id"
                    " WHERE g.purpose = 'training' AND t.state != 'flagged' AND b.project_id = ?"
                    " AND NOT EXISTS (SELECT 1 FROM results r WHERE r.task = t.id AND r.worker_id = ?"
                    " AND r.purpose = 'training' AND r.attempt = ?)"
                    " AND t.id NOT IN (SELECT task FROM drafts WHERE worker_id != ?)"
                    + (" AND t.batch_id NOT IN (SELECT batch_id FROM batch_leases WHERE revoked = 1)" if withdrawn
                       else "") + " ORDER BY t.id LIMIT 1",
                    (status.project_id, worker_id, status.attempt, worker_id)).fetchone()
                if first is not None:
                    found.append(first[0])
            row = (min(found),) if found else None
        if row is None:
            closed = [s.project_id for s in standing.values() if not s.production_open] + sorted(paused)
            marks = ", ".join("?" * len(closed))
            shut = f" AND batch_id NOT IN (SELECT batch_id FROM batches WHERE project_id IN ({marks}))" \
                if closed else ""
            row = c.execute(
                "SELECT id FROM tasks WHERE state = 'new'"
                " AND id NOT IN (SELECT task FROM drafts WHERE worker_id != ?)"
                # a task answered by several workers (overlap) stays new until enough have: not for her twice
                " AND NOT EXISTS (SELECT 1 FROM results r WHERE r.task = tasks.id AND r.worker_id = ?"
                " AND r.purpose != 'training')"
                # training comes from the loop above, to those still training (not to one who passed elsewhere)
                " AND id NOT IN (SELECT task FROM gold WHERE purpose = 'training')"
                + withdrawn + shut + only + " ORDER BY id LIMIT 1",
                (worker_id, worker_id, *closed, *chosen),
            ).fetchone()
        return None if row is None else self.task(row[0])

    def projects(self) -> list[ProjectWork]:
        """What the cache holds per project, for choosing what to work on: each project's name
        and, per kind of task, how many new tasks it has (outside withdrawn batches), by name."""
        withdrawn = " AND b.batch_id NOT IN (SELECT batch_id FROM batch_leases WHERE revoked = 1)" \
            if self.withdrawn_batches() else ""
        found: dict[str, tuple[str, dict[str, int]]] = {}
        for project_id, name, kind, new in self.store.read().execute(
                "SELECT b.project_id, max(b.project_name), b.kind, coalesce(sum(t.n), 0)"
                " FROM batches b LEFT JOIN (SELECT batch_id, count(*) AS n FROM tasks WHERE state = 'new'"
                " GROUP BY batch_id) t ON t.batch_id = b.batch_id WHERE 1 = 1" + withdrawn +
                " GROUP BY b.project_id, b.kind").fetchall():
            found.setdefault(str(project_id), (str(name), {}))[1][str(kind)] = int(new)
        return sorted((ProjectWork(pid, name, tuple(sorted(kinds.items()))) for pid, (name, kinds) in found.items()),
                      key=lambda p: (p.name.casefold(), p.project_id))

    def task(self, key: int) -> Task:
        """The task with this key. KeyError if the cache has none."""
        c = self.store.read()
        row = c.execute("SELECT batch_id, task_id, body FROM tasks WHERE id = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        batch_id, task_id, body_json = row
        project_name, template = self._template(batch_id)
        body = json.loads(body_json)
        media = None
        sha = body.get("media")
        if sha:
            mrow = c.execute("SELECT mime FROM media WHERE sha256 = ?", (sha,)).fetchone()
            media = Media(sha, mrow[0] if mrow else "application/octet-stream", self.media.path_for(sha))
        return Task(key, batch_id, task_id, project_name, template, body, media)

    def _template(self, batch_id: str) -> tuple[str, Template]:
        cached = self._templates.get(batch_id)
        if cached is None:
            row = self.store.read().execute(
                "SELECT project_name, template FROM batches WHERE batch_id = ?", (batch_id,)
            ).fetchone()
            t = json.loads(row[1])
            cached = (row[0], Template(t["kind"], t["version"], t["title"], t["instructions"], t["params"]))
            self._templates[batch_id] = cached
        return cached

    def empty_result(self, task: Task) -> dict[str, Any]:
        """The result a worker starts from on a task with no draft (data entry: the prefill)."""
        return KINDS[task.kind].empty_result(task.body, task.template.params)

    def validate(self, task: Task, result: dict[str, Any]) -> list[Issue]:
        """Every template rule ``result`` breaks; empty when it can be submitted."""
        kind, params = KINDS[task.kind], task.template.params
        return kind.validate_result(result, params) or kind.task_issues(result, task.body, params)

    # -- drafts ------------------------------------------------------------------------------

    def draft(self, session: Session, task_key: int, *, worker_id: str | None = None) -> dict[str, Any] | None:
        """The saved draft of the task by the session's worker (or by ``worker_id``, which needs
        ``VIEW_OTHERS_WORK`` when it is someone else), or None."""
        worker_id = self._whose(session, worker_id)
        row = self.store.read().execute(
            "SELECT content FROM drafts WHERE task = ? AND worker_id = ?", (task_key, worker_id)
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def save_draft(self, session: Session, task_key: int, content: dict[str, Any]) -> None:
        """Store the session's worker's unfinished result, durably; it replaces any earlier draft.

        A locked session may still save (what its worker typed before the lock is theirs, and is
        not lost); an ended one may not. Raises TaskStateError if the task is no longer open.
        """
        worker_id = self._me(session, allow_locked=True)
        with self.store.transaction() as c:
            self._check_open(c, task_key, worker_id)
            c.execute(
                "INSERT INTO drafts (task, worker_id, content, saved_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (task) DO UPDATE SET worker_id = excluded.worker_id,"
                " content = excluded.content, saved_at = excluded.saved_at",
                (task_key, worker_id, _dumps(content), self.clock.wall()),
            )

    # -- actions -----------------------------------------------------------------------------

    def submit(self, session: Session, task_key: int, result: dict[str, Any], *, active_ms: int = 0) -> str:
        """Store the session's worker's result and queue it for the hub; returns the result's id.

        The result is checked against the template first: ResultRejected (with the issues)
        when it breaks a rule, and nothing is stored. On return the result is on disk.
        """
        worker_id = self._me(session)
        try:
            task = self.task(task_key)
        except KeyError:
            raise TaskStateError("There is no task {task} in the cache.", task=task_key, state="gone") from None
        issues = self.validate(task, result)
        if issues:
            raise ResultRejected(issues)
        return self._record(task_key, worker_id, "submit", result, "done", active_ms,
                            scored=self._score(task_key, result))

    def _score(self, task_key: int, result: dict[str, Any]) -> tuple[float, bool, str] | None:
        """(score, passed, feedback JSON) of a checked result on a gold or training task; None for
        a production task, or when scoring fails (a bug: logged, and the result is kept unscored;
        the hub scores it again anyway)."""
        row = self.store.read().execute(
            "SELECT g.purpose, g.answer, g.tolerance, b.template, t.body FROM gold g JOIN tasks t ON t.id = g.task"
            " JOIN batches b ON b.batch_id = t.batch_id WHERE g.task = ?", (task_key,)).fetchone()
        if row is None:
            return None
        try:
            template = json.loads(row[3])
            s = score_result(template, {"answer": json.loads(row[1]), "tolerance": json.loads(row[2])}, result,
                             json.loads(row[4]))
            threshold = threshold_of(template)
        except Exception:  # the worker's result must be stored whatever the scorer does
            log.exception("scoring the result on task %s failed; it is stored unscored", task_key)
            return None
        passed = s.score >= threshold - 1e-9
        doc = {"purpose": row[0], "score": s.score, "passed": passed, "threshold": threshold, "rule": s.rule,
               "fields": [[f.name, f.given, f.expected, f.correct] for f in s.fields],
               "words": [[w.op, w.given, w.expected] for w in s.words], "wer": s.wer, "cer": s.cer}
        return s.score, passed, _dumps(doc)

    def skip(self, session: Session, task_key: int, reason: str, *, active_ms: int = 0) -> str:
        """Record that the session's worker skipped the task, with their reason; it leaves their queue."""
        worker_id = self._me(session)
        return self._record(task_key, worker_id, "skip", {"reason": _reason(reason)}, "skipped", active_ms)

    def flag(self, session: Session, task_key: int, reason: str, *, active_ms: int = 0) -> str:
        """Record that the task is broken (e.g. media that does not play), with the reason."""
        worker_id = self._me(session)
        return self._record(task_key, worker_id, "flag", {"reason": _reason(reason)}, "flagged", active_ms)

    def undo_last(self, session: Session) -> Task:
        """Take back the session's worker's last answer (a submit, skip or flag) and return its
        task, open again with her answer as her draft (a submit's content; nothing for a skip or
        flag). Only while nothing can have seen it: within :data:`UNDO_MINUTES` minutes of this
        boot, before her next answer, while it waits in the outbox (not sent, not being sent), on a
        production task (a gold or training answer showed her the right one), not reviewed, and
        while nobody else holds the task. Otherwise :class:`UndoError` says why, and nothing
        changes. The result is removed as if never stored: the hub never had it."""
        worker_id = self._me(session)
        with self.store.transaction() as c:
            row = c.execute(
                "SELECT r.id, r.task, r.action, r.content, r.purpose, r.boot_id, r.created_mono_ns, o.seq"
                " FROM results r LEFT JOIN outbox o ON o.item_id = r.id WHERE r.worker_id = ?"
                " ORDER BY r.rowid DESC LIMIT 1", (worker_id,)).fetchone()
            if row is None:
                raise UndoError(reason="nothing")
            result_id, task_key, action, content, purpose, boot, mono, seq = row
            if boot != self.clock.boot_id() or self.clock.mono_ns() - int(mono) > UNDO_MINUTES * 60 * 10**9:
                raise UndoError(reason="too_late", minutes=UNDO_MINUTES)
            if purpose != "production":
                raise UndoError(reason="checked")
            sending = c.execute("SELECT value FROM sync_state WHERE key = 'sending_through'").fetchone()
            if seq is None or (sending is not None and int(seq) <= int(sending[0])):
                raise UndoError(reason="sent")
            if c.execute("SELECT 1 FROM reviews WHERE result_id = ?", (result_id,)).fetchone() is not None:
                raise UndoError(reason="reviewed")
            if c.execute("SELECT 1 FROM drafts WHERE task = ? AND worker_id != ?", (task_key, worker_id)).fetchone():
                raise UndoError(reason="held")
            c.execute("DELETE FROM outbox WHERE item_id = ?", (result_id,))
            c.execute("DELETE FROM results WHERE id = ?", (result_id,))
            c.execute("UPDATE tasks SET state = 'new' WHERE id = ?", (task_key,))  # her answer was what closed it
            if action == "submit":
                c.execute("INSERT INTO drafts (task, worker_id, content, saved_at) VALUES (?, ?, ?, ?)"
                          " ON CONFLICT (task) DO UPDATE SET worker_id = excluded.worker_id,"
                          " content = excluded.content, saved_at = excluded.saved_at",
                          (task_key, worker_id, content, self.clock.wall()))
        self.note_changed(Changed.TASKS | Changed.OUTBOX)
        log.info("%s took back their last answer (%s on task %s)", worker_id, action, task_key)
        task = self.task(int(task_key))
        if action != "submit":  # a draft of her own makes the task the one she gets next
            self.save_draft(session, task.key, self.empty_result(task))
        return task

    def _record(self, task_key: int, worker_id: str, action: str, content: dict[str, Any], state: str,
                active_ms: int, *, scored: tuple[float, bool, str] | None = None) -> str:
        """Store the result, stamped with the workspace's clock (wall, monotonic, boot: the timesheet's clock),
        with its task's purpose and, for a scored submit, its score and feedback."""
        self._fresh_counts()  # the counts kept below are only kept when they were true before
        result_id = str(uuid.uuid4())
        now = self.clock.wall()
        with self.store.transaction() as c:
            purpose, was, attempt, overlap = self._check_open(c, task_key, worker_id)
            score, passed, feedback = scored if scored is not None and purpose != "production" else (None, None, None)
            seat = 0
            project = before = None
            if purpose == "training":  # her standing before, to tell whether this result makes her pass
                project = str(c.execute("SELECT b.project_id FROM tasks t JOIN batches b ON b.batch_id = t.batch_id"
                                        " WHERE t.id = ?", (task_key,)).fetchone()[0])
                before = self._training(c, worker_id).get(project)
            if overlap > 1:  # each worker's answer takes the next seat; the task is done when enough submitted
                seat, submits = c.execute("SELECT count(*), count(*) FILTER (WHERE action = 'submit') FROM results"
                                          " WHERE task = ? AND purpose != 'training'", (task_key,)).fetchone()
                if state == "skipped" or (state == "done" and submits + 1 < overlap):
                    state = was  # her skip is hers alone; the task waits for the other workers' answers
            c.execute(
                "INSERT INTO results (id, task, worker_id, action, content, created_at, created_mono_ns,"
                " boot_id, active_ms, purpose, score, passed, feedback, attempt, seat)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (result_id, task_key, worker_id, action, _dumps(content), now, self.clock.mono_ns(),
                 self.clock.boot_id(), max(0, int(active_ms)), purpose, score, passed, feedback, attempt, seat),
            )
            c.execute("INSERT INTO outbox (item_type, item_id, queued_at) VALUES ('result', ?, ?)", (result_id, now))
            if was == "new" or state == "flagged":  # a training task others did stays as it is
                c.execute("UPDATE tasks SET state = ? WHERE id = ?", (state, task_key))
            c.execute("DELETE FROM drafts WHERE task = ?", (task_key,))
            if project is not None:
                record_pass(c, worker_id, project, before, now)  # shared with the lab's other workstations
        if self._remaining is not None and was == "new" and state != "new":
            self._remaining = self._remaining - 1 if not self.withdrawn_batches() else None
        day, count, aside = self._done_today.get(worker_id, ("", 0, 0))
        if day and purpose != "training":  # practice is not the day's work (docs/quality.md)
            done = action == "submit"  # a skip or flag sets the task aside: counted apart
            self._done_today[worker_id] = (day, count + done, aside + (not done))
        self.note_changed(Changed.TASKS | Changed.OUTBOX, counted=True)
        return result_id

    def _check_open(self, c: sqlite3.Connection, task_key: int, worker_id: str) -> tuple[str, str, int, int]:
        """TaskStateError unless the task is open to the worker and no other worker holds a draft
        of it (a draft is its worker's claim: nobody else's save, submit, skip or flag may
        overwrite or drop it). A training task stays open to each worker until she has a result
        on it in her current attempt at the project's training set, unless flagged; a production
        or gold task of a project whose training she has not passed is closed to her (reason
        ``training``); so is every task of a project the organisation paused her on (reason
        ``paused``), except one she holds a draft of. Returns the task's purpose (production,
        gold or training), its state, the attempt a training result belongs to (1 for any other)
        and how many workers answer it (the template's ``quality.overlap`` for a production task,
        else 1). A task answered by several workers stays open until enough have, but not to one
        who has answered it already (``done``)."""
        row = c.execute("SELECT t.state, d.worker_id, g.purpose, b.project_id, b.project_name,"
                        " coalesce(json_extract(b.template, '$.quality.overlap'), 1) FROM tasks t"
                        " JOIN batches b ON b.batch_id = t.batch_id LEFT JOIN drafts d ON d.task = t.id"
                        " LEFT JOIN gold g ON g.task = t.id WHERE t.id = ?", (task_key,)).fetchone()
        if row is None:
            raise TaskStateError("There is no task {task} in the cache.", task=task_key, state="gone")
        purpose = row[2] or "production"
        standing = self._training(c, worker_id).get(str(row[3]))
        attempt = 1
        if purpose == "training" and row[0] != "flagged":
            attempt = standing.attempt if standing is not None else 1
            if c.execute("SELECT 1 FROM results WHERE task = ? AND worker_id = ? AND purpose = 'training'"
                         " AND attempt = ?", (task_key, worker_id, attempt)).fetchone() is not None:
                raise TaskStateError(state="done")
        elif row[0] != "new":
            raise TaskStateError(state=row[0])
        elif c.execute("SELECT 1 FROM results WHERE task = ? AND worker_id = ? AND purpose != 'training'",
                       (task_key, worker_id)).fetchone() is not None:
            raise TaskStateError(state="done")  # overlap: she gave her answer; others are to give theirs
        elif standing is not None and not standing.production_open:
            raise TaskStateError(reason="training", state="closed", project=standing.project_name)
        if row[1] is not None and row[1] != worker_id:
            raise TaskStateError(reason="held", state="held")
        pause = c.execute("SELECT reason FROM worker_pauses WHERE worker_id = ? AND project_id = ?",
                          (worker_id, row[3])).fetchone()
        if pause is not None and row[1] != worker_id:
            raise TaskStateError(reason="paused", state="closed", project=row[4], why=pause[0])
        overlap = int(row[5]) if purpose == "production" else 1
        return purpose, str(row[0]), attempt, overlap

    @staticmethod
    def _training(c: sqlite3.Connection, worker_id: str) -> dict[str, TrainingStatus]:
        """The worker's standing in each project with training tasks (none: nothing to read)."""
        if c.execute("SELECT 1 FROM gold WHERE purpose = 'training' LIMIT 1").fetchone() is None:
            return {}
        return training_statuses(c, worker_id)

    # -- quality -----------------------------------------------------------------------------

    def feedback(self, session: Session, result_id: str) -> Feedback | None:
        """The feedback on a result the session's worker submitted on a gold or training task: its
        score against the gold answer, stored when it was submitted (docs/quality.md). None for a
        production task, a skip or a flag, or an id this workspace does not hold. Another worker's
        result needs ``VIEW_OTHERS_WORK`` (NotAllowed otherwise); a session that is not live is
        refused like everywhere else."""
        row = self.store.read().execute(
            "SELECT r.worker_id, r.task, r.feedback, g.explanation FROM results r LEFT JOIN gold g ON g.task = r.task"
            " WHERE r.id = ?", (result_id,)).fetchone()
        self._whose(session, None if row is None else row[0])
        if row is None or row[2] is None:
            return None
        doc = json.loads(row[2])
        return Feedback(
            task_key=int(row[1]), purpose=doc["purpose"], score=float(doc["score"]), passed=bool(doc["passed"]),
            threshold=float(doc["threshold"]), rule=str(doc["rule"]),
            fields=tuple(FieldOutcome(str(n), str(g), str(e), bool(ok)) for n, g, e, ok in doc["fields"]),
            words=tuple(WordOp(op, str(g), str(e)) for op, g, e in doc["words"]),
            wer=doc["wer"], cer=doc["cer"], explanation=row[3] or "")

    def accuracy(self, session: Session, *, last: int = 50, worker_id: str | None = None) -> list[ProjectAccuracy]:
        """Per project, the count, mean score and passes of the session's worker's (or
        ``worker_id``'s, which needs ``VIEW_OTHERS_WORK``) last ``last`` scored gold results, in
        the order they were stored here. Training results are practice and never count. Projects
        by name."""
        worker_id = self._whose(session, worker_id)
        last = max(1, min(int(last), MAX_ACCURACY_LAST))
        rows = self.store.read().execute(
            "SELECT b.project_id, b.project_name, count(*), avg(x.score), sum(x.passed) FROM"
            " (SELECT task, score, passed FROM results WHERE worker_id = ? AND purpose = 'gold'"
            " AND score IS NOT NULL ORDER BY rowid DESC LIMIT ?) x"
            " JOIN tasks t ON t.id = x.task JOIN batches b ON b.batch_id = t.batch_id"
            " GROUP BY b.project_id ORDER BY b.project_name COLLATE NOCASE, b.project_id", (worker_id, last)).fetchall()
        return [ProjectAccuracy(str(p), str(n), int(k), float(m), int(ok)) for p, n, k, m, ok in rows]

    def training(self, session: Session, *, worker_id: str | None = None) -> list[TrainingStatus]:
        """Where the session's worker (or ``worker_id``'s, which needs ``VIEW_OTHERS_WORK``) stands
        with each project's training set (docs/quality.md, "Training and qualification"), by
        project name: how far through her attempt, her best score, and whether the project's
        production tasks are open to her."""
        worker_id = self._whose(session, worker_id)
        found = self._training(self.store.read(), worker_id).values()
        return sorted(found, key=lambda s: (s.project_name.casefold(), s.project_id))

    def grant_training(self, session: Session, worker_id: str, project_id: str,
                       attempts: int = 1) -> TrainingStatus:
        """Give a worker ``attempts`` (1 to 10) more tries at a project's training set
        (:func:`labclient.quality.training.grant`: a supervisor's right)."""
        status = grant_training(self.store, session, worker_id, project_id, attempts, clock=self.clock)
        self.note_changed(Changed.REVIEWS)
        return status

    def team_training(self, session: Session) -> list[WorkerTraining]:
        """Every worker's standing with every project's training set here, by name then project
        (:func:`labclient.quality.training.team_training`: a supervisor's right)."""
        return team_training(self.store, session, clock=self.clock)

    # -- review (docs/quality.md, "Review") ----------------------------------------------------

    def player_keys(self, session: Session) -> dict[str, str]:
        """The keys the session's worker gave the audio player (e.g. a foot pedal that types
        keys), as ``{action: key}`` for the actions of :data:`PLAYER_ACTIONS`; the default keys
        (Esc, F2, F3) for the ones she did not set."""
        worker_id = self._me(session)
        held = people_state.get(self.store.read(), f"player_keys:{worker_id}")
        chosen = json.loads(held) if held is not None else {}
        return {action: str(chosen.get(action, default)) for action, default in PLAYER_ACTIONS.items()}

    def set_player_keys(self, session: Session, keys: dict[str, str]) -> None:
        """Keep the session's worker's player keys (``{action: key}``, each a key sequence in
        Qt's portable text, ``F12`` or ``Ctrl+Shift+P``). ValueError for an unknown action, an
        empty or overlong key, or one key for two actions; the UI also refuses keys the screen
        already uses."""
        worker_id = self._me(session)
        if not set(keys) <= set(PLAYER_ACTIONS):
            raise ValueError(f"unknown player actions: {sorted(set(keys) - set(PLAYER_ACTIONS))}")
        cleaned = {action: key.strip() for action, key in keys.items()}
        if any(not key or len(key) > 40 for key in cleaned.values()):
            raise ValueError("each action needs one key (at most 40 characters)")
        if len(set(cleaned.values())) != len(cleaned):
            raise ValueError("one key for two actions")
        with self.store.transaction() as c:
            people_state.put(c, f"player_keys:{worker_id}", _dumps(cleaned))
        self.note_changed(Changed.SETTINGS)

    def pauses(self, session: Session) -> list[tuple[str, str]]:
        """(project name, reason) of each project the organisation paused the session's worker on
        (docs/quality.md, "Pausing a worker"), by name; the project's id when no batch of it is here."""
        worker_id = self._me(session)
        rows = self.store.read().execute(
            "SELECT coalesce((SELECT project_name FROM batches b WHERE b.project_id = p.project_id LIMIT 1),"
            " p.project_id), p.reason FROM worker_pauses p WHERE p.worker_id = ? ORDER BY 1", (worker_id,))
        return [(str(name), str(reason)) for name, reason in rows]

    def review_sample(self, session: Session, *, limit: int = reviews.SAMPLE_LIMIT) -> list[ReviewItem]:
        """The answers waiting for the session's review, newest first
        (:func:`labclient.quality.review.review_sample`: a supervisor's right)."""
        return reviews.review_sample(self.store, session, limit=limit, clock=self.clock)

    def review(self, session: Session, result_id: str, verdict: str, content: dict[str, Any] | None = None,
               note: str = "") -> str:
        """Accept an answer or correct it with a note; the review's id
        (:func:`labclient.quality.review.review`). On return it is on disk and queued for the hub."""
        review_id = reviews.review(self.store, session, result_id, verdict, content, note, clock=self.clock)
        self.note_changed(Changed.REVIEWS | Changed.OUTBOX)
        return review_id

    def reviews_of_my_work(self, session: Session, *, last: int = 20) -> list[ReviewNote]:
        """The latest review of each of the session's worker's reviewed answers, newest first."""
        return reviews.reviews_of_my_work(self.store, session, last=last, clock=self.clock)

    def _whose(self, session: Session, worker_id: str | None) -> str:
        """``worker_id`` (default: the session's own), once the session may read that worker's work."""
        checked = authorize(self.store, session, Permission.DO_TASKS, subject=worker_id,
                            others=Permission.VIEW_OTHERS_WORK, clock=self.clock)
        return worker_id if worker_id is not None else checked.user_id

    # -- counts ------------------------------------------------------------------------------

    def progress(self, session: Session) -> Progress:
        """Tasks the session's worker submitted today (local day) and, apart, those she skipped or
        flagged; training left out (it is practice, not the day's work); and new tasks left in the
        cache (outside withdrawn batches) for her: a task several workers answer (overlap) that
        she answered already is not left for her, though it waits for the others.

        "Today" is the timesheet's: the day of the hub-anchored time now (this computer's wall
        clock only without an anchor), and results of this boot are placed by their monotonic
        time, so moving the wall clock neither empties nor fills the count."""
        worker_id = self._me(session)
        c = self.store.read()
        self._fresh_counts()
        if self._remaining is None:
            where = _NOT_WITHDRAWN if self.withdrawn_batches() else ""
            self._remaining = c.execute("SELECT count(*) FROM tasks WHERE state = 'new'" + where).fetchone()[0]
            self._overlap_batches = [str(b) for (b,) in c.execute(
                "SELECT batch_id FROM batches WHERE coalesce(json_extract(template, '$.quality.overlap'), 1) > 1")]
        remaining = self._remaining
        if self._overlap_batches:  # tasks several workers answer stay new after hers: not left for her
            marks = ", ".join("?" * len(self._overlap_batches))
            remaining -= c.execute(
                "SELECT count(*) FROM results r JOIN tasks t ON t.id = r.task WHERE r.worker_id = ?"
                f" AND r.purpose != 'training' AND t.state = 'new' AND t.batch_id IN ({marks})",
                (worker_id, *self._overlap_batches)).fetchone()[0]
        now, _ = estimated_now(self.store, self.clock)
        midnight = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        since = format_wall(midnight)
        since_mono = self.clock.mono_ns() - (now - midnight) // dt.timedelta(microseconds=1) * 1000
        day, count, aside = self._done_today.get(worker_id, ("", 0, 0))
        if day != since:
            count, aside = c.execute(
                "SELECT count(*) FILTER (WHERE action = 'submit'), count(*) FILTER (WHERE action != 'submit')"
                " FROM results WHERE worker_id = ? AND purpose != 'training' AND CASE WHEN boot_id = ?"
                " THEN created_mono_ns >= ? ELSE created_at >= ? END",
                (worker_id, self.clock.boot_id(), since_mono, since)).fetchone()
            self._done_today[worker_id] = (since, count, aside)
        return Progress(count, max(0, remaining), aside)

    def results(self, session: Session, worker_id: str | None = None, *,
                everyone: bool = False) -> list[dict[str, Any]]:
        """Stored results, oldest first, as dicts (id, task_id, batch_id, worker_id, action,
        content, created_at, active_ms): the session's worker's own, or ``worker_id``'s, or with
        ``everyone`` all workers'. Another worker's results need ``VIEW_OTHERS_WORK``."""
        if everyone:
            authorize(self.store, session, Permission.VIEW_OTHERS_WORK, clock=self.clock)
            worker_id = None
        else:
            worker_id = self._whose(session, worker_id)
        sql = (
            "SELECT r.id, t.task_id, t.batch_id, r.worker_id, r.action, r.content, r.created_at, r.active_ms"
            " FROM results r JOIN tasks t ON t.id = r.task"
        )
        params: tuple[str, ...] = ()
        if worker_id is not None:
            sql += " WHERE r.worker_id = ?"
            params = (worker_id,)
        rows = list(self.store.query(sql + " ORDER BY r.rowid", params))
        for r in rows:
            r["content"] = json.loads(r["content"])
        return rows

    def sync_status(self) -> SyncStatus:
        """Hub address (None before enrolment), items waiting to go out (results, timesheet events,
        reviews and training passes: what `labclient status` counts), items the hub refused, and
        the last successful sync (UTC, ISO 8601) or None."""
        from labclient.sync.state import read_settings

        settings = read_settings(self.store)
        refused = int(self.store.read().execute("SELECT count(*) FROM dead_letters").fetchone()[0])
        # counted each time (a cheap count): timesheet events and reviews join the outbox too, so a
        # count kept in memory drifted from what `labclient status` says
        return SyncStatus(settings.hub_url, self.outbox_size(), refused, settings.last_success)

    def sync_history(self, limit: int = 50) -> list[dict[str, Any]]:
        """The last sync runs, newest first: started_at, finished_at, outcome, items_sent,
        bytes_sent, bytes_received, message (English) and said (its sentences, to translate)."""
        from labclient.sync.state import history

        return history(self.store, limit)

    def refused_items(self) -> list[dict[str, Any]]:
        """Items the hub refused for good (the dead letters), newest first, with the worker's task:
        item_id, status, reason, failed_at, task_id, batch_id."""
        return self.store.query(
            "SELECT d.item_id, d.status, d.reason, d.failed_at, t.task_id, t.batch_id FROM dead_letters d"
            " LEFT JOIN results r ON r.id = d.item_id LEFT JOIN tasks t ON t.id = r.task"
            " ORDER BY d.failed_at DESC, d.seq DESC")

    def superseded_results(self, limit: int = 500) -> list[dict[str, Any]]:
        """Results the hub stored beside another workstation's answer to the same task (that one
        stands), newest first: id, created_at, worker_name, task_id, batch_id, reason."""
        return self.store.query(
            "SELECT r.id, r.created_at, w.name AS worker_name, t.task_id, t.batch_id, r.hub_reason AS reason"
            " FROM results r JOIN tasks t ON t.id = r.task JOIN workers w ON w.id = r.worker_id"
            " WHERE r.hub_status = 'superseded' ORDER BY r.created_at DESC LIMIT ?", (limit,))

    def prefetch_budget(self) -> int | None:
        """The most bytes of media the sync keeps for work not yet done, or None (no limit).
        The partner admin changes it (and how often the app syncs) through
        :mod:`labclient.sync.settings`, which checks the admin's session."""
        from labclient.sync.state import read_settings

        return read_settings(self.store).prefetch_budget

    def data_use(self) -> DataUse:
        """The data budget of the line (bytes a day and a month, None: no limit) and what the syncs
        carried today and this month (:mod:`labclient.sync.budget`); the partner admin sets the
        budget through :func:`labclient.sync.settings.set_data_budget`."""
        return data_use(self.store, local_now(self.clock))

    def lab_data_use(self) -> DataUse | None:
        """The whole lab's data budget and use as the lab relay said them at the start of the last
        sync that asked (``labclient relay --lab-mb-day``), or None when no relay keeps one."""
        from labclient.sync.budget import parse_lab_use
        from labclient.sync.state import read_settings

        return parse_lab_use(read_settings(self.store).relay_lab_use)

    def relay_url(self) -> str | None:
        """The lab relay's address whose media the syncs ask for first, or None (the partner
        admin sets it through :func:`labclient.sync.settings.set_relay_url`)."""
        from labclient.sync.state import read_settings

        return read_settings(self.store).relay_url

    def auto_sync_minutes(self) -> int:
        """How often the app syncs by itself, in minutes (0: only when asked)."""
        from labclient.sync.state import read_settings

        return read_settings(self.store).auto_sync_minutes

    def outbox_size(self) -> int:
        """Items waiting to go to the hub."""
        return int(self.store.read().execute("SELECT count(*) FROM outbox").fetchone()[0])

    def task_counts(self) -> dict[str, int]:
        """Cached tasks by state (new, done, skipped, flagged)."""
        rows = self.store.read().execute("SELECT state, count(*) FROM tasks GROUP BY state").fetchall()
        counts = {"new": 0, "done": 0, "skipped": 0, "flagged": 0}
        counts.update({state: n for state, n in rows})
        return counts

    def sync_run(self, **options: Any) -> SyncRun:
        """A sync of this folder on this workspace's clock: :class:`labclient.sync.client.SyncRun`,
        with its other ``options`` (progress, cancelled, deadline_s, ...). Call its ``run`` once,
        on any thread: it opens its own store."""
        from labclient.sync.client import SyncRun  # requests and zstandard: not needed for the first window

        return SyncRun(self.data_dir, clock=self.clock, **options)

    # -- carried by hand or found on the LAN (docs/offline-links.md) -------------------------

    def export_outbox(self, folder: Path) -> Exported:
        """The outbox as one signed file in ``folder``, for a USB stick
        (:func:`labclient.sync.usb.export_outbox`)."""
        from labclient.sync.usb import export_outbox

        return export_outbox(self.store, self.data_dir, folder, clock=self.clock)

    def import_receipt(self, path: Path) -> PushTally:
        """The hub's receipt for an outbox file, recorded as a push's answers would be
        (:func:`labclient.sync.usb.import_receipt`)."""
        from labclient.sync.usb import import_receipt

        tally = import_receipt(self.store, self.data_dir, path, clock=self.clock)
        self.note_changed(Changed.OUTBOX)
        return tally

    def import_lab(self, path: Path) -> LabImport:
        """This workstation's part of the hub's lab file, applied as a pull
        (:func:`labclient.sync.lab_file.import_lab`)."""
        from labclient.sync.lab_file import import_lab

        try:
            return import_lab(self.store, self.data_dir, path, clock=self.clock)
        finally:  # a refused file may have been applied in part (media, a roster): shown as it stands
            self.note_changed(Changed.ANY)

    def find_relays(self, *, wait_s: float = 3.0) -> list[str]:
        """The lab relays of this workstation's hub and lab that answer on the LAN
        (:func:`labclient.sync.settings.find_relays`)."""
        from labclient.sync.settings import find_relays

        return find_relays(self.store, wait_s=wait_s)


_NOT_WITHDRAWN = " AND batch_id NOT IN (SELECT batch_id FROM batch_leases WHERE revoked = 1)"


def _reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise ValueError("A reason is required.")
    return reason[:MAX_REASON]
