"""A lab whose line is down: three workstations enrolled before it went, new work and a new
worker added at the hub after (for the USB and relay tests)."""

from __future__ import annotations

from pathlib import Path

from labclient.workspace import Workspace
from tests.factory import make_bundle
from tests.helpers.sync_hub import Hub, hub_cli
from tests.helpers.sync_station import enrolled_device


def batches_of(station: Path) -> set[str]:
    with Workspace.open(station) as ws:
        return {b for (b,) in ws.store.read().execute("SELECT batch_id FROM batches")}


def outbox_of(station: Path) -> int:
    with Workspace.open(station) as ws:
        return int(ws.store.read().execute("SELECT count(*) FROM outbox").fetchone()[0])


def media_files(station: Path) -> int:
    return sum(1 for p in (station / "media").rglob("*") if p.is_file() and not p.name.startswith("."))


def lab_file(stick: Path) -> Path:
    [found] = sorted(stick.glob("*.lcl"))
    return found


def three_stations_offline(hub: Hub, tmp_path: Path, batches: int) -> tuple[list[Path], list[str]]:
    """Three workstations enrolled with lab Gulu, then the line goes down; the hub then gets
    ``batches`` new batches and a new worker, Grace (PIN 4821)."""
    stations = [enrolled_device(hub, tmp_path, f"LAB-PC-0{n}") for n in (1, 2, 3)]
    hub.stop()
    ids = []
    for n in range(batches):
        bundle = make_bundle(tmp_path / "bundles", "tagging", 3, batch_id=f"gulu-{n:02d}")
        ids.append(bundle.stem)
        hub.admin("add-batch", str(bundle), "--lab", "Gulu")
    assert hub_cli(hub, "add-user", "--lab", "Gulu", "--name", "Grace Akello", "--role", "worker",
                   stdin="4821\n4821\n").returncode == 0
    return stations, ids
