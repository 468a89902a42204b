"""A hub whose clock says 0001 or 9999 anchors nothing (issue: absurd anchors broke the timesheet
for the rest of the boot)."""

from __future__ import annotations

import datetime as dt

from labclient.people import timesheet
from labclient.people.clock import estimated_now, format_wall, load_anchors
from labclient.sync.state import record_anchor
from tests.helpers.clock import START
from tests.helpers.people_lab import Lab


def anchors_stored(lab: Lab) -> int:
    return int(lab.store.read().execute("SELECT count(*) FROM clock_anchors").fetchone()[0])


def test_an_absurd_hub_time_in_an_answer_is_not_kept(lab: Lab) -> None:
    for absurd in ("9999-12-31T23:59:59.000000Z", "0001-01-01T00:00:00.000000Z", "1970-01-01T00:00:00Z",
                   "tomorrow", 42, None):
        record_anchor(lab.store, {"hub_time": absurd}, clock=lab.clock)
    assert anchors_stored(lab) == 0

    record_anchor(lab.store, {"hub_time": format_wall(START)}, clock=lab.clock)
    assert anchors_stored(lab) == 1


def test_an_absurd_anchor_stored_before_is_passed_over_and_the_day_still_adds_up(lab: Lab) -> None:
    with lab.store.transaction() as c:  # stored by an older version, from a hub with a wild clock
        c.execute("INSERT INTO clock_anchors (hub_time, mono_ns, boot_id, wall) VALUES (?, ?, ?, ?)",
                  ("9999-12-31T23:59:59.000000Z", lab.clock.mono, lab.clock.boot, lab.clock.wall()))
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(hours=2)
    timesheet.clock_out(lab.store, lab.worker, clock=lab.clock)

    assert load_anchors(lab.store) == []
    now, anchored = estimated_now(lab.store, lab.clock)
    assert (now, anchored) == (lab.clock.now, False)
    day = timesheet.hours(lab.store, lab.worker, START.date(), START.date(), tz=dt.UTC, clock=lab.clock)
    assert dt.timedelta(milliseconds=day.clocked_ms) == dt.timedelta(hours=2)
