"""Fetching a batch document the pull answer named by reference, resuming across cuts.

A hub that lists the ``batch_documents`` feature sends a document longer than the pull's
``inline_max_bytes`` as ``{"batch_id", "sha256", "json_bytes", "bytes"}``; the zstd file is at
``GET /v1/batches/{batch_id}/document``. It is downloaded like media (:func:`media_fetch.download`)
to ``media/.partial/batch-<sha256>.zst.part``, so a cut costs at most the chunk in flight, and
the next try (in this run or a later one) asks for the rest. A whole file is decompressed with
the output bounded by ``json_bytes``, its text checked against ``sha256`` and parsed by the strict
JSON reader; any mismatch deletes the part, so the next try starts from zero.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import zstandard

from labclient import strictjson
from labclient.batch import MAX_BATCH_JSON, SHA256_RE
from labclient.errors import BadHubResponseError, BundleError, HubUnreachableError
from labclient.media import MediaStore, disk_errors
from labclient.sync.media_fetch import download
from labclient.sync.transport import Transport
from labclient.tasks.checks import ID_RE

#: Documents whose JSON text is at most this long come inside the pull answer: an answer of up to
#: five of them crosses a line that drops every 64 KB (zstd makes it several times smaller).
INLINE_MAX_BYTES = 16 * 1024


def part_path(media: MediaStore, sha256: str) -> Path:
    """Where the partial download of a document lives."""
    return media.root / ".partial" / f"batch-{sha256}.zst.part"


def check_reference(ref: Any) -> dict[str, Any]:
    """The reference, checked: BadHubResponseError for one that is not well formed."""
    ok = (isinstance(ref, dict) and isinstance(ref.get("batch_id"), str) and ID_RE.fullmatch(ref["batch_id"])
          and isinstance(ref.get("sha256"), str) and SHA256_RE.fullmatch(ref["sha256"])
          and all(type(ref.get(k)) is int for k in ("bytes", "json_bytes"))
          and 0 < ref["json_bytes"] <= MAX_BATCH_JSON and 0 < ref["bytes"] <= MAX_BATCH_JSON)
    if not ok:
        raise BadHubResponseError(hub="the hub", detail="a batch document reference in the pull answer is malformed")
    return dict(ref)


def fetch_document(transport: Transport, media: MediaStore, ref: dict[str, Any]) -> Any:
    """The parsed JSON document ``ref`` (checked by :func:`check_reference`) names.

    Raises HubUnreachableError on a cut (the part file stays), HubBusyError, HubAuthError,
    BundleError when the hub has no such batch (any more), BadHubResponseError when the bytes
    are not the document the reference describes, and StoreError for a full disk."""
    part = part_path(media, ref["sha256"])
    with disk_errors(media.root):
        part.parent.mkdir(parents=True, exist_ok=True)
    offset = part.stat().st_size if part.exists() else 0
    if offset > ref["bytes"]:
        part.unlink()
        offset = 0
    if offset < ref["bytes"]:
        download(transport, f"/v1/batches/{ref['batch_id']}/document", part, offset, ref["bytes"],
                 f"the document of batch {ref['batch_id']}", media.root,
                 missing=BundleError(detail=f"the hub has no batch {ref['batch_id']} any more", where="batch.json"))
    size = part.stat().st_size
    if size < ref["bytes"]:
        raise HubUnreachableError(hub="the hub", detail=f"a batch document stopped at {size} of {ref['bytes']} bytes")
    try:
        text = _decompress(part, ref["json_bytes"])
        if hashlib.sha256(text).hexdigest() != ref["sha256"]:
            raise ValueError("it does not match its sha256")
        return strictjson.loads(text.decode("utf-8"))
    except (ValueError, zstandard.ZstdError, UnicodeDecodeError, RecursionError) as exc:
        part.unlink(missing_ok=True)
        raise BadHubResponseError(hub="the hub", detail=f"the document of batch {ref['batch_id']} cannot be "
                                                         f"used: {str(exc)[:200]}") from None


def _decompress(part: Path, limit: int) -> bytes:
    """The decompressed bytes of ``part``; ValueError when they are not exactly ``limit`` long."""
    out = bytearray()
    with open(part, "rb") as fh, zstandard.ZstdDecompressor().stream_reader(fh) as reader:
        while len(out) <= limit:
            chunk = reader.read(min(1 << 20, limit + 1 - len(out)))
            if not chunk:
                break
            out += chunk
    if len(out) != limit:
        raise ValueError(f"it holds {'more' if len(out) > limit else 'fewer'} bytes than listed")
    return bytes(out)
