"""The translation kind as a batch author and a translator meet it: templates and tasks refused
whole with the problem named, and a translation refused at submit until its placeholders, kept
spans and glossary terms are right, with nothing stored meanwhile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from labclient.people.roles import Session
from labclient.tasks import KINDS
from labclient.tasks.translation import Term, is_rtl, marks, segment_rules
from labclient.workspace import ResultRejected, Task, Workspace
from tests.factory import GOLD_ANSWERS, batch_doc, make_bundle, refused_batch, set_path
from tests.logins import stored_results

GOOD = {"segments": ["Bonjour {name} !", "Votre client a payé avec M-Pesa (commande 0)."]}


def first_task(ws: Workspace, worker: Session, tmp_path: Path) -> Task:
    ws.import_bundle(make_bundle(tmp_path, "translation", 3))
    task = ws.next_task(worker)
    assert task is not None
    return task


def refusal(ws: Workspace, worker: Session, task: Task, result: dict[str, Any]) -> list[tuple[str | None, str]]:
    """Submit ``result``; expect it refused with nothing stored; the (field, code) of each issue."""
    with pytest.raises(ResultRejected) as caught:
        ws.submit(worker, task.key, result)
    assert stored_results(ws) == [] and ws.outbox_size() == 0
    assert ws.next_task(worker) == task
    return [(i.field, i.code) for i in caught.value.issues]


def with_second(text: str) -> dict[str, Any]:
    return {"segments": ["Bonjour {name} !", text]}


def test_a_good_translation_is_stored_as_typed(ws: Workspace, worker: Session, tmp_path: Path):
    task = first_task(ws, worker, tmp_path)
    assert ws.empty_result(task) == {"segments": ["", ""]}
    ws.submit(worker, task.key, GOOD)
    [stored] = stored_results(ws)
    assert stored["content"] == GOOD


@pytest.mark.parametrize(("result", "expected"), [
    ({"segments": ["", "Votre client a payé avec M-Pesa."]}, [("segment.0", "translation.empty")]),
    ({"segments": ["Bonjour !", "Votre client a payé avec M-Pesa."]}, [("segment.0", "translation.placeholder")]),
    ({"segments": ["Bonjour {nom} !", "Votre client a payé avec M-Pesa."]}, [("segment.0", "translation.placeholder")]),
    ({"segments": ["Bonjour {name} {name} !", "Votre client a payé avec M-Pesa."]},
     [("segment.0", "translation.placeholder_extra")]),
    (with_second("Votre client a payé avec M-Pésa."), [("segment.1", "translation.keep")]),
    (with_second("Votre consommateur a payé avec M-Pesa."), [("segment.1", "translation.term")]),
    (with_second("Votre client a payé avec M-Pesa." + "!" * 200), [("segment.1", "translation.too_long")]),
    ({"segments": ["Bonjour {name} !"]}, [(None, "translation.count")]),
    ({"segments": "Bonjour"}, [(None, "result.shape")]),
])
def test_a_translation_that_breaks_a_rule_is_refused_and_names_the_segment(
        ws: Workspace, worker: Session, tmp_path: Path, result: dict[str, Any], expected: list[tuple[str, str]]):
    task = first_task(ws, worker, tmp_path)
    assert refusal(ws, worker, task, result) == expected


def test_the_glossary_and_kept_spans_match_as_a_translator_expects(ws: Workspace, worker: Session, tmp_path: Path):
    task = first_task(ws, worker, tmp_path)
    # The term in another case is the term; its translation in another case is used.
    ws.submit(worker, task.key, with_second("CLIENT : paiement M-Pesa reçu."))
    assert len(stored_results(ws)) == 1


def test_the_messages_name_what_to_keep(ws: Workspace, worker: Session, tmp_path: Path):
    task = first_task(ws, worker, tmp_path)
    with pytest.raises(ResultRejected) as caught:
        ws.submit(worker, task.key, {"segments": ["Bonjour !", "Votre acheteur a payé avec Mpesa."]})
    text = caught.value.message
    assert "Segment 1: keep {name} exactly as in the source." in text
    assert "Segment 2: keep M-Pesa untranslated." in text
    assert "Segment 2: translate customer as client (glossary)." in text


@pytest.mark.parametrize(("path", "value", "said"), [
    ("template.params.target_language", "en", "target_language: is the same as the source language"),
    ("template.params.source_language", "english!", "source_language"),
    ("template.params.glossary", [{"source": "customer", "target": "client"}, {"source": "Customer", "target": "x"}],
     "listed twice with different translations"),
    ("template.params.max_length", 0, "max_length"),
    ("template.params.target_direction", "down", "target_direction"),
    ("tasks.0.segments", [], "segments"),
    ("tasks.0.segments", ["  "], "is blank"),
    ("tasks.0.segments", ["x"] * 201, "segments"),
    ("tasks.0.segments", [{"text": "Hi", "max_length": 500}], "max_length"),
    ("tasks.0.terms", [{"source": "invoice", "target": "facture"}], "'invoice' is in no segment of the task"),
    ("tasks.0.keep", ["ACME"], "'ACME' is in no segment of the task"),
    ("tasks.0.media", "abc", "unknown field 'media'"),
])
def test_a_bad_template_or_task_is_refused_whole_with_the_problem_named(tmp_path: Path, path: str, value: Any,
                                                                        said: str):
    doc, media = batch_doc("translation", 3)
    set_path(doc, path, value)
    assert said in refused_batch(tmp_path, doc, media).message


def test_a_gold_answer_that_breaks_its_task_is_refused(tmp_path: Path):
    doc, media = batch_doc("translation", 3)
    doc["format"] = "labclient-batch/1.1"
    doc["tasks"][0]["gold"] = {"answer": {"segments": ["Bonjour !", "Votre client a payé avec M-Pesa."]}}
    refused = refused_batch(tmp_path, doc, media)
    assert "tasks[0].gold.answer" in refused.message and "{name}" in refused.message


def test_the_factory_gold_answer_passes_its_own_task():
    kind = KINDS["translation"]
    doc, _ = batch_doc("translation", 1)
    params = kind.parse_params(doc["template"]["params"], "params")
    answer = GOLD_ANSWERS["translation"]
    assert kind.validate_result(answer, params) == [] and kind.task_issues(answer, doc["tasks"][0], params) == []


def test_marks_find_terms_kept_spans_and_placeholders_in_order():
    terms = [Term("money", "pesa"), Term("mobile money", "pesa za simu"), Term("customer", "mteja")]
    text = "Dear %(name)s, the customer's mobile money via <b>M-Pesa</b> is {amount}. Customers wait."
    found = [(text[m.start:m.end], m.kind, m.info) for m in marks(text, terms, ["M-Pesa"])]
    assert found == [("%(name)s", "placeholder", ""), ("customer", "term", "mteja"),
                     ("mobile money", "term", "pesa za simu"), ("<b>", "placeholder", ""), ("M-Pesa", "keep", ""),
                     ("</b>", "placeholder", ""), ("{amount}", "placeholder", "")]
    rules = segment_rules(text, terms, ["M-Pesa"])
    assert [t.source for t in rules.terms] == ["customer", "mobile money"]  # "Customers" is another word
    assert segment_rules("A fee of {fee}.", [Term("fee", "frais")], []).terms == (Term("fee", "frais"),)
    assert segment_rules("Pay {fee} now.", [Term("fee", "frais")], []).terms == (), "a placeholder is no term"


def test_the_target_direction_follows_the_target_language():
    kind = KINDS["translation"]
    assert is_rtl("ur") and is_rtl("ar-EG") and not is_rtl("fr") and not is_rtl("sw")
    urdu = kind.parse_params({"source_language": "en", "target_language": "ur"}, "params")
    assert urdu["target_direction"] == "rtl" and urdu["source_direction"] == "ltr"
    forced = kind.parse_params({"source_language": "ar", "target_language": "en", "target_direction": "rtl"}, "p")
    assert forced["target_direction"] == "rtl" and forced["source_direction"] == "rtl"


def test_hostile_text_is_checked_without_error():
    kind = KINDS["translation"]
    params = kind.parse_params({"source_language": "en", "target_language": "fr", "max_length": 20_000,
                                "glossary": [{"source": "a" * 100, "target": "b"}]}, "params")
    source = ("%" * 1500) + " {x} " + ("{" * 1000) + ("<a " * 400) + " " + ("a" * 100) + " " + ("a" * 800)
    task = {"id": "t", "segments": [source]}
    kind.check_task(task, params, {}, "task")
    issues = kind.task_issues({"segments": ["<" * 5000 + "%1$" * 3000]}, task, params)
    assert [i.code for i in issues] == ["translation.placeholder", "translation.term"]
