"""Result validation per task kind, as a worker meets it: through ``Workspace.submit``.

A result that breaks a template rule is refused with ``ResultRejected``; each issue names the
field to fix and says why. A refused result stores nothing: no result, nothing in the outbox,
and the task stays open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from labclient.people.roles import Session
from labclient.workspace import ResultRejected, Task, Workspace
from tests.factory import make_bundle
from tests.logins import stored_results

VALID_ENTRY = {"name": "Mama Mboga Shop", "phone": "0712 345 678", "category": "Shop",
               "employees": "4", "opened": "2019-03-01"}


def first_task(ws: Workspace, worker: Session, bundle: Path) -> Task:
    """Import ``bundle`` and return the first task the worker sees."""
    ws.import_bundle(bundle)
    task = ws.next_task(worker)
    assert task is not None
    return task


def rejected(ws: Workspace, task: Task, worker: Session, result: dict[str, Any]) -> ResultRejected:
    """Submit ``result``, expect it refused, check that nothing was stored, return the refusal."""
    with pytest.raises(ResultRejected) as caught:
        ws.submit(worker, task.key, result)
    assert stored_results(ws) == []
    assert ws.outbox_size() == 0
    assert ws.task_counts()["new"] == 3
    assert ws.next_task(worker) == task
    assert caught.value.issues, "a refusal must say what is wrong"
    assert all(issue.message in caught.value.message for issue in caught.value.issues)
    return caught.value


def accepted(ws: Workspace, task: Task, worker: Session, result: dict[str, Any]) -> None:
    """Submit ``result`` and check it was stored as given."""
    ws.submit(worker, task.key, result)
    [stored] = stored_results(ws)
    assert stored["content"] == result
    assert stored["action"] == "submit"
    assert ws.outbox_size() == 1


def issues_of(refusal: ResultRejected) -> list[tuple[str | None, str]]:
    """The (field, code) pairs of a refusal, in order."""
    return [(issue.field, issue.code) for issue in refusal.issues]


# -- transcription ------------------------------------------------------------------------------


@pytest.fixture
def transcription(ws: Workspace, worker: Session, bundles: dict[str, Path]) -> Task:
    return first_task(ws, worker, bundles["audio"])


@pytest.mark.parametrize("text", ["", "   \n\t "], ids=["empty", "blank"])
def test_transcription_empty_text_is_rejected(ws: Workspace, worker: Session, transcription: Task, text: str) -> None:
    refusal = rejected(ws, transcription, worker, {"text": text})

    assert issues_of(refusal) == [("text", "text.empty")]
    assert refusal.issues[0].message == "The transcript is empty. If nothing can be heard, type [inaudible]."


def test_transcription_unknown_token_is_rejected_by_name(ws: Workspace, worker: Session, transcription: Task) -> None:
    refusal = rejected(ws, transcription, worker, {"text": "Karibu sana [inadible] rafiki"})

    assert issues_of(refusal) == [("text", "text.token")]
    message = refusal.issues[0].message
    assert "[inadible] is not a token of this project" in message
    assert "[inaudible], [crosstalk]" in message


def test_transcription_allowed_tokens_are_accepted(ws: Workspace, worker: Session, transcription: Task) -> None:
    accepted(ws, transcription, worker, {"text": "[crosstalk] Habari yako? [inaudible] nzuri sana."})


def test_transcription_too_long_is_rejected(ws: Workspace, worker: Session, transcription: Task) -> None:
    refusal = rejected(ws, transcription, worker, {"text": "a" * 5001})

    assert issues_of(refusal) == [("text", "text.too_long")]
    assert refusal.issues[0].message == "The transcript is 5001 characters long; the most is 5000."


def test_transcription_at_the_limit_is_accepted(ws: Workspace, worker: Session, transcription: Task) -> None:
    accepted(ws, transcription, worker, {"text": "a" * 5000})


# -- tagging ------------------------------------------------------------------------------------


@pytest.fixture
def multi(ws: Workspace, worker: Session, tmp_path: Path) -> Task:
    return first_task(ws, worker, make_bundle(tmp_path / "bundles", "tagging", 3, mode="multi"))


@pytest.fixture
def single(ws: Workspace, worker: Session, tmp_path: Path) -> Task:
    return first_task(ws, worker, make_bundle(tmp_path / "bundles", "tagging", 3, mode="single"))


def test_tagging_without_a_label_is_rejected(ws: Workspace, worker: Session, multi: Task) -> None:
    refusal = rejected(ws, multi, worker, {"labels": []})

    assert issues_of(refusal) == [("labels", "labels.too_few")]
    assert refusal.issues[0].message == "Choose at least 1 label(s)."


def test_tagging_unknown_label_is_rejected(ws: Workspace, worker: Session, multi: Task) -> None:
    refusal = rejected(ws, multi, worker, {"labels": ["cat", "horse"]})

    assert issues_of(refusal) == [("labels", "labels.unknown")]
    assert refusal.issues[0].message == "Choose labels from the list only, each once."


def test_tagging_single_mode_rejects_two_labels(ws: Workspace, worker: Session, single: Task) -> None:
    refusal = rejected(ws, single, worker, {"labels": ["cat", "dog"]})

    assert issues_of(refusal) == [("labels", "labels.too_many")]
    assert refusal.issues[0].message == "Choose at most 1 label(s)."


def test_tagging_single_mode_accepts_one_label(ws: Workspace, worker: Session, single: Task) -> None:
    accepted(ws, single, worker, {"labels": ["dog"]})


def test_tagging_multi_mode_accepts_two_labels(ws: Workspace, worker: Session, multi: Task) -> None:
    accepted(ws, multi, worker, {"labels": ["cat", "bird"]})


# -- data entry ---------------------------------------------------------------------------------


@pytest.fixture
def entry(ws: Workspace, worker: Session, bundles: dict[str, Path]) -> Task:
    return first_task(ws, worker, bundles["data_entry"])


def entry_result(outcome: str | None = "verified", **changes: str) -> dict[str, Any]:
    """A valid data entry result with some field values changed."""
    return {"outcome": outcome, "fields": {**VALID_ENTRY, **changes}}


@pytest.mark.parametrize(
    ("changes", "field", "code", "message"),
    [
        pytest.param({"name": "  "}, "name", "field.required", "Business name is required.", id="required-blank"),
        pytest.param({"phone": "call me"}, "phone", "field.pattern", "Phone is not in the expected form.",
                     id="phone-pattern"),
        pytest.param({"employees": "10001"}, "employees", "field.range", "Employees must be between 0 and 10000.",
                     id="number-too-big"),
        pytest.param({"employees": "-1"}, "employees", "field.range", "Employees must be between 0 and 10000.",
                     id="number-negative"),
        pytest.param({"employees": "four"}, "employees", "field.number", "Employees must be a number.",
                     id="not-a-number"),
        pytest.param({"opened": "24/11/2026"}, "opened", "field.date", "Opened must be a date written YYYY-MM-DD.",
                     id="date-format"),
        pytest.param({"opened": "2026-02-30"}, "opened", "field.date", "Opened must be a date written YYYY-MM-DD.",
                     id="date-impossible"),
        pytest.param({"opened": "2027-01-15"}, "opened", "field.range",
                     "Opened must be between 1950-01-01 and 2026-12-31.", id="date-after-max"),
        pytest.param({"opened": "1949-12-31"}, "opened", "field.range",
                     "Opened must be between 1950-01-01 and 2026-12-31.", id="date-before-min"),
        pytest.param({"category": "Bank"}, "category", "field.choice",
                     "Category must be one of the listed choices.", id="choice-not-listed"),
    ],
)
def test_data_entry_field_rule_is_enforced(
    ws: Workspace, worker: Session, entry: Task, changes: dict[str, str], field: str, code: str, message: str
) -> None:
    refusal = rejected(ws, entry, worker, entry_result(**changes))

    assert issues_of(refusal) == [(field, code)]
    assert refusal.issues[0].message == message


@pytest.mark.parametrize("employees", ["12,5", "12.5", " 7 "], ids=["decimal-comma", "decimal-point", "spaces"])
def test_data_entry_numbers_are_accepted_as_typed(ws: Workspace, worker: Session, entry: Task, employees: str) -> None:
    accepted(ws, entry, worker, entry_result(employees=employees))


def test_a_number_that_reads_two_ways_is_not_taken_silently(ws: Workspace, worker: Session, entry: Task) -> None:
    refusal = rejected(ws, entry, worker, entry_result(employees="1,500"))  # 1500, or one and a half?
    assert issues_of(refusal) == [("employees", "field.number_ambiguous")]
    assert "Write it without the thousands mark" in refusal.issues[0].message
    accepted(ws, entry, worker, entry_result(employees="1500"))


@pytest.mark.parametrize(("number_format", "typed", "value"), [
    ({"decimal": ",", "thousands": "."}, "1.500,25", 1500.25),
    ({"decimal": ",", "thousands": "."}, "1.500", 1500.0),
    ({"decimal": ",", "thousands": "."}, "12,5", 12.5),
    ({"decimal": ".", "thousands": ","}, "1,500", 1500.0),
    ({"decimal": ".", "thousands": " "}, "1 234 567.5", 1234567.5),
    ({"decimal": ",", "thousands": ""}, "1500,5", 1500.5),
    ({"decimal": ",", "thousands": "."}, "1.50", None),      # a dot is a thousands mark here: groups of three
    ({"decimal": ".", "thousands": ","}, "12,5", None),
    ({"decimal": ".", "thousands": ","}, "1,2345", None),
])
def test_the_templates_number_marks_are_read_exactly(number_format: dict[str, str], typed: str,
                                                     value: float | None) -> None:
    from labclient.tasks.data_entry import parse_number

    assert parse_number(typed, number_format) == value


def test_a_template_with_its_number_marks_checks_what_the_worker_types(ws: Workspace, worker: Session,
                                                                       tmp_path: Path) -> None:
    from labclient.bundle_writer import write_bundle
    from tests.factory import batch_doc

    doc, media = batch_doc("data_entry", 3, batch_id="marks")  # the helpers expect three new tasks
    doc["template"]["params"] = {**doc["template"]["params"], "number_format": {"decimal": ",", "thousands": "."}}
    ws.import_bundle(write_bundle(tmp_path / "marks.zip", doc, media))
    task = ws.next_task(worker)
    assert task is not None and task.batch_id == "marks"
    refusal = rejected(ws, task, worker, entry_result(employees="10.5"))
    assert issues_of(refusal) == [("employees", "field.number_format")]
    assert refusal.issues[0].message == "Employees must be a number written like 12.345,67."
    accepted(ws, task, worker, entry_result(employees="9.500"))


@pytest.mark.parametrize(("number_format", "where"), [
    ({"decimal": ",", "thousands": ","}, "number_format: the decimal and thousands marks must differ"),
    ({"decimal": ";", "thousands": ""}, "number_format.decimal: must be one of"),
    ({"decimal": ","}, "number_format"),
])
def test_a_bad_number_format_refuses_the_bundle_by_name(ws: Workspace, tmp_path: Path, number_format: dict[str, str],
                                                        where: str) -> None:
    from labclient.bundle_writer import write_bundle
    from labclient.errors import BundleError
    from tests.factory import batch_doc

    doc, media = batch_doc("data_entry", 1, batch_id="bad-marks")
    doc["template"]["params"] = {**doc["template"]["params"], "number_format": number_format}
    with pytest.raises(BundleError) as refused:
        ws.import_bundle(write_bundle(tmp_path / "bad.zip", doc, media))
    assert where in refused.value.message


def test_data_entry_optional_fields_may_stay_blank(ws: Workspace, worker: Session, entry: Task) -> None:
    accepted(ws, entry, worker, entry_result(phone="", category="", employees="", opened=""))


def test_data_entry_without_outcome_is_rejected(ws: Workspace, worker: Session, entry: Task) -> None:
    refusal = rejected(ws, entry, worker, entry_result(outcome=None))

    assert issues_of(refusal) == [("outcome", "outcome.missing")]
    assert refusal.issues[0].message == "Choose an outcome."


def test_data_entry_unknown_outcome_is_rejected(ws: Workspace, worker: Session, entry: Task) -> None:
    refusal = rejected(ws, entry, worker, entry_result(outcome="maybe"))

    assert issues_of(refusal) == [("outcome", "outcome.missing")]


def test_data_entry_closed_outcome_needs_no_fields(ws: Workspace, worker: Session, entry: Task) -> None:
    blank = {key: "" for key in VALID_ENTRY}
    accepted(ws, entry, worker, {"outcome": "closed", "fields": blank})


def test_data_entry_reports_every_broken_field_together(ws: Workspace, worker: Session, entry: Task) -> None:
    result = entry_result(outcome=None, name="", phone="12", employees="lots", opened="2026/01/01")

    refusal = rejected(ws, entry, worker, result)

    assert issues_of(refusal) == [
        ("outcome", "outcome.missing"),
        ("name", "field.required"),
        ("phone", "field.pattern"),
        ("employees", "field.number"),
        ("opened", "field.date"),
    ]


def test_data_entry_prefill_is_where_the_worker_starts(ws: Workspace, entry: Task) -> None:
    start = ws.empty_result(entry)

    assert start == {"outcome": None, "fields": {"name": "Shop 0", "phone": "0712 345 000", "category": "",
                                                 "employees": "", "opened": ""}}
    assert [i.field for i in ws.validate(entry, start)] == ["outcome"]


def test_transcription_time_stamps_are_accepted_and_not_scored(ws: Workspace, worker: Session,
                                                               transcription: Task) -> None:
    """Ctrl+J types the play position as ``[01:23]``: the result rules accept it (they refused it
    as an unknown token before), and scoring skips it as it skips the ignored tokens."""
    from labclient.quality.transcription import score_transcription

    refusal = rejected(ws, transcription, worker, {"text": "Habari [0:4] yako"})  # not a time stamp
    assert issues_of(refusal) == [("text", "text.token")]
    accepted(ws, transcription, worker, {"text": "[00:04] Habari yako? [1:02:03] nzuri sana."})
    score = score_transcription({"text": "[00:04] the cat sat"}, {"text": "The cat sat."}, [])
    assert score.score == 1.0
