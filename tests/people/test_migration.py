"""Schema 3 upgrades a schema-2 database in place: every worker becomes a user who keeps their
id, results and drafts, and the first login waits for a PIN from the admin."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from labclient.errors import NoSecretError
from labclient.people import events, login, roster, timesheet
from labclient.schema import MIGRATIONS, SCHEMA_VERSION
from labclient.store import DB_NAME, split_statements
from labclient.sync.state import pending
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock


def schema_2_folder(tmp_path: Path) -> Path:
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_NAME)
    for script in MIGRATIONS[:2]:
        for statement in split_statements(script):
            conn.execute(statement)
    conn.execute("INSERT INTO workers (id, name, created_at) VALUES ('w-1', 'Amina', '2026-11-01T08:00:00Z')")
    conn.execute("INSERT INTO batches VALUES ('b-1', 'p', 'Project', 'tagging', '{}', 1, '2026-11-01T08:00:00Z', 'x')")
    conn.execute("INSERT INTO tasks (id, batch_id, task_id, body, state) VALUES (1, 'b-1', 't-1', '{}', 'done')")
    conn.execute("INSERT INTO results (id, task, worker_id, action, content, created_at, created_mono_ns, boot_id,"
                 " active_ms) VALUES ('r-1', 1, 'w-1', 'submit', '{\"labels\":[]}', '2026-11-01T09:00:00Z', 5, 'b', 7)")
    conn.execute("INSERT INTO outbox (item_type, item_id, queued_at) VALUES ('result', 'r-1', '2026-11-01T09:00:00Z')")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    return data_dir


def test_a_schema_2_database_is_upgraded_in_place(tmp_path: Path) -> None:
    data_dir = schema_2_folder(tmp_path)
    clock = FakeClock()

    with Workspace.open(data_dir) as ws:
        conn = ws.store.read()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 3
        assert [(w.id, w.name) for w in ws.workers()] == [("w-1", "Amina")]
        row = conn.execute("SELECT role, origin, confirmed, disabled, secret_hash FROM workers").fetchone()
        assert row == ("worker", "local", 0, 0, None)
        assert [r["id"] for r in ws.store.query("SELECT id FROM results WHERE worker_id = 'w-1'")] == ["r-1"]
        assert [item.item_id for item in pending(ws.store, 10)] == ["r-1"], "results still go out as before"
        assert ws.store.integrity_check() == ["ok"]
        assert events.verify_chain(ws.store).ok

        with pytest.raises(NoSecretError, match="Amina has no PIN yet"):
            login.login(ws.store, "Amina", "1234", clock=clock)
        admin = roster.bootstrap_admin(ws.store, "Grace Achieng", "4242", clock=clock)
        roster.set_secret(ws.store, admin, "w-1", "1234", clock=clock)
        amina = login.login(ws.store, "Amina", "1234", clock=clock)
        assert amina.user_id == "w-1"
        timesheet.clock_in(ws.store, amina, clock=clock)
        roster.add_local_user(ws.store, admin, "Sokha Chan", "worker", "5555", clock=clock)

    with Workspace.open(data_dir) as ws:
        assert ws.outbox_size() == 2
        assert {u.name for u in roster.users(ws.store, admin, clock=clock)} == {"Amina", "Grace Achieng",
                                                                                 "Sokha Chan"}
