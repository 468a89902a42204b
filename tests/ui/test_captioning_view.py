"""Captioning a clip by keyboard alone in the real work screen: captions added at the play
position, timed with the keys, typed, their broken rules shown as she works, and the result
stored; a caption too fast to read refused with the caption selected. Real Qt Multimedia."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.captioning import CaptioningView, clock_text
from labclient.workspace import Workspace
from tests.helpers.ui import key, start_as
from tests.logins import stored_results


def captioning_window(qtbot: QtBot, open_window: Callable[..., MainWindow],
                      loaded: Callable[[str], Workspace]) -> tuple[MainWindow, CaptioningView]:
    window = open_window(loaded("captioning"))
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["captioning"]
    assert isinstance(view, CaptioningView)
    player = view.player.player
    qtbot.waitUntil(lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia)
    return window, view


def play_position(qtbot: QtBot, view: CaptioningView, ms: int) -> None:
    """Move the clip's play position (as F2/F3 or a click on the waveform would) and wait for it."""
    view.player.player.setPosition(ms)
    qtbot.waitUntil(lambda: abs(view.playhead() - ms) < 5)


def cell(view: CaptioningView, row: int, column: int) -> str:
    item = view.table.item(row, column)
    assert item is not None
    return item.text()


def test_captions_by_keyboard_alone(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                    loaded: Callable[[str], Workspace]) -> None:
    window, view = captioning_window(qtbot, open_window, loaded)
    assert QApplication.focusWidget() is view.editor and view.table.rowCount() == 0

    play_position(qtbot, view, 200)
    key(qtbot, window, "Ctrl+Shift+N")
    qtbot.keyClicks(view.editor, "The cat sat")
    key(qtbot, window, "Alt+Shift+Left")             # the end 100 ms earlier: 2,100
    assert view.content() == {"segments": [{"start_ms": 200, "end_ms": 2100, "text": "The cat sat"}]}
    assert cell(view, 0, 0) == clock_text(200) == "0:00.200"

    play_position(qtbot, view, 2500)
    key(qtbot, window, "Ctrl+Shift+N")               # up to the clip's end (3,000 ms)
    qtbot.keyClicks(view.editor, "on the mat, which was very very very long")
    assert cell(view, 1, 3) != "", "too fast to read: the problem shows in the table at once"

    # Submitting with a caption too fast to read: refused, that caption selected.
    key(qtbot, window, "Alt+Up")
    key(qtbot, window, "Ctrl+Return")
    assert stored_results(window.ws) == [] and view.current == 1
    assert "Caption 2 is read at" in view.issues.text()
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "on the mat.")
    play_position(qtbot, view, 2200)
    key(qtbot, window, "Ctrl+[")                      # it starts earlier: 2,200
    with qtbot.waitSignal(window.work_screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    [stored] = stored_results(window.ws)
    assert stored["content"] == {"segments": [{"start_ms": 200, "end_ms": 2100, "text": "The cat sat"},
                                              {"start_ms": 2200, "end_ms": 3000, "text": "on the mat."}]}


def test_split_and_merge(qtbot: QtBot, open_window: Callable[..., MainWindow],
                         loaded: Callable[[str], Workspace]) -> None:
    window, view = captioning_window(qtbot, open_window, loaded)
    play_position(qtbot, view, 0)
    key(qtbot, window, "Ctrl+Shift+N")
    qtbot.keyClicks(view.editor, "one two")
    cursor = view.editor.textCursor()
    cursor.setPosition(3)
    view.editor.setTextCursor(cursor)
    play_position(qtbot, view, 1000)
    key(qtbot, window, "Ctrl+Shift+K")
    assert view.content()["segments"] == [{"start_ms": 0, "end_ms": 1000, "text": "one"},
                                          {"start_ms": 1000, "end_ms": 2000, "text": "two"}]
    key(qtbot, window, "Alt+Up")
    key(qtbot, window, "Ctrl+Shift+M")
    assert view.content()["segments"] == [{"start_ms": 0, "end_ms": 2000, "text": "one two"}]
    assert view.player.waveform.spans == [(0, 2000)]
