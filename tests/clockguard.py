"""A guard against tests that mix a fixed date with the real clock.

A test that builds a fake clock (``tests.helpers.clock.FakeClock`` and the hub tests' own)
lives in a fake world that starts on a fixed date. If the code under test then reads the real
clock instead, the test passes only for as long as the real date stays close to the fixed one:
it is a time bomb. While a fake clock exists, the root conftest makes the real people clock
(:class:`labclient.clock.SystemClock`) and an in-process hub clock that follows nothing
(:class:`labhub.clock.HubClock` without an offset file) refuse to be read, so such a test fails
on the day it is written. A hub process the test talks to follows the fake world through its
offset file (``Hub.follow``).
"""

from __future__ import annotations

from typing import Any

_fake_world: list[Any] = []


def enter_fake_world(clock: Any) -> None:
    """A fake clock was made; reading the real clock now fails the test."""
    _fake_world.append(clock)


def world_clock() -> Any | None:
    """The fake clock made last in this test (the test helpers' default clock), or None."""
    return _fake_world[-1] if _fake_world else None


def leave_fake_world() -> None:
    """The test is over: the real clock may be read again."""
    _fake_world.clear()


def refuse_real_clock(reader: str) -> None:
    """Raise when a fake clock exists in this test; ``reader`` names what read the real clock."""
    if _fake_world:
        raise AssertionError(
            f"{reader} read the real clock in a test that runs on a fake one ({type(_fake_world[0]).__module__}); "
            "pass the fake "
            "clock (clock=...) or make the hub follow it (Hub.follow): a fixed date mixed with the real clock "
            "fails on a later day.")
