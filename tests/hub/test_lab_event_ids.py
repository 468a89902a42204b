"""An event id one lab used is that lab's: another lab reusing it, and sending it again with other
content, makes a conflict in its own timesheet only."""

from __future__ import annotations

import copy
import uuid
from pathlib import Path

from labclient.people import timesheet
from tests.helpers.hub_api import Hub
from tests.helpers.hub_people import Station, sheets


def conflicts(hub: Hub, lab: str) -> list[dict[str, object]]:
    return [f for f in sheets(hub, lab)["flags"] if f["kind"] == "conflict"]


def test_another_labs_resend_of_the_same_event_id_is_not_this_labs_conflict(own_hub: Hub, tmp_path: Path) -> None:
    ours, theirs = f"Lab {uuid.uuid4().hex[:8]}", f"Lab {uuid.uuid4().hex[:8]}"
    b = Station(tmp_path / "b", own_hub, own_hub.enroll(ours, "PC-B"))
    a = Station(tmp_path / "a", own_hub, own_hub.enroll(theirs, "PC-A"), b.clock)
    timesheet.clock_in(b.store, b.amina, seat="PC-B", clock=b.clock)
    b.pass_time(hours=1)
    timesheet.clock_out(b.store, b.amina, clock=b.clock)
    items = b.outbox()
    assert [i["status"] for i in b.push(items)["items"]] == ["applied", "applied"]

    copied = copy.deepcopy(items)  # lab A sends lab B's ids as its own, then again with other content
    a.push(copied)
    copied[0]["body"]["payload"]["seat"] = "ELSEWHERE"
    answer = a.push([copied[0]])

    assert [i["status"] for i in answer["items"]] == ["conflict"]
    assert conflicts(own_hub, theirs), "the conflict is lab A's"
    assert conflicts(own_hub, ours) == [], "lab B sent nothing twice"
