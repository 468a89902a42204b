"""The device credential (the hub token): kept in the OS keyring, never in the database or logs.

With no usable keyring the caller gets :class:`CredentialStoreError` and must choose, knowingly,
the ``file`` store: a file only this computer account can read, beside the database. There is no
silent fallback.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from labclient.errors import CredentialStoreError, LabClientError

if TYPE_CHECKING:
    from labclient.store import Store

SERVICE = "LabClient hub credential"
FILE_NAME = "device-credential"
STORES = ("keyring", "file")


def _account(hub_url: str, device_id: str) -> str:
    return f"{device_id}@{hub_url}"


def _keyring() -> Any:  # the keyring module, once a real backend is known to be there
    try:
        import keyring
        import keyring.backends.fail
        import keyring.backends.null
    except ImportError as exc:  # pragma: no cover - keyring is a dependency
        raise CredentialStoreError(detail=f"the keyring package is missing: {exc}") from None
    backend = keyring.get_keyring()
    if isinstance(backend, (keyring.backends.fail.Keyring, keyring.backends.null.Keyring)):
        raise CredentialStoreError(detail="no keyring backend is available")
    return keyring


def describe_store(store: str) -> str:
    """Where the credential is kept, for a status line (never the credential itself)."""
    if store == "file":
        return "file (readable by this computer account)"
    try:
        return f"keyring: {type(_keyring().get_keyring()).__name__}"
    except CredentialStoreError as exc:
        return f"keyring: unavailable ({exc.params['detail']})"


def save(data_dir: Path, store: str, hub_url: str, device_id: str, token: str) -> None:
    """Keep ``token``; CredentialStoreError when the chosen store cannot."""
    if store == "file":
        path = data_dir / FILE_NAME
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(token)
        return
    kr = _keyring()
    try:
        kr.set_password(SERVICE, _account(hub_url, device_id), token)
    except Exception as exc:  # keyring backends raise their own error types
        raise CredentialStoreError(detail=f"the keyring refused to store it: {type(exc).__name__}") from None


def load(data_dir: Path, store: str, hub_url: str, device_id: str) -> str | None:
    """The kept token, or None when there is none."""
    if store == "file":
        try:
            return (data_dir / FILE_NAME).read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None
    kr = _keyring()
    try:
        token = kr.get_password(SERVICE, _account(hub_url, device_id))
    except Exception as exc:  # keyring backends raise their own error types
        raise CredentialStoreError(detail=f"the keyring could not be read: {type(exc).__name__}") from None
    return str(token) if token else None


def forget(data_dir: Path, store: str, hub_url: str, device_id: str) -> None:
    """Remove a kept token (re-enrolment). Missing is fine."""
    if store == "file":
        (data_dir / FILE_NAME).unlink(missing_ok=True)
        return
    kr = _keyring()
    with contextlib.suppress(Exception):
        kr.delete_password(SERVICE, _account(hub_url, device_id))


@dataclass(frozen=True)
class Enrolment:
    """Who this data folder is at its hub: its address, the device id, the lab, and the kept
    token (None when the keyring lost it)."""

    hub_url: str
    device_id: str
    lab: str | None
    token: str | None


def enrolment(store: Store, data_dir: Path) -> Enrolment | None:
    """The enrolment of the data folder whose database is ``store`` (None before one);
    CredentialStoreError when the credential store cannot be read."""
    from labclient.sync.state import read_settings

    settings = read_settings(store)
    if settings.hub_url is None or settings.device_id is None:
        return None
    token = load(data_dir, settings.credential_store, settings.hub_url, settings.device_id)
    return Enrolment(settings.hub_url, settings.device_id, settings.lab, token)


def required_enrolment(store: Store, data_dir: Path, error: type[LabClientError], what: str, purpose: str
                       ) -> tuple[Enrolment, str]:
    """The enrolment and its token, or ``error`` (with a ``detail`` naming ``what`` is not
    enrolled, and ``purpose``: why it must be) before one or when the keyring lost the token."""
    found = enrolment(store, data_dir)
    if found is None:
        raise error(detail=f"{what} is not enrolled with a hub yet: enrol it first (labclient enroll --hub URL), "
                           f"{purpose}.")
    if found.token is None:
        raise error(detail=f"{what}'s hub credential is missing (the keyring was cleared?): enrol it again.")
    return found, found.token
