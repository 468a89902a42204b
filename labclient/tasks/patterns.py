"""Field patterns: the regular expressions a batch gives data-entry fields, matched in linear time.

A pattern comes from outside (a batch bundle or the hub) and is matched against what a worker
types, on the GUI thread at submit and on the hub at receipt. Python's ``re`` backtracks: the
pattern ``(a+)+$`` against forty ``a`` and a ``!`` runs for hours. So patterns are compiled by
RE2 (the ``google-re2`` package), which matches in time linear in the text and memory bounded
by :data:`MAX_MEMORY`, and refuses what it cannot do that way.

The syntax is RE2's (https://github.com/google/re2/wiki/Syntax), which is Python's for everyday
patterns, with these differences a batch author may meet:

- no backreferences (``\\1``) and no lookaround (``(?=…)``, ``(?<!…)``): refused at import;
- repetition counts are at most 1,000 (``a{1001}`` is refused), and a pattern whose compiled
  program would pass :data:`MAX_MEMORY` is refused;
- ``\\d``, ``\\w`` and ``\\s`` are ASCII; ``\\pL`` / ``\\p{L}`` (letters) and ``\\p{Nd}`` (digits)
  of every script are there for other alphabets.

>>> compile_pattern(r"\\+?[0-9 ]{7,16}").fullmatch("+254 700 000000") is not None
True
>>> full_match(r"(a+)+$", "a" * 100_000 + "!")   # at once, not after hours
False
"""

from __future__ import annotations

import functools
import logging

import re2

#: The most memory RE2 may use for one compiled pattern (its program and matching caches).
MAX_MEMORY = 1 << 20

log = logging.getLogger("labclient")


class PatternError(ValueError):
    """A pattern RE2 cannot compile; the message says why in RE2's words."""


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # RE2 would print every refused pattern on stderr
    options.max_mem = MAX_MEMORY
    return options


@functools.lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> re2._Regexp:
    """``pattern`` compiled by RE2; PatternError when RE2 refuses it (a backreference, lookaround,
    a repetition count above 1,000, a program too large, or a syntax error)."""
    try:
        return re2.compile(pattern, _options())
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(str(reason)) from None


def full_match(pattern: str, text: str) -> bool:
    """Whether the whole of ``text`` matches ``pattern``, in time linear in ``text``.

    A pattern RE2 refuses cannot reach here from a batch checked by this version (the import
    refuses it); one cached by an older version is logged once and treated as matching, so the
    worker is not blocked by a rule nobody can check."""
    try:
        compiled = compile_pattern(pattern)
    except PatternError as exc:
        _warn_once(pattern, str(exc))
        return True
    return compiled.fullmatch(text) is not None


@functools.lru_cache(maxsize=64)
def _warn_once(pattern: str, reason: str) -> None:
    log.warning("a field pattern of a cached batch cannot be used and is not checked (%s): %.80r", reason, pattern)
