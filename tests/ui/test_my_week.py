"""My week: the worker's own hours (clocked and active), output and planned shifts, day by day.

The week is made through the core with a fake clock that starts on Monday 23 November 2026 at
08:00 in the lab (UTC+2): the worker clocks in, works with activity reported every ten minutes,
clocks out, and comes back on Tuesday. The dialog reads the week in the background; the tests
wait for ``refreshed`` (or ``session_lost``) and read what a person would see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.errors import SessionLockedError
from labclient.people import login, shifts, timesheet
from labclient.people.roles import Session
from labclient.ui.idle_prompt import Timing
from labclient.ui.my_week import MyWeekDialog
from labclient.ui.timesheet_bar import TimesheetBar
from labclient.workspace import Workspace
from tests.helpers.clock import LAB_TZ, START, FakeClock
from tests.logins import give_pins, log_in

MONDAY = dt.date(2026, 11, 23)
QUIET = Timing(poll_ms=3_600_000, refresh_ms=3_600_000, report_ms=3_600_000)
WORKER, SUPERVISOR = "Amina Njeri", "Lab Supervisor"


@pytest.fixture
def monday_clock() -> FakeClock:
    """A fake clock at Monday 23 November 2026, 08:00 in the lab (the day before ``START``)."""
    return FakeClock(now=START - dt.timedelta(days=1))


@pytest.fixture
def people(ws: Workspace) -> Workspace:
    """``ws`` with a worker and a supervisor (PIN 1234)."""
    give_pins(ws, {WORKER: "worker", SUPERVISOR: "supervisor"})
    return ws


def work(ws: Workspace, s: Session, clock: FakeClock, *, hours: float, active_min: int = 8) -> None:
    """``hours`` at the keyboard: every ten minutes, input (the seat stays unlocked) and a report
    of ``active_min`` minutes of activity."""
    for _ in range(round(hours * 6)):
        clock.advance(minutes=10)
        login.touch(ws.store, s, clock=clock)
        timesheet.record_activity(ws.store, s, active_min * 60_000, clock=clock)


def a_shift(ws: Workspace, s: Session, clock: FakeClock, *, hours: float) -> None:
    """Clock in at LAB-PC-07, work ``hours``, clock out."""
    timesheet.clock_in(ws.store, s, seat="LAB-PC-07", clock=clock)
    work(ws, s, clock, hours=hours)
    timesheet.clock_out(ws.store, s, clock=clock)


def open_dialog(qtbot: QtBot, ws: Workspace, s: Session, clock: Clock, tz: dt.tzinfo | None = LAB_TZ
                ) -> MyWeekDialog:
    """The dialog for ``s`` on ``clock``, shown, once its first reading is on screen (the answer of
    the background job it starts comes through the event loop, so waiting after making it is safe)."""
    dialog = MyWeekDialog(Workspace(ws.data_dir, ws.store, clock=clock), s, tz=tz)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.refreshed, timeout=5000):
        dialog.show()
    return dialog


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The table's cell (every cell of a shown week has an item)."""
    item = table.item(row, column)
    assert item is not None
    return item


def rows(table: QTableWidget) -> list[list[str]]:
    """The table's text, row by row."""
    return [[cell(table, r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def headers(table: QTableWidget) -> list[str]:
    """The column titles."""
    return [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]


def test_the_week_shows_each_days_clocked_and_active_time_and_the_totals(qtbot: QtBot, people: Workspace,
                                                                         monday_clock: FakeClock):
    clock = monday_clock
    s = log_in(people, WORKER, clock=clock)
    a_shift(people, s, clock, hours=3)            # Monday 08:00-11:00, 8 of every 10 minutes active
    clock.advance(hours=21)                       # Tuesday 08:00: she logs in again and clocks in
    s = log_in(people, WORKER, clock=clock)
    timesheet.clock_in(people.store, s, seat="LAB-PC-07", clock=clock)
    work(people, s, clock, hours=2, active_min=5)

    dialog = open_dialog(qtbot, people, s, clock)
    assert dialog.windowTitle() == "My week"
    assert dialog.title.text() == "This week: Mon 23 Nov – Sun 29 Nov"
    assert rows(dialog.table) == [
        ["Mon 23 Nov", "3 h 00 min", "2 h 24 min", "0", ""],
        ["Tue 24 Nov (today)", "2 h 00 min", "1 h 00 min", "0", ""],   # still clocked in: counted to now
        ["Wed 25 Nov", "", "", "", ""],
        ["Thu 26 Nov", "", "", "", ""],
        ["Fri 27 Nov", "", "", "", ""],
        ["Sat 28 Nov", "", "", "", ""],
        ["Sun 29 Nov", "", "", "", ""],
        ["Week total", "5 h 00 min", "3 h 24 min", "0", ""],
    ]
    assert headers(dialog.table) == ["Day", "Clocked", "Active", "Tasks done", "Planned shift"]
    today, monday = cell(dialog.table, 1, 0), cell(dialog.table, 0, 0)
    assert today.font().bold() and not monday.font().bold()
    assert today.background().color() != monday.background().color()
    assert dialog.explain.text().startswith("Clocked: from clock-in to clock-out, less breaks")
    assert dialog.approval.text() == "Not approved yet."
    assert not dialog.flags.isVisible() and not dialog.corrections.isVisible()
    assert dialog.previous_button.isEnabled() and not dialog.next_button.isEnabled()

    work(people, s, clock, hours=0.5)  # more work: reading again counts it
    with qtbot.waitSignal(dialog.refreshed):
        dialog.refresh()
    assert rows(dialog.table)[1][1] == "2 h 30 min"


def test_previous_and_next_week_by_keyboard(qtbot: QtBot, people: Workspace, monday_clock: FakeClock):
    clock = monday_clock
    s = log_in(people, WORKER, clock=clock)
    a_shift(people, s, clock, hours=1)
    dialog = open_dialog(qtbot, people, s, clock)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

    with qtbot.waitSignal(dialog.refreshed):
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # "◀ &Previous week"
    assert dialog.title.text() == "Week of Mon 16 Nov – Sun 22 Nov"
    assert rows(dialog.table) == [[day, "0 min", "0 min", "0", ""] for day in (
        "Mon 16 Nov", "Tue 17 Nov", "Wed 18 Nov", "Thu 19 Nov", "Fri 20 Nov", "Sat 21 Nov", "Sun 22 Nov")] + [
        ["Week total", "0 min", "0 min", "0", ""]]
    assert dialog.approval.text() == "Not approved yet."
    assert dialog.next_button.isEnabled()

    with qtbot.waitSignal(dialog.refreshed):
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "&Next week ▶"
    assert dialog.title.text() == "This week: Mon 23 Nov – Sun 29 Nov"
    assert rows(dialog.table)[0] == ["Mon 23 Nov (today)", "1 h 00 min", "48 min", "0", ""]
    assert not dialog.next_button.isEnabled()
    with qtbot.waitSignal(dialog.refreshed):
        dialog.show_week(MONDAY + dt.timedelta(days=30))  # no week after this one
    assert dialog.title.text() == "This week: Mon 23 Nov – Sun 29 Nov"

    dialog.previous_button.click()  # twice, before the first answer: two weeks back
    dialog.previous_button.click()
    qtbot.waitUntil(lambda: dialog.title.text() == "Week of Mon 9 Nov – Sun 15 Nov" and not dialog.message.text())

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_planned_shifts_approval_and_corrections_show_on_the_week(qtbot: QtBot, people: Workspace,
                                                                  monday_clock: FakeClock):
    clock = monday_clock
    s = log_in(people, WORKER, clock=clock)
    boss = log_in(people, SUPERVISOR, clock=clock)
    at = dt.datetime(2026, 11, 23, 8, 0, tzinfo=LAB_TZ)
    shifts.plan_shift(people.store, boss, s.user_id, at, at + dt.timedelta(hours=4), "LAB-PC-07", clock=clock)
    wednesday = at + dt.timedelta(days=2, hours=5)
    shifts.plan_shift(people.store, boss, s.user_id, wednesday, wednesday + dt.timedelta(hours=4), "LAB-PC-03",
                      clock=clock)
    a_shift(people, s, clock, hours=3)
    clock.advance(hours=21)  # Tuesday morning: the supervisor approves the week so far
    boss = log_in(people, SUPERVISOR, clock=clock)
    timesheet.approve(people.store, boss, s.user_id, MONDAY, MONDAY + dt.timedelta(days=6), tz=LAB_TZ,
                      clock=clock)
    s = log_in(people, WORKER, clock=clock)

    dialog = open_dialog(qtbot, people, s, clock)
    table = rows(dialog.table)
    assert table[0] == ["Mon 23 Nov", "3 h 00 min", "2 h 24 min", "0", "08:00–12:00 at LAB-PC-07"]
    assert table[2] == ["Wed 25 Nov", "", "", "", "13:00–17:00 at LAB-PC-03"]
    assert table[7] == ["Week total", "3 h 00 min", "2 h 24 min", "0", "8 h 00 min planned"]
    assert dialog.approval.text() == "Approved by Lab Supervisor on 24 Nov."
    assert not dialog.corrections.isVisible()

    timesheet.correct(people.store, boss, s.user_id, MONDAY, clocked_ms=30 * 60_000,
                      reason="Started at 07:30 before clocking in", clock=clock)
    with qtbot.waitSignal(dialog.refreshed):
        dialog.refresh()
    assert rows(dialog.table)[0][1] == "3 h 30 min"
    assert dialog.approval.text() == ("Changed since Lab Supervisor approved it on 24 Nov: your supervisor "
                                      "will look again.")
    assert dialog.corrections.isVisible()
    assert dialog.corrections.text() == (
        "Changed by your supervisor:\n• Mon 23 Nov: Lab Supervisor changed your clocked time by +30 min. "
        "Reason: Started at 07:30 before clocking in")


def test_a_restart_mid_shift_is_told_in_plain_words(qtbot: QtBot, people: Workspace, clock: FakeClock):
    s = log_in(people, WORKER, clock=clock)
    timesheet.clock_in(people.store, s, seat="LAB-PC-07", clock=clock)
    work(people, s, clock, hours=1)
    clock.reboot()
    s = log_in(people, WORKER, clock=clock)
    timesheet.clock_in(people.store, s, seat="LAB-PC-07", clock=clock)
    work(people, s, clock, hours=1)

    dialog = open_dialog(qtbot, people, s, clock)
    assert rows(dialog.table)[1][:3] == ["Tue 24 Nov (today)", "2 h 00 min", "1 h 36 min"]
    assert dialog.flags.isVisible()
    assert dialog.flags.text() == (
        "Noticed in your timesheet:\n• Tue 24 Nov: the computer restarted during your shift, which ended it. "
        "The time until you clocked in again is not counted; if you were working, tell your supervisor.")


def test_a_locked_session_is_handed_on_as_session_lost(qtbot: QtBot, people: Workspace, clock: FakeClock):
    s = log_in(people, WORKER, clock=clock)
    dialog = open_dialog(qtbot, people, s, clock)
    assert dialog.table.rowCount() == 8
    login.lock(people.store, s, clock=clock)
    with qtbot.waitSignal(dialog.session_lost) as lost:
        dialog.refresh()
    assert isinstance(lost.args[0], SessionLockedError)
    assert dialog.table.rowCount() == 0, "nothing of hers stays on screen"
    assert dialog.message.text().startswith("The screen is locked.")
    assert not dialog.previous_button.isEnabled() and not dialog.next_button.isEnabled()


@pytest.fixture
def bar(qtbot: QtBot, people: Workspace, clock: FakeClock) -> TimesheetBar:
    """A timesheet bar on its own, shown and active, for the worker."""
    widget = TimesheetBar(people, timing=QUIET)
    qtbot.addWidget(widget)
    widget.resize(1366, 60)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.start(log_in(people, WORKER, clock=clock))
    return widget


def test_the_bars_my_week_button_and_ctrl_shift_w_open_the_week(qtbot: QtBot, bar: TimesheetBar):
    assert bar.week_button.objectName() == "myWeekButton"
    assert bar.week_button.text() == "My week (Ctrl+Shift+W)"
    assert bar.week_button.accessibleName() == "My week"
    assert bar.week_button.isEnabled()

    qtbot.keyClick(bar, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = bar.my_week
    assert dialog is not None
    with qtbot.waitSignal(dialog.refreshed):
        pass
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.session is bar.session
    assert rows(dialog.table)[1][0] == "Tue 24 Nov (today)"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert bar.my_week is None

    bar.week_button.setFocus()
    qtbot.keyClick(bar.week_button, Qt.Key.Key_Space)
    assert bar.my_week is not None and bar.my_week.isVisible()
    with qtbot.waitSignal(bar.my_week.refreshed):
        pass
    assert bar.open_my_week() is bar.my_week, "one week window, brought to the front"

    bar.stop()  # the worker leaves the seat: her week closes with it
    assert bar.my_week is None
    assert bar.open_my_week() is None


def test_a_lost_session_in_the_week_goes_the_bars_way(qtbot: QtBot, people: Workspace, bar: TimesheetBar,
                                                      clock: FakeClock):
    dialog = bar.open_my_week()
    assert dialog is not None
    with qtbot.waitSignal(dialog.refreshed):
        pass
    assert bar.session is not None
    login.lock(people.store, bar.session, clock=clock)
    with qtbot.waitSignal(bar.session_lost) as lost:
        dialog.refresh()
    assert isinstance(lost.args[0], SessionLockedError)
    assert bar.session is None
    assert bar.my_week is None and not dialog.isVisible()


@pytest.fixture
def people_on_the_real_clock(tmp_path: Path) -> Iterator[Workspace]:
    """A workspace on the computer's own clock (no fake one in this test), with the two people."""
    with Workspace.open(tmp_path / "real-clock") as ws:
        give_pins(ws, {WORKER: "worker", SUPERVISOR: "supervisor"})
        yield ws


def test_tasks_done_count_on_their_day(qtbot: QtBot, people_on_the_real_clock: Workspace, bundles: dict[str, Path]):
    """Results are timed by the computer's own clock, so this one runs on it (today, this week)."""
    people = people_on_the_real_clock
    people.import_bundle(bundles["tagging"])
    s = log_in(people, WORKER)
    for action in ("submit", "skip", "flag"):
        task = people.next_task(s)
        assert task is not None
        if action == "submit":
            people.submit(s, task.key, {"labels": ["cat"]})
        else:
            getattr(people, action)(s, task.key, "The picture does not load")

    dialog = open_dialog(qtbot, people, s, SYSTEM_CLOCK, tz=None)
    today = [row for row in rows(dialog.table) if row[0].endswith("(today)")]
    assert len(today) == 1 and today[0][3] == "1 (+2 skipped or flagged)", "setting a task aside is not doing it"
    assert rows(dialog.table)[7][3] == "1 (+2 skipped or flagged)"
