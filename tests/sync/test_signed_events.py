"""The workstation signs its timesheet events with its hub credential, through the real sync.

The people core and the hub's check are tested on their own (tests/people/test_forged_events.py,
tests/hub/test_forged_events.py); here the app's own path is: a Workspace opened on an enrolled
data folder signs what it records, the sync sends the signatures to a hub that takes them, and
an event someone appends with only the database file in hand is flagged at the hub.
"""

from __future__ import annotations

import json
from pathlib import Path

from labclient.clock import SYSTEM_CLOCK
from labclient.people import events, timesheet
from labclient.store import DB_NAME, Store
from labclient.sync.client import SyncRun, enroll
from labclient.workspace import Workspace
from tests.helpers.forgery import forge
from tests.helpers.sync_hub import Hub
from tests.hubdb import hub_rows
from tests.logins import sign_in


def hub_event_flags(hub: Hub) -> list[list[dict[str, str]]]:
    """Each event the hub holds, in chain order: its flags."""
    return [json.loads(f) for (f,) in hub_rows(hub.data_dir, "SELECT flags FROM events ORDER BY chain_id, n")]


def signature_problems(hub: Hub) -> list[str]:
    return [f["problem"] for flags in hub_event_flags(hub) for f in flags if f["kind"] == "signature"]


def test_events_recorded_by_the_app_arrive_signed_and_one_added_by_hand_is_flagged(hub: Hub, tmp_path: Path) -> None:
    data_dir = tmp_path / "workstation"
    enroll(data_dir, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip(), device_name="LAB-PC-03")
    store = Store.open(data_dir / DB_NAME)
    events.sign_with(store, None)  # the app starts later, in a process of its own: nothing registered
    store.close()
    with Workspace.open(data_dir) as ws:
        amina = sign_in(ws, "Amina Njeri")
        timesheet.clock_in(ws.store, amina)
        timesheet.clock_out(ws.store, amina)
    assert SyncRun(data_dir).run().complete

    assert len(hub_event_flags(hub)) == 2 and signature_problems(hub) == [], "the app's own events are signed"

    # Someone with the database file (not the keyring) starts a shift for her and rebuilds the chain.
    forge(data_dir / DB_NAME, SYSTEM_CLOCK, "clock_in", (amina.user_id, amina.name), {"seat": "LAB-PC-03"})
    assert SyncRun(data_dir).run().complete

    assert signature_problems(hub) == ["unsigned"], "what was added without the credential is flagged"

