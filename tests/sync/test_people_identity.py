"""The sync tells the hub who this workstation's workers are (the push's people map), so the hub
counts a person added here before the first sync as the hub user its roster matched them to.

Each test drives a real Workspace and ``SyncRun`` against a real hub process and checks what the
hub shows (``labhub timesheets`` and ``labhub results``), not the bytes on the wire. Renaming the
person at the hub afterwards proves the map reached it: without one, the hub could only go by the
name the records carry, which no longer matches.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from labclient.clock import utc_now
from labclient.people import login, roster, timesheet
from labclient.sync.client import SyncRun, enroll
from labclient.sync.state import read_settings, write_settings
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.clock import ShiftedClock
from tests.helpers.sync_hub import ROOT, Hub


def hub_cli(hub: Hub, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(hub.data_dir), *args],
                          input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done


def hub_user(hub: Hub, name: str) -> str:
    """Add ``name`` as a worker of lab Gulu at the hub; their hub user id."""
    hub_cli(hub, "add-user", "--lab", "Gulu", "--name", name, "--role", "worker", stdin="4821\n")
    (found,) = [u["id"] for u in json.loads(hub_cli(hub, "users", "--lab", "Gulu", "--json").stdout)
                if u["name"] == name]
    return str(found)


def rename(hub: Hub, name: str, new_name: str) -> None:
    hub_cli(hub, "rename-user", "--lab", "Gulu", "--name", name, "--new-name", new_name)


def hub_workers(hub: Hub) -> list[tuple[str, str | None, list[str]]]:
    """(name, hub user id, ids recorded) of each worker of lab Gulu's timesheets this week."""
    sheet = json.loads(hub_cli(hub, "timesheets", "--lab", "Gulu", "--tz", "UTC", "--json").stdout)["labs"][0]
    return [(w["name"], w["user_id"], w["worker_ids"]) for w in sheet["workers"]]


def station(hub: Hub, tmp_path: Path) -> tuple[Path, str]:
    """An enrolled workstation whose admin added Amina Njeri here, before any sync, and where she
    worked a little; (its data folder, her local id)."""
    data_dir = tmp_path / "station"
    enroll(data_dir, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip(), device_name="LAB-PC-07")
    with Workspace.open(data_dir) as ws:
        admin = roster.bootstrap_admin(ws.store, "Lab Admin", "4242")
        local = roster.add_local_user(ws.store, admin, "Amina Njeri", "worker", "5678").id
        amina = login.login(ws.store, "Amina Njeri", "5678")
        timesheet.clock_in(ws.store, amina)
        timesheet.record_activity(ws.store, amina, 1_000)
        timesheet.clock_out(ws.store, amina)
    return data_dir, local


@pytest.mark.slow
def test_a_person_added_here_is_counted_as_the_hub_user_the_roster_matched(hub: Hub, tmp_path: Path) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / "bundles", "tagging", 3)), "--lab", "Gulu")
    data_dir, local = station(hub, tmp_path)
    amina_at_hub = hub_user(hub, "Amina Njeri")

    first = SyncRun(data_dir).run()  # her events go unconfirmed; the roster confirms her; the map follows
    rename(hub, "Amina Njeri", "Amina Okello")
    after_first = hub_workers(hub)
    rename(hub, "Amina Okello", "Amina Njeri")
    with Workspace.open(data_dir) as ws:
        hub_id = ws.store.read().execute("SELECT hub_id FROM workers WHERE id = ?", (local,)).fetchone()[0]
        amina = login.login(ws.store, "Amina Njeri", "4821")  # the hub's PIN now
        timesheet.clock_in(ws.store, amina)
        task = ws.next_task(amina)
        assert task is not None
        ws.submit(amina, task.key, {"labels": ["cat"]})
        timesheet.clock_out(ws.store, amina)
    second = SyncRun(data_dir).run()
    rename(hub, "Amina Njeri", "Amina Okello")
    renamed = hub_workers(hub)
    results: list[dict[str, Any]] = json.loads(hub_cli(hub, "results", "--json").stdout)

    assert first.complete and second.complete, (first.message, second.message)
    assert hub_id == amina_at_hub and local != amina_at_hub
    assert after_first == [("Amina Okello", amina_at_hub, [local])], "the map came with the first sync"
    assert renamed == [("Amina Okello", amina_at_hub, [local])], "every event, sent before or after, is hers"
    assert [(r["worker"], r["worker_id"], r["user_id"]) for r in results] == [("Amina Okello", local, amina_at_hub)]


def test_a_workstation_that_does_not_know_the_hubs_features_asks_once(hub: Hub, tmp_path: Path) -> None:
    data_dir, local = station(hub, tmp_path)
    amina_at_hub = hub_user(hub, "Amina Njeri")
    with Workspace.open(data_dir) as ws:
        write_settings(ws.store, hub_features=None)  # enrolled before hubs said what they take

    report = SyncRun(data_dir).run()
    rename(hub, "Amina Njeri", "Amina Okello")

    assert report.complete, report.message
    with Workspace.open(data_dir) as ws:
        assert read_settings(ws.store).hub_features == frozenset({"people", "signed_events", "batch_documents",
                                                                  "reviews", "qualifications", "media_budget"})
    assert hub_workers(hub) == [("Amina Okello", amina_at_hub, [local])]


@pytest.mark.slow
def test_no_map_goes_to_a_hub_that_does_not_take_it_until_it_says_so(hub: Hub, tmp_path: Path) -> None:
    data_dir, local = station(hub, tmp_path)
    amina_at_hub = hub_user(hub, "Amina Njeri")
    with Workspace.open(data_dir) as ws:  # the hub named no features when it was asked last, just now
        write_settings(ws.store, hub_features="", features_checked_at=utc_now())

    report = SyncRun(data_dir).run()
    by_name = hub_workers(hub)
    rename(hub, "Amina Njeri", "Amina Okello")
    unmapped = hub_workers(hub)
    two_days_on = ShiftedClock(dt.timedelta(days=2))  # by then it may have been upgraded
    later = SyncRun(data_dir, clock=two_days_on).run()  # the run's own clock decides when to ask again

    assert report.complete and later.complete, (report.message, later.message)
    assert by_name == [("Amina Njeri", amina_at_hub, [local])], "the hub goes by her name"
    assert unmapped == [("Amina Njeri", None, [local])], "no map reached the hub"
    assert hub_workers(hub) == [("Amina Okello", amina_at_hub, [local])], "asked again, the hub took the map"
