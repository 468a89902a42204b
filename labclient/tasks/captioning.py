"""Captioning: timed segments (start, end, text) for an audio or video clip, under a subtitle style's rules.

The template's ``source`` says which clips its tasks hold: ``audio`` (Ogg, MP3, WAV, FLAC) or
``video`` (MP4 with H.264/AAC, WebM with VP9/Opus). A task holds the clip (``media``) and its
length (``duration_ms``, as the batch author measured it). The result is
``{"segments": [{"start_ms", "end_ms", "text"}, ...]}`` in time order, whole milliseconds from
the clip's start; a segment's text has at most ``max_lines`` lines (``\\n`` between them) of at
most ``max_line_chars`` characters. Before a worker may submit, each segment:

- has text, and starts before it ends, within the clip (``0 <= start < end <= duration_ms``);
- lasts between ``min_duration_ms`` and ``max_duration_ms``;
- is read at most at ``max_cps`` characters per second (its characters without line breaks over
  its duration: the reading speed broadcasters limit, e.g. 17 for adults on the BBC, 20 on
  Netflix's English);
- starts no earlier than the previous segment ends (no overlaps).

:func:`segment_problems` names every rule each segment breaks, for the view to mark as she works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from labclient.tasks.base import CLIP_MIMES, Issue, Kind
from labclient.tasks.checks import (
    expect_choice,
    expect_int,
    expect_media,
    expect_number,
    expect_object,
    expect_str,
    fail,
)

MAX_SEGMENTS = 2000
MAX_CLIP_MS = 4 * 3600 * 1000
_PARAMS = frozenset({"source"})
_OPTIONAL = frozenset({"max_line_chars", "max_lines", "min_duration_ms", "max_duration_ms", "max_cps",
                       "timing_tolerance_ms"})
_SEGMENT_KEYS = frozenset({"start_ms", "end_ms", "text"})


@dataclass(frozen=True)
class Segment:
    """One caption: from ``start_ms`` to ``end_ms`` of the clip, ``text`` (lines split by ``\\n``)."""

    start_ms: int
    end_ms: int
    text: str

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms

    def cps(self) -> float:
        """Characters per second, line breaks not counted (0 for a segment of no length)."""
        chars = len(self.text.replace("\n", ""))
        return chars * 1000 / self.duration_ms if self.duration_ms > 0 else float(chars and 1e9)

    def as_json(self) -> dict[str, Any]:
        return {"start_ms": self.start_ms, "end_ms": self.end_ms, "text": self.text}


def segments_of(result: dict[str, Any]) -> list[Segment]:
    """The segments of a result :meth:`Captioning.validate_result` accepted."""
    return [Segment(s["start_ms"], s["end_ms"], s["text"]) for s in result["segments"]]


def segment_problems(i: int, segment: Segment, previous: Segment | None, params: dict[str, Any],
                     duration_ms: int | None) -> list[Issue]:
    """Every rule segment ``i`` (0-based) breaks, each as an :class:`Issue` naming it."""
    field, n = f"segment.{i}", i + 1
    out: list[Issue] = []
    if not segment.text.strip():
        out.append(Issue(field, "caption.empty", "Caption {n} has no text.", {"n": n}))
    if segment.end_ms <= segment.start_ms:
        out.append(Issue(field, "caption.order", "Caption {n} ends before it starts.", {"n": n}))
    elif duration_ms is not None and segment.end_ms > duration_ms:
        out.append(Issue(field, "caption.past_end", "Caption {n} ends after the clip.", {"n": n}))
    elif segment.duration_ms < params["min_duration_ms"]:
        out.append(Issue(field, "caption.short", "Caption {n} lasts {ms} ms; the least is {min} ms.",
                         {"n": n, "ms": segment.duration_ms, "min": params["min_duration_ms"]}))
    elif segment.duration_ms > params["max_duration_ms"]:
        out.append(Issue(field, "caption.long", "Caption {n} lasts {ms} ms; the most is {max} ms.",
                         {"n": n, "ms": segment.duration_ms, "max": params["max_duration_ms"]}))
    lines = segment.text.split("\n")
    if len(lines) > params["max_lines"]:
        out.append(Issue(field, "caption.lines", "Caption {n} has {lines} lines; the most is {max}.",
                         {"n": n, "lines": len(lines), "max": params["max_lines"]}))
    widest = max(len(line) for line in lines)
    if widest > params["max_line_chars"]:
        out.append(Issue(field, "caption.line_long", "Caption {n} has a line of {chars} characters; the most is "
                         "{max}.", {"n": n, "chars": widest, "max": params["max_line_chars"]}))
    if segment.end_ms > segment.start_ms and segment.cps() > params["max_cps"] + 1e-9:
        out.append(Issue(field, "caption.fast", "Caption {n} is read at {cps} characters a second; the most is "
                         "{max}.", {"n": n, "cps": round(segment.cps(), 1), "max": params["max_cps"]}))
    if previous is not None and segment.start_ms < previous.end_ms:
        out.append(Issue(field, "caption.overlap", "Caption {n} starts before caption {previous} ends.",
                         {"n": n, "previous": n - 1}))
    return out


class Captioning(Kind):
    """Time and type the captions of an audio or video clip."""

    name = "captioning"
    min_plausible_ms = 5000  # hearing a clip and timing its captions takes longer than five seconds
    task_fields = frozenset({"media", "duration_ms", "prompt"})
    result_fields = frozenset({"segments"})

    def parse_params(self, params: Any, where: str) -> dict[str, Any]:
        p = expect_object(params, where, _PARAMS, _OPTIONAL)
        low = expect_int(p.get("min_duration_ms", 700), f"{where}.min_duration_ms", 0, 60_000)
        return {
            "source": expect_choice(p["source"], f"{where}.source", tuple(CLIP_MIMES)),
            "max_line_chars": expect_int(p.get("max_line_chars", 42), f"{where}.max_line_chars", 10, 200),
            "max_lines": expect_int(p.get("max_lines", 2), f"{where}.max_lines", 1, 5),
            "min_duration_ms": low,
            "max_duration_ms": expect_int(p.get("max_duration_ms", 7000), f"{where}.max_duration_ms", max(low, 1),
                                          600_000),
            "max_cps": expect_number(p.get("max_cps", 20), f"{where}.max_cps", 1, 100),
            "timing_tolerance_ms": expect_int(p.get("timing_tolerance_ms", 1000), f"{where}.timing_tolerance_ms",
                                              50, 60_000),
        }

    def check_task(self, task: dict[str, Any], params: dict[str, Any], mimes: dict[str, str], where: str) -> None:
        source = params["source"]
        expect_media(task, mimes, CLIP_MIMES[source], where, f", but this template captions {source} clips")
        if "duration_ms" not in task:
            raise fail(where, "missing field 'duration_ms' (the clip's length in milliseconds)")
        expect_int(task["duration_ms"], f"{where}.duration_ms", 1, MAX_CLIP_MS)
        if "prompt" in task:
            expect_str(task["prompt"], f"{where}.prompt", max_len=2000)

    def fast_check(self, params: dict[str, Any], mimes: dict[str, str]) -> Callable[[dict[str, Any]], bool]:
        clips = {sha for sha, mime in mimes.items() if mime in CLIP_MIMES[params["source"]]}

        def ok(task: dict[str, Any]) -> bool:
            duration, prompt = task.get("duration_ms"), task.get("prompt")
            return (task.get("media") in clips and type(duration) is int and 1 <= duration <= MAX_CLIP_MS
                    and (prompt is None or (type(prompt) is str and len(prompt) <= 2000)))

        return ok

    def validate_result(self, result: Any, params: dict[str, Any]) -> list[Issue]:
        raw = result.get("segments") if isinstance(result, dict) else None
        if not isinstance(raw, list) or len(raw) > MAX_SEGMENTS or not all(
                isinstance(s, dict) and s.keys() == _SEGMENT_KEYS and type(s["start_ms"]) is int
                and type(s["end_ms"]) is int and isinstance(s["text"], str) and len(s["text"]) <= 2000
                and 0 <= s["start_ms"] <= MAX_CLIP_MS and 0 <= s["end_ms"] <= MAX_CLIP_MS for s in raw):
            return [Issue(None, "result.shape", "The result must hold the timed captions.")]
        if not raw:
            return [Issue(None, "caption.none", "Add at least one caption.")]
        return self._problems(segments_of(result), params, None)

    def task_issues(self, result: dict[str, Any], task: dict[str, Any], params: dict[str, Any]) -> list[Issue]:
        return [i for i in self._problems(segments_of(result), params, int(task["duration_ms"]))
                if i.code == "caption.past_end"]

    @staticmethod
    def _problems(segments: list[Segment], params: dict[str, Any], duration_ms: int | None) -> list[Issue]:
        issues: list[Issue] = []
        previous = None
        for i, segment in enumerate(segments):
            issues += segment_problems(i, segment, previous, params, duration_ms)
            previous = segment
        return issues

    def empty_result(self, task: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        return {"segments": []}
