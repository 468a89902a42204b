"""Shared fixtures: real workspaces on real SQLite files in a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from labclient.people.roles import Session
from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.logins import sign_in


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
