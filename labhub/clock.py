"""The hub's clock: the time every answer carries and every lease is measured by.

Times are stored and sent as UTC ISO 8601 with microseconds and a ``Z``
(``2026-11-24T08:00:00.000000Z``). The width is fixed, so SQLite can compare them as text.

For tests the clock can be moved forward without waiting: ``labhub serve --clock-offset-file F``
adds the number of seconds written in ``F`` (re-read on every call; missing or empty is 0).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from labclient.clock import boot_id, format_utc, monotonic_ns, parse_utc


def format_time(moment: dt.datetime) -> str:
    """``moment`` (aware) as the hub writes times: UTC, microseconds, ``Z`` (WALL_FORMAT)."""
    return format_utc(moment)


def parse_time(text: str) -> dt.datetime:
    """A time written by :func:`format_time` back to an aware datetime."""
    return parse_utc(text)


class HubClock:
    """Wall time, optionally shifted by the seconds held in ``offset_file`` (tests only).

    A :class:`labclient.clock.Clock` (``wall``, ``mono_ns``, ``boot_id``), with the hub's own
    conveniences: :meth:`now` as a datetime, :meth:`now_text`, :meth:`after` for lease expiries."""

    def __init__(self, offset_file: Path | None = None) -> None:
        self.offset_file = offset_file

    def offset(self) -> float:
        """Seconds added to the real clock (0 unless an offset file says otherwise).

        ValueError when the file holds something that is not a number.
        """
        if self.offset_file is None:
            return 0.0
        try:
            text = self.offset_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return 0.0
        return float(text) if text else 0.0

    def now(self) -> dt.datetime:
        """The hub's time now (aware, UTC)."""
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self.offset())

    def wall(self) -> str:
        """The hub's time now as the protocol writes it (the :class:`~labclient.clock.Clock` face)."""
        return self.now_text()

    def mono_ns(self) -> int:
        """Nanoseconds on this machine's monotonic clock."""
        return monotonic_ns()

    def boot_id(self) -> str:
        """An id for this machine's current boot."""
        return boot_id()

    def now_text(self) -> str:
        """The hub's time now, formatted as the protocol sends it."""
        return format_time(self.now())

    def after(self, seconds: float) -> tuple[str, str]:
        """``(now, now + seconds)``, both formatted; for lease expiries."""
        now = self.now()
        return format_time(now), format_time(now + dt.timedelta(seconds=seconds))
