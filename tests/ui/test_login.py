"""Logging in at a shared seat, by keyboard: name, PIN, Enter, and what the worker is told when it fails.

- Type-ahead in the name list, Enter to the PIN field, Enter logs in: the work screen shows the
  worker's name and, not clocked in yet, the Clock in button has the keyboard.
- A wrong PIN says how many tries are left; the fifth locks the account, and the screen counts the
  seconds down (on the people clock, moved by the test); during the lock not even the right PIN works.
- A worker from before logins (no PIN) is told to ask the partner admin; a worker switched off
  while working is sent back to the login screen with the reason, and is no longer in the list.
- A fresh workstation opens on the form for the first admin (name, PIN twice); the admin is
  then logged in, and the form is offered no more.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labclient.people import login, roster
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.ui import log_in_as, start_as
from tests.logins import add_legacy_worker, give_pins, pin_hash, seat_sessions

Opener = Callable[..., MainWindow]


def type_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    screen = window.login_screen
    screen.pin.setFocus()
    qtbot.keyClicks(screen.pin, pin)
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)


def test_a_worker_logs_in_by_keyboard(qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace]):
    window = open_window(loaded("tagging"))
    screen = window.login_screen
    assert window.pages.currentWidget() is screen
    assert QApplication.focusWidget() is screen.list
    assert not screen.demo_hint.isVisible(), "only a demo folder shows the demo PIN"
    qtbot.keyClicks(screen.list, "So")  # type-ahead
    assert screen.chosen_name() == "Sokha Chan"
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.pin
    assert screen.pin.echoMode() == screen.pin.EchoMode.Password
    qtbot.keyClicks(screen.pin, "1234")
    with qtbot.waitSignal(window.work_screen.task_shown):
        qtbot.keyClick(screen.pin, Qt.Key.Key_Return)

    work = window.work_screen
    assert window.pages.currentWidget() is work
    assert work.worker_label.text() == "Worker: Sokha Chan"
    assert window.session is not None and window.session.name == "Sokha Chan"
    assert work.bar.state_label.text() == "You are not clocked in: your time is not being counted."
    assert QApplication.focusWidget() is work.bar.clock_button
    assert screen.pin.text() == "", "the PIN never stays in the field"


def test_wrong_pins_count_down_to_a_lock_that_counts_down(qtbot: QtBot, open_window: Opener,
                                                          loaded: Callable[[str], Workspace], clock: FakeClock):
    window = open_window(loaded("tagging"))
    screen = window.login_screen
    assert screen.chosen_name() == "Amina Njeri"
    for tries_left in (4, 3, 2, 1):
        type_pin(qtbot, window, "0000")
        assert screen.message.text() == ("That PIN is not right for Amina Njeri. Tries left before the account "
                                         f"locks for a while: {tries_left}.")
        assert window.pages.currentWidget() is screen
        assert screen.pin.text() == "" and QApplication.focusWidget() is screen.pin
    type_pin(qtbot, window, "0000")
    assert screen.message.text() == ("That PIN is not right for Amina Njeri. After 5 wrong tries in a row, Amina "
                                     "Njeri is locked for 30 seconds; try again after that.")

    # Someone else can log in meanwhile; coming back to Amina shows the time left, then counts down.
    qtbot.keyClick(screen.list, Qt.Key.Key_Down)
    assert screen.chosen_name() == "Sokha Chan" and screen.message.text() == ""
    qtbot.keyClick(screen.list, Qt.Key.Key_Up)
    assert screen.message.text().startswith("Amina Njeri is locked for 30 more seconds after too many wrong PINs.")
    clock.advance(seconds=12)
    with qtbot.waitSignal(screen.countdown.timeout, timeout=3000):
        pass
    assert screen.message.text().startswith("Amina Njeri is locked for 18 more seconds")

    type_pin(qtbot, window, "1234")  # the right PIN, but the lock holds
    assert window.pages.currentWidget() is screen
    assert screen.message.text().startswith("Amina Njeri is locked for 18 more seconds")

    clock.advance(seconds=18)
    with qtbot.waitSignal(screen.countdown.timeout, timeout=3000):
        pass
    assert screen.message.text() == "Amina Njeri can try again now."
    with qtbot.waitSignal(window.work_screen.task_shown):
        type_pin(qtbot, window, "1234")
    assert window.work_screen.worker_label.text() == "Worker: Amina Njeri"


def test_a_worker_without_a_pin_is_told_to_ask_the_admin(qtbot: QtBot, open_window: Opener,
                                                         loaded: Callable[[str], Workspace]):
    ws = loaded("tagging")
    add_legacy_worker(ws, "Brian Okello")  # added the old way: no PIN
    window = open_window(ws)
    screen = window.login_screen
    log_in_as(qtbot, window, "Brian Okello", pin="5678")
    assert window.pages.currentWidget() is screen
    assert screen.message.text() == ("Brian Okello has no PIN yet, so they cannot log in. Ask the partner admin "
                                     "to set one.")


def test_a_worker_switched_off_while_working_is_sent_back_with_the_reason(
        qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace], clock: FakeClock):
    ws = loaded("tagging")
    window = open_window(ws)
    start_as(qtbot, window, "Amina Njeri")
    # The hub's next roster switches Amina off.
    entries: list[dict[str, object]] = [
        {"id": "hub-amina-njeri", "name": "Amina Njeri", "role": "worker", "secret_hash": pin_hash(), "disabled": True},
        {"id": "hub-sokha-chan", "name": "Sokha Chan", "role": "worker", "secret_hash": pin_hash()}]
    clock.advance(minutes=1)
    roster.apply_roster(ws.store, entries, as_of=clock.wall(), clock=clock)
    window.work_screen.bar.refresh()  # the minute's refresh

    screen = window.login_screen
    assert window.pages.currentWidget() is screen
    assert screen.message.text() == ("Amina Njeri's account is switched off on this workstation. Ask the partner "
                                     "admin.")
    assert [screen.list.item(i).text() for i in range(screen.list.count())] == ["Sokha Chan"]
    assert window.session is None


ADMIN_SECRET = "kivu lake 88"  # a passphrase: the strong PIN rules of a real lab


def test_a_fresh_workstation_sets_up_its_first_admin(qtbot: QtBot, open_window: Opener, ws: Workspace,
                                                     clock: FakeClock):
    window = open_window(ws)
    screen = window.login_screen
    assert screen.pages.currentWidget() is screen.setup_page
    assert QApplication.focusWidget() is screen.admin_name
    assert not screen.back_button.isVisible(), "nothing to go back to: nobody can log in yet"

    qtbot.keyClicks(screen.admin_name, "Grace  Achieng")
    qtbot.keyClick(screen.admin_name, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.admin_pin
    qtbot.keyClicks(screen.admin_pin, "4242")
    qtbot.keyClick(screen.admin_pin, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.admin_pin_again, "4243")
    qtbot.keyClick(screen.admin_pin_again, Qt.Key.Key_Return)
    assert screen.setup_message.text() == "The two PINs are not the same. Type the PIN twice again."
    assert QApplication.focusWidget() is screen.admin_pin and screen.admin_pin.text() == ""

    for field in (screen.admin_pin, screen.admin_pin_again):
        qtbot.keyClicks(field, "42")
    qtbot.keyClick(screen.admin_pin_again, Qt.Key.Key_Return)
    assert screen.setup_message.text() == ("A PIN or password is 4 to 128 characters and not only spaces. "
                                           "Choose another.")

    for field in (screen.admin_pin, screen.admin_pin_again):  # a real lab's admin needs more than a PIN
        qtbot.keyClicks(field, "4242")
    qtbot.keyClick(screen.admin_pin_again, Qt.Key.Key_Return)
    assert screen.setup_message.text() == (
        "Supervisors and partner admins need a PIN or password of at least 8 characters on this workstation, so a "
        "copy of its database cannot be used to guess it. Choose a longer one.")
    assert window.session is None

    for field in (screen.admin_pin, screen.admin_pin_again):
        qtbot.keyClicks(field, ADMIN_SECRET)
    qtbot.keyClick(screen.admin_pin_again, Qt.Key.Key_Return)
    # The new admin lands on the Team screen, whose Users tab is where the lab's people are added.
    assert window.team is not None and window.pages.currentWidget() is window.team
    assert window.team.title.text() == "Team — Grace Achieng (Partner admin)"
    assert window.team.users is not None
    assert window.session is not None and window.session.role == "admin"

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is screen
    assert screen.pages.currentWidget() is screen.login_page
    assert [screen.list.item(i).text() for i in range(screen.list.count())] == ["Grace Achieng"]
    assert not screen.setup_offer.isVisible(), "there is an admin now"
    type_pin(qtbot, window, ADMIN_SECRET)
    assert window.team is not None and window.pages.currentWidget() is window.team


def test_old_workers_without_pins_and_no_admin_offer_the_first_admin(qtbot: QtBot, open_window: Opener,
                                                                      ws: Workspace):
    add_legacy_worker(ws, "Amina Njeri")  # from before logins
    window = open_window(ws)
    screen = window.login_screen
    assert screen.pages.currentWidget() is screen.login_page
    assert screen.setup_offer.isVisible() and screen.setup_offer.text() == "Set up the first admin… (Ctrl+N)"
    qtbot.keyClick(screen.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.pages.currentWidget() is screen.setup_page
    assert screen.back_button.isVisible()
    qtbot.keyClick(screen.admin_name, Qt.Key.Key_Escape)
    assert screen.pages.currentWidget() is screen.login_page
    assert QApplication.focusWidget() is screen.list


def test_pins_from_the_hub_work_and_the_seat_lists_who_is_logged_in(qtbot: QtBot, open_window: Opener,
                                                                     loaded: Callable[[str], Workspace],
                                                                     clock: FakeClock):
    ws = loaded("tagging")
    give_pins(ws, {"Lab Supervisor": "supervisor"})
    window = open_window(ws)
    start_as(qtbot, window, "Lab Supervisor")
    assert window.work_screen.worker_label.text() == "Worker: Lab Supervisor"
    assert [(s.name, s.locked) for s in seat_sessions(ws.store, clock=clock)] == [("Lab Supervisor", False)]


def test_checking_the_pin_shows_a_sign_before_the_wait(qtbot: QtBot, open_window: Opener,
                                                       loaded: Callable[[str], Workspace],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(loaded("tagging"))
    seen: list[tuple[str, bool]] = []
    real = login.login

    def watched(*args: object, **kwargs: object) -> object:  # the real check, with what the screen showed then
        cursor = QApplication.overrideCursor()
        seen.append((window.login_screen.message.text(),
                     cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("labclient.people.login.login", watched)  # what ws.sessions.login calls
    start_as(qtbot, window, "Amina Njeri")
    assert seen == [("Checking the PIN…", True)]
    assert QApplication.overrideCursor() is None, "the wait cursor is gone once she is in"
