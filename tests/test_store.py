"""The local store: how the database is opened, which files it refuses, and how it fails safely.

Every test works on a real SQLite file in a temporary data folder. A database LabClient refuses
(too new, damaged, read-only) must be left byte for byte as it was, with a message that says so.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from labclient.errors import DiskFullError, ReadOnlyError, SchemaTooNewError, StoreCorruptError
from labclient.people import login, roster
from labclient.people.roles import Session
from labclient.schema import MIGRATIONS, SCHEMA_VERSION
from labclient.store import DB_NAME, Store, split_statements
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.clock import FakeClock
from tests.helpers.newer_schema import as_a_newer_program_left_it
from tests.logins import sign_in, stored_results

PAGE = 4096


def folder_listing(folder: Path) -> list[str]:
    """Every file and folder below ``folder``, as sorted relative paths."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def make_filled_store(data_dir: Path, bundle_folder: Path, tasks: int = 300) -> Path:
    """A closed data folder whose database holds a batch of ``tasks`` data entry tasks and a worker."""
    with Workspace.open(data_dir) as ws:
        ws.import_bundle(make_bundle(bundle_folder, "data_entry", tasks))
        sign_in(ws, "Amina Njeri")
    db = data_dir / DB_NAME
    assert not db.with_name(DB_NAME + "-wal").exists(), "closing should have checkpointed the WAL"
    return db


def damage_middle_pages(db: Path) -> None:
    """Overwrite part of every page but the first few and the last with random bytes."""
    raw = bytearray(db.read_bytes())
    pages = len(raw) // PAGE
    assert pages > 10, "the database is too small to damage in the middle"
    rng = random.Random(20261124)
    for page in range(3, pages - 1):
        start = page * PAGE + 100
        raw[start:start + 1000] = rng.randbytes(1000)
    db.write_bytes(bytes(raw))


# -- a new store --------------------------------------------------------------------------------


def test_new_data_folder_is_created_in_wal_mode_with_full_sync(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        conn = ws.store.read()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert (data_dir / DB_NAME).is_file()


def test_wal_mode_and_schema_version_are_stored_in_the_file(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


def test_reopening_keeps_workers_tasks_and_results(data_dir: Path, tmp_path: Path) -> None:
    with Workspace.open(data_dir) as ws:
        ws.import_bundle(make_bundle(tmp_path / "bundles", "tagging", 3))
        amina = sign_in(ws, "Amina Njeri")
        task = ws.next_task(amina)
        assert task is not None
        result_id = ws.submit(amina, task.key, {"labels": ["cat"]})

    with Workspace.open(data_dir) as ws:
        assert [(w.id, w.name) for w in ws.workers()] == [(amina.user_id, amina.name)]
        assert ws.task_counts() == {"new": 2, "done": 1, "skipped": 0, "flagged": 0}
        [result] = stored_results(ws)
        assert result["id"] == result_id
        assert result["content"] == {"labels": ["cat"]}
        assert ws.outbox_size() == 1
        assert [b.batch_id for b in ws.batches()] == ["test-tagging"]


# -- databases that are refused -----------------------------------------------------------------


def as_a_newer_labclient_left_it(db: Path, *, usable_from: int | None) -> None:
    """The database as a LabClient one schema newer leaves it: a column this one does not know,
    and the oldest schema that may still use it (None: no word on it, as before the rule)."""
    as_a_newer_program_left_it(db, SCHEMA_VERSION + 1, changes=["ALTER TABLE workers ADD COLUMN nickname TEXT"],
                               usable_from=usable_from)


@pytest.mark.parametrize("usable_from", [SCHEMA_VERSION + 1, None], ids=["a-change-this-one-cannot-use", "no-word"])
def test_database_from_a_newer_program_is_refused_untouched(data_dir: Path, usable_from: int | None) -> None:
    Workspace.open(data_dir).close()
    db = data_dir / DB_NAME
    as_a_newer_labclient_left_it(db, usable_from=usable_from)
    before, files_before = db.read_bytes(), folder_listing(data_dir)

    with pytest.raises(SchemaTooNewError) as caught:
        Workspace.open(data_dir)

    message = caught.value.message
    assert str(db) in message
    assert f"schema {SCHEMA_VERSION + 1}" in message
    assert "has not been touched" in message
    assert db.read_bytes() == before
    assert folder_listing(data_dir) == files_before


def test_a_newer_programs_database_that_only_added_is_used_and_left_at_its_version(data_dir: Path) -> None:
    clock = FakeClock()
    Workspace.open(data_dir).close()
    db = data_dir / DB_NAME
    as_a_newer_labclient_left_it(db, usable_from=SCHEMA_VERSION)

    with Workspace.open(data_dir) as ws:  # after a downgrade, say: the work goes on
        roster.bootstrap_admin(ws.store, "Lab Admin", "1234", clock=clock)
        assert login.login(ws.store, "Lab Admin", "1234", clock=clock).name == "Lab Admin"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1, "not taken back"
    assert conn.execute("SELECT nickname FROM workers").fetchall() == [(None,)], "the newer column left alone"
    conn.close()


def test_an_older_program_never_takes_back_the_version_a_newer_one_reached_meanwhile(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A LabClient upgrading an old database waits for the lock while a newer one (a second
    window, a background import after an update) migrates it past both: the older one then uses
    it as the newer one left it, and does not lower its version or its "usable from"."""
    Store.open(data_dir / DB_NAME).close()
    db = data_dir / DB_NAME
    as_a_newer_program_left_it(db, SCHEMA_VERSION - 1, changes=[], usable_from=None)  # as the one before left it
    real = Store.transaction

    def newer_first(self: Store) -> Any:
        monkeypatch.setattr(Store, "transaction", real)
        conn = sqlite3.connect(db)  # the newer LabClient: this one's last migration and one more
        try:
            for statement in split_statements(MIGRATIONS[-1]):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_info (key, value) VALUES ('compatible_from', ?) ON CONFLICT (key)"
                         " DO UPDATE SET value = excluded.value", (SCHEMA_VERSION,))
            conn.execute("ALTER TABLE workers ADD COLUMN nickname TEXT")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
            conn.commit()
        finally:
            conn.close()
        return real(self)

    monkeypatch.setattr(Store, "transaction", newer_first)
    Store.open(data_dir / DB_NAME).close()

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1, "not taken back"
    assert conn.execute("SELECT value FROM schema_info WHERE key = 'compatible_from'").fetchall() == [
        (SCHEMA_VERSION,)]
    conn.close()


def replace_with_random_bytes(db: Path) -> None:
    """Replace the whole file with random bytes: SQLite says "file is not a database"."""
    db.write_bytes(random.Random(7).randbytes(8 * PAGE))


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(damage_middle_pages, id="garbage-pages"),
        pytest.param(replace_with_random_bytes, id="not-a-database"),
    ],
)
def test_damaged_database_is_refused_untouched(data_dir: Path, tmp_path: Path, damage: Callable[[Path], None]) -> None:
    db = make_filled_store(data_dir, tmp_path / "bundles")
    damage(db)
    before, files_before = db.read_bytes(), folder_listing(data_dir)

    with pytest.raises(StoreCorruptError) as caught:
        Workspace.open(data_dir)

    message = caught.value.message
    assert str(db) in message
    assert "is damaged" in message
    assert "has not changed it" in message
    assert db.read_bytes() == before
    assert folder_listing(data_dir) == files_before


def test_damaged_database_message_lists_only_the_first_few_problems(data_dir: Path, tmp_path: Path) -> None:
    db = make_filled_store(data_dir, tmp_path / "bundles")
    damage_middle_pages(db)

    with pytest.raises(StoreCorruptError) as caught:
        Workspace.open(data_dir)

    assert len(caught.value.message.splitlines()) <= 3


# -- a folder that cannot be written ------------------------------------------------------------


def test_read_only_data_folder_is_reported(data_dir: Path, tmp_path: Path) -> None:
    db = make_filled_store(data_dir, tmp_path / "bundles", tasks=3)
    before = db.read_bytes()
    data_dir.chmod(0o500)
    try:
        if os.access(data_dir, os.W_OK):
            pytest.skip("running as a user (root) who can write to a read-only folder")
        with pytest.raises(ReadOnlyError) as caught:
            Workspace.open(data_dir)
        assert str(data_dir) in caught.value.message
        assert "cannot write" in caught.value.message
    finally:
        data_dir.chmod(0o700)
    assert db.read_bytes() == before


# -- a full disk --------------------------------------------------------------------------------


def _limit_pages_to_current(ws: Workspace) -> None:
    """Let the database grow by one page at most, as if the disk had filled up."""
    conn = ws.store.read()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 1}")


def test_full_disk_refuses_the_result_and_keeps_everything_before(data_dir: Path, bundles: dict[str, Path]) -> None:
    ws = Workspace.open(data_dir)
    try:
        ws.import_bundle(bundles["audio"])
        amina: Session = sign_in(ws, "Amina Njeri")
        first = ws.next_task(amina)
        assert first is not None
        ws.submit(amina, first.key, {"text": "Habari ya asubuhi [inaudible]"})
        second = ws.next_task(amina)
        assert second is not None
        ws.save_draft(amina, second.key, {"text": "draft kept"})
        results_before = stored_results(ws)
        progress_before = ws.progress(amina)

        _limit_pages_to_current(ws)
        big = {"text": "ü" * 5000}  # 10 kB of UTF-8: needs several new pages
        with pytest.raises(DiskFullError) as caught:
            ws.submit(amina, second.key, big)

        assert "disk is full" in caught.value.message
        assert str(data_dir) in caught.value.message
        assert "Everything saved before is intact" in caught.value.message
        assert stored_results(ws) == results_before
        assert ws.outbox_size() == 1
        assert ws.task_counts() == {"new": 2, "done": 1, "skipped": 0, "flagged": 0}
        state = ws.store.read().execute("SELECT state FROM tasks WHERE id = ?", (second.key,)).fetchone()[0]
        assert state == "new"
        assert ws.next_task(amina) == second
        assert ws.draft(amina, second.key) == {"text": "draft kept"}
        assert ws.progress(amina) == progress_before

        # Space freed: the same result goes through on the same open workspace.
        ws.store.read().execute("PRAGMA max_page_count = 1073741823")
        ws.submit(amina, second.key, big)
        assert ws.task_counts()["done"] == 2
        assert ws.store.integrity_check() == ["ok"]
    finally:
        ws.close()

    with Workspace.open(data_dir) as reopened:
        contents = [r["content"] for r in stored_results(reopened)]
        assert contents == [{"text": "Habari ya asubuhi [inaudible]"}, big]
        assert reopened.outbox_size() == 2


def test_a_database_from_the_previous_version_is_upgraded_in_place(tmp_path: Path) -> None:
    from labclient.schema import MIGRATIONS
    from labclient.store import split_statements

    data_dir = tmp_path / "old"
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / "labclient.sqlite3")
    for statement in split_statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("INSERT INTO workers (id, name, created_at) VALUES ('w-1', 'Amina', '2026-11-01T08:00:00Z')")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()

    with Workspace.open(data_dir) as ws:
        assert ws.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [w.name for w in ws.workers()] == ["Amina"]
        columns = {r[1] for r in ws.store.conn.execute("PRAGMA table_info(results)")}
        assert {"hub_status", "hub_reason"} <= columns
        assert ws.store.integrity_check() == ["ok"]


def test_a_store_opened_with_with_is_closed_however_the_block_ends(tmp_path: Path) -> None:
    from labclient.store import Store

    with pytest.raises(RuntimeError), Store.open(tmp_path / "db.sqlite3") as store:
        raise RuntimeError("the work failed")
    with pytest.raises(sqlite3.ProgrammingError):
        store.read().execute("SELECT 1")
