"""Broken media in a task: bytes that are no known media format, and flagging the task by keyboard
with the flag dialog's default reason."""

from __future__ import annotations

import random

from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from tests.helpers.ui import key

#: The reason the flag dialog offers first.
DEFAULT_FLAG_REASON = "The media does not play or show"


def garbage(size: int = 4000, seed: int = 7) -> bytes:
    """Bytes that are no known media format (fixed seed: the same bytes on every run)."""
    return random.Random(seed).randbytes(size)


def flag_with_default_reason(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Shift+B, then Enter in the reason dialog; waits for the next task to appear."""
    screen = window.work_screen
    key(qtbot, window, "Ctrl+Shift+B")
    dialog = screen._dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.reason() == DEFAULT_FLAG_REASON
    editor = dialog.combo.lineEdit()
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    with qtbot.waitSignal(screen.task_shown, timeout=5000):
        key(qtbot, window, "Return")
