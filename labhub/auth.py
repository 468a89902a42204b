"""Enrolment codes, device tokens and who a request comes from.

- An enrolment code is 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
  shown as ``K7QF-2MXD-9TZA``; it admits one device to one lab, once, within
  :data:`CODE_VALID_DAYS` of being made (by the hub's clock; the expiry follows from the code's
  ``created_at``, so it needs no column of its own).
- Wrong codes are rate-limited (:class:`FailureLimit`, applied by :mod:`labhub.web` to
  ``POST /v1/enroll``): past :data:`ENROL_FAILURES_PER_CLIENT` failed attempts from one address
  (an IPv6 /64 counts as one), or :data:`ENROL_FAILURES_OVERALL` from all addresses, within
  :data:`ENROL_WINDOW_S`, enrolment answers ``429`` with ``Retry-After``, even to a right code.
  With about 59 bits per code, guessing one is then hopeless.
- A device token is 256 random bits (URL-safe base64). The hub keeps only its sha256, so a copy
  of the database does not hold usable credentials; the token is shown once, in the enrolment
  answer.
- A device can be revoked (``labhub revoke-device``): its token is refused from the next request
  on, by the running hub too (every request reads the device's row), and the batches it held
  are free for the lab's other devices at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from labhub.clock import HubClock, parse_time
from labhub.errors import CodeExpired, CodeInvalid, CodeUsed, Refused, Unauthorized
from labhub.labs import ensure_lab
from labhub.store import Conn, HubStore

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
CODE_GROUP_LEN = 4
#: An unused enrolment code stops working this many days after it was made.
CODE_VALID_DAYS = 7
#: Failed enrolment attempts allowed per client address (IPv6: per /64) within the window.
ENROL_FAILURES_PER_CLIENT = 10
#: Failed enrolment attempts allowed from all addresses together within the window.
ENROL_FAILURES_OVERALL = 100
ENROL_WINDOW_S = 15 * 60.0


@dataclass(frozen=True)
class Device:
    """An enrolled, not revoked device: who a request with a valid token comes from."""

    id: str
    lab_id: int
    name: str


def new_code() -> str:
    """A fresh random enrolment code, e.g. ``K7QF-2MXD-9TZA`` (about 59 bits)."""
    chars = [secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LEN)]
    return "-".join("".join(chars[i:i + CODE_GROUP_LEN]) for i in range(0, len(chars), CODE_GROUP_LEN))


def normalise_code(text: str) -> str | None:
    """The code as stored (upper case, dashes in place), or None if it cannot be a code.

    Spaces and dashes typed anywhere are ignored, and letters may be in either case.
    """
    bare = "".join(ch for ch in text.upper() if ch not in " -")
    if len(bare) != CODE_GROUPS * CODE_GROUP_LEN or any(ch not in CODE_ALPHABET for ch in bare):
        return None
    return "-".join(bare[i:i + CODE_GROUP_LEN] for i in range(0, len(bare), CODE_GROUP_LEN))


def token_hash(token: str) -> str:
    """The sha256 (hex) under which a token is kept."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def code_expiry(created_at: str) -> dt.datetime:
    """When a code made at ``created_at`` (the hub's time text) stops working."""
    return parse_time(created_at) + dt.timedelta(days=CODE_VALID_DAYS)


def make_enrol_code(store: HubStore, clock: HubClock, lab: str) -> str:
    """Make and keep a one-time enrolment code for ``lab`` (created if new); returns the code.

    It works once, for :data:`CODE_VALID_DAYS` days from now.
    """
    now = clock.now_text()
    with store.transaction() as c:
        lab_id = ensure_lab(c, lab, now)
        while True:  # a clash is astronomically rare; the unique key decides, not a prior look-up
            code = new_code()
            cur = c.execute("INSERT INTO enrol_codes (code, lab_id, created_at) VALUES (?, ?, ?)"
                            " ON CONFLICT (code) DO NOTHING", (code, lab_id, now))
            if cur.rowcount == 1:
                return code


@dataclass(frozen=True)
class Enrolment:
    """What ``POST /v1/enroll`` answers (the token exists only here and in the answer)."""

    device_id: str
    token: str
    lab: str


def enroll(store: HubStore, clock: HubClock, code: str, device_name: str) -> Enrolment:
    """Spend ``code`` on a new device called ``device_name``, in one transaction.

    Raises :class:`CodeInvalid` for a code the hub never made, :class:`CodeUsed` for one
    already spent and :class:`CodeExpired` for one made more than :data:`CODE_VALID_DAYS` ago
    (by ``clock``); then nothing changes.
    """
    normal = normalise_code(code)
    if normal is None:
        raise CodeInvalid("This enrolment code is not one the hub made; check it or ask the hub admin for a new one.")
    now = clock.now_text()
    device_id = f"d-{uuid.uuid4().hex}"
    token = secrets.token_urlsafe(32)
    with store.transaction() as c:
        row = c.execute("SELECT e.lab_id, e.used_at, l.name, e.created_at FROM enrol_codes e"
                        " JOIN labs l ON l.id = e.lab_id WHERE e.code = ?", (normal,)).fetchone()
        if row is None:
            raise CodeInvalid("This enrolment code is not one the hub made; check it or ask the hub admin for a "
                              "new one.")
        lab_id, used_at, lab, created_at = row
        if used_at is not None:
            raise CodeUsed("This enrolment code was used already (codes work once); ask the hub admin for a new one.")
        expiry = code_expiry(created_at)
        if clock.now() >= expiry:
            raise CodeExpired(f"This enrolment code expired on {expiry:%Y-%m-%d %H:%M} UTC (codes work for "
                              f"{CODE_VALID_DAYS} days); ask the hub admin for a new one.")
        c.execute("INSERT INTO devices (id, lab_id, name, token_sha256, enrolled_at) VALUES (?, ?, ?, ?, ?)",
                  (device_id, lab_id, device_name, token_hash(token), now))
        spent = c.execute("UPDATE enrol_codes SET used_at = ?, device_id = ? WHERE code = ? AND used_at IS NULL",
                          (now, device_id, normal))
        if spent.rowcount != 1:  # pragma: no cover - the write lock makes this impossible
            raise CodeUsed("This enrolment code was used already (codes work once); ask the hub admin for a new one.")
    return Enrolment(device_id, token, str(lab))


def authenticate(store: HubStore, authorization: str | None) -> Device:
    """The device an ``Authorization: Bearer <token>`` header belongs to.

    Raises :class:`Unauthorized` when the header is missing or malformed, or the token is
    unknown or revoked.
    """
    if not authorization:
        raise Unauthorized("This request needs the device's token (Authorization: Bearer …); enrol the device.")
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("The Authorization header must be 'Bearer <token>'.")
    row = store.query_one("SELECT id, lab_id, name, revoked_at FROM devices WHERE token_sha256 = ?",
                          (token_hash(token),))
    if row is None:
        raise Unauthorized("The hub does not know this device token; re-enrol the device.")
    if row["revoked_at"] is not None:
        raise Unauthorized("This device's token was revoked by the hub admin; re-enrol the device.")
    return Device(row["id"], int(row["lab_id"]), row["name"])


@dataclass(frozen=True)
class DeviceInfo:
    """One enrolled device as ``labhub devices`` lists it (never its token or the token's hash)."""

    id: str
    name: str
    lab: str
    enrolled_at: str
    last_seen_at: str | None
    revoked_at: str | None
    role: str = "workstation"  # or "relay" (make_relay)

    def as_json(self) -> dict[str, Any]:
        """The fields as a JSON object."""
        return {"id": self.id, "name": self.name, "lab": self.lab, "enrolled_at": self.enrolled_at,
                "last_seen_at": self.last_seen_at, "revoked_at": self.revoked_at, "role": self.role}


_DEVICES = ("SELECT d.id, d.name, l.name AS lab, d.enrolled_at, d.last_seen_at, d.revoked_at, d.role"
            " FROM devices d JOIN labs l ON l.id = d.lab_id")


def _lab_id(c: Conn, lab: str) -> int:
    row = c.execute("SELECT id FROM labs WHERE name = ?", (lab,)).fetchone()
    if row is None:
        raise Refused(f"The hub has no lab {lab!r}; 'labhub devices' lists every lab's devices.")
    return int(row[0])


def _lab_device(c: Conn, lab: str, device_id: str) -> DeviceInfo:
    """The device ``device_id`` of ``lab``; Refused when the lab has no such device."""
    lab_id = _lab_id(c, lab)
    row = c.execute(_DEVICES + " WHERE d.id = ? AND d.lab_id = ?", (device_id, lab_id)).fetchone()
    if row is None:
        raise Refused(f"Lab {lab!r} has no device {device_id!r}; 'labhub devices --lab NAME' lists the devices with "
                      "their ids.")
    return DeviceInfo(*row)


def list_devices(store: HubStore, lab: str | None = None) -> list[DeviceInfo]:
    """Every device, by lab and enrolment time (of one lab when ``lab`` is given).

    Raises :class:`Refused` for a lab the hub does not have.
    """
    with store.snapshot() as c:
        if lab is None:
            rows = c.execute(_DEVICES + " ORDER BY l.name, d.enrolled_at, d.id").fetchall()
        else:
            rows = c.execute(_DEVICES + " WHERE d.lab_id = ? ORDER BY d.enrolled_at, d.id",
                             (_lab_id(c, lab),)).fetchall()
    return [DeviceInfo(*row) for row in rows]


@dataclass(frozen=True)
class Revocation:
    """What :func:`revoke_device` did."""

    device: DeviceInfo
    already: bool        #: it was revoked before; nothing changed
    batches_freed: int   #: batches it held that the lab's other devices may now lease


def revoke_device(store: HubStore, clock: HubClock, lab: str, device_id: str) -> Revocation:
    """Revoke the device ``device_id`` of ``lab`` in one transaction: its token is refused from
    then on (``401``), and the leases it held end now, so the lab's other devices get those
    batches at their next pull. Results it sent stay as they are.

    Revoking a revoked device changes nothing (``already``). Raises :class:`Refused` when the
    lab has no such device.
    """
    now = clock.now_text()
    with store.transaction() as c:
        device = _lab_device(c, lab, device_id)
        if device.revoked_at is not None:
            return Revocation(device, already=True, batches_freed=0)
        c.execute("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (now, device_id))
        freed = c.execute("UPDATE batches SET lease_expires = ? WHERE leased_to = ? AND lease_expires > ?",
                          (now, device_id, now)).rowcount
    return Revocation(DeviceInfo(device.id, device.name, device.lab, device.enrolled_at, device.last_seen_at, now,
                                 device.role),
                      already=False, batches_freed=freed)


def is_relay(store: HubStore, device: Device) -> bool:
    """Whether ``device`` is its lab's relay (:func:`make_relay`)."""
    row = store.query_one("SELECT role FROM devices WHERE id = ?", (device.id,))
    return row is not None and row["role"] == "relay"


def make_relay(store: HubStore, clock: HubClock, lab: str, device_id: str) -> DeviceInfo:
    """Make the device ``device_id`` of ``lab`` the lab's relay (``labclient relay`` runs on it):
    from then on it may fetch every media file of the lab's batches, and it takes no work: its
    pushes and pulls are refused (403), and any lease it held ends now, for the lab's
    workstations. A lab may have more than one. Raises :class:`Refused` when the lab has no such
    device, it is revoked, or it has sent results (a workstation, which would be locked out)."""
    now = clock.now_text()
    with store.transaction() as c:
        device = _lab_device(c, lab, device_id)
        if device.revoked_at is not None:
            raise Refused(f"Device {device.name!r} was revoked; enrol the relay's machine again, then make that "
                          "device the relay.")
        if c.execute("SELECT 1 FROM items WHERE device_id = ? LIMIT 1", (device_id,)).fetchone() is not None:
            raise Refused(f"Device {device.name!r} has sent results: it is a workstation, and a relay takes no work. "
                          "Enrol the relay's machine with a code of its own, then make that device the relay.")
        c.execute("UPDATE devices SET role = 'relay' WHERE id = ?", (device_id,))
        c.execute("UPDATE batches SET lease_expires = ? WHERE leased_to = ? AND lease_expires > ?",
                  (now, device_id, now))
    return device


def client_key(host: str | None) -> str:
    """The key a client address is counted under: the address itself, or for IPv6 its /64
    network (one site holds a whole /64); ``"?"`` when unknown."""
    if not host:
        return "?"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


class FailureLimit:
    """Failed attempts within a sliding window, per client and overall, kept in the hub's
    database (``enrol_failures``): every hub process on it counts the same attempts, and a
    restart forgets none.

    ``now`` is the hub's clock in seconds since the epoch. Failures older than the window are
    dropped as new ones are counted, and a client over a limit is refused before its attempt
    counts, so the table holds at most about ``overall`` rows whatever the number of addresses.
    """

    def __init__(self, store: HubStore, per_client: int = ENROL_FAILURES_PER_CLIENT,
                 overall: int = ENROL_FAILURES_OVERALL, window_s: float = ENROL_WINDOW_S) -> None:
        self.store = store
        self.per_client = per_client
        self.overall = overall
        self.window_s = window_s

    def wait_s(self, client: str, now: float) -> float:
        """Seconds ``client`` must wait before its next attempt counts; 0 when it may try now."""
        since = now - self.window_s
        with self.store.snapshot() as c:
            every = c.execute("SELECT at FROM enrol_failures WHERE at > ? ORDER BY at DESC LIMIT ?",
                              (since, self.overall)).fetchall()
            mine = c.execute("SELECT at FROM enrol_failures WHERE client = ? AND at > ? ORDER BY at DESC LIMIT ?",
                             (client, since, self.per_client)).fetchall()
        wait = 0.0
        if len(every) >= self.overall:
            wait = float(every[-1][0]) + self.window_s - now
        if len(mine) >= self.per_client:
            wait = max(wait, float(mine[-1][0]) + self.window_s - now)
        return max(0.0, wait)

    def failed(self, client: str, now: float) -> None:
        """Count a failed attempt by ``client`` at ``now``."""
        with self.store.transaction() as c:
            c.execute("DELETE FROM enrol_failures WHERE at <= ?", (now - self.window_s,))
            c.execute("INSERT INTO enrol_failures (client, at) VALUES (?, ?)", (client, now))

    def counted(self) -> int:
        """How many failures the table holds now."""
        row = self.store.query_one("SELECT count(*) AS n FROM enrol_failures")
        return int(row["n"]) if row else 0
