"""The lab relay's benchmark: what crosses the lab's uplink when 20 workstations need the same
media, through the relay and without it. Registered in bench/run.py.

relay   A real ``labhub serve`` process behind the fault proxy (tests/faultproxy.py), which stands
    for the lab's uplink and counts the bytes that cross it. Two labs of 20 workstations each get
    one batch each, every batch holding the same 25 [10] media files of 2 MB [1 MB] (50 [10] MB).
    In lab "Direct" each workstation syncs with the hub alone; in lab "Relay" each has the address
    of a relay (``labclient.relay``, on a thread of this process, fetching from the hub through the
    proxy). Each workstation syncs once, one after another, no faults on the link.
    ``relay_uplink_mb``: MB down the uplink for the whole relay lab (its workstations' pushes and
    pulls, and the relay's fetches) vs one workstation of the direct lab (its pull and its media):
    the target is 1.05, each file crossing once. ``direct_uplink_mb``: the same for the whole direct
    lab vs that one workstation (about 20: each copy crosses).
relay_new_batch  ``relay_new_batch_s``: the time a workstation's sync takes to get a new batch whose
    media (one file of 2 MB [256 KB]) the relay fetched ahead, over the slow uplink of the sync
    benchmarks (256 kbit/s, 600 ms), vs the same sync of a batch whose media comes from the hub.
"""

from __future__ import annotations

import random
import sys
import threading
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench.common import Figure, log  # noqa: E402
from bench.sync_bench import (  # noqa: E402
    BANDWIDTH_BPS,
    LINK,
    RTT_S,
    SEED,
    SyncBenchError,
    hub_and_proxy,
    random_media,
    through_link,
    transcription_doc,
)
from labclient.bundle_writer import write_bundle  # noqa: E402
from labclient.people.roster import bootstrap_admin  # noqa: E402
from labclient.relay.cache import MediaCache  # noqa: E402
from labclient.relay.server import RelayServer, close, read_enrolment  # noqa: E402
from labclient.store import DB_NAME, Store  # noqa: E402
from labclient.sync.client import SyncRun, enroll  # noqa: E402
from labclient.sync.settings import set_relay_url  # noqa: E402
from labclient.sync.state import read_settings  # noqa: E402
from labclient.sync.transport import Transport  # noqa: E402
from labhub.auth import make_enrol_code, make_relay  # noqa: E402
from labhub.clock import HubClock  # noqa: E402
from labhub.store import HubStore  # noqa: E402
from tests.faultproxy import Faults  # noqa: E402

WORKSTATIONS = 20
METRICS = ("relay_uplink_mb", "direct_uplink_mb")
MB = 1_000_000


def bench_relay(tmp: Path, *, quick: bool) -> list[Figure]:
    """Bytes down the uplink for a lab of 20 workstations with and without the relay."""
    files, size = (10, MB) if quick else (25, 2 * MB)
    media = random_media(random.Random(SEED), files, size)
    with hub_and_proxy(tmp) as (hub, proxy):
        log(f"enrolling {2 * WORKSTATIONS + 1} devices; each workstation gets a batch of the same {files} x "
            f"{size // MB} MB of media")
        with HubStore.open(hub.data_dir) as hub_store:
            codes = {lab: [make_enrol_code(hub_store, HubClock(), lab) for _ in range(WORKSTATIONS)]
                     for lab in ("Direct", "Relay")}
            relay_code = make_enrol_code(hub_store, HubClock(), "Relay")

        def new_batch(lab: str, i: int) -> None:  # added just before its workstation pulls: one each
            bundle = write_bundle(tmp / "bundle.zip", transcription_doc(f"{lab.lower()}-{i:02d}", files, media), media)
            hub.admin("add-batch", str(bundle), "--lab", lab)
        stations = {lab: [tmp / f"{lab}-{i:02d}" for i in range(WORKSTATIONS)] for lab in ("Direct", "Relay")}
        for lab, folders in stations.items():
            for folder, code in zip(folders, codes[lab], strict=True):
                enroll(folder, proxy.url, code, device_name=folder.name, credential_store="file")
        relay_dir = tmp / "relay"
        enroll(relay_dir, proxy.url, relay_code, device_name="relay", credential_store="file")
        with Store.open(relay_dir / DB_NAME) as store:
            relay_id = str(read_settings(store).device_id)
        with HubStore.open(hub.data_dir) as hub_store:
            make_relay(hub_store, HubClock(), "Relay", relay_id)
        setup = read_enrolment(relay_dir)
        cache = MediaCache(relay_dir / "relay-cache", lambda: Transport(setup.hub_url, setup.token))
        server = RelayServer(("127.0.0.1", 0), cache, setup.hub_url, setup.lab)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            for folder in stations["Relay"]:
                with Store.open(folder / DB_NAME) as store:
                    set_relay_url(store, bootstrap_admin(store, "Bench Admin", "2468"), server.url)

            log("direct: 20 workstations sync with the hub alone")
            through_link(proxy, Faults())
            down: list[int] = []
            for i, folder in enumerate(stations["Direct"]):
                new_batch("Direct", i)
                before = proxy.bytes_down
                report = SyncRun(folder).run()
                _synced(report.complete and report.batches_received == [f"direct-{i:02d}"], folder, report.message)
                down.append(proxy.bytes_down - before)
            direct_total, one = sum(down), down[0]

            log("relay: 20 workstations sync with the hub, media from the relay")
            through_link(proxy, Faults())
            lan = 0

            def wait(_seconds: float) -> None:  # the relay said it is fetching: wait until it is done
                cache.wait_idle(300)

            for i, folder in enumerate(stations["Relay"]):
                new_batch("Relay", i)
                report = SyncRun(folder, sleep=wait).run()
                _synced(report.complete and report.batches_received == [f"relay-{i:02d}"]
                        and report.bytes_from_relay >= files * size, folder, report.message)
                lan += report.bytes_from_relay
            relay_total = proxy.bytes_down
            stats = cache.stats.as_json()
        finally:
            server.shutdown()
            close(server)
    note = (f"{WORKSTATIONS} workstations, one batch each, every batch the same {files} media files of {size} B "
            f"({files * size} B); bytes down the proxy standing for the uplink. One workstation direct: {one} B. "
            f"Relay lab: {relay_total} B in all (the relay fetched {stats['fetched_files']} files, "
            f"{stats['uplink_bytes']} B of media; the workstations got {lan} B from it over the LAN). Direct lab: "
            f"{direct_total} B in all")
    return [Figure("relay_uplink_mb", relay_total / MB, "MB", one / MB, "ratio <= 1.05",
                   "one workstation syncing alone", note),
            Figure("direct_uplink_mb", direct_total / MB, "MB", one / MB, "-", "one workstation syncing alone",
                   note)]


def _synced(ok: bool, folder: Path, message: str = "") -> None:
    if not ok:
        raise SyncBenchError(f"the sync of {folder.name} did not complete: {message}")


NEW_BATCH_METRICS = ("relay_new_batch_s",)


def bench_new_batch(tmp: Path, *, quick: bool) -> list[Figure]:
    """How long a workstation's sync takes to get a new batch whose media the relay already
    holds, over the slow uplink (256 kbit/s, 600 ms), vs the same batch with its media from the
    hub over that uplink."""
    size = 256_000 if quick else 2 * MB
    rng = random.Random(SEED)
    with hub_and_proxy(tmp) as (hub, proxy):
        with HubStore.open(hub.data_dir) as hub_store:
            codes = {name: make_enrol_code(hub_store, HubClock(), lab)
                     for name, lab in (("relayed", "Relay"), ("relay", "Relay"), ("direct", "Direct"))}
        folders = {name: tmp / name for name in codes}
        for name, code in codes.items():
            enroll(folders[name], proxy.url, code, device_name=name, credential_store="file")
        with Store.open(folders["relay"] / DB_NAME) as store:
            relay_id = str(read_settings(store).device_id)
        with HubStore.open(hub.data_dir) as hub_store:
            make_relay(hub_store, HubClock(), "Relay", relay_id)
        setup = read_enrolment(folders["relay"])
        cache = MediaCache(folders["relay"] / "relay-cache", lambda: Transport(setup.hub_url, setup.token))
        server = RelayServer(("127.0.0.1", 0), cache, setup.hub_url, setup.lab)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with Store.open(folders["relayed"] / DB_NAME) as store:
                set_relay_url(store, bootstrap_admin(store, "Bench Admin", "2468"), server.url)
            for lab, batch_id in (("Relay", "relayed-1"), ("Direct", "direct-1")):
                media = random_media(rng, 1, size)
                bundle = write_bundle(tmp / f"{batch_id}.zip", transcription_doc(batch_id, 20, media), media)
                hub.admin("add-batch", str(bundle), "--lab", lab)
            through_link(proxy, Faults())
            cache.prefetch()  # the relay has the media before the workstation asks
            cache.wait_idle(300)
            log(f"a new batch with {size} B of media: through the relay, then from the hub, over the slow uplink")
            through_link(proxy, LINK)
            start = time.perf_counter()
            report = SyncRun(folders["relayed"]).run()
            relayed_s = time.perf_counter() - start
            _synced(report.complete and report.batches_received == ["relayed-1"] and report.bytes_from_relay >= size,
                    folders["relayed"], report.message)
            start = time.perf_counter()
            report = SyncRun(folders["direct"]).run()
            direct_s = time.perf_counter() - start
            _synced(report.complete and report.batches_received == ["direct-1"], folders["direct"], report.message)
        finally:
            server.shutdown()
            close(server)
    note = (f"one batch of 20 tasks and one media file of {size} B; workstations talk to the hub through a proxy "
            f"at {BANDWIDTH_BPS // 1000} kbit/s and {RTT_S * 1000:.0f} ms round trip; the relay "
            "had fetched the media ahead")
    return [Figure("relay_new_batch_s", relayed_s, "s", direct_s, "-", "the same sync with the media from the hub",
                   note)]
