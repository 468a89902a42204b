"""Benchmark of ``labhub deliver`` (labhub/delivery.py), beside a baseline measured in the same run.

deliver  ``deliver_100k_s``: writing the deliverable of a project of 100,000 [20,000] answered
    production tasks (one worker, with three gold answers), through the hub's own code paths
    (add-batch, then pushes of 2,000 results in-process), vs a raw SQL export of the same result
    rows (``SELECT`` of the items written with ``csv.writer``): the floor of reading and writing
    the rows, without the checks, the provenance and the JSONL. Median of 3 [1].
deliver_overlap  ``deliver_overlap_100k_s``: the same with two workers answering each task
    (``quality.overlap`` 2, one answer in 20 differing): each task's answers read, weighed and
    aggregated, vs the raw export of its twice as many rows. Median of 3 [1].
"""

from __future__ import annotations

import csv
import hashlib
import statistics
import struct
import time
import zlib
from pathlib import Path
from typing import Any

from bench.common import Figure, log
from labclient.bundle_writer import write_bundle
from labhub.auth import authenticate, enroll, make_enrol_code
from labhub.clock import HubClock
from labhub.delivery import deliver
from labhub.items import Incoming
from labhub.push import push_items
from labhub.store import HubStore

METRICS = ("deliver_100k_s",)
OVERLAP_METRICS = ("deliver_overlap_100k_s",)
GOLD = 3
CHUNK = 2000
PARAMS = {"mode": "single", "labels": [{"id": "yes", "text": "Yes"}, {"id": "no", "text": "No"}]}


def _document(n: int, overlap: int = 1) -> dict[str, Any]:
    """A tagging batch of ``n`` text-free tasks (one image), the first three of them gold, each
    answered by ``overlap`` workers."""
    tasks: list[dict[str, Any]] = [{"id": f"t-{i:06d}", "media": SHA} for i in range(n)]
    for task in tasks[:GOLD]:
        task["gold"] = {"answer": {"labels": ["yes"]}, "explanation": "It is."}
    template: dict[str, Any] = {"kind": "tagging", "version": 1, "title": "Yes or no", "instructions": "Choose.",
                                "params": PARAMS}
    if overlap > 1:
        template["quality"] = {"overlap": overlap}
    return {"format": "labclient-batch/1.1", "batch_id": "bench-deliver", "project": {"id": "bench", "name": "Bench"},
            "template": template,
            "media": [{"path": "media/one.png", "sha256": SHA, "bytes": len(PNG), "mime": "image/png"}],
            "tasks": tasks}


def png_bytes(width: int = 1, height: int = 1) -> bytes:
    """A valid PNG of one red colour, ``width`` x ``height`` pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = (b"\x00" + b"\xff\x00\x00" * width) * height
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


PNG = png_bytes()  # its pixels are never looked at
SHA = hashlib.sha256(PNG).hexdigest()


def _hub(folder: Path, n: int, overlap: int = 1) -> HubStore:
    """A hub holding one project of ``n`` tasks, every one answered by ``overlap`` workers of one
    device (with overlap, the second worker answers one task in 20 differently, and no gold)."""
    from labhub.batches import add_batch

    store = HubStore.open(folder)
    clock = HubClock()
    add_batch(store, clock, write_bundle(folder.parent / f"{folder.name}.zip", _document(n, overlap),
                                         {"media/one.png": PNG}), "Gulu")
    enrolment = enroll(store, clock, make_enrol_code(store, clock, "Gulu"), "BENCH-PC")
    device = authenticate(store, f"Bearer {enrolment.token}")
    device_clock = {"wall": clock.now_text(), "mono_ns": 1, "boot_id": "bench"}
    seq = 0
    for worker in range(overlap):
        for start in range(0, n, CHUNK):
            items = []
            for i in range(start, min(n, start + CHUNK)):
                if worker and i < GOLD:
                    continue  # gold reaches one worker: the first, whose weight then settles a dispute
                seq += 1
                answer = "no" if worker and i % 20 == 7 and i >= GOLD else "yes"
                items.append(Incoming(seq, f"00000000-0000-4000-8000-{seq:012d}", "result", {
                    "batch_id": "bench-deliver", "task_id": f"t-{i:06d}",
                    "worker": {"id": f"w-bench-{worker}", "name": f"Bench Worker {worker}"},
                    "action": "submit", "content": {"labels": [answer]}, "created_at": clock.now_text(),
                    "created_mono_ns": seq, "boot_id": "bench", "active_ms": 5000}))
            push_items(store, clock, device, device_clock, items, 3600.0)
    return store


def _raw_export(store: HubStore, out: Path) -> None:
    with store.snapshot() as c, open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        for row in c.execute("SELECT batch_id, task_id, body, received_at FROM items WHERE type = 'result'"
                             " ORDER BY batch_id, task_id"):
            writer.writerow(row)


def bench_deliver(tmp: Path, quick: bool, overlap: int = 1) -> list[Figure]:
    """``deliver`` of the project vs a raw SQL export of its result rows."""
    n, runs = (20_000, 1) if quick else (100_000, 3)
    log(f"preparing a hub with {n} answered tasks, {overlap} answer(s) each")
    store = _hub(tmp / f"hub-{overlap}", n, overlap)
    ours: list[float] = []
    raw: list[float] = []
    try:
        for i in range(runs):
            t0 = time.perf_counter()
            summary = deliver(store, HubClock(), "bench", tmp / f"out-{overlap}-{i}")
            t1 = time.perf_counter()
            _raw_export(store, tmp / f"raw-{overlap}-{i}.csv")
            t2 = time.perf_counter()
            assert summary.delivered == n - GOLD, summary.as_json()
            ours.append(t1 - t0)
            raw.append(t2 - t1)
            log(f"deliver {i + 1}/{runs}: {ours[-1]:.2f} s, raw export {raw[-1]:.2f} s")
    finally:
        store.close()
    if overlap > 1:
        note = (f"{n} tasks of one project, {overlap} answers each (1 in 20 differing: agreement decided by gold "
                f"weights); median of {runs}")
        return [Figure("deliver_overlap_100k_s", statistics.median(ours), "s", statistics.median(raw),
                       "value <= 30 s", "raw SQL export of the same result rows with csv.writer", note)]
    note = f"{n} answered tasks of one project; median of {runs}; JSONL, CSV and summary vs one CSV of the rows"
    return [Figure("deliver_100k_s", statistics.median(ours), "s", statistics.median(raw), "value <= 10 s",
                   "raw SQL export of the same result rows with csv.writer", note)]
