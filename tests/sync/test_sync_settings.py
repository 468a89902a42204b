"""The hub settings an admin changes (how often the app syncs, the media budget) are checked by
the core against the admin's session, like every other setting."""

from __future__ import annotations

import pytest

import labclient.sync.settings as sync_settings
from labclient.errors import NotAllowed
from labclient.people import login
from labclient.sync.state import read_settings
from labclient.workspace import Workspace
from tests.logins import sign_in


def test_only_an_admin_session_changes_the_sync_interval_and_the_media_budget(ws: Workspace) -> None:
    worker = sign_in(ws, "Amina Njeri")
    admin = sign_in(ws, "Grace Achieng", "admin")

    for who in (worker, None):
        with pytest.raises(NotAllowed):
            sync_settings.set_auto_sync_minutes(ws.store, who, 0)  # type: ignore[arg-type]
        with pytest.raises(NotAllowed):
            sync_settings.set_prefetch_budget(ws.store, who, 5_000_000)  # type: ignore[arg-type]
    assert (read_settings(ws.store).auto_sync_minutes, read_settings(ws.store).prefetch_budget) == (10, None)

    sync_settings.set_auto_sync_minutes(ws.store, admin, 30)
    sync_settings.set_prefetch_budget(ws.store, admin, 5_000_000)
    assert (read_settings(ws.store).auto_sync_minutes, read_settings(ws.store).prefetch_budget) == (30, 5_000_000)

    login.logout(ws.store, admin)
    with pytest.raises(NotAllowed):
        sync_settings.set_auto_sync_minutes(ws.store, admin, 0)
    assert read_settings(ws.store).auto_sync_minutes == 30


def test_out_of_range_values_are_refused_and_change_nothing(ws: Workspace) -> None:
    admin = sign_in(ws, "Grace Achieng", "admin")
    with pytest.raises(ValueError):
        sync_settings.set_auto_sync_minutes(ws.store, admin, 24 * 60 + 1)
    with pytest.raises(ValueError):
        sync_settings.set_prefetch_budget(ws.store, admin, 999_999)
    sync_settings.set_prefetch_budget(ws.store, admin, None)
    assert (read_settings(ws.store).auto_sync_minutes, read_settings(ws.store).prefetch_budget) == (10, None)
