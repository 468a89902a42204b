"""The people calls as the workspace offers them: bound to one store and one clock.

A screen holds a :class:`~labclient.workspace.Workspace` and calls ``ws.timesheet.clock_in(session)``
or ``ws.sessions.lock(session)``; it never passes a store or a clock. The workspace makes one of
each manager below when it opens, with the clock it was opened with (tests give a fake one once,
there). Each method is the module function of the same name (:mod:`~labclient.people.timesheet`,
:mod:`~labclient.people.shifts`, ...), with the same checks, errors and result; its docstring is
there.

The module functions stay the core's inside: the people tests call them with a store and a clock
of their own, and the sync code applies a roster or records anchors through them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from labclient.changes import Changed
from labclient.clock import Clock
from labclient.people import language, payroll, roster, shifts, timesheet
from labclient.people import login as logins
from labclient.people.clock import estimated_now
from labclient.people.events import Event
from labclient.people.hours import Flag
from labclient.people.roles import Permission, Role, Session, authorize
from labclient.people.settings import change_settings
from labclient.people.state import PeopleSettings, people_settings
from labclient.store import Store


class _Bound:
    """A store, the clock every call of this manager reads time from, and whom a write tells what
    it changed (the workspace's :meth:`~labclient.workspace.Workspace.note_changed`)."""

    def __init__(self, store: Store, clock: Clock, notify: Callable[[Changed], None] = lambda _what: None) -> None:
        self.store = store
        self.clock = clock
        self.notify = notify


class Sessions(_Bound):
    """Logging in and out, the screen lock, lockouts and the lab's people settings
    (:mod:`labclient.people.login`, :mod:`labclient.people.roles`)."""

    def login(self, name: str, secret: str) -> Session:
        done = logins.login(self.store, name, secret, clock=self.clock)
        self.notify(Changed.PEOPLE)
        return done

    def lock(self, session: Session) -> None:
        logins.lock(self.store, session, clock=self.clock)
        self.notify(Changed.PEOPLE | Changed.TIMESHEET | Changed.OUTBOX)

    def logout(self, session: Session) -> None:
        logins.logout(self.store, session, clock=self.clock)
        self.notify(Changed.PEOPLE)

    def touch(self, session: Session) -> None:
        logins.touch(self.store, session, clock=self.clock)

    def lock_state(self, user_id: str) -> logins.LockState:
        return logins.lock_state(self.store, user_id, clock=self.clock)

    def clear_lockout(self, session: Session, user_id: str) -> None:
        logins.clear_lockout(self.store, session, user_id, clock=self.clock)
        self.notify(Changed.PEOPLE)

    def authorize(self, session: object, permission: Permission) -> Session:
        """The live session when it may do ``permission``; NotAllowed (or a subclass) otherwise."""
        return authorize(self.store, session, permission, clock=self.clock)

    def settings(self) -> PeopleSettings:
        """The idle prompt and lock times, and whether PINs must be strong."""
        return people_settings(self.store)

    def change_settings(self, session: Session, *, idle_prompt_after_s: int | None = None,
                        lock_after_s: int | None = None, strong_pins: bool | None = None) -> PeopleSettings:
        done = change_settings(self.store, session, idle_prompt_after_s=idle_prompt_after_s,
                               lock_after_s=lock_after_s, strong_pins=strong_pins, clock=self.clock)
        self.notify(Changed.SETTINGS)
        return done

    def hub_time(self) -> tuple[dt.datetime, bool]:
        """The best guess at the hub's time now, and whether a hub anchor of this boot gave it."""
        return estimated_now(self.store, self.clock)


class Timesheets(_Bound):
    """Clocking in and out, breaks, activity, hours, corrections and approval
    (:mod:`labclient.people.timesheet`)."""

    def clock_in(self, session: Session, *, seat: str | None = None) -> Event:
        done = timesheet.clock_in(self.store, session, seat=seat, clock=self.clock)
        self.notify(Changed.TIMESHEET | Changed.OUTBOX)
        return done

    def clock_out(self, session: Session) -> Event:
        done = timesheet.clock_out(self.store, session, clock=self.clock)
        self.notify(Changed.TIMESHEET | Changed.OUTBOX)
        return done

    def start_break(self, session: Session) -> Event:
        done = timesheet.start_break(self.store, session, clock=self.clock)
        self.notify(Changed.TIMESHEET | Changed.OUTBOX)
        return done

    def end_break(self, session: Session) -> Event:
        done = timesheet.end_break(self.store, session, clock=self.clock)
        self.notify(Changed.TIMESHEET | Changed.OUTBOX)
        return done

    def record_activity(self, session: Session, active_ms: int, *, task: str | int | None = None) -> Event:
        done = timesheet.record_activity(self.store, session, active_ms, task=task, clock=self.clock)
        self.notify(Changed.TIMESHEET | Changed.OUTBOX)
        return done

    def idle_prompt(self, session: Session) -> Event:
        done = timesheet.idle_prompt(self.store, session, clock=self.clock)
        self.notify(Changed.TIMESHEET | Changed.OUTBOX)
        return done

    def answer_idle(self, session: Session, still_working: bool) -> Event:
        done = timesheet.answer_idle(self.store, session, still_working, clock=self.clock)
        self.notify(Changed.TIMESHEET | Changed.OUTBOX)
        return done

    def today(self, *, tz: dt.tzinfo | None = None) -> dt.date:
        return timesheet.today(self.store, tz=tz, clock=self.clock)

    def status(self, session: Session, worker_id: str | None = None) -> timesheet.Status:
        return timesheet.status(self.store, session, worker_id, clock=self.clock)

    def hours(self, session: Session, first_day: dt.date, last_day: dt.date, worker_id: str | None = None, *,
              tz: dt.tzinfo | None = None) -> timesheet.Hours:
        return timesheet.hours(self.store, session, first_day, last_day, worker_id, tz=tz, clock=self.clock)

    def team_hours(self, session: Session, first_day: dt.date, last_day: dt.date, *,
                   tz: dt.tzinfo | None = None) -> list[timesheet.Hours]:
        return timesheet.team_hours(self.store, session, first_day, last_day, tz=tz, clock=self.clock)

    def flags(self, session: Session, first_day: dt.date | None = None, last_day: dt.date | None = None, *,
              tz: dt.tzinfo | None = None) -> list[Flag]:
        return timesheet.flags(self.store, session, first_day, last_day, tz=tz, clock=self.clock)

    def correct(self, session: Session, worker_id: str, day: dt.date, *, clocked_ms: int = 0,
                active_ms: int = 0, reason: str) -> Event:
        done = timesheet.correct(self.store, session, worker_id, day, clocked_ms=clocked_ms,
                                 active_ms=active_ms, reason=reason, clock=self.clock)
        self.notify(Changed.TIMESHEET | Changed.OUTBOX)
        return done

    def approve(self, session: Session, worker_id: str, first_day: dt.date, last_day: dt.date, *,
                tz: dt.tzinfo | None = None) -> timesheet.Hours:
        done = timesheet.approve(self.store, session, worker_id, first_day, last_day, tz=tz, clock=self.clock)
        self.notify(Changed.TIMESHEET | Changed.OUTBOX)
        return done


class Shifts(_Bound):
    """Planned shifts and who is on shift now (:mod:`labclient.people.shifts`)."""

    def plan(self, session: Session, worker_id: str, starts_at: dt.datetime, ends_at: dt.datetime,
             seat: str) -> shifts.Shift:
        done = shifts.plan_shift(self.store, session, worker_id, starts_at, ends_at, seat, clock=self.clock)
        self.notify(Changed.SHIFTS | Changed.OUTBOX)
        return done

    def cancel(self, session: Session, shift_id: str) -> None:
        shifts.cancel_shift(self.store, session, shift_id, clock=self.clock)
        self.notify(Changed.SHIFTS | Changed.OUTBOX)

    def of(self, session: Session, first_day: dt.date, last_day: dt.date, worker_id: str | None = None, *,
           tz: dt.tzinfo | None = None) -> list[shifts.Shift]:
        return shifts.shifts_of(self.store, session, first_day, last_day, worker_id, tz=tz, clock=self.clock)

    def planned(self, session: Session, first_day: dt.date, last_day: dt.date, *,
                tz: dt.tzinfo | None = None) -> list[shifts.Shift]:
        return shifts.planned_shifts(self.store, session, first_day, last_day, tz=tz, clock=self.clock)

    def on_shift_now(self, session: Session) -> list[shifts.OnShift]:
        return shifts.on_shift_now(self.store, session, clock=self.clock)


class Roster(_Bound):
    """Users: the first admin, local users, PINs, who may log in (:mod:`labclient.people.roster`)."""

    def login_names(self) -> list[str]:
        return roster.login_names(self.store)

    def users(self, session: Session) -> list[roster.User]:
        return roster.users(self.store, session, clock=self.clock)

    def add_local_user(self, session: Session, name: str, role: Role | str, secret: str | None = None) -> roster.User:
        done = roster.add_local_user(self.store, session, name, role, secret, clock=self.clock)
        self.notify(Changed.PEOPLE)
        return done

    def set_secret(self, session: Session, user_id: str, secret: str) -> None:
        roster.set_secret(self.store, session, user_id, secret, clock=self.clock)
        self.notify(Changed.PEOPLE)

    def set_disabled(self, session: Session, user_id: str, disabled: bool) -> None:
        roster.set_disabled(self.store, session, user_id, disabled, clock=self.clock)
        self.notify(Changed.PEOPLE)

    def first_admin_possible(self) -> bool:
        return roster.first_admin_possible(self.store)

    def bootstrap_admin(self, name: str, secret: str, *, strong_pins: bool = False) -> Session:
        done = roster.bootstrap_admin(self.store, name, secret, strong_pins=strong_pins, clock=self.clock)
        self.notify(Changed.PEOPLE)
        return done

    def status(self) -> roster.RosterStatus:
        return roster.roster_status(self.store, clock=self.clock)


class Payroll(_Bound):
    """Approved hours for the organisation's payroll (:mod:`labclient.people.payroll`)."""

    def rows(self, session: Session, first_day: dt.date, last_day: dt.date, *,
             tz: dt.tzinfo | None = None) -> list[payroll.PayrollRow]:
        return payroll.payroll(self.store, session, first_day, last_day, tz=tz, clock=self.clock)

    def export_csv(self, session: Session, first_day: dt.date, last_day: dt.date, path: Path | None = None, *,
                   tz: dt.tzinfo | None = None) -> str:
        return payroll.export_csv(self.store, session, first_day, last_day, path, tz=tz, clock=self.clock)


class Languages(_Bound):
    """Each person's language and the lab's default (:mod:`labclient.people.language`)."""

    def of(self, name: str | None) -> str | None:
        """The language the person called ``name`` chose, or None."""
        return language.language_for(self.store, name)

    def choose(self, session: Session, code: str | None) -> None:
        language.choose_language(self.store, session, code, clock=self.clock)
        self.notify(Changed.PEOPLE)

    def lab(self) -> str | None:
        return language.lab_language(self.store)

    def set_lab(self, session: Session, code: str | None) -> None:
        language.set_lab_language(self.store, session, code, clock=self.clock)
        self.notify(Changed.SETTINGS)
