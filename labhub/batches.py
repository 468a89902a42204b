"""Adding batch bundles to the hub: checked whole, media verified, stored in one transaction.

A bundle is read and checked with :func:`labclient.batch.open_bundle` (the same rules as the
client), each media file is streamed out, verified against its sha256 and placed in the
content-addressed media folder, and then one transaction adds the batch, its media rows and its
tasks. A refused bundle changes nothing (newly placed media files are removed again). Gold
answers, training marks and quality blocks are checked by the same code (docs/quality.md); the
hub keeps each task whole, gold answer included, to score the results it receives.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from labclient.batch import Batch, open_bundle
from labclient.errors import BundleError
from labhub.clock import HubClock
from labhub.errors import Refused
from labhub.labs import check_lab_name, ensure_lab
from labhub.media import MediaFolder
from labhub.store import HubStore


@dataclass(frozen=True)
class AddReport:
    """What :func:`add_batch` did. ``already_present``: the same batch was on the hub; nothing changed."""

    batch_id: str
    title: str
    lab: str
    tasks: int
    media_added: int
    already_present: bool


def media_folder(store: HubStore) -> MediaFolder:
    """The media folder beside the store's database."""
    return MediaFolder(store.data_dir / "media")


def add_batch(store: HubStore, clock: HubClock, bundle_path: Path, lab: str) -> AddReport:
    """Add the bundle at ``bundle_path`` for ``lab`` (created if new).

    Adding the same batch again (same ``batch_id``, a ``batch.json`` with the same values, same lab)
    changes nothing and says so. ``batches.doc_sha256`` keeps the document's fingerprint
    (:func:`labclient.batch.fingerprint_of`); a hub before it kept the sha256 of the text, so
    either matching means the same batch. Raises :class:`labhub.errors.Refused` naming the problem for a bundle that
    breaks ``docs/batch-format.md``, media that does not match its sha256, or a batch id the hub
    already holds with another document or for another lab.
    """
    try:
        lab = check_lab_name(lab)
    except ValueError as exc:
        raise Refused(f"The lab name is not usable: {exc}.") from None
    try:
        bundle = open_bundle(bundle_path)
    except BundleError as exc:
        raise Refused(exc.message) from None
    with bundle:
        batch = bundle.batch
        source = batch.source if batch.source is not None else ""
        doc_sha = batch.fingerprint  # the same values however spaced or ordered
        text_sha = hashlib.sha256(source.encode("utf-8")).hexdigest()  # what hubs kept before
        title = str(batch.template["title"])
        existing = store.query_one("SELECT b.doc_sha256, l.name AS lab FROM batches b JOIN labs l ON l.id = b.lab_id"
                                   " WHERE b.batch_id = ?", (batch.batch_id,))
        if existing is not None:
            _same_or_refuse(batch.batch_id, existing["doc_sha256"], existing["lab"], (doc_sha, text_sha), lab)
            return AddReport(batch.batch_id, title, lab, len(batch.tasks), 0, already_present=True)
        folder = media_folder(store)
        staging = folder.staging_dir()
        placed: list[Path] = []
        try:
            staged = []
            for entry in batch.media:
                if folder.has(entry.sha256, entry.bytes):
                    continue
                try:
                    staged.append(folder.write_verified(staging, entry.sha256, entry.bytes,
                                                        bundle.media_chunks(entry), entry.path))
                except BundleError as exc:
                    raise Refused(exc.message) from None
            placed = folder.place(staged)
            added = _insert(store, clock, batch.batch_id, lab, source, doc_sha, batch, bundle_path.name)
        except BaseException:
            for path in placed:
                path.unlink(missing_ok=True)
            raise
        finally:
            folder.discard(staging)
    if added is not None:  # another process added the same batch id meanwhile
        _same_or_refuse(batch.batch_id, added[0], added[1], (doc_sha, text_sha), lab)
        return AddReport(batch.batch_id, title, lab, len(batch.tasks), 0, already_present=True)
    return AddReport(batch.batch_id, title, lab, len(batch.tasks), len(placed), already_present=False)


def _same_or_refuse(batch_id: str, held_sha: str, held_lab: str, doc_shas: tuple[str, str], lab: str) -> None:
    if held_sha not in doc_shas:
        raise Refused(f"The hub already holds a different batch with the id {batch_id!r}; give the new batch "
                      "its own batch_id. Nothing changed.")
    if held_lab != lab:
        raise Refused(f"Batch {batch_id!r} is already on the hub for the lab {held_lab!r}. Nothing changed.")


def _insert(store: HubStore, clock: HubClock, batch_id: str, lab: str, source: str, doc_sha: str,
            batch: Batch, bundle_name: str) -> tuple[str, str] | None:
    """One transaction adding the batch, its media rows and tasks; the held (sha, lab) if the id
    was taken meanwhile (then nothing is added)."""
    now = clock.now_text()
    with store.transaction() as c:
        lab_id = ensure_lab(c, lab, now)
        cur = c.execute(
            "INSERT INTO batches (batch_id, lab_id, doc, doc_sha256, template, task_count, added_at, project_id,"
            " project_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (batch_id) DO NOTHING",
            (batch_id, lab_id, source, doc_sha, json.dumps(batch.template, ensure_ascii=False), len(batch.tasks), now,
             batch.project_id, batch.project_name))
        if cur.rowcount != 1:
            row = c.execute("SELECT b.doc_sha256, l.name FROM batches b JOIN labs l ON l.id = b.lab_id"
                            " WHERE b.batch_id = ?", (batch_id,)).fetchone()
            return str(row[0]), str(row[1])
        c.executemany("INSERT INTO media (sha256, mime, bytes, name, added_at) VALUES (?, ?, ?, ?, ?)"
                      " ON CONFLICT (sha256) DO NOTHING",
                      [(m.sha256, m.mime, m.bytes, f"{bundle_name}:{m.path}", now) for m in batch.media])
        c.executemany("INSERT INTO batch_media (batch_id, sha256) VALUES (?, ?)",
                      [(batch_id, m.sha256) for m in batch.media])
        c.executemany("INSERT INTO tasks (batch_id, task_id, body) VALUES (?, ?, ?)",
                      ((batch_id, t["id"], json.dumps(t, ensure_ascii=False, separators=(",", ":")))
                       for t in batch.tasks))
    return None
