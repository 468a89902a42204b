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

_BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")


def utc_now() -> str:
    """The wall clock now, UTC, ISO 8601 with microseconds and a ``Z``."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


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
