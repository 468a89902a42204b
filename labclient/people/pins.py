"""PINs at rest on a workstation: a pepper in the OS keyring, so the database alone is not enough
to test guesses, and the rules a new PIN must meet (docs/people.md, "PINs at rest").

**The pepper.** A 4-digit PIN behind scrypt is found from a copy of the database in minutes. So
each workstation keeps a random 32-byte *pepper* in the OS keyring (service ``PEPPER_SERVICE``,
account: an id kept in ``people_state``), and stores ``HMAC-SHA256(pepper, scrypt key)`` instead
of the scrypt key::

    scrypt+hmac$<pepper id>$N$r$p$<salt>$<mac>

Checking a guess needs the pepper, which is not in the database: a copy of the file (a backup, a
USB stick, a shared folder) gives nothing to test guesses against. Any plain hash (from the hub's
roster, or kept before this version) can be wrapped without knowing its PIN, so the roster's
hashes are wrapped as they arrive and every plain hash left is wrapped at the next successful
login on the workstation (not only the user's own). Where no keyring works (no Secret Service,
a locked one), hashes stay plain: the program says so (:func:`protection`) and the strong rules
below are what is left.

**The rules.** Every new PIN is 4 to 128 characters (:func:`labclient.people.passwords.check_strength`).
With the workstation's *strong PIN rules* on (``people_state`` ``pin_rules = strong``, switched
on by the partner admin with ``settings.change_settings(..., strong_pins=True)``, never off again),
a new PIN is also not a trivial one (:func:`is_trivial`: 0000, 1234, 1212, 9876, 123456, ...), and a
supervisor's or admin's has at least ``STRONG_MIN_LENGTH`` characters. Workstations set up before
this version, the demo (PIN 1234 for everyone) and the tests keep the basic rule until then.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import os
import uuid
from typing import Any

from labclient.errors import PepperUnavailableError, WeakSecretError
from labclient.people import passwords, state
from labclient.people.roles import Role
from labclient.store import Store

PEPPER_SERVICE = "LabClient PIN pepper"
PEPPERED = "scrypt+hmac"
PEPPER_BYTES = 32
STRONG_MIN_LENGTH = 8
_COMMON = frozenset({"password", "passw0rd", "qwerty", "qwertyui", "azerty", "letmein", "welcome", "admin",
                     "administrator", "labclient", "iloveyou", "abc123", "1q2w3e4r", "qwerty123", "password1"})


# -- the rules for a new PIN -----------------------------------------------------------------


def _is_trivial(secret: str) -> bool:
    """Whether ``secret`` is among the first guesses anyone tries: one character repeated (0000),
    a run of consecutive digits or letters either way (1234, 9876, 123456, abcd), a short unit
    repeated (1212, 4242, 123123), or a well-known password (case and spaces ignored)."""
    text = "".join(secret.split()).casefold()
    if len(text) < 2:
        return True
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    if len(steps) == 1 and steps <= {-1, 0, 1} and (text.isdigit() or text.isalpha()):
        return True
    for unit in range(1, len(text) // 2 + 1):
        if len(text) % unit == 0 and text[:unit] * (len(text) // unit) == text:
            return True
    return text in _COMMON


def _strong_rules(store: Store) -> bool:
    """Whether this workstation's strong PIN rules are on."""
    return state.get(store.read(), "pin_rules") == "strong"


def _check_new_secret(store: Store, secret: str, role: Role | str, *, strong: bool = False) -> None:
    """Raise WeakSecretError unless ``secret`` may become the PIN of someone with ``role`` here:
    4 to 128 characters always; with the strong rules on (or ``strong``: about to be switched on),
    :func:`check_strong`."""
    passwords.check_strength(secret)
    if strong or _strong_rules(store):
        check_strong(secret, role)


def check_strong(secret: str, role: Role | str) -> None:
    """The strong rules (the hub applies them always): WeakSecretError for a PIN shorter than 4
    or longer than 128 characters, a trivial one (0000, 1234, 1212, ...), or one shorter than
    ``STRONG_MIN_LENGTH`` for a supervisor or admin."""
    passwords.check_strength(secret)
    if Role(role) in (Role.SUPERVISOR, Role.ADMIN) and len(secret) < STRONG_MIN_LENGTH:
        raise WeakSecretError(reason="short_for_role", role=str(Role(role)), min=STRONG_MIN_LENGTH)
    if _is_trivial(secret):
        raise WeakSecretError(reason="trivial")


# -- the pepper ------------------------------------------------------------------------------


def _keyring() -> Any | None:
    """The keyring module when a usable backend is there, else None."""
    try:
        import keyring
        import keyring.backends.fail
        import keyring.backends.null
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, (keyring.backends.fail.Keyring, keyring.backends.null.Keyring)):
        return None
    return keyring


def _read_pepper(pepper_id: str) -> bytes | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        text = kr.get_password(PEPPER_SERVICE, pepper_id)
    except Exception:  # keyring backends raise their own error types (a locked keyring, no D-Bus)
        return None
    try:
        raw = base64.urlsafe_b64decode(text) if isinstance(text, str) else b""
    except ValueError:
        return None
    return raw if len(raw) == PEPPER_BYTES else None


def _pepper(store: Store, *, create: bool = True) -> tuple[str, bytes] | None:
    """This workstation's pepper (its id and bytes). Made and put in the keyring the first time
    (with ``create``) when a keyring works; None when there is no usable keyring and none was made.
    PepperUnavailableError when one was made but the keyring cannot give it now."""
    pepper_id = state.get(store.read(), "pin_pepper")
    if pepper_id is not None:
        found = _read_pepper(pepper_id)
        if found is None:
            raise PepperUnavailableError(detail=_why_no_keyring())
        return pepper_id, found
    kr = _keyring()
    if kr is None or not create:
        return None
    new_id, raw = uuid.uuid4().hex, os.urandom(PEPPER_BYTES)
    try:
        kr.set_password(PEPPER_SERVICE, new_id, base64.urlsafe_b64encode(raw).decode("ascii"))
    except Exception:  # keyring backends raise their own error types
        return None
    with store.transaction() as c:
        c.execute("INSERT INTO people_state (key, value) VALUES ('pin_pepper', ?) ON CONFLICT (key) DO NOTHING",
                  (new_id,))
    return _pepper(store, create=False)  # another process may have made one first: use the one kept


def _why_no_keyring() -> str:
    return "no keyring is available" if _keyring() is None else "the keyring does not have it"


def _protection(store: Store) -> str:
    """How PINs are kept here, for the admin: ``pepper`` (the keyring holds this workstation's
    pepper), ``plain`` (no usable keyring: a copy of the database is enough to test guesses), or
    ``unavailable`` (a pepper was made but the keyring cannot give it now: nobody can log in)."""
    try:
        return "pepper" if _pepper(store, create=False) is not None else "plain"
    except PepperUnavailableError:
        return "unavailable"


def _peppered_parts(stored: str) -> tuple[str, str] | None:
    """(pepper id, the plain form with the mac in the key's place) of a peppered hash, else None."""
    head, _, rest = stored.partition("$")
    pepper_id, _, plain = rest.partition("$")
    if head != PEPPERED or not pepper_id or len(stored) > 250:
        return None
    return pepper_id, f"{passwords.SCHEME}${plain}"


def _is_peppered(stored: str | None) -> bool:
    """Whether ``stored`` is a peppered hash."""
    return isinstance(stored, str) and _peppered_parts(stored) is not None


def _wrap(stored: str, pepper_id: str, pep: bytes) -> str:
    """A plain scrypt hash as the peppered form (needs no PIN); anything else unchanged."""
    parsed = passwords.parse_hash(stored)
    if parsed is None:
        return stored
    n, r, p, salt, key = parsed
    mac = hmac.new(pep, key, hashlib.sha256).digest()
    return "$".join([PEPPERED, pepper_id, str(n), str(r), str(p), passwords._b64(salt), passwords._b64(mac)])


def _new_hash(store: Store, secret: str) -> str:
    """The stored form of a new ``secret``: peppered when a keyring works here, else plain.
    PepperUnavailableError when this workstation's pepper cannot be read now."""
    plain = passwords.hash_secret(secret)
    found = _pepper(store)
    return _wrap(plain, *found) if found is not None else plain


def _is_usable(stored: str | None) -> bool:
    """Whether ``stored`` is a hash this program can check (plain or peppered)."""
    if not isinstance(stored, str):
        return False
    parts = _peppered_parts(stored)
    return passwords.is_valid_hash(parts[1] if parts else stored)


def _verifier(stored: str) -> Any:
    """A function ``secret -> bool`` that checks secrets against ``stored``, with the pepper read
    beforehand: PepperUnavailableError now (before any try is counted) when the keyring cannot
    give the pepper a peppered hash needs."""
    parts = _peppered_parts(stored)
    if parts is None:
        return lambda secret: passwords.verify_secret(secret, stored)
    pepper_id, plain = parts
    pep = _read_pepper(pepper_id)
    if pep is None:
        raise PepperUnavailableError(detail=_why_no_keyring())
    parsed = passwords.parse_hash(plain)

    def check(secret: str) -> bool:
        if parsed is None:
            return False
        n, r, p, salt, mac = parsed
        key = passwords.derive(secret, salt, n, r, p)
        return hmac.compare_digest(hmac.new(pep, key, hashlib.sha256).digest(), mac)

    return check


def _protect_all(store: Store, c: Any, found: tuple[str, bytes] | None) -> int:
    """Wrap every plain hash in the database with ``found`` (inside the caller's transaction);
    how many. Nothing without a pepper."""
    if found is None:
        return 0
    rows = c.execute("SELECT id, secret_hash FROM workers WHERE secret_hash LIKE ?",
                     (passwords.SCHEME + "$%",)).fetchall()
    for user_id, stored in rows:
        wrapped = _wrap(stored, *found)
        if wrapped != stored:
            c.execute("UPDATE workers SET secret_hash = ? WHERE id = ?", (wrapped, user_id))
    return len(rows)


class PinKeeper:
    """How this workstation keeps PINs: the rules a new one must meet and the pepper its hashes
    are kept with. Below the API, like ``state.get``: it grants nothing and names nobody's data;
    the people functions that use it check their session first."""

    def __init__(self, store: Store) -> None:
        self.store = store

    is_trivial = staticmethod(_is_trivial)
    wrap = staticmethod(_wrap)
    is_peppered = staticmethod(_is_peppered)
    is_usable = staticmethod(_is_usable)
    verifier = staticmethod(_verifier)

    def strong_rules(self) -> bool:
        """Whether the strong PIN rules are on here."""
        return _strong_rules(self.store)

    def check_new_secret(self, secret: str, role: Role | str, *, strong: bool = False) -> None:
        """WeakSecretError unless ``secret`` may become the PIN of someone with ``role`` here (by the
        strong rules when ``strong``, whether or not they are on yet)."""
        _check_new_secret(self.store, secret, role, strong=strong)

    def new_hash(self, secret: str) -> str:
        """The stored form of a new secret (peppered when a keyring works here)."""
        return _new_hash(self.store, secret)

    def pepper(self, *, create: bool = True) -> tuple[str, bytes] | None:
        """This workstation's pepper, or None (see :func:`_pepper`); never PepperUnavailableError:
        a pepper the keyring cannot give now is None here too."""
        try:
            return _pepper(self.store, create=create)
        except PepperUnavailableError:
            return None

    def protect_all(self, c: Any, found: tuple[str, bytes] | None) -> int:
        """Wrap every plain hash with ``found`` inside the caller's transaction."""
        return _protect_all(self.store, c, found)

    def protection(self) -> str:
        """``pepper``, ``plain`` or ``unavailable`` (see the module's docstring)."""
        return _protection(self.store)
