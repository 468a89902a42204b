"""Importing a batch bundle into a workspace: all of it, or nothing.

The order keeps the store consistent through any failure, including a power cut: the bundle is
checked; media is verified and written to a staging folder and flushed; staged files are renamed
into place; one transaction adds the batch, its media rows and its tasks. If that transaction
fails, the files it placed are removed again. Media already in the store is not written twice.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from labclient.batch import Batch, open_bundle
from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.errors import BundleError
from labclient.media import MediaStore
from labclient.quality.gold import gold_of
from labclient.store import Store


@dataclass(frozen=True)
class ImportReport:
    """What an import did. ``already_present`` means the batch was in the cache and nothing changed."""

    batch_id: str
    project_name: str
    kind: str
    title: str
    tasks_added: int
    media_added: int
    already_present: bool = False


def import_bundle(store: Store, media: MediaStore, path: Path, *, clock: Clock = SYSTEM_CLOCK) -> ImportReport:
    """Import the bundle at ``path`` (its import time read on ``clock``). Raises BundleError or
    StoreError; then nothing changed.

    The same batch again (same id, same content) changes nothing and says so; a batch whose id is
    cached with other content is refused (BundleError), the cached one kept."""
    with open_bundle(path) as bundle:
        batch = bundle.batch
        if held(store, batch):
            return _report(batch, 0, 0, already=True)
        new = [m for m in batch.media if not media.has(m.sha256, m.bytes)]
        # Media bytes plus a generous guess at what the tasks take in the database.
        media.check_space(sum(m.bytes for m in new) + len(batch.tasks) * 1024)
        staging = media.staging_dir()
        try:
            staged = [media.write_verified(staging, m.sha256, m.bytes, bundle.media_chunks(m), m.path) for m in new]
            placed = media.place(staged)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    try:
        added = _insert(store, batch, f"bundle:{path.name}", clock)
    except BaseException:
        media.remove(placed)
        raise
    if not added:
        media.remove(placed)
        return _report(batch, 0, 0, already=True)
    return _report(batch, len(batch.tasks), len(placed))


def import_fetched_batch(store: Store, media: MediaStore, batch: Batch, source: str, *,
                         clock: Clock = SYSTEM_CLOCK) -> ImportReport:
    """Add a checked batch whose media is already in place (fetched from the hub one file at a
    time, each verified and renamed into place), its import time read on ``clock``. All rows in
    one transaction; BundleError when a media file is missing, and then nothing is added."""
    missing = [m.path for m in batch.media if not media.has(m.sha256, m.bytes)]
    if missing:
        raise BundleError(detail=f"{len(missing)} media file(s) are not in the cache yet, e.g. {missing[0]}",
                          where=missing[0])
    added = _insert(store, batch, source, clock)
    return _report(batch, len(batch.tasks) if added else 0, 0, already=not added)


def present(store: Store, batch_id: str) -> bool:
    """Whether a batch with this id is in the cache."""
    return _present(store, batch_id)


def held(store: Store, batch: Batch) -> bool:
    """Whether this very batch is in the cache already. BundleError when a batch with its id is,
    but with other content: a changed batch needs an id of its own (the cached one is kept)."""
    row = store.read().execute("SELECT fingerprint FROM batches WHERE batch_id = ?", (batch.batch_id,)).fetchone()
    if row is None:
        return False
    _same_or_refuse(batch, row[0])
    return True


def _same_or_refuse(batch: Batch, fingerprint: str | None) -> None:
    if fingerprint is not None and batch.fingerprint and fingerprint != batch.fingerprint:
        raise BundleError(detail=f"a different batch with the id {batch.batch_id!r} is already in the task cache "
                                 "(this one's content differs); the organisation must give a changed batch an id "
                                 "of its own", where="batch.batch_id")


def _present(store: Store, batch_id: str) -> bool:
    row = store.read().execute("SELECT 1 FROM batches WHERE batch_id = ?", (batch_id,)).fetchone()
    return row is not None


def _insert(store: Store, batch: Batch, source: str, clock: Clock) -> bool:
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    bid = batch.batch_id
    with store.transaction() as c:
        row = c.execute("SELECT fingerprint FROM batches WHERE batch_id = ?", (bid,)).fetchone()
        if row is not None:  # added meanwhile (another import, a sync)
            _same_or_refuse(batch, row[0])
            return False
        c.execute(
            "INSERT INTO batches (batch_id, project_id, project_name, kind, template, task_count, imported_at,"
            " source, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (bid, batch.project_id, batch.project_name, batch.kind, dumps(batch.template), len(batch.tasks),
             clock.wall(), source, batch.fingerprint or None),
        )
        c.executemany(
            "INSERT OR IGNORE INTO media (sha256, mime, bytes, name) VALUES (?, ?, ?, ?)",
            [(m.sha256, m.mime, m.bytes, m.path) for m in batch.media],
        )
        # SQLite explodes the task array itself (json_each, in C): far cheaper than encoding
        # 100,000 task objects one by one in Python. It reads the batch.json text when we have it.
        if batch.source is not None:
            source, path = batch.source, "$.tasks"
        else:
            source, path = dumps(batch.tasks), "$"
        c.execute(
            "INSERT INTO tasks (batch_id, task_id, body)"
            " SELECT ?, json_extract(value, '$.id'), value FROM json_each(?, ?) ORDER BY key",
            (bid, source, path),
        )
        # SQLite reads the very text Python checked: they agree, since no key is given twice in it
        # (labclient.strictjson refused the document otherwise).
        _insert_gold(c, batch)
    return True


def _insert_gold(c: sqlite3.Connection, batch: Batch) -> None:
    """Move the gold answers out of the task bodies into the ``gold`` table (docs/quality.md).

    A task whose document has no ``gold``/``training`` key as Python read it has none in its text
    either (a key written twice is still seen once), so rewriting the bodies of the tasks that
    have one leaves no answer in ``tasks.body``."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    marked = [t for t in batch.tasks if "gold" in t or "training" in t]
    if not marked:
        return
    bid = batch.batch_id
    c.executemany("UPDATE tasks SET body = ? WHERE batch_id = ? AND task_id = ?",
                  [(dumps({k: v for k, v in t.items() if k not in ("gold", "training")}), bid, t["id"])
                   for t in marked])
    rows = []
    for t in marked:
        gold = gold_of(t)
        if gold is not None:
            rows.append((gold["purpose"], dumps(gold["answer"]), gold["explanation"], dumps(gold["tolerance"]),
                         bid, t["id"]))
    c.executemany("INSERT INTO gold (task, purpose, answer, explanation, tolerance)"
                  " SELECT id, ?, ?, ?, ? FROM tasks WHERE batch_id = ? AND task_id = ?", rows)


def _report(batch: Batch, tasks: int, media: int, *, already: bool = False) -> ImportReport:
    return ImportReport(batch.batch_id, batch.project_name, batch.kind, batch.template["title"], tasks, media, already)
