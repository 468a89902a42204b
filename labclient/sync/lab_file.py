"""``labclient import-lab FILE``: a lab file the hub wrote (``labhub export-lab``), carried in by
USB, applied as a pull would be (docs/offline-links.md, "New work by USB"; docs/protocol.md, "Lab
files").

The file holds a section per enrolled workstation of the lab, each signed with that
workstation's device key (as its outbox files are). This workstation checks its own signature
over the bytes of ``lab.json`` before it reads them, then takes its section:

- the batches leased to it, each checked as a pulled batch is, with their media (each file
  checked against its sha256 while it is copied; a file already here is not copied again);
- lease news (``leases``, ``revoked``) and the lease cursor, which only moves forward;
- the lab's roster (an older list than the one held is passed over);
- the receipts of its outbox files the hub imported: what the hub took leaves the outbox.

Importing the same file twice, or an older file after a newer one or after a sync, changes
nothing the second time. A damaged, changed, truncated or foreign file is refused whole, before
anything is stored; one batch that cannot be used is named and passed over, and the rest is
taken.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from labclient.batch import Batch, MediaEntry, check_batch
from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.errors import BundleError, LabClientError, RosterFromFutureError, StaleRosterError, SyncError
from labclient.importer import held, import_fetched_batch
from labclient.media import MediaStore
from labclient.people.roster import apply_roster
from labclient.store import Store
from labclient.sync.relay_link import RelayLink
from labclient.sync.state import PushTally, apply_pull_answer, read_settings, write_settings
from labclient.sync.usb import UsbFileError, apply_receipt, device_identity

LAB_FORMAT = "labhub-lab/1"
LAB_CONTEXT = b"labhub lab file v1\n"
LAB_JSON = "lab.json"
MACS_JSON = "macs.json"
MAX_LAB_JSON = 256 * 2**20      # the document is parsed whole: this bounds memory
MAX_MACS_JSON = 4 * 2**20       # tens of thousands of workstations
MAX_ENTRIES = 500_000
_MEDIA_RE = re.compile(r"media/[0-9a-f]{64}")


def lab_mac(key: bytes, device_id: str, lab_json_sha256: str) -> str:
    """The signature of a lab file for one workstation (hex): HMAC-SHA256 under its device key
    of the context, the device id and the sha256 of ``lab.json``'s bytes."""
    return hmac.new(key, LAB_CONTEXT + device_id.encode("utf-8") + b"\n" + lab_json_sha256.encode("ascii"),
                    hashlib.sha256).hexdigest()


@dataclass
class LabImport:
    """What :func:`import_lab` did."""

    added: list[str] = field(default_factory=list)                  # batch ids now in the task cache
    passed_over: list[tuple[str, str]] = field(default_factory=list)  # (batch id, why) not taken
    already: int = 0                                                # batches held here before
    waiting: list[str] = field(default_factory=list)                # batches whose media the relay lacks yet
    roster_applied: bool = False
    answered: PushTally = field(default_factory=PushTally)          # the receipts' answers


#: Puts a batch's media that is not here yet in place, or raises BundleError saying why not.
MediaSource = Callable[[MediaStore, Batch], None]


def import_lab(store: Store, data_dir: Path, path: Path, *, clock: Clock = SYSTEM_CLOCK) -> LabImport:
    """Apply the lab file at ``path`` to this enrolled workstation (see the module).
    UsbFileError, naming the problem, for a file that is damaged, changed, made for another lab
    or hub, or holds nothing for this workstation; then nothing changed."""
    _, device_id, key = device_identity(store, data_dir)
    with open_lab_zip(path) as zf:
        check_members(zf, path.name)
        try:
            macs = json.loads(read_member(zf, MACS_JSON, MAX_MACS_JSON, path.name))
        except ValueError:
            raise UsbFileError(detail=f"{path.name} is damaged: its signatures cannot be read. Nothing changed.") \
                from None
        mac = mac_for(macs, device_id, path.name)
        text = read_member(zf, LAB_JSON, MAX_LAB_JSON, path.name)
        doc = verified_doc(text, mac, device_id, key, path.name)
        sizes = _media_sizes(doc.get("media"), path.name)
        return apply_lab(store, data_dir, doc, path.name, lambda media, batch: _copy_media(media, zf, sizes, batch),
                         device_id, key, clock=clock)


def mac_for(macs: Any, device_id: str, name: str) -> str:
    """This workstation's signature among a lab file's ``macs``; UsbFileError when it has none."""
    mac = macs.get(device_id) if isinstance(macs, dict) else None
    if not isinstance(mac, str):
        raise UsbFileError(detail=f"{name} holds nothing for this workstation: it was made for another lab or "
                                  "another hub, or before this workstation was enrolled. Nothing changed: ask for a "
                                  "new file (labhub export-lab).")
    return mac


def verified_doc(text: bytes, mac: str, device_id: str, key: bytes, name: str) -> dict[str, Any]:
    """``lab.json``'s document once this workstation's signature over its bytes is checked;
    UsbFileError (nothing changed) when it does not match or the document is not a lab file's."""
    if not hmac.compare_digest(lab_mac(key, device_id, hashlib.sha256(text).hexdigest()), mac):
        raise UsbFileError(detail=f"{name} was changed after the hub wrote it, or comes from another hub: its "
                                  "signature does not match. Nothing changed.")
    try:
        doc = json.loads(text)
    except ValueError:
        raise UsbFileError(detail=f"{name} is damaged (its document is not JSON). Nothing changed.") from None
    if not isinstance(doc, dict) or doc.get("format") != LAB_FORMAT:
        raise UsbFileError(detail=f"{name} is not a {LAB_FORMAT} file: a newer hub may have made it. Nothing "
                                  "changed.")
    if not isinstance(doc.get("devices"), dict) or not isinstance(doc["devices"].get(device_id), dict):
        raise UsbFileError(detail=f"{name} holds nothing for this workstation. Nothing changed.")
    return doc


def apply_lab(store: Store, data_dir: Path, doc: dict[str, Any], name: str, source: MediaSource, device_id: str,
              key: bytes, *, clock: Clock = SYSTEM_CLOCK) -> LabImport:
    """Apply this workstation's section of a checked lab document (:func:`verified_doc`), its
    batches' media from ``source``; ``device_id`` and ``key`` are this workstation's, ``clock``
    its clock (for the time a refused answer is kept)."""
    section = doc["devices"][device_id]
    lab = read_settings(store).lab
    if lab and doc.get("lab") != lab:
        raise UsbFileError(detail=f"{name} is for lab {str(doc.get('lab'))[:60]!r}; this workstation is of "
                                  f"lab {lab!r}. Nothing changed.")
    done = LabImport()
    media = MediaStore(data_dir / "media")
    batches = section.get("batches")
    for entry in batches if isinstance(batches, list) else []:
        _take(store, media, source, entry, done, clock)
    _news(store, section)
    _roster(store, doc, done)
    receipts = section.get("receipts")
    for receipt in receipts if isinstance(receipts, list) else []:
        if isinstance(receipt, dict):
            apply_receipt(store, device_id, key, receipt, f"{name} (receipt of {receipt.get('source')})",
                          done.answered, clock=clock)
    return done


class open_lab_zip:  # noqa: N801 - reads as a function in a with statement
    """``with open_lab_zip(path) as zf``: the lab file's zip; UsbFileError when it is not one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zf: zipfile.ZipFile | None = None

    def __enter__(self) -> zipfile.ZipFile:
        try:
            self.zf = zipfile.ZipFile(self.path)
        except FileNotFoundError:
            raise UsbFileError(detail=f"There is no file {self.path}. Nothing changed.") from None
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise UsbFileError(detail=f"{self.path.name} is damaged or cut short, or is not a lab file the hub "
                                      f"made ({type(exc).__name__}). Nothing changed: copy it again.") from None
        return self.zf

    def __exit__(self, *exc: object) -> None:
        if self.zf is not None:
            self.zf.close()


def read_member(zf: zipfile.ZipFile, name: str, limit: int, file_name: str) -> bytes:
    """One member's bytes, at most ``limit``; UsbFileError when it is missing, too large or damaged."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise UsbFileError(detail=f"{file_name} is not a lab file the hub made ({name} is missing). "
                                  "Nothing changed.") from None
    if info.file_size > limit or info.flag_bits & 0x1:
        raise UsbFileError(detail=f"{file_name} is not a lab file the hub made ({name} is too large or encrypted). "
                                  "Nothing changed.")
    try:
        with zf.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise UsbFileError(detail=f"{file_name} is damaged or cut short ({type(exc).__name__} in {name}). "
                                  "Nothing changed: copy it again.") from None
    if len(data) > limit:
        raise UsbFileError(detail=f"{file_name} is not a lab file the hub made ({name} is too large). "
                                  "Nothing changed.")
    return data


def check_members(zf: zipfile.ZipFile, name: str) -> None:
    """UsbFileError unless the zip holds only a lab file's members."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES or any(i.filename not in (LAB_JSON, MACS_JSON) and not _MEDIA_RE.fullmatch(i.filename)
                                       for i in infos):
        raise UsbFileError(detail=f"{name} is not a lab file the hub made (it holds other files). Nothing changed.")


def _media_sizes(listed: Any, name: str) -> dict[str, int]:
    if not isinstance(listed, list):
        raise UsbFileError(detail=f"{name} is malformed (no media list). Nothing changed.")
    return {m["sha256"]: m["bytes"] for m in listed if isinstance(m, dict) and isinstance(m.get("sha256"), str)
            and isinstance(m.get("bytes"), int)}


def _take(store: Store, media: MediaStore, source: MediaSource, entry: Any, done: LabImport, clock: Clock) -> None:
    """Add one batch of the section with its media, or say why not."""
    named = entry.get("batch_id") if isinstance(entry, dict) else None
    label = named[:128] if isinstance(named, str) else "(no batch id)"
    try:
        batch = check_batch(entry)
        if held(store, batch):
            done.already += 1
            return
        source(media, batch)
        import_fetched_batch(store, media, batch, "hub", clock=clock)
    except (BundleError, ValueError, TypeError, KeyError, RecursionError) as exc:
        reason = exc.message if isinstance(exc, LabClientError) else f"it cannot be read ({type(exc).__name__})"
        done.passed_over.append((label, reason[:300]))
        return
    done.added.append(batch.batch_id)


def _copy_media(media: MediaStore, zf: zipfile.ZipFile, sizes: dict[str, int], batch: Batch) -> None:
    """Copy the batch's media that is not here yet from the file, each checked against its hash."""
    new = [m for m in batch.media if not media.has(m.sha256, m.bytes)]
    absent = [m for m in new if sizes.get(m.sha256) != m.bytes]
    if absent:
        raise BundleError(detail=f"{len(absent)} of its media file(s) are not in this file (e.g. {absent[0].path}); "
                                 "it comes with the next file or sync", where=absent[0].path)
    media.check_space(sum(m.bytes for m in new))
    staging = media.staging_dir()
    try:
        staged = [media.write_verified(staging, m.sha256, m.bytes, _chunks(zf, m), m.path) for m in new]
        media.place(staged)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _chunks(zf: zipfile.ZipFile, entry: MediaEntry, chunk: int = 1 << 20) -> Iterator[bytes]:
    """The bytes of one media file from the zip, never more than it should have."""
    try:
        with zf.open(f"media/{entry.sha256}") as fh:
            yield from bounded_chunks(fh, entry.bytes, chunk)
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, NotImplementedError, RuntimeError) as exc:
        raise BundleError(detail=f"{entry.path} is damaged in the file ({type(exc).__name__})",
                          where=entry.path) from None


def bounded_chunks(fh: IO[bytes], size: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    """A member's bytes in chunks, never more than one past its listed ``size`` (a hash check then fails)."""
    left = size + 1  # one byte more shows a file longer than listed (the hash check then fails)
    while left > 0:
        data = fh.read(min(chunk, left))
        if not data:
            return
        left -= len(data)
        yield data


def _news(store: Store, section: dict[str, Any]) -> None:
    """Lease news as a pull answers it; the cursor only moves forward (a newer pull may have heard more)."""
    cursor = section.get("cursor")
    held_cursor = read_settings(store).pull_cursor
    if not (isinstance(cursor, str) and cursor.isdigit()) or (
            held_cursor is not None and held_cursor.isdigit() and int(held_cursor) >= int(cursor)):
        cursor = None
    apply_pull_answer(store, {"leases": section.get("leases"), "revoked": section.get("revoked"), "cursor": cursor})


def _roster(store: Store, doc: dict[str, Any], done: LabImport) -> None:
    roster = doc.get("roster")
    if not isinstance(roster, dict) or not isinstance(roster.get("users"), list) \
            or not isinstance(roster.get("as_of"), str):
        return  # the lab has no users on the hub: keep this workstation's own
    made_at = doc.get("made_at") if isinstance(doc.get("made_at"), str) else None
    try:
        apply_roster(store, roster["users"], as_of=roster["as_of"], lab=read_settings(store).lab or None,
                     hub_now=made_at)
    except (StaleRosterError, RosterFromFutureError, ValueError):
        return  # an older list than the one held (or one this workstation cannot use): keep ours
    done.roster_applied = True


def import_lab_from_relay(store: Store, data_dir: Path, relay: RelayLink, device_id: str,
                          key: bytes, *, clock: Clock = SYSTEM_CLOCK) -> LabImport | None:
    """Take this workstation's section of the lab file the relay holds (``labclient relay
    --lab-file``), its media from the relay's cache, unless it was taken already; None when the
    relay holds no lab file, none for this workstation, or the one taken before. UsbFileError
    for a document that is changed or not a lab file's (nothing changed); SyncError when the
    relay cannot be asked. ``device_id`` and ``key`` are this workstation's (its enrolment)."""
    index = relay.get_bytes("/v1/lab", MAX_MACS_JSON + 200)
    if index is None:
        return None
    try:
        found = json.loads(index)
    except ValueError:
        found = None
    if not isinstance(found, dict) or not isinstance(found.get("sha256"), str) or not isinstance(found.get("macs"),
                                                                                              dict):
        raise UsbFileError(detail="The lab file on the relay is damaged: give the relay the file again.")
    mac = found["macs"].get(device_id)
    if not isinstance(mac, str) or found["sha256"] == read_settings(store).relay_lab_file:
        return None  # none for this workstation (another lab's, or from before it was enrolled), or taken
    text = relay.get_bytes("/v1/lab/lab.json", MAX_LAB_JSON)
    if text is None:
        return None
    name = "the lab file on the relay"
    doc = verified_doc(text, mac, device_id, key, name)

    short: list[str] = []

    def from_relay(media: MediaStore, batch: Batch) -> None:
        missing = [m for m in batch.media if not media.has(m.sha256, m.bytes)]
        for entry in missing:
            try:
                placed = relay.fetch(media, entry)
            except SyncError:
                placed = False
            if not placed:
                short.append(batch.batch_id)
                raise BundleError(detail=f"the relay does not have its media file {entry.path} yet; it comes at a "
                                         "later sync", where=entry.path)

    done = apply_lab(store, data_dir, doc, name, from_relay, device_id, key, clock=clock)
    done.waiting = [b for b, _ in done.passed_over if b in short]
    done.passed_over = [(b, why) for b, why in done.passed_over if b not in short]
    if not short:  # else the next sync asks again for what the relay did not have yet (the rest is not taken twice)
        write_settings(store, relay_lab_file=hashlib.sha256(text).hexdigest())
    return done
