"""The people helpers moved to :mod:`tests.logins`; this name stays for the UI tests that use it."""

from tests.logins import PIN, give_pins, log_in, pin_hash, sign_in

__all__ = ["PIN", "give_pins", "log_in", "pin_hash", "sign_in"]
