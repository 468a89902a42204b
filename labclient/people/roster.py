"""Users: who may log in here, in which role. The hub's roster is the authority; before the first
sync the partner admin can add local users, which the hub confirms when its roster lists them by
name.

How users come to be:

- :func:`apply_roster` (called by the sync with the hub's list, no session: the hub is trusted)
  adds and updates users, confirms local users the hub lists by name, and switches off users the
  hub listed before and no longer lists. Local users the hub never listed stay as they are,
  marked as awaiting the hub.
- :func:`add_local_user` (admin) adds a local user.
- :func:`bootstrap_admin` makes the first partner admin on a workstation that has neither an
  admin who can log in nor a roster from the hub; afterwards it is refused.
- Workers from before logins existed (schema 2) are local users without a PIN: they cannot log
  in until an admin sets one with :func:`set_secret` (or the hub's roster brings one).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.errors import NotAllowed, UnknownUserError, UserExistsError
from labclient.people import state
from labclient.people.clock import estimated_now, format_wall, parse_wall
from labclient.people.login import _open_session, normalise_name
from labclient.people.passwords import is_valid_hash
from labclient.people.pins import PinKeeper
from labclient.people.roles import Permission, Role, Session, requires
from labclient.store import Store

STALE_AFTER_DAYS = 7
MAX_NAME = 80
#: How far a roster's date may be ahead of the hub's time before it is refused as absurd (a hub's
#: date is its own clock when the list changed; a day's slack covers a station's guess without anchors).
MAX_AHEAD = dt.timedelta(days=2)


@dataclass(frozen=True)
class User:
    """Someone who may work here, as an admin or supervisor sees them."""

    id: str
    name: str
    role: Role
    lab: str | None
    origin: str          # 'local' (added here) or 'hub' (from the hub's roster)
    confirmed: bool      # the hub's roster lists them
    disabled: bool
    has_secret: bool     # False: cannot log in until a PIN is set
    hub_id: str | None

    @property
    def awaiting_hub(self) -> bool:
        """A local user the hub has not confirmed yet."""
        return self.origin == "local" and not self.confirmed


@dataclass
class RosterReport:
    """What applying a roster changed, by name; ``skipped`` says which entries were left out, why."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)
    disabled: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    kept_admin: list[str] = field(default_factory=list)  # kept as partner admin: the roster would leave none
    replaced_as_of: str | None = None  # an absurd date held before (far in the future), now replaced


@dataclass(frozen=True)
class RosterStatus:
    """How current the user list is. ``stale`` when it never came from the hub or is older than
    ``STALE_AFTER_DAYS``: a user switched off at the hub may still log in here until the next sync."""

    as_of: str | None
    age_days: float | None
    stale: bool
    message: str


_COLUMNS = "id, name, role, lab, origin, confirmed, disabled, secret_hash IS NOT NULL, hub_id"


def _user(row: Sequence[Any]) -> User:
    return User(row[0], row[1], Role(row[2]), row[3], row[4], bool(row[5]), bool(row[6]), bool(row[7]), row[8])


def login_names(store: Store) -> list[str]:
    """Names to offer on the login screen: every user whose account is on, by name."""
    rows = store.read().execute("SELECT name FROM workers WHERE disabled = 0 ORDER BY name COLLATE NOCASE")
    return [r[0] for r in rows]


@requires(Permission.VIEW_TEAM)
def users(store: Store, session: Session, *, clock: Clock = SYSTEM_CLOCK) -> list[User]:
    """Everyone, including switched-off accounts, by name (supervisor, admin)."""
    rows = store.read().execute(f"SELECT {_COLUMNS} FROM workers ORDER BY name COLLATE NOCASE").fetchall()
    return [_user(r) for r in rows]


def _user_by_id(store: Store, user_id: str) -> User:
    """One user by id; UnknownUserError when there is none."""
    row = store.read().execute(f"SELECT {_COLUMNS} FROM workers WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise UnknownUserError("There is no user {name!r} on this workstation.", name=user_id)
    return _user(row)


@requires(Permission.MANAGE_USERS)
def add_local_user(store: Store, session: Session, name: str, role: Role | str, secret: str | None = None, *,
                   lab: str | None = None, clock: Clock = SYSTEM_CLOCK) -> User:
    """Admin: add a local user (marked local until the hub's roster lists them by name).

    Without ``secret`` the user cannot log in until one is set. Raises UserExistsError,
    WeakSecretError, ValueError for a blank name or an unknown role.
    """
    name = _checked_name(name)
    role = Role(role)
    secret_hash = None
    if secret is not None:
        PinKeeper(store).check_new_secret(secret, role)
        secret_hash = PinKeeper(store).new_hash(secret)
    user_id = f"w-{uuid.uuid4().hex[:12]}"
    with store.transaction() as c:
        if c.execute("SELECT 1 FROM workers WHERE name = ? COLLATE NOCASE", (name,)).fetchone():
            raise UserExistsError(name=name)
        c.execute("INSERT INTO workers (id, name, created_at, role, lab, secret_hash, origin) VALUES"
                  " (?, ?, ?, ?, ?, ?, 'local')", (user_id, name, clock.wall(), role.value, lab, secret_hash))
    return _user_by_id(store, user_id)


@requires(Permission.MANAGE_USERS)
def set_secret(store: Store, session: Session, user_id: str, secret: str, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Admin: set a user's PIN or password (for a hub user, the hub's next roster wins if it
    brings one). Lifts their lockout."""
    PinKeeper(store).check_new_secret(secret, _user_by_id(store, user_id).role)
    secret_hash = PinKeeper(store).new_hash(secret)
    with store.transaction() as c:
        c.execute("UPDATE workers SET secret_hash = ? WHERE id = ?", (secret_hash, user_id))
        c.execute("DELETE FROM login_guard WHERE worker_id = ?", (user_id,))


@requires(Permission.MANAGE_USERS)
def set_disabled(store: Store, session: Session, user_id: str, disabled: bool, *,
                 clock: Clock = SYSTEM_CLOCK) -> None:
    """Admin: switch an account off (it cannot log in; its sessions end) or on again. For a user
    the hub lists, the hub's next roster decides again."""
    if user_id == session.user_id:
        raise NotAllowed("{who} cannot switch off their own account. {hint}", who=session.name,
                         hint="Another partner admin can.")
    _user_by_id(store, user_id)
    with store.transaction() as c:
        c.execute("UPDATE workers SET disabled = ? WHERE id = ?", (int(bool(disabled)), user_id))
        if disabled:
            c.execute("UPDATE sessions SET ended_at = ? WHERE worker_id = ? AND ended_at IS NULL",
                      (clock.wall(), user_id))


_ADMIN_WHO_CAN_LOG_IN = "SELECT 1 FROM workers WHERE role = 'admin' AND disabled = 0 AND secret_hash IS NOT NULL"


def first_admin_possible(store: Store) -> bool:
    """Whether :func:`bootstrap_admin` would be accepted now: no roster from the hub yet and no
    admin who can log in (the login screen offers "Set up the first admin" then)."""
    c = store.read()
    return state.get(c, "roster_as_of") is None and c.execute(_ADMIN_WHO_CAN_LOG_IN).fetchone() is None


def bootstrap_admin(store: Store, name: str, secret: str, *, strong_pins: bool = False,
                    clock: Clock = SYSTEM_CLOCK) -> Session:
    """Make the first partner admin on this workstation and log them in.

    The trusted way in before any roster: allowed only while no admin who can log in exists and
    no roster has come from the hub (then the hub's admins are in charge). NotAllowed otherwise.
    With ``strong_pins`` (a real lab's first admin; not the demo) the workstation's strong PIN
    rules are switched on in the same transaction, and the admin's own secret must meet them
    (WeakSecretError otherwise, and nothing changes).
    """
    name = _checked_name(name)
    PinKeeper(store).check_new_secret(secret, Role.ADMIN, strong=strong_pins)
    secret_hash = PinKeeper(store).new_hash(secret)
    with store.transaction() as c:
        if state.get(c, "roster_as_of") is not None:
            raise NotAllowed("The hub's user list is in charge on this workstation, so no admin can be made here. "
                             "{hint}", hint="Add the admin at the hub: labhub add-user --role admin.")
        if c.execute(_ADMIN_WHO_CAN_LOG_IN).fetchone():
            raise NotAllowed("This workstation already has a partner admin. {hint}",
                             hint="Ask them to add you (Admin screen).")
        if c.execute("SELECT 1 FROM workers WHERE name = ? COLLATE NOCASE", (name,)).fetchone():
            raise UserExistsError(name=name)
        user_id = f"w-{uuid.uuid4().hex[:12]}"
        c.execute("INSERT INTO workers (id, name, created_at, role, secret_hash, origin) VALUES"
                  " (?, ?, ?, 'admin', ?, 'local')", (user_id, name, clock.wall(), secret_hash))
        if strong_pins:
            state.put(c, "pin_rules", "strong")
        return _open_session(c, user_id, name, Role.ADMIN, clock)


def apply_roster(store: Store, entries: Sequence[Mapping[str, Any]], *, as_of: str, lab: str | None = None,
                 hub_now: str | None = None, clock: Clock = SYSTEM_CLOCK) -> RosterReport:
    """Apply the hub's roster for this lab, in one transaction (the sync calls this; no session).

    ``entries`` are dicts ``{"id", "name", "role", "lab", "secret_hash", "disabled"}`` (see
    docs/people.md); ``as_of`` is the hub's time of the list; ``lab`` this workstation's lab (its
    enrolment's): entries naming another lab are skipped; ``hub_now`` the hub's clock in the same
    answer (else the nearest clock anchor of this boot, else this computer's clock). Entries that
    cannot be used are skipped and named in the report, so one bad entry never blocks the rest.

    The hub is the authority, with two limits: a list dated more than ``MAX_AHEAD`` after the hub's
    time is refused (RosterFromFutureError: applied, it would make every later list look older), and
    a date like that held from before binds nothing (the list replaces it); and a list that would
    leave this workstation without an enabled partner admin who can log in leaves one of those who
    were admin before as they were, named in ``RosterReport.kept_admin`` (so the hub hands the
    workstation over by listing another admin first). Raises StaleRosterError (nothing changed)
    when a newer roster was applied already, ValueError when ``as_of`` is not a time.
    """
    from labclient.errors import RosterFromFutureError, StaleRosterError

    moment = parse_wall(as_of)
    if moment is None:
        raise ValueError(f"the roster's time is not a UTC timestamp: {as_of!r}")
    reference = parse_wall(hub_now) if hub_now else None
    if reference is None:
        reference, _ = estimated_now(store, clock)
    if moment > reference + MAX_AHEAD:
        raise RosterFromFutureError(as_of=as_of, now=format_wall(reference))
    keeper = PinKeeper(store)
    found = keeper.pepper()  # None: the hub's hashes stay plain until a keyring works here
    report = RosterReport()
    with store.transaction() as c:
        keeper.protect_all(c, found)  # so a hash the hub sends again compares equal
        current = state.get(c, "roster_as_of")
        current_moment = parse_wall(current) if current else None
        if current_moment is not None and current_moment > reference + MAX_AHEAD:
            report.replaced_as_of, current_moment = current, None  # absurd: it must not block the hub for good
        if current_moment is not None and moment < current_moment:
            raise StaleRosterError(as_of=as_of, current=current)
        admins_before = c.execute(_ADMINS_WHO_CAN_LOG_IN).fetchall()
        listed: set[str] = set()
        every_id = {e["id"] for e in entries if isinstance(e, Mapping) and isinstance(e.get("id"), str)}
        usable: list[dict[str, Any]] = []
        for entry in entries:
            problem, clean = _clean_entry(entry, lab or None)
            label = str(entry.get("name") or entry.get("id") or "?") if isinstance(entry, Mapping) else "?"
            if isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
                if entry["id"] in listed:
                    report.skipped.append((label, "listed twice"))
                    continue
                listed.add(entry["id"])  # even when skipped: a bad entry never switches anyone off
            if clean is None:
                report.skipped.append((label, problem or "malformed"))
                continue
            if problem:  # usable, but its PIN hash is not: the user keeps the PIN they had
                report.skipped.append((label, problem))
            if found is not None and clean["secret_hash"] is not None:
                clean["secret_hash"] = PinKeeper.wrap(clean["secret_hash"], *found)
            usable.append(clean)
        # People the hub listed before go first: a renamed one frees their old name for a new
        # person of that name in the same roster.
        known = {row[0] for row in c.execute("SELECT hub_id FROM workers WHERE hub_id IS NOT NULL")}
        for clean in sorted(usable, key=lambda e: e["id"] not in known):
            _apply_one(c, clean, every_id, report, clock)
        stale = c.execute("SELECT id, name, hub_id FROM workers WHERE hub_id IS NOT NULL AND disabled = 0").fetchall()
        for user_id, name, hub_id in stale:
            if hub_id not in listed:
                c.execute("UPDATE workers SET disabled = 1 WHERE id = ?", (user_id,))
                c.execute("UPDATE sessions SET ended_at = ? WHERE worker_id = ? AND ended_at IS NULL",
                          (clock.wall(), user_id))
                report.disabled.append(name)
        if admins_before and c.execute(_ADMIN_WHO_CAN_LOG_IN).fetchone() is None:
            _keep_an_admin(c, admins_before, report)
        state.put(c, "roster_as_of", as_of)
    return report


#: Enabled admins who can log in, the workstation's own (local) first, then by name.
_ADMINS_WHO_CAN_LOG_IN = ("SELECT id FROM workers WHERE role = 'admin' AND disabled = 0 AND secret_hash IS NOT NULL"
                          " ORDER BY origin != 'local', name COLLATE NOCASE")


def _keep_an_admin(c: Any, admins_before: Sequence[Sequence[Any]], report: RosterReport) -> None:
    """The roster took the rights of every partner admin who could log in here: give the first of
    them (that can still log in) their role and account back, and say so in the report."""
    for (user_id,) in admins_before:
        row = c.execute("SELECT name, secret_hash FROM workers WHERE id = ?", (user_id,)).fetchone()
        if row is None or row[1] is None:
            continue
        c.execute("UPDATE workers SET role = 'admin', disabled = 0 WHERE id = ?", (user_id,))
        report.kept_admin.append(row[0])
        if row[0] in report.disabled:
            report.disabled.remove(row[0])
        return


def _apply_one(c: Any, e: dict[str, Any], every_id: set[str], report: RosterReport, clock: Clock) -> None:
    hub_id, name = e["id"], e["name"]
    columns = "SELECT id, origin, confirmed, name, role, lab, secret_hash, disabled, hub_id FROM workers"
    row = c.execute(columns + " WHERE hub_id = ?", (hub_id,)).fetchone()
    if row is None:
        # By name: a user the hub never listed, or one listed under an id this roster no longer has
        # (the hub re-created them).
        row = c.execute(columns + " WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
        if row is not None and row[8] is not None and row[8] in every_id:
            row = None
    user_id = row[0] if row else None
    clash = c.execute("SELECT name FROM workers WHERE name = ? COLLATE NOCASE AND id IS NOT ?",
                      (name, user_id)).fetchone()
    if clash:
        report.skipped.append((name, f"the name is used by another user here ({clash[0]})"))
        return
    secret_hash = e["secret_hash"]
    if row is None:
        local_id = hub_id if c.execute("SELECT 1 FROM workers WHERE id = ?", (hub_id,)).fetchone() is None \
            else f"w-{uuid.uuid4().hex[:12]}"
        c.execute("INSERT INTO workers (id, name, created_at, role, lab, secret_hash, origin, confirmed, disabled,"
                  " hub_id) VALUES (?, ?, ?, ?, ?, ?, 'hub', 1, ?, ?)",
                  (local_id, name, clock.wall(), e["role"], e["lab"], secret_hash, int(e["disabled"]), hub_id))
        _set_pauses(c, local_id, e["paused"])
        _set_qualified(c, local_id, e["qualified"])
        report.added.append(name)
        return
    _, _, confirmed, old_name, old_role, old_lab, old_hash, old_disabled, _ = row
    new_hash = secret_hash if secret_hash is not None else old_hash
    c.execute("UPDATE workers SET name = ?, role = ?, lab = ?, secret_hash = ?, confirmed = 1, disabled = ?,"
              " hub_id = ? WHERE id = ?", (name, e["role"], e["lab"], new_hash, int(e["disabled"]), hub_id, user_id))
    _set_pauses(c, str(row[0]), e["paused"])
    _set_qualified(c, str(row[0]), e["qualified"])
    if not confirmed:
        report.confirmed.append(name)
    elif (old_name, old_role, old_lab, old_hash, bool(old_disabled)) != (name, e["role"], e["lab"], new_hash,
                                                                          e["disabled"]):
        report.updated.append(name)
    if new_hash != old_hash:
        c.execute("DELETE FROM login_guard WHERE worker_id = ?", (user_id,))


MAX_PAUSE_REASON = 300


def _set_pauses(c: Any, worker_id: str, pauses: Mapping[str, str]) -> None:
    """Make the projects the worker is paused on exactly those the roster lists."""
    c.execute("DELETE FROM worker_pauses WHERE worker_id = ?", (worker_id,))
    c.executemany("INSERT INTO worker_pauses (worker_id, project_id, reason) VALUES (?, ?, ?)",
                  [(worker_id, project, reason) for project, reason in sorted(pauses.items())])


def _set_qualified(c: Any, worker_id: str, projects: list[str]) -> None:
    """Make the projects the worker passed the training of on the lab's workstations exactly
    those the roster lists (docs/quality.md, "Training and qualification")."""
    c.execute("DELETE FROM worker_qualified WHERE worker_id = ?", (worker_id,))
    c.executemany("INSERT INTO worker_qualified (worker_id, project_id) VALUES (?, ?)",
                  [(worker_id, project) for project in projects])


def _qualified(raw: object) -> list[str]:
    """The project ids an entry's ``qualified`` names (docs/people.md); one that is not a usable
    id is left out, and a hub from before sends none (nobody has passed anything elsewhere)."""
    out = []
    for project in raw if isinstance(raw, list) else []:
        if isinstance(project, str) and 1 <= len(project) <= 128 and project.isprintable():
            out.append(project)
    return sorted(set(out))[:1000]


def _clean_entry(entry: object, our_lab: str | None) -> tuple[str | None, dict[str, Any] | None]:
    if not isinstance(entry, Mapping):
        return "not an object", None
    hub_id, name, role = entry.get("id"), entry.get("name"), entry.get("role")
    if not isinstance(hub_id, str) or not 1 <= len(hub_id) <= 100:
        return "no usable id", None
    if not isinstance(name, str) or not 1 <= len(normalise_name(name)) <= MAX_NAME:
        return "no usable name", None
    if role not in {r.value for r in Role}:
        return f"unknown role {role!r}", None
    lab = entry.get("lab")
    if our_lab is not None and lab != our_lab:
        return f"of another lab ({str(lab)[:MAX_NAME]})" if isinstance(lab, str) else "names no lab", None
    disabled = entry.get("disabled", False)
    if not isinstance(disabled, bool):
        return "disabled is not true or false", None
    secret_hash = entry.get("secret_hash")
    problem = None
    if secret_hash is not None and not is_valid_hash(secret_hash):
        problem, secret_hash = "its PIN hash cannot be checked here (set the PIN again at the hub)", None
    return problem, {"id": hub_id, "name": normalise_name(name), "role": role,
                     "lab": lab if isinstance(lab, str) else None, "secret_hash": secret_hash, "disabled": disabled,
                     "paused": _pauses(entry.get("paused")), "qualified": _qualified(entry.get("qualified"))}


def _pauses(raw: object) -> dict[str, str]:
    """The projects an entry's ``paused`` names, with their reasons (docs/people.md): a list of
    ``{"project_id", "reason"}``; one that is not well formed is left out (a hub from before
    pauses sends none: nobody is paused)."""
    out: dict[str, str] = {}
    for pause in raw if isinstance(raw, list) else []:
        if not isinstance(pause, Mapping):
            continue
        project, reason = pause.get("project_id"), pause.get("reason")
        if isinstance(project, str) and 1 <= len(project) <= 128 and isinstance(reason, str) \
                and len(reason) <= MAX_PAUSE_REASON and project.isprintable() and reason.isprintable():
            out[project] = reason
    return out


def roster_status(store: Store, *, clock: Clock = SYSTEM_CLOCK) -> RosterStatus:
    """How current the user list is (for the supervisor's and admin's screens)."""
    as_of = state.get(store.read(), "roster_as_of")
    moment = parse_wall(as_of) if as_of else None
    if moment is None:
        return RosterStatus(None, None, True, "The user list has not come from the hub yet: only local users can "
                                              "log in, and the hub has confirmed none of them.")
    now, _ = estimated_now(store, clock)
    age = max(0.0, (now - moment) / dt.timedelta(days=1))
    if age > STALE_AFTER_DAYS:
        return RosterStatus(as_of, age, True, f"The user list is {int(age)} days old (last from the hub {as_of}). "
                                              "Someone switched off at the hub may still log in here; sync soon.")
    return RosterStatus(as_of, age, False, f"The user list came from the hub {as_of}.")


def _checked_name(name: str) -> str:
    name = normalise_name(name)
    if not 1 <= len(name) <= MAX_NAME:
        raise ValueError(f"A name is 1 to {MAX_NAME} characters.")
    return name
