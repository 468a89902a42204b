"""The workstation's own record of what happened: a rotating log and crash reports in the data
folder, for the partner admin and whoever supports the lab (the Windows build has no console).

- ``<data folder>/logs/labclient.log``, rotated at 1 MB, five old files kept (6 MB at most):
  sync runs, imports, the store being opened or refused, logins refused, and every uncaught
  error with its traceback.
- ``<data folder>/logs/native-crash.txt``: what :mod:`faulthandler` writes when the process dies
  in native code (Qt, SQLite, a driver). At the next start its text is moved into the log, so
  the record survives; the file is then emptied.

**Never a secret.** Callers log ids and counts, never a PIN, a PIN hash, a device token or an
enrolment code; :class:`Redactor` scrubs anything shaped like them from every record anyway
(a bearer token, 43-character token text, scrypt hashes, enrolment codes), so a mistake in a
message does not put one on disk.

Qt-free: the app adds a dialog on top of :func:`install_excepthooks` (``labclient.ui.crash``).
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

LOG_DIR = "logs"
LOG_FILE = "labclient.log"
NATIVE_CRASH_FILE = "native-crash.txt"
MAX_BYTES = 1_000_000
BACKUPS = 5
#: The most text of a native crash report carried into the log.
MAX_NATIVE_REPORT = 20_000

log = logging.getLogger("labclient")

_SECRET_SHAPES = [
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+"), r"\1 [redacted]"),
    (re.compile(r"(?i)\b(authorization|token|secret|pin|password|code)\b(\s*[=:]\s*)\S+"), r"\1\2[redacted]"),
    (re.compile(r"\bscrypt[$+][^\s'\"]+"), "[redacted hash]"),
    (re.compile(r"\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\b"), "[redacted code]"),
    (re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])"), "[redacted token]"),
]

_native_file: IO[str] | None = None


def redact(text: str) -> str:
    """``text`` with anything shaped like a credential, a PIN hash or an enrolment code replaced."""
    for pattern, replacement in _SECRET_SHAPES:
        text = pattern.sub(replacement, text)
    return text


class Redactor(logging.Filter):
    """Scrubs every record's final text (message, arguments and traceback) with :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + "".join(traceback.format_exception(*record.exc_info))
            record.exc_info = None
        if record.stack_info:
            text += "\n" + record.stack_info
            record.stack_info = None
        record.msg, record.args = redact(text), None
        return True


def log_folder(data_dir: Path) -> Path:
    """Where the data folder's logs are."""
    return Path(data_dir) / LOG_DIR


def start_logging(data_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Send the ``labclient`` logger to the data folder's rotating log and arm :mod:`faulthandler`
    (carrying a report left by the previous run into the log first). Safe to call again for
    another folder (the handlers move). Returns the log file, or None when the folder cannot
    be written (a read-only or full disk): the program then runs without a log, and says so on
    stderr, rather than not at all."""
    global _native_file
    folder = log_folder(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=False)
    except OSError as exc:
        print(f"labclient: no log is kept: {folder} cannot be written ({exc.strerror})", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redactor())
    for old in [h for h in log.handlers if getattr(h, "_labclient", False)]:
        log.removeHandler(old)
        old.close()
    handler._labclient = True  # type: ignore[attr-defined]  # marks the handler this module owns
    log.addHandler(handler)
    log.setLevel(level)
    _carry_native_report(folder / NATIVE_CRASH_FILE)
    try:
        if _native_file is not None:
            faulthandler.disable()
            _native_file.close()
        _native_file = open(folder / NATIVE_CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115 - kept open
        faulthandler.enable(_native_file, all_threads=True)
    except OSError as exc:
        log.warning("native crash reports cannot be kept: %s", exc.strerror)
    return folder / LOG_FILE


def stop_logging() -> None:
    """Close the log and disarm :mod:`faulthandler` (tests; the app just exits)."""
    global _native_file
    for old in [h for h in log.handlers if getattr(h, "_labclient", False)]:
        log.removeHandler(old)
        old.close()
    if _native_file is not None:
        faulthandler.disable()
        _native_file.close()
        _native_file = None


def _carry_native_report(path: Path) -> None:
    """Move what the previous run's faulthandler wrote into the log, then empty the file."""
    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            text = fh.read(MAX_NATIVE_REPORT + 1)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("the previous run's crash report cannot be read: %s", exc.strerror)
        return
    if text.strip():
        cut = "\n[... cut]" if len(text) > MAX_NATIVE_REPORT else ""
        log.critical("the previous run stopped in native code:\n%s%s", text[:MAX_NATIVE_REPORT], cut)
        try:
            path.write_text("", encoding="utf-8")
        except OSError as exc:
            log.warning("the previous run's crash report cannot be emptied: %s", exc.strerror)


def error_details(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The text a person copies to whoever supports the lab: the error and its traceback, scrubbed."""
    return redact("".join(traceback.format_exception(kind, value, tb)))


def install_excepthooks(on_error: Callable[[str], None] | None = None) -> None:
    """Log every uncaught error (main thread and other threads) with its traceback, then call
    ``on_error(details)`` (the app shows a dialog; it may be called from any thread). Ctrl+C
    keeps its usual meaning."""

    def main_hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        _report(error_details(kind, value, tb), on_error)

    def thread_hook(args: Any) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        where = f" in thread {args.thread.name}" if args.thread is not None else ""
        _report(f"Error{where}:\n" + error_details(args.exc_type, args.exc_value, args.exc_traceback), on_error)

    sys.excepthook = main_hook
    threading.excepthook = thread_hook


def _report(details: str, on_error: Callable[[str], None] | None) -> None:
    log.critical("uncaught error:\n%s", details)
    if on_error is None:
        print(details, file=sys.stderr)
        return
    try:
        on_error(details)
    except Exception:  # the report must never raise from inside an excepthook
        log.exception("the error dialog could not be shown")
