"""An older hub and a database a newer one migrated (labhub.schema, "compatible_from"): used when
every change it does not know only added, so hub processes sharing one database are upgraded one
at a time; refused untouched otherwise. Real SQLite files, a real PostgreSQL database, a real
``labhub`` process."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
import requests

from labhub.schema import ADDITIVE, SCHEMA_VERSION, compatible_from
from labhub.store import DB_NAME, HubStore, SchemaTooNew
from tests.helpers.newer_schema import as_a_newer_program_left_it
from tests.helpers.sync_hub import ROOT, start_hub

pytestmark = pytest.mark.engine_fixed  # each test picks its engine


def newer_sqlite(data_dir: Path, *, usable_from: int | None) -> Path:
    """A hub database as a newer LabHub leaves it: one more migration (a table and a column this
    program does not know), and ``usable_from`` recorded (None: no record, as before the rule)."""
    HubStore.open(data_dir).close()
    db = data_dir / DB_NAME
    as_a_newer_program_left_it(db, SCHEMA_VERSION + 1, usable_from=usable_from, changes=[
        "CREATE TABLE newer_things (id TEXT PRIMARY KEY)", "ALTER TABLE labs ADD COLUMN motto TEXT"])
    return db


def labhub(data_dir: Path, *args: str) -> tuple[int, str]:
    """Run ``labhub ARGS`` on the folder; its exit code and what it said."""
    done = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    return done.returncode, done.stdout + done.stderr


def test_each_migration_records_the_oldest_schema_that_may_use_it(tmp_path: Path) -> None:
    store = HubStore.open(tmp_path / "hub")
    try:
        [row] = store.query("SELECT value FROM schema_info WHERE key = 'compatible_from'")
    finally:
        store.close()
    assert row["value"] == compatible_from(SCHEMA_VERSION) < SCHEMA_VERSION
    assert SCHEMA_VERSION in ADDITIVE, "the record's own table only adds"


def test_an_older_hub_serves_a_database_whose_newer_changes_only_add(tmp_path: Path) -> None:
    data_dir = tmp_path / "hub"
    db = newer_sqlite(data_dir, usable_from=SCHEMA_VERSION)

    code, said = labhub(data_dir, "migrate")
    assert code == 0, said
    assert f"schema {SCHEMA_VERSION + 1}, newer than this LabHub's {SCHEMA_VERSION}" in said
    assert "may use it" in said
    hub = start_hub(data_dir)
    try:
        assert hub.admin("enroll-code", "--lab", "Gulu").strip(), "a lab made, and its code written"
        health = requests.get(f"{hub.url}/v1/health", timeout=10)
        assert health.status_code == 200 and health.json()["status"] == "ok"
    finally:
        hub.stop()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1, "not taken back"
        assert conn.execute("SELECT name, motto FROM labs").fetchall() == [("Gulu", None)], \
            "the lab is stored, the newer column left alone"
    finally:
        conn.close()


@pytest.mark.parametrize("usable_from", [SCHEMA_VERSION + 1, None], ids=["a-change-this-one-cannot-use", "no-word"])
def test_an_older_hub_refuses_a_newer_change_it_cannot_use_and_touches_nothing(tmp_path: Path,
                                                                              usable_from: int | None) -> None:
    data_dir = tmp_path / "hub"
    db = newer_sqlite(data_dir, usable_from=usable_from)
    before = db.read_bytes()

    with pytest.raises(SchemaTooNew) as refused:
        HubStore.open(data_dir)
    code, said = labhub(data_dir, "migrate")

    message = str(refused.value)
    assert f"schema {SCHEMA_VERSION + 1}" in message and "Install the newer LabHub" in message
    assert (f"needs a LabHub of schema {SCHEMA_VERSION + 1} or newer" in message if usable_from is not None
            else "does not say whether an older LabHub may use it" in message)
    assert code != 0 and "newer LabHub" in said
    assert db.read_bytes() == before


def test_on_postgresql_an_older_hub_process_uses_what_only_added_and_refuses_the_rest(tmp_path: Path,
                                                                                     pg_database: str) -> None:
    HubStore.open(tmp_path / "first", pg_database, migrate=True).close()
    with psycopg.connect(pg_database, autocommit=True) as c:  # a newer LabHub's 'labhub migrate'
        c.execute("CREATE TABLE newer_things (id TEXT PRIMARY KEY)")
        c.execute("UPDATE labhub_schema SET version = %s", (SCHEMA_VERSION + 1,))
        c.execute("UPDATE schema_info SET value = %s WHERE key = 'compatible_from'", (SCHEMA_VERSION,))

    store = HubStore.open(tmp_path / "older", pg_database)  # an older process, started after
    try:
        assert store.schema_version() == SCHEMA_VERSION + 1
        assert store.query("SELECT count(*) AS n FROM labs")[0]["n"] == 0
    finally:
        store.close()

    with psycopg.connect(pg_database, autocommit=True) as c:  # the next change is not one it may use
        c.execute("UPDATE labhub_schema SET version = %s", (SCHEMA_VERSION + 2,))
        c.execute("UPDATE schema_info SET value = %s WHERE key = 'compatible_from'", (SCHEMA_VERSION + 2,))
    with pytest.raises(SchemaTooNew, match=f"needs a LabHub of schema {SCHEMA_VERSION + 2} or newer"):
        HubStore.open(tmp_path / "older", pg_database)
