"""What every benchmark module shares."""

from __future__ import annotations

import datetime as dt
import math
import sys
from dataclasses import dataclass

from labclient.people import login, roster
from labclient.people.clock import format_wall
from labclient.people.passwords import hash_secret
from labclient.people.roles import Session
from labclient.workspace import Workspace


@dataclass(frozen=True)
class Figure:
    """One measured metric beside its baseline."""

    metric: str
    value: float
    unit: str
    baseline: float
    target: str
    baseline_name: str
    note: str


def percentile(values: list[float], q: float) -> float:
    """The nearest-rank ``q`` percentile (0-100) of ``values`` (0.0 for none)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)] if ordered else 0.0


def log(message: str) -> None:
    """Progress and diagnostics, on stderr (stdout carries only the JSON lines)."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def bench_worker(ws: Workspace, name: str = "Bench Worker", pin: str = "1234") -> Session:
    """Log ``name`` in (added first, with ``pin``, the way the hub's roster brings a worker)."""
    if name.casefold() not in {n.casefold() for n in roster.login_names(ws.store)}:
        entry = {"id": "bench-" + name.casefold().replace(" ", "-"), "name": name, "role": "worker",
                 "secret_hash": hash_secret(pin)}
        roster.apply_roster(ws.store, [entry], as_of=format_wall(dt.datetime.now(dt.UTC)))
    return login.login(ws.store, name, pin)
