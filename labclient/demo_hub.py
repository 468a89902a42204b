"""The demo's local hub: a ``labhub serve`` process on 127.0.0.1 with the demo project.

Used by ``labclient demo`` when the hub package is installed (a source checkout; the desktop
installer carries no hub, and the demo then imports the demo bundles instead). The workstation
enrols with it and syncs, so the demo shows the whole system: work arrives from the hub, results
go back. The hub lives in a throw-away folder and stops with the demo; with ``LABHUB_DATABASE``
set to a ``postgresql://`` URL, its records are in that database instead (migrated first).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from labclient.sync.client import SyncReport, SyncRun, enroll

DEMO_LAB = "Demo Lab"


def hub_available() -> bool:
    """Whether the reference hub package is installed here."""
    return importlib.util.find_spec("labhub") is not None


class DemoHub:
    """A running demo hub. ``stop()`` (or leaving the ``with`` block) ends it."""

    def __init__(self, folder: Path) -> None:
        from labhub.process import start_hub  # the hub package: only when hub_available()

        self.folder = folder
        if os.environ.get("LABHUB_DATABASE"):  # the demo on PostgreSQL: upgraded explicitly (docs/deploy.md)
            self._admin("migrate")
        self._admin("demo-data", "--lab", DEMO_LAB)
        self.hub = start_hub(folder, log_path=folder.with_name(folder.name + "-hub.log"))  # HubStartError says why
        self.url = self.hub.url

    def __enter__(self) -> DemoHub:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def enrol_and_sync(self, data_dir: Path) -> SyncReport:
        """Enrol the demo workstation (credential in a file inside the throw-away demo folder:
        a demo machine may have no keyring) and run one sync, which brings the demo batches."""
        code = self._admin("enroll-code", "--lab", DEMO_LAB).strip()
        enroll(data_dir, self.url, code, device_name="demo-workstation", credential_store="file")
        return SyncRun(data_dir, deadline_s=120).run()

    def stop(self) -> None:
        """Stop the hub process."""
        self.hub.stop(timeout_s=15)

    def _admin(self, *args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(self.folder), *args],
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"labhub {args[0]} failed: {done.stderr.strip()}")
        return done.stdout
