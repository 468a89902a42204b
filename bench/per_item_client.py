"""THE BASELINE, not LabClient's sync: a client that sends one HTTP request per result.

This is how OpenRosa clients (ODK Collect) upload: one POST per record, the record sent whole and
uncompressed, the next one only after the answer to the last. It is written here, with
``requests`` directly, so that ``bench/sync_bench.py`` can measure it beside
:class:`labclient.sync.client.SyncRun` on the same hub, through the same proxy, in the same run.

For each outbox item of an enrolled workstation, oldest first, it sends ``POST /v1/push`` with a
body holding that one item as plain JSON (no ``Content-Encoding``, and ``Accept-Encoding:
identity`` so the answer comes back plain too), checks the item's status, and removes the item
from the outbox in its own transaction once the answer is in (mark sent after the ack, as ODK
does). The items are read from the outbox with :func:`labclient.sync.state.pending`, so they have
exactly the shape ``SyncRun`` sends.

It is kind to the baseline: one keep-alive ``requests.Session`` (no new connection per item), no
HEAD pre-check per record and no multipart body (ODK Collect sends both), no retries (any failure
raises). So it is a lower bound on what such a client costs.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import requests

from labclient.clock import boot_id, monotonic_ns, utc_now
from labclient.store import DB_NAME, Store
from labclient.sync import credentials
from labclient.sync.state import pending, read_settings

TIMEOUT_S = (15.0, 60.0)  # connect, read
ALL = 10_000_000


@dataclass(frozen=True)
class PerItemRun:
    """How the one-request-per-item upload went: items sent, wall seconds, statuses by name."""

    items: int
    seconds: float
    statuses: dict[str, int]


class PerItemError(Exception):
    """The hub did not answer an item as stored."""


def push_one_per_request(data_dir: Path) -> PerItemRun:
    """Send every outbox item of the workstation at ``data_dir`` in a request of its own.

    The wall time counts everything from opening the store to the last item's removal from the
    outbox, as a sync run's does. Raises PerItemError (or a requests exception) on any failure.
    """
    start = time.perf_counter()
    store = Store.open(data_dir / DB_NAME, check=False)
    session = requests.Session()
    statuses: Counter[str] = Counter()
    try:
        settings = read_settings(store)
        if settings.hub_url is None or settings.device_id is None:
            raise PerItemError("the workstation is not enrolled")
        token = credentials.load(data_dir, settings.credential_store, settings.hub_url, settings.device_id)
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                   "Accept": "application/json", "Accept-Encoding": "identity"}
        url = f"{settings.hub_url}/v1/push"
        items = pending(store, ALL)
        for item in items:
            body = {"clock": {"wall": utc_now(), "mono_ns": monotonic_ns(), "boot_id": boot_id()},
                    "items": [item.wire()]}
            data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            response = session.post(url, data=data, headers=headers, timeout=TIMEOUT_S, allow_redirects=False)
            if response.status_code != 200:
                raise PerItemError(f"HTTP {response.status_code} for item {item.seq}: {response.text[:200]}")
            answers = response.json().get("items") or [{}]
            status = str(answers[0].get("status"))
            if answers[0].get("id") != item.item_id or status not in ("applied", "superseded", "duplicate"):
                raise PerItemError(f"item {item.seq} was answered {answers[0]!r}")
            statuses[status] += 1
            with store.transaction() as c:
                c.execute("UPDATE results SET hub_status = ? WHERE id = ?", (status, item.item_id))
                c.execute("DELETE FROM outbox WHERE item_id = ?", (item.item_id,))
        return PerItemRun(len(items), time.perf_counter() - start, dict(statuses))
    finally:
        session.close()
        store.close()
