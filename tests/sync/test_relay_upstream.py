"""A lab where only the relay reaches the hub (a 3G dongle on the relay's machine): the relay
sends the workstations' outbox files to the hub itself and takes their new work and receipts
from it (labclient.relay.upstream), by the same files and checks as the USB stick. Real hub
processes, a real relay server, three real workstations; the workstations' address of the hub
is dead throughout (the hub is restarted on another port that only the relay is given)."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import zstandard

from labclient.people import login
from labclient.relay.budget import PrefetchBudget
from labclient.relay.cache import MediaCache
from labclient.relay.lab_drop import lab_index
from labclient.relay.server import RelayServer, close, read_enrolment
from labclient.relay.upstream import Upstream
from labclient.sync.client import SyncRun, enroll
from labclient.sync.settings import set_relay_url
from labclient.sync.transport import Transport
from labclient.workspace import Workspace
from tests.helpers.cli import run_program as run
from tests.helpers.sync_hub import Hub, hub_results, start_hub
from tests.helpers.sync_station import enrolled_device, log_in, make_admin, no_wait_run
from tests.helpers.usb_lab import batches_of, outbox_of, three_stations_offline


class Lab:
    """Three workstations whose hub address is dead, and a relay that reaches the hub."""

    def __init__(self, hub: Hub, tmp_path: Path, *, budget: PrefetchBudget | None = None) -> None:
        relay_dir = enrolled_device(hub, tmp_path, "LAB-RELAY")
        with Workspace.open(relay_dir) as ws:
            relay_id = str(ws.store.read().execute("SELECT value FROM sync_state WHERE key = 'device_id'")
                           .fetchone()[0])
        hub.admin("make-relay", "--lab", "Gulu", relay_id)
        self.stations, self.ids = three_stations_offline(hub, tmp_path, 6)  # stops the hub
        self.hub = start_hub(hub.data_dir)  # on another port: only the relay is told
        setup = read_enrolment(relay_dir)
        self.relay_dir = relay_dir
        self.cache = MediaCache(relay_dir / "relay-cache", lambda: Transport(self.hub.url, setup.token),
                                budget=budget)
        self.server = RelayServer(("127.0.0.1", 0), self.cache, setup.hub_url, setup.lab)
        self.upstream = self.server.upstream = Upstream(self.cache, 3600, per_workstation=2)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        for station in self.stations:
            make_admin(station)
            with Workspace.open(station) as ws:
                set_relay_url(ws.store, log_in(ws, "Lab Admin"), self.server.url)

    def sync(self, station: Path) -> SyncRun:
        run_ = no_wait_run(station, deadline_s=60, connect_retries=0)
        self.last = run_.run()
        assert self.last.outcome == "offline", "the workstation's own address of the hub stays dead"
        return run_

    def close(self) -> None:
        self.server.shutdown()
        close(self.server)
        self.hub.stop()


@pytest.fixture
def lab(hub: Hub, tmp_path: Path) -> Iterator[Lab]:
    made = Lab(hub, tmp_path)
    yield made
    made.close()


def work(station: Path, n: int) -> None:
    with Workspace.open(station) as ws:
        grace = login.login(ws.store, "Grace Akello", "4821")
        for _ in range(n):
            task = ws.next_task(grace)
            assert task is not None
            ws.submit(grace, task.key, {"labels": ["cat"]})


@pytest.mark.slow
def test_the_relay_carries_the_whole_labs_work_both_ways_and_each_result_reaches_the_hub_once(lab: Lab) -> None:
    first = lab.upstream.run_round()
    assert first.problem is None and first.sent == [] and first.lab_taken
    assert first.media_started == 3, "the three images of the batches it was given, fetched ahead once for the lab"
    assert lab.cache.wait_idle(60)

    got = []
    for station in lab.stations:
        lab.sync(station)
        assert len(lab.last.batches_received) == 2, lab.last.said
        got.append(batches_of(station))
    assert sorted(b for held in got for b in held) == lab.ids, "no two workstations got the same batch"

    for station in lab.stations:  # a day of work; each sync leaves the outbox on the relay
        work(station, 4)
        lab.sync(station)
        assert any(s.code == "sync.outbox_on_relay" for s in lab.last.said), lab.last.said

    second = lab.upstream.run_round()
    assert len(second.sent) == 3 and second.refused == [] and second.lab_taken, second
    results = hub_results(lab.hub)
    assert len(results) == 12, "every result once"
    assert {r["device_name"] for r in results} == {"LAB-PC-01", "LAB-PC-02", "LAB-PC-03"}, \
        "the hub still sees which workstation did what"

    for station in lab.stations:
        lab.sync(station)
        assert outbox_of(station) == 0, "the receipts came back through the relay and emptied the outbox"

    third = lab.upstream.run_round()
    assert third.sent == [] and not third.lab_taken, "nothing new: no file sent again, no documents sent again"

    (lab.relay_dir / "relay-cache" / "outbox" / "sent.json").unlink()  # the relay died before it noted the sends
    again = lab.upstream.run_round()
    assert len(again.sent) == 3
    assert len(hub_results(lab.hub)) == 12, "a file sent twice is applied once"


@pytest.mark.slow
def test_a_workstations_new_file_wakes_the_relay_and_a_dead_hub_costs_nothing(lab: Lab) -> None:
    lab.upstream.run_round()
    lab.cache.wait_idle(60)
    lab.sync(lab.stations[0])
    work(lab.stations[0], 2)
    lab.upstream.every_s = 3600
    woken = threading.Event()
    lab.upstream.wake = woken.set  # type: ignore[method-assign]
    lab.sync(lab.stations[0])
    assert woken.is_set(), "a new outbox file on the relay starts a round soon"

    lab.hub.stop()  # now the relay's line is down too
    down = lab.upstream.run_round()
    assert down.problem is not None and "could not be reached" in down.problem and down.sent == []
    assert run("labclient", "relay-outboxes", "--data-dir", lab.relay_dir, "--to",
               lab.relay_dir.parent / "stick").returncode == 0, "the file stays for the stick"
    assert len(list((lab.relay_dir.parent / "stick").glob("*.lco"))) == 1


@pytest.mark.slow
def test_the_relays_budget_takes_work_before_media_and_nothing_past_it(hub: Hub, tmp_path: Path) -> None:
    today = [dt.datetime(2026, 3, 2, 9, 0)]
    (tmp_path / "budget").mkdir()
    budget = PrefetchBudget(tmp_path / "budget", 1, None, now=lambda: today[0])  # one step's worth a day
    made = Lab(hub, tmp_path, budget=budget)
    try:
        first = made.upstream.run_round()
        assert first.lab_taken and first.media_started == 0 and first.held_by_budget, \
            "the batches and the roster first; the media wait"
        assert made.cache.pending() == 0, "nothing fetched ahead past the budget"

        station = made.stations[0]
        made.sync(station)  # the media it asks for come through the relay, on its own budget
        if not made.last.batches_received:  # the relay was still fetching them: the next sync takes them
            assert made.cache.wait_idle(60)
            made.sync(station)
        assert len(batches_of(station)) == 2
        work(station, 1)
        made.sync(station)
        held = made.upstream.run_round()
        assert held.sent == [] and held.held_by_budget and hub_results(made.hub) == [], "spent for today"

        today[0] += dt.timedelta(days=1)
        next_day = made.upstream.run_round()
        assert len(next_day.sent) == 1 and len(hub_results(made.hub)) == 1, "results first, the next day"
    finally:
        made.close()


@pytest.mark.slow
def test_the_hub_takes_outbox_files_and_gives_the_labs_documents_only_to_the_labs_relay(lab: Lab,
                                                                                      tmp_path: Path) -> None:
    lab.upstream.run_round()
    lab.sync(lab.stations[0])
    work(lab.stations[0], 1)
    out = tmp_path / "out"
    assert run("labclient", "export-outbox", "--data-dir", lab.stations[0], "--to", out).returncode == 0
    [outbox] = sorted(out.glob("*.lco"))
    data = outbox.read_bytes()
    setup = read_enrolment(lab.relay_dir)
    url = f"{lab.hub.url}/v1/relay/outbox/{outbox.name}"
    relay_auth = {"Authorization": f"Bearer {setup.token}"}

    damaged = bytearray(data)
    damaged[-5] ^= 0xFF
    refused = requests.post(url, data=bytes(damaged), headers=relay_auth, timeout=30)
    assert refused.status_code == 400 and "damaged" in refused.json()["message"]
    doc = json.loads(zstandard.ZstdDecompressor().decompress(data))
    doc["items"][0]["body"]["answer"] = {"labels": ["dog"]}  # someone on the LAN changes an answer
    changed = zstandard.ZstdCompressor().compress(json.dumps(doc).encode())
    refused = requests.post(url, data=changed, headers=relay_auth, timeout=30)
    assert refused.status_code == 400 and "signature does not match" in refused.json()["message"]
    no_length = requests.post(url, data=iter([data]), headers=relay_auth, timeout=30)
    assert no_length.status_code == 411
    too_large = requests.post(url, data=iter([b"x"]), headers={**relay_auth, "Content-Length": str(65 * 2**20)},
                              timeout=30)
    assert too_large.status_code == 413
    nobody = requests.post(url, data=data, timeout=30)
    assert nobody.status_code == 401
    assert hub_results(lab.hub) == [], "nothing was stored by any of them"

    other = tmp_path / "other-lab"
    code = lab.hub.admin("enroll-code", "--lab", "Kampala").strip()
    enroll(other, lab.hub.url, code, device_name="KLA-RELAY")
    with Workspace.open(other) as ws:
        other_id = str(ws.store.read().execute("SELECT value FROM sync_state WHERE key = 'device_id'").fetchone()[0])
    lab.hub.admin("make-relay", "--lab", "Kampala", other_id)
    foreign = requests.post(url, data=data, timeout=30,
                            headers={"Authorization": f"Bearer {read_enrolment(other).token}"})
    assert foreign.status_code == 400 and "does not know" in foreign.json()["message"], \
        "another lab's relay is answered as if the workstation did not exist"
    taken = requests.post(url, data=data, headers=relay_auth, timeout=30)
    assert taken.status_code == 200 and taken.json()["counts"] == {"applied": 1}
    assert len(hub_results(lab.hub)) == 1

    station = read_enrolment(lab.stations[0])
    asked = requests.get(f"{lab.hub.url}/v1/relay/lab", timeout=30,
                         headers={"Authorization": f"Bearer {station.token}"})
    assert asked.status_code == 403, "a workstation takes its work by pulling, not the lab's documents"


class _Garbage(http.server.BaseHTTPRequestHandler):
    """A 'hub' that answers the lab's documents with bytes that are no zip."""

    def log_message(self, *_args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = random.Random(3).randbytes(5000)
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", '"x"')
        self.end_headers()
        self.wfile.write(body)


def test_documents_that_are_no_lab_file_are_refused_and_the_relay_keeps_what_it_held(tmp_path: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Garbage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    cache = MediaCache(tmp_path / "relay-cache",
                       lambda: Transport(f"http://127.0.0.1:{server.server_address[1]}", "token"))
    try:
        done = Upstream(cache, 3600).run_round()
    finally:
        server.shutdown()
        server.server_close()
        cache.close()
    assert done.problem is not None and "damaged" in done.problem and not done.lab_taken
    assert lab_index(tmp_path / "relay-cache") is None, "nothing served from it"
    assert not (tmp_path / "relay-cache" / "lab" / "etag").exists(), "and it is asked for again"
