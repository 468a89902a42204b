"""Every screen fits a 1366×768 lab monitor, left-to-right and right-to-left, and is named for screen readers.

For the login screen, the first-admin form, the empty work screen, the work screen with each kind
of task (audio and document transcription, tagging, data entry; with the instructions hidden and
shown; its timesheet bar clocked out, clocked in and on a break), the reason dialog, the "Are you
still working?" prompt and the admin's login for the admin screen, every visible interactive widget

- has an object name (tests, styles) and an accessible name (what a screen reader says), and
- lies entirely inside its window, which itself is no larger than 1366×768, and no button is
  squeezed narrower than its text: nothing is cut off.

The same checks run with the application's layout direction right-to-left, where the action row is
mirrored: Submit sits left of Flag.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)
from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.layout import interactive_widgets, problems, settle
from tests.helpers.ui import key, start_as
from tests.logins import add_legacy_worker, give_pins

Opener = Callable[[Workspace], MainWindow]

KINDS = ["audio", "document", "tagging", "data_entry", "translation", "boxes", "captioning", "video",
         "captioning_video"]


@pytest.fixture(params=[Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft], ids=["ltr", "rtl"])
def direction(request: pytest.FixtureRequest) -> Iterator[Qt.LayoutDirection]:
    """The application's layout direction for the test; left-to-right again afterwards."""
    value: Qt.LayoutDirection = request.param
    QApplication.setLayoutDirection(value)
    yield value
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def check_action_row(window: MainWindow, direction: Qt.LayoutDirection) -> None:
    screen = window.work_screen
    submit_x = screen.submit_button.mapTo(window, QPoint(0, 0)).x()
    flag_x = screen.flag_button.mapTo(window, QPoint(0, 0)).x()
    if direction == Qt.LayoutDirection.RightToLeft:
        assert submit_x < flag_x, "in right-to-left the action row is mirrored: Submit left of Flag"
    else:
        assert submit_x > flag_x


def left(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_login_screen(qtbot: QtBot, direction: Qt.LayoutDirection, open_window: Opener,
                      loaded: Callable[[str], Workspace]):
    window = open_window(loaded("tagging"))
    screen = window.login_screen
    screen.say("That PIN is not right for Amina Njeri. Tries left before the account locks for a while: 4.")
    settle(qtbot, window)
    assert window.layoutDirection() == direction
    assert problems(window) == []
    assert {screen.list, screen.pin, screen.login_button} <= set(interactive_widgets(window))
    assert not screen.setup_offer.isVisible(), "the hub's roster is in charge: no first admin here"
    if direction == Qt.LayoutDirection.RightToLeft:  # "Log in" sits left of the PIN it sends
        assert left(screen.login_button) < left(screen.pin)
    else:
        assert left(screen.login_button) > left(screen.pin)


def test_first_admin_form(qtbot: QtBot, direction: Qt.LayoutDirection, open_window: Opener, ws: Workspace):
    add_legacy_worker(ws, "Amina Njeri")  # a worker from before logins: no PIN, no admin yet
    window = open_window(ws)
    screen = window.login_screen
    assert screen.setup_offer.isVisible()
    settle(qtbot, window)
    assert problems(window) == []
    key(qtbot, window, "Ctrl+N")
    assert screen.pages.currentWidget() is screen.setup_page
    screen.setup_message.setText("The two PINs are not the same. Type the PIN twice again.")
    settle(qtbot, window)
    shown = interactive_widgets(window)
    assert {screen.admin_name, screen.admin_pin, screen.admin_pin_again, screen.setup_button,
            screen.back_button} <= set(shown)
    assert problems(window) == []
    if direction == Qt.LayoutDirection.RightToLeft:
        assert left(screen.setup_button) < left(screen.back_button)


def test_empty_work_screen(qtbot: QtBot, direction: Qt.LayoutDirection, open_window: Opener, ws: Workspace):
    add_legacy_worker(ws, "Amina Njeri")
    give_pins(ws)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    settle(qtbot, window)
    assert window.work_screen.import_button in interactive_widgets(window)
    assert problems(window) == []
    check_action_row(window, direction)


@pytest.mark.slow
@pytest.mark.parametrize("instructions", [False, True], ids=["task", "with-instructions"])
@pytest.mark.parametrize("kind", KINDS)
def test_work_screen(qtbot: QtBot, direction: Qt.LayoutDirection, open_window: Opener,
                     loaded: Callable[[str], Workspace], kind: str, instructions: bool):
    window = open_window(loaded(kind))
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    if instructions:
        key(qtbot, window, "F1")
        assert screen.instructions.isVisible()
    assert screen.task is not None
    view = screen.views[screen.task.kind]
    player = getattr(view, "player", None)
    if player is not None and player.isVisible():
        # Let the clip finish loading (a video: its first picture), so that closing the window does not
        # interrupt it.
        loaded_now = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
        qtbot.waitUntil(lambda: player.player.mediaStatus() in loaded_now)
        if player.video.isVisible():
            qtbot.waitUntil(player.video.has_frame)
    settle(qtbot, window)
    assert screen.stack.currentWidget() is view
    shown = interactive_widgets(window)
    assert {screen.submit_button, screen.skip_button, screen.flag_button, screen.help_button,
            screen.switch_button, screen.bar.clock_button, screen.bar.break_button} <= set(shown)
    assert any(view.isAncestorOf(w) for w in shown)
    assert problems(window) == []
    check_action_row(window, direction)


def test_reason_dialog(qtbot: QtBot, direction: Qt.LayoutDirection, open_window: Opener,
                       loaded: Callable[[str], Workspace]):
    window = open_window(loaded("tagging"))
    start_as(qtbot, window, "Amina Njeri")
    key(qtbot, window, "Ctrl+Shift+B")
    dialog = window.work_screen._dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    settle(qtbot, dialog)
    assert dialog.layoutDirection() == direction
    shown = interactive_widgets(dialog)
    assert {dialog.combo} <= set(shown)
    assert {w.objectName() for w in shown} >= {"reasonChoice", "reasonOk", "reasonCancel"}
    assert problems(dialog) == []
    # The dialog is inside the main window's screen area too.
    top_left = dialog.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    assert window.rect().contains(QRect(top_left, dialog.size()))
    key(qtbot, window, "Esc")
    qtbot.waitUntil(lambda: window.work_screen._dialog is None)


@pytest.mark.parametrize("state", ["clocked-out", "clocked-in", "on-break"])
def test_timesheet_bar(qtbot: QtBot, direction: Qt.LayoutDirection, open_window: Opener,
                       loaded: Callable[[str], Workspace], state: str):
    window = open_window(loaded("data_entry"))
    start_as(qtbot, window, "Amina Njeri", clock_in=state != "clocked-out")
    bar = window.work_screen.bar
    if state == "on-break":
        key(qtbot, window, "Ctrl+Shift+P")
    settle(qtbot, window)
    assert {bar.clock_button, bar.break_button} <= set(interactive_widgets(window))
    assert problems(window) == []
    assert bar.state_label.width() > 300, "the sentence about the time has room"
    assert bar.state_label.heightForWidth(bar.state_label.width()) <= bar.state_label.height()
    if direction == Qt.LayoutDirection.RightToLeft:  # the buttons sit at the start of the line: the left
        assert left(bar.clock_button) < left(bar.state_label)
    else:
        assert left(bar.clock_button) > left(bar.state_label)


def test_idle_prompt(qtbot: QtBot, direction: Qt.LayoutDirection, open_window: Opener,
                     loaded: Callable[[str], Workspace], clock: FakeClock):
    window = open_window(loaded("tagging"))
    start_as(qtbot, window, "Amina Njeri")
    clock.advance(minutes=5, seconds=1)
    window.poll()
    prompt = window.idle_prompt
    assert prompt is not None
    qtbot.waitUntil(prompt.isVisible)
    settle(qtbot, prompt)
    assert prompt.layoutDirection() == direction
    assert {prompt.yes_button, prompt.no_button} <= set(interactive_widgets(prompt))
    assert problems(prompt) == []
    top_left = prompt.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    assert window.rect().contains(QRect(top_left, prompt.size()))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is prompt.yes_button)
    key(qtbot, window, "Return")
    qtbot.waitUntil(lambda: window.idle_prompt is None)


def test_admin_login(qtbot: QtBot, direction: Qt.LayoutDirection, open_window: Opener,
                     loaded: Callable[[str], Workspace]):
    window = open_window(loaded("tagging"))
    start_as(qtbot, window, "Amina Njeri")
    assert window.open_admin() is None
    ask = window.admin_login
    assert ask is not None
    qtbot.waitUntil(ask.isVisible)
    ask.message.setText("Sokha Chan is not a partner admin, so they cannot open the admin screen. Ask the "
                        "partner admin.")
    settle(qtbot, ask)
    assert {ask.names, ask.pin, ask.ok_button, ask.cancel_button} <= set(interactive_widgets(ask))
    assert problems(ask) == []
    key(qtbot, window, "Esc")
    qtbot.waitUntil(lambda: window.admin_login is None)
