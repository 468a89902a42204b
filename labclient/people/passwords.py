"""PINs and passwords: scrypt hashes with a per-user salt and their parameters stored alongside.

A stored hash reads ``scrypt$N$r$p$<salt>$<key>`` (salt and key in unpadded URL-safe base64), so
the cost can be raised later without breaking old hashes, and the hub can make hashes the client
checks (``labhub add-user`` imports :func:`hash_secret`). A hash whose parameters are outside the
accepted range (too weak, or so large it would stall the login screen) never matches.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

SCHEME = "scrypt"
N = 2**14          # ~50 ms and 16 MiB on a lab PC: slow for guessing, quick for a login
R = 8
P = 1
KEY_BYTES = 32
SALT_BYTES = 16
MIN_N, MAX_N = 2**14, 2**20
MAX_MEMORY = 2**28  # 256 MiB: a larger cost would stall or kill the login on a 4 GB PC
MIN_LENGTH, MAX_LENGTH = 4, 128


def check_strength(secret: str) -> None:
    """Raise WeakSecretError for a secret that is too short, too long or blank."""
    from labclient.errors import WeakSecretError

    if not MIN_LENGTH <= len(secret) <= MAX_LENGTH or not secret.strip():
        raise WeakSecretError(min=MIN_LENGTH, max=MAX_LENGTH)


def hash_secret(secret: str, *, n: int = N, r: int = R, p: int = P) -> str:
    """The stored form of ``secret`` with a fresh random salt. ValueError for a cost this
    program would refuse to check."""
    if not (MIN_N <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4 and 128 * n * r <= MAX_MEMORY):
        raise ValueError(f"scrypt cost out of range: n={n}, r={r}, p={p}")
    salt = os.urandom(SALT_BYTES)
    key = derive(secret, salt, n, r, p)
    return "$".join([SCHEME, str(n), str(r), str(p), _b64(salt), _b64(key)])


def verify_secret(secret: str, stored: str | None) -> bool:
    """Whether ``secret`` matches the stored hash (constant-time compare). False for no hash or a
    malformed or out-of-range one."""
    parsed = parse_hash(stored)
    if parsed is None:
        return False
    n, r, p, salt, key = parsed
    return hmac.compare_digest(derive(secret, salt, n, r, p), key)


def is_valid_hash(stored: object) -> bool:
    """Whether ``stored`` is a hash this program accepts (for hashes that come from the hub)."""
    return isinstance(stored, str) and parse_hash(stored) is not None


def derive(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """The scrypt key of ``secret`` (NFC-normalised) under ``salt`` and the cost ``n, r, p``."""
    data = unicodedata.normalize("NFC", secret).encode("utf-8")
    return hashlib.scrypt(data, salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES, maxmem=MAX_MEMORY + 2**24)


def parse_hash(stored: str | None) -> tuple[int, int, int, bytes, bytes] | None:
    """``(n, r, p, salt, key)`` of a stored hash this program accepts (bounded cost, sane salt and
    key), or None for anything else."""
    if not isinstance(stored, str) or len(stored) > 200:
        return None
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME or not all(x.isdigit() for x in parts[1:4]):
        return None
    n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
    if not (MIN_N <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4 and 128 * n * r <= MAX_MEMORY):
        return None
    try:
        salt, key = _unb64(parts[4]), _unb64(parts[5])
    except ValueError:
        return None
    if len(salt) < 8 or len(key) != KEY_BYTES:
        return None
    return n, r, p, salt, key


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as exc:
        raise ValueError("not base64") from exc
