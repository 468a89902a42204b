"""The admin screen's sync interval and media budget are set through the core with the admin's
session: the setting changes for a logged-in admin, and nothing changes once that session ended."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labclient.people import login, roster
from labclient.relay.discovery import announce
from labclient.sync.state import read_settings, write_settings
from labclient.ui.admin_dialog import AdminDialog
from labclient.ui.sync_controller import SyncController
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock


def test_the_admin_screen_changes_the_settings_as_the_admin_and_not_after_logout(qtbot: QtBot, ws: Workspace,
                                                                                 clock: FakeClock) -> None:
    admin = roster.bootstrap_admin(ws.store, "Lab Admin", "1234", clock=clock)
    sync = SyncController(ws)
    dialog = AdminDialog(ws, sync, admin)
    qtbot.addWidget(dialog)

    dialog.interval.setValue(45)
    dialog.budget.setValue(7)
    assert (read_settings(ws.store).auto_sync_minutes, read_settings(ws.store).prefetch_budget) == (45, 7_000_000)

    login.logout(ws.store, admin, clock=clock)
    dialog.interval.setValue(5)
    dialog.budget.setValue(0)

    assert (read_settings(ws.store).auto_sync_minutes, read_settings(ws.store).prefetch_budget) == (45, 7_000_000)
    assert "Only a partner admin who is logged in may change this" in dialog.progress_text.text()
    assert (dialog.interval.value(), dialog.budget.value()) == (45, 7)


def test_the_admin_sets_the_labs_language_and_the_login_screen_speaks_it(
        qtbot: QtBot, ws: Workspace, clock: FakeClock) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from labclient.people.language import lab_language
    from labclient.ui.app_language import install_translations
    from labclient.ui.main_window import MainWindow

    admin = roster.bootstrap_admin(ws.store, "Lab Admin", "1234", clock=clock)
    dialog = AdminDialog(ws, SyncController(ws), admin)
    qtbot.addWidget(dialog)
    try:
        dialog.lab_language.setCurrentIndex(dialog.lab_language.findText("Français"))
        window = MainWindow(ws)
        qtbot.addWidget(window)
        title = window.login_screen.title.text()
        login.logout(ws.store, admin, clock=clock)
        dialog.lab_language.setCurrentIndex(dialog.lab_language.findText("اردو"))
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translations(app, QLocale("en"))

    assert lab_language(ws.store) == "fr", "after the admin's logout, nothing changes"
    assert title != "Who is working at this computer?", title
    assert dialog.lab_language.currentText() == "Français"


def test_the_admin_sets_the_lines_data_budget_and_sees_what_was_used(qtbot: QtBot, ws: Workspace,
                                                                      clock: FakeClock) -> None:
    from labclient.sync.state import log_run

    admin = roster.bootstrap_admin(ws.store, "Lab Admin", "1234", clock=clock)
    log_run(ws.store, clock.wall(), "ok", 3, 1_200_000, 300_000, "", clock=clock)  # 1.5 MB carried a moment ago
    dialog = AdminDialog(ws, SyncController(ws), admin)
    qtbot.addWidget(dialog)
    assert dialog.data_day.specialValueText() == "no daily limit" and dialog.data_day.value() == 0
    assert dialog.data_use.text() == "Used: today 1.5 MB · this month 1.5 MB"

    dialog.data_month.setValue(60)
    dialog.data_day.setValue(2)
    assert (read_settings(ws.store).data_budget_day, read_settings(ws.store).data_budget_month) == (2_000_000,
                                                                                                   60_000_000)
    assert dialog.data_use.text() == "Used: today 1.5 of 2 MB · this month 1.5 of 60 MB"

    dialog.data_day.setValue(90)                      # more a day than a month: refused, nothing changes
    assert "cannot be larger than the month's" in dialog.progress_text.text()
    assert (dialog.data_day.value(), read_settings(ws.store).data_budget_day) == (2, 2_000_000)

    dialog.data_day.setValue(1)                       # 1 MB a day, 1.5 MB used: the budget is spent
    assert dialog.data_use.text().endswith("used up: 0 items and new work wait")


def test_the_admin_gives_the_lab_relays_address_and_a_wrong_one_changes_nothing(qtbot: QtBot, ws: Workspace,
                                                                                  clock: FakeClock) -> None:
    admin = roster.bootstrap_admin(ws.store, "Lab Admin", "1234", clock=clock)
    dialog = AdminDialog(ws, SyncController(ws), admin)
    qtbot.addWidget(dialog)
    assert dialog.relay.text() == "" and dialog.relay.placeholderText() == "none: media comes from the hub"

    dialog.relay.setText("http://192.168.1.10:8765")
    dialog.relay.editingFinished.emit()
    assert read_settings(ws.store).relay_url == "http://192.168.1.10:8765"
    assert "lab relay at http://192.168.1.10:8765 first" in dialog.progress_text.text()

    dialog.relay.setText("192.168.1.10")              # no scheme, no port: refused, nothing changes
    dialog.relay.editingFinished.emit()
    assert "That is not a relay address" in dialog.progress_text.text()
    assert read_settings(ws.store).relay_url == "http://192.168.1.10:8765"

    login.logout(ws.store, admin, clock=clock)
    dialog.relay.setText("")
    dialog.relay.editingFinished.emit()
    assert "Only a partner admin who is logged in may change this" in dialog.progress_text.text()
    assert read_settings(ws.store).relay_url == "http://192.168.1.10:8765"
    assert dialog.relay.text() == "http://192.168.1.10:8765", "the screen shows the address that stands"


@pytest.mark.slow
def test_the_admin_finds_the_lab_relay_on_the_network_without_typing_its_address(qtbot: QtBot, ws: Workspace,
                                                                                  clock: FakeClock) -> None:
    write_settings(ws.store, hub_url="http://hub.example:8000", lab="Gulu")  # as enrolment leaves them
    admin = roster.bootstrap_admin(ws.store, "Lab Admin", "1234", clock=clock)
    dialog = AdminDialog(ws, SyncController(ws), admin)
    qtbot.addWidget(dialog)
    relay = announce(18770, ["127.0.0.1"], "http://hub.example:8000", "Gulu", interfaces=["127.0.0.1"])
    try:
        qtbot.mouseClick(dialog.find_relay_button, Qt.MouseButton.LeftButton)
        assert not dialog.find_relay_button.isEnabled() and "Looking for" in dialog.progress_text.text()
        qtbot.waitUntil(dialog.find_relay_button.isEnabled, timeout=20_000)
    finally:
        relay.close()
    assert read_settings(ws.store).relay_url == "http://127.0.0.1:18770"
    assert dialog.relay.text() == "http://127.0.0.1:18770"
    assert "Found the lab relay at http://127.0.0.1:18770" in dialog.progress_text.text()

    qtbot.mouseClick(dialog.find_relay_button, Qt.MouseButton.LeftButton)  # it has stopped since
    qtbot.waitUntil(dialog.find_relay_button.isEnabled, timeout=20_000)
    assert "No lab relay of this hub answered" in dialog.progress_text.text()
    assert read_settings(ws.store).relay_url == "http://127.0.0.1:18770", "the address that stands stays"


def test_the_admin_screen_shows_the_whole_labs_use_as_the_relay_counted_it(qtbot: QtBot, ws: Workspace,
                                                                           clock: FakeClock) -> None:
    admin = roster.bootstrap_admin(ws.store, "Lab Admin", "1234", clock=clock)
    said = '{"today": 1000000, "month": 1500000, "daily": 1000000, "monthly": null}'  # the last sync's relay
    write_settings(ws.store, relay_lab_use=said)
    dialog = AdminDialog(ws, SyncController(ws), admin)
    qtbot.addWidget(dialog)
    text = dialog.data_use.text()
    assert "The whole lab, as the relay counted at the last sync: today 1.0 of 1 MB · this month 1.5 MB" in text
    assert text.endswith("used up: 0 items and new work wait"), "the lab's day is used up"
