"""A first-day worker's walk by keyboard only: choose the work, submit off the clock and clock in
when asked, take an answer back, and quit clocking out; after each dialog the keyboard is back in
the window (a kiosk has no window manager to give it back). Real widgets, offscreen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.people import login, timesheet
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.projects import two_projects
from tests.helpers.ui import key, start_as
from tests.logins import PIN


def keyboard_back(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_a_day_by_keyboard(qtbot: QtBot, open_window: Callable[..., MainWindow], ws: Workspace, tmp_path: Path,
                           clock: FakeClock) -> None:
    two_projects(ws, tmp_path, clock)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri", clock_in=False)
    screen = window.work_screen

    # the work: the pictures, not the forms the queue starts with
    key(qtbot, window, "Ctrl+P")
    box = screen.project_box
    box.hidePopup()
    with qtbot.waitSignal(screen.task_shown):
        qtbot.keyClick(box, Qt.Key.Key_End)
    assert screen.task is not None and screen.task.batch_id == "b-pictures"

    # off the clock: asked once, Enter clocks her in
    screen.views["tagging"].focus_first()
    key(qtbot, window, "1")
    with qtbot.waitSignal(screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    offer = screen.clock_in_offer
    assert offer is not None
    with qtbot.waitSignal(screen.bar.acted):
        qtbot.keyClick(offer, Qt.Key.Key_Return)
    assert screen.bar.status is not None and screen.bar.status.clocked_in
    keyboard_back(qtbot, window)

    # a mistaken Ctrl+Enter, taken back
    answered = screen.task
    assert answered is not None
    screen.views["tagging"].focus_first()
    key(qtbot, window, "2")
    with qtbot.waitSignal(screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    with qtbot.waitSignal(screen.undone):
        key(qtbot, window, "Ctrl+Shift+Backspace")
    assert screen.task is not None and screen.task.key == answered.key
    assert screen.views["tagging"].content() == {"labels": ["dog"]}

    # the end of the day: Ctrl+Q, and Enter clocks her out and quits
    key(qtbot, window, "Ctrl+Q")
    question = window.quit_question
    assert question is not None
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.isVisible())
    again = login.login(ws.store, "Amina Njeri", PIN, clock=clock)
    assert not timesheet.status(ws.store, again, clock=clock).clocked_in
    assert [r["action"] for r in ws.results(again)] == ["submit"], "the answer taken back is gone"
