"""Benchmarks of the quality work (docs/quality.md), each beside a baseline measured in the same run.

score_transcript  ``score_transcript_p95_ms``: ``labclient.quality.score_result`` of a 2,000-character
    transcript against its gold (one word in ten changed), 300 [100] times, vs the bare
    ``jiwer.process_words`` call on the same two texts (the library the scorer is built on).
gold_next_task  ``gold_next_task_p95_ms``: the worker's loop when every task is a gold task: submit
    (scored in the submit's transaction), read the feedback, get the next task, with 100,000 [20,000]
    tasks cached, 300 [100] iterations, vs the same loop on production tasks (no scoring, no feedback).
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import jiwer

from bench.common import Figure, bench_worker, log, percentile
from labclient.bundle_writer import write_bundle
from labclient.quality import score_result
from labclient.workspace import Workspace

SCORE_METRICS = ("score_transcript_p50_ms", "score_transcript_p95_ms")
GOLD_METRICS = ("gold_next_task_p50_ms", "gold_next_task_p95_ms")
WORDS = ("market", "water", "school", "river", "family", "morning", "clinic", "bread", "money", "phone", "village",
         "teacher", "road", "rain", "mother", "child", "field", "harvest", "price", "season")


def transcript_pair(chars: int = 2000, seed: int = 7) -> tuple[str, str]:
    """A gold transcript of about ``chars`` characters and an answer with one word in ten changed."""
    rng = random.Random(seed)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < chars:
        words.append(rng.choice(WORDS))
    answer = [rng.choice(WORDS) if i % 10 == 3 else w for i, w in enumerate(words)]
    return " ".join(words), " ".join(answer)


def bench_scoring(quick: bool) -> list[Figure]:
    """The scorer on a 2,000-character transcript vs the bare jiwer call."""
    gold_text, given = transcript_pair()
    template = {"kind": "transcription", "params": {"source": "audio", "tokens": [], "rewind_on_resume_s": 1,
                                                    "skip_s": 2, "max_chars": 5000}}
    gold = {"answer": {"text": gold_text}, "tolerance": {}}
    runs = 100 if quick else 300
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(5):  # warm-up
        score_result(template, gold, {"text": given})
        jiwer.process_words(gold_text, given)
    for _ in range(runs):
        t0 = time.perf_counter()
        score_result(template, gold, {"text": given})
        t1 = time.perf_counter()
        jiwer.process_words(gold_text, given)
        t2 = time.perf_counter()
        ours.append(t1 - t0)
        bare.append(t2 - t1)
    note = f"{len(gold_text)} characters, {len(gold_text.split())} words, one in ten changed; {runs} runs each"
    base = "bare jiwer.process_words on the same texts"
    return [Figure(f"score_transcript_p{q}_ms", percentile(ours, q) * 1000, "ms", percentile(bare, q) * 1000, target,
                   base, note) for q, target in ((50, "none (p95 is the target)"), (95, "value <= 2 ms"))]


def _document(n: int, batch_id: str, gold: bool) -> dict[str, Any]:
    """A data-entry batch of ``n`` tasks; with ``gold``, every task a gold task (its answer: the prefill)."""
    from bench.run import DATA_ENTRY_PARAMS  # the same form as the other benchmarks

    tasks: list[dict[str, Any]] = []
    for i in range(n):
        prefill = {"name": f"Shop {i}", "phone": f"0712 {i:06d}"}
        task: dict[str, Any] = {"id": f"t-{i:06d}", "text": f"Shop number {i}, Moi Avenue. Tel 0712 {i:06d}",
                                "prefill": prefill}
        if gold:
            task["gold"] = {"answer": {"outcome": "verified", "fields": prefill},
                            "explanation": "The listing says so."}
        tasks.append(task)
    return {"format": "labclient-batch/1.1" if gold else "labclient-batch/1", "batch_id": batch_id,
            "project": {"id": "bench", "name": "Benchmark"},
            "template": {"kind": "data_entry", "version": 1, "title": "Verify business listings",
                         "instructions": "Check each field.", "params": DATA_ENTRY_PARAMS}, "tasks": tasks}


class _Loop:
    """Submit the shown task (reading its feedback when it has any), then get the next one."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.session = bench_worker(ws)
        task = ws.next_task(self.session)
        assert task is not None
        self.task = task

    def step(self) -> None:
        result_id = self.ws.submit(self.session, self.task.key,
                                   {"outcome": "verified", "fields": dict(self.task.body["prefill"])})
        self.ws.feedback(self.session, result_id)
        task = self.ws.next_task(self.session)
        assert task is not None
        self.task = task


def bench_gold_next_task(tmp: Path, quick: bool) -> list[Figure]:
    """The worker's loop on gold tasks (scored, with feedback) vs on production tasks."""
    n, iterations = (20_000, 100) if quick else (100_000, 300)
    loops = {}
    for name, gold in (("gold", True), ("production", False)):
        log(f"preparing {n} {name} tasks")
        bundle = write_bundle(tmp / f"{name}.zip", _document(n, f"bench-{name}", gold), {})
        ws = Workspace.open(tmp / name)
        ws.import_bundle(bundle)
        loops[name] = _Loop(ws)
    times: dict[str, list[float]] = {name: [] for name in loops}
    try:
        for _ in range(5):
            for loop in loops.values():
                loop.step()
        for start in range(0, iterations, 20):
            for name, loop in loops.items():
                for _ in range(min(20, iterations - start)):
                    t0 = time.perf_counter()
                    loop.step()
                    times[name].append(time.perf_counter() - t0)
    finally:
        for loop in loops.values():
            loop.ws.close()
    note = f"{n} tasks cached, {iterations} iterations each in alternating blocks of 20"
    base = "the same loop on production tasks (no scoring, no feedback)"
    return [Figure(f"gold_next_task_p{q}_ms", percentile(times["gold"], q) * 1000, "ms",
                   percentile(times["production"], q) * 1000, target, base, note)
            for q, target in ((50, "none (p95 is the target)"), (95, "value <= 16 ms"))]
