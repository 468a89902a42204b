"""The hub database schema, as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. Opening a store applies the
missing ones in order inside one transaction. A database whose version is higher than
``len(MIGRATIONS)`` was migrated by a newer LabHub: it is used as it is when every migration this
program does not know only added (:data:`ADDITIVE`; the database says so in ``schema_info``
``compatible_from``, written by each migration step), and refused untouched otherwise. So hub
processes sharing one PostgreSQL database can be upgraded one at a time (docs/deploy.md).

All times are UTC text in the fixed-width form of :func:`labhub.clock.format_time`, so they
compare correctly as strings.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: labs, devices, batches with leases, media, tasks and received items.
    """
    CREATE TABLE labs (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    );
    CREATE TABLE devices (
        id           TEXT PRIMARY KEY,             -- 'd-' + 32 hex digits, made at enrolment
        lab_id       INTEGER NOT NULL REFERENCES labs(id),
        name         TEXT NOT NULL,                -- what the workstation called itself
        token_sha256 TEXT NOT NULL UNIQUE,         -- sha256 of the bearer token; the token is never stored
        enrolled_at  TEXT NOT NULL,
        revoked_at   TEXT,                         -- set: the token is refused (401)
        first_seq    INTEGER,                      -- lowest seq of the first committed push
        watermark    INTEGER NOT NULL DEFAULT 0 CHECK (watermark >= 0),
        last_seen_at TEXT,
        last_clock   TEXT                          -- JSON: the clock of the last push or pull
    );
    CREATE TRIGGER devices_watermark_never_goes_back
    BEFORE UPDATE OF watermark ON devices
    WHEN NEW.watermark < OLD.watermark
    BEGIN
        SELECT RAISE(ABORT, 'a device watermark never goes back');
    END;
    CREATE TABLE enrol_codes (
        code       TEXT PRIMARY KEY,               -- normalised: XXXX-XXXX-XXXX
        lab_id     INTEGER NOT NULL REFERENCES labs(id),
        created_at TEXT NOT NULL,
        used_at    TEXT,
        device_id  TEXT REFERENCES devices(id),
        CHECK ((used_at IS NULL) = (device_id IS NULL))
    );
    CREATE TABLE device_seqs (                     -- answered seqs above the device's watermark
        device_id TEXT NOT NULL REFERENCES devices(id),
        seq       INTEGER NOT NULL,
        PRIMARY KEY (device_id, seq)
    ) WITHOUT ROWID;
    CREATE TABLE batches (
        batch_id      TEXT PRIMARY KEY,
        lab_id        INTEGER NOT NULL REFERENCES labs(id),
        doc           TEXT NOT NULL,               -- batch.json exactly as the bundle held it
        doc_sha256    TEXT NOT NULL,
        template      TEXT NOT NULL,               -- JSON: the template, normalised (for result checks)
        task_count    INTEGER NOT NULL,
        added_at      TEXT NOT NULL,
        leased_to     TEXT REFERENCES devices(id),
        lease_expires TEXT,
        CHECK ((leased_to IS NULL) = (lease_expires IS NULL))
    );
    CREATE INDEX batches_by_lab ON batches(lab_id, added_at);
    CREATE INDEX batches_by_lease ON batches(leased_to);
    CREATE TABLE lease_events (                    -- what pull reports, in order; seq is the cursor
        seq       INTEGER PRIMARY KEY AUTOINCREMENT,
        device_id TEXT NOT NULL REFERENCES devices(id),
        batch_id  TEXT NOT NULL REFERENCES batches(batch_id),
        event     TEXT NOT NULL CHECK (event IN ('leased', 'revoked')),
        at        TEXT NOT NULL
    );
    CREATE INDEX lease_events_by_device ON lease_events(device_id, seq);
    CREATE TABLE media (
        sha256   TEXT PRIMARY KEY,                 -- the file is media/<sha256[:2]>/<sha256>
        mime     TEXT NOT NULL,
        bytes    INTEGER NOT NULL,
        name     TEXT NOT NULL,                    -- its path in the first bundle that held it
        added_at TEXT NOT NULL
    );
    CREATE TABLE batch_media (
        batch_id TEXT NOT NULL REFERENCES batches(batch_id),
        sha256   TEXT NOT NULL REFERENCES media(sha256),
        PRIMARY KEY (batch_id, sha256)
    ) WITHOUT ROWID;
    CREATE TABLE tasks (
        batch_id    TEXT NOT NULL REFERENCES batches(batch_id),
        task_id     TEXT NOT NULL,
        body        TEXT NOT NULL,                 -- JSON: the task as the batch gave it
        result_item TEXT REFERENCES items(item_id),  -- the result of record; set once, never changed
        PRIMARY KEY (batch_id, task_id)
    ) WITHOUT ROWID;
    CREATE TABLE items (
        item_id        TEXT NOT NULL UNIQUE,       -- the device's UUID: permanent dedupe
        device_id      TEXT NOT NULL REFERENCES devices(id),
        seq            INTEGER NOT NULL,
        type           TEXT NOT NULL,
        body           TEXT NOT NULL,              -- JSON, canonical (sorted keys)
        content_sha256 TEXT NOT NULL,              -- sha256 of the canonical {"type", "body"}
        status         TEXT NOT NULL CHECK (status IN ('applied', 'superseded')),
        batch_id       TEXT,
        task_id        TEXT,
        received_at    TEXT NOT NULL,
        device_clock   TEXT NOT NULL,              -- JSON: the clock the push carried
        FOREIGN KEY (batch_id, task_id) REFERENCES tasks(batch_id, task_id)
    );
    CREATE INDEX items_by_device ON items(device_id, seq);
    CREATE INDEX items_by_task ON items(batch_id, task_id);
    """,
    # 2: people (docs/people.md): each lab's users with their PIN hashes and the time its roster
    # last changed; timesheet events with the flags the chain check gave them on arrival; the
    # device clocks of pushes and pulls (anchors, to place events by the hub's time).
    """
    ALTER TABLE labs ADD COLUMN roster_changed_at TEXT;  -- the roster's as_of; NULL: the lab never had users
    ALTER TABLE devices ADD COLUMN chain_id TEXT;         -- the event chain the device's events continue
    CREATE TABLE users (
        id          TEXT PRIMARY KEY,              -- 'u-' + 32 hex digits; the roster's entry id
        lab_id      INTEGER NOT NULL REFERENCES labs(id),
        name        TEXT NOT NULL,                 -- white space runs made one space, none at the ends
        name_key    TEXT NOT NULL,                 -- the name case-folded: unique per lab
        role        TEXT NOT NULL CHECK (role IN ('worker', 'supervisor', 'admin')),
        secret_hash TEXT NOT NULL,                 -- labclient.people.passwords.hash_secret; never printed
        disabled    INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        created_at  TEXT NOT NULL,
        changed_at  TEXT NOT NULL,
        UNIQUE (lab_id, name_key)
    );
    CREATE TABLE events (                          -- every timesheet event stored, flagged or not
        item_id     TEXT PRIMARY KEY REFERENCES items(item_id),
        device_id   TEXT NOT NULL REFERENCES devices(id),
        chain_id    TEXT NOT NULL,                 -- the device id that began this chain on the hub
        n           INTEGER NOT NULL,
        seq         INTEGER NOT NULL,
        type        TEXT NOT NULL,
        worker_id   TEXT,
        worker_name TEXT,
        wall        TEXT NOT NULL,
        mono_ns     INTEGER NOT NULL,
        boot_id     TEXT NOT NULL,
        payload     TEXT NOT NULL,                 -- JSON, canonical
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL,
        flags       TEXT NOT NULL DEFAULT '[]',    -- JSON: [{"kind", "message"}] from the chain check
        received_at TEXT NOT NULL
    );
    CREATE INDEX events_by_chain ON events(chain_id, n);
    CREATE INDEX events_by_hash ON events(hash);
    CREATE TRIGGER events_never_edited
    BEFORE UPDATE OF item_id, device_id, chain_id, n, seq, type, worker_id, worker_name, wall, mono_ns, boot_id,
                     payload, prev_hash, hash, received_at ON events
    BEGIN
        SELECT RAISE(ABORT, 'a stored timesheet event is never changed');
    END;
    CREATE TRIGGER events_never_deleted BEFORE DELETE ON events
    BEGIN
        SELECT RAISE(ABORT, 'a stored timesheet event is never deleted');
    END;
    CREATE TABLE event_conflicts (                 -- an event id sent again with other content
        item_id        TEXT NOT NULL REFERENCES events(item_id),
        device_id      TEXT NOT NULL REFERENCES devices(id),
        content_sha256 TEXT NOT NULL,
        body           TEXT NOT NULL,              -- JSON, canonical: what was sent (the first one stands)
        received_at    TEXT NOT NULL,
        PRIMARY KEY (item_id, content_sha256)
    ) WITHOUT ROWID;
    CREATE TABLE clock_anchors (                   -- the device's clock at a push or pull, and the hub's
        id        INTEGER PRIMARY KEY,
        device_id TEXT NOT NULL REFERENCES devices(id),
        hub_time  TEXT NOT NULL,
        mono_ns   INTEGER NOT NULL,
        boot_id   TEXT NOT NULL,
        wall      TEXT NOT NULL
    );
    CREATE INDEX clock_anchors_by_device ON clock_anchors(device_id, boot_id, mono_ns);
    """,
    # 3: who a workstation's own worker ids are at the hub (the push's "people" map). Events keep the
    # ids the workstation recorded (their hash covers them); the timesheet totals and the results
    # list read this beside them, so a map that arrives after the events still counts for them.
    """
    CREATE TABLE device_people (
        device_id  TEXT NOT NULL REFERENCES devices(id),
        local_id   TEXT NOT NULL,                  -- the worker id the device's events and results carry
        user_id    TEXT NOT NULL REFERENCES users(id),  -- a user of the device's lab
        updated_at TEXT NOT NULL,                  -- the hub's time of the push that last sent it
        PRIMARY KEY (device_id, local_id)
    ) WITHOUT ROWID;
    """,
    # 4: each user's role and account state over time, so the hub can tell whether whoever a
    # correction or an approval names was a supervisor (or admin) of the lab, switched on, when it
    # was made. Triggers keep it whatever code changes a user. Users from before it get one row at
    # their creation with their role now, and, if switched off, one at their last change.
    """
    CREATE TABLE user_history (
        user_id  TEXT NOT NULL REFERENCES users(id),
        at       TEXT NOT NULL,                   -- the hub's time the user got this role and state
        role     TEXT NOT NULL,
        disabled INTEGER NOT NULL
    );
    CREATE INDEX user_history_by_user ON user_history(user_id, at);
    INSERT INTO user_history (user_id, at, role, disabled) SELECT id, created_at, role, 0 FROM users;
    INSERT INTO user_history (user_id, at, role, disabled) SELECT id, changed_at, role, 1 FROM users WHERE disabled = 1;
    CREATE TRIGGER users_history_on_insert AFTER INSERT ON users
    BEGIN
        INSERT INTO user_history (user_id, at, role, disabled) VALUES (NEW.id, NEW.created_at, NEW.role, NEW.disabled);
    END;
    CREATE TRIGGER users_history_on_change AFTER UPDATE OF role, disabled ON users
    WHEN OLD.role IS NOT NEW.role OR OLD.disabled IS NOT NEW.disabled
    BEGIN
        INSERT INTO user_history (user_id, at, role, disabled) VALUES (NEW.id, NEW.changed_at, NEW.role, NEW.disabled);
    END;
    """,
    # 5: gold and training tasks (docs/quality.md). The hub scores every submit on a task with a
    # gold answer again, with the client's code, on receipt: this score is the one of record (the
    # workstation's is advisory). Each batch's project, read once from its document, for reports.
    """
    ALTER TABLE batches ADD COLUMN project_id TEXT;
    ALTER TABLE batches ADD COLUMN project_name TEXT;
    UPDATE batches SET project_id = json_extract(doc, '$.project.id'),
                       project_name = json_extract(doc, '$.project.name');
    CREATE TABLE gold_scores (
        item_id   TEXT PRIMARY KEY REFERENCES items(item_id),
        batch_id  TEXT NOT NULL,
        task_id   TEXT NOT NULL,
        purpose   TEXT NOT NULL CHECK (purpose IN ('gold', 'training')),
        score     REAL NOT NULL,                   -- 0..1
        passed    INTEGER NOT NULL CHECK (passed IN (0, 1)),
        threshold REAL NOT NULL,
        rule      TEXT NOT NULL,                   -- exact | jaccard | fields | wer
        wer       REAL,
        cer       REAL,
        scored_at TEXT NOT NULL,
        FOREIGN KEY (batch_id, task_id) REFERENCES tasks(batch_id, task_id)
    );
    CREATE INDEX gold_scores_by_batch ON gold_scores(batch_id, purpose);
    """,
    # 6: item ids are a lab's own (docs/protocol.md, "Labs keep apart"): a push is deduped against the
    # items of the device's lab only, so an id another lab used is new here and never a conflict. Each
    # item keeps its lab (that of the device that sent it: a trigger fills it in and keeps it so).
    # The tables that referred to an item by a hub-wide unique id are rebuilt: an event refers to it
    # by (item, device); a task's result of record and a gold score keep the item id without a
    # reference (their batch is the lab's; gold scores stay keyed by the id, as labhub.quality
    # writes them). Rows, their order and the events' triggers are kept. Media is found by hash.
    """
    CREATE TABLE items_new (
        item_id        TEXT NOT NULL,              -- the device's UUID: permanent dedupe within the lab
        lab_id         INTEGER REFERENCES labs(id),  -- the lab of device_id (filled in on insert)
        device_id      TEXT NOT NULL REFERENCES devices(id),
        seq            INTEGER NOT NULL,
        type           TEXT NOT NULL,
        body           TEXT NOT NULL,
        content_sha256 TEXT NOT NULL,
        status         TEXT NOT NULL CHECK (status IN ('applied', 'superseded')),
        batch_id       TEXT,
        task_id        TEXT,
        received_at    TEXT NOT NULL,
        device_clock   TEXT NOT NULL,
        FOREIGN KEY (batch_id, task_id) REFERENCES tasks(batch_id, task_id)
    );
    INSERT INTO items_new (rowid, item_id, lab_id, device_id, seq, type, body, content_sha256, status, batch_id,
                           task_id, received_at, device_clock)
        SELECT i.rowid, i.item_id, d.lab_id, i.device_id, i.seq, i.type, i.body, i.content_sha256, i.status,
               i.batch_id, i.task_id, i.received_at, i.device_clock
        FROM items i JOIN devices d ON d.id = i.device_id ORDER BY i.rowid;
    CREATE TABLE events_new (
        item_id     TEXT NOT NULL,
        device_id   TEXT NOT NULL REFERENCES devices(id),
        chain_id    TEXT NOT NULL,
        n           INTEGER NOT NULL,
        seq         INTEGER NOT NULL,
        type        TEXT NOT NULL,
        worker_id   TEXT,
        worker_name TEXT,
        wall        TEXT NOT NULL,
        mono_ns     INTEGER NOT NULL,
        boot_id     TEXT NOT NULL,
        payload     TEXT NOT NULL,
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL,
        flags       TEXT NOT NULL DEFAULT '[]',
        received_at TEXT NOT NULL,
        PRIMARY KEY (item_id, device_id),
        FOREIGN KEY (item_id, device_id) REFERENCES items(item_id, device_id)
    );
    INSERT INTO events_new (rowid, item_id, device_id, chain_id, n, seq, type, worker_id, worker_name, wall, mono_ns,
                            boot_id, payload, prev_hash, hash, flags, received_at)
        SELECT rowid, item_id, device_id, chain_id, n, seq, type, worker_id, worker_name, wall, mono_ns, boot_id,
               payload, prev_hash, hash, flags, received_at FROM events ORDER BY rowid;
    CREATE TABLE event_conflicts_new (             -- an event id sent again with other content
        item_id        TEXT NOT NULL,              -- the event's id in the lab of device_id
        device_id      TEXT NOT NULL REFERENCES devices(id),
        content_sha256 TEXT NOT NULL,
        body           TEXT NOT NULL,
        received_at    TEXT NOT NULL,
        PRIMARY KEY (item_id, content_sha256)
    ) WITHOUT ROWID;
    INSERT INTO event_conflicts_new (item_id, device_id, content_sha256, body, received_at)
        SELECT item_id, device_id, content_sha256, body, received_at FROM event_conflicts;
    CREATE TABLE tasks_new (
        batch_id    TEXT NOT NULL REFERENCES batches(batch_id),
        task_id     TEXT NOT NULL,
        body        TEXT NOT NULL,
        result_item TEXT,                          -- the result of record: an item of the batch's lab; set once
        PRIMARY KEY (batch_id, task_id)
    ) WITHOUT ROWID;
    INSERT INTO tasks_new (batch_id, task_id, body, result_item) SELECT batch_id, task_id, body, result_item FROM tasks;
    CREATE TABLE gold_scores_new (
        item_id   TEXT PRIMARY KEY,                -- a result item of the batch's lab
        batch_id  TEXT NOT NULL,
        task_id   TEXT NOT NULL,
        purpose   TEXT NOT NULL CHECK (purpose IN ('gold', 'training')),
        score     REAL NOT NULL,
        passed    INTEGER NOT NULL CHECK (passed IN (0, 1)),
        threshold REAL NOT NULL,
        rule      TEXT NOT NULL,
        wer       REAL,
        cer       REAL,
        scored_at TEXT NOT NULL,
        FOREIGN KEY (batch_id, task_id) REFERENCES tasks(batch_id, task_id)
    );
    INSERT INTO gold_scores_new (rowid, item_id, batch_id, task_id, purpose, score, passed, threshold, rule, wer, cer,
                                 scored_at)
        SELECT rowid, item_id, batch_id, task_id, purpose, score, passed, threshold, rule, wer, cer, scored_at
        FROM gold_scores ORDER BY rowid;
    DROP TABLE gold_scores;
    DROP TABLE event_conflicts;
    DROP TABLE events;
    DROP TABLE items;
    DROP TABLE tasks;
    ALTER TABLE tasks_new RENAME TO tasks;
    ALTER TABLE items_new RENAME TO items;
    ALTER TABLE events_new RENAME TO events;
    ALTER TABLE event_conflicts_new RENAME TO event_conflicts;
    ALTER TABLE gold_scores_new RENAME TO gold_scores;
    CREATE UNIQUE INDEX items_by_lab_item ON items(lab_id, item_id);
    CREATE UNIQUE INDEX items_by_item_device ON items(item_id, device_id);
    CREATE INDEX items_by_device ON items(device_id, seq);
    CREATE INDEX items_by_task ON items(batch_id, task_id);
    CREATE INDEX events_by_chain ON events(chain_id, n);
    CREATE INDEX events_by_hash ON events(hash);
    CREATE INDEX gold_scores_by_batch ON gold_scores(batch_id, purpose);
    CREATE INDEX batch_media_by_sha ON batch_media(sha256, batch_id);
    CREATE TRIGGER items_take_their_devices_lab AFTER INSERT ON items WHEN NEW.lab_id IS NULL
    BEGIN
        UPDATE items SET lab_id = (SELECT lab_id FROM devices WHERE id = NEW.device_id) WHERE rowid = NEW.rowid;
    END;
    CREATE TRIGGER items_are_their_devices_labs BEFORE INSERT ON items
    WHEN NEW.lab_id IS NOT NULL AND NEW.lab_id IS NOT (SELECT lab_id FROM devices WHERE id = NEW.device_id)
    BEGIN
        SELECT RAISE(ABORT, 'an item belongs to the lab of the device that sent it');
    END;
    CREATE TRIGGER items_keep_their_lab BEFORE UPDATE OF lab_id, device_id ON items
    WHEN OLD.lab_id IS NOT NULL AND (NEW.lab_id IS NOT OLD.lab_id OR NEW.device_id IS NOT OLD.device_id)
    BEGIN
        SELECT RAISE(ABORT, 'an item keeps the lab and the device it came from');
    END;
    CREATE TRIGGER events_never_edited
    BEFORE UPDATE OF item_id, device_id, chain_id, n, seq, type, worker_id, worker_name, wall, mono_ns, boot_id,
                     payload, prev_hash, hash, received_at ON events
    BEGIN
        SELECT RAISE(ABORT, 'a stored timesheet event is never changed');
    END;
    CREATE TRIGGER events_never_deleted BEFORE DELETE ON events
    BEGIN
        SELECT RAISE(ABORT, 'a stored timesheet event is never deleted');
    END;
    """,
    # 7: a worker paused on a project (docs/quality.md, "Pausing a worker"): the organisation's
    # quality lead stops her getting the project's tasks until resumed; the pause reaches the
    # lab's workstations with the roster.
    """
    CREATE TABLE user_pauses (
        user_id    TEXT NOT NULL REFERENCES users(id),
        project_id TEXT NOT NULL,
        reason     TEXT NOT NULL,
        paused_at  TEXT NOT NULL,
        PRIMARY KEY (user_id, project_id)
    );
    """,
    # 8: overlap (docs/quality.md, "Overlap and agreement"). A task whose answers disagree is
    # offered again: queued in ``rework``, then carried by a batch of its own (``again_of`` names
    # the batch it came from), which the lab's workstations that answered it are not leased while
    # another of the lab's workstations is in use (``batch_avoid``).
    """
    ALTER TABLE batches ADD COLUMN again_of TEXT;
    CREATE INDEX batches_by_again_of ON batches(again_of);
    CREATE TABLE rework (
        batch_id    TEXT NOT NULL,            -- the batch as added (never an again batch)
        task_id     TEXT NOT NULL,
        round       INTEGER NOT NULL CHECK (round >= 1),
        reason      TEXT NOT NULL,
        queued_at   TEXT NOT NULL,
        again_batch TEXT,                     -- the batch that carries it; NULL until the lab's next pull
        PRIMARY KEY (batch_id, task_id, round)
    );
    CREATE INDEX rework_pending ON rework(again_batch, batch_id);
    CREATE TABLE batch_avoid (
        batch_id  TEXT NOT NULL,
        device_id TEXT NOT NULL,
        PRIMARY KEY (batch_id, device_id)
    );
    """,
    # 9: training passes shared by a lab's workstations (docs/quality.md, "Training and
    # qualification"): each pass a workstation reports is an item of type qualification; the hub
    # user it stands for is kept here and listed in the lab's roster (``qualified``).
    """
    CREATE TABLE user_qualifications (
        user_id    TEXT NOT NULL REFERENCES users(id),
        project_id TEXT NOT NULL,
        item_id    TEXT NOT NULL,             -- the qualification item that said so first
        passed_at  TEXT NOT NULL,             -- as the workstation said
        PRIMARY KEY (user_id, project_id)
    );
    """,
    # 10: wrong enrolment codes, counted in the database (labhub.auth.FailureLimit), so that every
    # hub process on one database, and a restarted one, sees the same count.
    """
    CREATE TABLE enrol_failures (
        client TEXT NOT NULL,                 -- labhub.auth.client_key of the address
        at     REAL NOT NULL                  -- the hub's clock, seconds since the epoch
    );
    CREATE INDEX enrol_failures_by_client ON enrol_failures(client, at);
    CREATE INDEX enrol_failures_by_time ON enrol_failures(at);
    """,
    # 11: lab relays (docs/offline-links.md, "The lab relay"): a device made the lab's relay
    # (``labhub make-relay``) may fetch every media file of its lab's batches, and takes no work.
    """
    ALTER TABLE devices ADD COLUMN role TEXT NOT NULL DEFAULT 'workstation'
        CHECK (role IN ('workstation', 'relay'));
    """,
    # 12: outbox files carried by USB (docs/offline-links.md): each import keeps its signed receipt
    # and the batches the workstation said it held, so that ``labhub export-lab`` can carry the
    # receipts back and leave out what a workstation already has.
    """
    CREATE TABLE usb_imports (
        device_id   TEXT NOT NULL REFERENCES devices(id),
        source      TEXT NOT NULL,            -- the outbox file's name
        imported_at TEXT NOT NULL,            -- the hub's clock
        held        TEXT,                     -- JSON list of the batch ids the workstation held, or NULL
        receipt     TEXT NOT NULL,            -- the signed receipt (labclient.sync.usb.RECEIPT_FORMAT)
        PRIMARY KEY (device_id, source)
    );
    """,
    # 13: what a program must know to use this database (see the module): ``compatible_from``.
    """
    CREATE TABLE schema_info (
        key   TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
#: The migration that made ``schema_info``: a program that knows fewer writes no record.
SCHEMA_INFO_FROM = 13

#: The migrations (by number, on both engines) that only add a table, an index or a column an
#: older program's INSERT may leave out: an older hub keeps working on a database that has them.
#: A migration that changes or removes something is not one. Those before 13 are left out: the
#: LabHubs that knew them did not read ``compatible_from``.
ADDITIVE = frozenset({13})


def compatible_from(version: int) -> int:
    """The oldest hub schema that may still use a database at ``version``."""
    from labclient.store import oldest_compatible

    return oldest_compatible(version, ADDITIVE)
