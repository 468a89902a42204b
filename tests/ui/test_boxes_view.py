"""Drawing boxes on the image by keyboard alone and by mouse, in the real work screen: a box
started and ended at the crosshair, labelled with a digit, resized and moved with the arrows,
selected with Tab, removed with Delete, and the result stored in image pixels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.tagging import TaggingView
from labclient.workspace import Workspace
from tests.helpers.ui import key, start_as
from tests.logins import stored_results


def boxes_window(qtbot: QtBot, open_window: Callable[..., MainWindow],
                 loaded: Callable[[str], Workspace]) -> tuple[MainWindow, TaggingView]:
    window = open_window(loaded("boxes"))
    start_as(qtbot, window, "Amina Njeri")
    view = window.work_screen.views["tagging"]
    assert isinstance(view, TaggingView)
    assert view.image.image_size() == (64, 48) and view.image.drawing
    return window, view


def test_a_box_by_keyboard_alone(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                 loaded: Callable[[str], Workspace]) -> None:
    window, view = boxes_window(qtbot, open_window, loaded)
    editor = view.image
    assert QApplication.focusWidget() is editor
    assert (editor.cross.x(), editor.cross.y()) == (32, 24)  # the crosshair starts in the middle

    key(qtbot, window, "B")
    for _ in range(2):
        key(qtbot, window, "Shift+Right")
    key(qtbot, window, "Shift+Down")
    key(qtbot, window, "B")
    assert view.content() == {"boxes": [{"label": "cat", "x": 32, "y": 24, "w": 20, "h": 10}]}
    key(qtbot, window, "2")
    key(qtbot, window, "Alt+Right")
    key(qtbot, window, "Left")
    assert view.content() == {"boxes": [{"label": "dog", "x": 31, "y": 24, "w": 21, "h": 10}]}
    assert view.box_list.count() == 1 and view.box_list.item(0).text() == "1. Dog: 21×10 at 31, 24"
    assert view.buttons[1].isChecked(), "the selected box's label is the one checked"

    # A second box, then Tab goes back to the first; Delete removes it.
    key(qtbot, window, "Esc")
    key(qtbot, window, "B")
    key(qtbot, window, "Shift+Up")
    key(qtbot, window, "Shift+Left")
    key(qtbot, window, "Return")
    assert len(view.content()["boxes"]) == 2 and editor.selected == 1
    key(qtbot, window, "Esc")
    key(qtbot, window, "Tab")
    assert editor.selected == 0 and view.box_list.currentRow() == 0
    key(qtbot, window, "Delete")
    [left] = view.content()["boxes"]
    assert left["label"] == "dog" and (left["w"], left["h"]) == (10, 10)  # the label last chosen

    with qtbot.waitSignal(window.work_screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    [stored] = stored_results(window.ws)
    assert stored["content"] == {"boxes": [left]}


def test_a_box_drawn_with_the_mouse_and_one_too_small_refused(qtbot: QtBot, open_window: Callable[..., MainWindow],
                                                              loaded: Callable[[str], Workspace]) -> None:
    window, view = boxes_window(qtbot, open_window, loaded)
    editor = view.image
    port = editor.viewport()
    start, end = editor.mapFromScene(QPointF(10, 10)), editor.mapFromScene(QPointF(12, 30))
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(port, end)
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=end)
    [drawn] = view.content()["boxes"]
    assert drawn["label"] == "cat" and abs(drawn["x"] - 10) <= 1 and abs(drawn["h"] - 20) <= 1

    key(qtbot, window, "Ctrl+Return")
    assert stored_results(window.ws) == []
    assert "Box 1 is smaller than 4 pixels each way." in view.issues.text()
    assert editor.selected == 0, "the box to fix is selected"
