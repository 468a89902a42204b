"""The test hook: injected failures before and after the commit."""

from __future__ import annotations

from tests.helpers.hub_api import Hub


def test_injected_503s_come_with_retry_after_and_then_stop(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    items = [device.item(batch, "t-0000")]
    hub.fault(503, count=2, retry_after=1)

    busy = [device.push(items), device.hub.post("/v1/pull", {"clock": {"wall": "x", "mono_ns": 0, "boot_id": "b"}},
                                                headers=device.headers)]
    ok = device.push(items)

    for r in busy:
        assert r.status_code == 503
        assert r.headers["Retry-After"] == "1"
        assert r.json()["error"] == "busy"
    assert ok.status_code == 200
    assert [s["status"] for s in ok.json()["items"]] == ["applied"], "nothing was stored before the fault"


def test_a_fault_after_the_commit_keeps_the_push_and_a_resend_is_duplicate(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    items = [device.item(batch, "t-0000"), device.item(batch, "t-0001")]
    hub.fault(500, after_commit=True)

    lost = device.push(items)
    resent = device.push(items)

    assert lost.status_code == 500
    assert lost.json()["error"] == "server_error"
    assert resent.status_code == 200
    assert [s["status"] for s in resent.json()["items"]] == ["duplicate", "duplicate"]
    assert resent.json()["watermark"] == 2


def test_a_pull_whose_answer_is_lost_is_heard_again(hub: Hub, lab: str) -> None:
    batch = hub.add_batch(lab)
    device = hub.enroll(lab)
    hub.fault(503, after_commit=True)

    lost = hub.post("/v1/pull", {"clock": {"wall": "x", "mono_ns": 0, "boot_id": "b"}}, headers=device.headers)

    assert lost.status_code == 503
    assert [entry["batch"]["batch_id"] for entry in device.pull()["batches"]] == [batch]
