"""Reading a hub's records in a test, whichever engine the hub runs on (see tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from labhub.store import HubStore


def hub_rows(data_dir: Path, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows of one read query on the hub whose data folder is ``data_dir``, as tuples."""
    store = HubStore.open(data_dir)
    try:
        with store.snapshot() as c:
            return [tuple(row) for row in c.execute(sql, params).fetchall()]
    finally:
        store.close()
