"""Results and timesheets by USB when the line is gone for days (docs/protocol.md, "Outbox files").

``export_outbox`` writes everything waiting to go out into one file that a partner admin carries
to wherever the hub can be reached; the hub applies it with exactly the push's rules and writes a
receipt (``labhub import-outbox``); ``import_receipt`` records the hub's answers as a push would.

- **Signed, no secret inside.** The file is signed with the device key (HMAC-SHA256 under
  :func:`labclient.people.events.device_key` of the sha256 of the device token, which the hub
  holds): the hub knows which enrolled workstation made it and that no byte changed. The token
  itself is not in it, so a stick lost on the bus gives nobody a credential. The receipt is
  signed the same way by the hub.
- **Exactly once.** The items keep their ids and seqs: importing a file twice, or two files that
  overlap, or a file and then an online push of the same items, changes nothing the second time
  (``duplicate``). A receipt for items already answered online changes nothing either.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

from labclient.clock import SYSTEM_CLOCK, Clock
from labclient.errors import LabClientError
from labclient.media import write_file_atomically
from labclient.people.events import token_key
from labclient.store import Store
from labclient.sync import credentials
from labclient.sync.state import (
    OutboxItem,
    PushTally,
    apply_push_answer,
    device_clock,
    pending,
    people_map,
    read_settings,
)

OUTBOX_FORMAT = "labclient-outbox/1"
RECEIPT_FORMAT = "labhub-receipt/1"
OUTBOX_CONTEXT = b"labclient outbox file v1\n"
RECEIPT_CONTEXT = b"labhub receipt file v1\n"
MAX_FILE_BYTES = 64 * 1024 * 1024    # a week offline of a busy workstation is a few MB
MAX_JSON_BYTES = 256 * 1024 * 1024   # decompressed: the document is parsed whole, so this bounds memory


class UsbFileError(LabClientError):
    """An outbox file or a receipt that cannot be made or used; nothing changed."""

    code = "usb.file"
    template = "{detail}"


def canonical(doc: dict[str, Any]) -> bytes:
    """The bytes a file's signature covers: the document without its ``mac``, keys sorted."""
    return json.dumps({k: v for k, v in doc.items() if k != "mac"}, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def sign(key: bytes, context: bytes, doc: dict[str, Any]) -> str:
    """The file's signature (hex): HMAC-SHA256 under the device key of ``context`` and the document."""
    return hmac.new(key, context + canonical(doc), hashlib.sha256).hexdigest()


def read_signed(path: Path, expected_format: str) -> dict[str, Any]:
    """A zstd-compressed JSON document from ``path``, bounded in size, with the right ``format``
    (its signature is the caller's to check). UsbFileError naming the problem otherwise."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UsbFileError(detail=f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB: not a file this "
                                      "program made. Nothing changed.")
        raw = path.read_bytes()
        text = zstandard.ZstdDecompressor().decompress(raw, max_output_size=MAX_JSON_BYTES)
        doc = json.loads(text)
    except OSError as exc:
        raise UsbFileError(detail=f"{path} cannot be read: {exc.strerror or exc}. Nothing changed.") from None
    except (zstandard.ZstdError, ValueError):
        raise UsbFileError(detail=f"{path.name} is damaged or not a file this program made (it is not compressed "
                                  "JSON). Nothing changed.") from None
    if not isinstance(doc, dict) or doc.get("format") != expected_format:
        raise UsbFileError(detail=f"{path.name} is not a {expected_format} file. Nothing changed.")
    return doc


def write_atomically(path: Path, doc: dict[str, Any]) -> None:
    """Write ``doc`` zstd-compressed under a temporary name, flushed to the disk, then renamed."""
    try:
        write_file_atomically(path, zstandard.ZstdCompressor(level=10).compress(
            json.dumps(doc, ensure_ascii=False).encode("utf-8")))
    except OSError as exc:
        raise UsbFileError(detail=f"{path} cannot be written: {exc.strerror or exc}. Nothing was lost: everything "
                                  "still waits here.") from None


def device_identity(store: Store, data_dir: Path) -> tuple[str, str, bytes]:
    """(hub address, device id, device key) of this enrolled workstation."""
    found, token = credentials.required_enrolment(store, data_dir, UsbFileError, "This workstation",
                                                  "so that the hub can tell its files from anyone else's")
    return found.hub_url, found.device_id, token_key(token)


@dataclass(frozen=True)
class Exported:
    """What :func:`export_outbox` wrote."""

    path: Path
    items: int
    first_seq: int
    last_seq: int


def export_outbox(store: Store, data_dir: Path, to_dir: Path, *, clock: Clock = SYSTEM_CLOCK) -> Exported:
    """Write every item waiting to go out (as a push would send them, with the people map) into
    one signed file in ``to_dir``; its path. Nothing leaves the outbox: the receipt does that.
    UsbFileError when there is nothing to write, the workstation is not enrolled, or the file
    cannot be written."""
    hub_url, device_id, key = device_identity(store, data_dir)
    settings = read_settings(store)
    items = [i for i in pending(store, 1_000_000, signed=settings.hub_takes_signed_events,
                                reviews=settings.hub_takes_reviews,
                                qualifications=settings.hub_takes_qualifications) if i.body is not None]
    if not items:
        raise UsbFileError(detail="Nothing waits to go to the hub: no file was written.")
    people = people_map(store, items) if settings.hub_takes_people else {}
    doc: dict[str, Any] = {
        "format": OUTBOX_FORMAT, "hub": hub_url, "device_id": device_id, "made_at": clock.wall(),
        "clock": device_clock(clock),
        "items": [item.wire() for item in items], "people": people,
        # what this workstation holds, so that the hub's next lab file (labhub export-lab) leaves it out
        "held": [r[0] for r in store.read().execute("SELECT batch_id FROM batches ORDER BY batch_id")]}
    doc["mac"] = sign(key, OUTBOX_CONTEXT, doc)
    first, last = items[0].seq, items[-1].seq
    to_dir.mkdir(parents=True, exist_ok=True)
    path = to_dir / f"labclient-outbox-{device_id}-{first}-{last}.lco"
    write_atomically(path, doc)
    return Exported(path, len(items), first, last)


def import_receipt(store: Store, data_dir: Path, path: Path, *, clock: Clock = SYSTEM_CLOCK) -> PushTally:
    """Record the hub's answers in a receipt (``labhub import-outbox`` wrote it) as a push would:
    acknowledged items leave the outbox, refused ones go to the dead letters. Items no longer
    waiting here (answered online meanwhile) are passed over. UsbFileError for a receipt that
    is damaged, changed, or made for another workstation (nothing changes)."""
    _, device_id, key = device_identity(store, data_dir)
    return apply_receipt(store, device_id, key, read_signed(path, RECEIPT_FORMAT), path.name, clock=clock)


def apply_receipt(store: Store, device_id: str, key: bytes, doc: dict[str, Any], name: str,
                  tally: PushTally | None = None, *, clock: Clock = SYSTEM_CLOCK) -> PushTally:
    """Record the answers of the receipt ``doc`` (read from ``name``) for this workstation
    (``device_id``, whose device key is ``key``): see :func:`import_receipt`. Counted into
    ``tally`` when one is given."""
    if doc.get("format") != RECEIPT_FORMAT:
        raise UsbFileError(detail=f"{name} is not a {RECEIPT_FORMAT} file. Nothing changed.")
    if doc.get("device_id") != device_id:
        raise UsbFileError(detail=f"{name} is a receipt for another workstation "
                                  f"({str(doc.get('device_id'))[:40]}), not this one. Nothing changed.")
    if not isinstance(doc.get("mac"), str) or not hmac.compare_digest(sign(key, RECEIPT_CONTEXT, doc), doc["mac"]):
        raise UsbFileError(detail=f"{name} was changed after the hub wrote it, or comes from another hub: its "
                                  "signature does not match. Nothing changed.")
    answers = doc.get("items")
    if not isinstance(answers, list):
        raise UsbFileError(detail=f"{name} holds no answers. Nothing changed.")
    waiting = {str(item_id): OutboxItem(int(seq), str(item_id), str(item_type), None) for seq, item_id, item_type
               in store.read().execute("SELECT seq, item_id, item_type FROM outbox")}  # answers need no bodies
    sent = [waiting[a["id"]] for a in answers if isinstance(a, dict) and a.get("id") in waiting]
    tally = tally if tally is not None else PushTally()
    ids = {item.item_id for item in sent}
    # no hub_time: the hub's clock at the import says nothing of this computer's clock now
    apply_push_answer(store, sent, {"items": [a for a in answers if isinstance(a, dict) and a.get("id") in ids],
                                    "watermark": doc.get("watermark")}, tally, clock=clock)
    return tally
