"""Running a sync: enrolment, and pushing the outbox to the hub in chunks, through bad links.

A :class:`SyncRun` opens its own store connection, so it can run on any thread (the app runs it
on a worker thread; ``labclient sync`` on the main one). It pushes the outbox oldest first in
chunks of at most the hub's ``max_items``; each chunk's answer is recorded in one transaction
before the next chunk goes, so a cut costs at most one chunk sent again. Transient failures
(offline, stalled, busy, 5xx) are retried with capped exponential backoff and full jitter,
honouring ``Retry-After`` up to a cap, until the run's deadline. A refused credential or an
answer that is not the hub's stops the run at once with a message for a person.
"""

from __future__ import annotations

import random
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from labclient.clock import boot_id, monotonic_ns, utc_now
from labclient.errors import (
    BadHubResponseError,
    HubAuthError,
    HubBusyError,
    HubUnreachableError,
    NotEnrolledError,
    SyncError,
)
from labclient.store import DB_NAME, Store
from labclient.sync import credentials
from labclient.sync.state import PushTally, apply_push_answer, log_run, pending, read_settings, write_settings
from labclient.sync.transport import Transport, check_hub_url

BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 60.0
RETRY_AFTER_CAP_S = 300.0
DEFAULT_DEADLINE_S = 15 * 60.0


@dataclass
class SyncProgress:
    """Where a run is, for a progress bar: items pushed of those queued at the start, bytes."""

    items_done: int
    items_total: int
    bytes_sent: int
    bytes_received: int
    message: str


@dataclass
class SyncReport:
    """How a run ended. ``outcome``: ok, offline, busy, auth, bad_response, cancelled, error."""

    outcome: str
    message: str
    tally: PushTally = field(default_factory=PushTally)
    remaining: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0

    @property
    def complete(self) -> bool:
        """Whether the outbox is empty and nothing failed."""
        return self.outcome == "ok" and self.remaining == 0


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
    except SyncError as exc:
        if exc.params.get("status") == 403:
            raise SyncError(detail=f"the hub refused the enrolment code ({exc.params.get('error')}); ask the hub "
                                   "admin for a new one") from None
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
        write_settings(store, hub_url=hub_url, device_id=device_id, lab=lab or "", credential_store=credential_store,
                       watermark=0 if old.device_id != device_id else old.watermark)
    finally:
        store.close()
    return str(lab or "")


class SyncRun:
    """One sync. Call :meth:`run` once; safe on a worker thread (it opens its own store)."""

    def __init__(self, data_dir: Path, *, deadline_s: float = DEFAULT_DEADLINE_S,
                 progress: Callable[[SyncProgress], None] | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 sleep: Callable[[float], None] = time.sleep, rng: random.Random | None = None,
                 connect_timeout: float | None = None, stall_timeout: float | None = None) -> None:
        self.data_dir = data_dir
        self.deadline_s = deadline_s
        self.progress = progress or (lambda p: None)
        self.cancelled = cancelled or (lambda: False)
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.timeouts = {k: v for k, v in (("connect_timeout", connect_timeout), ("stall_timeout", stall_timeout))
                         if v is not None}

    def run(self) -> SyncReport:
        """Push everything queued. Never raises for a sync failure: the report says what happened."""
        started = utc_now()
        store = Store.open(self.data_dir / DB_NAME, check=False)
        transport: Transport | None = None
        report = SyncReport("error", "")
        try:
            settings = read_settings(store)
            if settings.hub_url is None or settings.device_id is None:
                raise NotEnrolledError()
            token = credentials.load(self.data_dir, settings.credential_store, settings.hub_url, settings.device_id)
            if token is None:
                raise HubAuthError(detail="no credential is stored on this computer")
            transport = Transport(settings.hub_url, token, **self.timeouts)
            report = self._push(store, transport, settings.max_items)
        except SyncError as exc:
            report.outcome = _outcome(exc)
            report.message = exc.message
        finally:
            if transport is not None:
                report.bytes_sent, report.bytes_received = transport.bytes_sent, transport.bytes_received
                transport.close()
            report.remaining = _outbox_size(store)
            log_run(store, started, report.outcome, report.tally.acknowledged, report.bytes_sent,
                    report.bytes_received, report.message)
            store.close()
        return report

    def _push(self, store: Store, transport: Transport, chunk: int) -> SyncReport:
        tally = PushTally()
        total = _outbox_size(store)
        started = time.monotonic()
        attempt = 0
        while True:
            if self.cancelled():
                return SyncReport("cancelled", "Sync was cancelled; what was sent is kept by the hub.", tally)
            items = pending(store, chunk)
            if not items:
                return SyncReport("ok", f"Sent {tally.acknowledged} item(s).", tally)
            body = {"clock": {"wall": utc_now(), "mono_ns": monotonic_ns(), "boot_id": boot_id()},
                    "items": [item.wire() for item in items]}
            try:
                answer = transport.post("/v1/push", body)
                apply_push_answer(store, items, answer, tally)
            except (HubUnreachableError, HubBusyError) as exc:
                attempt += 1
                delay = self._delay(attempt, exc)
                if time.monotonic() - started + delay > self.deadline_s:
                    raise
                self.progress(SyncProgress(tally.acknowledged, total, transport.bytes_sent, transport.bytes_received,
                                           f"{exc.message} Trying again in {delay:.0f} s."))
                self.sleep(delay)
                continue
            except ValueError as exc:
                raise BadHubResponseError(hub=transport.hub_url, detail=str(exc)) from None
            attempt = 0
            self.progress(SyncProgress(tally.acknowledged, total, transport.bytes_sent, transport.bytes_received,
                                       f"Sent {tally.acknowledged} of {total}."))
            if tally.unanswered:
                raise BadHubResponseError(hub=transport.hub_url, detail=f"{tally.unanswered} item(s) not answered")

    def _delay(self, attempt: int, exc: SyncError) -> float:
        """Full-jitter exponential backoff, or the hub's Retry-After (capped) when it gave one."""
        if isinstance(exc, HubBusyError) and exc.retry_after is not None:
            return min(exc.retry_after, RETRY_AFTER_CAP_S)
        return self.rng.uniform(0, min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** attempt))


def _outcome(exc: SyncError) -> str:
    return {"sync.offline": "offline", "sync.busy": "busy", "sync.auth": "auth", "sync.bad_response": "bad_response",
            "sync.not_enrolled": "not_enrolled"}.get(exc.code, "error")


def _outbox_size(store: Store) -> int:
    return int(store.read().execute("SELECT count(*) FROM outbox").fetchone()[0])
