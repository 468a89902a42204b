"""The local database schema, as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. A store opened by this program
applies the missing ones in order, all inside one transaction, and refuses a database whose
version is higher than ``len(MIGRATIONS)``.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the offline workspace.
    """
    CREATE TABLE batches (
        batch_id     TEXT PRIMARY KEY,
        project_id   TEXT NOT NULL,
        project_name TEXT NOT NULL,
        kind         TEXT NOT NULL,
        template     TEXT NOT NULL,           -- JSON: the batch's template, normalised
        task_count   INTEGER NOT NULL,
        imported_at  TEXT NOT NULL,           -- UTC, ISO 8601
        source       TEXT NOT NULL            -- where it came from: 'bundle:<file name>', 'hub'
    );
    CREATE TABLE media (
        sha256 TEXT PRIMARY KEY,              -- the file lives at media/<sha256[:2]>/<sha256>
        mime   TEXT NOT NULL,
        bytes  INTEGER NOT NULL,
        name   TEXT NOT NULL                  -- its path in the bundle, for people reading logs
    );
    CREATE TABLE tasks (
        id       INTEGER PRIMARY KEY,         -- queue order: import order, then batch order
        batch_id TEXT NOT NULL REFERENCES batches(batch_id),
        task_id  TEXT NOT NULL,
        body     TEXT NOT NULL,               -- JSON: the task as the batch gave it
        state    TEXT NOT NULL DEFAULT 'new'  -- new | done | skipped | flagged
                 CHECK (state IN ('new', 'done', 'skipped', 'flagged')),
        UNIQUE (batch_id, task_id)
    );
    CREATE INDEX tasks_queue ON tasks(state, id);
    CREATE TABLE workers (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    );
    CREATE TABLE drafts (
        task      INTEGER PRIMARY KEY REFERENCES tasks(id),
        worker_id TEXT NOT NULL REFERENCES workers(id),
        content   TEXT NOT NULL,              -- JSON, the kind's result shape, possibly partial
        saved_at  TEXT NOT NULL
    );
    CREATE INDEX drafts_by_worker ON drafts(worker_id, saved_at);
    CREATE TABLE results (
        id              TEXT PRIMARY KEY,     -- UUID made here; the id sync sends
        task            INTEGER NOT NULL REFERENCES tasks(id),
        worker_id       TEXT NOT NULL REFERENCES workers(id),
        action          TEXT NOT NULL CHECK (action IN ('submit', 'skip', 'flag')),
        content         TEXT NOT NULL,        -- JSON: the kind's result, or {"reason": ...}
        created_at      TEXT NOT NULL,        -- wall clock, UTC, ISO 8601
        created_mono_ns INTEGER NOT NULL,     -- time.monotonic_ns() when stored
        boot_id         TEXT NOT NULL,
        active_ms       INTEGER NOT NULL      -- time the task was on screen before this action
    );
    CREATE INDEX results_by_worker ON results(worker_id, created_at);
    CREATE UNIQUE INDEX results_one_per_task ON results(task);
    CREATE TABLE outbox (
        seq       INTEGER PRIMARY KEY AUTOINCREMENT,  -- the per-device sequence number
        item_type TEXT NOT NULL,                      -- 'result' (timesheet events later)
        item_id   TEXT NOT NULL UNIQUE,
        queued_at TEXT NOT NULL
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
