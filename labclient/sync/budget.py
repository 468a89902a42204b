"""The data budget: how many bytes this workstation's syncs may carry over the lab's metered line
per day and per month, and how many they have carried (docs/protocol.md, "Data budget").

A partner admin sets the budget on the admin screen (:func:`labclient.sync.settings.set_data_budget`).
Each sync run's bytes, both ways, are in the sync history (``sync_log``); the day and the month are
the workstation's calendar (the one the line's bill follows), from local midnight and from the
first of the month. A run spends what is left in this order, the order of :class:`~labclient.sync.client.SyncRun`:
results and timesheets first, then the roster and new batches, their media last; it stops asking
before the budget is passed, and the next day (or month) it goes on.

Counts are the transport's estimates (bodies as sent and received plus about 200 bytes of headers
a request); the line's own overhead (TLS, TCP) is not counted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass

from labclient.clock import format_utc
from labclient.store import Store
from labclient.sync.state import read_settings

MB = 1_000_000
#: The least a budget may be: a day's results and a pull of news fit in it.
MIN_DATA_BUDGET = MB
#: What a pull needs before it is worth asking (the answer's news and the roster, not media).
PULL_RESERVE = 64 * 1024


@dataclass(frozen=True)
class DataUse:
    """Bytes carried today and this month, and the budget (None: no limit)."""

    today: int
    month: int
    daily: int | None
    monthly: int | None
    lab: bool = False   # the whole lab's budget, kept by the lab relay (else this workstation's)

    def plus(self, carried: int) -> DataUse:
        """The same after ``carried`` more bytes."""
        return dataclasses.replace(self, today=self.today + carried, month=self.month + carried)

    @property
    def room(self) -> int | None:
        """Bytes the budget still allows now (0 or less: none); None when there is no budget."""
        left = [limit - used for limit, used in ((self.daily, self.today), (self.monthly, self.month))
                if limit is not None]
        return min(left) if left else None

    @property
    def spent(self) -> bool:
        """Whether nothing more may go over the line until the next day or month."""
        room = self.room
        return room is not None and room <= 0

    @property
    def binding(self) -> str:
        """Which budget is the nearer to its end: ``day`` or ``month`` (``day`` when none is set)."""
        if self.monthly is None:
            return "day"
        if self.daily is None:
            return "month"
        return "day" if self.daily - self.today <= self.monthly - self.month else "month"


def tighter(own: DataUse, lab: DataUse | None) -> DataUse:
    """Whichever of this workstation's budget and the lab's has the less room left."""
    if lab is None or lab.room is None:
        return own
    return lab if own.room is None or lab.room < own.room else own


_LAB_USE_KEYS = ("today", "month", "daily", "monthly")


def lab_use_setting(use: DataUse) -> str:
    """The lab's use as the sync setting ``relay_lab_use`` keeps it: the relay's answer, as JSON."""
    return json.dumps(dict(zip(_LAB_USE_KEYS, (use.today, use.month, use.daily, use.monthly), strict=True)))


def parse_lab_use(answer: object) -> DataUse | None:
    """The lab's use from a relay's ``GET /v1/budget`` answer, or from the setting that keeps it
    (its JSON text); None for anything else."""
    if isinstance(answer, str):
        try:
            answer = json.loads(answer)
        except ValueError:
            return None
    if not isinstance(answer, dict):
        return None
    today, month, daily, monthly = (answer.get(k) for k in _LAB_USE_KEYS)
    if not all(v is None or (isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**50)
               for v in (today, month, daily, monthly)):
        return None
    if not isinstance(today, int) or not isinstance(month, int):
        return None
    return DataUse(today, month, daily if isinstance(daily, int) else None,
                   monthly if isinstance(monthly, int) else None, lab=True)


def data_use(store: Store, now: dt.datetime) -> DataUse:
    """What the syncs carried since the start of ``now``'s day and month, in ``now``'s time zone
    (a naive ``now`` is taken in the workstation's zone), beside the budget set."""
    now = now if now.tzinfo is not None else now.astimezone()
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    month = day.replace(day=1)
    row = store.read().execute(
        "SELECT coalesce(sum(CASE WHEN started_at >= ? THEN bytes_sent + bytes_received END), 0),"
        " coalesce(sum(bytes_sent + bytes_received), 0) FROM sync_log WHERE started_at >= ?",
        (format_utc(day), format_utc(month))).fetchone()
    settings = read_settings(store)
    return DataUse(int(row[0]), int(row[1]), settings.data_budget_day, settings.data_budget_month)
