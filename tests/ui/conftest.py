"""Fixtures for the UI tests: a real MainWindow on a real workspace, driven by the keyboard.

The window reads time from a fake people clock (``clock``), which moves only when a test says so:
idle prompts, locks and hours are tested by moving it, never by sleeping.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.ui.idle_prompt import Timing
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.logins import PIN, give_pins
from tests.people.conftest import FakeClock
from tests.tools import venv_tool

#: The seat's timers made so slow that they never fire during a test: tests that need the poll,
#: the refresh or the activity report either call them or open the window with short ones.
QUIET = Timing(poll_ms=3_600_000, refresh_ms=3_600_000, report_ms=3_600_000)


@pytest.fixture
def clock() -> FakeClock:
    """The people clock the test's windows read (it moves only when the test moves it)."""
    return FakeClock()


@pytest.fixture
def open_window(qtbot: QtBot, clock: FakeClock, ws: Workspace) -> Iterator[Callable[..., MainWindow]]:
    """Open a MainWindow on a workspace, shown and active, on the login screen (``timing=`` to
    make the seat's timers short). The windows close before ``ws`` does (closing logs out)."""
    windows: list[MainWindow] = []

    def _open(ws: Workspace, *, timing: Timing = QUIET) -> MainWindow:
        window = MainWindow(ws, clock=clock, timing=timing)
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


@pytest.fixture
def loaded(ws: Workspace, bundles: dict[str, Path], clock: FakeClock) -> Callable[[str], Workspace]:
    """Import one of the test bundles (by name) into ``ws`` and add two workers with the PIN 1234."""

    def _load(name: str) -> Workspace:
        ws.import_bundle(bundles[name])
        give_pins(ws, {"Amina Njeri": "worker", "Sokha Chan": "worker"}, clock=clock)
        return ws

    return _load


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
