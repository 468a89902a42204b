"""HTTP to the hub: one keep-alive session, timeouts, compressed JSON, and strict answer checks.

Every call returns the hub's JSON object or raises a :class:`labclient.errors.SyncError`
subclass a person can act on: offline, busy (with Retry-After), credential refused, or an answer
that is not the hub's (a captive portal's HTML page). The token is sent in a header and never
appears in an error message or log line. urllib3 retries only failed connections; everything
else is retried by the sync loop, which is safe because the protocol is idempotent.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import requests
import zstandard
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.retry import Retry

from labclient import __version__, strictjson
from labclient.errors import (
    BadHubResponseError,
    HubAuthError,
    HubBusyError,
    HubUnreachableError,
    SyncError,
)

CONNECT_TIMEOUT_S = 15.0
#: No byte for this long is a stall (requests' read timeout is per read, not for the whole body).
STALL_TIMEOUT_S = 45.0
#: No request takes longer than this in all, answer read whole (a media file resumes after a cut).
REQUEST_TIMEOUT_S = 600.0
#: A request started before the sync's deadline gets at least this long, however close it is.
MIN_REQUEST_S = 5.0
MAX_ANSWER_BYTES = 64 * 1024 * 1024
READ_CHUNK = 64 * 1024
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
#: Content codings an answer may come in (we ask for zstd or gzip; urllib3 undoes gzip).
_CODINGS = {"", "identity", "gzip", "x-gzip", "zstd"}


def check_hub_url(url: str) -> str:
    """The hub URL without a trailing slash. ValueError unless https (or http to this machine)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError(f"{url!r} is not a hub address (https://…)")
    if parts.scheme == "http" and parts.hostname not in _LOCAL_HOSTS:
        raise ValueError(f"{url!r} is not encrypted; a hub address starts with https://")
    return url.strip().rstrip("/")


def check_relay_url(url: str) -> str:
    """A lab relay's address without a trailing slash. ValueError unless http(s)://host:port.
    Plain http is allowed on the LAN: no credential goes to a relay, and what it sends is checked
    against the hashes the hub gave (labclient.sync.relay_link)."""
    parts = urlsplit(url.strip())
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme not in ("https", "http") or not parts.hostname or port is None \
            or parts.path.strip("/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"{url!r} is not a relay address (http://host:port)")
    return url.strip().rstrip("/")


class _Watchdog:
    """The time limit of one request: when it is up, the socket of the request's connection is
    shut down, so a read blocked on it (headers or body trickled a byte at a time, each within
    the stall timeout) returns at once. The timer runs on its own thread; the connection is
    attached from the requesting thread (:func:`_attach`)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._lock = threading.Lock()
        self._connection: Any = None
        self._done = False
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def attach(self, connection: Any) -> None:
        """Watch ``connection`` (cut it now when the time is already up)."""
        with self._lock:
            self._connection = connection
            if self.fired and not self._done:
                _shut(connection)

    def cancel(self) -> None:
        """The request is over: the connection is never cut after this returns."""
        with self._lock:
            self._done = True
        self._timer.cancel()

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.fired = True
            if self._connection is not None:
                _shut(self._connection)


def _shut(connection: Any) -> None:
    sock = getattr(connection, "sock", None)
    if sock is not None:
        # The plain socket's shutdown, also under TLS: SSLSocket.shutdown would drop its SSL
        # object under a read in progress on another thread.
        with contextlib.suppress(OSError, TypeError, ValueError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


_watching = threading.local()  # the watchdog of the request this thread is making, if any


def _attach(connection: Any, step: Callable[[], None]) -> None:
    """Run ``step`` (a connection's connect or request) under this thread's watchdog."""
    watchdog: _Watchdog | None = getattr(_watching, "watchdog", None)
    if watchdog is not None:
        watchdog.attach(connection)
    step()
    if watchdog is not None:
        watchdog.attach(connection)  # its socket may be new now (and the time up meanwhile)


class _WatchedHTTPConnection(HTTPConnection):
    """A connection that puts itself under the watchdog of the request that uses it."""

    def connect(self) -> None:
        _attach(self, super().connect)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _attach(self, lambda: super(_WatchedHTTPConnection, self).request(*args, **kwargs))


class _WatchedHTTPSConnection(HTTPSConnection):
    """The TLS twin of :class:`_WatchedHTTPConnection`."""

    def connect(self) -> None:
        _attach(self, super().connect)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _attach(self, lambda: super(_WatchedHTTPSConnection, self).request(*args, **kwargs))


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class _WatchedAdapter(HTTPAdapter):
    """requests' adapter with pools of watched connections (urllib3 2.x), also through a proxy."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):  # SOCKS pools are its own; the read timeout bounds them
            manager.pool_classes_by_scheme = _POOLS
        return manager


class Transport:
    """Talks to one hub. Not thread-safe; one per sync run (or per thread).

    Every request is bounded: in time (``request_timeout``, and the sync's ``deadline`` when set,
    whichever comes first, but at least ``MIN_REQUEST_S``), in size (``MAX_ANSWER_BYTES``, read
    as it streams in), and by the connect and stall timeouts."""

    def __init__(self, hub_url: str, token: str | None = None, *, connect_timeout: float = CONNECT_TIMEOUT_S,
                 stall_timeout: float = STALL_TIMEOUT_S, connect_retries: int = 2,
                 request_timeout: float = REQUEST_TIMEOUT_S, deadline: float | None = None,
                 lan: bool = False) -> None:
        """``deadline``: a ``time.monotonic()`` value no request should outlast (the sync's).
        ``lan``: ``hub_url`` is a lab relay's (:func:`check_relay_url`; give it no ``token``)."""
        self.lan = lan
        self.hub_url = check_relay_url(hub_url) if lan else check_hub_url(hub_url)
        self.token = token
        self.timeouts = (connect_timeout, stall_timeout)
        self.request_timeout = request_timeout
        self.deadline = deadline
        self._connect_retries = connect_retries
        self.bytes_sent = 0
        self.bytes_received = 0
        self.session = requests.Session()
        retry = Retry(total=connect_retries, connect=connect_retries, read=0, status=0, other=0, redirect=0,
                      backoff_factor=0.5,
                      allowed_methods=None, raise_on_status=False)
        self.session.mount("https://", _WatchedAdapter(max_retries=retry))
        self.session.mount("http://", _WatchedAdapter(max_retries=retry))
        self.session.headers.update({"User-Agent": f"LabClient/{__version__}", "Accept-Encoding": "zstd, gzip"})
        # Level 15: a chunk of 250 results is 17.8 KB against 20.9 KB with gzip -6, in ~15 ms; on
        # a metered 2G line the bytes cost more than the CPU.
        self._compressor = zstandard.ZstdCompressor(level=15)

    def close(self) -> None:
        """Close the keep-alive connections."""
        self.session.close()

    def twin(self) -> Transport:
        """A new transport to the same hub with the same credential, timeouts and deadline (its
        own connection, for another thread). Its byte counts are its own."""
        connect, stall = self.timeouts
        return Transport(self.hub_url, self.token, connect_timeout=connect, stall_timeout=stall,
                         connect_retries=self._connect_retries, request_timeout=self.request_timeout,
                         deadline=self.deadline, lan=self.lan)

    def hello(self) -> dict[str, Any]:
        """``GET /v1/hello``: the cheap probe."""
        return self._send("GET", "/v1/hello", None, auth=False)

    def get(self, path: str) -> dict[str, Any]:
        """GET a JSON answer with the credential (the lab relay's ``/v1/relay/media``)."""
        return self._send("GET", path, None, auth=True)

    def post(self, path: str, body: dict[str, Any], *, auth: bool = True) -> dict[str, Any]:
        """POST a JSON body (zstd-compressed) and return the hub's JSON answer."""
        return self._send("POST", path, body, auth=auth)

    def time_limit(self) -> float:
        """Seconds the next request may take in all."""
        limit = self.request_timeout
        if self.deadline is not None:
            limit = min(limit, max(self.deadline - time.monotonic(), MIN_REQUEST_S))
        return limit

    @contextlib.contextmanager
    def stream(self, method: str, path: str, *, headers: dict[str, str],
               data: bytes | None = None) -> Iterator[requests.Response]:
        """Make a request and yield its response with the body not read yet (redirects are not
        followed), all of it, body included, under the request's time limit. On the calling
        thread; the watchdog's timer is the only other thread.

        Raises HubUnreachableError (cut, stalled, refused, the time limit: "the hub took too long
        to answer"), or BadHubResponseError for an answer in a coding that does not decode or
        that was not asked for. What the caller's block raises otherwise passes through."""
        limit = self.time_limit()
        connect, stall = self.timeouts
        watchdog = _Watchdog(limit)
        response: requests.Response | None = None
        _watching.watchdog = watchdog
        try:
            try:
                response = self.session.request(method, self.hub_url + path, data=data, headers=headers,
                                                timeout=(min(connect, limit), min(stall, limit)),
                                                allow_redirects=False, stream=True)
            finally:
                _watching.watchdog = None
            codings = [c.strip().lower() for c in response.headers.get("Content-Encoding", "").split(",")]
            if len(codings) > 2 or not set(codings) <= _CODINGS:
                raise BadHubResponseError(hub=self.hub_url, detail=f"the answer came in a Content-Encoding this "
                                                                   f"client did not ask for: {_shown(codings)}")
            yield response
            if watchdog.fired:  # the cut may have looked like a clean end of the body
                raise HubUnreachableError(hub=self.hub_url, detail=_too_long(limit))
        except requests.exceptions.ContentDecodingError:
            if watchdog.fired:
                raise HubUnreachableError(hub=self.hub_url, detail=_too_long(limit)) from None
            coding = response.headers.get("Content-Encoding", "") if response is not None else ""
            raise BadHubResponseError(hub=self.hub_url, detail=f"the answer does not decode as its Content-Encoding "
                                                               f"says ({_shown([coding])})") from None
        except requests.exceptions.SSLError as exc:
            if watchdog.fired:
                raise HubUnreachableError(hub=self.hub_url, detail=_too_long(limit)) from None
            raise HubUnreachableError(hub=self.hub_url, detail=f"the hub's certificate is not valid: {_short(exc)}") \
                from None
        except (requests.exceptions.RequestException, http.client.HTTPException) as exc:
            detail = _too_long(limit) if watchdog.fired else _short(exc)
            raise HubUnreachableError(hub=self.hub_url, detail=detail) from None
        finally:
            watchdog.cancel()
            if response is not None:
                response.close()

    def post_file(self, path: str, data: bytes) -> dict[str, Any]:
        """POST a file's bytes as they are (the lab relay's workstations' outbox files) with the
        credential, and return the hub's JSON answer."""
        return self._send("POST", path, None, auth=True, raw=data)

    def get_file(self, path: str, limit: int, etag: str | None = None) -> tuple[bytes, str] | None:
        """GET a file (at most ``limit`` bytes) with the credential: its bytes and its ``ETag``;
        None when it is still ``etag`` (``304``). The hub's refusals raise as :meth:`get`'s do;
        BadHubResponseError past ``limit``."""
        headers = {"Authorization": f"Bearer {self.token}", "Accept-Encoding": "identity"}
        if etag is not None:
            headers["If-None-Match"] = etag
        with self.stream("GET", path, headers=headers) as response:
            body = bytearray()
            for chunk in response.iter_content(READ_CHUNK):
                body += chunk
                if len(body) > limit:
                    raise BadHubResponseError(hub=self.hub_url, detail=_too_large(limit))
        self.bytes_sent += 200
        self.bytes_received += len(body) + 200
        if response.status_code == 304:
            return None
        if response.status_code != 200:
            self._answer(response, bytes(body[:MAX_ANSWER_BYTES]))  # the hub's refusal, raised as get's
            raise BadHubResponseError(hub=self.hub_url, detail=f"HTTP {response.status_code}")
        return bytes(body), response.headers.get("ETag", "")

    def _send(self, method: str, path: str, body: dict[str, Any] | None, *, auth: bool,
              raw: bytes | None = None) -> dict[str, Any]:
        headers = {"Accept": "application/json"}
        data = raw
        if raw is not None:
            headers["Content-Type"] = "application/octet-stream"
        if body is not None:
            data = self._compressor.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())
            headers.update({"Content-Type": "application/json", "Content-Encoding": "zstd"})
        if auth:
            if not self.token:
                raise HubAuthError(detail="no credential is stored for this hub")
            headers["Authorization"] = f"Bearer {self.token}"
        with self.stream(method, path, headers=headers, data=data) as response:
            content = self._read(response)
            wire = _wire_bytes(response, len(content))
        self.bytes_sent += len(data or b"") + 200  # headers, roughly
        self.bytes_received += wire + 200
        if not content and "Content-Length" not in response.headers and "Transfer-Encoding" not in response.headers:
            # The line was cut inside the headers (http.client takes the end of the stream as
            # their end): a cut, to retry, not a strange answer. A hub always says how long it is.
            raise HubUnreachableError(hub=self.hub_url, detail="the connection was cut before the answer arrived")
        return self._answer(response, content)

    def _read(self, response: requests.Response) -> bytes:
        """The body (decoded), read as it comes; BadHubResponseError past ``MAX_ANSWER_BYTES``."""
        limit = MAX_ANSWER_BYTES
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise BadHubResponseError(hub=self.hub_url, detail=_too_large(limit))
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(READ_CHUNK):
            size += len(chunk)
            if size > limit:
                raise BadHubResponseError(hub=self.hub_url, detail=_too_large(limit))
            chunks.append(chunk)
        return b"".join(chunks)

    def _answer(self, response: requests.Response, content: bytes) -> dict[str, Any]:
        status = response.status_code
        answer, problem = self._decode(content)
        if status == 401:
            raise HubAuthError(detail=_printable(str((answer or {}).get("message", "401 unauthorized")), 300))
        if status in (429, 503) or status >= 500:
            raise HubBusyError(detail=f"HTTP {status}", retry_after=retry_after(response.headers.get("Retry-After")))
        if 300 <= status < 400:
            raise BadHubResponseError(hub=self.hub_url, detail=f"HTTP {status}: a redirect, which is not followed")
        if problem is not None:
            raise BadHubResponseError(hub=self.hub_url, detail=f"HTTP {status}, {problem}")
        if answer is None or "hub_time" not in answer:
            kind = response.headers.get("Content-Type", "no content type").split(";")[0]
            raise BadHubResponseError(hub=self.hub_url, detail=f"HTTP {status}, {_printable(kind, 80)}")
        if status >= 300:
            raise SyncError(detail=f"the hub answered {status} {_printable(str(answer.get('error', '')), 80)}: "
                                   f"{_printable(str(answer.get('message', '')), 300)}", status=status,
                            error=answer.get("error"))
        return answer

    @staticmethod
    def _decode(content: bytes) -> tuple[dict[str, Any] | None, str | None]:
        """The JSON object in ``content`` (None when it is not one), and what makes it unusable
        when that is worth naming (too large, nested too deeply)."""
        if content.startswith(_ZSTD_MAGIC):  # urllib3 passes zstd through when it cannot decode it
            try:
                content = zstandard.ZstdDecompressor().decompress(content, max_output_size=MAX_ANSWER_BYTES)
            except zstandard.ZstdError:
                return None, "the zstd answer does not decode (or is larger than the limit)"
        if len(content) > MAX_ANSWER_BYTES:
            return None, _too_large(MAX_ANSWER_BYTES)
        try:
            answer = strictjson.loads(content, lone_surrogates=True)  # the batch check refuses them
        except strictjson.StrictJSONError as exc:  # not JSON at all (a portal's page) is for the caller to name
            return None, None if exc.syntax else f"the answer is not JSON this LabClient reads: {exc}"
        return (answer, None) if isinstance(answer, dict) else (None, None)


def retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (None when missing or a date)."""
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: treat as unknown, the loop backs off on its own


def _short(exc: BaseException) -> str:
    """A one-line reason without URLs' query strings or headers (never the token)."""
    return _printable(str(exc).split("\n")[0], 200)


def _printable(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, safe to show, log and store: no control characters,
    and no lone surrogates (valid in JSON escapes, refused by UTF-8 and SQLite)."""
    text = text[:limit].encode("utf-8", "backslashreplace").decode("utf-8")
    return "".join(c if c.isprintable() else "?" for c in text)


def _shown(codings: list[str]) -> str:
    return _printable(", ".join(codings), 60) or "none"


def _too_long(limit: float) -> str:
    return f"the hub took too long to answer (more than {limit:.0f} s)"


def _too_large(limit: int) -> str:
    return f"the answer is larger than {limit / 1024 / 1024:.0f} MiB"


def _wire_bytes(response: requests.Response, decoded: int) -> int:
    """Bytes of the body as they crossed the line (compressed), or ``decoded`` when not known."""
    try:
        return int(response.raw.tell())
    except (AttributeError, TypeError, ValueError, OSError):
        return decoded
