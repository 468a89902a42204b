"""Sync from the app: F5 sends the results and brings new work, and the window never waits.

The admin screen needs a partner admin's session: each workstation gets its first admin before its
first sync (``bootstrap_admin``; afterwards the hub's roster would be in charge).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.people import login, roster
from labclient.people.roles import Role
from labclient.sync.client import SyncRun, enroll
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.sync_hub import Hub, start_hub
from tests.helpers.sync_station import PIN, log_in, make_admin
from tests.helpers.ui import admin_screen, cell
from tests.logins import sign_in


def test_f5_sends_results_and_brings_new_work_in_the_background(qtbot: QtBot, hub: Hub, tmp_path: Path) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 4)), "--lab", "Gulu")
    data_dir = tmp_path / "station"
    make_admin(data_dir)
    enroll(data_dir, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip())
    ws = Workspace.open(data_dir)
    try:
        admin = log_in(ws, "Lab Admin")
        roster.add_local_user(ws.store, admin, "Amina Njeri", Role.WORKER, PIN)
        login.logout(ws.store, admin)
        window = MainWindow(ws)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        assert "waiting to go out: 0" in window.connection.text()
        window.begin(log_in(ws, "Amina Njeri"))
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
        offer = window.work_screen.clock_in_offer
        assert offer is not None, "she is not clocked in: asked once whether to clock in"
        next(b for b in offer.buttons() if b.objectName() == "offerClockInNo").click()
        assert "waiting to go out: 1" in window.connection.text()
        with qtbot.waitSignal(window.sync.finished, timeout=30_000):
            window.sync_button.click()
        assert "waiting to go out: 0" in window.connection.text()
        assert "last sync: never" not in window.connection.text()
        with qtbot.waitSignal(window.sync.finished, timeout=30_000) as again:
            # nothing waits: F5 still answers; and it reaches the window though a dialog (the
            # clock-in question) closed since and nothing activated the window (kiosk focus)
            qtbot.keyClick(window, Qt.Key.Key_F5)
        assert again.args is not None and again.args[0].tally.acknowledged == 0
        assert "synced: Sent 0 items." in window.connection.text()
        received = json.loads(hub.admin("results", "--json"))
        assert [r["status"] for r in received] == ["applied"]
        window.close()
    finally:
        ws.close()


def test_the_admin_screen_enrols_syncs_and_shows_history_and_refusals(qtbot: QtBot, hub: Hub,
                                                                      tmp_path: Path) -> None:
    hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 3)), "--lab", "Gulu")
    data_dir = tmp_path / "station"
    make_admin(data_dir)
    ws = Workspace.open(data_dir)
    try:
        ws.import_bundle(make_bundle(tmp_path / "usb", "tagging", 1, batch_id="from-usb-only"))
        worker = sign_in(ws, "Amina Njeri")
        stray = ws.next_task(worker)
        assert stray is not None
        ws.submit(worker, stray.key, {"labels": ["cat"]})
        window, admin = admin_screen(qtbot, ws)
        assert admin.hub_label.text() == "not enrolled" and not admin.sync_button.isEnabled()
        admin.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is admin)
        qtbot.keyClick(admin, Qt.Key.Key_F5)
        assert "Enrol this workstation first" in admin.progress_text.text()

        admin.hub_url.setText(hub.url)
        admin.code.setText("WRONG-CODE")
        admin.enrol_button.click()
        qtbot.waitUntil(lambda: "enrolment code" in admin.enrol_message.text(), timeout=10_000)
        assert admin.enrol_button.isEnabled() and admin.hub_label.text() == "not enrolled"

        admin.code.setText(hub.admin("enroll-code", "--lab", "Gulu").strip())
        admin.enrol_button.click()
        qtbot.waitUntil(lambda: admin.hub_label.text() == hub.url, timeout=10_000)
        assert "Enrolled for lab Gulu" in admin.enrol_message.text()
        form = admin.enrol_form
        assert not form.labelForField(admin.hub_url).isVisible(), "no empty 'Hub address:' once enrolled"
        assert not form.labelForField(admin.code).isVisible()

        with qtbot.waitSignal(window.sync.finished, timeout=30_000):
            qtbot.keyClick(admin, Qt.Key.Key_F5)  # the admin screen's own F5, as its button says
        assert admin.history.rowCount() == 1
        assert cell(admin.history, 0, 1) == "done"
        assert admin.refused.rowCount() == 1
        assert cell(admin.refused, 0, 1) == "from-usb-only"
        assert cell(admin.refused, 0, 3) == "rejected" and cell(admin.refused, 0, 4)
        assert "Received 1 new batch." in admin.progress_text.text()
        admin.close()
        window.close()
    finally:
        ws.close()


def test_the_admin_sets_the_sync_interval_and_the_media_budget(qtbot: QtBot, hub: Hub, tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    make_admin(data_dir)
    enroll(data_dir, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip())
    ws = Workspace.open(data_dir)
    try:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.show()
        assert window.sync.timer.isActive() and window.sync.timer.interval() == 10 * 60_000
        window.begin(log_in(ws, "Lab Admin"))
        admin = window.open_admin()
        assert admin is not None
        assert admin.interval.value() == 10 and admin.budget.text() == "no limit"

        for box, typed in ((admin.interval, "30"), (admin.budget, "250")):
            box.setFocus()
            box.selectAll()
            qtbot.keyClicks(box, typed)
            qtbot.keyClick(box, Qt.Key.Key_Return)

        assert ws.auto_sync_minutes() == 30 and window.sync.timer.interval() == 30 * 60_000
        assert ws.prefetch_budget() == 250_000_000
        admin.interval.setValue(0)
        assert not window.sync.timer.isActive() and admin.interval.text() == "only when asked"
        admin.budget.setValue(0)
        assert ws.prefetch_budget() is None
        admin.close()
        window.close()
    finally:
        ws.close()
    with Workspace.open(data_dir) as again:
        assert again.auto_sync_minutes() == 0, "the setting outlives the app"


def test_a_result_another_workstation_answered_first_is_shown_to_the_admin(qtbot: QtBot, tmp_path: Path) -> None:
    offset = tmp_path / "clock-offset"
    offset.write_text("0")
    hub = start_hub(tmp_path / "hub", "--lease-days", "1", "--clock-offset-file", str(offset))
    try:
        hub.admin("add-batch", str(make_bundle(tmp_path / "b", "tagging", 2)), "--lab", "Gulu")
        late, early = tmp_path / "late", tmp_path / "early"
        for station in (late, early):
            make_admin(station)
            enroll(station, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip(), device_name=station.name)
        assert SyncRun(late).run().batches_received == ["test-tagging"]
        for station, name in ((late, "Amina Njeri"), (early, "Brian Okello")):
            if station == early:
                offset.write_text(str(2 * 86_400))  # the late one stayed offline past its lease
                assert SyncRun(early).run().batches_received == ["test-tagging"]
            with Workspace.open(station) as ws:
                worker = sign_in(ws, name)
                task = ws.next_task(worker)
                assert task is not None and task.task_id == "t-0000"
                ws.submit(worker, task.key, {"labels": ["cat"]})
        assert SyncRun(early).run().tally.applied == 1
        report = SyncRun(late).run()
        assert report.complete and report.tally.superseded == 1
        assert "another workstation had answered" in report.message

        ws = Workspace.open(late)
        try:
            window = MainWindow(ws)
            qtbot.addWidget(window)
            window.begin(log_in(ws, "Lab Admin"))
            admin = window.open_admin()
            assert admin is not None
            assert admin.tabs.tabText(2).replace("&", "") == "Answered elsewhere first (1)"
            assert cell(admin.superseded, 0, 1) == "Amina Njeri" and cell(admin.superseded, 0, 3) == "t-0000"
            assert "early" in cell(admin.superseded, 0, 4), "the hub says which workstation's result stands"
            admin.close()
            window.close()
        finally:
            ws.close()
    finally:
        hub.process.terminate()
        hub.process.wait(timeout=30)
        assert hub.process.stdout is not None
        hub.process.stdout.close()
