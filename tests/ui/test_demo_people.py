"""The demo's people: everyone logs in with 1234, and only a demo folder's login screen says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from labclient.demo import DEMO_WORKERS, prepare_demo
from labclient.demo_people import is_demo_folder, seed_people
from labclient.people import login, roster
from labclient.people.roles import Role
from labclient.ui.main_window import MainWindow
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.ui import start_as
from tests.logins import add_legacy_worker, give_pins, seat_sessions, sign_in


def test_seed_people_gives_the_demo_an_admin_a_supervisor_and_pins(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    prepare_demo(folder)
    with Workspace.open(folder) as ws:
        seed_people(ws.store)
        seed_people(ws.store)  # again: nothing changes, nothing fails
        roles = {}
        for name in (*DEMO_WORKERS, "Lab Admin", "Lab Supervisor"):
            session = login.login(ws.store, name, "1234")
            roles[name] = session.role
            login.logout(ws.store, session)
        assert roles == {**dict.fromkeys(DEMO_WORKERS, Role.WORKER), "Lab Admin": Role.ADMIN,
                         "Lab Supervisor": Role.SUPERVISOR}
        assert sorted(roster.login_names(ws.store)) == sorted([*DEMO_WORKERS, "Lab Admin", "Lab Supervisor"])
        assert seat_sessions(ws.store) == [], "the demo leaves nobody logged in"
    assert is_demo_folder(folder)
    assert not is_demo_folder(tmp_path)


def test_a_demo_folder_shows_the_demo_pin_and_a_worker_logs_in_with_it(
        qtbot: QtBot, data_dir: Path, open_window: Callable[..., MainWindow], ws: Workspace,
        clock: FakeClock) -> None:
    add_legacy_worker(ws, DEMO_WORKERS[0])  # a worker from before logins: the demo gives her the PIN
    seed_people(ws.store, clock=clock)
    window = open_window(ws)
    assert window.login_screen.demo_hint.isVisible()
    assert window.login_screen.demo_hint.text() == "Demo: every PIN is 1234."
    start_as(qtbot, window, DEMO_WORKERS[0])
    assert window.work_screen.worker_label.text() == f"Worker: {DEMO_WORKERS[0]}"


def test_after_the_hubs_roster_the_hubs_users_are_the_demos(ws: Workspace) -> None:
    sign_in(ws, DEMO_WORKERS[0])
    give_pins(ws)  # the hub's roster came first
    seed_people(ws.store, clock=ws.clock)
    assert roster.login_names(ws.store) == [DEMO_WORKERS[0]], "no local admin where the hub is in charge"
    assert not is_demo_folder(ws.data_dir)
