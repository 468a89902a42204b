"""Where LabClient keeps its data when no ``--data-dir`` is given."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "LabClient"
APP_AUTHOR = "LabClient"


def default_data_dir() -> Path:
    """The per-user data folder (e.g. ``~/.local/share/LabClient`` or ``%LOCALAPPDATA%\\LabClient``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """The ``resources/`` folder shipped beside the package (demo bundles, translations)."""
    return Path(__file__).resolve().parent.parent / "resources"
