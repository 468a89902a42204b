"""Gold answers, training marks and quality blocks in bundles: refused whole, with the problem
named and the cache unchanged, whenever one is wrong; a batch without them imports as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from labclient.bundle_writer import write_bundle
from labclient.errors import BundleError
from labclient.workspace import Workspace
from tests.factory import batch_doc
from tests.helpers.task_cache import snapshot

Doc = dict[str, Any]


def gold_doc(kind: str) -> tuple[Doc, dict[str, bytes]]:
    return batch_doc(kind, 3, batch_id=f"gold-{kind}", training=1, gold=1)


def set_(path: str, value: Any) -> Callable[[Doc], None]:
    """A change that sets the JSON path ``a.b.0.c`` of the document to ``value``."""
    def change(doc: Doc) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        node[int(last) if isinstance(node, list) else last] = value
    return change


def drop(path: str) -> Callable[[Doc], None]:
    """A change that removes the JSON path ``a.b.0.c``."""
    def change(doc: Doc) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        del node[last]
    return change


def old_format_with_quality(doc: Doc) -> None:
    """A ``labclient-batch/1`` document with no gold tasks but a quality block."""
    doc["format"] = "labclient-batch/1"
    for task in doc["tasks"]:
        task.pop("gold", None)
        task.pop("training", None)
    doc["template"]["quality"] = {"threshold": 0.5}


BAD: dict[str, tuple[str, Callable[[Doc], None], str]] = {
    "answer breaks the rules": ("tagging", set_("tasks.1.gold.answer", {"labels": ["cow"]}),
                                "batch.tasks[1].gold.answer: breaks the template's result rules"),
    "answer has a stray key": ("tagging", set_("tasks.1.gold.answer", {"labels": ["cat"], "note": "x"}),
                               "batch.tasks[1].gold.answer: unknown field 'note'"),
    "answer misses its key": ("data_entry", set_("tasks.1.gold.answer", {"fields": {}}),
                              "batch.tasks[1].gold.answer: missing field 'outcome'"),
    "transcript too long": ("transcription", set_("tasks.1.gold.answer", {"text": "x" * 6000}),
                            "batch.tasks[1].gold.answer: breaks the template's result rules: The transcript is"),
    "threshold above 1": ("tagging", set_("template.quality", {"threshold": 1.5}),
                          "batch.template.quality.threshold: must be between 0 and 1"),
    "threshold not a number": ("tagging", set_("template.quality", {"threshold": "high"}),
                               "batch.template.quality.threshold: must be a number"),
    "unknown quality key": ("tagging", set_("template.quality", {"treshold": 0.5}),
                            "batch.template.quality: unknown field 'treshold'"),
    "ignore_tokens outside transcription": ("tagging", set_("template.quality", {"ignore_tokens": []}),
                                            "batch.template.quality.ignore_tokens: applies to transcription only"),
    "ignore a token the template lacks": ("transcription", set_("template.quality", {"ignore_tokens": ["[cough]"]}),
                                          "batch.template.quality.ignore_tokens[0]: '[cough]' is not one of"),
    "training without gold": ("tagging", drop("tasks.0.gold"),
                              "batch.tasks[0].training: is true, but the task has no 'gold' answer"),
    "training not a boolean": ("tagging", set_("tasks.0.training", "yes"),
                               "batch.tasks[0].training: must be true or false"),
    "unknown gold key": ("tagging", set_("tasks.1.gold.hint", "look closer"),
                         "batch.tasks[1].gold: unknown field 'hint'"),
    "gold not an object": ("tagging", set_("tasks.1.gold", ["cat"]), "batch.tasks[1].gold: must be an object"),
    "tolerance on a text field": ("data_entry", set_("tasks.1.gold.tolerance", {"name": 1}),
                                  "batch.tasks[1].gold.tolerance.name: a tolerance applies to number and date"),
    "negative tolerance": ("data_entry", set_("tasks.1.gold.tolerance", {"employees": -1}),
                           "batch.tasks[1].gold.tolerance.employees: must be between 0 and"),
    "tolerance on an unknown field": ("data_entry", set_("tasks.1.gold.tolerance", {"staff": 1}),
                                      "batch.tasks[1].gold.tolerance: unknown field 'staff'"),
    "tolerance in tagging": ("tagging", set_("tasks.1.gold.tolerance", {}),
                             "batch.tasks[1].gold.tolerance: applies to data entry number and date fields only"),
    "gold in the old format": ("tagging", set_("format", "labclient-batch/1"),
                               "batch.tasks[0]: field 'gold' needs \"format\": 'labclient-batch/1.1'"),
    "quality in the old format": ("tagging", old_format_with_quality,
                                  "batch.template: field 'quality' needs \"format\": 'labclient-batch/1.1'"),
    "explanation too long": ("tagging", set_("tasks.1.gold.explanation", "x" * 20_001),
                             "batch.tasks[1].gold.explanation: must be 0 to 20000 characters long"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_gold_is_refused_whole_and_named(ws: Workspace, tmp_path: Path, case: str) -> None:
    kind, change, message = BAD[case]
    ws.import_bundle(write_bundle(tmp_path / "ok.zip", *batch_doc("tagging", 2, batch_id="already-here")))
    before = snapshot(ws)
    doc, media = gold_doc(kind)
    change(doc)

    with pytest.raises(BundleError) as refused:
        ws.import_bundle(write_bundle(tmp_path / "bad.zip", doc, media))

    assert message in refused.value.message
    assert snapshot(ws) == before
    assert ws.store.read().execute("SELECT count(*) FROM gold").fetchone()[0] == 0


@pytest.mark.parametrize("kind", ["transcription", "tagging", "data_entry"])
def test_a_gold_batch_of_each_kind_imports(ws: Workspace, tmp_path: Path, kind: str) -> None:
    doc, media = gold_doc(kind)
    doc["template"]["quality"] = {"threshold": 0.9}
    report = ws.import_bundle(write_bundle(tmp_path / "gold.zip", doc, media))
    assert report.tasks_added == 3
    purposes = ws.store.read().execute("SELECT purpose FROM gold ORDER BY task").fetchall()
    assert purposes == [("training",), ("gold",)]


def test_training_false_on_a_production_task_is_allowed_and_not_kept(ws: Workspace, tmp_path: Path) -> None:
    doc, media = batch_doc("tagging", 2, batch_id="plain", gold=1)
    doc["tasks"][1]["training"] = False
    ws.import_bundle(write_bundle(tmp_path / "plain.zip", doc, media))
    bodies = [r[0] for r in ws.store.read().execute("SELECT body FROM tasks ORDER BY id")]
    assert all("training" not in b and "gold" not in b for b in bodies)
    assert ws.store.read().execute("SELECT count(*) FROM gold").fetchone()[0] == 1
