"""``labhub check``: is the hub's database whole, and does it agree with its media folder?

Each check reads; none repairs. A problem is named with what to do about it. The checks:

- the engine's own check (SQLite: ``PRAGMA quick_check`` and ``foreign_key_check``; PostgreSQL
  keeps its references itself);
- the schema is the one this LabHub knows, or a newer one whose changes only add (the store
  opened it: see :mod:`labhub.schema`), said as a note: this LabHub checks the parts it knows;
- every media row has its file, of its size (``hashes=True``: and of its SHA-256, which reads
  every byte);
- no device has an answered seq stored at or below its watermark, and no watermark is below
  the device's first seq;
- every task's result of record is an applied result item of that task.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from labhub.batches import media_folder
from labhub.schema import SCHEMA_VERSION
from labhub.store import HubStore, newer_but_usable


@dataclass
class CheckReport:
    """What :func:`check` found: ``problems`` (each a sentence), and what it counted."""

    problems: list[str] = field(default_factory=list)
    counted: dict[str, int] = field(default_factory=dict)
    #: What the engineer should know that is not a problem (a newer schema this LabHub may use).
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No problem found."""
        return not self.problems


def check(store: HubStore, *, hashes: bool = False) -> CheckReport:
    """Run every check on ``store`` (see the module's text)."""
    report = CheckReport()
    version = store.schema_version()
    if version > SCHEMA_VERSION:  # opened: so every change since only added
        report.notes.append(f"The database is {newer_but_usable(version)}. This LabHub checks the parts it knows; "
                            "the newer LabHub's 'labhub check' checks the rest.")
    elif version != SCHEMA_VERSION:
        report.problems.append(f"The database is at schema {version}; this LabHub uses {SCHEMA_VERSION}. "
                               "Run 'labhub migrate'.")
        return report
    if store.engine == "sqlite":
        with store.snapshot() as c:
            quick = [str(r[0]) for r in c.execute("PRAGMA quick_check").fetchall()]
            if quick != ["ok"]:
                report.problems.append("SQLite finds the file damaged: " + "; ".join(quick[:5])
                                       + ". Restore the database from a backup.")
            for table, _rowid, parent, _fk in c.execute("PRAGMA foreign_key_check").fetchall()[:5]:
                report.problems.append(f"Rows of {table} refer to missing rows of {parent}. Restore the database "
                                       "from a backup.")
    _media(store, report, hashes)
    with store.snapshot() as c:
        for table in ("labs", "devices", "batches", "tasks", "items", "events", "users"):
            report.counted[table] = int(c.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for device_id, watermark, first_seq in c.execute(
                "SELECT d.id, d.watermark, d.first_seq FROM devices d WHERE EXISTS (SELECT 1 FROM device_seqs s"
                " WHERE s.device_id = d.id AND s.seq <= d.watermark) OR (d.first_seq IS NOT NULL"
                " AND d.watermark < d.first_seq - 1) ORDER BY d.id LIMIT 20").fetchall():
            report.problems.append(f"Device {device_id}: its watermark {watermark} (first seq {first_seq}) "
                                   "disagrees with the seqs stored; its next push repairs nothing. Report this.")
        for batch_id, task_id, item_id in c.execute(
                "SELECT t.batch_id, t.task_id, t.result_item FROM tasks t WHERE t.result_item IS NOT NULL"
                " AND NOT EXISTS (SELECT 1 FROM items i JOIN batches b ON b.batch_id = t.batch_id"
                " WHERE i.item_id = t.result_item AND i.lab_id = b.lab_id AND i.batch_id = t.batch_id"
                " AND i.task_id = t.task_id AND i.status = 'applied') ORDER BY t.batch_id, t.task_id LIMIT 20"
        ).fetchall():
            report.problems.append(f"Task {batch_id}/{task_id}: its result of record {item_id} is not an applied "
                                   "result of that task. Restore the database from a backup.")
    return report


def _media(store: HubStore, report: CheckReport, hashes: bool) -> None:
    folder = media_folder(store)
    rows = store.query("SELECT sha256, bytes FROM media ORDER BY sha256")
    report.counted["media"] = len(rows)
    missing = wrong = 0
    for row in rows:
        sha256, size = str(row["sha256"]), int(row["bytes"])
        path = folder.path_for(sha256)
        try:
            actual = path.stat().st_size
        except OSError:
            missing += 1
            if missing <= 5:
                report.problems.append(f"Media file {sha256} ({size} bytes) is missing from {folder.root}. "
                                       "Add its bundle again ('labhub add-batch') or restore the folder.")
            continue
        if actual != size or (hashes and _sha256(path) != sha256):
            wrong += 1
            if wrong <= 5:
                report.problems.append(f"Media file {path} is not what the hub registered ({size} bytes, "
                                       f"SHA-256 {sha256}). Restore it from its bundle or a backup.")
    if missing > 5:
        report.problems.append(f"… {missing} media files are missing in all.")
    if wrong > 5:
        report.problems.append(f"… {wrong} media files differ in all.")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
