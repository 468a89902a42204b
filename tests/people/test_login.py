"""Offline login: PINs, lockout with growing back-off, locking and switching at a shared seat,
the idle lock, and what ends a session. The clock is injected: nothing sleeps."""

from __future__ import annotations

import re

import pytest

from labclient.errors import (
    AccountDisabledError,
    AccountLockedError,
    NoSecretError,
    SessionEndedError,
    SessionLockedError,
    UnknownUserError,
    WrongSecretError,
)
from labclient.people import login, roster, settings, timesheet
from labclient.people.login import FIRST_LOCK_S, MAX_FAILURES, MAX_LOCK_S
from labclient.workspace import Workspace
from tests.helpers.people_lab import PIN, Lab
from tests.logins import add_legacy_worker, seat_sessions


def fail(lab: Lab, name: str, times: int) -> list[WrongSecretError]:
    errors = []
    for _ in range(times):
        with pytest.raises(WrongSecretError) as caught:
            login.login(lab.store, name, "0000", clock=lab.clock)
        errors.append(caught.value)
    return errors


def test_login_by_name_and_pin_ignores_case_and_spacing(lab: Lab) -> None:
    session = login.login(lab.store, "  amina   NJERI ", PIN["worker"], clock=lab.clock)

    assert (session.user_id, session.name, session.role) == (lab.ids["worker"], "Amina Njeri", "worker")
    assert "token" not in repr(session)


def test_a_wrong_pin_says_how_many_tries_are_left(lab: Lab) -> None:
    [error] = fail(lab, "Amina Njeri", 1)

    assert error.code == "login.wrong_secret"
    assert error.message == ("That PIN is not right for Amina Njeri. Tries left before the account locks for a "
                             "while: 4.")


def test_the_fifth_wrong_pin_locks_the_account_and_even_the_right_pin_waits(lab: Lab) -> None:
    errors = fail(lab, "Amina Njeri", MAX_FAILURES)
    assert "locked for 30 seconds" in errors[-1].message
    lab.clock.advance(seconds=10)

    with pytest.raises(AccountLockedError) as caught:
        login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)

    assert caught.value.seconds_left == 20
    assert caught.value.message == ("Amina Njeri is locked for 20 more seconds after too many wrong PINs. Wait, then "
                                    "try again; the partner admin can unlock it sooner.")
    assert login.lock_state(lab.store, lab.ids["worker"], clock=lab.clock).seconds_left == 20
    lab.clock.advance(seconds=20)
    assert login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock).name == "Amina Njeri"
    assert login.lock_state(lab.store, lab.ids["worker"], clock=lab.clock).failures == 0


def test_each_wrong_pin_after_a_lockout_doubles_it_up_to_the_cap(lab: Lab) -> None:
    fail(lab, "Amina Njeri", MAX_FAILURES)
    seen = []
    for _ in range(8):
        lab.clock.advance(seconds=MAX_LOCK_S)
        [error] = fail(lab, "Amina Njeri", 1)
        seen.append(error.params["seconds"])

    assert seen == [60, 120, 240, 480, MAX_LOCK_S, MAX_LOCK_S, MAX_LOCK_S, MAX_LOCK_S]
    assert FIRST_LOCK_S == 30


def test_a_try_during_the_lockout_is_not_counted_and_does_not_extend_it(lab: Lab) -> None:
    fail(lab, "Amina Njeri", MAX_FAILURES)
    for _ in range(3):
        with pytest.raises(AccountLockedError):
            login.login(lab.store, "Amina Njeri", "0000", clock=lab.clock)

    assert login.lock_state(lab.store, lab.ids["worker"], clock=lab.clock).failures == MAX_FAILURES
    lab.clock.advance(seconds=FIRST_LOCK_S)
    assert login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)


def test_the_lockout_survives_closing_labclient(lab: Lab) -> None:
    fail(lab, "Amina Njeri", MAX_FAILURES)
    data_dir = lab.ws.data_dir
    lab.ws.close()

    with Workspace.open(data_dir) as ws, pytest.raises(AccountLockedError):
        login.login(ws.store, "Amina Njeri", PIN["worker"], clock=lab.clock)
    lab.ws = Workspace.open(data_dir, clock=lab.clock)


def test_a_reboot_does_not_shorten_a_lockout(lab: Lab) -> None:
    fail(lab, "Amina Njeri", MAX_FAILURES)
    lab.clock.advance(seconds=25)
    lab.clock.reboot()
    lab.clock.jump_wall(days=1)  # and the clock moved forward: neither unlocks it

    with pytest.raises(AccountLockedError) as caught:
        login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)
    assert caught.value.seconds_left == FIRST_LOCK_S
    lab.clock.advance(seconds=FIRST_LOCK_S)
    assert login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)


def test_a_lockout_served_before_a_reboot_stays_served(lab: Lab) -> None:
    fail(lab, "Amina Njeri", MAX_FAILURES)
    lab.clock.advance(seconds=FIRST_LOCK_S)
    assert login.lock_state(lab.store, lab.ids["worker"], clock=lab.clock).seconds_left == 0
    lab.clock.reboot()

    assert login.lock_state(lab.store, lab.ids["worker"], clock=lab.clock).seconds_left == 0
    assert login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)


def test_the_admin_can_lift_a_lockout(lab: Lab) -> None:
    fail(lab, "Amina Njeri", MAX_FAILURES)

    login.clear_lockout(lab.store, lab.admin, lab.ids["worker"], clock=lab.clock)

    assert login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)


def test_one_users_lockout_does_not_touch_another(lab: Lab) -> None:
    fail(lab, "Amina Njeri", MAX_FAILURES)

    assert login.login(lab.store, "Sokha Chan", PIN["worker2"], clock=lab.clock).name == "Sokha Chan"


def test_an_unknown_name_is_refused_with_what_to_do(lab: Lab) -> None:
    with pytest.raises(UnknownUserError) as caught:
        login.login(lab.store, "Nobody Here", "1234", clock=lab.clock)

    assert caught.value.message == ("There is no user named 'Nobody Here' on this workstation. Pick your name from "
                                    "the list, or ask the partner admin to add you.")


def test_a_switched_off_account_cannot_log_in(lab: Lab) -> None:
    roster.set_disabled(lab.store, lab.admin, lab.ids["worker"], True, clock=lab.clock)

    with pytest.raises(AccountDisabledError, match="Amina Njeri's account is switched off"):
        login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)
    with pytest.raises(AccountDisabledError):
        timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    assert "Amina Njeri" not in roster.login_names(lab.store)


def test_a_worker_from_before_logins_needs_a_pin_from_the_admin(lab: Lab) -> None:
    old = add_legacy_worker(lab.ws, "Farah Qureshi")  # a bare workers row, as before logins: no PIN

    with pytest.raises(NoSecretError) as caught:
        login.login(lab.store, "Farah Qureshi", "", clock=lab.clock)
    assert "Farah Qureshi has no PIN yet" in caught.value.message
    roster.set_secret(lab.store, lab.admin, old, "5555", clock=lab.clock)
    assert login.login(lab.store, "Farah Qureshi", "5555", clock=lab.clock).user_id == old


def test_locking_the_seat_and_logging_in_again_with_the_pin(lab: Lab) -> None:
    login.lock(lab.store, lab.worker, clock=lab.clock)

    with pytest.raises(SessionLockedError, match=re.escape("The screen is locked. Amina Njeri must enter their PIN")):
        timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    with pytest.raises(WrongSecretError):
        login.login(lab.store, "Amina Njeri", "0000", clock=lab.clock)
    back = login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)
    timesheet.clock_in(lab.store, back, clock=lab.clock)
    with pytest.raises(SessionEndedError):
        timesheet.clock_out(lab.store, lab.worker, clock=lab.clock)  # the locked session ended with the login


def test_wrong_pins_at_the_lock_screen_count_towards_the_lockout(lab: Lab) -> None:
    login.lock(lab.store, lab.worker, clock=lab.clock)
    for _ in range(MAX_FAILURES):
        with pytest.raises(WrongSecretError):
            login.login(lab.store, "Amina Njeri", "0000", clock=lab.clock)

    with pytest.raises(AccountLockedError):
        login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)


def test_fast_user_switching_keeps_the_first_session_locked_and_ready(lab: Lab) -> None:
    clock = lab.clock
    for s in (lab.admin, lab.supervisor, lab.worker2):
        login.logout(lab.store, s, clock=clock)
    login.lock(lab.store, lab.worker, clock=clock)

    other = login.login(lab.store, "Sokha Chan", PIN["worker2"], clock=clock)
    seat = seat_sessions(lab.store, clock=clock)

    assert [(s.name, s.locked) for s in seat] == [("Amina Njeri", True), ("Sokha Chan", False)]
    timesheet.clock_in(lab.store, other, clock=clock)
    login.lock(lab.store, other, clock=clock)
    back = login.login(lab.store, "Amina Njeri", PIN["worker"], clock=clock)
    assert timesheet.status(lab.store, back, clock=clock).clocked_in is False


def test_the_session_locks_after_the_set_idle_time(lab: Lab) -> None:
    settings.change_settings(lab.store, lab.admin, lock_after_s=15 * 60, clock=lab.clock)
    login.touch(lab.store, lab.worker, clock=lab.clock)
    lab.clock.advance(minutes=14)
    login.touch(lab.store, lab.worker, clock=lab.clock)  # input seen: the 15 minutes start again
    lab.clock.advance(minutes=14)
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    lab.clock.advance(minutes=16)

    with pytest.raises(SessionLockedError):
        timesheet.start_break(lab.store, lab.worker, clock=lab.clock)
    assert [s.locked for s in seat_sessions(lab.store, clock=lab.clock) if s.name == "Amina Njeri"] == [True]


def test_a_screen_reading_hours_every_minute_does_not_keep_an_empty_seat_open(lab: Lab) -> None:
    settings.change_settings(lab.store, lab.admin, lock_after_s=15 * 60, clock=lab.clock)
    login.touch(lab.store, lab.worker, clock=lab.clock)
    timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)

    with pytest.raises(SessionLockedError):
        for _ in range(20):  # the timesheet bar refreshes once a minute; nobody is at the keyboard
            lab.clock.advance(minutes=1)
            timesheet.status(lab.store, lab.worker, clock=lab.clock)

    assert [s.locked for s in seat_sessions(lab.store, clock=lab.clock) if s.name == "Amina Njeri"] == [True]


def test_logging_in_again_ends_the_earlier_session(lab: Lab) -> None:
    again = login.login(lab.store, "Amina Njeri", PIN["worker"], clock=lab.clock)

    with pytest.raises(SessionEndedError, match="This session has ended"):
        timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    timesheet.clock_in(lab.store, again, clock=lab.clock)


def test_logout_ends_the_session_and_is_safe_twice(lab: Lab) -> None:
    login.logout(lab.store, lab.worker, clock=lab.clock)
    login.logout(lab.store, lab.worker, clock=lab.clock)

    with pytest.raises(SessionEndedError, match=r"This session has ended \(logged out.*\). Log in again.$"):
        timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)


def test_a_restart_of_the_computer_ends_every_session(lab: Lab) -> None:
    lab.clock.reboot()

    with pytest.raises(SessionEndedError, match=re.escape("The computer restarted since this login. Log in again.")):
        timesheet.clock_in(lab.store, lab.worker, clock=lab.clock)
    assert seat_sessions(lab.store, clock=lab.clock) == []


def test_a_pin_is_checked_against_a_slow_salted_hash(lab: Lab) -> None:
    stored = lab.store.read().execute("SELECT secret_hash FROM workers WHERE id = ?",
                                      (lab.ids["worker"],)).fetchone()[0]
    assert stored.startswith("scrypt$16384$8$1$")
    assert PIN["worker"] not in stored

