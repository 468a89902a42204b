"""A batch's field patterns are matched in linear time: a hostile pattern cannot freeze Submit
(issue: "a pattern with catastrophic backtracking is accepted and freezes Submit"), and a pattern
that needs backtracking is refused at import with a message naming where it is."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from labclient.bundle_writer import write_bundle
from labclient.errors import BundleError
from labclient.people.roles import Session
from labclient.tasks.data_entry import check_value
from labclient.tasks.patterns import PatternError, compile_pattern, full_match
from labclient.workspace import ResultRejected, Workspace
from tests.factory import batch_doc

HOSTILE = r"(a+)+$"


def _bundle(folder: Path, pattern: str, batch_id: str = "patterned") -> Path:
    doc, media = batch_doc("data_entry", 3, batch_id=batch_id)
    doc = copy.deepcopy(doc)  # the factory shares its data entry params between batches
    doc["template"]["params"]["fields"][1]["pattern"] = pattern
    return write_bundle(folder / f"{batch_id}.zip", doc, media)


def _entry(phone: str) -> dict[str, Any]:
    return {"outcome": "verified", "fields": {"name": "Mama Mboga Shop", "phone": phone, "category": "Shop",
                                              "employees": "4", "opened": "2019-03-01"}}


def test_a_backtracking_pattern_answers_at_once_in_a_fresh_process() -> None:
    """Python's re takes hours on this; the check runs in a child so a regression fails on the
    time limit instead of hanging the suite."""
    script = (
        "from labclient.tasks.data_entry import check_value\n"
        f"field = {{'id': 'f', 'label': 'Code', 'type': 'text', 'required': False, 'pattern': {HOSTILE!r},"
        " 'min': None, 'max': None, 'max_length': 10000, 'choices': []}\n"
        "issue = check_value(field, 'a' * 9000 + '!')\n"
        "print(issue.code if issue else 'none')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "field.pattern"


def test_submit_with_a_hostile_pattern_answers_at_once(
        ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(_bundle(tmp_path, HOSTILE))
    task = ws.next_task(worker)
    assert task is not None
    with pytest.raises(ResultRejected) as caught:
        ws.submit(worker, task.key, _entry("a" * 900 + "!"))
    assert [i.code for i in caught.value.issues] == ["field.pattern"]
    ws.submit(worker, task.key, _entry("aaaa"))  # a value the pattern takes goes through
    assert ws.outbox_size() == 1


@pytest.mark.parametrize(("pattern", "why"), [
    pytest.param(r"(\d)\1", "backreference", id="backreference"),
    pytest.param(r"(?=\d)\d+", "lookahead", id="lookahead"),
    pytest.param(r"(?<!0)\d+", "lookbehind", id="lookbehind"),
    pytest.param(r"a{1001}", "repetition", id="huge-repeat"),
])
def test_a_pattern_that_needs_backtracking_is_refused_at_import(ws: Workspace, tmp_path: Path, pattern: str,
                                                                why: str) -> None:
    with pytest.raises(BundleError) as caught:
        ws.import_bundle(_bundle(tmp_path, pattern))
    message = caught.value.message
    assert "batch.template.params.fields[1].pattern" in message
    assert "RE2" in message
    assert ws.task_counts()["new"] == 0, "a refused bundle leaves nothing behind"


def test_patterns_for_other_alphabets_work(ws: Workspace, worker: Session, tmp_path: Path) -> None:
    ws.import_bundle(_bundle(tmp_path, r"[\pL ]+"))
    task = ws.next_task(worker)
    assert task is not None
    with pytest.raises(ResultRejected):
        ws.submit(worker, task.key, _entry("Ñandú 42"))
    ws.submit(worker, task.key, _entry("Ñandú خانه"))
    assert ws.outbox_size() == 1


def test_a_pattern_an_older_version_cached_is_not_a_crash() -> None:
    """A batch cached before patterns went to RE2 may hold one RE2 refuses: the value is not
    blocked by a rule nobody can check (the hub checks with the same code)."""
    with pytest.raises(PatternError):
        compile_pattern(r"(\w)\1")
    assert full_match(r"(\w)\1", "anything") is True
    field = {"id": "f", "label": "Code", "type": "text", "required": False, "pattern": r"(\w)\1",
             "min": None, "max": None, "max_length": 100, "choices": []}
    assert check_value(field, "xy") is None
