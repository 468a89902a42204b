"""The test hook behind ``POST /v1/_test/faults`` (``labhub serve --test-faults`` only).

A :class:`Faults` holds at most one armed fault: the next ``count`` requests to ``/v1/push`` or
``/v1/pull`` answer ``status`` (with ``Retry-After`` when given). With ``after_commit`` the
request is carried out and committed first and only its answer is replaced, as when a hub dies
after committing but before the device reads the answer.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Fault:
    """One armed fault, as the hook was given it."""

    status: int
    retry_after: int | None
    after_commit: bool


class Faults:
    """Thread-safe countdown of injected faults."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fault: Fault | None = None
        self._left = 0

    def arm(self, fault: Fault, count: int) -> None:
        """Make the next ``count`` push/pull requests fail with ``fault`` (0 disarms)."""
        with self._lock:
            self._fault, self._left = (fault, count) if count > 0 else (None, 0)

    def take(self) -> Fault | None:
        """The fault for this request, if one is armed (it counts down by one)."""
        with self._lock:
            if self._fault is None or self._left <= 0:
                return None
            self._left -= 1
            fault = self._fault
            if self._left == 0:
                self._fault = None
            return fault

    @property
    def pending(self) -> int:
        """How many requests are still to fail."""
        with self._lock:
            return self._left
