"""The partner admin is told in plain words why the hub refused an enrolment code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from labclient.errors import SyncError
from labclient.sync.client import enroll
from tests.helpers.hub_api import Hub, start_hub, stop_hub


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    running = start_hub(tmp_path / "hub")
    yield running
    assert stop_hub(running) == 0


def refusal(hub: Hub, folder: Path, code: str) -> str:
    with pytest.raises(SyncError) as refused:
        enroll(folder, hub.url, code, device_name="LAB-PC-01")
    return refused.value.message


def test_an_expired_a_used_and_an_unknown_code_each_say_what_to_do(hub: Hub, tmp_path: Path) -> None:
    used = hub.code("Gulu")
    assert enroll(tmp_path / "first", hub.url, used, device_name="LAB-PC-00") == "Gulu"
    old = hub.code("Gulu")
    hub.set_clock(days=8)

    assert "has expired (a code works for 7 days)" in refusal(hub, tmp_path / "a", old)
    assert "was used already (a code works once)" in refusal(hub, tmp_path / "b", used)
    assert "does not know this enrolment code" in refusal(hub, tmp_path / "c", "ABCD-EFGH-JKMN")


def test_too_many_wrong_codes_say_when_to_try_again(hub: Hub, tmp_path: Path) -> None:
    right = hub.code("Gulu")
    for n in range(10):
        refusal(hub, tmp_path / f"wrong-{n}", "ABCD-EFGH-JKMN")

    message = refusal(hub, tmp_path / "right", right)

    assert "after too many wrong codes" in message and "try again in 15 minute(s)" in message
