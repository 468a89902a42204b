"""How ``labhub serve`` meets the network: TLS, where it may listen, and slow or too many clients.

- :func:`check_listen`: plain HTTP only on loopback, unless the admin says a TLS reverse proxy
  is in front (``--behind-proxy``); LabClient refuses ``http://`` to any other hub anyway.
- :func:`check_tls`: the certificate and key load, before the server starts, with a sentence
  that says what is wrong when they do not.
- :func:`protocol_class`: uvicorn's h11 protocol with the limits uvicorn lacks. A client has
  ``header_timeout`` seconds from connecting (or from the end of the previous answer on a
  kept-alive connection) to send a request's whole head; while it sends a body, at most
  ``read_timeout`` seconds may pass without a byte. A client that misses either is cut off.
  Past ``max_connections`` open connections a new one is closed at once, so slow clients can
  never use up the process's open files. (With TLS the handshake comes first; it gets the same
  ``header_timeout``.)
"""

from __future__ import annotations

import asyncio
import asyncio.constants
import ipaddress
import logging
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from labhub.errors import Refused

log = logging.getLogger("labhub")

DEFAULT_HEADER_TIMEOUT_S = 15.0
#: A 2G link can pause for a while; the client itself gives up after 45 s without a byte.
DEFAULT_READ_TIMEOUT_S = 60.0
DEFAULT_MAX_CONNECTIONS = 1000
#: Open files kept for everything but client connections: the database, media files, logs.
FILES_RESERVED = 64
#: Seconds between two warnings about clients cut off or refused (the counts are summed).
WARN_EVERY_S = 10.0


def is_loopback(host: str, port: int) -> bool:
    """Whether every address ``host`` resolves to is a loopback address (127.0.0.0/8, ::1)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return False
    return bool(infos) and all(ipaddress.ip_address(str(info[4][0]).split("%")[0]).is_loopback for info in infos)


def check_listen(host: str, port: int, *, tls: bool, behind_proxy: bool) -> None:
    """Refuse (:class:`Refused`) to serve plain HTTP beyond loopback without ``behind_proxy``."""
    if tls or behind_proxy or is_loopback(host, port):
        return
    raise Refused(f"Refusing to serve plain HTTP on {host}: device tokens and people's PIN hashes would cross the "
                  "network unencrypted, and LabClient does not talk http:// to a hub on another computer. Give "
                  "--tls-cert FILE --tls-key FILE, or put a TLS reverse proxy in front and say so with "
                  "--behind-proxy (see docs/deploy.md).")


def proxy_warning(host: str) -> str:
    """What ``--behind-proxy`` assumes, said loudly on stderr when the hub starts."""
    return (f"labhub: WARNING: --behind-proxy: serving plain HTTP on {host}, assuming that a TLS reverse proxy is "
            "in front of this hub and is the only thing that can reach this port. Anyone else who can reach it "
            "sees device tokens and PIN hashes in the clear. The hub takes the client's address from the "
            "proxy's X-Forwarded-For (only from the addresses of --forwarded-allow-ips).")


def check_tls(cert: Path, key: Path | None) -> None:
    """Load the certificate chain and key once, so that a wrong file is a clear sentence before
    the server starts rather than a traceback. Raises :class:`Refused`."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)

    def no_password() -> str:
        raise Refused(f"The TLS key {key or cert} is protected by a password; give the hub a key without one "
                      "(readable only by the account the hub runs as).")

    try:
        context.load_cert_chain(cert, key, password=no_password)
    except OSError as exc:
        if isinstance(exc, ssl.SSLError):
            raise Refused(f"The TLS certificate {cert} and key {key or cert} cannot be used ({exc.reason or exc}): "
                          "give the certificate chain and its own private key, both in PEM form.") from None
        raise Refused(f"The TLS file {exc.filename or cert} cannot be read ({exc.strerror or exc}).") from None


def max_connections_for(wanted: int) -> tuple[int, str | None]:
    """``wanted``, lowered so that connections leave :data:`FILES_RESERVED` of the process's
    open-files limit free; and a note saying so when it was lowered."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows has no such limit to respect
        return wanted, None
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or wanted <= soft - FILES_RESERVED:
        return wanted, None
    room = max(8, soft - FILES_RESERVED)
    return room, (f"labhub: this process may open {soft} files, so it takes at most {room} connections at once "
                  f"(not {wanted}); raise the limit (ulimit -n) for more.")


@dataclass(frozen=True)
class ConnectionLimits:
    """The limits :func:`protocol_class` enforces."""

    header_timeout: float = DEFAULT_HEADER_TIMEOUT_S
    read_timeout: float = DEFAULT_READ_TIMEOUT_S
    max_connections: int = DEFAULT_MAX_CONNECTIONS


class _Tally:
    """Clients cut off or refused since the last warning; one warning every WARN_EVERY_S."""

    def __init__(self) -> None:
        self.slow = 0
        self.refused = 0
        self.last = -WARN_EVERY_S

    def note(self, loop: asyncio.AbstractEventLoop, *, slow: int = 0, refused: int = 0, limit: int) -> None:
        self.slow += slow
        self.refused += refused
        now = loop.time()
        if now - self.last < WARN_EVERY_S:
            return
        self.last = now
        parts = []
        if self.slow:
            parts.append(f"cut off {self.slow} connection(s) too slow to send their request")
        if self.refused:
            parts.append(f"closed {self.refused} new connection(s) over the limit of {limit}")
        log.warning("%s", "; ".join(parts))
        self.slow = self.refused = 0


class HubH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header timeout, a read timeout and a connection cap."""

    limits: ClassVar[ConnectionLimits] = ConnectionLimits()
    tally: ClassVar[_Tally] = _Tally()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._deadline_for: str | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Count the connection; over the cap close it at once, else start the header clock."""
        super().connection_made(transport)
        if len(self.connections) > self.limits.max_connections:
            self.tally.note(self.loop, refused=1, limit=self.limits.max_connections)
            transport.abort()
            return
        self._arm("head")

    def connection_lost(self, exc: Exception | None) -> None:
        """Forget the connection and its clock."""
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """Take the bytes; a body's clock restarts with each, a head's keeps running."""
        super().data_received(data)
        self._follow()

    def on_response_complete(self) -> None:
        """The answer went out: the next request's head (or the rest of a body) is on the clock."""
        super().on_response_complete()
        if not self.transport.is_closing():
            self._follow(new_head=True)

    def _follow(self, new_head: bool = False) -> None:
        state = self.conn.their_state
        if state is h11.SEND_BODY:
            self._arm("body")
        elif state is h11.IDLE:
            if new_head or self._deadline_for != "head":
                self._arm("head")
        else:  # the request is in; the app is working on it (or the connection is ending)
            self._disarm()

    def _arm(self, what: str) -> None:
        self._disarm()
        timeout = self.limits.header_timeout if what == "head" else self.limits.read_timeout
        self._deadline = self.loop.call_later(timeout, self._expired)
        self._deadline_for = what

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline = self._deadline_for = None

    def _expired(self) -> None:
        what, self._deadline, self._deadline_for = self._deadline_for, None, None
        if self.transport.is_closing():
            return
        state = self.conn.their_state
        if what == "body" and (state is not h11.SEND_BODY or self.flow.read_paused):
            self._follow()  # the body is in, or the hub stopped reading it: not the client's fault
            return
        if what == "head" and state is not h11.IDLE:
            self._follow()
            return
        self.tally.note(self.loop, slow=1, limit=self.limits.max_connections)
        self.transport.close()


def protocol_class(limits: ConnectionLimits) -> type[HubH11Protocol]:
    """A :class:`HubH11Protocol` subclass with ``limits``, for ``uvicorn.Config(http=...)``.

    Also gives a TLS handshake ``limits.header_timeout`` seconds (asyncio's default is 60 s;
    uvicorn has no setting for it, so the process-wide default is changed).
    """
    asyncio.constants.SSL_HANDSHAKE_TIMEOUT = limits.header_timeout
    return type("LimitedH11Protocol", (HubH11Protocol,), {"limits": limits, "tally": _Tally()})

