"""Reviews back to the lab: what a pull carries so that a worker reads a supervisor's note on
whichever workstation she works at (docs/quality.md, "Review"; docs/protocol.md, "Reviews").

A review arrives as a push item of type ``review`` from the workstation where the supervisor
made it. Every other workstation of the lab gets it with its next pull that asks for reviews
(``reviews_after``): the reviews stored after that cursor, oldest first, each with the worker
it is about (the hub user the result's worker id stands for, resolved as the timesheets do,
:class:`labhub.identity.Identities`; the workstation's own id when nothing resolves it), the
worker's answer and the correction. The workstation that made a review does not get it back. A
review whose result never reached the hub names nobody and is left out.
"""

from __future__ import annotations

import json
from typing import Any

from labhub.auth import Device
from labhub.identity import Identities
from labhub.store import HubStore

#: The most reviews one pull answer carries (the answer then says ``more``).
REVIEWS_PER_PULL = 500


def reviews_after(store: HubStore, device: Device, after: int, limit: int = REVIEWS_PER_PULL
                  ) -> tuple[list[dict[str, Any]], int, bool]:
    """(the lab's reviews stored after the cursor ``after`` that ``device`` did not send, the
    cursor after them, whether more are waiting). The cursor counts every review looked at, so
    one left out is not looked at again."""
    with store.snapshot() as c:
        rows = c.execute(
            "SELECT v.rowid, v.item_id, v.device_id, v.body, r.body, r.device_id, coalesce(d.chain_id, d.id),"
            " b.project_name FROM items v LEFT JOIN items r ON r.item_id = json_extract(v.body, '$.result_id')"
            " AND r.lab_id = v.lab_id AND r.type = 'result' LEFT JOIN devices d ON d.id = r.device_id"
            " LEFT JOIN batches b ON b.batch_id = v.batch_id"
            " WHERE v.lab_id = ? AND v.type = 'review' AND v.rowid > ? ORDER BY v.rowid LIMIT ?",
            (device.lab_id, after, limit + 1)).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        identities = Identities.load(c, device.lab_id) if rows else None
    out = []
    cursor = after
    for rowid, item_id, from_device, body_text, result_text, _result_device, station, project_name in rows:
        cursor = int(rowid)
        if from_device == device.id or result_text is None or identities is None:
            continue
        review, result = json.loads(body_text), json.loads(result_text)
        worker = result.get("worker") or {}
        who = identities.who(str(station), str(worker.get("id")), worker.get("name"))
        out.append({
            "id": str(item_id), "result_id": review["result_id"], "batch_id": review["batch_id"],
            "task_id": review["task_id"], "project_name": str(project_name or ""),
            "worker": {"id": who.user_id or str(worker.get("id")), "name": who.name},
            "reviewer": {"name": review["reviewer"]["name"]}, "verdict": review["verdict"], "note": review["note"],
            "created_at": review["created_at"], "given": result.get("content"), "content": review["content"]})
    return out, cursor, more
