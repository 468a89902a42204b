"""A sync that says what it is doing, line by line, for the kill -9 tests (test_crash_sync.py).

Run as ``python -m tests.sync.sync_driver DATA_DIR [--pause-on-retry]`` with the test keyring's
environment. It runs one real :class:`labclient.sync.client.SyncRun` on DATA_DIR and prints one
JSON line (flushed) at each point a kill can land after:

- ``{"event": "start"}`` once the sync is about to begin;
- ``{"event": "post", "path": ..., "items": n}`` just before a request goes to the hub;
- ``{"event": "answer", "path": ...}`` when its answer has been read, before it is recorded;
- ``{"event": "progress", "done": n, "total": n, "message": ...}`` from the sync's progress
  callback (a chunk acknowledged and recorded, or a failure about to be retried);
- ``{"event": "sleep", "seconds": s}`` when the sync loop backs off. Backoff costs no real
  time; with ``--pause-on-retry`` the driver instead waits there for a line on stdin, so a test
  can kill it at that exact point (the hub committed, the client has not retried);
- ``{"event": "done", "outcome": ..., "complete": ..., "remaining": n, "applied": n, "duplicate": n}``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from labclient.sync import client
from labclient.sync.client import SyncProgress, SyncRun
from labclient.sync.transport import Transport


def emit(**event: object) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


class AnnouncingTransport(Transport):
    """The real transport, announcing each request and each answer read."""

    def post(self, path: str, body: dict[str, Any], *, auth: bool = True) -> dict[str, Any]:
        emit(event="post", path=path, items=len(body.get("items", [])))
        answer = super().post(path, body, auth=auth)
        emit(event="answer", path=path)
        return answer


class Backoff:
    """The sync loop's sleep and clock: no real waits, a clock of its own."""

    def __init__(self, pause: bool) -> None:
        self.pause = pause
        self.now = 0.0

    def sleep(self, seconds: float) -> None:
        emit(event="sleep", seconds=seconds)
        self.now += seconds
        if self.pause:
            sys.stdin.readline()

    def clock(self) -> float:
        return self.now


def main() -> None:
    data_dir = Path(sys.argv[1])
    backoff = Backoff(pause="--pause-on-retry" in sys.argv[2:])
    vars(client)["Transport"] = AnnouncingTransport  # the name SyncRun makes its transport with

    def progress(p: SyncProgress) -> None:
        emit(event="progress", done=p.items_done, total=p.items_total, message=p.message)

    emit(event="start")
    report = SyncRun(data_dir, progress=progress, sleep=backoff.sleep, timer=backoff.clock, stall_timeout=10,
                     connect_retries=0).run()
    emit(event="done", outcome=report.outcome, complete=report.complete, remaining=report.remaining,
         applied=report.tally.applied, duplicate=report.tally.duplicate)


if __name__ == "__main__":
    main()
