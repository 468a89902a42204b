"""Review items a device pushes: stored beside their task when well formed, ``rejected`` with the
reason otherwise, answered like any item when sent again, and never across labs."""

from __future__ import annotations

import uuid
from typing import Any

from tests.helpers.hub_api import Device, Hub
from tests.helpers.hub_items import answers


def review(device: Device, batch_id: str, task_id: str = "t-0000", **changes: Any) -> dict[str, Any]:
    seq, device.next_seq = device.next_seq, device.next_seq + 1
    body: dict[str, Any] = {"result_id": str(uuid.uuid4()), "batch_id": batch_id, "task_id": task_id,
                            "reviewer": {"id": "w-boss", "name": "Joseph Okello"}, "verdict": "corrected",
                            "content": {"labels": ["dog"]}, "note": "A dog.", "created_at": "2026-11-24T09:00:00Z"}
    body.update(changes)
    return {"seq": seq, "id": str(uuid.uuid4()), "type": "review", "body": body}


def test_a_well_formed_review_is_applied_and_a_resend_is_a_duplicate(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    item = review(device, batch)

    assert answers(device, [item]) == [("applied", "")]
    assert answers(device, [item]) == [("duplicate", "")]
    changed = {**item, "body": {**item["body"], "note": "Another note"}}
    assert answers(device, [changed])[0][0] == "conflict"


def test_a_malformed_review_is_rejected_with_the_reason(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    cases = [
        (review(device, batch, verdict="maybe"), "the review body is malformed"),
        (review(device, batch, note="x" * 2001), "the review body is malformed"),
        (review(device, batch, content=None), "a correction carries the corrected content"),
        (review(device, batch, verdict="accepted"), "only a correction does"),
        (review(device, batch, content={"labels": ["unicorn"]}), "the correction breaks its template's rules"),
        (review(device, batch, task_id="t-9999"), "unknown task"),
        (review(device, "no-such-batch"), "unknown batch 'no-such-batch'"),
    ]
    got = answers(device, [item for item, _ in cases])
    for (status, reason), (_, expected) in zip(got, cases, strict=True):
        assert status == "rejected" and expected in reason, (reason, expected)


def test_a_review_of_another_labs_batch_is_an_unknown_batch(hub: Hub, lab: str) -> None:
    theirs = hub.add_batch(lab)
    elsewhere = hub.enroll(lab + "-other")
    [(status, reason)] = answers(elsewhere, [review(elsewhere, theirs)])
    assert status == "rejected" and "unknown batch" in reason
