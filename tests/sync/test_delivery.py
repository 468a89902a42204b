"""``labhub deliver``: the customer's file for a project, from what a real hub received from a
real workstation: checked answers with confidence and provenance, the rest listed with why."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from labclient.bundle_writer import write_bundle
from labclient.sync.client import SyncRun
from labclient.workspace import Workspace
from labhub.delivery import safe_cell
from tests.factory import batch_doc
from tests.helpers.sync_hub import ROOT, Hub
from tests.helpers.sync_station import enrolled_device
from tests.logins import sign_in

CAT, DOG = {"labels": ["cat"]}, {"labels": ["dog"]}


def a_project_worked(hub: Hub, tmp_path: Path) -> None:
    """Two batches of the project "test", three gold tasks (the right answer: cat) and three
    production tasks each. Amina does the first batch: gold right, two answers and a skip. Sokha
    does the second: gold wrong, one answer, and one that her supervisor corrects; one task waits."""
    for batch_id in ("b-one", "b-two"):
        doc, media = batch_doc("tagging", 6, batch_id=batch_id, gold=3)
        hub.admin("add-batch", str(write_bundle(tmp_path / f"{batch_id}.zip", doc, media)), "--lab", "Gulu")
    data_dir = enrolled_device(hub, tmp_path, "LAB-PC-01")
    assert SyncRun(data_dir).run().complete
    with Workspace.open(data_dir) as ws:
        keys = {(b, t): k for k, b, t in ws.store.read().execute("SELECT id, batch_id, task_id FROM tasks")}
        amina, sokha = sign_in(ws, "Amina Njeri"), sign_in(ws, "Sokha Chan")
        for task_id in ("t-0000", "t-0001", "t-0002", "t-0003"):
            ws.submit(amina, keys["b-one", task_id], CAT)
        ws.submit(amina, keys["b-one", "t-0004"], DOG)
        ws.skip(amina, keys["b-one", "t-0005"], "the picture is blurry")
        for task_id in ("t-0000", "t-0001", "t-0002", "t-0003"):
            ws.submit(sokha, keys["b-two", task_id], DOG)
        corrected = ws.submit(sokha, keys["b-two", "t-0004"], DOG)
        boss = sign_in(ws, "Joseph Okello", "supervisor")
        ws.review(boss, corrected, "corrected", {"labels": ["bird"]}, "It has wings and a beak.")
    assert SyncRun(data_dir).run().complete


def labhub(hub: Hub, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(hub.data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_the_deliverable_holds_checked_answers_and_lists_the_rest(hub: Hub, tmp_path: Path) -> None:
    a_project_worked(hub, tmp_path)
    out = tmp_path / "delivery"

    said = hub.admin("deliver", "--project", "test", "--out", str(out))

    assert "Test project (test): 3 of 6 task(s) delivered" in said
    answers = [json.loads(line) for line in (out / "answers.jsonl").read_text("utf-8").splitlines()]
    assert [(a["batch_id"], a["task_id"], a["answer"], a["basis"]) for a in answers] == [
        ("b-one", "t-0003", CAT, "gold"), ("b-one", "t-0004", DOG, "gold"),
        ("b-two", "t-0004", {"labels": ["bird"]}, "review")], "gold tasks are never delivered"
    first = answers[0]
    assert (first["worker_name"], first["lab"], first["workstation"]) == ("Amina Njeri", "Gulu", "LAB-PC-01")
    assert (first["gold_count"], first["gold_mean"], first["reviewed_by"]) == (3, 1.0, None)
    assert first["confidence"] == first["gold_pass_rate_low"] == 0.4385, "Wilson lower bound of 3 passes in 3"
    assert (answers[2]["reviewed_by"], answers[2]["review"], answers[2]["confidence"]) == (
        "Joseph Okello", "corrected", 1.0)
    with open(out / "answers.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [json.loads(r["answer"]) for r in rows] == [a["answer"] for a in answers]
    with open(out / "not_delivered.csv", encoding="utf-8", newline="") as fh:
        rest = {(r["batch_id"], r["task_id"]): r["reason"] for r in csv.DictReader(fh)}
    assert rest == {("b-one", "t-0005"): "skipped: the picture is blurry",
                    ("b-two", "t-0003"): "worker under the pass mark on gold (0.00 < 0.75)",
                    ("b-two", "t-0005"): "no answer yet"}
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert (summary["tasks"], summary["delivered"]) == (6, 3)
    assert summary["not_delivered"] == {"no answer yet": 1, "skipped": 1, "worker under the pass mark on gold": 1}
    assert summary["labs"] == {"Gulu": {"delivered": 3, "not_delivered": 3}}
    assert sorted((w["worker_name"], w["gold_count"], w["gold_passed"]) for w in summary["workers"]) == [
        ("Amina Njeri", 3, 3), ("Sokha Chan", 3, 0)]
    assert not list(out.glob(".*")), "no temporary file is left"


def test_more_gold_evidence_can_be_asked_for(hub: Hub, tmp_path: Path) -> None:
    a_project_worked(hub, tmp_path)
    out = tmp_path / "strict"
    hub.admin("deliver", "--project", "test", "--out", str(out), "--min-gold", "5")
    with open(out / "not_delivered.csv", encoding="utf-8", newline="") as fh:
        reasons = [r["reason"] for r in csv.DictReader(fh)]
    assert reasons.count("too little gold evidence (3 of 5 gold results)") == 3
    assert len((out / "answers.jsonl").read_text("utf-8").splitlines()) == 1, "the reviewed answer stands"


@pytest.mark.slow
def test_an_unknown_project_or_a_folder_in_use_is_refused_in_a_sentence(hub: Hub, tmp_path: Path) -> None:
    a_project_worked(hub, tmp_path)
    unknown = labhub(hub, "deliver", "--project", "nope", "--out", str(tmp_path / "x"))
    assert unknown.returncode == 1 and "no batch of the project 'nope'" in unknown.stderr
    assert "Traceback" not in unknown.stderr and not (tmp_path / "x").exists()
    used = tmp_path / "used"
    used.mkdir()
    (used / "notes.txt").write_text("mine", "utf-8")
    busy = labhub(hub, "deliver", "--project", "test", "--out", str(used))
    assert busy.returncode == 1 and "is not empty" in busy.stderr
    assert [p.name for p in used.iterdir()] == ["notes.txt"], "nothing written beside what was there"
    assert labhub(hub, "deliver", "--project", "test", "--out", str(used), "--force").returncode == 0


def test_a_cell_a_spreadsheet_would_run_is_written_as_text() -> None:
    assert [safe_cell(v) for v in ("=1+1", "+254 700", "-3", "@SUM(A1)", "\tx", "Shop 1", "")] == [
        "'=1+1", "'+254 700", "'-3", "'@SUM(A1)", "'\tx", "Shop 1", ""]
