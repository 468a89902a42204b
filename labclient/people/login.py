"""Offline login by name and PIN (or password), lockout with growing back-off, and the session's
life at a shared seat: lock, switch, log out, and the lock after a set idle time. A locked session is
not unlocked: its user logs in again, which ends it.

Lockout: after ``MAX_FAILURES`` wrong secrets in a row the account is locked for ``FIRST_LOCK_S``;
each further wrong secret locks it again for twice as long, up to ``MAX_LOCK_S``. While locked, no
secret is checked, not even the right one: the answer says how long is left. A right secret after
the lock resets the count. The count and the lock live in the database (they survive a restart of
LabClient) and the lock is measured on the monotonic clock; after a reboot, whose monotonic clock
starts again, a lock that was running starts again in full (a reboot never shortens it).
"""

from __future__ import annotations

import contextlib
import logging
import math
import secrets
import sqlite3
from dataclasses import dataclass

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.errors import (
    AccountDisabledError,
    AccountLockedError,
    NoSecretError,
    NotAllowed,
    UnknownUserError,
    WrongSecretError,
)
from labclient.people.pins import PinKeeper
from labclient.people.roles import Permission, Role, Session, live_session, requires, token_hash
from labclient.store import Store

MAX_FAILURES = 5
FIRST_LOCK_S = 30
MAX_LOCK_S = 15 * 60

log = logging.getLogger("labclient.people")


@dataclass(frozen=True)
class LockState:
    """What the login screen may say about an account before anyone types."""

    failures: int
    seconds_left: int  # 0: a try is taken now


def normalise_name(name: str) -> str:
    """A name as stored: runs of white space become one space, none at the ends."""
    return " ".join(str(name).split())


def login(store: Store, name: str, secret: str, *, clock: Clock = SYSTEM_CLOCK) -> Session:
    """Log ``name`` in with their PIN or password; the Session every other people call needs.

    Raises UnknownUserError, AccountDisabledError, NoSecretError (a worker from before logins
    existed, whose PIN the admin has not set yet), AccountLockedError (with the seconds left) or
    WrongSecretError (counted towards the lockout). Logging in ends this user's earlier session;
    other users' sessions at the seat stay (locked or not) for fast switching.
    """
    row = store.read().execute(
        "SELECT id, name, role, secret_hash, disabled FROM workers WHERE name = ? COLLATE NOCASE",
        (normalise_name(name),)).fetchone()
    if row is None:
        raise UnknownUserError(name=normalise_name(name))
    user_id, real_name, role, stored, disabled = row
    if disabled:
        raise AccountDisabledError(name=real_name)
    if stored is None:
        raise NoSecretError(name=real_name)
    check_secret(store, user_id, real_name, stored, secret, clock)
    with store.transaction() as c:
        return _open_session(c, user_id, real_name, Role(role), clock)


def lock(store: Store, session: Session, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Lock the session (the user steps away, or someone else logs in at the seat).

    A worker who is clocked in and working stops being counted from here, as after an unanswered
    "are you still working?" (an ``idle_prompt`` event): otherwise the next person's work at this
    seat would be paid twice. Their time counts again from their first activity after logging in again.
    """
    from labclient.people import timesheet  # the timesheet builds on sessions, not the reverse

    live_session(store, session, clock, allow_locked=True)
    with contextlib.suppress(NotAllowed):  # already locked (idle past the lock time): nothing to record
        timesheet.pause_for_lock(store, session, clock=clock)
    with store.transaction() as c:
        c.execute("UPDATE sessions SET locked = 1 WHERE token_hash = ?", (token_hash(session.token),))


def logout(store: Store, session: Session, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """End the session. Safe to call twice; a session that was never opened is left alone."""
    if type(session) is not Session:
        return
    with store.transaction() as c:
        c.execute("UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL",
                  (clock.wall(), token_hash(session.token)))


def touch(store: Store, session: Session, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Input was seen: keep the idle lock away. Raises SessionLockedError when the session has
    already been idle past the lock time (the UI shows the lock screen then)."""
    live_session(store, session, clock, input_seen=True)


def lock_state(store: Store, user_id: str, *, clock: Clock = SYSTEM_CLOCK) -> LockState:
    """How many wrong secrets in a row, and the seconds left of a lockout (0: none)."""
    row = store.read().execute("SELECT failures FROM login_guard WHERE worker_id = ?", (user_id,)).fetchone()
    return LockState(int(row[0]) if row else 0, math.ceil(_lock_left_ns(store, user_id, clock) / 1e9))


@requires(Permission.MANAGE_USERS)
def clear_lockout(store: Store, session: Session, user_id: str, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Admin: forget a user's wrong secrets and lift their lock now."""
    with store.transaction() as c:
        c.execute("DELETE FROM login_guard WHERE worker_id = ?", (user_id,))


def check_secret(store: Store, user_id: str, name: str, stored: str | None, secret: str, clock: Clock) -> None:
    """Check ``secret`` against ``stored`` under the lockout rules; record the outcome.

    The lock test and the counting of this try are one transaction, taken before the (slow)
    check: tries racing from several windows or scripts are each counted before any is checked,
    so a lock that ends gives one try between them, never one each. A right secret then forgets
    the count (so a try cut short by a crash counts as a wrong one, never the reverse).
    """
    if stored is None:
        left_ns = _lock_left_ns(store, user_id, clock)
        if left_ns > 0:
            raise AccountLockedError(name=name, seconds=math.ceil(left_ns / 1e9))
        raise NoSecretError(name=name)
    keeper = PinKeeper(store)
    check = keeper.verifier(stored)  # the keyring's pepper first: without it nothing is tried or counted
    left_ns, failures, lock_s = _take_try(store, user_id, clock)
    if left_ns > 0:
        raise AccountLockedError(name=name, seconds=math.ceil(left_ns / 1e9))
    if check(secret):
        found = keeper.pepper()
        with store.transaction() as c:
            c.execute("DELETE FROM login_guard WHERE worker_id = ?", (user_id,))
            keeper.protect_all(c, found)  # hashes kept plain before (or from the hub) get the pepper
        return
    log.info("wrong secret for user %s (%d in a row%s)", user_id, failures, f", locked {lock_s} s" if lock_s else "")
    if lock_s:
        raise WrongSecretError("That PIN is not right for {name}. After {failures} wrong tries in a row, {name} is "
                               "locked for {seconds} seconds; try again after that.",
                               name=name, failures=failures, seconds=lock_s)
    raise WrongSecretError(name=name, tries_left=MAX_FAILURES - failures)


def lock_seconds(failures: int) -> int:
    """How long the account locks after ``failures`` wrong secrets in a row (0: not at all)."""
    if failures < MAX_FAILURES:
        return 0
    return int(min(FIRST_LOCK_S * 2 ** min(failures - MAX_FAILURES, 16), MAX_LOCK_S))


def _take_try(store: Store, user_id: str, clock: Clock) -> tuple[int, int, int]:
    """In one transaction: the nanoseconds left of a lock (then nothing is counted), or else this
    try counted as a wrong one, the lock it would start set already; (left_ns, failures, lock_s)."""
    with store.transaction() as c:
        left = _lock_left_in(c, user_id, clock)
        if left > 0:
            return left, 0, 0
        c.execute("INSERT INTO login_guard (worker_id, failures, last_failure_at) VALUES (?, 1, ?)"
                  " ON CONFLICT (worker_id) DO UPDATE SET failures = failures + 1,"
                  " last_failure_at = excluded.last_failure_at", (user_id, clock.wall()))
        failures = int(c.execute("SELECT failures FROM login_guard WHERE worker_id = ?", (user_id,)).fetchone()[0])
        lock_s = lock_seconds(failures)
        if lock_s:
            c.execute("UPDATE login_guard SET locked_for_ms = ?, locked_at_mono_ns = ?, locked_boot_id = ?"
                      " WHERE worker_id = ?", (lock_s * 1000, clock.mono_ns(), clock.boot_id(), user_id))
        return 0, failures, lock_s


def _lock_left_ns(store: Store, user_id: str, clock: Clock) -> int:
    with store.transaction() as c:
        return _lock_left_in(c, user_id, clock)


def _lock_left_in(c: sqlite3.Connection, user_id: str, clock: Clock) -> int:
    """Nanoseconds left of the user's lock (0: none), inside the caller's write transaction."""
    row = c.execute("SELECT locked_for_ms, locked_at_mono_ns, locked_boot_id FROM login_guard"
                    " WHERE worker_id = ?", (user_id,)).fetchone()
    if row is None or not row[0]:
        return 0
    locked_for_ns, boot = int(row[0]) * 10**6, row[2]
    locked_at: int | None = int(row[1]) if row[1] is not None else None
    now = clock.mono_ns()
    if boot != clock.boot_id() or locked_at is None or locked_at > now:
        # A new boot: its monotonic clock cannot say how long has passed. Start the lock again.
        c.execute("UPDATE login_guard SET locked_at_mono_ns = ?, locked_boot_id = ? WHERE worker_id = ?",
                  (now, clock.boot_id(), user_id))
        return locked_for_ns
    left: int = locked_at + locked_for_ns - now
    if left <= 0:  # served: a later reboot must not start it again (the count of failures stays)
        c.execute("UPDATE login_guard SET locked_for_ms = 0 WHERE worker_id = ?", (user_id,))
        return 0
    return left


def _open_session(c: sqlite3.Connection, user_id: str, name: str, role: Role, clock: Clock) -> Session:
    """Start a session for a user whose secret was just checked (inside the caller's transaction);
    any earlier session of the same user ends."""
    now = clock.wall()
    c.execute("UPDATE sessions SET ended_at = ? WHERE worker_id = ? AND ended_at IS NULL", (now, user_id))
    token = secrets.token_urlsafe(32)
    c.execute("INSERT INTO sessions (token_hash, worker_id, role, started_at, boot_id, last_seen_mono_ns)"
              " VALUES (?, ?, ?, ?, ?, ?)", (token_hash(token), user_id, role.value, now, clock.boot_id(),
                                             clock.mono_ns()))
    return Session(user_id, name, role, now, token)
