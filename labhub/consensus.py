"""Tasks answered by several workers (a template's ``quality.overlap``): their answers, the final
answer and agreement (:mod:`labclient.quality.agreement`), and offering a task again when its
answers disagree (docs/quality.md, "Overlap and agreement").

- **Answers.** Each worker's first result on an overlap task is ``applied`` (``labhub/push.py``);
  the task's answers are the applied submits on it, in its batch and in every batch that offered
  it again (``batches.again_of``), in the order the hub received them (within a push, the order
  they were stored on the workstation).
- **Weights.** An answer weighs its worker's reliability in the project,
  :func:`labclient.quality.agreement.reliability` of her gold record on her workstation.
- **Offered again.** When a task has all the answers it is waiting for (the overlap, plus one per
  time it was offered again) and their agreement is below the template's ``quality.agreement``,
  it is queued in ``rework`` (at most :data:`MAX_ROUNDS` times per task). At the lab's next pull,
  the queued tasks of each batch go into a new batch, ``<batch id>.again<round>`` (the same
  template with an overlap of 1: one more answer each), which is not leased to a workstation that
  answered the task while another of the lab's workstations was seen in the last
  :data:`AVOID_HOURS` hours. With one workstation in use it goes back there, to any worker.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from labclient.batch import check_batch, fingerprint_of
from labclient.quality.agreement import Answer, Consensus, aggregate, alpha, reliability
from labclient.quality.gold import agreement_of, overlap_of
from labhub.clock import format_time, parse_time
from labhub.store import Conn

MAX_ROUNDS = 2
AVOID_HOURS = 24
_MAX_ID = 128


@dataclass(frozen=True)
class TaskAnswers:
    """The applied submits on one overlap task, with what the hub knows of each."""

    root: str                          # the batch as added
    task_id: str
    template: dict[str, Any]
    rounds: int                        # how many times it was offered again
    rows: list[tuple[str, dict[str, Any], str, str, str]]  # (item id, body, station, device id, device name)
    weights: list[float]

    @property
    def waiting_for(self) -> int:
        """How many answers the task waits for in all: the overlap, plus one per round."""
        return overlap_of(self.template) + self.rounds

    def consensus(self) -> Consensus | None:
        """The final answer and the agreement on it; None with no answer yet."""
        if not self.rows:
            return None
        return aggregate(self.template, [Answer(body["content"], w) for (_, body, *_), w in
                                         zip(self.rows, self.weights, strict=True)])


def root_of(c: Conn, batch_id: str) -> str:
    """The batch as added that ``batch_id`` is (or offers tasks of again)."""
    row = c.execute("SELECT again_of FROM batches WHERE batch_id = ?", (batch_id,)).fetchone()
    return batch_id if row is None or row[0] is None else str(row[0])


def gold_record(c: Conn, project_id: str, station: str, worker_id: str) -> tuple[int, int]:
    """(gold results, passes) of the worker with this id on this workstation (its chain, across
    re-enrolments) in the project, as the hub scored them."""
    row = c.execute(
        "SELECT count(*), coalesce(sum(s.passed), 0) FROM gold_scores s JOIN batches b ON b.batch_id = s.batch_id"
        " JOIN items i ON i.item_id = s.item_id AND i.batch_id = s.batch_id JOIN devices d ON d.id = i.device_id"
        " WHERE b.project_id = ? AND s.purpose = 'gold' AND coalesce(d.chain_id, d.id) = ?"
        " AND json_extract(i.body, '$.worker.id') = ?", (project_id, station, worker_id)).fetchone()
    return int(row[0]), int(row[1])


def task_answers(c: Conn, root: str, task_id: str, template: dict[str, Any], project_id: str,
                 weights: dict[tuple[str, str], float] | None = None) -> TaskAnswers:
    """The task's answers across ``root`` and its again batches. ``weights`` (by (station, worker
    id)) is filled from :func:`gold_record` as needed and may be shared across calls."""
    weights = {} if weights is None else weights
    rows: list[tuple[str, dict[str, Any], str, str, str]] = []
    ws: list[float] = []
    for item_id, body_text, station, device_id, device_name in c.execute(
            "SELECT i.item_id, i.body, coalesce(d.chain_id, d.id), d.id, d.name FROM items i"
            " JOIN devices d ON d.id = i.device_id"
            " WHERE i.batch_id IN (SELECT batch_id FROM batches WHERE batch_id = ? OR again_of = ?)"
            " AND i.task_id = ? AND i.type = 'result'"
            " AND i.status = 'applied' AND json_extract(i.body, '$.action') = 'submit'"
            " ORDER BY i.received_at, i.device_id, i.seq", (root, root, task_id)).fetchall():
        body = json.loads(body_text)
        key = (str(station), str((body.get("worker") or {}).get("id")))
        if key not in weights:
            weights[key] = reliability(*reversed(gold_record(c, project_id, *key)))
        rows.append((str(item_id), body, str(station), str(device_id), str(device_name)))
        ws.append(weights[key])
    rounds = c.execute("SELECT count(*) FROM rework WHERE batch_id = ? AND task_id = ?", (root, task_id)).fetchone()[0]
    return TaskAnswers(root, task_id, template, int(rounds), rows, ws)


def after_answer(c: Conn, batch_id: str, task_id: str, now: str,
                 weights: dict[tuple[str, str], float] | None = None) -> None:
    """Called in the push's transaction after an applied submit on ``task_id`` of ``batch_id``:
    queue the task to be offered again when it has all its answers and they disagree.
    ``weights`` may be shared by the calls of one push (:func:`task_answers`)."""
    root = root_of(c, batch_id)
    row = c.execute("SELECT template, project_id FROM batches WHERE batch_id = ?", (root,)).fetchone()
    template = json.loads(row[0])
    if overlap_of(template) < 2:
        return
    if c.execute("SELECT 1 FROM rework WHERE batch_id = ? AND task_id = ? AND again_batch IS NULL",
                 (root, task_id)).fetchone() is not None:
        return
    answers = task_answers(c, root, task_id, template, str(row[1] or ""), weights)
    if len(answers.rows) < answers.waiting_for or answers.rounds >= MAX_ROUNDS:
        return
    consensus = answers.consensus()
    assert consensus is not None
    needed = agreement_of(template)
    if consensus.agreement >= needed - 1e-9:
        return
    c.execute("INSERT INTO rework (batch_id, task_id, round, reason, queued_at) VALUES (?, ?, ?, ?, ?)",
              (root, task_id, answers.rounds + 1, f"agreement {consensus.agreement:.2f} < {needed:.2f}", now))


def again_id(root: str, round_: int, n: int) -> str:
    """The id of the ``n``-th batch made to offer ``root``'s tasks again in ``round_``."""
    tail = f".again{round_}" + (f"-{n}" if n > 1 else "")
    if len(root) + len(tail) <= _MAX_ID:
        return root + tail
    short = hashlib.sha256(root.encode("utf-8")).hexdigest()[:12]
    return f"{root[:_MAX_ID - len(tail) - 13]}.{short}{tail}"


def make_again_batches(c: Conn, lab_id: int, now: str) -> list[str]:
    """Put the lab's queued tasks into batches of their own (one per batch and round), in the
    pull's transaction; returns their ids. Each is the root's document with only those tasks and
    their media, and the template's overlap set to 1 (one more answer each)."""
    made = []
    for root, round_ in c.execute(
            "SELECT DISTINCT r.batch_id, r.round FROM rework r JOIN batches b ON b.batch_id = r.batch_id"
            " WHERE r.again_batch IS NULL AND b.lab_id = ? ORDER BY r.batch_id, r.round", (lab_id,)).fetchall():
        tasks = [str(t) for (t,) in c.execute("SELECT task_id FROM rework WHERE batch_id = ? AND round = ?"
                                              " AND again_batch IS NULL ORDER BY task_id", (root, round_))]
        n = 1
        while c.execute("SELECT 1 FROM batches WHERE batch_id = ?", (again_id(root, round_, n),)).fetchone():
            n += 1
        batch_id = again_id(root, round_, n)
        doc_text, project_id, project_name = c.execute(
            "SELECT doc, project_id, project_name FROM batches WHERE batch_id = ?", (root,)).fetchone()
        doc = json.loads(doc_text)
        wanted = set(tasks)
        doc["batch_id"] = batch_id
        doc["tasks"] = [t for t in doc["tasks"] if t["id"] in wanted]
        used = {t.get("media") for t in doc["tasks"]}
        doc["media"] = [m for m in doc.get("media", []) if m["sha256"] in used]
        quality = {k: v for k, v in doc["template"].get("quality", {}).items() if k != "agreement"}
        doc["template"]["quality"] = dict(quality, overlap=1)  # one more answer each
        batch = check_batch(doc)  # the same rules a workstation applies
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
        c.execute("INSERT INTO batches (batch_id, lab_id, doc, doc_sha256, template, task_count, added_at, project_id,"
                  " project_name, again_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (batch_id, lab_id, text, fingerprint_of(doc), json.dumps(batch.template, ensure_ascii=False),
                   len(batch.tasks), now, project_id, project_name, root))
        c.executemany("INSERT INTO batch_media (batch_id, sha256) VALUES (?, ?)",
                      [(batch_id, m.sha256) for m in batch.media])
        c.executemany("INSERT INTO tasks (batch_id, task_id, body) SELECT ?, task_id, body FROM tasks"
                      " WHERE batch_id = ? AND task_id = ?", [(batch_id, root, t) for t in tasks])
        c.execute("INSERT INTO batch_avoid (batch_id, device_id) SELECT DISTINCT ?, i.device_id FROM items i"
                  " JOIN batches b ON b.batch_id = i.batch_id WHERE (b.batch_id = ? OR b.again_of = ?)"
                  " AND i.type = 'result' AND i.task_id IN (SELECT task_id FROM rework WHERE batch_id = ?"
                  " AND round = ? AND again_batch IS NULL)", (batch_id, root, root, root, round_))
        c.execute("UPDATE rework SET again_batch = ? WHERE batch_id = ? AND round = ? AND again_batch IS NULL",
                  (batch_id, root, round_))
        made.append(batch_id)
    return made


def avoid_since(now: str) -> str:
    """The time after which another workstation counts as in use (:data:`AVOID_HOURS` before ``now``)."""
    return format_time(parse_time(now) - dt.timedelta(hours=AVOID_HOURS))


@dataclass
class ProjectAgreement:
    """How far a project's workers agree on the tasks several of them answer."""

    project_id: str
    project_name: str
    overlap: int                 # the largest overlap of its batches
    tasks: int = 0               # tasks answered by several workers
    complete: int = 0            # of those, with every answer they wait for
    agreed: int = 0              # of those, whose answers agree (at the template's agreement)
    offered_again: int = 0       # tasks offered again (each once, whatever the rounds)
    alpha: float | None = None   # Krippendorff's alpha over the complete tasks
    # per (lab id, station, worker id): [her answers on complete tasks, of them agreeing, her name]
    workers: dict[tuple[int, str, str], list[Any]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The project's entry in ``labhub quality --json``."""
        return {"project_id": self.project_id, "project_name": self.project_name, "overlap": self.overlap,
                "tasks": self.tasks, "complete": self.complete, "agreed": self.agreed,
                "offered_again": self.offered_again,
                "alpha": None if self.alpha is None else round(self.alpha, 4)}


def project_agreement(c: Conn, lab: int | None = None) -> list[ProjectAgreement]:
    """Each project with overlap (its batches as added, of ``lab`` if given): counts, alpha, and
    each worker's answers and agreeing answers on its complete tasks."""
    out: dict[str, ProjectAgreement] = {}
    units: dict[str, list[list[dict[str, Any]]]] = {}
    templates: dict[str, dict[str, Any]] = {}
    weights: dict[tuple[str, str], float] = {}
    for batch_id, lab_id, template_text, project_id, project_name in c.execute(
            "SELECT batch_id, lab_id, template, coalesce(project_id, ''), coalesce(project_name, '') FROM batches"
            " WHERE again_of IS NULL AND coalesce(CAST(json_extract(template, '$.quality.overlap') AS INTEGER), 1) > 1"
            + (" AND lab_id = ?" if lab is not None else "") + " ORDER BY added_at, batch_id",
            (lab,) if lab is not None else ()).fetchall():
        template = json.loads(template_text)
        templates.setdefault(str(project_id), template)
        entry = out.setdefault(str(project_id), ProjectAgreement(str(project_id), str(project_name), 1))
        entry.overlap = max(entry.overlap, overlap_of(template))
        entry.offered_again += c.execute("SELECT count(DISTINCT task_id) FROM rework WHERE batch_id = ?",
                                         (batch_id,)).fetchone()[0]
        for (task_id,) in c.execute("SELECT task_id FROM tasks WHERE batch_id = ? AND json_extract(body, '$.gold')"
                                    " IS NULL ORDER BY task_id", (batch_id,)).fetchall():
            answers = task_answers(c, batch_id, str(task_id), template, str(project_id), weights)
            if len(answers.rows) < 2:
                continue
            entry.tasks += 1
            if len(answers.rows) < answers.waiting_for:
                continue
            entry.complete += 1
            consensus = answers.consensus()
            assert consensus is not None
            entry.agreed += consensus.agreement >= agreement_of(template) - 1e-9
            units.setdefault(str(project_id), []).append([body["content"] for _, body, *_ in answers.rows])
            for (_, body, station, _, _), ok in zip(answers.rows, consensus.agrees, strict=True):
                worker = body.get("worker") or {}
                tally = entry.workers.setdefault((int(lab_id), station, str(worker.get("id"))),
                                                 [0, 0, worker.get("name")])
                tally[0] += 1
                tally[1] += int(ok)
    for project_id, entry in out.items():
        entry.alpha = alpha(templates[project_id], units.get(project_id, []))
    return [out[k] for k in sorted(out)]
