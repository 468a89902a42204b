"""Finding the command-line tools that come with the packages installed beside the tests."""

from __future__ import annotations

import sysconfig
from pathlib import Path


def venv_tool(name: str) -> Path:
    """The command ``name`` installed by a package into the environment this Python runs in
    (``.venv/bin`` or ``.venv\\Scripts``), found without that folder being on ``PATH``.

    AssertionError naming the folder when the tool is not there.
    """
    folder = Path(sysconfig.get_path("scripts"))
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    raise AssertionError(f"{name} is not in {folder}; run scripts/setup.sh")
