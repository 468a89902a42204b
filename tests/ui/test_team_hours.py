"""The supervisor's Hours panel: the week's hours per worker, flags, corrections, approval and
the payroll export, on a real store with time from the fake people clock.

The lab: Joseph Okello (supervisor), Amina Njeri and Sokha Chan (workers). On Tuesday 24 Nov 2026
from 08:00 (lab time, UTC+2) Amina works two hours with 6 active minutes in every 10, Sokha an
hour and a half with 3 in every 10. The panel reads the week on a worker thread; each test waits
for ``refreshed`` before it looks.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from labclient.errors import NotAllowed
from labclient.people import login, timesheet
from labclient.ui.correction_dialog import CorrectionDialog
from labclient.ui.team_hours import (
    ACCURACY,
    ACTIVE,
    APPROVAL,
    CLOCKED,
    FLAGS,
    PER_HOUR,
    RESULTS,
    REVIEWS,
    WHAT,
    WORKER,
    HoursPanel,
)
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.clock import LAB_TZ, FakeClock
from tests.helpers.team_hours import AMINA, MINUTE, SOKHA, SUPERVISOR, TUESDAY, Team, flag_rows, rows
from tests.logins import give_pins, log_in


@pytest.fixture
def team(ws: Workspace, clock: FakeClock) -> Team:
    give_pins(ws, {SUPERVISOR: "supervisor", AMINA: "worker", SOKHA: "worker"})
    sessions = {name: log_in(ws, name, clock=clock) for name in (SUPERVISOR, AMINA, SOKHA)}
    worked = Team(ws, clock, sessions)
    worked.shift({AMINA: (120, 6), SOKHA: (90, 3)})
    return worked


@pytest.fixture
def panel(qtbot: QtBot, team: Team) -> Iterator[HoursPanel]:
    """The supervisor's panel, 1366x768, with the week read."""
    hours = HoursPanel(team.ws, team.sessions[SUPERVISOR], tz=LAB_TZ)
    qtbot.addWidget(hours)
    hours.resize(1366, 768)
    hours.show()
    with qtbot.waitSignal(hours.refreshed):
        pass  # the first read started in the constructor
    yield hours


def select(qtbot: QtBot, panel: HoursPanel, name: str) -> None:
    """Click the worker's name in the table."""
    for r in range(panel.table.rowCount()):
        item = panel.table.item(r, WORKER)
        if item is not None and item.text() == name:
            rect = panel.table.visualItemRect(item)
            qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{name} is not in the table")


def approve(qtbot: QtBot, panel: HoursPanel, name: str) -> QMessageBox:
    """Select ``name``, press Approve week and answer the question with Approve; the box."""
    select(qtbot, panel, name)
    box = panel.approve_selected()
    assert box is not None and box.isVisible()
    return box


def correct(qtbot: QtBot, panel: HoursPanel, name: str, *, hours: int = 0, minutes: int = 0, reason: str,
            take_away: bool = False) -> CorrectionDialog:
    """Select ``name``, open the correction dialog and fill in clocked time and the reason by keyboard."""
    select(qtbot, panel, name)
    dialog = panel.correct_selected()
    assert dialog is not None and dialog.isVisible()
    if take_away:
        dialog.clocked_sign.setCurrentIndex(1)
    dialog.clocked_hours.setValue(hours)
    dialog.clocked_minutes.setValue(minutes)
    qtbot.keyClicks(dialog.reason, reason)
    return dialog


def test_the_week_shows_each_workers_hours(panel: HoursPanel) -> None:
    assert panel.week_label.text() == "Week of 23 Nov – 29 Nov 2026"
    assert rows(panel) == {
        AMINA: [AMINA, "2:00", "1:12", "0", "0.0", "—", "—", "0", "Not approved"],
        SUPERVISOR + " (you)": [SUPERVISOR + " (you)", "0:00", "0:00", "0", "—", "—", "—", "0", "Not approved"],
        SOKHA: [SOKHA, "1:30", "0:27", "0", "0.0", "—", "—", "0", "Not approved"],
    }
    assert panel.flags_caption.text() == "No flags this week.", "everyone's, until the supervisor picks a row"
    assert not panel.this_week_button.isEnabled() and not panel.next_button.isEnabled()
    assert panel.table.currentRow() == 0 and panel.selected_hours() is not None, "the first row is chosen"
    assert panel.correct_button.isEnabled() and panel.approve_button.isEnabled()
    assert panel.focusProxy() is panel.table, "the Hours tab puts the keyboard in the table"


def test_results_and_results_per_active_hour(qtbot: QtBot, panel: HoursPanel, team: Team,
                                             bundles: dict[str, Path]) -> None:
    team.ws.import_bundle(bundles["tagging"])
    amina = team.sessions[AMINA]
    for _ in range(3):
        task = team.ws.next_task(amina)
        assert task is not None
        team.ws.submit(amina, task.key, {"labels": ["cat"]})
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    assert rows(panel)[AMINA][RESULTS:PER_HOUR + 1] == ["3", "2.5"]  # 3 results in 1 h 12 min active


def test_accuracy_on_checked_tasks_and_too_fast_submits_are_shown(qtbot: QtBot, panel: HoursPanel, team: Team,
                                                                   tmp_path: Path) -> None:
    """The supervisor sees how right each worker was on the week's gold tasks (practice left
    out) and which results came faster than the work can be done."""
    team.ws.import_bundle(make_bundle(tmp_path / "gold", "tagging", 6, training=1, gold=2))
    amina = team.sessions[AMINA]
    answers = [(["cat"], 30_000), (["cat"], 30_000), (["dog"], 30_000), (["dog"], 400), (["dog"], 300)]
    for labels, active_ms in answers:  # practice, two gold (right, wrong), then two production in under 1 s
        task = team.ws.next_task(amina)
        assert task is not None
        team.ws.submit(amina, task.key, {"labels": labels}, active_ms=active_ms)
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    mine = rows(panel)[AMINA]
    assert mine[ACCURACY] == "50% of 2", "one of two checked tasks right; the practice task does not count"
    assert mine[RESULTS] == "4, 2 too fast"
    assert rows(panel)[SOKHA][ACCURACY] == "—"
    row = list(rows(panel)).index(AMINA)
    results = panel.table.item(row, RESULTS)
    assert results is not None and "faster than the work can be done" in results.toolTip()
    panel.table.setCurrentCell(row, WORKER)
    flags = [panel.flags_table.item(r, WHAT).text()  # type: ignore[union-attr]
             for r in range(panel.flags_table.rowCount())]
    assert any("submitted 2 results" in f and "faster than the work can be done" in f for f in flags), flags
    panel.grab().save(str(tmp_path / "hours.png"))


def test_a_worker_under_the_pass_mark_on_gold_is_highlighted_with_the_reason(qtbot: QtBot, panel: HoursPanel,
                                                                            team: Team, tmp_path: Path) -> None:
    team.ws.import_bundle(make_bundle(tmp_path / "gold", "tagging", 4, gold=3))
    amina = team.sessions[AMINA]
    for labels in (["cat"], ["dog"], ["dog"]):  # three gold tasks (right: cat): one right, two wrong
        task = team.ws.next_task(amina)
        assert task is not None
        team.ws.submit(amina, task.key, {"labels": labels}, active_ms=30_000)
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()

    assert rows(panel)[AMINA][ACCURACY] == "33% of 3, under the pass mark"
    cell = panel.table.item(list(rows(panel)).index(AMINA), ACCURACY)
    assert cell is not None and cell.font().bold()
    assert "Under the pass mark: a mean score of 33.3% on 3 checked tasks this week, where 75% is needed" \
        in cell.toolTip()


def test_the_reviewed_column_counts_the_weeks_reviewed_answers_by_their_latest_review(
        qtbot: QtBot, panel: HoursPanel, team: Team, tmp_path: Path) -> None:
    team.ws.import_bundle(make_bundle(tmp_path / "work", "tagging", 3))
    amina, boss = team.sessions[AMINA], team.sessions[SUPERVISOR]
    answers = []
    for _ in range(3):
        task = team.ws.next_task(amina)
        assert task is not None
        answers.append(team.ws.submit(amina, task.key, {"labels": ["cat"]}, active_ms=30_000))
    team.ws.review(boss, answers[0], "accepted")
    team.ws.review(boss, answers[1], "accepted")
    team.clock.advance(minutes=1)
    team.ws.review(boss, answers[1], "corrected", {"labels": ["dog"]}, "A dog, not a cat")
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()

    assert rows(panel)[AMINA][REVIEWS] == "1 of 2 accepted", "the second answer's latest review corrected it"
    assert rows(panel)[SOKHA][REVIEWS] == "—"


def test_two_checked_tasks_say_too_little_to_mark_anyone(qtbot: QtBot, panel: HoursPanel, team: Team,
                                                        tmp_path: Path) -> None:
    team.ws.import_bundle(make_bundle(tmp_path / "gold", "tagging", 3, gold=2))
    amina = team.sessions[AMINA]
    for _ in range(2):
        task = team.ws.next_task(amina)
        assert task is not None
        team.ws.submit(amina, task.key, {"labels": ["dog"]}, active_ms=30_000)
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    assert rows(panel)[AMINA][ACCURACY] == "0% of 2"


def test_previous_and_next_week_move_the_range_and_the_table(qtbot: QtBot, panel: HoursPanel) -> None:
    assert panel.previous_button.shortcut() == QKeySequence("Alt+P")
    assert panel.next_button.shortcut() == QKeySequence("Alt+N")
    with qtbot.waitSignal(panel.refreshed):
        panel.previous_button.click()
    assert panel.week_label.text() == "Week of 16 Nov – 22 Nov 2026"
    assert (panel.first_day, panel.last_day) == (dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    assert {name: cells[CLOCKED] for name, cells in rows(panel).items()} == {
        AMINA: "0:00", SUPERVISOR + " (you)": "0:00", SOKHA: "0:00"}
    assert panel.next_button.isEnabled() and panel.this_week_button.isEnabled()

    with qtbot.waitSignal(panel.refreshed):
        panel.next_button.click()
    assert panel.week_label.text() == "Week of 23 Nov – 29 Nov 2026"
    assert rows(panel)[AMINA][CLOCKED] == "2:00"
    assert not panel.next_button.isEnabled()

    with qtbot.waitSignal(panel.refreshed):
        panel.show_week(dt.date(2026, 12, 31))  # a week across the new year
    assert panel.week_label.text() == "Week of 28 Dec 2026 – 3 Jan 2027"
    with qtbot.waitSignal(panel.refreshed):
        panel.this_week_button.click()
    assert panel.week_label.text() == "Week of 23 Nov – 29 Nov 2026"


def test_a_correction_with_a_reason_changes_the_clocked_time(qtbot: QtBot, panel: HoursPanel, team: Team) -> None:
    dialog = correct(qtbot, panel, AMINA, hours=1, reason="")
    assert dialog.day.currentText() == "Tuesday 24 November 2026"  # today; later days are not offered
    assert dialog.day.count() == 2
    assert dialog.day_now.text() == "That day now: 2:00 clocked, 1:12 active"
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Write the reason for this correction."
    qtbot.keyClicks(dialog.reason, "   ")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter does nothing without a reason
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()

    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, "Forgot to clock in at 07:00")
    assert dialog.ok_button.isEnabled() and not dialog.hint.isVisible()
    with qtbot.waitSignal(panel.changed), qtbot.waitSignal(panel.refreshed):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert rows(panel)[AMINA][CLOCKED] == "3:00"
    assert rows(panel)[AMINA][ACTIVE] == "1:12"
    assert panel.message.text() == "Corrected Amina Njeri's time on Tue 24 Nov: +1:00 clocked, 0:00 active."
    [made] = timesheet.hours(team.store, team.sessions[SUPERVISOR], TUESDAY, TUESDAY, team.id(AMINA),
                             tz=LAB_TZ, clock=team.clock).corrections
    assert (made.clocked_ms, made.reason, made.by_name) == (60 * MINUTE, "Forgot to clock in at 07:00", SUPERVISOR)


def test_a_correction_without_time_or_reason_cannot_be_saved(qtbot: QtBot, panel: HoursPanel, team: Team) -> None:
    dialog = correct(qtbot, panel, SOKHA, reason="Left early")
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Enter the hours or minutes to add or take away."
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog = correct(qtbot, panel, SOKHA, minutes=30, reason="Left early, still clocked", take_away=True)
    assert dialog.correction() == (TUESDAY, -30 * MINUTE, 0, "Left early, still clocked")
    with qtbot.waitSignal(panel.refreshed):
        dialog.ok_button.click()
    assert rows(panel)[SOKHA][CLOCKED] == "1:00"


def test_approving_a_week_and_a_later_correction(qtbot: QtBot, panel: HoursPanel, team: Team) -> None:
    box = approve(qtbot, panel, SOKHA)
    assert box.text().replace("\u00a0", " ") == "Approve Sokha Chan's hours for the week of 23 Nov – 29 Nov 2026?"
    assert box.informativeText().splitlines()[:2] == ["Clocked 1:30, active 0:27, 0 results.", "No flags."]
    with qtbot.waitSignal(panel.changed), qtbot.waitSignal(panel.refreshed):
        box.button(QMessageBox.StandardButton.Ok).click()
    assert rows(panel)[SOKHA][APPROVAL] == "Approved by Joseph Okello, 24 Nov 2026"
    assert panel.message.text() == "Approved Sokha Chan's week: 1:30 clocked, 0:27 active."
    assert rows(panel)[AMINA][APPROVAL] == "Not approved"

    dialog = correct(qtbot, panel, SOKHA, minutes=15, reason="Stayed to tidy the lab")
    with qtbot.waitSignal(panel.refreshed):
        dialog.ok_button.click()
    assert rows(panel)[SOKHA][CLOCKED] == "1:45"
    assert rows(panel)[SOKHA][APPROVAL] == "Changed since approval: approve again"
    item = panel.table.item(panel.table.currentRow(), APPROVAL)
    assert item is not None and item.font().bold()
    assert "Approved by Joseph Okello, 24 Nov 2026: 1:30 clocked" in item.toolTip()


def test_cancelling_the_question_approves_nothing(qtbot: QtBot, panel: HoursPanel, team: Team) -> None:
    box = approve(qtbot, panel, AMINA)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert team.store.read().execute("SELECT count(*) FROM time_events WHERE type = 'approval'").fetchone()[0] == 0
    assert rows(panel)[AMINA][APPROVAL] == "Not approved"


def test_approving_a_worker_still_clocked_in_today_shows_the_refusal(qtbot: QtBot, panel: HoursPanel,
                                                                    team: Team) -> None:
    timesheet.clock_in(team.store, team.sessions[AMINA], clock=team.clock)
    select(qtbot, panel, AMINA)
    assert panel.approve_selected() is None, "said before asking: nothing to confirm"
    assert panel.message.text() == ("Amina Njeri is still clocked in, so this week cannot be approved yet: her shift "
                                    "has no end. Ask her to clock out, then approve; or approve the week once it is "
                                    "over.")
    assert panel.message.isVisible() and panel.approve_button.isEnabled()
    assert team.store.read().execute("SELECT count(*) FROM time_events WHERE type = 'approval'").fetchone()[0] == 0


def test_the_supervisors_own_row_cannot_be_corrected_or_approved(qtbot: QtBot, panel: HoursPanel) -> None:
    select(qtbot, panel, SUPERVISOR + " (you)")
    assert not panel.correct_button.isEnabled() and not panel.approve_button.isEnabled()
    assert panel.correct_button.toolTip().startswith("You cannot correct your own timesheet.")
    assert panel.approve_button.toolTip().startswith("You cannot approve your own timesheet.")
    assert panel.correct_selected() is None and panel.approve_selected() is None
    select(qtbot, panel, AMINA)
    assert panel.correct_button.isEnabled() and panel.approve_button.isEnabled()


def test_the_payroll_export_holds_the_approved_hours(qtbot: QtBot, panel: HoursPanel, team: Team,
                                                     tmp_path: Path) -> None:
    box = approve(qtbot, panel, AMINA)
    with qtbot.waitSignal(panel.refreshed):
        box.button(QMessageBox.StandardButton.Ok).click()
    target = tmp_path / "pay.csv"

    assert panel.export_to(target) == 1

    shown = rows(panel)
    exported = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["worker_name"], r["first_day"], r["last_day"], r["approved_hours"], r["approved_active_hours"],
             r["approved_by"], r["changed_since_approval"]) for r in exported] == [
        (AMINA, "2026-11-23", "2026-11-29", "2.00", "1.20", SUPERVISOR, "no")]
    assert shown[AMINA][CLOCKED] == "2:00" and shown[AMINA][ACTIVE] == "1:12"
    assert panel.message.text() == f"Saved 1 row to {target}. The file holds approved hours only."
    assert "approved hours" in panel.export_button.toolTip()


def test_the_export_dialog_suggests_a_name_and_writes_in_the_background(qtbot: QtBot, panel: HoursPanel,
                                                                       tmp_path: Path) -> None:
    dialog = panel.export_payroll()
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert Path(dialog.selectedFiles()[0]).name == "payroll-2026-11-23-to-2026-11-29.csv"
    target = tmp_path / "week.csv"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(panel.exported) as done:
        dialog.accept()
    assert done.args == [0]
    assert target.read_text(encoding="utf-8").startswith("worker_id,worker_name,first_day,last_day,")
    assert panel.message.text().startswith(f"Saved {target}, but nobody's hours in this week are approved yet")


def test_the_weeks_flags_are_listed_and_follow_the_selected_worker(qtbot: QtBot, panel: HoursPanel,
                                                                  team: Team) -> None:
    timesheet.clock_in(team.store, team.sessions[SOKHA], clock=team.clock)
    team.pass_time(10)
    timesheet.record_activity(team.store, team.sessions[SOKHA], 25 * MINUTE, clock=team.clock)  # more than passed
    timesheet.clock_out(team.store, team.sessions[SOKHA], clock=team.clock)
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    assert rows(panel)[SOKHA][FLAGS] == "1"
    [(day, who, what)] = flag_rows(panel)
    assert (day, who) == ("Tue 24 Nov", SOKHA) and what.startswith("Sokha Chan reported 25 min")
    assert panel.flags_caption.text() == "Flags this week, everyone: 1"

    select(qtbot, panel, AMINA)
    assert flag_rows(panel) == []
    assert panel.flags_caption.text() == "No flags for Amina Njeri this week."
    panel.show_all_flags.click()
    assert len(flag_rows(panel)) == 1
    panel.show_all_flags.click()
    select(qtbot, panel, SOKHA)
    assert panel.flags_caption.text() == "Flags for Sokha Chan this week: 1"
    box = panel.approve_selected()
    assert box is not None
    assert "Flags to look at first: 1." in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_a_damaged_record_is_flagged_and_cannot_be_approved(qtbot: QtBot, panel: HoursPanel, team: Team) -> None:
    conn: sqlite3.Connection = team.store.read()
    conn.execute("DROP TRIGGER IF EXISTS time_events_never_edited")
    conn.execute("UPDATE time_events SET payload = '{\"active_ms\":3600000,\"task\":null}' WHERE n = 3")
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    assert flag_rows(panel)[0][:2] == ["—", "Whole record"]
    box = approve(qtbot, panel, AMINA)
    with qtbot.waitSignal(panel.problem):
        box.button(QMessageBox.StandardButton.Ok).click()
    assert panel.message.text().startswith("The timesheet record on this workstation has been tampered with or damaged")


def test_a_workers_session_cannot_open_the_panel(team: Team) -> None:
    with pytest.raises(NotAllowed):
        HoursPanel(team.ws, team.sessions[AMINA], tz=LAB_TZ)


def test_a_session_that_ended_is_handed_on(qtbot: QtBot, panel: HoursPanel, team: Team) -> None:
    login.logout(team.store, team.sessions[SUPERVISOR], clock=team.clock)
    with qtbot.waitSignal(panel.session_lost) as lost:
        panel.refresh()
    assert isinstance(lost.args[0], NotAllowed)
    assert not panel.correct_button.isEnabled() and not panel.export_button.isEnabled()


def test_hours_on_screen_round_as_the_export_does() -> None:
    from labclient.people.payroll import _hours
    from labclient.ui.correction_dialog import hm

    ms = 8 * 60_000 + 40_000  # 8 min 40 s: the export says 0.14 h (8.4 min) and the hub 0:09
    assert hm(ms) == "0:09", "the screen showed 0:08 beside the export's and the hub's 0:09"
    assert _hours(ms) == "0.14" and hm(7 * 60 * 60_000 + 29_000) == "7:00"
