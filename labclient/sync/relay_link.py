"""A sync run's way to the lab relay (:mod:`labclient.relay`): media files from the LAN first.

A partner admin gives a workstation the relay's address (:func:`labclient.sync.settings.set_relay_url`).
Each sync run then checks it once (``GET /v1/hello``: it must be a LabClient relay for this
workstation's hub) and asks it for each media file before the hub. The rules:

- **No credential goes to the relay**, and every file it sends is checked against the sha256 the
  batch names before it is placed, as the hub's are. A relay can waste a try; it cannot put a
  wrong file in place or learn anything that lets it act as this workstation.
- **The relay is fetching the file** (``503`` with ``Retry-After``): the error goes up to the
  run's retry loop, which waits and asks the relay again; the workstation does not fetch the
  same bytes over the uplink beside the relay.
- **The relay is gone, answers something else, or sends bytes that are not the file**: it is not
  asked again in this run, and this file and the rest come from the hub directly. Nothing is lost;
  the next run tries the relay again.
- **The relay says the hub has no such file** (``404``): this file is asked of the hub.
- Bytes from the relay are counted apart (``bytes_received``): most did not cross the lab's
  uplink. A file the relay fetched from the hub because this workstation asked first did: the
  relay says so (``X-Relay-Uplink-Bytes``, once per file, to the first workstation it sends the
  file to), and those bytes count against this workstation's data budget (``uplink_bytes``).
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Any

from labclient import strictjson
from labclient.batch import MediaEntry
from labclient.errors import BadHubResponseError, BundleError, HubAuthError, HubBusyError, SyncError
from labclient.media import MediaStore
from labclient.relay import UPLINK_HEADER
from labclient.sync import media_fetch
from labclient.sync.budget import DataUse, parse_lab_use
from labclient.sync.transport import Transport

log = logging.getLogger("labclient.sync")

#: A relay is on the LAN: if it does not answer in this long, it is not there.
CONNECT_TIMEOUT_S = 3.0
STALL_TIMEOUT_S = 20.0
HELLO_MAX_BYTES = 64 * 1024
#: What a relay may say a file cost beyond its size (the hub's headers; a resumed fetch).
UPLINK_SLACK = 64 * 1024


class RelayLink:
    """The lab relay for one sync run; thread-safe (each thread gets its own connection)."""

    def __init__(self, url: str, hub_url: str, deadline: float | None = None) -> None:
        self.url = url
        self.hub_url = hub_url
        self.deadline = deadline
        self.down: str | None = None  # why it is not used any more in this run
        self.bytes_received = 0
        self.uplink_bytes = 0  # of those, what the relay fetched over the uplink for this workstation
        self.files = 0
        self._lock = threading.Lock()
        self._local = threading.local()
        self._transports: list[Transport] = []
        self._checked = False
        self.silent = False  # nothing answers at its address (it may have moved: labclient.relay.discovery)
        self.asked = False  # a file was wanted in this run (the relay was of use, or would have been)

    def _transport(self) -> Transport:
        lane: Transport | None = getattr(self._local, "transport", None)
        if lane is None:
            lane = Transport(self.url, None, connect_timeout=CONNECT_TIMEOUT_S, stall_timeout=STALL_TIMEOUT_S,
                             connect_retries=0, deadline=self.deadline, lan=True)
            self._local.transport = lane
            with self._lock:
                self._transports.append(lane)
        return lane

    def close(self) -> None:
        """Close every connection the run opened."""
        with self._lock:
            for lane in self._transports:
                lane.close()
            self._transports.clear()

    def give_up(self, why: str) -> None:
        """Use the hub directly for the rest of the run."""
        with self._lock:
            if self.down is None:
                self.down = why
                log.warning("the lab relay at %s is not used in this sync: %s", self.url, why)

    def _hello(self) -> Any:
        """The relay's ``GET /v1/hello`` answer (None when it is not a small JSON document)."""
        with self._transport().stream("GET", "/v1/hello", headers={"Accept-Encoding": "identity"}) as response:
            body = b""
            for chunk in response.iter_content(HELLO_MAX_BYTES):
                body += chunk
                if len(body) > HELLO_MAX_BYTES:
                    return None
        if response.status_code != 200:
            return None
        try:
            return strictjson.loads(body)
        except strictjson.StrictJSONError:
            return None

    def usable(self) -> bool:
        """Whether to ask the relay: checked once (its hello names this workstation's hub), and
        not given up on in this run."""
        with self._lock:
            checked, self._checked = self._checked, True
        if not checked:
            try:
                hello = self._hello()
            except SyncError as exc:
                self.silent = True
                self.give_up(f"it does not answer: {_why(exc)}")
            else:
                if not isinstance(hello, dict) or hello.get("relay") != "labclient":
                    self.give_up("what answers at its address is not a LabClient relay")
                elif hello.get("hub") != self.hub_url:
                    self.give_up(f"it relays another hub ({str(hello.get('hub'))[:100]})")
        return self.down is None

    def _forget(self, part: Path, wrote: bool, why: str) -> None:
        """Give up on the relay; drop what it wrote of this file, which the hub's bytes must not
        complete (they would fail the hash, and the file with them)."""
        if wrote:
            part.unlink(missing_ok=True)
        self.give_up(why)

    def get_bytes(self, route: str, limit: int) -> bytes | None:
        """The body of ``GET route`` on the relay, at most ``limit`` bytes; None when the relay
        has none (404), or is not used in this run. BadHubResponseError for another answer."""
        if not self.usable():
            return None
        with self._transport().stream("GET", route, headers={"Accept-Encoding": "identity"}) as response:
            if response.status_code == 404:
                return None
            if response.status_code != 200:
                raise BadHubResponseError(hub=self.url, detail=f"HTTP {response.status_code} for {route}")
            body = bytearray()
            for chunk in response.iter_content(1 << 16):
                body += chunk
                if len(body) > limit:
                    raise BadHubResponseError(hub=self.url, detail=f"{route} is larger than {limit} bytes")
        with self._lock:
            self.bytes_received += len(body)
        return bytes(body)

    def put_file(self, route: str, path: Path) -> bool:
        """``PUT`` the file at ``path`` to ``route`` on the relay; whether it kept it (False when
        it is not used in this run, or is a relay that keeps no such files)."""
        if not self.usable():
            return False
        data = path.read_bytes()
        with self._transport().stream("PUT", route, data=data,
                                      headers={"Content-Type": "application/octet-stream"}) as response:
            kept = response.status_code == 201
        return kept

    def lab_use(self) -> DataUse | None:
        """The lab's data budget the relay keeps, and what was counted against it today and this
        month (``GET /v1/budget``); None when it keeps none, says something unusable, or is not
        used in this run."""
        try:
            body = self.get_bytes("/v1/budget", HELLO_MAX_BYTES)
            answer = strictjson.loads(body) if body is not None else None
        except (SyncError, strictjson.StrictJSONError) as exc:
            log.warning("the lab relay's budget could not be read: %s", getattr(exc, "message", exc))
            return None
        return parse_lab_use(answer)

    def report_spent(self, carried: int) -> None:
        """Tell the relay what this run carried over the line (``POST /v1/budget/spent``), for the
        lab's budget; a relay that does not take it costs a line in the log."""
        if not self.usable() or carried <= 0:
            return
        try:
            with self._transport().stream("POST", "/v1/budget/spent", data=json.dumps({"bytes": carried}).encode(),
                                          headers={"Content-Type": "application/json"}) as response:
                if response.status_code != 200:
                    log.warning("the lab relay did not count this sync's bytes (HTTP %d)", response.status_code)
        except SyncError as exc:
            log.warning("the lab relay did not count this sync's bytes: %s", exc.message)

    def fetch(self, media: MediaStore, entry: MediaEntry) -> bool:
        """Put ``entry`` in place from the relay; False when the hub is to be asked instead.
        HubBusyError (from the relay) while it fetches the file: try again after its wait."""
        self.asked = True
        if not self.usable():
            return False
        lane = self._transport()
        before = lane.bytes_received
        part = media_fetch.part_path(media, entry.sha256)
        charged = [0]

        def charge(headers: Any) -> None:  # a relay's word, bounded: it cannot spend more than the file's worth
            said = str(headers.get(UPLINK_HEADER, "0"))
            charged[0] = min(int(said), entry.bytes + UPLINK_SLACK) if said.isdigit() and len(said) < 16 else 0

        try:
            part.parent.mkdir(parents=True, exist_ok=True)
            offset = part.stat().st_size if part.exists() else 0
            if offset > entry.bytes:
                part.unlink()
                offset = 0
            if offset < entry.bytes:
                media_fetch.download(lane, f"/v1/media/{entry.sha256}", part, offset, entry.bytes,
                                     f"media {entry.sha256[:12]} from the lab relay", media.root,
                                     missing=BundleError(detail="the relay has no such file"), on_headers=charge)
            media_fetch.verify_and_place(media, entry, part)
        except HubBusyError as exc:
            if exc.params.get("status") == 503:
                raise  # the relay is fetching it: the run's retry loop waits and asks again
            self._forget(part, lane.bytes_received > before, _why(exc))
            return False
        except BundleError:
            return False  # the relay says the hub has no such file: the hub will say so itself
        except (BadHubResponseError, HubAuthError, SyncError) as exc:
            self._forget(part, lane.bytes_received > before, _why(exc))
            return False
        finally:
            with self._lock:
                self.bytes_received += lane.bytes_received - before
        with self._lock:
            self.files += 1
            self.uplink_bytes += charged[0]
        return True


def _why(exc: SyncError) -> str:
    """What went wrong with the relay, in short (the error's detail, without the hub's words)."""
    return str(exc.params.get("detail") or exc.message)
