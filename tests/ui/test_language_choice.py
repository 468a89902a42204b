"""Each person's language: picked at the login screen with F6, shown at once, kept with her user.

A worker presses F6 and picks Kiswahili with the arrows: the login screen speaks Swahili at once,
and so does her work screen after the PIN. The next person at the seat starts in the lab's
language; she gets Swahili back at her next login without asking. The lab's default is an
admin's setting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from labclient.languages import LANGUAGES
from labclient.people import login
from labclient.people.language import language_for, set_lab_language
from labclient.ui.app_language import install_translations
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.ui import log_in_as
from tests.logins import PIN, give_pins

Opener = Callable[..., MainWindow]
WHO = "Who is working at this computer?"


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """The app's translation is global: put English back for the next test."""
    yield
    install_translations(qapp, QLocale("en"))


def pick_language(qtbot: QtBot, window: MainWindow, own_name: str) -> None:
    """F6 on the login screen, then the arrows to ``own_name`` and Enter."""
    screen = window.login_screen
    screen.list.setFocus()
    qtbot.keyClick(screen.list, Qt.Key.Key_F6)
    menu = screen.findChild(QMenu, "languageMenu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    names = [a.text() for a in menu.actions()]
    active = menu.activeAction()
    steps = names.index(own_name) - names.index(active.text()) if active is not None else names.index(own_name) + 1
    for _ in range(steps):
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)


def login_title(window: MainWindow) -> str:
    return window.login_screen.title.text()


def test_a_worker_picks_her_language_at_the_login_screen_and_keeps_it(
        qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace], clock: FakeClock) -> None:
    ws = loaded("tagging")
    window = open_window(ws)
    assert login_title(window) == WHO
    assert window.login_screen.language_button.text().startswith(LANGUAGES["en"])

    pick_language(qtbot, window, LANGUAGES["sw"])
    in_swahili = QCoreApplication.translate("LoginScreen", WHO)
    swahili_title = login_title(window)
    swahili_button = window.login_screen.language_button.text()
    log_in_as(qtbot, window, "Sokha Chan")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.work_screen)
    worker_label = window.work_screen.worker_label.text()
    kept = language_for(ws.store, "Sokha Chan")

    window.switch_worker()
    next_title = login_title(window)
    log_in_as(qtbot, window, "Amina Njeri")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.work_screen)
    amina_label = window.work_screen.worker_label.text()
    window.switch_worker()
    log_in_as(qtbot, window, "Sokha Chan")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.work_screen)
    again_label = window.work_screen.worker_label.text()

    assert in_swahili != WHO and swahili_title == in_swahili, "the login screen switched at once"
    assert swahili_button.startswith("Kiswahili")
    assert worker_label != "Worker: Sokha Chan" and "Sokha Chan" in worker_label
    assert kept == "sw", "kept with her user"
    assert next_title == WHO, "the next person starts in the lab's language"
    assert amina_label == "Worker: Amina Njeri"
    assert again_label == worker_label, "her language comes back at her next login"
    assert window.login_screen.pin.text() == "" and PIN


def test_urdu_turns_the_window_right_to_left_and_the_labs_default_applies_to_everyone(
        qtbot: QtBot, open_window: Opener, loaded: Callable[[str], Workspace], clock: FakeClock) -> None:
    ws = loaded("tagging")
    give_pins(ws, {"Grace Achieng": "admin"}, clock=clock)
    admin = login.login(ws.store, "Grace Achieng", PIN, clock=clock)
    set_lab_language(ws.store, admin, "ur", clock=clock)
    login.logout(ws.store, admin, clock=clock)
    window = open_window(ws)
    urdu = login_title(window)
    rtl = QApplication.layoutDirection()

    with pytest.raises(ValueError, match="does not speak"):
        set_lab_language(ws.store, login.login(ws.store, "Grace Achieng", PIN, clock=clock), "xx", clock=clock)

    assert urdu != WHO and urdu == QCoreApplication.translate("LoginScreen", WHO)
    assert rtl == Qt.LayoutDirection.RightToLeft
    assert language_for(ws.store, "Amina Njeri") == "ur", "no choice of her own: the lab's default applies"
