"""Who a workstation's worker ids are at the hub: the push's ``people`` map, and reading it.

A workstation records timesheet events and results under its own worker ids (docs/people.md,
"Users and the roster"). A user who came with the hub's roster has the hub's user id there, but a
user added on the workstation before its first sync keeps the local id it was given: when the
roster later lists them by name, the workstation only notes the hub's id beside it (``hub_id``).
So one person has a different id on each workstation that added them locally.

Each push may carry the workstation's ``people`` map, ``{local id: hub user id}``, for the
workers it has confirmed (docs/protocol.md, "POST /v1/push"); :func:`record_people` keeps it per
device in ``device_people``. The events are never changed (their hash covers the worker):
:class:`Identities` resolves an id when totals or results are read, so a map that arrives after
the events (the person was confirmed later) counts for them too. An id recorded on a workstation
stands for the hub user

1. that the workstation's map names (the maps sent by every enrolment of the workstation: the
   devices of one event chain; the latest sent wins);
2. else whose id it is, when that is a user of the lab (the roster's users keep the hub's id);
3. else whose current name is the name the id's records carry, case folded (a workstation that
   sends no map, or a user the hub has not confirmed yet). This is a guess: a user renamed at the
   hub is found this way only under the new name;

and otherwise for a name of its own, shared with the other ids of that name that nothing resolves.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from labhub.auth import Device
from labhub.models import MAX_ID
from labhub.scope import LabScope
from labhub.store import Conn
from labhub.users import name_key

log = logging.getLogger("labhub")


@dataclass(frozen=True)
class PeopleReceipt:
    """What the hub did with a push's people map: entries kept, and local ids ignored."""

    recorded: int
    ignored: list[str]

    def as_json(self) -> dict[str, int]:
        """The push answer's ``people``: counts only (the hub's log names the ignored ids)."""
        return {"recorded": self.recorded, "ignored": len(self.ignored)}


def record_people(c: Conn, device: Device, people: Mapping[str, str], now: str) -> PeopleReceipt:
    """Keep a push's people map for ``device`` (inside the push's transaction).

    An entry is ignored, never an error, when its local id or user id is empty or longer than
    :data:`labhub.models.MAX_ID`, or when the hub has no such user in the device's lab; the
    ignored local ids are logged. A kept entry replaces what the device sent before for that id.
    """
    wanted = {local: user for local, user in people.items() if 1 <= len(local) <= MAX_ID and 1 <= len(user) <= MAX_ID}
    known = LabScope.of(device).users(c, wanted.values())
    rows = [(device.id, local, user, now) for local, user in wanted.items() if user in known]
    c.executemany("INSERT INTO device_people (device_id, local_id, user_id, updated_at) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (device_id, local_id) DO UPDATE SET user_id = excluded.user_id,"
                  " updated_at = excluded.updated_at", rows)
    ignored = sorted(local for local in people if wanted.get(local) not in known)
    if ignored:
        shown = ", ".join(repr(local[:MAX_ID]) for local in ignored[:5]) + (" …" if len(ignored) > 5 else "")
        log.warning("device %s (%s): %d entr%s of its people map ignored (no such user in its lab, or an unusable "
                    "id): %s", device.id, device.name, len(ignored), "y" if len(ignored) == 1 else "ies", shown)
    return PeopleReceipt(len(rows), ignored)


@dataclass(frozen=True)
class Who:
    """Whom a worker id stands for in a lab's totals and results."""

    key: str             # 'u:' + the hub user's id, or 'n:' + the case-folded name
    user_id: str | None  # the hub user; None when only a name is known
    name: str            # the hub's current name of the user, else the name the records carry


class Identities:
    """The people of one lab and the maps of its workstations, read once (see the module docstring)."""

    def __init__(self, users: dict[str, str], maps: dict[str, dict[str, str]]) -> None:
        self.users = users  # hub user id -> current name
        self.by_name = {name_key(name): user_id for user_id, name in users.items()}
        self.maps = maps    # workstation -> {local id: hub user id}

    @classmethod
    def load(cls, c: Conn, lab: int) -> Identities:
        """Read the lab's users and its devices' maps. A workstation is known by its event chain
        (``devices.chain_id``; a device with no event yet by its own id): the devices of one chain
        are one workstation enrolled again. Entries for users of another lab are left out."""
        users = {str(i): str(n) for i, n in c.execute("SELECT id, name FROM users WHERE lab_id = ?", (lab,))}
        maps: dict[str, dict[str, str]] = defaultdict(dict)
        for station, local, user in c.execute(
                "SELECT coalesce(d.chain_id, d.id), p.local_id, p.user_id FROM device_people p"
                " JOIN devices d ON d.id = p.device_id JOIN users u ON u.id = p.user_id AND u.lab_id = d.lab_id"
                " WHERE d.lab_id = ? ORDER BY p.updated_at, p.device_id", (lab,)):
            maps[str(station)][str(local)] = str(user)
        return cls(users, dict(maps))

    def who(self, station: str, worker_id: str, name: str | None) -> Who:
        """Whom ``worker_id``, recorded on workstation ``station`` under ``name``, stands for."""
        user = self.maps.get(station, {}).get(worker_id)
        if user is None and worker_id in self.users:
            user = worker_id
        key = name_key(name or worker_id)
        if user is None:
            user = self.by_name.get(key)
        if user is not None:
            return Who("u:" + user, user, self.users[user])
        return Who("n:" + key, None, name or worker_id)
