"""A full disk while the worker submits: they are told what to do, and nothing they typed is lost.

The disk is made "full" for the workspace's own connection with ``PRAGMA max_page_count`` set to
the database's current size, so any write that needs a new page fails with SQLITE_FULL, exactly
as on a full disk. Once space is back, the same Ctrl+Enter stores the result. A draft that cannot
be saved is reported the same way, whether the draft timer fired or the worker switched away.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.transcription import TranscriptionView
from labclient.workspace import Workspace
from tests.helpers.ui import key, start_as
from tests.logins import stored_draft, stored_results

Opener = Callable[[Workspace], MainWindow]

#: Longer than a database page (4 KiB), so storing it needs new pages; under the 5,000-character limit.
LONG_TEXT = " ".join(f"word{i}" for i in range(620))


class FullDisk:
    """Switch the workspace's database between "disk full" and "space again"."""

    def __init__(self, ws: Workspace) -> None:
        self.conn = ws.store.conn
        self.normal = int(self.conn.execute("PRAGMA max_page_count").fetchone()[0])

    def fill(self) -> None:
        pages = int(self.conn.execute("PRAGMA page_count").fetchone()[0])
        assert int(self.conn.execute(f"PRAGMA max_page_count = {pages}").fetchone()[0]) == pages

    def free(self) -> None:
        self.conn.execute(f"PRAGMA max_page_count = {self.normal}")


@pytest.fixture
def doc_ws(loaded: Callable[[str], Workspace]) -> Iterator[Workspace]:
    """Document transcription (no audio: leaving a clip that is still loading makes Qt log a warning)."""
    ws = loaded("document")
    yield ws
    FullDisk(ws).free()


def test_disk_full_on_submit_keeps_the_text_and_the_task(qtbot: QtBot, open_window: Opener, doc_ws: Workspace):
    ws = doc_ws
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    view = screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    task = screen.task
    assert task is not None
    disk = FullDisk(ws)
    waiting = ws.outbox_size()  # the clock-in event

    disk.fill()
    # Pasted (Ctrl+V), not typed key by key: with PySide6 6.12.0 on CPython 3.11, thousands of keystrokes
    # crash the process (test_drafts_and_workers.py::test_a_long_transcript_typed_key_by_key_does_not_crash).
    clipboard = QApplication.clipboard()
    clipboard.setText(LONG_TEXT)
    key(qtbot, window, "Ctrl+V")
    assert view.editor.toPlainText() == LONG_TEXT
    key(qtbot, window, "Ctrl+Return")
    assert screen.banner.isVisible()
    assert "The disk is full" in screen.banner.text()
    assert view.editor.toPlainText() == LONG_TEXT
    assert screen.task == task
    assert view.isVisible() and screen.stack.currentWidget() is view
    assert stored_results(ws) == []
    assert ws.outbox_size() == waiting
    assert ws.task_counts()["new"] == 3

    disk.free()
    with qtbot.waitSignal(screen.task_shown, timeout=5000):
        key(qtbot, window, "Ctrl+Return")
    assert [(r["task_id"], r["action"], r["content"]) for r in stored_results(ws)] == [
        (task.task_id, "submit", {"text": LONG_TEXT})
    ]
    assert screen.task is not None and screen.task.key != task.key
    assert not screen.banner.isVisible()
    assert view.editor.toPlainText() == ""


def test_disk_full_while_drafting_is_shown_at_once(qtbot: QtBot, open_window: Opener, doc_ws: Workspace):
    ws = doc_ws
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    view = screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    task = screen.task
    assert task is not None

    FullDisk(ws).fill()
    QApplication.clipboard().setText(LONG_TEXT)
    key(qtbot, window, "Ctrl+V")
    qtbot.waitUntil(screen.banner.isVisible, timeout=5000)  # the draft timer fired and the save failed
    assert "The disk is full" in screen.banner.text()
    assert view.editor.toPlainText() == LONG_TEXT
    assert stored_draft(ws, task.key) is None


def test_disk_full_when_switching_worker_keeps_the_worker_on_the_task(qtbot: QtBot, open_window: Opener,
                                                                      doc_ws: Workspace):
    ws = doc_ws
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    view = screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    task = screen.task
    assert task is not None

    disk = FullDisk(ws)
    disk.fill()
    QApplication.clipboard().setText(LONG_TEXT)
    key(qtbot, window, "Ctrl+V")
    key(qtbot, window, "Ctrl+L")  # before the draft timer fires: leaving tries to save the draft, and cannot
    assert stored_draft(ws, task.key) is None
    # The worker must stay on the task, be told why, and keep their text.
    assert window.pages.currentWidget() is screen
    assert screen.banner.isVisible()
    assert "The disk is full" in screen.banner.text()
    assert view.editor.toPlainText() == LONG_TEXT

    disk.free()
    key(qtbot, window, "Ctrl+L")
    assert window.pages.currentWidget() is window.login_screen
    assert stored_draft(ws, task.key) == {"text": LONG_TEXT}


def test_closing_on_a_full_disk_warns_once_before_losing_the_text(qtbot: QtBot, open_window: Opener,
                                                                  doc_ws: Workspace):
    ws = doc_ws
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    FullDisk(ws).fill()
    QApplication.clipboard().setText(LONG_TEXT)
    key(qtbot, window, "Ctrl+V")

    assert not window.close()  # the first close stays open and says why
    assert window.isVisible()
    assert "The disk is full" in screen.banner.text()
    assert "Close the window again to quit without it" in screen.banner.text()
    assert window.close()  # the worker has been told; the second close quits
