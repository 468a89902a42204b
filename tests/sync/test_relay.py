"""The lab relay: three workstations of a lab get the same media files, and the uplink carries
each once. A relay that is gone, hostile, or cut from the hub costs a workstation nothing but the
try. A real hub process, a real relay on 127.0.0.1 (on a thread, or the real command line), real
workstations, and the fault proxy on the relay's uplink."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import http.server
import json
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
import requests

import labclient.sync.settings as sync_settings
from labclient.bundle_writer import write_bundle
from labclient.errors import NotAllowed
from labclient.relay.budget import LAB_USE_FILE, USE_FILE, PrefetchBudget
from labclient.relay.cache import MediaCache
from labclient.relay.discovery import announce
from labclient.relay.server import RelayServer, close, read_enrolment
from labclient.sync.client import FETCH_CONNECTIONS, SyncRun
from labclient.sync.state import read_settings
from labclient.sync.transport import Transport
from labclient.workspace import Workspace
from tests.factory import batch_doc, make_bundle, wav_bytes
from tests.faultproxy import FaultProxy, Faults
from tests.helpers.sync_hub import ROOT, Hub
from tests.helpers.sync_station import enrolled_device
from tests.logins import sign_in

FILES = 4  # media files each batch holds: the same four in every batch


def media_of(n: int = FILES) -> dict[str, bytes]:
    """The media of a transcription batch of ``n`` tasks (sound clips of 8 KB), by bundle path:
    the same for every batch id."""
    return batch_doc("transcription", n)[1]


class Relay:
    """A relay on a thread, fetching from the hub through a fault proxy (whose ``bytes_down``
    is what crossed the lab's uplink)."""

    def __init__(self, hub: Hub, data_dir: Path, budget: PrefetchBudget | None = None,
                 lab_budget: PrefetchBudget | None = None) -> None:
        setup = read_enrolment(data_dir)
        port = int(hub.url.rsplit(":", 1)[1])
        self.proxy = FaultProxy(("127.0.0.1", port))
        self.proxy.__enter__()
        self.cache = MediaCache(data_dir / "relay-cache", lambda: Transport(self.proxy.url, setup.token),
                                budget=budget, lab_budget=lab_budget)
        self.server = RelayServer(("127.0.0.1", 0), self.cache, hub.url, setup.lab)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = self.server.url

    def stop(self) -> None:
        self.server.shutdown()
        close(self.server)
        self.proxy.__exit__(None, None, None)


def device_id(data_dir: Path) -> str:
    with Workspace.open(data_dir) as ws:
        return str(read_settings(ws.store).device_id)


def enrolled_relay(hub: Hub, tmp_path: Path) -> Path:
    """A data folder enrolled with lab Gulu, whose device the hub admin made the lab's relay."""
    data_dir = enrolled_device(hub, tmp_path, "LAB-RELAY")
    said = hub.admin("make-relay", "--lab", "Gulu", device_id(data_dir))
    assert "is now the relay of lab 'Gulu'" in said
    return data_dir


@pytest.fixture
def relay(hub: Hub, tmp_path: Path) -> Iterator[Relay]:
    running = Relay(hub, enrolled_relay(hub, tmp_path))
    yield running
    running.stop()


def use_relay(station: Path, url: str | None) -> None:
    with Workspace.open(station) as ws:
        sync_settings.set_relay_url(ws.store, sign_in(ws, "Grace Achieng", "admin"), url)


def station_with_relay(hub: Hub, tmp_path: Path, name: str, url: str) -> Path:
    station = enrolled_device(hub, tmp_path, name)
    use_relay(station, url)
    return station


def new_batch(hub: Hub, tmp_path: Path, batch_id: str) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / batch_id, "transcription", FILES, batch_id=batch_id)),
              "--lab", "Gulu")


def sync(station: Path, relay: Relay | None = None) -> Any:
    """A sync run whose waits (the relay's Retry-After) end when the relay's fetches are done."""
    def wait(_seconds: float) -> None:
        if relay is not None:
            relay.cache.wait_idle(30)

    return SyncRun(station, sleep=wait).run()


@pytest.mark.slow
def test_the_relay_keeps_one_budget_for_the_whole_labs_line(hub: Hub, tmp_path: Path) -> None:
    today = [dt.datetime(2026, 3, 2, 9, 0).astimezone()]
    folder = enrolled_relay(hub, tmp_path)
    (folder / "relay-cache").mkdir()
    lab = PrefetchBudget(folder / "relay-cache", 1_000_000, None, now=lambda: today[0], file_name=LAB_USE_FILE)
    running = Relay(hub, folder, lab_budget=lab)
    try:
        new_batch(hub, tmp_path, "b-1")
        first = station_with_relay(hub, tmp_path, "LAB-PC-01", running.url)
        report = sync(first, running)
        assert report.complete and report.batches_received == ["b-1"], report.message
        carried = report.bytes_sent + report.bytes_received
        assert lab.usage() == (carried, carried), "each workstation's run counts in the lab's budget"

        lab.spend(1_000_000 - carried)  # the rest of the lab used the day
        new_batch(hub, tmp_path, "b-2")
        second = station_with_relay(hub, tmp_path, "LAB-PC-02", running.url)
        held = sync(second, running)
        assert held.outcome == "held" and held.batches_received == []
        assert any(s.code == "sync.lab_budget_day" and s.params["limit"] == 1.0 for s in held.said), held.said
        with Workspace.open(second) as ws:
            seen = ws.lab_data_use()
            assert seen is not None and seen.spent, "the admin screen shows the lab's use the relay said"
        assert lab.usage()[0] == 1_000_000, "a held run carried nothing"

        today[0] += dt.timedelta(days=1)
        again = sync(second, running)
        assert again.complete and again.batches_received == ["b-2"], "the next day it goes on"
    finally:
        running.stop()


@pytest.mark.slow
def test_the_lab_budget_counts_only_a_plain_count_of_bytes(hub: Hub, tmp_path: Path) -> None:
    folder = enrolled_relay(hub, tmp_path)
    (folder / "relay-cache").mkdir()
    lab = PrefetchBudget(folder / "relay-cache", 10_000_000, None, file_name=LAB_USE_FILE)
    running = Relay(hub, folder, lab_budget=lab)
    try:
        spent = f"{running.url}/v1/budget/spent"
        for body in (b"x", b'{"bytes": -1}', b'{"bytes": true}', b'{"bytes": 1e30}', b'{"bytes": "5"}', b"[5]",
                     b'{"bytes": 5}' + b" " * 300):
            answer = requests.post(spent, data=body, timeout=10)
            assert answer.status_code == 400, body
        assert requests.post(spent, data=iter([b'{"bytes": 5}']), timeout=10).status_code == 400, "no length"
        assert lab.usage() == (0, 0), "nothing hostile was counted"
        counted = requests.post(spent, json={"bytes": 1234}, timeout=10)
        assert counted.status_code == 200 and counted.json() == {"today": 1234, "month": 1234,
                                                                 "daily": 10_000_000, "monthly": None}
    finally:
        running.stop()
    plain = Relay(hub, folder)  # one that keeps no budget for the lab
    try:
        assert requests.get(f"{plain.url}/v1/budget", timeout=10).status_code == 404
        assert requests.post(f"{plain.url}/v1/budget/spent", json={"bytes": 1}, timeout=10).status_code == 404
    finally:
        plain.stop()


def test_a_relay_given_a_new_address_is_found_again_on_the_lan(hub: Hub, relay: Relay, tmp_path: Path) -> None:
    with socket.socket() as s:  # an address where nothing answers any more: the relay's old one
        s.bind(("127.0.0.1", 0))
        old = f"http://127.0.0.1:{s.getsockname()[1]}"
    station = station_with_relay(hub, tmp_path, "LAB-PC-01", old)
    new_batch(hub, tmp_path, "b-1")
    port = int(relay.url.rsplit(":", 1)[1])
    announced = announce(port, ["127.0.0.1"], hub.url, "Gulu", interfaces=["127.0.0.1"])
    try:
        report = sync(station, relay)
    finally:
        announced.close()
    assert report.complete, report.message
    assert any(s.code == "sync.relay_moved" and s.params["new"] == relay.url for s in report.said), report.said
    assert report.bytes_from_relay > 0, "the media came from the relay at its new address"
    with Workspace.open(station) as ws:
        assert read_settings(ws.store).relay_url == relay.url, "and it is used from now on"


def placed(station: Path) -> dict[str, bytes]:
    """The media files in the workstation's store, by sha256."""
    return {p.name: p.read_bytes() for p in (station / "media").glob("??/*")}


@pytest.mark.slow
def test_three_workstations_get_the_same_media_and_the_uplink_carries_it_once(
        hub: Hub, relay: Relay, tmp_path: Path) -> None:
    media = media_of()
    size = sum(len(b) for b in media.values())
    stations = [station_with_relay(hub, tmp_path, f"LAB-PC-0{i}", relay.url) for i in (1, 2, 3)]
    reports = []
    for i, station in enumerate(stations):
        new_batch(hub, tmp_path, f"shared-{i}")  # one batch each, leased to the next to pull
        reports.append(sync(station, relay))
    for i, (station, report) in enumerate(zip(stations, reports, strict=True)):
        assert report.complete, report.message
        assert report.batches_received == [f"shared-{i}"]
        assert report.bytes_from_relay == size, "every file came from the relay"
        # The first to ask pays for what the relay fetched over the uplink; the others got it free.
        charged = size if i == 0 else 0
        assert charged <= report.bytes_received < charged + size, "no workstation fetched it from the hub itself"
        assert sorted(placed(station).values()) == sorted(media.values())
        with Workspace.open(station) as ws:
            assert ws.task_counts()["new"] == FILES
    stats = relay.cache.stats.as_json()
    assert stats["fetched_files"] == FILES and stats["served_files"] == 3 * FILES
    assert stats["uplink_bytes"] == size, "each file crossed the uplink once"
    assert relay.proxy.bytes_down < size * 1.2, "one copy, and the headers of a request a file"


def test_a_cut_uplink_resumes_and_still_carries_each_byte_once(hub: Hub, relay: Relay, tmp_path: Path) -> None:
    big = wav_bytes(20.0)  # 320 KB
    doc, media = batch_doc("transcription", 1, batch_id="long-clip")
    [(path, _)] = media.items()
    doc["tasks"][0]["media"] = hashlib.sha256(big).hexdigest()
    hub.admin("add-batch", str(write_bundle(tmp_path / "long-clip.zip", doc, {path: big})), "--lab", "Gulu")
    station = station_with_relay(hub, tmp_path, "LAB-PC-01", relay.url)
    relay.proxy.faults = Faults(truncate_after=120_000, down_only=True)  # the line drops after 120 KB
    attempts: list[float] = []

    def wait(_s: float) -> None:
        attempts.append(_s)
        relay.cache.wait_idle(30)
        relay.proxy.faults = Faults()  # the line is back

    report = SyncRun(station, sleep=wait).run()
    assert report.complete, report.message
    assert placed(station)[hashlib.sha256(big).hexdigest()] == big
    assert attempts, "the relay said to wait while its download was cut, and resumed it"
    assert relay.cache.stats.as_json()["uplink_bytes"] == len(big), "the rest was asked for, not the whole again"


@pytest.mark.slow
def test_a_relay_that_is_gone_costs_nothing(hub: Hub, tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        gone = f"http://127.0.0.1:{probe.getsockname()[1]}"
    station = station_with_relay(hub, tmp_path, "LAB-PC-01", gone)
    new_batch(hub, tmp_path, "b-1")
    report = sync(station)
    assert report.complete, report.message
    assert sorted(placed(station).values()) == sorted(media_of().values()), "the media came from the hub"
    assert report.bytes_from_relay == 0
    assert "sync.relay_unused" in [s.code for s in report.said]
    assert "media came from the hub" in report.message


class _Hostile(http.server.BaseHTTPRequestHandler):
    """A machine on the LAN that says it is the relay, and sends wrong bytes for every file."""

    hub_url: ClassVar[str] = ""
    sizes: ClassVar[dict[str, int]] = {}  # what it knows of each file: its length
    seen: ClassVar[list[dict[str, str]]] = []

    def log_message(self, *_args: Any) -> None:
        pass

    def do_GET(self) -> None:
        _Hostile.seen.append(dict(self.headers))
        body = json.dumps({"relay": "labclient", "hub": self.hub_url}).encode() if self.path == "/v1/hello" \
            else b"\0" * self.sizes.get(self.path.rsplit("/", 1)[-1], 100)
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_a_hostile_relay_gets_no_credential_and_cannot_place_a_wrong_file(hub: Hub, tmp_path: Path) -> None:
    _Hostile.hub_url, _Hostile.seen = hub.url, []
    _Hostile.sizes = {hashlib.sha256(b).hexdigest(): len(b) for b in media_of().values()}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        station = station_with_relay(hub, tmp_path, "LAB-PC-01", f"http://127.0.0.1:{server.server_address[1]}")
        new_batch(hub, tmp_path, "b-1")
        report = sync(station)
    finally:
        server.shutdown()
        server.server_close()
    assert report.complete, report.message
    assert sorted(placed(station).values()) == sorted(media_of().values()), "the right files, from the hub"
    assert 4 <= len(_Hostile.seen) <= 3 + FETCH_CONNECTIONS, \
        "its hello, its lab file's index and the lab's budget (the sync asks first), then one file a connection"
    assert not any(k.lower() in ("authorization", "cookie") for h in _Hostile.seen for k in h), \
        "no credential went to the relay"
    assert "does not match" in report.message


def test_the_relay_serves_only_the_labs_files_by_hash(hub: Hub, relay: Relay, tmp_path: Path) -> None:
    new_batch(hub, tmp_path, "b-1")
    data = next(iter(media_of().values()))
    sha = hashlib.sha256(data).hexdigest()
    whole = requests.get(f"{relay.url}/v1/media/{sha}", timeout=10)
    assert whole.status_code == 200 and whole.content == data, "fetched from the hub while the request waited"
    rest = requests.get(f"{relay.url}/v1/media/{sha}", headers={"Range": "bytes=10-"}, timeout=10)
    assert rest.status_code == 206 and rest.content == data[10:]
    assert requests.get(f"{relay.url}/v1/media/{sha}", headers={"Range": f"bytes={len(data)}-"},
                        timeout=10).status_code == 416

    other_lab = hashlib.sha256(b"a file of no batch of this lab").hexdigest()
    assert requests.get(f"{relay.url}/v1/media/{other_lab}", timeout=10).status_code == 404, "the hub's answer"
    assert requests.get(f"{relay.url}/v1/media/{other_lab}", timeout=10).status_code == 404, "remembered"
    assert relay.cache.stats.as_json()["fetched_files"] == 1
    for route in ("/v1/media/../../etc/passwd", f"/v1/media/{sha.upper()}", "/v1/pull", "/", "/v1/media/%2e%2e"):
        assert requests.get(relay.url + route, timeout=10).status_code == 404, route
    assert requests.post(f"{relay.url}/v1/push", json={}, timeout=10).status_code == 405
    hello = requests.get(f"{relay.url}/v1/hello", timeout=10).json()
    assert hello["relay"] == "labclient" and hello["hub"] == hub.url and hello["lab"] == "Gulu"


def test_only_an_admin_gives_the_relay_address_and_a_bad_one_changes_nothing(ws: Workspace) -> None:
    worker, admin = sign_in(ws, "Amina Njeri"), sign_in(ws, "Grace Achieng", "admin")
    with pytest.raises(NotAllowed):
        sync_settings.set_relay_url(ws.store, worker, "http://10.0.0.5:8765")
    for bad in ("10.0.0.5:8765", "ftp://10.0.0.5:8765", "http://10.0.0.5", "http://10.0.0.5:8765/x?y=1",
                "http://user:pw@10.0.0.5:8765"):
        with pytest.raises(ValueError):
            sync_settings.set_relay_url(ws.store, admin, bad)
    assert read_settings(ws.store).relay_url is None
    sync_settings.set_relay_url(ws.store, admin, " http://10.0.0.5:8765/ ")
    assert read_settings(ws.store).relay_url == "http://10.0.0.5:8765"
    sync_settings.set_relay_url(ws.store, admin, "")
    assert read_settings(ws.store).relay_url is None


def start_relay(data_dir: Path) -> tuple[subprocess.Popen[str], str]:
    """``labclient relay`` on a free port; the process and the first line it printed."""
    process = subprocess.Popen([sys.executable, "-m", "labclient.cli", "relay", "--data-dir", str(data_dir),
                                "--listen", "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=ROOT)
    assert process.stdout is not None
    return process, process.stdout.readline()


@pytest.mark.slow
def test_the_relay_command_serves_survives_a_kill_and_one_runs_per_folder(hub: Hub, tmp_path: Path) -> None:
    folder = enrolled_relay(hub, tmp_path)
    new_batch(hub, tmp_path, "b-1")
    process, line = start_relay(folder)
    try:
        assert line.startswith("labclient relay: serving on http://127.0.0.1:"), process.stderr
        url = line.split()[4]
        second = subprocess.run([sys.executable, "-m", "labclient.cli", "relay", "--data-dir", str(folder),
                                 "--listen", "127.0.0.1:0"], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert second.returncode == 1 and "Another relay already runs" in second.stderr
        assert process.stdout is not None
        told = [process.stdout.readline() for _ in range(2)][-1]
        assert told.startswith("Announced on the LAN as 'LabClient relay Gulu"), told
        station = enrolled_device(hub, tmp_path, "LAB-PC-01")
        with Workspace.open(station) as ws:
            assert sync_settings.find_relays(ws.store) == [url], "found on the LAN without typing its address"
        use_relay(station, url)
        report = SyncRun(station, sleep=lambda _s: None, deadline_s=120).run()
        assert report.complete and report.bytes_from_relay > 0, report.message
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
    again, line = start_relay(folder)  # after kill -9: the lock is free, the cache still there
    try:
        url = line.split()[4]
        data = next(iter(media_of().values()))
        answer = requests.get(f"{url}/v1/media/{hashlib.sha256(data).hexdigest()}", timeout=10)
        assert answer.status_code == 200 and answer.content == data, "served from the cache kept on disk"
        assert requests.get(f"{url}/v1/hello", timeout=10).json()["stats"]["uplink_bytes"] == 0
    finally:
        again.send_signal(signal.SIGTERM)
        _, stderr = again.communicate(timeout=30)
    assert again.returncode == 0 and "Traceback" not in stderr, "a stopped relay exits cleanly"


def test_a_folder_not_enrolled_is_refused_with_what_to_do(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "labclient.cli", "relay", "--data-dir", str(tmp_path / "nothing"),
                           "--listen", "127.0.0.1:0"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 1
    assert "enrol it first" in done.stderr and "Traceback" not in done.stderr


def test_the_hub_gives_a_relay_the_labs_media_and_no_work(hub: Hub, tmp_path: Path) -> None:
    new_batch(hub, tmp_path, "b-1")
    hub.admin("add-batch", str(make_bundle(tmp_path / "lira", "tagging", 2, batch_id="lira-work")), "--lab", "Lira")
    folder = enrolled_relay(hub, tmp_path)
    token = read_enrolment(folder).token
    auth = {"Authorization": f"Bearer {token}"}
    gulu = hashlib.sha256(next(iter(media_of().values()))).hexdigest()
    lira = hashlib.sha256(next(iter(batch_doc("tagging", 2)[1].values()))).hexdigest()
    assert requests.get(f"{hub.url}/v1/media/{gulu}", headers=auth, timeout=10).status_code == 200, \
        "any file of its lab's batches, leased to nobody yet"
    assert requests.get(f"{hub.url}/v1/media/{lira}", headers=auth, timeout=10).status_code == 404, "not another lab's"
    report = SyncRun(folder).run()
    assert report.outcome != "ok" and "relay" in report.message, "a relay takes no work and sends no results"
    for route in ("/v1/pull", "/v1/push"):
        answer = requests.post(f"{hub.url}{route}", json={}, headers=auth, timeout=10)
        assert answer.status_code == 403 and "lab's relay" in answer.json()["message"], route
    station = enrolled_device(hub, tmp_path, "LAB-PC-01")
    assert sync(station).batches_received == ["b-1"], "the batch went to the workstation"
    refused = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(hub.data_dir), "make-relay",
                              "--lab", "Lira", device_id(station)], capture_output=True, text=True, cwd=ROOT,
                             timeout=60)
    assert refused.returncode == 1 and "Lab 'Lira' has no device" in refused.stderr
    listed = {d["name"]: d["role"] for d in json.loads(hub.admin("devices", "--lab", "Gulu", "--json"))}
    assert listed == {"LAB-RELAY": "relay", "LAB-PC-01": "workstation"}
    assert " relay " in hub.admin("devices", "--lab", "Gulu"), "the table says which device is the relay"


def test_a_flood_of_requests_queues_bounded_work(tmp_path: Path) -> None:
    from labclient.relay.cache import MAX_PENDING

    release = threading.Event()

    def stuck_uplink() -> Transport:  # the line hangs: every fetch waits until the test ends
        release.wait(30)
        raise OSError("the line is down")

    cache = MediaCache(tmp_path / "relay-cache", stuck_uplink)
    try:
        asked = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(MAX_PENDING + 50)]
        assert all(cache.obtain(sha, 0) is None for sha in asked), "nothing is here: come back later"
        assert cache.pending() == MAX_PENDING, "the rest were not queued"
    finally:
        release.set()
        assert cache.wait_idle(30)
        cache.close()
    assert cache.stats.as_json()["uplink_bytes"] == 0


@pytest.mark.slow
def test_the_relay_fetches_new_work_ahead_and_the_workstation_finds_it_there(
        hub: Hub, relay: Relay, tmp_path: Path) -> None:
    new_batch(hub, tmp_path, "ahead")
    station = station_with_relay(hub, tmp_path, "LAB-PC-01", relay.url)
    token = read_enrolment(station).token
    assert requests.get(f"{hub.url}/v1/relay/media", headers={"Authorization": f"Bearer {token}"},
                        timeout=10).status_code == 403, "a workstation is not told the lab's media"

    assert relay.cache.prefetch() == FILES, "every file of the batch nobody has taken yet"
    assert relay.cache.wait_idle(30)
    assert relay.cache.prefetch() == 0, "nothing twice"
    fetched = relay.cache.stats.as_json()["fetched_files"]
    report = sync(station, relay)
    size = sum(len(b) for b in media_of().values())
    assert report.complete and report.bytes_from_relay == size, report.message
    assert report.bytes_received < size, "what was fetched ahead is not counted in the workstation's budget"
    assert relay.cache.stats.as_json()["fetched_files"] == fetched == FILES, "all of it was there already"
    new_batch(hub, tmp_path, "taken")
    assert sync(enrolled_device(hub, tmp_path, "LAB-PC-02")).batches_received == ["taken"]
    assert relay.cache.prefetch() == 0, "a batch a workstation holds is not fetched ahead"


def test_a_device_that_sent_results_is_not_made_a_relay(hub: Hub, tmp_path: Path) -> None:
    new_batch(hub, tmp_path, "b-1")
    station = enrolled_device(hub, tmp_path, "LAB-PC-01")
    assert sync(station).complete
    with Workspace.open(station) as ws:
        amina = sign_in(ws, "Amina Njeri")
        task = ws.next_task(amina)
        assert task is not None
        ws.submit(amina, task.key, {"text": "hello"})
    assert sync(station).tally.applied == 1
    refused = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(hub.data_dir), "make-relay",
                              "--lab", "Gulu", device_id(station)], capture_output=True, text=True, cwd=ROOT,
                             timeout=60)
    assert refused.returncode == 1 and "has sent results: it is a workstation" in refused.stderr
    assert sync(station).complete, "the workstation still syncs"


def test_fetching_ahead_keeps_within_its_budget_and_remembers_what_it_spent(hub: Hub, tmp_path: Path) -> None:
    folder = enrolled_relay(hub, tmp_path)
    (folder / "relay-cache").mkdir()
    sizes = sorted(len(b) for b in media_of().values())
    now = [dt.datetime(2026, 3, 9, 10, 0, tzinfo=dt.UTC)]

    def budget() -> PrefetchBudget:  # two files' worth a day, and the hub's list of them
        return PrefetchBudget(folder / "relay-cache", sizes[0] + sizes[1] + 4_000, None, now=lambda: now[0])

    new_batch(hub, tmp_path, "ahead")
    relay = Relay(hub, folder, budget())
    try:
        assert relay.cache.prefetch() == 2, "as many files as the day's budget has room for"
        assert relay.cache.wait_idle(30)
        assert relay.cache.prefetch() == 0, "the day's budget is spent"
    finally:
        relay.stop()
    uplink = relay.proxy.bytes_down
    assert uplink <= sizes[0] + sizes[1] + 4_000 + 2_000, "the line carried no more than the budget (and headers)"

    relay = Relay(hub, folder, budget())  # restarted the same day
    try:
        assert relay.cache.prefetch() == 0, "a restart does not forget what was spent today"
        now[0] += dt.timedelta(days=1)
        assert relay.cache.prefetch() == 2, "the next day, the rest"
        assert relay.cache.wait_idle(30)
    finally:
        relay.stop()

    (folder / "relay-cache" / USE_FILE).write_text("{not json")
    damaged = budget()
    assert damaged.room() == 0, "a count that cannot be read spends nothing more today"
    now[0] += dt.timedelta(days=1)
    assert damaged.room() == sizes[0] + sizes[1] + 4_000, "the next day counts from nothing"


def test_the_relay_keeps_only_outbox_files_and_the_newest_of_each_workstation(tmp_path: Path) -> None:
    def no_uplink() -> Transport:
        raise OSError("the line is down")

    cache = MediaCache(tmp_path / "relay-cache", no_uplink)
    server = RelayServer(("127.0.0.1", 0), cache, "http://hub.example", "Gulu")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    zstd = b"\x28\xb5\x2f\xfd" + b"\x00" * 60
    try:
        def put(name: str, body: bytes) -> int:
            return requests.put(f"{server.url}/v1/outbox/{name}", data=body, timeout=10).status_code

        assert put("labclient-outbox-d-1-1-5.lco", zstd) == 201
        assert put("labclient-outbox-d-1-1-9.lco", zstd + b"more") == 201
        assert put("labclient-outbox-d-2-1-3.lco", zstd) == 201
        assert put("evil.sh", zstd) == 404, "only an outbox file's name"
        assert put("..%2F..%2Flabclient-outbox-d-1-1-1.lco", zstd) == 404, "no path but the outbox folder"
        assert put("labclient-outbox-d-3-1-1.lco", b"not zstd at all") == 400
        assert put("labclient-outbox-d-3-1-1.lco", b"") == 400
        link = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
        link.putrequest("PUT", "/v1/outbox/labclient-outbox-d-3-1-1.lco")
        link.putheader("Content-Length", str(65 * 2**20))  # and no byte of it sent
        link.endheaders()
        assert link.getresponse().status == 413, "refused on its length, before a byte is read"
        link.close()
        assert requests.put(f"{server.url}/v1/media/{'0' * 64}", data=zstd, timeout=10).status_code == 405
    finally:
        server.shutdown()
        close(server)
    kept = sorted(p.name for p in (tmp_path / "relay-cache" / "outbox").iterdir())
    assert kept == ["labclient-outbox-d-1-1-9.lco", "labclient-outbox-d-2-1-3.lco"], \
        "the newest of each workstation, nothing half-written, nothing else"
