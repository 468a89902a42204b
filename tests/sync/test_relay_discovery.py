"""Finding the lab relay without typing its address (labclient.relay.discovery): real multicast
DNS on the loopback interface, real announcements, the real search a workstation's admin runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from labclient.relay.discovery import Announcement, announce, find_relays

HUB = "http://hub.example:8000"
LOOPBACK = ["127.0.0.1"]


@pytest.fixture
def announced() -> Iterator[list[Announcement]]:
    made: list[Announcement] = []
    yield made
    for announcement in made:
        announcement.close()


@pytest.mark.slow
def test_a_workstation_finds_its_own_labs_relay_and_no_other(announced: list[Announcement]) -> None:
    announced.append(announce(18765, LOOPBACK, "http://another-hub.example", "Gulu", interfaces=LOOPBACK))
    announced.append(announce(18766, LOOPBACK, HUB, "Kampala", interfaces=LOOPBACK))
    announced.append(announce(18767, LOOPBACK, HUB, "Gulu", interfaces=LOOPBACK))
    assert len({a.name for a in announced}) == 3, "relays on one machine each get a name of their own"

    assert find_relays(HUB, "Gulu", interfaces=LOOPBACK) == ["http://127.0.0.1:18767"], \
        "only the relay of this workstation's hub and lab"
    assert find_relays("http://nobody.example", "Gulu", wait_s=1.0, interfaces=LOOPBACK) == []


@pytest.mark.slow
def test_a_relay_that_stops_is_no_longer_found(announced: list[Announcement]) -> None:
    relay = announce(18768, LOOPBACK, HUB, "Gulu", interfaces=LOOPBACK)
    assert find_relays(HUB, "Gulu", interfaces=LOOPBACK) == ["http://127.0.0.1:18768"]
    relay.close()
    assert find_relays(HUB, "Gulu", wait_s=1.0, interfaces=LOOPBACK) == [], "it said goodbye when it stopped"
