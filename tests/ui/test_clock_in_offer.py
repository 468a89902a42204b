"""Work while not clocked in is not accepted silently: after her first submit off the clock the
worker is asked whether to clock in now, once per login; the result is stored either way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.ui import key, start_as


def submit(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.work_screen
    screen.views["tagging"].focus_first()
    key(qtbot, window, "1")
    with qtbot.waitSignal(screen.submitted):
        key(qtbot, window, "Ctrl+Return")


def test_the_first_submit_off_the_clock_offers_to_clock_in(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                           loaded: Callable[[str], Workspace]) -> None:
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri", clock_in=False)
    submit(qtbot, window)
    offer = window.work_screen.clock_in_offer
    assert offer is not None and offer.isVisible()
    assert "not on the clock" in offer.text() and "Ctrl+Shift+T" in offer.text()
    assert len(ws.store.read().execute("SELECT id FROM results").fetchall()) == 1, "stored whatever she answers"

    with qtbot.waitSignal(window.work_screen.bar.acted):
        qtbot.mouseClick(offer.findChild(QPushButton, "offerClockInYes"), Qt.MouseButton.LeftButton)
    bar = window.work_screen.bar
    assert bar.status is not None and bar.status.clocked_in
    submit(qtbot, window)
    assert window.work_screen.clock_in_offer is None, "clocked in: nothing to ask"


def test_not_now_is_asked_once_per_login(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                         loaded: Callable[[str], Workspace]) -> None:
    window = open_window(loaded("tagging"))
    start_as(qtbot, window, "Amina Njeri", clock_in=False)
    submit(qtbot, window)
    offer = window.work_screen.clock_in_offer
    assert offer is not None
    qtbot.mouseClick(offer.findChild(QPushButton, "offerClockInNo"), Qt.MouseButton.LeftButton)
    submit(qtbot, window)
    assert window.work_screen.clock_in_offer is None, "she said not now: not asked again this login"
    bar = window.work_screen.bar
    assert bar.status is not None and not bar.status.clocked_in



def test_ctrl_shift_backspace_takes_back_the_last_answer(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                         loaded: Callable[[str], Workspace]) -> None:
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    assert not screen.undo_button.isVisible(), "nothing to take back yet"
    first = screen.task
    assert first is not None
    submit(qtbot, window)
    assert screen.undo_button.isVisible() and screen.task is not None and screen.task.key != first.key

    with qtbot.waitSignal(screen.undone):
        key(qtbot, window, "Ctrl+Shift+Backspace")
    assert screen.task is not None and screen.task.key == first.key, "back on the task she answered"
    assert screen.views["tagging"].content() == {"labels": ["cat"]}, "with what she gave"
    assert "taken back" in screen.banner.text() and not screen.undo_button.isVisible()
    assert ws.store.read().execute("SELECT count(*) FROM results").fetchone()[0] == 0, "as if never stored"
