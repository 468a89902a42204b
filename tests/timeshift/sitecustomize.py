"""Moves every Python process of a test run to another date (``scripts/test_on_another_date.sh``).

Python imports ``sitecustomize`` at start-up from the first folder on its path that has one, so
putting this folder on ``PYTHONPATH`` moves pytest and every Python process it starts (the hub
processes, the client processes of the crash tests) by the same number of days, given in
``LABCLIENT_TEST_SHIFT_DAYS``. Wall time keeps ticking from there; monotonic time is untouched.
With no such variable this does nothing.
"""

from __future__ import annotations

import datetime as dt
import os

_days = os.environ.get("LABCLIENT_TEST_SHIFT_DAYS", "").strip()
if _days:
    import time_machine

    _target = dt.datetime.now(dt.UTC) + dt.timedelta(days=float(_days))
    time_machine.travel(_target, tick=True).start()
    # time-machine starts the clock ticking at the first reading, not at start(): read it now, or
    # a process that reads the time only after a slow start-up (a hub) lags behind the others.
    dt.datetime.now(dt.UTC)
