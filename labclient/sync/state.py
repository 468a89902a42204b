"""The sync's side of the local store: settings, the outbox as items to send, the people map
that goes with them, and the answers.

Everything here is a short transaction on a :class:`labclient.store.Store`. An outbox item
leaves the outbox only in the transaction that records the hub's answer for it, so a crash at
any point leaves it either queued (and sent again, to be answered ``duplicate``) or answered.

The people map (docs/protocol.md, "POST /v1/push") tells the hub which of its users a worker id
of this workstation is: a user added here before the first sync keeps the local id it was given,
and the roster notes the hub's id beside it when it confirms them (``workers.hub_id``). The
mappings the hub has acknowledged are remembered (``people_sent``), so each one reaches it at
least once even when the person has no more items to send.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from labclient.clock import SYSTEM_CLOCK, Clock, format_utc, utc_now
from labclient.people.clock import parse_wall, plausible_hub_time
from labclient.people.events import outbox_bodies
from labclient.said import Said
from labclient.said import from_json as said_from_json
from labclient.said import to_json as said_json
from labclient.store import Store

ACKED = ("applied", "superseded", "duplicate")
# Where each item type keeps the hub's verdict.
_TABLE = {"result": "results", "event": "time_events", "review": "reviews", "qualification": "qualifications"}
REFUSED = ("rejected", "conflict")
STATUSES = ACKED + REFUSED
PEOPLE_MORE = 100  # at most this many mappings a push carries for workers not named by its items
FEATURES_RECHECK = dt.timedelta(days=1)  # a hub that lacked a feature we know is asked again after this
#: The hub features this client uses (docs/protocol.md): a hub without one of them is asked again
#: now and then, as it may have been upgraded.
KNOWN_FEATURES = frozenset({"people", "signed_events", "batch_documents", "reviews", "qualifications",
                            "media_budget"})


@dataclass(frozen=True)
class SyncSettings:
    """Where this workstation syncs to. ``hub_url`` is None until it is enrolled."""

    hub_url: str | None
    device_id: str | None
    lab: str | None
    credential_store: str
    watermark: int
    last_success: str | None
    max_items: int
    max_request_bytes: int
    pull_cursor: str | None
    limits_known: bool = False   # the hub's limits came from a hello or the enrolment answer
    failed_runs: int = 0         # sync runs that failed in a row (the circuit breaker's count)
    prefetch_budget: int | None = None  # bytes of media for work not yet done; None: no limit
    data_budget_day: int | None = None    # bytes the syncs may carry a day (labclient.sync.budget); None: no limit
    data_budget_month: int | None = None  # and a month
    auto_sync_minutes: int = 10  # the app syncs by itself this often; 0: only when asked
    relay_url: str | None = None  # the lab relay media is asked of first (labclient.sync.relay_link)
    relay_outbox: str | None = None  # "count:last seq" of the outbox last left on the relay
    relay_lab_file: str | None = None  # sha256 of the relay's lab file last taken (labclient.sync.lab_file)
    relay_lab_use: str | None = None  # the lab's budget and use the relay last said (JSON)
    hub_features: frozenset[str] | None = None  # what the hub takes beyond the base protocol; None: not known
    features_checked_at: str | None = None  # when the hub last said so (UTC)

    @property
    def hub_takes_people(self) -> bool:
        """Whether pushes may carry the people map (the hub said so; an older hub refuses the field)."""
        return self.hub_features is not None and "people" in self.hub_features

    @property
    def hub_takes_signed_events(self) -> bool:
        """The hub checks the device signature of timesheet events (it lists ``signed_events``)."""
        return self.hub_features is not None and "signed_events" in self.hub_features

    @property
    def hub_takes_reviews(self) -> bool:
        """The hub stores supervisors' reviews (it lists ``reviews``); until then they wait here."""
        return self.hub_features is not None and "reviews" in self.hub_features

    @property
    def hub_keeps_media_budget(self) -> bool:
        """The pull may ask that even the first new batch fit ``max_media_bytes`` (``media_budget``)."""
        return self.hub_features is not None and "media_budget" in self.hub_features

    @property
    def hub_takes_qualifications(self) -> bool:
        """The hub keeps training passes for the lab's other workstations (it lists
        ``qualifications``); until then they wait here."""
        return self.hub_features is not None and "qualifications" in self.hub_features

    def features_due(self, now: dt.datetime) -> bool:
        """Whether a run should ask the hub's features (hello): they are not known, or the hub
        lacked one of :data:`KNOWN_FEATURES` when last asked, more than ``FEATURES_RECHECK`` ago
        (it may have been upgraded since)."""
        if self.hub_features is None:
            return True
        if self.hub_features >= KNOWN_FEATURES:
            return False
        checked = parse_wall(self.features_checked_at) if self.features_checked_at else None
        return checked is None or not dt.timedelta(0) <= now - checked <= FEATURES_RECHECK


@dataclass(frozen=True)
class OutboxItem:
    """One queued item, in the shape ``/v1/push`` sends."""

    seq: int
    item_id: str
    item_type: str
    body: dict[str, Any] | None  # None: what it names is gone from the database

    def wire(self) -> dict[str, Any]:
        """The item as the protocol sends it."""
        return {"seq": self.seq, "id": self.item_id, "type": self.item_type, "body": self.body}



def put(c: sqlite3.Connection, key: str, value: object) -> None:
    """Set one sync setting (inside the caller's transaction)."""
    c.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
              " SET value = excluded.value", (key, str(value)))


def raise_to(c: sqlite3.Connection, key: str, value: int) -> None:
    """Set a counting sync setting to ``value`` unless it holds more already (it only goes up)."""
    c.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
              " SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))", (key, str(value)))

def read_settings(store: Store) -> SyncSettings:
    """The current sync settings (defaults where nothing is set)."""
    kv = dict(store.read().execute("SELECT key, value FROM sync_state").fetchall())
    return SyncSettings(
        hub_url=kv.get("hub_url"), device_id=kv.get("device_id"), lab=kv.get("lab"),
        credential_store=kv.get("credential_store", "keyring"), watermark=int(kv.get("watermark", 0)),
        last_success=kv.get("last_success"), max_items=int(kv.get("max_items", 250)),
        max_request_bytes=int(kv.get("max_request_bytes", 4 * 1024 * 1024)), pull_cursor=kv.get("pull_cursor"),
        limits_known="max_items" in kv and "max_request_bytes" in kv, failed_runs=int(kv.get("failed_runs", 0)),
        prefetch_budget=int(kv["prefetch_budget"]) if "prefetch_budget" in kv else None,
        data_budget_day=int(kv["data_budget_day"]) if "data_budget_day" in kv else None,
        data_budget_month=int(kv["data_budget_month"]) if "data_budget_month" in kv else None,
        auto_sync_minutes=int(kv.get("auto_sync_minutes", 10)),
        relay_url=kv.get("relay_url"),
        relay_outbox=kv.get("relay_outbox"),
        relay_lab_file=kv.get("relay_lab_file"),
        relay_lab_use=kv.get("relay_lab_use"),
        hub_features=frozenset(f for f in kv["hub_features"].split(",") if f) if "hub_features" in kv else None,
        features_checked_at=kv.get("features_checked_at"),
    )


def feature_settings(answer: Mapping[str, Any], now: dt.datetime | None = None) -> dict[str, str]:
    """The settings that keep the ``features`` of a hello or enrolment answer (comma-separated;
    empty when the hub names none, as an older hub does) and when they were learnt (``now``, the
    sync run's clock; the computer's when not given)."""
    features = answer.get("features")
    named = {f for f in features if isinstance(f, str) and f and "," not in f and len(f) <= 64} \
        if isinstance(features, list) else set()
    checked = utc_now() if now is None else format_utc(now)
    return {"hub_features": ",".join(sorted(named)), "features_checked_at": checked}


def write_settings(store: Store, **values: object) -> None:
    """Set sync settings (None removes a key), in one transaction."""
    with store.transaction() as c:
        for key, value in values.items():
            if value is None:
                c.execute("DELETE FROM sync_state WHERE key = ?", (key,))
            else:
                put(c, key, value)


def outstanding_media_bytes(store: Store) -> int:
    """Bytes of the cached media that new tasks (outside withdrawn batches) still need: what the
    prefetch budget is spent on."""
    row = store.read().execute(
        "SELECT coalesce(sum(m.bytes), 0) FROM media m WHERE m.sha256 IN (SELECT json_extract(t.body, '$.media')"
        " FROM tasks t WHERE t.state = 'new' AND t.batch_id NOT IN"
        " (SELECT batch_id FROM batch_leases WHERE revoked = 1))").fetchone()
    return int(row[0])


def pending(store: Store, limit: int, *, signed: bool = False, reviews: bool = False,
            qualifications: bool = False) -> list[OutboxItem]:
    """The oldest ``limit`` outbox items, with their bodies built from the results, timesheet
    events, reviews and training passes they name (with ``signed``, for a hub that takes signed
    events, each event's device signature too). Reviews and passes wait in the outbox, left out
    here, unless ``reviews`` and ``qualifications`` (the hub takes them). An item whose row is
    gone (only a hand-edited database does that) comes with ``body`` None: it can never be sent,
    and the caller sets it aside."""
    waiting = [t for t, sent in (("review", reviews), ("qualification", qualifications)) if not sent]
    rows = store.read().execute(
        "SELECT o.seq, o.item_id, o.item_type, t.batch_id, t.task_id, r.worker_id, w.name, r.action, r.content,"
        " r.created_at, r.created_mono_ns, r.boot_id, r.active_ms"
        " FROM outbox o LEFT JOIN results r ON o.item_type = 'result' AND r.id = o.item_id"
        " LEFT JOIN tasks t ON t.id = r.task LEFT JOIN workers w ON w.id = r.worker_id"
        + (f" WHERE o.item_type NOT IN ({', '.join('?' * len(waiting))})" if waiting else "") +
        " ORDER BY o.seq LIMIT ?", (*waiting, limit)).fetchall()
    event_ids = [row[1] for row in rows if row[2] == "event"]
    events = outbox_bodies(store, event_ids, signed=signed) if event_ids else {}
    review_ids = [row[1] for row in rows if row[2] == "review"]
    review_bodies = _review_bodies(store, review_ids) if review_ids else {}
    pass_ids = [row[1] for row in rows if row[2] == "qualification"]
    pass_bodies = _qualification_bodies(store, pass_ids) if pass_ids else {}
    items = []
    for (seq, item_id, item_type, batch_id, task_id, worker_id, name, action, content, created_at, mono, boot,
         active_ms) in rows:
        body: dict[str, Any] | None = None
        if item_type == "result" and action is not None:
            body = {"batch_id": batch_id, "task_id": task_id, "worker": {"id": worker_id, "name": name},
                    "action": action, "content": json.loads(content), "created_at": created_at,
                    "created_mono_ns": mono, "boot_id": boot, "active_ms": active_ms}
        elif item_type == "event":
            body = events.get(item_id)
        elif item_type == "review":
            body = review_bodies.get(item_id)
        elif item_type == "qualification":
            body = pass_bodies.get(item_id)
        items.append(OutboxItem(seq, item_id, item_type, body))
    return items


def _review_bodies(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The wire bodies of these reviews (docs/protocol.md, "Reviews"), by review id."""
    marks = ",".join("?" * len(ids))
    out = {}
    for review_id, result_id, batch_id, task_id, reviewer_id, name, verdict, content, note, created_at in \
            store.read().execute(
                "SELECT v.id, v.result_id, t.batch_id, t.task_id, v.reviewer_id, w.name, v.verdict, v.content, v.note,"
                " v.created_at FROM reviews v JOIN results r ON r.id = v.result_id JOIN tasks t ON t.id = r.task"
                f" JOIN workers w ON w.id = v.reviewer_id WHERE v.id IN ({marks})", ids):
        out[review_id] = {"result_id": result_id, "batch_id": batch_id, "task_id": task_id,
                          "reviewer": {"id": reviewer_id, "name": name}, "verdict": verdict,
                          "content": None if content is None else json.loads(content), "note": note,
                          "created_at": created_at}
    return out


def mark_sending(store: Store, seq: int) -> None:
    """Before a push: every outbox item up to ``seq`` may reach the hub from now on, so none of
    them may be taken back. The mark stays while any of them waits in the outbox (a push whose
    answer was lost may have been stored by the hub); :func:`apply_push_answer` clears it."""
    with store.transaction() as c:
        raise_to(c, "sending_through", seq)


def _qualification_bodies(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The wire bodies of these training passes (docs/protocol.md, "Qualifications"), by id."""
    marks = ",".join("?" * len(ids))
    return {str(pass_id): {"worker": {"id": worker_id, "name": name}, "project_id": project_id, "score": score,
                           "attempt": attempt, "passed_at": passed_at}
            for pass_id, worker_id, name, project_id, score, attempt, passed_at in store.read().execute(
                "SELECT q.id, q.worker_id, w.name, q.project_id, q.score, q.attempt, q.passed_at FROM qualifications q"
                f" JOIN workers w ON w.id = q.worker_id WHERE q.id IN ({marks})", ids)}


def people_map(store: Store, items: Sequence[OutboxItem], *, more: int = PEOPLE_MORE) -> dict[str, str]:
    """The people map for a push of ``items``: ``{local id: hub user id}`` for each worker the
    items carry whom the hub's roster confirmed, plus up to ``more`` other confirmed workers whose
    mapping the hub has not acknowledged yet (confirmed after their items went). Workers whose
    local id is the hub's id (they came with the roster) need no entry, and get none."""
    named = {body["worker"]["id"] for body in (item.body for item in items)
             if body is not None and isinstance(body.get("worker"), dict) and isinstance(body["worker"].get("id"), str)}
    c = store.read()
    confirmed = dict(c.execute("SELECT id, hub_id FROM workers WHERE confirmed = 1 AND hub_id IS NOT NULL"
                               " AND hub_id != id ORDER BY id").fetchall())
    sent = _people_sent(c)
    found = {local: confirmed[local] for local in sorted(named) if local in confirmed}
    unsent = [local for local in confirmed if local not in found and sent.get(local) != confirmed[local]]
    found.update((local, confirmed[local]) for local in unsent[:more])
    return found


def _people_sent(c: Any) -> dict[str, str]:
    row = c.execute("SELECT value FROM sync_state WHERE key = 'people_sent'").fetchone()
    try:
        sent = json.loads(row[0]) if row else {}
    except ValueError:
        return {}
    return {k: v for k, v in sent.items() if isinstance(v, str)} if isinstance(sent, dict) else {}


@dataclass
class PushTally:
    """What the hub said about the items sent so far."""

    applied: int = 0
    superseded: int = 0
    duplicate: int = 0
    conflict: int = 0
    rejected: int = 0
    unanswered: int = 0

    @property
    def acknowledged(self) -> int:
        """Items that left the outbox (stored by the hub, or refused for good)."""
        return self.applied + self.superseded + self.duplicate + self.conflict + self.rejected


def device_clock(clock: Clock) -> dict[str, Any]:
    """The ``clock`` field of a push, a pull or an outbox file: the workstation's wall time,
    monotonic time and boot id now, so the hub can place the events it records
    (:mod:`labhub.anchors`)."""
    return {"wall": clock.wall(), "mono_ns": clock.mono_ns(), "boot_id": clock.boot_id()}


def apply_push_answer(store: Store, sent: list[OutboxItem], answer: dict[str, Any], tally: PushTally, *,
                      exceptions_only: bool = False, people: Mapping[str, str] | None = None,
                      clock: Clock = SYSTEM_CLOCK) -> None:
    """Record the hub's answer to a push in one transaction: acknowledged items leave the outbox,
    refused ones go to the dead letters, the watermark only goes up, the clock anchor is kept,
    and the ``people`` map the push carried is remembered as sent when the answer says the hub
    took it (its ``people`` counts; entries it ignored are not sent again either).

    With ``exceptions_only`` (the request asked ``"report": "exceptions"``) the answer lists only
    the items that were not applied and counts the rest in ``applied``; the counts must add up to
    the items sent, and every item not listed was applied. Otherwise items the answer does not
    mention (or mentions with a status this client does not know) stay queued.
    ValueError when the answer is not shaped like a push answer (nothing is changed).
    """
    statuses = answer.get("items")
    if not isinstance(statuses, list):
        raise ValueError("the push answer has no item list")
    by_id: dict[str, dict[str, Any]] = {}
    for entry in statuses:
        if isinstance(entry, dict) and isinstance(entry.get("id"), str) and entry.get("status") in STATUSES:
            by_id[entry["id"]] = entry
    if exceptions_only:
        applied = answer.get("applied")
        sent_ids = {item.item_id for item in sent}
        if not isinstance(applied, int) or isinstance(applied, bool) or len(by_id) != len(statuses) \
                or not by_id.keys() <= sent_ids or applied + len(by_id) != len(sent):
            raise ValueError(f"the push answer does not account for the {len(sent)} item(s) sent")
    watermark = answer.get("watermark")
    now = clock.wall()
    with store.transaction() as c:
        acked: list[tuple[str]] = []
        applied_ids: dict[str, list[tuple[str]]] = {table: [] for table in _TABLE.values()}
        for item in sent:
            entry = by_id.get(item.item_id)
            if entry is None and exceptions_only:
                applied_ids[_TABLE.get(item.item_type, "results")].append((item.item_id,))
                acked.append((item.item_id,))
                continue
            if entry is None:
                tally.unanswered += 1
                continue
            status = entry["status"]
            reason = str(entry.get("reason") or "")[:500]
            setattr(tally, status, getattr(tally, status) + 1)
            _verdict(c, item, status, reason)
            if status in REFUSED:
                c.execute("INSERT OR REPLACE INTO dead_letters (item_id, seq, item_type, status, reason, failed_at)"
                          " VALUES (?, ?, ?, ?, ?, ?)", (item.item_id, item.seq, item.item_type, status,
                                                         reason or status, now))
            acked.append((item.item_id,))
        for table, ids in applied_ids.items():
            tally.applied += len(ids)
            c.executemany(f"UPDATE {table} SET hub_status = 'applied', hub_reason = '' WHERE id = ?", ids)
        c.executemany("DELETE FROM outbox WHERE item_id = ?", acked)
        c.execute("DELETE FROM sync_state WHERE key = 'sending_through' AND NOT EXISTS (SELECT 1 FROM outbox"
                  " WHERE seq <= CAST(sync_state.value AS INTEGER))")  # all of them answered: nothing in flight
        if isinstance(watermark, int) and not isinstance(watermark, bool):
            raise_to(c, "watermark", watermark)
        if people and isinstance(answer.get("people"), dict):
            known = _people_sent(c) | dict(people)
            put(c, "people_sent", json.dumps(known, sort_keys=True, separators=(",", ":")))
        _anchor(c, answer, clock)


def refuse_locally(store: Store, item: OutboxItem, reason: str, tally: PushTally, *,
                   clock: Clock = SYSTEM_CLOCK) -> None:
    """Move an item the hub can never take (too large) from the outbox to the dead letters."""
    with store.transaction() as c:
        c.execute("INSERT OR REPLACE INTO dead_letters (item_id, seq, item_type, status, reason, failed_at)"
                  " VALUES (?, ?, ?, 'rejected', ?, ?)", (item.item_id, item.seq, item.item_type, reason, clock.wall()))
        _verdict(c, item, "rejected", reason)
        c.execute("DELETE FROM outbox WHERE item_id = ?", (item.item_id,))
    tally.rejected += 1


def _verdict(c: Any, item: OutboxItem, status: str, reason: str) -> None:
    """Keep the hub's verdict on the result or timesheet event an item carried."""
    table = _TABLE.get(item.item_type, "results")
    c.execute(f"UPDATE {table} SET hub_status = ?, hub_reason = ? WHERE id = ?", (status, reason, item.item_id))


def apply_pull_answer(store: Store, answer: dict[str, Any], *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Record lease news and the new cursor from a pull answer, in one transaction (after the
    answer's batches are in the cache, so a crash in between only repeats the pull)."""
    leases = answer.get("leases") if isinstance(answer.get("leases"), list) else []
    revoked = answer.get("revoked") if isinstance(answer.get("revoked"), list) else []
    cursor = answer.get("cursor")
    with store.transaction() as c:
        for lease in leases or []:
            if not isinstance(lease, dict):
                continue
            if isinstance(lease.get("batch_id"), str) and isinstance(lease.get("expires"), str):
                c.execute("INSERT INTO batch_leases (batch_id, expires, revoked) VALUES (?, ?, 0)"
                          " ON CONFLICT (batch_id) DO UPDATE SET expires = excluded.expires, revoked = 0",
                          (lease["batch_id"], lease["expires"]))
        for batch_id in revoked or []:
            if isinstance(batch_id, str):
                c.execute("UPDATE batch_leases SET revoked = 1 WHERE batch_id = ?", (batch_id,))
        if isinstance(cursor, str):
            put(c, "pull_cursor", cursor)
        _anchor(c, answer, clock)


def record_anchor(store: Store, answer: dict[str, Any], *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Keep a (monotonic, hub time) anchor from an answer, on ``clock``'s monotonic time and boot."""
    with store.transaction() as c:
        _anchor(c, answer, clock)


def _anchor(c: Any, answer: dict[str, Any], clock: Clock) -> None:
    hub_time = answer.get("hub_time")
    if plausible_hub_time(hub_time) is not None:  # a hub clock at 0001 or 9999 anchors nothing
        c.execute("INSERT INTO clock_anchors (hub_time, mono_ns, boot_id, wall) VALUES (?, ?, ?, ?)",
                  (hub_time, clock.mono_ns(), clock.boot_id(), clock.wall()))


def log_run(store: Store, started_at: str, outcome: str, items_sent: int, bytes_sent: int, bytes_received: int,
            message: str, said: Sequence[Said] = (), *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Add a line to the sync history (``message`` in English, ``said`` its sentences for the
    admin's language); on success, remember when. Count runs that failed in a row (a cancelled
    run counts neither way; a successful one starts the count again)."""
    with store.transaction() as c:
        c.execute("INSERT INTO sync_log (started_at, finished_at, outcome, items_sent, bytes_sent, bytes_received,"
                  " message, said) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  (started_at, clock.wall(), outcome, items_sent, bytes_sent, bytes_received, message[:1000],
                   said_json(said) if said else None))
        if outcome == "ok":
            put(c, "last_success", clock.wall())
        if outcome not in ("cancelled", "held"):  # neither failed nor reached the hub to the end
            c.execute("INSERT INTO sync_state (key, value) VALUES ('failed_runs', ?) ON CONFLICT (key) DO UPDATE"
                      " SET value = CASE WHEN ? THEN '0' ELSE CAST(CAST(value AS INTEGER) + 1 AS TEXT) END",
                      ("0" if outcome == "ok" else "1", outcome == "ok"))


def dead_letters(store: Store) -> list[dict[str, Any]]:
    """Items the hub refused for good, newest first."""
    return store.query("SELECT item_id, seq, item_type, status, reason, failed_at FROM dead_letters"
                       " ORDER BY failed_at DESC, seq DESC")


def history(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    """The last sync runs, newest first; ``said``: the run's sentences (labclient.said.Said; []
    for a run logged before they were kept)."""
    rows = store.query("SELECT started_at, finished_at, outcome, items_sent, bytes_sent, bytes_received, message,"
                       " said FROM sync_log ORDER BY id DESC LIMIT ?", (limit,))
    return [{**row, "said": said_from_json(row["said"])} for row in rows]
