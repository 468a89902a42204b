"""``labhub import-outbox FILE``: a workstation's outbox carried by hand (docs/protocol.md,
"Outbox files"), applied with exactly the push's rules, and a signed receipt for the workstation.

The file names its device; the hub checks it is an enrolled, not revoked device and that the
file's signature is its device key's (:func:`labclient.people.events.device_key` of the token
hash the hub keeps). Then the items go through :func:`labhub.push.push_items` in chunks, as a
push would (each item once: a second import answers ``duplicate``), except that no clock anchor
is kept (the file's clock is when it was made). The receipt holds every item's answer and the
device's watermark, signed with the same key, so only that workstation (and this hub) can make or
check it.

Each import is kept (``usb_imports``): its receipt, and the batches the workstation said it held
when it wrote the file. ``labhub export-lab`` (:mod:`labhub.lab_file`) carries the receipts
back, and leaves out what the workstation already has.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from labclient.people.events import device_key
from labclient.sync.usb import (
    OUTBOX_CONTEXT,
    OUTBOX_FORMAT,
    RECEIPT_CONTEXT,
    RECEIPT_FORMAT,
    UsbFileError,
    read_signed,
    sign,
    write_atomically,
)
from labhub.auth import Device
from labhub.clock import HubClock
from labhub.errors import Refused
from labhub.items import Incoming, describe
from labhub.models import PushRequest
from labhub.push import push_items
from labhub.store import HubStore

CHUNK = 2000
KEPT_IMPORTS = 10    # receipts kept per device for the lab files (labhub export-lab)
MAX_HELD = 100_000   # batch ids an outbox file may say its workstation holds


@dataclass(frozen=True)
class Imported:
    """What an import did, and where its receipt is."""

    receipt: Path
    device: str
    lab: str
    counts: dict[str, int]


def import_outbox(store: HubStore, clock: HubClock, path: Path, receipt_dir: Path, lease_seconds: float, *,
                  lab_id: int | None = None) -> Imported:
    """Apply the outbox file at ``path`` and write its receipt into ``receipt_dir``. Refused (with
    the problem named, nothing stored) for a damaged or changed file, one from a device this hub
    does not know or revoked, or malformed items. ``lab_id``: only a device of that lab is known
    (the lab's relay sends its workstations' files: another lab's device is answered as unknown)."""
    try:
        doc = read_signed(path, OUTBOX_FORMAT)
    except UsbFileError as exc:
        raise Refused(exc.message) from None
    device_id = str(doc.get("device_id", ""))[:80]
    row = store.query_one("SELECT d.id, d.lab_id, d.name, d.token_sha256, d.revoked_at, l.name AS lab FROM devices d"
                          " JOIN labs l ON l.id = d.lab_id WHERE d.id = ?", (device_id,))
    if row is None or (lab_id is not None and int(row["lab_id"]) != lab_id):
        raise Refused(f"{path.name} comes from a device this hub does not know ({device_id!r}): a file of another "
                      "hub, or of a workstation enrolled elsewhere. Nothing was stored.")
    if row["revoked_at"] is not None:
        raise Refused(f"{path.name} comes from device {row['name']!r}, whose token was revoked: nothing was stored. "
                      "Enrol the workstation again; its outbox is kept and can be exported again.")
    key = device_key(str(row["token_sha256"]))
    if not isinstance(doc.get("mac"), str) or not hmac.compare_digest(sign(key, OUTBOX_CONTEXT, doc), doc["mac"]):
        raise Refused(f"{path.name} was changed after the workstation wrote it (or made with another enrolment): "
                      "its signature does not match. Nothing was stored.")
    try:  # the same model an HTTP push is checked with
        request = PushRequest.model_validate({"clock": doc.get("clock"), "items": doc.get("items"),
                                              "people": doc.get("people") or None})
    except ValidationError as exc:
        raise Refused(f"{path.name} holds a malformed item, clock or people map ({describe(exc)}). "
                      "Nothing was stored.") from None
    items, device_clock, people = request.items, request.clock.model_dump(), request.people
    device = Device(str(row["id"]), int(row["lab_id"]), str(row["name"]))
    answers: list[dict[str, Any]] = []
    watermark = 0
    for start in range(0, len(items), CHUNK):  # each chunk one transaction, as pushes are
        chunk = [Incoming(i.seq, i.id, i.type, i.body) for i in items[start:start + CHUNK]]
        watermark, said, _ = push_items(store, clock, device, device_clock, chunk, lease_seconds,
                                        people if start == 0 else None, anchor=False)
        answers.extend(said)
    receipt: dict[str, Any] = {"format": RECEIPT_FORMAT, "device_id": device.id, "hub_time": clock.now_text(),
                               "source": path.name, "watermark": watermark, "items": answers}
    receipt["mac"] = sign(key, RECEIPT_CONTEXT, receipt)
    keep_import(store, clock, device, path.name, held_batches(doc.get("held")), receipt)
    receipt_dir.mkdir(parents=True, exist_ok=True)
    out = receipt_dir / f"labhub-receipt-{path.stem.removeprefix('labclient-outbox-')}.lcr"
    try:
        write_atomically(out, receipt)
    except UsbFileError as exc:
        raise Refused(exc.message + " The items are stored: import the file again to get the receipt.") from None
    counts: dict[str, int] = {}
    for a in answers:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    return Imported(out, device.name, str(row["lab"]), counts)


def held_batches(value: Any) -> list[str] | None:
    """The batch ids an outbox file says its workstation holds; None when it says nothing usable
    (an older workstation, or a malformed list: then nothing is taken as held)."""
    if not isinstance(value, list) or len(value) > MAX_HELD:
        return None
    if not all(isinstance(b, str) and 0 < len(b) <= 200 for b in value):
        return None
    return sorted(set(value))


def keep_import(store: HubStore, clock: HubClock, device: Device, source: str, held: list[str] | None,
                receipt: dict[str, Any]) -> None:
    """Keep the receipt of an import (and what the workstation held) for the lab files; only the
    last :data:`KEPT_IMPORTS` of a device are kept."""
    with store.transaction(lab=device.lab_id) as c:
        c.execute("INSERT INTO usb_imports (device_id, source, imported_at, held, receipt) VALUES (?, ?, ?, ?, ?)"
                  " ON CONFLICT (device_id, source) DO UPDATE SET imported_at = excluded.imported_at,"
                  " held = excluded.held, receipt = excluded.receipt",
                  (device.id, source[:200], clock.now_text(), None if held is None else json.dumps(held),
                   json.dumps(receipt, ensure_ascii=False)))
        c.execute("DELETE FROM usb_imports WHERE device_id = ? AND source NOT IN (SELECT source FROM usb_imports"
                  " WHERE device_id = ? ORDER BY imported_at DESC, source DESC LIMIT ?)",
                  (device.id, device.id, KEPT_IMPORTS))
