"""Driving a real MainWindow by the keyboard: logging in, starting work, pressing keys, reading
what the window shows, and the app's texts translated for a while."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from labclient.people import login
from labclient.ui.admin_dialog import AdminDialog
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.transcription import TranscriptionView
from labclient.workspace import Workspace
from tests.logins import PIN
from tests.tools import venv_tool


def log_in_as(qtbot: QtBot, window: MainWindow, name: str, pin: str = PIN) -> None:
    """On the login screen, pick ``name`` with the arrow keys, press Enter, type the PIN, press Enter."""
    screen = window.login_screen
    if QApplication.activeWindow() is not window:  # the offscreen platform does not give it back after a dialog
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    lst = screen.list
    names = [lst.item(i).text() for i in range(lst.count())]
    lst.setFocus()
    lst.setCurrentRow(0)
    for _ in range(names.index(name)):
        qtbot.keyClick(lst, Qt.Key.Key_Down)
    qtbot.keyClick(lst, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.pin
    qtbot.keyClicks(screen.pin, pin)
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)


def start_as(qtbot: QtBot, window: MainWindow, name: str, *, clock_in: bool = True) -> None:
    """Log in as ``name`` (PIN 1234), go to the work screen (F4 from the Team screen, where a
    supervisor or admin lands) and, unless already clocked in (or ``clock_in=False``), press
    Enter on the Clock in button that has the keyboard then: the worker's way to start."""
    with qtbot.waitSignal(window.work_screen.task_shown, timeout=5000):
        log_in_as(qtbot, window, name)
        if window.team is not None and window.pages.currentWidget() is window.team:
            qtbot.keyClick(window, Qt.Key.Key_F4)  # a supervisor or admin lands on the Team screen
    bar = window.work_screen.bar
    assert bar.status is not None
    if clock_in and not bar.status.clocked_in:
        assert QApplication.focusWidget() is bar.clock_button
        with qtbot.waitSignal(bar.acted):
            qtbot.keyClick(bar.clock_button, Qt.Key.Key_Return)
        assert bar.status.clocked_in


def key(qtbot: QtBot, window: MainWindow, sequence: str) -> None:
    """Press a key combination in the focused widget, as a worker would (e.g. 'Ctrl+Return')."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]  # type: ignore[index]  # the stubs lack __getitem__
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def transcription_view(window: MainWindow) -> TranscriptionView:
    view = window.work_screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    return view


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


@contextmanager
def translated(ts_text: str, folder: Path) -> Iterator[None]:
    """The app's texts translated by ``ts_text`` (a Qt Linguist .ts file), made into a .qm by
    pyside6-lrelease and installed for the duration."""
    lrelease = venv_tool("pyside6-lrelease")
    ts, qm = folder / "labclient_test.ts", folder / "labclient_test.qm"
    ts.write_text(ts_text, encoding="utf-8")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def admin_screen(qtbot: QtBot, ws: Workspace, name: str = "Lab Admin") -> tuple[MainWindow, AdminDialog]:
    """The app's window on ``ws`` with the partner admin ``name`` (PIN 1234) logged in, and the
    admin screen (Ctrl+Shift+A) open."""
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    window.begin(login.login(ws.store, name, PIN))
    admin = window.open_admin()
    assert admin is not None
    return window, admin
