"""What every benchmark module shares."""

from __future__ import annotations

import sys


def log(message: str) -> None:
    """Progress and diagnostics, on stderr (stdout carries only the JSON lines)."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)
