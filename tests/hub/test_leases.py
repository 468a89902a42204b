"""``/v1/pull``: leasing a lab's batches, renewal, expiry and reassignment, late results."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
import zipfile
from typing import Any

import zstandard

from tests.helpers.hub_api import CLOCK, Hub


def batch_ids(answer: dict[str, Any]) -> list[str]:
    """The ids of the batch documents in a pull answer."""
    return [entry["batch"]["batch_id"] for entry in answer["batches"]]


def lease_of(answer: dict[str, Any], batch_id: str) -> dt.datetime:
    """When the device's lease on ``batch_id`` expires, per a pull answer."""
    (expires,) = [lease["expires"] for lease in answer["leases"] if lease["batch_id"] == batch_id]
    return dt.datetime.fromisoformat(expires.replace("Z", "+00:00"))


def test_a_batch_goes_whole_to_the_first_device_of_its_lab(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    first, second = hub.enroll(lab, "PC-1"), hub.enroll(lab, "PC-2")
    outsider = hub.enroll(lab + " elsewhere", "PC-9")

    got = first.pull()

    assert batch_ids(got) == [batch]
    doc = got["batches"][0]["batch"]
    assert doc["format"] == "labclient-batch/1" and len(doc["tasks"]) == 3 and len(doc["media"]) == 3
    assert got["batches"][0]["lease_expires"] == got["leases"][0]["expires"]
    assert got["more"] is False and got["revoked"] == []
    assert batch_ids(second.pull()) == [] and second.pull()["leases"] == []
    assert batch_ids(outsider.pull()) == []


def test_the_batch_document_is_exactly_the_bundles(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab, kind="data_entry", n=2)
    device = hub.enroll(lab)

    (entry,) = device.pull()["batches"]

    bundle = hub.data_dir.parent / "bundles" / f"{batch}.zip"
    with zipfile.ZipFile(bundle) as zf:
        assert entry["batch"] == json.loads(zf.read("batch.json"))


def test_a_document_larger_than_the_devices_inline_limit_comes_by_reference_and_by_range(hub: Hub, lab: str) -> None:
    small, large = hub.add_batch(lab, kind="data_entry", n=1), hub.add_batch(lab, kind="data_entry", n=40)
    device = hub.enroll(lab)
    r = hub.post("/v1/pull", {"clock": CLOCK, "cursor": None, "have": [], "inline_max_bytes": 4000},
                 headers=device.headers)
    assert r.status_code == 200, r.text
    first, second = r.json()["batches"]
    assert first["batch"]["batch_id"] == small and "document" not in first
    ref = second["document"]
    assert ref["batch_id"] == large and "batch" not in second
    route = f"/v1/batches/{large}/document"
    whole = hub.get(route, headers=device.headers)
    assert whole.status_code == 200 and len(whole.content) == ref["bytes"]
    assert whole.headers["content-type"] == "application/zstd"
    rest = hub.get(route, headers={**device.headers, "Range": "bytes=100-", "Accept-Encoding": "identity"})
    assert rest.status_code == 206 and rest.content == whole.content[100:], "a cut download resumes"
    text = zstandard.ZstdDecompressor().decompress(whole.content)
    assert len(text) == ref["json_bytes"] and hashlib.sha256(text).hexdigest() == ref["sha256"]
    bundle = hub.data_dir.parent / "bundles" / f"{large}.zip"
    with zipfile.ZipFile(bundle) as zf:
        assert json.loads(text) == json.loads(zf.read("batch.json"))
    assert hub.get(route, headers=hub.enroll(lab + " elsewhere").headers).status_code == 404, "only for its lab"


def test_the_cursor_brings_only_news_and_have_skips_documents(hub: Hub, lab: str) -> None:
    first, second = hub.add_batch(lab), hub.add_batch(lab)
    device = hub.enroll(lab)

    answer = device.pull(have=[first])
    again = device.pull(cursor=answer["cursor"])
    lost = device.pull(cursor=None)

    assert batch_ids(answer) == [second]
    assert {lease["batch_id"] for lease in answer["leases"]} == {first, second}
    assert batch_ids(again) == [] and again["cursor"] == answer["cursor"]
    assert batch_ids(lost) == [first, second], "an answer lost on the way costs nothing"
    later = hub.add_batch(lab)
    assert batch_ids(device.pull(cursor=answer["cursor"])) == [later]


def test_max_batches_and_more(hub: Hub, lab: str) -> None:
    added = [hub.add_batch(lab) for _ in range(3)]
    device = hub.enroll(lab)

    one = device.pull(max_batches=2)
    two = device.pull(cursor=one["cursor"], max_batches=2)

    assert batch_ids(one) == added[:2] and one["more"] is True
    assert batch_ids(two) == added[2:] and two["more"] is False


def test_a_media_budget_limits_what_is_leased_but_the_first_batch_always_comes(hub: Hub, lab: str) -> None:
    small, big = hub.add_batch(lab, n=2), hub.add_batch(lab, n=6)
    device = hub.enroll(lab)

    cursor: list[str | None] = [None]

    def pull(budget: int) -> dict[str, Any]:
        r = hub.post("/v1/pull", {"clock": CLOCK, "cursor": cursor[0], "max_media_bytes": budget},
                     headers=device.headers)
        assert r.status_code == 200, r.text
        cursor[0] = r.json()["cursor"]
        return dict(r.json())

    nothing = pull(0)
    first = pull(1)  # smaller than any batch: the first still comes, so work never runs dry
    then = pull(10**9)

    assert batch_ids(nothing) == [] and nothing["more"] is False and nothing["leases"] == []
    assert batch_ids(first) == [small] and first["more"] is False, "the budget, not the hub, stopped it"
    assert batch_ids(then) == [big]
    assert sum(m["bytes"] for m in first["batches"][0]["batch"]["media"]) > 1


def test_a_strict_media_budget_holds_back_even_the_first_batch(hub: Hub, lab: str) -> None:
    """A data budget that must not be passed (feature media_budget): no batch larger than it."""
    small, big = hub.add_batch(lab, n=2), hub.add_batch(lab, n=6)
    device = hub.enroll(lab)
    assert "media_budget" in hub.get("/v1/hello").json()["features"]

    def pull(budget: int, cursor: str | None) -> dict[str, Any]:
        r = hub.post("/v1/pull", {"clock": CLOCK, "cursor": cursor, "max_media_bytes": budget,
                                  "strict_media_bytes": True}, headers=device.headers)
        assert r.status_code == 200, r.text
        return dict(r.json())

    held = pull(1, None)
    assert batch_ids(held) == [] and held["leases"] == [] and held["more"] is False
    fits = pull(10**9, held["cursor"])
    assert batch_ids(fits) == [small, big]


def test_push_and_pull_renew_the_devices_leases(own_hub: Hub, lab: str) -> None:
    batch = own_hub.add_batch(lab)
    device, other = own_hub.enroll(lab, "PC-1"), own_hub.enroll(lab, "PC-2")
    start = lease_of(device.pull(), batch)

    own_hub.set_clock(days=0.9)
    assert device.push([]).status_code == 200
    own_hub.set_clock(days=1.5)
    assert batch_ids(other.pull()) == [], "the push renewed the lease past day 1.9"
    renewed = lease_of(device.pull(), batch)

    assert dt.timedelta(days=1.4) < renewed - start < dt.timedelta(days=1.6), "renewed to day 1.5 + 1"


def test_an_expired_lease_goes_to_the_next_device_and_late_results_are_kept(own_hub: Hub, lab: str) -> None:
    batch = own_hub.add_batch(lab, n=3)
    first, second = own_hub.enroll(lab, "PC-1"), own_hub.enroll(lab, "PC-2")
    cursor = first.pull()["cursor"]

    own_hub.set_clock(days=2)
    taken = second.pull()
    second_answer = second.push([second.item(batch, "t-0000", labels=["dog"])]).json()
    news = first.pull(cursor=cursor)
    late = first.push([first.item(batch, "t-0000", labels=["cat"]), first.item(batch, "t-0001")]).json()
    after = second.push([second.item(batch, "t-0001")]).json()

    assert batch_ids(taken) == [batch]
    assert [s["status"] for s in second_answer["items"]] == ["applied"]
    assert news["revoked"] == [batch] and news["leases"] == [] and batch_ids(news) == []
    assert [s["status"] for s in late["items"]] == ["superseded", "applied"]
    assert "PC-2" in late["items"][0]["reason"]
    assert [s["status"] for s in after["items"]] == ["superseded"]
    results = own_hub_results(own_hub)
    assert sorted((r["device_name"], r["task_id"], r["status"]) for r in results) == [
        ("PC-1", "t-0000", "superseded"), ("PC-1", "t-0001", "applied"),
        ("PC-2", "t-0000", "applied"), ("PC-2", "t-0001", "superseded")]


def test_an_expired_lease_nobody_took_stays_with_its_device(own_hub: Hub, lab: str) -> None:
    batch = own_hub.add_batch(lab)
    device = own_hub.enroll(lab)
    cursor = device.pull()["cursor"]

    own_hub.set_clock(days=3)
    news = device.pull(cursor=cursor)

    assert news["revoked"] == [] and [lease["batch_id"] for lease in news["leases"]] == [batch]


def own_hub_results(hub: Hub) -> list[dict[str, Any]]:
    """``labhub results --json`` for the hub's data folder."""
    proc = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(hub.data_dir), "results", "--json"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    rows: list[dict[str, Any]] = json.loads(proc.stdout)
    return rows
