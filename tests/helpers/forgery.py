"""Payroll events written into a workstation's database by hand, as someone with only the
database file could: appended at the end of the chain and hashed by the public rule."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path
from typing import Any, Protocol

from labclient.people import events


class AnyClock(Protocol):
    def wall(self) -> str: ...
    def mono_ns(self) -> int: ...
    def boot_id(self) -> str: ...


def forge(db_path: Path, clock: AnyClock, event_type: str, worker: tuple[str, str], payload: dict[str, Any]) -> str:
    """What someone with only the database file can do: append an event at the end of the chain,
    at the time the computer's clocks show, hashed by the public rule (``events.event_hash``),
    queued in the outbox for the hub, and the chain head moved on, so that the chain is whole.
    Returns the event's id."""
    db = sqlite3.connect(db_path)
    try:
        with db:
            n, prev = db.execute("SELECT n, hash FROM time_events ORDER BY n DESC LIMIT 1").fetchone()
            event_id = str(uuid.uuid4())
            seq = db.execute("INSERT INTO outbox (item_type, item_id, queued_at) VALUES ('event', ?, ?)",
                             (event_id, clock.wall())).lastrowid
            assert seq is not None
            body = {"n": n + 1, "type": event_type, "worker": {"id": worker[0], "name": worker[1]},
                    "wall": clock.wall(), "mono_ns": clock.mono_ns(), "boot_id": clock.boot_id(), "prev_hash": prev,
                    "payload": payload}
            digest = events.event_hash(event_id, seq, body)
            db.execute("INSERT INTO time_events (id, n, seq, type, worker_id, worker_name, wall, mono_ns, boot_id,"
                       " payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (event_id, n + 1, seq, event_type, worker[0], worker[1], body["wall"], body["mono_ns"],
                        body["boot_id"], events.canonical(payload), prev, digest))
            for key, value in (("chain_head_n", str(n + 1)), ("chain_head_hash", digest)):
                db.execute("UPDATE people_state SET value = ? WHERE key = ?", (value, key))
    finally:
        db.close()
    return event_id


def correction(day: dt.date, clocked_ms: int, by: tuple[str, str], reason: str = "Stayed late") -> dict[str, Any]:
    """A correction's payload signed by ``by`` (id, name)."""
    return {"day": day.isoformat(), "clocked_ms": clocked_ms, "active_ms": 0, "reason": reason,
            "by": {"id": by[0], "name": by[1]}}


def approval(day: dt.date, clocked_ms: int, by: tuple[str, str]) -> dict[str, Any]:
    """An approval's payload of ``day`` alone, signed by ``by``."""
    return {"first_day": day.isoformat(), "last_day": day.isoformat(), "clocked_ms": clocked_ms, "active_ms": 0,
            "flags": 0, "by": {"id": by[0], "name": by[1]}}
