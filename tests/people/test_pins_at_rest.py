"""PINs at rest: someone who copies the database file must not get anyone's PIN from it, and the
strong PIN rules refuse the PINs guessed first. The keyring is the tests' file keyring (the OS
keyring is out of reach here); "another computer" is another keyring file."""

from __future__ import annotations

import base64
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from labclient.errors import PepperUnavailableError, WeakSecretError
from labclient.people import login, roster, settings
from labclient.people.passwords import hash_secret
from labclient.people.pins import PEPPERED, PinKeeper
from labclient.store import DB_NAME, Store
from tests.helpers.clock import FakeClock
from tests.helpers.people_lab import NAMES, PIN, Lab
from tests.keyring_backend import FileKeyring

# What an attacker tries first against a 4-digit PIN, the supervisor's among them: each guess
# costs one scrypt (~50 ms), so the test stays within a second or two.
DICTIONARY = ["0000", "1234", "1111", "1212", "7777", "2580", "4321", "6969", "1004", "2000", "5555", "9999",
              PIN["supervisor"], "1122", "0852"]


@pytest.fixture
def keyring_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This workstation's keyring (a file the test keyring backend reads)."""
    path = tmp_path / "workstation-keyring.json"
    monkeypatch.setenv("LABCLIENT_TEST_KEYRING", str(path))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(previous)


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def offline_guess(stored: str, guesses: list[str]) -> list[str]:
    """What an attacker does with a hash from the file: read the scrypt cost, salt and key from its
    fields and try each guess. The guesses that match."""
    fields = stored.split("$")
    n, r, p = (int(x) for x in fields[-5:-2])
    salt, key = unb64(fields[-2]), unb64(fields[-1])
    return [g for g in guesses
            if hashlib.scrypt(g.encode(), salt=salt, n=n, r=r, p=p, dklen=len(key), maxmem=2**26) == key]


def steal(lab: Lab, folder: Path) -> Path:
    """A copy of the workstation's database (what a worker with a USB stick takes)."""
    folder.mkdir()
    source, copy = sqlite3.connect(lab.store.path), sqlite3.connect(folder / DB_NAME)
    source.backup(copy)
    source.close()
    copy.close()
    return folder / DB_NAME


def hash_of(db: Path, name: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT secret_hash FROM workers WHERE name = ?", (name,)).fetchone()[0])
    finally:
        conn.close()


def test_a_copy_of_the_database_does_not_give_away_the_supervisors_pin(lab: Lab, keyring_file: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # Hashes kept before this version are plain; the first login on the workstation wraps them all.
    login.login(lab.store, NAMES["worker"], PIN["worker"], clock=lab.clock)
    stolen = steal(lab, tmp_path / "usb")

    # On the attacker's own computer: the file, and a keyring without this workstation's pepper.
    monkeypatch.setenv("LABCLIENT_TEST_KEYRING", str(tmp_path / "attackers-keyring.json"))
    assert offline_guess(hash_of(stolen, NAMES["supervisor"]), DICTIONARY) == []
    store = Store.open(stolen)
    try:
        with pytest.raises(PepperUnavailableError):
            login.login(store, NAMES["supervisor"], PIN["supervisor"], clock=lab.clock)
    finally:
        store.close()

    # At the workstation itself, the supervisor logs in as ever.
    monkeypatch.setenv("LABCLIENT_TEST_KEYRING", str(keyring_file))
    assert login.login(lab.store, NAMES["supervisor"], PIN["supervisor"], clock=lab.clock).role == "supervisor"


def test_without_a_keyring_hashes_stay_plain_and_the_program_says_so(lab: Lab) -> None:
    assert PinKeeper(lab.store).protection() == "plain"
    assert offline_guess(hash_of(lab.store.path, NAMES["supervisor"]), DICTIONARY) == [PIN["supervisor"]]


def test_new_pins_and_the_hubs_hashes_are_kept_with_the_pepper_and_still_work(lab: Lab, keyring_file: Path) -> None:
    roster.set_secret(lab.store, lab.admin, lab.ids["worker2"], "8642", clock=lab.clock)
    from_hub = [{"id": "u-9", "name": "Lydia Akello", "role": "worker", "lab": "Gulu",
                 "secret_hash": hash_secret("3141")}]
    roster.apply_roster(lab.store, from_hub, as_of=lab.clock.wall(), clock=lab.clock)

    for name, pin in ((NAMES["worker2"], "8642"), ("Lydia Akello", "3141")):
        assert hash_of(lab.store.path, name).startswith(PEPPERED + "$")
        assert login.login(lab.store, name, pin, clock=lab.clock).name == name
    assert PinKeeper(lab.store).protection() == "pepper"

    # The same roster again changes nothing: the hub's hash compares equal once kept with the pepper.
    lab.clock.advance(minutes=1)
    again = roster.apply_roster(lab.store, from_hub, as_of=lab.clock.wall(), clock=lab.clock)
    assert (again.updated, again.skipped) == ([], [])


def test_a_keyring_that_lost_the_pepper_is_said_clearly_and_costs_no_try(lab: Lab, keyring_file: Path,
                                                                        tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    login.login(lab.store, NAMES["worker"], PIN["worker"], clock=lab.clock)  # wraps every hash
    monkeypatch.setenv("LABCLIENT_TEST_KEYRING", str(tmp_path / "empty-keyring.json"))

    for _ in range(7):
        with pytest.raises(PepperUnavailableError) as caught:
            login.login(lab.store, NAMES["worker"], PIN["worker"], clock=lab.clock)
    assert caught.value.code == "login.keyring" and "keyring" in caught.value.message
    assert login.lock_state(lab.store, lab.ids["worker"], clock=lab.clock).failures == 0
    assert PinKeeper(lab.store).protection() == "unavailable"


@pytest.mark.parametrize(("secret", "trivial"), [
    ("0000", True), ("1234", True), ("1111", True), ("123456", True), ("9876", True), ("1212", True),
    ("4242", True), ("123123", True), ("abcd", True), ("Password", True), ("2580", False), ("7351", False),
    ("2468", False), ("kiwi lamp 42", False), ("30417", False),
])
def test_the_pins_guessed_first_are_trivial(secret: str, trivial: bool) -> None:
    assert PinKeeper.is_trivial(secret) is trivial


def test_the_strong_rules_refuse_trivial_pins_and_short_ones_for_supervisors_and_admins(lab: Lab) -> None:
    # Without them (the demo, workstations set up before): any PIN of 4 to 128 characters, 1234 too.
    roster.add_local_user(lab.store, lab.admin, "Demo Person", "worker", "1234", clock=lab.clock)

    settings.change_settings(lab.store, lab.admin, strong_pins=True, clock=lab.clock)

    with pytest.raises(WeakSecretError) as trivial:
        roster.add_local_user(lab.store, lab.admin, "Peter Mukasa", "worker", "1234", clock=lab.clock)
    assert trivial.value.reason == "trivial"
    with pytest.raises(WeakSecretError) as short:
        roster.add_local_user(lab.store, lab.admin, "Lydia Akello", "supervisor", "7351", clock=lab.clock)
    assert short.value.reason == "short_for_role"
    assert short.value.message == ("Supervisors and partner admins need a PIN or password of at least 8 characters "
                                   "on this workstation, so a copy of its database cannot be used to guess it. "
                                   "Choose a longer one.")
    with pytest.raises(WeakSecretError):
        roster.set_secret(lab.store, lab.admin, lab.ids["supervisor"], "2580", clock=lab.clock)

    roster.add_local_user(lab.store, lab.admin, "Peter Mukasa", "worker", "2580", clock=lab.clock)
    roster.add_local_user(lab.store, lab.admin, "Lydia Akello", "supervisor", "kiwi lamp 42", clock=lab.clock)
    assert login.login(lab.store, "Lydia Akello", "kiwi lamp 42", clock=lab.clock).role == "supervisor"
    with pytest.raises(ValueError):
        settings.change_settings(lab.store, lab.admin, strong_pins=False, clock=lab.clock)
    assert PinKeeper(lab.store).strong_rules()


def test_a_real_labs_first_admin_switches_the_strong_rules_on(tmp_path: Path) -> None:
    store = Store.open(tmp_path / DB_NAME)
    try:
        with pytest.raises(WeakSecretError):
            roster.bootstrap_admin(store, "Grace Achieng", "4242", strong_pins=True, clock=FakeClock())
        assert not PinKeeper(store).strong_rules(), "a refused admin changes nothing"
        admin = roster.bootstrap_admin(store, "Grace Achieng", "kivu lake 88", strong_pins=True, clock=FakeClock())

        assert PinKeeper(store).strong_rules()
        with pytest.raises(WeakSecretError) as trivial:
            roster.add_local_user(store, admin, "Amina Njeri", "worker", "1234", clock=FakeClock())
        assert trivial.value.reason == "trivial"
    finally:
        store.close()
