"""The hub scores gold results again on receipt, and ``labhub quality`` reports them.

A real hub process (tests/helpers/hub_api.py); bundles are added with the library call the
``labhub add-batch`` command makes, and the command itself is run as a separate process.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from labclient.bundle_writer import write_bundle
from labhub.batches import add_batch
from labhub.quality import wilson
from labhub.store import HubStore
from tests.factory import batch_doc
from tests.helpers.hub_api import Device, Hub, start_hub, stop_hub
from tests.helpers.hub_api import run_labhub as labhub
from tests.hubdb import hub_rows


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    """The hub tests' hub (tests/hub/conftest.py): one for this module, stopped at its end."""
    running = start_hub(tmp_path_factory.mktemp("hub"))
    yield running
    assert stop_hub(running) == 0


@pytest.fixture
def lab() -> str:
    """A lab name of this test's own."""
    import uuid

    return f"Lab {uuid.uuid4().hex[:8]}"


def add_gold_batch(hub: Hub, folder: Path, lab: str, batch_id: str, **kwargs: Any) -> None:
    doc, media = batch_doc("tagging", 6, batch_id=batch_id, training=1, gold=3, **kwargs)
    bundle = write_bundle(folder / f"{batch_id}.zip", doc, media)
    store = HubStore.open(hub.data_dir)
    try:
        add_batch(store, hub.clock, bundle, lab)
    finally:
        store.close()


def as_worker(device: Device, item: dict[str, Any], worker_id: str, name: str) -> dict[str, Any]:
    item = copy.deepcopy(item)
    item["body"]["worker"] = {"id": worker_id, "name": name}
    return item


def scores(hub: Hub, batch_id: str) -> dict[tuple[str, str], float]:
    rows = hub_rows(hub.data_dir, "SELECT s.task_id, json_extract(i.body, '$.worker.id'), s.score FROM gold_scores s"
                    " JOIN items i ON i.item_id = s.item_id WHERE s.batch_id = ?", (batch_id,))
    return {(t, w): s for t, w, s in rows}


def test_the_hub_scores_again_and_reports_per_worker(hub: Hub, lab: str, tmp_path: Path) -> None:
    add_gold_batch(hub, tmp_path, lab, f"gold-{lab[-8:]}")
    batch = f"gold-{lab[-8:]}"
    device = hub.enroll(lab, "PC-GOLD")
    items = [
        device.item(batch, "t-0000", labels=["cat"]),                                   # training, Amina
        as_worker(device, device.item(batch, "t-0000", labels=["dog"]), "w-2", "Sokha Chan"),  # training, Sokha
        device.item(batch, "t-0001", labels=["cat"]),                                   # gold: 1.0
        device.item(batch, "t-0002", labels=["cat", "dog"]),                            # gold: 0.5
        as_worker(device, device.item(batch, "t-0003", labels=["cat", "bird"]), "w-2", "Sokha Chan"),  # 0.5
        device.item(batch, "t-0004", labels=["dog"]),                                   # production
        device.item(batch, "t-0001", action="skip"),                                    # superseded skip: no score
    ]

    answer = device.push(items).json()

    assert [i["status"] for i in answer["items"]] == ["applied"] * 6 + ["superseded"]
    assert scores(hub, batch) == {("t-0000", "w-1"): 1.0, ("t-0000", "w-2"): 0.0, ("t-0001", "w-1"): 1.0,
                                  ("t-0002", "w-1"): 0.5, ("t-0003", "w-2"): 0.5}

    run = labhub(tmp_path, "--data-dir", hub.data_dir, "quality", "--lab", lab, "--json")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert [entry["lab"] for entry in report["labs"]] == [lab]
    workers = {w["worker"]: w["projects"] for w in report["labs"][0]["workers"]}
    low, high = wilson(1, 2)
    assert workers["Amina Njeri"] == [{"project_id": "test", "project_name": "Test project", "gold_count": 2,
                                       "mean_score": 0.75, "passed": 1, "pass_rate": 0.5,
                                       "pass_rate_low": round(low, 4), "pass_rate_high": round(high, 4),
                                       "reviewed": 0, "review_pass_rate": None, "overlapped": 0,
                                       "agreement_rate": None}]
    assert workers["Sokha Chan"][0]["gold_count"] == 1 and workers["Sokha Chan"][0]["passed"] == 0

    text = labhub(tmp_path, "--data-dir", hub.data_dir, "quality", "--lab", lab)
    assert text.returncode == 0 and "Amina Njeri" in text.stdout and "passed 1/2" in text.stdout
    unknown = labhub(tmp_path, "--data-dir", hub.data_dir, "quality", "--lab", "No such lab")
    assert unknown.returncode == 1 and "There is no lab 'No such lab'" in unknown.stderr


def test_wilson_interval() -> None:
    assert wilson(0, 0) == (0.0, 1.0)
    low, high = wilson(10, 10)
    assert high == pytest.approx(1.0) and low == pytest.approx(0.7225, abs=1e-4)
    low, high = wilson(8, 10)
    assert (round(low, 3), round(high, 3)) == (0.49, 0.943)


def test_labhub_add_batch_refuses_training_without_gold(hub: Hub, lab: str, tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 3, batch_id="bad-training", training=1)
    del doc["tasks"][0]["gold"]
    bundle = write_bundle(tmp_path / "bad.zip", doc, media)

    run = labhub(tmp_path, "--data-dir", hub.data_dir, "add-batch", bundle, "--lab", lab)

    assert run.returncode == 1
    assert "batch.tasks[0].training" in run.stderr and "no 'gold' answer" in run.stderr
    assert hub_rows(hub.data_dir, "SELECT count(*) FROM batches WHERE batch_id = 'bad-training'") == [(0,)]


def test_an_item_id_another_lab_used_never_lends_that_labs_score(hub: Hub, tmp_path: Path) -> None:
    import uuid

    mine, theirs = f"Lab {uuid.uuid4().hex[:8]}", f"Lab {uuid.uuid4().hex[:8]}"
    add_gold_batch(hub, tmp_path, theirs, f"gold-{theirs[-8:]}")
    add_gold_batch(hub, tmp_path, mine, f"gold-{mine[-8:]}")
    theirs_pc, mine_pc = hub.enroll(theirs, "PC-B"), hub.enroll(mine, "PC-A")
    shared = str(uuid.uuid4())
    right = theirs_pc.item(f"gold-{theirs[-8:]}", "t-0001", labels=["cat"], item_id=shared)  # gold, 1.0
    wrong = mine_pc.item(f"gold-{mine[-8:]}", "t-0001", labels=["dog"], item_id=shared)     # same id: 0.0
    assert [i["status"] for i in theirs_pc.push([right]).json()["items"]] == ["applied"]
    assert [i["status"] for i in mine_pc.push([wrong]).json()["items"]] == ["applied"]

    run = labhub(tmp_path, "--data-dir", hub.data_dir, "quality", "--json")
    assert run.returncode == 0, run.stderr
    means = {entry["lab"]: [p["mean_score"] for w in entry["workers"] for p in w["projects"]]
             for entry in json.loads(run.stdout)["labs"]}

    assert means[theirs] == [1.0], "their report holds only their own result"
    assert means.get(mine, []) in ([], [0.0]), "never their score under our lab"


def test_the_hub_scores_a_translation_with_its_sources_glossary(hub: Hub, lab: str, tmp_path: Path) -> None:
    batch = f"tr-{lab[-8:]}"
    doc, media = batch_doc("translation", 4, batch_id=batch, training=1, gold=2)
    store = HubStore.open(hub.data_dir)
    try:
        add_batch(store, hub.clock, write_bundle(tmp_path / f"{batch}.zip", doc, media), lab)
    finally:
        store.close()
    device = hub.enroll(lab, "PC-TRANSLATE")

    def said(task_id: str, segments: list[str]) -> dict[str, Any]:
        item = device.item(batch, task_id)
        item["body"]["content"] = {"segments": segments}
        return item

    answer = device.push([
        said("t-0001", ["Bonjour {name} !", "Votre client a payé avec M-Pesa."]),     # the gold itself
        said("t-0002", ["Bonjour {name} !", "Votre acheteur a payé avec M-Pesa."]),   # the glossary's term missed
    ]).json()

    assert [i["status"] for i in answer["items"]] == ["applied", "applied"]
    got = scores(hub, batch)
    assert got[("t-0001", "w-1")] == 1.0
    assert got[("t-0002", "w-1")] == 0.0, "the hub read the task's source: 'customer' must be 'client'"
