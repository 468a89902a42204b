"""The guard against tests that mix a fixed date with the real clock, and the harness that runs
the suite on another date (scripts/test_on_another_date.sh)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from labclient.people.clock import SYSTEM_CLOCK
from labhub.clock import HubClock
from tests.people.conftest import FakeClock

TIMESHIFT = Path(__file__).parent / "timeshift"


def test_without_a_fake_clock_the_real_clocks_answer() -> None:
    assert SYSTEM_CLOCK.wall().endswith("Z") and HubClock().now().tzinfo is not None


def test_a_fake_clock_makes_the_real_people_clock_and_a_bare_hub_clock_refuse(tmp_path: Path) -> None:
    FakeClock()

    with pytest.raises(AssertionError, match="read the real clock in a test that runs on a fake one"):
        SYSTEM_CLOCK.wall()
    with pytest.raises(AssertionError, match="HubClock"):
        HubClock().now()
    following = HubClock(tmp_path / "offset")  # a hub process's clock, which a test can move
    assert following.now().tzinfo is not None


def test_the_harness_moves_python_processes_to_another_date() -> None:
    env = {**os.environ, "PYTHONPATH": str(TIMESHIFT), "LABCLIENT_TEST_SHIFT_DAYS": "400"}
    script = "import datetime as dt, time; print(dt.date.today().isoformat(), int(time.time()))"
    before = dt.datetime.now(dt.UTC)
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout
    day, seconds = out.split()

    moved = dt.datetime.fromtimestamp(int(seconds), dt.UTC) - before
    assert dt.timedelta(days=399, hours=23) < moved < dt.timedelta(days=400, hours=1)
    assert dt.date.fromisoformat(day) == (before + dt.timedelta(days=400)).astimezone().date()
