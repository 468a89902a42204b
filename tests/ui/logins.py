"""People for the UI tests: users with the PIN 1234, made fast.

The PIN's scrypt hash is made once per process and handed to the core the way the hub's roster
brings it (``roster.apply_roster``: no session, no hashing per user), so a test pays only for the
login itself (one scrypt check, as a real login does).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from labclient.people import login, roster
from labclient.people.clock import SYSTEM_CLOCK, Clock, format_wall
from labclient.people.passwords import hash_secret
from labclient.people.roles import Session
from labclient.workspace import Workspace

PIN = "1234"


@cache
def pin_hash() -> str:
    """The hash of :data:`PIN` (made once)."""
    return hash_secret(PIN)


def give_pins(ws: Workspace, roles: dict[str, str] | None = None) -> None:
    """Give every user of ``ws`` the PIN 1234, and add the users named in ``roles`` (name → role:
    worker, supervisor or admin) with it. Everyone stays listed, so nobody is switched off."""
    wanted: dict[str, str] = dict(ws.store.read().execute("SELECT name, role FROM workers").fetchall())
    wanted.update(roles or {})
    entries = [{"id": "hub-" + re.sub(r"\W+", "-", name.casefold()), "name": name, "role": role, "lab": None,
                "secret_hash": pin_hash(), "disabled": False} for name, role in wanted.items()]
    roster.apply_roster(ws.store, entries, as_of=format_wall(dt.datetime.now(dt.UTC)))


def log_in(ws: Workspace, name: str, *, clock: Clock = SYSTEM_CLOCK) -> Session:
    """A session for ``name`` (who has the PIN 1234)."""
    return login.login(ws.store, name, PIN, clock=clock)
