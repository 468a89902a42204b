"""The ``labclient`` command run as a real process, the way a lab admin runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_program(program: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run ``labclient`` or ``labhub`` (``program``) with ``args`` from the checkout, as the lab
    admin would; its exit code and output."""
    return subprocess.run([sys.executable, "-m", f"{program}.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False)


def labclient(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run ``labclient ARGS`` as a separate process; returns its exit code and output."""
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "share"), XDG_CONFIG_HOME=str(home / "config"))
    return subprocess.run(
        [sys.executable, "-m", "labclient.cli", *map(str, args)],
        capture_output=True, text=True, env=env, cwd=home, timeout=120, check=False,
    )
