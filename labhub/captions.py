"""Caption files of a captioning answer: SubRip (``.srt``) and WebVTT (``.vtt``) text.

A captioning answer is ``{"segments": [{"start_ms", "end_ms", "text"}, ...]}``: whole
milliseconds from the clip's start, a segment's lines separated by ``\\n``
(:mod:`labclient.tasks.captioning`). :func:`srt` and :func:`webvtt` turn its segments into the
text of a subtitle file, which the caller writes as UTF-8 without a byte order mark. Both:

- write the segments sorted by start, stably (two that start together keep their order),
  whatever order they come in;
- leave out a segment whose text is blank (nothing but white space);
- end lines with ``\\n`` (a ``\\r\\n`` or lone ``\\r`` in a text becomes ``\\n``). WebVTT allows
  it, and SubRip players read it (they take ``\\n`` and ``\\r\\n`` alike);
- drop the blank lines inside a segment's text: in both formats a blank line ends a cue, so the
  lines after it would be lost or read as the start of another;
- write times as ``HH:MM:SS`` and milliseconds, the hours with at least two digits (clips are
  at most four hours long).

WebVTT cue text is markup, so :func:`webvtt` also writes ``&`` as ``&amp;``, ``<`` as ``&lt;``
and ``-->`` (which would read as a timing line) as ``--&gt;``. SubRip text is written as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple


class _Cue(NamedTuple):
    start_ms: int
    end_ms: int
    lines: list[str]


def srt(segments: Sequence[Mapping[str, Any]]) -> str:
    """The SubRip text of ``segments``: blocks numbered from 1, each its number, its
    ``HH:MM:SS,mmm --> HH:MM:SS,mmm`` line and its text lines, a blank line between blocks; an
    empty string when no segment has text.

    Raises ValueError for a segment that is not a mapping with whole non-negative ``start_ms``
    and ``end_ms`` and a string ``text``.

    >>> print(srt([{"start_ms": 3_725_250, "end_ms": 3_727_000, "text": "Two lines:\\n\\nthe second."},
    ...            {"start_ms": 1_000, "end_ms": 2_500, "text": "Hello <b>there</b>"},
    ...            {"start_ms": 3_000, "end_ms": 3_500, "text": "  "}]), end="")
    1
    00:00:01,000 --> 00:00:02,500
    Hello <b>there</b>
    <BLANKLINE>
    2
    01:02:05,250 --> 01:02:07,000
    Two lines:
    the second.
    """
    return "\n".join(f"{n}\n{_time(c.start_ms, ',')} --> {_time(c.end_ms, ',')}\n" + "".join(
        f"{line}\n" for line in c.lines) for n, c in enumerate(_cues(segments), 1))


def webvtt(segments: Sequence[Mapping[str, Any]]) -> str:
    """The WebVTT text of ``segments``: ``WEBVTT``, then each cue after a blank line: its
    ``HH:MM:SS.mmm --> HH:MM:SS.mmm`` line and its text lines, ``&``, ``<`` and ``-->`` escaped.
    Just ``WEBVTT`` when no segment has text.

    Raises ValueError for a segment that is not a mapping with whole non-negative ``start_ms``
    and ``end_ms`` and a string ``text``.

    >>> print(webvtt([{"start_ms": 3_725_250, "end_ms": 3_727_000, "text": "Two lines:\\n\\nthe second."},
    ...               {"start_ms": 1_000, "end_ms": 2_500, "text": "Salt & <b>pepper</b> --> here"}]), end="")
    WEBVTT
    <BLANKLINE>
    00:00:01.000 --> 00:00:02.500
    Salt &amp; &lt;b>pepper&lt;/b> --&gt; here
    <BLANKLINE>
    01:02:05.250 --> 01:02:07.000
    Two lines:
    the second.
    """
    return "WEBVTT\n" + "".join(f"\n{_time(c.start_ms, '.')} --> {_time(c.end_ms, '.')}\n" + "".join(
        f"{_vtt_text(line)}\n" for line in c.lines) for c in _cues(segments))


def _cues(segments: Sequence[Mapping[str, Any]]) -> list[_Cue]:
    """The segments with text, as cues sorted by start (stably), their blank lines dropped."""
    cues = [_cue(segment, i) for i, segment in enumerate(segments)]
    return sorted((c for c in cues if c.lines), key=lambda c: c.start_ms)


def _cue(segment: Mapping[str, Any], i: int) -> _Cue:
    if not isinstance(segment, Mapping):
        raise ValueError(f"segment {i} is not an object")
    start, end, text = segment.get("start_ms"), segment.get("end_ms"), segment.get("text")
    if type(start) is not int or type(end) is not int or min(start, end) < 0 or not isinstance(text, str):
        raise ValueError(f"segment {i} needs whole non-negative start_ms and end_ms and a text")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return _Cue(start, end, [line for line in lines if line.strip()])


def _time(ms: int, separator: str) -> str:
    """``ms`` as ``HH:MM:SS`` then ``separator`` and the milliseconds.

    >>> _time(3_725_250, ",")
    '01:02:05,250'
    """
    seconds, millis = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def _vtt_text(line: str) -> str:
    """A line of WebVTT cue text showing ``line``: ``&`` and ``<`` escaped, no ``-->``."""
    return line.replace("&", "&amp;").replace("<", "&lt;").replace("-->", "--&gt;")
