"""What every kind's scorer returns, and the template's ``quality`` settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from labclient.quality.feedback import FieldOutcome, WordOp

#: The pass mark of each rule when the template's ``quality`` block gives none.
DEFAULT_THRESHOLDS = {"exact": 1.0, "jaccard": 0.75, "boxes": 0.8, "fields": 0.8, "wer": 0.85, "chrf": 0.6,
                      "captions": 0.7}


@dataclass(frozen=True)
class Score:
    """A result scored against a gold answer, before the pass mark is applied."""

    score: float
    rule: str
    fields: tuple[FieldOutcome, ...] = ()
    words: tuple[WordOp, ...] = ()
    wer: float | None = None
    cer: float | None = None


def rule_for(kind: str, params: dict[str, Any]) -> str:
    """The scoring rule of a template: exact (single-choice tagging), jaccard (multi-choice
    tagging), boxes (boxes on an image), fields (data entry), chrf (translation), captions (captioning) or wer
    (transcription)."""
    if kind == "tagging":
        return {"single": "exact", "boxes": "boxes"}.get(params["mode"], "jaccard")
    return {"data_entry": "fields", "translation": "chrf", "captioning": "captions"}.get(kind, "wer")


def threshold_of(template: dict[str, Any]) -> float:
    """The pass mark of a normalised template: its ``quality.threshold``, else the rule's default."""
    quality = template.get("quality") or {}
    if "threshold" in quality:
        return float(quality["threshold"])
    return DEFAULT_THRESHOLDS[rule_for(str(template["kind"]), template["params"])]


def ignored_tokens(template: dict[str, Any]) -> list[str]:
    """The transcription tokens left out of scoring: ``quality.ignore_tokens``, else all of the
    template's tokens."""
    quality = template.get("quality") or {}
    if "ignore_tokens" in quality:
        return list(quality["ignore_tokens"])
    return list(template["params"].get("tokens", []))
