"""Timesheet events in ``/v1/push``: checked, stored exactly once, never refused for a broken chain.

An item of type ``event`` carries one event of a workstation's hash chain (docs/people.md, "The
outbox item"). The hub:

1. checks its shape strictly (:class:`labhub.models.EventBody` and the payload of its type; a
   ``worker`` for every type but ``clock_jump``, none for it; ``wall`` a UTC time). A malformed
   event is ``rejected`` with the reason and not stored, like a bad result;
2. dedupes by item id like a result: the same content again is ``duplicate``; other content is
   ``conflict`` (the first stands) and, since an event once sent never changes on an honest
   workstation, what was sent is kept in ``event_conflicts`` and shown as a flag;
3. otherwise stores it, ``applied``, with the flags the chain check gives it:

   - **changed**: its ``hash`` is not :func:`labclient.people.events.event_hash` of its fields;
   - **link**: its ``prev_hash`` is not the hash of the event before it that the hub holds (an
     event before it was changed and the chain rebuilt from there, or replaced);
   - **missing**: events between the last one the hub holds and this one never arrived (the
     flag goes when they arrive late and link);
   - **order**: the hub already holds another event with the same number in this chain (the
     record on the workstation was rewritten, or copied to a second computer);
   - **running_clock**: its monotonic time is before the previous event's in the same boot, or
     after the device's clock of the push that delivered it (the monotonic clock only goes
     forward, so its times were made up).

4. checks the device signature (docs/people.md, "The device signature"): a body may carry
   ``mac``, HMAC-SHA256 of its ``hash`` under :func:`labclient.people.events.device_key` of the
   ``token_sha256`` of a device of its chain (the one pushing, or an earlier enrolment of the same
   workstation). The hub keeps it in the stored item and flags (kind ``signature``):

   - **bad**: a ``mac`` that no key of the chain's devices makes (written or changed by someone
     without the workstation's hub credential);
   - **unsigned**: no ``mac`` where the event before it in the chain was signed or was itself
     flagged unsigned (a workstation that signs never stops: someone wrote it into the database).

   An event without ``mac`` in a chain that never signed is taken as before (a workstation from
   before signatures, or events made before it was enrolled). A ``mac`` that is not 64 lowercase
   hex digits makes the event malformed (``rejected``).

The chain is per workstation, not per enrolment: a device record's first event continues the
chain of another device of the same lab when its ``prev_hash`` is the hash of that chain's
event ``n - 1`` (a re-enrolled workstation); otherwise a device's chain starts with it, and a
first event with ``n > 1`` is flagged *missing* (the hub never got the events before it). The
check is :func:`labclient.people.events.check_chain` over the event, continuing from the event
the hub holds before it (the one with the highest lower ``n``, preferring one it links to).
"""

from __future__ import annotations

import hmac
import json
import re
from typing import Any

from pydantic import ValidationError

from labclient.people.clock import parse_wall
from labclient.people.events import GENESIS, check_chain, device_key, event_mac
from labhub.auth import Device
from labhub.items import Incoming, answer, canonical, content_hash, describe, seen_before
from labhub.models import EVENT_BODY, EVENT_PAYLOADS, EventBody
from labhub.store import Conn

_HEX64 = re.compile(r"[0-9a-f]{64}")


def check_event(body: dict[str, Any]) -> tuple[str | None, EventBody | None]:
    """(reason to reject, None) or (None, the checked event body)."""
    try:
        event = EVENT_BODY.validate_python(body)
    except ValidationError as exc:
        return f"the event body is malformed ({describe(exc)})", None
    try:
        EVENT_PAYLOADS[event.type].model_validate(event.payload)
    except ValidationError as exc:
        return f"the payload of the {event.type} event is malformed ({describe(exc)})", None
    if (event.worker is None) != (event.type == "clock_jump"):
        return ("a clock_jump event names no worker" if event.worker else
                f"the {event.type} event names no worker; every event but clock_jump names one"), None
    if parse_wall(event.wall) is None:
        return f"the event's wall time is not a UTC time: {event.wall[:64]!r}", None
    return None, event


def split_mac(body: dict[str, Any]) -> tuple[str | None, dict[str, Any], str | None]:
    """(the ``mac`` a body carries or None, the body without it, why the mac is malformed or None)."""
    if "mac" not in body:
        return None, body, None
    mac = body["mac"]
    rest = {k: v for k, v in body.items() if k != "mac"}
    if not isinstance(mac, str) or not _HEX64.fullmatch(mac):
        return None, rest, "the event's mac is not 64 lowercase hex digits"
    return mac, rest, None


def store_event(c: Conn, device: Device, item: Incoming, now: str, clock_json: str,
                device_clock: dict[str, Any]) -> dict[str, Any]:
    """Check and store one event item inside the push's transaction; its answer."""
    content = content_hash(item.type, item.body)
    mac, body, bad_mac = split_mac(item.body)
    problem, event = check_event(body)
    problem = problem or bad_mac
    seen = seen_before(c, item.id, content)
    if seen is not None:
        if seen["status"] == "conflict":
            c.execute("INSERT INTO event_conflicts (item_id, device_id, content_sha256, body, received_at)"
                      " SELECT e.item_id, ?, ?, ?, ? FROM events e JOIN devices d ON d.id = e.device_id"
                      " WHERE e.item_id = ? AND d.lab_id = ? ON CONFLICT DO NOTHING",  # ids are unique per lab
                      (device.id, content, canonical(item.body), now, item.id, device.lab_id))
        return seen
    if problem is not None or event is None:
        return answer(item.id, "rejected", problem or "not an event")
    chain_id = _chain_of(c, device, event)
    record = {"id": item.id, "seq": item.seq, **body}
    flags = _flags(c, chain_id, record, event, device_clock) + _signature_flags(c, device, chain_id, event, mac)
    c.execute("INSERT INTO items (item_id, device_id, seq, type, body, content_sha256, status, received_at,"
              " device_clock) VALUES (?, ?, ?, 'event', ?, ?, 'applied', ?, ?)",
              (item.id, device.id, item.seq, canonical(item.body), content, now, clock_json))
    worker = event.worker
    c.execute("INSERT INTO events (item_id, device_id, chain_id, n, seq, type, worker_id, worker_name, wall, mono_ns,"
              " boot_id, payload, prev_hash, hash, flags, received_at) VALUES"
              " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              (item.id, device.id, chain_id, event.n, item.seq, event.type, worker.id if worker else None,
               worker.name if worker else None, event.wall, event.mono_ns, event.boot_id, canonical(event.payload),
               event.prev_hash, event.hash, json.dumps(flags, ensure_ascii=False), now))
    _recheck_next(c, chain_id, event)
    return answer(item.id, "applied")


def _chain_of(c: Conn, device: Device, event: EventBody) -> str:
    """The chain the device's events belong to, decided by its first stored event."""
    row = c.execute("SELECT chain_id FROM devices WHERE id = ?", (device.id,)).fetchone()
    if row is not None and row[0] is not None:
        return str(row[0])
    chain_id = device.id
    if event.n > 1 and event.prev_hash != GENESIS:
        before = c.execute(
            "SELECT e.chain_id FROM events e JOIN devices d ON d.id = e.device_id"
            " WHERE e.hash = ? AND e.n = ? AND d.lab_id = ? AND e.device_id != ? ORDER BY e.rowid LIMIT 1",
            (event.prev_hash, event.n - 1, device.lab_id, device.id)).fetchone()
        if before is not None:
            chain_id = str(before[0])
    c.execute("UPDATE devices SET chain_id = ? WHERE id = ?", (chain_id, device.id))
    return chain_id


def _before(c: Conn, chain_id: str, n: int, prev_hash: str) -> tuple[int, str, str, int] | None:
    """(n, hash, boot_id, mono_ns) of the event the hub holds just before number ``n`` in the
    chain: the highest lower number, the one whose hash is ``prev_hash`` if there are several."""
    row = c.execute("SELECT n, hash, boot_id, mono_ns FROM events WHERE chain_id = ? AND n < ?"
                    " ORDER BY n DESC, hash = ? DESC, rowid LIMIT 1", (chain_id, n, prev_hash)).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), str(row[2]), int(row[3]))


def _chain_flags(record: dict[str, Any], before: tuple[int, str, str, int] | None) -> list[dict[str, str]]:
    prev_n, prev_hash = (before[0], before[1]) if before is not None else (0, GENESIS)
    flags = []
    for p in check_chain([record], prev_hash=prev_hash, first_n=prev_n + 1):
        message = p.message
        if p.kind == "missing" and before is None:
            message += " The hub has no earlier event from this workstation."
        flags.append({"kind": "chain", "problem": p.kind, "message": message})
    return flags


def _flags(c: Conn, chain_id: str, record: dict[str, Any], event: EventBody,
           device_clock: dict[str, Any]) -> list[dict[str, str]]:
    before = _before(c, chain_id, event.n, event.prev_hash)
    flags = _chain_flags(record, before)
    what = _describe(event)
    twin = c.execute("SELECT item_id FROM events WHERE chain_id = ? AND n = ? ORDER BY rowid LIMIT 1",
                     (chain_id, event.n)).fetchone()
    if twin is not None:
        flags.append({"kind": "chain", "problem": "order",
                      "message": f"Event {event.n} ({what}) takes the place of another event {event.n} the hub "
                                 f"already holds ({twin[0]}): the record on the workstation was rewritten, or "
                                 "copied to another computer."})
    if before is not None and before[2] == event.boot_id and event.mono_ns < before[3]:
        flags.append({"kind": "running_clock",
                      "message": f"Event {event.n} ({what}) is earlier on the computer's running clock than the "
                                 f"event before it ({before[0]}), which that clock cannot do: its times were "
                                 "changed."})
    if device_clock.get("boot_id") == event.boot_id and isinstance(device_clock.get("mono_ns"), int) \
            and event.mono_ns > device_clock["mono_ns"]:
        ahead_s = (event.mono_ns - device_clock["mono_ns"]) / 1e9
        flags.append({"kind": "running_clock",
                      "message": f"Event {event.n} ({what}) is {ahead_s:.0f} s later on the computer's running "
                                 "clock than the sync that delivered it: it claims a time that had not come yet."})
    return flags


def _signature_flags(c: Conn, device: Device, chain_id: str, event: EventBody,
                     mac: str | None) -> list[dict[str, str]]:
    """The ``signature`` flags of an event (see the module docstring)."""
    what = _describe(event)
    if mac is not None:
        keys = [str(r[0]) for r in c.execute("SELECT token_sha256 FROM devices WHERE chain_id = ? OR id = ?",
                                             (chain_id, device.id))]
        if any(hmac.compare_digest(event_mac(device_key(k), event.hash), mac) for k in keys):
            return []
        return [{"kind": "signature", "problem": "bad",
                 "message": f"Event {event.n} ({what}) carries a signature that this workstation's hub credential "
                            "does not make: it was written or changed by someone without that credential (for "
                            "instance into the workstation's database by hand)."}]
    before = c.execute("SELECT e.n, json_extract(i.body, '$.mac') IS NOT NULL, e.flags FROM events e JOIN items i"
                       " ON i.item_id = e.item_id AND i.device_id = e.device_id WHERE e.chain_id = ? AND e.n < ?"
                       " ORDER BY e.n DESC, e.hash = ? DESC, e.rowid LIMIT 1",
                       (chain_id, event.n, event.prev_hash)).fetchone()
    if before is None:
        return []
    signing = bool(before[1]) or any(f.get("kind") == "signature" and f.get("problem") == "unsigned"
                                     for f in json.loads(before[2]))
    if not signing:
        return []
    return [{"kind": "signature", "problem": "unsigned",
             "message": f"Event {event.n} ({what}) is not signed, though this workstation signs its events (event "
                        f"{before[0]} before it was signed, or was itself flagged unsigned): it was written by "
                        "someone without the workstation's hub credential (for instance into its database by "
                        "hand), or by LabClient at a moment it could not read that credential."}]


def _recheck_next(c: Conn, chain_id: str, event: EventBody) -> None:
    """An event that arrived after a later one of its chain: check that later one's link again
    (its 'missing' or 'link' flag may no longer hold, or may now be a 'link')."""
    row = c.execute("SELECT item_id, n, seq, type, worker_id, worker_name, wall, mono_ns, boot_id, payload,"
                    " prev_hash, hash, flags FROM events WHERE chain_id = ? AND n > ? ORDER BY n, rowid LIMIT 1",
                    (chain_id, event.n)).fetchone()
    if row is None:
        return
    item_id, n, seq, event_type, worker_id, worker_name, wall, mono, boot, payload, prev_hash, digest, flags = row
    before = _before(c, chain_id, n, prev_hash)
    if before is None or before[0] != event.n:
        return
    record = {"id": item_id, "seq": seq, "n": n, "type": event_type,
              "worker": None if worker_id is None else {"id": worker_id, "name": worker_name}, "wall": wall,
              "mono_ns": mono, "boot_id": boot, "payload": json.loads(payload), "prev_hash": prev_hash, "hash": digest}
    kept = [f for f in json.loads(flags) if f.get("problem") not in ("missing", "link")]
    fresh = [f for f in _chain_flags(record, before) if f["problem"] in ("missing", "link")]
    c.execute("UPDATE events SET flags = ? WHERE item_id = ? AND chain_id = ?",
              (json.dumps(kept + fresh, ensure_ascii=False), item_id, chain_id))


def _describe(event: EventBody) -> str:
    who = event.worker.name if event.worker else None
    return ", ".join(x for x in (event.type, who, event.wall) if x)
