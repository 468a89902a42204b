"""No role check can be bypassed through the core API.

Every public function of ``labclient.people`` is found by introspection and must be either
checked (wrapped in ``requires``), a session's own housekeeping, or on a short list of functions
that need no session, each with its reason. A new function that is none of these fails the first
test, so a privileged function cannot be added and forgotten. Every checked function is then
called with a worker's session: those a worker may not use, and those about another worker's
data, refuse before they do anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from typing import Any

import pytest

import labclient.people
from labclient.errors import NotAllowed, SessionEndedError
from labclient.people import login, roster, shifts, timesheet
from labclient.people.roles import GRANTS, Permission, Role, Session
from tests.helpers.people_lab import Lab

# Public functions that take no session, and why that is safe.
OPEN = {
    "clock.parse_wall": "pure", "clock.format_wall": "pure", "clock.nearest_anchor": "pure",
    "clock.plausible_hub_time": "pure",
    "clock.load_anchors": "the hub's clock readings, nobody's data",
    "clock.estimated_now": "the time",
    "passwords.check_strength": "pure", "passwords.hash_secret": "pure", "passwords.verify_secret": "pure",
    "passwords.is_valid_hash": "pure", "passwords.derive": "pure", "passwords.parse_hash": "pure",
    "state.get": "raw key/value access inside a caller's transaction (a connection, below the API)",
    "state.put": "raw key/value access inside a caller's transaction (a connection, below the API)",
    "state.people_settings": "the idle and lock times; the login screen needs them",
    "state.lock_after": "turns the stored lock time into seconds; reads nothing",
    "roles.token_hash": "pure", "roles.requires": "the check itself",
    "login.normalise_name": "pure", "login.login": "how a session is obtained",
    "login.check_secret": "checks a secret under the lockout rules; grants nothing",
    "login.lock_seconds": "pure", "login.lock_state": "the login screen shows the time left",
    "roster.login_names": "the names on the login screen",
    "roster.bootstrap_admin": "the first admin; refused once an admin or a hub roster exists",
    "roster.first_admin_possible": "whether the login screen offers setting up the first admin",
    "roster.apply_roster": "the hub's roster, applied by the sync (the hub is the authority)",
    "roster.roster_status": "how old the user list is",
    "events.canonical": "pure", "events.event_hash": "pure", "events.check_chain": "pure",
    "events.verify_chain": "an integrity check; names no one's hours",
    "events.outbox_bodies": "the sync sends events as the device",
    "events.device_key": "pure", "events.token_key": "pure", "events.event_mac": "pure",
    "events.sign_with": "the device's own key for signing events; names no one and reads nobody's data",
    "events.append_event": "inside the caller's transaction; every caller (timesheet) checks the session first",
    "events.event_from_row": "pure: a stored row as an Event",
    "hours.compute": "pure", "hours.merge_flags": "pure", "hours.cap_day": "pure", "hours.not_clocked_in": "pure",
    "hours.results_flag": "pure", "hours.too_fast_flag": "pure", "pins.check_strong": "pure",
    "timesheet.local_zone": "pure", "timesheet.today": "the date", "timesheet.week_of": "pure",
    "language.language_for": "a person's language for the window, before her PIN: names no hours or work",
    "language.lab_language": "the lab's default language; the login screen speaks it",
}
# Functions on one's own session: they check the session themselves.
OWN_SESSION = {"login.lock", "login.logout", "login.touch"}
# The checks themselves (for code outside the package, such as the Workspace).
CHECKS = {"roles.authorize", "roles.live_session"}


def public_functions() -> dict[str, Callable[..., Any]]:
    """Every public function of the package (also when imported into another of its modules),
    keyed by the module that defines it."""
    found: dict[str, Callable[..., Any]] = {}
    for info in pkgutil.iter_modules(labclient.people.__path__):
        module = importlib.import_module(f"labclient.people.{info.name}")
        for name, obj in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(obj):
                continue
            home = getattr(obj, "__wrapped__", obj).__module__
            if home.startswith("labclient.people."):
                found[f"{home.rsplit('.', 1)[1]}.{name}"] = obj
    return found


FUNCTIONS = public_functions()
CHECKED = {key: fn for key, fn in FUNCTIONS.items() if hasattr(fn, "required_permission")}


def test_every_public_function_is_checked_or_known_to_be_safe() -> None:
    unclassified = sorted(set(FUNCTIONS) - set(CHECKED) - set(OPEN) - OWN_SESSION - CHECKS)
    assert unclassified == [], f"add a role check (requires) to these, or list them with a reason: {unclassified}"
    assert len(CHECKED) >= 25
    for key in OWN_SESSION | set(CHECKED):
        assert "session" in inspect.signature(FUNCTIONS[key]).parameters, key
    for key in OPEN:
        if key in FUNCTIONS:
            assert "session" not in inspect.signature(FUNCTIONS[key]).parameters, f"{key} takes a session: check it"


def dummy_call(fn: Callable[..., Any], lab: Lab, session: Session, **overrides: Any) -> Any:
    """Call ``fn`` with ``session`` and None for every other required argument: the role check
    runs before the body looks at them."""
    params = inspect.signature(fn).parameters
    args: dict[str, Any] = {"store": lab.store, "session": session, "clock": lab.clock}
    for name, p in params.items():
        if name not in args and p.default is inspect.Parameter.empty:
            args[name] = None
    args.update(overrides)
    positional = [args.pop(n) for n, p in params.items()
                  if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and n in args]
    return fn(*positional, **args)


def mark(fn: Callable[..., Any], name: str) -> Any:
    """What ``requires`` recorded on a checked function."""
    return getattr(fn, name)


WORKER_REFUSED = sorted(k for k, fn in CHECKED.items() if mark(fn, "required_permission") not in GRANTS[Role.WORKER])
ABOUT_OTHERS = sorted(k for k, fn in CHECKED.items() if mark(fn, "subject_parameter")
                      and mark(fn, "required_permission") in GRANTS[Role.WORKER])


@pytest.mark.parametrize("key", WORKER_REFUSED)
def test_a_worker_session_cannot_call_a_privileged_function(lab: Lab, key: str) -> None:
    fn = CHECKED[key]
    outbox, events = lab.ws.outbox_size(), lab.store.read().execute("SELECT count(*) FROM time_events").fetchone()

    with pytest.raises(NotAllowed) as caught:
        dummy_call(fn, lab, lab.worker)

    assert caught.value.message.startswith(f"{lab.names['worker']} (worker) may not "), caught.value.message
    assert caught.value.code == "people.not_allowed"
    assert lab.ws.outbox_size() == outbox
    assert lab.store.read().execute("SELECT count(*) FROM time_events").fetchone() == events


@pytest.mark.parametrize("key", WORKER_REFUSED)
def test_the_same_call_passes_the_check_for_a_role_that_has_it(lab: Lab, key: str) -> None:
    fn = CHECKED[key]
    session = lab.supervisor if mark(fn, "required_permission") in GRANTS[Role.SUPERVISOR] else lab.admin
    try:
        dummy_call(fn, lab, session)
    except NotAllowed as exc:
        pytest.fail(f"{key} refused a {session.role}: {exc}")
    except Exception:
        pass  # None is no real argument; what matters is that the role check let it through


@pytest.mark.parametrize("key", ABOUT_OTHERS)
def test_a_worker_cannot_reach_another_workers_data(lab: Lab, key: str) -> None:
    fn = CHECKED[key]

    with pytest.raises(NotAllowed, match="may not see other people's"):
        dummy_call(fn, lab, lab.worker, **{mark(fn, "subject_parameter"): lab.ids["worker2"]})


def test_a_worker_sees_their_own_hours_status_and_shifts(lab: Lab) -> None:
    day = dt.date(2026, 11, 24)
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.pass_time(hours=2)

    mine = timesheet.hours(lab.store, lab.worker, day, day, clock=lab.clock)
    same = timesheet.hours(lab.store, lab.worker, day, day, lab.ids["worker"], clock=lab.clock)

    assert mine.clocked_ms == same.clocked_ms == 2 * 3600 * 1000
    assert timesheet.status(lab.store, lab.worker, clock=lab.clock).clocked_in
    assert shifts.shifts_of(lab.store, lab.worker, day, day, clock=lab.clock) == []


def test_a_session_made_by_hand_is_refused(lab: Lab) -> None:
    forged = Session(lab.ids["admin"], lab.names["admin"], Role.ADMIN, "2026-11-24T06:00:00Z", "guessed-token")

    with pytest.raises(NotAllowed, match="not opened by a login"):
        roster.users(lab.store, forged, clock=lab.clock)


def test_a_worker_session_with_its_role_swapped_is_refused(lab: Lab) -> None:
    promoted = dataclasses.replace(lab.worker, role=Role.SUPERVISOR)

    with pytest.raises(NotAllowed, match="not opened by a login"):
        timesheet.team_hours(lab.store, promoted, dt.date(2026, 11, 24), dt.date(2026, 11, 24), clock=lab.clock)


def test_a_worker_token_under_the_admins_name_is_refused(lab: Lab) -> None:
    impostor = Session(lab.ids["admin"], lab.names["admin"], Role.ADMIN, lab.worker.started_at, lab.worker.token)

    with pytest.raises(NotAllowed, match="not opened by a login"):
        roster.add_local_user(lab.store, impostor, "Mallory", "admin", "0000", clock=lab.clock)

    assert "Mallory" not in roster.login_names(lab.store)


def test_a_subclass_of_session_is_refused(lab: Lab) -> None:
    @dataclasses.dataclass(frozen=True)
    class Sneaky(Session):
        pass

    sneaky = Sneaky(lab.worker.user_id, lab.worker.name, lab.worker.role, lab.worker.started_at, lab.worker.token)

    with pytest.raises(NotAllowed, match="Nobody is logged in"):
        timesheet.clock_in(lab.store, sneaky, clock=lab.clock)


def test_no_session_at_all_is_refused(lab: Lab) -> None:
    with pytest.raises(NotAllowed, match=re.escape("Nobody is logged in. Log in first.")):
        timesheet.clock_in(lab.store, None, clock=lab.clock)  # type: ignore[arg-type]


def test_a_supervisor_cannot_approve_or_correct_their_own_timesheet(lab: Lab) -> None:
    day = dt.date(2026, 11, 24)
    sup = lab.supervisor

    with pytest.raises(NotAllowed, match=re.escape("may not approve their own timesheet. Another supervisor")):
        timesheet.approve(lab.store, sup, sup.user_id, day, day, clock=lab.clock)
    with pytest.raises(NotAllowed, match="may not correct their own timesheet"):
        timesheet.correct(lab.store, sup, sup.user_id, day, clocked_ms=3_600_000, reason="forgot", clock=lab.clock)

    assert lab.store.read().execute("SELECT count(*) FROM time_events").fetchone()[0] == 0


def test_roles_nest_and_the_ui_can_ask_what_to_show(lab: Lab) -> None:
    assert GRANTS[Role.WORKER] < GRANTS[Role.SUPERVISOR] < GRANTS[Role.ADMIN]
    assert not lab.worker.may(Permission.APPROVE_TIMESHEETS)
    assert lab.supervisor.may(Permission.APPROVE_TIMESHEETS)
    assert not lab.supervisor.may(Permission.CHANGE_HUB_SETTINGS)
    assert lab.admin.may(Permission.CHANGE_HUB_SETTINGS)


def test_a_role_changed_by_the_hub_ends_the_session(lab: Lab) -> None:
    roster.apply_roster(lab.store, [
        {"id": "u-amina", "name": lab.names["worker"], "role": "supervisor"},
    ], as_of="2026-11-24T06:00:00Z", clock=lab.clock)

    with pytest.raises(SessionEndedError, match=r"account changed since the login \(now: supervisor\). Log in again"):
        timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    fresh = login.login(lab.store, lab.names["worker"], "1234", clock=lab.clock)
    assert fresh.role is Role.SUPERVISOR
