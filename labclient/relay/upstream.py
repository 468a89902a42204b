"""The relay's own line to the hub (docs/offline-links.md, "A relay with a line of its own").

In a lab where only the relay reaches the hub (a 3G dongle on the relay's machine, say), the
relay carries the whole lab's traffic itself, as the USB stick would, by the same files and the
same checks. Each round (every ``every_s`` seconds, and soon after a workstation leaves a new
outbox file on the relay):

1. **Results first.** Each outbox file the relay keeps (:mod:`labclient.relay.outbox_drop`) and
   has not sent yet goes to the hub (``POST /v1/relay/outbox/{name}``), which applies it as
   ``labhub import-outbox`` would: each item once, after checking the workstation's own
   signature, so the hub still sees which workstation did what, with its own sequence and chain.
   A file the hub refuses (changed, or of another lab) is not sent again; it stays for the stick.
2. **Then the lab's documents** (``GET /v1/relay/lab``): what ``labhub export-lab`` would write,
   without the media: each workstation's new batches (at most ``per_workstation`` waiting), its
   lease news, the roster, and the receipts of the files just sent. They are taken as a lab
   file's are (:func:`labclient.relay.lab_drop.take_lab_file`), so each workstation takes its
   part, and its receipts, at its next sync. The hub does not send the same documents twice
   (``If-None-Match``).
3. **Media last.** The media of those batches are fetched into the cache ahead.

With a budget for fetching ahead (``--prefetch-mb-day``/``--prefetch-mb-month``) or the lab's
(``--lab-mb-day``/``--lab-mb-month``), every step counts against them, and a step starts only
while they have room: results, then the roster and the batches, then media, and nothing past the
budget. A round that cannot reach the hub changes nothing; the next one tries again.
"""

from __future__ import annotations

import json
import logging
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labclient.errors import HubAuthError, LabClientError, SyncError
from labclient.media import write_file_atomically
from labclient.relay import outbox_drop
from labclient.relay.cache import MediaCache
from labclient.relay.lab_drop import ETAG_FILE, LAB_DIR, take_lab_file
from labclient.sync.lab_file import MAX_LAB_JSON, MAX_MACS_JSON
from labclient.sync.transport import Transport

log = logging.getLogger("labclient.relay")

SENT_FILE = "sent.json"
#: Seconds after a workstation leaves a file before the round starts (others often follow).
SOON_S = 5.0


@dataclass
class UpstreamRound:
    """What one round did."""

    sent: list[str] = field(default_factory=list)       # outbox files the hub applied
    refused: list[str] = field(default_factory=list)    # outbox files the hub refused (kept for the stick)
    lab_taken: bool = False                             # new lab documents taken
    media_started: int = 0                              # media files being fetched ahead
    held_by_budget: bool = False                        # a step waited for the budget's room
    problem: str | None = None                          # why the round stopped early


class Upstream:
    """Rounds of the relay's traffic with the hub (see the module); :meth:`run_round` is one,
    :meth:`start` runs them on a thread."""

    def __init__(self, cache: MediaCache, every_s: float, *, per_workstation: int = 5, max_mb: int = 2000) -> None:
        self.cache = cache
        self.every_s = every_s
        self.per_workstation = per_workstation
        self.max_mb = max_mb
        self.last: UpstreamRound | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="relay-upstream", daemon=True)

    @property
    def root(self) -> Path:
        """The relay's cache folder."""
        return self.cache.store.root

    def start(self) -> None:
        """Start the rounds (the first at once)."""
        self._thread.start()

    def stop(self) -> None:
        """Stop after the round under way."""
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=120)

    def wake(self) -> None:
        """A workstation left a new outbox file: start a round soon."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.last = done = self.run_round()
                if done.sent or done.lab_taken or done.media_started:
                    log.info("upstream: %d outbox file(s) sent, lab documents %s, %d media file(s) coming",
                             len(done.sent), "taken" if done.lab_taken else "unchanged", done.media_started)
                if done.problem:
                    log.warning("upstream: %s", done.problem)
            except Exception:  # a bug must not end the rounds silently
                log.exception("the relay's round with the hub failed")
            self._wake.wait(self.every_s)
            if self._wake.is_set() and not self._stop.is_set():
                self._stop.wait(SOON_S)  # the other workstations' files often follow
            self._wake.clear()

    def run_round(self) -> UpstreamRound:
        """One round: the outbox files, then the lab's documents, then their media."""
        done = UpstreamRound()
        line = _Line(self.cache, self.cache.transport_factory())
        try:
            self._send_outboxes(line, done)
            if done.problem is None and line.has_room(done):
                self._take_documents(line, done)
        except HubAuthError as exc:
            done.problem = f"the hub refused the relay's credential ({exc.message}): enrol the relay again"
        except LabClientError as exc:
            done.problem = f"the hub could not be reached or answered wrongly: {exc.message}"
        except OSError as exc:  # the relay's own disk (full, or not writable): the next round tries again
            done.problem = f"the relay cannot write to its cache folder: {exc.strerror or exc}"
        finally:
            line.count()
            line.transport.close()
        return done

    def _send_outboxes(self, line: _Line, done: UpstreamRound) -> None:
        sent = _read_sent(self.root)
        for path in outbox_drop.kept(self.root):
            try:
                seen = path.stat()
            except OSError:
                continue  # replaced by a newer one meanwhile
            mark = f"{seen.st_size}:{seen.st_mtime_ns}"  # a file is written once, then replaced whole
            if sent.get(path.name) == mark:
                continue
            if not line.has_room(done):
                return
            try:
                data = path.read_bytes()
            except OSError:
                continue
            try:
                answer = line.transport.post_file(f"/v1/relay/outbox/{path.name}", data)
            except SyncError as exc:
                status = exc.params.get("status")
                if not isinstance(status, int) or status not in (400, 404, 413):
                    raise
                done.refused.append(path.name)
                log.warning("the hub refused %s (%s); it stays for the USB stick", path.name, exc.message)
            else:
                done.sent.append(path.name)
                log.info("the hub took %s: %s", path.name, answer.get("counts"))
            sent[path.name] = mark
            _write_sent(self.root, sent)

    def _take_documents(self, line: _Line, done: UpstreamRound) -> None:
        folder = self.root / LAB_DIR
        etag_path = folder / ETAG_FILE
        try:
            etag: str | None = etag_path.read_text(encoding="ascii").strip() or None
        except (OSError, UnicodeDecodeError):
            etag = None
        route = f"/v1/relay/lab?per_workstation={self.per_workstation}&max_mb={self.max_mb}"
        got = line.transport.get_file(route, MAX_LAB_JSON + MAX_MACS_JSON + 4096, etag)
        if got is not None:
            data, new_etag = got
            self.root.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=self.root, prefix=".lab-") as tmp:
                path = Path(tmp) / "lab-documents.zip"
                path.write_bytes(data)
                take_lab_file(self.root, self.cache.store, path)
            if new_etag.isascii() and len(new_etag) < 200:
                write_file_atomically(etag_path, new_etag.encode("ascii"))
            done.lab_taken = True
        if line.has_room(done):
            done.media_started = self.cache.fetch_ahead(_media_listed(folder))


class _Line:
    """A round's transport to the hub, whose bytes count in the relay's stats and budget."""

    def __init__(self, cache: MediaCache, transport: Transport) -> None:
        self.cache = cache
        self.transport = transport
        self._counted = (0, 0)

    def count(self) -> None:
        """Count what the transport carried since the last call."""
        sent, received = self.transport.bytes_sent, self.transport.bytes_received
        new_out, new_in = sent - self._counted[0], received - self._counted[1]
        self._counted = (sent, received)
        with self.cache.stats.lock:
            self.cache.stats.uplink_bytes += new_in
        self.cache.spend_ahead(new_out + new_in)

    def has_room(self, done: UpstreamRound) -> bool:
        """Whether the budget has room for the next step (this round's bytes counted first)."""
        self.count()
        room = self.cache.ahead_room()
        if room is not None and room <= 0:
            done.held_by_budget = True
            return False
        return True


def _media_listed(folder: Path) -> list[Any]:
    """The media list of the lab documents the relay holds (empty when none, or unreadable)."""
    try:
        doc = json.loads((folder / "lab.json").read_bytes())
    except (OSError, ValueError):
        return []
    listed = doc.get("media") if isinstance(doc, dict) else None
    return listed if isinstance(listed, list) else []


def _read_sent(root: Path) -> dict[str, str]:
    """The outbox files sent to the hub: name → "size:mtime" of the file sent."""
    try:
        found = json.loads((root / outbox_drop.OUTBOX_DIR / SENT_FILE).read_bytes())
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _write_sent(root: Path, sent: dict[str, str]) -> None:
    kept = {p.name for p in outbox_drop.kept(root)}
    write_file_atomically(root / outbox_drop.OUTBOX_DIR / SENT_FILE,
                          json.dumps({k: v for k, v in sent.items() if k in kept}).encode("utf-8"))
