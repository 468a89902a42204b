"""Starting and stopping a ``labhub serve`` process: the one launcher that the demo, the tests and
the benchmarks use.

``labhub serve --port 0`` picks a free port and prints ``labhub: serving on URL`` when it listens.
:func:`start_hub` waits for that line at most ``timeout_s`` (read on a thread, so it works on
Windows pipes too), keeps the hub's stderr in a log file, and on failure stops the process and
raises :class:`HubStartError` with the end of that log, so a hub that cannot start says why.

Each hub is ``python -m labhub.cli`` in a new interpreter, which spends about half a second
importing FastAPI and the hub before it serves. A program that starts hundreds of hubs (the test
suite) calls :func:`fork_from_preloaded` once: from then on each hub is forked from a server
process that imported that code once (multiprocessing's ``forkserver``, POSIX). The hub is still
a process of its own, with a fresh state, its own environment, folder, log and stdout, and the
same :func:`labhub.cli.main`; only the imports are shared.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import queue
import signal
import subprocess
import sys
import threading
import traceback
from dataclasses import dataclass
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import IO

SERVING = "labhub: serving on "
START_TIMEOUT_S = 60.0


class HubStartError(RuntimeError):
    """The hub process did not start (its message ends with the end of the hub's log)."""


#: The modules a forked hub finds imported: its command line, its web app and the server.
PRELOAD = ["labhub.cli", "labhub.app", "labhub.serving", "uvicorn"]
_forks: ForkServerContext | None = None


def fork_from_preloaded() -> bool:
    """From now on, fork each hub this process starts from a server that has imported the hub's
    code once (about 0.1 s a hub instead of 0.6). False where forking is not available (Windows):
    hubs stay new interpreters. As with any multiprocessing start method but fork, the caller's
    main module must only define things when imported, as pytest's does."""
    global _forks
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    if _forks is None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        _forks = context
    return True


class ForkedProcess:
    """A hub forked from the preloaded server, with the part of ``subprocess.Popen`` that a caller
    of :func:`start_hub` uses: ``pid``, ``returncode``, ``stdout``, ``poll``, ``wait``,
    ``terminate``, ``kill`` and ``send_signal``."""

    def __init__(self, process: multiprocessing.process.BaseProcess, stdout: IO[str]) -> None:
        self._process = process
        self.stdout: IO[str] | None = stdout

    @property
    def pid(self) -> int:
        """The hub's process id."""
        assert self._process.pid is not None
        return self._process.pid

    @property
    def returncode(self) -> int | None:
        """Its exit code (minus the signal that ended it), None while it runs."""
        return self._process.exitcode

    def poll(self) -> int | None:
        """Its exit code if it has ended, else None."""
        return self._process.exitcode

    def wait(self, timeout: float | None = None) -> int:
        """Wait for it to end (subprocess.TimeoutExpired after ``timeout`` seconds); its exit code."""
        self._process.join(timeout)
        code = self._process.exitcode
        if code is None:
            raise subprocess.TimeoutExpired(["labhub", "serve"], timeout or 0.0)
        return code

    def send_signal(self, sig: int) -> None:
        """Send it ``sig`` (nothing once it has ended)."""
        if self._process.exitcode is None:
            os.kill(self.pid, sig)

    def terminate(self) -> None:
        """SIGTERM: the hub finishes its requests and exits 0."""
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        """SIGKILL."""
        self.send_signal(signal.SIGKILL)


def _run_forked(argv: list[str], env: dict[str, str], cwd: str | None, log_path: str,
                out: multiprocessing.connection.Connection) -> None:
    """The forked hub: the caller's environment and folder, stdin from /dev/null, stdout to
    ``out``, stderr to ``log_path``; then :func:`labhub.cli.main` and exit with its code."""
    os.environ.clear()
    os.environ.update(env)
    if cwd is not None:
        os.chdir(cwd)
    for fd, target in ((os.open(os.devnull, os.O_RDONLY), 0), (os.dup(out.fileno()), 1),
                       (os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644), 2)):
        os.dup2(fd, target)
        os.close(fd)
    out.close()
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - the process's own streams, for its life
    sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
    code = 1
    try:
        from labhub.cli import main

        code = main(argv)
    except SystemExit as exc:
        code = 0 if exc.code is None else exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # as an interpreter would: the traceback in the log, exit code 1
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


#: A hub's process: a new interpreter, or forked from the preloaded server.
HubChild = subprocess.Popen[str] | ForkedProcess


@dataclass
class HubProcess:
    """A running ``labhub serve``: where it listens, its data, the process and its log."""

    url: str
    data_dir: Path
    process: HubChild
    log_path: Path

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self.url.rsplit(":", 1)[1])

    def stop(self, timeout_s: float = 30.0) -> int:
        """Stop the hub (SIGTERM, then kill after ``timeout_s``); its exit code."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=timeout_s)
        if self.process.stdout is not None:
            self.process.stdout.close()
        return self.process.wait()

    def log_tail(self, lines: int = 20) -> str:
        """The last ``lines`` lines of the hub's log."""
        try:
            text = self.log_path.read_text("utf-8", "replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def start_hub(data_dir: Path, *extra: str, log_path: Path | None = None, cwd: Path | None = None,
              timeout_s: float = START_TIMEOUT_S) -> HubProcess:
    """Start ``labhub --data-dir DATA_DIR serve --port 0 EXTRA…`` and wait for it to listen.

    Its stderr goes to ``log_path`` (default: ``<data_dir>.log`` beside the data folder). Raises
    HubStartError (the process stopped) when it does not say it serves within ``timeout_s``.
    """
    log_path = log_path if log_path is not None else data_dir.with_name(data_dir.name + ".log")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    argv = ["--data-dir", str(data_dir), "serve", "--port", "0", *extra]
    process: HubChild
    with open(log_path, "w", encoding="utf-8") as log:  # the child keeps its own descriptor
        if _forks is not None:
            process = _fork(argv, log_path, cwd)
        else:
            process = subprocess.Popen([sys.executable, "-m", "labhub.cli", *argv], stdout=subprocess.PIPE,
                                       stderr=log, stdin=subprocess.DEVNULL, text=True, cwd=cwd)
    assert process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(process.stdout.readline() if process.stdout else ""),
                     name="labhub-start", daemon=True).start()
    try:
        line = lines.get(timeout=timeout_s)
    except queue.Empty:
        line = ""
    hub = HubProcess(line[len(SERVING):].strip(), data_dir, process, log_path)
    if not line.startswith(SERVING):
        hub.stop(timeout_s=10)
        said = line.strip() or f"nothing within {timeout_s:g} s"
        raise HubStartError(f"the hub did not start ({said}). Its log ends:\n{hub.log_tail()}")
    return hub


def _fork(argv: list[str], log_path: Path, cwd: Path | None) -> ForkedProcess:
    """Fork a hub from the preloaded server (:func:`fork_from_preloaded`)."""
    assert _forks is not None
    reader, writer = _forks.Pipe(duplex=False)
    child = _forks.Process(target=_run_forked, name="labhub serve", daemon=False,
                           args=(argv, dict(os.environ), None if cwd is None else str(cwd), str(log_path), writer))
    child.start()
    writer.close()
    stdout = open(os.dup(reader.fileno()), encoding="utf-8")  # noqa: SIM115 - closed by HubProcess.stop
    reader.close()
    return ForkedProcess(child, stdout)
