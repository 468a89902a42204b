"""The relay's budgets: how many bytes its fetches of new work's media (before any workstation
asks) may take over the lab's metered line per day and per month (``--prefetch-mb-day``/``-month``),
and, when set, how many the whole lab may (``--lab-mb-day``/``-month``: the relay's own traffic and
what each workstation's syncs say they carried; :data:`LAB_USE_FILE`).

Files a workstation asks for are not counted here: the relay tells the first workstation it sends
such a file to what fetching it cost, and that counts against that workstation's own data budget
(:mod:`labclient.sync.relay_link`). So the lab's line carries at most the workstations' budgets
and this one.

The counts are kept in ``prefetch-use.json`` in the relay's cache folder, so a restart does not
forget them. Days and months are the relay machine's calendar, as for a workstation's budget. A
file that cannot be read (damaged, or from a newer program) counts as the budget spent for today:
a relay never spends more because it lost its count.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("labclient.relay")

USE_FILE = "prefetch-use.json"
#: The whole lab's count, when the relay keeps the lab's budget.
LAB_USE_FILE = "lab-use.json"


def local_now() -> dt.datetime:
    """This machine's clock, in its time zone."""
    return dt.datetime.now().astimezone()


class PrefetchBudget:
    """Bytes per day and per month (None: no limit) for fetching ahead, and what was spent."""

    def __init__(self, folder: Path, daily: int | None, monthly: int | None,
                 now: Callable[[], dt.datetime] = local_now, file_name: str = USE_FILE) -> None:
        self.path = folder / file_name
        self.daily = daily
        self.monthly = monthly
        self._now = now
        self._lock = threading.Lock()
        self._use = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            use = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"day": "", "today": 0, "month": "", "this_month": 0}
        except (OSError, ValueError) as exc:
            log.warning("the relay's count of bytes fetched ahead (%s) cannot be read (%s): no fetching ahead "
                        "until tomorrow", self.path, exc)
            return self._spent()
        if not (isinstance(use, dict) and all(isinstance(use.get(k), str) for k in ("day", "month"))
                and all(isinstance(use.get(k), int) and use[k] >= 0 for k in ("today", "this_month"))):
            log.warning("the relay's count of bytes fetched ahead (%s) is malformed: no fetching ahead until "
                        "tomorrow", self.path)
            return self._spent()
        return use

    def _spent(self) -> dict[str, Any]:
        now = self._now()
        return {"day": now.date().isoformat(), "today": 2**62, "month": now.strftime("%Y-%m"), "this_month": 0}

    def _current(self) -> tuple[int, int]:
        """(today, this month) on today's calendar (a new day or month starts from 0)."""
        now = self._now()
        day, month = now.date().isoformat(), now.strftime("%Y-%m")
        today = self._use["today"] if self._use["day"] == day else 0
        this_month = self._use["this_month"] if self._use["month"] == month else 0
        return today, this_month

    def room(self) -> int | None:
        """Bytes that may still be fetched ahead now (None: no limit)."""
        with self._lock:
            today, this_month = self._current()
        left = [limit - used for limit, used in ((self.daily, today), (self.monthly, this_month))
                if limit is not None]
        return max(0, min(left)) if left else None

    def spend(self, carried: int) -> None:
        """Count ``carried`` bytes fetched ahead, and keep the count on disk."""
        with self._lock:
            today, this_month = self._current()
            now = self._now()
            self._use = {"day": now.date().isoformat(), "today": today + carried, "month": now.strftime("%Y-%m"),
                         "this_month": this_month + carried}
            part = self.path.with_name(f".{self.path.name}.part")
            try:
                part.write_text(json.dumps(self._use), encoding="utf-8")
                os.replace(part, self.path)
            except OSError as exc:  # the count in memory still holds for this run
                log.warning("the relay's count of bytes fetched ahead cannot be kept in %s: %s", self.path, exc)

    def usage(self) -> tuple[int, int]:
        """Bytes counted today and this month."""
        with self._lock:
            return self._current()

    def as_json(self) -> dict[str, int | None]:
        """Spent and allowed, for the relay's hello answer."""
        with self._lock:
            today, this_month = self._current()
        return {"ahead_today": today, "ahead_month": this_month, "ahead_day_budget": self.daily,
                "ahead_month_budget": self.monthly}
