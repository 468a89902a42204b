"""Writing batch bundles: for the demo data script, tests, benchmarks and the hub.

:func:`write_bundle` takes a batch document without its ``media`` list and the media files'
bytes by bundle path; it fills in each file's sha256, size and mime type and writes a
deterministic zip (fixed timestamps, sorted entries), so the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

MIME_BY_SUFFIX = {
    ".ogg": "audio/ogg", ".mp3": "audio/mpeg", ".wav": "audio/wav", ".flac": "audio/flac",
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp",
    ".mp4": "video/mp4", ".webm": "video/webm",
}
_EPOCH = (1980, 1, 1, 0, 0, 0)


def sha256_hex(data: bytes) -> str:
    """The lowercase hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def media_entry(path: str, data: bytes) -> dict[str, Any]:
    """The ``media`` list entry for a file at ``path`` (its mime type comes from the suffix)."""
    suffix = Path(path).suffix.lower()
    return {"sha256": sha256_hex(data), "path": path, "mime": MIME_BY_SUFFIX[suffix], "bytes": len(data)}


def write_bundle(out: Path, doc: Mapping[str, Any], media: Mapping[str, bytes]) -> Path:
    """Write ``doc`` (with a ``media`` list made from ``media``) and the files to the zip ``out``.

    ``media`` maps bundle paths (``media/...``) to bytes. When ``doc`` already has a ``media``
    list it is written as given (tests use this to make bundles that lie).
    """
    full = dict(doc)
    if "media" not in full:
        full["media"] = [media_entry(p, media[p]) for p in sorted(media)]
    raw = json.dumps(full, ensure_ascii=False, indent=1).encode("utf-8")
    return write_raw_bundle(out, raw, media)


def write_raw_bundle(out: Path, batch_json: bytes, media: Mapping[str, bytes]) -> Path:
    """Write a zip with ``batch_json`` as ``batch.json`` and ``media`` as they are."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w") as zf:
        info = zipfile.ZipInfo("batch.json", _EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, batch_json)
        for path in sorted(media):
            info = zipfile.ZipInfo(path, _EPOCH)
            info.compress_type = zipfile.ZIP_STORED
            zf.writestr(info, media[path])
    return out
