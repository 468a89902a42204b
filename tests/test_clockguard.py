"""The guard against tests that mix a fixed date with the real clock, and the harness that runs
the suite on another date (scripts/test_on_another_date.sh)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from labclient.clock import SYSTEM_CLOCK
from labhub.clock import HubClock
from tests.helpers.clock import FakeClock

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


def child_clock(days: str | None, *, wait_s: float = 0.0) -> float:
    """The time.time() a new Python process reads ``wait_s`` after starting, moved by ``days``
    through the harness (None: not moved), minus the real time then (read through libc, which
    the harness does not move)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LABCLIENT_TEST_SHIFT_DAYS")}
    if days is not None:
        env.update(PYTHONPATH=str(TIMESHIFT), LABCLIENT_TEST_SHIFT_DAYS=days)
    script = ("import ctypes, threading, time\n"
              "class T(ctypes.Structure): _fields_ = [('s', ctypes.c_long), ('ns', ctypes.c_long)]\n"
              f"threading.Event().wait({wait_s})  # a slow start-up, as a hub's\n"
              "t = T(); ctypes.CDLL('libc.so.6').clock_gettime(0, ctypes.byref(t))\n"
              "print(time.time() - (t.s + t.ns / 1e9))")
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout
    return float(out)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the real clock through glibc")
def test_the_harness_moves_python_processes_to_another_date_and_they_agree() -> None:
    assert abs(child_clock(None)) < 1.0
    moved = child_clock("400")
    assert abs(moved - 400 * 86_400) < 1.0
    late_reader = child_clock("400", wait_s=0.5)
    assert abs(late_reader - moved) < 0.1, "a process that reads the time late is not behind the others"
