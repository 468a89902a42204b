"""Which key this workstation signs its timesheet events with (docs/people.md, "The device
signature").

The key is derived from the device's hub credential, which lives in the OS keyring (or the
credential file the admin chose), never in the database: someone with only the database file can
append events and rebuild the chain, but cannot sign what they add, and the hub flags it.
Whatever opens the database to record time calls :func:`sign_here`; the sync calls it again
with the token it just loaded or received.
"""

from __future__ import annotations

from pathlib import Path

from labclient.errors import CredentialStoreError
from labclient.people import events
from labclient.store import Store
from labclient.sync import credentials
from labclient.sync.state import read_settings


def sign_with_token(store: Store, token: str) -> None:
    """Sign every event appended to ``store``'s database in this process with ``token``'s key."""
    events.sign_with(store, events.token_key(token))


def sign_here(store: Store, data_dir: Path) -> bool:
    """Sign this process's events with the enrolled device's key when its credential can be read;
    True when events are signed from now on. Never raises: a workstation not enrolled, or whose
    credential store cannot be read now, records unsigned events (the hub flags those once the
    chain has been signed, so a broken keyring is seen, not hidden)."""
    settings = read_settings(store)
    if settings.hub_url is None or settings.device_id is None:
        return False
    try:
        token = credentials.load(data_dir, settings.credential_store, settings.hub_url, settings.device_id)
    except CredentialStoreError:
        return False
    if not token:
        return False
    sign_with_token(store, token)
    return True
