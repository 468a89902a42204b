"""A fault-injecting TCP proxy for sync tests and benchmarks, on 127.0.0.1 only.

It forwards every connection to a target (the hub) and can, per direction of traffic:
add latency to each chunk, cap the bandwidth, reset the connection after N bytes, cut it
cleanly (truncate) after N bytes, or stall (stop forwarding, keep the socket open) after N bytes.
Faults are set on the running proxy (``proxy.faults = Faults(...)``) and apply to data counted
from that moment. ``bytes_up``/``bytes_down`` count what crossed, for measuring bytes on the wire.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import struct
import threading
import time
from dataclasses import dataclass


@dataclass
class Faults:
    """What the proxy does to the traffic. ``None`` means "not this fault"."""

    latency_s: float = 0.0              # added once per chunk, each direction (RTT = 2 x latency)
    bandwidth_bps: float | None = None  # bits per second, each direction
    reset_after: int | None = None      # bytes (both directions together) before a TCP reset
    truncate_after: int | None = None   # bytes before a clean close
    stall_after: int | None = None      # bytes before forwarding stops for good (socket stays open)
    repeat: bool = False                # apply reset/truncate/stall again after each occurrence
    down_only: bool = False             # count only the bytes from the server towards the faults


class FaultProxy:
    """``with FaultProxy(("127.0.0.1", hub_port)) as proxy:`` then talk to ``proxy.url``."""

    def __init__(self, target: tuple[str, int], faults: Faults | None = None) -> None:
        self.target = target
        self.faults = faults or Faults()
        self.bytes_up = 0
        self.bytes_down = 0
        self.resets = 0
        self.connections = 0  # accepted so far
        self._since_fault = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._closing = threading.Event()
        self._sockets: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_faults(self, faults: Faults) -> None:
        """New faults, counting bytes from now."""
        with self._lock:
            self.faults = faults
            self._since_fault = 0

    def close(self) -> None:
        """Stop accepting and drop every open connection."""
        self._closing.set()
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                _close(sock)

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=10)
            except OSError:
                _close(client)
                continue
            upstream.settimeout(None)
            with self._lock:
                self._sockets += [client, upstream]
                self.connections += 1
            for src, dst, up in ((client, upstream, True), (upstream, client, False)):
                pipe: queue.Queue[tuple[float, bytes]] = queue.Queue()
                threading.Thread(target=self._read, args=(src, pipe), daemon=True).start()
                threading.Thread(target=self._deliver, args=(pipe, dst, up, (client, upstream)), daemon=True).start()

    def _read(self, src: socket.socket, pipe: queue.Queue[tuple[float, bytes]]) -> None:
        """Read as fast as the sender sends, stamping each chunk with its arrival time."""
        while True:
            try:
                data = src.recv(16 * 1024)
            except OSError:
                data = b""
            pipe.put((time.monotonic(), data))
            if not data:
                return

    def _deliver(self, pipe: queue.Queue[tuple[float, bytes]], dst: socket.socket, up: bool,
                 pair: tuple[socket.socket, socket.socket]) -> None:
        """Deliver each chunk ``latency`` after it arrived, no faster than the bandwidth."""
        free_at = 0.0
        try:
            while True:
                arrived, data = pipe.get()
                if not data:
                    dst.shutdown(socket.SHUT_WR)
                    return
                for piece in self._pieces(data):
                    action, allowed = self._account(len(piece), up)
                    faults = self.faults
                    start = max(arrived + faults.latency_s, free_at, time.monotonic())
                    free_at = start + allowed * 8 / faults.bandwidth_bps if faults.bandwidth_bps else start
                    time.sleep(max(0.0, free_at - time.monotonic()))
                    if allowed:
                        # Counted before it is sent: once the receiver has the bytes (a client
                        # noting the counts as an answer arrives), the counts include them.
                        with self._lock:
                            if up:
                                self.bytes_up += allowed
                            else:
                                self.bytes_down += allowed
                        dst.sendall(piece[:allowed])
                    if action == "reset":
                        self.resets += 1
                        for sock in pair:
                            _reset(sock)
                        return
                    if action == "truncate":
                        for sock in pair:
                            _close(sock)
                        return
                    if action == "stall":
                        self._closing.wait()
                        return
        except OSError:
            for sock in pair:
                _close(sock)

    def _pieces(self, data: bytes) -> list[bytes]:
        """Split data so a bandwidth cap paces it smoothly (about 50 ms per piece)."""
        bps = self.faults.bandwidth_bps
        size = max(512, int(bps / 8 / 20)) if bps else len(data)
        return [data[i:i + size] for i in range(0, len(data), size)]

    def _account(self, n: int, up: bool) -> tuple[str | None, int]:
        """Count ``n`` bytes against the faults: (what to do after sending, how many to send)."""
        with self._lock:
            faults = self.faults
            if up and faults.down_only:
                return None, n
            limits = [(faults.reset_after, "reset"), (faults.truncate_after, "truncate"),
                      (faults.stall_after, "stall")]
            for limit, action in limits:
                if limit is not None and self._since_fault + n >= limit:
                    allowed = max(0, limit - self._since_fault)
                    self._since_fault = 0
                    if not faults.repeat:
                        self.faults = Faults(latency_s=faults.latency_s, bandwidth_bps=faults.bandwidth_bps)
                    return action, allowed
            self._since_fault += n
            return None, n


def _reset(sock: socket.socket) -> None:
    """Abort with a TCP RST, now. Another proxy thread may be blocked in ``recv`` on this socket,
    and Linux keeps a socket alive until that call returns, so a bare close would send nothing and
    look like a stall: shutting the read side first wakes that thread, then the linger-0 close
    really resets the connection."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RD)
    with contextlib.suppress(OSError):
        sock.close()


def _close(sock: socket.socket) -> None:
    """Close cleanly (FIN), waking any thread blocked in ``recv`` on the socket first."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
