"""The transcript editor by keyboard on a document task: Tab leaves the editor for the scan (no
invisible tab character), the scan shows that it has the keyboard, arrows pan it, and the words on
screen say "read", not "hear". Real widgets, offscreen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.ui import start_as, transcription_view


def test_tab_goes_to_the_scan_and_the_arrows_pan_it(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                    loaded: Callable[[str], Workspace]) -> None:
    window = open_window(loaded("document"))
    start_as(qtbot, window, "Amina Njeri")
    view = transcription_view(window)
    assert QApplication.focusWidget() is view.editor
    assert view.editor.placeholderText() == "Type what you read…"
    assert "Tab to the scan, arrows pan" in view.shortcut_help()

    qtbot.keyClicks(view.editor, "Shop")
    qtbot.keyClick(view.editor, Qt.Key.Key_Tab)
    assert view.editor.toPlainText() == "Shop", "no tab character typed"
    assert QApplication.focusWidget() is view.image
    assert "border" in view.image.styleSheet() and ":focus" in view.image.styleSheet()

    for _ in range(6):
        qtbot.keyClick(view.image, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bar = view.image.horizontalScrollBar()
    assert bar.maximum() > 0, "zoomed in: there is room to pan"
    before = bar.value()
    qtbot.keyClick(view.image, Qt.Key.Key_Right)
    assert bar.value() > before, "the arrow panned the scan"
    qtbot.keyClick(view.image, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is view.editor, "Shift+Tab goes back to the transcript"


def test_an_audio_task_asks_for_what_she_hears(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                               loaded: Callable[[str], Workspace]) -> None:
    window = open_window(loaded("audio"))
    start_as(qtbot, window, "Amina Njeri")
    assert transcription_view(window).editor.placeholderText() == "Type what you hear…"


def test_ctrl_j_types_the_play_position_as_a_time_stamp(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                        loaded: Callable[[str], Workspace]) -> None:
    from labclient.ui.widgets.audio_player import time_stamp_text

    assert (time_stamp_text(83_400), time_stamp_text(3_723_000), time_stamp_text(-5)) == (
        "[01:23]", "[1:02:03]", "[00:00]")
    window = open_window(loaded("audio"))
    start_as(qtbot, window, "Amina Njeri")
    view = transcription_view(window)
    qtbot.keyClicks(view.editor, "hello ")
    qtbot.keyClick(view.editor, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.toPlainText() == f"hello {view.player.time_stamp()} "
    assert "Ctrl+J time stamp" in view.shortcut_help()


def test_a_foot_pedal_key_of_her_own_plays_and_pauses(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                      loaded: Callable[[str], Workspace], clock: FakeClock) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QKeySequenceEdit, QLabel

    ws = loaded("audio")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    player = transcription_view(window).player
    dialog = player.choose_keys()
    edit = dialog.findChild(QKeySequenceEdit, "key_play_pause")
    assert edit is not None
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Space)  # a key that types text is refused
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)  # type: ignore[union-attr]
    save.click()
    problem = dialog.findChild(QLabel, "playerKeysProblem")
    assert problem is not None and "types text" in problem.text() and dialog.isVisible()
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_F12)  # what the pedal sends
    save.click()
    assert not dialog.isVisible()
    assert player.play_button.text().endswith("(F12)")

    session = window.session
    assert session is not None
    assert ws.player_keys(session)["play_pause"] == "F12", "kept for her"
    assert player.shortcuts[0].key().toString() == "F12", "the pedal's key plays and pauses now"
