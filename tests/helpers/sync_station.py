"""A workstation that syncs with the sync tests' hub: enrolled, given work and a first admin, its
credential in the test keyring, and the sync loop's sleep made instant."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import keyring
import pytest

from labclient.people import login, roster
from labclient.people.roles import Session
from labclient.sync.client import SyncRun, enroll
from labclient.workspace import Workspace
from tests.helpers.sync_hub import ROOT, Hub
from tests.keyring_backend import FileKeyring
from tests.logins import sign_in

PIN = "1234"


@contextmanager
def file_keyring(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The test keyring in ``path``, for this process and for child processes (whose environment
    ``monkeypatch`` sets); the keyring before it again afterwards."""
    monkeypatch.setenv("LABCLIENT_TEST_KEYRING", str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        yield path
    finally:
        keyring.set_keyring(previous)


def enrolled_device(hub: Hub, tmp_path: Path, name: str) -> Path:
    data_dir = tmp_path / name
    enroll(data_dir, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip(), device_name=name)
    return data_dir


def work(data_dir: Path, bundle: Path, count: int) -> list[str]:
    """Import ``bundle`` into the workstation and submit ``count`` results; their ids."""
    with Workspace.open(data_dir) as ws:
        ws.import_bundle(bundle)
        worker = sign_in(ws, "Amina Njeri")
        ids = []
        for _ in range(count):
            task = ws.next_task(worker)
            assert task is not None
            ids.append(ws.submit(worker, task.key, {"labels": ["cat"]}))
    return ids


def make_admin(data_dir: Path) -> None:
    """The workstation's first partner admin, "Lab Admin" (PIN 1234)."""
    with Workspace.open(data_dir) as ws:
        login.logout(ws.store, roster.bootstrap_admin(ws.store, "Lab Admin", PIN))


def log_in(ws: Workspace, name: str) -> Session:
    return login.login(ws.store, name, PIN)


class NoSleep:
    """The sync loop's sleep, recorded instead of waited, moving a clock of its own forward
    (time is the edge of the test)."""

    def __init__(self) -> None:
        self.calls: list[float] = []
        self.now = 0.0

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


def no_wait_run(data_dir: Path, **kwargs: Any) -> SyncRun:
    """A sync run whose waits are recorded, not waited, and count on a clock of their own
    (:class:`NoSleep`): its deadline comes after the waits it would have made, not after a
    loop that never waits has spun through it."""
    sleeper = NoSleep()
    return SyncRun(data_dir, sleep=sleeper, timer=sleeper.clock, **kwargs)
