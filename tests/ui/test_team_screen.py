"""The Team screen in the main window: where a supervisor or the admin lands, F4 to the tasks and
back, the tabs each role gets, and leaving the seat from it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.people import login
from labclient.ui.jobs import jobs_running
from labclient.ui.main_window import MainWindow
from labclient.ui.team_hours import HoursPanel
from labclient.ui.team_shifts import ShiftsPanel
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.ui import log_in_as
from tests.logins import give_pins, seat_sessions

Opener = Callable[..., MainWindow]

PEOPLE = {"Amina Njeri": "worker", "Joseph Okello": "supervisor", "Grace Achieng": "admin"}


def lab(loaded: Callable[[str], Workspace]) -> Workspace:
    ws = loaded("tagging")
    give_pins(ws, PEOPLE)
    return ws


def test_a_supervisor_lands_on_the_team_screen_and_f4_goes_to_the_tasks_and_back(
        qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]) -> None:
    window = open_window(lab(loaded))
    log_in_as(qtbot, window, "Joseph Okello")

    team = window.team
    assert team is not None and window.pages.currentWidget() is team
    assert team.title.text() == "Team — Joseph Okello (Supervisor)"
    assert [team.tabs.tabText(i) for i in range(team.tabs.count())] == ["On shift (Ctrl+1)", "Hours (Ctrl+2)",
                                                                          "Training (Ctrl+3)", "Review (Ctrl+4)"]
    assert team.users is None, "only the partner admin manages users"
    assert isinstance(team.tabs.currentWidget(), ShiftsPanel)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(team.tabs.currentWidget(), HoursPanel)

    with qtbot.waitSignal(window.work_screen.task_shown):
        qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.pages.currentWidget() is window.work_screen
    assert window.work_screen.team_button.isVisible()
    assert window.work_screen.worker_label.text() == "Worker: Joseph Okello"

    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.pages.currentWidget() is team, "the same screen, on the tab that was open"
    assert isinstance(team.tabs.currentWidget(), HoursPanel)
    qtbot.waitUntil(lambda: jobs_running() == 0)


def test_a_worker_has_no_team_screen(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]) -> None:
    window = open_window(lab(loaded))
    with qtbot.waitSignal(window.work_screen.task_shown):
        log_in_as(qtbot, window, "Amina Njeri")

    assert not window.work_screen.team_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.pages.currentWidget() is window.work_screen
    assert window.team is None


def test_the_admin_gets_the_users_tab(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]) -> None:
    window = open_window(lab(loaded))
    log_in_as(qtbot, window, "Grace Achieng")

    team = window.team
    assert team is not None and team.users is not None
    assert team.tabs.tabText(4) == "Users (Ctrl+5)"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert team.tabs.currentWidget() is team.users
    items = [team.users.table.item(row, 0) for row in range(team.users.table.rowCount())]
    names = {item.text() for item in items if item is not None}
    assert "Amina Njeri" in names
    qtbot.waitUntil(lambda: jobs_running() == 0)


def test_ctrl_l_on_the_team_screen_locks_the_seat_even_while_hours_are_read(
        qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace], clock: FakeClock) -> None:
    ws = lab(loaded)
    window = open_window(ws)
    log_in_as(qtbot, window, "Joseph Okello")
    session = window.session
    assert session is not None and window.team is not None
    window.team.tabs.setCurrentWidget(window.team.hours)  # starts reading the week in the background

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.pages.currentWidget() is window.login_screen
    assert window.team is None, "the screen went with the session"
    assert [(s.name, s.locked) for s in seat_sessions(ws.store, clock=clock)] == [("Joseph Okello", True)]
    qtbot.waitUntil(lambda: jobs_running() == 0)  # the answer for the closed screen is dropped, no error
    log_in_as(qtbot, window, "Joseph Okello")
    assert window.team is not None and window.pages.currentWidget() is window.team
    qtbot.waitUntil(lambda: jobs_running() == 0)


def test_a_session_ended_elsewhere_brings_back_the_login_screen(
        qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace], clock: FakeClock) -> None:
    ws = lab(loaded)
    window = open_window(ws)
    log_in_as(qtbot, window, "Joseph Okello")
    assert window.session is not None and window.team is not None
    login.logout(ws.store, window.session, clock=clock)  # e.g. he logged in again on this seat's other window

    window.team.refresh()

    assert window.pages.currentWidget() is window.login_screen
    assert "session has ended" in window.login_screen.message.text()
    qtbot.waitUntil(lambda: jobs_running() == 0)
