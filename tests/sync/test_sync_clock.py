"""One clock protocol (:class:`labclient.clock.Clock`) for the workstation, its sync and the hub: a
sync runs on the workspace's clock, so what it records and what it tells the hub agree with the
people code's time. A real hub process."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from labclient.clock import SYSTEM_CLOCK, Clock, boot_id, parse_utc
from labclient.store import DB_NAME
from labclient.workspace import Workspace
from labhub.clock import HubClock
from labhub.store import HubStore
from tests.helpers.clock import ShiftedClock
from tests.helpers.sync_hub import Hub
from tests.helpers.sync_station import work

THREE_DAYS = dt.timedelta(days=3)


def ahead_of(text: str, other: str) -> dt.timedelta:
    """How far the time ``text`` lies after the time ``other`` (both as the protocol writes them)."""
    return parse_utc(text) - parse_utc(other)


def test_a_sync_runs_on_the_workspaces_clock_and_tells_the_hub_that_clock(enrolled: tuple[Hub, Path, Path]) -> None:
    """The workstation's wall clock is three days fast: the run's history line, the anchor it keeps
    and the device clock the hub keeps beside its own time all read that clock, not another."""
    hub, data_dir, bundle = enrolled
    work(data_dir, bundle, 3)
    with Workspace.open(data_dir, clock=ShiftedClock(THREE_DAYS)) as ws:
        report = ws.sync_run(deadline_s=60).run()
        assert report.complete and report.tally.applied == 3, report.message

    here = sqlite3.connect(data_dir / DB_NAME)
    (finished,) = here.execute("SELECT finished_at FROM sync_log ORDER BY id DESC LIMIT 1").fetchone()
    hub_time, wall, boot = here.execute(
        "SELECT hub_time, wall, boot_id FROM clock_anchors ORDER BY id DESC LIMIT 1").fetchone()
    here.close()
    assert abs(ahead_of(finished, hub_time) - THREE_DAYS) < dt.timedelta(minutes=1), "the history reads the run's clock"
    assert abs(ahead_of(wall, hub_time) - THREE_DAYS) < dt.timedelta(minutes=1)
    assert boot == boot_id()

    at_hub = HubStore.open(hub.data_dir)  # on the engine the hub runs on
    try:
        anchors = at_hub.query("SELECT hub_time, wall FROM clock_anchors")
    finally:
        at_hub.close()
    assert anchors, "the hub kept the device's clock"
    assert all(abs(ahead_of(a["wall"], a["hub_time"]) - THREE_DAYS) < dt.timedelta(minutes=1) for a in anchors)


def test_the_hubs_clock_is_a_clock_like_the_workstations(tmp_path: Path) -> None:
    offset = tmp_path / "offset"
    offset.write_text(str(THREE_DAYS.total_seconds()), encoding="utf-8")
    clocks: list[Clock] = [SYSTEM_CLOCK, HubClock(offset)]
    system, hub = (clock.wall() for clock in clocks)

    assert abs(ahead_of(hub, system) - THREE_DAYS) < dt.timedelta(minutes=1)
    assert {clock.boot_id() for clock in clocks} == {boot_id()}
    assert all(isinstance(clock.mono_ns(), int) for clock in clocks)
    assert HubClock(offset).wall() <= HubClock(offset).now_text(), "wall is the protocol's text of now()"
