"""The relay's media files and the background fetches from the hub that fill them
(see :mod:`labclient.relay`)."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labclient.batch import MAX_MEDIA_BYTES, SHA256_RE
from labclient.errors import BundleError, LabClientError, SyncError
from labclient.media import MediaStore
from labclient.relay import DEFAULT_MAX_CACHE_BYTES
from labclient.relay.budget import PrefetchBudget
from labclient.sync.media_fetch import download
from labclient.sync.transport import Transport

log = logging.getLogger("labclient.relay")

#: Files fetched from the hub at once: the uplink is the narrow part, so two keep it busy.
UPLINK_FETCHES = 2
#: Seconds the relay remembers that the hub has no such file (a workstation asks once a run).
MISSING_FOR_S = 60.0
#: Files fetched for a workstation whose cost is not told yet, at most (the oldest are forgotten).
MAX_CHARGES = 4096
#: Files waiting to be fetched at most; past it a request is told to come back (a machine on the
#: LAN asking for many hashes must not queue unbounded work, nor unbounded requests to the hub).
MAX_PENDING = 256


@dataclass
class RelayStats:
    """What the relay has carried since it started (also in its hello answer)."""

    uplink_bytes: int = 0     # bytes received from the hub
    served_bytes: int = 0     # bytes sent to workstations
    served_files: int = 0     # answers with a file's bytes
    fetched_files: int = 0    # files fetched from the hub whole
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def as_json(self) -> dict[str, int]:
        """The counts as the hello answer gives them."""
        with self.lock:
            return {"uplink_bytes": self.uplink_bytes, "served_bytes": self.served_bytes,
                    "served_files": self.served_files, "fetched_files": self.fetched_files}


class MissingFile(Exception):
    """The hub has no media file with this hash (or none this lab may see)."""


class MediaCache:
    """The relay's files and the background fetches that fill it.

    ``transport_factory`` makes a new :class:`Transport` to the hub (with the relay's credential)
    for one fetch; a fetch runs on one of ``UPLINK_FETCHES`` threads. ``budget`` bounds the
    fetches ahead (:meth:`prefetch`); the uplink bytes of a fetch a workstation asked for are
    its to count (:meth:`take_charge`)."""

    def __init__(self, root: Path, transport_factory: Any, *, max_bytes: int = DEFAULT_MAX_CACHE_BYTES,
                 extra: MediaStore | None = None, stats: RelayStats | None = None,
                 budget: PrefetchBudget | None = None, lab_budget: PrefetchBudget | None = None) -> None:
        self.store = MediaStore(root)
        self.extra = extra  # a workstation's own media folder on this PC, read only
        self.max_bytes = max_bytes
        self.stats = stats or RelayStats()
        self.transport_factory = transport_factory
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._fetching: dict[str, threading.Event] = {}
        self._missing: dict[str, float] = {}
        self._charges: dict[str, int] = {}   # uplink bytes of files fetched because a workstation asked
        self._ahead: dict[str, int] = {}     # listed bytes of the fetches ahead under way
        self.budget = budget
        self.lab_budget = lab_budget  # the whole lab's line, when the relay keeps it
        self._pool = ThreadPoolExecutor(max_workers=UPLINK_FETCHES, thread_name_prefix="relay-uplink")

    def close(self) -> None:
        """Stop taking fetches; wait for those under way."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def ahead_room(self) -> int | None:
        """Bytes the relay's own traffic may still take now: the least room of the budget for
        fetching ahead and the lab's (None: no limit)."""
        rooms = [room for b in (self.budget, self.lab_budget) if b is not None and (room := b.room()) is not None]
        return min(rooms) if rooms else None

    def spend_ahead(self, carried: int) -> None:
        """Count ``carried`` bytes of the relay's own traffic in both budgets."""
        for budget in (self.budget, self.lab_budget):
            if budget is not None and carried:
                budget.spend(carried)

    def pending(self) -> int:
        """Files being fetched, or waiting to be."""
        with self._lock:
            return len(self._fetching)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no fetch from the hub is under way (at most ``timeout`` s); whether none is."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._fetching, timeout)

    def find(self, sha256: str) -> Path | None:
        """The cached file with this hash, or None."""
        for store in (self.store, self.extra):
            if store is not None:
                path = store.path_for(sha256)
                if path.is_file():
                    return path
        return None

    def obtain(self, sha256: str, wait_s: float) -> Path | None:
        """The file with this hash: from the cache, or fetched from the hub now (a fetch is started
        unless one is under way, and waited for at most ``wait_s``). None when it is not here
        yet (still coming, or the fetch stopped: the next call starts it again). MissingFile when
        the hub said lately that it has no such file."""
        found = self.find(sha256)
        if found is not None:
            return found
        with self._lock:
            if time.monotonic() - self._missing.get(sha256, -MISSING_FOR_S) < MISSING_FOR_S:
                raise MissingFile(sha256)
            done = self._fetching.get(sha256)
            if done is None:
                if len(self._fetching) >= MAX_PENDING:
                    return None
                if len(self._missing) > MAX_PENDING:
                    now = time.monotonic()
                    self._missing = {k: t for k, t in self._missing.items() if now - t < MISSING_FOR_S}
                done = self._fetching[sha256] = threading.Event()
                self._pool.submit(self._fetch, sha256, done, True)
        done.wait(wait_s)
        with self._lock:
            if sha256 in self._missing and time.monotonic() - self._missing[sha256] < MISSING_FOR_S:
                raise MissingFile(sha256)
        return self.find(sha256)

    def take_charge(self, sha256: str) -> int:
        """The uplink bytes of ``sha256`` fetched because a workstation asked, not told to any
        workstation yet (0: none); told once (:meth:`give_back` if the answer did not go)."""
        with self._lock:
            return self._charges.pop(sha256, 0)

    def give_back(self, sha256: str, charge: int) -> None:
        """A charge taken for an answer that did not reach its workstation: the next one pays it."""
        if charge:
            with self._lock:
                self._charges[sha256] = charge

    def prefetch(self) -> int:
        """Ask the hub which media files of the lab's batches no workstation has taken yet
        (``GET /v1/relay/media``) and start fetching those not here, oldest batch first, while
        the budget has room for them; how many were started. SyncError when the hub cannot be
        asked (the next round asks again)."""
        room = self.ahead_room()
        if room is not None and room <= 0:
            return 0
        transport = self.transport_factory()
        try:
            answer = transport.get("/v1/relay/media")
        finally:
            with self.stats.lock:
                self.stats.uplink_bytes += transport.bytes_received
            self.spend_ahead(transport.bytes_sent + transport.bytes_received)
            transport.close()
        listed = answer.get("media")
        if not isinstance(listed, list):
            raise SyncError(detail="the hub's list of the lab's media is malformed")
        return self.fetch_ahead(listed)

    def fetch_ahead(self, listed: list[Any]) -> int:
        """Start fetching the files of ``listed`` (``{"sha256", "bytes"}`` each, as the hub lists
        them; anything else is passed over) not here yet, in that order, while the budget has
        room for them; how many were started."""
        started = 0
        room = self.ahead_room()
        for entry in listed:
            sha256 = entry.get("sha256") if isinstance(entry, dict) else None
            size = entry.get("bytes") if isinstance(entry, dict) else None
            if not isinstance(sha256, str) or not SHA256_RE.fullmatch(sha256) or self.find(sha256) is not None:
                continue
            if not isinstance(size, int) or not 0 <= size <= MAX_MEDIA_BYTES:
                continue
            with self._lock:
                if sha256 in self._fetching or sha256 in self._missing or len(self._fetching) >= MAX_PENDING:
                    continue
                if room is not None and sum(self._ahead.values()) + size > room:
                    break  # the budget's room is taken: the rest waits for tomorrow (or a workstation asking)
                done = self._fetching[sha256] = threading.Event()
                self._ahead[sha256] = size
                self._pool.submit(self._fetch, sha256, done, False)
            started += 1
        return started

    def _fetch(self, sha256: str, done: threading.Event, asked: bool) -> None:
        """Fetch one file (``asked``: a workstation asked for it; else fetched ahead)."""
        transport: Transport | None = None
        try:
            transport = self.transport_factory()
            self._download(transport, sha256)
        except BundleError:
            with self._lock:
                self._missing[sha256] = time.monotonic()
            log.info("the hub has no media file %s", sha256[:12])
        except (SyncError, OSError, LabClientError) as exc:  # the next request starts it again
            log.warning("fetching %s from the hub stopped: %s", sha256[:12], getattr(exc, "message", exc))
        except Exception:  # a bug must not end the fetching thread silently
            log.exception("fetching %s from the hub failed", sha256[:12])
        finally:
            if transport is not None:
                with self.stats.lock:
                    self.stats.uplink_bytes += transport.bytes_received
                if not asked:
                    self.spend_ahead(transport.bytes_sent + transport.bytes_received)
                if asked and transport.bytes_received:  # a cut try's bytes crossed too: told with the file
                    with self._lock:
                        self._charges[sha256] = self._charges.get(sha256, 0) + transport.bytes_received
                        while len(self._charges) > MAX_CHARGES:
                            del self._charges[next(iter(self._charges))]
                transport.close()
            with self._lock:
                self._ahead.pop(sha256, None)
                del self._fetching[sha256]
                done.set()
                if not self._fetching:
                    self._idle.notify_all()

    def _download(self, transport: Transport, sha256: str) -> None:
        """Fetch the file into place, resuming a part file a cut left; the hash is checked
        before it is placed (a part that does not match is deleted)."""
        part = self.store.root / ".partial" / f"{sha256}.part"
        part.parent.mkdir(parents=True, exist_ok=True)
        offset = part.stat().st_size if part.exists() else 0
        if offset == 0 or not _matches(part, sha256):  # a whole part a crash left unplaced needs no request
            download(transport, f"/v1/media/{sha256}", part, offset, MAX_MEDIA_BYTES, f"media {sha256[:12]}",
                     self.store.root, missing=BundleError(detail=f"the hub has no media file {sha256[:12]}…"))
            if not _matches(part, sha256):
                part.unlink(missing_ok=True)
                raise SyncError(detail=f"media {sha256[:12]} from the hub does not match its sha256")
        dest = self.store.path_for(sha256)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, dest)
        with self.stats.lock:
            self.stats.fetched_files += 1
        self._evict(keep=dest)

    def touch(self, path: Path) -> None:
        """Mark ``path`` as just served (eviction goes by that time)."""
        with contextlib.suppress(OSError):
            os.utime(path)

    def _evict(self, keep: Path) -> None:
        """Delete the files served longest ago while the cache holds more than ``max_bytes``."""
        files = []
        for path in self.store.root.glob("??/*"):
            with contextlib.suppress(OSError):
                st = path.stat()
                files.append((st.st_mtime, st.st_size, path))
        total = sum(size for _, size, _ in files)
        for _, size, path in sorted(files, key=lambda f: f[0]):
            if total <= self.max_bytes:
                break
            if path != keep:
                with contextlib.suppress(OSError):
                    path.unlink()
                    total -= size


def _matches(path: Path, sha256: str) -> bool:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest() == sha256
