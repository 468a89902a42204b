"""Time as the core records it: UTC wall time, monotonic time and the boot it belongs to.

Wall time can be wrong or jump; monotonic time cannot jump but restarts at each boot. Every
stored action keeps both, with the boot id, so that durations can later be computed from
monotonic spans and anchored to the hub's time.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from functools import cache
from pathlib import Path
from typing import Final, Protocol

_BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")
#: How every wall time is written, by the workstation and the hub alike: UTC, ISO 8601, with
#: microseconds and a ``Z`` (so that the text sorts as the time does).
WALL_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def format_utc(moment: dt.datetime) -> str:
    """An aware datetime in :data:`WALL_FORMAT` (naive datetimes are refused)."""
    if moment.tzinfo is None:
        raise ValueError("A time needs its time zone (an aware datetime).")
    return moment.astimezone(dt.UTC).strftime(WALL_FORMAT)


def parse_utc(text: str) -> dt.datetime:
    """A time in :data:`WALL_FORMAT` back to an aware datetime (ValueError for any other text)."""
    return dt.datetime.strptime(text, WALL_FORMAT).replace(tzinfo=dt.UTC)


def utc_now() -> str:
    """The wall clock now, UTC, ISO 8601 with microseconds and a ``Z``."""
    return format_utc(dt.datetime.now(dt.UTC))


def monotonic_ns() -> int:
    """Nanoseconds on the monotonic clock (meaningful only within one boot)."""
    return time.monotonic_ns()


@cache
def boot_id() -> str:
    """An id for the current boot of this machine.

    Linux gives one; elsewhere the boot time (now minus uptime, rounded to the minute) stands in,
    and failing that an id made once per process.
    """
    try:
        return _BOOT_ID_FILE.read_text().strip()
    except OSError:
        pass
    try:
        booted = round((time.time() - time.monotonic()) / 60)
        return f"boot-{booted}"
    except OSError:  # pragma: no cover - every platform we ship to has a monotonic clock
        return f"process-{uuid.uuid4().hex}"


class Clock(Protocol):
    """Where the time comes from: the one clock protocol of the workstation, its sync and the hub.

    :data:`SYSTEM_CLOCK` is the machine's; :class:`labhub.clock.HubClock` is the hub's (shifted in
    tests by an offset file); the tests' fake clocks move only when told. Code that records or
    measures time takes one (``clock: Clock = SYSTEM_CLOCK``, or the workspace's ``ws.clock``)."""

    def wall(self) -> str:
        """The wall clock now, UTC, ISO 8601 with a ``Z`` (may be wrong, may jump)."""
        ...

    def mono_ns(self) -> int:
        """Nanoseconds on the monotonic clock (never jumps; restarts at each boot)."""
        ...

    def boot_id(self) -> str:
        """An id for the current boot of this machine."""
        ...


class SystemClock:
    """The machine's clocks."""

    def wall(self) -> str:
        return utc_now()

    def mono_ns(self) -> int:
        return monotonic_ns()

    def boot_id(self) -> str:
        return boot_id()


SYSTEM_CLOCK: Final[Clock] = SystemClock()


def local_now(clock: Clock) -> dt.datetime:
    """``clock``'s wall time as an aware datetime in this computer's time zone (for its day and
    month: the data budget's, say)."""
    return parse_utc(clock.wall()).astimezone()
