"""Workstations' outbox files kept on the relay for the next USB trip (docs/offline-links.md).

While the hub cannot be reached, a workstation with a relay leaves its outbox file there at each
sync (``PUT /v1/outbox/{file name}``, the file ``labclient export-outbox`` writes). The relay
keeps the newest file of each workstation in ``relay-cache/outbox/``, and ``labclient
relay-outboxes --to DIR`` copies them all onto the stick: one stick carries the whole lab's
results to ``labhub import-outbox``.

The relay cannot check a file (it holds no workstation's key), and need not: the hub checks each
file's signature, and applies each item once. A file replaced on the relay by someone on the LAN
costs nothing: the items stay in the workstation's outbox until a receipt answers them, and its
next sync leaves a good file again.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import uuid
from pathlib import Path
from typing import IO

from labclient.sync.usb import MAX_FILE_BYTES

OUTBOX_DIR = "outbox"
#: The files a workstation may leave: the name ``export_outbox`` gives them.
NAME_RE = re.compile(r"labclient-outbox-(?P<device>[A-Za-z0-9_-]{1,100}?)-\d{1,18}-\d{1,18}\.lco")
#: Workstations whose files the relay keeps at most (a lab of a few dozen).
MAX_WORKSTATIONS = 500
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class Refused(Exception):
    """A file the relay does not keep; the message says why (for the HTTP answer)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def receive(cache_root: Path, name: str, body: IO[bytes] | io.BufferedIOBase, length: int) -> None:
    """Keep the ``length`` bytes read from ``body`` as the outbox file ``name``, in place of the
    same workstation's older ones. The bytes go to the disk as they come (never all in memory),
    under a temporary name, flushed, then renamed. Refused for a name or a body that is not an
    outbox file's, one workstation too many, or a body cut short (nothing is kept then)."""
    match = NAME_RE.fullmatch(name)
    if match is None:
        raise Refused(404, "Only outbox files (labclient-outbox-….lco) are left on the relay.")
    if length > MAX_FILE_BYTES:
        raise Refused(413, f"An outbox file is at most {MAX_FILE_BYTES} bytes.")
    if length < len(ZSTD_MAGIC):
        raise Refused(400, "That is not an outbox file labclient wrote.")
    folder = cache_root / OUTBOX_DIR
    folder.mkdir(parents=True, exist_ok=True)
    device = match.group("device")
    older = [p for p in folder.glob("labclient-outbox-*.lco") if _device(p.name) == device]
    if not older and len({_device(p.name) for p in folder.glob("*.lco")}) >= MAX_WORKSTATIONS:
        raise Refused(507, "The relay keeps no more workstations' outbox files.")
    part = folder / f".{uuid.uuid4().hex}.part"  # two uploads at once each write their own
    try:
        with open(part, "wb") as out:
            left = length
            while left > 0 and (block := body.read(min(1 << 16, left))):
                if left == length and not block.startswith(ZSTD_MAGIC[:len(block)]):
                    raise Refused(400, "That is not an outbox file labclient wrote.")
                out.write(block)
                left -= len(block)
            if left:
                raise Refused(400, "The file was cut short: nothing was kept.")
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, folder / name)
    finally:
        part.unlink(missing_ok=True)
    for path in older:
        if path.name != name:
            path.unlink(missing_ok=True)


def _device(name: str) -> str | None:
    match = NAME_RE.fullmatch(name)
    return None if match is None else match.group("device")


def kept(cache_root: Path) -> list[Path]:
    """The outbox files the relay keeps, by name."""
    return sorted((cache_root / OUTBOX_DIR).glob("labclient-outbox-*.lco"))


def copy_all(cache_root: Path, to_dir: Path) -> list[Path]:
    """Copy every outbox file the relay keeps into ``to_dir`` (each under a temporary name,
    flushed, then renamed); the copies' paths."""
    to_dir.mkdir(parents=True, exist_ok=True)
    copied = []
    for path in kept(cache_root):
        target = to_dir / path.name
        part = to_dir / f".{path.name}.part"
        shutil.copyfile(path, part)
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(part, target)
        copied.append(target)
    return copied
