"""What every benchmark module shares."""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured metric beside its baseline."""

    metric: str
    value: float
    unit: str
    baseline: float
    target: str
    baseline_name: str
    note: str


def log(message: str) -> None:
    """Progress and diagnostics, on stderr (stdout carries only the JSON lines)."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)
