"""``/v1/push``: per-item statuses, permanent dedupe, the watermark, compression and limits."""

from __future__ import annotations

import gzip
import json
import uuid
from typing import Any

import zstandard

from tests.helpers.hub_api import CLOCK, Hub

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def statuses(answer: dict[str, Any]) -> list[str]:
    """The status of each item, in order."""
    return [item["status"] for item in answer["items"]]


def test_a_chunk_is_applied_and_the_watermark_follows(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    items = [device.item(batch, f"t-{i:04d}") for i in range(3)]

    r = device.push(items)

    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["watermark"] == 3 and answer["applied"] == 3
    assert answer["items"] == [{"id": item["id"], "status": "applied"} for item in items]
    assert "hub_time" in answer


def test_a_compact_report_lists_only_the_items_not_applied(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab, n=5)
    device = hub.enroll(lab)
    items = [device.item(batch, f"t-{i:04d}") for i in range(4)] + [device.item(batch, "t-0099")]
    body = {"clock": CLOCK, "items": items, "report": "exceptions"}

    answer = hub.post("/v1/push", body, headers=device.headers).json()
    again = hub.post("/v1/push", body, headers=device.headers).json()

    assert answer["applied"] == 4 and answer["watermark"] == 5
    assert [(i["id"], i["status"]) for i in answer["items"]] == [(items[4]["id"], "rejected")]
    assert again["applied"] == 0 and statuses(again) == ["duplicate"] * 4 + ["rejected"]
    assert hub.post("/v1/push", {**body, "report": "some"}, headers=device.headers).status_code == 400


def test_the_same_chunk_again_is_all_duplicate_and_changes_nothing(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    items = [device.item(batch, f"t-{i:04d}") for i in range(3)]
    assert device.push(items).json()["watermark"] == 3

    again = device.push(items).json()

    assert statuses(again) == ["duplicate"] * 3
    assert again["watermark"] == 3


def test_an_id_resent_with_other_content_is_a_conflict_and_the_first_stands(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    first = device.item(batch, "t-0000", labels=["cat"])
    assert statuses(device.push([first]).json()) == ["applied"]
    changed = json.loads(json.dumps(first))
    changed["body"]["content"] = {"labels": ["dog"]}

    answer = device.push([changed]).json()

    assert statuses(answer) == ["conflict"]
    assert "first one stands" in answer["items"][0]["reason"]
    assert statuses(device.push([first]).json()) == ["duplicate"]


def test_unknown_batches_and_tasks_are_rejected_with_a_reason(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    items = [device.item(batch, "t-0099"), device.item("no-such-batch", "t-0000"), device.item(batch, "t-0000")]

    answer = device.push(items).json()

    assert statuses(answer) == ["rejected", "rejected", "applied"]
    assert "t-0099" in answer["items"][0]["reason"] and "unknown task" in answer["items"][0]["reason"]
    assert "no-such-batch" in answer["items"][1]["reason"] and "unknown batch" in answer["items"][1]["reason"]
    assert answer["watermark"] == 3, "rejected items count for the watermark: the device is done with them"


def test_items_the_hub_cannot_take_are_rejected_one_by_one(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    wrong_label = device.item(batch, "t-0000", labels=["zebra"])
    no_worker = device.item(batch, "t-0001")
    del no_worker["body"]["worker"]
    other_type = {**device.item(batch, "t-0002"), "type": "timesheet"}
    empty_skip = device.item(batch, "t-0002", action="skip")
    empty_skip["body"]["content"] = {"reason": " "}

    answer = device.push([wrong_label, no_worker, other_type, empty_skip]).json()

    assert statuses(answer) == ["rejected"] * 4
    reasons = [item["reason"] for item in answer["items"]]
    assert "template" in reasons[0]
    assert "worker" in reasons[1]
    assert "timesheet" in reasons[2]
    assert "reason" in reasons[3]
    assert answer["watermark"] == 4


def test_the_watermark_waits_for_a_gap_and_never_goes_back(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab, n=5)
    device = hub.enroll(lab)
    one, two, three = (device.item(batch, f"t-{i:04d}") for i in range(3))

    assert device.push([one, three]).json()["watermark"] == 1
    assert device.push([two]).json()["watermark"] == 3
    assert device.push([one]).json()["watermark"] == 3


def test_a_re_enrolled_workstation_starts_its_watermark_where_its_seqs_are(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    device.next_seq = 501

    assert device.push([device.item(batch, "t-0000"), device.item(batch, "t-0001")]).json()["watermark"] == 502


def test_zstd_and_gzip_request_bodies_are_decoded(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    for encoding, compress, task in (("zstd", zstandard.ZstdCompressor().compress, "t-0000"),
                                     ("gzip", gzip.compress, "t-0001")):
        raw = json.dumps({"clock": CLOCK, "items": [device.item(batch, task)]}).encode()
        r = hub.session.post(hub.url + "/v1/push", data=compress(raw), timeout=30, headers={
            **device.headers, "Content-Type": "application/json", "Content-Encoding": encoding})
        assert r.status_code == 200, r.text
        assert statuses(r.json()) == ["applied"]


def test_json_answers_are_compressed_as_the_client_accepts(hub: Hub, lab: str) -> None:
    device = hub.enroll(lab)
    for accept, encoding, magic in (("zstd, gzip", "zstd", ZSTD_MAGIC), ("gzip", "gzip", b"\x1f\x8b"),
                                    ("identity", None, b"{")):
        r = hub.session.post(hub.url + "/v1/pull", json={"clock": CLOCK}, stream=True, timeout=30,
                             headers={**device.headers, "Accept-Encoding": accept})
        raw = r.raw.read(decode_content=False)
        assert r.status_code == 200
        assert r.headers.get("Content-Encoding") == encoding
        assert raw.startswith(magic)
        if encoding == "zstd":
            raw = zstandard.ZstdDecompressor().decompress(raw)
        elif encoding == "gzip":
            raw = gzip.decompress(raw)
        assert "hub_time" in json.loads(raw)


def test_errors_are_compressed_json_too(hub: Hub) -> None:
    r = hub.session.post(hub.url + "/v1/push", json={}, headers={"Accept-Encoding": "zstd"}, timeout=30)

    assert r.status_code == 401
    assert r.headers["Content-Encoding"] == "zstd"
    # urllib3 decodes zstd only with the backports.zstd package; the client checks the magic itself.
    content = r.content
    if content.startswith(ZSTD_MAGIC):
        content = zstandard.ZstdDecompressor().decompress(content)
    assert json.loads(content)["error"] == "unauthorized"


def test_a_body_over_the_limit_is_413(hub: Hub, lab: str) -> None:
    device = hub.enroll(lab)
    limit = hub.get("/v1/hello").json()["max_request_bytes"]
    raw = b'{"clock": {}, "items": [' + b" " * limit + b"]}"

    r = hub.session.post(hub.url + "/v1/push", data=raw, timeout=60,
                         headers={**device.headers, "Content-Type": "application/json"})

    assert r.status_code == 413
    assert r.json()["error"] == "too_large"


def test_a_small_body_that_decodes_past_the_limit_is_413(hub: Hub, lab: str) -> None:
    device = hub.enroll(lab)
    limit = hub.get("/v1/hello").json()["max_request_bytes"]
    bomb = zstandard.ZstdCompressor().compress(b'{"clock": {}, "items": [' + b" " * limit + b"]}")
    assert len(bomb) < 10_000

    r = hub.session.post(hub.url + "/v1/push", data=bomb, timeout=30, headers={
        **device.headers, "Content-Type": "application/json", "Content-Encoding": "zstd"})

    assert r.status_code == 413
    assert r.json()["error"] == "too_large"


def test_undecodable_bodies_are_bad_requests(hub: Hub, lab: str) -> None:
    device = hub.enroll(lab)
    for encoding in ("zstd", "gzip", "br"):
        r = hub.session.post(hub.url + "/v1/push", data=b"not compressed", timeout=30, headers={
            **device.headers, "Content-Type": "application/json", "Content-Encoding": encoding})
        assert r.status_code == 400, encoding
        assert r.json()["error"] == "bad_request"


def test_more_items_than_max_items_is_413(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    max_items = hub.get("/v1/hello").json()["max_items"]
    items = [device.item(batch, "t-0000", item_id=str(uuid.uuid4())) for _ in range(max_items + 1)]

    r = device.push(items)

    assert r.status_code == 413
    assert "at most" in r.json()["message"]
    assert statuses(device.push(items[:1]).json()) == ["applied"], "nothing of the refused chunk was stored"


def test_a_resend_days_later_is_still_a_duplicate(own_hub: Hub, lab: str) -> None:
    batch = own_hub.add_batch(lab)
    device = own_hub.enroll(lab)
    items = [device.item(batch, "t-0000")]
    assert statuses(device.push(items).json()) == ["applied"]

    own_hub.set_clock(days=400)

    assert statuses(device.push(items).json()) == ["duplicate"]


def test_one_chunk_decides_its_items_in_order_as_one_at_a_time_would(hub: Hub, lab: str) -> None:
    """A chunk is looked up and written at once (labhub/results.py); each item is still decided
    after the ones before it in the same chunk."""
    from tests.helpers.hub_items import event_item

    batch = hub.add_batch(lab, n=4)
    device = hub.enroll(lab, "PC-ONE")
    first = device.item(batch, "t-0000")
    second = device.item(batch, "t-0000", labels=["dog"])       # the same task: kept beside the first
    resent = dict(first, seq=device.next_seq)                   # the same id and content
    device.next_seq += 1
    clash = device.item(batch, "t-0001", item_id=first["id"])   # the same id, other content
    event_id = str(uuid.uuid4())
    event = event_item(device.next_seq, event_id)
    device.next_seq += 1
    after_event = device.item(batch, "t-0002", item_id=event_id)  # an id an event of this chunk took
    fresh = device.item(batch, "t-0003")

    answer = device.push([first, second, resent, clash, event, after_event, fresh]).json()

    assert statuses(answer) == ["applied", "superseded", "duplicate", "conflict", "applied", "conflict", "applied"]
    assert "from this device" in answer["items"][1]["reason"]
    assert answer["watermark"] == 7
    again = device.push([second, fresh]).json()
    assert statuses(again) == ["superseded", "duplicate"], "a resend gets the verdict it was stored with"
    other = hub.enroll(lab, "PC-TWO")
    late = other.push([other.item(batch, "t-0003")]).json()
    assert statuses(late) == ["superseded"] and "device 'PC-ONE'" in late["items"][0]["reason"]


def test_seqs_out_of_order_across_chunks_move_the_watermark_once_the_gap_closes(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab, n=6)
    device = hub.enroll(lab)
    items = [device.item(batch, f"t-{i:04d}") for i in range(6)]

    marks = [device.push([items[i] for i in chunk]).json()["watermark"] for chunk in ([0, 1, 4], [5], [3], [2])]

    assert marks == [2, 2, 2, 6]
