"""Enrolment codes expire, and wrong codes are rate-limited so that one cannot be guessed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from labhub.auth import CODE_VALID_DAYS, FailureLimit, client_key
from labhub.process import start_hub as launch
from labhub.store import HubStore
from tests.helpers.hub_api import Hub, start_hub, stop_hub

MINUTE_DAYS = 1 / 1440


def enrol(hub: Hub, code: str, name: str = "LAB-PC") -> tuple[int, dict[str, str], Mapping[str, str]]:
    """POST /v1/enroll: (status, JSON answer, headers)."""
    r = hub.post("/v1/enroll", {"code": code, "device_name": name})
    return r.status_code, r.json(), r.headers


def test_a_code_works_for_seven_days_and_then_says_it_expired(own_hub: Hub, lab: str) -> None:
    early, late = own_hub.code(lab), own_hub.code(lab)
    assert CODE_VALID_DAYS == 7

    own_hub.set_clock(days=6.9)
    ok = enrol(own_hub, early)
    own_hub.set_clock(days=7.1)
    expired = enrol(own_hub, late)

    assert ok[0] == 200, ok
    assert expired[0] == 403, expired
    assert expired[1]["error"] == "code_expired"
    assert "expired" in expired[1]["message"] and "new one" in expired[1]["message"]


def test_enroll_code_says_until_when_the_code_works(tmp_path: Path) -> None:
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "share"))
    proc = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(tmp_path / "data"), "enroll-code",
                           "--lab", "Gulu"], capture_output=True, text=True, env=env, timeout=120, check=False)

    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.split()) == 1, "stdout holds the code alone"
    assert "valid for 7 days" in proc.stderr and "once" in proc.stderr


def test_wrong_codes_from_one_address_are_slowed_down_then_let_through_again(own_hub: Hub, lab: str) -> None:
    good = own_hub.code(lab)
    wrong = [enrol(own_hub, f"AAAA-BBBB-{i:04d}".replace("0", "C").replace("1", "D")) for i in range(10)]

    blocked = enrol(own_hub, good)
    own_hub.set_clock(days=16 * MINUTE_DAYS)
    later = enrol(own_hub, good)

    assert [w[0] for w in wrong] == [403] * 10
    assert blocked[0] == 429, "even the right code waits: otherwise guessing goes on"
    assert blocked[1]["error"] == "busy"
    assert "Too many wrong enrolment codes" in blocked[1]["message"]
    assert 0 < int(blocked[2]["Retry-After"]) <= 15 * 60
    assert later[0] == 200, later


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HubStore]:
    """A hub database of its own (SQLite, or PostgreSQL in the PostgreSQL pass)."""
    opened = HubStore.open(tmp_path / "limit")
    yield opened
    opened.close()


def test_the_limit_counts_per_address_and_overall(store: HubStore) -> None:
    limit = FailureLimit(store, per_client=3, overall=5, window_s=60.0)
    for _ in range(3):
        assert limit.wait_s("a", 0.0) == 0
        limit.failed("a", 0.0)

    assert limit.wait_s("a", 1.0) == 59.0, "the address waits for its oldest failure to age"
    assert limit.wait_s("b", 1.0) == 0, "another address does not"
    limit.failed("b", 10.0)
    limit.failed("c", 20.0)
    assert limit.wait_s("d", 30.0) == 30.0, "five failures in all: everyone waits"
    assert limit.wait_s("d", 60.0) == 0 and limit.wait_s("a", 60.0) == 0, "a minute later it starts over"
    assert FailureLimit(store, per_client=3, overall=5, window_s=60.0).wait_s("a", 1.0) == 59.0, \
        "another hub process on the same database sees the same count"


def test_the_limit_keeps_only_the_windows_failures(store: HubStore) -> None:
    limit = FailureLimit(store, per_client=2, overall=10**9, window_s=60.0)
    for i in range(1000):
        limit.failed(f"10.0.{i // 250}.{i % 250}", float(i))

    assert limit.counted() == 60, "only the last minute's failures are kept"


def start_hub_on(hub: Hub) -> Hub:
    """A second hub process on ``hub``'s data folder (and database), following its clock."""
    running = launch(hub.data_dir, "--test-faults", "--clock-offset-file", str(hub.offset_file),
                     *(["--database", hub.database] if hub.database else []),
                     log_path=hub.data_dir.parent / "second.log")
    return Hub(running.url, running.data_dir, running.process, hub.offset_file, database=hub.database)


def test_two_hub_processes_count_wrong_codes_together(tmp_path: Path, lab: str) -> None:
    first = start_hub(tmp_path / "hub", "--lease-days", "1")
    second = start_hub_on(first)
    try:
        wrong = [enrol(hub, f"AAAA-BBBB-{i:04d}".replace("0", "C").replace("1", "D"))[0]
                 for i, hub in zip(range(10), [first, second] * 5, strict=False)]
        blocked = [enrol(first, first.code(lab))[0], enrol(second, second.code(lab))[0]]
    finally:
        assert stop_hub(second) == 0
        assert stop_hub(first) == 0

    assert wrong == [403] * 10
    assert blocked == [429, 429], "ten wrong codes across two processes are ten, not five each"


def test_ipv6_addresses_count_per_network() -> None:
    assert client_key("2001:db8:1:2:3:4:5:6") == client_key("2001:db8:1:2:ffff::1") != client_key("2001:db8:1:3::1")
    assert client_key("192.0.2.7") != client_key("192.0.2.8")
    assert client_key(None) == client_key(None)
