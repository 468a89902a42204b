"""The customer's deliverable: ``labhub deliver --project P --out DIR`` (docs/quality.md, "The
deliverable").

For every production task of the project, across its batches and labs (gold and training tasks
are the organisation's checks and never delivered), the hub decides from what it holds:

- the **answer**: the task's result of record when it is a submit; when a supervisor reviewed it,
  the latest review's word stands (a correction replaces the answer; docs/quality.md, "Review");
- whether it is **delivered**: a reviewed answer is (a person checked it); any other answer is
  when its worker has at least ``min_gold`` gold results in the project (default 3) whose mean
  score reaches the project's pass mark. Otherwise the task is listed in ``not_delivered.csv``
  with the reason: no answer yet, skipped or flagged, too little gold evidence, or under the
  pass mark on gold;
- its **confidence**: 1.0 for a reviewed answer; else the lower bound of the Wilson 95% interval
  of the worker's gold pass rate in the project (so ten passes of ten give 0.72, three of three
  0.44);
- a task several workers answer (``quality.overlap``) is delivered when the answers it waits for
  are in and agree: the final answer, its agreement as the confidence, and every worker's
  provenance (:func:`_decide_overlap`, :mod:`labhub.consensus`).

Files written in DIR: ``answers.jsonl`` (one object per delivered task, sorted by batch then
task), ``answers.csv`` (the same rows flat, the answer as JSON text; a cell beginning with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so that a spreadsheet
does not run it as a formula), ``not_delivered.csv`` (batch, task, reason) and ``summary.json``
(counts, the rule and its parameters, per lab and per worker). For each delivered task of a
captioning batch (template ``kind`` ``captioning``), the folder ``captions`` also holds its answer
as subtitles: ``captions/<batch_id>/<task_id>.srt`` (SubRip) and ``.vtt`` (WebVTT), UTF-8
(:mod:`labhub.captions`); a batch or task id that could name a path outside that folder (``.``,
``..``, a path separator) gets none, nor does an answer that is not timed captions.
``summary.json`` counts the tasks whose two files were written (``caption_files``). Each file is
written under a temporary name, synced and renamed into place, so a crash never leaves half a
file; ``--force`` removes an earlier deliverable's ``captions`` folder first. Rows are streamed
from the database, and each task's caption files are written as its record is decided: memory
does not grow with the number of tasks.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from labclient.quality import threshold_of
from labclient.quality.gold import agreement_of, overlap_of
from labclient.tasks.checks import ID_RE
from labhub.captions import srt, webvtt
from labhub.clock import HubClock
from labhub.consensus import MAX_ROUNDS, TaskAnswers, task_answers
from labhub.errors import Refused
from labhub.identity import Identities
from labhub.quality import wilson
from labhub.store import Conn, HubStore

DEFAULT_MIN_GOLD = 3
CSV_FIELDS = ("batch_id", "task_id", "answer", "confidence", "basis", "lab", "workstation", "worker_id",
              "worker_name", "done_at", "reviewed_by", "review", "gold_count", "gold_mean", "gold_pass_rate_low",
              "answers", "agreeing")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CAPTIONS = "captions"


@dataclass
class _Gold:
    """One worker's gold results in the project."""

    n: int = 0
    score_sum: float = 0.0
    passed: int = 0

    @property
    def mean(self) -> float:
        return self.score_sum / self.n if self.n else 0.0


@dataclass
class Summary:
    """What ``deliver`` wrote (``summary.json``)."""

    project_id: str
    project_name: str
    generated_at: str
    min_gold: int
    tasks: int = 0
    delivered: int = 0
    caption_files: int = 0
    not_delivered: Counter[str] = field(default_factory=Counter)
    per_lab: dict[str, Counter[str]] = field(default_factory=dict)
    per_worker: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The summary as ``summary.json`` holds it."""
        return {
            "project_id": self.project_id, "project_name": self.project_name, "generated_at": self.generated_at,
            "rule": {"delivered_when": "reviewed by a supervisor, or the worker has at least min_gold gold results "
                                       "in the project with a mean score at the project's pass mark or above",
                     "min_gold": self.min_gold,
                     "confidence": "1.0 when reviewed; else the Wilson 95% lower bound of the worker's gold pass "
                                   "rate in the project",
                     "overlap": "a task several workers answer is delivered when its answers are in and agree at "
                                "the template's agreement; its confidence is the agreeing share of their weight"},
            "tasks": self.tasks, "delivered": self.delivered, "caption_files": self.caption_files,
            "not_delivered": dict(sorted(self.not_delivered.items())),
            "labs": {lab: dict(sorted(c.items())) for lab, c in sorted(self.per_lab.items())},
            "workers": [self.per_worker[k] for k in sorted(self.per_worker)],
        }


def safe_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: a leading ``'`` before what it would run as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def deliver(store: HubStore, clock: HubClock, project_id: str, out_dir: Path, *, min_gold: int = DEFAULT_MIN_GOLD,
            force: bool = False) -> Summary:
    """Write the project's deliverable into ``out_dir`` (made if missing) and return its summary.

    Refused (nothing written) for a project the hub has no batch of, ``min_gold`` below 0, or an
    ``out_dir`` that is a file or holds files (unless ``force``: then the four files are replaced,
    and the ``captions`` folder is removed before the new one is written).
    """
    if min_gold < 0:
        raise Refused("--min-gold is 0 or more.")
    with store.snapshot() as c:
        row = c.execute("SELECT project_name, template FROM batches WHERE project_id = ? ORDER BY added_at LIMIT 1",
                        (project_id,)).fetchone()
    if row is None:
        raise Refused(f"The hub has no batch of the project {project_id[:128]!r}. Nothing was written.")
    _ready(out_dir, force)
    if force:
        _clear(out_dir / CAPTIONS)
    summary = Summary(project_id, str(row[0]), clock.now_text(), min_gold)
    files = {name: out_dir / name for name in ("answers.jsonl", "answers.csv", "not_delivered.csv", "summary.json")}
    temps = {name: path.with_name(f".{path.name}.part") for name, path in files.items()}
    try:
        with open(temps["answers.jsonl"], "w", encoding="utf-8", newline="\n") as jsonl, \
                open(temps["answers.csv"], "w", encoding="utf-8", newline="") as answers, \
                open(temps["not_delivered.csv"], "w", encoding="utf-8", newline="") as rest:
            _write(store, project_id, summary, jsonl, answers, rest, _Captions(out_dir / CAPTIONS))
            for fh in (jsonl, answers, rest):
                fh.flush()
                os.fsync(fh.fileno())
        with open(temps["summary.json"], "w", encoding="utf-8") as fh:
            json.dump(summary.as_json(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        for name, path in files.items():
            os.replace(temps[name], path)
    finally:
        for temp in temps.values():
            temp.unlink(missing_ok=True)
    return summary


def _ready(out_dir: Path, force: bool) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise Refused(f"{out_dir} is a file, not a folder. Nothing was written.")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not force:
        raise Refused(f"The folder {out_dir} is not empty. Choose an empty one, or add --force to replace the "
                      "deliverable in it. Nothing was written.")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Refused(f"The folder {out_dir} cannot be made: {exc.strerror or exc}. Nothing was written.") from None


def _clear(folder: Path) -> None:
    """Remove ``folder`` and what it holds (a link there, not what it points to), if it is there."""
    try:
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            folder.unlink()
        elif folder.exists():
            shutil.rmtree(folder)
    except OSError as exc:
        raise Refused(f"The earlier caption files in {folder} cannot be removed: {exc.strerror or exc}. "
                      "The rest of the deliverable was not written.") from None


class _Captions:
    """Writes the subtitle files of delivered captioning answers into ``root`` (made when needed)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folders: set[str] = set()  # batch folders made: one per batch

    def write(self, batch_id: str, task_id: str, answer: Any) -> bool:
        """Write ``<batch_id>/<task_id>.srt`` and ``.vtt`` of ``answer`` (a captioning result);
        False, and nothing written, for an id that is not a plain file name or an answer that is
        not timed captions."""
        if not (_plain_name(batch_id) and _plain_name(task_id)):
            return False
        segments = answer.get("segments") if isinstance(answer, dict) else None
        if not isinstance(segments, list):
            return False
        try:
            texts = {".srt": srt(segments), ".vtt": webvtt(segments)}
        except ValueError:
            return False
        folder = self.root / batch_id
        if batch_id not in self.folders:
            folder.mkdir(parents=True, exist_ok=True)
            self.folders.add(batch_id)
        for suffix, text in texts.items():
            _replace_file(folder / f"{task_id}{suffix}", text)
        return True


def _plain_name(name: str) -> bool:
    """Whether ``name`` is a file name that stays in its folder: an id (letters, digits, ``.``,
    ``_``, ``-``), neither ``.`` nor ``..``, no path separator."""
    return name not in (".", "..") and "/" not in name and "\\" not in name and ID_RE.fullmatch(name) is not None


def _replace_file(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line endings) to ``path`` under a temporary name in its
    folder, synced, then renamed into place: ``path`` is never left half written."""
    temp = path.with_name(f".{path.name}.part")
    try:
        with open(temp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _write(store: HubStore, project_id: str, summary: Summary, jsonl: IO[str], answers: IO[str], rest: IO[str],
           captions: _Captions) -> None:
    answers_csv = csv.writer(answers)
    answers_csv.writerow(CSV_FIELDS)
    rest_csv = csv.writer(rest)
    rest_csv.writerow(("batch_id", "task_id", "reason"))
    with store.snapshot() as c:
        labs = {int(i): (str(n), Identities.load(c, int(i))) for i, n in c.execute(
            "SELECT DISTINCT l.id, l.name FROM batches b JOIN labs l ON l.id = b.lab_id WHERE b.project_id = ?",
            (project_id,))}
        names: dict[tuple[str, str], tuple[str, str | None]] = {}  # (lab, identity key) -> (name, hub user id)
        gold = _gold(c, project_id, labs, names)
        marks: dict[str, float] = {}
        templates: dict[str, dict[str, Any]] = {}
        weights: dict[tuple[str, str], float] = {}  # overlap: each worker's reliability, by (station, worker id)
        reviews = _latest_reviews(c, project_id)
        for task in _tasks(c, project_id):
            batch_id, task_id, lab_id, template, result_id, result_body, station, device_name = task
            review_body = reviews.get((int(lab_id), str(result_id))) if result_id is not None else None
            lab, identities = labs[int(lab_id)]
            summary.tasks += 1
            per_lab = summary.per_lab.setdefault(lab, Counter())
            if batch_id not in marks:
                templates[batch_id] = json.loads(template)
                marks[batch_id] = threshold_of(templates[batch_id])
            if overlap_of(templates[batch_id]) > 1:
                reason, record = _decide_overlap(c, task_answers(c, batch_id, task_id, templates[batch_id],
                                                                 project_id, weights),
                                                 lab, identities, names, reviews, int(lab_id))
            else:
                reason, record = _decide(batch_id, task_id, lab, identities, gold, names, marks[batch_id],
                                         summary.min_gold, result_id, result_body, station, device_name,
                                         review_body)
            if record is None:
                summary.not_delivered[reason.split(":")[0].split(" (")[0]] += 1
                per_lab["not_delivered"] += 1
                rest_csv.writerow((safe_cell(batch_id), safe_cell(task_id), safe_cell(reason)))
                continue
            summary.delivered += 1
            per_lab["delivered"] += 1
            jsonl.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            answers_csv.writerow([safe_cell(_cell(record, name)) for name in CSV_FIELDS])
            if templates[batch_id].get("kind") == "captioning" and captions.write(
                    str(record["batch_id"]), str(record["task_id"]), record["answer"]):
                summary.caption_files += 1
    for (lab, key), g in sorted(gold.items()):
        name, user_id = names.get((lab, key), (key, None))
        summary.per_worker[f"{lab}/{key}"] = {
            "lab": lab, "worker_id": user_id, "worker_name": name, "gold_count": g.n, "gold_mean": round(g.mean, 4),
            "gold_passed": g.passed, "gold_pass_rate_low": round(wilson(g.passed, g.n)[0], 4)}


def _cell(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    if name == "answer":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return "" if value is None else str(value)


def _tasks(c: Conn, project_id: str) -> Iterator[tuple[Any, ...]]:
    """Each production task of the project with its result of record, by batch then task, streamed."""
    return iter(c.execute(
        "SELECT t.batch_id, t.task_id, b.lab_id, b.template, t.result_item, r.body, coalesce(d.chain_id, d.id),"
        " d.name FROM tasks t JOIN batches b ON b.batch_id = t.batch_id"
        " LEFT JOIN items r ON r.item_id = t.result_item AND r.lab_id = b.lab_id"
        " LEFT JOIN devices d ON d.id = r.device_id"
        " WHERE b.project_id = ? AND b.again_of IS NULL AND json_extract(t.body, '$.gold') IS NULL"
        " AND json_extract(t.body, '$.training') IS NULL ORDER BY t.batch_id, t.task_id", (project_id,)))


def _latest_reviews(c: Conn, project_id: str) -> dict[tuple[int, str], str]:
    """The latest review (its body) of each reviewed result of the project, by (lab, result id).
    Reviews are a sample of the answers, so this stays small beside the tasks."""
    out: dict[tuple[int, str], tuple[str, str, str]] = {}
    for lab_id, item_id, body, result_id, created_at in c.execute(
            "SELECT v.lab_id, v.item_id, v.body, json_extract(v.body, '$.result_id'),"
            " json_extract(v.body, '$.created_at') FROM items v JOIN batches b ON b.batch_id = v.batch_id"
            " WHERE v.type = 'review' AND b.project_id = ?",
            (project_id,)):
        key = (int(lab_id), str(result_id))
        held = out.get(key)
        if held is None or (str(created_at), str(item_id)) > (held[0], held[1]):
            out[key] = (str(created_at), str(item_id), str(body))
    return {key: body for key, (_, _, body) in out.items()}


def _gold(c: Conn, project_id: str, labs: dict[int, tuple[str, Identities]],
          names: dict[tuple[str, str], tuple[str, str | None]]) -> dict[tuple[str, str], _Gold]:
    """Each worker's gold results in the project, by (lab, identity key); ``names`` learns who each is."""
    out: dict[tuple[str, str], _Gold] = {}
    for lab_id, station, wid, wname, score, passed in c.execute(
            "SELECT b.lab_id, coalesce(d.chain_id, d.id), json_extract(i.body, '$.worker.id'),"
            " json_extract(i.body, '$.worker.name'), s.score, s.passed FROM gold_scores s"
            " JOIN batches b ON b.batch_id = s.batch_id"
            " JOIN items i ON i.item_id = s.item_id AND i.batch_id = s.batch_id"
            " JOIN devices d ON d.id = i.device_id AND d.lab_id = b.lab_id"
            " WHERE b.project_id = ? AND s.purpose = 'gold'", (project_id,)):
        lab, identities = labs[int(lab_id)]
        who = identities.who(str(station), str(wid), None if wname is None else str(wname))
        names[(lab, who.key)] = (who.name, who.user_id)
        g = out.setdefault((lab, who.key), _Gold())
        g.n += 1
        g.score_sum += float(score)
        g.passed += int(passed)
    return out


def _decide(batch_id: str, task_id: str, lab: str, identities: Identities, gold: dict[tuple[str, str], _Gold],
            names: dict[tuple[str, str], tuple[str, str | None]], mark: float, min_gold: int, result_id: str | None,
            result_body: str | None, station: str | None, device_name: str | None, review_body: str | None
            ) -> tuple[str, dict[str, Any] | None]:
    """(why not delivered, None) or ("", the delivered record) for one task."""
    if result_id is None or result_body is None:
        return "no answer yet", None
    result = json.loads(result_body)
    worker = result.get("worker") or {}
    who = identities.who(str(station), str(worker.get("id")), worker.get("name"))
    names.setdefault((lab, who.key), (who.name, who.user_id))
    review = json.loads(review_body) if review_body is not None else None
    if result.get("action") != "submit":
        what = "skipped" if result.get("action") == "skip" else "flagged as broken"
        return f"{what}: {str((result.get('content') or {}).get('reason', ''))[:200]}", None
    g = gold.get((lab, who.key), _Gold())
    low = wilson(g.passed, g.n)[0] if g.n else 0.0
    if review is None:
        if g.n < min_gold:
            return f"too little gold evidence ({g.n} of {min_gold} gold results)", None
        if g.mean < mark - 1e-9:
            return f"worker under the pass mark on gold ({g.mean:.2f} < {mark:.2f})", None
    answer = review["content"] if review is not None and review.get("verdict") == "corrected" else result["content"]
    return "", {
        "batch_id": batch_id, "task_id": task_id, "answer": answer,
        "confidence": 1.0 if review is not None else round(low, 4),
        "basis": "review" if review is not None else "gold",
        "lab": lab, "workstation": device_name, "worker_id": who.user_id or str(worker.get("id")),
        "worker_name": who.name, "done_at": result.get("created_at"),
        "reviewed_by": review["reviewer"]["name"] if review is not None else None,
        "review": review.get("verdict") if review is not None else None,
        "gold_count": g.n, "gold_mean": round(g.mean, 4), "gold_pass_rate_low": round(low, 4), "answers": 1}


def _decide_overlap(c: Conn, answers: TaskAnswers, lab: str, identities: Identities,
                    names: dict[tuple[str, str], tuple[str, str | None]], reviews: dict[tuple[int, str], str],
                    lab_id: int) -> tuple[str, dict[str, Any] | None]:
    """(why not delivered, None) or ("", the delivered record) for a task several workers answer:
    the latest review of any of its answers stands; else the final answer is delivered when the
    answers it waits for are in and agree (docs/quality.md, "Overlap and agreement")."""
    batch_id, task_id = answers.root, answers.task_id
    people: list[dict[str, Any]] = []
    for (item_id, body, station, _, device_name), weight in zip(answers.rows, answers.weights, strict=True):
        worker = body.get("worker") or {}
        who = identities.who(station, str(worker.get("id")), worker.get("name"))
        names.setdefault((lab, who.key), (who.name, who.user_id))
        people.append({"worker_id": who.user_id or str(worker.get("id")), "worker_name": who.name,
                       "workstation": device_name, "done_at": body.get("created_at"), "weight": round(weight, 4),
                       "result_id": item_id})
    latest = max((json.loads(reviews[(lab_id, p["result_id"])]) for p in people if (lab_id, p["result_id"]) in reviews),
                 key=lambda r: (str(r.get("created_at")), str(r.get("id"))), default=None)
    if not answers.rows and latest is None:
        flag = c.execute("SELECT json_extract(i.body, '$.content.reason') FROM items i JOIN batches b"
                         " ON b.batch_id = i.batch_id WHERE (b.batch_id = ? OR b.again_of = ?) AND i.task_id = ?"
                         " AND i.type = 'result' AND json_extract(i.body, '$.action') = 'flag' LIMIT 1",
                         (batch_id, batch_id, task_id)).fetchone()
        return ("no answer yet", None) if flag is None else (f"flagged as broken: {str(flag[0])[:200]}", None)
    consensus = answers.consensus()
    needed = agreement_of(answers.template)
    if latest is None:
        assert consensus is not None
        missing = answers.waiting_for - len(answers.rows)
        if missing > 0 and answers.rounds and consensus.agreement < needed - 1e-9:
            return (f"answers disagree (agreement {consensus.agreement:.2f} < {needed:.2f}); offered again,"
                    f" waiting for {missing} more answer{'s' if missing != 1 else ''}"), None
        if missing > 0:
            return f"waiting for answers ({len(answers.rows)} of {answers.waiting_for})", None
        if consensus.agreement < needed - 1e-9:
            more = "offered again" if answers.rounds < MAX_ROUNDS else \
                f"still after {answers.rounds} more answer{'s' if answers.rounds != 1 else ''}"
            return f"answers disagree (agreement {consensus.agreement:.2f} < {needed:.2f}); {more}", None
    given: dict[str, Any] | None = None  # the answer a review speaks of: its worker stands for the task
    if latest is not None:
        given = next(p for p in people if p["result_id"] == latest.get("result_id"))
        answer = latest["content"] if latest.get("verdict") == "corrected" else \
            next(body["content"] for (i, body, *_) in answers.rows if i == latest.get("result_id"))
    else:
        assert consensus is not None
        answer = consensus.answer
    agreeing = consensus.agrees if consensus is not None else ()
    for p, ok in zip(people, agreeing, strict=True):
        p["agrees"] = ok
    return "", {
        "batch_id": batch_id, "task_id": task_id, "answer": answer,
        "confidence": 1.0 if latest is not None else round(consensus.agreement if consensus else 0.0, 4),
        "basis": "review" if latest is not None else "agreement",
        "lab": lab, "workstation": "; ".join(dict.fromkeys(str(p["workstation"]) for p in people)),
        "worker_id": given["worker_id"] if given else "; ".join(str(p["worker_id"]) for p in people),
        "worker_name": given["worker_name"] if given else "; ".join(str(p["worker_name"]) for p in people),
        "done_at": max(str(p["done_at"]) for p in people),
        "reviewed_by": latest["reviewer"]["name"] if latest is not None else None,
        "review": latest.get("verdict") if latest is not None else None,
        "gold_count": None, "gold_mean": None, "gold_pass_rate_low": None,
        "answers": len(people), "agreeing": sum(1 for p in people if p.get("agrees")), "workers": people}


def as_text(summary: Summary, out_dir: Path) -> str:
    """What ``labhub deliver`` prints."""
    lines = [f"{summary.project_name} ({summary.project_id}): {summary.delivered} of {summary.tasks} task(s) "
             f"delivered to {out_dir}"]
    for reason, n in sorted(summary.not_delivered.items()):
        lines.append(f"  not delivered, {reason}: {n}")
    if summary.caption_files:
        lines.append(f"  captions (SRT and WebVTT) of {summary.caption_files} task(s) in {out_dir / CAPTIONS}")
    return "\n".join(lines)
