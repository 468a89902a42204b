"""People fixtures: a fake clock, and a lab with an admin, a supervisor and two workers.

The clock is injected everywhere, so tests move the wall clock by days, let hours pass or reboot
the machine without sleeping. Building a lab hashes four PINs (scrypt, ~50 ms each), so it is
built once per test session on a real file and copied into each test's own data folder; the
sessions opened then stay valid in the copy (same boot, same monotonic time).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from labclient.errors import NotAllowed
from labclient.people import login, roster, settings
from labclient.people.clock import format_wall
from labclient.people.roles import Role, Session
from labclient.store import DB_NAME, Store
from labclient.workspace import Workspace
from tests import clockguard

START = dt.datetime(2026, 11, 24, 6, 0, tzinfo=dt.UTC)  # a Tuesday, 08:00 in the lab (UTC+2)
LAB_TZ = dt.timezone(dt.timedelta(hours=2))
PIN = {"admin": "4242", "supervisor": "7351", "worker": "1234", "worker2": "9876"}


@dataclass
class FakeClock:
    """Wall time, monotonic time and boot id that only move when the test says so."""

    now: dt.datetime = START
    mono: int = 3_600 * 10**9          # an hour after boot
    boot: str = "boot-1"
    boots: int = 1

    def __post_init__(self) -> None:
        clockguard.enter_fake_world(self)

    def wall(self) -> str:
        return format_wall(self.now)

    def mono_ns(self) -> int:
        return self.mono

    def boot_id(self) -> str:
        return self.boot

    def advance(self, **delta: float) -> None:
        """Time passes: both clocks move."""
        step = dt.timedelta(**delta)
        self.now += step
        self.mono += step // dt.timedelta(microseconds=1) * 1000

    def jump_wall(self, **delta: float) -> None:
        """Someone moves the system clock: only the wall clock moves."""
        self.now += dt.timedelta(**delta)

    def reboot(self, down: dt.timedelta = dt.timedelta(minutes=3)) -> None:
        """The machine restarts: a new boot id, monotonic time starts again, the wall goes on."""
        self.boots += 1
        self.boot = f"boot-{self.boots}"
        self.now += down
        self.mono = 20 * 10**9


@dataclass
class Lab:
    """An open workspace with people in it. ``sessions`` by role name; ``ids`` likewise."""

    ws: Workspace
    clock: FakeClock
    sessions: dict[str, Session]
    ids: dict[str, str]
    names: dict[str, str] = field(default_factory=dict)

    @property
    def store(self) -> Store:
        return self.ws.store

    def pass_time(self, **delta: float) -> None:
        """Time passes with people at their keyboards: the clock moves in steps of at most an
        hour and every open session sees input after each (so none locks for being idle)."""
        left = dt.timedelta(**delta)
        while left > dt.timedelta(0):
            step = min(left, dt.timedelta(hours=1))
            self.clock.advance(seconds=step.total_seconds())
            left -= step
            for s in self.sessions.values():
                with contextlib.suppress(NotAllowed):
                    login.touch(self.store, s, clock=self.clock)

    @property
    def admin(self) -> Session:
        return self.sessions["admin"]

    @property
    def supervisor(self) -> Session:
        return self.sessions["supervisor"]

    @property
    def worker(self) -> Session:
        return self.sessions["worker"]

    @property
    def worker2(self) -> Session:
        return self.sessions["worker2"]


NAMES = {"admin": "Grace Achieng", "supervisor": "Joseph Okello", "worker": "Amina Njeri",
         "worker2": "Sokha Chan"}


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
    ws = Workspace.open(data_dir)
    yield Lab(ws, FakeClock(), dict(sessions), dict(ids), dict(NAMES))
    ws.close()
