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

from tests.keyring_backend import FileKeyring

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Hub:
    """A running ``labhub serve`` and how to reach and administer it."""

    url: str
    data_dir: Path
    process: subprocess.Popen[str]

    def admin(self, *args: str) -> str:
        """Run a ``labhub`` admin command on this hub's data folder; its stdout."""
        done = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(self.data_dir), *args],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def stop(self) -> None:
        """Stop the hub and close its output."""
        self.process.terminate()
        self.process.wait(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()


def start_hub(data_dir: Path, *extra: str) -> Hub:
    """Start a hub on a free port and wait for its 'serving on' line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "labhub.cli", "--data-dir", str(data_dir), "serve", "--port", "0", "--test-faults",
         *extra],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("labhub: serving on "), f"the hub did not start: {line!r}"
    return Hub(line.split("serving on ", 1)[1].strip(), data_dir, process)


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
