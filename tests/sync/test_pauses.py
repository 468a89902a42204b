"""Pausing a worker on a project at the hub: the pause reaches the lab's workstation with the
roster, she gets none of the project's new tasks and is told why, a task she had started she may
finish, and resuming gives the tasks back. A real hub process and a real workstation."""

from __future__ import annotations

from pathlib import Path

import pytest

from labclient.bundle_writer import write_bundle
from labclient.errors import TaskStateError
from labclient.people import login
from labclient.sync.client import SyncRun
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.helpers.sync_hub import Hub, hub_cli
from tests.helpers.sync_station import enrolled_device

PIN = "2468"


def test_a_paused_worker_gets_no_new_task_of_the_project_and_is_told_why(hub: Hub, tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 4, batch_id="b-pause")
    hub.admin("add-batch", str(write_bundle(tmp_path / "b.zip", doc, media)), "--lab", "Gulu")
    assert hub_cli(hub, "add-user", "--lab", "Gulu", "--name", "Amina Njeri", "--role", "worker",
                   stdin=f"{PIN}\n").returncode == 0
    station = enrolled_device(hub, tmp_path, "LAB-PC-01")
    assert SyncRun(station).run().complete
    with Workspace.open(station) as ws:
        amina = login.login(ws.store, "Amina Njeri", PIN)
        started = ws.next_task(amina)
        assert started is not None
        ws.save_draft(amina, started.key, {"labels": ["cat"]})

    paused = hub_cli(hub, "pause-worker", "--lab", "Gulu", "--name", "Amina Njeri", "--project", "test",
                     "--reason", "Three gold answers in a row missed the dog; read the instructions again.")
    assert paused.returncode == 0 and "is paused on test" in paused.stdout
    assert SyncRun(station).run().complete

    with Workspace.open(station) as ws:
        amina = login.login(ws.store, "Amina Njeri", PIN)
        assert ws.pauses(amina) == [("Test project", "Three gold answers in a row missed the dog; read the "
                                                      "instructions again.")]
        again = ws.next_task(amina)
        assert again is not None and again.key == started.key, "the task she had started she may finish"
        ws.submit(amina, started.key, {"labels": ["cat"]})
        assert ws.next_task(amina) is None, "no new task of the paused project"
        other = next(k for (k,) in ws.store.read().execute("SELECT id FROM tasks WHERE state = 'new' ORDER BY id"))
        with pytest.raises(TaskStateError) as refused:
            ws.submit(amina, other, {"labels": ["cat"]})
        assert refused.value.message == ("The organisation has paused your work on Test project: Three gold answers "
                                         "in a row missed the dog; read the instructions again. Ask your supervisor.")

    assert hub_cli(hub, "resume-worker", "--lab", "Gulu", "--name", "Amina Njeri", "--project", "test"
                   ).returncode == 0
    assert SyncRun(station).run().complete
    with Workspace.open(station) as ws:
        amina = login.login(ws.store, "Amina Njeri", PIN)
        assert ws.pauses(amina) == []
        assert ws.next_task(amina) is not None


def test_pausing_needs_a_reason_and_a_project_of_the_lab(hub: Hub, tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 2, batch_id="b-pause")
    hub.admin("add-batch", str(write_bundle(tmp_path / "b.zip", doc, media)), "--lab", "Gulu")
    assert hub_cli(hub, "add-user", "--lab", "Gulu", "--name", "Amina Njeri", "--role", "worker",
                   stdin=f"{PIN}\n").returncode == 0
    blank = hub_cli(hub, "pause-worker", "--lab", "Gulu", "--name", "Amina Njeri", "--project", "test",
                    "--reason", "   ")
    assert blank.returncode == 1 and "Say why" in blank.stderr
    unknown = hub_cli(hub, "pause-worker", "--lab", "Gulu", "--name", "Amina Njeri", "--project", "nope",
                      "--reason", "x")
    assert unknown.returncode == 1 and "no batch of the project 'nope'" in unknown.stderr
