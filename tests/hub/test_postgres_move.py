"""A pilot's SQLite hub moved to PostgreSQL (``labhub migrate-to``): every row, result and
timesheet chain comes across, the admin's reports read the same, and the devices go on."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from labclient.people import timesheet
from labhub.store import TEST_SERVER_ENV
from tests.helpers.hub_api import Device, Hub, start_hub, stop_hub
from tests.helpers.hub_people import DAY, MIN, START, Station, a_shift, labhub

pytestmark = pytest.mark.engine_fixed  # the source is SQLite whatever engine the other hubs run on

REPORTS = [("results", "--json"), ("users", "--json"), ("devices", "--json"), ("quality", "--json"),
           ("timesheets", "--from", DAY, "--to", DAY, "--tz", "UTC", "--json")]


@pytest.fixture
def station(own_hub: Hub, lab: str, tmp_path: Path) -> Iterator[Station]:
    """A workstation enrolled in ``lab`` at a SQLite hub of this test's own."""
    s = Station(tmp_path / "station", own_hub, own_hub.enroll(lab, "LAB-PC-07"))
    yield s
    s.close()


def reports(hub: Hub, *database: str) -> dict[str, str]:
    """What the admin's reports print, read from SQLite or (``--database URL``) PostgreSQL."""
    out = {}
    for command in REPORTS:
        run = labhub(hub, *command, *database)
        assert run.returncode == 0, run.stderr
        out[command[0]] = run.stdout
    return out


def test_a_sqlite_hub_moves_to_postgresql_whole_and_goes_on_there(station: Station, lab: str, tmp_path: Path,
                                                                  pg_database: str) -> None:
    s = station
    a_shift(s)
    timesheet.correct(s.store, s.supervisor, s.worker_id, START.date(), clocked_ms=15 * MIN,
                      reason="Clocked in late", clock=s.clock)
    timesheet.approve(s.store, s.supervisor, s.worker_id, START.date(), START.date(), clock=s.clock)
    assert set(s.sync()) == {"applied"}
    other = s.hub.enroll(lab, "LAB-PC-08")
    batch = s.hub.add_batch(lab, n=3)
    assert [b["batch"]["batch_id"] for b in other.pull()["batches"]] == [batch]
    answers = [other.item(batch, "t-0000"), other.item(batch, "t-0001", action="flag")]
    assert [i["status"] for i in other.push(answers).json()["items"]] == ["applied", "applied"]
    before = reports(s.hub)
    assert stop_hub(s.hub) == 0

    moved = labhub(s.hub, "migrate-to", pg_database)
    again = labhub(s.hub, "migrate-to", pg_database)
    after = reports(s.hub, "--database", pg_database)
    checked = labhub(s.hub, "check", "--hashes", "--database", pg_database)

    assert moved.returncode == 0, moved.stderr
    assert "tables copied to" in moved.stdout and "checked" in moved.stdout
    # 10 events (a correction and an approval among them) and 2 results
    assert "items: 12 rows copied and read back" in moved.stderr
    assert after == before, "every report reads the same from PostgreSQL"
    assert again.returncode == 1 and "empty database only" in again.stderr and "Nothing was changed" in again.stderr
    assert checked.returncode == 0 and "records are whole" in checked.stdout, checked.stderr

    # The same data folder (media) served from PostgreSQL: the devices go on where they were.
    pg_hub = start_hub(tmp_path / "hub", "--lease-days", "1", "--database", pg_database)
    try:
        pg_hub.follow(s.clock.true)
        there = Device(pg_hub, other.id, other.token, other.next_seq)
        resent = there.push(answers).json()
        new = there.push([there.item(batch, "t-0002")]).json()
        s.hub, s.device = pg_hub, Device(pg_hub, s.device.id, s.device.token)
        timesheet.clock_in(s.store, s.amina, clock=s.clock)
        assert s.sync() == ["applied"], "the timesheet chain goes on from the event the copy holds"
    finally:
        assert stop_hub(pg_hub) == 0
    assert [i["status"] for i in resent["items"]] == ["duplicate", "duplicate"], "exactly once across the move"
    assert [i["status"] for i in new["items"]] == ["applied"] and new["watermark"] == there.next_seq - 1 == 3
    sheet = labhub(pg_hub, "timesheets", "--lab", lab, "--from", DAY, "--to", DAY, "--tz", "UTC", "--json",
                   "--database", pg_database)
    assert sheet.returncode == 0 and '"kind": "chain"' not in sheet.stdout, sheet.stdout


def test_migrate_to_refuses_what_it_cannot_use_and_changes_nothing(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.pop(TEST_SERVER_ENV, None)
    run = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(tmp_path / "data"), "migrate-to",
                          "mysql://root@localhost/hub"], capture_output=True, text=True, env=env, timeout=120,
                         check=False)
    unreachable = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(tmp_path / "data"),
                                  "migrate-to", "postgresql://nobody:secret@127.0.0.1:9/none"], capture_output=True,
                                 text=True, env=env, timeout=120, check=False)
    assert run.returncode == 1 and "needs a postgresql://" in run.stderr and "Traceback" not in run.stderr
    assert unreachable.returncode == 1 and "Traceback" not in unreachable.stderr, unreachable.stderr
    assert "nothing of it was kept" in unreachable.stderr and "secret" not in unreachable.stderr
