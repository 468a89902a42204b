"""``/v1/pull``: leasing a lab's batches to its devices, renewing leases, and reporting news.

- A batch added for a lab is leased, whole, to the first device of that lab that pulls while it
  is free: never leased, or its lease has expired (then it is *reassigned*). One pull leases at
  most ``max_batches`` batches, oldest first; ``more`` tells the device to pull again.
- A task whose answers disagree is offered again in a batch of its own, made at the lab's next
  pull (:mod:`labhub.consensus`); it is not leased to a device that answered the task while
  another of the lab's devices was seen in the last day.
- Every push or pull renews all of the device's leases to ``now + lease``, including one that
  expired but has not been reassigned yet (nobody else wanted it, so it stays where the work is).
- Every lease and every reassignment is an event in ``lease_events``; the cursor is the number
  of the last event a device has been told about. A pull answers the events after the cursor:
  batches newly leased to the device (with their documents, unless listed in ``have``) and
  ``revoked`` batch ids that went to another device. A document larger than the pull's
  ``inline_max_bytes`` is sent as a reference the device fetches on its own, resuming across
  cuts (:mod:`labhub.documents`), so the answer itself stays small. A lost answer costs nothing: the device
  sends the old cursor again and hears the same news.
- Everything is the device's own lab's (:class:`labhub.scope.LabScope`): it is leased only its
  lab's batches, hears only of its own leases, and gets only its lab's roster; ``have`` and the
  cursor name nothing of another lab that could change the answer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from labhub.anchors import record_anchor
from labhub.auth import Device
from labhub.clock import HubClock
from labhub.consensus import avoid_since, make_again_batches
from labhub.documents import reference
from labhub.errors import BadRequest
from labhub.items import canonical
from labhub.scope import LabScope
from labhub.store import Conn, HubStore
from labhub.users import roster

_CURSOR_RE = re.compile(r"\d{1,18}")


@dataclass
class PullNews:
    """What a pull answers (``hub_time`` is added when the answer is sent)."""

    cursor: int
    batches: list[dict[str, Any]] = field(default_factory=list)
    leases: list[dict[str, str]] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)
    more: bool = False
    roster: dict[str, Any] | None = None
    documents: list[tuple[str, str, str]] = field(default_factory=list)  # (batch id, lease expiry, text)


def parse_cursor(cursor: str | None) -> int:
    """The event number a cursor stands for (None: from the start). BadRequest for a foreign one."""
    if cursor is None:
        return 0
    if not _CURSOR_RE.fullmatch(cursor):
        raise BadRequest("cursor is not one this hub gave; send back the cursor of the last pull answer, or null.")
    return int(cursor)


def renew(c: Conn, device_id: str, expires: str) -> None:
    """Extend every lease the device holds to ``expires`` (inside the caller's transaction)."""
    c.execute("UPDATE batches SET lease_expires = ? WHERE leased_to = ?", (expires, device_id))


def pull(store: HubStore, clock: HubClock, device: Device, device_clock: dict[str, Any], cursor: int,
         have: set[str], max_batches: int, lease_seconds: float, max_media_bytes: int | None = None,
         roster_as_of: str | None = None, inline_max_bytes: int | None = None, *,
         strict_media_bytes: bool = False) -> PullNews:
    """Renew, lease what is free (at most ``max_batches``, and within ``max_media_bytes`` of
    media: see :func:`lease_free_batches`), collect the news after ``cursor``, and the lab's
    roster unless the device holds the current one (``roster_as_of``), in one transaction. The
    device's clock is kept as a clock anchor. After the commit, each document goes into
    ``batches`` whole, or as a reference when its text is longer than ``inline_max_bytes``."""
    with store.transaction(lab=device.lab_id) as c:
        now, expires = clock.after(lease_seconds)
        renew(c, device.id, expires)
        _, leasable = lease_free_batches(c, device, now, expires, max_batches, max_media_bytes, strict_media_bytes)
        news = _news(c, LabScope.of(device), cursor, have, max_batches)
        news.more = news.more or leasable
        news.leases = [{"batch_id": b, "expires": e} for b, e in c.execute(
            "SELECT batch_id, lease_expires FROM batches WHERE leased_to = ? AND lab_id = ?"
            " ORDER BY added_at, batch_id", (device.id, device.lab_id))]
        news.roster = roster(c, device.lab_id, roster_as_of)
        record_anchor(c, device.id, now, device_clock)
        c.execute("UPDATE devices SET last_seen_at = ?, last_clock = ? WHERE id = ?",
                  (now, canonical(device_clock), device.id))
    for batch_id, expires, doc in news.documents:  # outside the transaction: compressing takes a while
        if inline_max_bytes is not None and len(doc.encode("utf-8")) > inline_max_bytes:
            news.batches.append({"lease_expires": expires, "document": reference(store, batch_id, doc)})
        else:
            news.batches.append({"lease_expires": expires, "batch": json.loads(doc)})
    news.documents = []
    return news


def lease_free_batches(c: Conn, device: Device, now: str, expires: str, limit: int,
                       max_media_bytes: int | None, strict: bool = False) -> tuple[list[tuple[str, int]], bool]:
    """Lease up to ``limit`` free batches of the device's lab to it, oldest first. Returns the
    (batch id, media bytes) leased, and True if more are free and only ``limit`` stopped it (the
    device should pull again at once). With
    ``max_media_bytes``, stop before a batch that would take the media of those leased now past
    it, except the first (so a batch larger than a device's prefetch budget still reaches it)
    unless ``strict`` (a data budget that must not be passed); 0 leases nothing."""
    if max_media_bytes == 0:
        return [], False
    make_again_batches(c, device.lab_id, now)
    free = c.execute(
        "SELECT batch_id, leased_to, (SELECT coalesce(sum(m.bytes), 0) FROM batch_media bm JOIN media m"
        " ON m.sha256 = bm.sha256 WHERE bm.batch_id = b.batch_id) FROM batches b WHERE lab_id = ? AND"
        " (leased_to IS NULL OR"
        " (leased_to != ? AND lease_expires <= ?))"
        # a task offered again goes to another workstation than the ones that answered it, while one is in use
        " AND NOT (EXISTS (SELECT 1 FROM batch_avoid a WHERE a.batch_id = b.batch_id AND a.device_id = ?)"
        " AND EXISTS (SELECT 1 FROM devices o WHERE o.lab_id = b.lab_id AND o.id != ? AND o.revoked_at IS NULL"
        " AND o.last_seen_at >= ? AND o.id NOT IN (SELECT device_id FROM batch_avoid WHERE batch_id = b.batch_id)))"
        " ORDER BY added_at, batch_id LIMIT ?",
        (device.lab_id, device.id, now, device.id, device.id, avoid_since(now), limit + 1)).fetchall()
    total = 0
    taken: list[tuple[str, int]] = []
    for batch_id, previous, media_bytes in free[:limit]:
        total += media_bytes
        if max_media_bytes is not None and (taken or strict) and total > max_media_bytes:
            return taken, False
        if previous is not None:
            c.execute("INSERT INTO lease_events (device_id, batch_id, event, at) VALUES (?, ?, 'revoked', ?)",
                      (previous, batch_id, now))
        c.execute("UPDATE batches SET leased_to = ?, lease_expires = ? WHERE batch_id = ?",
                  (device.id, expires, batch_id))
        c.execute("INSERT INTO lease_events (device_id, batch_id, event, at) VALUES (?, ?, 'leased', ?)",
                  (device.id, batch_id, now))
        taken.append((str(batch_id), int(media_bytes)))
    return taken, len(free) > limit


def _news(c: Conn, scope: LabScope, cursor: int, have: set[str], limit: int) -> PullNews:
    """Batches newly leased to the scope's device and leases it lost after ``cursor``, at most
    ``limit`` documents (of its lab's batches only)."""
    device_id = scope.device_id
    news = PullNews(cursor)
    mine = {b: e for b, e in c.execute("SELECT batch_id, lease_expires FROM batches WHERE leased_to = ? AND lab_id = ?",
                                       (device_id, scope.lab_id))}
    sent: set[str] = set()
    for seq, batch_id, event in c.execute(
            "SELECT seq, batch_id, event FROM lease_events WHERE device_id = ? AND seq > ? ORDER BY seq",
            (device_id, cursor)).fetchall():
        if event == "leased" and batch_id in mine and batch_id not in have and batch_id not in sent:
            if len(news.documents) == limit:
                news.more = True
                break
            doc = scope.batch_doc(c, batch_id)
            if doc is not None:  # always: ``mine`` holds only the lab's batches
                news.documents.append((batch_id, mine[batch_id], doc))
                sent.add(batch_id)
        elif event == "revoked" and batch_id not in mine and batch_id not in news.revoked:
            news.revoked.append(batch_id)
        news.cursor = seq
    return news
