"""The data budget of a metered line: what the syncs carried is counted by the workstation's day
and month, an admin sets the budget, and a sync spends what is left on results first, then new
work, and stops before the budget is passed; the next day it goes on. A real hub process."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import labclient.sync.settings as sync_settings
from labclient.clock import utc_now
from labclient.errors import NotAllowed
from labclient.sync.budget import MB, PULL_RESERVE, DataUse, data_use
from labclient.sync.client import SyncRun
from labclient.sync.state import log_run, read_settings
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.clock import ShiftedClock
from tests.helpers.sync_hub import Hub, hub_results
from tests.helpers.sync_station import work
from tests.logins import sign_in

NAIROBI = dt.timezone(dt.timedelta(hours=3))


def test_use_is_counted_by_the_workstations_day_and_month(ws: Workspace) -> None:
    now = dt.datetime(2026, 3, 10, 1, 30, tzinfo=NAIROBI)   # local midnight was 21:00 UTC on 9 March
    for started_at, size in (("2026-03-09T22:00:00.000000Z", 300),   # today, local
                             ("2026-03-09T20:00:00.000000Z", 500),   # yesterday, local; this month
                             ("2026-02-28T23:00:00.000000Z", 700),   # 1 March 02:00 local: this month
                             ("2026-02-28T20:00:00.000000Z", 900)):  # February, local
        log_run(ws.store, started_at, "ok", 1, size - 100, 100, "")
    use = data_use(ws.store, now)
    assert (use.today, use.month, use.daily, use.monthly, use.room) == (300, 1500, None, None, None)

    sync_settings.set_data_budget(ws.store, sign_in(ws, "Grace Achieng", "admin"), 2 * MB, 20 * MB)
    use = data_use(ws.store, now)
    assert (use.daily, use.monthly, use.room, use.spent, use.binding) == (2 * MB, 20 * MB, 2 * MB - 300, False, "day")
    assert DataUse(0, 19 * MB + 1, 2 * MB, 20 * MB).binding == "month"
    assert DataUse(2 * MB, 2 * MB, 2 * MB, None).spent


def test_only_an_admin_sets_a_budget_and_a_bad_one_changes_nothing(ws: Workspace) -> None:
    worker, admin = sign_in(ws, "Amina Njeri"), sign_in(ws, "Grace Achieng", "admin")
    with pytest.raises(NotAllowed):
        sync_settings.set_data_budget(ws.store, worker, 5 * MB, None)
    for daily, monthly in ((999_999, None), (None, 10), (6 * MB, 5 * MB)):
        with pytest.raises(ValueError):
            sync_settings.set_data_budget(ws.store, admin, daily, monthly)
    assert (read_settings(ws.store).data_budget_day, read_settings(ws.store).data_budget_month) == (None, None)
    sync_settings.set_data_budget(ws.store, admin, 5 * MB, 100 * MB)
    assert (ws.data_use().daily, ws.data_use().monthly) == (5 * MB, 100 * MB)


def used_today(data_dir: Path, daily: int, used: int) -> None:
    """A daily budget, of which ``used`` bytes were carried by a sync a moment ago."""
    with Workspace.open(data_dir) as ws:
        sync_settings.set_data_budget(ws.store, sign_in(ws, "Grace Achieng", "admin"), daily, None)
        log_run(ws.store, utc_now(), "ok", 0, used, 0, "")


def codes(report: object) -> list[str]:
    return [said.code for said in report.said]  # type: ignore[attr-defined]


def test_a_spent_budget_sends_nothing_and_says_what_waits(enrolled: tuple[Hub, Path, Path]) -> None:
    hub, data_dir, bundle = enrolled
    work(data_dir, bundle, 5)
    used_today(data_dir, MB, MB)

    report = SyncRun(data_dir).run()
    assert report.outcome == "held" and codes(report) == ["sync.budget_day"]
    assert "Today's data budget is used (1.0 of 1.0 MB): 5 item(s) wait until tomorrow" in report.message
    assert (report.bytes_sent, report.bytes_received) == (0, 0), "not one request over the line"
    assert hub_results(hub) == []
    with Workspace.open(data_dir) as ws:
        assert ws.outbox_size() == 5
        assert read_settings(ws.store).failed_runs == 0, "a held run is not a failure of the line"


@pytest.mark.slow
def test_results_go_first_and_new_work_waits_for_room(enrolled: tuple[Hub, Path, Path],
                                                      tmp_path: Path) -> None:
    hub, data_dir, bundle = enrolled
    hub.admin("add-batch", str(make_bundle(tmp_path / "more", "tagging", 4, batch_id="new-work")), "--lab", "Gulu")
    ids = work(data_dir, bundle, 5)
    used_today(data_dir, MB, MB - PULL_RESERVE + 8_000)   # room for the results, not for a pull

    report = SyncRun(data_dir).run()
    assert report.outcome == "ok" and report.tally.applied == 5
    assert sorted(r["id"] for r in hub_results(hub)) == sorted(ids)
    assert report.batches_received == [] and "sync.budget_no_pull_day" in codes(report)

    later = SyncRun(data_dir, clock=ShiftedClock(dt.timedelta(days=1))).run()   # a new day: a new budget
    assert later.complete and "new-work" in later.batches_received


@pytest.mark.slow
def test_a_push_stops_before_the_budget_and_goes_on_the_next_day(enrolled: tuple[Hub, Path, Path]) -> None:
    hub, data_dir, bundle = enrolled
    ids = work(data_dir, bundle, 400)
    used_today(data_dir, MB, MB - 8_000)                 # less than the 400 results take (about 14 KB)

    report = SyncRun(data_dir).run()
    assert report.outcome == "held" and "sync.budget_day" in codes(report)
    sent = len(hub_results(hub))
    assert 0 < sent < 400 and report.remaining == 400 - sent
    assert report.bytes_sent + report.bytes_received <= 8_000, "the budget was not passed"

    later = SyncRun(data_dir, clock=ShiftedClock(dt.timedelta(days=1))).run()
    assert later.complete, later.message
    assert sorted(r["id"] for r in hub_results(hub)) == sorted(ids)
