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

import os
import re
import shutil
from pathlib import Path

from labclient.media import write_file_atomically
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


def keep(cache_root: Path, name: str, data: bytes) -> None:
    """Keep ``data`` as the outbox file ``name``, in place of the same workstation's older ones.
    Refused for a name or a body that is not an outbox file's, or one workstation too many."""
    match = NAME_RE.fullmatch(name)
    if match is None:
        raise Refused(404, "Only outbox files (labclient-outbox-….lco) are left on the relay.")
    if len(data) > MAX_FILE_BYTES or not data.startswith(ZSTD_MAGIC):
        raise Refused(400, "That is not an outbox file labclient wrote.")
    folder = cache_root / OUTBOX_DIR
    folder.mkdir(parents=True, exist_ok=True)
    device = match.group("device")
    older = [p for p in folder.glob("labclient-outbox-*.lco") if _device(p.name) == device]
    if not older and len({_device(p.name) for p in folder.glob("*.lco")}) >= MAX_WORKSTATIONS:
        raise Refused(507, "The relay keeps no more workstations' outbox files.")
    write_file_atomically(folder / name, data)
    for path in older:
        if path.name != name:
            path.unlink(missing_ok=True)


def _device(name: str) -> str | None:
    match = NAME_RE.fullmatch(name)
    return None if match is None else match.group("device")


def copy_all(cache_root: Path, to_dir: Path) -> list[Path]:
    """Copy every outbox file the relay keeps into ``to_dir`` (each under a temporary name,
    flushed, then renamed); the copies' paths."""
    to_dir.mkdir(parents=True, exist_ok=True)
    copied = []
    for path in sorted((cache_root / OUTBOX_DIR).glob("labclient-outbox-*.lco")):
        target = to_dir / path.name
        part = to_dir / f".{path.name}.part"
        shutil.copyfile(path, part)
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(part, target)
        copied.append(target)
    return copied
