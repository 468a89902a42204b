"""Fetching media from the hub by content hash, resuming across cuts with HTTP Range (batch
documents are fetched the same way: :mod:`labclient.sync.documents`).

Bytes go to ``media/.partial/<sha256>.part``. A cut leaves the part file; the next attempt asks
for the rest with ``Range: bytes=N-``. When the file is whole it is hashed, flushed and renamed
into place; a file that does not match its hash is deleted and fetched again from zero next time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from labclient.batch import MediaEntry
from labclient.errors import BadHubResponseError, BundleError, HubAuthError, HubBusyError, HubUnreachableError
from labclient.media import MediaStore, disk_errors
from labclient.sync.transport import Transport, retry_after

if TYPE_CHECKING:
    from labclient.sync.relay_link import RelayLink

#: Bytes read from the hub per write to the part file. Well below a cut every 64 KB: with 64 KB a
#: chunk never completed on such a line, and no download moved forward.
CHUNK = 16 * 1024


def part_path(media: MediaStore, sha256: str) -> Path:
    """Where the partial download of a file lives."""
    return media.root / ".partial" / f"{sha256}.part"


def fetch(transport: Transport, media: MediaStore, entry: MediaEntry, relay: RelayLink | None = None) -> int:
    """Make sure ``entry`` is in the media store; returns the bytes downloaded now from the hub.

    With a ``relay`` (the lab's, on the LAN) the file is asked of it first; the hub is asked
    when the relay is gone, does not have it, or sends bytes that are not the file (see
    :class:`labclient.sync.relay_link.RelayLink`). The relay's bytes are not counted here: they
    did not cross the lab's uplink.

    Raises HubUnreachableError on a cut, a stall or the request's time limit (the part file stays
    for the next try), HubBusyError, HubAuthError, BundleError when the hub has no such file, or
    BadHubResponseError when the bytes do not match the hash or the answer is not the file (a
    redirect, which is never followed, or a coding that does not decode).
    """
    if media.has(entry.sha256, entry.bytes):
        return 0
    if relay is not None and relay.fetch(media, entry):
        return 0
    part = part_path(media, entry.sha256)
    with disk_errors(media.root):
        part.parent.mkdir(parents=True, exist_ok=True)
    offset = part.stat().st_size if part.exists() else 0
    if offset > entry.bytes:
        part.unlink()
        offset = 0
    downloaded = 0
    if offset < entry.bytes:
        downloaded = download(transport, f"/v1/media/{entry.sha256}", part, offset, entry.bytes,
                              f"media {entry.sha256[:12]}", media.root,
                              missing=BundleError(detail=f"the hub has no media file {entry.path} "
                                                         f"({entry.sha256[:12]}…)", where=entry.path))
    verify_and_place(media, entry, part)
    return downloaded


def download(transport: Transport, route: str, part: Path, offset: int, size: int, what: str, root: Path,
             missing: Exception, on_headers: Callable[[Mapping[str, str]], None] | None = None) -> int:
    """Fetch the bytes of ``route`` (a file of ``size`` bytes) into ``part`` from ``offset`` on,
    asking for the rest with ``Range`` when ``offset`` > 0; returns the bytes written now.

    Raises ``missing`` on 404, HubAuthError, HubBusyError, HubUnreachableError on a cut (what
    arrived stays in ``part``), and BadHubResponseError for a redirect (never followed), another
    status, or more bytes than ``size``. ``what`` names the file in messages; ``root`` is the
    folder whose disk errors are reported as such. ``on_headers`` is given the headers of an
    answer with the file's bytes, before they are read."""
    headers = {"Accept-Encoding": "identity"}
    if transport.token is not None:  # none to the lab relay (labclient.sync.relay_link)
        headers["Authorization"] = f"Bearer {transport.token}"
    if offset:
        headers["Range"] = f"bytes={offset}-"
    written = 0
    try:
        # Bounded like every request (transport.stream): in time, and here by the listed size.
        with transport.stream("GET", route, headers=headers) as response:
            status = response.status_code
            if status == 401:
                raise HubAuthError(detail=f"the hub refused the credential for {what}")
            if status in (429, 503) or status >= 500:
                raise HubBusyError(detail=f"HTTP {status} for {what}", status=status,
                                   retry_after=retry_after(response.headers.get("Retry-After")))
            if status == 404:
                raise missing
            if 300 <= status < 400:
                raise BadHubResponseError(hub=transport.hub_url,
                                          detail=f"HTTP {status} for {what}: a redirect, which is not followed")
            if status == 200:
                offset = 0  # the hub sent the whole file: start the part over
            elif status != 206:
                raise BadHubResponseError(hub=transport.hub_url, detail=f"HTTP {status} for {what}")
            if on_headers is not None:
                on_headers(response.headers)
            with disk_errors(root), open(part, "r+b" if offset else "wb") as out:
                out.seek(offset)
                out.truncate()
                for chunk in response.iter_content(CHUNK):
                    if offset + written + len(chunk) > size:
                        raise BadHubResponseError(hub=transport.hub_url, detail=f"{what} is longer than listed")
                    out.write(chunk)
                    written += len(chunk)
                out.flush()
                os.fsync(out.fileno())
    finally:
        transport.bytes_received += written
    return written


def sweep_partials(media: MediaStore) -> int:
    """Delete every partial download (media and batch documents); returns how many. Called after
    a pull that finished: each batch it was handed is then cached or was refused, so what is
    left belongs to a batch whose lease went elsewhere, or that the hub skipped, and would
    otherwise stay on the disk for good."""
    removed = 0
    for path in (media.root / ".partial").glob("*.part"):
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed


def verify_and_place(media: MediaStore, entry: MediaEntry, part: Path) -> None:
    """Move the whole ``part`` into place after checking its hash. HubUnreachableError when it
    is short; BadHubResponseError (the part deleted) when it does not match."""
    size = part.stat().st_size
    if size < entry.bytes:
        raise HubUnreachableError(hub="the hub", detail=f"media download stopped at {size} of {entry.bytes} bytes")
    digest = hashlib.sha256()
    with open(part, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != entry.sha256:
        part.unlink()
        raise BadHubResponseError(hub="the hub", detail=f"media {entry.path} does not match its sha256")
    dest = media.path_for(entry.sha256)
    with disk_errors(media.root):
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, dest)
