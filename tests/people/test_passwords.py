"""PIN hashes: slow, salted, self-describing, compared in constant time."""

from __future__ import annotations

import pytest

from labclient.errors import WeakSecretError
from labclient.people.passwords import check_strength, hash_secret, is_valid_hash, verify_secret


def test_a_hash_carries_its_parameters_and_a_fresh_salt() -> None:
    first, second = hash_secret("1234"), hash_secret("1234")

    assert first != second
    assert first.split("$")[:4] == ["scrypt", "16384", "8", "1"]
    assert verify_secret("1234", first) and verify_secret("1234", second)
    assert not verify_secret("1235", first)


def test_unicode_secrets_match_however_they_were_typed() -> None:
    stored = hash_secret("café")  # composed é
    assert verify_secret("cafe\u0301", stored)  # e + combining accent


@pytest.mark.parametrize("stored", [
    None, "", "plain", "scrypt$16384$8$1$short", "md5$abc$def$1$x$y",
    "scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA$" + "A" * 43,       # too cheap to guess slowly
    "scrypt$1048576$16$1$AAAAAAAAAAAAAAAAAAAAAA$" + "A" * 43,   # would need 2 GB
    "scrypt$16385$8$1$AAAAAAAAAAAAAAAAAAAAAA$" + "A" * 43,      # not a power of two
])
def test_a_malformed_or_out_of_range_hash_never_matches(stored: str | None) -> None:
    assert not verify_secret("1234", stored)
    assert not is_valid_hash(stored)


def test_a_cost_outside_the_range_is_not_made() -> None:
    with pytest.raises(ValueError, match="scrypt cost out of range"):
        hash_secret("1234", n=1024)


@pytest.mark.parametrize("secret", ["", "123", "    ", "x" * 129])
def test_weak_secrets_are_refused(secret: str) -> None:
    with pytest.raises(WeakSecretError):
        check_strength(secret)
