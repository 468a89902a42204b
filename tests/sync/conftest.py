"""Fixtures for sync tests: a real hub process on 127.0.0.1 and a test keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from labhub.process import HubProcess
from labhub.process import start_hub as launch
from tests.keyring_backend import FileKeyring

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Hub:
    """A running ``labhub serve`` and how to reach and administer it."""

    url: str
    data_dir: Path
    process: subprocess.Popen[str]
    running: HubProcess

    def admin(self, *args: str) -> str:
        """Run a ``labhub`` admin command on this hub's data folder; its stdout."""
        done = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(self.data_dir), *args],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def stop(self) -> None:
        """Stop the hub and close its output."""
        self.running.stop()


def start_hub(data_dir: Path, *extra: str) -> Hub:
    """Start a hub on a free port (labhub.process) and wait until it serves."""
    running = launch(data_dir, "--test-faults", *extra, cwd=ROOT)
    return Hub(running.url, data_dir, running.process, running)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    """A fresh hub with the test-faults hook."""
    running = start_hub(tmp_path / "hub")
    yield running
    running.stop()


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The test keyring, for this process and for child processes."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("LABCLIENT_TEST_KEYRING", str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(previous)
