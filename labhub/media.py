"""Media files on disk, addressed by their sha256, and the byte ranges served from them.

A file lives at ``<data dir>/media/<sha[:2]>/<sha>``. New files are written to a staging folder
beside them, checked against their size and sha256, flushed to disk and only then renamed into
place: a file in place is always whole and always matches its name.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from labclient.errors import BundleError
from labclient.media import MediaStore
from labhub.errors import Refused

SHA256_RE = re.compile(r"[0-9a-f]{64}")
_RANGE_RE = re.compile(r"bytes=(\d*)-(\d*)")
_CHUNK = 1 << 16


class MediaFolder(MediaStore):
    """The content-addressed media folder of one hub data folder: the client's media store, with
    a refusal the hub can answer with."""

    def write_verified(self, staging: Path, sha256: str, size: int, chunks: Iterable[bytes], name: str) -> Path:
        """Write, check size and hash, flush; :class:`labhub.errors.Refused` naming ``name`` when
        the bytes do not match."""
        try:
            return super().write_verified(staging, sha256, size, chunks, name)
        except BundleError:
            raise Refused(f"{name} does not match its sha256 in batch.json (the file is damaged or was changed)") \
                from None

    @staticmethod
    def discard(staging: Path) -> None:
        """Remove a staging folder and whatever is left in it."""
        shutil.rmtree(staging, ignore_errors=True)


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The one byte range ``[start, end)`` a ``Range`` header asks for, or None for the whole file.

    Understands ``bytes=N-``, ``bytes=N-M`` and ``bytes=-K`` (the last K bytes). A header in
    another form (several ranges, another unit) is ignored, as HTTP allows, and the whole file
    is sent. ValueError when the range lies wholly outside the file (answer ``416``).
    """
    if not header:
        return None
    match = _RANGE_RE.fullmatch(header.strip())
    if match is None or match.group(1) == match.group(2) == "":
        return None
    first, last = match.groups()
    if first == "":
        count = int(last)
        if count == 0:
            raise ValueError("an empty suffix range")
        return max(0, size - count), size
    start = int(first)
    end = size if last == "" else min(size, int(last) + 1)
    if last != "" and int(last) < start:
        return None
    if start >= size:
        raise ValueError(f"the range starts at {start}, but the file has {size} bytes")
    return start, end


def read_range(path: Path, start: int, end: int) -> Iterator[bytes]:
    """The bytes ``[start, end)`` of the file at ``path``, in chunks."""
    with open(path, "rb") as fh:
        fh.seek(start)
        left = end - start
        while left > 0:
            data = fh.read(min(_CHUNK, left))
            if not data:
                return
            left -= len(data)
            yield data
