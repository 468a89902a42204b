"""kill -9 in the middle of a sync, of the client and of the hub: nothing lost, nothing counted twice.

The client is a real process (``tests/sync/sync_driver.py``) syncing a real workstation folder
with a real hub through a slow link (a fault proxy adding latency and a bandwidth cap), so a
kill lands while a chunk is on the wire. The driver prints a line at each point a kill can
land after: a request about to go, its answer read but not yet recorded, a chunk recorded, a
backoff. Each round kills it after a random number of those lines. Between rounds the test
checks what a person would notice: the workstation's database is sound, every result is in its
outbox or on the hub (or both: sent, answer lost), none is on the hub twice, and the
watermark never goes back. At the end a normal sync finishes: every result is on the hub
exactly once and the outbox is empty.

The hub's side: its answer lost after it committed (the faults hook ``after_commit``) with the
client killed before it retries; and the hub killed with ``kill -9`` at random moments of a
push and started again on the same data folder and port.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from labclient.sync.client import enroll
from labclient.sync.state import read_settings
from labclient.workspace import Workspace
from labhub.checks import check
from labhub.store import HubStore
from tests.factory import make_bundle
from tests.faultproxy import FaultProxy, Faults
from tests.helpers.sync_hub import ROOT, Hub, hub_results, set_faults, start_hub
from tests.helpers.sync_station import no_wait_run
from tests.logins import sign_in, stored_results

CHUNK_ITEMS = 20  # the hub's --max-items: a sync of 60 results is three chunks on the wire
SLOW = Faults(latency_s=0.02, bandwidth_bps=400_000)  # 40 ms round trips, 50 KB/s


@dataclass
class Lab:
    """A hub behind a slow proxy and one workstation enrolled through it."""

    hub: Hub
    proxy: FaultProxy
    data_dir: Path
    hub_dir: Path
    port: int


def stop(hub: Hub) -> None:
    if hub.process.poll() is None:
        hub.process.terminate()
    hub.process.wait(timeout=30)
    assert hub.process.stdout is not None
    hub.process.stdout.close()


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Lab]:
    hub_dir = tmp_path / "hub"
    hub = start_hub(hub_dir, "--max-items", str(CHUNK_ITEMS))
    running: Lab | None = None
    parts = urlsplit(hub.url)
    assert parts.hostname is not None and parts.port is not None
    try:
        with FaultProxy((parts.hostname, parts.port), SLOW) as proxy:
            bundle = make_bundle(tmp_path / "bundles", "tagging", 600)
            hub.admin("add-batch", str(bundle), "--lab", "Gulu")
            data_dir = tmp_path / "workstation"
            enroll(data_dir, proxy.url, hub.admin("enroll-code", "--lab", "Gulu").strip(), device_name="LAB-PC-07")
            with Workspace.open(data_dir) as ws:
                ws.import_bundle(bundle)
                sign_in(ws, "Amina Njeri")
            running = Lab(hub, proxy, data_dir, hub_dir, parts.port)
            yield running
    finally:
        stop(running.hub if running is not None else hub)  # the hub running now (a test may restart it)


def submit(data_dir: Path, count: int) -> list[str]:
    """``count`` more results from the workstation's worker; their ids."""
    with Workspace.open(data_dir) as ws:
        worker = sign_in(ws, "Amina Njeri")
        ids = []
        for _ in range(count):
            task = ws.next_task(worker)
            assert task is not None
            ids.append(ws.submit(worker, task.key, {"labels": ["bird"]}))
    return ids


def start_driver(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    """The sync driver on ``data_dir`` (it inherits the test keyring's environment)."""
    return subprocess.Popen([sys.executable, "-m", "tests.sync.sync_driver", str(data_dir), *args],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            cwd=ROOT)


def read_events(proc: subprocess.Popen[str], count: int, until: str = "done") -> list[dict[str, Any]]:
    """Read up to ``count`` event lines, stopping after an ``until`` event or when the driver ends."""
    assert proc.stdout is not None
    events: list[dict[str, Any]] = []
    while len(events) < count:
        line = proc.stdout.readline()
        if not line:
            break
        events.append(json.loads(line))
        if events[-1]["event"] == until:
            break
    return events


def kill(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait(timeout=30)
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            pipe.close()


@dataclass
class ClientState:
    """What the workstation holds, read after a crash."""

    results: set[str]
    outbox: set[str]
    watermark: int


def client_state(data_dir: Path) -> ClientState:
    """Open the workstation as the app would after a crash and read it; the database must be sound."""
    with Workspace.open(data_dir) as ws:
        assert ws.store.integrity_check() == ["ok"]
        outbox = {r[0] for r in ws.store.read().execute("SELECT item_id FROM outbox").fetchall()}
        return ClientState({r["id"] for r in stored_results(ws)}, outbox, read_settings(ws.store).watermark)


def check_nothing_lost_or_doubled(hub: Hub, state: ClientState) -> list[str]:
    """Every result is in the outbox or on the hub, none is on the hub twice; the hub's ids."""
    on_hub = [r["id"] for r in hub_results(hub)]
    assert len(on_hub) == len(set(on_hub)), "a result is on the hub twice"
    assert set(on_hub) <= state.results, "the hub holds a result the workstation never made"
    lost = state.results - state.outbox - set(on_hub)
    assert not lost, f"{len(lost)} result(s) left the outbox but are not on the hub"
    return on_hub


def finish_and_check(lab: Lab, watermarks: list[int]) -> None:
    """A normal sync finishes; every result is on the hub exactly once; the outbox is empty."""
    lab.proxy.set_faults(Faults())
    report = no_wait_run(lab.data_dir).run()
    assert report.complete, report.message
    state = client_state(lab.data_dir)
    on_hub = check_nothing_lost_or_doubled(lab.hub, state)
    assert sorted(on_hub) == sorted(state.results)
    assert state.outbox == set()
    assert state.watermark >= max(watermarks, default=0)
    assert state.watermark == len(state.results), "every seq up to the last is stored"


@pytest.mark.slow
def test_kill_9_of_the_client_mid_sync_loses_nothing_and_counts_nothing_twice(lab: Lab) -> None:
    rng = random.Random(20261124)
    watermarks: list[int] = []
    killed_after: list[str] = []
    for round_no in range(12):
        submit(lab.data_dir, 30)
        proc = start_driver(lab.data_dir)
        try:
            events = read_events(proc, rng.randint(2, 9))
        finally:
            kill(proc)
        assert events and events[0]["event"] == "start", f"round {round_no}: the driver did not start"
        killed_after.append(events[-1]["event"])
        state = client_state(lab.data_dir)
        check_nothing_lost_or_doubled(lab.hub, state)
        assert state.watermark >= max(watermarks, default=0), f"round {round_no}: the watermark went back"
        watermarks.append(state.watermark)
    # The kills landed at different points: a request on the wire, an answer read but not
    # recorded, a chunk just recorded.
    assert {"post", "answer", "progress"} <= set(killed_after), killed_after
    assert watermarks[-1] > 0, "some chunks went through between the kills"
    finish_and_check(lab, watermarks)


@pytest.mark.slow
def test_an_answer_lost_after_the_hub_committed_then_a_client_crash_counts_once(lab: Lab) -> None:
    watermarks: list[int] = []
    for round_no in range(3):
        ids = submit(lab.data_dir, 50)
        # The hub commits the first chunk, then its answer is replaced by an error (as when the
        # hub dies after the commit); the client is killed during its backoff, before it retries.
        set_faults(lab.hub, status=500, count=1, after_commit=True)
        proc = start_driver(lab.data_dir, "--pause-on-retry")
        try:
            events = read_events(proc, 100, until="sleep")
            assert events[-1]["event"] == "sleep", f"round {round_no}: no retry: {events}"
            state = client_state(lab.data_dir)
        finally:
            kill(proc)
        on_hub = check_nothing_lost_or_doubled(lab.hub, state)
        sent_unanswered = set(on_hub) & state.outbox
        assert sent_unanswered == set(ids[:CHUNK_ITEMS]), "the first chunk is on the hub and still queued"

        report = no_wait_run(lab.data_dir).run()  # the workstation restarts and syncs
        assert report.complete, report.message
        assert (report.tally.duplicate, report.tally.applied) == (CHUNK_ITEMS, len(ids) - CHUNK_ITEMS)
        state = client_state(lab.data_dir)
        assert state.watermark >= max(watermarks, default=0)
        watermarks.append(state.watermark)
    finish_and_check(lab, watermarks)


@pytest.mark.slow
def test_kill_9_of_the_hub_mid_push_then_a_restart_counts_every_result_once(lab: Lab) -> None:
    rng = random.Random(1124)
    watermarks: list[int] = []
    for round_no in range(4):
        submit(lab.data_dir, 60)
        proc = start_driver(lab.data_dir)
        try:
            read_events(proc, rng.randint(2, 8))
            lab.hub.process.kill()  # kill -9, while the push goes on
            stop(lab.hub)
            # The client finds the hub gone, backs off (no real waits) and gives up at its
            # deadline, keeping what it could not send.
            rest = read_events(proc, 10_000)
        finally:
            kill(proc)
        done = rest[-1]
        assert done["event"] == "done", f"round {round_no}: the sync did not end: {rest[-3:]}"
        assert done["outcome"] in ("ok", "offline", "busy"), done
        lab.hub = start_hub(lab.hub_dir, "--max-items", str(CHUNK_ITEMS), "--port", str(lab.port))
        state = client_state(lab.data_dir)
        check_nothing_lost_or_doubled(lab.hub, state)
        assert state.watermark >= max(watermarks, default=0)
        watermarks.append(state.watermark)
    finish_and_check(lab, watermarks)
    store = HubStore.open(lab.hub_dir)
    try:
        report = check(store)
    finally:
        store.close()
    assert report.ok, report.problems
