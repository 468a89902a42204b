"""Finding the lab relay without typing its address (labclient.relay.discovery): real multicast
DNS on the loopback interface, real announcements, the real search a workstation's admin runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from labclient.relay.discovery import MAX_LABEL_BYTES, Announcement, announce, find_relays, instance_label

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


@pytest.mark.slow
def test_a_lab_named_in_arabic_or_amharic_is_announced_and_found(announced: list[Announcement]) -> None:
    lab = "مختبر كاكوما للاجئين رقم واحد"  # 29 characters, 53 bytes: with "LabClient relay", past 63
    announced.append(announce(18769, LOOPBACK, HUB, lab, interfaces=LOOPBACK))
    assert announced[0].name.split("._")[0].endswith(" 18769"), "the port stays in a shortened name"
    assert find_relays(HUB, lab, interfaces=LOOPBACK) == ["http://127.0.0.1:18769"]


def test_an_instance_name_fits_a_dns_label_and_keeps_the_port() -> None:
    for lab in ("Gulu", "ጎንደር ላብ ቁጥር አንድ የስደተኞች ማዕከል", "x" * 200, "ላ" * 1_000_000, None):
        label = instance_label(lab, "LAB-RELAY", 8765)
        assert len(label.encode("utf-8")) <= MAX_LABEL_BYTES and label.endswith(" 8765"), label
        assert label.startswith("LabClient relay")
    assert instance_label("Gulu", "vm", 18767) == "LabClient relay Gulu vm 18767"
