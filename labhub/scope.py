"""What a device may see: every lookup the hub makes on behalf of a device, kept to its lab.

A device acts for one lab. Whatever it names in a request (a batch, a task, a media file, an
item id, a user, another device), the hub looks it up here, and a thing of another lab is not
found, exactly as a thing the hub never had: the caller cannot tell the two apart, and nothing
of another lab is read, written or named in an answer (docs/protocol.md, "Labs keep apart").
Routes and the modules they call take a :class:`LabScope` instead of querying by bare id.

:func:`acting_for` also makes the scope the current one for the thread, for code that looks an
item id up without being handed the scope (:func:`labhub.items.seen_before` when called by
:mod:`labhub.chain`); :func:`current_scope` reads it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from labhub.auth import Device
from labhub.store import Conn

_LOOKUP = 500  # ids per query (SQLite's limit on parameters is far above)


@dataclass(frozen=True)
class LabScope:
    """The lab a request acts for, and the device acting (None for the lab as a whole)."""

    lab_id: int
    device_id: str | None = None

    @classmethod
    def of(cls, device: Device) -> LabScope:
        """The scope of requests made by ``device``."""
        return cls(device.lab_id, device.id)

    def batch_template(self, c: Conn, batch_id: str) -> tuple[str, dict[str, Any]] | None:
        """(kind, params) of the template of the lab's batch ``batch_id``; None when the lab has
        no such batch (whether another lab has it or nobody)."""
        row = c.execute("SELECT template FROM batches WHERE batch_id = ? AND lab_id = ?",
                        (batch_id, self.lab_id)).fetchone()
        if row is None:
            return None
        template = json.loads(row[0])
        return str(template["kind"]), dict(template["params"])

    def batch_doc(self, c: Conn, batch_id: str) -> str | None:
        """The document of the lab's batch ``batch_id``, or None."""
        row = c.execute("SELECT doc FROM batches WHERE batch_id = ? AND lab_id = ?", (batch_id, self.lab_id)).fetchone()
        return None if row is None else str(row[0])

    def task(self, c: Conn, batch_id: str, task_id: str) -> tuple[str | None] | None:
        """``(result of record or None,)`` for a task of the lab's batch, or None when the lab has
        no such batch or the batch no such task."""
        row = c.execute("SELECT t.result_item FROM tasks t JOIN batches b ON b.batch_id = t.batch_id"
                        " WHERE t.batch_id = ? AND t.task_id = ? AND b.lab_id = ?",
                        (batch_id, task_id, self.lab_id)).fetchone()
        return None if row is None else (None if row[0] is None else str(row[0]),)

    def item_content(self, c: Conn, item_id: str) -> tuple[str, str] | None:
        """(content hash, stored status) of the item the lab holds under ``item_id`` (item ids
        are the lab's own: another lab may use the same id for something else), or None."""
        row = c.execute("SELECT i.content_sha256, i.status FROM items i JOIN devices d ON d.id = i.device_id"
                        " WHERE i.item_id = ? AND d.lab_id = ?", (item_id, self.lab_id)).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def item_device(self, c: Conn, item_id: str) -> tuple[str, str] | None:
        """(id, name) of the lab's device that sent the lab's item ``item_id``, or None."""
        row = c.execute("SELECT d.id, d.name FROM items i JOIN devices d ON d.id = i.device_id"
                        " WHERE i.item_id = ? AND d.lab_id = ?", (item_id, self.lab_id)).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def media_mime(self, c: Conn, sha256: str) -> str | None:
        """The mime type of media file ``sha256`` when this device may fetch it: a file of a
        batch of the lab that is, or once was, leased to the device, or any batch of the lab
        when the device is the lab's relay. None otherwise, as for a hash the hub does not have."""
        row = c.execute(
            "SELECT m.mime FROM media m WHERE m.sha256 = ? AND EXISTS (SELECT 1 FROM batch_media bm"
            " JOIN batches b ON b.batch_id = bm.batch_id WHERE bm.sha256 = m.sha256 AND b.lab_id = ?"
            " AND (b.leased_to = ? OR EXISTS (SELECT 1 FROM lease_events e WHERE e.batch_id = b.batch_id"
            " AND e.device_id = ? AND e.event = 'leased')"
            " OR EXISTS (SELECT 1 FROM devices r WHERE r.id = ? AND r.lab_id = b.lab_id AND r.role = 'relay')))",
            (sha256, self.lab_id, self.device_id, self.device_id, self.device_id)).fetchone()
        return None if row is None else str(row[0])

    def media_ahead(self, c: Conn, limit: int) -> list[tuple[str, int]]:
        """(sha256, bytes) of the media of the lab's batches that no device holds a lease on,
        oldest batch first, each file once, at most ``limit``: what the lab's relay may fetch
        before a workstation asks."""
        rows = c.execute(
            "SELECT m.sha256, m.bytes, min(b.added_at) AS first FROM batches b JOIN batch_media bm"
            " ON bm.batch_id = b.batch_id JOIN media m ON m.sha256 = bm.sha256 WHERE b.lab_id = ?"
            " AND b.leased_to IS NULL GROUP BY m.sha256, m.bytes ORDER BY first, m.sha256 LIMIT ?",
            (self.lab_id, limit)).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def users(self, c: Conn, user_ids: Iterable[str]) -> set[str]:
        """Those of ``user_ids`` that are users of the lab."""
        wanted = sorted(set(user_ids))
        known: set[str] = set()
        for start in range(0, len(wanted), _LOOKUP):
            part = wanted[start:start + _LOOKUP]
            marks = ", ".join("?" * len(part))
            known.update(str(r[0]) for r in c.execute(f"SELECT id FROM users WHERE lab_id = ? AND id IN ({marks})",
                                                       (self.lab_id, *part)))
        return known


_current: ContextVar[LabScope | None] = ContextVar("labhub_scope", default=None)


@contextmanager
def acting_for(scope: LabScope) -> Iterator[LabScope]:
    """Make ``scope`` the current one (for this thread or task) until the block ends."""
    token = _current.set(scope)
    try:
        yield scope
    finally:
        _current.reset(token)


def current_scope() -> LabScope:
    """The scope of the request being served; RuntimeError outside :func:`acting_for`, because a
    lookup on behalf of a device without its lab would see every lab."""
    scope = _current.get()
    if scope is None:
        raise RuntimeError("an item was looked up for a device outside labhub.scope.acting_for; pass its LabScope")
    return scope
