"""The people tests' fake clock and the fixed moment and time zone of their fake world.

The clock is injected everywhere, so tests move the wall clock by days, let hours pass or reboot
the machine without sleeping.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from labclient.clock import boot_id, monotonic_ns, utc_now
from labclient.people.clock import format_wall, parse_wall
from tests import clockguard

START = dt.datetime(2026, 11, 24, 6, 0, tzinfo=dt.UTC)  # a Tuesday, 08:00 in the lab (UTC+2)
LAB_TZ = dt.timezone(dt.timedelta(hours=2))


@dataclass
class FakeClock:
    """Wall time, monotonic time and boot id that only move when the test says so."""

    now: dt.datetime = START
    mono: int = 3_600 * 10**9          # an hour after boot
    boot: str = "boot-1"
    boots: int = 1

    def __post_init__(self) -> None:
        clockguard.enter_fake_world(self)

    def wall(self) -> str:
        return format_wall(self.now)

    def mono_ns(self) -> int:
        return self.mono

    def boot_id(self) -> str:
        return self.boot

    def advance(self, **delta: float) -> None:
        """Time passes: both clocks move."""
        step = dt.timedelta(**delta)
        self.now += step
        self.mono += step // dt.timedelta(microseconds=1) * 1000

    def jump_wall(self, **delta: float) -> None:
        """Someone moves the system clock: only the wall clock moves."""
        self.now += dt.timedelta(**delta)

    def reboot(self, down: dt.timedelta = dt.timedelta(minutes=3)) -> None:
        """The machine restarts: a new boot id, monotonic time starts again, the wall goes on."""
        self.boots += 1
        self.boot = f"boot-{self.boots}"
        self.now += down
        self.mono = 20 * 10**9


@dataclass(frozen=True)
class ShiftedClock:
    """The machine's real clocks with only the wall moved by ``shift``, as if someone set it a
    day on: for a test against a real hub on real time that needs the workstation's tomorrow.
    Not a fake world: the real clock may still be read beside it."""

    shift: dt.timedelta

    def wall(self) -> str:
        real = parse_wall(utc_now())
        assert real is not None
        return format_wall(real + self.shift)

    def mono_ns(self) -> int:
        return monotonic_ns()

    def boot_id(self) -> str:
        return boot_id()
