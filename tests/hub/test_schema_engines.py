"""The two engines' schemas stay the same: every migration is written for both."""

from __future__ import annotations

from pathlib import Path

import pytest

from labhub import schema_pg
from labhub.schema import SCHEMA_VERSION
from labhub.store import HubStore

pytestmark = pytest.mark.engine_fixed  # one hub of each engine, side by side


def columns(store: HubStore) -> dict[str, set[str]]:
    """Each table's column names (PostgreSQL's explicit ``rowid`` left out: SQLite's is implicit)."""
    if store.engine == "sqlite":
        with store.snapshot() as c:
            tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                              " AND name NOT LIKE 'sqlite_%'").fetchall()]
            return {t: {r[1] for r in c.execute(f"PRAGMA table_info({t})").fetchall()} for t in tables}
    out: dict[str, set[str]] = {}
    for row in store.query("SELECT table_name, column_name FROM information_schema.columns"
                           " WHERE table_schema = current_schema()"):
        if row["table_name"] != "labhub_schema" and row["column_name"] != "rowid":
            out.setdefault(row["table_name"], set()).add(row["column_name"])
    return out


def test_sqlite_and_postgresql_reach_the_same_tables_and_columns(tmp_path: Path, pg_database: str) -> None:
    lite = HubStore.open(tmp_path / "lite")
    pg = HubStore.open(tmp_path / "pg", pg_database, migrate=True)
    try:
        assert lite.schema_version() == pg.schema_version() == SCHEMA_VERSION
        assert schema_pg.BASELINE_VERSION + len(schema_pg.MIGRATIONS) == SCHEMA_VERSION
        assert columns(pg) == columns(lite)
        own = {"schema_info"}  # each database's own record of its schema, written by its migrations
        assert sorted(schema_pg.TABLES) == sorted(set(columns(lite)) - own), "migrate-to copies every other table"
    finally:
        lite.close()
        pg.close()
