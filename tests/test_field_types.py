"""Data entry's phone, url and email fields: each checks what a worker types without a regular
expression from the batch author, refuses hostile text at once, and compares values written
differently as the same value when scoring and when workers' answers are put together."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from labclient.errors import BundleError
from labclient.quality.agreement import Answer, aggregate
from labclient.quality.data_entry import score_data_entry
from labclient.tasks.data_entry import DataEntry, check_value, normal_value
from labclient.ui.task_views.data_entry import DataEntryView
from labclient.workspace import Task, Template

OUTCOMES = [{"id": "verified", "text": "Verified"}, {"id": "closed", "text": "Closed", "needs_fields": False}]


def template(**extra: Any) -> dict[str, Any]:
    """A business-listing template with one field of each new type (``extra`` added to each)."""
    fields = [{"id": "phone", "label": "Shop phone", "type": "phone"},
              {"id": "site", "label": "Web site", "type": "url"},
              {"id": "mail", "label": "Contact email", "type": "email"}]
    return {"fields": [{**f, **extra} for f in fields], "outcomes": copy.deepcopy(OUTCOMES)}


PARAMS = DataEntry().parse_params(template(), "template.params")
FIELD = {f["type"]: f for f in PARAMS["fields"]}


@pytest.mark.parametrize(("kind", "value"), [
    ("phone", "+256 772 123456"),
    ("phone", "+256-772-123-456"),
    ("phone", "0712 345 678"),
    ("phone", "(020) 7946 0958"),
    ("phone", "+1 (555) 010.4477"),
    ("phone", "5550104"),                       # seven digits: a short local number
    ("phone", "+123456789012345"),              # fifteen: E.164's most
    ("url", "https://www.example.com"),
    ("url", "http://example.co.ug/shops/mama-pima?id=12&x=y#map"),
    ("url", "HTTPS://Example.COM:8443/"),
    ("url", "https://mañana-café.mx/menú"),    # letters of any script, in the host and the path
    ("url", "https://192.168.10.4/admin"),
    ("email", "amina.njeri@example.com"),
    ("email", "Shop+orders@Mama-Pima.co.ke"),
    ("email", "o'brien@mail.example.ie"),
    ("email", "josé@correo.example.mx"),
])
def test_a_realistic_value_is_accepted(kind: str, value: str) -> None:
    assert check_value(FIELD[kind], value) is None
    assert check_value(FIELD[kind], f"  {value} ") is None, "white space at the ends is ignored"


@pytest.mark.parametrize(("kind", "value"), [
    ("phone", "call me"),
    ("phone", "0712 34"),                       # six digits
    ("phone", "+1234567890123456"),             # sixteen
    ("phone", "+256 772 123456 ext 4"),
    ("phone", "256+772123456"),                 # + only in front
    ("phone", "++256772123456"),
    ("phone", "0712/345/678"),
    ("phone", "０７１２３４５６７８"),            # full-width digits are not what the hub dials
    ("phone", "n/a"),
    ("url", "www.example.com"),                 # no scheme
    ("url", "example.com"),
    ("url", "ftp://example.com"),
    ("url", "https://localhost:8080"),          # one label
    ("url", "https://example"),
    ("url", "https://"),
    ("url", "https://exa mple.com"),
    ("url", "https://example.com/a b"),
    ("url", "https://-bad.example.com"),
    ("url", "https://bad-.example.com"),
    ("url", "https://under_score.example.com"),
    ("url", "https://example..com"),
    ("url", "https://example.com."),
    ("url", "https://example.com:"),
    ("url", "https://example.com:99999"),
    ("url", "https://example.com:８０"),
    ("url", "https://user@example.com"),
    ("url", "https://example.com/\x07"),
    ("url", "https://" + "a" * 64 + ".com"),    # a label of 64
    ("email", "amina.example.com"),
    ("email", "amina@@example.com"),
    ("email", "amina@shop@example.com"),
    ("email", "@example.com"),
    ("email", "amina@"),
    ("email", "amina@localhost"),
    ("email", "amina njeri@example.com"),
    ("email", "amina@exa mple.com"),
    ("email", "amina@-example.com"),
    ("email", "amina\x00@example.com"),
    ("email", "a" * 65 + "@example.com"),
    ("email", "mailto:amina@example"),
])
def test_a_realistic_mistake_is_refused_naming_the_field(kind: str, value: str) -> None:
    issue = check_value(FIELD[kind], value)
    assert issue is not None
    assert (issue.field, issue.code) == (FIELD[kind]["id"], f"field.{kind}")
    assert FIELD[kind]["label"] in issue.message and "{" not in issue.message


def test_a_url_is_at_most_2000_characters_whatever_the_field_allows() -> None:
    roomy = {**FIELD["url"], "max_length": 10_000}
    longest = "https://example.com/" + "p" * (2000 - len("https://example.com/"))
    assert check_value(roomy, longest) is None
    issue = check_value(roomy, longest + "p")
    assert issue is not None and issue.code == "field.url"


def test_the_url_message_says_to_start_with_https() -> None:
    issue = check_value(FIELD["url"], "www.example.com")
    assert issue is not None and "https://" in issue.message


def test_an_empty_optional_field_is_fine_and_a_required_one_is_asked_for() -> None:
    assert all(check_value(f, "  ") is None for f in PARAMS["fields"])
    required = DataEntry().parse_params(template(required=True), "template.params")["fields"]
    assert [check_value(f, "").code for f in required] == ["field.required"] * 3  # type: ignore[union-attr]


def test_the_template_pattern_still_applies_on_top() -> None:
    spaced = DataEntry().parse_params(template(pattern=r"\+?[0-9 ]{7,16}"), "p")["fields"][0]
    assert check_value(spaced, "+256 772 123456") is None
    issue = check_value(spaced, "+256-772-123456")
    assert issue is not None and issue.code == "field.pattern", "a phone number, but not in the house style"
    bad = check_value(spaced, "call me")
    assert bad is not None and bad.code == "field.phone", "the type's own check comes first"


@pytest.mark.parametrize(("kind", "bound"), [("url", "min"), ("phone", "max"), ("email", "min")])
def test_min_and_max_are_refused_at_parse_time(kind: str, bound: str) -> None:
    params = template()
    field = next(f for f in params["fields"] if f["type"] == kind)
    field[bound] = 1
    with pytest.raises(BundleError, match=f"applies to number and date fields, not {kind}"):
        DataEntry().parse_params(params, "template.params")


def test_an_unknown_type_is_still_refused() -> None:
    params = template()
    params["fields"][0]["type"] = "fax"
    with pytest.raises(BundleError):
        DataEntry().parse_params(params, "template.params")


HOSTILE = [
    "9" * 100_000,
    "+" + "1 " * 50_000,
    "https://" + "a." * 50_000 + "com",
    "https://example.com/" + "x" * 100_000,
    "a" * 50_000 + "@" + "b." * 25_000 + "c",
    "\x00\x01\x1b[2J\u202e\ufeff" * 10_000,
    "." * 1_000_000,
    "@" * 1_000_000,
]


@pytest.mark.parametrize("kind", ["phone", "url", "email"])
@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_refused_at_once(kind: str, text: str) -> None:
    roomy = {**FIELD[kind], "max_length": 10_000_000}  # past the length check: the type's own check reads it
    issue = check_value(roomy, text)
    assert issue is not None and issue.code in (f"field.{kind}", "field.pattern")
    assert check_value(FIELD[kind], text) is not None  # the usual bound refuses it first
    assert isinstance(normal_value(kind, text), str)


@pytest.mark.parametrize(("kind", "a", "b"), [
    ("phone", "+256-772-123 456", "+256 772 123456"),
    ("phone", "(0712) 345.678", "0712345678"),
    ("url", "HTTPS://Example.COM/", "https://example.com"),
    ("url", "https://Example.com/?q=1", "https://example.com?q=1"),
    ("email", "Amina.Njeri@Example.COM", "amina.njeri@example.com"),
    ("text", "  Mama   Pima\tShop ", "Mama Pima Shop"),
])
def test_values_written_differently_have_one_normal_form(kind: str, a: str, b: str) -> None:
    assert normal_value(kind, a) == normal_value(kind, b)


@pytest.mark.parametrize(("kind", "a", "b"), [
    ("phone", "+256 772 123456", "256 772 123456"),  # with and without the country's +
    ("phone", "0712 345 678", "0712 345 687"),
    ("url", "https://example.com/Shop", "https://example.com/shop"),  # a path's case matters
    ("url", "http://example.com", "https://example.com"),
    ("text", "Mama Pima", "mama pima"),
    ("phone", "n/a", ""),  # not a phone number: compared as text, never as no digits at all
])
def test_different_values_stay_different(kind: str, a: str, b: str) -> None:
    assert normal_value(kind, a) != normal_value(kind, b)


def entry(**fields: str) -> dict[str, Any]:
    values = {"phone": "+256 772 123456", "site": "https://www.mamapima.example.com/", "mail": "info@mamapima.ug"}
    return {"outcome": "verified", "fields": {**values, **fields}}


def test_scoring_takes_a_phone_url_or_email_written_differently_as_right() -> None:
    gold = entry()
    given = entry(phone="+256-772-123456", site="HTTPS://WWW.MamaPima.example.com", mail="Info@MamaPima.UG")
    s = score_data_entry(given, gold, PARAMS)
    assert s.score == 1.0
    assert [(f.name, f.correct) for f in s.fields] == [
        ("Outcome", True), ("Shop phone", True), ("Web site", True), ("Contact email", True)]
    wrong = score_data_entry(entry(phone="+256 772 123465"), gold, PARAMS)
    assert [f.name for f in wrong.fields if not f.correct] == ["Shop phone"]


def test_two_workers_writing_one_phone_differently_agree() -> None:
    answers = [Answer(entry(phone="+256 772 123456")), Answer(entry(phone="+256-772-123-456")),
               Answer(entry(phone="+256 772 999999"))]
    c = aggregate({"kind": "data_entry", "params": PARAMS}, answers)
    assert c.answer["fields"]["phone"] == "+256 772 123456", "the majority's, as the first of it wrote it"
    assert c.agrees == (True, True, False)


def test_the_phone_field_asks_for_a_dialling_keyboard(qtbot: QtBot) -> None:
    view = DataEntryView()
    qtbot.addWidget(view)
    params = DataEntry().parse_params(template(), "template.params")
    task = Task(1, "listings", "t-0001", "Listings", Template("data_entry", 1, "Listings", "", params),
                {"text": "Mama Pima Shop, Gulu. Tel +256 772 123456"}, None)
    view.load(task, {"outcome": None, "fields": {}})
    hints = {fid: w.inputMethodHints() for fid, w in view.inputs.items() if isinstance(w, QLineEdit)}
    assert hints["phone"] & Qt.InputMethodHint.ImhDialableCharactersOnly
    assert hints["site"] & Qt.InputMethodHint.ImhUrlCharactersOnly
    assert hints["mail"] & Qt.InputMethodHint.ImhEmailCharactersOnly
    assert all(w.placeholderText() for w in view.inputs.values() if isinstance(w, QLineEdit))
