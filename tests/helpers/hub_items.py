"""Items a device pushes to the hub tests' hub, and what the hub answers each."""

from __future__ import annotations

import hashlib
from typing import Any

from tests.helpers.hub_api import Device

EVENT_WALL = "2026-11-24T06:01:00.000000Z"


def event_item(seq: int, item_id: str, n: int = 1, seat: str = "LAB-PC-07") -> dict[str, Any]:
    """A well-formed timesheet event item (its hash need not check out: the hub keeps it anyway)."""
    return {"seq": seq, "id": item_id, "type": "event", "body": {
        "n": n, "type": "clock_in", "worker": {"id": "w-1", "name": "Amina Njeri"}, "wall": EVENT_WALL,
        "mono_ns": 1000, "boot_id": "test-boot", "prev_hash": "0" * 64,
        "hash": hashlib.sha256(f"{item_id}/{seat}".encode()).hexdigest(), "payload": {"seat": seat}}}


def answers(device: Device, items: list[dict[str, Any]]) -> list[tuple[str, str]]:
    r = device.push(items)
    assert r.status_code == 200, r.text
    return [(entry["status"], entry.get("reason", "")) for entry in r.json()["items"]]
