"""New work arrives from the hub: batches, their media (resumed after a cut), leases."""

from __future__ import annotations

import contextlib
import hashlib
import random
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from labclient.batch import open_bundle
from labclient.bundle_writer import write_bundle
from labclient.media import MediaStore
from labclient.sync import settings as sync_settings
from labclient.sync.client import SyncRun, enroll
from labclient.sync.media_fetch import part_path
from labclient.sync.settings import MIN_PREFETCH_BUDGET
from labclient.workspace import Workspace
from tests.factory import batch_doc, make_bundle, png_bytes
from tests.faultproxy import FaultProxy, Faults
from tests.helpers.sync_hub import Hub, start_hub
from tests.helpers.sync_station import NoSleep, enrolled_device
from tests.logins import sign_in


def test_a_batch_and_its_media_arrive_and_can_be_worked(hub: Hub, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundles", "tagging", 12)
    hub.admin("add-batch", str(bundle), "--lab", "Gulu")
    data_dir = enrolled_device(hub, tmp_path, "LAB-PC-01")

    report = SyncRun(data_dir).run()
    assert report.complete, report.message
    assert report.batches_received == ["test-tagging"]
    with Workspace.open(data_dir) as ws:
        assert ws.task_counts()["new"] == 12
        worker = sign_in(ws, "Amina Njeri")
        task = ws.next_task(worker)
        assert task is not None and task.media is not None
        with zipfile.ZipFile(bundle) as zf, open_bundle(bundle) as opened:
            entry = next(m for m in opened.batch.media if m.sha256 == task.media.sha256)
            assert task.media.path.read_bytes() == zf.read(entry.path)
        ws.submit(worker, task.key, {"labels": ["dog"]})
    again = SyncRun(data_dir).run()
    assert again.complete and again.batches_received == []
    assert again.tally.applied == 1


def test_a_cut_media_download_resumes_where_it_stopped(hub: Hub, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundles", "transcription", 2, batch_id="clips")
    hub.admin("add-batch", str(bundle), "--lab", "Gulu")
    data_dir = enrolled_device(hub, tmp_path, "LAB-PC-01")
    with open_bundle(bundle) as opened, zipfile.ZipFile(bundle) as zf:
        first = opened.batch.media[0]
        data = zf.read(first.path)
    media = MediaStore(data_dir / "media")
    part = part_path(media, first.sha256)
    part.parent.mkdir(parents=True)
    part.write_bytes(data[: len(data) // 2])  # what a cut left behind

    report = SyncRun(data_dir).run()
    assert report.complete, report.message
    assert media.path_for(first.sha256).read_bytes() == data
    assert not part.exists()
    total = sum(m.bytes for m in open_bundle(bundle).batch.media)
    assert report.bytes_received < total + 20_000, "only the missing half of the first clip came again"


def test_a_damaged_partial_download_is_thrown_away_and_fetched_again(hub: Hub, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundles", "tagging", 1, batch_id="one")
    hub.admin("add-batch", str(bundle), "--lab", "Gulu")
    data_dir = enrolled_device(hub, tmp_path, "LAB-PC-01")
    with open_bundle(bundle) as opened:
        entry = opened.batch.media[0]
    media = MediaStore(data_dir / "media")
    part = part_path(media, entry.sha256)
    part.parent.mkdir(parents=True)
    part.write_bytes(b"\0" * (entry.bytes - 10))  # wrong bytes: the finished file will not match

    first = SyncRun(data_dir).run()
    assert first.outcome == "bad_response" and "does not match its sha256" in first.message
    assert not part.exists()
    second = SyncRun(data_dir).run()
    assert second.complete, second.message
    assert hashlib.sha256(media.path_for(entry.sha256).read_bytes()).hexdigest() == entry.sha256


def test_a_batch_leased_to_one_workstation_is_not_sent_to_another(hub: Hub, tmp_path: Path) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / "bundles", "tagging", 3)), "--lab", "Gulu")
    first = enrolled_device(hub, tmp_path, "LAB-PC-01")
    second = enrolled_device(hub, tmp_path, "LAB-PC-02")
    assert SyncRun(first).run().batches_received == ["test-tagging"]
    assert SyncRun(second).run().batches_received == []
    with Workspace.open(first) as ws:
        lease = ws.store.conn.execute("SELECT batch_id, revoked FROM batch_leases").fetchall()
    assert lease == [("test-tagging", 0)]


def test_tasks_of_a_batch_given_to_another_workstation_are_no_longer_offered(tmp_path: Path) -> None:
    offset = tmp_path / "clock-offset"
    offset.write_text("0")
    hub = start_hub(tmp_path / "hub", "--lease-days", "1", "--clock-offset-file", str(offset))
    try:
        hub.admin("add-batch", str(make_bundle(tmp_path / "bundles", "tagging", 3)), "--lab", "Gulu")
        first = enrolled_device(hub, tmp_path, "LAB-PC-01")
        second = enrolled_device(hub, tmp_path, "LAB-PC-02")
        assert SyncRun(first).run().batches_received == ["test-tagging"]
        with Workspace.open(first) as ws:
            amina, brian = sign_in(ws, "Amina Njeri"), sign_in(ws, "Brian Okello")
            held = ws.next_task(amina)
            assert held is not None
            ws.save_draft(amina, held.key, {"labels": ["dog"]})

        offset.write_text(str(2 * 86_400))  # PC-01 stays offline past its lease; PC-02 takes the batch
        assert SyncRun(second).run().batches_received == ["test-tagging"]
        assert SyncRun(first).run().complete

        with Workspace.open(first) as ws:
            assert ws.withdrawn_batches() == {"test-tagging"}
            assert [b.withdrawn for b in ws.batches()] == [True]
            assert ws.next_task(brian) is None, "no new task of a withdrawn batch is offered"
            assert ws.progress(brian).remaining == 0
            again = ws.next_task(amina)
            assert again is not None and again.key == held.key, "the draft Amina started is not lost"
            ws.submit(amina, held.key, {"labels": ["dog"]})
            assert ws.next_task(amina) is None
        report = SyncRun(first).run()
        assert report.complete and report.tally.applied == 1, "PC-02 had not answered that task: it stands"
    finally:
        hub.process.terminate()
        hub.process.wait(timeout=30)
        assert hub.process.stdout is not None
        hub.process.stdout.close()


def distinct_bundle(folder: Path, batch_id: str, shade: int, n: int = 4) -> tuple[Path, int]:
    """A tagging bundle whose images no other batch shares; its path and media bytes."""
    doc, _ = batch_doc("tagging", n, batch_id=batch_id)
    media = {f"media/{batch_id}-{i}.png": png_bytes(64, 48, (shade, i, 7)) for i in range(n)}
    for task, data in zip(doc["tasks"], media.values(), strict=True):
        task["media"] = hashlib.sha256(data).hexdigest()
    return write_bundle(folder / f"{batch_id}.zip", doc, media), sum(len(d) for d in media.values())


def test_new_work_is_fetched_within_the_admins_media_budget(hub: Hub, tmp_path: Path) -> None:
    sizes = {}
    for shade, batch_id in enumerate(["b-1", "b-2", "b-3"]):
        bundle, sizes[batch_id] = distinct_bundle(tmp_path / "bundles", batch_id, shade)
        hub.admin("add-batch", str(bundle), "--lab", "Gulu")
    data_dir = enrolled_device(hub, tmp_path, "LAB-PC-01")
    with Workspace.open(data_dir) as ws:
        admin = sign_in(ws, "Grace Achieng", "admin")
        with pytest.raises(ValueError, match="at least 1 MB"):
            sync_settings.set_prefetch_budget(ws.store, admin, 1000)
        sync_settings.set_prefetch_budget(ws.store, admin, MIN_PREFETCH_BUDGET)
        ws.store.conn.execute("UPDATE sync_state SET value = ? WHERE key = 'prefetch_budget'",
                              (str(sizes["b-1"] + sizes["b-2"]),))  # two batches' worth, in bytes, for the test
        assert ws.prefetch_budget() == sizes["b-1"] + sizes["b-2"]

    first = SyncRun(data_dir).run()
    assert first.complete and first.batches_received == ["b-1", "b-2"], "the third would pass the budget"
    full = SyncRun(data_dir).run()
    assert full.complete and full.batches_received == []
    assert "prefetch budget" in full.message

    with Workspace.open(data_dir) as ws:
        worker = sign_in(ws, "Amina Njeri")
        while (task := ws.next_task(worker)) is not None and task.batch_id == "b-1":
            ws.submit(worker, task.key, {"labels": ["cat"]})
    room = SyncRun(data_dir).run()
    assert room.complete and room.batches_received == ["b-3"], "work done makes room for more"

    with Workspace.open(data_dir) as ws:
        sync_settings.set_prefetch_budget(ws.store, sign_in(ws, "Grace Achieng", "admin"), None)
        assert ws.prefetch_budget() is None


def _behind_a_proxy(hub: Hub, tmp_path: Path, proxies: contextlib.ExitStack, name: str) -> tuple[Path, FaultProxy]:
    parts = urlsplit(hub.url)
    assert parts.hostname is not None and parts.port is not None
    proxy = proxies.enter_context(FaultProxy((parts.hostname, parts.port)))
    data_dir = tmp_path / name
    enroll(data_dir, proxy.url, hub.admin("enroll-code", "--lab", "Gulu").strip(), device_name=name)
    return data_dir, proxy


def test_a_large_batch_crosses_a_line_cut_every_64_kb(hub: Hub, tmp_path: Path) -> None:
    """Before, every retry asked for the whole pull answer again (documents inline) and no cut
    line ever brought the batch: now the answer names the document, which is fetched resuming
    across cuts like media, so each cut costs at most the chunk in flight."""
    doc, media = batch_doc("data_entry", 8000, batch_id="listings")
    rng = random.Random(7)  # listings differ, as real ones do: the document compresses as they would
    for task in doc["tasks"]:
        task["text"] += " Ref " + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    hub.admin("add-batch", str(write_bundle(tmp_path / "listings.zip", doc, media)), "--lab", "Gulu")
    with contextlib.ExitStack() as proxies:
        data_dir, proxy = _behind_a_proxy(hub, tmp_path, proxies, "LAB-PC-01")
        proxy.set_faults(Faults(reset_after=65_536, repeat=True, down_only=True))
        sleep = NoSleep()
        report = SyncRun(data_dir, sleep=sleep, timer=sleep.clock, deadline_s=600).run()
        assert report.complete, report.message
        assert report.batches_received == ["listings"]
        assert len(sleep.calls) >= 2, "the line was cut on the way"
        document = next((hub.data_dir / "documents").glob("*.zst"))
        assert proxy.bytes_down < document.stat().st_size + 65_536 * (len(sleep.calls) + 1), \
            "a cut costs at most the chunk in flight, not the whole document again"
    with Workspace.open(data_dir) as ws:
        assert ws.task_counts()["new"] == 8000
    assert not list((data_dir / "media" / ".partial").glob("*")), "nothing half-fetched is left"


def test_a_partial_download_of_a_batch_that_went_elsewhere_is_removed(tmp_path: Path) -> None:
    """A cut leaves part of a batch's media behind; meanwhile the lease moves to another
    workstation. The next sync that finishes must not keep those bytes for good."""
    offset = tmp_path / "clock-offset"
    offset.write_text("0")
    hub = start_hub(tmp_path / "hub", "--lease-days", "1", "--clock-offset-file", str(offset))
    try:
        bundle = make_bundle(tmp_path / "bundles", "transcription", 2, batch_id="clips")
        hub.admin("add-batch", str(bundle), "--lab", "Gulu")
        late = enrolled_device(hub, tmp_path, "late")
        with open_bundle(bundle) as opened, zipfile.ZipFile(bundle) as zf:
            first = opened.batch.media[0]
            data = zf.read(first.path)
        part = part_path(MediaStore(late / "media"), first.sha256)
        part.parent.mkdir(parents=True)
        part.write_bytes(data[: len(data) // 2])  # what a cut during its first pull left behind
        offset.write_text(str(2 * 86_400))  # the lease runs out while the line is down
        assert SyncRun(enrolled_device(hub, tmp_path, "early")).run().batches_received == ["clips"]
        again = SyncRun(late).run()
        assert again.complete, again.message
        assert again.batches_received == []
        assert not part.exists(), "the bytes of a batch this workstation will not get are gone"
    finally:
        hub.stop()

