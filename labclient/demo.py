"""The demo workspace: a data folder loaded with the demo project from ``resources/demo``."""

from __future__ import annotations

from pathlib import Path

from labclient.demo_people import seed_people
from labclient.importer import ImportReport
from labclient.paths import resources_dir
from labclient.workspace import Workspace

DEMO_WORKERS = ("Amina Njeri", "Jean-Baptiste Pierre", "Sokha Chan", "Farah Qureshi")


def demo_bundles() -> list[Path]:
    """The demo batch bundles shipped in ``resources/demo``, in a fixed order."""
    return sorted((resources_dir() / "demo").glob("*.zip"))


def prepare_demo(data_dir: Path) -> list[ImportReport]:
    """Import every demo bundle into ``data_dir`` and add the demo people: the admin, the
    supervisor and the workers, all with PIN 1234 (labclient/demo_people.py). Safe to repeat.

    Raises FileNotFoundError when the demo bundles are missing from this installation.
    """
    bundles = demo_bundles()
    if not bundles:
        raise FileNotFoundError(f"No demo bundles in {resources_dir() / 'demo'}")
    with Workspace.open(data_dir) as ws:
        reports = [ws.import_bundle(b) for b in bundles]
        seed_people(ws.store)  # an admin, a supervisor, and PIN 1234 for everyone
    return reports
