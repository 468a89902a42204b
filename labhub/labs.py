"""Labs: the groups of workstations that batches are added for and enrolment codes admit to."""

from __future__ import annotations

from labhub.store import Conn

MAX_LAB_NAME = 200


def check_lab_name(name: str) -> str:
    """The name with outer spaces removed; ValueError when empty or longer than 200 characters."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_LAB_NAME:
        raise ValueError(f"a lab name is 1 to {MAX_LAB_NAME} characters")
    return name


def ensure_lab(conn: Conn, name: str, now: str) -> int:
    """The id of the lab called ``name``, creating it if new. Call inside a transaction."""
    conn.execute("INSERT INTO labs (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", (name, now))
    row = conn.execute("SELECT id FROM labs WHERE name = ?", (name,)).fetchone()
    return int(row[0])
