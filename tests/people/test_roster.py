"""Users: local users added by the admin, the hub's roster (confirming, adding, switching off),
a stale roster, and the first admin."""

from __future__ import annotations

from pathlib import Path

import pytest

from labclient.errors import (
    AccountDisabledError,
    NotAllowed,
    StaleRosterError,
    UserExistsError,
    WeakSecretError,
)
from labclient.people import login, roster
from labclient.people.passwords import hash_secret
from labclient.people.roles import Role
from labclient.workspace import Workspace
from tests.helpers.clock import FakeClock
from tests.helpers.people_lab import PIN, Lab


def names(lab: Lab) -> dict[str, tuple[str, str, bool, bool]]:
    return {u.name: (u.role.value, u.origin, u.confirmed, u.disabled)
            for u in roster.users(lab.store, lab.admin, clock=lab.clock)}


def test_the_admin_adds_a_local_user_who_can_log_in(lab: Lab) -> None:
    user = roster.add_local_user(lab.store, lab.admin, "  Jean-Baptiste   Pierre ", "worker", "8080", clock=lab.clock)

    assert (user.name, user.role, user.origin, user.awaiting_hub, user.has_secret) == (
        "Jean-Baptiste Pierre", Role.WORKER, "local", True, True)
    assert login.login(lab.store, "Jean-Baptiste Pierre", "8080", clock=lab.clock).user_id == user.id
    assert "Jean-Baptiste Pierre" in [w.name for w in lab.ws.workers()], "a user is a worker the Workspace knows"


def test_a_taken_name_or_a_weak_pin_is_refused(lab: Lab) -> None:
    with pytest.raises(UserExistsError, match="There is already a user named 'amina njeri' here"):
        roster.add_local_user(lab.store, lab.admin, "amina njeri", "worker", "8080", clock=lab.clock)
    with pytest.raises(WeakSecretError, match="A PIN or password is 4 to 128 characters"):
        roster.add_local_user(lab.store, lab.admin, "New Person", "worker", "12", clock=lab.clock)
    with pytest.raises(ValueError, match="'boss' is not a valid Role"):
        roster.add_local_user(lab.store, lab.admin, "New Person", "boss", "1234", clock=lab.clock)

    assert "New Person" not in roster.login_names(lab.store)


def test_a_supervisor_sees_users_but_cannot_add_one(lab: Lab) -> None:
    assert len(roster.users(lab.store, lab.supervisor, clock=lab.clock)) == 4

    with pytest.raises(NotAllowed, match=r"Joseph Okello \(supervisor\) may not add users"):
        roster.add_local_user(lab.store, lab.supervisor, "New Person", "admin", "1234", clock=lab.clock)


def test_the_hubs_roster_confirms_adds_and_switches_off(lab: Lab) -> None:
    report = roster.apply_roster(lab.store, [
        {"id": "u-1", "name": "Amina Njeri", "role": "worker", "lab": "Gulu"},
        {"id": "u-2", "name": "Joseph Okello", "role": "supervisor", "lab": "Gulu"},
        {"id": "u-3", "name": "Grace Achieng", "role": "admin", "lab": "Gulu"},
        {"id": "u-9", "name": "Lydia Akello", "role": "worker", "lab": "Gulu", "secret_hash": hash_secret("3141")},
    ], as_of="2026-11-24T06:00:00Z", clock=lab.clock)

    assert sorted(report.confirmed) == ["Amina Njeri", "Grace Achieng", "Joseph Okello"]
    assert report.added == ["Lydia Akello"]
    assert report.disabled == [] and report.skipped == []
    people = names(lab)
    assert people["Amina Njeri"] == ("worker", "local", True, False)
    assert people["Lydia Akello"] == ("worker", "hub", True, False)
    assert people["Sokha Chan"] == ("worker", "local", False, False), "a local user the hub never listed waits"
    assert login.login(lab.store, "Lydia Akello", "3141", clock=lab.clock).role is Role.WORKER

    later = roster.apply_roster(lab.store, [
        {"id": "u-2", "name": "Joseph Okello", "role": "supervisor"},
        {"id": "u-3", "name": "Grace Achieng", "role": "admin"},
        {"id": "u-9", "name": "Lydia Akello", "role": "worker"},
    ], as_of="2026-11-25T06:00:00Z", clock=lab.clock)

    assert later.disabled == ["Amina Njeri"]
    assert names(lab)["Amina Njeri"][3] is True
    with pytest.raises(AccountDisabledError):
        login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)
    with pytest.raises(AccountDisabledError):
        login.touch(lab.store, lab.worker, clock=lab.clock)
    assert login.login(lab.store, "Lydia Akello", "3141", clock=lab.clock), "the PIN stays when the hub sends none"


def test_the_hub_can_rename_a_user_it_knows_by_id(lab: Lab) -> None:
    roster.apply_roster(lab.store, [{"id": "u-1", "name": "Amina Njeri", "role": "worker"}],
                        as_of="2026-11-24T06:00:00Z", clock=lab.clock)
    report = roster.apply_roster(lab.store, [{"id": "u-1", "name": "Amina Wanjiru", "role": "worker"}],
                                 as_of="2026-11-24T07:00:00Z", clock=lab.clock)

    assert report.updated == ["Amina Wanjiru"]
    assert login.login(lab.store, "Amina Wanjiru", PIN["worker"], clock=lab.clock).user_id == lab.ids["worker"]


def test_a_renamed_user_frees_the_name_for_a_new_one_in_the_same_roster(lab: Lab) -> None:
    roster.apply_roster(lab.store, [{"id": "u-1", "name": "Amina Njeri", "role": "worker"}],
                        as_of="2026-11-24T06:00:00Z", clock=lab.clock)
    # At the hub: Amina is renamed, and a new person with her old name joins (listed first).
    report = roster.apply_roster(lab.store, [{"id": "u-2", "name": "Amina Njeri", "role": "worker",
                                              "secret_hash": hash_secret("5555")},
                                             {"id": "u-1", "name": "Amina Okello", "role": "worker"}],
                                 as_of="2026-11-24T07:00:00Z", clock=lab.clock)

    assert report.skipped == []
    assert (report.added, report.updated) == (["Amina Njeri"], ["Amina Okello"])
    assert login.login(lab.store, "Amina Okello", PIN["worker"], clock=lab.clock).user_id == lab.ids["worker"]
    assert login.login(lab.store, "Amina Njeri", "5555", clock=lab.clock).user_id != lab.ids["worker"]


def test_bad_roster_entries_are_skipped_by_name_and_never_switch_anyone_off(lab: Lab) -> None:
    roster.apply_roster(lab.store, [{"id": "u-1", "name": "Amina Njeri", "role": "worker"}],
                        as_of="2026-11-24T06:00:00Z", clock=lab.clock)

    report = roster.apply_roster(lab.store, [
        {"id": "u-1", "name": "Amina Njeri", "role": "chief"},
        {"id": "u-5", "name": "Sokha Chan", "role": "worker", "secret_hash": "md5$abc"},
        {"name": "No Id", "role": "worker"},
        "not an object",  # type: ignore[list-item]
        {"id": "u-7", "name": "Sokha Chan", "role": "worker"},
    ], as_of="2026-11-24T07:00:00Z", clock=lab.clock)

    assert report.skipped == [
        ("Amina Njeri", "unknown role 'chief'"),
        ("Sokha Chan", "its PIN hash cannot be checked here (set the PIN again at the hub)"),
        ("No Id", "no usable id"),
        ("?", "not an object"),
        ("Sokha Chan", "the name is used by another user here (Sokha Chan)"),
    ]
    assert report.confirmed == ["Sokha Chan"], "listed with an unusable hash: confirmed, PIN kept"
    assert report.disabled == []
    assert names(lab)["Amina Njeri"][3] is False
    assert login.login(lab.store, "Sokha Chan", PIN["worker2"], clock=lab.clock), "the unusable hash left the PIN"


def test_an_older_roster_is_refused_and_changes_nothing(lab: Lab) -> None:
    roster.apply_roster(lab.store, [{"id": "u-1", "name": "Amina Njeri", "role": "worker"}],
                        as_of="2026-11-24T06:00:00Z", clock=lab.clock)

    with pytest.raises(StaleRosterError) as caught:
        roster.apply_roster(lab.store, [], as_of="2026-11-20T06:00:00Z", clock=lab.clock)

    assert caught.value.message == (
        "The user list from the hub is older (2026-11-20T06:00:00Z) than the one already here "
        "(2026-11-24T06:00:00Z), so it was not applied. Nothing changed; the next sync brings the current list.")
    assert names(lab)["Amina Njeri"][3] is False


def test_the_roster_status_says_when_the_user_list_is_stale(lab: Lab) -> None:
    before = roster.roster_status(lab.store, clock=lab.clock)
    assert before.stale and "has not come from the hub yet" in before.message

    roster.apply_roster(lab.store, [], as_of="2026-11-24T06:00:00Z", clock=lab.clock)
    assert not roster.roster_status(lab.store, clock=lab.clock).stale
    lab.clock.advance(days=9)

    status = roster.roster_status(lab.store, clock=lab.clock)
    assert status.stale
    assert status.message.startswith("The user list is 9 days old")
    assert "may still log in here; sync soon" in status.message


def test_the_first_admin_is_made_once(tmp_path: Path) -> None:
    clock = FakeClock()
    with Workspace.open(tmp_path / "fresh") as ws:
        assert roster.first_admin_possible(ws.store)
        admin = roster.bootstrap_admin(ws.store, "Grace Achieng", "4242", clock=clock)
        assert admin.role is Role.ADMIN
        assert not roster.first_admin_possible(ws.store)

        with pytest.raises(NotAllowed, match="already has a partner admin"):
            roster.bootstrap_admin(ws.store, "Someone Else", "1111", clock=clock)


def test_no_first_admin_once_the_hub_roster_is_in_charge(tmp_path: Path) -> None:
    clock = FakeClock()
    with Workspace.open(tmp_path / "fresh") as ws:
        roster.apply_roster(ws.store, [{"id": "u-1", "name": "Amina", "role": "worker"}],
                            as_of="2026-11-24T06:00:00Z", clock=clock)

        assert not roster.first_admin_possible(ws.store)
        with pytest.raises(NotAllowed, match="The hub's user list is in charge"):
            roster.bootstrap_admin(ws.store, "Mallory", "1111", clock=clock)
        assert roster.login_names(ws.store) == ["Amina"]


def test_an_admin_cannot_switch_off_their_own_account(lab: Lab) -> None:
    with pytest.raises(NotAllowed, match="cannot switch off their own account"):
        roster.set_disabled(lab.store, lab.admin, lab.admin.user_id, True, clock=lab.clock)


def test_a_user_the_hub_recreated_under_a_new_id_is_matched_by_name(lab: Lab) -> None:
    roster.apply_roster(lab.store, [{"id": "u-1", "name": "Amina Njeri", "role": "worker"}],
                        as_of="2026-11-24T06:00:00Z", clock=lab.clock)

    report = roster.apply_roster(lab.store, [{"id": "u-77", "name": "Amina Njeri", "role": "worker"}],
                                 as_of="2026-11-25T06:00:00Z", clock=lab.clock)

    assert (report.disabled, report.skipped) == ([], [])
    assert login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock).user_id == lab.ids["worker"]
