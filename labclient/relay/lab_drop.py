"""The hub's lab file on the relay: one stick for the whole lab (docs/offline-links.md, "New work
by USB").

``labclient relay --lab-file FILE`` takes the file the hub wrote (``labhub export-lab``): its media
files go into the relay's cache (each checked against its sha256 while it is copied), and its two
small documents (``lab.json`` and ``macs.json``) are kept in ``relay-cache/lab/``. Each
workstation's next sync then asks the relay for them (``GET /v1/lab``, ``GET /v1/lab/lab.json``),
checks its own signature, and takes its section, with the media from the relay's cache
(:func:`labclient.sync.lab_file.import_lab_from_relay`).

The relay cannot check the signatures (it holds no workstation's key), and need not: a changed
document is refused by every workstation, and a media file is kept only when its bytes match the
hash in its name.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from labclient.errors import BundleError
from labclient.media import MediaStore, write_file_atomically
from labclient.sync.lab_file import (
    LAB_JSON,
    MACS_JSON,
    MAX_LAB_JSON,
    MAX_MACS_JSON,
    bounded_chunks,
    check_members,
    open_lab_zip,
    read_member,
)

LAB_DIR = "lab"
SHA_FILE = "lab.json.sha256"
#: The hub's tag of the documents the relay last took from it (:mod:`labclient.relay.upstream`).
ETAG_FILE = "etag"


@dataclass(frozen=True)
class TakenLab:
    """What :func:`take_lab_file` kept."""

    media_files: int
    media_bytes: int
    workstations: int
    sha256: str


def take_lab_file(cache_root: Path, store: MediaStore, path: Path) -> TakenLab:
    """Take the lab file at ``path`` into the relay's cache (see the module). LabClientError
    naming the problem for a file that is damaged or not a lab file; then the documents the
    relay held before stay as they were."""
    with open_lab_zip(path) as zf:
        check_members(zf, path.name)
        macs_bytes = read_member(zf, MACS_JSON, MAX_MACS_JSON, path.name)
        text = read_member(zf, LAB_JSON, MAX_LAB_JSON, path.name)
        try:
            macs = json.loads(macs_bytes)
        except ValueError:
            macs = None
        if not isinstance(macs, dict):
            raise BundleError(detail=f"{path.name} is damaged: its signatures cannot be read. Nothing changed.")
        files, size = _take_media(zf, store, path.name)
    folder = cache_root / LAB_DIR
    folder.mkdir(parents=True, exist_ok=True)
    sha256 = hashlib.sha256(text).hexdigest()
    # lab.json first, its hash last: a relay stopped half way serves the documents it held before, or none
    (folder / SHA_FILE).unlink(missing_ok=True)
    (folder / ETAG_FILE).unlink(missing_ok=True)  # a relay with a line asks the hub for its documents again
    for name, data in ((LAB_JSON, text), (MACS_JSON, macs_bytes), (SHA_FILE, sha256.encode("ascii"))):
        write_file_atomically(folder / name, data)
    return TakenLab(files, size, len(macs), sha256)


def _take_media(zf: zipfile.ZipFile, store: MediaStore, name: str) -> tuple[int, int]:
    """Copy the media members the cache lacks, each checked; (files, bytes) copied."""
    members = [i for i in zf.infolist() if i.filename.startswith("media/")]
    new = [i for i in members if not store.has(i.filename[6:], i.file_size)]
    store.check_space(sum(i.file_size for i in new))
    staging = store.staging_dir()
    try:
        staged = []
        for info in new:
            sha256 = info.filename[6:]
            try:
                with zf.open(info) as fh:
                    chunks = bounded_chunks(fh, info.file_size)
                    staged.append(store.write_verified(staging, sha256, info.file_size, chunks, info.filename))
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
                raise BundleError(detail=f"{name} is damaged or cut short ({type(exc).__name__} in {info.filename}). "
                                         "Copy it again.") from None
        store.place(staged)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return len(new), sum(i.file_size for i in new)


def lab_index(cache_root: Path) -> tuple[str, bytes] | None:
    """(sha256 of ``lab.json``, the bytes of ``macs.json``) of the lab file the relay holds, or None."""
    folder = cache_root / LAB_DIR
    try:
        sha256 = (folder / SHA_FILE).read_text(encoding="ascii").strip()
        return sha256, (folder / MACS_JSON).read_bytes()
    except (OSError, UnicodeDecodeError):
        return None


def lab_json_path(cache_root: Path) -> Path:
    """Where the relay keeps the lab file's ``lab.json``."""
    return cache_root / LAB_DIR / LAB_JSON
