"""A worker who passes a project's training set on one workstation of the lab does not train again
on another: the pass goes to the hub and comes back to the lab's other workstations with the
roster. A real hub process and two real workstations."""

from __future__ import annotations

from pathlib import Path

from labclient.bundle_writer import write_bundle
from labclient.clock import utc_now
from labclient.people import login
from labclient.sync.client import SyncRun
from labclient.sync.state import write_settings
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.helpers.sync_hub import Hub, hub_cli
from tests.helpers.sync_station import enrolled_device
from tests.logins import sign_in

PIN = "2468"
RIGHT = {"labels": ["cat"]}


def add_gated_batch(hub: Hub, tmp_path: Path, batch_id: str) -> None:
    doc, media = batch_doc("tagging", 4, batch_id=batch_id, training=2)
    doc["template"]["quality"] = {"training": {"pass": 0.8, "attempts": 1}}
    hub.admin("add-batch", str(write_bundle(tmp_path / f"{batch_id}.zip", doc, media)), "--lab", "Gulu")


def test_a_pass_on_one_workstation_opens_the_project_on_the_others(hub: Hub, tmp_path: Path) -> None:
    first, second = enrolled_device(hub, tmp_path, "LAB-PC-01"), enrolled_device(hub, tmp_path, "LAB-PC-02")
    assert hub_cli(hub, "add-user", "--lab", "Gulu", "--name", "Amina Njeri", "--role", "worker",
                   stdin=f"{PIN}\n").returncode == 0
    add_gated_batch(hub, tmp_path, "g-one")
    assert SyncRun(first).run().batches_received == ["g-one"]
    add_gated_batch(hub, tmp_path, "g-two")
    assert SyncRun(second).run().batches_received == ["g-two"]
    with Workspace.open(second) as ws:
        amina = login.login(ws.store, "Amina Njeri", PIN)
        assert ws.next_task(amina).task_id == "t-0000", "not passed anywhere yet: training first"  # type: ignore[union-attr]

    with Workspace.open(first) as ws:
        amina = login.login(ws.store, "Amina Njeri", PIN)
        for _ in range(2):
            task = ws.next_task(amina)
            assert task is not None
            ws.submit(amina, task.key, RIGHT)
        [status] = ws.training(amina)
        assert (status.state, status.elsewhere) == ("passed", False)
    report = SyncRun(first).run()
    assert report.complete
    with Workspace.open(first) as ws:
        sent = ws.store.read().execute("SELECT project_id, score, hub_status FROM qualifications").fetchall()
    assert sent == [("test", 1.0, "applied")]

    assert SyncRun(second).run().complete
    with Workspace.open(second) as ws:
        amina = login.login(ws.store, "Amina Njeri", PIN)
        [status] = ws.training(amina)
        assert (status.state, status.elsewhere, status.production_open) == ("passed", True, True)
        task = ws.next_task(amina)
        assert task is not None and task.task_id == "t-0002", "straight to the production tasks"
        ws.submit(amina, task.key, RIGHT)
        queued = ws.store.read().execute("SELECT count(*) FROM qualifications").fetchone()[0]
    assert queued == 0, "a pass made elsewhere is not reported again from here"


def test_an_older_hub_gets_no_pass_and_the_pass_waits(hub: Hub, tmp_path: Path) -> None:
    station = enrolled_device(hub, tmp_path, "LAB-PC-01")
    add_gated_batch(hub, tmp_path, "g-one")
    assert SyncRun(station).run().complete
    with Workspace.open(station) as ws:
        amina = sign_in(ws, "Amina Njeri")
        for _ in range(2):
            task = ws.next_task(amina)
            assert task is not None
            ws.submit(amina, task.key, RIGHT)
        # as a hub from before passes were shared answered its hello a moment ago
        write_settings(ws.store, hub_features="people,signed_events,batch_documents,reviews",
                       features_checked_at=utc_now())
    report = SyncRun(station).run()
    assert (report.outcome, report.tally.applied, report.remaining) == ("ok", 2, 1)
    with Workspace.open(station) as ws:
        waiting = ws.store.read().execute("SELECT o.item_type FROM outbox o").fetchall()
    assert waiting == [("qualification",)], "kept until the hub takes it; the results went"
