"""Fixtures for the UI tests: a real MainWindow on a real workspace, driven by the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[[Workspace], MainWindow]]:
    """Open a MainWindow on a workspace, shown and active, on the start screen."""
    windows: list[MainWindow] = []

    def _open(ws: Workspace) -> MainWindow:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        with qtbot.waitExposed(window):
            window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        windows.append(window)
        return window

    yield _open
    for window in windows:
        window.close()


def start_as(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """On the start screen, pick ``name`` with the arrow keys and press Enter."""
    lst = window.start_screen.list
    names = [lst.item(i).text() for i in range(lst.count())]
    lst.setFocus()
    lst.setCurrentRow(0)
    for _ in range(names.index(name)):
        qtbot.keyClick(lst, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.work_screen.task_shown, timeout=5000):
        qtbot.keyClick(lst, Qt.Key.Key_Return)


def key(qtbot: QtBot, window: MainWindow, sequence: str) -> None:
    """Press a key combination in the focused widget, as a worker would (e.g. 'Ctrl+Return')."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]  # type: ignore[index]  # the stubs lack __getitem__
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


@pytest.fixture
def loaded(ws: Workspace, bundles: dict[str, Path]) -> Callable[[str], Workspace]:
    """Import one of the test bundles (by name) into ``ws`` and add two workers."""

    def _load(name: str) -> Workspace:
        ws.import_bundle(bundles[name])
        ws.add_worker("Amina Njeri")
        ws.add_worker("Sokha Chan")
        return ws

    return _load
