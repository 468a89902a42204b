"""The tools the tests and scripts run are found on a fresh machine, with no venv on PATH."""

from __future__ import annotations

import subprocess

import pytest

from tests.tools import venv_tool


def test_the_qt_translation_tool_is_found_with_a_bare_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/usr/bin:/bin")  # as `env -i` leaves it: no activated venv

    lrelease = venv_tool("pyside6-lrelease")
    done = subprocess.run([str(lrelease), "-version"], capture_output=True, text=True, check=False)

    assert done.returncode == 0 and "lrelease" in (done.stdout + done.stderr)


def test_a_missing_tool_is_named_with_what_to_run() -> None:
    with pytest.raises(AssertionError, match=r"no-such-tool is not in .*scripts/setup.sh"):
        venv_tool("no-such-tool")
