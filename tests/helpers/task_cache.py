"""What a person could see of a workstation's task cache, to check that a refused bundle left it
exactly as it was."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from labclient.workspace import BatchInfo, Workspace


def media_files(data_dir: Path) -> list[str]:
    """Every file and folder under the data folder's media folder, as sorted relative paths."""
    root = data_dir / "media"
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")) if root.exists() else []


@dataclass(frozen=True)
class CacheSnapshot:
    """What a person could see of the task cache."""

    counts: dict[str, int]
    batches: list[BatchInfo]
    files: list[str]


def snapshot(ws: Workspace) -> CacheSnapshot:
    """The task counts, the batches and the media folder's files of ``ws`` now."""
    return CacheSnapshot(ws.task_counts(), ws.batches(), media_files(ws.data_dir))
