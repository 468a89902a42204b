"""What the core tells a person outside an error: a sentence kept as a stable code, its English
template and its params, so the UI says it in the person's language (``labclient/ui/messages.py``)
while logs, the sync history and the command line keep the English."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from labclient.errors import LabClientError


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
