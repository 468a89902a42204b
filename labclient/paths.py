"""Where LabClient keeps its data when no ``--data-dir`` is given."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "LabClient"
APP_AUTHOR = "LabClient"


def default_data_dir() -> Path:
    """The per-user data folder (e.g. ``~/.local/share/LabClient`` or ``%LOCALAPPDATA%\\LabClient``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """The ``resources/`` folder shipped beside the package (demo bundles, translations).

    In the installed program (frozen by PyInstaller, installer/labclient.spec) it is the
    ``resources`` folder inside the program's own folder (``sys._MEIPASS``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
