"""Sync from the app: F5 sends the results and brings new work, and the window never waits."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from labclient.sync.client import enroll
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.sync.conftest import Hub


def test_f5_sends_results_and_brings_new_work_in_the_background(qtbot: QtBot, hub: Hub, tmp_path: Path) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 4)), "--lab", "Gulu")
    data_dir = tmp_path / "station"
    enroll(data_dir, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip())
    ws = Workspace.open(data_dir)
    try:
        worker = ws.add_worker("Amina Njeri")
        window = MainWindow(ws)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        assert "waiting to go out: 0" in window.connection.text()
        window.begin(worker)
        assert window.work_screen.task is None  # nothing in the cache yet

        with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
            window.sync_now()
            assert window.connection.text().startswith("● Syncing")  # the GUI is free while it runs
            assert not window.sync_button.isEnabled()
        assert finished.args is not None and finished.args[0].batches_received == ["test-tagging"]
        assert window.work_screen.task is not None, "the new work appears for the waiting worker"
        assert "Left in cache: 4" in window.work_screen.progress_label.text()

        window.work_screen.views["tagging"].press_label(0)
        window.work_screen.submit()
        assert "waiting to go out: 1" in window.connection.text()
        with qtbot.waitSignal(window.sync.finished, timeout=30_000):
            window.sync_button.click()
        assert "waiting to go out: 0" in window.connection.text()
        assert "last sync: never" not in window.connection.text()
        received = json.loads(hub.admin("results", "--json"))
        assert [r["status"] for r in received] == ["applied"]
        window.close()
    finally:
        ws.close()
