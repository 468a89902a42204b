"""The people tests' lab: an admin, a supervisor and two workers, their names and PINs."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field

from labclient.errors import NotAllowed
from labclient.people import login
from labclient.people.roles import Session
from labclient.store import Store
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock

PIN = {"admin": "4242", "supervisor": "7351", "worker": "1234", "worker2": "9876"}


@dataclass
class Lab:
    """An open workspace with people in it. ``sessions`` by role name; ``ids`` likewise."""

    ws: Workspace
    clock: FakeClock
    sessions: dict[str, Session]
    ids: dict[str, str]
    names: dict[str, str] = field(default_factory=dict)

    @property
    def store(self) -> Store:
        return self.ws.store

    def pass_time(self, **delta: float) -> None:
        """Time passes with people at their keyboards: the clock moves in steps of at most an
        hour and every open session sees input after each (so none locks for being idle)."""
        left = dt.timedelta(**delta)
        while left > dt.timedelta(0):
            step = min(left, dt.timedelta(hours=1))
            self.clock.advance(seconds=step.total_seconds())
            left -= step
            for s in self.sessions.values():
                with contextlib.suppress(NotAllowed):
                    login.touch(self.store, s, clock=self.clock)

    @property
    def admin(self) -> Session:
        return self.sessions["admin"]

    @property
    def supervisor(self) -> Session:
        return self.sessions["supervisor"]

    @property
    def worker(self) -> Session:
        return self.sessions["worker"]

    @property
    def worker2(self) -> Session:
        return self.sessions["worker2"]


NAMES = {"admin": "Grace Achieng", "supervisor": "Joseph Okello", "worker": "Amina Njeri",
         "worker2": "Sokha Chan"}
