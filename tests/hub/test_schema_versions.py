"""An older hub and a database a newer one migrated (labhub.schema, "compatible_from"): used when
every change it does not know only added, so hub processes sharing one database are upgraded one
at a time; refused untouched otherwise. Real SQLite files, a real PostgreSQL database, a real
``labhub`` process."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
import requests

from labclient.store import split_statements
from labhub import schema_pg
from labhub.schema import ADDITIVE, MIGRATIONS, SCHEMA_INFO_FROM, SCHEMA_VERSION, compatible_from
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
    assert ADDITIVE.issubset(range(SCHEMA_INFO_FROM, SCHEMA_VERSION + 1)), "a number of a migration that reads it"
    assert schema_pg.BASELINE_VERSION < SCHEMA_INFO_FROM, "each engine has a step of its own for each number"


def test_an_older_hub_serves_a_database_whose_newer_changes_only_add(tmp_path: Path) -> None:
    data_dir = tmp_path / "hub"
    db = newer_sqlite(data_dir, usable_from=SCHEMA_VERSION)

    for command in ("migrate", "check"):
        code, said = labhub(data_dir, command)
        assert code == 0, said
        assert f"schema {SCHEMA_VERSION + 1}, newer than this LabHub's {SCHEMA_VERSION}" in said, command
        assert "may use it" in said, command
    assert "records are whole" in said, "check checks what it knows"
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
    message = str(refused.value)
    assert f"schema {SCHEMA_VERSION + 1}" in message and "Install the newer LabHub" in message
    why = (f"needs a LabHub of schema {SCHEMA_VERSION + 1} or newer" if usable_from is not None
           else "does not say whether an older LabHub may use it")
    assert why in message
    for command in ("migrate", "check"):
        code, said = labhub(data_dir, command)
        assert code != 0 and "newer LabHub" in said and why in said, (command, said)
    assert db.read_bytes() == before


def pg_state(url: str) -> tuple[object, ...]:
    """What a refusal must leave as it was on PostgreSQL: the version, the record, the tables."""
    with psycopg.connect(url, autocommit=True) as c:
        version = c.execute("SELECT version FROM labhub_schema").fetchall()
        record = (c.execute("SELECT key, value FROM schema_info ORDER BY key").fetchall()
                  if c.execute("SELECT to_regclass('schema_info') IS NOT NULL").fetchone() == (True,) else None)
        tables = c.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                           " ORDER BY table_name").fetchall()
        labs = c.execute("SELECT count(*) FROM labs").fetchall()
    return version, record, tables, labs


def test_on_postgresql_an_older_hub_process_uses_what_only_added_and_refuses_the_rest(tmp_path: Path,
                                                                                     pg_database: str) -> None:
    data_dir = tmp_path / "older"
    HubStore.open(tmp_path / "first", pg_database, migrate=True).close()
    with psycopg.connect(pg_database, autocommit=True) as c:  # a newer LabHub's 'labhub migrate'
        c.execute("CREATE TABLE newer_things (id TEXT PRIMARY KEY)")
        c.execute("ALTER TABLE labs ADD COLUMN motto TEXT")
        c.execute("UPDATE labhub_schema SET version = %s", (SCHEMA_VERSION + 1,))
        c.execute("UPDATE schema_info SET value = %s WHERE key = 'compatible_from'", (SCHEMA_VERSION,))

    for command in ("migrate", "check"):  # the older LabHub's commands, while the newer processes serve
        code, said = labhub(data_dir, command, "--database", pg_database)
        assert code == 0, said
        assert f"schema {SCHEMA_VERSION + 1}, newer than this LabHub's {SCHEMA_VERSION}" in said, command
        assert "may use it" in said, command
    hub = start_hub(data_dir, "--database", pg_database)  # an older process, (re)started after
    try:
        code, said = labhub(data_dir, "enroll-code", "--lab", "Gulu", "--database", pg_database)
        assert code == 0, said
        health = requests.get(f"{hub.url}/v1/health", timeout=10)
        assert health.status_code == 200 and health.json()["schema_version"] == SCHEMA_VERSION + 1
    finally:
        hub.stop()
    with psycopg.connect(pg_database, autocommit=True) as c:
        assert c.execute("SELECT name, motto FROM labs").fetchall() == [("Gulu", None)]
        assert c.execute("SELECT version FROM labhub_schema").fetchall() == [(SCHEMA_VERSION + 1,)], "not taken back"
        assert c.execute("SELECT value FROM schema_info").fetchall() == [(SCHEMA_VERSION,)]

    with psycopg.connect(pg_database, autocommit=True) as c:  # the next change is not one it may use
        c.execute("UPDATE labhub_schema SET version = %s", (SCHEMA_VERSION + 2,))
        c.execute("UPDATE schema_info SET value = %s WHERE key = 'compatible_from'", (SCHEMA_VERSION + 2,))
    before = pg_state(pg_database)
    with pytest.raises(SchemaTooNew, match=f"needs a LabHub of schema {SCHEMA_VERSION + 2} or newer"):
        HubStore.open(data_dir, pg_database)
    for command in ("migrate", "check"):
        code, said = labhub(data_dir, command, "--database", pg_database)
        assert code != 0 and f"needs a LabHub of schema {SCHEMA_VERSION + 2} or newer" in said, said
    assert pg_state(pg_database) == before

    with psycopg.connect(pg_database, autocommit=True) as c:  # a database from before the record
        c.execute("DROP TABLE schema_info")
    before = pg_state(pg_database)
    with pytest.raises(SchemaTooNew, match="does not say whether an older LabHub may use it"):
        HubStore.open(data_dir, pg_database, migrate=True)
    assert pg_state(pg_database) == before


@pytest.fixture
def newer_program(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[str], bool], None]:
    """Make this process a newer LabHub until the test ends: one more migration on both engines
    (``changes``), additive or not. Its migration step writes the record as the real ones do."""
    def become(changes: list[str], additive: bool) -> None:
        script = ";\n".join(changes) + ";"
        monkeypatch.setattr("labhub.store.MIGRATIONS", [*MIGRATIONS, script])
        monkeypatch.setattr("labhub.schema_pg.MIGRATIONS", [*schema_pg.MIGRATIONS, script])
        monkeypatch.setattr("labhub.store.SCHEMA_VERSION", SCHEMA_VERSION + 1)
        monkeypatch.setattr("labhub.schema.SCHEMA_VERSION", SCHEMA_VERSION + 1)
        monkeypatch.setattr("labhub.schema.ADDITIVE", ADDITIVE | {SCHEMA_VERSION + 1} if additive else ADDITIVE)
    return become


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
@pytest.mark.parametrize("additive", [True, False], ids=["only-adds", "renames"])
def test_a_newer_programs_migration_says_in_its_transaction_whether_an_older_one_may_use_it(
        tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
        newer_program: Callable[[list[str], bool], None], engine: str, additive: bool) -> None:
    url = request.getfixturevalue("pg_database") if engine == "postgresql" else None
    HubStore.open(tmp_path / "hub", url, migrate=True).close()  # this LabHub's schema, in use
    newer_program(["CREATE TABLE newer_things (id TEXT PRIMARY KEY)", "ALTER TABLE labs ADD COLUMN motto TEXT"]
                  if additive else ["ALTER TABLE labs RENAME COLUMN name TO title"], additive)
    newer = HubStore.open(tmp_path / "hub", url, migrate=True)
    try:
        assert newer.migrate() == [] and newer.schema_version() == SCHEMA_VERSION + 1
        [row] = newer.query("SELECT value FROM schema_info WHERE key = 'compatible_from'")
    finally:
        newer.close()
    assert row["value"] == (compatible_from(SCHEMA_VERSION) if additive else SCHEMA_VERSION + 1)
    monkeypatch.undo()  # this LabHub again: the older program

    if additive:
        older = HubStore.open(tmp_path / "hub", url, migrate=True)
        try:
            assert older.migrate() == [] and older.schema_version() == SCHEMA_VERSION + 1, "not taken back"
            with older.transaction() as c:
                c.execute("INSERT INTO labs (name, created_at) VALUES ('Gulu', '2026-01-01T00:00:00.000000Z')")
            assert [r["name"] for r in older.query("SELECT name FROM labs")] == ["Gulu"]
        finally:
            older.close()
    else:
        with pytest.raises(SchemaTooNew, match=f"needs a LabHub of schema {SCHEMA_VERSION + 1} or newer"):
            HubStore.open(tmp_path / "hub", url, migrate=True)


@pytest.mark.parametrize("additive", [True, False], ids=["only-adds", "renames"])
def test_migrate_dry_run_says_whether_the_processes_may_keep_serving_meanwhile(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], newer_program: Callable[[list[str], bool], None],
        additive: bool) -> None:
    from labhub.cli import main

    HubStore.open(tmp_path / "hub").close()  # served by processes of this LabHub
    newer_program(["CREATE TABLE newer_things (id TEXT PRIMARY KEY)"] if additive
                  else ["ALTER TABLE labs RENAME COLUMN name TO title"], additive)

    code = main(["--data-dir", str(tmp_path / "hub"), "migrate", "--dry-run"])

    said = capsys.readouterr().out
    assert code == 0 and "Nothing was changed" in said
    assert (f"processes of a LabHub of schema {SCHEMA_VERSION} or newer may keep serving meanwhile" in said
            if additive else f"Stop the hub processes first: a LabHub older than schema {SCHEMA_VERSION + 1}" in said)


def test_an_older_hub_never_takes_back_the_version_a_newer_one_reached_meanwhile(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite: a hub process upgrading an old database waits for the lock while a newer LabHub
    migrates it past both; the older one then uses it as the newer one left it."""
    data_dir = tmp_path / "hub"
    with monkeypatch.context() as m:  # the database as the LabHub before this one left it
        m.setattr("labhub.store.MIGRATIONS", MIGRATIONS[:-1])
        m.setattr("labhub.store.SCHEMA_VERSION", SCHEMA_VERSION - 1)
        HubStore.open(data_dir).close()
    db = data_dir / DB_NAME
    real = HubStore.transaction

    def newer_first(self: HubStore, lab: int | None = None) -> Any:
        monkeypatch.setattr(HubStore, "transaction", real)
        conn = sqlite3.connect(db)  # the newer LabHub's process: this one's last migration and one more
        try:
            for statement in split_statements(MIGRATIONS[-1]):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_info (key, value) VALUES ('compatible_from', ?)", (SCHEMA_VERSION,))
            conn.execute("CREATE TABLE newer_things (id TEXT PRIMARY KEY)")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
            conn.commit()
        finally:
            conn.close()
        return real(self, lab)

    monkeypatch.setattr(HubStore, "transaction", newer_first)
    store = HubStore.open(data_dir)
    try:
        assert store.schema_version() == SCHEMA_VERSION + 1
        assert store.query("SELECT value FROM schema_info") == [{"value": SCHEMA_VERSION}]
    finally:
        store.close()


def test_migrate_to_refuses_a_newer_sqlite_hub_it_would_copy_in_part(tmp_path: Path, pg_database: str) -> None:
    data_dir = tmp_path / "hub"
    db = newer_sqlite(data_dir, usable_from=SCHEMA_VERSION)
    before = db.read_bytes()

    code, said = labhub(data_dir, "migrate-to", pg_database)

    assert code != 0 and "newer than this LabHub's" in said and "newer LabHub's 'labhub migrate-to'" in said, said
    assert db.read_bytes() == before
    with psycopg.connect(pg_database, autocommit=True) as c:
        assert c.execute("SELECT to_regclass('labhub_schema')").fetchone() == (None,), "the target left empty"


def test_migrate_to_refuses_a_target_a_newer_hub_migrated(tmp_path: Path, pg_database: str) -> None:
    HubStore.open(tmp_path / "first", pg_database, migrate=True).close()
    with psycopg.connect(pg_database, autocommit=True) as c:
        c.execute("UPDATE labhub_schema SET version = %s", (SCHEMA_VERSION + 1,))
        c.execute("UPDATE schema_info SET value = %s WHERE key = 'compatible_from'", (SCHEMA_VERSION,))
    before = pg_state(pg_database)
    HubStore.open(tmp_path / "hub").close()

    code, said = labhub(tmp_path / "hub", "migrate-to", pg_database)

    assert code != 0 and "made by a newer LabHub" in said, said
    assert pg_state(pg_database) == before
