"""The ``labclient`` command line.

Every command takes ``--data-dir DIR`` (default: the per-user data folder). Exit codes: 0 done,
1 refused or failed with a message on stderr, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from labclient import __version__, logs
from labclient.errors import LabClientError
from labclient.languages import LANGUAGES
from labclient.paths import default_data_dir
from labclient.relay import DEFAULT_MAX_CACHE_BYTES, RELAY_PORT
from labclient.store import Store

if TYPE_CHECKING:
    from labclient.relay.discovery import Announcement
    from labclient.relay.server import RelayServer


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, metavar="DIR",
                        help="the workstation's data folder (default: the per-user data folder)")
    common.add_argument("--right-to-left", action="store_true", default=argparse.SUPPRESS,
                        help="lay the window out right-to-left (as for Urdu), to check the layout")
    common.add_argument("--language", choices=sorted(LANGUAGES), default=argparse.SUPPRESS,
                        help="the language of the window (default: the computer's): en, fr, ht (Haitian Creole), "
                             "sw (Swahili), ur (Urdu, right-to-left)")
    parser = argparse.ArgumentParser(prog="labclient", parents=[common],
                                     description="LabClient: offline-first work client for computer labs.")
    parser.add_argument("--version", action="version", version=f"labclient {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation without a window (store, demo batches, each task view, audio "
                             "decoding, keyring) and exit: 0 when it all works (docs/INSTALL.md)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", parents=[common], help="open the app (the default)")
    demo = sub.add_parser("demo", parents=[common],
                          help="open the app on a throw-away data folder loaded with the demo project")
    demo.add_argument("--keep", action="store_true", help="keep the demo data folder when the app closes")
    imp = sub.add_parser("import-batch", parents=[common], help="import a batch bundle (zip) into the task cache")
    imp.add_argument("bundle", type=Path, metavar="BUNDLE.zip")
    status = sub.add_parser("status", parents=[common], help="show cached tasks, results and the outbox")
    status.add_argument("--json", action="store_true", help="print JSON")
    sub.add_parser("check", parents=[common], help="run a full integrity check of the local database")
    enroll = sub.add_parser("enroll", parents=[common], help="enrol this workstation with the organisation's hub",
                            description="Enrol this workstation with the hub. The one-time enrolment code from the "
                                        "hub admin is asked for on a terminal (not shown as it is typed), or read "
                                        "as the first line of standard input, for scripts: never an argument, "
                                        "which other accounts could see in the process list.")
    enroll.add_argument("--hub", required=True, metavar="URL", help="the hub's address, https://…")
    # Earlier versions took the code as an argument; still accepted for scripts not yet changed,
    # with a warning, and no longer offered.
    enroll.add_argument("--code", default=None, help=argparse.SUPPRESS)
    enroll.add_argument("--device-name", default=None, help="how the hub lists this workstation (default: host name)")
    enroll.add_argument("--credential-store", choices=("keyring", "file"), default="keyring",
                        help="where the hub credential is kept: the OS keyring (default) or, knowingly, a file "
                             "only this account can read (docs/INSTALL.md)")
    sync = sub.add_parser("sync", parents=[common], help="send results to the hub now")
    sync.add_argument("--json", action="store_true", help="print the report as JSON")
    sync.add_argument("--deadline", type=float, default=15 * 60, metavar="SECONDS",
                      help="give up retrying after this long (default: 900)")
    export = sub.add_parser("export-outbox", parents=[common],
                            help="write everything waiting for the hub into one signed file (a USB stick), for "
                                 "'labhub import-outbox' where the hub can be reached")
    export.add_argument("--to", type=Path, required=True, metavar="DIR", help="where to write the file")
    receipt = sub.add_parser("import-receipt", parents=[common],
                             help="record the receipt 'labhub import-outbox' wrote: what the hub took leaves the "
                                  "outbox")
    receipt.add_argument("receipt", type=Path, metavar="RECEIPT.lcr")
    lab_file = sub.add_parser("import-lab", parents=[common],
                              help="apply the file 'labhub export-lab' wrote (new work and its media, leases, the "
                                   "lab's people, receipts), carried in by USB, as a sync would")
    lab_file.add_argument("file", type=Path, metavar="LAB.lcl")
    outboxes = sub.add_parser("relay-outboxes", parents=[common],
                              help="copy the outbox files the lab's workstations left on this relay (while the hub "
                                   "could not be reached) to DIR (a USB stick), for 'labhub import-outbox'")
    outboxes.add_argument("--to", type=Path, required=True, metavar="DIR", help="where to copy them")
    relay = sub.add_parser("relay", parents=[common],
                           help="serve the lab's media files to its workstations over the LAN, fetching each from "
                                "the hub once (docs/offline-links.md)",
                           description="Run the lab relay on this machine until stopped (Ctrl+C). It uses the "
                                       "enrolment of its data folder (labclient enroll) to fetch media from the hub; "
                                       "give the workstations its address on the admin screen.")
    relay.add_argument("--listen", default=f"0.0.0.0:{RELAY_PORT}", metavar="HOST:PORT",
                       help=f"where to listen (default: every address of this machine, port {RELAY_PORT}; port 0: "
                            "any free port)")
    relay.add_argument("--prefetch-minutes", type=float, default=0, metavar="MINUTES",
                       help="every this many minutes, fetch the media of the lab's new work before a workstation asks "
                            "(default: 0, only when asked)")
    relay.add_argument("--prefetch-mb-day", type=float, default=0, metavar="MB",
                       help="fetching ahead takes at most this many MB a day over the line (default: 0, no limit); "
                            "files a workstation asks for count in that workstation's own data budget")
    relay.add_argument("--prefetch-mb-month", type=float, default=0, metavar="MB",
                       help="...and at most this many MB a month (default: 0, no limit)")
    relay.add_argument("--lab-mb-day", type=float, default=0, metavar="MB",
                       help="the whole lab's line: at most this many MB a day, counting the relay's own traffic and "
                            "every workstation's syncs that use this relay (default: 0, each machine its own budget)")
    relay.add_argument("--lab-mb-month", type=float, default=0, metavar="MB",
                       help="...and at most this many MB a month")
    relay.add_argument("--lab-file", type=Path, metavar="LAB.lcl",
                       help="the file 'labhub export-lab' wrote: the relay keeps its media and hands each "
                            "workstation its part at its next sync, so one stick serves the whole lab")
    relay.add_argument("--upstream-minutes", type=float, default=0, metavar="MINUTES",
                       help="for a lab where only the relay reaches the hub: every this many minutes (and soon after a "
                            "workstation leaves its outbox file), send the workstations' outbox files to the hub and "
                            "take their new work and receipts from it (default: 0, off)")
    relay.add_argument("--batches-per-workstation", type=int, default=5, metavar="N",
                       help="with --upstream-minutes: new batches waiting per workstation, at most (default: 5)")
    relay.add_argument("--no-announce", action="store_true",
                       help="do not announce the relay on the LAN (the workstations' admin screen finds it with "
                            "'Find on the network' unless this is given; then type its address)")
    relay.add_argument("--max-cache-gb", type=float, default=DEFAULT_MAX_CACHE_BYTES / 1024**3, metavar="GB",
                       help="the most disk its cache of media files may take (default: 20); the files served "
                            "longest ago go first")
    return parser


#: The commands that write to the data folder's log (labclient.logs); the app ("run") starts its
#: own, with a dialog for unexpected errors.
_LOGGED = frozenset({"import-batch", "enroll", "sync", "export-outbox", "import-receipt", "import-lab", "relay",
                     "relay-outboxes"})


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.self_test:
        from labclient.selftest import run_self_test

        return run_self_test()
    given: Path | None = getattr(args, "data_dir", None)
    data_dir = given or default_data_dir()
    command = args.command or "run"
    rtl = bool(getattr(args, "right_to_left", False))
    language: str | None = getattr(args, "language", None)
    if command in _LOGGED:
        logs.start_logging(data_dir)
        logs.install_excepthooks()
        logs.log.info("labclient %s", command)
    try:
        if command == "run":
            from labclient.ui.app import run_app

            return run_app(data_dir, qt_args=sys.argv[:1], right_to_left=rtl, language=language)
        if command == "demo":
            return _demo(given, keep=args.keep, right_to_left=rtl, language=language)
        if command == "import-batch":
            return _import(data_dir, args.bundle)
        if command == "status":
            return _status(data_dir, as_json=args.json)
        if command == "check":
            return _check(data_dir)
        if command == "enroll":
            return _enroll(data_dir, args)
        if command == "sync":
            return _sync(data_dir, as_json=args.json, deadline=args.deadline)
        if command in ("export-outbox", "import-receipt", "import-lab"):
            return _usb(data_dir, command, args)
        if command == "relay-outboxes":
            return _relay_outboxes(data_dir, args.to)
        if command == "relay":
            return _relay(data_dir, args.listen, args.max_cache_gb, args.prefetch_minutes,
                          (args.prefetch_mb_day, args.prefetch_mb_month, args.lab_mb_day, args.lab_mb_month),
                          args.lab_file,
                          (args.upstream_minutes, args.batches_per_workstation), announce=not args.no_announce)
    except LabClientError as exc:
        logs.log.warning("labclient %s refused: %s", command, exc.message)
        print(f"labclient: {exc.message}", file=sys.stderr)
        return 1
    except ValueError as exc:  # a malformed argument the core refused (e.g. a hub address)
        print(f"labclient: {exc}", file=sys.stderr)
        return 2
    raise AssertionError(command)  # pragma: no cover - argparse only gives the commands above


def _usb(data_dir: Path, command: str, args: argparse.Namespace) -> int:
    """``export-outbox``, ``import-receipt`` (labclient.sync.usb) and ``import-lab`` (labclient.sync.lab_file)."""
    from labclient.store import DB_NAME, Store
    from labclient.sync import lab_file, usb

    if not _existing(data_dir):
        return 1
    with Store.open(data_dir / DB_NAME) as store:
        if command == "export-outbox":
            done = usb.export_outbox(store, data_dir, args.to)
            print(f"Wrote {done.items} item(s) (seq {done.first_seq}-{done.last_seq}) to {done.path}. They stay "
                  "here until the hub's receipt is imported (labclient import-receipt).")
            return 0
        if command == "import-lab":
            brought = lab_file.import_lab(store, data_dir, args.file)
            people = ", the lab's list of people" if brought.roster_applied else ""
            print(f"{args.file.name}: {len(brought.added)} new batch(es), {brought.already} already here{people}; "
                  f"{brought.answered.acknowledged} item(s) answered by the hub left the outbox.")
            for batch_id, why in brought.passed_over:
                print(f"  not taken: {batch_id}: {why}")
            return 0
        tally = usb.import_receipt(store, data_dir, args.receipt)
    print(f"Receipt recorded: {tally.acknowledged} item(s) answered ({tally.applied} applied, "
          f"{tally.duplicate} already there, {tally.superseded} superseded, {tally.rejected + tally.conflict} "
          "refused).")
    return 0


def _relay_outboxes(data_dir: Path, to_dir: Path) -> int:
    """``relay-outboxes``: the workstations' outbox files the relay keeps, onto the stick."""
    from labclient.relay import CACHE_DIR
    from labclient.relay.outbox_drop import copy_all

    try:
        copied = copy_all(data_dir / CACHE_DIR, to_dir)
    except OSError as exc:
        print(f"labclient: the files cannot be copied to {to_dir}: {exc.strerror or exc}. Nothing was lost: they "
              "stay on the relay.", file=sys.stderr)
        return 1
    print(f"Copied {len(copied)} outbox file(s) to {to_dir}. At the hub: labhub import-outbox FILE for each, then "
          "labhub export-lab; back here: labclient relay --lab-file FILE.")
    return 0


def _relay(data_dir: Path, listen: str, max_cache_gb: float, prefetch_minutes: float,
           budgets_mb: tuple[float, float, float, float], lab_file: Path | None = None,
           upstream: tuple[float, int] = (0, 5), *, announce: bool = True) -> int:
    """``relay``: serve until SIGINT or SIGTERM; the first line on stdout says where."""
    import signal
    import threading

    from labclient.relay import server as relay
    from labclient.relay.upstream import Upstream

    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"{listen!r} is not HOST:PORT")
    if not 0 < max_cache_gb <= 100_000:
        raise ValueError("--max-cache-gb must be more than 0")
    if not 0 <= prefetch_minutes <= 7 * 24 * 60:
        raise ValueError("--prefetch-minutes must be between 0 (off) and 10080")
    if not 0 <= upstream[0] <= 7 * 24 * 60:
        raise ValueError("--upstream-minutes must be between 0 (off) and 10080")
    if not 1 <= upstream[1] <= 100:
        raise ValueError("--batches-per-workstation must be between 1 and 100")
    if not all(0 <= mb <= 10**9 for mb in budgets_mb):
        raise ValueError("--prefetch-mb-day, --prefetch-mb-month, --lab-mb-day and --lab-mb-month must be 0 (no limit) "
                         "or more")
    day, month, lab_day, lab_month = (int(mb * 1_000_000) or None for mb in budgets_mb)
    with relay.relay_lock(data_dir):
        server = relay.make_server(data_dir, host.strip("[]"), int(port), max_cache_bytes=int(max_cache_gb * 1024**3),
                                   ahead_day_bytes=day, ahead_month_bytes=month, lab_day_bytes=lab_day,
                                   lab_month_bytes=lab_month)
        if lab_file is not None:
            from labclient.relay.lab_drop import take_lab_file

            try:
                taken = take_lab_file(server.cache.store.root, server.cache.store, lab_file)
            except BaseException:
                relay.close(server)
                raise
            took = (f"labclient relay: took {lab_file.name} for {taken.workstations} workstation(s) "
                    f"({taken.media_files} new media file(s), {taken.media_bytes / 1e6:.1f} MB); each takes its "
                    "part at its next sync.")

        def stop(_signum: int, _frame: object) -> None:
            threading.Thread(target=server.shutdown, daemon=True).start()

        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, stop)
        logs.log.info("relay for %s serving on %s", server.hub_url, server.url)
        print(f"labclient relay: serving on {server.url} for {server.hub_url}", flush=True)
        print("Give the workstations this address on their admin screen (Lab relay): "
              f"{' or '.join(server.lan_urls())}. Ctrl+C stops the relay.", flush=True)
        if lab_file is not None:
            print(took, flush=True)
        prefetcher = relay.Prefetcher(server.cache, prefetch_minutes * 60) if prefetch_minutes else None
        if prefetcher is not None:
            prefetcher.start()
        announcement = _announce(server) if announce else None
        if upstream[0]:
            server.upstream = Upstream(server.cache, upstream[0] * 60, per_workstation=upstream[1])
            server.upstream.start()
            print(f"Every {upstream[0]:g} minute(s), the relay sends the workstations' outbox files to the hub and "
                  "takes their new work and receipts.", flush=True)
        try:
            server.serve_forever()
        finally:
            if prefetcher is not None:
                prefetcher.stop()
            if server.upstream is not None:
                server.upstream.stop()
            if announcement is not None:
                announcement.close()
            relay.close(server)
    return 0


def _announce(server: RelayServer) -> Announcement | None:
    """Announce the relay on the LAN (labclient.relay.discovery), and say so; a LAN that cannot
    be used for it is said, and the relay serves anyway."""
    from labclient.relay.discovery import RelaySearchError, announce

    hosts = [url.removeprefix("http://").rsplit(":", 1)[0] for url in server.lan_urls()]
    addresses = [h for h in hosts if h.count(".") == 3]  # IPv4: what the workstations' search asks for
    local = [h for h in addresses if h.startswith("127.")]
    try:
        announced = announce(server.server_address[1], addresses, server.hub_url, server.lab,
                             interfaces=local or None)
    except RelaySearchError as exc:
        print(f"The relay could not announce itself on the LAN ({exc.message}); type its address on each "
              "workstation instead.", flush=True)
        return None
    print(f"Announced on the LAN as {announced.name.split('._')[0]!r}: on each workstation's admin screen, "
          "'Find on the network' fills in its address.", flush=True)
    return announced


def _demo(data_dir: Path | None, *, keep: bool, right_to_left: bool, language: str | None) -> int:
    from labclient.demo import prepare_demo
    from labclient.demo_hub import DemoHub, hub_available
    from labclient.demo_people import seed_people
    from labclient.ui.app import run_app
    from labclient.workspace import Workspace

    throwaway = data_dir is None
    folder = data_dir or Path(tempfile.mkdtemp(prefix="labclient-demo-"))
    try:
        if not hub_available():  # the desktop installer: no hub, import the demo bundles
            for report in prepare_demo(folder):
                print(f"demo: {report.title}: {report.tasks_added or 'already'} tasks", file=sys.stderr)
            return run_app(folder, qt_args=sys.argv[:1], right_to_left=right_to_left, language=language)
        with DemoHub(folder / "hub") as hub:
            print(f"demo: hub running at {hub.url}", file=sys.stderr)
            station = folder / "workstation"
            result = hub.enrol_and_sync(station)
            print(f"demo: sync {result.outcome}: {len(result.batches_received)} batches from the hub",
                  file=sys.stderr)
            if not result.complete:
                print(f"demo: {result.message}", file=sys.stderr)
                return 1
            with Workspace.open(station) as ws:
                seed_people(ws.store)
            return run_app(station, qt_args=sys.argv[:1], right_to_left=right_to_left, language=language)
    finally:
        if throwaway and not keep:
            shutil.rmtree(folder, ignore_errors=True)
        elif throwaway:
            print(f"demo data kept in {folder}", file=sys.stderr)


def _import(data_dir: Path, bundle: Path) -> int:
    from labclient.workspace import Workspace

    with Workspace.open(data_dir) as ws:
        report = ws.import_bundle(bundle)  # it logs what happened
    if report.already_present:
        print(f"Batch {report.batch_id} is already in the task cache; nothing changed.")
    else:
        print(f"Imported batch {report.batch_id} ({report.title}): {report.tasks_added} tasks, "
              f"{report.media_added} new media files.")
    return 0


def _existing(data_dir: Path) -> bool:
    """Whether ``data_dir`` holds LabClient's data; if not, say so (a command that only reads must
    not make an empty database in a mistyped folder)."""
    from labclient.store import DB_NAME

    if (data_dir / DB_NAME).is_file():
        return True
    print(f"labclient: there is no LabClient data in {data_dir} (no {DB_NAME}). Check --data-dir; without it, "
          f"LabClient uses {default_data_dir()}. Nothing was made.", file=sys.stderr)
    return False


def _status(data_dir: Path, *, as_json: bool) -> int:
    from labclient.workspace import Workspace

    if not _existing(data_dir):
        return 1
    with Workspace.open(data_dir) as ws:
        counts = ws.task_counts()
        outbox = ws.outbox_size()
        sync_info = _sync_info(ws.store)
        batches = [dataclasses.asdict(b) for b in ws.batches()]
        workers = [w.name for w in ws.workers()]
    if as_json:
        info = {"data_dir": str(data_dir), "tasks": counts, "outbox": outbox, "batches": batches, "workers": workers,
                "sync": sync_info}
        print(json.dumps(info, indent=2, ensure_ascii=False))
    else:
        t = counts
        print(f"Data folder: {data_dir}")
        print(f"Tasks: {t['new']} new, {t['done']} done, {t['skipped']} skipped, {t['flagged']} flagged")
        print(f"Waiting to go to the hub: {outbox}")
        print(f"Hub: {sync_info['hub'] or 'not enrolled'}; last successful sync: {sync_info['last_success'] or 'never'}"
              f"; refused by the hub: {sync_info['dead_letters']}")
        for b in batches:
            print(f"  {b['batch_id']}: {b['title']} ({b['remaining']} of {b['task_count']} left)")
    return 0


def _enroll(data_dir: Path, args: argparse.Namespace) -> int:
    from labclient.sync import client
    from labclient.sync.transport import check_hub_url

    check_hub_url(args.hub)  # a wrong address is refused before anyone types the code
    code = args.code
    if code is not None:
        print("labclient: warning: an enrolment code given with --code can be seen by other accounts on this "
              "computer; type it when asked, or give it on standard input.", file=sys.stderr)
    else:
        code = _read_code()
        if code is None:
            return 1
    lab = client.enroll(data_dir, args.hub, code, device_name=args.device_name,
                        credential_store=args.credential_store)
    print(f"Enrolled with {args.hub}" + (f" for lab {lab}." if lab else "."))
    return 0


def _read_code() -> str | None:
    """The one-time enrolment code: asked for on a terminal (not echoed), else the first line of
    standard input. None (after saying why on stderr) when there is none."""
    import getpass

    if sys.stdin is not None and sys.stdin.isatty():
        try:
            code = getpass.getpass("Enrolment code from the hub admin: ")
        except (EOFError, KeyboardInterrupt):
            print("labclient: cancelled; nothing changed.", file=sys.stderr)
            return None
    else:
        code = sys.stdin.readline() if sys.stdin is not None else ""
    code = code.strip()
    if not code:
        print("labclient: No enrolment code given: type it when asked, or give it as the first line of standard "
              "input (it is never an argument). Nothing changed.", file=sys.stderr)
        return None
    return code


def _sync(data_dir: Path, *, as_json: bool, deadline: float) -> int:
    from labclient.sync.client import SyncProgress, SyncRun

    def show(progress: SyncProgress) -> None:
        if not as_json:
            print(f"  {progress.message}", file=sys.stderr)

    report = SyncRun(data_dir, deadline_s=deadline, progress=show).run()
    if as_json:
        print(json.dumps({"outcome": report.outcome, "complete": report.complete, "message": report.message,
                          "remaining": report.remaining, "bytes_sent": report.bytes_sent,
                          "bytes_received": report.bytes_received, "batches_received": report.batches_received,
                          "batches_refused": [dataclasses.asdict(r) for r in report.batches_refused],
                          **dataclasses.asdict(report.tally)}, indent=2))
    elif report.complete:
        print(report.message)
    else:
        print(f"labclient: {report.message} ({report.remaining} item(s) still waiting to go out)", file=sys.stderr)
    return 0 if report.complete else 1


def _sync_info(store: Store) -> dict[str, object]:
    from labclient.sync.state import dead_letters, read_settings

    settings = read_settings(store)
    return {"hub": settings.hub_url, "device_id": settings.device_id, "lab": settings.lab,
            "last_success": settings.last_success, "watermark": settings.watermark,
            "dead_letters": len(dead_letters(store))}


def _check(data_dir: Path) -> int:
    from labclient.workspace import Workspace

    if not _existing(data_dir):
        return 1
    with Workspace.open(data_dir) as ws:
        rows = ws.store.integrity_check()
    if rows == ["ok"]:
        print("The local database is sound.")
        return 0
    more = f"\n  … and {len(rows) - 20} more" if len(rows) > 20 else ""
    print("The local database is damaged:\n  " + "\n  ".join(rows[:20]) + more, file=sys.stderr)
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
