"""Data entry: fields keyed or verified beside a source (scanned image or listing text)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from labclient.tasks.base import IMAGE_MIMES, Issue, Kind
from labclient.tasks.checks import (
    ID_RE,
    expect_bool,
    expect_choice,
    expect_int,
    expect_list,
    expect_number,
    expect_object,
    expect_str,
    expect_unique_ids,
    fail,
)
from labclient.tasks.patterns import PatternError, compile_pattern, full_match

FIELD_TYPES = ("text", "number", "date", "choice", "phone", "url", "email")
_FIELD_OPTIONAL = frozenset({"required", "pattern", "min", "max", "max_length", "choices", "help"})
_NUMBER_RE = re.compile(r"[-+]?\d+(?:[.,]\d+)?")
_AMBIGUOUS_RE = re.compile(r"[-+]?\d{1,3}[.,]\d{3}")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


#: Marks a template may give for its numbers (``params.number_format``).
DECIMAL_MARKS = (".", ",")
THOUSANDS_MARKS = ("", ",", ".", " ", "'")


def is_ambiguous_number(text: str) -> bool:
    """Whether ``text`` reads both as thousands and as a decimal (``10,500``, ``1.250``) when the
    template says nothing of its marks: one mark followed by exactly three digits."""
    return _AMBIGUOUS_RE.fullmatch(text.strip().replace(" ", "")) is not None


def parse_number(text: str, number_format: dict[str, str] | None = None) -> float | None:
    """The number a worker typed, or None.

    With the template's ``number_format`` (``{"decimal": "," , "thousands": "."}``) exactly those
    marks are accepted: thousands in groups of three (``10.500,25``), the decimal mark once.
    Without one, ``.`` or ``,`` is the decimal mark and spaces are ignored, but a number that reads
    both ways (``10,500``: ten thousand five hundred, or ten and a half?) is not a number: the
    worker is asked to write it without a thousands mark.
    """
    if number_format is not None:
        decimal, thousands = number_format["decimal"], number_format["thousands"]
        grouped = rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+|" if thousands else ""
        if not re.fullmatch(rf"[-+]?(?:{grouped}\d+)(?:{re.escape(decimal)}\d+)?", text.strip()):
            return None
        plain = text.strip().replace(thousands, "") if thousands else text.strip()
        return float(plain.replace(decimal, "."))
    text = text.strip().replace(" ", "")
    if not _NUMBER_RE.fullmatch(text) or _AMBIGUOUS_RE.fullmatch(text):
        return None
    return float(text.replace(",", "."))


def parse_date(text: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` date, or None."""
    text = text.strip()
    if not _DATE_RE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


#: Most characters a ``url`` value may have, and the bounds of a host name (RFC 1035) and of an
#: email address's local part (RFC 5321).
MAX_URL_LENGTH = 2000
_MAX_HOST = 253
_MAX_LABEL = 63
_MAX_LOCAL_PART = 64
#: Digits a phone number has in all: a short local number at least, E.164's fifteen at most.
PHONE_DIGITS = (7, 15)
_ASCII_DIGITS = frozenset("0123456789")
_PHONE_SEPARATORS = frozenset(" -.()")
_URL_SCHEMES = ("http", "https")

#: The built-in check of each typed field: its issue code and English template (``{label}``).
_TYPED_ISSUES = {
    "phone": ("field.phone", "{label} must be a phone number: digits, with + and spaces allowed "
                             "(for example +256 772 123456)."),
    "url": ("field.url", "{label} must be a web address starting with https:// "
                         "(for example https://www.example.com)."),
    "email": ("field.email", "{label} must be an email address (for example name@example.com)."),
}


def _plain(text: str) -> str:
    """``text`` stripped, each run of white space inside made one space."""
    return " ".join(text.split())


def _is_host(host: str) -> bool:
    """Whether ``host`` is a domain name of two labels or more (``example.com``, not ``localhost``):
    each label 1 to 63 letters, digits (any script's) or hyphens, not starting or ending with one."""
    if not 0 < len(host) <= _MAX_HOST:
        return False
    labels = host.split(".")
    return len(labels) >= 2 and all(_is_label(label) for label in labels)


def _is_label(label: str) -> bool:
    return (0 < len(label) <= _MAX_LABEL and label[0] != "-" and label[-1] != "-"
            and all(ch.isalnum() or ch == "-" for ch in label))


def _is_visible(text: str) -> bool:
    """Whether ``text`` holds only printable characters and no white space."""
    return all(ch.isprintable() and not ch.isspace() for ch in text)


def _phone(text: str) -> str | None:
    """A phone number's digits, with its leading ``+`` if it has one; None when ``text`` is not a
    phone number (characters other than digits and `` -.()`` separators, or too few or many digits)."""
    plus = text.startswith("+")
    digits: list[str] = []
    for ch in text[1:] if plus else text:
        if ch in _ASCII_DIGITS:
            digits.append(ch)
            if len(digits) > PHONE_DIGITS[1]:
                return None
        elif ch not in _PHONE_SEPARATORS:
            return None
    if len(digits) < PHONE_DIGITS[0]:
        return None
    return ("+" if plus else "") + "".join(digits)


def _url(text: str) -> str | None:
    """An ``http(s)://`` address with its scheme and host lower-cased and a lone ``/`` path
    dropped; None when ``text`` is not one (no scheme, no dotted host, a bad port, white space)."""
    if len(text) > MAX_URL_LENGTH or not _is_visible(text):
        return None
    scheme, sep, after = text.partition("://")
    if not sep or scheme.lower() not in _URL_SCHEMES:
        return None
    end = next((i for i, ch in enumerate(after) if ch in "/?#"), len(after))
    authority, rest = after[:end], after[end:]
    host, colon, port = authority.partition(":")
    if colon and not (port.isascii() and port.isdigit() and len(port) <= 5 and 0 < int(port) <= 65535):
        return None
    if not _is_host(host):
        return None
    if rest == "/" or rest.startswith(("/?", "/#")):
        rest = rest[1:]
    return f"{scheme.lower()}://{authority.lower()}{rest}"


def _email(text: str) -> str | None:
    """An email address case folded; None when ``text`` is not one (one ``@``, a local part of
    printable characters without white space, a dotted domain as for :func:`_url`)."""
    local, at, domain = text.partition("@")
    if not at or not 0 < len(local) <= _MAX_LOCAL_PART or not _is_visible(local) or not _is_host(domain):
        return None
    return text.casefold()


_TYPED_VALUES: dict[str, Callable[[str], str | None]] = {"phone": _phone, "url": _url, "email": _email}


def normal_value(field_type: str, text: str) -> str:
    """The form two values of a ``field_type`` field are compared in.

    A phone number is its digits, with its leading ``+`` kept (``+256-772-123 456`` and
    ``+256 772 123456`` are both ``+256772123456``); a web address has its scheme and host
    lower-cased and a lone ``/`` path dropped; an email address is case folded. Any other value,
    and a value that is not of its field's type, is stripped with each run of white space inside
    made one space. Linear in the length of ``text``.

    >>> normal_value("phone", "+256-772-123 456"), normal_value("url", "HTTPS://Example.COM/")
    ('+256772123456', 'https://example.com')
    >>> normal_value("email", "Amina@Example.com"), normal_value("text", "  Mama   Pima ")
    ('amina@example.com', 'Mama Pima')
    """
    plain = _plain(text)
    parse = _TYPED_VALUES.get(field_type)
    typed = parse(plain) if parse is not None else None
    return plain if typed is None else typed


def _parse_field(raw: Any, where: str) -> dict[str, Any]:
    f = expect_object(raw, where, {"id", "label", "type"}, _FIELD_OPTIONAL)
    kind = expect_choice(f["type"], f"{where}.type", FIELD_TYPES)
    out: dict[str, Any] = {
        "id": expect_str(f["id"], f"{where}.id", min_len=1, max_len=128, pattern=ID_RE),
        "label": expect_str(f["label"], f"{where}.label", min_len=1, max_len=120),
        "type": kind,
        "required": expect_bool(f.get("required", False), f"{where}.required"),
        "help": expect_str(f.get("help", ""), f"{where}.help", max_len=500),
        "pattern": None,
        "min": None,
        "max": None,
        "max_length": expect_int(f.get("max_length", 1000), f"{where}.max_length", 1, 10_000),
        "choices": [],
    }
    if "pattern" in f:
        pattern = expect_str(f["pattern"], f"{where}.pattern", min_len=1, max_len=500)
        try:
            compile_pattern(pattern)
        except PatternError as exc:
            raise fail(f"{where}.pattern", f"is not a valid regular expression in RE2's syntax, which "
                                           f"matches in linear time ({exc})") from None
        out["pattern"] = pattern
    for bound in ("min", "max"):
        if bound not in f:
            continue
        if kind == "number":
            out[bound] = expect_number(f[bound], f"{where}.{bound}", -1e15, 1e15)
        elif kind == "date":
            text = expect_str(f[bound], f"{where}.{bound}", max_len=10)
            if parse_date(text) is None:
                raise fail(f"{where}.{bound}", "must be a date written YYYY-MM-DD")
            out[bound] = text
        else:
            raise fail(f"{where}.{bound}", f"applies to number and date fields, not {kind}")
    if kind == "choice":
        choices = expect_list(f.get("choices"), f"{where}.choices", 1, 200)
        for i, choice in enumerate(choices):
            expect_str(choice, f"{where}.choices[{i}]", min_len=1, max_len=120)
        out["choices"] = list(choices)
    elif "choices" in f:
        raise fail(f"{where}.choices", "applies to choice fields only")
    return out


def check_value(field: dict[str, Any], value: str) -> Issue | None:
    """The first rule of ``field`` that ``value`` (as typed) breaks, or None."""
    fid = field["id"]
    text = value.strip()
    if not text:
        if field["required"]:
            return Issue(fid, "field.required", "{label} is required.", {"label": field["label"]})
        return None
    if len(text) > field["max_length"]:
        return Issue(fid, "field.too_long", "{label} is at most {max} characters.",
                     {"label": field["label"], "max": field["max_length"]})
    kind = field["type"]
    if kind == "number":
        number_format = field.get("number_format")
        number = parse_number(text, number_format)
        if number is None and number_format is None and is_ambiguous_number(text):
            return Issue(fid, "field.number_ambiguous", "{label}: {value} could be a thousands mark or a decimal "
                         "one. Write it without the thousands mark (10500), or with two decimals (10.50).",
                         {"label": field["label"], "value": text})
        if number is None and number_format is not None:
            return Issue(fid, "field.number_format", "{label} must be a number written like {example}.",
                         {"label": field["label"], "example": number_example(number_format)})
        if number is None:
            return Issue(fid, "field.number", "{label} must be a number.", {"label": field["label"]})
        lo, hi = field["min"], field["max"]
        if (lo is not None and number < lo) or (hi is not None and number > hi):
            return Issue(fid, "field.range", "{label} must be between {min} and {max}.",
                         {"label": field["label"], "min": _show(lo, "-∞"), "max": _show(hi, "∞")})
    elif kind == "date":
        day = parse_date(text)
        if day is None:
            return Issue(fid, "field.date", "{label} must be a date written YYYY-MM-DD.", {"label": field["label"]})
        lo, hi = field["min"], field["max"]
        if (lo is not None and text < lo) or (hi is not None and text > hi):
            return Issue(fid, "field.range", "{label} must be between {min} and {max}.",
                         {"label": field["label"], "min": lo or "…", "max": hi or "…"})
    elif kind == "choice" and text not in field["choices"]:
        return Issue(fid, "field.choice", "{label} must be one of the listed choices.", {"label": field["label"]})
    elif kind in _TYPED_VALUES and _TYPED_VALUES[kind](text) is None:
        code, template = _TYPED_ISSUES[kind]
        return Issue(fid, code, template, {"label": field["label"]})
    if field["pattern"] is not None and not full_match(field["pattern"], text):
        return Issue(fid, "field.pattern", "{label} is not in the expected form.", {"label": field["label"]})
    return None


def number_example(number_format: dict[str, str]) -> str:
    """How a number is written in ``number_format``: ``12,345.67`` or ``12.345,67`` or ``12345,67``."""
    return f"12{number_format['thousands']}345{number_format['decimal']}67"


def _show(value: float | None, missing: str) -> str:
    return missing if value is None else f"{value:g}"


class DataEntry(Kind):
    """Key or verify a record's fields and choose an outcome (verified, corrected, closed…)."""

    name = "data_entry"
    min_plausible_ms = 2000  # reading a record and pressing Enter takes two seconds at least
    task_fields = frozenset({"media", "text", "prefill"})
    result_fields = frozenset({"outcome", "fields"})

    def parse_params(self, params: Any, where: str) -> dict[str, Any]:
        p = expect_object(params, where, {"fields", "outcomes"}, {"number_format"})
        fields = [_parse_field(f, f"{where}.fields[{i}]")
                  for i, f in enumerate(expect_list(p["fields"], f"{where}.fields", 1, 50))]
        expect_unique_ids(fields, f"{where}.fields")
        if "number_format" in p:
            nf = expect_object(p["number_format"], f"{where}.number_format", {"decimal", "thousands"}, set())
            for key, marks in (("decimal", DECIMAL_MARKS), ("thousands", THOUSANDS_MARKS)):
                if nf[key] not in marks:
                    raise fail(f"{where}.number_format.{key}", "must be one of " + ", ".join(map(repr, marks)))
            number_format = {"decimal": str(nf["decimal"]), "thousands": str(nf["thousands"])}
            if number_format["decimal"] == number_format["thousands"]:
                raise fail(f"{where}.number_format", "the decimal and thousands marks must differ")
            for field in fields:  # each number field reads and checks its values with the source's marks
                if field["type"] == "number":
                    field["number_format"] = number_format
        outcomes = []
        for i, raw in enumerate(expect_list(p["outcomes"], f"{where}.outcomes", 1, 9)):
            ow = f"{where}.outcomes[{i}]"
            o = expect_object(raw, ow, {"id", "text"}, {"needs_fields"})
            outcomes.append({
                "id": expect_str(o["id"], f"{ow}.id", min_len=1, max_len=128, pattern=ID_RE),
                "text": expect_str(o["text"], f"{ow}.text", min_len=1, max_len=80),
                "needs_fields": expect_bool(o.get("needs_fields", True), f"{ow}.needs_fields"),
            })
        expect_unique_ids(outcomes, f"{where}.outcomes")
        return {"fields": fields, "outcomes": outcomes}

    def check_task(self, task: dict[str, Any], params: dict[str, Any], mimes: dict[str, str], where: str) -> None:
        if "media" not in task and "text" not in task:
            raise fail(where, "needs 'media' (a scanned image) or 'text' (the listing)")
        if "media" in task:
            mime = mimes.get(task["media"]) if isinstance(task["media"], str) else None
            if mime is None:
                raise fail(f"{where}.media", "is not listed in the batch's media")
            if mime not in IMAGE_MIMES:
                raise fail(f"{where}.media", f"is {mime}; data entry shows an image")
        if "text" in task:
            expect_str(task["text"], f"{where}.text", max_len=20_000)
        if "prefill" in task:
            ids = {f["id"] for f in params["fields"]}
            prefill = expect_object(task["prefill"], f"{where}.prefill", set(), ids)
            for key, value in prefill.items():
                expect_str(value, f"{where}.prefill.{key}", max_len=10_000)

    def fast_check(self, params: dict[str, Any], mimes: dict[str, str]) -> Callable[[dict[str, Any]], bool]:
        images = {sha for sha, mime in mimes.items() if mime in IMAGE_MIMES}
        ids = frozenset(f["id"] for f in params["fields"])

        def ok(task: dict[str, Any]) -> bool:
            media, text, prefill = task.get("media"), task.get("text"), task.get("prefill")
            if media is None and text is None:
                return False
            if media is not None and media not in images:
                return False
            if text is not None and not (type(text) is str and len(text) <= 20_000):
                return False
            if prefill is None:
                return True
            if type(prefill) is not dict or not prefill.keys() <= ids:
                return False
            return all(type(value) is str and len(value) <= 10_000 for value in prefill.values())

        return ok

    def validate_result(self, result: Any, params: dict[str, Any]) -> list[Issue]:
        if not isinstance(result, dict) or not isinstance(result.get("fields"), dict):
            return [Issue(None, "result.shape", "The result must hold the fields and an outcome.")]
        outcome = next((o for o in params["outcomes"] if o["id"] == result.get("outcome")), None)
        issues: list[Issue] = []
        if outcome is None:
            issues.append(Issue("outcome", "outcome.missing", "Choose an outcome."))
        values = result["fields"]
        ids = {f["id"] for f in params["fields"]}
        if any(k not in ids or not isinstance(v, str) for k, v in values.items()):
            return [Issue(None, "result.shape", "The result holds a field this template does not have.")]
        if outcome is None or outcome["needs_fields"]:
            for field in params["fields"]:
                issue = check_value(field, values.get(field["id"], ""))
                if issue is not None:
                    issues.append(issue)
        return issues

    def empty_result(self, task: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        prefill = task.get("prefill", {})
        return {"outcome": None, "fields": {f["id"]: prefill.get(f["id"], "") for f in params["fields"]}}
