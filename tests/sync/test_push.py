"""Results reach the hub exactly once, through lost answers, busy hubs, refusals and portals."""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from labclient.bundle_writer import write_bundle
from labclient.errors import BadHubResponseError
from labclient.sync.client import BREAKER_THRESHOLD, SyncRun, enroll
from labclient.sync.state import PushTally, apply_push_answer, dead_letters, pending, read_settings
from labclient.sync.transport import Transport
from labclient.workspace import Workspace
from tests.factory import batch_doc, make_bundle
from tests.helpers.sync_hub import ROOT, Hub, hub_results, set_faults, start_hub
from tests.helpers.sync_station import NoSleep, no_wait_run, work
from tests.logins import sign_in, stored_results


@pytest.mark.slow
def test_push_sends_every_result_exactly_once(enrolled: tuple[Hub, Path, Path]) -> None:
    hub, data_dir, bundle = enrolled
    ids = work(data_dir, bundle, 600)
    report = SyncRun(data_dir).run()
    assert report.complete, report.message
    assert (report.tally.applied, report.remaining) == (600, 0)
    received = hub_results(hub)
    assert sorted(r["id"] for r in received) == sorted(ids)
    with Workspace.open(data_dir) as ws:
        assert ws.outbox_size() == 0
        assert {r["id"] for r in stored_results(ws)} == set(ids)
        assert read_settings(ws.store).watermark == 600
        assert read_settings(ws.store).last_success is not None
    assert SyncRun(data_dir).run().complete  # nothing left: a quiet, successful sync


@pytest.mark.slow
def test_a_lost_answer_is_resent_and_counted_once(enrolled: tuple[Hub, Path, Path]) -> None:
    hub, data_dir, bundle = enrolled
    ids = work(data_dir, bundle, 300)
    set_faults(hub, status=500, count=1, after_commit=True)  # the hub commits, then the answer is lost
    sleep = NoSleep()
    report = SyncRun(data_dir, sleep=sleep).run()
    assert report.complete, report.message
    assert report.tally.duplicate > 0, "the resent chunk is answered as duplicates"
    assert report.tally.applied + report.tally.duplicate == 300
    assert len(sleep.calls) == 1
    received = hub_results(hub)
    assert sorted(r["id"] for r in received) == sorted(ids)  # exactly once on the hub


def test_a_lost_answer_to_a_superseded_result_still_reaches_the_admins_list(tmp_path: Path) -> None:
    """The hub stores a late result as superseded and its answer is lost: the resend must get
    that verdict back, not ``duplicate``, or the admin's "answered elsewhere first" list misses it."""
    offset = tmp_path / "clock-offset"
    offset.write_text("0")
    hub = start_hub(tmp_path / "hub", "--lease-days", "1", "--clock-offset-file", str(offset))
    try:
        hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 2)), "--lab", "Gulu")
        late, early = tmp_path / "late", tmp_path / "early"
        for station in (late, early):
            enroll(station, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip(), device_name=station.name)
        assert SyncRun(late).run().batches_received == ["test-tagging"]
        offset.write_text(str(2 * 86_400))  # the late one stays offline past its lease
        assert SyncRun(early).run().batches_received == ["test-tagging"]
        for station, name in ((early, "Brian Okello"), (late, "Amina Njeri")):
            with Workspace.open(station) as ws:
                worker = sign_in(ws, name)
                task = ws.next_task(worker)
                assert task is not None and task.task_id == "t-0000"
                ws.submit(worker, task.key, {"labels": ["cat"]})
        assert SyncRun(early).run().tally.applied == 1
        set_faults(hub, status=500, count=1, after_commit=True)  # stored as superseded, then the answer is lost
        report = no_wait_run(late).run()
        assert report.complete, report.message
        assert (report.tally.superseded, report.tally.duplicate) == (1, 0)
        with Workspace.open(late) as ws:
            [listed] = ws.superseded_results()
            assert listed["task_id"] == "t-0000"
    finally:
        hub.stop()


def test_busy_hub_retry_after_is_honoured(enrolled: tuple[Hub, Path, Path]) -> None:
    hub, data_dir, bundle = enrolled
    work(data_dir, bundle, 10)
    set_faults(hub, status=503, count=2, retry_after=7)
    sleep = NoSleep()
    report = SyncRun(data_dir, sleep=sleep).run()
    assert report.complete
    assert sleep.calls == [7.0, 7.0]


def test_a_refused_credential_stops_the_sync_and_keeps_the_outbox(enrolled: tuple[Hub, Path, Path],
                                                                  test_keyring: Path) -> None:
    hub, data_dir, bundle = enrolled
    work(data_dir, bundle, 5)
    stored = json.loads(test_keyring.read_text())
    test_keyring.write_text(json.dumps({k: "not-the-token" for k in stored}))
    sleep = NoSleep()
    report = SyncRun(data_dir, sleep=sleep).run()
    assert report.outcome == "auth"
    assert "enrol this workstation again" in report.message
    assert "not-the-token" not in report.message
    assert report.remaining == 5 and sleep.calls == []
    assert hub_results(hub) == []


def test_the_credential_is_kept_in_the_keyring_only(enrolled: tuple[Hub, Path, Path], test_keyring: Path) -> None:
    _, data_dir, _ = enrolled
    (token,) = json.loads(test_keyring.read_text()).values()
    assert len(token) >= 20
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), f"the credential leaked into {path.name}"


@pytest.mark.slow
def test_a_task_the_hub_does_not_know_goes_to_dead_letters_and_the_rest_goes(
        enrolled: tuple[Hub, Path, Path], tmp_path: Path) -> None:
    hub, data_dir, bundle = enrolled
    unknown = make_bundle(tmp_path / "local", "tagging", 3, batch_id="only-on-this-pc")
    stray = work(data_dir, unknown, 3)
    good = work(data_dir, bundle, 4)
    report = SyncRun(data_dir).run()
    assert report.complete, report.message  # refused items do not block the queue
    assert (report.tally.rejected, report.tally.applied) == (3, 4)
    with Workspace.open(data_dir) as ws:
        letters = dead_letters(ws.store)
        assert sorted(d["item_id"] for d in letters) == sorted(stray)
        assert all(d["status"] == "rejected" and d["reason"] for d in letters)
        statuses = {r["id"]: r for r in stored_results(ws)}
    assert sorted(r["id"] for r in hub_results(hub)) == sorted(good)
    assert set(statuses) == set(stray) | set(good)


def test_offline_backs_off_with_jitter_and_gives_up_at_the_deadline(tmp_path: Path, hub: Hub) -> None:
    bundle = make_bundle(tmp_path / "bundles", "tagging", 5)
    hub.admin("add-batch", str(bundle), "--lab", "Gulu")
    data_dir = tmp_path / "workstation"
    enroll(data_dir, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip())
    work(data_dir, bundle, 5)
    hub.process.terminate()
    hub.process.wait(timeout=30)
    sleep = NoSleep()
    report = SyncRun(data_dir, sleep=sleep, timer=sleep.clock, deadline_s=300, connect_retries=0).run()
    assert report.outcome == "offline"
    assert "cannot be reached" in report.message and "everything is kept" in report.message
    assert report.remaining == 5
    assert len(sleep.calls) >= 5 and all(0 <= s <= 60 for s in sleep.calls)
    assert len(set(sleep.calls)) == len(sleep.calls), "full jitter: the waits differ"
    assert sum(sleep.calls) <= 300, "it gave up at the deadline"


def test_a_dead_line_is_probed_once_per_run_after_repeated_failures(tmp_path: Path, hub: Hub,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = make_bundle(tmp_path / "bundles", "tagging", 5)
    hub.admin("add-batch", str(bundle), "--lab", "Gulu")
    data_dir = tmp_path / "workstation"
    enroll(data_dir, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip())
    work(data_dir, bundle, 5)
    hellos: list[str] = []
    real_hello = Transport.hello

    def counted_hello(self: Transport) -> dict[str, Any]:
        hellos.append(self.hub_url)
        return real_hello(self)

    monkeypatch.setattr(Transport, "hello", counted_hello)
    hub.process.terminate()
    hub.process.wait(timeout=30)

    runs = []
    for _ in range(BREAKER_THRESHOLD + 1):
        sleep = NoSleep()
        runs.append((SyncRun(data_dir, sleep=sleep, timer=sleep.clock, deadline_s=120, connect_retries=0).run(),
                     sleep.calls))

    assert [r.outcome for r, _ in runs] == ["offline"] * (BREAKER_THRESHOLD + 1)
    assert all(calls for _, calls in runs[:BREAKER_THRESHOLD]), "the first failing runs retry with backoff"
    assert runs[-1][1] == [], "after repeated failures a run probes once and stops"
    assert runs[-1][0].bytes_sent < 1000, "the probe is cheap"
    assert runs[-1][0].remaining == 5

    port = hub.url.rsplit(":", 1)[1]
    back = start_hub(hub.data_dir, "--port", port)
    try:
        hellos.clear()
        healed = SyncRun(data_dir).run()
        assert healed.complete, healed.message
        assert hellos, "a run after failures asks the hub's limits first"
        with Workspace.open(data_dir) as ws:
            assert read_settings(ws.store).failed_runs == 0
        hellos.clear()
        assert SyncRun(data_dir).run().complete
        assert hellos == [], "a run after a good one sends its data at once"
    finally:
        back.process.terminate()
        back.process.wait(timeout=30)
        assert back.process.stdout is not None
        back.process.stdout.close()


def test_a_compact_answer_that_does_not_add_up_changes_nothing(enrolled: tuple[Hub, Path, Path]) -> None:
    _, data_dir, bundle = enrolled
    work(data_dir, bundle, 3)
    with Workspace.open(data_dir) as ws:
        sent = pending(ws.store, 10)
        wrong = [{"hub_time": "x", "watermark": 3, "applied": 2, "items": []},
                 {"hub_time": "x", "watermark": 3, "applied": 2,
                  "items": [{"id": "not-sent", "status": "rejected", "reason": "?"}]},
                 {"hub_time": "x", "watermark": 3, "items": []}]
        for answer in wrong:
            with pytest.raises(ValueError, match="does not account for the 3 item"):
                apply_push_answer(ws.store, sent, answer, PushTally(), exceptions_only=True)
        assert ws.outbox_size() == 3
        assert read_settings(ws.store).watermark == 0
        tally = PushTally()
        apply_push_answer(ws.store, sent, {"hub_time": "x", "watermark": 3, "applied": 2,
                                           "items": [{"id": sent[1].item_id, "status": "rejected", "reason": "no"}]},
                          tally, exceptions_only=True)
        assert (tally.applied, tally.rejected, ws.outbox_size()) == (2, 1, 0)
        verdicts = dict(ws.store.read().execute("SELECT id, hub_status FROM results").fetchall())
        assert verdicts == {item.item_id: "rejected" if item is sent[1] else "applied" for item in sent}


class PortalHandler(http.server.BaseHTTPRequestHandler):
    """A captive portal: every request gets a 200 HTML login page."""

    def do_GET(self) -> None:
        self._page()

    def do_POST(self) -> None:
        self._page()

    def _page(self) -> None:
        body = b"<html><body><h1>Welcome to CyberCafe Wi-Fi</h1><form>Login</form></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_captive_portal_page_is_a_failure_not_a_success() -> None:
    portal = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PortalHandler)
    thread = threading.Thread(target=portal.serve_forever, daemon=True)
    thread.start()
    transport = Transport(f"http://127.0.0.1:{portal.server_address[1]}", token="secret-token-value")
    try:
        with pytest.raises(BadHubResponseError) as refused:
            transport.post("/v1/push", {"items": []})
        with pytest.raises(BadHubResponseError):
            transport.hello()
    finally:
        transport.close()
        portal.shutdown()
        portal.server_close()
    assert "captive portal" in refused.value.message and "text/html" in refused.value.message
    assert "secret-token-value" not in refused.value.message


@pytest.mark.slow
def test_cli_sync_exit_codes_and_json(enrolled: tuple[Hub, Path, Path]) -> None:
    hub, data_dir, bundle = enrolled
    work(data_dir, bundle, 12)
    done = subprocess.run([sys.executable, "-m", "labclient.cli", "--data-dir", str(data_dir), "sync", "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["outcome"], report["complete"], report["applied"], report["remaining"]) == ("ok", True, 12, 0)
    status = subprocess.run([sys.executable, "-m", "labclient.cli", "--data-dir", str(data_dir), "status", "--json"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    info = json.loads(status.stdout)
    assert info["outbox"] == 0 and info["sync"]["hub"] == hub.url and info["sync"]["last_success"]
    hub.process.terminate()
    hub.process.wait(timeout=30)
    work(data_dir, bundle, 1)
    failed = subprocess.run([sys.executable, "-m", "labclient.cli", "--data-dir", str(data_dir), "sync",
                             "--deadline", "0"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert failed.returncode == 1
    assert "cannot be reached" in failed.stderr and "1 item(s) still waiting" in failed.stderr


def test_enrolling_with_a_used_code_is_refused_clearly(hub: Hub, tmp_path: Path) -> None:
    code = hub.admin("enroll-code", "--lab", "Gulu").strip()
    enroll(tmp_path / "a", hub.url, code)
    done = subprocess.run([sys.executable, "-m", "labclient.cli", "--data-dir", str(tmp_path / "b"), "enroll",
                           "--hub", hub.url], input=code + "\n", capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 1
    assert "enrolment code was used already" in done.stderr and "Traceback" not in done.stderr


def test_a_plain_http_hub_on_another_machine_is_refused(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "labclient.cli", "--data-dir", str(tmp_path), "enroll",
                           "--hub", "http://hub.example.org"], input="X\n", capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 2
    assert "https://" in done.stderr


def test_chunks_fit_the_hubs_size_limit_and_an_oversized_item_is_set_aside(tmp_path: Path) -> None:
    hub = start_hub(tmp_path / "hub", "--max-request-bytes", "65536")
    try:
        doc, media = batch_doc("transcription", 60, batch_id="long-clips")
        doc["template"]["params"]["max_chars"] = 100_000
        bundle = write_bundle(tmp_path / "long.zip", doc, media)
        hub.admin("add-batch", str(bundle), "--lab", "Gulu")
        data_dir = tmp_path / "workstation"
        enroll(data_dir, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip())
        with Workspace.open(data_dir) as ws:
            ws.import_bundle(bundle)
            worker = sign_in(ws, "Amina Njeri")
            ids = []
            for n in range(60):
                task = ws.next_task(worker)
                assert task is not None
                text = "word " * (20_000 if n == 7 else 800)  # one transcript of 100 KB, the rest 4 KB
                ids.append(ws.submit(worker, task.key, {"text": text.strip()}))
        report = SyncRun(data_dir).run()
        assert report.complete, report.message
        assert (report.tally.applied, report.tally.rejected) == (59, 1)
        with Workspace.open(data_dir) as ws:
            (letter,) = dead_letters(ws.store)
        assert letter["item_id"] == ids[7] and "larger than the hub accepts" in letter["reason"]
        assert sorted(r["id"] for r in hub_results(hub)) == sorted(ids[:7] + ids[8:])
    finally:
        hub.process.terminate()
        hub.process.wait(timeout=30)
        assert hub.process.stdout is not None
        hub.process.stdout.close()
