"""Fixtures for sync tests: a real hub process on 127.0.0.1 and a test keyring.

The hub and the workstation helpers themselves are in tests/helpers/sync_hub.py and
tests/helpers/sync_station.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from labclient.sync.client import enroll
from tests.factory import make_bundle
from tests.helpers.sync_hub import Hub, start_hub
from tests.helpers.sync_station import file_keyring


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    """A fresh hub with the test-faults hook."""
    running = start_hub(tmp_path / "hub")
    yield running
    running.stop()


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The test keyring, for this process and for child processes."""
    with file_keyring(tmp_path / "keyring.json", monkeypatch) as path:
        yield path


@pytest.fixture
def enrolled(hub: Hub, tmp_path: Path) -> Iterator[tuple[Hub, Path, Path]]:
    """A hub with a tagging batch for the lab, and a workstation enrolled with it."""
    bundle = make_bundle(tmp_path / "bundles", "tagging", 700)
    hub.admin("add-batch", str(bundle), "--lab", "Gulu")
    code = hub.admin("enroll-code", "--lab", "Gulu").strip()
    data_dir = tmp_path / "workstation"
    assert enroll(data_dir, hub.url, code, device_name="LAB-PC-07") == "Gulu"
    yield hub, data_dir, bundle
