"""The partner admin's Users panel: adding local users, PINs, switching accounts off and on,
lockouts, and where the user list comes from.

Real store, the fake people clock; the admin is the workstation's first admin (bootstrap_admin),
so users added here are local and await the hub. Dialogs are opened non-blocking and driven by
keyboard or their buttons; what is checked is what the admin sees and what the core then allows.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from labclient.errors import AccountDisabledError, NotAllowed, SessionLockedError, WrongSecretError
from labclient.people import login, roster
from labclient.people.clock import format_wall
from labclient.people.roles import Role, Session
from labclient.ui.user_dialogs import AddUserDialog
from labclient.ui.users_panel import NAME, STATE, UsersPanel
from labclient.workspace import Workspace
from tests.helpers.clock import LAB_TZ, START, FakeClock

ADMIN = "Grace Achieng"
ADMIN_PIN = "4242"


@pytest.fixture
def admin(ws: Workspace, clock: FakeClock) -> Session:
    """The first partner admin of the workstation, logged in."""
    return roster.bootstrap_admin(ws.store, ADMIN, ADMIN_PIN, clock=clock)


@pytest.fixture
def panel(qtbot: QtBot, ws: Workspace, admin: Session, clock: FakeClock) -> UsersPanel:
    """The Users panel for the admin, shown at the lab's screen size."""
    widget = UsersPanel(ws, admin, tz=LAB_TZ)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def active(qtbot: QtBot, dialog: QDialog | None) -> None:
    """Wait until ``dialog`` is shown and has the keyboard."""
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def add(ws: Workspace, admin: Session, clock: FakeClock, name: str, role: str = "worker", pin: str = "1234") -> str:
    """A local user added through the core; their id."""
    return roster.add_local_user(ws.store, admin, name, role, pin, clock=clock).id


def row(panel: UsersPanel, name: str) -> list[str]:
    """The texts of the table row whose name starts with ``name``."""
    table = panel.table
    rows = [[item.text() if (item := table.item(r, c)) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    found = [cells for cells in rows if cells[NAME].startswith(name)]
    assert found, f"{name} is not in the table"
    return found[0]


def state(panel: UsersPanel, name: str) -> str:
    return row(panel, name)[STATE]


def test_the_admin_adds_a_local_user_who_can_then_log_in(qtbot: QtBot, ws: Workspace, panel: UsersPanel,
                                                         clock: FakeClock) -> None:
    assert panel.status_label.text() == ("The hub has not sent a user list yet: users added here are marked "
                                         "'awaiting the hub' until it confirms them.")
    assert row(panel, ADMIN) == [f"{ADMIN} (you)", "Partner admin", "—", "Here", "Active · Awaiting the hub"]

    qtbot.keyClick(panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: Add user…
    dialog = panel.dialog
    assert isinstance(dialog, AddUserDialog)
    active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Joseph Okello")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.role, Qt.Key.Key_Down)  # Worker → Supervisor
    assert dialog.role.currentText() == "Supervisor"
    qtbot.keyClick(dialog.role, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.pin
    qtbot.keyClicks(dialog.pin, "5678")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.pin_again, "5678")
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)  # Enter: the dialog's OK
    assert not dialog.isVisible()

    assert row(panel, "Joseph Okello") == ["Joseph Okello", "Supervisor", "—", "Here", "Active · Awaiting the hub"]
    selected = panel.selected()
    assert selected is not None and selected.user.name == "Joseph Okello"
    assert panel.message.text() == ("Joseph Okello is added and can log in here with the PIN you chose. The hub "
                                    "confirms them at a sync.")
    assert "The hub confirms them when its user list names them." in panel.details.text()
    session = login.login(ws.store, "Joseph Okello", "5678", clock=clock)
    assert session.role is Role.SUPERVISOR


def test_two_different_pins_or_a_short_pin_do_not_add_anyone(qtbot: QtBot, ws: Workspace, panel: UsersPanel,
                                                            admin: Session, clock: FakeClock) -> None:
    dialog = panel.add_user_dialog()
    active(qtbot, dialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Amina Njeri")
    qtbot.keyClicks(dialog.pin, "5678")
    qtbot.keyClicks(dialog.pin_again, "5687")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == "The two PINs are not the same. Type the PIN twice again."
    assert dialog.name.text() == "Amina Njeri", "the name stays"
    assert (dialog.pin.text(), dialog.pin_again.text()) == ("", "")
    assert QApplication.focusWidget() is dialog.pin

    qtbot.keyClicks(dialog.pin, "12")
    qtbot.keyClicks(dialog.pin_again, "12")
    qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "A PIN or password is 4 to 128 characters and not only spaces. Choose another."
    assert [u.name for u in roster.users(ws.store, admin, clock=clock)] == [ADMIN]

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert panel.table.rowCount() == 1


def test_a_name_already_taken_shows_the_core_message_and_keeps_what_was_typed(
        qtbot: QtBot, ws: Workspace, panel: UsersPanel, admin: Session, clock: FakeClock) -> None:
    add(ws, admin, clock, "Amina Njeri")
    dialog = panel.add_user_dialog()
    active(qtbot, dialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "amina  njeri")
    qtbot.keyClicks(dialog.pin, "5678")
    qtbot.keyClicks(dialog.pin_again, "5678")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == "There is already a user named amina njeri here. Choose another name."
    assert dialog.name.text() == "amina  njeri"
    assert (dialog.pin.text(), dialog.pin_again.text()) == ("5678", "5678")
    assert QApplication.focusWidget() is dialog.name

    dialog.name.setText("Amina Njeri Okoth")  # corrected: OK works now, with the PIN typed before
    dialog.ok_button.click()
    assert not dialog.isVisible()
    login.login(ws.store, "Amina Njeri Okoth", "5678", clock=clock)


def test_setting_a_pin_lets_the_user_log_in_with_it(qtbot: QtBot, ws: Workspace, panel: UsersPanel,
                                                   admin: Session, clock: FakeClock) -> None:
    amina = add(ws, admin, clock, "Amina Njeri")
    panel.refresh()
    assert panel.select_user(amina)
    dialog = panel.set_pin_dialog()
    active(qtbot, dialog)
    assert dialog is not None
    assert QApplication.focusWidget() is dialog.pin
    qtbot.keyClicks(dialog.pin, "9876")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.pin_again, "9876")
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert panel.message.text() == "Amina Njeri's new PIN is set: they can log in with it now."
    assert login.login(ws.store, "Amina Njeri", "9876", clock=clock).user_id == amina
    with pytest.raises(WrongSecretError):
        login.login(ws.store, "Amina Njeri", "1234", clock=clock)


def test_a_user_without_a_pin_shows_it_and_gets_one(qtbot: QtBot, ws: Workspace, panel: UsersPanel,
                                                    admin: Session, clock: FakeClock) -> None:
    sokha = roster.add_local_user(ws.store, admin, "Sokha Chan", "worker", clock=clock).id
    panel.refresh()
    assert state(panel, "Sokha Chan") == "No PIN yet · Awaiting the hub"
    panel.select_user(sokha)
    assert "Sokha Chan has no PIN yet, so they cannot log in." in panel.details.text()
    dialog = panel.set_pin_dialog()
    active(qtbot, dialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClicks(dialog.pin_again, "2468")
    dialog.ok_button.click()
    assert state(panel, "Sokha Chan") == "Active · Awaiting the hub"


def test_switching_a_user_off_refuses_their_login_and_switching_on_allows_it(
        qtbot: QtBot, ws: Workspace, panel: UsersPanel, admin: Session, clock: FakeClock) -> None:
    amina = add(ws, admin, clock, "Amina Njeri")
    at_work = login.login(ws.store, "Amina Njeri", "1234", clock=clock)
    panel.refresh()
    panel.select_user(amina)
    assert panel.switch_button.text() == "S&witch off…"

    box = panel.toggle_disabled_selected()
    assert box is not None and box.isVisible()
    assert "Their recorded time and work stay." in box.informativeText()
    cancel = box.findChild(QPushButton, "cancelSwitchOff")
    assert cancel is not None
    cancel.click()
    assert state(panel, "Amina Njeri") == "Active · Awaiting the hub"

    box = panel.toggle_disabled_selected()
    assert box is not None
    off = box.findChild(QPushButton, "confirmSwitchOff")
    assert off is not None
    with qtbot.waitSignal(panel.changed):
        off.click()
    assert state(panel, "Amina Njeri") == "Switched off · Awaiting the hub"
    assert panel.switch_button.text() == "S&witch on"
    assert panel.message.text() == "Amina Njeri is switched off."
    with pytest.raises(AccountDisabledError):
        login.login(ws.store, "Amina Njeri", "1234", clock=clock)
    with pytest.raises(AccountDisabledError):  # and the session she had is over
        login.touch(ws.store, at_work, clock=clock)

    assert panel.toggle_disabled_selected() is None  # switching on needs no question
    assert state(panel, "Amina Njeri") == "Active · Awaiting the hub"
    login.login(ws.store, "Amina Njeri", "1234", clock=clock)


def test_five_wrong_pins_lock_a_user_and_unlock_lifts_it(qtbot: QtBot, ws: Workspace, panel: UsersPanel,
                                                        admin: Session, clock: FakeClock) -> None:
    amina = add(ws, admin, clock, "Amina Njeri")
    for _ in range(5):
        with pytest.raises(WrongSecretError):
            login.login(ws.store, "Amina Njeri", "0000", clock=clock)
    panel.refresh()
    assert state(panel, "Amina Njeri") == "Locked for 30 s · Awaiting the hub"
    panel.select_user(amina)
    assert panel.unlock_button.isEnabled()
    assert "typed a wrong PIN 5 times in a row and can try again in 30 seconds" in panel.details.text()
    assert panel.countdown.isActive()

    clock.advance(seconds=10)
    with qtbot.waitSignal(panel.refreshed):
        panel.countdown.timeout.emit()  # the countdown's tick
    assert state(panel, "Amina Njeri") == "Locked for 20 s · Awaiting the hub"

    panel.table.setFocus()
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Alt+U: Unlock
    assert state(panel, "Amina Njeri") == "Active · Awaiting the hub"
    assert panel.message.text() == "Amina Njeri is unlocked and can try their PIN again now."
    assert not panel.unlock_button.isEnabled()
    assert not panel.countdown.isActive()
    assert login.login(ws.store, "Amina Njeri", "1234", clock=clock).user_id == amina


def test_the_admin_cannot_switch_off_their_own_account(ws: Workspace, panel: UsersPanel, admin: Session,
                                                      clock: FakeClock) -> None:
    add(ws, admin, clock, "Amina Njeri")
    panel.refresh()
    panel.select_user(admin.user_id)
    assert not panel.switch_button.isEnabled()
    assert panel.switch_button.toolTip() == "You cannot switch off your own account. Another partner admin can."
    assert panel.pin_button.isEnabled()
    assert panel.toggle_disabled_selected() is None
    assert state(panel, ADMIN) == "Active · Awaiting the hub"
    assert not any(u.disabled for u in roster.users(ws.store, admin, clock=clock))


def test_only_a_partner_admin_opens_the_panel(ws: Workspace, admin: Session, clock: FakeClock) -> None:
    add(ws, admin, clock, "Joseph Okello", "supervisor")
    add(ws, admin, clock, "Amina Njeri", "worker")
    for name in ("Joseph Okello", "Amina Njeri"):
        session = login.login(ws.store, name, "1234", clock=clock)
        with pytest.raises(NotAllowed) as refused:
            UsersPanel(ws, session)
        assert "may not add users, set PINs or switch accounts on and off" in refused.value.message


def test_users_from_the_hub_and_a_stale_list(qtbot: QtBot, ws: Workspace, panel: UsersPanel, admin: Session,
                                            clock: FakeClock) -> None:
    entry = {"id": "hub-1", "name": "Joseph Okello", "role": "supervisor", "lab": "Gulu", "secret_hash": None,
             "disabled": False}
    roster.apply_roster(ws.store, [entry], as_of=format_wall(START - dt.timedelta(days=8)), clock=clock)
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    assert panel.status_label.text() == (
        "The user list came from the hub on 2026-11-16 08:00, more than 7 days ago: someone switched off at the hub "
        "can still log in here until the next sync. Sync soon.")
    assert row(panel, "Joseph Okello") == ["Joseph Okello", "Supervisor", "Gulu", "By the hub", "No PIN yet"]
    assert row(panel, ADMIN)[3:] == ["Here", "Active · Awaiting the hub"]
    assert panel.select_user(roster.users(ws.store, admin, clock=clock)[1].id)  # Joseph Okello
    assert "Joseph Okello's name, role and lab come from the hub: change them there." in panel.details.text()
    dialog = panel.set_pin_dialog()
    assert dialog is not None and dialog.note.text().startswith("Joseph Okello comes from the hub")
    dialog.reject()

    roster.apply_roster(ws.store, [entry], as_of=format_wall(START), clock=clock)
    panel.refresh()
    assert panel.status_label.text() == "The user list came from the hub on 2026-11-24 08:00."


def test_a_locked_admin_session_is_handed_back(qtbot: QtBot, ws: Workspace, panel: UsersPanel, admin: Session,
                                              clock: FakeClock) -> None:
    add(ws, admin, clock, "Amina Njeri")
    panel.refresh()
    dialog = panel.add_user_dialog()
    active(qtbot, dialog)
    assert dialog is not None
    login.lock(ws.store, admin, clock=clock)  # the admin stepped away
    qtbot.keyClicks(dialog.name, "Sokha Chan")
    qtbot.keyClicks(dialog.pin, "5678")
    qtbot.keyClicks(dialog.pin_again, "5678")
    with qtbot.waitSignal(panel.session_lost) as lost:
        dialog.ok_button.click()
    assert isinstance(lost.args[0], SessionLockedError)
    assert not dialog.isVisible()
    assert not panel.add_button.isEnabled() and not panel.pin_button.isEnabled()
    assert [u.name for u in roster.users(ws.store, login.login(ws.store, ADMIN, ADMIN_PIN, clock=clock),
                                         clock=clock)] == ["Amina Njeri", ADMIN]
