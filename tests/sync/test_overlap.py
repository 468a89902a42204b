"""Overlap through a real hub: two workers answer each task on one workstation, the hub keeps both
answers, offers a task whose answers disagree to the lab's other workstation, and delivers the
final answer with the agreement as its confidence; ``labhub quality`` reports the agreement."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from labclient.bundle_writer import write_bundle
from labclient.sync.client import SyncRun
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.helpers.sync_hub import Hub
from tests.helpers.sync_station import enrolled_device
from tests.logins import sign_in

CAT, DOG = {"labels": ["cat"]}, {"labels": ["dog"]}


def add_overlap_batch(hub: Hub, tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 4, batch_id="ov", mode="single")
    doc["format"] = "labclient-batch/1.1"
    doc["template"]["quality"] = {"overlap": 2}
    hub.admin("add-batch", str(write_bundle(tmp_path / "ov.zip", doc, media)), "--lab", "Gulu")


def work(data_dir: Path, name: str, answers: list[dict[str, list[str]]]) -> list[str]:
    """``name`` answers the tasks she is given in turn; the (batch, task) ids she got."""
    got = []
    with Workspace.open(data_dir) as ws:
        who = sign_in(ws, name)
        for answer in answers:
            task = ws.next_task(who)
            assert task is not None
            got.append(f"{task.batch_id}/{task.task_id}")
            ws.submit(who, task.key, answer)
    return got


def delivered(hub: Hub, out: Path) -> tuple[dict[str, dict[str, object]], dict[str, str]]:
    hub.admin("deliver", "--project", "test", "--out", str(out), "--force")
    answers = {a["task_id"]: a for a in map(json.loads, (out / "answers.jsonl").read_text("utf-8").splitlines())}
    with open(out / "not_delivered.csv", encoding="utf-8", newline="") as fh:
        rest = {r["task_id"]: r["reason"] for r in csv.DictReader(fh)}
    return answers, rest


@pytest.mark.slow
def test_answers_that_disagree_go_to_another_workstation_and_the_final_answer_is_delivered(hub: Hub,
                                                                                          tmp_path: Path) -> None:
    add_overlap_batch(hub, tmp_path)
    first, second = enrolled_device(hub, tmp_path, "LAB-PC-01"), enrolled_device(hub, tmp_path, "LAB-PC-02")
    assert SyncRun(first).run().batches_received == ["ov"]
    assert SyncRun(second).run().batches_received == [], "the batch is leased whole to the first"
    assert work(first, "Amina Njeri", [CAT] * 4) == ["ov/t-0000", "ov/t-0001", "ov/t-0002", "ov/t-0003"]
    assert work(first, "Sokha Chan", [CAT, CAT, CAT, DOG]) == ["ov/t-0000", "ov/t-0001", "ov/t-0002", "ov/t-0003"]

    report = SyncRun(first).run()
    assert report.complete and report.batches_received == [], "the task offered again is not sent back here"
    with Workspace.open(first) as ws:
        statuses = ws.store.read().execute("SELECT DISTINCT hub_status FROM results").fetchall()
    assert statuses == [("applied",)], "each worker's answer counts; none is superseded"
    answers, rest = delivered(hub, tmp_path / "before")
    assert sorted(answers) == ["t-0000", "t-0001", "t-0002"]
    assert rest == {"t-0003": "answers disagree (agreement 0.50 < 0.60); offered again, waiting for 1 more answer"}
    a = answers["t-0000"]
    assert (a["answer"], a["basis"], a["confidence"], a["answers"], a["agreeing"]) == (CAT, "agreement", 1.0, 2, 2)
    assert a["worker_name"] == "Amina Njeri; Sokha Chan" and a["workstation"] == "LAB-PC-01"

    assert SyncRun(second).run().batches_received == ["ov.again1"]
    assert work(second, "Chen Wei", [CAT]) == ["ov.again1/t-0003"]
    with Workspace.open(second) as ws:
        assert ws.next_task(sign_in(ws, "Chen Wei")) is None, "only the task that was disputed"
    assert SyncRun(second).run().complete

    answers, rest = delivered(hub, tmp_path / "after")
    assert rest == {}
    final = answers["t-0003"]
    assert (final["answer"], final["answers"], final["agreeing"], final["confidence"]) == (CAT, 3, 2, 0.6667)
    assert final["workstation"] == "LAB-PC-01; LAB-PC-02"
    assert [(w["worker_name"], w["agrees"]) for w in final["workers"]] == [  # type: ignore[attr-defined]
        ("Amina Njeri", True), ("Sokha Chan", False), ("Chen Wei", True)]

    quality = json.loads(hub.admin("quality", "--json"))
    [project] = quality["projects"]
    assert (project["tasks"], project["complete"], project["agreed"], project["offered_again"]) == (4, 4, 4, 1)
    assert project["alpha"] == 0.0, "eight cats and one dog: no better than chance"
    rates = {w["worker"]: w["projects"][0]["agreement_rate"] for w in quality["labs"][0]["workers"]}
    assert rates == {"Amina Njeri": 1.0, "Chen Wei": 1.0, "Sokha Chan": 0.75}
    assert "Krippendorff's alpha 0.00" in hub.admin("quality")


def test_with_one_workstation_in_use_the_disputed_task_comes_back_to_it(hub: Hub, tmp_path: Path) -> None:
    add_overlap_batch(hub, tmp_path)
    only = enrolled_device(hub, tmp_path, "LAB-PC-01")
    assert SyncRun(only).run().batches_received == ["ov"]
    work(only, "Amina Njeri", [CAT] * 4)
    work(only, "Sokha Chan", [DOG] + [CAT] * 3)

    assert SyncRun(only).run().batches_received == ["ov.again1"]
    assert work(only, "Chen Wei", [DOG]) == ["ov.again1/t-0000"]
    assert SyncRun(only).run().complete
    answers, rest = delivered(hub, tmp_path / "out")
    assert rest == {}
    assert (answers["t-0000"]["answer"], answers["t-0000"]["answers"], answers["t-0000"]["agreeing"]) == (DOG, 3, 2)


def test_gold_weighs_the_answers_and_a_review_stands_over_agreement(hub: Hub, tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 5, batch_id="ovg", mode="single", gold=2)
    doc["template"]["quality"] = {"overlap": 2}
    hub.admin("add-batch", str(write_bundle(tmp_path / "ovg.zip", doc, media)), "--lab", "Gulu")
    pc = enrolled_device(hub, tmp_path, "LAB-PC-01")
    assert SyncRun(pc).run().batches_received == ["ovg"]
    # Gold reaches one worker: Amina gets both gold tasks right (weight 3/4), Sokha has none (1/2).
    assert work(pc, "Amina Njeri", [CAT, CAT, CAT, CAT, DOG]) == [f"ovg/t-000{i}" for i in range(5)]
    assert work(pc, "Sokha Chan", [DOG, DOG, DOG]) == ["ovg/t-0002", "ovg/t-0003", "ovg/t-0004"]
    with Workspace.open(pc) as ws:
        boss = sign_in(ws, "Joseph Okello", "supervisor")
        sokha_t3 = ws.store.read().execute(
            "SELECT r.id FROM results r JOIN tasks t ON t.id = r.task JOIN workers w ON w.id = r.worker_id"
            " WHERE t.task_id = 't-0003' AND w.name = 'Sokha Chan'").fetchone()[0]
        ws.review(boss, sokha_t3, "corrected", {"labels": ["bird"]}, "A bird on a branch.")
    assert SyncRun(pc).run().complete

    answers, rest = delivered(hub, tmp_path / "out")
    assert sorted(answers) == ["t-0002", "t-0003", "t-0004"] and rest == {}, "gold is never delivered"
    t2 = answers["t-0002"]
    assert (t2["answer"], t2["basis"], t2["confidence"], t2["agreeing"]) == (CAT, "agreement", 0.6, 1), \
        "3/4 against 1/2: Amina's answer is the final one, with 0.75 of 1.25 of the weight"
    assert [w["weight"] for w in t2["workers"]] == [0.75, 0.5]  # type: ignore[attr-defined]
    t3 = answers["t-0003"]
    assert (t3["answer"], t3["basis"], t3["reviewed_by"], t3["worker_name"]) == (
        {"labels": ["bird"]}, "review", "Joseph Okello", "Sokha Chan")
    assert (answers["t-0004"]["answer"], answers["t-0004"]["confidence"]) == (DOG, 1.0)
    quality = json.loads(hub.admin("quality", "--json"))
    assert quality["projects"][0]["offered_again"] == 0, "weights settled t-0002: nothing to ask again"
