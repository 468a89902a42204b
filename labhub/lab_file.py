"""``labhub export-lab``: what a pull would bring each workstation of a lab, in one file carried
by USB (docs/offline-links.md, "New work by USB"; docs/protocol.md, "Lab files").

The file (``labhub-lab-<lab>-<time>.lcl``) is a zip:

- ``lab.json`` (deflated): ``format``, ``lab``, ``made_at``, the lab's ``roster`` (as a pull
  carries it), ``media`` (``sha256`` and ``bytes`` of every file in the zip) and ``devices``: for
  each enrolled workstation of the lab, its section: the ``batches`` leased to it that it does not
  hold yet (whole documents), its ``leases`` and ``revoked`` batches as a pull answers them, its
  lease ``cursor``, and the ``receipts`` of its last outbox files imported here.
- ``macs.json``: for each workstation, HMAC-SHA256 under its device key (the one its outbox files
  are signed with) of the context, its device id and the sha256 of ``lab.json``'s bytes. A
  workstation checks its own before it reads a byte of ``lab.json``; a changed byte, another
  hub's or another lab's file fails that check. No credential is in the file.
- ``media/<sha256>`` (stored): each file once, however many batches or workstations use it.

Leasing is a pull's (:func:`labhub.leases.lease_free_batches`), round by round so that each
workstation gets its share: the export leases at most ``batches_per_device`` new batches to each
workstation, within ``max_bytes`` of media in all. The media of batches already leased to a
workstation that it did not say it holds (its last outbox file lists what it holds) comes first;
a batch whose media does not fit stays leased and comes in the next file or sync. A file that is
lost costs nothing: its batches stay leased to their workstations and come in the next file.

A relay with a line of its own (:mod:`labclient.relay.upstream`) asks for the same documents
without the media (:func:`lab_documents`, ``GET /v1/relay/lab``), every few minutes.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labclient.people.events import device_key
from labclient.sync.lab_file import LAB_FORMAT, LAB_JSON, MACS_JSON, lab_mac
from labhub.auth import Device
from labhub.batches import media_folder
from labhub.clock import HubClock
from labhub.errors import Refused
from labhub.leases import lease_free_batches, renew
from labhub.store import Conn, HubStore
from labhub.users import lab_id, roster

#: A FAT32 stick holds no file of 4 GiB or more.
MAX_FILE_MB = 4000


@dataclass
class LabExport:
    """What :func:`export_lab` wrote: the file, and per workstation name the batches it carries."""

    path: Path
    lab: str
    media_bytes: int
    batches: dict[str, int] = field(default_factory=dict)
    left_for_later: int = 0   # batches already leased whose media did not fit in the file


@dataclass
class _Section:
    device: Device
    key: bytes
    held: set[str] | None
    last_seen: str | None
    batches: list[str] = field(default_factory=list)


def export_lab(store: HubStore, clock: HubClock, lab: str, to_dir: Path, *, max_bytes: int,
               batches_per_device: int, lease_seconds: float) -> LabExport:
    """Lease the lab's free work to its workstations as their pulls would (see the module) and
    write the lab file into ``to_dir``. Refused for an unknown lab, when the lab has no
    enrolled workstation, or the file cannot be written (what was leased stays leased, and comes
    in the next file)."""
    with store.snapshot() as c:
        number = lab_id(c, lab)
    made = _lease_and_describe(store, clock, number, lab, max_bytes=max_bytes, batches_per_device=batches_per_device,
                               lease_seconds=lease_seconds, for_relay=False)
    return _write(store, to_dir, lab, made)


@dataclass(frozen=True)
class LabDocuments:
    """What :func:`lab_documents` made: ``lab.json`` and ``macs.json`` in a zip (no media), a tag
    that changes only when what a workstation takes from them does (not when only ``made_at``
    or the leases' expiry does), and the media the batches need."""

    zip_bytes: bytes
    etag: str
    media: list[tuple[str, int]]


def lab_documents(store: HubStore, clock: HubClock, device: Device, *, max_bytes: int, batches_per_device: int,
                  lease_seconds: float) -> LabDocuments:
    """For the lab's relay (``device``) with a line of its own: the lab file's two documents,
    without media (the relay fetches them through its cache), and their tag (see the class).
    Unlike the USB file, it leases only up to ``batches_per_device`` batches waiting per
    workstation (it is asked every few minutes), and renews the leases of the workstations
    heard from within ``lease_seconds`` only (one that is gone lets its work go back, as with
    pulls)."""
    with store.snapshot() as c:
        row = c.execute("SELECT name FROM labs WHERE id = ?", (device.lab_id,)).fetchone()
    lab = str(row[0])
    made = _lease_and_describe(store, clock, device.lab_id, lab, max_bytes=max_bytes,
                               batches_per_device=batches_per_device, lease_seconds=lease_seconds, for_relay=True)
    lab_json, macs = _signed(made)
    # The tag leaves out when the documents were made and how long the leases run (renewed at
    # each ask; a workstation keeps only which batches are leased or withdrawn)
    content = {k: v for k, v in made.doc.items() if k not in ("made_at", "devices")}
    content["devices"] = {d: {**section, "leases": [lease["batch_id"] for lease in section["leases"]]}
                          for d, section in made.doc["devices"].items()}
    etag = hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(LAB_JSON, lab_json)
        zf.writestr(MACS_JSON, macs)
    return LabDocuments(buffer.getvalue(), etag, made.files)


@dataclass
class _Made:
    lab: str
    doc: dict[str, Any]
    sections: list[_Section]
    files: list[tuple[str, int]]
    left_for_later: int


def _lease_and_describe(store: HubStore, clock: HubClock, number: int, lab: str, *, max_bytes: int,
                        batches_per_device: int, lease_seconds: float, for_relay: bool) -> _Made:
    """Lease round by round and describe each workstation's section, in one transaction."""
    with store.transaction(lab=number) as c:
        sections = _sections(c, number, lab)
        now, expires = clock.after(lease_seconds)
        seen_since = clock.after(-lease_seconds)[1]
        for section in sections:
            if not for_relay or (section.last_seen is not None and section.last_seen >= seen_since):
                renew(c, section.device.id, expires)
        room = max_bytes
        for section in sections:  # what each already holds a lease on and may not have: first
            for batch_id, size in _leased(c, section.device):
                if section.held is None or batch_id not in section.held:
                    section.batches.append(batch_id)
                    room -= size
        left_for_later = 0
        while room < 0 and any(s.batches for s in sections):  # the newest of them wait for the next file
            section = max((s for s in sections if s.batches), key=lambda s: len(s.batches))
            room += _media_bytes(c, [section.batches.pop()])
            left_for_later += 1
        for _ in range(batches_per_device):  # round by round: each workstation its share
            leased_any = False
            for section in sections:
                if for_relay and len(section.batches) >= batches_per_device:
                    continue  # it has this many waiting already
                taken, _ = lease_free_batches(c, section.device, now, expires, 1, max(room, 0), strict=True)
                for batch_id, size in taken:
                    section.batches.append(batch_id)
                    room -= size
                    leased_any = True
            if not leased_any:
                break
        doc, files = _document(c, number, lab, sections, clock.now_text())
    return _Made(lab, doc, sections, files, left_for_later)


def _sections(c: Conn, number: int, lab: str) -> list[_Section]:
    rows = c.execute("SELECT id, name, token_sha256, last_seen_at FROM devices WHERE lab_id = ? AND revoked_at IS NULL"
                     " AND role = 'workstation' ORDER BY enrolled_at, id", (number,)).fetchall()
    if not rows:
        raise Refused(f"Lab {lab!r} has no enrolled workstation: enrol one first (labhub enroll-code).")
    sections = []
    for device_id, name, token_sha, last_seen in rows:
        held = c.execute("SELECT held FROM usb_imports WHERE device_id = ? ORDER BY imported_at DESC, source DESC"
                         " LIMIT 1", (device_id,)).fetchone()
        sections.append(_Section(Device(str(device_id), number, str(name)), device_key(str(token_sha)),
                                 None if held is None or held[0] is None else set(json.loads(held[0])),
                                 None if last_seen is None else str(last_seen)))
    return sections


def _leased(c: Conn, device: Device) -> list[tuple[str, int]]:
    """(batch id, media bytes) of the batches leased to ``device``, oldest first."""
    return [(str(b), int(size)) for b, size in c.execute(
        "SELECT b.batch_id, (SELECT coalesce(sum(m.bytes), 0) FROM batch_media bm JOIN media m ON m.sha256 = bm.sha256"
        " WHERE bm.batch_id = b.batch_id) FROM batches b WHERE b.leased_to = ? AND b.lab_id = ?"
        " ORDER BY b.added_at, b.batch_id", (device.id, device.lab_id))]


def _media_bytes(c: Conn, batch_ids: list[str]) -> int:
    return sum(size for _, size in _media_of(c, batch_ids))


def _media_of(c: Conn, batch_ids: list[str]) -> list[tuple[str, int]]:
    """(sha256, bytes) of the media of these batches, each file once."""
    files: dict[str, int] = {}
    for batch_id in batch_ids:
        for sha, size in c.execute("SELECT m.sha256, m.bytes FROM batch_media bm JOIN media m ON m.sha256 = bm.sha256"
                                   " WHERE bm.batch_id = ? ORDER BY m.sha256", (batch_id,)):
            files[str(sha)] = int(size)
    return sorted(files.items())


def _document(c: Conn, number: int, lab: str, sections: list[_Section], now: str
              ) -> tuple[dict[str, Any], list[tuple[str, int]]]:
    """``lab.json``'s document, and the media files to put beside it."""
    devices: dict[str, Any] = {}
    for section in sections:
        device_id = section.device.id
        docs = [json.loads(c.execute("SELECT doc FROM batches WHERE batch_id = ?", (b,)).fetchone()[0])
                for b in section.batches]
        leases = [{"batch_id": str(b), "expires": str(e)} for b, e in c.execute(
            "SELECT batch_id, lease_expires FROM batches WHERE leased_to = ? AND lab_id = ?"
            " ORDER BY added_at, batch_id", (device_id, number))]
        revoked = [str(b) for (b,) in c.execute(
            "SELECT DISTINCT e.batch_id FROM lease_events e JOIN batches b ON b.batch_id = e.batch_id"
            " WHERE e.device_id = ? AND e.event = 'leased' AND b.lab_id = ?"
            " AND (b.leased_to IS NULL OR b.leased_to != ?) ORDER BY e.batch_id", (device_id, number, device_id))
            if section.held is None or b in section.held]
        cursor = c.execute("SELECT max(seq) FROM lease_events WHERE device_id = ?", (device_id,)).fetchone()[0]
        receipts = [json.loads(r) for (r,) in c.execute(
            "SELECT receipt FROM usb_imports WHERE device_id = ? ORDER BY imported_at, source", (device_id,))]
        devices[device_id] = {"name": section.device.name, "batches": docs, "leases": leases, "revoked": revoked,
                              "cursor": None if cursor is None else str(cursor), "receipts": receipts}
    files = _media_of(c, [b for s in sections for b in s.batches])
    doc = {"format": LAB_FORMAT, "lab": lab, "made_at": now, "roster": roster(c, number, None),
           "media": [{"sha256": sha, "bytes": size} for sha, size in files], "devices": devices}
    return doc, files


def _signed(made: _Made) -> tuple[bytes, bytes]:
    """The bytes of ``lab.json`` and of ``macs.json`` (each workstation's signature of them)."""
    lab_json = json.dumps(made.doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    digest = hashlib.sha256(lab_json).hexdigest()
    macs = {s.device.id: lab_mac(s.key, s.device.id, digest) for s in made.sections}
    return lab_json, json.dumps(macs, sort_keys=True).encode("ascii")


def _write(store: HubStore, to_dir: Path, lab: str, made: _Made) -> LabExport:
    """Write the zip under a temporary name, flushed, then renamed."""
    media = media_folder(store)
    files = made.files
    missing = [sha for sha, size in files if not media.has(sha, size)]
    if missing:
        raise Refused(f"The media file {missing[0]} is missing or damaged in the hub's media folder ({len(missing)} "
                      "file(s) in all); no file was written. Run labhub check. What was leased stays leased.")
    lab_json, macs = _signed(made)
    stamp = re.sub(r"[^0-9T]", "", str(made.doc["made_at"]))[:15]
    name = f"labhub-lab-{re.sub(r'[^A-Za-z0-9_-]+', '_', lab)[:40]}-{stamp}.lcl"
    path, part = to_dir / name, to_dir / f".{name}.part"
    try:
        to_dir.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(part, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
            zf.writestr(LAB_JSON, lab_json, compress_type=zipfile.ZIP_DEFLATED)
            zf.writestr(MACS_JSON, macs)
            for sha, _ in files:
                zf.write(media.path_for(sha), f"media/{sha}")
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise Refused(f"{path} cannot be written: {exc.strerror or exc}. What was leased stays leased, and comes "
                      "in the next file.") from None
    return LabExport(path, lab, sum(size for _, size in files),
                     {s.device.name: len(s.batches) for s in made.sections}, made.left_for_later)
