"""The hub under hostile or careless clients: compressed bodies built to stall or fool it, slow
clients, too many connections, requests whose client has gone. Every hub here is a real process
on 127.0.0.1."""

from __future__ import annotations

import contextlib
import gzip
import json
import resource
import socket
import sqlite3
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
import zstandard

from labhub.codec import MAX_MEMBERS, decode_body
from labhub.errors import BadRequest, TooLarge
from tests.helpers.hub_api import CLOCK, Device, Hub, start_hub, stop_hub

LIMIT = 4 * 1024 * 1024


def post_raw(hub: Hub, path: str, data: bytes, encoding: str, headers: dict[str, str] | None = None,
             timeout: float = 30) -> requests.Response:
    """POST ``data`` as sent, with ``Content-Encoding: encoding``, on a connection of its own."""
    return requests.post(hub.url + path, data=data, timeout=timeout, headers={
        **(headers or {}), "Content-Type": "application/json", "Content-Encoding": encoding})


def push_body(device: Device, batch: str, task: str) -> bytes:
    """A push of one result, as JSON bytes."""
    return json.dumps({"clock": CLOCK, "items": [device.item(batch, task)]}).encode()


def address(hub: Hub) -> tuple[str, int]:
    """The hub's (host, port); always 127.0.0.1."""
    parts = urlsplit(hub.url)
    assert parts.hostname == "127.0.0.1" and parts.port is not None
    return parts.hostname, parts.port


def raw_request(hub: Hub, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    """An HTTP/1.1 request as bytes."""
    lines = [f"{method} {path} HTTP/1.1", f"Host: {address(hub)[0]}", f"Content-Length: {len(body)}",
             *(f"{k}: {v}" for k, v in (headers or {}).items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def closed_by_server(sock: socket.socket, deadline: float) -> bool:
    """Whether the hub closes ``sock`` (reads nothing more from it) before ``deadline``."""
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        sock.settimeout(left)
        try:
            if sock.recv(65536) == b"":
                return True
        except (ConnectionResetError, BrokenPipeError):
            return True
        except TimeoutError:
            return False


# --- compressed bodies -------------------------------------------------------------------------------


def test_a_body_of_many_gzip_members_is_refused_at_once_and_stalls_no_one(hub: Hub, lab: str) -> None:
    bomb = gzip.compress(b"", mtime=0) * 200_000
    assert len(bomb) < LIMIT
    device = hub.enroll(lab)

    with ThreadPoolExecutor(2) as pool:
        started = time.monotonic()
        futures = [pool.submit(post_raw, hub, "/v1/push", bomb, "gzip"),            # no token
                   pool.submit(post_raw, hub, "/v1/enroll", bomb, "gzip")]          # no token needed
        slowest_hello = 0.0
        for _ in range(200):  # other requests meanwhile
            t = time.monotonic()
            assert hub.get("/v1/hello").status_code == 200
            slowest_hello = max(slowest_hello, time.monotonic() - t)
            if all(f.done() for f in futures):
                break
        push, enrol = (f.result() for f in futures)
        took = time.monotonic() - started

    assert push.status_code == 401, "the token is checked before the body is decoded"
    assert enrol.status_code == 400 and "gzip" in enrol.json()["message"]
    assert took < 5, f"the bombs took {took:.1f} s"
    assert slowest_hello < 2, f"a hello waited {slowest_hello:.1f} s meanwhile"
    assert device.push([]).status_code == 200


def test_truncated_or_trailing_garbage_bodies_are_refused_in_every_encoding(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab, n=10)
    device = hub.enroll(lab)
    zstd = zstandard.ZstdCompressor().compress
    cut_zstd = zstandard.ZstdCompressor(write_content_size=False).compress(b" " * 1000)[:-3]
    cut_gzip = gzip.compress(b" " * 1000)[:-3]
    bad = {
        "zstd, second frame cut": lambda b: zstd(b) + zstd(b" " * 1000)[:-3],
        "zstd, second frame cut, no content size": lambda b: zstd(b) + cut_zstd,
        "zstd, garbage after": lambda b: zstd(b) + b"\x00garbage",
        "zstd, cut": lambda b: zstd(b)[:-3],
        "gzip, second member cut": lambda b: gzip.compress(b) + cut_gzip,
        "gzip, garbage after": lambda b: gzip.compress(b) + b"garbage",
        "gzip, zeros after": lambda b: gzip.compress(b) + bytes(16),
        "gzip, cut": lambda b: gzip.compress(b)[:-3],
    }
    for n, (what, make) in enumerate(bad.items()):
        encoding = what.split(",")[0]
        r = post_raw(hub, "/v1/push", make(push_body(device, batch, f"t-{n:04d}")), encoding, device.headers)
        assert r.status_code == 400, (what, r.text)
        assert r.json()["error"] == "bad_request"
        assert encoding in r.json()["message"], r.json()

    body = push_body(device, batch, "t-0009")
    two_frames = zstd(body[:50]) + zstd(body[50:])
    r = post_raw(hub, "/v1/push", two_frames, "zstd", device.headers)
    assert r.status_code == 200, r.text
    assert [i["status"] for i in r.json()["items"]] == ["applied"], "nothing of the refused bodies was stored"


def test_more_members_or_frames_than_the_hub_takes_are_refused(hub: Hub, lab: str) -> None:
    device = hub.enroll(lab)
    body = json.dumps({"clock": CLOCK, "items": []}).encode()
    pieces = [body[i:i + 1] for i in range(MAX_MEMBERS + 1)] + [body[MAX_MEMBERS + 1:]]
    for encoding, compress in (("gzip", gzip.compress), ("zstd", zstandard.ZstdCompressor().compress)):
        r = post_raw(hub, "/v1/push", b"".join(compress(p) for p in pieces), encoding, device.headers)
        assert r.status_code == 400, encoding
        assert f"at most {MAX_MEMBERS}" in r.json()["message"]


def test_decoding_is_bounded_whatever_the_encoding_says() -> None:
    plenty = b" " * (LIMIT + 1)
    no_size = zstandard.ZstdCompressor(write_content_size=False)
    for data, encoding in ((zstandard.ZstdCompressor().compress(plenty), "zstd"), (no_size.compress(plenty), "zstd"),
                           (gzip.compress(plenty), "gzip")):
        with pytest.raises(TooLarge):
            decode_body(data, encoding, LIMIT)
    streaming = zstandard.ZstdCompressor(compression_params=zstandard.ZstdCompressionParameters(
        window_log=27)).compressobj()  # the size is not known ahead: the frame asks for a 128 MB window
    huge_window = streaming.compress(b"x" * 1000) + streaming.flush()
    with pytest.raises(BadRequest, match="too much memory"):
        decode_body(huge_window, "zstd", LIMIT)
    for stacked in ("gzip, gzip", "zstd, gzip"):
        with pytest.raises(BadRequest, match="one"):
            decode_body(gzip.compress(gzip.compress(b"{}")), stacked, LIMIT)
    assert decode_body(gzip.compress(b"{}"), "identity, gzip", LIMIT) == b"{}"
    assert decode_body(no_size.compress(b"{}") + zstandard.ZstdCompressor().compress(b"[]"), "zstd", LIMIT) == b"{}[]"


# --- slow clients, many connections, clients that left ---------------------------------------------


@contextlib.contextmanager
def open_files_limit(n: int) -> Iterator[None]:
    """Processes started inside inherit a soft limit of ``n`` open files."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(n, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.fixture
def small_hub(tmp_path: Path) -> Iterator[Hub]:
    """A hub with 1,024 open files and a 2 s header timeout."""
    with open_files_limit(1024):
        running = start_hub(tmp_path / "hub", "--header-timeout", "2")
    yield running
    assert stop_hub(running) == 0


@pytest.mark.slow
def test_slow_clients_are_cut_off_and_never_starve_the_hub(small_hub: Hub) -> None:
    host, port = address(small_hub)
    slow: list[socket.socket] = []
    try:
        for _ in range(1100):  # more than the hub has files for
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            slow.append(sock)
            sock.settimeout(10)
            try:
                sock.connect((host, port))
                sock.sendall(b"POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-")  # and then nothing
            except OSError:
                pass  # refused at once: the hub is full; that is fine too
        try:
            meanwhile: int | str = requests.get(small_hub.url + "/v1/hello", timeout=10).status_code
        except requests.ConnectionError:
            meanwhile = "refused"
        deadline = time.monotonic() + 30
        held = [s for s in slow if not closed_by_server(s, deadline)]
    finally:
        for sock in slow:
            sock.close()

    assert meanwhile in (200, 503, "refused"), "answered or refused at once, never left hanging"
    assert held == [], f"{len(held)} slow connections were still open after 30 s"
    assert small_hub.get("/v1/hello").status_code == 200


def test_a_request_whose_client_left_while_it_waited_is_not_worked_on(tmp_path: Path) -> None:
    hub = start_hub(tmp_path / "hub", "--max-active-requests", "1")
    try:
        lab = f"Lab {uuid.uuid4().hex[:8]}"
        batch = hub.add_batch(lab)
        device = hub.enroll(lab)
        kept = device.item(batch, "t-0000")
        left = device.item(batch, "t-0001")
        headers = {**device.headers, "Content-Type": "application/json"}
        db = sqlite3.connect(hub.data_dir / "labhub.sqlite3", isolation_level=None, timeout=30)
        try:
            db.execute("BEGIN IMMEDIATE")  # the hub's writes wait, holding its only working slot
            first = socket.create_connection(address(hub), timeout=30)
            first.sendall(raw_request(hub, "POST", "/v1/push", json.dumps(
                {"clock": CLOCK, "items": [kept]}).encode(), headers))
            for _ in range(3):  # the first push has taken the slot by now
                assert hub.get("/v1/hello").status_code == 200
            with socket.create_connection(address(hub), timeout=30) as gone:
                gone.sendall(raw_request(hub, "POST", "/v1/push", json.dumps(
                    {"clock": CLOCK, "items": [left]}).encode(), headers))
            assert hub.get("/v1/hello").status_code == 200  # the hub has seen it go
        finally:
            db.execute("ROLLBACK")
            db.close()
        answer = first.recv(65536)
        first.close()
        again = device.push([kept, left])
    finally:
        assert stop_hub(hub) == 0

    assert answer.startswith(b"HTTP/1.1 200") or answer.startswith(b"HTTP/1.1 503"), answer[:100]
    statuses: dict[str, Any] = {i["id"]: i["status"] for i in again.json()["items"]}
    assert statuses[left["id"]] == "applied", "the push whose client left was never stored"
