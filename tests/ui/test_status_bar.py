"""The status bar tells the worker and the admin whether work is going home."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from labclient.sync.state import write_settings
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.ui import key, start_as


def test_offline_workstation_counts_what_is_kept(qtbot: QtBot, open_window: Callable[[Workspace], MainWindow],
                                                 loaded: Callable[[str], Workspace]) -> None:
    ws = loaded("tagging")
    window = open_window(ws)
    assert "no hub set up" in window.connection.text() and "0 records" in window.connection.text()
    start_as(qtbot, window, "Amina Njeri")
    key(qtbot, window, "1")
    with qtbot.waitSignal(window.work_screen.task_shown):
        key(qtbot, window, "Ctrl+Return")
    # the clock-in and the result: the status bar counts what `labclient status` counts
    assert "2 records (results and timesheet) kept on this computer" in window.connection.text()
    assert ws.outbox_size() == 2


def test_enrolled_workstation_names_the_hub_and_the_last_sync(
        qtbot: QtBot, open_window: Callable[[Workspace], MainWindow], loaded: Callable[[str], Workspace]) -> None:
    ws = loaded("tagging")
    write_settings(ws.store, hub_url="https://hub.example.org", device_id="d-1")
    window = open_window(ws)
    assert window.connection.text() == "● Hub hub.example.org · waiting to go out: 0 · last sync: never"
    write_settings(ws.store, last_success="2026-11-24T08:15:00.000000Z")
    window.refresh_sync_status()
    assert "last sync: 24 Nov" in window.connection.text()


def test_a_clock_in_is_counted_at_once(
        qtbot: QtBot, open_window: Callable[[Workspace], MainWindow], loaded: Callable[[str], Workspace]) -> None:
    """The status bar follows every write (labclient.changes), not only a submit: the clock-in's
    event waits to go out as soon as she clocks in."""
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri", clock_in=False)
    assert "0 records" in window.connection.text()

    key(qtbot, window, "Ctrl+Shift+T")  # clock in

    assert window.work_screen.bar.status is not None and window.work_screen.bar.status.clocked_in
    assert "1 record (results and timesheet) kept on this computer" in window.connection.text()
