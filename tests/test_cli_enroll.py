"""``labclient enroll`` takes the one-time code from a prompt or standard input, never from the
command line (where other accounts see it in the process list and the shell keeps it)."""

from __future__ import annotations

import getpass
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from labclient import cli
from labclient.sync import client

ROOT = Path(__file__).resolve().parents[1]
CODE = "K7QF-2MXD-9TZA"


@pytest.fixture
def enrolled(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Calls of the core's enroll (no hub is needed to see which code the command hands on)."""
    calls: list[dict[str, Any]] = []

    def fake(data_dir: Path, hub_url: str, code: str, **kwargs: Any) -> str:
        calls.append({"hub": hub_url, "code": code, **kwargs})
        return "Gulu"

    monkeypatch.setattr(client, "enroll", fake)
    return calls


def test_the_code_comes_from_standard_input_for_scripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        enrolled: list[dict[str, Any]],
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(CODE + "\n"))

    code = cli.main(["--data-dir", str(tmp_path), "enroll", "--hub", "https://hub.example.org"])

    assert code == 0
    assert [c["code"] for c in enrolled] == [CODE]
    assert "Enrolled with https://hub.example.org for lab Gulu." in capsys.readouterr().out


def test_on_a_terminal_the_code_is_asked_for_without_echo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         enrolled: list[dict[str, Any]]) -> None:
    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", terminal)
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return CODE

    monkeypatch.setattr(getpass, "getpass", ask)

    assert cli.main(["--data-dir", str(tmp_path), "enroll", "--hub", "https://hub.example.org"]) == 0

    assert [c["code"] for c in enrolled] == [CODE]
    assert asked == ["Enrolment code from the hub admin: "]


def test_no_code_on_standard_input_is_refused_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      enrolled: list[dict[str, Any]],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    assert cli.main(["--data-dir", str(tmp_path), "enroll", "--hub", "https://hub.example.org"]) == 1

    assert enrolled == []
    assert "No enrolment code given" in capsys.readouterr().err


def test_a_bad_hub_address_is_refused_before_the_code_is_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   enrolled: list[dict[str, Any]]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.main(["--data-dir", str(tmp_path), "enroll", "--hub", "http://hub.example.org"]) == 2
    assert enrolled == []


def test_the_help_offers_no_code_option() -> None:
    done = subprocess.run([sys.executable, "-m", "labclient.cli", "enroll", "--help"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 0
    assert "--code" not in done.stdout and "standard input" in done.stdout
