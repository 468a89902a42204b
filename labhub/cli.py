"""The ``labhub`` command line.

Every command takes ``--data-dir DIR`` (default: the per-user data folder "LabHub"). Exit codes:
0 done, 1 refused or failed with a message on stderr, 2 wrong usage.

A PIN or password (``add-user``, ``set-pin``, ``set-role`` from worker to supervisor or admin) is
never an argument, so it does not land in the shell's history: on a terminal it is asked for
twice (not shown); otherwise it is the first line of standard input
(``printf '%s\n' "$PIN" | labhub set-pin ...``). The hub refuses trivial PINs (0000, 1234) and
supervisor or admin PINs shorter than 8 characters (docs/people.md).

``labhub serve`` binds its socket first, then prints exactly one line to stdout,
``labhub: serving on http://HOST:PORT`` (``https://`` with ``--tls-cert``), so that scripts and
tests can read the port (``--port 0`` picks a free one); logs go to stderr. SIGTERM or SIGINT
stops it cleanly (exit 0). It serves plain HTTP only on loopback unless ``--behind-proxy`` says
a TLS reverse proxy is in front (docs/deploy.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import signal
import socket
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from labclient.errors import LabClientError
from labhub import __version__
from labhub.clock import HubClock
from labhub.config import (
    DAY_S,
    DEFAULT_LEASE_DAYS,
    DEFAULT_MAX_ACTIVE_REQUESTS,
    DEFAULT_MAX_ITEMS,
    DEFAULT_MAX_REQUEST_BYTES,
    HubConfig,
)
from labhub.errors import HubError
from labhub.serving import DEFAULT_HEADER_TIMEOUT_S, DEFAULT_MAX_CONNECTIONS, DEFAULT_READ_TIMEOUT_S
from labhub.store import HubStore, newer_but_usable
from labhub.users import ROLES

DEFAULT_PORT = 8770
DEFAULT_LAB = "Demo Lab"


def _positive(kind: type[float] | type[int]) -> Any:
    def parse(text: str) -> float | int:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
        return value
    parse.__name__ = kind.__name__
    return parse


def _parser() -> argparse.ArgumentParser:
    """The ``labhub`` command line: the options every command takes, and each command's, in the
    order ``labhub --help`` lists them."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, metavar="DIR",
                        help="the hub's data folder (default: the per-user data folder 'LabHub')")
    common.add_argument("--database", default=argparse.SUPPRESS, metavar="URL",
                        help="a postgresql://user@host:port/name database to keep the hub's records in (default: "
                             "the LABHUB_DATABASE environment variable, else SQLite in the data folder)")
    # Tests only: the hub's clock is the real one plus the seconds written in this file (labhub.clock),
    # for the server and for the admin commands alike, so both keep one time.
    common.add_argument("--clock-offset-file", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="labhub", parents=[common],
                                     description="LabHub: the reference hub server of record for LabClient.")
    parser.add_argument("--version", action="version", version=f"labhub {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_serve(sub, common)
    _add_batch_commands(sub, common)
    person = _add_people_commands(sub, common)
    _add_device_and_database_commands(sub, common)
    _add_report_and_usb_commands(sub, common)
    _add_project_commands(sub, common, person)
    return parser


def _add_serve(sub: Any, common: argparse.ArgumentParser) -> None:
    """``labhub serve`` and its limits."""
    serve = sub.add_parser("serve", parents=[common], help="run the hub's HTTP server")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help=f"port to listen on; 0 picks a free one (default {DEFAULT_PORT})")
    serve.add_argument("--lease-days", type=_positive(float), default=DEFAULT_LEASE_DAYS, metavar="DAYS",
                       help="how long a batch stays leased to a device without a sync; fractions allowed "
                            f"(default {DEFAULT_LEASE_DAYS:g})")
    serve.add_argument("--max-request-bytes", type=_positive(int), default=DEFAULT_MAX_REQUEST_BYTES, metavar="N",
                       help=f"largest request body accepted (default {DEFAULT_MAX_REQUEST_BYTES})")
    serve.add_argument("--max-items", type=_positive(int), default=DEFAULT_MAX_ITEMS, metavar="N",
                       help=f"most items in one push (default {DEFAULT_MAX_ITEMS})")
    serve.add_argument("--tls-cert", type=Path, metavar="FILE",
                       help="serve HTTPS with this certificate chain (PEM); needed to listen beyond this computer "
                            "unless --behind-proxy")
    serve.add_argument("--tls-key", type=Path, metavar="FILE",
                       help="the certificate's private key (PEM, no password; default: in the --tls-cert file)")
    serve.add_argument("--behind-proxy", action="store_true",
                       help="plain HTTP beyond this computer is fine: a TLS reverse proxy is in front (warns loudly)")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1,::1", metavar="LIST",
                       help="with --behind-proxy: the proxy addresses whose X-Forwarded-For is believed "
                            "(default 127.0.0.1,::1)")
    serve.add_argument("--header-timeout", type=_positive(float), default=DEFAULT_HEADER_TIMEOUT_S, metavar="S",
                       help="a client must send a request's headers (and TLS handshake) within this many seconds "
                            f"(default {DEFAULT_HEADER_TIMEOUT_S:g})")
    serve.add_argument("--read-timeout", type=_positive(float), default=DEFAULT_READ_TIMEOUT_S, metavar="S",
                       help="a client sending a body is cut off after this many seconds without a byte "
                            f"(default {DEFAULT_READ_TIMEOUT_S:g})")
    serve.add_argument("--max-connections", type=_positive(int), default=DEFAULT_MAX_CONNECTIONS, metavar="N",
                       help="open connections at most; more are closed at once (default "
                            f"{DEFAULT_MAX_CONNECTIONS}, lowered to fit the open-files limit)")
    serve.add_argument("--max-active-requests", type=_positive(int), default=DEFAULT_MAX_ACTIVE_REQUESTS,
                       metavar="N", help="requests worked on at once; the others wait their turn (default "
                                         f"{DEFAULT_MAX_ACTIVE_REQUESTS})")
    serve.add_argument("--test-faults", action="store_true",
                       help="add POST /v1/_test/faults, for test suites only")
    serve.add_argument("--access-log", action="store_true", help="log every request to stderr")
    serve.add_argument("--log-format", choices=("plain", "json"), default="plain",
                       help="plain lines, or one JSON object per line for a log collector (default: plain)")


def _add_batch_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Enrolment codes, batches, the results received, the demo data."""
    code = sub.add_parser("enroll-code", parents=[common], help="make a one-time enrolment code for a lab")
    code.add_argument("--lab", required=True, metavar="NAME", help="the lab (created if new)")

    add = sub.add_parser("add-batch", parents=[common], help="add a batch bundle (zip) for a lab")
    add.add_argument("bundle", type=Path, metavar="BUNDLE.zip")
    add.add_argument("--lab", required=True, metavar="NAME", help="the lab the batch is for (created if new)")

    results = sub.add_parser("results", parents=[common], help="list the result items received")
    results.add_argument("--json", action="store_true", help="print JSON")

    demo = sub.add_parser("demo-data", parents=[common], help="add every demo batch for a lab")
    demo.add_argument("--lab", default=DEFAULT_LAB, metavar="NAME", help=f"the lab (default {DEFAULT_LAB!r})")


def _add_people_commands(sub: Any, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The people of the labs; returns the options that name one (``--lab``, ``--name``)."""
    person = argparse.ArgumentParser(add_help=False)
    person.add_argument("--lab", required=True, metavar="NAME", help="the lab (it must exist)")
    person.add_argument("--name", required=True, metavar="NAME", help="the person's name (any case)")
    add_user = sub.add_parser("add-user", parents=[common, person],
                              help="add a person to a lab; the PIN is asked for (or read from stdin)")
    add_user.add_argument("--role", required=True, choices=ROLES, help="what they may do at the workstations")
    sub.add_parser("set-pin", parents=[common, person],
                   help="give a person a new PIN or password (asked for, or read from stdin)")
    rename = sub.add_parser("rename-user", parents=[common, person],
                            help="give a person a new name (their recorded time stays theirs)")
    rename.add_argument("--new-name", required=True, metavar="NAME", help="the new name")
    set_role = sub.add_parser("set-role", parents=[common, person],
                              help="give a person another role (what they signed before keeps the role they had); "
                                   "a worker made supervisor or admin is given a new, longer PIN (read like set-pin's)")
    set_role.add_argument("--role", required=True, choices=ROLES, help="what they may do from now on")
    sub.add_parser("disable-user", parents=[common, person], help="switch a person's account off")
    sub.add_parser("enable-user", parents=[common, person], help="switch a person's account on again")
    users = sub.add_parser("users", parents=[common], help="list the people of the labs (never their PINs)")
    users.add_argument("--lab", metavar="NAME", help="only this lab")
    users.add_argument("--json", action="store_true", help="print JSON")
    return person


def _add_device_and_database_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Enrolled devices and relays; the database's migration, check and move."""
    devices = sub.add_parser("devices", parents=[common],
                             help="list the enrolled devices: id, name, lab, enrolled, last seen, revoked")
    devices.add_argument("--lab", metavar="NAME", help="only this lab")
    devices.add_argument("--json", action="store_true", help="print JSON")
    relay = sub.add_parser("make-relay", parents=[common],
                           help="make an enrolled device the lab's relay (labclient relay): it may fetch every media "
                                "file of the lab's batches for its workstations, and takes no work")
    relay.add_argument("--lab", required=True, metavar="NAME", help="the lab the device belongs to")
    relay.add_argument("device_id", metavar="DEVICE_ID", help="the device's id, as 'labhub devices' shows it")
    revoke = sub.add_parser("revoke-device", parents=[common],
                            help="refuse a device's token from now on (a stolen or retired workstation)")
    revoke.add_argument("--lab", required=True, metavar="NAME", help="the lab the device belongs to")
    revoke.add_argument("device_id", metavar="DEVICE_ID", help="the device's id, as 'labhub devices' shows it")
    migrate = sub.add_parser("migrate", parents=[common],
                             help="bring the database's schema up to this LabHub's (PostgreSQL: before serving)")
    migrate.add_argument("--dry-run", action="store_true", help="say what would be done, change nothing")
    check = sub.add_parser("check", parents=[common], help="check the database and the media folder; change nothing")
    check.add_argument("--hashes", action="store_true", help="also read every media file and check its SHA-256")
    move = sub.add_parser("migrate-to", parents=[common],
                          help="copy this SQLite hub into an empty PostgreSQL database, and check the copy")
    move.add_argument("target", metavar="URL", help="postgresql://user@host:port/name of an empty database")


def _add_report_and_usb_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Timesheets and quality reports; the outbox and lab files carried by USB."""
    sheets = sub.add_parser("timesheets", parents=[common],
                            help="hours per worker and day from the timesheet events received, with flags and "
                                 "approvals")
    sheets.add_argument("--lab", metavar="NAME", help="only this lab (default: every lab with events)")
    sheets.add_argument("--from", dest="first_day", type=_day, metavar="YYYY-MM-DD",
                        help="the first day (default: six days before --to)")
    sheets.add_argument("--to", dest="last_day", type=_day, metavar="YYYY-MM-DD",
                        help="the last day (default: today)")
    sheets.add_argument("--tz", metavar="ZONE",
                        help="the lab's time zone, e.g. Africa/Kampala (default: this computer's)")
    sheets.add_argument("--json", action="store_true", help="print JSON")

    gold = sub.add_parser("quality", parents=[common],
                          help="gold results per worker, lab and project: count, mean score, pass rate (95%% interval)")
    gold.add_argument("--lab", metavar="NAME", help="only this lab (default: every lab with gold results)")
    gold.add_argument("--json", action="store_true", help="print JSON")

    outbox = sub.add_parser("import-outbox", parents=[common],
                            help="apply a workstation's outbox file (labclient export-outbox, carried by USB) as "
                                 "its pushes would be, and write the receipt it takes back")
    outbox.add_argument("file", type=Path, metavar="OUTBOX.lco")
    outbox.add_argument("--receipt-to", type=Path, metavar="DIR",
                        help="where to write the receipt (default: beside the file)")
    outbox.add_argument("--lease-days", type=_positive(float), default=DEFAULT_LEASE_DAYS, metavar="DAYS",
                        help=f"how long the workstation's leases are renewed for (default: {DEFAULT_LEASE_DAYS:g})")

    lab_file = sub.add_parser("export-lab", parents=[common],
                              help="write what the lab's workstations would pull (new batches and their media, "
                                   "leases, the roster, the receipts of their outbox files) into one file to carry "
                                   "by USB (labclient import-lab)")
    lab_file.add_argument("--lab", required=True, metavar="NAME")
    lab_file.add_argument("--to", required=True, type=Path, metavar="DIR", help="where to write it (the USB stick)")
    lab_file.add_argument("--max-mb", type=_positive(float), default=2000, metavar="MB",
                          help="media in the file at most, in MB (default 2000; at most 4000, as a FAT32 stick "
                               "takes no larger file)")
    lab_file.add_argument("--batches-per-workstation", type=_positive(int), default=5, metavar="N",
                          help="new batches leased to each workstation at most (default 5)")
    lab_file.add_argument("--lease-days", type=_positive(float), default=DEFAULT_LEASE_DAYS, metavar="DAYS",
                          help=f"how long the leases last (default: {DEFAULT_LEASE_DAYS:g})")


def _add_project_commands(sub: Any, common: argparse.ArgumentParser, person: argparse.ArgumentParser) -> None:
    """Pausing a worker on a project, and the project's deliverable."""
    pause = sub.add_parser("pause-worker", parents=[common, person],
                           help="stop a worker getting a project's tasks (she is told the reason) until resumed")
    pause.add_argument("--project", required=True, metavar="ID", help="the project id the batches carry")
    pause.add_argument("--reason", required=True, help="why, in a sentence the worker reads")
    resume = sub.add_parser("resume-worker", parents=[common, person], help="let a paused worker have the "
                                                                          "project's tasks again")
    resume.add_argument("--project", required=True, metavar="ID", help="the project id the batches carry")

    deliver = sub.add_parser("deliver", parents=[common],
                             help="write a project's deliverable for the customer: checked answers with their "
                                  "confidence and provenance (JSONL and CSV), what is not delivered and why, a summary")
    deliver.add_argument("--project", required=True, metavar="ID", help="the project id the batches carry")
    deliver.add_argument("--out", required=True, type=Path, metavar="DIR", help="an empty folder to write into")
    deliver.add_argument("--min-gold", type=int, default=3, metavar="N",
                         help="gold results a worker needs in the project before her unreviewed answers are "
                              "delivered (default 3)")
    deliver.add_argument("--force", action="store_true", help="replace a deliverable already in --out")
    deliver.add_argument("--json", action="store_true", help="print the summary as JSON")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day YYYY-MM-DD: {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    given: Path | None = getattr(args, "data_dir", None)
    if given is None:
        from labhub.config import default_data_dir

        given = default_data_dir()
    data_dir: Path = given
    clock = HubClock(getattr(args, "clock_offset_file", None))
    database: str | None = getattr(args, "database", None)
    try:
        if args.command == "serve":
            return _serve(args, data_dir, clock, database)
        if args.command in ("migrate", "check", "migrate-to"):
            return _maintain(args, data_dir, database)
        with _open(data_dir, database) as store:
            if args.command == "enroll-code":
                return _enroll_code(store, clock, args.lab)
            if args.command == "add-batch":
                return _add_batch(store, clock, args.bundle, args.lab)
            if args.command == "results":
                return _results(store, as_json=args.json)
            if args.command == "demo-data":
                return _demo_data(store, clock, args.lab)
            if args.command == "add-user":
                return _add_user(store, clock, args.lab, args.name, args.role)
            if args.command == "set-pin":
                return _set_pin(store, clock, args.lab, args.name)
            if args.command == "rename-user":
                return _rename_user(store, clock, args.lab, args.name, args.new_name)
            if args.command == "set-role":
                return _set_role(store, clock, args.lab, args.name, args.role)
            if args.command in ("disable-user", "enable-user"):
                return _set_disabled(store, clock, args.lab, args.name, args.command == "disable-user")
            if args.command == "users":
                return _users(store, args.lab, as_json=args.json)
            if args.command == "timesheets":
                return _timesheets(store, clock, args)
            if args.command == "quality":
                return _quality(store, args.lab, as_json=args.json)
            if args.command == "deliver":
                return _deliver(store, clock, args)
            if args.command == "import-outbox":
                return _import_outbox(store, clock, args)
            if args.command == "export-lab":
                return _export_lab(store, clock, args)
            if args.command in ("pause-worker", "resume-worker"):
                return _pause(store, clock, args)
            if args.command == "devices":
                return _devices(store, args.lab, as_json=args.json)
            if args.command == "make-relay":
                return _make_relay(store, clock, args.lab, args.device_id)
            if args.command == "revoke-device":
                return _revoke_device(store, clock, args.lab, args.device_id)
    except HubError as exc:
        print(f"labhub: {exc.message}", file=sys.stderr)
        return 1
    except LabClientError as exc:  # the shared media and bundle code (e.g. a full disk)
        print(f"labhub: {exc.message}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as exc:
        print(f"labhub: the data folder {data_dir} cannot be used: {exc}", file=sys.stderr)
        return 1
    raise AssertionError(args.command)  # pragma: no cover - argparse only gives the commands above


class _open:  # noqa: N801 - reads as a function in a with statement
    """``with _open(dir, database) as store``: open the hub store and close it afterwards."""

    def __init__(self, data_dir: Path, database: str | None = None) -> None:
        self.data_dir = data_dir
        self.database = database
        self.store: HubStore | None = None

    def __enter__(self) -> HubStore:
        self.store = HubStore.open(self.data_dir, self.database)
        return self.store

    def __exit__(self, *exc: object) -> None:
        if self.store is not None:
            self.store.close()


def _lab(name: str) -> str:
    from labhub.errors import Refused
    from labhub.labs import check_lab_name

    try:
        return check_lab_name(name)
    except ValueError as exc:
        raise Refused(f"The lab name is not usable: {exc}.") from None


def _enroll_code(store: HubStore, clock: HubClock, lab: str) -> int:
    """The code alone on stdout (for scripts); until when it works on stderr."""
    from labhub.auth import CODE_VALID_DAYS, code_expiry, make_enrol_code

    code = make_enrol_code(store, clock, _lab(lab))
    print(code, flush=True)
    made = store.query_one("SELECT created_at FROM enrol_codes WHERE code = ?", (code,))
    assert made is not None
    until = code_expiry(made["created_at"])
    print(f"labhub: the code admits one workstation to lab {_lab(lab)!r}, once; it is valid for {CODE_VALID_DAYS} "
          f"days, until {until:%Y-%m-%d %H:%M} UTC.", file=sys.stderr)
    return 0


def _add_batch(store: HubStore, clock: HubClock, bundle: Path, lab: str) -> int:
    from labhub.batches import add_batch

    report = add_batch(store, clock, bundle, _lab(lab))
    if report.already_present:
        print(f"Batch {report.batch_id} is already on the hub for {report.lab!r}; nothing changed.")
    else:
        print(f"Added batch {report.batch_id} ({report.title}) for {report.lab!r}: {report.tasks} tasks, "
              f"{report.media_added} new media files.")
    return 0


def _demo_data(store: HubStore, clock: HubClock, lab: str) -> int:
    from labclient.demo import demo_bundles

    bundles = demo_bundles()
    if not bundles:
        print("labhub: this installation has no demo bundles (resources/demo)", file=sys.stderr)
        return 1
    for bundle in bundles:
        _add_batch(store, clock, bundle, lab)
    return 0


def _results(store: HubStore, *, as_json: bool) -> int:
    """Every result item received, oldest first, once each: ``id`` (the item's UUID), ``device_id``,
    ``device_name``, ``seq``, ``batch_id``, ``task_id``, ``worker`` (the hub's current name of the
    user the worker stands for, else the name sent), ``worker_id`` (as the workstation sent it),
    ``user_id`` (that hub user, or null; :mod:`labhub.identity`), ``action``, ``status`` (applied or
    superseded) and ``received_at``. Rejected items were never stored, so never listed."""
    from labhub.identity import Identities

    with store.snapshot() as c:
        cursor = c.execute(
            "SELECT i.item_id AS id, i.device_id, d.name AS device_name, i.seq, i.batch_id, i.task_id,"
            " json_extract(i.body, '$.worker.name') AS worker, json_extract(i.body, '$.worker.id') AS worker_id,"
            " json_extract(i.body, '$.action') AS action, i.status, i.received_at, d.lab_id,"
            " coalesce(d.chain_id, d.id) AS station FROM items i JOIN devices d ON d.id = i.device_id"
            " WHERE i.type = 'result' ORDER BY i.received_at, i.rowid")
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        labs = {lab: Identities.load(c, lab) for lab in {r["lab_id"] for r in rows}}
    for r in rows:
        who = labs[r.pop("lab_id")].who(r.pop("station"), str(r["worker_id"]), r["worker"])
        r["worker"], r["user_id"] = who.name, who.user_id
    if as_json:
        print(json.dumps(rows, indent=1, ensure_ascii=False))
        return 0
    if not rows:
        print("No results received yet.")
        return 0
    table = [("ITEM", "DEVICE", "SEQ", "BATCH", "TASK", "WORKER", "ACTION", "STATUS", "RECEIVED")]
    table += [(r["id"], r["device_name"], str(r["seq"]), r["batch_id"], r["task_id"], str(r["worker"]),
               str(r["action"]), r["status"], r["received_at"]) for r in rows]
    _print_table(table)
    return 0


def _read_secret(who: str) -> str:
    """The new PIN or password: asked for twice on a terminal, else the first line of stdin."""
    from labhub.errors import Refused

    if sys.stdin is None:
        raise Refused("The PIN is read from standard input, and there is none.")
    if sys.stdin.isatty():
        try:
            first = getpass.getpass(f"New PIN or password for {who}: ")
            again = getpass.getpass("The same again: ")
        except (EOFError, KeyboardInterrupt):
            raise Refused("Cancelled; nothing changed.") from None
        if again != first:
            raise Refused("The two entries differ; nothing changed.")
        return first
    line = sys.stdin.readline()
    if not line:
        raise Refused("No PIN on standard input: give it as the first line (it is never an argument).")
    return line.rstrip("\r\n")


def _add_user(store: HubStore, clock: HubClock, lab: str, name: str, role: str) -> int:
    from labhub.users import add_user, check_new_user

    lab = _lab(lab)
    name = check_new_user(store, lab, name)  # before asking for the PIN
    user = add_user(store, clock, lab, name, role, _read_secret(name))
    print(f"Added {user.role} {user.name!r} to lab {user.lab!r}; the lab's workstations get them at their next sync.")
    return 0


def _set_pin(store: HubStore, clock: HubClock, lab: str, name: str) -> int:
    from labhub.users import find_user, set_pin

    user = find_user(store, _lab(lab), name)  # before asking for the PIN
    user = set_pin(store, clock, user.lab, user.name, _read_secret(user.name))
    print(f"Set a new PIN for {user.name!r} of lab {user.lab!r}; the lab's workstations take it at their next sync.")
    return 0


def _rename_user(store: HubStore, clock: HubClock, lab: str, name: str, new_name: str) -> int:
    from labhub.users import find_user, rename_user

    old = find_user(store, _lab(lab), name)
    user = rename_user(store, clock, old.lab, old.name, new_name)
    if user.name == old.name:
        print(f"{user.name!r} of lab {user.lab!r} has that name already; nothing changed.")
    else:
        print(f"Renamed {old.name!r} of lab {user.lab!r} to {user.name!r}; the lab's workstations take it at their "
              "next sync.")
    return 0


def _set_role(store: HubStore, clock: HubClock, lab: str, name: str, role: str) -> int:
    from labhub.users import find_user, needs_new_secret, set_role

    user = find_user(store, _lab(lab), name)
    secret = _read_secret(user.name) if needs_new_secret(user.role, role) else None  # a worker made supervisor
    user, changed = set_role(store, clock, user.lab, user.name, role, secret)
    if not changed:
        print(f"{user.name!r} of lab {user.lab!r} is a {user.role} already; nothing changed.")
    else:
        print(f"{user.name!r} of lab {user.lab!r} is a {user.role} from now on; the lab's workstations take it at "
              "their next sync.")
    return 0


def _set_disabled(store: HubStore, clock: HubClock, lab: str, name: str, disabled: bool) -> int:
    from labhub.users import set_disabled

    user, changed = set_disabled(store, clock, _lab(lab), name, disabled)
    state = "off" if disabled else "on"
    if not changed:
        print(f"{user.name!r} of lab {user.lab!r} was switched {state} already; nothing changed.")
    elif disabled:
        print(f"Switched {user.name!r} of lab {user.lab!r} off: they cannot log in at the lab's workstations once "
              "those have synced.")
    else:
        print(f"Switched {user.name!r} of lab {user.lab!r} on again; the lab's workstations take it at their next "
              "sync.")
    return 0


def _users(store: HubStore, lab: str | None, *, as_json: bool) -> int:
    """Every user: ``id``, ``lab``, ``name``, ``role``, ``disabled``, ``created_at``, ``changed_at``
    (never the PIN's hash)."""
    from labhub.users import list_users

    found = list_users(store, _lab(lab) if lab is not None else None)
    if as_json:
        print(json.dumps([u.as_json() for u in found], indent=1, ensure_ascii=False))
        return 0
    if not found:
        print("No users yet; add one with 'labhub add-user --lab NAME --name NAME --role worker'.")
        return 0
    table = [("LAB", "NAME", "ROLE", "ACCOUNT", "CHANGED", "ID")]
    table += [(u.lab, u.name, u.role, "off" if u.disabled else "on", u.changed_at, u.id) for u in found]
    _print_table(table)
    return 0


def _devices(store: HubStore, lab: str | None, *, as_json: bool) -> int:
    """Every device: ``id``, ``name``, ``lab``, ``enrolled_at``, ``last_seen_at`` (its last push or
    pull; null if never) and ``revoked_at`` (null unless revoked); never its token."""
    from labhub.auth import list_devices

    found = list_devices(store, _lab(lab) if lab is not None else None)
    if as_json:
        print(json.dumps([d.as_json() for d in found], indent=1, ensure_ascii=False))
        return 0
    if not found:
        print("No devices enrolled yet; make a code with 'labhub enroll-code --lab NAME'.")
        return 0
    table = [("LAB", "NAME", "ENROLLED", "LAST SEEN", "STATE", "ID")]
    table += [(d.lab, d.name, d.enrolled_at, d.last_seen_at or "never",
               f"revoked {d.revoked_at}" if d.revoked_at else "relay" if d.role == "relay" else "active", d.id)
              for d in found]
    _print_table(table)
    return 0


def _meanwhile(version: int) -> str:
    """For ``labhub migrate --dry-run`` on a database at ``version`` (older than this LabHub):
    may the processes serving it keep on while it is migrated, and be replaced one at a time?"""
    from labhub.schema import SCHEMA_INFO_FROM, SCHEMA_VERSION, compatible_from

    if version == 0:
        return ""
    floor = max(compatible_from(SCHEMA_VERSION), SCHEMA_INFO_FROM)  # older LabHubs do not read the record
    if version >= floor:
        return (f" Its changes since only add: hub processes of a LabHub of schema {floor} or newer may keep "
                "serving meanwhile, and be replaced one at a time (docs/deploy.md).")
    return (f" Stop the hub processes first: a LabHub older than schema {floor} cannot use the database once "
            "it is migrated.")


def _maintain(args: argparse.Namespace, data_dir: Path, database: str | None) -> int:
    """``migrate``, ``check`` and ``migrate-to``: they open the database without upgrading it."""
    from labhub.schema import SCHEMA_VERSION

    store = HubStore.open(data_dir, database, migrate=False)
    try:
        if args.command == "migrate":
            version = store.schema_version()
            if version > SCHEMA_VERSION:  # opening it checked that its newer changes only add
                print(f"labhub: the database {store.where} is {newer_but_usable(version)}. Nothing to do.")
                return 0
            if version == SCHEMA_VERSION:
                print(f"labhub: the database {store.where} is at schema {version}, this LabHub's; nothing to do.")
                return 0
            if args.dry_run:
                print(f"labhub: the database {store.where} is at schema {version}; 'labhub migrate' would take it "
                      f"to {SCHEMA_VERSION} in one transaction.{_meanwhile(version)} Nothing was changed.")
                return 0
            reached = (store.migrate() or [version])[-1]
            print(f"labhub: the database {store.where} went from schema {version} to {reached}.")
            return 0
        if args.command == "check":
            from labhub.checks import check

            report = check(store, hashes=args.hashes)
            counted = ", ".join(f"{n} {table}" for table, n in report.counted.items())
            for note in report.notes:
                print(f"labhub: {note}")
            for problem in report.problems:
                print(f"labhub: {problem}", file=sys.stderr)
            if report.ok:
                print(f"labhub: the hub's records are whole ({counted}).")
                return 0
            print(f"labhub: {len(report.problems)} problem(s) found; nothing was changed.", file=sys.stderr)
            return 1
        from labhub.moving import copy_to_postgres
        from labhub.pg import is_postgres_url, redact

        if not is_postgres_url(args.target):
            from labhub.errors import Refused

            raise Refused("migrate-to needs a postgresql://user@host:port/name URL of an empty database.")
        if store.engine == "sqlite" and store.schema_version() != SCHEMA_VERSION:
            store.migrate()
        import psycopg

        try:
            tables = copy_to_postgres(store, args.target, progress=lambda t: print(
                f"labhub: {t.table}: {t.rows} rows copied and read back", file=sys.stderr))
        except psycopg.Error as exc:
            said = str(exc).strip().splitlines()
            print(f"labhub: the copy to {redact(args.target)} failed, and nothing of it was kept: "
                  f"{said[0] if said else type(exc).__name__}", file=sys.stderr)
            return 1
        print(f"labhub: {sum(t.rows for t in tables)} rows in {len(tables)} tables copied to {redact(args.target)} "
              f"and checked. Serve it with: labhub --data-dir {data_dir} --database URL serve")
        return 0
    finally:
        store.close()


def _make_relay(store: HubStore, clock: HubClock, lab: str, device_id: str) -> int:
    from labhub.auth import make_relay

    device = make_relay(store, clock, _lab(lab), device_id)
    print(f"Device {device.name!r} ({device.id}) is now the relay of lab {device.lab!r}: it may fetch every media file "
          "of the lab's batches, and takes no work. Give the workstations its address (http://HOST:8765) on their "
          "admin screen.")
    return 0


def _revoke_device(store: HubStore, clock: HubClock, lab: str, device_id: str) -> int:
    from labhub.auth import revoke_device

    done = revoke_device(store, clock, _lab(lab), device_id.strip())
    who = f"device {done.device.id} ({done.device.name!r}) of lab {done.device.lab!r}"
    if done.already:
        print(f"The {who} was revoked already, at {done.device.revoked_at}; nothing changed.")
        return 0
    freed = f"; {done.batches_freed} batch{'es' if done.batches_freed != 1 else ''} it held " \
            "go to the lab's other workstations at their next sync" if done.batches_freed else ""
    print(f"Revoked the {who}: the hub refuses its token from now on{freed}. To use that workstation again, "
          "enrol it with a new code.")
    return 0


def _timesheets(store: HubStore, clock: HubClock, args: argparse.Namespace) -> int:
    from labhub.errors import Refused
    from labhub.timesheets import as_json, as_text, timesheets

    tz, tz_name = _zone(args.tz)
    last: dt.date = args.last_day or clock.now().astimezone(tz).date()
    first: dt.date = args.first_day or last - dt.timedelta(days=6)
    if first > last:
        raise Refused(f"--from ({first}) is after --to ({last}).")
    if (last - first).days > 366:
        raise Refused("A range is at most 367 days; ask for a shorter one.")
    sheets = timesheets(store, first, last, tz, tz_name, _lab(args.lab) if args.lab is not None else None)
    print(json.dumps(as_json(sheets), indent=1, ensure_ascii=False) if args.json else as_text(sheets, tz))
    return 0


def _pause(store: HubStore, clock: HubClock, args: argparse.Namespace) -> int:
    from labhub.users import set_paused

    pausing = args.command == "pause-worker"
    changed = set_paused(store, clock, _lab(args.lab), args.name, args.project, args.reason if pausing else None)
    state = "paused on" if pausing else "no longer paused on"
    print(f"{args.name} is {state} {args.project}" + ("" if changed else " (already so; nothing changed)")
          + ("; the lab's workstations learn it at their next sync." if changed else "."))
    return 0


def _deliver(store: HubStore, clock: HubClock, args: argparse.Namespace) -> int:
    from labhub import delivery

    summary = delivery.deliver(store, clock, args.project, args.out, min_gold=args.min_gold, force=args.force)
    print(json.dumps(summary.as_json(), indent=1, ensure_ascii=False) if args.json
          else delivery.as_text(summary, args.out))
    return 0


def _export_lab(store: HubStore, clock: HubClock, args: argparse.Namespace) -> int:
    from labhub.lab_file import MAX_FILE_MB, export_lab

    if args.max_mb > MAX_FILE_MB:
        print(f"labhub: --max-mb is at most {MAX_FILE_MB}: a FAT32 stick takes no file of 4 GB or more.",
              file=sys.stderr)
        return 2
    done = export_lab(store, clock, args.lab, args.to, max_bytes=int(args.max_mb * 2**20),
                      batches_per_device=args.batches_per_workstation, lease_seconds=args.lease_days * DAY_S)
    carried = ", ".join(f"{name}: {count}" for name, count in done.batches.items())
    print(f"Wrote {done.path} for lab {done.lab}: {sum(done.batches.values())} batch(es) ({carried}), "
          f"{done.media_bytes / 2**20:.1f} MB of media. On each workstation: labclient import-lab FILE.")
    if done.left_for_later:
        print(f"{done.left_for_later} batch(es) already leased did not fit in --max-mb: they come in the next file "
              "or sync.")
    return 0


def _import_outbox(store: HubStore, clock: HubClock, args: argparse.Namespace) -> int:
    from labhub.usb import import_outbox

    done = import_outbox(store, clock, args.file, args.receipt_to or args.file.parent, args.lease_days * DAY_S)
    counts = ", ".join(f"{n} {status}" for status, n in sorted(done.counts.items())) or "no items"
    print(f"{args.file.name} from {done.device} (lab {done.lab}): {counts}. Receipt: {done.receipt} (take it back: "
          "labclient import-receipt).")
    return 0


def _quality(store: HubStore, lab: str | None, *, as_json: bool) -> int:
    from labhub import quality

    report = quality.quality(store, _lab(lab) if lab is not None else None)
    print(json.dumps(quality.as_json(report), indent=1, ensure_ascii=False) if as_json else quality.as_text(report))
    return 0


def _zone(name: str | None) -> tuple[dt.tzinfo, str]:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from labhub.errors import Refused

    if name is None:
        local = dt.datetime.now().astimezone().tzinfo or dt.UTC
        return local, str(local)
    if name.upper() in ("UTC", "Z"):
        return dt.UTC, "UTC"
    try:
        return ZoneInfo(name), name
    except (ZoneInfoNotFoundError, ValueError):
        raise Refused(f"Unknown time zone {name!r}; give one like 'Africa/Kampala' or 'UTC'.") from None


def _print_table(table: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: a free one)."""
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except BaseException:
        sock.close()
        raise
    return sock


def _serve(args: argparse.Namespace, data_dir: Path, clock: HubClock, database: str | None) -> int:
    """Check where and how to listen, then run the server until SIGTERM or SIGINT.

    Refuses, before binding, plain HTTP beyond loopback without ``--behind-proxy`` and TLS files
    that do not load (:mod:`labhub.serving`).
    """
    from labhub.errors import Refused
    from labhub.serving import ConnectionLimits, check_listen, check_tls, max_connections_for, proxy_warning

    if args.tls_key is not None and args.tls_cert is None:
        raise Refused("--tls-key needs --tls-cert: give the certificate chain too.")
    tls = args.tls_cert is not None
    check_listen(args.host, args.port, tls=tls, behind_proxy=args.behind_proxy)
    if tls:
        check_tls(args.tls_cert, args.tls_key)
    max_connections, note = max_connections_for(args.max_connections)

    import uvicorn

    from labhub.app import create_app
    from labhub.logs import log_config, log_line
    from labhub.serving import protocol_class

    config = HubConfig(data_dir=data_dir, lease_seconds=args.lease_days * DAY_S,
                       max_request_bytes=args.max_request_bytes, max_items=args.max_items,
                       test_faults=args.test_faults, clock_offset_file=clock.offset_file,
                       max_active_requests=args.max_active_requests)
    limits = ConnectionLimits(header_timeout=args.header_timeout, read_timeout=args.read_timeout,
                              max_connections=max_connections)
    with _open(data_dir, database) as store:
        app = create_app(config, store)
        sock = _bind(args.host, args.port)
        try:
            server = uvicorn.Server(uvicorn.Config(
                app, log_config=log_config(args.access_log, args.log_format), access_log=args.access_log,
                timeout_graceful_shutdown=10,
                http=protocol_class(limits), timeout_keep_alive=5, h11_max_incomplete_event_size=16 * 1024,
                # past 90% of the connections, requests are answered 503 (busy, try later) right away
                limit_concurrency=max(1, max_connections * 9 // 10),
                proxy_headers=args.behind_proxy, forwarded_allow_ips=args.forwarded_allow_ips,
                ssl_certfile=args.tls_cert, ssl_keyfile=args.tls_key,
                ssl_ciphers=None,  # Python's defaults (older uvicorn set "TLSv1", leaving out TLS 1.2's AEAD ciphers)
            ))

            def stop(*_: object) -> None:
                server.should_exit = True

            # uvicorn handles SIGINT/SIGTERM while it runs, and re-raises the signal once it has shut
            # down; this handler covers the moments before and after, so a stopped hub exits 0.
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, stop)
            host, port = sock.getsockname()[:2]
            shown = f"[{host}]" if ":" in host else host
            if args.test_faults:
                print(log_line("labhub: --test-faults is on: POST /v1/_test/faults can make requests fail",
                               args.log_format), file=sys.stderr)
            if args.behind_proxy:
                print(log_line(proxy_warning(shown), args.log_format), file=sys.stderr)
            if note is not None:
                print(log_line(note, args.log_format), file=sys.stderr)
            print(f"labhub: serving on {'https' if tls else 'http'}://{shown}:{port}", flush=True)
            server.run(sockets=[sock])
        finally:
            sock.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
