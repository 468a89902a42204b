"""The people code's own settings table (``people_state``): the settings an admin changes, the
date of the hub's roster, and the head of the timesheet chain."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from labclient.store import Store

IDLE_PROMPT_AFTER_S = 300   # no input for 5 minutes: "Are you still working?"
LOCK_AFTER_S = 900          # no input for 15 minutes: the session locks
IDLE_RANGE_S = (60, 3600)
LOCK_RANGE_S = (60, 4 * 3600)


@dataclass(frozen=True)
class PeopleSettings:
    """Times the UI and the core act on. Anyone may read them (the login screen needs them)."""

    idle_prompt_after_s: int = IDLE_PROMPT_AFTER_S
    lock_after_s: int = LOCK_AFTER_S


def get(c: sqlite3.Connection, key: str) -> str | None:
    """One value, or None."""
    row = c.execute("SELECT value FROM people_state WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def put(c: sqlite3.Connection, key: str, value: object) -> None:
    """Set one value (inside the caller's transaction)."""
    c.execute("INSERT INTO people_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
              " SET value = excluded.value", (key, str(value)))


def people_settings(store: Store) -> PeopleSettings:
    """The current settings (defaults where none was set)."""
    c = store.read()
    return PeopleSettings(_int(get(c, "idle_prompt_after_s"), IDLE_PROMPT_AFTER_S),
                          lock_after(get(c, "lock_after_s")))


#: The stored lock time as a column of another query (the session check reads it with the session).
LOCK_AFTER_SQL = "(SELECT value FROM people_state WHERE key = 'lock_after_s')"


def lock_after(stored: str | None) -> int:
    """The lock time in seconds from its stored text (the default when none was set)."""
    return _int(stored, LOCK_AFTER_S)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
