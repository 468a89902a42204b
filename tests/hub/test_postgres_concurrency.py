"""Two hub processes on one PostgreSQL database, hammered with overlapping pushes of the same
devices through connections that are cut: nothing is lost, nothing is stored twice, and every
device's watermark is exactly its last seq."""

from __future__ import annotations

import random
import threading
from pathlib import Path
from typing import Any

import pytest
import requests

from labhub.batches import add_batch
from labhub.checks import check
from labhub.store import HubStore
from tests.factory import make_bundle
from tests.faultproxy import FaultProxy, Faults
from tests.helpers.hub_api import CLOCK, Device, Hub, run_labhub, start_hub, stop_hub

pytestmark = pytest.mark.engine_fixed  # both hubs run on the test's own PostgreSQL database

ITEMS = 90       # results per device
DEVICES = 4      # two labs of two devices
SENDERS = 2      # per device: one through each hub process, each its own chunks of the same items


def _push_until_answered(url: str, device: Device, items: list[dict[str, object]], errors: list[str]) -> None:
    """Push ``items`` to ``url`` until a 200 comes back (a cut connection or a 503 is tried again)."""
    body: dict[str, Any] = {"clock": CLOCK, "items": items}
    for _ in range(200):
        try:
            r = requests.post(url + "/v1/push", json=body, headers=device.headers, timeout=60)
        except requests.RequestException:
            continue
        if "Content-Length" not in r.headers:
            # Cut inside the headers: http.client takes the end of the stream for their end and
            # hands back an empty answer. LabClient's transport retries this case the same way.
            continue
        if r.status_code == 200:
            statuses = {i["status"] for i in r.json()["items"]}
            if not statuses <= {"applied", "duplicate"}:
                errors.append(f"{device.id}: {sorted(statuses)}")
            return
        if r.status_code not in (502, 503):
            errors.append(f"{device.id}: {r.status_code} {r.text[:200]}")
            return
    errors.append(f"{device.id}: never answered")


def test_two_hub_processes_on_one_database_store_every_item_once(tmp_path: Path, pg_database: str) -> None:
    data_dir = tmp_path / "a" / "data"
    migrated = run_labhub(tmp_path, "--data-dir", data_dir, "--database", pg_database, "migrate")
    assert migrated.returncode == 0 and "went from schema 0 to" in migrated.stdout, migrated.stderr
    first = start_hub(tmp_path / "a", "--database", pg_database)
    second = start_hub(tmp_path / "b", "--database", pg_database)
    try:
        # The second process serves the first one's data folder too (media are shared files).
        assert second.get("/v1/health").json()["engine"] == "postgresql"
        labs = ["Lab North", "Lab South"]
        devices = [first.enroll(labs[i % 2], f"PC-{i}") if i < 2 else second.enroll(labs[i % 2], f"PC-{i}")
                   for i in range(DEVICES)]
        batches = {}
        store = HubStore.open(data_dir, pg_database)
        try:
            for n, lab in enumerate(labs):
                bundle = make_bundle(tmp_path / "bundles", "tagging", ITEMS * 2, batch_id=f"b-{n}")
                add_batch(store, first.clock, bundle, lab)
                batches[lab] = f"b-{n}"
        finally:
            store.close()
        work: dict[str, list[dict[str, object]]] = {}
        for i, device in enumerate(devices):
            lab = labs[i % 2]
            assert device.pull()["leases"] or i >= 2, "the lab's batch is leased to its first device"
            offset = (i // 2) * ITEMS  # the lab's two devices answer different tasks
            work[device.id] = [device.item(batches[lab], f"t-{offset + k:04d}") for k in range(ITEMS)]

        rng = random.Random(20261204)
        errors: list[str] = []
        with FaultProxy(_address(first), Faults(reset_after=30_000, repeat=True)) as cut_a, \
                FaultProxy(_address(second), Faults(truncate_after=45_000, repeat=True)) as cut_b:
            threads = []
            for device in devices:
                items = work[device.id]
                for sender, proxy in enumerate((cut_a, cut_b)[:SENDERS]):
                    chunks = _overlapping_chunks(items, rng, shift=sender * 7)
                    threads.append(threading.Thread(target=_send_all, args=(proxy.url, device, chunks, errors)))
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=600)
            assert not any(t.is_alive() for t in threads), "a sender hung"
            assert cut_a.resets + cut_b.resets > 0, "connections were really cut"
        assert errors == []

        # Everything once: a last resend of each device's whole list is all duplicates, and the
        # watermark is its last seq.
        for device in devices:
            r = first.post("/v1/push", {"clock": CLOCK, "items": work[device.id]}, headers=device.headers)
            assert r.status_code == 200, r.text
            answer = r.json()
            assert {i["status"] for i in answer["items"]} == {"duplicate"}
            assert answer["watermark"] == ITEMS
        store = HubStore.open(data_dir, pg_database)
        try:
            per_device = dict(store.query_one("SELECT count(*) AS n FROM items") or {})
            stored = {r["device_id"]: r["n"] for r in store.query(
                "SELECT device_id, count(*) AS n, count(DISTINCT item_id) AS ids FROM items GROUP BY device_id")}
            of_record = store.query_one("SELECT count(*) AS n FROM tasks WHERE result_item IS NOT NULL")
            report = check(store)
        finally:
            store.close()
        assert per_device["n"] == ITEMS * DEVICES
        assert stored == {d.id: ITEMS for d in devices}
        assert of_record == {"n": ITEMS * DEVICES}, "each answered task has one result of record"
        assert report.ok, report.problems
    finally:
        assert stop_hub(first) == 0
        assert stop_hub(second) == 0


def _address(hub: Hub) -> tuple[str, int]:
    host, port = hub.url.rsplit("//", 1)[1].rsplit(":", 1)
    return host, int(port)


def _overlapping_chunks(items: list[dict[str, object]], rng: random.Random, shift: int
                        ) -> list[list[dict[str, object]]]:
    """Chunks of 3 to 15 items from a starting point, each overlapping the one before by a few."""
    chunks, start = [], shift % 5
    while start < len(items):
        size = rng.randint(3, 15)
        chunks.append(items[max(0, start - rng.randint(0, 4)):start + size])
        start += size
    chunks.insert(0, items[:shift % 5 or 3])
    return chunks


def _send_all(url: str, device: Device, chunks: list[list[dict[str, object]]], errors: list[str]) -> None:
    for chunk in chunks:
        _push_until_answered(url, device, chunk, errors)
