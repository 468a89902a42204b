"""The relay's HTTP server, its start from a data folder's enrolment, and its lock
(see :mod:`labclient.relay`)."""

from __future__ import annotations

import contextlib
import http.server
import json
import logging
import os
import re
import socket
import socketserver
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from labclient import __version__
from labclient.errors import LabClientError
from labclient.media import MediaStore
from labclient.relay import CACHE_DIR, DEFAULT_MAX_CACHE_BYTES, LOCK_NAME, RELAY_PORT, UPLINK_HEADER, outbox_drop
from labclient.relay.budget import LAB_USE_FILE, PrefetchBudget
from labclient.relay.cache import MediaCache, MissingFile
from labclient.relay.lab_drop import lab_index, lab_json_path
from labclient.relay.upstream import Upstream
from labclient.sync.transport import Transport

log = logging.getLogger("labclient.relay")

#: Seconds a request for a file not in the cache waits for it to come from the hub (a small file
#: on a good line comes in that request), well below a workstation's stall timeout.
FIRST_WAIT_S = 5.0
#: Seconds a workstation is then asked to wait before it asks again.
RETRY_AFTER_S = 3
#: Connections served at once; more are answered 503 at once (a LAN of a few dozen workstations).
MAX_CONNECTIONS = 64
#: A client that sends nothing for this long is dropped.
SOCKET_TIMEOUT_S = 30.0
_MEDIA_ROUTE = re.compile(r"/v1/media/([0-9a-f]{64})")
_RANGE = re.compile(r"bytes=(\d{1,15})-")
_SEND_CHUNK = 64 * 1024
#: ``POST /v1/budget/spent``: its body's bytes at most, and the most one sync may say it carried.
MAX_SPENT_BODY = 200
MAX_SPENT_REPORT = 2**40


class RelayError(LabClientError):
    """The relay cannot start; nothing changed."""

    code = "relay.start"
    template = "{detail}"


class _Handler(http.server.BaseHTTPRequestHandler):
    """One request of those docs/protocol.md lists for the relay ("The lab relay"): the hello, media
    files, the lab file's documents, outbox files left, and the lab's budget."""

    server: RelayServer
    protocol_version = "HTTP/1.1"
    timeout = SOCKET_TIMEOUT_S
    server_version = f"labclient-relay/{__version__}"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def do_HEAD(self) -> None:
        self._media(send_body=False)

    def do_GET(self) -> None:
        if self.path == "/v1/hello":
            hello: dict[str, Any] = {"relay": "labclient", "version": __version__, "hub": self.server.hub_url,
                     "lab": self.server.lab, "stats": self.server.cache.stats.as_json()}
            budget = self.server.cache.budget
            if budget is not None:
                hello["ahead"] = budget.as_json()
            if self.server.cache.lab_budget is not None:
                hello["lab_budget"] = True
            self._json(200, hello)
            return
        if self.path in ("/v1/lab", "/v1/lab/lab.json"):
            self._lab()
            return
        if self.path == "/v1/budget":
            self._budget()
            return
        self._media(send_body=True)

    def do_POST(self) -> None:
        """``POST /v1/budget/spent``: what a workstation's sync carried, counted in the lab's budget."""
        if self.path != "/v1/budget/spent":
            self._json(405, {"detail": "The relay serves media files only: push and pull go to the hub."})
            return
        budget = self.server.cache.lab_budget
        length = self.headers.get("Content-Length", "")
        body = self.rfile.read(int(length)) if length.isdigit() and int(length) <= MAX_SPENT_BODY else b""
        try:
            carried = json.loads(body).get("bytes") if body else None
        except (ValueError, AttributeError):
            carried = None
        if not isinstance(carried, int) or isinstance(carried, bool) or not 0 <= carried <= MAX_SPENT_REPORT:
            self.close_connection = True
            self._json(400, {"detail": 'Send {"bytes": N}, N the bytes one sync carried.'})
            return
        if budget is None:
            self._json(404, {"detail": "This relay keeps no budget for the lab."})
            return
        budget.spend(carried)
        self._budget()

    def _budget(self) -> None:
        """The lab's budget and what was counted against it (404 when the relay keeps none)."""
        budget = self.server.cache.lab_budget
        if budget is None:
            self._json(404, {"detail": "This relay keeps no budget for the lab."})
            return
        today, month = budget.usage()
        self._json(200, {"today": today, "month": month, "daily": budget.daily, "monthly": budget.monthly})

    def do_PUT(self) -> None:
        """``PUT /v1/outbox/{file name}``: a workstation's outbox file, kept for the next USB trip."""
        if not self.path.startswith("/v1/outbox/"):
            self._json(405, {"detail": "The relay keeps outbox files only (PUT /v1/outbox/{name})."})
            return
        length = self.headers.get("Content-Length", "")
        if not length.isdigit() or len(length) > 12:
            self.close_connection = True
            self._json(411, {"detail": "Give the file's length (Content-Length)."})
            return
        try:
            outbox_drop.receive(self.server.cache.store.root, self.path.removeprefix("/v1/outbox/"), self.rfile,
                                int(length))
        except outbox_drop.Refused as exc:
            self.close_connection = True  # what is left of the body is not read
            self._json(exc.status, {"detail": str(exc)})
            return
        except OSError as exc:  # a full disk, or the workstation went away mid-file
            self.close_connection = True
            self._json(507, {"detail": f"The relay cannot keep the file: {exc.strerror or exc}"})
            return
        self._json(201, {"kept": int(length)})
        if self.server.upstream is not None:
            self.server.upstream.wake()

    def _json(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _lab(self) -> None:
        """The hub's lab file the relay was given (:mod:`labclient.relay.lab_drop`): its index
        (``/v1/lab``: the sha256 of ``lab.json`` and the signatures) or ``lab.json`` itself."""
        root = self.server.cache.store.root
        index = lab_index(root)
        if index is None:
            self._json(404, {"detail": "The relay holds no lab file (labclient relay --lab-file FILE)."})
            return
        sha256, macs = index
        if self.path == "/v1/lab":
            data = b'{"sha256":' + json.dumps(sha256).encode("ascii") + b',"macs":' + macs + b"}"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        try:
            with open(lab_json_path(root), "rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(size))
                self.send_header("ETag", f'"{sha256}"')
                self.end_headers()
                for block in iter(lambda: fh.read(_SEND_CHUNK), b""):
                    self.wfile.write(block)
        except FileNotFoundError:
            self._json(404, {"detail": "The relay holds no lab file."})

    def _media(self, *, send_body: bool) -> None:
        match = _MEDIA_ROUTE.fullmatch(self.path)
        if match is None:
            self._json(404, {"detail": "The relay has no such route."})
            return
        sha256 = match.group(1)
        cache = self.server.cache
        try:
            path = cache.obtain(sha256, FIRST_WAIT_S)
        except MissingFile:
            self._json(404, {"detail": f"The hub has no media file {sha256}."})
            return
        if path is None:
            self._json(503, {"detail": "The relay is fetching this file from the hub."},
                       {"Retry-After": str(RETRY_AFTER_S)})
            return
        try:
            with open(path, "rb") as fh:
                self._send_file(fh, os.fstat(fh.fileno()).st_size, sha256, send_body)
        except OSError:  # evicted between the look-up and the open: ask again
            self._json(503, {"detail": "Try again."}, {"Retry-After": "1"})
            return
        cache.touch(path)

    def _send_file(self, fh: BinaryIO, size: int, sha256: str, send_body: bool) -> None:
        start = 0
        wanted = self.headers.get("Range")
        if wanted is not None:
            found = _RANGE.fullmatch(wanted.strip())
            if found is None or int(found.group(1)) >= size:
                self._json(416, {"detail": "The range is not in the file."}, {"Content-Range": f"bytes */{size}"})
                return
            start = int(found.group(1))
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{size - 1}/{size}")
        else:
            self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(size - start))
        self.send_header("ETag", f'"{sha256}"')
        self.send_header("Accept-Ranges", "bytes")
        cache = self.server.cache
        charge = cache.take_charge(sha256) if send_body else 0
        if charge:  # this workstation asked first: what the uplink carried for it counts in its budget
            self.send_header(UPLINK_HEADER, str(charge))
        try:
            self.end_headers()
            if not send_body:
                return
            fh.seek(start)
            sent = 0
            for block in iter(lambda: fh.read(_SEND_CHUNK), b""):
                self.wfile.write(block)
                sent += len(block)
        except BaseException:
            cache.give_back(sha256, charge)  # it did not get the file: the next one to ask pays
            raise
        stats = self.server.cache.stats
        with stats.lock:
            stats.served_bytes += sent
            stats.served_files += 1


class RelayServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    """The relay's HTTP server: a thread per connection, at most ``MAX_CONNECTIONS`` at once."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], cache: MediaCache, hub_url: str, lab: str | None) -> None:
        if ":" in address[0]:  # an IPv6 address ("::" for all of them)
            self.address_family = socket.AF_INET6
        self.cache = cache
        self.hub_url = hub_url
        self.lab = lab
        self.upstream: Upstream | None = None  # the relay's own line to the hub, when it has one
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        """The address it listens on, as a URL."""
        host, port = self.server_address[:2]
        return f"http://[{host!s}]:{port}" if ":" in str(host) else f"http://{host!s}:{port}"

    def lan_urls(self) -> list[str]:
        """The addresses the lab's workstations may type: the one it listens on, or, when it
        listens on every address, this machine's own on its networks (best effort, no traffic)."""
        host, port = str(self.server_address[0]), self.server_address[1]
        if host not in ("0.0.0.0", "::"):
            return [self.url]
        found = []
        for probe in ("10.255.255.255", "192.168.255.255", "172.31.255.255"):  # the route a LAN would take
            with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.connect((probe, 9))  # UDP: nothing is sent
                address = s.getsockname()[0]
                if address not in found and not address.startswith("127."):
                    found.append(address)
        return [f"http://{a}:{port}" for a in found] or [self.url]

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\n"
                                b"Connection: close\r\n\r\n")
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A request that ended early (the workstation went away mid-file, or stalled past the
        socket timeout) is a line in the log, not a traceback on the console."""
        log.info("a request from %s ended early: %s", client_address[0], sys.exc_info()[1])

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


class Prefetcher:
    """Asks the hub every ``every_s`` seconds (the first time at once) for the media of the
    lab's batches no workstation has taken yet, and fetches what the cache lacks
    (:meth:`MediaCache.prefetch`), so that the first workstation to need a file does not wait
    for the uplink. A round that fails is logged; the next one asks again."""

    def __init__(self, cache: MediaCache, every_s: float) -> None:
        self.cache = cache
        self.every_s = every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="relay-prefetch", daemon=True)

    def start(self) -> None:
        """Start the rounds."""
        self._thread.start()

    def stop(self) -> None:
        """Stop after the round under way."""
        self._stop.set()
        self._thread.join(timeout=60)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                started = self.cache.prefetch()
                if started:
                    log.info("fetching %d media file(s) of new work ahead", started)
            except LabClientError as exc:
                log.warning("could not ask the hub for new work's media: %s", exc.message)
            except Exception:  # a bug must not end the rounds silently
                log.exception("asking the hub for new work's media failed")
            self._stop.wait(self.every_s)


@dataclass(frozen=True)
class RelaySetup:
    """What the relay needs from its data folder's enrolment."""

    hub_url: str
    lab: str | None
    token: str


def read_enrolment(data_dir: Path) -> RelaySetup:
    """The hub, lab and credential of the data folder's enrolment (the database is opened, read
    and closed). RelayError when the folder is not enrolled or its credential is gone."""
    from labclient.store import DB_NAME, Store
    from labclient.sync import credentials

    if not (data_dir / DB_NAME).exists():
        raise RelayError(detail=f"{data_dir} holds no LabClient data: enrol it first (labclient enroll --data-dir "
                                f"{data_dir} --hub URL).")
    with Store.open(data_dir / DB_NAME) as store:
        found, token = credentials.required_enrolment(store, data_dir, RelayError, "This data folder",
                                                      "so that the relay may fetch the lab's media")
    return RelaySetup(found.hub_url, found.lab, token)


@contextlib.contextmanager
def relay_lock(data_dir: Path) -> Any:
    """Hold the relay's lock file of ``data_dir`` (RelayError when another relay holds it)."""
    folder = data_dir / CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    fh = open(folder / LOCK_NAME, "a+b")  # noqa: SIM115 - held for the life of the relay
    try:
        try:
            _lock_file(fh)
        except OSError:
            raise RelayError(detail=f"Another relay already runs on {data_dir}: stop it first.") from None
        yield
    finally:
        fh.close()


def _lock_file(fh: BinaryIO) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def make_server(data_dir: Path, host: str = "0.0.0.0", port: int = RELAY_PORT, *,
                max_cache_bytes: int = DEFAULT_MAX_CACHE_BYTES, setup: RelaySetup | None = None,
                ahead_day_bytes: int | None = None, ahead_month_bytes: int | None = None,
                lab_day_bytes: int | None = None, lab_month_bytes: int | None = None) -> RelayServer:
    """A relay listening on ``host:port`` (0: any free port) for the enrolment of ``data_dir``
    (call ``serve_forever``; ``shutdown`` then ``close`` it), its fetches ahead within
    ``ahead_day_bytes`` a day and ``ahead_month_bytes`` a month (None: no limit), and the lab's
    line within ``lab_day_bytes`` and ``lab_month_bytes`` when either is given. RelayError
    when the folder is not enrolled or the port cannot be used."""
    setup = setup or read_enrolment(data_dir)

    def transport() -> Transport:
        return Transport(setup.hub_url, setup.token)

    extra = MediaStore(data_dir / "media") if (data_dir / "media").is_dir() else None
    (data_dir / CACHE_DIR).mkdir(parents=True, exist_ok=True)
    budget = PrefetchBudget(data_dir / CACHE_DIR, ahead_day_bytes, ahead_month_bytes)
    lab_budget = None if lab_day_bytes is None and lab_month_bytes is None else \
        PrefetchBudget(data_dir / CACHE_DIR, lab_day_bytes, lab_month_bytes, file_name=LAB_USE_FILE)
    cache = MediaCache(data_dir / CACHE_DIR, transport, max_bytes=max_cache_bytes, extra=extra, budget=budget,
                       lab_budget=lab_budget)
    try:
        return RelayServer((host, port), cache, setup.hub_url, setup.lab)
    except OSError as exc:
        cache.close()
        raise RelayError(detail=f"The relay cannot listen on {host}:{port}: {exc.strerror or exc}. Choose another "
                                "port (--listen HOST:PORT).") from None


def close(server: RelayServer) -> None:
    """Stop a relay made by :func:`make_server` (after ``shutdown`` when it was serving)."""
    server.server_close()
    server.cache.close()
