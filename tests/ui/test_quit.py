"""Quitting by keyboard: Ctrl+Q works with no window manager (a kiosk has no close button), and a
worker who is clocked in is asked whether to clock out first. Real widgets, offscreen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from labclient.people import login, timesheet
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.ui import key, start_as


def answer(qtbot: QtBot, window: MainWindow, button: str) -> None:
    box = window.quit_question
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)


def test_ctrl_q_asks_a_clocked_in_worker_and_clocks_her_out(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                            loaded: Callable[[str], Workspace],
                                                            clock: FakeClock) -> None:
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")

    key(qtbot, window, "Ctrl+Q")
    box = window.quit_question
    assert box is not None and "Amina Njeri is still clocked in" in box.text()
    assert box.defaultButton().objectName() == "quitClockOut"
    answer(qtbot, window, "quitCancel")
    assert window.isVisible() and window.quit_question is None, "she goes on working"

    key(qtbot, window, "Ctrl+Q")
    answer(qtbot, window, "quitClockOut")
    qtbot.waitUntil(lambda: not window.isVisible())
    worker = next(w for w in ws.workers() if w.name == "Amina Njeri")
    again = login.login(ws.store, "Amina Njeri", "1234", clock=clock)
    assert not timesheet.status(ws.store, again, worker.id, clock=clock).clocked_in, "clocked out, then quit"


def test_she_may_quit_and_stay_clocked_in(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                          loaded: Callable[[str], Workspace], clock: FakeClock) -> None:
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    key(qtbot, window, "Ctrl+Q")
    answer(qtbot, window, "quitStayClockedIn")
    qtbot.waitUntil(lambda: not window.isVisible())
    session = login.login(ws.store, "Amina Njeri", "1234", clock=clock)
    assert timesheet.status(ws.store, session, clock=clock).clocked_in


def test_ctrl_q_on_the_login_screen_quits_at_once(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                  loaded: Callable[[str], Workspace]) -> None:
    window = open_window(loaded("tagging"))
    assert QApplication.activeWindow() is window
    key(qtbot, window, "Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.quit_question is None
