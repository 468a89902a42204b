"""The sync tests' hub: a real ``labhub serve`` process on 127.0.0.1, administered with the
``labhub`` command, with the test-faults hook."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from labhub.process import HubChild, HubProcess
from labhub.process import start_hub as launch
from tests.helpers.labhub_command import run_labhub_command

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Hub:
    """A running ``labhub serve`` and how to reach and administer it."""

    url: str
    data_dir: Path
    process: HubChild
    running: HubProcess

    def admin(self, *args: str) -> str:
        """Run a ``labhub`` admin command on this hub's data folder; its stdout."""
        done = hub_cli(self, *args)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def stop(self) -> None:
        """Stop the hub and close its output."""
        self.running.stop()


def start_hub(data_dir: Path, *extra: str) -> Hub:
    """Start a hub on a free port (labhub.process) and wait until it serves."""
    running = launch(data_dir, "--test-faults", *extra, cwd=ROOT)
    return Hub(running.url, data_dir, running.process, running)


def hub_cli(hub: Hub, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``labhub --data-dir HUB ARGS`` as the hub admin runs it (in this process: labhub_command)."""
    return run_labhub_command(["--data-dir", str(hub.data_dir), *args], stdin=stdin)


def hub_results(hub: Hub) -> list[dict[str, Any]]:
    return list(json.loads(hub.admin("results", "--json")))


def set_faults(hub: Hub, **faults: Any) -> None:
    response = requests.post(f"{hub.url}/v1/_test/faults", json=faults, timeout=10)
    assert response.status_code == 200, response.text
