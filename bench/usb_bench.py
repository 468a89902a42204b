"""The USB trip's benchmarks: results out on an outbox file and its receipt, new work in on the
hub's lab file. Registered in bench/run.py.

usb_outbox  ``usb_outbox_10k_s``: ``export_outbox`` + ``labhub.usb.import_outbox`` + ``import_receipt``
    of 10,000 [2,000] transcripts of ~300 characters, in this process on a real hub's data folder,
    vs the online push of as many results by ``SyncRun`` to the same hub process on loopback (no
    link faults: the baseline is the protocol's own cost, not the line's). Each in a lab of its own.
usb_lab  ``usb_lab_file_s``: ``labhub.lab_file.export_lab`` of 20 [5] batches of 5 media files of
    1 MB each, one workstation, then ``import_lab`` on it, vs copying the same media bytes twice
    with ``shutil.copyfile`` (hub to stick, stick to workstation): the disk's limit.
"""

from __future__ import annotations

import random
import shutil
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench.common import Figure, log  # noqa: E402
from bench.sync_bench import (  # noqa: E402
    SEED,
    SyncBenchError,
    Transcripts,
    check_push,
    hub_and_proxy,
    random_media,
    submit_transcripts,
    timed_sync,
    transcription_doc,
)
from labclient.bundle_writer import write_bundle  # noqa: E402
from labclient.store import DB_NAME, Store  # noqa: E402
from labclient.sync.client import enroll  # noqa: E402
from labclient.sync.lab_file import import_lab  # noqa: E402
from labclient.sync.usb import export_outbox, import_receipt  # noqa: E402
from labhub.clock import HubClock  # noqa: E402
from labhub.config import DAY_S, DEFAULT_LEASE_DAYS  # noqa: E402
from labhub.lab_file import export_lab  # noqa: E402
from labhub.store import HubStore  # noqa: E402
from labhub.usb import import_outbox  # noqa: E402

OUTBOX_METRICS = ("usb_outbox_10k_s",)
LAB_METRICS = ("usb_lab_file_s",)
MB = 1_000_000


def bench_outbox(tmp: Path, *, quick: bool) -> list[Figure]:
    """An outbox's round trip by USB vs the online push of as many results."""
    results = 2_000 if quick else 10_000
    rng = random.Random(SEED)
    transcripts = Transcripts(rng)
    media = random_media(rng, 10, 2_000)
    with hub_and_proxy(tmp) as (hub, _proxy):
        stations = {}
        for lab in ("Online", "Usb"):
            bundle = write_bundle(tmp / f"{lab}.zip", transcription_doc(f"bench-{lab.lower()}", results, media),
                                  media)
            hub.admin("add-batch", str(bundle), "--lab", lab)
            folder = tmp / lab
            enroll(folder, hub.url, hub.admin("enroll-code", "--lab", lab).strip(), device_name=lab,
                   credential_store="file")
            log(f"{lab}: {results} transcripts queued")
            submit_transcripts(folder, bundle, results, transcripts)
            stations[lab] = folder
        log("online: one sync pushes them")
        report, online_s = timed_sync(stations["Online"])
        check_push(report, results)

        log("usb: export-outbox, import-outbox, import-receipt")
        folder = stations["Usb"]
        stick = tmp / "stick"
        start = time.perf_counter()
        with Store.open(folder / DB_NAME) as store:
            written = export_outbox(store, folder, stick)
        with HubStore.open(hub.data_dir) as hub_store:
            done = import_outbox(hub_store, HubClock(), written.path, stick, DEFAULT_LEASE_DAYS * DAY_S)
        with Store.open(folder / DB_NAME) as store:
            tally = import_receipt(store, folder, done.receipt)
        usb_s = time.perf_counter() - start
    if written.items != results or tally.applied != results:
        raise SyncBenchError(f"the USB trip carried {written.items} item(s) and {tally.applied} were applied, "
                             f"not {results}")
    note = (f"{results} transcripts of ~300 characters; outbox file {written.path.stat().st_size} B, receipt "
            f"{done.receipt.stat().st_size} B; hub on SQLite, no link faults")
    return [Figure("usb_outbox_10k_s", usb_s, "s", online_s, "-", "the same results pushed online by one sync",
                   note)]


def bench_lab_file(tmp: Path, *, quick: bool) -> list[Figure]:
    """The hub's lab file made and applied vs copying its media twice."""
    batches, files = (5, 5) if quick else (20, 5)
    rng = random.Random(SEED)
    with hub_and_proxy(tmp) as (hub, _proxy):
        folder = tmp / "station"
        enroll(folder, hub.url, hub.admin("enroll-code", "--lab", "Gulu").strip(), device_name="station",
               credential_store="file")
        total = 0
        for i in range(batches):
            media = random_media(rng, files, MB)
            media = {path.replace("page-", f"b{i:02d}-"): data for path, data in media.items()}
            total += sum(len(d) for d in media.values())
            bundle = write_bundle(tmp / "bundle.zip", transcription_doc(f"gulu-{i:02d}", 50, media), media)
            hub.admin("add-batch", str(bundle), "--lab", "Gulu")
        log(f"export-lab and import-lab: {batches} batches, {total} B of media")
        stick = tmp / "stick"
        start = time.perf_counter()
        with HubStore.open(hub.data_dir) as hub_store:
            made = export_lab(hub_store, HubClock(), "Gulu", stick, max_bytes=4000 * 2**20,
                              batches_per_device=batches, lease_seconds=DEFAULT_LEASE_DAYS * DAY_S)
        with Store.open(folder / DB_NAME) as store:
            brought = import_lab(store, folder, made.path)
        ours = time.perf_counter() - start
        if len(brought.added) != batches:
            raise SyncBenchError(f"the lab file brought {len(brought.added)} of {batches} batches: "
                                 f"{brought.passed_over[:1]}")
        log("baseline: the same media copied twice")
        sources = sorted(p for p in (hub.data_dir / "media").rglob("*") if p.is_file())
        start = time.perf_counter()
        for hop in ("stick-copy", "station-copy"):
            target = tmp / hop
            target.mkdir()
            for path in sources:
                shutil.copyfile(path, target / path.name)
        copy_s = time.perf_counter() - start
    note = (f"{batches} batches of 50 tasks and {files} media files of {MB} B each, one workstation; file "
            f"{made.path.stat().st_size} B; media copied with hash checks and fsync, batches checked and stored")
    return [Figure("usb_lab_file_s", ours, "s", copy_s, "-", "the media copied twice with shutil.copyfile", note)]
