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
    # 2: sync with the hub.
    """
    CREATE TABLE sync_state (
        key   TEXT PRIMARY KEY,                -- hub_url, device_id, lab, watermark, last_success
        value TEXT NOT NULL
    );
    ALTER TABLE results ADD COLUMN hub_status TEXT;   -- applied | superseded | duplicate | conflict | rejected
    ALTER TABLE results ADD COLUMN hub_reason TEXT;
    CREATE TABLE dead_letters (
        item_id   TEXT PRIMARY KEY,            -- an outbox item the hub refused for good
        seq       INTEGER NOT NULL,
        item_type TEXT NOT NULL,
        status    TEXT NOT NULL,               -- rejected | conflict
        reason    TEXT NOT NULL,
        failed_at TEXT NOT NULL
    );
    CREATE TABLE sync_log (
        id             INTEGER PRIMARY KEY,
        started_at     TEXT NOT NULL,
        finished_at    TEXT NOT NULL,
        outcome        TEXT NOT NULL,          -- ok | partial | offline | auth | error | cancelled
        items_sent     INTEGER NOT NULL,
        bytes_sent     INTEGER NOT NULL,
        bytes_received INTEGER NOT NULL,
        message        TEXT NOT NULL
    );
    CREATE TABLE batch_leases (
        batch_id TEXT PRIMARY KEY,             -- a batch the hub leased to this workstation
        expires  TEXT NOT NULL,                -- the hub's time when the lease ends unless renewed
        revoked  INTEGER NOT NULL DEFAULT 0    -- 1: the hub gave it to another workstation
    );
    CREATE TABLE clock_anchors (
        id       INTEGER PRIMARY KEY,
        hub_time TEXT NOT NULL,                -- the hub's clock in its answer
        mono_ns  INTEGER NOT NULL,             -- our monotonic clock when the answer arrived
        boot_id  TEXT NOT NULL,
        wall     TEXT NOT NULL                 -- our wall clock then, to spot jumps
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
