"""Fixtures for the UI tests: a real MainWindow on a real workspace, driven by the keyboard.

The workspace, and so the window, reads time from a fake people clock (``clock``, given once when
``ws`` opens), which moves only when a test says so:
idle prompts, locks and hours are tested by moving it, never by sleeping. The keyboard helpers
(``start_as``, ``key``, ...) are in tests/helpers/ui.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.ui.idle_prompt import Timing
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.logins import give_pins

#: The seat's timers made so slow that they never fire during a test: tests that need the poll,
#: the refresh or the activity report either call them or open the window with short ones.
QUIET = Timing(poll_ms=3_600_000, refresh_ms=3_600_000, report_ms=3_600_000)


@pytest.fixture
def clock() -> FakeClock:
    """The people clock the test's windows read (it moves only when the test moves it)."""
    return FakeClock()


@pytest.fixture
def ws(data_dir: Path, clock: FakeClock) -> Iterator[Workspace]:
    """An open, empty workspace that reads time from the test's fake ``clock``."""
    workspace = Workspace.open(data_dir, clock=clock)
    yield workspace
    workspace.close()


@pytest.fixture
def open_window(qtbot: QtBot, ws: Workspace) -> Iterator[Callable[..., MainWindow]]:
    """Open a MainWindow on a workspace, shown and active, on the login screen (``timing=`` to
    make the seat's timers short). The windows close before ``ws`` does (closing logs out)."""
    windows: list[MainWindow] = []

    def _open(ws: Workspace, *, timing: Timing = QUIET) -> MainWindow:
        window = MainWindow(ws, timing=timing)
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


@pytest.fixture
def loaded(ws: Workspace, bundles: dict[str, Path], clock: FakeClock) -> Callable[[str], Workspace]:
    """Import one of the test bundles (by name) into ``ws`` and add two workers with the PIN 1234."""

    def _load(name: str) -> Workspace:
        ws.import_bundle(bundles[name])
        give_pins(ws, {"Amina Njeri": "worker", "Sokha Chan": "worker"}, clock=clock)
        return ws

    return _load
