"""Wrong PINs typed at the same moment from several windows (or scripts) on one workstation: the
lockout must count each of them before any is checked, so the end of a lock gives one try, not
one per window. Real threads on a real database file, each with its own connection."""

from __future__ import annotations

import threading

import pytest

from labclient.errors import AccountLockedError, PeopleError, WrongSecretError
from labclient.people import login
from labclient.people.login import FIRST_LOCK_S, MAX_FAILURES
from labclient.store import Store
from tests.helpers.people_lab import Lab

RACERS = 8


def race(lab: Lab, name: str, guesses: list[str]) -> list[PeopleError]:
    """Each guess from its own thread and connection, all let go at once; what each got."""
    start = threading.Barrier(len(guesses))
    outcomes: list[PeopleError] = []
    guard = threading.Lock()

    def attempt(guess: str) -> None:
        store = Store.open(lab.store.path, check=False)
        try:
            start.wait(timeout=30)
            try:
                login.login(store, name, guess, clock=lab.clock)
            except PeopleError as exc:
                with guard:
                    outcomes.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=attempt, args=(g,)) for g in guesses]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    return outcomes


def failures(lab: Lab, user_id: str) -> int:
    row = lab.store.read().execute("SELECT failures FROM login_guard WHERE worker_id = ?", (user_id,)).fetchone()
    return int(row[0]) if row else 0


def test_guesses_racing_at_the_end_of_a_lock_get_one_check_between_them(lab: Lab) -> None:
    for _ in range(MAX_FAILURES):
        with pytest.raises(WrongSecretError):
            login.login(lab.store, "Amina Njeri", "0000", clock=lab.clock)
    lab.clock.advance(seconds=FIRST_LOCK_S + 1)  # the lock is over: one try is due

    outcomes = race(lab, "Amina Njeri", [f"{n:04d}" for n in range(RACERS)])

    checked = [e for e in outcomes if isinstance(e, WrongSecretError)]
    assert len(outcomes) == RACERS
    assert len(checked) == 1, [e.message for e in outcomes]
    assert all(isinstance(e, AccountLockedError) for e in outcomes if e not in checked)
    assert failures(lab, lab.ids["worker"]) == MAX_FAILURES + 1


def test_racing_guesses_on_a_fresh_account_get_only_the_free_tries(lab: Lab) -> None:
    outcomes = race(lab, "Amina Njeri", [f"{n:04d}" for n in range(RACERS)])

    checked = [e for e in outcomes if isinstance(e, WrongSecretError)]
    assert len(checked) == MAX_FAILURES, [e.message for e in outcomes]
    assert failures(lab, lab.ids["worker"]) == MAX_FAILURES
