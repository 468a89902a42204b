"""Sync benchmarks: a real LabClient sync against a real ``labhub serve`` process, through the
fault-injecting TCP proxy of the test suite (tests/faultproxy.py), registered in bench/run.py.

The link is 256 kbit/s each way with 300 ms added each way (600 ms round trip). The proxy accepts
the TCP connection itself, so the handshake costs no round trip here; only data is delayed.
Workstations are enrolled through the proxy (no faults then) with the ``file`` credential store,
as there is no OS keyring on a benchmark machine. Everything lives in the folder given by run.py.

sync_push      ``push_10k_s``: ``SyncRun.run()`` pushing 10,000 [2,000] transcription results of
    ~300 characters each (the sync also says hello first and pulls after), vs the physical limit of
    SYNC.md: (setup round trips + 1) x RTT + zstd size of the items / bandwidth, with 0 setup round
    trips (see above) and the items compressed as one stream at the client's level.
    ``push_10k_bytes``: bytes that crossed the proxy both ways in that run vs the raw JSON size of
    the items. ``push_per_item_speedup``: that run's seconds per item vs the seconds per item of
    bench/per_item_client.py (one plain JSON POST per result, as OpenRosa clients send) pushing
    30 [10] results of a fresh workstation through the same link.
sync_pull_cut  ``pull_cut_resend_bytes``: a fresh workstation pulls a batch of 10,000 [2,000]
    tasks with 40 [8] media files of 500 KB through the proxy, 300 ms each way, no bandwidth cap,
    the connection reset after every 2,000,000 bytes (both ways counted). It must complete. The
    value is the bytes received beyond those of the same pull made without faults (the same batch
    under another id, for another lab, on another workstation) per reset; the baseline is the size
    of one media file, the most a cut can cost when a download has to start over.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import inspect
import itertools
import json
import random
import re
import subprocess
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench.common import Figure, bench_worker, log  # noqa: E402
from bench.per_item_client import push_one_per_request  # noqa: E402
from labclient.bundle_writer import write_bundle  # noqa: E402
from labclient.store import DB_NAME, Store  # noqa: E402
from labclient.sync.client import SyncReport, SyncRun, enroll  # noqa: E402
from labclient.sync.media_fetch import CHUNK as MEDIA_READ_BYTES  # noqa: E402
from labclient.sync.state import pending  # noqa: E402
from labclient.workspace import Workspace  # noqa: E402
from labhub.process import HubChild, HubStartError  # noqa: E402
from labhub.process import start_hub as launch  # noqa: E402
from tests.faultproxy import FaultProxy, Faults  # noqa: E402

LATENCY_S = 0.3  # each way
RTT_S = 2 * LATENCY_S
BANDWIDTH_BPS = 256_000  # each way
LINK = Faults(latency_s=LATENCY_S, bandwidth_bps=BANDWIDTH_BPS)
RESET_EVERY = 2_000_000
HUB_START_TIMEOUT_S = 60.0
MEDIA_FILE_BYTES = 500_000
CLIENT_ZSTD_LEVEL = 15  # labclient/sync/transport.py
HUB_ZSTD_LEVEL = 3  # labhub/codec.py
TOKENS = ["[inaudible]", "[crosstalk]"]
CORPUS_MODULES = ("argparse", "collections", "json", "pathlib", "subprocess", "threading", "logging",
                  "unittest", "http.client", "email.message", "tarfile", "zipfile")
SEED = 20261124
PUSH_METRICS = ("push_10k_s", "push_10k_bytes", "push_per_item_speedup")
PULL_METRICS = ("pull_cut_resend_bytes",)
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_REQUEST_RE = re.compile(r'"(GET|POST|PUT|HEAD) (/[^ ?"]*)')


@dataclass(frozen=True)
class PushSizes:
    results: int  # pushed by SyncRun
    per_item: int  # pushed by the one-request-per-item baseline


@dataclass(frozen=True)
class PullSizes:
    tasks: int
    media_files: int


class SyncBenchError(Exception):
    """A sync did not do what the benchmark needs (the message says what happened)."""



# -- a real hub process ----------------------------------------------------------------------------


@dataclass
class HubProcess:
    """A running ``labhub serve --port 0 --access-log``; its stderr goes to ``log_path``."""

    url: str
    port: int
    data_dir: Path
    process: HubChild
    log_path: Path

    def admin(self, *args: str) -> str:
        """Run a ``labhub`` admin command on this hub's data folder; its stdout."""
        done = subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(self.data_dir), *args],
                              capture_output=True, text=True, cwd=REPO_ROOT, timeout=300, check=False)
        if done.returncode != 0:
            raise SyncBenchError(f"labhub {args[0]} failed: {_last_line(done.stderr)}")
        return done.stdout

    def log_size(self) -> int:
        """Where the hub's log ends now (to count the requests made after this point)."""
        return self.log_path.stat().st_size

    def requests_since(self, offset: int) -> Counter[str]:
        """Requests served since ``offset`` of the log, by "METHOD /path" (media paths shortened)."""
        with open(self.log_path, "rb") as fh:
            fh.seek(offset)
            text = fh.read().decode("utf-8", "replace")
        found: Counter[str] = Counter()
        for method, path in _REQUEST_RE.findall(text):
            found[f"{method} {'/v1/media/*' if path.startswith('/v1/media/') else path}"] += 1
        return found

    def stop(self) -> None:
        """Stop the hub (SIGTERM, then SIGKILL if it does not go)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()


def start_hub(data_dir: Path, log_path: Path) -> HubProcess:
    """Start ``labhub serve`` on a free port (labhub.process) and wait until it serves."""
    try:
        running = launch(data_dir, "--access-log", log_path=log_path, cwd=REPO_ROOT, timeout_s=HUB_START_TIMEOUT_S)
    except HubStartError as exc:
        raise SyncBenchError(str(exc).splitlines()[0]) from None
    return HubProcess(running.url, running.port, data_dir, running.process, log_path)


@contextlib.contextmanager
def hub_and_proxy(tmp: Path) -> Iterator[tuple[HubProcess, FaultProxy]]:
    """A hub process and a fault proxy in front of it (no faults yet); both stopped afterwards."""
    hub = start_hub(tmp / "hub", tmp / "hub-stderr.log")
    try:
        with FaultProxy(("127.0.0.1", hub.port)) as proxy:
            yield hub, proxy
    finally:
        hub.stop()


def enrolled_workstation(hub: HubProcess, proxy: FaultProxy, data_dir: Path, lab: str, name: str) -> None:
    """Enrol a fresh workstation at ``data_dir`` with ``lab``, through the proxy."""
    code = hub.admin("enroll-code", "--lab", lab).strip()
    enroll(data_dir, proxy.url, code, device_name=name, credential_store="file")


def through_link(proxy: FaultProxy, faults: Faults) -> None:
    """Set the proxy's faults and count bytes (and resets) from zero."""
    proxy.set_faults(faults)
    with proxy._lock:  # the proxy's own counters; nothing is in flight now
        proxy.bytes_up = proxy.bytes_down = proxy.resets = 0


def timed_sync(data_dir: Path) -> tuple[SyncReport, float]:
    """One ``SyncRun(data_dir).run()`` and its wall seconds."""
    start = time.perf_counter()
    report = SyncRun(data_dir).run()
    return report, time.perf_counter() - start


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1][:300] if lines else "no output"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _requests_text(counts: Counter[str]) -> str:
    return ", ".join(f"{n} {what}" for what, n in sorted(counts.items(), key=lambda kv: -kv[1]))


# -- data --------------------------------------------------------------------------------------------


def english_words() -> tuple[list[str], list[int]]:
    """Words and their frequencies in the docstrings of a few stdlib modules: English as it is written."""
    texts: list[str] = []
    for name in CORPUS_MODULES:
        module = importlib.import_module(name)
        texts.append(module.__doc__ or "")
        for _, obj in inspect.getmembers(module, lambda o: inspect.isclass(o) or inspect.isfunction(o)):
            if isinstance(obj.__doc__, str):
                texts.append(obj.__doc__)
    counts = Counter(w for w in re.findall(r"[a-z]+", " ".join(texts).lower()) if len(w) > 1 or w in "ai")
    words = sorted(counts)
    return words, [counts[w] for w in words]


class Transcripts:
    """Transcripts of about ``size`` characters: sentences of words drawn by English frequency."""

    def __init__(self, rng: random.Random, size: int = 300) -> None:
        self.rng = rng
        self.size = size
        words, weights = english_words()
        self.words = words
        self.cum = list(itertools.accumulate(weights))

    def __call__(self) -> str:
        rng = self.rng
        text = ""
        while True:
            count = rng.randint(5, 16)
            words = rng.choices(self.words, cum_weights=self.cum, k=count)
            if rng.random() < 0.05:
                words.insert(rng.randrange(count), rng.choice(TOKENS))
            sentence = " ".join(words).capitalize() + "."
            if text and len(text) + 1 + len(sentence) > self.size + 20:
                return text
            text = f"{text} {sentence}" if text else sentence
            if len(text) >= self.size - 20:
                return text


def transcription_doc(batch_id: str, n: int, media: dict[str, bytes]) -> dict[str, Any]:
    """A batch document of ``n`` image transcription tasks cycling through ``media``."""
    shas = [_sha(media[p]) for p in sorted(media)]
    template = {"kind": "transcription", "version": 1, "title": "Transcribe the scanned page",
                "instructions": "Type the page **exactly** as written.",
                "params": {"source": "image", "tokens": TOKENS}}
    tasks = [{"id": f"t-{i:06d}", "media": shas[i % len(shas)]} for i in range(n)]
    return {"format": "labclient-batch/1", "batch_id": batch_id, "project": {"id": "bench", "name": "Benchmark"},
            "template": template, "tasks": tasks}


def random_media(rng: random.Random, count: int, size: int) -> dict[str, bytes]:
    """``count`` files of random bytes listed as PNG scans (the sync never decodes them)."""
    return {f"media/page-{i:03d}.png": rng.randbytes(size) for i in range(count)}


def submit_transcripts(data_dir: Path, bundle: Path, count: int, transcripts: Transcripts) -> None:
    """Import ``bundle`` into the workstation and submit ``count`` transcripts (queued for the hub)."""
    with Workspace.open(data_dir) as ws:
        ws.import_bundle(bundle)
        worker = bench_worker(ws, "Amina Njeri")
        for _ in range(count):
            task = ws.next_task(worker)
            if task is None:
                raise SyncBenchError("the batch ran out of tasks")
            ws.submit(worker, task.key, {"text": transcripts()}, active_ms=42_000)


def outbox_json(data_dir: Path) -> bytes:
    """The queued items as the protocol sends them, one JSON array (compact)."""
    store = Store.open(data_dir / DB_NAME)
    try:
        return _dumps([item.wire() for item in pending(store, 10_000_000)]).encode("utf-8")
    finally:
        store.close()


def check_push(report: SyncReport, expected: int) -> None:
    if not report.complete or report.tally.applied != expected:
        raise SyncBenchError(f"the push did not complete: {report.outcome}, {report.tally.applied} of {expected} "
                             f"applied: {report.message}")


# -- the benchmarks -------------------------------------------------------------------------------


def bench_push(tmp: Path, *, quick: bool) -> list[Figure]:
    """SyncRun pushing many results over the slow link vs the physical limit; bytes on the wire vs
    the raw JSON; and its seconds per item vs a client that sends one request per item."""
    sizes = PushSizes(2_000, 10) if quick else PushSizes(10_000, 30)
    rng = random.Random(SEED)
    transcripts = Transcripts(rng)
    media = random_media(rng, 10, 2_000)
    ours_bundle = write_bundle(tmp / "bench-push.zip", transcription_doc("bench-push", sizes.results, media), media)
    base_bundle = write_bundle(tmp / "bench-push-per-item.zip",
                               transcription_doc("bench-push-per-item", sizes.per_item, media), media)
    with hub_and_proxy(tmp) as (hub, proxy):
        # Separate labs: the pull at the end of our sync must not bring the baseline's batch.
        hub.admin("add-batch", str(ours_bundle), "--lab", "Bench")
        hub.admin("add-batch", str(base_bundle), "--lab", "Per item")
        ours, base = tmp / "workstation", tmp / "per-item-workstation"
        enrolled_workstation(hub, proxy, ours, "Bench", "LAB-PC-01")
        enrolled_workstation(hub, proxy, base, "Per item", "LAB-PC-02")
        log(f"submitting {sizes.results} + {sizes.per_item} results")
        submit_transcripts(ours, ours_bundle, sizes.results, transcripts)
        submit_transcripts(base, base_bundle, sizes.per_item, transcripts)
        raw = outbox_json(ours)
        packed = len(zstandard.ZstdCompressor(level=CLIENT_ZSTD_LEVEL).compress(raw))

        log(f"SyncRun: {sizes.results} results through {BANDWIDTH_BPS // 1000} kbit/s, {RTT_S * 1000:.0f} ms RTT")
        through_link(proxy, LINK)
        mark = hub.log_size()
        report, seconds = timed_sync(ours)
        up, down = proxy.bytes_up, proxy.bytes_down
        check_push(report, sizes.results)
        calls = hub.requests_since(mark)
        log(f"SyncRun: {seconds:.1f} s, {up} bytes up, {down} down; {_requests_text(calls)}")

        log(f"per-item client: {sizes.per_item} results, one request each")
        through_link(proxy, LINK)
        mark = hub.log_size()
        per_item = push_one_per_request(base)
        base_up, base_down = proxy.bytes_up, proxy.bytes_down
        base_calls = hub.requests_since(mark)
        log(f"per-item client: {per_item.seconds:.1f} s, {base_up} bytes up, {base_down} down; "
            f"{_requests_text(base_calls)}")

    limit = RTT_S + packed * 8 / BANDWIDTH_BPS
    crossed_limit = RTT_S + (up + down) * 8 / BANDWIDTH_BPS
    # Where the time over the limit went, from what was measured (the sync sends one request at a
    # time and waits for its answer, so round trips and answers add up rather than overlap).
    extra_rtt_s = (sum(calls.values()) - 1) * RTT_S
    answers_s = down * 8 / BANDWIDTH_BPS
    extra_up_s = (up - packed) * 8 / BANDWIDTH_BPS
    rest_s = seconds - limit - extra_rtt_s - answers_s - extra_up_s
    link = f"{BANDWIDTH_BPS // 1000} kbit/s each way, {RTT_S * 1000:.0f} ms RTT (tests/faultproxy.py)"
    ours_text = (f"SyncRun to a labhub process, {link}; {sizes.results} transcription results, "
                 f"~{len(raw) // sizes.results} B of JSON each (~300-char texts)")
    push_note = (f"{ours_text}; requests: {_requests_text(calls)}. Limit = (0 setup round trips + 1) x RTT + "
                 f"{packed} B (zstd -{CLIENT_ZSTD_LEVEL} of all items as one stream) / bandwidth = {limit:.1f} s; "
                 f"the TCP handshake is not delayed by the proxy. With the {up + down} B that actually crossed "
                 f"({up} up, {down} down) the limit would be {crossed_limit:.1f} s (ratio "
                 f"{seconds / crossed_limit:.2f}). Over the limit: {extra_rtt_s:.1f} s in "
                 f"{sum(calls.values()) - 1} more round trips (one request at a time), {answers_s:.1f} s receiving "
                 f"the answers ({down} B), {extra_up_s:.1f} s sending {up - packed} B more than one zstd stream "
                 f"(chunks compressed apart, envelopes, headers), {rest_s:.1f} s the rest (compression, hub "
                 f"commits, local transactions)")
    bytes_note = (f"{ours_text}; payload bytes through the proxy both ways ({up} up, {down} down: requests, "
                  f"answers, HTTP headers; no TCP/IP headers) vs the items' compact JSON ({len(raw)} B; "
                  f"zstd -{CLIENT_ZSTD_LEVEL} as one stream: {packed} B)")
    per_item_note = (f"ours: {seconds:.1f} s / {sizes.results} results in the SyncRun above; baseline: "
                     f"bench/per_item_client.py, one plain-JSON POST /v1/push per result over one keep-alive "
                     f"session (no HEAD pre-check), {per_item.items} results of a fresh workstation in "
                     f"{per_item.seconds:.1f} s through the same link, {base_up + base_down} B on the wire; "
                     f"speedup {per_item.seconds / per_item.items / (seconds / sizes.results):.0f}x")
    return [
        Figure("push_10k_s", seconds, "s", limit, "ratio <= 1.3", "physical limit: RTT + zstd(items) / bandwidth",
                 push_note),
        Figure("push_10k_bytes", up + down, "bytes", len(raw), "none set (SYNC.md expects ~0.1-0.2)",
                 "raw compact JSON of the items", bytes_note),
        Figure("push_per_item_speedup", seconds / sizes.results, "s/item", per_item.seconds / per_item.items,
                 "ratio <= 0.02 (>= 50x faster per item)", "one request per result (OpenRosa-style), same link",
                 per_item_note),
    ]


def bench_pull_cut(tmp: Path, *, quick: bool) -> list[Figure]:
    """A big pull (batch and media) through a link reset every 2 MB must complete; the bytes it
    receives again per reset vs one media file."""
    sizes = PullSizes(2_000, 8) if quick else PullSizes(10_000, 40)
    rng = random.Random(SEED)
    media = random_media(rng, sizes.media_files, MEDIA_FILE_BYTES)
    docs = {kind: transcription_doc(f"bench-pull-{kind}", sizes.tasks, media) for kind in ("clean", "cut")}
    log(f"writing two bundles of {sizes.tasks} tasks and {sizes.media_files} x {MEDIA_FILE_BYTES} B of media")
    bundles = {kind: write_bundle(tmp / f"bench-pull-{kind}.zip", doc, media) for kind, doc in docs.items()}
    media_bytes = sizes.media_files * MEDIA_FILE_BYTES
    answer_estimate = len(zstandard.ZstdCompressor(level=HUB_ZSTD_LEVEL).compress(
        _dumps({"batches": [{"batch": json.loads(zipped_batch_json(bundles["cut"]))}]}).encode()))
    with hub_and_proxy(tmp) as (hub, proxy):
        for kind in ("clean", "cut"):  # one lab each: a batch goes to the first workstation of its lab
            hub.admin("add-batch", str(bundles[kind]), "--lab", f"Pull {kind}")
            enrolled_workstation(hub, proxy, tmp / f"workstation-{kind}", f"Pull {kind}", f"LAB-PC-{kind}")

        log("pulling without faults (the bytes a pull needs)")
        through_link(proxy, Faults())
        clean, _ = timed_sync(tmp / "workstation-clean")
        check_pull(clean, "bench-pull-clean")
        clean_up, clean_down = proxy.bytes_up, proxy.bytes_down

        log(f"pulling with {LATENCY_S * 1000:.0f} ms each way and a reset every {RESET_EVERY} bytes")
        faults = Faults(latency_s=LATENCY_S, reset_after=RESET_EVERY, repeat=True)
        through_link(proxy, faults)
        mark = hub.log_size()
        cut, seconds = timed_sync(tmp / "workstation-cut")
        cut_up, cut_down, resets = proxy.bytes_up, proxy.bytes_down, proxy.resets
        through_link(proxy, Faults())
        check_pull(cut, "bench-pull-cut")
        calls = hub.requests_since(mark)
        log(f"cut pull: {seconds:.1f} s, {resets} resets, {cut_down} bytes down ({clean_down} without faults); "
            f"{_requests_text(calls)}")
    with Workspace.open(tmp / "workstation-cut") as ws:
        if ws.task_counts().get("new") != sizes.tasks:
            raise SyncBenchError(f"the cut pull cached {ws.task_counts()} tasks, not {sizes.tasks}")
    if resets == 0:
        raise SyncBenchError("the proxy never reset the connection: nothing was measured")
    value = (cut_down - clean_down) / resets
    note = (f"{sizes.tasks} tasks + {sizes.media_files} media files of {MEDIA_FILE_BYTES} B ({media_bytes} B), "
            f"reset every {RESET_EVERY} B both ways, {LATENCY_S * 1000:.0f} ms each way, no bandwidth cap; completed "
            f"in {seconds:.1f} s with {resets} resets; {cut_down} B down with cuts vs {clean_down} B down for the "
            f"same pull without faults (up: {cut_up} vs {clean_up}); requests: {_requests_text(calls)}. "
            f"Value = (down with cuts - down without) / resets; counted as (down with cuts - media - pull answer) "
            f"/ resets it is {(cut_down - media_bytes - answer_estimate) / resets:.0f} B. Baseline = one media "
            f"file, the largest thing a cut can make come again (the pull answer with the batch is "
            f"~{answer_estimate} B zstd); the client reads media {MEDIA_READ_BYTES} B at a time and resumes with "
            f"Range")
    return [Figure("pull_cut_resend_bytes", value, "bytes", MEDIA_FILE_BYTES, "value <= baseline (one chunk)",
                     "one media file (the largest single item fetched)", note)]


def zipped_batch_json(bundle: Path) -> bytes:
    """The ``batch.json`` of a bundle as written (media list filled in)."""
    with zipfile.ZipFile(bundle) as zf:
        return zf.read("batch.json")


def check_pull(report: SyncReport, batch_id: str) -> None:
    if not report.complete or report.batches_received != [batch_id]:
        raise SyncBenchError(f"the pull did not complete: {report.outcome}, received {report.batches_received}: "
                             f"{report.message}")
