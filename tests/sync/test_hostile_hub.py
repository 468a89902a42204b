"""A hostile or broken hub: every byte from it is suspect, and none of it may hang the client,
fill its memory, lose what it stores or end in a traceback.

Each test runs a tiny hostile hub of its own (:class:`HostileHub`, raw sockets on 127.0.0.1, an
ephemeral port, a thread per connection): it enrols the workstation like a hub would, then
misbehaves on one path. Every loop of it is bounded, and it stops when the test ends. The
client's limits are made small through the Transport/SyncRun parameters, so each test ends in a
few seconds; what is measured is real time (``time.monotonic``), never today's date.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import select
import socket
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import zstandard
from pytestqt.qtbot import QtBot

from labclient.bundle_writer import write_bundle
from labclient.clock import utc_now
from labclient.errors import BadHubResponseError, HubUnreachableError
from labclient.sync import transport as transport_module
from labclient.sync.client import SyncRun, enroll
from labclient.sync.state import history
from labclient.sync.transport import Transport
from labclient.workspace import Workspace
from tests.factory import batch_doc, png_bytes
from tests.helpers.sync_hub import ROOT

#: No hostile conversation lasts longer than this, whatever the client does (the server stops).
SERVER_LIMIT_S = 30.0


@dataclass
class Request:
    """One request as the hostile hub read it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Wire:
    """The socket of one connection, for a handler to answer on (or not)."""

    sock: socket.socket
    stop: threading.Event
    sent: list[int] = field(default_factory=lambda: [0])

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)
        self.sent[0] += len(data)

    def trickle(self, data: bytes, every_s: float = 0.1) -> None:
        """Send ``data`` one byte at a time, ``every_s`` apart, until the client hangs up, the
        test ends or SERVER_LIMIT_S passes."""
        end = time.monotonic() + SERVER_LIMIT_S
        for byte in data:
            if self.stop.wait(every_s) or time.monotonic() > end:
                return
            self.send(bytes([byte]))

    def answer(self, status: int, body: bytes, *, content_type: str = "application/json",
               extra: str = "") -> None:
        self.send(f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
                  f"{extra}\r\n".encode() + body)


Handler = Callable[[Request, Wire], bool]  # True: handled; False: the default answer


def hub_json(**fields: Any) -> bytes:
    return json.dumps({"hub_time": utc_now(), **fields}).encode()


class HostileHub:
    """A raw HTTP/1.1 server on 127.0.0.1 that answers as a hub would, except where ``handler``
    answers instead. ``requests`` lists what it read, in order."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.stop = threading.Event()
        self.requests: list[Request] = []
        self.sent = [0]
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.threads: list[threading.Thread] = []
        self.conns: list[socket.socket] = []
        self.accepting = threading.Thread(target=self._accept, daemon=True)
        self.accepting.start()

    def close(self) -> None:
        self.stop.set()
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for conn in list(self.conns):
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self.accepting.join(timeout=5)
        for thread in self.threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        for _ in range(1000):  # connections at most
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.conns.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self.threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(SERVER_LIMIT_S)
        wire = Wire(conn, self.stop, self.sent)
        buffer = b""
        with conn, contextlib.suppress(OSError):
            for _ in range(10_000):  # requests a connection at most
                while b"\r\n\r\n" not in buffer:
                    chunk = conn.recv(65536)
                    if not chunk or len(buffer) > 1 << 20:
                        return
                    buffer += chunk
                head, buffer = buffer.split(b"\r\n\r\n", 1)
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
                length = int(headers.get("content-length", "0"))
                while len(buffer) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                body, buffer = buffer[:length], buffer[length:]
                if headers.get("content-encoding") == "zstd":
                    body = zstandard.ZstdDecompressor().decompress(body, max_output_size=64 << 20)
                request = Request(method, path, headers, body)
                self.requests.append(request)
                if not self.handler(request, wire):
                    self._default(request, wire)
                if self.stop.is_set():
                    return

    @staticmethod
    def _default(request: Request, wire: Wire) -> None:
        if request.path == "/v1/enroll":
            wire.answer(200, hub_json(device_id="dev-1", token="hostile-token", lab="Gulu", max_items=250,
                                      max_request_bytes=4 << 20, features=[]))
        elif request.path == "/v1/hello":
            wire.answer(200, hub_json(max_items=250, max_request_bytes=4 << 20, features=[]))
        elif request.path == "/v1/push":
            wire.answer(200, hub_json(watermark=0, applied=len((request.json() or {}).get("items", [])), items=[]))
        elif request.path == "/v1/pull":
            wire.answer(200, hub_json(cursor="1", batches=[], leases=[], revoked=[], more=False, roster=None))
        else:
            wire.answer(404, hub_json(error="not_found", message="no such thing"))

    def pulls(self) -> int:
        return sum(1 for r in self.requests if r.path == "/v1/pull")


@pytest.fixture
def hostile() -> Iterator[Callable[[Handler], HostileHub]]:
    """``hostile(handler)`` starts a hostile hub; all are stopped when the test ends."""
    hubs: list[HostileHub] = []

    def start(handler: Handler) -> HostileHub:
        hubs.append(HostileHub(handler))
        return hubs[-1]

    yield start
    for hub in hubs:
        hub.close()


def enrolled(hub: HostileHub, tmp_path: Path) -> Path:
    data_dir = tmp_path / "station"
    assert enroll(data_dir, hub.url, "ABCD-EFGH-IJKL", device_name="LAB-PC-01") == "Gulu"
    return data_dir


def entry_doc(batch_id: str, tasks: int = 2) -> dict[str, Any]:
    """A valid batch document with no media (data entry), as a pull carries it."""
    doc, _ = batch_doc("data_entry", tasks, batch_id=batch_id)
    doc["media"] = []
    return doc


def image_doc(batch_id: str) -> tuple[dict[str, Any], bytes]:
    """A valid tagging batch of one task and its one image."""
    data = png_bytes(32, 24)
    sha = hashlib.sha256(data).hexdigest()
    doc, _ = batch_doc("tagging", 1, batch_id=batch_id)
    doc["tasks"][0]["media"] = sha
    doc["media"] = [{"path": "media/img-0000.png", "sha256": sha, "bytes": len(data), "mime": "image/png"}]
    return doc, data


def pull_answer(*docs: dict[str, Any], more: bool = False, cursor: str = "1") -> bytes:
    return hub_json(cursor=cursor, batches=[{"lease_expires": utc_now(), "batch": d} for d in docs], leases=[],
                    revoked=[], more=more, roster=None)


# -- 19: every request is bounded in time and in size ---------------------------------------------


@pytest.mark.slow
def test_trickled_headers_end_at_the_syncs_deadline(hostile: Callable[[Handler], HostileHub],
                                                     tmp_path: Path) -> None:
    def handler(request: Request, wire: Wire) -> bool:
        if request.path != "/v1/pull":
            return False
        wire.send(b"HTTP/1.1 200 OK\r\n")
        wire.trickle(b"X-Slow: " + b"a" * 10_000, every_s=0.05)  # a byte long before each read times out
        return True

    hub = hostile(handler)
    data_dir = enrolled(hub, tmp_path)
    began = time.monotonic()
    report = SyncRun(data_dir, deadline_s=1.0, stall_timeout=5).run()
    took = time.monotonic() - began
    assert took < 1.0 + transport_module.MIN_REQUEST_S + 3, f"the sync ran {took:.1f} s past a 1 s deadline"
    assert report.outcome == "offline", report.message
    assert "took too long to answer" in report.message


def test_a_trickled_body_ends_at_the_request_time_limit(hostile: Callable[[Handler], HostileHub]) -> None:
    def handler(request: Request, wire: Wire) -> bool:
        wire.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        wire.trickle(b" " * 100_000, every_s=0.05)
        return True

    hub = hostile(handler)
    transport = Transport(hub.url, "token", request_timeout=1.0, stall_timeout=5, connect_retries=0)
    began = time.monotonic()
    try:
        with pytest.raises(HubUnreachableError) as cut:
            transport.hello()
    finally:
        transport.close()
    assert time.monotonic() - began < 4
    assert "took too long to answer" in cut.value.message


@pytest.mark.parametrize("https", [False, True])
def test_the_request_time_limit_cuts_a_pooled_keep_alive_connection(hostile: Callable[[Handler], HostileHub],
                                                                     tmp_path: Path, https: bool,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The second request on the same kept-alive connection is bounded too (over TLS as well)."""
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):  # they would win over the test's certificate
        monkeypatch.delenv(name, raising=False)
    calls = [0]

    def handler(request: Request, wire: Wire) -> bool:
        calls[0] += 1
        if calls[0] == 1:
            return False  # a good hello: the connection goes back to the pool
        wire.send(b"HTTP/1.1 200 OK\r\n")
        wire.trickle(b"X-Slow: " + b"a" * 10_000, every_s=0.05)
        return True

    hub = hostile(handler)
    url = hub.url
    proxy: TLSFront | None = None
    if https:
        proxy = TLSFront(tmp_path, hub.url)
        url = proxy.url
    transport = Transport(url, "token", request_timeout=1.0, stall_timeout=5, connect_retries=0)
    if proxy is not None:
        transport.session.verify = str(proxy.cert)
    try:
        assert "hub_time" in transport.hello()
        began = time.monotonic()
        with pytest.raises(HubUnreachableError) as cut:
            transport.hello()
        assert time.monotonic() - began < 4
        assert "took too long to answer" in cut.value.message
    finally:
        transport.close()
        if proxy is not None:
            proxy.close()
    assert len([r for r in hub.requests if r.path == "/v1/hello"]) == 2


def test_an_endless_answer_is_cut_at_the_size_limit(hostile: Callable[[Handler], HostileHub],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport_module, "MAX_ANSWER_BYTES", 1 << 20)
    block = b"0" * 65536

    def handler(request: Request, wire: Wire) -> bool:
        wire.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in range(800):  # 50 MiB at most
            if wire.stop.is_set():
                break
            wire.send(b"%x\r\n%s\r\n" % (len(block), block))
        return True

    hub = hostile(handler)
    transport = Transport(hub.url, "token", request_timeout=20, connect_retries=0)
    try:
        with pytest.raises(BadHubResponseError) as refused:
            transport.hello()
    finally:
        transport.close()
    assert "larger than" in refused.value.message
    assert hub.sent[0] < 16 << 20, f"the client read {hub.sent[0]} bytes of an answer limited to 1 MiB"


@pytest.mark.slow
def test_an_endless_media_download_ends_at_the_syncs_deadline(hostile: Callable[[Handler], HostileHub],
                                                              tmp_path: Path) -> None:
    doc, _ = image_doc("images")

    def handler(request: Request, wire: Wire) -> bool:
        if request.path == "/v1/pull":
            wire.answer(200, pull_answer(doc))
            return True
        if request.path.startswith("/v1/media/"):
            wire.send(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 100000\r\n\r\n")
            wire.trickle(b"\x00" * 100_000, every_s=0.05)
            return True
        return False

    hub = hostile(handler)
    data_dir = enrolled(hub, tmp_path)
    began = time.monotonic()
    report = SyncRun(data_dir, deadline_s=1.0, stall_timeout=5).run()
    took = time.monotonic() - began
    assert took < 1.0 + transport_module.MIN_REQUEST_S + 3, f"the sync ran {took:.1f} s past a 1 s deadline"
    assert report.outcome == "offline" and "took too long to answer" in report.message


# -- 20: the pull loop ends ------------------------------------------------------------------------


def test_more_forever_with_nothing_new_is_a_broken_hub(hostile: Callable[[Handler], HostileHub],
                                                       tmp_path: Path) -> None:
    def handler(request: Request, wire: Wire) -> bool:
        if request.path != "/v1/pull":
            return False
        wire.answer(200, pull_answer(more=hub.pulls() < 500))  # bounded: it gives up after 500 pulls
        return True

    hub = hostile(handler)
    data_dir = enrolled(hub, tmp_path)
    report = SyncRun(data_dir, deadline_s=60).run()
    assert report.outcome == "bad_response", report.message
    assert "nothing new" in report.message
    assert hub.pulls() < 50


def test_more_forever_stops_at_the_syncs_deadline(hostile: Callable[[Handler], HostileHub],
                                                  tmp_path: Path) -> None:
    """Each answer brings a new batch, and ``more`` stays true: only the deadline ends it."""
    def handler(request: Request, wire: Wire) -> bool:
        if request.path != "/v1/pull":
            return False
        n = hub.pulls()
        wire.answer(200, pull_answer(entry_doc(f"batch-{n}", tasks=1), more=n < 3000, cursor=str(n)))
        return True

    hub = hostile(handler)
    data_dir = enrolled(hub, tmp_path)
    ticks = [0.0]

    def timer() -> float:  # each look at the timer is a tenth of a second later
        ticks[0] += 0.1
        return ticks[0]

    report = SyncRun(data_dir, deadline_s=3.0, timer=timer).run()
    assert hub.pulls() < 100, "the pull loop went on past the deadline"
    assert report.outcome != "ok" and "time" in report.message
    assert report.batches_received, "what came before the deadline is kept"
    with Workspace.open(data_dir) as ws:
        assert ws.task_counts()["new"] == len(report.batches_received)


# -- 21: answers that used to end in a traceback ---------------------------------------------------


def test_a_deeply_nested_answer_is_refused(hostile: Callable[[Handler], HostileHub]) -> None:
    def handler(request: Request, wire: Wire) -> bool:
        wire.answer(200, b"[" * 100_000 + b"]" * 100_000)
        return True

    hub = hostile(handler)
    transport = Transport(hub.url, "token", request_timeout=10, connect_retries=0)
    try:
        with pytest.raises(BadHubResponseError) as refused:
            transport.hello()
    finally:
        transport.close()
    assert "nested" in refused.value.message


def test_a_media_redirect_is_not_followed(hostile: Callable[[Handler], HostileHub], tmp_path: Path) -> None:
    doc, _ = image_doc("images")

    def handler(request: Request, wire: Wire) -> bool:
        if request.path == "/v1/pull":
            wire.answer(200, pull_answer(doc))
            return True
        if request.path.startswith("/v1/media/"):
            wire.answer(302, b"", content_type="text/plain", extra=f"Location: {request.path}\r\n")
            return True
        return False

    hub = hostile(handler)
    data_dir = enrolled(hub, tmp_path)
    report = SyncRun(data_dir, deadline_s=10).run()
    assert report.outcome == "bad_response", report.message
    assert "redirect" in report.message and "not followed" in report.message
    assert sum(1 for r in hub.requests if r.path.startswith("/v1/media/")) == 1


def test_a_garbage_content_encoding_is_named(hostile: Callable[[Handler], HostileHub]) -> None:
    def handler(request: Request, wire: Wire) -> bool:
        wire.answer(200, b"\x1f\x8b\x08\x00garbage-not-gzip", extra="Content-Encoding: gzip\r\n")
        return True

    hub = hostile(handler)
    transport = Transport(hub.url, "token", request_timeout=10, connect_retries=0)
    try:
        with pytest.raises(BadHubResponseError) as refused:
            transport.hello()
    finally:
        transport.close()
    assert "Content-Encoding" in refused.value.message


def test_garbage_content_encoding_on_media_is_named(hostile: Callable[[Handler], HostileHub],
                                                    tmp_path: Path) -> None:
    doc, data = image_doc("images")
    garbage = zlib.compress(data)[::-1][: len(data)]

    def handler(request: Request, wire: Wire) -> bool:
        if request.path == "/v1/pull":
            wire.answer(200, pull_answer(doc))
            return True
        if request.path.startswith("/v1/media/"):
            wire.answer(200, garbage, content_type="image/png", extra="Content-Encoding: gzip\r\n")
            return True
        return False

    hub = hostile(handler)
    data_dir = enrolled(hub, tmp_path)
    report = SyncRun(data_dir, deadline_s=10).run()
    assert report.outcome == "bad_response", report.message
    assert "Content-Encoding" in report.message


# -- batch documents by reference: what the hub sends is checked like everything else ---------------


def document_hub(hostile: Callable[[Handler], HostileHub], refs: list[dict[str, Any]],
                 files: dict[str, bytes]) -> HostileHub:
    """A hub that lists ``batch_documents`` and answers the pull with ``refs``, serving
    ``files`` (by batch id) at the document route."""
    def handler(request: Request, wire: Wire) -> bool:
        if request.path in ("/v1/enroll", "/v1/hello"):
            wire.answer(200, hub_json(device_id="dev-1", token="hostile-token", lab="Gulu", max_items=250,
                                      max_request_bytes=4 << 20, features=["batch_documents"]))
            return True
        if request.path == "/v1/pull":
            assert (request.json() or {}).get("inline_max_bytes"), "the workstation asks for references"
            wire.answer(200, hub_json(cursor="1", batches=[{"lease_expires": utc_now(), "document": r} for r in refs],
                                      leases=[], revoked=[], more=False, roster=None))
            return True
        for batch_id, data in files.items():
            if request.path == f"/v1/batches/{batch_id}/document":
                wire.answer(200, data, content_type="application/zstd")
                return True
        return False

    return hostile(handler)


def reference_to(doc: dict[str, Any], *, packed: bytes | None = None) -> tuple[dict[str, Any], bytes]:
    text = json.dumps(doc).encode()
    data = packed if packed is not None else zstandard.ZstdCompressor().compress(text)
    return {"batch_id": doc["batch_id"], "sha256": hashlib.sha256(text).hexdigest(), "json_bytes": len(text),
            "bytes": len(data)}, data


def test_a_document_fetched_by_reference_arrives(hostile: Callable[[Handler], HostileHub], tmp_path: Path) -> None:
    ref, data = reference_to(entry_doc("by-ref", 5))
    hub = document_hub(hostile, [ref], {"by-ref": data})
    report = SyncRun(enrolled(hub, tmp_path), deadline_s=10).run()
    assert report.outcome == "ok", report.message
    assert report.batches_received == ["by-ref"]


def test_a_document_that_is_not_what_its_reference_says_is_refused_and_thrown_away(
        hostile: Callable[[Handler], HostileHub], tmp_path: Path) -> None:
    doc = entry_doc("swapped")
    ref, _ = reference_to(doc)
    other = entry_doc("swapped", 3)
    _, data = reference_to(other)
    ref["bytes"] = len(data)
    hub = document_hub(hostile, [ref], {"swapped": data})
    data_dir = enrolled(hub, tmp_path)
    report = SyncRun(data_dir, deadline_s=10).run()
    assert report.outcome == "bad_response", report.message
    assert "swapped" in report.message and report.batches_received == []
    assert not list((data_dir / "media" / ".partial").glob("*")), "the wrong bytes are not kept to resume from"


def test_a_bomb_behind_a_reference_is_cut_at_the_listed_size(hostile: Callable[[Handler], HostileHub],
                                                              tmp_path: Path) -> None:
    """A reference that says 2 KB of JSON for a file that inflates to 200 MB: decompressing stops
    after the listed size (memory stays bounded) and the batch is refused."""
    doc = entry_doc("bomb")
    ref, _ = reference_to(doc)
    bomb = zstandard.ZstdCompressor(level=3).compress(b" " * (200 << 20))
    ref["bytes"] = len(bomb)
    hub = document_hub(hostile, [ref], {"bomb": bomb})
    report = SyncRun(enrolled(hub, tmp_path), deadline_s=20).run()
    assert report.outcome == "bad_response", report.message
    assert "more bytes than listed" in report.message


@pytest.mark.parametrize("ref", [
    pytest.param({"batch_id": "../../etc", "sha256": "0" * 64, "json_bytes": 10, "bytes": 10}, id="path-in-id"),
    pytest.param({"batch_id": "x", "sha256": "0" * 64, "json_bytes": 10, "bytes": 1 << 40}, id="huge"),
    pytest.param({"batch_id": "x", "sha256": "zz", "json_bytes": 10, "bytes": 10}, id="bad-sha"),
    pytest.param({"batch_id": "x", "sha256": "0" * 64, "json_bytes": True, "bytes": 10}, id="bool-size"),
])
def test_a_malformed_reference_is_refused_and_the_rest_arrives(hostile: Callable[[Handler], HostileHub],
                                                               tmp_path: Path, ref: dict[str, Any]) -> None:
    good, data = reference_to(entry_doc("good-batch"))
    hub = document_hub(hostile, [ref, good], {"good-batch": data})
    report = SyncRun(enrolled(hub, tmp_path), deadline_s=10).run()
    assert report.outcome == "ok", report.message
    assert report.batches_received == ["good-batch"]
    assert len(report.batches_refused) == 1 and "malformed" in report.batches_refused[0].reason
    assert not any(".." in r.path for r in hub.requests), "a hostile id never becomes a path"


# -- 21 and 23: one bad batch stops nothing, and is shown --------------------------------------------


def bad_and_good_pull(hostile: Callable[[Handler], HostileHub]) -> HostileHub:
    bad = entry_doc("bad-batch")
    bad["tasks"][1]["text"] = "\ud800"  # valid JSON (an escape), but no text: a lone surrogate
    good = entry_doc("good-batch")
    broken = copy.deepcopy(good)
    broken["batch_id"] = "broken-batch"
    del broken["template"]

    def handler(request: Request, wire: Wire) -> bool:
        if request.path != "/v1/pull":
            return False
        wire.answer(200, pull_answer(bad, broken, good))
        return True

    return hostile(handler)


def test_a_batch_with_a_malformed_task_is_refused_and_the_others_arrive(hostile: Callable[[Handler], HostileHub],
                                                                        tmp_path: Path) -> None:
    hub = bad_and_good_pull(hostile)
    data_dir = enrolled(hub, tmp_path)
    report = SyncRun(data_dir, deadline_s=10).run()
    assert report.outcome == "ok", report.message
    assert report.batches_received == ["good-batch"]
    assert [r.batch_id for r in report.batches_refused] == ["bad-batch", "broken-batch"]
    assert all(r.reason for r in report.batches_refused)
    assert "bad-batch" in report.message and "broken-batch" in report.message
    with Workspace.open(data_dir) as ws:
        assert ws.task_counts()["new"] == 2
        logged = history(ws.store)[0]["message"]
    assert "bad-batch" in logged and "broken-batch" in logged and "refused" in logged
    again = SyncRun(data_dir, deadline_s=10).run()
    assert again.outcome == "ok", "a bad batch does not stop the later syncs either"


def test_a_batch_whose_id_is_cached_with_other_content_is_refused_and_ours_kept(
        hostile: Callable[[Handler], HostileHub], tmp_path: Path) -> None:
    """A hub sends another document under the id of a batch this workstation holds (imported
    from a USB stick, say): the cached batch stays, the report says why the hub's was not taken,
    and the same document again is simply already there."""
    ours = entry_doc("b-twice")
    theirs = copy.deepcopy(ours)
    theirs["tasks"][0]["text"] = "Changed after the lab had it"

    def handler(request: Request, wire: Wire) -> bool:
        if request.path != "/v1/pull":
            return False
        wire.answer(200, pull_answer(theirs, ours))
        return True

    data_dir = enrolled(hostile(handler), tmp_path)
    with Workspace.open(data_dir) as ws:
        ws.import_bundle(write_bundle(tmp_path / "usb.zip", ours, {}))

    report = SyncRun(data_dir, deadline_s=10).run()

    assert report.batches_received == []
    [refused] = report.batches_refused
    assert refused.batch_id == "b-twice"
    assert "a different batch with the id 'b-twice' is already in the task cache" in refused.reason
    with Workspace.open(data_dir) as ws:
        texts = [r[0] for r in ws.store.read().execute("SELECT json_extract(body, '$.text') FROM tasks")]
    assert "Changed after the lab had it" not in texts


def test_cli_sync_json_lists_the_refused_batches(hostile: Callable[[Handler], HostileHub], tmp_path: Path) -> None:
    hub = bad_and_good_pull(hostile)
    data_dir = enrolled(hub, tmp_path)
    done = subprocess.run([sys.executable, "-m", "labclient.cli", "--data-dir", str(data_dir), "sync", "--json",
                           "--deadline", "20"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    assert report["outcome"] == "ok" and report["batches_received"] == ["good-batch"]
    assert [r["batch_id"] for r in report["batches_refused"]] == ["bad-batch", "broken-batch"]
    assert all(r["reason"] for r in report["batches_refused"])


# -- TLS in front of a hostile hub -----------------------------------------------------------------


class TLSFront:
    """A TLS terminator on 127.0.0.1 in front of a plain hostile hub (a self-signed certificate
    for 127.0.0.1, made with openssl), so the same misbehaviour can be tried over https."""

    def __init__(self, folder: Path, target: str) -> None:
        import ssl

        self.cert, key = folder / "cert.pem", folder / "key.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                        str(self.cert), "-days", "2", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True, timeout=60)
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(self.cert, key)
        self.target = ("127.0.0.1", int(target.rsplit(":", 1)[1]))
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"https://127.0.0.1:{self.listener.getsockname()[1]}"
        self.stop = threading.Event()
        self.socks: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.stop.set()
        for sock in [self.listener, *self.socks]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.thread.join(timeout=5)

    def _accept(self) -> None:
        for _ in range(100):
            try:
                raw, _ = self.listener.accept()
            except OSError:
                return
            try:
                tls = self.context.wrap_socket(raw, server_side=True)
            except OSError:
                raw.close()
                continue
            back = socket.create_connection(self.target)
            self.socks += [tls, back]
            threading.Thread(target=self._pump, args=(tls, back), daemon=True).start()

    def _pump(self, tls: socket.socket, back: socket.socket) -> None:
        """Both directions in one thread (an SSL socket is not read and written from two at once)."""
        import ssl

        assert isinstance(tls, ssl.SSLSocket)
        with contextlib.suppress(OSError, ValueError), tls, back:
            for _ in range(1_000_000):
                ready = [tls] if tls.pending() else select.select([tls, back], [], [], 1.0)[0]
                if self.stop.is_set():
                    return
                for source in ready:
                    data = source.recv(65536)
                    if not data:
                        return
                    (back if source is tls else tls).sendall(data)


def test_the_admin_screen_shows_a_refused_batch(hostile: Callable[[Handler], HostileHub], tmp_path: Path,
                                                qtbot: QtBot) -> None:
    from labclient.ui.admin_dialog import AdminDialog
    from labclient.ui.sync_controller import SyncController
    from tests.helpers.sync_station import log_in, make_admin
    from tests.helpers.ui import cell

    hub = bad_and_good_pull(hostile)
    data_dir = tmp_path / "station"
    make_admin(data_dir)
    assert enroll(data_dir, hub.url, "ABCD-EFGH-IJKL", device_name="LAB-PC-01") == "Gulu"
    assert SyncRun(data_dir, deadline_s=10).run().outcome == "ok"
    with Workspace.open(data_dir) as ws:
        controller = SyncController(ws)
        admin = AdminDialog(ws, controller, log_in(ws, "Lab Admin"))
        qtbot.addWidget(admin)
        assert not admin.refused_batches.isHidden()
        assert "2 batches" in admin.refused_batches.text()
        message = admin.history.item(0, 5)
        assert message is not None and "bad-batch" in message.toolTip() and "broken-batch" in message.toolTip()
        assert "bad-batch" in cell(admin.history, 0, 5)
        admin.close()


def test_text_that_is_not_unicode_in_the_hubs_answers_is_shown_escaped(hostile: Callable[[Handler], HostileHub],
                                                                       tmp_path: Path) -> None:
    """A lone surrogate (a valid JSON escape) in an error or a roster ends the sync with a message
    that can be stored and logged, and names what was wrong."""
    def refusing(request: Request, wire: Wire) -> bool:
        if request.path != "/v1/pull":
            return False
        wire.answer(409, hub_json(error="x\ud800", message="bad \ud800\nthing"))
        return True

    def roster(request: Request, wire: Wire) -> bool:
        if request.path != "/v1/pull":
            return False
        user = {"id": "u1", "name": "\ud800", "role": "worker", "lab": "Gulu", "secret_hash": "x", "disabled": False}
        wire.answer(200, hub_json(cursor="1", batches=[], more=False,
                                  roster={"as_of": "2020-01-01T00:00:00.000000Z", "users": [user]}))
        return True

    for n, handler in enumerate((refusing, roster)):
        data_dir = enrolled(hostile(handler), tmp_path / str(n))
        report = SyncRun(data_dir, deadline_s=10).run()
        assert report.outcome in ("error", "bad_response"), report.message
        assert "\\ud800" in report.message and "\n" not in report.message
        with Workspace.open(data_dir) as ws:
            assert history(ws.store)[0]["message"] == report.message
    assert "list of people" in report.message


@pytest.mark.parametrize(("raw", "said"), [
    (b'{"hub_time": "2026-11-24T08:00:00.000000Z", "batches": [], "batches": [{}]}', "appears twice"),
    (b'{"hub_time": "2026-11-24T08:00:00.000000Z", "more": NaN}', "NaN is not a JSON number"),
    (b'{"hub_time": "2026-11-24T08:00:00.000000Z", "cursor": ' + b"7" * 400 + b"}", "digits"),
    (b"<html><body>Sign in to the Wi-Fi</body></html>", None),
])
def test_an_answer_a_reader_could_take_two_ways_is_refused_by_name(raw: bytes, said: str | None) -> None:
    from labclient.sync.transport import Transport

    answer, reason = Transport._decode(raw)

    assert answer is None
    assert (reason is None) if said is None else (reason is not None and said in reason)
