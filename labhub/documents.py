"""Batch documents fetched apart from the pull answer, resumable with ``Range`` (docs/protocol.md,
"Batch documents").

A pull answer that carries whole documents (up to five, each up to the bundle limit) cannot
cross a line that is cut every 64 KB: every retry starts the answer from zero. A device that
sends ``inline_max_bytes`` in its pull gets, for each larger document, a *reference*
(:func:`reference`), and fetches the document compressed with zstd from
``GET /v1/batches/{batch_id}/document``, resuming with ``Range`` as it does for media.

The compressed file is made once per document, at the first pull that refers to it, and kept at
``<data dir>/documents/<sha256 of the document>.zst``; a document never changes under its batch
id (``labhub add-batch`` refuses a changed one), so the file's bytes never change either and a
download resumed days later continues the same file. The frame carries zstd's checksum.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import zstandard

from labhub.store import HubStore

#: zstd level for documents, made once: on 20,000 listings (3.3 MB) level 9 takes 38 ms for 324 KB,
#: level 3 8 ms for 365 KB, level 19 2.9 s for 255 KB.
LEVEL = 9


def folder(store: HubStore) -> Path:
    """Where compressed documents live, beside the database."""
    return store.data_dir / "documents"


def compressed(store: HubStore, doc: str, sha256: str | None = None) -> Path:
    """The zstd file of the document text ``doc`` (whose UTF-8 bytes hash to ``sha256``, computed
    when not given), made now if it is not there yet."""
    data = doc.encode("utf-8")
    path = folder(store) / f"{sha256 or hashlib.sha256(data).hexdigest()}.zst"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    packed = zstandard.ZstdCompressor(level=LEVEL, write_checksum=True, write_content_size=True).compress(data)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".zst")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(packed)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)  # two pulls making it at once write the same bytes
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def reference(store: HubStore, batch_id: str, doc: str) -> dict[str, Any]:
    """What a pull answer carries instead of the document ``doc`` of ``batch_id``: its id, the
    sha256 and size of the document's UTF-8 text (what the device checks after decompressing),
    and the size of the compressed file it fetches."""
    data = doc.encode("utf-8")
    sha256 = hashlib.sha256(data).hexdigest()
    return {"batch_id": batch_id, "sha256": sha256, "json_bytes": len(data),
            "bytes": compressed(store, doc, sha256).stat().st_size}
