"""Roles, what each may do, the Session a login hands out, and the check every people call makes.

Roles are enforced here, in the core, not by hiding buttons: every function of ``labclient.people``
that reads or changes someone's data is wrapped in :func:`requires`, which looks the session up in
the database (by the hash of its secret token) before the function body runs, and takes the role
from the database, not from the :class:`Session` object. So a session made by hand, or one whose
``role`` was swapped with :func:`dataclasses.replace`, is refused; so is a session whose user was
switched off or changed role since login, one that is locked or idle too long, and one from before
a restart.

Roles nest: a supervisor may do everything a worker may, an admin everything a supervisor may.
Nobody approves or corrects their own timesheet (checked by those functions).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ParamSpec, TypeVar

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.errors import AccountDisabledError, NotAllowed, SessionEndedError, SessionLockedError
from labclient.people import state
from labclient.store import Store

__all__ = ["GRANTS", "NotAllowed", "Permission", "Role", "Session", "authorize", "requires"]

TOUCH_EVERY_NS = 5 * 10**9  # a session's last-seen time is written at most every 5 s


class Role(StrEnum):
    """Who someone is at the lab."""

    WORKER = "worker"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"  # the partner admin


class Permission(StrEnum):
    """One thing a role may do."""

    DO_TASKS = "do_tasks"
    TRACK_OWN_TIME = "track_own_time"
    VIEW_OWN_TIME = "view_own_time"
    VIEW_TEAM = "view_team"
    VIEW_OTHERS_WORK = "view_others_work"
    PLAN_SHIFTS = "plan_shifts"
    CORRECT_TIMESHEETS = "correct_timesheets"
    APPROVE_TIMESHEETS = "approve_timesheets"
    EXPORT_PAYROLL = "export_payroll"
    MANAGE_USERS = "manage_users"
    CHANGE_SETTINGS = "change_settings"
    CHANGE_HUB_SETTINGS = "change_hub_settings"
    GRANT_TRAINING = "grant_training"
    REVIEW_WORK = "review_work"

    @property
    def action(self) -> str:
        """What it allows, as the end of "... may not <action>"."""
        return _ACTIONS[self]


_ACTIONS = {
    Permission.DO_TASKS: "do tasks",
    Permission.TRACK_OWN_TIME: "clock in or out",
    Permission.VIEW_OWN_TIME: "see hours",
    Permission.VIEW_TEAM: "see other people's hours, shifts, users or flags",
    Permission.VIEW_OTHERS_WORK: "see another worker's drafts or results",
    Permission.PLAN_SHIFTS: "plan shifts",
    Permission.CORRECT_TIMESHEETS: "correct timesheets",
    Permission.APPROVE_TIMESHEETS: "approve timesheets",
    Permission.EXPORT_PAYROLL: "export payroll",
    Permission.MANAGE_USERS: "add users, set PINs or switch accounts on and off",
    Permission.CHANGE_SETTINGS: "change the lab's settings",
    Permission.CHANGE_HUB_SETTINGS: "change the hub settings (enrolment, sync)",
    Permission.GRANT_TRAINING: "let a worker try a project's training again",
    Permission.REVIEW_WORK: "review workers' results",
}

_WORKER = frozenset({Permission.DO_TASKS, Permission.TRACK_OWN_TIME, Permission.VIEW_OWN_TIME})
_SUPERVISOR = _WORKER | {Permission.VIEW_TEAM, Permission.VIEW_OTHERS_WORK, Permission.PLAN_SHIFTS,
                         Permission.CORRECT_TIMESHEETS, Permission.APPROVE_TIMESHEETS, Permission.EXPORT_PAYROLL,
                         Permission.GRANT_TRAINING, Permission.REVIEW_WORK}
_ADMIN = _SUPERVISOR | {Permission.MANAGE_USERS, Permission.CHANGE_SETTINGS, Permission.CHANGE_HUB_SETTINGS}

GRANTS: dict[Role, frozenset[Permission]] = {Role.WORKER: _WORKER, Role.SUPERVISOR: _SUPERVISOR, Role.ADMIN: _ADMIN}


@dataclass(frozen=True)
class Session:
    """Someone logged in at this seat. Get one from :func:`labclient.people.login.login`.

    The fields are for showing (name, role); the authority is the ``token``, checked against the
    database on every call. :meth:`may` is for the UI to decide what to show, never a check.
    """

    user_id: str
    name: str
    role: Role
    started_at: str
    token: str = field(repr=False, compare=False)

    def may(self, permission: Permission) -> bool:
        """Whether this role has ``permission`` (for showing or hiding a button only)."""
        return permission in GRANTS[self.role]


def token_hash(token: str) -> str:
    """What the database keeps of a session token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def live_session(store: Store, session: object, clock: Clock, *, allow_locked: bool = False,
                 input_seen: bool = False) -> Session:
    """The session, checked: opened by login, not ended, same boot, user still enabled and in the
    same role, not locked (unless ``allow_locked``) and not idle past the lock time. Raises
    NotAllowed or one of its subclasses; ends or locks the session in the database when it finds
    it restarted, switched off or idle. Only ``input_seen`` (``login.touch``) moves the idle clock:
    a screen reading hours once a minute must not keep an empty seat unlocked."""
    if type(session) is not Session or not isinstance(session.token, str):  # no subclass tricks
        raise NotAllowed("Nobody is logged in. Log in first.", who="", role="", action="")
    c = store.read()
    row = c.execute(
        "SELECT s.worker_id, s.role, s.boot_id, s.last_seen_mono_ns, s.locked, s.ended_at, w.name, w.role,"
        " w.disabled, " + state.LOCK_AFTER_SQL + " FROM sessions s JOIN workers w ON w.id = s.worker_id"
        " WHERE s.token_hash = ?",
        (token_hash(session.token),)).fetchone()
    if row is None or row[0] != session.user_id or row[1] != session.role.value:
        raise NotAllowed("This session was not opened by a login on this workstation. Log in again.",
                         who=session.name, role=str(session.role), action="")
    _, _, boot, last_seen, locked, ended_at, name, role, disabled, lock_after_s = row
    if disabled:
        _end(store, session, clock)
        raise AccountDisabledError(name=name)
    if ended_at is not None:
        raise SessionEndedError(reason="ended")
    if boot != clock.boot_id():
        _end(store, session, clock)
        raise SessionEndedError(reason="restarted")
    if role != session.role.value or name != session.name:
        _end(store, session, clock)
        raise SessionEndedError(reason="account_changed", name=name, role=role)
    if locked and not allow_locked:
        raise SessionLockedError(who=name)
    now = clock.mono_ns()
    lock_after_ns = state.lock_after(lock_after_s) * 10**9
    if not locked and now - last_seen > lock_after_ns:
        with store.transaction() as w:
            w.execute("UPDATE sessions SET locked = 1 WHERE token_hash = ?", (token_hash(session.token),))
        if not allow_locked:
            raise SessionLockedError(who=name)
    elif input_seen and not locked and now - last_seen > TOUCH_EVERY_NS:
        with store.transaction() as w:
            w.execute("UPDATE sessions SET last_seen_mono_ns = ? WHERE token_hash = ? AND last_seen_mono_ns < ?",
                      (now, token_hash(session.token), now))
    return session


def _end(store: Store, session: Session, clock: Clock) -> None:
    with store.transaction() as c:
        c.execute("UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL",
                  (clock.wall(), token_hash(session.token)))


def authorize(store: Store, session: object, permission: Permission, *, subject: str | None = None,
              others: Permission | None = None, clock: Clock = SYSTEM_CLOCK, allow_locked: bool = False) -> Session:
    """Check that ``session`` is live and its role may do ``permission``; when the call is about
    ``subject``'s data and that is someone else, the role also needs ``others``. Returns the
    session; raises NotAllowed (or SessionLockedError, SessionEndedError, AccountDisabledError).
    ``allow_locked`` lets a locked session through (saving what its user typed before the lock).

    For code outside ``labclient.people`` (the Workspace, the sync) that must enforce a role too.
    """
    checked = live_session(store, session, clock, allow_locked=allow_locked)
    grants = GRANTS[checked.role]
    if permission not in grants:
        raise NotAllowed(who=checked.name, role=str(checked.role), action=permission.action)
    if subject is not None and subject != checked.user_id:
        needed = others or Permission.VIEW_TEAM
        if needed not in grants:
            raise NotAllowed(who=checked.name, role=str(checked.role), action=needed.action,
                             hint="Each worker sees and changes only their own.")
    return checked


P = ParamSpec("P")
R = TypeVar("R")


def requires(permission: Permission, *, others: Permission | None = None,
             subject: str | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Wrap a people function so that its ``session`` is checked with :func:`authorize` before the
    body runs. The function has parameters ``store``, ``session`` and ``clock``; with ``subject``,
    the named parameter holds the user the call is about (None: the session's own user), and a
    session acting on someone else needs ``others``.

    The wrapper carries ``required_permission``, ``others_permission`` and ``subject_parameter``,
    which the tests use to find every privileged function.
    """
    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(fn)
        needed = {"store", "session", "clock"} | ({subject} if subject else set())
        missing = needed - set(signature.parameters)
        if missing:
            raise TypeError(f"{fn.__qualname__} needs parameters {sorted(missing)} to be checked")

        @functools.wraps(fn)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            arguments = bound.arguments
            about = arguments[subject] if subject else None
            if about is not None and not isinstance(about, str):
                raise TypeError(f"{subject} is a user id (str) or None, not {type(about).__name__}")
            authorize(arguments["store"], arguments["session"], permission, subject=about, others=others,
                      clock=arguments["clock"])
            return fn(*args, **kwargs)

        marks: dict[str, Any] = {"required_permission": permission, "others_permission": others,
                                 "subject_parameter": subject}
        for name, value in marks.items():
            setattr(checked, name, value)
        return checked

    return wrap
