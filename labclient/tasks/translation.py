"""Translation: source segments beside a target editor each, with a glossary and kept spans.

A task holds one segment or several (``segments``), each a string or ``{"text", "max_length",
"note"}``; the result holds one translation per segment (``{"segments": [...]}``). The template
names the two languages (the target's direction follows its language, or ``target_direction``),
the project's glossary (a source term and the translation it requires), the spans that are never
translated (names, codes) and the longest translation a segment may have. Before a worker may
submit, in each segment:

- the translation is not empty and not longer than the segment's (or the template's) most;
- each placeholder of the source (``{name}``, ``{0}``, ``%s``, ``%1$d``, ``%(name)s``, a tag such
  as ``<b>``) is in the translation as often as in the source;
- each kept span (``do_not_translate``, the task's ``keep``) found in the source is in the
  translation unchanged, as often;
- each glossary term found in the source (whole words, any case) has its required translation in
  the translation (any case).

:func:`marks` finds those places in a source segment for the view to highlight, and
:func:`segment_rules` lists, per segment, what the worker must use.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from labclient.tasks.base import Issue, Kind
from labclient.tasks.checks import (
    expect_bool,
    expect_choice,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
    fail,
)

#: Languages written right to left (primary subtags). A target in one of them is edited right to
#: left whatever the UI's language; ``target_direction`` in the template overrides this.
RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku-arab", "nqo", "prs", "ps", "sd", "syr",
                           "ug", "ur", "yi"})
LANGUAGE_RE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}")
#: A placeholder a program fills in: ``{name}``/``{0}``/``{}``, printf's ``%s``/``%1$d``/``%(n)s``/
#: ``%.2f``, Qt's ``%1``, and a markup tag (``<b>``, ``</a>``, ``<br/>``). Every quantifier is
#: bounded and no group repeats, so matching is linear in the text.
PLACEHOLDER_RE = re.compile(
    r"\{[^{}\s]{0,40}\}"
    r"|%(?:\(\w{1,40}\))?(?:\d{1,2}\$)?[-+ 0#]{0,4}\d{0,3}(?:\.\d{1,3})?[sdifuxXeEgGc@]"
    r"|%\d{1,2}(?![\d$])"
    r"|</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,200})?/?>")

MAX_SEGMENTS = 200
MAX_SEGMENT_CHARS = 5000
MAX_GLOSSARY = 500
MAX_KEPT = 200
_PARAMS = frozenset({"source_language", "target_language"})
_OPTIONAL = frozenset({"target_direction", "glossary", "do_not_translate", "max_length", "check_placeholders"})


@dataclass(frozen=True)
class Segment:
    """One source segment of a task: its text, the longest translation it may have, a note."""

    text: str
    max_length: int
    note: str


@dataclass(frozen=True)
class Term:
    """A glossary entry: the source term and the translation every segment holding it must use."""

    source: str
    target: str
    note: str = ""


@dataclass(frozen=True)
class Mark:
    """A place in a source segment the view highlights: ``kind`` is ``term`` (``info`` is the
    required translation), ``keep`` or ``placeholder`` (``info`` is empty)."""

    start: int
    end: int
    kind: str
    info: str


def is_rtl(language: str) -> bool:
    """Whether ``language`` (a tag such as ``ur`` or ``ar-EG``) is written right to left."""
    tag = language.lower()
    return tag in RTL_LANGUAGES or tag.split("-", 1)[0] in RTL_LANGUAGES


def segments_of(task: dict[str, Any], params: dict[str, Any]) -> list[Segment]:
    """The checked task's segments, each with its most (its own, else the template's)."""
    out = []
    for raw in task["segments"]:
        if isinstance(raw, str):
            out.append(Segment(raw, params["max_length"], ""))
        else:
            out.append(Segment(raw["text"], int(raw.get("max_length", params["max_length"])), raw.get("note", "")))
    return out


def terms_of(task: dict[str, Any], params: dict[str, Any]) -> list[Term]:
    """The project's glossary, then the task's own terms."""
    return [Term(t["source"], t["target"], t.get("note", "")) for t in (*params["glossary"], *task.get("terms", []))]


def kept_of(task: dict[str, Any], params: dict[str, Any]) -> list[str]:
    """The spans never translated: the template's, then the task's."""
    return [*params["do_not_translate"], *task.get("keep", [])]


@functools.lru_cache(maxsize=64)
def _term_pattern(sources: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for every term, longest first (so "mobile money" wins over "money"), matched as
    whole words in any case."""
    if not sources:
        return None
    ordered = sorted(set(sources), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in ordered) + r")(?!\w)", re.IGNORECASE)


def terms_in(text: str, terms: Sequence[Term]) -> list[tuple[int, int, Term]]:
    """Where glossary terms occur in ``text`` (whole words, any case), in order, not overlapping."""
    pattern = _term_pattern(tuple(t.source for t in terms))
    if pattern is None:
        return []
    by_source: dict[str, Term] = {}
    for term in terms:
        by_source.setdefault(term.source.casefold(), term)
    return [(m.start(), m.end(), by_source[m.group(0).casefold()]) for m in pattern.finditer(text)
            if m.group(0).casefold() in by_source]


def marks(text: str, terms: Sequence[Term], kept: Sequence[str]) -> list[Mark]:
    """The terms, kept spans and placeholders of a source segment, in order and not overlapping
    (a placeholder or kept span wins over a term that overlaps it)."""
    found: list[Mark] = [Mark(m.start(), m.end(), "placeholder", "") for m in PLACEHOLDER_RE.finditer(text)]
    for span in sorted(set(kept), key=len, reverse=True):
        start = text.find(span)
        while start >= 0:
            found.append(Mark(start, start + len(span), "keep", ""))
            start = text.find(span, start + len(span))
    found += [Mark(s, e, "term", t.target) for s, e, t in terms_in(text, terms)]
    order = {"placeholder": 0, "keep": 1, "term": 2}
    taken: list[Mark] = []
    for mark in sorted(found, key=lambda m: (order[m.kind], m.start)):
        if all(mark.end <= t.start or mark.start >= t.end for t in taken):
            taken.append(mark)
    return sorted(taken, key=lambda m: m.start)


@dataclass(frozen=True)
class SegmentRules:
    """What the translation of one segment must hold."""

    terms: tuple[Term, ...]            # each once, in the order found
    kept: tuple[str, ...]              # each kept span, as often as in the source
    placeholders: tuple[str, ...]      # each placeholder, as often as in the source


def segment_rules(text: str, terms: Sequence[Term], kept: Sequence[str]) -> SegmentRules:
    """What a translation of source ``text`` must hold (see the module)."""
    found = marks(text, terms, kept)
    shown = {(m.start, m.end) for m in found if m.kind == "term"}  # not a term inside a placeholder
    unique_terms: dict[str, Term] = {}
    for start, end, term in terms_in(text, terms):
        if (start, end) in shown:
            unique_terms.setdefault(term.source.casefold(), term)
    return SegmentRules(tuple(unique_terms.values()),
                        tuple(text[m.start:m.end] for m in found if m.kind == "keep"),
                        tuple(text[m.start:m.end] for m in found if m.kind == "placeholder"))


def _check_term(raw: Any, where: str) -> dict[str, str]:
    t = expect_object(raw, where, {"source", "target"}, {"note"})
    out = {"source": expect_str(t["source"], f"{where}.source", min_len=1, max_len=100).strip(),
           "target": expect_str(t["target"], f"{where}.target", min_len=1, max_len=100).strip()}
    if not out["source"] or not out["target"]:
        raise fail(where, "a term and its translation must not be blank")
    if "note" in t:
        out["note"] = expect_str(t["note"], f"{where}.note", max_len=300)
    return out


def _check_terms(raw: Any, where: str, most: int) -> list[dict[str, str]]:
    terms = [_check_term(t, f"{where}[{i}]") for i, t in enumerate(expect_list(raw, where, 0, most))]
    seen: dict[str, str] = {}
    for i, term in enumerate(terms):
        key = term["source"].casefold()
        if key in seen and seen[key] != term["target"]:
            raise fail(f"{where}[{i}].source", f"{term['source']!r} is listed twice with different translations")
        seen[key] = term["target"]
    return terms


def _check_spans(raw: Any, where: str, most: int) -> list[str]:
    spans = expect_list(raw, where, 0, most)
    for i, span in enumerate(spans):
        if not expect_str(span, f"{where}[{i}]", min_len=1, max_len=100).strip():
            raise fail(f"{where}[{i}]", "must not be blank")
    return list(spans)


class Translation(Kind):
    """Translate each source segment of a task into the target language."""

    name = "translation"
    min_plausible_ms = 3000  # reading a sentence and typing it in another language takes seconds
    task_fields = frozenset({"segments", "context", "terms", "keep"})
    result_fields = frozenset({"segments"})

    def parse_params(self, params: Any, where: str) -> dict[str, Any]:
        p = expect_object(params, where, _PARAMS, _OPTIONAL)
        languages = {}
        for key in ("source_language", "target_language"):
            languages[key] = expect_str(p[key], f"{where}.{key}", min_len=2, max_len=35, pattern=LANGUAGE_RE)
        if languages["source_language"].lower() == languages["target_language"].lower():
            raise fail(f"{where}.target_language", "is the same as the source language")
        default = "rtl" if is_rtl(languages["target_language"]) else "ltr"
        return {
            **languages,
            "source_direction": "rtl" if is_rtl(languages["source_language"]) else "ltr",
            "target_direction": expect_choice(p.get("target_direction", default), f"{where}.target_direction",
                                              ("ltr", "rtl")),
            "glossary": _check_terms(p.get("glossary", []), f"{where}.glossary", MAX_GLOSSARY),
            "do_not_translate": _check_spans(p.get("do_not_translate", []), f"{where}.do_not_translate", MAX_KEPT),
            "max_length": expect_int(p.get("max_length", 2000), f"{where}.max_length", 1, 20_000),
            "check_placeholders": expect_bool(p.get("check_placeholders", True), f"{where}.check_placeholders"),
        }

    def check_task(self, task: dict[str, Any], params: dict[str, Any], mimes: dict[str, str], where: str) -> None:
        if "segments" not in task:
            raise fail(where, "missing field 'segments'")
        raw = expect_list(task["segments"], f"{where}.segments", 1, MAX_SEGMENTS)
        for i, segment in enumerate(raw):
            sw = f"{where}.segments[{i}]"
            text = segment
            if isinstance(segment, dict):
                s = expect_object(segment, sw, {"text"}, {"max_length", "note"})
                text = s["text"]
                if "max_length" in s:
                    expect_int(s["max_length"], f"{sw}.max_length", 1, params["max_length"])
                if "note" in s:
                    expect_str(s["note"], f"{sw}.note", max_len=500)
            if not expect_str(text, sw if isinstance(segment, str) else f"{sw}.text", min_len=1,
                              max_len=MAX_SEGMENT_CHARS).strip():
                raise fail(sw, "is blank; a segment holds text to translate")
        if "context" in task:
            expect_str(task["context"], f"{where}.context", max_len=2000)
        texts = [s.text for s in segments_of(task, params)]
        if "terms" in task:
            terms = _check_terms(task["terms"], f"{where}.terms", MAX_GLOSSARY)
            for i, term in enumerate(terms):
                if not terms_in("\n".join(texts), [Term(term["source"], term["target"])]):
                    raise fail(f"{where}.terms[{i}]", f"{term['source']!r} is in no segment of the task")
        if "keep" in task:
            for i, span in enumerate(_check_spans(task["keep"], f"{where}.keep", MAX_KEPT)):
                if not any(span in text for text in texts):
                    raise fail(f"{where}.keep[{i}]", f"{span!r} is in no segment of the task")

    def fast_check(self, params: dict[str, Any], mimes: dict[str, str]) -> Callable[[dict[str, Any]], bool]:
        def ok(task: dict[str, Any]) -> bool:
            segments, context = task.get("segments"), task.get("context")
            if "terms" in task or "keep" in task or type(segments) is not list or not 0 < len(segments) <= MAX_SEGMENTS:
                return False
            if context is not None and not (type(context) is str and len(context) <= 2000):
                return False
            return all(type(s) is str and 0 < len(s) <= MAX_SEGMENT_CHARS and not s.isspace() for s in segments)

        return ok

    def validate_result(self, result: Any, params: dict[str, Any]) -> list[Issue]:
        if (not isinstance(result, dict) or not isinstance(result.get("segments"), list)
                or not 0 < len(result["segments"]) <= MAX_SEGMENTS
                or not all(isinstance(s, str) for s in result["segments"])):
            return [Issue(None, "result.shape", "The result must hold one translation per segment.")]
        issues = []
        for i, text in enumerate(result["segments"]):
            if not text.strip():
                issues.append(Issue(f"segment.{i}", "translation.empty", "Segment {n} has no translation.",
                                    {"n": i + 1}))
            elif len(text) > params["max_length"]:
                issues.append(Issue(f"segment.{i}", "translation.too_long",
                                    "Segment {n} is {length} characters long; the most is {max}.",
                                    {"n": i + 1, "length": len(text), "max": params["max_length"]}))
        return issues

    def task_issues(self, result: dict[str, Any], task: dict[str, Any], params: dict[str, Any]) -> list[Issue]:
        segments = segments_of(task, params)
        given: list[str] = result["segments"]
        if len(given) != len(segments):
            return [Issue(None, "translation.count", "The task has {n} segments; the result has {given}.",
                          {"n": len(segments), "given": len(given)})]
        terms, kept = terms_of(task, params), kept_of(task, params)
        issues: list[Issue] = []
        for i, (segment, text) in enumerate(zip(segments, given, strict=True)):
            if not text.strip():
                continue  # validate_result said so already
            issues += _segment_issues(i, segment, text, terms, kept, params["check_placeholders"])
        return issues

    def empty_result(self, task: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        return {"segments": ["" for _ in task["segments"]]}


def _segment_issues(i: int, segment: Segment, text: str, terms: Sequence[Term], kept: Sequence[str],
                    placeholders: bool) -> list[Issue]:
    field, n = f"segment.{i}", i + 1
    issues: list[Issue] = []
    if len(text) > segment.max_length:
        issues.append(Issue(field, "translation.too_long",
                            "Segment {n} is {length} characters long; the most is {max}.",
                            {"n": n, "length": len(text), "max": segment.max_length}))
    rules = segment_rules(segment.text, terms, kept)
    if placeholders:
        missing = Counter(rules.placeholders) - Counter(m.group(0) for m in PLACEHOLDER_RE.finditer(text))
        extra = Counter(m.group(0) for m in PLACEHOLDER_RE.finditer(text)) - Counter(rules.placeholders)
        if missing:
            issues.append(Issue(field, "translation.placeholder", "Segment {n}: keep {placeholder} exactly as in "
                                "the source.", {"n": n, "placeholder": next(iter(missing))}))
        elif extra:
            issues.append(Issue(field, "translation.placeholder_extra", "Segment {n}: {placeholder} is not in the "
                                "source; remove it.", {"n": n, "placeholder": next(iter(extra))}))
    for span, count in Counter(rules.kept).items():
        if text.count(span) < count:
            issues.append(Issue(field, "translation.keep", "Segment {n}: keep {span} untranslated.",
                                {"n": n, "span": span}))
            break
    folded = text.casefold()
    for term in rules.terms:
        if term.target.casefold() not in folded:
            issues.append(Issue(field, "translation.term", "Segment {n}: translate {term} as {required} (glossary).",
                                {"n": n, "term": term.source, "required": term.target}))
            break
    return issues
