"""The supervisor's Shifts panel: who is on shift now, and planning the week's shifts.

Real store, real people (PIN 1234), the fake clock: it starts on Tuesday 24 November 2026 at
08:00 in the lab (UTC+2). The supervisor plans through the dialog; the workers clock in and take
breaks through the core with their own sessions, and the panel shows what a supervisor would see.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from labclient.errors import NotAllowed, SessionLockedError
from labclient.people import login, shifts, timesheet
from labclient.people.roles import Session
from labclient.ui.shift_dialog import ShiftDialog
from labclient.ui.team_shifts import ShiftsPanel
from labclient.workspace import Workspace
from tests.helpers.clock import LAB_TZ, FakeClock
from tests.logins import PIN, give_pins, log_in

SUPERVISOR, AMINA, SOKHA = "Joseph Okello", "Amina Njeri", "Sokha Chan"


@dataclass
class Team:
    ws: Workspace
    clock: FakeClock
    sessions: dict[str, Session]

    def id(self, name: str) -> str:
        return self.sessions[name].user_id

    def later(self, minutes: int) -> None:
        """Time passes with everyone at their keyboard (no session locks for being idle)."""
        for _ in range(minutes):
            self.clock.advance(minutes=1)
            for s in self.sessions.values():
                with contextlib.suppress(NotAllowed):
                    login.touch(self.ws.store, s, clock=self.clock)


@pytest.fixture
def team(ws: Workspace, clock: FakeClock) -> Team:
    give_pins(ws, {SUPERVISOR: "supervisor", AMINA: "worker", SOKHA: "worker"})
    return Team(ws, clock, {name: log_in(ws, name, clock=clock) for name in (SUPERVISOR, AMINA, SOKHA)})


@pytest.fixture
def open_panel(qtbot: QtBot, team: Team) -> Callable[[], ShiftsPanel]:
    def _open() -> ShiftsPanel:
        panel = ShiftsPanel(team.ws, team.sessions[SUPERVISOR], tz=LAB_TZ)
        qtbot.addWidget(panel)
        panel.resize(1366, 768)
        with qtbot.waitExposed(panel):
            panel.show()
        activate(qtbot, panel)
        return panel

    return _open


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Give ``window`` the keyboard (the offscreen platform does not give it back after a dialog)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def at(hour: int, minute: int = 0, day: int = 24) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=LAB_TZ)


def fill(dialog: ShiftDialog, worker_id: str, start: tuple[int, int], end: tuple[int, int], seat: str) -> None:
    dialog.choose_worker(worker_id)
    dialog.start.setTime(QTime(*start))
    dialog.end.setTime(QTime(*end))
    dialog.seat.setText(seat)


def plan_through_dialog(qtbot: QtBot, panel: ShiftsPanel, worker_id: str, start: tuple[int, int],
                        end: tuple[int, int], seat: str) -> ShiftDialog:
    """Open the dialog with the button, fill it, press Enter; returns the dialog."""
    panel.plan_button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog, worker_id, start, end, seat)
    qtbot.keyClick(dialog.worker, Qt.Key.Key_Return)
    return dialog


def test_a_planned_shift_shows_in_the_week_and_on_shift_now_until_the_worker_clocks_in(
        qtbot: QtBot, team: Team, open_panel: Callable[[], ShiftsPanel]):
    panel = open_panel()
    assert panel.week_label.text() == "Week of 23 November 2026 (this week)"
    assert rows(panel.week_table) == []
    assert panel.week_note.text() == "No shifts are planned this week."
    assert panel.summary.text() == "Nobody is planned or clocked in right now."
    assert panel.as_of.text() == "As of 08:00"
    assert not panel.cancel_button.isEnabled()

    panel.plan_button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.day.date().toPython() == dt.date(2026, 11, 24), "today, in the week shown"
    assert dialog.seat.text() == socket.gethostname()[:80], "the seat a clock-in records by default"
    people = [dialog.worker.itemText(i) for i in range(dialog.worker.count())]
    assert people == [AMINA, "Joseph Okello (supervisor)", SOKHA]
    fill(dialog, team.id(AMINA), (8, 0), (12, 0), "LAB-PC-07")
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(dialog.worker, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert rows(panel.week_table) == [["Tue 24 Nov", "08:00–12:00", AMINA, "LAB-PC-07", SUPERVISOR]]
    assert panel.message.text() == "Planned: Amina Njeri, Tue 24 Nov 08:00–12:00, seat LAB-PC-07."
    assert panel.selected_shift() is not None and panel.cancel_button.isEnabled(), "the new shift is selected"
    assert rows(panel.now_table) == [[AMINA, "LAB-PC-07", "08:00–12:00", "Not clocked in yet"]]
    [planned] = shifts.planned_shifts(team.ws.store, team.sessions[SUPERVISOR], dt.date(2026, 11, 24),
                                      dt.date(2026, 11, 24), tz=LAB_TZ, clock=team.clock)
    assert (planned.starts_at, planned.ends_at, planned.seat) == (at(8), at(12), "LAB-PC-07")

    team.later(15)
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh_button.click()
    assert rows(panel.now_table) == [[AMINA, "LAB-PC-07", "08:00–12:00", "Not clocked in yet: 15 min late"]]
    late = panel.now_table.item(0, 3)
    assert late is not None
    assert late.font().bold() and late.background().color().name() == "#fde3d6", "the missing worker stands out"
    assert panel.summary.text() == "Clocked in: 0 · On a break: 0 · Not clocked in: 1 · Late: 1"

    timesheet.clock_in(team.ws.store, team.sessions[AMINA], seat="LAB-PC-07", clock=team.clock)
    team.later(2)
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    assert rows(panel.now_table) == [[AMINA, "LAB-PC-07", "08:00–12:00", "Clocked in since 08:15"]]
    state = panel.now_table.item(0, 3)
    assert state is not None and not state.font().bold()

    timesheet.start_break(team.ws.store, team.sessions[AMINA], clock=team.clock)
    panel.refresh()
    assert rows(panel.now_table)[0][3] == "On a break"
    assert panel.summary.text() == "Clocked in: 0 · On a break: 1 · Not clocked in: 0 · Late: 0"


def test_someone_clocked_in_without_a_plan_is_on_shift_too(team: Team, open_panel: Callable[[], ShiftsPanel]):
    timesheet.clock_in(team.ws.store, team.sessions[SOKHA], clock=team.clock)
    team.later(5)
    panel = open_panel()
    here = socket.gethostname()[:80]  # where she clocked in: this computer, as the clock-in says
    assert rows(panel.now_table) == [[SOKHA, here, "not planned", "Clocked in since 08:00, no shift planned now"]]


def test_a_conflicting_shift_shows_the_cores_message_and_keeps_what_was_typed(
        qtbot: QtBot, team: Team, open_panel: Callable[[], ShiftsPanel]):
    panel = open_panel()
    with qtbot.waitSignal(panel.changed):
        plan_through_dialog(qtbot, panel, team.id(AMINA), (8, 0), (12, 0), "LAB-PC-07")
    before = rows(panel.week_table)

    with qtbot.assertNotEmitted(panel.changed):
        dialog = plan_through_dialog(qtbot, panel, team.id(AMINA), (10, 0), (14, 0), "LAB-PC-09")
    assert dialog.isVisible(), "the dialog stays open"
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("Amina Njeri already has a shift then (")
    assert dialog.message.text().endswith("). Change the times or the seat.")
    assert rows(panel.week_table) == before
    assert dialog.worker_id() == team.id(AMINA) and dialog.seat.text() == "LAB-PC-09"
    assert dialog.start.time() == QTime(10, 0) and dialog.end.time() == QTime(14, 0)

    dialog.choose_worker(team.id(SOKHA))
    dialog.seat.setText("LAB-PC-07")  # Amina's seat, at the same time
    qtbot.keyClick(dialog.seat, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Seat LAB-PC-07 is taken then by Amina Njeri (")
    assert rows(panel.week_table) == before

    dialog.start.setTime(QTime(12, 0))  # after Amina's shift: planned
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(dialog.seat, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert rows(panel.week_table) == [before[0], ["Tue 24 Nov", "12:00–14:00", SOKHA, "LAB-PC-07", SUPERVISOR]]


def test_the_dialog_refuses_an_end_before_the_start_and_an_empty_seat(
        qtbot: QtBot, team: Team, open_panel: Callable[[], ShiftsPanel]):
    panel = open_panel()
    with qtbot.assertNotEmitted(panel.changed):
        dialog = plan_through_dialog(qtbot, panel, team.id(AMINA), (14, 0), (9, 0), "LAB-PC-07")
        assert dialog.isVisible()
        assert dialog.message.text() == ("The shift must end after it starts, on the same day. "
                                         "Change the end time.")
        dialog.end.setTime(QTime(18, 0))
        dialog.seat.setText("   ")
        dialog.ok_button.click()
        assert dialog.message.text() == "Type the seat: the name of the computer the worker sits at."
    assert shifts.planned_shifts(team.ws.store, team.sessions[SUPERVISOR], dt.date(2026, 11, 23),
                                 dt.date(2026, 11, 29), tz=LAB_TZ, clock=team.clock) == []
    qtbot.keyClick(dialog.seat, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and rows(panel.week_table) == []


def test_time_fields_step_by_a_quarter_hour(qtbot: QtBot, team: Team, open_panel: Callable[[], ShiftsPanel]):
    dialog = open_panel().plan_shift_dialog()
    assert dialog is not None
    field = dialog.start
    field.setTime(QTime(8, 7))
    field.setFocus()
    field.setCurrentSection(QDateTimeEdit.Section.MinuteSection)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.time() == QTime(8, 15)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.time() == QTime(8, 30)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.time() == QTime(8, 15)


def test_right_to_left_times_keep_their_order(qtbot: QtBot, team: Team, open_panel: Callable[[], ShiftsPanel]):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = open_panel().plan_shift_dialog()
        assert dialog is not None
        dialog.start.setTime(QTime(10, 0))
        assert dialog.start.text() == "10:00", "not 00:10"
        assert dialog.day.text() == "Tue 24 Nov 2026"
        assert dialog.isRightToLeft()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_cancelling_asks_first_then_removes_the_shift(qtbot: QtBot, team: Team,
                                                      open_panel: Callable[[], ShiftsPanel]):
    store, supervisor = team.ws.store, team.sessions[SUPERVISOR]
    shifts.plan_shift(store, supervisor, team.id(AMINA), at(8), at(12), "LAB-PC-07", clock=team.clock)
    shifts.plan_shift(store, supervisor, team.id(SOKHA), at(13), at(17), "LAB-PC-07", clock=team.clock)
    panel = open_panel()
    assert [r[2] for r in rows(panel.week_table)] == [AMINA, SOKHA]

    panel.week_table.setFocus()
    qtbot.keyClick(panel.week_table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.week_table, Qt.Key.Key_Down)
    selected = panel.selected_shift()
    assert selected is not None and selected.worker_name == SOKHA
    qtbot.keyClick(panel.week_table, Qt.Key.Key_Delete)  # asks
    box = panel.confirm
    assert box is not None and box.isVisible()
    assert box.text() == "Cancel Sokha Chan's shift on Tuesday 24 November, 13:00–17:00, at seat LAB-PC-07?"
    assert box.defaultButton() is box.no_button
    box.no_button.click()  # keep it
    assert [r[2] for r in rows(panel.week_table)] == [AMINA, SOKHA]

    box = panel.cancel_selected()
    assert box is not None
    with qtbot.waitSignal(panel.changed):
        box.yes_button.click()
    assert rows(panel.week_table) == [["Tue 24 Nov", "08:00–12:00", AMINA, "LAB-PC-07", SUPERVISOR]]
    assert panel.message.text() == "Cancelled: Sokha Chan's shift, 13:00–17:00."
    assert [s.worker_name for s in shifts.planned_shifts(store, supervisor, dt.date(2026, 11, 24),
                                                         dt.date(2026, 11, 24), tz=LAB_TZ, clock=team.clock)] == [AMINA]


def test_the_week_buttons_move_the_list(qtbot: QtBot, team: Team, open_panel: Callable[[], ShiftsPanel]):
    store, supervisor = team.ws.store, team.sessions[SUPERVISOR]
    shifts.plan_shift(store, supervisor, team.id(AMINA), at(8), at(12), "LAB-PC-07", clock=team.clock)
    shifts.plan_shift(store, supervisor, team.id(SOKHA), at(9, day=1).replace(month=12), at(13, day=1)
                      .replace(month=12), "LAB-PC-02", clock=team.clock)
    shifts.plan_shift(store, supervisor, team.id(AMINA), at(14, day=20), at(18, day=20), "LAB-PC-07",
                      clock=team.clock)
    panel = open_panel()
    assert [r[:3] for r in rows(panel.week_table)] == [["Tue 24 Nov", "08:00–12:00", AMINA]]
    assert not panel.this_week_button.isEnabled()

    with qtbot.waitSignal(panel.refreshed):
        panel.next_button.click()
    assert panel.week_label.text() == "Week of 30 November 2026"
    assert [r[:3] for r in rows(panel.week_table)] == [["Tue 1 Dec", "09:00–13:00", SOKHA]]
    assert panel.this_week_button.isEnabled()

    panel.previous_button.click()
    panel.previous_button.click()
    assert panel.week_label.text() == "Week of 16 November 2026"
    assert [r[:3] for r in rows(panel.week_table)] == [["Fri 20 Nov", "14:00–18:00", AMINA]]
    dialog = panel.plan_shift_dialog()
    assert dialog is not None and dialog.day.date().toPython() == dt.date(2026, 11, 16), "the week shown"
    dialog.reject()

    activate(qtbot, panel)
    with qtbot.waitSignal(panel.refreshed):
        qtbot.keyClick(panel, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # This &week
    assert panel.week_label.text() == "Week of 23 November 2026 (this week)"
    assert len(rows(panel.week_table)) == 1


def test_a_workers_session_cannot_open_the_panel(team: Team):
    with pytest.raises(NotAllowed):
        ShiftsPanel(team.ws, team.sessions[AMINA], tz=LAB_TZ)


def test_a_locked_session_is_handed_back_and_the_dialog_closes(qtbot: QtBot, team: Team,
                                                               open_panel: Callable[[], ShiftsPanel]):
    panel = open_panel()
    dialog = panel.plan_shift_dialog()
    assert dialog is not None
    fill(dialog, team.id(AMINA), (8, 0), (12, 0), "LAB-PC-07")
    login.lock(team.ws.store, team.sessions[SUPERVISOR], clock=team.clock)
    with qtbot.waitSignal(panel.session_lost) as lost:
        dialog.ok_button.click()
    assert isinstance(lost.args[0], SessionLockedError)
    assert not dialog.isVisible()
    assert not panel.plan_button.isEnabled()

    supervisor = login.login(team.ws.store, SUPERVISOR, PIN, clock=team.clock)  # at the lock screen
    assert shifts.planned_shifts(team.ws.store, supervisor, dt.date(2026, 11, 23), dt.date(2026, 11, 29),
                                 tz=LAB_TZ, clock=team.clock) == [], "nothing was planned"
    with qtbot.waitSignal(panel.refreshed):
        panel.use_session(supervisor)
    assert panel.plan_button.isEnabled()


def test_every_control_has_a_name(team: Team, open_panel: Callable[[], ShiftsPanel]):
    panel = open_panel()
    dialog = panel.plan_shift_dialog()
    assert dialog is not None
    panel.select_shift("none")
    controls = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QTableWidget)
    for root in (panel, dialog):
        for widget in root.findChildren(QWidget):
            if isinstance(widget, controls) and not widget.objectName().startswith("qt_"):
                assert widget.objectName() and widget.accessibleName(), (type(widget).__name__, widget.objectName())
