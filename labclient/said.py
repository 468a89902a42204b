"""What the core tells a person outside an error: a sentence kept as a stable code, its English
template and its params, so the UI says it in the person's language (``labclient/ui/messages.py``)
while logs, the sync history and the command line keep the English."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from labclient.errors import LabClientError


class Span(int):
    """A length of time in milliseconds, as a param of a sentence: English writes it "2 h 15 min"
    (to the second below ten minutes), the UI in the person's language."""

    def __str__(self) -> str:
        return span_text(self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def span_parts(ms: int) -> tuple[str, tuple[int, ...]]:
    """``ms`` as an English template and its numbers: ("{0} s", (45,)), ("{0} min {1} s", (2, 5)),
    ("{0} h {1} min", (2, 15)), ("{0} d {1} h {2} min", (1, 3, 0)); to the second below ten minutes."""
    if 0 < ms < 10 * 60000 and ms % 60000 >= 1000:  # short spans to the second: "2 min" beside "2 min" hides why
        whole, seconds = divmod(ms // 1000, 60)
        return ("{0} min {1} s", (whole, seconds)) if whole else ("{0} s", (seconds,))
    minutes = round(ms / 60000)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return "{0} d {1} h {2} min", (days, hours, mins)
    if hours:
        return "{0} h {1} min", (hours, mins)
    if minutes:
        return "{0} min", (mins,)
    return "{0} s", (ms // 1000,)


def span_text(ms: int) -> str:
    """``ms`` in English: "45 s", "2 min 5 s", "2 h 15 min", "1 d 3 h 0 min"."""
    template, numbers = span_parts(ms)
    return template.format(*numbers)


@dataclass(frozen=True)
class Said:
    """One sentence: ``template`` (``str.format`` with ``params``) under ``code``. A count a
    sentence turns on is the param ``n``, so a translation can pick its plural form; a param may
    itself be a ``Said`` (a problem quoted inside a sentence)."""

    code: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    error: LabClientError | None = field(default=None, compare=False, repr=False)  # the error it tells, if one

    @property
    def english(self) -> str:
        """The sentence in English."""
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):  # a template naming a missing param is a bug
            return f"{self.template} {dict(self.params)}"

    def __str__(self) -> str:  # a sentence inside another one's params reads as its English
        return self.english

    @classmethod
    def of(cls, error: LabClientError) -> Said:
        """An error told as a sentence (the UI translates it as it does the error itself)."""
        return cls(error.code, error.template, dict(error.params), error)


#: The most sentences a stored report keeps (a run says a handful).
MAX_STORED = 20


def to_json(said: Sequence[Said]) -> str:
    """``said`` as JSON to store (code, template and params of each; a param that is not a
    number, text or sentence is stored as its text)."""
    def plain(value: Any) -> Any:
        if isinstance(value, Said):
            return {"said": [value.code, value.template, {k: plain(v) for k, v in value.params.items()}]}
        return value if isinstance(value, int | float | str) or value is None else str(value)

    return json.dumps([[s.code, s.template, {k: plain(v) for k, v in s.params.items()}] for s in said[:MAX_STORED]],
                      ensure_ascii=False)


def from_json(text: str | None) -> list[Said]:
    """The sentences stored by :func:`to_json`; [] for None or for anything not shaped like them
    (the history then shows its English message)."""
    def value(v: Any) -> Any:
        if isinstance(v, dict) and isinstance(v.get("said"), list):
            (inner,) = from_list([v["said"]])
            return inner
        return v

    def from_list(items: Any) -> list[Said]:
        out = []
        for item in items:
            code, template, params = item
            if not (isinstance(code, str) and isinstance(template, str) and isinstance(params, dict)):
                raise ValueError("not a stored sentence")
            out.append(Said(code, template, {str(k): value(v) for k, v in params.items()}))
        return out

    if not text:
        return []
    try:
        items = json.loads(text)
        return from_list(items) if isinstance(items, list) else []
    except (ValueError, TypeError, RecursionError):
        return []
