"""Starting and stopping a ``labhub serve`` process: the one launcher that the demo, the tests and
the benchmarks use.

``labhub serve --port 0`` picks a free port and prints ``labhub: serving on URL`` when it listens.
:func:`start_hub` waits for that line at most ``timeout_s`` (read on a thread, so it works on
Windows pipes too), keeps the hub's stderr in a log file, and on failure stops the process and
raises :class:`HubStartError` with the end of that log, so a hub that cannot start says why.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

SERVING = "labhub: serving on "
START_TIMEOUT_S = 60.0


class HubStartError(RuntimeError):
    """The hub process did not start (its message ends with the end of the hub's log)."""


@dataclass
class HubProcess:
    """A running ``labhub serve``: where it listens, its data, the process and its log."""

    url: str
    data_dir: Path
    process: subprocess.Popen[str]
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
        return int(self.process.returncode)

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
    with open(log_path, "w", encoding="utf-8") as log:  # the child keeps its own descriptor
        process = subprocess.Popen(
            [sys.executable, "-m", "labhub.cli", "--data-dir", str(data_dir), "serve", "--port", "0", *extra],
            stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL, text=True, cwd=cwd)
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
