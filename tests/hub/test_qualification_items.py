"""Training passes a device pushes (docs/protocol.md, "Qualifications"): applied after that
worker's training results from the same workstation, rejected with the reason without them (a
device cannot qualify someone who never trained), and never across labs."""

from __future__ import annotations

import uuid
from typing import Any

from tests.helpers.hub_api import Device, Hub
from tests.helpers.hub_items import answers


def a_pass(device: Device, worker: str = "w-1", project: str = "test") -> dict[str, Any]:
    seq, device.next_seq = device.next_seq, device.next_seq + 1
    return {"seq": seq, "id": str(uuid.uuid4()), "type": "qualification", "body": {
        "worker": {"id": worker, "name": "Amina Njeri"}, "project_id": project, "score": 1.0, "attempt": 1,
        "passed_at": "2026-11-24T09:00:00Z"}}


def test_a_pass_after_training_is_applied_and_a_forged_one_is_rejected(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab, training=1)
    device = hub.enroll(lab)
    forged = a_pass(device)
    [(status, reason)] = answers(device, [forged])
    assert status == "rejected" and "a pass follows its training" in reason

    trained = device.item(batch, "t-0000", labels=["cat"])  # the training task, answered by w-1
    assert answers(device, [trained, a_pass(device)]) == [("applied", ""), ("applied", "")]
    [(status, _)] = answers(device, [a_pass(device, worker="w-2")])
    assert status == "rejected", "another worker of the same workstation did not train"
    other_lab = hub.enroll(f"{lab} other")
    [(status, _)] = answers(other_lab, [a_pass(other_lab)])
    assert status == "rejected", "another lab's device cannot lean on this lab's training"
