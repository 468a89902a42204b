"""People for the tests: users with the PIN 1234 and their sessions, made fast.

The PIN's scrypt hash is made once per process and handed to the core the way the hub's roster
brings it (``roster.apply_roster``: no session, no hashing per user), so a test pays only for the
login itself (one scrypt check, as a real login does).
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from labclient.clock import SYSTEM_CLOCK, Clock, utc_now
from labclient.people import login, roster
from labclient.people.passwords import hash_secret
from labclient.people.roles import Session
from labclient.store import Store
from labclient.workspace import Workspace
from tests import clockguard

PIN = "1234"


def test_clock() -> Clock:
    """The clock test helpers use by default: the test's fake clock if it made one, else the real one."""
    fake: Clock | None = clockguard.world_clock()
    return fake or SYSTEM_CLOCK


@cache
def pin_hash() -> str:
    """The hash of :data:`PIN` (made once)."""
    return hash_secret(PIN)


def give_pins(ws: Workspace, roles: dict[str, str] | None = None, *, clock: Clock | None = None) -> None:
    """Give every user of ``ws`` the PIN 1234, and add the users named in ``roles`` (name → role:
    worker, supervisor or admin) with it. Everyone stays listed, so nobody is switched off.

    The roster is dated by ``clock`` (default: the test's fake clock, else the real one), which is
    also the hub's time of the list."""
    wanted: dict[str, str] = dict(ws.store.read().execute("SELECT name, role FROM workers").fetchall())
    wanted.update(roles or {})
    entries = [{"id": "hub-" + re.sub(r"\W+", "-", name.casefold()), "name": name, "role": role, "lab": None,
                "secret_hash": pin_hash(), "disabled": False} for name, role in wanted.items()]
    clock = clock or test_clock()
    as_of = clock.wall()
    roster.apply_roster(ws.store, entries, as_of=as_of, hub_now=as_of, clock=clock)


def log_in(ws: Workspace, name: str, *, clock: Clock | None = None) -> Session:
    """A session for ``name`` (who has the PIN 1234), on ``clock`` (default: :func:`test_clock`)."""
    return login.login(ws.store, name, PIN, clock=clock or test_clock())


def sign_in(ws: Workspace, name: str, role: str = "worker", *, clock: Clock | None = None) -> Session:
    """A session for ``name``, who is added first (with ``role`` and the PIN 1234) when ``ws`` has
    nobody of that name: the way the tests get someone to work with."""
    known = ws.store.read().execute("SELECT 1 FROM workers WHERE name = ? AND secret_hash IS NOT NULL",
                                    (name,)).fetchone()
    if known is None:
        give_pins(ws, {name: role}, clock=clock)
    return log_in(ws, name, clock=clock)


def add_legacy_worker(ws: Workspace, name: str) -> str:
    """Add ``name`` the way LabClient did before logins existed (a bare ``workers`` row: a worker
    with no PIN, no role change, not from the hub); returns the id."""
    worker_id = f"w-{uuid.uuid4().hex[:12]}"
    with ws.store.transaction() as c:
        c.execute("INSERT INTO workers (id, name, created_at) VALUES (?, ?, ?)", (worker_id, name, utc_now()))
    return worker_id


@dataclass(frozen=True)
class Seated:
    """Someone logged in at this seat since the computer started (the tests' view)."""

    name: str
    locked: bool


def seat_sessions(store: Store, *, clock: Clock | None = None) -> list[Seated]:
    """Everyone logged in at this seat in this boot (of ``clock``), oldest login first: what the
    tests look at after a lock, a switch or a logout."""
    boot = (clock or test_clock()).boot_id()
    rows = store.read().execute(
        "SELECT w.name, s.locked FROM sessions s JOIN workers w ON w.id = s.worker_id WHERE s.ended_at IS NULL"
        " AND s.boot_id = ? AND w.disabled = 0 ORDER BY s.started_at, s.rowid", (boot,)).fetchall()
    return [Seated(name, bool(locked)) for name, locked in rows]


def stored_results(ws: Workspace) -> list[dict[str, Any]]:
    """Every stored result, oldest first, in the shape of ``Workspace.results`` (what is on disk,
    whoever did it: the tests' view, which needs no supervisor's session)."""
    rows = list(ws.store.query(
        "SELECT r.id, t.task_id, t.batch_id, r.worker_id, r.action, r.content, r.created_at, r.active_ms"
        " FROM results r JOIN tasks t ON t.id = r.task ORDER BY r.rowid"))
    for row in rows:
        row["content"] = json.loads(row["content"])
    return rows


def stored_draft(ws: Workspace, task_key: int) -> dict[str, Any] | None:
    """The draft stored for a task, whoever typed it (the tests' view), or None."""
    row = ws.store.read().execute("SELECT content FROM drafts WHERE task = ?", (task_key,)).fetchone()
    return None if row is None else dict(json.loads(row[0]))
