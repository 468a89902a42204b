"""Timesheet events and the lab's roster travel with the sync: events exactly once, like results;
the hub's list of people, with their PINs, only when it changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from labclient.people import login, roster, timesheet
from labclient.store import DB_NAME, Store
from labclient.sync.client import SyncRun, enroll
from labclient.sync.state import dead_letters
from tests.helpers.sync_hub import Hub, hub_cli


@pytest.fixture
def station(hub: Hub, tmp_path: Path) -> Path:
    data_dir = tmp_path / "station"
    enroll(data_dir, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip(), device_name="LAB-PC-07")
    return data_dir


def test_a_shift_reaches_the_hub_exactly_once(hub: Hub, station: Path) -> None:
    store = Store.open(station / DB_NAME)
    try:
        admin = roster.bootstrap_admin(store, "Lab Admin", "1234")
        roster.add_local_user(store, admin, "Amina Njeri", "worker", "5678")
        amina = login.login(store, "Amina Njeri", "5678")
        timesheet.clock_in(store, amina)
        timesheet.record_activity(store, amina, 30_000)
        timesheet.clock_out(store, amina)
    finally:
        store.close()

    first = SyncRun(station).run()
    again = SyncRun(station).run()

    assert first.complete, first.message
    assert first.tally.applied == 3 and again.tally.acknowledged == 0
    store = Store.open(station / DB_NAME)
    try:
        verdicts = [r[0] for r in store.read().execute("SELECT hub_status FROM time_events ORDER BY n")]
    finally:
        store.close()
    assert verdicts == ["applied"] * 3
    sheet = hub_cli(hub, "timesheets", "--json")
    assert sheet.returncode == 0, sheet.stderr
    assert "Amina Njeri" in sheet.stdout


def test_an_event_gone_from_the_database_is_set_aside_and_the_rest_goes(hub: Hub, station: Path) -> None:
    store = Store.open(station / DB_NAME)
    try:
        admin = roster.bootstrap_admin(store, "Lab Admin", "1234")
        timesheet.clock_in(store, admin)
        timesheet.clock_out(store, admin)
        with store.transaction() as c:  # what only a hand-edited database can do
            c.execute("DROP TRIGGER time_events_never_deleted")
            c.execute("DELETE FROM time_events WHERE n = 1")
    finally:
        store.close()

    report = SyncRun(station).run()

    assert report.complete, report.message
    assert report.tally.applied == 1 and report.tally.rejected == 1
    store = Store.open(station / DB_NAME)
    try:
        (letter,) = dead_letters(store)
    finally:
        store.close()
    assert letter["item_type"] == "event" and "gone" in letter["reason"]


def test_people_added_at_the_hub_can_log_in_after_a_sync(hub: Hub, station: Path) -> None:
    added = hub_cli(hub, "add-user", "--lab", "Gulu", "--name", "Brian Okello", "--role", "supervisor",
                    stdin="43218765\n")
    assert added.returncode == 0, added.stderr

    first = SyncRun(station).run()
    quiet = SyncRun(station).run()

    assert first.complete and "list of people came from the hub (1 added" in first.message
    assert quiet.complete and "list of people" not in quiet.message, "an unchanged list is not sent again"
    store = Store.open(station / DB_NAME)
    try:
        brian = login.login(store, "Brian Okello", "43218765")
        assert brian.role.value == "supervisor"
    finally:
        store.close()
