"""Tagging an image with labels from the template: one label, several, or labelled boxes.

With ``mode: boxes`` the worker draws rectangles on the image, each with one of the template's
labels. A task then says its image's size (``size: [width, height]`` in pixels) and boxes are
stored in those pixel coordinates, whole numbers: ``{"label", "x", "y", "w", "h"}`` with the
origin at the image's top left. A box must lie inside the image, be at least ``min_box_size``
pixels each way, and the count be within ``min_boxes``..``max_boxes``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from labclient.tasks.base import IMAGE_MIMES, Issue, Kind
from labclient.tasks.checks import (
    ID_RE,
    expect_choice,
    expect_int,
    expect_list,
    expect_media,
    expect_number,
    expect_object,
    expect_str,
    expect_unique_ids,
    fail,
)


class Tagging(Kind):
    """Pick one (``mode: single``) or several (``mode: multi``) labels for an image, or draw
    labelled boxes on it (``mode: boxes``)."""

    name = "tagging"
    min_plausible_ms = 1000  # looking at an image and choosing takes a second
    task_fields = frozenset({"media", "prompt", "size"})
    result_fields = frozenset({"labels"})

    def result_keys(self, params: dict[str, Any]) -> frozenset[str]:
        return BOX_RESULT if params["mode"] == "boxes" else self.result_fields

    def parse_params(self, params: Any, where: str) -> dict[str, Any]:
        p = expect_object(params, where, {"mode", "labels"}, {"min_labels", "max_labels", *_BOX_PARAMS})
        mode = expect_choice(p["mode"], f"{where}.mode", ("single", "multi", "boxes"))
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
        if mode == "boxes":
            return _box_params(p, clean, where)
        for key in _BOX_PARAMS & p.keys():
            raise fail(f"{where}.{key}", "applies to mode 'boxes' only")
        top = 1 if mode == "single" else len(clean)
        lo = expect_int(p.get("min_labels", 1), f"{where}.min_labels", 0, top)
        hi = expect_int(p.get("max_labels", top), f"{where}.max_labels", max(lo, 1), top)
        return {"mode": mode, "labels": clean, "min_labels": lo, "max_labels": hi}

    def check_task(self, task: dict[str, Any], params: dict[str, Any], mimes: dict[str, str], where: str) -> None:
        expect_media(task, mimes, IMAGE_MIMES, where, "; tagging needs an image")
        if "prompt" in task:
            expect_str(task["prompt"], f"{where}.prompt", max_len=2000)
        if params["mode"] == "boxes":
            if "size" not in task:
                raise fail(where, "missing field 'size' ([width, height] of the image in pixels; boxes need it)")
            size = expect_list(task["size"], f"{where}.size", 2, 2)
            for i, side in enumerate(size):
                expect_int(side, f"{where}.size[{i}]", 1, MAX_SIDE)
        elif "size" in task:
            raise fail(f"{where}.size", "applies to mode 'boxes' only")

    def fast_check(self, params: dict[str, Any], mimes: dict[str, str]) -> Callable[[dict[str, Any]], bool]:
        images = {sha for sha, mime in mimes.items() if mime in IMAGE_MIMES}

        boxes = params["mode"] == "boxes"

        def ok(task: dict[str, Any]) -> bool:
            prompt, size = task.get("prompt"), task.get("size")
            if boxes != (size is not None):
                return False
            if boxes and not (type(size) is list and len(size) == 2
                              and all(type(v) is int and 1 <= v <= MAX_SIDE for v in size)):
                return False
            return task.get("media") in images and (prompt is None or (type(prompt) is str and len(prompt) <= 2000))

        return ok

    def validate_result(self, result: Any, params: dict[str, Any]) -> list[Issue]:
        if params["mode"] == "boxes":
            return _box_issues(result, params)
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

    def task_issues(self, result: dict[str, Any], task: dict[str, Any], params: dict[str, Any]) -> list[Issue]:
        if params["mode"] != "boxes":
            return []
        width, height = task["size"]
        for i, box in enumerate(result["boxes"]):
            if box["x"] + box["w"] > width or box["y"] + box["h"] > height:
                return [Issue(f"box.{i}", "boxes.outside", "Box {n} reaches outside the image.", {"n": i + 1})]
        return []

    def empty_result(self, task: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        return {"boxes": []} if params["mode"] == "boxes" else {"labels": []}


#: The result of a box task: the boxes, nothing else.
BOX_RESULT = frozenset({"boxes"})
_BOX_PARAMS = frozenset({"min_boxes", "max_boxes", "min_box_size", "iou_threshold"})
_BOX_KEYS = frozenset({"label", "x", "y", "w", "h"})
#: The largest image side a box task may state, in pixels.
MAX_SIDE = 100_000
MAX_BOXES = 500


def _box_params(p: dict[str, Any], labels: list[dict[str, str]], where: str) -> dict[str, Any]:
    for key in ("min_labels", "max_labels"):
        if key in p:
            raise fail(f"{where}.{key}", "does not apply to mode 'boxes' (use min_boxes and max_boxes)")
    lo = expect_int(p.get("min_boxes", 0), f"{where}.min_boxes", 0, MAX_BOXES)
    return {"mode": "boxes", "labels": labels, "min_boxes": lo,
            "max_boxes": expect_int(p.get("max_boxes", 100), f"{where}.max_boxes", max(lo, 1), MAX_BOXES),
            "min_box_size": expect_int(p.get("min_box_size", 4), f"{where}.min_box_size", 1, 10_000),
            "iou_threshold": expect_number(p.get("iou_threshold", 0.5), f"{where}.iou_threshold", 0.05, 1.0)}


def _box_issues(result: Any, params: dict[str, Any]) -> list[Issue]:
    """The rules of a box result that the template alone decides (inside the image: task_issues)."""
    boxes = result.get("boxes") if isinstance(result, dict) else None
    if not isinstance(boxes, list) or len(boxes) > MAX_BOXES or not all(
            isinstance(b, dict) and b.keys() == _BOX_KEYS
            and all(type(b[k]) is int and 0 <= b[k] <= MAX_SIDE for k in ("x", "y", "w", "h")) for b in boxes):
        return [Issue(None, "result.shape", "The result must hold the boxes drawn.")]
    known = {label["id"] for label in params["labels"]}
    least = params["min_box_size"]
    for i, box in enumerate(boxes):
        if box["label"] not in known:
            return [Issue(f"box.{i}", "boxes.label", "Box {n} needs a label from the list.", {"n": i + 1})]
        if box["w"] < least or box["h"] < least:
            return [Issue(f"box.{i}", "boxes.small", "Box {n} is smaller than {size} pixels each way.",
                          {"n": i + 1, "size": least})]
    if len(boxes) < params["min_boxes"]:
        return [Issue(None, "boxes.too_few", "Draw at least {n} box(es).", {"n": params["min_boxes"]})]
    if len(boxes) > params["max_boxes"]:
        return [Issue(None, "boxes.too_many", "Draw at most {n} box(es).", {"n": params["max_boxes"]})]
    return []
