"""Shared fixtures: real workspaces on real SQLite files in a temporary folder."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test writes to the developer's own keyring (PIN peppers, hub credentials): tests that need one
# select tests.keyring_backend.FileKeyring, in this process and for the processes they start.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from labclient.people.clock import SystemClock
from labclient.people.roles import Session
from labclient.workspace import Workspace
from labhub.clock import HubClock
from tests import clockguard
from tests.factory import make_bundle
from tests.logins import sign_in


@pytest.fixture(autouse=True)
def no_real_clock_in_a_fake_world(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """While a test's fake clock exists, the real people clock and a hub clock that follows no
    offset file refuse to be read (see tests/clockguard.py)."""
    wall, mono, hub_now = SystemClock.wall, SystemClock.mono_ns, HubClock.now

    def guarded_wall(self: SystemClock) -> str:
        clockguard.refuse_real_clock("The people core's SystemClock")
        return wall(self)

    def guarded_mono(self: SystemClock) -> int:
        clockguard.refuse_real_clock("The people core's SystemClock")
        return mono(self)

    def guarded_hub_now(self: HubClock) -> dt.datetime:
        if self.offset_file is None:
            clockguard.refuse_real_clock("An in-process HubClock() that follows no offset file")
        return hub_now(self)

    monkeypatch.setattr(SystemClock, "wall", guarded_wall)
    monkeypatch.setattr(SystemClock, "mono_ns", guarded_mono)
    monkeypatch.setattr(HubClock, "now", guarded_hub_now)
    yield
    clockguard.leave_fake_world()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder."""
    return tmp_path / "data"


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    """An open, empty workspace."""
    workspace = Workspace.open(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def worker(ws: Workspace) -> Session:
    """A worker in ``ws``."""
    return sign_in(ws, "Amina Njeri")


@pytest.fixture
def bundles(tmp_path: Path) -> dict[str, Path]:
    """One small valid bundle of each kind (audio and document transcription)."""
    folder = tmp_path / "bundles"
    return {
        "audio": make_bundle(folder, "transcription", 3, batch_id="t-audio"),
        "document": make_bundle(folder, "transcription", 3, batch_id="t-doc", source="image"),
        "tagging": make_bundle(folder, "tagging", 3),
        "data_entry": make_bundle(folder, "data_entry", 3),
    }
