"""Tagging an image with labels from the template."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from labclient.tasks.base import IMAGE_MIMES, Issue, Kind
from labclient.tasks.checks import (
    ID_RE,
    expect_choice,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
    expect_unique_ids,
    fail,
)


class Tagging(Kind):
    """Pick one (``mode: single``) or several (``mode: multi``) labels for an image."""

    name = "tagging"
    min_plausible_ms = 1000  # looking at an image and choosing takes a second
    task_fields = frozenset({"media", "prompt"})
    result_fields = frozenset({"labels"})

    def parse_params(self, params: Any, where: str) -> dict[str, Any]:
        p = expect_object(params, where, {"mode", "labels"}, {"min_labels", "max_labels"})
        mode = expect_choice(p["mode"], f"{where}.mode", ("single", "multi"))
        labels = expect_list(p["labels"], f"{where}.labels", 1, 9)
        clean = []
        for i, label in enumerate(labels):
            lw = f"{where}.labels[{i}]"
            expect_object(label, lw, {"id", "text"}, set())
            clean.append({
                "id": expect_str(label["id"], f"{lw}.id", min_len=1, max_len=128, pattern=ID_RE),
                "text": expect_str(label["text"], f"{lw}.text", min_len=1, max_len=80),
            })
        expect_unique_ids(clean, f"{where}.labels")
        top = 1 if mode == "single" else len(clean)
        lo = expect_int(p.get("min_labels", 1), f"{where}.min_labels", 0, top)
        hi = expect_int(p.get("max_labels", top), f"{where}.max_labels", max(lo, 1), top)
        return {"mode": mode, "labels": clean, "min_labels": lo, "max_labels": hi}

    def check_task(self, task: dict[str, Any], params: dict[str, Any], mimes: dict[str, str], where: str) -> None:
        media = task.get("media")
        if media is None:
            raise fail(where, "missing field 'media'")
        mime = mimes.get(media) if isinstance(media, str) else None
        if mime is None:
            raise fail(f"{where}.media", "is not listed in the batch's media")
        if mime not in IMAGE_MIMES:
            raise fail(f"{where}.media", f"is {mime}; tagging needs an image")
        if "prompt" in task:
            expect_str(task["prompt"], f"{where}.prompt", max_len=2000)

    def fast_check(self, params: dict[str, Any], mimes: dict[str, str]) -> Callable[[dict[str, Any]], bool]:
        images = {sha for sha, mime in mimes.items() if mime in IMAGE_MIMES}

        def ok(task: dict[str, Any]) -> bool:
            prompt = task.get("prompt")
            return task.get("media") in images and (prompt is None or (type(prompt) is str and len(prompt) <= 2000))

        return ok

    def validate_result(self, result: Any, params: dict[str, Any]) -> list[Issue]:
        if not isinstance(result, dict) or not isinstance(result.get("labels"), list):
            return [Issue(None, "result.shape", "The result must hold the chosen labels.")]
        chosen = result["labels"]
        known = {label["id"] for label in params["labels"]}
        if any(not isinstance(c, str) or c not in known for c in chosen) or len(set(chosen)) != len(chosen):
            return [Issue("labels", "labels.unknown", "Choose labels from the list only, each once.")]
        if len(chosen) < params["min_labels"]:
            return [Issue("labels", "labels.too_few", "Choose at least {n} label(s).", {"n": params["min_labels"]})]
        if len(chosen) > params["max_labels"]:
            return [Issue("labels", "labels.too_many", "Choose at most {n} label(s).", {"n": params["max_labels"]})]
        return []

    def empty_result(self, task: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        return {"labels": []}
