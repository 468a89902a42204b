"""People fixtures: a lab with an admin, a supervisor and two workers, on a fake clock.

The clock (tests/helpers/clock.py) is injected everywhere, so tests move the wall clock by days,
let hours pass or reboot the machine without sleeping. Building a lab hashes four PINs (scrypt,
~50 ms each), so it is built once per test session on a real file and copied into each test's own
data folder; the sessions opened then stay valid in the copy (same boot, same monotonic time).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from labclient.people import login, roster, settings
from labclient.people.roles import Role, Session
from labclient.store import DB_NAME
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.people_lab import NAMES, PIN, Lab


@pytest.fixture(scope="session")
def lab_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Session], dict[str, str]]:
    """A data folder with the four people and their sessions, built once."""
    folder = tmp_path_factory.mktemp("lab-template")
    clock = FakeClock()
    with Workspace.open(folder) as ws:
        admin = roster.bootstrap_admin(ws.store, NAMES["admin"], PIN["admin"], clock=clock)
        ids = {"admin": admin.user_id}
        roles = {"supervisor": Role.SUPERVISOR, "worker": Role.WORKER, "worker2": Role.WORKER}
        for key, role in roles.items():
            ids[key] = roster.add_local_user(ws.store, admin, NAMES[key], role, PIN[key], clock=clock).id
        # Long shifts are simulated in steps of up to an hour (Lab.pass_time touches the sessions
        # then); the idle lock itself is tested with the default 15 minutes.
        settings.change_settings(ws.store, admin, lock_after_s=4 * 3600, clock=clock)
        sessions = {"admin": admin}
        for key in roles:
            sessions[key] = login.login(ws.store, NAMES[key], PIN[key], clock=clock)
    return folder / DB_NAME, sessions, ids


@pytest.fixture
def lab(tmp_path: Path, lab_template: tuple[Path, dict[str, Session], dict[str, str]]) -> Iterator[Lab]:
    """A fresh copy of the lab in this test's data folder, opened like the app opens it."""
    db, sessions, ids = lab_template
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(db, data_dir / DB_NAME)
    clock = FakeClock()
    ws = Workspace.open(data_dir, clock=clock)
    yield Lab(ws, clock, dict(sessions), dict(ids), dict(NAMES))
    ws.close()
