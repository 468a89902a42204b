"""The admin screen (Ctrl+Shift+A) is for partner admins only, checked by the core.

- An admin at the seat gets the screen at once.
- Anyone else is asked for an admin's name and PIN in a small dialog: their own name, another
  worker's or a wrong PIN is refused with a clear message (and the worker at the seat keeps
  working); the admin's PIN opens the screen, and closing it logs that admin out again.
- The screen itself refuses a session that may not change the hub settings, whoever built it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labclient.errors import NotAllowed
from labclient.ui.admin_dialog import AdminDialog
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.ui import key, start_as
from tests.logins import give_pins, log_in, seat_sessions

Opener = Callable[..., MainWindow]


@pytest.fixture
def lab(loaded: Callable[[str], Workspace]) -> Workspace:
    """Two workers and a partner admin, all with the PIN 1234."""
    ws = loaded("tagging")
    give_pins(ws, {"Lab Admin": "admin"})
    return ws


def ask_pin(qtbot: QtBot, window: MainWindow, name: str, pin: str) -> None:
    ask = window.admin_login
    assert ask is not None and ask.isVisible()
    ask.names.setCurrentText(name)
    ask.pin.setFocus()
    qtbot.keyClicks(ask.pin, pin)
    qtbot.keyClick(ask.pin, Qt.Key.Key_Return)


def test_an_admin_at_the_seat_opens_the_admin_screen_at_once(qtbot: QtBot, open_window: Opener, lab: Workspace):
    window = open_window(lab)
    start_as(qtbot, window, "Lab Admin")
    key(qtbot, window, "Ctrl+Shift+A")
    assert window.admin is not None and window.admin.isVisible()
    assert window.admin_login is None
    window.admin.close()


def test_a_worker_must_fetch_an_admin(qtbot: QtBot, open_window: Opener, lab: Workspace, clock: FakeClock):
    window = open_window(lab)
    start_as(qtbot, window, "Amina Njeri")
    key(qtbot, window, "Ctrl+Shift+A")
    ask = window.admin_login
    assert ask is not None
    qtbot.waitUntil(ask.isVisible)
    assert window.admin is None

    ask_pin(qtbot, window, "Amina Njeri", "1234")  # her own name: refused without logging her in again
    assert ask.message.text() == ("Amina Njeri is not a partner admin, so they cannot open the admin screen. "
                                  "Ask the partner admin.")
    ask_pin(qtbot, window, "Sokha Chan", "1234")
    assert ask.message.text().startswith("Sokha Chan is not a partner admin")
    ask_pin(qtbot, window, "Lab Admin", "9999")
    assert ask.message.text() == ("That PIN is not right for Lab Admin. Tries left before the account locks for a "
                                  "while: 4.")
    assert window.admin is None and ask.pin.text() == ""

    ask_pin(qtbot, window, "Lab Admin", "1234")
    admin = window.admin
    assert admin is not None and admin.isVisible()
    qtbot.waitUntil(lambda: window.admin_login is None)
    seated = {s.name: s.locked for s in seat_sessions(lab.store, clock=clock)}
    assert seated == {"Amina Njeri": False, "Lab Admin": False}, "Amina keeps working; Sokha was logged out"

    admin.close()
    assert [s.name for s in seat_sessions(lab.store, clock=clock)] == ["Amina Njeri"]
    assert window.session is not None and window.pages.currentWidget() is window.work_screen
    window.work_screen.bar.refresh()  # her session still works
    assert window.session is not None


def test_the_admin_screen_needs_an_admin_from_the_login_screen_too(qtbot: QtBot, open_window: Opener,
                                                                   lab: Workspace):
    window = open_window(lab)
    key(qtbot, window, "Ctrl+Shift+A")
    ask = window.admin_login
    assert ask is not None
    qtbot.waitUntil(ask.isVisible)
    qtbot.keyClick(ask.pin, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.admin_login is None)
    assert window.admin is None


def test_the_admin_screen_refuses_a_worker_session(qtbot: QtBot, open_window: Opener, lab: Workspace,
                                                   clock: FakeClock):
    window = open_window(lab)
    with pytest.raises(NotAllowed):
        AdminDialog(lab, window.sync, log_in(lab, "Amina Njeri"), window)
