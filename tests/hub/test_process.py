"""The one hub launcher (labhub.process): a hub that cannot start says why, in time, and leaves no
process behind; one that starts serves and stops."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from labhub.process import HubStartError, start_hub


def test_a_hub_that_cannot_start_says_why_and_leaves_nothing_running(tmp_path: Path) -> None:
    in_the_way = tmp_path / "data"
    in_the_way.write_text("not a folder", encoding="utf-8")
    with pytest.raises(HubStartError) as failed:
        start_hub(in_the_way, timeout_s=60)
    message = str(failed.value)
    assert message.startswith("the hub did not start") and "Its log ends:" in message
    assert len(message.splitlines()) > 1, "the end of the hub's own words is in the message"


def test_a_hub_starts_serves_and_stops(tmp_path: Path) -> None:
    hub = start_hub(tmp_path / "data")
    try:
        assert requests.get(f"{hub.url}/v1/hello", timeout=10).json()["hub"] == "labhub"
    finally:
        code = hub.stop()
    assert code == 0 and hub.process.poll() is not None
