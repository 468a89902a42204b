"""Media files on disk, addressed by their sha256.

A file lives at ``<data dir>/media/<sha[:2]>/<sha>``. New files are written to a staging folder,
verified, flushed to disk and only then renamed into place, so a file in place is always whole
and always matches its name.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

from labclient.errors import BundleError, DiskFullError, ReadOnlyError

#: Space left free on the disk after an import, for drafts, results and the database to grow.
FREE_SPACE_RESERVE = 50 * 1024 * 1024


#: ISO base media (MP4) files begin with a box: its size, then one of these types.
_MP4_BOXES = (b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot")


def is_known_container(head: bytes) -> bool:
    """Whether ``head`` (a file's first 12 bytes or more) begins as one of the containers of
    ``labclient.tasks.base.AUDIO_MIMES`` and ``VIDEO_MIMES`` does: Ogg, FLAC, WAV, MP3 (an ID3
    tag or an MPEG audio frame), WebM/Matroska or MP4. A file that does not is never handed to
    the decoder: FFmpeg guessing the format of arbitrary bytes has crashed the process."""
    if head[:4] in (b"OggS", b"fLaC", b"\x1aE\xdf\xa3") or head[:3] == b"ID3":
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return True
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0 and head[1] & 0x06:  # MPEG audio, layer set
        return True
    return head[4:8] in _MP4_BOXES


def looks_playable(path: Path) -> bool:
    """Whether the file at ``path`` begins as a known audio or video container
    (:func:`is_known_container`); False when it cannot be read."""
    try:
        with path.open("rb") as fh:
            return is_known_container(fh.read(12))
    except OSError:
        return False


class MediaStore:
    """The content-addressed media folder of one workspace."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        """Where the file with this hash lives (whether or not it is there)."""
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str, size: int) -> bool:
        """Whether the file is in place with the expected size."""
        try:
            return self.path_for(sha256).stat().st_size == size
        except OSError:
            return False

    def staging_dir(self) -> Path:
        """A fresh folder for files being imported, on the same disk as the store."""
        path = self.root / f".incoming-{uuid.uuid4().hex}"
        with disk_errors(self.root):
            path.mkdir(parents=True)
        return path

    def check_space(self, needed: int) -> None:
        """Raise DiskFullError when ``needed`` bytes would leave less than the reserve free."""
        self.root.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self.root).free
        if needed + FREE_SPACE_RESERVE > free:
            raise DiskFullError(
                "Not enough disk space for this batch: it needs {need} MB and {free} MB are free on "
                "the disk that holds {folder}. Free some space, then import again. Nothing changed.",
                need=(needed + FREE_SPACE_RESERVE) // 2**20, free=free // 2**20, folder=str(self.root),
            )

    def write_verified(self, staging: Path, sha256: str, size: int, chunks: Iterable[bytes], name: str) -> Path:
        """Write ``chunks`` to ``staging/<sha256>``, check size and hash, flush to disk.

        Raises BundleError when the bytes do not match (the staged file is removed).
        """
        target = staging / sha256
        digest = hashlib.sha256()
        written = 0
        with disk_errors(self.root), open(target, "wb") as out:
            for chunk in chunks:
                digest.update(chunk)
                out.write(chunk)
                written += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        if written != size or digest.hexdigest() != sha256:
            target.unlink(missing_ok=True)
            raise BundleError(detail=f"{name} does not match its sha256 in batch.json (the file is damaged "
                                     "or was changed)", where=name)
        return target

    def place(self, staged: Iterable[Path]) -> list[Path]:
        """Rename staged files into place; returns the paths that are new (to undo on failure)."""
        placed: list[Path] = []
        with disk_errors(self.root):
            for src in staged:
                dest = self.path_for(src.name)
                dest.parent.mkdir(exist_ok=True)
                if dest.exists():
                    src.unlink()
                    continue
                os.replace(src, dest)
                fsync_dir(dest.parent)  # the rename itself must survive a power cut
                placed.append(dest)
        return placed

    def remove(self, paths: Iterable[Path]) -> None:
        """Remove files placed by an import that was then rolled back."""
        for path in paths:
            path.unlink(missing_ok=True)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) to disk, where the platform allows it."""
    if os.name != "posix":  # pragma: no cover - Windows cannot open a folder for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` under a temporary name, flushed to the disk, then renamed: a
    reader sees the old file or the new one, never half of one (OSError as the disk gives it;
    the temporary file is removed)."""
    part = path.with_name(f".{path.name}.part")
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    except OSError:
        part.unlink(missing_ok=True)
        raise


class disk_errors:  # noqa: N801 - used as a context manager, reads like one
    """Turn "disk full" and "read-only" OS errors into the store's errors for a person."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if isinstance(exc, OSError):
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError(folder=str(self.folder)) from exc
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise ReadOnlyError(folder=str(self.folder)) from exc
