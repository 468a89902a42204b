"""New work by USB when the line is down for days: the hub writes one lab file (labhub export-lab)
with what each workstation's pull would bring it (new batches and their media, leases, the roster,
the receipts of its outbox files), and each workstation applies its own part (labclient
import-lab). Three workstations never get the same batch, twice is once, a changed, cut or foreign
file is refused whole, and a later online sync agrees. Real hub data, real workstations, the real
command lines; the hub process is stopped while the line is "down"."""

from __future__ import annotations

import json
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from labclient.people import login
from labclient.relay.cache import MediaCache
from labclient.relay.lab_drop import take_lab_file
from labclient.relay.server import RelayServer, close, read_enrolment
from labclient.sync.client import SyncRun, enroll
from labclient.sync.settings import set_relay_url
from labclient.sync.state import read_settings
from labclient.sync.transport import Transport
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.cli import run_program as run
from tests.helpers.sync_hub import Hub, hub_cli, start_hub
from tests.helpers.sync_station import enrolled_device, log_in, make_admin, no_wait_run
from tests.helpers.ui import admin_screen
from tests.helpers.usb_lab import batches_of, lab_file, media_files, outbox_of, three_stations_offline


@pytest.mark.slow
def test_a_week_offline_new_work_goes_in_and_the_receipts_come_back_on_one_file(hub: Hub, tmp_path: Path) -> None:
    stations, ids = three_stations_offline(hub, tmp_path, 7)
    stick = tmp_path / "stick"

    wrote = run("labhub", "--data-dir", hub.data_dir, "export-lab", "--lab", "Gulu", "--to", stick,
                "--batches-per-workstation", "2")
    assert wrote.returncode == 0, wrote.stderr
    assert "6 batch(es) (LAB-PC-01: 2, LAB-PC-02: 2, LAB-PC-03: 2)" in wrote.stdout
    assert not list(stick.glob(".*")), "no half-written file left"
    first = lab_file(stick)
    with zipfile.ZipFile(first) as zf:
        assert len([n for n in zf.namelist() if n.startswith("media/")]) == 3, "each file once in the file"

    got = []
    for station in stations:
        applied = run("labclient", "import-lab", "--data-dir", station, first)
        assert applied.returncode == 0, applied.stderr
        assert "2 new batch(es), 0 already here, the lab's list of people" in applied.stdout
        got.append(batches_of(station))
        assert media_files(station) == 3, "the batches' three images (the same in each) came with them"
    assert sorted(b for held in got for b in held) == ids[:6], "no two workstations got the same batch"

    again = run("labclient", "import-lab", "--data-dir", stations[0], first)
    assert "0 new batch(es), 2 already here" in again.stdout, "the same file twice is once"
    assert batches_of(stations[0]) == got[0]

    for station in stations:  # a week of work, with the worker the file brought
        with Workspace.open(station) as ws:
            grace = login.login(ws.store, "Grace Akello", "4821")
            for _ in range(6):
                task = ws.next_task(grace)
                assert task is not None
                ws.submit(grace, task.key, {"labels": ["cat"]})
        assert run("labclient", "export-outbox", "--data-dir", station, "--to", stick / "out").returncode == 0
    for outbox in sorted((stick / "out").glob("*.lco")):
        assert run("labhub", "--data-dir", hub.data_dir, "import-outbox", outbox).returncode == 0

    second = stick / "next"
    wrote = run("labhub", "--data-dir", hub.data_dir, "export-lab", "--lab", "Gulu", "--to", second,
                "--batches-per-workstation", "2")
    assert "1 batch(es) (LAB-PC-01: 1, LAB-PC-02: 0, LAB-PC-03: 0)" in wrote.stdout, \
        "what each workstation said it holds is left out; the one batch left goes to the first"
    for station in stations:
        assert outbox_of(station) > 0
        applied = run("labclient", "import-lab", "--data-dir", station, lab_file(second))
        assert applied.returncode == 0, applied.stderr
        assert outbox_of(station) == 0, "the receipts in the lab file emptied the outbox"
        assert "item(s) answered by the hub left the outbox" in applied.stdout
    assert batches_of(stations[0]) == got[0] | {ids[6]}
    results = json.loads(hub.admin("results", "--json"))
    assert len(results) == 18 and {r["status"] for r in results} == {"applied"}

    back = start_hub(hub.data_dir, "--port", hub.url.rsplit(":", 1)[1])  # the line comes back
    try:
        for station, held in zip(stations, got, strict=True):
            report = SyncRun(station).run()
            assert report.complete, report.message
            assert report.tally.applied == 0, "a later online sync agrees with the receipts"
            assert report.batches_received == [], "nothing the file brought comes twice, and nothing is left"
            assert held <= batches_of(station)
    finally:
        back.stop()


def rewritten(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    """``source`` with some members' bytes replaced, as someone with the stick could."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change.get(info.filename, zin.read(info)))
    return target


@pytest.mark.slow
def test_a_changed_cut_or_foreign_lab_file_is_refused_whole_in_a_sentence(hub: Hub, tmp_path: Path) -> None:
    station = enrolled_device(hub, tmp_path, "LAB-PC-01")
    elsewhere = tmp_path / "kampala-pc"
    enroll(elsewhere, hub.url, hub.admin("enroll-code", "--lab", "Kampala").strip(), device_name="KLA-PC-01")
    hub.stop()
    hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 3, batch_id="gulu-00")), "--lab", "Gulu")
    stick = tmp_path / "stick"
    assert run("labhub", "--data-dir", hub.data_dir, "export-lab", "--lab", "Gulu", "--to", stick).returncode == 0
    good = lab_file(stick)
    with zipfile.ZipFile(good) as zf:
        text = zf.read("lab.json")
        [image, *_] = [n for n in zf.namelist() if n.startswith("media/")]
        size = zf.getinfo(image).file_size

    bad = {
        "changed": rewritten(good, tmp_path / "changed.lcl", {"lab.json": text.replace(b"gulu-00", b"gulu-01")}),
        "cut": tmp_path / "cut.lcl",
        "garbage": tmp_path / "garbage.lcl",
    }
    bad["cut"].write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    bad["garbage"].write_bytes(b"\x00" * 1000)
    said = {name: run("labclient", "import-lab", "--data-dir", station, path) for name, path in bad.items()}
    assert "signature does not match" in said["changed"].stderr
    assert "damaged or cut short" in said["cut"].stderr and "copy it again" in said["cut"].stderr
    assert "damaged or cut short" in said["garbage"].stderr
    foreign = run("labclient", "import-lab", "--data-dir", elsewhere, good)
    assert "holds nothing for this workstation" in foreign.stderr, "another lab's file"
    for done in [*said.values(), foreign]:
        assert done.returncode == 1 and "Nothing changed" in done.stderr and "Traceback" not in done.stderr
    assert batches_of(station) == set() and media_files(station) == 0 and batches_of(elsewhere) == set()

    swapped = rewritten(good, tmp_path / "swapped.lcl", {image: b"\x89PNG" + b"\x00" * (size - 4)})
    passed = run("labclient", "import-lab", "--data-dir", station, swapped)
    assert passed.returncode == 0 and "0 new batch(es)" in passed.stdout
    assert "not taken: gulu-00: " in passed.stdout and "does not match its sha256" in passed.stdout
    assert media_files(station) == 0, "no damaged image is kept"

    taken = run("labclient", "import-lab", "--data-dir", station, good)
    assert "1 new batch(es)" in taken.stdout, "the good file is still taken whole afterwards"


@pytest.mark.slow
def test_the_admin_bounds_the_file_and_a_lost_file_costs_nothing(hub: Hub, tmp_path: Path) -> None:
    station = enrolled_device(hub, tmp_path, "LAB-PC-01")
    hub.stop()
    for n in range(3):
        hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 3, batch_id=f"gulu-{n}")), "--lab", "Gulu")

    tiny = run("labhub", "--data-dir", hub.data_dir, "export-lab", "--lab", "Gulu", "--to", tmp_path / "tiny",
               "--max-mb", "0.0001")
    assert tiny.returncode == 0 and "0 batch(es)" in tiny.stdout, "no batch's media fits in 100 bytes"
    lost = run("labhub", "--data-dir", hub.data_dir, "export-lab", "--lab", "Gulu", "--to", tmp_path / "lost",
               "--batches-per-workstation", "2")
    assert "2 batch(es)" in lost.stdout  # ...and this stick is lost on the bus
    found = run("labhub", "--data-dir", hub.data_dir, "export-lab", "--lab", "Gulu", "--to", tmp_path / "next",
                "--batches-per-workstation", "1")
    assert "3 batch(es)" in found.stdout, "the lost file's two batches again, and one more"
    assert "1 batch(es) (LAB-PC-01: 1" not in found.stdout
    assert run("labclient", "import-lab", "--data-dir", station, lab_file(tmp_path / "next")).returncode == 0
    assert batches_of(station) == {"gulu-0", "gulu-1", "gulu-2"}

    assert "There is no lab 'Gullu'" in hub_cli(hub, "export-lab", "--lab", "Gullu", "--to", str(tmp_path)).stderr
    too_big = hub_cli(hub, "export-lab", "--lab", "Gulu", "--to", str(tmp_path), "--max-mb", "5000")
    assert too_big.returncode == 2 and "FAT32" in too_big.stderr


def test_the_admin_screen_reads_the_hub_file(qtbot: QtBot, hub: Hub, tmp_path: Path) -> None:
    make_admin(tmp_path / "LAB-PC-01")  # before enrolment, as a partner admin sets a workstation up
    station = enrolled_device(hub, tmp_path, "LAB-PC-01")
    hub.stop()
    hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 3, batch_id="gulu-00")), "--lab", "Gulu")
    assert run("labhub", "--data-dir", hub.data_dir, "export-lab", "--lab", "Gulu", "--to", tmp_path).returncode == 0
    ws = Workspace.open(station)
    try:
        window, admin = admin_screen(qtbot, ws)
        button = admin.findChild(QPushButton, "importLabFile")
        assert button is not None and button.accessibleName() == "Read new work from the hub"
        admin.import_lab(lab_file(tmp_path))
        qtbot.waitUntil(lambda: "Reading" not in admin.progress_text.text(), timeout=10_000)
        assert admin.progress_text.text() == "Read the hub's file: 1 new batch."
        assert ws.task_counts()["new"] == 3, "the batch's three tasks wait to be done"
        admin.import_lab(tmp_path / "no-such.lcl")
        qtbot.waitUntil(lambda: "There is no file" in admin.progress_text.text(), timeout=10_000)
        admin.close()
        window.close()
    finally:
        ws.close()


@pytest.mark.slow
def test_one_stick_for_the_whole_lab_the_relay_hands_each_workstation_its_part(hub: Hub, tmp_path: Path) -> None:
    relay_dir = enrolled_device(hub, tmp_path, "LAB-RELAY")
    with Workspace.open(relay_dir) as ws:
        relay_id = str(read_settings(ws.store).device_id)
    hub.admin("make-relay", "--lab", "Gulu", relay_id)
    stations, ids = three_stations_offline(hub, tmp_path, 6)
    stick = tmp_path / "stick"
    assert run("labhub", "--data-dir", hub.data_dir, "export-lab", "--lab", "Gulu", "--to", stick,
               "--batches-per-workstation", "2").returncode == 0
    setup = read_enrolment(relay_dir)
    cache = MediaCache(relay_dir / "relay-cache", lambda: Transport(setup.hub_url, setup.token))
    taken = take_lab_file(cache.store.root, cache.store, lab_file(stick))
    assert taken.workstations == 3 and taken.media_files == 3, "each media file once, for three workstations"
    server = RelayServer(("127.0.0.1", 0), cache, setup.hub_url, setup.lab)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        got = []
        for station in stations:
            make_admin(station)  # the partner admin who types the relay's address
            with Workspace.open(station) as ws:
                set_relay_url(ws.store, log_in(ws, "Lab Admin"), server.url)
            report = no_wait_run(station, deadline_s=60, connect_retries=0).run()
            assert report.outcome == "offline", "the hub is still out of reach"
            assert len(report.batches_received) == 2, report.said
            assert any(s.code == "sync.lab_file" for s in report.said)
            assert report.bytes_from_relay > 0 and media_files(station) == 3
            got.append(batches_of(station))
            again = no_wait_run(station, deadline_s=60, connect_retries=0).run()
            assert again.batches_received == [], "the same lab file is taken once"
        assert sorted(b for held in got for b in held) == ids, "no two workstations got the same batch"

        for station in stations:  # a week of work; each sync leaves the outbox on the relay
            with Workspace.open(station) as ws:
                grace = login.login(ws.store, "Grace Akello", "4821")
                for _ in range(4):
                    task = ws.next_task(grace)
                    assert task is not None
                    ws.submit(grace, task.key, {"labels": ["cat"]})
            left = no_wait_run(station, deadline_s=60, connect_retries=0).run()
            assert any(s.code == "sync.outbox_on_relay" and s.params["n"] >= 4 for s in left.said), left.said
            unchanged = no_wait_run(station, deadline_s=60, connect_retries=0).run()
            assert not any(s.code == "sync.outbox_on_relay" for s in unchanged.said), "only when it changed"

        out = tmp_path / "stick-out"
        copied = run("labclient", "relay-outboxes", "--data-dir", relay_dir, "--to", out)
        assert copied.returncode == 0 and "Copied 3 outbox file(s)" in copied.stdout, copied.stderr
        for outbox in sorted(out.glob("*.lco")):  # at the café
            assert run("labhub", "--data-dir", hub.data_dir, "import-outbox", outbox).returncode == 0
        assert len(json.loads(hub.admin("results", "--json"))) == 12, "every result once"
        back = tmp_path / "stick-back"
        assert run("labhub", "--data-dir", hub.data_dir, "export-lab", "--lab", "Gulu", "--to", back).returncode == 0
        take_lab_file(cache.store.root, cache.store, lab_file(back))  # back in the lab, into the running relay
        for station in stations:
            no_wait_run(station, deadline_s=60, connect_retries=0).run()
            assert outbox_of(station) == 0, "the receipts came back through the relay and emptied the outbox"
    finally:
        server.shutdown()
        close(server)


def test_a_changed_lab_file_on_the_relay_is_refused_and_said(hub: Hub, tmp_path: Path) -> None:
    relay_dir = enrolled_device(hub, tmp_path, "LAB-RELAY")
    station = enrolled_device(hub, tmp_path, "LAB-PC-01")
    hub.stop()
    hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 3, batch_id="gulu-00")), "--lab", "Gulu")
    assert run("labhub", "--data-dir", hub.data_dir, "export-lab", "--lab", "Gulu", "--to", tmp_path).returncode == 0
    with zipfile.ZipFile(lab_file(tmp_path)) as zf:
        text = zf.read("lab.json")
    changed = rewritten(lab_file(tmp_path), tmp_path / "changed.zip",
                        {"lab.json": text.replace(b"gulu-00", b"gulu-99")})
    setup = read_enrolment(relay_dir)
    cache = MediaCache(relay_dir / "relay-cache", lambda: Transport(setup.hub_url, setup.token))
    take_lab_file(cache.store.root, cache.store, changed)  # the relay cannot tell: the workstation can
    server = RelayServer(("127.0.0.1", 0), cache, setup.hub_url, setup.lab)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        make_admin(station)
        with Workspace.open(station) as ws:
            set_relay_url(ws.store, log_in(ws, "Lab Admin"), server.url)
        report = no_wait_run(station, deadline_s=60, connect_retries=0).run()
        said = [s for s in report.said if s.code == "sync.lab_file_unused"]
        assert said and "signature does not match" in said[0].params["why"]
        assert report.batches_received == [] and batches_of(station) == set()
    finally:
        server.shutdown()
        close(server)

    garbage = tmp_path / "garbage.lcl"
    garbage.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    refused = run("labclient", "relay", "--data-dir", relay_dir, "--listen", "127.0.0.1:0", "--lab-file", garbage)
    assert refused.returncode == 1 and "damaged or cut short" in refused.stderr and "Traceback" not in refused.stderr
