"""A supervisor runs a whole shift on a workstation, through the Team screen's panels, and the hub
ends up holding the same hours.

The lab's people come from the hub (``labhub add-user``), the workstation syncs to get them and
the work; the supervisor plans the morning shift, watches the workers clock in, corrects one
worker's day with a reason, approves both, exports the payroll CSV, and a sync later the hub's
totals and approvals match what the supervisor saw. The workstation's people clock is a fake one
(the morning passes without waiting); the hub places it on days the same way the workstation does.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from labclient.people import login, timesheet
from labclient.sync.client import SyncRun, enroll
from labclient.ui.team_hours import APPROVAL, CLOCKED, WORKER, HoursPanel
from labclient.ui.team_shifts import ShiftsPanel
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.clock import FakeClock
from tests.helpers.sync_hub import Hub, hub_cli, start_hub

PEOPLE = {"Joseph Okello": "supervisor", "Amina Njeri": "worker", "Sokha Chan": "worker"}
PINS = {"Joseph Okello": "73519264", "Amina Njeri": "4821", "Sokha Chan": "6093"}
DAY = dt.date(2026, 11, 24)  # FakeClock's day (UTC)


def table(panel_table) -> dict[str, list[str]]:
    """A panel's rows by their first cell (the person's name)."""
    rows = {}
    for r in range(panel_table.rowCount()):
        items = [panel_table.item(r, c) for c in range(panel_table.columnCount())]
        cells = [item.text() if item is not None else "" for item in items]
        rows[cells[0]] = cells
    return rows


@pytest.mark.slow
def test_a_supervisor_runs_a_shift_and_the_hub_holds_the_same_hours(qtbot: QtBot, tmp_path: Path) -> None:
    hub_clock = tmp_path / "hub-clock"  # the hub's clock follows the seconds written here
    hub = start_hub(tmp_path / "hub", "--clock-offset-file", str(hub_clock))
    try:
        supervisor_runs_a_shift(qtbot, hub, hub_clock, tmp_path)
    finally:
        hub.stop()


def supervisor_runs_a_shift(qtbot: QtBot, hub: Hub, hub_clock: Path, tmp_path: Path) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / "bundles", "tagging", 12)), "--lab", "Gulu")
    for name, role in PEOPLE.items():
        added = hub_cli(hub, "add-user", "--lab", "Gulu", "--name", name, "--role", role, stdin=PINS[name] + "\n")
        assert added.returncode == 0, added.stderr
    station = tmp_path / "station"
    enroll(station, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip(), device_name="LAB-PC-07")
    first = SyncRun(station).run()
    assert first.complete, first.message

    clock = FakeClock()  # Tuesday 24 Nov 2026, 06:00 UTC
    ws = Workspace.open(station, clock=clock)
    try:
        boss = login.login(ws.store, "Joseph Okello", PINS["Joseph Okello"], clock=clock)
        ids = {u: login.login(ws.store, u, PINS[u], clock=clock) for u in ("Amina Njeri", "Sokha Chan")}

        # 1. Plan the morning: 06:00-10:00 UTC for both, at their seats.
        shifts_panel = ShiftsPanel(ws, boss, tz=dt.UTC)
        qtbot.addWidget(shifts_panel)
        for name, seat in (("Amina Njeri", "LAB-PC-07"), ("Sokha Chan", "LAB-PC-08")):
            shifts_panel.plan_button.click()
            dialog = shifts_panel.dialog
            assert dialog is not None
            dialog.choose_worker(ids[name].user_id)
            dialog.start.setTime(QTime(6, 0))
            dialog.end.setTime(QTime(10, 0))
            dialog.seat.setText(seat)
            with qtbot.waitSignal(shifts_panel.changed):
                qtbot.keyClick(dialog.worker, Qt.Key.Key_Return)
        assert set(table(shifts_panel.now_table)) == {"Amina Njeri", "Sokha Chan"}
        assert all("Not clocked in" in row[-1] for row in table(shifts_panel.now_table).values())

        # 2. The workers clock in and work; the supervisor watches.
        for session, seat in zip(ids.values(), ("LAB-PC-07", "LAB-PC-08"), strict=True):
            timesheet.clock_in(ws.store, session, seat=seat, clock=clock)  # each at the seat planned
        shifts_panel.refresh()
        assert all(row[-1].startswith("Clocked in since 06:00") for row in table(shifts_panel.now_table).values())
        for minute in range(1, 4 * 60 + 1):
            clock.advance(minutes=1)
            for name, session in ids.items():
                login.touch(ws.store, session, clock=clock)
                if name == "Sokha Chan" and minute > 210:
                    continue  # she left at 09:30
                timesheet.record_activity(ws.store, session, 50_000, clock=clock)
                if minute % 40 == 0 and (task := ws.next_task(session)) is not None:
                    ws.submit(session, task.key, {"labels": ["cat"]})
            if minute == 210:
                timesheet.clock_out(ws.store, ids["Sokha Chan"], clock=clock)  # she had to leave early
            login.touch(ws.store, boss, clock=clock)
        timesheet.clock_out(ws.store, ids["Amina Njeri"], clock=clock)

        # 3. Hours: Sokha's early leave was agreed; the supervisor adds the half hour, with the reason.
        hours_panel = HoursPanel(ws, boss, tz=dt.UTC)
        qtbot.addWidget(hours_panel)
        qtbot.waitUntil(lambda: hours_panel.week is not None, timeout=10_000)
        with qtbot.waitSignal(hours_panel.refreshed, timeout=10_000):
            hours_panel.refresh()
        assert table(hours_panel.table)["Amina Njeri"][CLOCKED] == "4:00"
        assert table(hours_panel.table)["Sokha Chan"][CLOCKED] == "3:30"
        hours_panel.select_worker(ids["Sokha Chan"].user_id)
        correction = hours_panel.correct_selected()
        assert correction is not None
        correction.clocked_minutes.setValue(30)
        qtbot.keyClicks(correction.reason, "Left at 09:30 for the clinic, agreed the day before")
        with qtbot.waitSignal(hours_panel.refreshed, timeout=10_000):
            correction.ok_button.click()
        assert table(hours_panel.table)["Sokha Chan"][CLOCKED] == "4:00"

        # 4. Approve both weeks, 5. export the payroll.
        for name in ("Amina Njeri", "Sokha Chan"):
            hours_panel.select_worker(ids[name].user_id)
            box = hours_panel.approve_selected()
            assert box is not None
            with qtbot.waitSignal(hours_panel.refreshed, timeout=10_000):
                box.button(QMessageBox.StandardButton.Ok).click()
            assert table(hours_panel.table)[name][APPROVAL].startswith("Approved by Joseph Okello")
        target = tmp_path / "payroll.csv"
        assert hours_panel.export_to(target) == 2
        with target.open(encoding="utf-8", newline="") as f:
            payroll = {row["worker_name"]: row for row in csv.DictReader(f)}
        assert {name: payroll[name]["approved_hours"] for name in payroll} == {"Amina Njeri": "4.00",
                                                                                 "Sokha Chan": "4.00"}
        local = {table(hours_panel.table)[name][WORKER]: timesheet.hours(
            ws.store, boss, DAY, DAY, ids[name].user_id, tz=dt.UTC, clock=clock) for name in ids}
    finally:
        ws.close()

    # 6. The next sync takes it all to the hub, which computes the same hours.
    hub_clock.write_text(str((clock.now - dt.datetime.now(dt.UTC)).total_seconds()))  # the hub follows the morning
    second = SyncRun(station, clock=clock).run()  # which its push carries, so the hub places it on the same day
    assert second.complete, second.message
    sheet = hub_cli(hub, "timesheets", "--json", "--lab", "Gulu", "--tz", "UTC", "--from", DAY.isoformat(),
                    "--to", DAY.isoformat())
    assert sheet.returncode == 0, sheet.stderr
    (lab,) = json.loads(sheet.stdout)["labs"]
    at_hub = {w["name"]: w for w in lab["workers"]}
    for name, hours in local.items():
        assert (at_hub[name]["clocked_ms"], at_hub[name]["active_ms"]) == (hours.clocked_ms, hours.active_ms), name
    approvals = {a["worker"]: a for a in lab["approvals"]}
    assert set(approvals) == {"Amina Njeri", "Sokha Chan"}
    assert all(a["by"] == "Joseph Okello" for a in approvals.values())
    assert all(a["matches"] for a in approvals.values()), "the hub's totals are the approved ones"
    assert {name: a["approved_clocked_ms"] for name, a in approvals.items()} == {
        name: hours.clocked_ms for name, hours in local.items()}
