"""Timesheet events: appended, never edited, each chained by SHA-256 to the one before it.

One chain per device (per local database). Event ``n`` carries ``prev_hash``, the hash of event
``n - 1`` (``GENESIS`` for the first), and ``hash``, the SHA-256 of the canonical JSON of the event
(sorted keys, no spaces, UTF-8) with every field but ``hash`` itself, including its id and its
outbox ``seq``. So changing any stored field of an event breaks that event's hash; recomputing the
hash after an edit breaks the next event's link; deleting an event leaves a gap in ``n`` (or, for
the last ones, falls short of the chain head kept beside it). SQLite triggers refuse updates and
deletes on the ordinary path; the chain catches edits made around them.

The chain has no secret key: someone able to rewrite the whole local chain from some point on can
make it look whole *here*. What stops that counting is the hub: it holds every event already
synced and checks that each new one links to the last one it has. The wire shape and the hash
rule are in ``docs/people.md``; :func:`event_hash` and :func:`check_chain` are what the hub runs.

**The device signature.** Once the program that opens the database has registered the device's
key (:func:`sign_with`, from the hub credential in the OS keyring: never in the database), every
event appended is also *signed*: ``mac`` = HMAC-SHA256 of its hash under :func:`device_key`, a key
the hub derives from the sha256 of the token it keeps. Someone with only the database file can
append events and rebuild the chain, but cannot sign them, so the hub flags what they made
(docs/people.md, "The device signature").

Each event is put in the ``outbox`` in the same transaction as it is stored (``item_type``
'event', ``item_id`` the event's id), so it travels to the hub exactly once like a result.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from labclient.clock import Clock
from labclient.people import state
from labclient.people.clock import parse_wall
from labclient.said import Said
from labclient.store import Store

GENESIS = "0" * 64
EVENT_TYPES = frozenset({"clock_in", "clock_out", "break_start", "break_end", "activity", "idle_prompt",
                         "idle_answer", "clock_jump", "correction", "approval"})
HASHED_BODY_KEYS = ("n", "type", "worker", "wall", "mono_ns", "boot_id", "prev_hash", "payload")
JUMP_TOLERANCE_NS = 60 * 10**9  # wall time may drift or be slewed by this much against monotonic time
SIGNATURE_CONTEXT = b"labclient event signature 1"  # what the device key is derived for
_SIGNING_KEYS: dict[str, bytes] = {}  # database file -> the device key (this process only)


@dataclass(frozen=True)
class Event:
    """One stored timesheet event. ``worker_id`` is whose timesheet it belongs to (None for a
    device event such as ``clock_jump``)."""

    id: str
    n: int
    seq: int
    type: str
    worker_id: str | None
    worker_name: str | None
    wall: str
    mono_ns: int
    boot_id: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str
    mac: str | None = None  # the device signature (None: unsigned)

    def body(self, *, signed: bool = False) -> dict[str, Any]:
        """The event as the outbox item's ``body`` (docs/people.md); with ``signed`` (for a hub
        that takes signed events) and a signature, its ``mac`` too."""
        worker = None if self.worker_id is None and self.worker_name is None else {
            "id": self.worker_id, "name": self.worker_name}
        body = {"n": self.n, "type": self.type, "worker": worker, "wall": self.wall, "mono_ns": self.mono_ns,
                "boot_id": self.boot_id, "prev_hash": self.prev_hash, "hash": self.hash, "payload": self.payload}
        if signed and self.mac is not None:
            body["mac"] = self.mac
        return body

    def wire(self, *, signed: bool = False) -> dict[str, Any]:
        """The whole outbox item as ``/v1/push`` sends it."""
        return {"seq": self.seq, "id": self.id, "type": "event", "body": self.body(signed=signed)}


def canonical(value: Any) -> str:
    """JSON with sorted keys, no spaces, UTF-8 characters as they are (as the hub's)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def event_hash(event_id: str, seq: int, body: Mapping[str, Any]) -> str:
    """The hash an event must carry: SHA-256 (hex) of the canonical JSON of ``id``, ``seq`` and
    the body's fields other than ``hash``. Raises KeyError when a field is missing."""
    content = {"id": event_id, "seq": seq, **{key: body[key] for key in HASHED_BODY_KEYS}}
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()


def device_key(token_sha256: str) -> bytes:
    """The key a device signs its events with, from the sha256 (hex) of its hub token: the device
    hashes the token it holds, the hub has only that hash. ValueError when it is not 64 hex."""
    if len(token_sha256) != 64:
        raise ValueError("a token's sha256 is 64 hex digits")
    return hmac.new(bytes.fromhex(token_sha256), SIGNATURE_CONTEXT, hashlib.sha256).digest()


def token_key(token: str) -> bytes:
    """:func:`device_key` of a device token as the device holds it."""
    return device_key(hashlib.sha256(token.encode("utf-8")).hexdigest())


def event_mac(key: bytes, event_hash_hex: str) -> str:
    """The signature of an event: HMAC-SHA256 (hex) of its hash (as text) under the device key."""
    return hmac.new(key, event_hash_hex.encode("ascii"), hashlib.sha256).hexdigest()


def sign_with(store: Store, key: bytes | None) -> None:
    """From now on, in this process, sign every event appended to ``store``'s database with
    ``key`` (:func:`token_key` of the device's token, read from where the sync keeps it; never
    stored), or stop signing (None). Whatever opens the database to record time calls this once
    the token is known, and the sync again after an enrolment (a new token)."""
    path = _db_file(store.read())
    if key is None:
        _SIGNING_KEYS.pop(path, None)
    else:
        _SIGNING_KEYS[path] = key


def _db_file(c: sqlite3.Connection) -> str:
    """The database file a connection works on (its main database), as a registry key."""
    for _, name, file in c.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return str(file)
    return ""


def append_event(c: sqlite3.Connection, clock: Clock, event_type: str, worker: tuple[str, str] | None,
           payload: Mapping[str, Any]) -> Event:
    """Store one event at the end of the chain and queue it in the outbox, inside the caller's
    transaction. When the wall clock moved against the monotonic clock since the device's last
    event (same boot) by more than ``JUMP_TOLERANCE_NS``, a ``clock_jump`` event is stored first.
    """
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {event_type!r}")
    wall, mono, boot = clock.wall(), clock.mono_ns(), clock.boot_id()
    last = c.execute("SELECT id, wall, mono_ns, boot_id FROM time_events ORDER BY n DESC LIMIT 1").fetchone()
    if last is not None and event_type != "clock_jump" and last[3] == boot:
        before, now = parse_wall(last[1]), parse_wall(wall)
        if before is not None and now is not None:
            wall_ns = (now - before) // dt.timedelta(microseconds=1) * 1000
            jump_ns = wall_ns - (mono - int(last[2]))
            if abs(jump_ns) > JUMP_TOLERANCE_NS:
                _insert(c, "clock_jump", None, {"jump_ms": jump_ns // 10**6, "after": last[0]}, wall, mono, boot)
    return _insert(c, event_type, worker, dict(payload), wall, mono, boot)


def _insert(c: sqlite3.Connection, event_type: str, worker: tuple[str, str] | None, payload: dict[str, Any],
            wall: str, mono: int, boot: str) -> Event:
    head_n, head_hash = _head(c)
    event_id = str(uuid.uuid4())
    seq = c.execute("INSERT INTO outbox (item_type, item_id, queued_at) VALUES ('event', ?, ?)",
                    (event_id, wall)).lastrowid
    assert seq is not None
    worker_id, worker_name = worker if worker else (None, None)
    event = Event(event_id, head_n + 1, seq, event_type, worker_id, worker_name, wall, mono, boot,
                  json.loads(canonical(payload)), head_hash, "")
    digest = event_hash(event_id, seq, event.body())
    key = _SIGNING_KEYS.get(_db_file(c)) if _SIGNING_KEYS else None
    mac = event_mac(key, digest) if key is not None else None
    c.execute("INSERT INTO time_events (id, n, seq, type, worker_id, worker_name, wall, mono_ns, boot_id, payload,"
              " prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              (event_id, event.n, seq, event_type, worker_id, worker_name, wall, mono, boot, canonical(payload),
               head_hash, digest, mac))
    state.put(c, "chain_head_n", event.n)
    state.put(c, "chain_head_hash", digest)
    return Event(**{**event.__dict__, "hash": digest, "mac": mac})


def _head(c: sqlite3.Connection) -> tuple[int, str]:
    """The chain head as recorded beside the chain (so a deleted last event is not reused)."""
    n, digest = state.get(c, "chain_head_n"), state.get(c, "chain_head_hash")
    if n is not None and digest is not None and n.isdigit():
        return int(n), digest
    row = c.execute("SELECT n, hash FROM time_events ORDER BY n DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


_SELECT = ("SELECT id, n, seq, type, worker_id, worker_name, wall, mono_ns, boot_id, payload, prev_hash, hash"
           " FROM time_events")
_SELECT_SIGNED = ("SELECT id, n, seq, type, worker_id, worker_name, wall, mono_ns, boot_id, payload, prev_hash, hash,"
                  " mac FROM time_events")


def outbox_bodies(store: Store, item_ids: Iterable[str], *, signed: bool = False) -> dict[str, dict[str, Any]]:
    """For the sync: the ``body`` of each queued event, by id (ids that are not events, or whose
    row is unreadable, are left out). No session: the sync sends as the device, not as a person.
    ``signed``: the hub takes signed events (its features list ``signed_events``), so a signed
    event's body carries its ``mac``; a hub without the feature refuses a body with it."""
    ids = list(item_ids)
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in store.read().execute(_SELECT_SIGNED + f" WHERE id IN ({marks})", chunk).fetchall():
            event = event_from_row(row[:12], row[12])
            if event is not None:
                out[event.id] = event.body(signed=signed)
    return out


def event_from_row(row: Sequence[Any], mac: object = None) -> Event | None:
    """The :class:`Event` of a ``time_events`` row (its first twelve columns, in table order) and
    its device signature; None for a row a hand edit broke (a payload that is not a JSON object,
    a number that is not one), which the chain check then reports."""
    event_id, n, seq, event_type, worker_id, worker_name, wall, mono, boot, payload, prev_hash, digest = row
    try:
        parsed = json.loads(payload)
    except (TypeError, ValueError):
        return None
    if not (isinstance(n, int) and isinstance(seq, int) and isinstance(mono, int) and isinstance(parsed, dict)):
        return None
    return Event(event_id, n, seq, event_type, worker_id, worker_name, wall, mono, boot, parsed, prev_hash, digest,
                 mac if isinstance(mac, str) else None)


# -- the chain check -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainProblem:
    """One place where the chain is not whole. ``kind``: changed, link, missing, order, head, queued."""

    kind: str
    n: int | None
    event_id: str | None
    said: Said

    @property
    def message(self) -> str:
        """The problem in English."""
        return self.said.english


@dataclass(frozen=True)
class ChainReport:
    """The outcome of :func:`verify_chain`: how many events were checked, and every problem."""

    checked: int
    problems: tuple[ChainProblem, ...]

    @property
    def ok(self) -> bool:
        """Whether the chain is whole."""
        return not self.problems

    @property
    def summary(self) -> str:
        """One line for a person, in English."""
        return self.summary_said.english

    @property
    def summary_said(self) -> Said:
        """One line for a person, as a sentence to translate."""
        if self.ok:
            return Said("chain.whole", "The timesheet record is whole ({n} events).", {"n": self.checked})
        first = self.problems[0].said
        if len(self.problems) == 1:
            return first
        return Said("chain.more", "{problem} (and {n} more problems)", {"problem": first, "n": len(self.problems) - 1})


def verify_chain(store: Store) -> ChainReport:
    """Check the whole local chain: every hash, every link, no gap, the head, and that every event
    waiting in the outbox exists."""
    c = store.read()
    records: list[dict[str, Any]] = []
    for row in c.execute(_SELECT + " ORDER BY n, rowid").fetchall():
        event_id, n, seq, event_type, worker_id, worker_name, wall, mono, boot, payload, prev_hash, digest = row
        record: dict[str, Any] = {
            "id": event_id, "seq": seq, "n": n, "type": event_type,
            "worker": None if worker_id is None and worker_name is None else {"id": worker_id, "name": worker_name},
            "wall": wall, "mono_ns": mono, "boot_id": boot, "prev_hash": prev_hash, "hash": digest}
        try:
            parsed = json.loads(payload)
            record["payload"] = parsed
            record["_damaged"] = not isinstance(payload, str) or canonical(parsed) != payload
        except (TypeError, ValueError):
            record["payload"], record["_damaged"] = payload, True
        records.append(record)
    head_n, head_hash = state.get(c, "chain_head_n"), state.get(c, "chain_head_hash")
    head = (int(head_n), head_hash) if head_n is not None and head_n.isdigit() and head_hash else None
    problems = check_chain(records, head=head)
    known = {r["id"] for r in records}
    for (item_id,) in c.execute("SELECT item_id FROM outbox WHERE item_type = 'event' ORDER BY seq"):
        if item_id not in known:
            problems.append(ChainProblem("queued", None, item_id, Said(
                "chain.queued", "An event waiting to go to the hub ({event_id}) is missing from the timesheet: it was "
                "deleted.", {"event_id": item_id})))
    return ChainReport(len(records), tuple(problems))


def check_chain(records: Iterable[Mapping[str, Any]], *, head: tuple[int, str] | None = None,
                prev_hash: str = GENESIS, first_n: int = 1) -> list[ChainProblem]:
    """The problems in a run of events, each a dict of ``id``, ``seq`` and the body's fields (as
    on the wire), in chain order. ``head`` is the (n, hash) the chain is known to end with;
    ``prev_hash``/``first_n`` let a hub check a run that continues what it already holds."""
    problems: list[ChainProblem] = []
    expected_n, prev = first_n, prev_hash
    last: tuple[int, str] | None = None
    for r in records:
        n, event_id = r.get("n"), r.get("id")
        if not isinstance(n, int) or isinstance(n, bool):
            problems.append(ChainProblem("changed", None, _str(event_id), Said(
                "chain.position", "An event ({event_id}) has a damaged position number: it was changed.",
                {"event_id": str(event_id)})))
            continue
        gap = False
        if n > expected_n:
            gap = True
            problems.append(ChainProblem("missing", expected_n, None, Said(
                "chain.missing", "Event {first} is missing: deleted from the record.", {"first": expected_n})
                if n == expected_n + 1 else Said("chain.missing", "Events {first}–{last} are missing: deleted from "
                                                 "the record.", {"first": expected_n, "last": n - 1})))
        elif n < expected_n:
            problems.append(ChainProblem("order", n, _str(event_id), Said(
                "chain.order", "Event {event} ({event_id}) appears twice or out of place: it was changed.",
                {"event": n, "event_id": str(event_id)})))
            continue
        try:
            recomputed = None if r.get("_damaged") else event_hash(str(event_id), r["seq"], r)
        except (KeyError, TypeError, ValueError):
            recomputed = None
        if recomputed is None or recomputed != r.get("hash"):
            problems.append(ChainProblem("changed", n, _str(event_id), Said(
                "chain.changed", "Event {event} ({what}) was changed after it was stored.",
                {"event": n, "what": _describe(r)})))
        elif r.get("prev_hash") != prev and not gap:
            problems.append(ChainProblem("link", n, _str(event_id), Said(
                "chain.link", "Event {event} ({what}) does not follow event {before}: an event before it was changed "
                "or replaced.", {"event": n, "what": _describe(r), "before": n - 1})))
        prev, expected_n = str(r.get("hash")), n + 1
        last = (n, prev)
    if head is not None:
        head_n, head_hash = head
        last_n = last[0] if last else first_n - 1
        if head_n > last_n:
            problems.append(ChainProblem("head", last_n + 1, None, Said(
                "chain.head_missing", "The last event {first} is missing: deleted from the record.", {"first": head_n})
                if head_n == last_n + 1 else Said("chain.head_missing", "The last events {first}–{last} are missing: "
                                                  "deleted from the record.", {"first": last_n + 1, "last": head_n})))
        elif last is not None and head_n == last_n and head_hash != last[1]:
            problems.append(ChainProblem("head", last_n, None, Said(
                "chain.head_replaced", "The last event ({event}) was replaced.", {"event": last_n})))
    return problems


def _describe(r: Mapping[str, Any]) -> str:
    worker = r.get("worker")
    who = worker.get("name") if isinstance(worker, Mapping) else None
    return ", ".join(str(x) for x in (r.get("type"), who, r.get("wall")) if x)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None
