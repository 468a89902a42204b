"""Fixtures for the hub tests: a real hub process, per module or per test, and a lab of the test's own.

The hub and the helpers to talk to it are in tests/helpers/hub_api.py: ``start_hub`` runs the hub
process with a clock-offset file, and the fixtures stop it with SIGTERM when the test (or module)
is done, checking that it exits 0.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.hub_api import Hub, start_hub, stop_hub


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A private home folder for the process."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    """One hub for a test module; tests keep apart by using labs and batches of their own."""
    running = start_hub(tmp_path_factory.mktemp("hub"))
    yield running
    assert stop_hub(running) == 0


@pytest.fixture
def own_hub(tmp_path: Path) -> Iterator[Hub]:
    """A hub of this test's own, with a 1-day lease, for tests that move its clock."""
    running = start_hub(tmp_path / "hub", "--lease-days", "1")
    yield running
    assert stop_hub(running) == 0


@pytest.fixture
def lab() -> str:
    """A lab name no other test uses."""
    return f"Lab {uuid.uuid4().hex[:8]}"
