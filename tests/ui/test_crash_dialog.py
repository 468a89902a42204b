"""An unexpected error shows a dialog a person can copy the details from (labclient.ui.crash)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient import logs
from labclient.ui.crash import install_error_reporting


@pytest.fixture
def hooks_restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    logs.stop_logging()


def test_an_error_on_a_worker_thread_opens_the_dialog_on_the_gui_thread(qtbot: QtBot, tmp_path: Path,
                                                                         hooks_restored: None) -> None:
    reporter = install_error_reporting(QApplication.instance(), tmp_path)  # type: ignore[arg-type]

    def fails() -> None:
        raise OSError("the sync lost its way")

    worker = threading.Thread(target=fails, name="sync")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None

    assert "Your saved work and drafts are kept" in dialog.message.text()
    assert str(tmp_path / "logs" / "labclient.log") in dialog.message.text()
    assert "OSError: the sync lost its way" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "the sync lost its way" in QGuiApplication.clipboard().text()
    assert dialog.copy_button.text() == "Copied"
    for widget in (dialog, dialog.details, dialog.copy_button):
        assert widget.objectName() and widget.accessibleName()
    with qtbot.waitSignal(dialog.destroyed):  # it closes and goes away
        dialog.reject()
