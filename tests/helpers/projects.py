"""A workspace with two projects to choose from."""

from __future__ import annotations

from pathlib import Path

from labclient.bundle_writer import write_bundle
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.helpers.clock import FakeClock
from tests.logins import give_pins


def two_projects(ws: Workspace, folder: Path, clock: FakeClock) -> None:
    for kind, project, n in (("data_entry", "forms", 3), ("tagging", "pictures", 2)):
        doc, media = batch_doc(kind, n, batch_id=f"b-{project}")
        doc["project"] = {"id": project, "name": project.title()}
        ws.import_bundle(write_bundle(folder / f"{project}.zip", doc, media))
    give_pins(ws, {"Amina Njeri": "worker"}, clock=clock)
