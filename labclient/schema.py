"""The local database schema, as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. A store opened by this program
applies the missing ones in order, all inside one transaction.

**A newer program's database.** Most migrations only add: a table, or a column that may be NULL
(:data:`ADDITIVE`). A program that does not know them keeps working on a database that has them:
it leaves the new parts alone, and the newer program reads NULL where the older one wrote
nothing. So each migration also records, in ``schema_info``, the oldest schema a program may
know and still use the database (``compatible_from``: :func:`labclient.store.oldest_compatible`). An older program
opens a database of a higher version when that floor is at most its own version, and refuses it
(nothing touched) otherwise. This is the major/minor version of qutebrowser's ``sql.py``, kept
in the same integer ``user_version`` older programs already read.
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
    # 3: people: users and roles, login and lockout, sessions, shifts, timesheet events
    # (docs/people.md). Workers become users: the new columns' defaults make every existing
    # worker an unconfirmed local user with the role worker and no PIN (so they cannot log in
    # until an admin sets one).
    """
    ALTER TABLE workers ADD COLUMN role TEXT NOT NULL DEFAULT 'worker'
        CHECK (role IN ('worker', 'supervisor', 'admin'));
    ALTER TABLE workers ADD COLUMN lab TEXT;
    ALTER TABLE workers ADD COLUMN secret_hash TEXT;       -- scrypt$N$r$p$salt$hash; NULL: no PIN yet
    ALTER TABLE workers ADD COLUMN origin TEXT NOT NULL DEFAULT 'local'
        CHECK (origin IN ('local', 'hub'));                -- local: added here; hub: from a roster
    ALTER TABLE workers ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0;  -- 1: the hub's roster lists it
    ALTER TABLE workers ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;   -- 1: cannot log in
    ALTER TABLE workers ADD COLUMN hub_id TEXT;            -- the user's id at the hub, once listed
    CREATE UNIQUE INDEX workers_hub_id ON workers(hub_id) WHERE hub_id IS NOT NULL;
    CREATE TABLE people_state (
        key   TEXT PRIMARY KEY,                -- roster_as_of, chain_head_n, chain_head_hash, settings
        value TEXT NOT NULL
    );
    CREATE TABLE login_guard (
        worker_id         TEXT PRIMARY KEY REFERENCES workers(id),
        failures          INTEGER NOT NULL DEFAULT 0,   -- wrong secrets in a row
        locked_for_ms     INTEGER NOT NULL DEFAULT 0,   -- length of the current lockout (0: none)
        locked_at_mono_ns INTEGER,                      -- monotonic time the lockout started
        locked_boot_id    TEXT,                         -- ... in this boot
        last_failure_at   TEXT                          -- wall clock, for people reading it
    );
    CREATE TABLE sessions (
        token_hash        TEXT PRIMARY KEY,    -- sha256 of the token only the Session object holds
        worker_id         TEXT NOT NULL REFERENCES workers(id),
        role              TEXT NOT NULL,       -- the role at login; a changed role ends the session
        started_at        TEXT NOT NULL,
        boot_id           TEXT NOT NULL,       -- a session never outlives its boot
        last_seen_mono_ns INTEGER NOT NULL,    -- for the idle lock
        locked            INTEGER NOT NULL DEFAULT 0,
        ended_at          TEXT
    );
    CREATE INDEX sessions_by_worker ON sessions(worker_id, ended_at);
    CREATE TABLE shifts (
        id         TEXT PRIMARY KEY,
        worker_id  TEXT NOT NULL REFERENCES workers(id),
        seat       TEXT NOT NULL,
        starts_at  TEXT NOT NULL,              -- planned, UTC, ISO 8601
        ends_at    TEXT NOT NULL,
        planned_by TEXT NOT NULL REFERENCES workers(id),
        planned_at TEXT NOT NULL,
        cancelled  INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX shifts_by_time ON shifts(starts_at, ends_at);
    CREATE TABLE time_events (
        id          TEXT PRIMARY KEY,          -- UUID, the outbox item id
        n           INTEGER NOT NULL UNIQUE,   -- position in this device's chain: 1, 2, 3, ...
        seq         INTEGER NOT NULL UNIQUE,   -- the outbox seq it was queued with
        type        TEXT NOT NULL,             -- clock_in | clock_out | break_start | ... (docs/people.md)
        worker_id   TEXT,                      -- whose timesheet; NULL for device events (clock_jump)
        worker_name TEXT,
        wall        TEXT NOT NULL,             -- wall clock, UTC, ISO 8601: shown, never trusted
        mono_ns     INTEGER NOT NULL,          -- monotonic clock: durations come from this
        boot_id     TEXT NOT NULL,
        payload     TEXT NOT NULL,             -- canonical JSON
        prev_hash   TEXT NOT NULL,             -- hash of event n-1 (the genesis value for n = 1)
        hash        TEXT NOT NULL,             -- sha256 of the canonical event (docs/people.md)
        hub_status  TEXT,                      -- the hub's answer, set by sync
        hub_reason  TEXT
    );
    CREATE INDEX time_events_by_worker ON time_events(worker_id, n);
    CREATE INDEX time_events_by_boot ON time_events(boot_id, n);
    CREATE TRIGGER time_events_never_edited
        BEFORE UPDATE OF id, n, seq, type, worker_id, worker_name, wall, mono_ns, boot_id, payload, prev_hash, hash
        ON time_events
    BEGIN
        SELECT RAISE(ABORT, 'timesheet events are never edited; a correction is a new event');
    END;
    CREATE TRIGGER time_events_never_deleted BEFORE DELETE ON time_events
    BEGIN
        SELECT RAISE(ABORT, 'timesheet events are never deleted');
    END;
    """,
    # 4: each timesheet event's signature (docs/people.md, "The device signature"): an HMAC of its
    # hash under a key derived from the device's hub credential, which is never in this database.
    # NULL: made before the workstation was enrolled, or by a program that could not read the key.
    """
    ALTER TABLE time_events ADD COLUMN mac TEXT;
    """,
    # 5: gold and training tasks (docs/quality.md). A task's gold answer lives here, never in
    # tasks.body, so nothing that reads a task shows it before the worker submits. Each result
    # keeps its task's purpose and, for a submit on a gold or training task, its score and the
    # feedback shown. A training task is done once by each worker (not once per workstation):
    # its results are unique per (task, worker); every other task keeps one result.
    """
    CREATE TABLE gold (
        task        INTEGER PRIMARY KEY REFERENCES tasks(id),
        purpose     TEXT NOT NULL CHECK (purpose IN ('gold', 'training')),
        answer      TEXT NOT NULL,             -- JSON: a result in the kind's shape
        explanation TEXT NOT NULL,             -- Markdown shown with the feedback ('' when none)
        tolerance   TEXT NOT NULL              -- JSON: {field id: allowed difference}
    );
    CREATE INDEX gold_by_purpose ON gold(purpose, task);
    ALTER TABLE results ADD COLUMN purpose TEXT NOT NULL DEFAULT 'production'
        CHECK (purpose IN ('production', 'gold', 'training'));
    ALTER TABLE results ADD COLUMN score REAL;        -- 0..1, a submit on a gold or training task
    ALTER TABLE results ADD COLUMN passed INTEGER;    -- 1: score >= the template's pass mark
    ALTER TABLE results ADD COLUMN feedback TEXT;     -- JSON: what Workspace.feedback returns
    DROP INDEX results_one_per_task;
    CREATE UNIQUE INDEX results_one_per_task ON results(task) WHERE purpose != 'training';
    CREATE UNIQUE INDEX results_training_once ON results(task, worker_id) WHERE purpose = 'training';
    CREATE INDEX results_scored_by_worker ON results(worker_id, purpose) WHERE score IS NOT NULL;
    """,
    # 6: qualification (docs/quality.md, "Training and qualification"). A worker may go through a
    # project's training set more than once: each pass is an attempt, numbered from 1, and a
    # training task is done once per worker and attempt. A supervisor may grant more attempts.
    """
    ALTER TABLE results ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1);
    DROP INDEX results_training_once;
    CREATE UNIQUE INDEX results_training_once ON results(task, worker_id, attempt) WHERE purpose = 'training';
    CREATE TABLE training_grants (
        id          INTEGER PRIMARY KEY,
        worker_id   TEXT NOT NULL,
        project_id  TEXT NOT NULL,
        attempts    INTEGER NOT NULL CHECK (attempts BETWEEN 1 AND 10),  -- more attempts granted
        by_id       TEXT NOT NULL,            -- the supervisor or admin who granted them
        at          TEXT NOT NULL             -- UTC, ISO 8601
    );
    CREATE INDEX training_grants_by_worker ON training_grants(worker_id, project_id);
    """,
    # 7: each batch's fingerprint (labclient.batch.fingerprint_of), so a changed document under a
    # batch id already cached is refused instead of reported as "already cached". NULL for a
    # batch imported before: then the id alone decides, as it did.
    """
    ALTER TABLE batches ADD COLUMN fingerprint TEXT;
    """,
    # 8: reviews (docs/quality.md, "Review"). A supervisor accepts a worker's result or corrects
    # it with a note; the review is a record of its own (the result is never changed), queued for
    # the hub like a result. A result may be reviewed more than once: all are kept, and the
    # latest counts.
    """
    CREATE TABLE reviews (
        id          TEXT PRIMARY KEY,         -- UUID made here; the id sync sends
        result_id   TEXT NOT NULL REFERENCES results(id),
        reviewer_id TEXT NOT NULL REFERENCES workers(id),
        verdict     TEXT NOT NULL CHECK (verdict IN ('accepted', 'corrected')),
        content     TEXT,                     -- JSON: the corrected result (a correction only)
        note        TEXT NOT NULL,            -- to the worker ('' when none)
        created_at  TEXT NOT NULL,            -- wall clock, UTC, ISO 8601
        hub_status  TEXT,
        hub_reason  TEXT
    );
    CREATE INDEX reviews_by_result ON reviews(result_id, created_at);
    """,
    # 9: reviews made on other workstations of the lab, as the hub's pull brings them
    # (docs/protocol.md, "Reviews"), so a worker reads her notes wherever she works. The result
    # they name need not be on this workstation.
    """
    CREATE TABLE hub_reviews (
        id            TEXT PRIMARY KEY,       -- the review's id (made where it was made)
        result_id     TEXT NOT NULL,
        worker_id     TEXT NOT NULL,          -- the hub user (or the other workstation's id) it is about
        worker_name   TEXT NOT NULL,
        project_name  TEXT NOT NULL,
        task_id       TEXT NOT NULL,
        verdict       TEXT NOT NULL CHECK (verdict IN ('accepted', 'corrected')),
        note          TEXT NOT NULL,
        reviewer_name TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        given         TEXT NOT NULL,          -- JSON: her answer
        content       TEXT,                   -- JSON: the correction
        received_at   TEXT NOT NULL
    );
    CREATE INDEX hub_reviews_by_worker ON hub_reviews(worker_id, created_at);
    """,
    # 10: projects the organisation paused a worker on (docs/quality.md, "Pausing a worker"), as
    # the hub's roster lists them; replaced whole with each roster.
    """
    CREATE TABLE worker_pauses (
        worker_id  TEXT NOT NULL REFERENCES workers(id),
        project_id TEXT NOT NULL,
        reason     TEXT NOT NULL,
        PRIMARY KEY (worker_id, project_id)
    );
    """,
    # 11: overlap (docs/quality.md, "Overlap and agreement"). A production task whose template
    # sets quality.overlap is answered by that many workers, each once. Each result takes the next
    # seat of its task (0 for every task without overlap), so one result per task still holds
    # where there is no overlap, and one per worker where there is.
    """
    ALTER TABLE results ADD COLUMN seat INTEGER NOT NULL DEFAULT 0 CHECK (seat >= 0);
    DROP INDEX results_one_per_task;
    CREATE UNIQUE INDEX results_one_per_task ON results(task, seat) WHERE purpose != 'training';
    CREATE UNIQUE INDEX results_once_per_worker ON results(task, worker_id) WHERE purpose != 'training';
    """,
    # 12: qualification shared by the lab's workstations (docs/quality.md, "Training and
    # qualification"). A pass made here is recorded and queued for the hub; passes made on other
    # workstations come back with the roster (each user's ``qualified``), replaced whole each time.
    """
    CREATE TABLE qualifications (
        id          TEXT PRIMARY KEY,         -- UUID made here; the id sync sends
        worker_id   TEXT NOT NULL REFERENCES workers(id),
        project_id  TEXT NOT NULL,
        score       REAL NOT NULL,            -- the passing attempt's mean score
        attempt     INTEGER NOT NULL,
        passed_at   TEXT NOT NULL,            -- wall clock, UTC, ISO 8601
        hub_status  TEXT,
        hub_reason  TEXT
    );
    CREATE TABLE worker_qualified (
        worker_id  TEXT NOT NULL REFERENCES workers(id),
        project_id TEXT NOT NULL,
        PRIMARY KEY (worker_id, project_id)
    );
    """,
    # 13: the language each person's window speaks, chosen by her at the login screen (NULL: the
    # lab's default, an admin's setting in people_state, else the computer's language).
    """
    ALTER TABLE workers ADD COLUMN language TEXT;
    """,
    # 14: a sync run's report a sentence at a time (labclient.said: code, English template, params,
    # as JSON), so the history shows in the admin's language; NULL for runs logged before.
    """
    ALTER TABLE sync_log ADD COLUMN said TEXT;
    """,
    # 15: what a program must know to use this database (see the module): ``compatible_from``.
    """
    CREATE TABLE schema_info (
        key   TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

#: The migrations (by number) that only add a table or a column that may be NULL: an older
#: program keeps working on a database that has them. A migration that changes or removes
#: something, or adds a column an older program's INSERT would leave without a needed value, is
#: not one of them.
ADDITIVE = frozenset({13, 14, 15})
