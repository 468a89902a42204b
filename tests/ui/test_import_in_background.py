"""Importing a batch from the work screen: off the GUI thread, then straight to the first task.

An empty cache shows the empty page with the import button focused. ``WorkScreen.import_bundle``
(what the button and Ctrl+I call after the file dialog) imports on a worker thread and emits
``import_finished``; a refused bundle is explained in the banner and changes nothing; the same
bundle a second time is reported as already in the cache.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.errors import BundleError
from labclient.importer import ImportReport
from labclient.ui.main_window import MainWindow
from labclient.ui.task_views.transcription import TranscriptionView
from labclient.workspace import Workspace
from tests.helpers.ui import start_as
from tests.logins import give_pins, sign_in

Opener = Callable[[Workspace], MainWindow]


@pytest.fixture
def empty_window(qtbot: QtBot, open_window: Opener, ws: Workspace) -> MainWindow:
    """The work screen of a worker on a workspace with no tasks."""
    sign_in(ws, "Amina Njeri")
    give_pins(ws)
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    return window


@pytest.fixture
def import_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads ``Workspace.import_bundle`` runs on, recorded as it is called."""
    threads: list[threading.Thread] = []
    real = Workspace.import_bundle

    def recording(self: Workspace, path: Path) -> ImportReport:
        threads.append(threading.current_thread())
        return real(self, path)

    monkeypatch.setattr(Workspace, "import_bundle", recording)
    return threads


def left_in_cache(window: MainWindow) -> str:
    return window.work_screen.progress_label.text().rsplit("Left in cache: ", 1)[-1]


def test_empty_cache_shows_the_import_page(empty_window: MainWindow):
    screen = empty_window.work_screen
    assert screen.stack.currentWidget() is screen.empty_page
    assert screen.import_button.isVisible() and screen.import_button.isEnabled()
    assert QApplication.focusWidget() is screen.import_button
    assert "no tasks left" in screen.empty_label.text()
    assert screen.title_label.text() == "No task to do"
    assert left_in_cache(empty_window) == "0"
    assert not any(b.isEnabled() for b in (screen.submit_button, screen.skip_button, screen.flag_button))


def test_import_runs_in_the_background_then_shows_the_first_task(qtbot: QtBot, empty_window: MainWindow,
                                                                 ws: Workspace, bundles: dict[str, Path],
                                                                 import_threads: list[threading.Thread]):
    screen = empty_window.work_screen
    with qtbot.waitSignal(screen.import_finished, timeout=10000) as finished:
        screen.import_bundle(bundles["document"])
        # Back on the GUI thread at once: the worker sees that the import is under way.
        assert screen.empty_label.text() == "Importing t-doc.zip…"
        assert not screen.import_button.isEnabled()
    report = finished.args[0]
    assert isinstance(report, ImportReport)
    assert (report.batch_id, report.tasks_added, report.already_present) == ("t-doc", 3, False)
    assert len(import_threads) == 1 and import_threads[0] is not threading.main_thread()

    assert screen.task is not None and screen.task.task_id == "t-0000"
    view = screen.views["transcription"]
    assert isinstance(view, TranscriptionView)
    assert screen.stack.currentWidget() is view
    assert view.image.has_image()
    assert QApplication.focusWidget() is view.editor
    assert left_in_cache(empty_window) == "3"
    assert "Test transcription" in screen.title_label.text()
    assert not screen.banner.isVisible()
    assert ws.task_counts()["new"] == 3


def test_a_file_that_is_not_a_bundle_is_refused_and_nothing_changes(qtbot: QtBot, empty_window: MainWindow,
                                                                     ws: Workspace, tmp_path: Path):
    screen = empty_window.work_screen
    bad = tmp_path / "holiday-photos.zip"
    bad.write_bytes(b"this is not a zip file at all\n" * 20)
    with qtbot.waitSignal(screen.import_finished, timeout=10000) as finished:
        screen.import_bundle(bad)
    assert isinstance(finished.args[0], BundleError)

    assert screen.banner.isVisible()
    text = screen.banner.text()
    assert "The batch was refused" in text
    assert "holiday-photos.zip is not a batch bundle" in text
    assert "Nothing in the task cache changed" in text
    assert screen.stack.currentWidget() is screen.empty_page
    assert screen.import_button.isEnabled()
    assert left_in_cache(empty_window) == "0"
    assert ws.batches() == []
    assert ws.task_counts() == {"new": 0, "done": 0, "skipped": 0, "flagged": 0}


def test_a_refused_bundle_leaves_the_cached_tasks_as_they_were(qtbot: QtBot, open_window: Opener,
                                                               loaded: Callable[[str], Workspace], tmp_path: Path):
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    screen = window.work_screen
    shown = screen.task
    assert shown is not None
    before = (ws.batches(), ws.task_counts())
    bad = tmp_path / "broken.zip"
    bad.write_bytes(b"PK\x03\x04 truncated")
    with qtbot.waitSignal(screen.import_finished, timeout=10000):
        screen.import_bundle(bad)
    assert "broken.zip is not a batch bundle" in screen.banner.text()
    assert (ws.batches(), ws.task_counts()) == before
    assert screen.task == shown
    assert left_in_cache(window) == "3"


def test_the_same_bundle_twice_is_already_in_the_cache(qtbot: QtBot, empty_window: MainWindow, ws: Workspace,
                                                       bundles: dict[str, Path]):
    screen = empty_window.work_screen
    with qtbot.waitSignal(screen.import_finished, timeout=10000):
        screen.import_bundle(bundles["tagging"])
    first = screen.task
    assert first is not None
    assert not screen.banner.isVisible()

    with qtbot.waitSignal(screen.import_finished, timeout=10000) as finished:
        screen.import_bundle(bundles["tagging"])
    report = finished.args[0]
    assert isinstance(report, ImportReport) and report.already_present
    assert screen.banner.isVisible()
    assert screen.banner.text() == "Batch test-tagging is already in the cache; nothing changed."
    assert screen.task == first
    assert left_in_cache(empty_window) == "3"
    assert len(ws.batches()) == 1 and ws.task_counts()["new"] == 3
