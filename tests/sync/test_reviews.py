"""A supervisor's reviews travel to a real hub like results: stored beside the result they name,
answered per item, and held back from a hub that does not take them."""

from __future__ import annotations

import json
from pathlib import Path

from labclient.bundle_writer import write_bundle
from labclient.sync.client import SyncRun, enroll
from labclient.sync.reviews import apply_reviews
from labclient.sync.reviews import cursor as review_cursor
from labclient.sync.state import feature_settings, read_settings, write_settings
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.helpers.sync_hub import Hub
from tests.helpers.sync_station import enrolled_device
from tests.hubdb import hub_rows
from tests.logins import sign_in


def a_reviewed_answer(hub: Hub, tmp_path: Path) -> tuple[Path, str, str]:
    """A workstation of Gulu whose worker answered a task of the hub's batch and whose supervisor
    corrected it; (data folder, result id, review id)."""
    doc, media = batch_doc("data_entry", 3, batch_id="b-review")
    doc["format"] = "labclient-batch/1.1"
    doc["template"]["quality"] = {"review": {"new_worker": 3}}
    hub.admin("add-batch", str(write_bundle(tmp_path / "b.zip", doc, media)), "--lab", "Gulu")
    data_dir = enrolled_device(hub, tmp_path, "LAB-PC-01")
    assert SyncRun(data_dir).run().complete
    with Workspace.open(data_dir) as ws:
        amina = sign_in(ws, "Amina Njeri")
        task = ws.next_task(amina)
        assert task is not None
        result_id = ws.submit(amina, task.key, {"outcome": "verified", "fields": dict(task.body["prefill"])})
        boss = sign_in(ws, "Joseph Okello", "supervisor")
        fixed = {"outcome": "corrected", "fields": {**task.body["prefill"], "name": "Shop Zero"}}
        review_id = ws.review(boss, result_id, "corrected", fixed, "The sign says Shop Zero.")
    return data_dir, result_id, review_id


def hub_items(hub: Hub, kind: str) -> list[dict[str, object]]:
    rows = hub_rows(hub.data_dir, "SELECT item_id, body, status FROM items WHERE type = ? ORDER BY rowid", (kind,))
    return [{"id": i, "body": json.loads(b), "status": s} for i, b, s in rows]


def test_a_review_reaches_the_hub_after_the_result_it_names(hub: Hub, tmp_path: Path) -> None:
    data_dir, result_id, review_id = a_reviewed_answer(hub, tmp_path)

    report = SyncRun(data_dir).run()

    assert report.complete, report.message
    assert report.tally.applied == 2
    [review] = hub_items(hub, "review")
    assert review["id"] == review_id and review["status"] == "applied"
    body = review["body"]
    assert isinstance(body, dict)
    assert (body["result_id"], body["verdict"], body["note"]) == (result_id, "corrected", "The sign says Shop Zero.")
    assert body["content"]["fields"]["name"] == "Shop Zero"
    assert [r["id"] for r in hub_items(hub, "result")] == [result_id]
    with Workspace.open(data_dir) as ws:
        assert ws.outbox_size() == 0
        status = ws.store.read().execute("SELECT hub_status FROM reviews WHERE id = ?", (review_id,)).fetchone()[0]
    assert status == "applied"
    assert SyncRun(data_dir).run().tally.acknowledged == 0, "nothing is sent twice"


def test_a_review_waits_while_the_hub_does_not_take_reviews(hub: Hub, tmp_path: Path) -> None:
    data_dir, _, _ = a_reviewed_answer(hub, tmp_path)
    with Workspace.open(data_dir) as ws:
        # As after a hello from a hub of before reviews (asked again only a day later).
        write_settings(ws.store, **feature_settings({"features": ["people", "signed_events", "batch_documents"]}))
        assert not read_settings(ws.store).hub_takes_reviews

    report = SyncRun(data_dir).run()

    assert report.outcome == "ok" and report.tally.applied == 1, "the result goes; the review waits"
    assert report.remaining == 1 and not report.complete
    assert hub_items(hub, "review") == []
    with Workspace.open(data_dir) as ws:
        assert ws.outbox_size() == 1


def test_labhub_quality_counts_each_reviewed_answer_once_by_its_latest_review(hub: Hub, tmp_path: Path) -> None:
    data_dir, result_id, _ = a_reviewed_answer(hub, tmp_path)
    with Workspace.open(data_dir) as ws:  # a second look: the admin accepts what was corrected
        ws.review(sign_in(ws, "Grace Achieng", "admin"), result_id, "accepted")
    assert SyncRun(data_dir).run().complete

    report = json.loads(hub.admin("quality", "--json"))

    [lab] = report["labs"]
    [amina] = [w for w in lab["workers"] if w["worker"] == "Amina Njeri"]
    [project] = amina["projects"]
    assert (project["reviewed"], project["review_pass_rate"]) == (1, 1.0)
    assert len(hub_items(hub, "review")) == 2, "both reviews are kept"


def test_the_worker_reads_the_note_on_another_workstation_after_a_sync(hub: Hub, tmp_path: Path) -> None:
    """Amina worked on LAB-PC-01, where her supervisor corrected an answer; the next day she works
    on LAB-PC-02, which learns the note from the hub."""
    first, _, review_id = a_reviewed_answer(hub, tmp_path)
    assert SyncRun(first).run().complete
    second = enrolled_device(hub, tmp_path, "LAB-PC-02")

    report = SyncRun(second).run()

    assert report.outcome == "ok", report.message
    with Workspace.open(second) as ws:
        [note] = ws.reviews_of_my_work(sign_in(ws, "Amina Njeri"))
        assert (note.review_id, note.verdict, note.note, note.reviewer_name) == (
            review_id, "corrected", "The sign says Shop Zero.", "Joseph Okello")
        assert note.corrected is not None and note.corrected["fields"]["name"] == "Shop Zero"
        assert note.given["outcome"] == "verified"
        assert ws.reviews_of_my_work(sign_in(ws, "Sokha Chan")) == [], "another worker's notes are hers alone"
    assert SyncRun(second).run().outcome == "ok"
    with Workspace.open(second) as ws:
        assert ws.store.read().execute("SELECT count(*) FROM hub_reviews").fetchone()[0] == 1, "kept once"
    with Workspace.open(first) as ws:
        assert ws.store.read().execute("SELECT count(*) FROM hub_reviews").fetchone()[0] == 0, \
            "the workstation that made it is not sent it back"
        assert [n.review_id for n in ws.reviews_of_my_work(sign_in(ws, "Amina Njeri"))] == [review_id]


def test_another_labs_workstation_gets_none_of_the_labs_reviews(hub: Hub, tmp_path: Path) -> None:
    first, _, _ = a_reviewed_answer(hub, tmp_path)
    assert SyncRun(first).run().complete
    elsewhere = tmp_path / "KLA-PC-01"
    enroll(elsewhere, hub.url, hub.admin("enroll-code", "--lab", "Kampala").strip(), device_name="KLA-PC-01")

    assert SyncRun(elsewhere).run().outcome == "ok"

    with Workspace.open(elsewhere) as ws:
        assert ws.store.read().execute("SELECT count(*) FROM hub_reviews").fetchone()[0] == 0


def good_review(review_id: str = "r-1") -> dict[str, object]:
    return {"id": review_id, "result_id": "res-1", "batch_id": "b", "task_id": "t-0001", "project_name": "P",
            "worker": {"id": "hub-amina-njeri", "name": "Amina Njeri"}, "reviewer": {"name": "Joseph Okello"},
            "verdict": "accepted", "note": "", "created_at": "2026-11-24T09:00:00.000000Z",
            "given": {"labels": ["cat"]}, "content": None}


def test_reviews_a_broken_hub_sends_are_left_out_one_by_one(ws: Workspace) -> None:
    nested: dict[str, object] = {}
    for _ in range(5000):
        nested = {"x": nested}
    broken = [
        "not an object", {**good_review("r-2"), "verdict": "rejected"}, {**good_review("r-3"), "note": "x" * 2001},
        {**good_review("r-4"), "worker": "Amina"}, {**good_review("r-5"), "task_id": "t\ud800"},
        {**good_review("r-6"), "verdict": "corrected"}, {**good_review("r-7"), "content": {"labels": ["dog"]}},
        {**good_review("r-8"), "given": ["cat"]}, {**good_review("r-9"), "given": nested},
        {**good_review("r-10"), "id": "i" * 129}, {k: v for k, v in good_review("r-11").items() if k != "note"},
    ]

    added = apply_reviews(ws.store, {"reviews": [good_review(), *broken], "reviews_cursor": 12})

    assert added == 1
    assert ws.store.read().execute("SELECT id FROM hub_reviews").fetchall() == [("r-1",)]
    assert review_cursor(ws.store) == 12
    apply_reviews(ws.store, {"reviews": [], "reviews_cursor": 3})
    apply_reviews(ws.store, {"reviews": [], "reviews_cursor": True})
    assert review_cursor(ws.store) == 12, "the cursor never goes back"
