"""Gold scores of record: every submit on a gold or training task scored again on receipt, and
``labhub quality``, each worker's gold results per lab and project (docs/quality.md).

The hub scores with the client's own code (:func:`labclient.quality.score_result`) against the
gold answer in the task it holds, inside the push's transaction, and keeps the score beside the
result (``gold_scores``). A workstation's score is advisory: its database holds the answers, so
anyone with its disk could make every result perfect; this one is computed where they cannot.

The report counts gold results only (training is practice), both applied and superseded ones (a
worker answered the task either way), and resolves the workstation's worker ids to hub users as
the timesheets do (:class:`labhub.identity.Identities`).
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field
from typing import Any

from labclient.quality import score_result, threshold_of
from labclient.quality.gold import gold_of
from labhub.consensus import ProjectAgreement, project_agreement
from labhub.identity import Identities
from labhub.store import Conn, HubStore
from labhub.users import lab_id

log = logging.getLogger("labhub")
Z95 = 1.959963984540054


def gold_for(c: Conn, batch_id: str, task_id: str) -> dict[str, Any] | None:
    """The stored gold of a task the hub holds (:func:`labclient.quality.gold.gold_of`), or None."""
    row = c.execute("SELECT body FROM tasks WHERE batch_id = ? AND task_id = ? AND (json_extract(body, '$.gold')"
                    " IS NOT NULL OR json_extract(body, '$.training') IS NOT NULL)", (batch_id, task_id)).fetchone()
    return None if row is None else gold_of(json.loads(row[0]))


def record_score(c: Conn, item_id: str, batch_id: str, task_id: str, gold: dict[str, Any],
                 content: dict[str, Any], now: str, task: dict[str, Any] | None = None) -> float | None:
    """Score a stored submit (already checked against its template) on the task ``task`` (its
    body, which a translation's glossary score reads) and keep the score of record; returns it.
    A scorer failure is a bug: it is logged and the result stays unscored (never lost)."""
    row = c.execute("SELECT template FROM batches WHERE batch_id = ?", (batch_id,)).fetchone()
    try:
        template = json.loads(row[0])
        s = score_result(template, gold, content, task)
        threshold = threshold_of(template)
    except Exception:  # the result is stored whatever the scorer does
        log.exception("scoring item %s (task %r of batch %r) failed; it is kept unscored", item_id, task_id, batch_id)
        return None
    c.execute("INSERT INTO gold_scores (item_id, batch_id, task_id, purpose, score, passed, threshold, rule, wer, cer,"
              " scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO NOTHING",
              (item_id, batch_id, task_id, gold["purpose"], s.score, int(s.score >= threshold - 1e-9), threshold,
               s.rule, s.wer, s.cer, now))
    return s.score


def wilson(passed: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a pass rate ``passed``/``n`` (95% by default); (0, 1) for n = 0.

    >>> [round(x, 3) for x in wilson(8, 10)]
    [0.49, 0.943]
    """
    if n <= 0:
        return 0.0, 1.0
    p = passed / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class ProjectQuality:
    """One worker's gold results in one project."""

    project_id: str
    project_name: str
    gold_count: int = 0
    score_sum: float = 0.0
    passed: int = 0
    reviewed: int = 0   # her answers a supervisor reviewed (the latest review of each)
    accepted: int = 0   # of those, accepted as they were
    overlapped: int = 0  # her answers on tasks several workers answered, all answers in
    agreeing: int = 0    # of those, agreeing with the task's final answer

    @property
    def mean_score(self) -> float:
        """The mean score of record."""
        return self.score_sum / self.gold_count if self.gold_count else 0.0

    def as_json(self) -> dict[str, Any]:
        """The report's entry: counts, mean score, pass rate and its Wilson 95% interval."""
        low, high = wilson(self.passed, self.gold_count)
        return {"project_id": self.project_id, "project_name": self.project_name, "gold_count": self.gold_count,
                "mean_score": round(self.mean_score, 4), "passed": self.passed,
                "pass_rate": round(self.passed / self.gold_count, 4) if self.gold_count else None,
                "pass_rate_low": round(low, 4), "pass_rate_high": round(high, 4),
                "reviewed": self.reviewed,
                "review_pass_rate": round(self.accepted / self.reviewed, 4) if self.reviewed else None,
                "overlapped": self.overlapped,
                "agreement_rate": round(self.agreeing / self.overlapped, 4) if self.overlapped else None}


@dataclass
class WorkerQuality:
    """A worker (a hub user, or a name nothing resolves) and her gold results per project."""

    name: str
    user_id: str | None
    projects: dict[str, ProjectQuality] = field(default_factory=dict)


@dataclass
class QualityReport:
    """``labhub quality``: each lab's workers, and the projects several workers answer tasks of."""

    labs: dict[str, list[WorkerQuality]]
    projects: list[ProjectAgreement]


def quality(store: HubStore, lab: str | None = None) -> QualityReport:
    """Each lab's workers (by name) with their gold results, reviews and agreement per project,
    and each project's agreement where several workers answer its tasks (docs/quality.md,
    "Overlap and agreement"); only ``lab`` if given (Refused when there is no such lab)."""
    out: dict[str, list[WorkerQuality]] = {}
    with store.snapshot() as c:
        projects = project_agreement(c, lab_id(c, lab) if lab is not None else None)
        if lab is not None:
            labs = [(lab_id(c, lab), lab)]
        else:
            labs = [(int(i), str(n)) for i, n in c.execute(
                "SELECT DISTINCT l.id, l.name FROM gold_scores s JOIN items i ON i.item_id = s.item_id"
                " AND i.batch_id = s.batch_id JOIN devices d ON d.id = i.device_id JOIN labs l ON l.id = d.lab_id"
                " UNION SELECT DISTINCT l.id, l.name FROM items i JOIN labs l ON l.id = i.lab_id"
                " WHERE i.type = 'review' ORDER BY 2")]
            overlapped = {number for p in projects for number, *_ in p.workers} - {number for number, _ in labs}
            named = "SELECT name FROM labs WHERE id = ?"
            labs = sorted(labs + [(number, str(c.execute(named, (number,)).fetchone()[0])) for number in overlapped],
                          key=lambda lab: lab[1])
        for number, name in labs:
            identities = Identities.load(c, number)
            workers: dict[str, WorkerQuality] = {}
            for station, wid, wname, pid, pname, score, passed in c.execute(
                    "SELECT coalesce(d.chain_id, d.id), json_extract(i.body, '$.worker.id'),"
                    " json_extract(i.body, '$.worker.name'), coalesce(b.project_id, ''), coalesce(b.project_name, ''),"
                    " s.score, s.passed FROM gold_scores s JOIN batches b ON b.batch_id = s.batch_id"
                    " JOIN items i ON i.item_id = s.item_id AND i.batch_id = s.batch_id"  # an id is unique per lab
                    " JOIN devices d ON d.id = i.device_id AND d.lab_id = b.lab_id"
                    " WHERE b.lab_id = ? AND s.purpose = 'gold' ORDER BY i.received_at, i.item_id", (number,)):
                who = identities.who(str(station), str(wid), None if wname is None else str(wname))
                worker = workers.setdefault(who.key, WorkerQuality(who.name, who.user_id))
                entry = worker.projects.get(str(pid))
                if entry is None:
                    entry = worker.projects[str(pid)] = ProjectQuality(str(pid), str(pname))
                entry.gold_count += 1
                entry.score_sum += float(score)
                entry.passed += int(passed)
            for station, wid, wname, pid, pname, verdict in _latest_reviews(c, number):
                who = identities.who(str(station), str(wid), None if wname is None else str(wname))
                worker = workers.setdefault(who.key, WorkerQuality(who.name, who.user_id))
                entry = worker.projects.get(str(pid))
                if entry is None:
                    entry = worker.projects[str(pid)] = ProjectQuality(str(pid), str(pname))
                entry.reviewed += 1
                entry.accepted += int(verdict == "accepted")
            for project in projects:
                for (number_of, station, wid), (answered, agreeing, wname) in project.workers.items():
                    if number_of != number:
                        continue
                    who = identities.who(station, wid, None if wname is None else str(wname))
                    worker = workers.setdefault(who.key, WorkerQuality(who.name, who.user_id))
                    entry = worker.projects.get(project.project_id)
                    if entry is None:
                        entry = worker.projects[project.project_id] = ProjectQuality(project.project_id,
                                                                                     project.project_name)
                    entry.overlapped += answered
                    entry.agreeing += agreeing
            out[name] = sorted(workers.values(), key=lambda w: (w.name.casefold(), w.user_id or ""))
    return QualityReport(out, projects)


def _latest_reviews(c: Conn, lab: int) -> list[tuple[Any, ...]]:
    """(station, worker id, worker name, project id, project name, verdict) of the latest review
    (by its ``created_at``, then id) of each of the lab's results the hub holds: the review pass
    rate counts each reviewed answer once, by its last word (docs/quality.md, "Review")."""
    return c.execute(
        "SELECT coalesce(d.chain_id, d.id), json_extract(r.body, '$.worker.id'), json_extract(r.body, '$.worker.name'),"
        " b.project_id, b.project_name, v.verdict FROM (SELECT json_extract(i.body, '$.result_id') AS result_id,"
        " json_extract(i.body, '$.verdict') AS verdict, row_number() OVER (PARTITION BY"
        " json_extract(i.body, '$.result_id') ORDER BY json_extract(i.body, '$.created_at') DESC, i.item_id DESC)"
        " AS nth"
        " FROM items i WHERE i.type = 'review' AND i.lab_id = ?) v"
        " JOIN items r ON r.item_id = v.result_id AND r.lab_id = ? AND r.type = 'result'"
        " JOIN devices d ON d.id = r.device_id JOIN batches b ON b.batch_id = r.batch_id"
        " WHERE v.nth = 1 ORDER BY r.received_at, r.item_id", (lab, lab)).fetchall()


def as_json(report: QualityReport) -> dict[str, Any]:
    """``labhub quality --json``."""
    return {"labs": [{"lab": lab, "workers": [
        {"worker": w.name, "user_id": w.user_id,
         "projects": [p.as_json() for p in sorted(w.projects.values(), key=lambda p: p.project_id)]}
        for w in workers]} for lab, workers in report.labs.items()],
        "projects": [p.as_json() for p in report.projects]}


def as_text(report: QualityReport) -> str:
    """``labhub quality``: one line per lab, worker and project, then one per project with overlap."""
    lines = []
    for lab, workers in report.labs.items():
        lines.append(f"Lab {lab}")
        if not workers:
            lines.append("  no gold results yet")
        for w in workers:
            for p in sorted(w.projects.values(), key=lambda p: p.project_id):
                j = p.as_json()
                gold = (f"gold {p.gold_count:>4}  mean {p.mean_score:.2f}  passed {p.passed}/{p.gold_count}"
                        f" (95% {j['pass_rate_low']:.2f}–{j['pass_rate_high']:.2f})") if p.gold_count else "no gold yet"
                lines.append(f"  {w.name:<28} {p.project_name[:24]:<24} {gold}"
                             + (f"  reviewed {p.reviewed}, accepted {p.accepted}" if p.reviewed else "")
                             + (f"  agrees {p.agreeing}/{p.overlapped}" if p.overlapped else ""))
    for project in report.projects:
        a = "n/a" if project.alpha is None else f"{project.alpha:.2f}"
        lines.append(f"Project {project.project_name[:40]} ({project.project_id[:40]}), {project.overlap} workers per"
                     f" task: {project.complete} task(s) with every answer, {project.agreed} agreed,"
                     f" {project.offered_again} offered again, Krippendorff's alpha {a}")
    return "\n".join(lines) if lines else "No gold results yet."
