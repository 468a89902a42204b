"""Transcription of an audio clip, a video clip or a document image."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from labclient.tasks.base import CLIP_MIMES, IMAGE_MIMES, Issue, Kind
from labclient.tasks.checks import (
    expect_bool,
    expect_choice,
    expect_int,
    expect_list,
    expect_media,
    expect_number,
    expect_object,
    expect_str,
    fail,
)

TOKEN_RE = re.compile(r"\[[^\[\]\s][^\[\]]{0,38}\]")
_BRACKETED = re.compile(r"\[[^\[\]]*\]?")
#: A time stamp the player types (Ctrl+J): ``[01:23]``, or ``[1:02:03]`` past an hour.
TIME_STAMP_RE = re.compile(r"\[(?:\d{1,2}:)?\d{2}:\d{2}\]")

_PARAMS = frozenset({"source"})
_OPTIONAL = frozenset({"tokens", "rewind_on_resume_s", "skip_s", "max_chars", "allow_empty"})
SOURCES = ("audio", "video", "image")


def source_mimes(source: str) -> tuple[str, ...]:
    """The media types a template of ``source`` (audio, video or image) takes."""
    return CLIP_MIMES.get(source, IMAGE_MIMES)


class Transcription(Kind):
    """Type what is heard (``source: audio``), heard in a video (``source: video``) or read (``source: image``)."""

    name = "transcription"
    min_plausible_ms = 5000  # hearing a clip and typing what is said takes longer than five seconds
    task_fields = frozenset({"media", "prompt"})
    result_fields = frozenset({"text"})

    def parse_params(self, params: Any, where: str) -> dict[str, Any]:
        p = expect_object(params, where, _PARAMS, _OPTIONAL)
        tokens = expect_list(p.get("tokens", []), f"{where}.tokens", 0, 9)
        for i, token in enumerate(tokens):
            expect_str(token, f"{where}.tokens[{i}]", min_len=3, max_len=40)
            if not TOKEN_RE.fullmatch(token):
                raise fail(f"{where}.tokens[{i}]", "must look like [inaudible]")
        return {
            "source": expect_choice(p["source"], f"{where}.source", SOURCES),
            "tokens": list(tokens),
            "rewind_on_resume_s": expect_number(p.get("rewind_on_resume_s", 2), f"{where}.rewind_on_resume_s", 0, 10),
            "skip_s": expect_number(p.get("skip_s", 5), f"{where}.skip_s", 1, 30),
            "max_chars": expect_int(p.get("max_chars", 5000), f"{where}.max_chars", 1, 100_000),
            "allow_empty": expect_bool(p.get("allow_empty", False), f"{where}.allow_empty"),
        }

    def check_task(self, task: dict[str, Any], params: dict[str, Any], mimes: dict[str, str], where: str) -> None:
        expect_media(task, mimes, source_mimes(params["source"]), where,
                     f", but this template transcribes {params['source']}")
        if "prompt" in task:
            expect_str(task["prompt"], f"{where}.prompt", max_len=2000)

    def fast_check(self, params: dict[str, Any], mimes: dict[str, str]) -> Callable[[dict[str, Any]], bool]:
        wanted = source_mimes(params["source"])
        ok_media = {sha for sha, mime in mimes.items() if mime in wanted}

        def ok(task: dict[str, Any]) -> bool:
            prompt = task.get("prompt")
            return task.get("media") in ok_media and (prompt is None or (type(prompt) is str and len(prompt) <= 2000))

        return ok

    def validate_result(self, result: Any, params: dict[str, Any]) -> list[Issue]:
        if not isinstance(result, dict) or not isinstance(result.get("text"), str):
            return [Issue(None, "result.shape", "The result must hold the transcript text.")]
        text: str = result["text"]
        issues: list[Issue] = []
        if not text.strip() and not params["allow_empty"]:
            if params["tokens"]:
                issues.append(Issue("text", "text.empty", "The transcript is empty. If nothing can be heard, "
                                    "type {token}.", {"token": params["tokens"][0]}))
            else:
                issues.append(Issue("text", "text.empty", "The transcript is empty.", {}))
        if len(text) > params["max_chars"]:
            issues.append(
                Issue("text", "text.too_long", "The transcript is {n} characters long; the most is {max}.",
                      {"n": len(text), "max": params["max_chars"]})
            )
        allowed = set(params["tokens"])
        for match in _BRACKETED.finditer(text):
            token = match.group(0)
            if token not in allowed and not TIME_STAMP_RE.fullmatch(token):
                choices = ", ".join(params["tokens"]) or "none"
                issues.append(
                    Issue("text", "text.token", "{token} is not a token of this project (allowed: {choices}).",
                          {"token": token, "choices": choices})
                )
                break
        return issues

    def empty_result(self, task: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        return {"text": ""}
