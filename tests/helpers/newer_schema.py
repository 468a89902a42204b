"""A SQLite database as a newer program leaves it: the workstation's and the hub's tests of the
"compatible_from" rule (labclient.store.oldest_compatible) make theirs the same way."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def as_a_newer_program_left_it(db: Path, version: int, *, changes: list[str], usable_from: int | None) -> None:
    """Apply ``changes`` (what the newer program's migration did), set the schema to ``version``,
    and record ``usable_from`` as the oldest schema that may still use it (None: drop the record,
    as a database from before the rule has none)."""
    conn = sqlite3.connect(db)
    try:
        for statement in changes:
            conn.execute(statement)
        if usable_from is None:
            conn.execute("DROP TABLE schema_info")
        else:
            conn.execute("UPDATE schema_info SET value = ? WHERE key = 'compatible_from'", (usable_from,))
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
    finally:
        conn.close()
