"""Running a sync: enrolment, and pushing the outbox to the hub in chunks, through bad links.

A :class:`SyncRun` opens its own store connection, so it can run on any thread (the app runs it
on a worker thread; ``labclient sync`` on the main one). It pushes the outbox oldest first in
chunks of at most the hub's ``max_items``; each chunk's answer is recorded in one transaction
before the next chunk goes, so a cut costs at most one chunk sent again. Transient failures
(offline, stalled, busy, 5xx) are retried with capped exponential backoff and full jitter,
honouring ``Retry-After`` up to a cap, until the run's deadline. A refused credential or an
answer that is not the hub's stops the run at once with a message for a person.

When the hub takes it (its hello or enrolment answer lists the ``people`` feature), each push also
carries the people map (:func:`labclient.sync.state.people_map`): which of the hub's users the
workers of the chunk are. After the pull, a roster that confirmed someone is followed by one push
with no items and the new mappings, so the hub counts their earlier time for them at once.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import queue
import random
import re
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from labclient.batch import MediaEntry, check_batch
from labclient.clock import SYSTEM_CLOCK, Clock, local_now
from labclient.errors import (
    BadHubResponseError,
    BundleError,
    HubAuthError,
    HubBusyError,
    HubUnreachableError,
    LabClientError,
    NotEnrolledError,
    RosterFromFutureError,
    StaleRosterError,
    SyncError,
)
from labclient.importer import held, import_fetched_batch, present
from labclient.media import MediaStore
from labclient.people import state as people_state
from labclient.people.events import token_key
from labclient.people.roster import RosterReport, apply_roster
from labclient.relay.discovery import find_relays
from labclient.said import Said
from labclient.store import DB_NAME, Store
from labclient.sync import credentials
from labclient.sync.budget import MB, PULL_RESERVE, DataUse, data_use, lab_use_setting, tighter
from labclient.sync.documents import INLINE_MAX_BYTES, check_reference, fetch_document
from labclient.sync.lab_file import import_lab_from_relay
from labclient.sync.media_fetch import fetch, sweep_partials
from labclient.sync.relay_link import RelayLink
from labclient.sync.reviews import apply_reviews
from labclient.sync.reviews import cursor as review_cursor
from labclient.sync.signing import sign_with_token
from labclient.sync.state import (
    OutboxItem,
    PushTally,
    SyncSettings,
    apply_pull_answer,
    apply_push_answer,
    device_clock,
    feature_settings,
    log_run,
    mark_sending,
    outstanding_media_bytes,
    pending,
    people_map,
    read_settings,
    refuse_locally,
    write_settings,
)
from labclient.sync.transport import Transport, check_hub_url, check_relay_url
from labclient.sync.usb import export_outbox

log = logging.getLogger("labclient.sync")

BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 60.0
RETRY_AFTER_CAP_S = 300.0
DEFAULT_DEADLINE_S = 15 * 60.0
PULL_BATCHES = 5
FETCH_CONNECTIONS = 3  # media files fetched at once
CHUNK_ITEMS = 1000  # at most this many items a push: ~170 KB compressed, ~5 s at 256 kbit/s
#: Seconds a sync looks on the LAN for a lab relay that no longer answers at its address.
RELAY_SEARCH_S = 2.0
BREAKER_THRESHOLD = 3  # after this many failed runs in a row, a run starts with one cheap probe
#: A hub that answers ``more`` this many times in a row without a batch not seen before is broken.
MAX_EMPTY_PULLS = 10
T = TypeVar("T")


@dataclass
class SyncProgress:
    """Where a run is, for a progress bar: items pushed of those queued at the start, bytes."""

    items_done: int
    items_total: int
    bytes_sent: int
    bytes_received: int
    said: Said

    @property
    def message(self) -> str:
        """Where the run is, in English."""
        return self.said.english


@dataclass(frozen=True)
class RefusedBatch:
    """A batch the hub sent that this workstation did not take, and why (shown to the admin)."""

    batch_id: str
    reason: str


@dataclass
class SyncReport:
    """How a run ended. ``outcome``: ok, held (the data budget stopped it), offline, busy, auth,
    bad_response, cancelled, error.
    ``batches_refused``: batches the pull brought that were refused or skipped (the run goes on
    without them; its message and the sync history name them)."""

    outcome: str
    message: str
    tally: PushTally = field(default_factory=PushTally)
    said: list[Said] = field(default_factory=list)  # ``message``, a sentence at a time, for translation
    batches_received: list[str] = field(default_factory=list)
    batches_refused: list[RefusedBatch] = field(default_factory=list)
    remaining: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0   # from the hub, and what the relay fetched for this run (counted in the data budget)
    bytes_from_relay: int = 0  # media from the lab relay, over the LAN (not counted)

    @property
    def complete(self) -> bool:
        """Whether the outbox is empty, the pull complete and nothing failed."""
        return self.outcome == "ok" and self.remaining == 0

    def say(self, said: Said) -> None:
        """Add a sentence to the report (to ``said``, and in English to ``message``)."""
        self.said.append(said)
        self.message = f"{self.message} {said.english}".strip()


#: Why the hub refused an enrolment code (its ``error``), in our words: the hub's own message is
#: not shown, since an answer may come from anything that answers at that address.
_REFUSED_CODE = {
    "code_invalid": "the hub does not know this enrolment code; check it (as the hub admin gave it) or ask for a "
                    "new one",
    "code_used": "this enrolment code was used already (a code works once); ask the hub admin for a new one",
    "code_expired": "this enrolment code has expired (a code works for 7 days); ask the hub admin for a new one",
    "": "the hub refused the enrolment code; ask the hub admin for a new one",
}


def enroll(data_dir: Path, hub_url: str, code: str, *, device_name: str | None = None,
           credential_store: str = "keyring") -> str:
    """Enrol this workstation with the hub using a one-time ``code``; returns the lab's name.

    The credential store is checked before the code is spent. Raises ValueError for a bad URL,
    CredentialStoreError, or a SyncError subclass (the code is refused, the hub is unreachable).
    """
    hub_url = check_hub_url(hub_url)
    if credential_store not in credentials.STORES:
        raise ValueError(f"credential store must be one of {credentials.STORES}")
    if credential_store == "keyring":
        credentials.describe_store("keyring")  # fails now, before the one-time code is used
        credentials.save(data_dir, "keyring", hub_url, "probe", "probe")
        credentials.forget(data_dir, "keyring", hub_url, "probe")
    transport = Transport(hub_url)
    try:
        answer = transport.post("/v1/enroll", {"code": code.strip().upper(),
                                               "device_name": device_name or socket.gethostname()}, auth=False)
    except HubBusyError as exc:
        if exc.params.get("detail") != "HTTP 429":
            raise
        wait = exc.retry_after
        minutes = max(1, math.ceil(min(wait, 24 * 3600) / 60)) if wait is not None else 15
        raise SyncError(detail=f"the hub takes no enrolment from here for now, after too many wrong codes; check "
                               f"the code and try again in {minutes} minute(s)") from None
    except SyncError as exc:
        if exc.params.get("status") == 403:
            raise SyncError(detail=_REFUSED_CODE.get(str(exc.params.get("error")), _REFUSED_CODE[""])) from None
        raise
    finally:
        transport.close()
    device_id, token, lab = answer.get("device_id"), answer.get("token"), answer.get("lab")
    if not (isinstance(device_id, str) and isinstance(token, str) and token):
        raise BadHubResponseError(hub=hub_url, detail="the enrolment answer has no credential")
    store = Store.open(data_dir / DB_NAME)
    try:
        old = read_settings(store)
        credentials.save(data_dir, credential_store, hub_url, device_id, token)
        sign_with_token(store, token)
        limits: dict[str, object] = {}
        if isinstance(answer.get("max_items"), int) and isinstance(answer.get("max_request_bytes"), int):
            limits["max_items"], limits["max_request_bytes"] = _limits(answer, old.max_items, old.max_request_bytes)
        write_settings(store, hub_url=hub_url, device_id=device_id, lab=lab or "", credential_store=credential_store,
                       watermark=0 if old.device_id != device_id else old.watermark, failed_runs=0,
                       people_sent=None, **feature_settings(answer), **limits)
    finally:
        store.close()
    return str(lab or "")


class SyncRun:
    """One sync. Call :meth:`run` once; safe on a worker thread (it opens its own store)."""

    def __init__(self, data_dir: Path, *, deadline_s: float = DEFAULT_DEADLINE_S,
                 progress: Callable[[SyncProgress], None] | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 sleep: Callable[[float], None] = time.sleep, timer: Callable[[], float] = time.monotonic,
                 rng: random.Random | None = None, connect_timeout: float | None = None,
                 stall_timeout: float | None = None, connect_retries: int | None = None,
                 request_timeout: float | None = None, clock: Clock = SYSTEM_CLOCK) -> None:
        """``deadline_s``: no request starts after it (but the run's first), a retry is not
        waited for past it, and no request outlasts it by more than ``MIN_REQUEST_S`` (requests
        are timed by the real monotonic clock, the waits between them by ``timer``, which a test
        makes count the waits it does not make). The timeouts, when given, go to the
        :class:`Transport`. ``clock``: the workstation's clock (the workspace's ``ws.clock``),
        which every push and pull carries to the hub, the clock anchors and the sync history
        record, and whose day and month the data budget counts."""
        self.data_dir = data_dir
        self.deadline_s = deadline_s
        self.progress = progress or (lambda p: None)
        self.cancelled = cancelled or (lambda: False)
        self.sleep = sleep
        self.timer = timer
        self.clock = clock
        self.rng = rng or random.Random()
        self._started = self.timer()
        self.tally = PushTally()
        self.budget_full = False  # the last pull asked for no new batches: the prefetch budget is full
        self.data_use: DataUse | None = None  # the data budget and what was carried before this run
        self.pull_held = False  # no new work was asked for: the data budget has too little left
        self.roster_report: RosterReport | None = None  # what the hub's list of users changed, if it came
        self.roster_problem: RosterFromFutureError | None = None  # why the hub's list of users was not applied
        self.batches_received: list[str] = []  # batches this run added to the cache
        self.batches_refused: list[RefusedBatch] = []  # batches the pull brought and this run did not take
        self._requested = False  # a request went out in this run (the first one is never held back)
        self.relay: RelayLink | None = None  # the lab relay media is asked of first, when the admin gave one
        self.relay_said: list[Said] = []  # what the lab file and the outbox on the relay did, said at the end
        self.lab_budget = False  # the relay keeps the lab's budget: this run's bytes are reported to it
        self.timeouts: dict[str, Any] = {
            k: v for k, v in (("connect_timeout", connect_timeout), ("stall_timeout", stall_timeout),
                              ("connect_retries", connect_retries), ("request_timeout", request_timeout))
            if v is not None}

    def run(self) -> SyncReport:
        """Push everything queued. Never raises for a sync failure: the report says what happened."""
        started = self.clock.wall()
        store = Store.open(self.data_dir / DB_NAME, check=False)
        transport: Transport | None = None
        report = SyncReport("error", "")
        self.tally = PushTally()  # what the hub acknowledged, kept even when the run then fails
        self.batches_received, self.batches_refused = [], []
        self._requested = False
        try:
            settings = read_settings(store)
            if settings.hub_url is None or settings.device_id is None:
                raise NotEnrolledError()
            self.data_use = data_use(store, local_now(self.clock))
            if self.data_use.spent:
                report = SyncReport("held", "")
                report.say(budget_said(self.data_use, _outbox_size(store)))
                return report
            token = credentials.load(self.data_dir, settings.credential_store, settings.hub_url, settings.device_id)
            if token is None:
                raise HubAuthError(detail="no credential is stored on this computer")
            sign_with_token(store, token)  # events recorded from now on in this process are signed
            transport = Transport(settings.hub_url, token, deadline=time.monotonic() + self.deadline_s,
                                  **self.timeouts)
            if settings.relay_url is not None:
                self.relay = self._relay_link(store, settings, transport.deadline)
                self._lab_from_relay(store, self.relay, settings.device_id, token_key(token))
                if self._lab_budget_spent(store, self.relay):
                    report = SyncReport("held", "")
                    report.say(budget_said(self.data_use, _outbox_size(store)))
                    return report
            self._started = self.timer()
            max_items, max_bytes = self._limits(store, transport, settings)
            report = self._push(store, transport, max_items, max_bytes)
            if report.outcome == "ok":
                self._pull(store, transport)
                self._push_people(store, transport)
                if self.batches_received:
                    report.say(Said("sync.received", "Received {n} new batch(es).", {"n": len(self.batches_received)}))
                if self.roster_report is not None:
                    changes = self.roster_report
                    report.say(Said("sync.roster", "The lab's list of people came from the hub ({added} added, "
                                    "{updated} updated, {disabled} switched off).",
                                    {"added": len(changes.added), "disabled": len(changes.disabled),
                                     "updated": len(changes.updated) + len(changes.confirmed)}))
                    for name in changes.kept_admin:
                        report.say(Said("sync.kept_admin", "{name} stays partner admin here: the hub's list would "
                                        "leave this workstation without one (the hub should list another admin "
                                        "first).",
                                        {"name": _printable(name)}))
                if self.roster_problem is not None:
                    report.say(Said.of(self.roster_problem))
                if self.pull_held and self.data_use is not None:
                    if self.data_use.binding == "day":
                        report.say(Said("sync.budget_no_pull_day", "No new work was asked for: today's data "
                                        "budget has too little left."))
                    else:
                        report.say(Said("sync.budget_no_pull_month", "No new work was asked for: this month's "
                                        "data budget has too little left."))
                if self.budget_full:
                    report.say(Said("sync.budget_full", "No new batches were asked for: the media of the work not yet "
                                    "done fills the prefetch budget."))
        except SyncError as exc:
            report.outcome = _outcome(exc)
            report.message, report.said = "", []
            report.say(Said.of(exc))
            if report.outcome == "offline" and self.relay is not None:
                self._outbox_to_relay(store, self.relay)
            if self.tally.acknowledged:
                report.say(Said("sync.sent_before", "{n} item(s) reached the hub before that.",
                                {"n": self.tally.acknowledged}))
        finally:
            report.tally = self.tally
            report.batches_received = list(self.batches_received)
            if self.batches_received and report.outcome != "ok":
                report.say(Said("sync.received_before", "{n} new batch(es) arrived before that.",
                                {"n": len(self.batches_received)}))
            report.batches_refused = list(self.batches_refused)
            if self.batches_refused:
                report.say(refused_note(self.batches_refused))
            report.message = _printable(report.message)  # nothing the hub said can stop it being stored
            report.said = [_printable_said(said) for said in report.said]  # nor stop it being shown
            if transport is not None:
                report.bytes_sent, report.bytes_received = transport.bytes_sent, transport.bytes_received
                transport.close()
            if self.relay is not None:
                report.bytes_from_relay = self.relay.bytes_received
                report.bytes_received += self.relay.uplink_bytes  # the relay fetched these for us: they crossed
                if self.lab_budget:  # the relay keeps the lab's count: this run's share
                    self.relay.report_spent(report.bytes_sent + report.bytes_received)
                if self.relay.down is not None and self.relay.asked:
                    report.say(Said("sync.relay_unused", "The lab relay at {url} was not used ({why}): media came "
                                    "from the hub.", {"url": self.relay.url, "why": self.relay.down}))
                self.relay.close()
                self.relay = None
            for said in self.relay_said:
                report.say(said)
            report.remaining = _outbox_size(store)
            log_run(store, started, report.outcome, report.tally.acknowledged, report.bytes_sent,
                    report.bytes_received, report.message, report.said, clock=self.clock)
            log.log(logging.INFO if report.outcome == "ok" else logging.WARNING,
                    "sync %s: %d item(s) acknowledged, %d waiting, batches received %s, %d bytes out, %d in: %s",
                    report.outcome, report.tally.acknowledged, report.remaining, report.batches_received,
                    report.bytes_sent, report.bytes_received, report.message)
            store.close()
        return report

    def _lab_from_relay(self, store: Store, relay: RelayLink, device_id: str, key: bytes) -> None:
        """Take the hub's lab file from the relay when it holds a new one for this workstation
        (the line is down: the admin gave the relay the file; docs/offline-links.md). Whatever
        goes wrong is said, and the sync goes on."""
        try:
            taken = import_lab_from_relay(store, self.data_dir, relay, device_id, key, clock=self.clock)
        except LabClientError as exc:
            self.relay_said.append(Said("sync.lab_file_unused", "The lab file on the relay was not used: {why}",
                                      {"why": _printable(exc.message)[:300]}))
            return
        if taken is None:
            return
        self.batches_received.extend(taken.added)
        if not taken.added and not taken.answered.acknowledged and not taken.passed_over:
            return  # taken again, for a batch whose media the relay did not have yet: nothing new to say
        self.batches_refused.extend(RefusedBatch(_printable(b)[:128], f"skipped: {_printable(why)[:300]}")
                                    for b, why in taken.passed_over)
        self.relay_said.append(Said("sync.lab_file", "The lab file on the relay brought {n} new batch(es); {items} "
                                  "item(s) answered by the hub left the outbox.",
                                  {"n": len(taken.added), "items": taken.answered.acknowledged}))

    def _relay_link(self, store: Store, settings: SyncSettings, deadline: float | None) -> RelayLink:
        """The lab relay for this run. When nothing answers at the address set, a relay of this
        hub and lab announced on the LAN at another address (the router gave it a new one) is
        looked for, a few seconds at most, and used from then on; it is checked as any relay is."""
        assert settings.relay_url is not None and settings.hub_url is not None
        relay = RelayLink(settings.relay_url, settings.hub_url, deadline)
        if relay.usable() or not relay.silent:
            return relay
        try:
            found = find_relays(settings.hub_url, settings.lab, wait_s=RELAY_SEARCH_S)
            moved = next(url for url in found if url != settings.relay_url)
            write_settings(store, relay_url=check_relay_url(moved))
        except (LabClientError, StopIteration, ValueError) as exc:
            log.info("no lab relay answered elsewhere on the LAN: %s", getattr(exc, "message", "none found"))
            return relay
        self.relay_said.append(Said("sync.relay_moved", "Nothing answered at the lab relay's address {old}; the relay "
                                    "answered at {new}, which is used from now on.",
                                    {"old": settings.relay_url, "new": moved}))
        relay.close()
        return RelayLink(moved, settings.hub_url, deadline)

    def _lab_budget_spent(self, store: Store, relay: RelayLink) -> bool:
        """Take the lab's budget the relay keeps into account (this run then has the less room of
        the two, and reports its bytes to the relay at its end); whether it is spent."""
        lab = relay.lab_use()
        if lab is None:
            return False
        self.lab_budget = True
        write_settings(store, relay_lab_use=lab_use_setting(lab))
        self.data_use = tighter(self.data_use or lab, lab)
        return self.data_use.spent

    def _outbox_to_relay(self, store: Store, relay: RelayLink) -> None:
        """The hub is out of reach: leave the outbox file on the relay for the admin's next USB
        trip (``labclient relay-outboxes``), when it changed since the last one left there."""
        row = store.read().execute("SELECT count(*), coalesce(max(seq), 0) FROM outbox").fetchone()
        mark = f"{row[0]}:{row[1]}"
        if row[0] == 0 or read_settings(store).relay_outbox == mark:
            return
        try:
            with tempfile.TemporaryDirectory(dir=self.data_dir) as folder:
                written = export_outbox(store, self.data_dir, Path(folder))
                kept = relay.put_file(f"/v1/outbox/{written.path.name}", written.path)
        except (LabClientError, OSError) as exc:
            why = exc.message if isinstance(exc, LabClientError) else str(exc)
            log.warning("the outbox was not left on the relay: %s", why)
            return
        if kept:
            write_settings(store, relay_outbox=mark)
            self.relay_said.append(Said("sync.outbox_on_relay", "The hub cannot be reached: the lab relay keeps this "
                                        "workstation's {n} waiting item(s) for the next USB trip.",
                                        {"n": written.items}))

    def _left(self, transport: Transport) -> int | None:
        """Bytes the data budget still allows this run (None: no budget)."""
        room = None if self.data_use is None else self.data_use.room
        relayed = 0 if self.relay is None else self.relay.uplink_bytes
        return None if room is None else room - transport.bytes_sent - transport.bytes_received - relayed

    def _limits(self, store: Store, transport: Transport, settings: SyncSettings) -> tuple[int, int]:
        """The hub's chunk limits (and features). A run after a good one uses those it knows and
        sends data at once; after a failure it asks ``hello`` first (with retries), and after
        ``BREAKER_THRESHOLD`` failures in a row it probes once, without retries, so a workstation
        on a dead line stays quiet and spends a few hundred bytes a run. It also asks when it
        does not know the hub's features, or now and then while the hub takes no people map."""
        due = settings.features_due(local_now(self.clock))
        if settings.limits_known and settings.failed_runs == 0 and not due:
            return settings.max_items, settings.max_request_bytes
        if settings.failed_runs >= BREAKER_THRESHOLD:
            hello = transport.hello()
        else:
            hello = self._with_retries(transport, transport.hello, lambda: _counts(0, 0))
        max_items, max_bytes = _limits(hello, settings.max_items, settings.max_request_bytes)
        write_settings(store, max_items=max_items, max_request_bytes=max_bytes,
                       **feature_settings(hello, local_now(self.clock)))
        return max_items, max_bytes

    def _push(self, store: Store, transport: Transport, max_items: int, max_bytes: int) -> SyncReport:
        tally = self.tally
        total = _outbox_size(store)
        budget = int(max_bytes * 0.9) - 1024  # room for the envelope
        hub = read_settings(store)
        with_people, signed, reviews = hub.hub_takes_people, hub.hub_takes_signed_events, hub.hub_takes_reviews
        passes = hub.hub_takes_qualifications
        while True:
            if self.cancelled():
                report = SyncReport("cancelled", "", tally)
                report.say(Said("sync.cancelled", "Sync was cancelled; what was sent is kept by the hub."))
                return report
            candidates = pending(store, min(max_items, CHUNK_ITEMS), signed=signed, reviews=reviews,
                                 qualifications=passes)
            people = people_map(store, candidates) if with_people and candidates else {}
            left = self._left(transport)
            cap = budget if left is None else min(budget, left - 1024)  # the data budget may leave less room
            items = _fit(candidates, cap - _json_size(people))
            if (candidates and self.data_use is not None and cap < budget
                    and _size(candidates[0]) + _json_size(people) > cap):
                report = SyncReport("held", "", tally)  # the data budget, not the hub's limit, stops it
                report.say(Said("sync.sent", "Sent {n} item(s).", {"n": tally.acknowledged}))
                report.say(budget_said(self.data_use.plus(transport.bytes_sent + transport.bytes_received),
                                       _outbox_size(store)))
                return report
            if not items:
                report = SyncReport("ok", "", tally)
                report.say(Said("sync.sent", "Sent {n} item(s).", {"n": tally.acknowledged}))
                if tally.superseded:
                    report.say(Said("sync.superseded", "{n} result(s) arrived after another workstation had answered "
                                    "the same task: the hub keeps them beside that result, which stands.",
                                    {"n": tally.superseded}))
                return report
            if items[0].body is None:
                refuse_locally(store, items[0], "what this item carried is gone from this computer's database", tally,
                               clock=self.clock)
                continue
            if _size(items[0]) > budget:
                # One item larger than the hub takes would block the queue for ever: set it aside.
                refuse_locally(store, items[0], f"larger than the hub accepts ({max_bytes} bytes)", tally,
                               clock=self.clock)
                continue
            if _size(items[0]) + _json_size(people) > budget:
                people = {}  # a large item goes alone; the mappings go with a later push

            def send(items: list[OutboxItem] = items, people: dict[str, str] = people) -> None:
                self._send(store, transport, items, people)

            try:
                self._with_retries(transport, send, lambda: _counts(tally.acknowledged, total))
            except SyncError as exc:
                if exc.params.get("status") != 413 or budget < 2048:
                    raise
                budget //= 2  # the hub's limit is lower than it said: send smaller chunks
                continue
            self.progress(SyncProgress(tally.acknowledged, total, transport.bytes_sent, transport.bytes_received,
                                       Said("sync.progress", "Sent {done} of {n}.",
                                            {"done": tally.acknowledged, "n": total})))
            if tally.unanswered:
                raise BadHubResponseError(hub=transport.hub_url, detail=f"{tally.unanswered} item(s) not answered")

    def _send(self, store: Store, transport: Transport, items: list[OutboxItem], people: dict[str, str]) -> None:
        """One push of ``items`` (and ``people``, when not empty); its answer recorded."""
        body: dict[str, Any] = {"clock": device_clock(self.clock), "items": [item.wire() for item in items],
                                "report": "exceptions"}
        if people:
            body["people"] = people
        if items:  # from now the hub may hold them: a worker can no longer take them back (Workspace.undo_last)
            mark_sending(store, max(item.seq for item in items))
        try:
            apply_push_answer(store, items, transport.post("/v1/push", body), self.tally, exceptions_only=True,
                              people=people, clock=self.clock)
        except ValueError as exc:
            raise BadHubResponseError(hub=transport.hub_url, detail=str(exc)) from None

    def _push_people(self, store: Store, transport: Transport) -> None:
        """Send the mappings the hub has not acknowledged yet (people the roster just confirmed)
        in a push with no items; nothing when there are none or the hub does not take them."""
        if not read_settings(store).hub_takes_people:
            return
        people = people_map(store, [])
        if people:
            self._with_retries(transport, functools.partial(self._send, store, transport, [], people),
                               lambda: _counts(self.tally.acknowledged, self.tally.acknowledged))

    def _pull(self, store: Store, transport: Transport) -> None:
        """Fetch new batches (and their media) and lease news until the hub has no more, adding
        each batch taken to ``batches_received`` (and each one not taken to ``batches_refused``).
        BadHubResponseError for a hub that keeps saying it has more and sends nothing new."""
        media = MediaStore(self.data_dir / "media")
        received = self.batches_received
        seen: set[str] = set()  # batches this run was handed (taken or not)
        empty = 0  # answers in a row that said "more" and brought no batch not seen before
        while not self.cancelled():
            have = [r[0] for r in store.read().execute("SELECT batch_id FROM batches").fetchall()]
            settings = read_settings(store)
            body = {"clock": device_clock(self.clock), "cursor": settings.pull_cursor, "have": have,
                    "max_batches": PULL_BATCHES, "roster_as_of": people_state.get(store.read(), "roster_as_of")}
            if settings.hub_features is not None and "batch_documents" in settings.hub_features:
                body["inline_max_bytes"] = INLINE_MAX_BYTES  # larger documents come by reference, resumable
            reviews_before = review_cursor(store)
            if settings.hub_takes_reviews:
                body["reviews_after"] = reviews_before  # the lab's notes to its workers, from other workstations
            if settings.prefetch_budget is not None:
                # Ask only for as much new media as the budget has room for beside the work not yet done.
                body["max_media_bytes"] = max(0, settings.prefetch_budget - outstanding_media_bytes(store))
                self.budget_full = body["max_media_bytes"] == 0
            left = self._left(transport)
            if left is not None:
                if left < PULL_RESERVE:
                    self.pull_held = True  # the news and the roster would not fit: tomorrow
                    return
                room = left - PULL_RESERVE  # the new batches' media within what the data budget leaves
                prefetch = body.get("max_media_bytes")
                body["max_media_bytes"] = room if not isinstance(prefetch, int) else min(room, prefetch)
                if settings.hub_keeps_media_budget:
                    body["strict_media_bytes"] = True  # not even a first batch past it
            answer = self._with_retries(transport, functools.partial(transport.post, "/v1/pull", body),
                                        functools.partial(_counts, len(received), len(received)))
            entries = answer.get("batches")
            if not isinstance(entries, list):
                raise BadHubResponseError(hub=transport.hub_url, detail="the pull answer has no batch list")
            news = False
            for entry in entries:
                batch_id = self._receive_batch(store, transport, media, entry)
                if batch_id is not None:
                    received.append(batch_id)
                named = _batch_id(entry)
                news = news or batch_id is not None or (named is not None and named not in seen)
                if named is not None:
                    seen.add(named)
            apply_pull_answer(store, answer, clock=self.clock)
            apply_reviews(store, answer, clock=self.clock)
            news = news or review_cursor(store) > reviews_before
            self._apply_roster(store, transport, answer.get("roster"), answer.get("hub_time"))
            if answer.get("more") is not True:
                sweep_partials(media)  # what is left belongs to no batch this workstation will get
                return
            empty = 0 if news else empty + 1
            if empty >= MAX_EMPTY_PULLS:
                raise BadHubResponseError(hub=transport.hub_url,
                                          detail=f"it said {empty} times in a row that it had more new work, and "
                                                 "sent nothing new")

    def _apply_roster(self, store: Store, transport: Transport, roster: Any, answer_time: Any = None) -> None:
        """Bring the lab's users, roles and PINs up to the hub's list, when the pull carried one
        (it does only when the list changed since the one this workstation holds)."""
        if roster is None:
            return
        users, as_of = (roster.get("users"), roster.get("as_of")) if isinstance(roster, dict) else (None, None)
        if not isinstance(users, list) or not isinstance(as_of, str):
            raise BadHubResponseError(hub=transport.hub_url, detail="the roster in the pull answer is malformed")
        hub_now = answer_time if isinstance(answer_time, str) else None
        try:
            report = apply_roster(store, users, as_of=as_of, lab=read_settings(store).lab or None, hub_now=hub_now)
        except StaleRosterError:
            return  # an older list than the one held: keep ours
        except RosterFromFutureError as exc:
            self.roster_problem = exc  # keep ours; the admin reads why in the sync history
            return
        except ValueError as exc:
            raise BadHubResponseError(hub=transport.hub_url,
                                      detail=f"the lab's list of people in the pull answer cannot be used: {exc}") \
                from None
        self.roster_report = report

    def _receive_batch(self, store: Store, transport: Transport, media: MediaStore, entry: Any) -> str | None:
        """Check one pulled batch (fetching its document first when the answer sent a reference),
        fetch its missing media (resuming) and add it to the cache."""
        doc = entry.get("batch") if isinstance(entry, dict) else None
        if doc is None and isinstance(entry, dict) and "document" in entry:
            try:
                ref = check_reference(entry["document"])
            except BadHubResponseError as exc:
                self._refuse(transport, _batch_id(entry), "refused", exc)
                return None
            if present(store, ref["batch_id"]):
                return None
            try:
                doc = self._with_retries(transport, functools.partial(fetch_document, transport, media, ref),
                                         lambda: _counts(0, 1))
            except BundleError as exc:  # the hub no longer has it: skip it, keep syncing the rest
                self._refuse(transport, ref["batch_id"], "skipped", exc)
                return None
            if not isinstance(doc, dict) or doc.get("batch_id") != ref["batch_id"]:
                self._refuse(transport, ref["batch_id"], "refused",
                             BundleError(detail="its document names another batch"))
                return None
        try:
            batch = check_batch(doc)
        except (BundleError, ValueError, TypeError, KeyError, RecursionError) as exc:
            # A batch this client cannot use must not stop the sync (nor any later one): it is
            # refused, named in the report and the sync history, and the rest goes on.
            self._refuse(transport, _batch_id(entry), "refused", exc)
            return None
        try:
            if held(store, batch):
                return None
        except BundleError as exc:  # another document under a batch id cached here: keep ours, say so
            self._refuse(transport, batch.batch_id, "refused", exc)
            return None
        try:
            self._fetch_media(transport, media, [m for m in batch.media if not media.has(m.sha256, m.bytes)])
        except BundleError as exc:  # the hub lacks a file: skip this batch, keep syncing the rest
            self._refuse(transport, batch.batch_id, "skipped", exc)
            return None
        try:
            import_fetched_batch(store, media, batch, "hub", clock=self.clock)
        except (BundleError, ValueError, TypeError, RecursionError) as exc:
            # Text the checks let through that the database refuses (a lone surrogate): the
            # import is one transaction, so nothing of the batch is kept.
            self._refuse(transport, batch.batch_id, "refused", exc)
            return None
        return batch.batch_id

    def _refuse(self, transport: Transport, batch_id: str | None, how: str, exc: BaseException) -> None:
        """Keep why a batch from the hub was not taken (``how``: refused or skipped) and say so."""
        reason = exc.message if isinstance(exc, LabClientError) else f"it cannot be read ({type(exc).__name__}: " \
                                                                      f"{_printable(str(exc))[:200]})"
        refused = RefusedBatch(_printable(batch_id or "(no batch id)")[:128], f"{how}: {_printable(reason)[:300]}")
        self.batches_refused.append(refused)
        log.warning("a batch from the hub was %s: %s: %s", how, refused.batch_id, refused.reason)
        self.progress(SyncProgress(0, 0, transport.bytes_sent, transport.bytes_received,
                                   Said("sync.batch_refused", "Batch {batch} from the hub was {reason}",
                                        {"batch": refused.batch_id, "reason": refused.reason})))

    def _fetch_media(self, transport: Transport, media: MediaStore, missing: list[MediaEntry]) -> None:
        """Fetch ``missing`` files over up to ``FETCH_CONNECTIONS`` connections at once, so one
        file's round trip overlaps another's bytes (a batch of small images would otherwise pay
        a round trip per file). Each file is retried on its own; the first error that is not
        transient stops the rest and is raised."""
        if len(missing) <= 1:
            for item in missing:
                self._with_retries(transport, functools.partial(fetch, transport, media, item, self.relay),
                                   lambda: _counts(0, 1))
            return
        lanes = queue.SimpleQueue[Transport]()
        twins = [transport.twin() for _ in range(min(FETCH_CONNECTIONS, len(missing)))]
        for twin in twins:
            lanes.put(twin)
        done = [0]
        stop, counting = threading.Event(), threading.Lock()

        def one(item: MediaEntry) -> None:
            if stop.is_set() or self.cancelled():
                return
            lane = lanes.get()
            try:
                self._with_retries(lane, functools.partial(fetch, lane, media, item, self.relay),
                                   lambda: _counts(done[0], len(missing)))
                with counting:
                    done[0] += 1
            except BaseException:
                stop.set()
                raise
            finally:
                lanes.put(lane)

        try:
            with ThreadPoolExecutor(max_workers=len(twins), thread_name_prefix="media") as pool:
                for future in [pool.submit(one, item) for item in missing]:
                    future.result()
        finally:
            for twin in twins:
                transport.bytes_received += twin.bytes_received
                transport.bytes_sent += twin.bytes_sent
                twin.close()

    def _with_retries(self, transport: Transport, step: Callable[[], T],
                      where: Callable[[], tuple[int, int]]) -> T:
        """Run ``step`` and return what it returns; on a transient failure wait (backoff or
        Retry-After) and run it again, until the run's deadline. Other errors propagate; SyncError
        when the deadline has passed before ``step`` starts (unless it is the run's first request)."""
        if self._requested and self.timer() - self._started > self.deadline_s:
            raise SyncError(detail=f"its time limit of {self.deadline_s:.0f} s ran out before it was done")
        self._requested = True
        attempt = 0
        while True:
            try:
                return step()
            except (HubUnreachableError, HubBusyError) as exc:
                attempt += 1
                delay = self._delay(attempt, exc)
                if self.timer() - self._started + delay > self.deadline_s or self.cancelled():
                    raise
                done, total = where()
                self.progress(SyncProgress(done, total, transport.bytes_sent, transport.bytes_received,
                                           Said("sync.retrying", "{problem} Trying again in {seconds} s.",
                                                {"problem": Said.of(exc), "seconds": round(delay)})))
                self.sleep(delay)

    def _delay(self, attempt: int, exc: SyncError) -> float:
        """Full-jitter exponential backoff, or the hub's Retry-After (capped) when it gave one."""
        if isinstance(exc, HubBusyError) and exc.retry_after is not None:
            return min(exc.retry_after, RETRY_AFTER_CAP_S)
        return self.rng.uniform(0, min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** min(attempt, 16)))  # 2**1024: no float


def _limits(hello: dict[str, Any], items: int, size: int) -> tuple[int, int]:
    """The hub's chunk limits from its hello answer (ours where it says nothing sensible)."""
    max_items, max_bytes = hello.get("max_items"), hello.get("max_request_bytes")
    if isinstance(max_items, int) and 1 <= max_items <= 10_000:
        items = max_items
    if isinstance(max_bytes, int) and 16 * 1024 <= max_bytes <= 1 << 30:
        size = max_bytes
    return items, size


def _size(item: OutboxItem) -> int:
    return _json_size(item.wire())


def _json_size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


def _fit(items: list[OutboxItem], budget: int) -> list[OutboxItem]:
    """The longest prefix of ``items`` whose JSON fits ``budget`` bytes (at least one item),
    ending before an item with no body (unless it is the first)."""
    total = 0
    for n, item in enumerate(items):
        if item.body is None:
            return items[: max(1, n)]
        total += _size(item) + 1
        if total > budget:
            return items[: max(1, n)]
    return items


def refused_note(refused: list[RefusedBatch], shown: int = 3) -> Said:
    """The sentence of a run's message (and so of the sync history, whose lines keep 1,000
    characters) that names the batches from the hub it did not take, count first, in at most
    about 500 characters; :func:`refused_in` counts them back from a message."""
    parts = "; ".join(f"{r.batch_id[:60]} ({r.reason[:100]})" for r in refused[:shown])
    if len(refused) > shown:
        return Said("sync.refused_more", "{n} batch(es) from the hub were not taken: {which}; and {more} more.",
                    {"n": len(refused), "which": parts, "more": len(refused) - shown})
    return Said("sync.refused", "{n} batch(es) from the hub were not taken: {which}.",
                {"n": len(refused), "which": parts})


_REFUSED_NOTE = re.compile(r"(\d+) batch\(es\) from the hub were not taken: ")


def refused_in(message: str) -> int:
    """How many batches from the hub the run with this history ``message`` did not take."""
    found = _REFUSED_NOTE.search(message)
    return int(found.group(1)) if found else 0


def _batch_id(entry: Any) -> str | None:
    """The batch id a pull entry names (in its document or its reference), if it names one."""
    ref = entry.get("document") if isinstance(entry, dict) else None
    if isinstance(ref, dict) and isinstance(ref.get("batch_id"), str):
        return str(ref["batch_id"])
    doc = entry.get("batch") if isinstance(entry, dict) else None
    batch_id = doc.get("batch_id") if isinstance(doc, dict) else None
    return batch_id if isinstance(batch_id, str) else None


def _printable(text: str) -> str:
    """``text`` on one line with no lone surrogate (valid in a JSON escape, refused by UTF-8 and
    SQLite) and no control character."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return "".join(c if c.isprintable() else "?" for c in text)


def _printable_said(said: Said) -> Said:
    """``said`` with every text param made :func:`_printable` (an error it told is made again
    from them by the UI, so the raw error is not kept)."""
    def clean(value: Any) -> Any:
        if isinstance(value, Said):
            return _printable_said(value)
        return _printable(value) if isinstance(value, str) else value

    return Said(said.code, said.template, {k: clean(v) for k, v in said.params.items()})


def _counts(done: int, total: int) -> tuple[int, int]:
    return done, total



def budget_said(use: DataUse, waiting: int) -> Said:
    """The sentence for a run the data budget stopped: which budget, how much is used, what waits."""
    day = use.binding == "day"
    limit = use.daily if day else use.monthly
    used = use.today if day else use.month
    mb = {"used": round(used / MB, 1), "limit": round((limit or 0) / MB, 1), "n": waiting}
    if use.lab and day:
        return Said("sync.lab_budget_day", "The lab's data budget for today is used ({used} of {limit} MB, counted "
                    "by the lab relay): {n} item(s) wait until tomorrow, and no new work is asked for.", mb)
    if use.lab:
        return Said("sync.lab_budget_month", "The lab's data budget for this month is used ({used} of {limit} MB, "
                    "counted by the lab relay): {n} item(s) wait until next month, and no new work is asked for.", mb)
    if day:
        return Said("sync.budget_day", "Today's data budget is used ({used} of {limit} MB): {n} item(s) wait "
                    "until tomorrow, and no new work is asked for.", mb)
    return Said("sync.budget_month", "This month's data budget is used ({used} of {limit} MB): {n} item(s) wait "
                "until next month, and no new work is asked for.", mb)


def _outcome(exc: SyncError) -> str:
    return {"sync.offline": "offline", "sync.busy": "busy", "sync.auth": "auth", "sync.bad_response": "bad_response",
            "sync.not_enrolled": "not_enrolled"}.get(exc.code, "error")


def _outbox_size(store: Store) -> int:
    return int(store.read().execute("SELECT count(*) FROM outbox").fetchone()[0])
