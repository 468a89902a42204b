"""The people of each lab: who may log in at its workstations, in which role, with which PIN.

The hub is the authority (docs/people.md, "Users and the roster"). A lab's users travel to its
workstations as the *roster* in the pull answer, only when it changed since the roster the
device holds: every change to a lab's users (added, new PIN, switched off or on) moves the lab's
``roster_changed_at``, and that time is the roster's ``as_of``. It strictly increases with each
change, even within one microsecond or when the hub's clock was moved back, because the
workstation refuses a roster older than the one it applied.

PINs are kept only as hashes made with :func:`labclient.people.passwords.hash_secret` (what the
workstations check), and never printed. Users are never deleted: switching one off keeps them in
the roster with ``disabled: true``, so workstations end their sessions.

Every role and account state a user had is kept with the hub's time it began (``user_history``,
written by triggers whatever changes a user): :func:`user_records` reads it, so the timesheet
totals can tell whether whoever signed a correction or an approval could sign it *then*.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from labclient.errors import WeakSecretError
from labclient.people.login import normalise_name
from labclient.people.passwords import hash_secret
from labclient.people.pins import STRONG_MIN_LENGTH, check_strong
from labclient.people.roles import Role
from labclient.people.roster import MAX_NAME
from labhub.clock import HubClock, format_time, parse_time
from labhub.errors import Refused
from labhub.store import Conn, HubStore

if TYPE_CHECKING:
    from labhub.auth import Device
    from labhub.items import Incoming

ROLES = tuple(r.value for r in Role)
_SELECT = ("SELECT u.id, l.name AS lab, u.name, u.role, u.disabled, u.created_at, u.changed_at"
           " FROM users u JOIN labs l ON l.id = u.lab_id")


@dataclass(frozen=True)
class HubUser:
    """One user as ``labhub users`` lists them (no hash)."""

    id: str
    lab: str
    name: str
    role: str
    disabled: bool
    created_at: str
    changed_at: str

    def as_json(self) -> dict[str, Any]:
        """The user for ``labhub users --json``."""
        return {"id": self.id, "lab": self.lab, "name": self.name, "role": self.role, "disabled": self.disabled,
                "created_at": self.created_at, "changed_at": self.changed_at}


def checked_name(name: str) -> str:
    """The name as stored (white space tidied, as the workstations do); Refused when unusable."""
    tidy = normalise_name(name)
    if not 1 <= len(tidy) <= MAX_NAME:
        raise Refused(f"A name is 1 to {MAX_NAME} characters; {name!r} is not usable.")
    return tidy


def name_key(name: str) -> str:
    """The key that makes names unique per lab, whatever their case."""
    return normalise_name(name).casefold()


def checked_secret(secret: str, role: str) -> str:
    """``secret`` when it may be the PIN or password of someone with ``role``: the hub applies the
    strong rules always (docs/people.md, "PINs at rest"), as it is never the demo and its PINs
    reach every workstation of the lab: not trivial (0000, 1234, 1212...), and at least
    ``STRONG_MIN_LENGTH`` characters for a supervisor or admin. Refused (in the hub's words) or
    the core's WeakSecretError for one too short or too long."""
    try:
        check_strong(secret, role)
    except WeakSecretError as exc:
        if exc.params.get("reason") == "trivial":
            raise Refused("That PIN is one of the first anyone would try (like 0000, 1234 or 1212); nothing "
                          "changed. Choose another.") from None
        if exc.params.get("reason") == "short_for_role":
            raise Refused(f"A {role}'s PIN or password is at least {STRONG_MIN_LENGTH} characters, so a copy of a "
                          "workstation's database cannot be used to guess it; nothing changed. Choose a longer "
                          "one.") from None
        raise
    return secret


def lab_id(c: Conn, lab: str) -> int:
    """The id of the existing lab called ``lab``; Refused (naming any lab spelled alike) if none."""
    row = c.execute("SELECT id FROM labs WHERE name = ?", (lab,)).fetchone()
    if row is not None:
        return int(row[0])
    alike = [r[0] for r in c.execute("SELECT name FROM labs WHERE lower(name) = lower(?)", (lab,))]
    hint = f" Did you mean {alike[0]!r}?" if alike else (
        " A lab is made by 'labhub enroll-code --lab NAME' or 'labhub add-batch BUNDLE --lab NAME'.")
    raise Refused(f"There is no lab {lab!r} on this hub.{hint}")


#: How far ahead of the hub's clock a roster's previous time may be and still be carried forward
#: (a clock moved back a little); beyond it, that time came from a clock set wrong once, and
#: carried forward it would make every later roster look as if it came from the future.
MAX_ROSTER_LEAD = dt.timedelta(days=1)


def bump_roster(c: Conn, lab: int, now: str) -> str:
    """Record a change to the lab's users (inside the caller's transaction); the roster's new
    ``as_of``: the hub's time, or one microsecond after the previous as_of if that is not later
    (unless the previous one is more than :data:`MAX_ROSTER_LEAD` ahead: then the hub's time)."""
    previous = c.execute("SELECT roster_changed_at FROM labs WHERE id = ?", (lab,)).fetchone()[0]
    as_of = now
    if previous is not None and as_of <= previous \
            and parse_time(previous) - parse_time(now) <= MAX_ROSTER_LEAD:
        as_of = format_time(parse_time(previous) + dt.timedelta(microseconds=1))
    c.execute("UPDATE labs SET roster_changed_at = ? WHERE id = ?", (as_of, lab))
    return as_of


def check_new_user(store: HubStore, lab: str, name: str) -> str:
    """The tidied name when the lab exists and has nobody of that name yet; Refused otherwise
    (so a command can say so before asking for a PIN)."""
    name = checked_name(name)
    with store.snapshot() as c:
        _no_clash(c, lab_id(c, lab), lab, name)
    return name


def find_user(store: HubStore, lab: str, name: str) -> HubUser:
    """The user of that name (any case) in the lab; Refused when there is none."""
    with store.snapshot() as c:
        _, user_id = _find(c, lab, name)
    return _one(store, user_id)


def _no_clash(c: Conn, lab_number: int, lab: str, name: str) -> None:
    clash = c.execute("SELECT name FROM users WHERE lab_id = ? AND name_key = ?",
                      (lab_number, name_key(name))).fetchone()
    if clash is not None:
        raise Refused(f"Lab {lab!r} already has a user called {clash[0]!r}; names are unique per lab, "
                      "whatever their case. Use 'labhub set-pin' to give them a new PIN.")


def add_user(store: HubStore, clock: HubClock, lab: str, name: str, role: str, secret: str) -> HubUser:
    """Add a user to an existing lab. Refused for an unknown lab, an unusable name or role, or a
    name the lab has already (in any case); WeakSecretError for a PIN the core refuses."""
    name = checked_name(name)
    if role not in ROLES:
        raise Refused(f"A role is one of {', '.join(ROLES)}; not {role!r}.")
    secret_hash = hash_secret(checked_secret(secret, role))
    user_id = f"u-{uuid.uuid4().hex}"
    with store.transaction() as c:
        lab_number = lab_id(c, lab)
        _no_clash(c, lab_number, lab, name)
        now = clock.now_text()
        c.execute("INSERT INTO users (id, lab_id, name, name_key, role, secret_hash, created_at, changed_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  (user_id, lab_number, name, name_key(name), role, secret_hash, now, now))
        bump_roster(c, lab_number, now)
    return _one(store, user_id)


def set_pin(store: HubStore, clock: HubClock, lab: str, name: str, secret: str) -> HubUser:
    """Give a user a new PIN or password (workstations take it at their next sync); the rules of
    :func:`checked_secret` for the user's role."""
    secret_hash = hash_secret(checked_secret(secret, find_user(store, lab, name).role))
    with store.transaction() as c:
        lab_number, user_id = _find(c, lab, name)
        now = clock.now_text()
        c.execute("UPDATE users SET secret_hash = ?, changed_at = ? WHERE id = ?", (secret_hash, now, user_id))
        bump_roster(c, lab_number, now)
    return _one(store, user_id)


def rename_user(store: HubStore, clock: HubClock, lab: str, name: str, new_name: str) -> HubUser:
    """Give a user a new name (workstations take it at their next sync; a user keeps their id, so
    the time recorded under the old name stays theirs). Refused when another user of the lab has
    the new name (in any case) or it is unusable; a new case of their own name is fine."""
    new_name = checked_name(new_name)
    with store.transaction() as c:
        lab_number, user_id = _find(c, lab, name)
        clash = c.execute("SELECT name FROM users WHERE lab_id = ? AND name_key = ? AND id != ?",
                          (lab_number, name_key(new_name), user_id)).fetchone()
        if clash is not None:
            raise Refused(f"Lab {lab!r} already has a user called {clash[0]!r}; names are unique per lab, "
                          "whatever their case.")
        now = clock.now_text()
        if c.execute("UPDATE users SET name = ?, name_key = ?, changed_at = ? WHERE id = ? AND name != ?",
                     (new_name, name_key(new_name), now, user_id, new_name)).rowcount == 1:
            bump_roster(c, lab_number, now)
    return _one(store, user_id)


def set_disabled(store: HubStore, clock: HubClock, lab: str, name: str, disabled: bool) -> tuple[HubUser, bool]:
    """Switch a user off (they can no longer log in at the lab's workstations, once those have
    synced) or on again; (the user, whether anything changed)."""
    with store.transaction() as c:
        lab_number, user_id = _find(c, lab, name)
        now = clock.now_text()
        changed = c.execute("UPDATE users SET disabled = ?, changed_at = ? WHERE id = ? AND disabled != ?",
                            (int(disabled), now, user_id, int(disabled))).rowcount == 1
        if changed:
            bump_roster(c, lab_number, now)
    return _one(store, user_id), changed


MAX_PAUSE_REASON = 300


def set_paused(store: HubStore, clock: HubClock, lab: str, name: str, project_id: str, reason: str | None
               ) -> bool:
    """Pause a user on a project (``reason`` given: she gets none of its tasks at the lab's
    workstations once they have synced, and is told the reason) or resume her (``reason`` None);
    whether anything changed. Refused for a project the lab has no batch of, or a blank reason."""
    if reason is not None:
        reason = " ".join(reason.split())
        if not 1 <= len(reason) <= MAX_PAUSE_REASON:
            raise Refused(f"Say why, in 1 to {MAX_PAUSE_REASON} characters: the worker reads it.")
    with store.transaction() as c:
        lab_number, user_id = _find(c, lab, name)
        if c.execute("SELECT 1 FROM batches WHERE lab_id = ? AND project_id = ? LIMIT 1",
                     (lab_number, project_id)).fetchone() is None:
            raise Refused(f"Lab {lab!r} has no batch of the project {project_id[:128]!r}; nothing changed.")
        now = clock.now_text()
        if reason is None:
            changed = c.execute("DELETE FROM user_pauses WHERE user_id = ? AND project_id = ?",
                                (user_id, project_id)).rowcount == 1
        else:
            changed = c.execute(
                "INSERT INTO user_pauses (user_id, project_id, reason, paused_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (user_id, project_id) DO UPDATE SET reason = excluded.reason"
                " WHERE user_pauses.reason != excluded.reason", (user_id, project_id, reason, now)).rowcount == 1
        if changed:
            bump_roster(c, lab_number, now)
    return changed


def set_role(store: HubStore, clock: HubClock, lab: str, name: str, role: str,
             secret: str | None = None) -> tuple[HubUser, bool]:
    """Give a user another role (workstations take it at their next sync; what they signed before
    is judged by the role they had then); (the user, whether anything changed). A worker made
    supervisor or admin needs a new ``secret`` that meets that role's rules (the hub holds only
    the hash of the old one, and cannot tell whether it is long enough): Refused without one."""
    if role not in ROLES:
        raise Refused(f"A role is one of {', '.join(ROLES)}; not {role!r}.")
    secret_hash = None
    if needs_new_secret(find_user(store, lab, name).role, role):
        if secret is None:
            raise Refused(f"A {role} needs a PIN or password of at least {STRONG_MIN_LENGTH} characters: give "
                          f"{name} a new one with the change of role; nothing changed.")
        secret_hash = hash_secret(checked_secret(secret, role))
    with store.transaction() as c:
        lab_number, user_id = _find(c, lab, name)
        now = clock.now_text()
        changed = c.execute("UPDATE users SET role = ?, changed_at = ? WHERE id = ? AND role != ?",
                            (role, now, user_id, role)).rowcount == 1
        if changed and secret_hash is not None:
            c.execute("UPDATE users SET secret_hash = ? WHERE id = ?", (secret_hash, user_id))
        if changed:
            bump_roster(c, lab_number, now)
    return _one(store, user_id), changed


def needs_new_secret(old_role: str, new_role: str) -> bool:
    """Whether a change from ``old_role`` to ``new_role`` needs a new PIN: a worker made
    supervisor or admin (their PIN was checked against a worker's rules only)."""
    return old_role == "worker" and new_role in ("supervisor", "admin")


@dataclass(frozen=True)
class Standing:
    """A user's role and account state from ``since`` (the hub's time) until the next change."""

    since: dt.datetime
    role: str
    disabled: bool


@dataclass(frozen=True)
class UserRecord:
    """A user as the hub knew them over time: their lab, current name, and every change of role
    or account state (the ``user_history`` table, kept by triggers), oldest first."""

    id: str
    lab_id: int
    lab: str
    name: str
    history: tuple[Standing, ...]

    def at(self, moment: dt.datetime) -> Standing | None:
        """The user's standing at ``moment``; None before the user was added."""
        found = None
        for standing in self.history:
            if standing.since > moment:
                break
            found = standing
        return found

    @property
    def added(self) -> dt.datetime | None:
        """When the user was added to the hub."""
        return self.history[0].since if self.history else None


def user_records(c: Conn) -> dict[str, UserRecord]:
    """Every user of every lab with their history, by id (a lab's users are few; all labs are
    read so that a user of another lab can be named as such)."""
    history: dict[str, list[Standing]] = {}
    for user_id, at, role, disabled in c.execute("SELECT user_id, at, role, disabled FROM user_history"
                                                 " ORDER BY user_id, at, rowid"):
        history.setdefault(str(user_id), []).append(Standing(parse_time(at), str(role), bool(disabled)))
    return {str(user_id): UserRecord(str(user_id), int(lab_number), str(lab), str(name),
                                     tuple(history.get(str(user_id), ())))
            for user_id, lab_number, lab, name in c.execute(
                "SELECT u.id, u.lab_id, l.name, u.name FROM users u JOIN labs l ON l.id = u.lab_id")}


def list_users(store: HubStore, lab: str | None = None) -> list[HubUser]:
    """Every user, by lab and name (of one existing lab when ``lab`` is given)."""
    sql = _SELECT
    params: tuple[Any, ...] = ()
    if lab is not None:
        with store.snapshot() as c:
            params = (lab_id(c, lab),)
        sql += " WHERE u.lab_id = ?"
    rows = store.query(sql + " ORDER BY l.name, u.name_key", params)
    return [_user(r) for r in rows]


def roster(c: Conn, lab: int, held_as_of: str | None) -> dict[str, Any] | None:
    """The roster a pull answers for a device of ``lab`` that holds the roster of ``held_as_of``:
    None while that is the lab's current roster, or when the lab never had users (so a
    workstation of a lab run without the hub's users keeps its own first admin)."""
    row = c.execute("SELECT name, roster_changed_at FROM labs WHERE id = ?", (lab,)).fetchone()
    if row is None or row[1] is None or row[1] == held_as_of:
        return None
    pauses: dict[str, list[dict[str, str]]] = {}
    for user_id, project_id, reason in c.execute(
            "SELECT p.user_id, p.project_id, p.reason FROM user_pauses p JOIN users u ON u.id = p.user_id"
            " WHERE u.lab_id = ? ORDER BY p.project_id", (lab,)):
        pauses.setdefault(str(user_id), []).append({"project_id": str(project_id), "reason": str(reason)})
    qualified: dict[str, list[str]] = {}
    for user_id, project_id in c.execute(
            "SELECT q.user_id, q.project_id FROM user_qualifications q JOIN users u ON u.id = q.user_id"
            " WHERE u.lab_id = ? ORDER BY q.project_id", (lab,)):
        qualified.setdefault(str(user_id), []).append(str(project_id))
    users = [{"id": user_id, "name": name, "role": role, "lab": row[0], "secret_hash": secret_hash,
              "disabled": bool(disabled), "paused": pauses.get(str(user_id), []),
              "qualified": qualified.get(str(user_id), [])}
             for user_id, name, role, secret_hash, disabled in c.execute(
                 "SELECT id, name, role, secret_hash, disabled FROM users WHERE lab_id = ? ORDER BY name_key",
                 (lab,))]
    return {"as_of": row[1], "users": users}


def qualify(c: Conn, device: Device, passes: list[Incoming], now: str) -> None:
    """Keep whom each training pass of this push stands for (a hub user of the device's lab, as
    the timesheets resolve it), so the lab's roster lists it for her other workstations; a new
    one changes the roster. A pass of a worker the hub has no user for stays an item only."""
    from labhub.identity import Identities

    station = c.execute("SELECT coalesce(chain_id, id) FROM devices WHERE id = ?", (device.id,)).fetchone()[0]
    identities = Identities.load(c, device.lab_id)
    added = 0
    for item in passes:
        worker = item.body["worker"]
        who = identities.who(str(station), str(worker["id"]), str(worker["name"]))
        if who.user_id is not None:
            added += c.execute("INSERT INTO user_qualifications (user_id, project_id, item_id, passed_at)"
                               " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                               (who.user_id, str(item.body["project_id"]), item.id,
                                str(item.body["passed_at"]))).rowcount
    if added:  # the roster changes: each workstation hears of it at its next pull
        bump_roster(c, device.lab_id, now)


def _find(c: Conn, lab: str, name: str) -> tuple[int, str]:
    lab_number = lab_id(c, lab)
    row = c.execute("SELECT id FROM users WHERE lab_id = ? AND name_key = ?", (lab_number, name_key(name))).fetchone()
    if row is None:
        raise Refused(f"Lab {lab!r} has no user called {normalise_name(name)!r}; 'labhub users --lab NAME' lists "
                      "them.")
    return lab_number, str(row[0])


def _one(store: HubStore, user_id: str) -> HubUser:
    row = store.query_one(_SELECT + " WHERE u.id = ?", (user_id,))
    assert row is not None
    return _user(row)


def _user(row: dict[str, Any]) -> HubUser:
    return HubUser(row["id"], row["lab"], row["name"], row["role"], bool(row["disabled"]),
                   row["created_at"], row["changed_at"])
