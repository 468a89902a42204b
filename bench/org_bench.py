"""The hub at organisation scale: many labs' workstations pushing and pulling at once.

org  An organisation of 500 [100] labs x 20 workstations enrolled, each lab with one tagging
    batch. Every workstation pulls once, then pushes its day's results in 2 chunks of 20 items
    (400,000 [80,000] items), from 32 client threads at once (each a workstation after another,
    in a random order), against three hubs holding the same records:

    - ``sqlite``: one ``labhub serve`` on the SQLite file;
    - ``pg1`` / ``pg2``: one / two ``labhub serve`` processes on one PostgreSQL database (the
      clients share them out as a round-robin load balancer would), with the same data folder.

    For each: ``org_<hub>_items_per_s`` (items applied per second of the whole run) beside the
    engine's own insert limit measured in the same run (the same item rows written by raw
    ``executemany`` into a copy of the SQLite file, or by ``COPY`` into a copy of the PostgreSQL
    database, in one transaction); ``org_<hub>_push_p50_s``/``p95``/``p99`` beside one push of a
    chunk to the idle hub (median of 5); ``org_<hub>_errors`` (pushes or pulls that never got a
    200 after retries) beside the number of requests; ``org_<hub>_rss_mb``, the peak RSS of the
    hub processes, beside one idle hub process's. ``org_pg2_vs_sqlite`` is pg2's items per second
    beside the SQLite hub's. Setup (enrolment, batches) is not timed: devices are written as
    ``enroll`` writes them, in one transaction, and the PostgreSQL databases are copies of the
    SQLite hub made by ``labhub migrate-to``'s code.

The PostgreSQL server is the one ``LABHUB_BENCH_POSTGRES`` names (its ``postgres`` database) or,
without one, a private server started by scripts/postgres.sh in the temporary folder (Debian's
packages) with PostgreSQL's durable defaults: every commit flushed, as the SQLite hub's.
"""

from __future__ import annotations

import http.client
import json
import os
import queue
import random
import shutil
import sqlite3
import statistics
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from bench.common import Figure, log
from bench.delivery_bench import PNG, SHA
from labclient.bundle_writer import write_bundle
from labhub.auth import token_hash
from labhub.batches import add_batch
from labhub.clock import HubClock
from labhub.process import HubProcess, start_hub
from labhub.store import HubStore

REPO_ROOT = Path(__file__).resolve().parent.parent
WORKSTATIONS = 20
CHUNKS = 2
CHUNK = 20
CLIENTS = 32
HUBS = ("sqlite", "pg1", "pg2")
_KINDS = ("items_per_s", "push_p50_s", "push_p95_s", "push_p99_s", "errors", "rss_mb")
METRICS = (*(f"org_{hub}_{m}" for hub in HUBS for m in _KINDS), "org_pg2_vs_sqlite")
CLOCK = {"wall": "2026-12-01T08:00:00.000000Z", "mono_ns": 1, "boot_id": "bench"}
PARAMS = {"mode": "single", "labels": [{"id": "yes", "text": "Yes"}, {"id": "no", "text": "No"}]}


@dataclass
class Station:
    """One enrolled workstation: its token and the pushes it will make."""

    device_id: str
    token: str
    lab: int
    pushes: list[bytes] = field(default_factory=list)


@dataclass
class Run:
    """What one hub configuration did."""

    seconds: float = 0.0
    applied: int = 0
    push_latencies: list[float] = field(default_factory=list)
    pull_latencies: list[float] = field(default_factory=list)
    errors: int = 0
    requests: int = 0
    rss_mb: float = 0.0


def _document(lab: int, tasks: int) -> dict[str, Any]:
    return {"format": "labclient-batch/1.1", "batch_id": f"org-{lab:04d}", "project": {"id": "org", "name": "Org"},
            "template": {"kind": "tagging", "version": 1, "title": "Yes or no", "instructions": "Choose.",
                         "params": PARAMS},
            "media": [{"path": "media/one.png", "sha256": SHA, "bytes": len(PNG), "mime": "image/png"}],
            "tasks": [{"id": f"t-{i:05d}", "media": SHA} for i in range(tasks)]}


def _setup(folder: Path, labs: int) -> list[Station]:
    """A SQLite hub in ``folder`` with ``labs`` labs of enrolled workstations and their batches;
    the stations, each with its push bodies ready."""
    store = HubStore.open(folder)
    clock = HubClock()
    now = clock.now_text()
    stations: list[Station] = []
    try:
        tasks_per_lab = WORKSTATIONS * CHUNKS * CHUNK
        for lab in range(labs):
            bundle = write_bundle(folder.parent / "bundle.zip", _document(lab, tasks_per_lab), {"media/one.png": PNG})
            add_batch(store, clock, bundle, f"Lab {lab:04d}")
        with store.transaction() as c:
            lab_ids = dict(c.execute("SELECT name, id FROM labs").fetchall())
            rows = []
            for lab in range(labs):
                for w in range(WORKSTATIONS):
                    station = Station(f"d-{uuid.uuid4().hex}", uuid.uuid4().hex + uuid.uuid4().hex, lab)
                    rows.append((station.device_id, lab_ids[f"Lab {lab:04d}"], f"PC-{w:02d}",
                                 token_hash(station.token), now))
                    stations.append(station)
            c.executemany("INSERT INTO devices (id, lab_id, name, token_sha256, enrolled_at) VALUES (?, ?, ?, ?, ?)",
                          rows)
    finally:
        store.close()
    for n, station in enumerate(stations):
        w = n % WORKSTATIONS
        seq = 0
        for chunk in range(CHUNKS):
            items = []
            for k in range(CHUNK):
                seq += 1
                task = (w * CHUNKS + chunk) * CHUNK + k
                items.append({"seq": seq, "id": str(uuid.UUID(int=(n << 32) + seq, version=4)), "type": "result",
                              "body": {"batch_id": f"org-{station.lab:04d}", "task_id": f"t-{task:05d}",
                                       "worker": {"id": f"w-{n}", "name": f"Worker {n}"}, "action": "submit",
                                       "content": {"labels": ["yes" if k % 3 else "no"]},
                                       "created_at": "2026-12-01T08:00:00.000000Z", "created_mono_ns": seq,
                                       "boot_id": "bench", "active_ms": 4000}})
            station.pushes.append(json.dumps({"clock": CLOCK, "items": items}).encode("utf-8"))
    return stations


def _request(conn: http.client.HTTPConnection, path: str, body: bytes, token: str) -> tuple[int, bytes]:
    conn.request("POST", path, body=body, headers={"Content-Type": "application/json",
                                                   "Authorization": f"Bearer {token}"})
    response = conn.getresponse()
    return response.status, response.read()


def _client(urls: list[str], work: queue.Queue[Station], run: Run, lock: threading.Lock) -> None:
    """One client thread: workstation after workstation, a pull then its pushes; a 503 or a
    broken connection is tried again (at most 20 times)."""
    conns = [http.client.HTTPConnection(urlsplit(u).hostname or "127.0.0.1", urlsplit(u).port, timeout=120)
             for u in urls]
    turn = 0
    pull = json.dumps({"clock": CLOCK, "max_batches": 1}).encode("utf-8")
    while True:
        try:
            station = work.get_nowait()
        except queue.Empty:
            break
        for path, body in [("/v1/pull", pull)] + [("/v1/push", p) for p in station.pushes]:
            for _attempt in range(20):
                conn = conns[turn % len(conns)]
                turn += 1
                start = time.perf_counter()
                try:
                    status, answer = _request(conn, path, body, station.token)
                except (OSError, http.client.HTTPException):
                    conn.close()
                    status, answer = 0, b""
                took = time.perf_counter() - start
                with lock:
                    run.requests += 1
                if status == 200:
                    with lock:
                        if path == "/v1/push":
                            run.push_latencies.append(took)
                            run.applied += json.loads(answer)["applied"]
                        else:
                            run.pull_latencies.append(took)
                    break
                if status not in (0, 503):
                    log(f"{path}: {status} {answer[:200]!r}")
                    with lock:
                        run.errors += 1
                    break
            else:
                with lock:
                    run.errors += 1
    for conn in conns:
        conn.close()


def _peak_rss_mb(hub: HubProcess) -> float:
    try:
        for line in Path(f"/proc/{hub.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    return float("nan")


def _cpu_seconds(match: str) -> float:
    """CPU time (user + system) of the processes whose command line contains ``match``."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if match not in (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace"):
                continue
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _load(hubs: list[HubProcess], stations: list[Station], seed: int) -> Run:
    run = Run()
    work: queue.Queue[Station] = queue.Queue()
    order = list(stations)
    random.Random(seed).shuffle(order)
    for station in order:
        work.put(station)
    lock = threading.Lock()
    urls = [h.url for h in hubs]
    threads = [threading.Thread(target=_client, args=(urls[i % len(urls):] + urls[:i % len(urls)], work, run, lock))
               for i in range(CLIENTS)]
    cpu = {"hubs": _cpu_seconds("labhub.cli"), "postgres": _cpu_seconds("postgres:"),
           "clients": time.process_time()}
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    run.seconds = time.perf_counter() - start
    log("CPU seconds during the load: " + ", ".join(
        f"{k} {now - cpu[k]:.1f}" for k, now in (("hubs", _cpu_seconds("labhub.cli")),
                                                 ("postgres", _cpu_seconds("postgres:")),
                                                 ("clients", time.process_time()))))
    run.rss_mb = sum(_peak_rss_mb(h) for h in hubs)
    return run


def _idle_push(hub: HubProcess, station: Station) -> float:
    """The median time of one push of a chunk to the idle hub (5 devices' first chunks)."""
    host = urlsplit(hub.url)
    conn = http.client.HTTPConnection(host.hostname or "127.0.0.1", host.port, timeout=60)
    times = []
    try:
        for _ in range(5):
            start = time.perf_counter()
            status, _answer = _request(conn, "/v1/push", station.pushes[0], station.token)
            times.append(time.perf_counter() - start)
            assert status == 200, status
    finally:
        conn.close()
    return statistics.median(times)


def _item_rows(stations: list[Station], lab_ids: dict[int, int]) -> list[tuple[Any, ...]]:
    """The items table rows the pushes store, for the raw insert baselines."""
    rows = []
    for station in stations:
        for push in station.pushes:
            for item in json.loads(push)["items"]:
                body = json.dumps(item["body"], sort_keys=True, separators=(",", ":"))
                rows.append((item["id"], lab_ids[station.lab], station.device_id, item["seq"], "result", body,
                             "0" * 64, "applied", item["body"]["batch_id"], item["body"]["task_id"],
                             "2026-12-01T08:00:00.000000Z", json.dumps(CLOCK)))
    return rows


_ITEM_COLUMNS = ("item_id, lab_id, device_id, seq, type, body, content_sha256, status, batch_id, task_id, "
                 "received_at, device_clock")


def _raw_sqlite(db: Path, rows: list[tuple[Any, ...]]) -> float:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO items ({_ITEM_COLUMNS}) VALUES ({', '.join('?' * 12)})", rows)
        conn.execute("COMMIT")
        return len(rows) / (time.perf_counter() - start)
    finally:
        conn.close()


def _raw_postgres(url: str, rows: list[tuple[Any, ...]]) -> float:
    import psycopg

    with psycopg.connect(url) as conn:
        start = time.perf_counter()
        with conn.cursor() as cur, cur.copy(f"COPY items ({_ITEM_COLUMNS}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        return len(rows) / (time.perf_counter() - start)


def _server(tmp: Path, given: str | None) -> tuple[str, Path | None]:
    if given:
        return given, None
    folder = tmp / "postgres"
    folder.mkdir()
    os.chmod(folder, 0o755)
    os.chmod(tmp, 0o755)
    port = _free_port()
    done = subprocess.run(["bash", str(REPO_ROOT / "scripts" / "postgres.sh"), "start", str(folder), str(port)],
                          capture_output=True, text=True, check=True, env=dict(os.environ, LABHUB_PG_DURABLE="1"))
    return done.stdout.strip(), folder


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _database(server: str, name: str) -> str:
    import psycopg

    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(server)
    return urlunsplit(parts._replace(path="/" + name))


def _copy_to(source_dir: Path, url: str) -> None:
    from labhub.moving import copy_to_postgres

    store = HubStore.open(source_dir)
    try:
        copy_to_postgres(store, url)
    finally:
        store.close()


def _figures(name: str, run: Run, limit: float, idle: float, idle_rss: float, items: int) -> list[Figure]:
    pushes = sorted(run.push_latencies)

    def pct(p: float) -> float:
        return pushes[min(len(pushes) - 1, int(p * len(pushes)))] if pushes else float("nan")

    rate = run.applied / run.seconds if run.seconds else 0.0
    pulls = statistics.median(run.pull_latencies) if run.pull_latencies else float("nan")
    note = (f"{items} items in {len(pushes)} pushes of {CHUNK} and {len(run.pull_latencies)} pulls from {CLIENTS} "
            f"clients in {run.seconds:.1f} s; {run.applied} applied; pull p50 {pulls:.3f} s")
    engine = "SQLite executemany" if name == "sqlite" else "PostgreSQL COPY"
    return [
        Figure(f"org_{name}_items_per_s", rate, "items/s", limit,
               "pg2: ratio >= 0.5" if name == "pg2" else "-",
               f"raw {engine} of the same item rows, one transaction", note),
        Figure(f"org_{name}_push_p50_s", pct(0.50), "s", idle, "-", "one push of a chunk to the idle hub", note),
        Figure(f"org_{name}_push_p95_s", pct(0.95), "s", idle, "-", "one push of a chunk to the idle hub", note),
        Figure(f"org_{name}_push_p99_s", pct(0.99), "s", idle, "pg2: value < 1 s",
               "one push of a chunk to the idle hub", note),
        Figure(f"org_{name}_errors", float(run.errors), "requests", float(max(1, run.requests)), "value == 0",
               "requests made", note),
        Figure(f"org_{name}_rss_mb", run.rss_mb, "MB", idle_rss, "-", "one idle hub process", note),
    ]


def bench_org(tmp: Path, quick: bool, postgres: str | None = None) -> list[Figure]:
    """The three hubs under the organisation's load (see the module's text)."""
    labs = 100 if quick else 500
    log(f"setting up {labs} labs x {WORKSTATIONS} workstations")
    source = tmp / "setup"
    stations = _setup(source, labs)
    items = len(stations) * CHUNKS * CHUNK
    store = HubStore.open(source)
    try:
        lab_ids = {int(r["name"].split()[1]): int(r["id"]) for r in store.query("SELECT id, name FROM labs")}
    finally:
        store.close()
    rows = _item_rows(stations, lab_ids)
    server, pg_folder = _server(tmp, postgres)
    figures: list[Figure] = []
    rates: dict[str, float] = {}
    try:
        for name in HUBS:
            data = tmp / name / "data"
            shutil.copytree(source, data)
            extra: list[str] = ["--max-items", str(CHUNK * 10)]
            if name == "sqlite":
                raw_db = tmp / "raw.sqlite3"
                shutil.copy(source / "labhub.sqlite3", raw_db)
                limit = _raw_sqlite(raw_db, rows)
            else:
                raw_url = _database(server, f"org_raw_{name}")
                _copy_to(source, raw_url)
                limit = _raw_postgres(raw_url, rows)
                url = _database(server, f"org_{name}")
                log(f"{name}: copying the hub into PostgreSQL")
                _copy_to(source, url)
                (data / "labhub.sqlite3").unlink()
                extra += ["--database", url]
            log(f"{name}: raw insert limit {limit:.0f} items/s")
            hubs = [start_hub(data, *extra, log_path=tmp / f"{name}-{i}.log") for i in range(2 if name == "pg2" else 1)]
            try:
                idle_rss = _peak_rss_mb(hubs[0])
                spare = stations[-1]
                idle = _idle_push(hubs[0], spare)
                run = _load(hubs, stations[:-1], seed=4)
            finally:
                for hub in hubs:
                    hub.stop()
            rates[name] = run.applied / run.seconds
            log(f"{name}: {rates[name]:.0f} items/s, {run.errors} errors, p99 "
                f"{sorted(run.push_latencies)[int(0.99 * len(run.push_latencies))]:.2f} s")
            figures += _figures(name, run, limit, idle, idle_rss, items)
    finally:
        if pg_folder is not None:
            subprocess.run(["bash", str(REPO_ROOT / "scripts" / "postgres.sh"), "stop", str(pg_folder)],
                           capture_output=True, check=False)
    figures.append(Figure("org_pg2_vs_sqlite", rates["pg2"], "items/s", rates["sqlite"], "ratio >= 2",
                          "the SQLite hub's items per second under the same load", "see org_*_items_per_s"))
    return figures
