"""What a roster from the hub may not do: be dated so far ahead that every later list looks
older, name people of another lab, or leave the workstation without a partner admin without
saying so. The clock is the fake one; the hub's time comes with the roster or from anchors."""

from __future__ import annotations

import datetime as dt

import pytest

from labclient.errors import AccountDisabledError, RosterFromFutureError
from labclient.people import login, roster, state
from labclient.people.clock import format_wall
from labclient.people.passwords import hash_secret
from labclient.people.roles import Role
from tests.helpers.clock import START
from tests.helpers.people_lab import PIN, Lab

AMINA = {"id": "u-1", "name": "Amina Njeri", "role": "worker", "lab": "Gulu"}


def wall(moment: dt.datetime) -> str:
    return format_wall(moment)


def held_as_of(lab: Lab) -> str | None:
    return state.get(lab.store.read(), "roster_as_of")


def user(lab: Lab, name: str) -> roster.User:
    """The user as stored (the tests' view: the admin's own session may have ended meanwhile)."""
    row = lab.store.read().execute("SELECT id FROM workers WHERE name = ?", (name,)).fetchone()
    return roster._user_by_id(lab.store, row[0])


def test_a_roster_dated_years_ahead_of_the_clock_is_refused_and_changes_nothing(lab: Lab) -> None:
    with pytest.raises(RosterFromFutureError) as caught:
        roster.apply_roster(lab.store, [AMINA], as_of=wall(START + dt.timedelta(days=3650)), clock=lab.clock)

    assert caught.value.code == "roster.future"
    assert "2036" in caught.value.message and "clock" in caught.value.message
    assert held_as_of(lab) is None and not user(lab, "Amina Njeri").confirmed


def test_the_hubs_own_time_in_the_answer_is_the_measure_not_this_computers_clock(lab: Lab) -> None:
    lab.clock.jump_wall(days=-400)  # this computer's clock is far behind; the hub's answer says the time
    report = roster.apply_roster(lab.store, [AMINA], as_of=wall(START), hub_now=wall(START), clock=lab.clock)
    assert report.confirmed == ["Amina Njeri"]

    with pytest.raises(RosterFromFutureError):
        roster.apply_roster(lab.store, [AMINA], as_of=wall(START + dt.timedelta(days=30)),
                            hub_now=wall(START + dt.timedelta(hours=1)), clock=lab.clock)
    assert held_as_of(lab) == wall(START)


def test_a_roster_date_from_the_future_already_held_no_longer_blocks_the_real_one(lab: Lab) -> None:
    roster.apply_roster(lab.store, [AMINA], as_of=wall(START), clock=lab.clock)
    with lab.store.transaction() as c:  # what an earlier version kept from a hub whose clock was years ahead
        state.put(c, "roster_as_of", wall(START + dt.timedelta(days=3650)))
    lab.pass_time(hours=2)

    report = roster.apply_roster(lab.store, [], as_of=wall(START + dt.timedelta(hours=1)), clock=lab.clock)

    assert report.disabled == ["Amina Njeri"], "switched off at the hub: off here too"
    assert held_as_of(lab) == wall(START + dt.timedelta(hours=1))
    with pytest.raises(AccountDisabledError):
        login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)


def test_entries_of_another_lab_are_skipped(lab: Lab) -> None:
    stranger = {"id": "u-8", "name": "Peter Mukasa", "role": "admin", "lab": "Kampala",
                "secret_hash": hash_secret("Kampala-admin-1")}
    demoting = {"id": "u-3", "name": "Grace Achieng", "role": "worker", "lab": "Kampala"}

    report = roster.apply_roster(lab.store, [AMINA, stranger, demoting], as_of=wall(START), lab="Gulu",
                                 clock=lab.clock)

    assert report.confirmed == ["Amina Njeri"]
    assert report.skipped == [("Peter Mukasa", "of another lab (Kampala)"),
                              ("Grace Achieng", "of another lab (Kampala)")]
    assert "Peter Mukasa" not in roster.login_names(lab.store)
    assert user(lab, "Grace Achieng").role is Role.ADMIN


def test_a_roster_that_would_leave_no_partner_admin_keeps_the_last_one_and_says_so(lab: Lab) -> None:
    demoting = {"id": "u-3", "name": "Grace Achieng", "role": "worker", "lab": "Gulu"}

    report = roster.apply_roster(lab.store, [AMINA, demoting], as_of=wall(START), lab="Gulu", clock=lab.clock)

    assert report.kept_admin == ["Grace Achieng"]
    assert user(lab, "Grace Achieng").role is Role.ADMIN and not user(lab, "Grace Achieng").disabled
    again = login.login(lab.store, "Grace Achieng", PIN["admin"], clock=lab.clock)
    roster.set_disabled(lab.store, again, lab.ids["worker2"], True, clock=lab.clock)  # still an admin here

    # Not listed any more (switched off at the hub): still kept, still said.
    later = roster.apply_roster(lab.store, [AMINA], as_of=wall(START + dt.timedelta(hours=1)), lab="Gulu",
                                clock=lab.clock)
    assert later.kept_admin == ["Grace Achieng"] and "Grace Achieng" not in later.disabled
    assert not user(lab, "Grace Achieng").disabled


def test_the_hub_may_hand_the_workstation_to_another_admin(lab: Lab) -> None:
    new_admin = {"id": "u-4", "name": "Lydia Akello", "role": "admin", "lab": "Gulu",
                 "secret_hash": hash_secret("Lydia-admin-2026")}
    demoting = {"id": "u-3", "name": "Grace Achieng", "role": "worker", "lab": "Gulu"}

    report = roster.apply_roster(lab.store, [AMINA, new_admin, demoting], as_of=wall(START), lab="Gulu",
                                 clock=lab.clock)

    assert report.kept_admin == []
    assert user(lab, "Grace Achieng").role is Role.WORKER
    assert user(lab, "Lydia Akello").role is Role.ADMIN
