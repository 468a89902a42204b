"""The demo's people: a partner admin, a supervisor and the demo workers, all with PIN 1234.

``seed_people(store)`` makes the first admin the way a fresh lab does (``roster.bootstrap_admin``),
and the admin adds the supervisor and the demo workers as local users (``roster.add_local_user``;
a demo worker already there without a PIN gets one), then logs out again. Running it again changes
nothing. It also leaves a marker in the data folder, so the login screen can say that every demo
PIN is 1234 (:func:`is_demo_folder`); no other folder ever gets one.
"""

from __future__ import annotations

from pathlib import Path

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.people import login, roster
from labclient.people.roles import Role
from labclient.store import Store

DEMO_PIN = "1234"
DEMO_ADMIN = "Lab Admin"
DEMO_SUPERVISOR = "Lab Supervisor"
#: The file that marks a data folder as a demo one (its users' PINs are all DEMO_PIN).
DEMO_MARKER = "DEMO-PINS-ARE-1234"


def seed_people(store: Store, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Make the demo admin, supervisor and workers, each with the PIN 1234. Safe to repeat.

    Does nothing where the hub's roster already came (its users are the demo's users then, with
    the PINs the hub gave them); call it before the first sync to have both. Raises NotAllowed
    when the folder has another partner admin already.
    """
    from labclient.demo import DEMO_WORKERS  # the importer and the bundles: not at the app's start

    names = {name.casefold() for name in roster.login_names(store)}
    if DEMO_ADMIN.casefold() not in names and roster.roster_status(store, clock=clock).as_of is not None:
        return
    if DEMO_ADMIN.casefold() in names:
        admin = login.login(store, DEMO_ADMIN, DEMO_PIN, clock=clock)
    else:
        admin = roster.bootstrap_admin(store, DEMO_ADMIN, DEMO_PIN, clock=clock)
    try:
        users = {user.name.casefold(): user for user in roster.users(store, admin, clock=clock)}
        if DEMO_SUPERVISOR.casefold() not in users:
            roster.add_local_user(store, admin, DEMO_SUPERVISOR, Role.SUPERVISOR, DEMO_PIN, clock=clock)
        for name in DEMO_WORKERS:
            user = users.get(name.casefold())
            if user is None:
                roster.add_local_user(store, admin, name, Role.WORKER, DEMO_PIN, clock=clock)
            elif not user.has_secret:
                roster.set_secret(store, admin, user.id, DEMO_PIN, clock=clock)
    finally:
        login.logout(store, admin, clock=clock)
    (store.folder / DEMO_MARKER).write_text(
        "This is a LabClient demo data folder: every user's PIN is 1234.\n", encoding="utf-8")


def is_demo_folder(data_dir: Path) -> bool:
    """Whether ``data_dir`` was seeded by :func:`seed_people` (the login screen then shows the PIN)."""
    return (data_dir / DEMO_MARKER).is_file()
