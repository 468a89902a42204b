"""Scoring transcription: word and character error rates (``jiwer``) after normalisation.

Both transcripts are normalised the same way first: Unicode NFKC, case folded, the ignored
tokens (``quality.ignore_tokens``, by default all of the template's tokens, e.g. ``[inaudible]``)
and time stamps (``[01:23]``, typed with Ctrl+J to mark a place) removed, the other tokens kept
as one word each, apostrophes dropped (``don't`` = ``dont``),
every other punctuation mark made a space, white space runs made one space.

Then ``WER = (substitutions + deletions + insertions) / words of the gold transcript`` and
``score = max(0, 1 - WER)``; CER is the same over characters. An empty gold transcript has
WER 0 when the answer is empty too, else 1. Only the first :data:`MAX_SCORED_WORDS` words of
each side are aligned (and :data:`MAX_SCORED_CHARS` characters for CER), which bounds the work
a hostile bundle can cause; the template's ``max_chars`` is far below in practice.

Worked example::

    >>> from labclient.quality.transcription import score_transcription
    >>> s = score_transcription({"text": "The cat sat, on the mat [inaudible]."},
    ...                         {"text": "the cat sat on a mat"}, ["[inaudible]"])
    >>> s.wer, s.score   # one substitution ("the" for "a") in 6 words
    (0.16666666666666666, 0.8333333333333334)
    >>> [(w.op, w.given, w.expected) for w in s.words]
    [('equal', 'the cat sat on', 'the cat sat on'), ('substitute', 'the', 'a'), ('equal', 'mat', 'mat')]
    >>> score_transcription({"text": "the cat sat"}, {"text": "the cat"}, []).words[-1]
    WordOp(op='insert', given='sat', expected='')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from labclient.quality.base import Score
from labclient.quality.feedback import WordOp
from labclient.tasks.transcription import TIME_STAMP_RE

MAX_SCORED_WORDS = 5_000
MAX_SCORED_CHARS = 30_000
_TOKEN = re.compile(r"\[[^\[\]]*\]")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`")


def normalise(text: str, ignore: Iterable[str] = ()) -> list[str]:
    """The words of ``text`` as scoring sees them (see the module)."""
    text = unicodedata.normalize("NFKC", text[: MAX_SCORED_CHARS * 2]).casefold()
    ignored = {t.casefold() for t in ignore}
    words: list[str] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        words += _plain_words(text[pos:match.start()])
        if match.group(0) not in ignored and not TIME_STAMP_RE.fullmatch(match.group(0)):
            words.append(match.group(0))
        pos = match.end()
    words += _plain_words(text[pos:])
    return words[:MAX_SCORED_WORDS]


def _plain_words(text: str) -> list[str]:
    text = text.translate(_APOSTROPHES)
    return "".join(" " if unicodedata.category(ch)[0] in "PZC" else ch for ch in text).split()


def score_transcription(result: dict[str, Any], gold: dict[str, Any], ignore: Iterable[str]) -> Score:
    """Score a transcript against the gold transcript (both ``{"text": ...}``; see the module)."""
    ignore = list(ignore)
    given = normalise(str(result.get("text", "")), ignore)
    expected = normalise(str(gold.get("text", "")), ignore)
    if not expected:
        wer = 0.0 if not given else 1.0
        words = (WordOp("insert", " ".join(given), ""),) if given else ()
        return Score(1.0 - wer, "wer", words=words, wer=wer, cer=wer)
    if not given:
        return Score(0.0, "wer", words=(WordOp("delete", "", " ".join(expected)),), wer=1.0, cer=1.0)
    import jiwer  # imported on the first scoring, not at start-up

    out = jiwer.process_words(" ".join(expected), " ".join(given))
    wer = (out.substitutions + out.deletions + out.insertions) / len(expected)
    ops: list[WordOp] = []
    for chunk in out.alignments[0]:
        ref = " ".join(expected[chunk.ref_start_idx:chunk.ref_end_idx])
        hyp = " ".join(given[chunk.hyp_start_idx:chunk.hyp_end_idx])
        if chunk.type == "insert":
            ops.append(WordOp("insert", hyp, ""))
        elif chunk.type == "delete":
            ops.append(WordOp("delete", "", ref))
        else:
            ops.append(WordOp("equal" if chunk.type == "equal" else "substitute", hyp, ref))
    ref_chars, hyp_chars = " ".join(expected)[:MAX_SCORED_CHARS], " ".join(given)[:MAX_SCORED_CHARS]
    cer = float(jiwer.cer(ref_chars, hyp_chars))
    return Score(max(0.0, 1.0 - wer), "wer", words=tuple(ops), wer=wer, cer=cer)
