"""How a hub is set up: where it keeps data, lease length, request limits, test hooks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

DEFAULT_LEASE_DAYS = 7.0
DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024
DEFAULT_MAX_ITEMS = 2000
#: Requests with a body that may be worked on at once; the rest wait their turn (the database
#: takes one writer at a time anyway, so more would only hold threads and memory).
DEFAULT_MAX_ACTIVE_REQUESTS = 8
DAY_S = 86_400.0


def default_data_dir() -> Path:
    """The per-user data folder (e.g. ``~/.local/share/LabHub``)."""
    return Path(user_data_dir("LabHub", appauthor=False))


@dataclass(frozen=True)
class HubConfig:
    """Settings of one running hub (``labhub serve`` options)."""

    data_dir: Path
    lease_seconds: float = DEFAULT_LEASE_DAYS * DAY_S
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    max_items: int = DEFAULT_MAX_ITEMS
    test_faults: bool = False
    clock_offset_file: Path | None = None
    max_active_requests: int = DEFAULT_MAX_ACTIVE_REQUESTS
