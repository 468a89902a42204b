"""The installer benchmark: download size, unpacked size and cold start of the frozen LabClient.

    python bench/installer_bench.py [--quick]     # one JSON line per metric on stdout

``measure(quick)`` builds, in one run, the LabClient one-folder program and a bare PySide6
window frozen the same way (installer/labclient.spec and installer/bare_window.spec through
installer/build.py; PyInstaller's cache under ``build/installer-bench`` is kept between runs),
packs both as tar.xz the same way, and returns rows ``{"metric", "value", "unit", "baseline",
"ratio", "target", "baseline_name", "note"}``:

installer_download_mb    the LabClient tar.xz vs the bare window's tar.xz (MB = 10^6 bytes);
                         targets: value <= 45 MB and ratio <= 1.5
installer_unpacked_mb    the frozen LabClient folder on disk vs the bare window's folder
frozen_cold_start_ms     spawn to exit of the frozen ``labclient --data-dir DIR run`` with
                         QT_QPA_PLATFORM=offscreen and LABCLIENT_EXIT_WHEN_SHOWN=1 (it quits once
                         its first window is shown) vs ``python -m labclient.cli`` from source on
                         the same data folder (the demo project): a warm-up each, then the median
                         of 5 [3 with quick] alternating runs, spawned by bench/launch.py

Progress goes to stderr. A build or a run that fails raises (ChildFailedError or BuildError).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench.common import log  # noqa: E402
from installer.build import Result, build  # noqa: E402
from labclient.demo import prepare_demo  # noqa: E402

#: The metrics measure() returns, in order.
METRICS = ("installer_download_mb", "installer_unpacked_mb", "frozen_cold_start_ms")
OUT = REPO_ROOT / "build" / "installer-bench"
LAUNCHER = REPO_ROOT / "bench" / "launch.py"
RUN_TIMEOUT_S = 60.0
MB = 1e6


class ChildFailedError(Exception):
    """A measured program did not exit cleanly in time."""


def folder_bytes(folder: Path) -> int:
    """Bytes of the regular files in ``folder`` (links not followed, not counted)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def spawn_to_exit(command: Sequence[str], env: dict[str, str], err: Path) -> float:
    """Seconds from spawn to exit of ``command`` (absolute program path first), via bench/launch.py."""
    out = subprocess.run([sys.executable, "-S", str(LAUNCHER), str(RUN_TIMEOUT_S), str(err), *command], env=env,
                         capture_output=True, text=True, timeout=RUN_TIMEOUT_S + 30, check=False)
    if out.returncode != 0:
        raise ChildFailedError(f"launcher failed: {out.stderr.strip()[-300:]}")
    run = json.loads(out.stdout)
    if run["timed_out"] or run["exit_code"] != 0:
        tail = err.read_text("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise ChildFailedError(f"{Path(command[0]).name} exited with {run['exit_code']} "
                               f"(timed out: {run['timed_out']}): {tail[0][:300]}")
    return float(run["seconds"])


def cold_starts(program: Path, tmp: Path, runs: int) -> tuple[list[float], list[float]]:
    """Spawn-to-first-window-and-exit times of the frozen program and of the source, alternating."""
    data_dir = tmp / "data"
    prepare_demo(data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LABCLIENT_EXIT_WHEN_SHOWN="1",
               XDG_CONFIG_HOME=str(tmp / "config"),
               PYTHONPATH=os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH")) if p))
    frozen = [str(program), "--data-dir", str(data_dir), "run"]
    source = [sys.executable, "-m", "labclient.cli", "--data-dir", str(data_dir), "run"]
    err = tmp / "stderr.txt"
    spawn_to_exit(frozen, env, err)  # warm-up: page cache, fontconfig cache
    spawn_to_exit(source, env, err)
    frozen_s: list[float] = []
    source_s: list[float] = []
    for i in range(runs):
        frozen_s.append(spawn_to_exit(frozen, env, err))
        source_s.append(spawn_to_exit(source, env, err))
        log(f"cold start {i + 1}/{runs}: frozen {frozen_s[-1] * 1000:.0f} ms, source {source_s[-1] * 1000:.0f} ms")
    return frozen_s, source_s


def row(metric: str, value: float, unit: str, baseline: float, target: str, baseline_name: str,
        note: str) -> dict[str, Any]:
    """One result row (values rounded to 4 significant digits, ratio to 3)."""
    return {"metric": metric, "value": float(f"{value:.4g}"), "unit": unit, "baseline": float(f"{baseline:.4g}"),
            "ratio": float(f"{value / baseline:.3g}"), "target": target, "baseline_name": baseline_name,
            "note": note}


def measure(quick: bool) -> list[dict[str, Any]]:
    """Build both programs, then measure; the rows described in the module docstring."""
    log(f"installer: building LabClient and the bare window into {OUT}")
    result: Result = build(OUT, archive=True, deb=False, bare=True, test=True)
    assert result.archive is not None and result.bare is not None and result.bare_archive is not None
    log(f"installer: built in {result.seconds:.0f} s")
    bare_name = "bare PySide6 QWidget window frozen and packed the same way (installer/bare_window.spec)"
    rows = [
        row("installer_download_mb", result.archive.stat().st_size / MB, "MB", result.bare_archive.stat().st_size / MB,
            "value <= 45 MB and ratio <= 1.5", bare_name,
            f"{result.archive.name}: tar.xz (x86 filter, preset 9); build with self-test {result.seconds:.0f} s"),
        row("installer_unpacked_mb", folder_bytes(result.app.folder) / MB, "MB", folder_bytes(result.bare.folder) / MB,
            "none (the download is the target)", bare_name, "the one-folder program on disk, links not counted"),
    ]
    runs = 3 if quick else 5
    with tempfile.TemporaryDirectory(prefix="labclient-bench-installer-", ignore_cleanup_errors=True) as tmp:
        frozen_s, source_s = cold_starts(result.app.program, Path(tmp), runs)
    rows.append(row("frozen_cold_start_ms", statistics.median(frozen_s) * 1000, "ms",
                    statistics.median(source_s) * 1000, "ratio <= 1",
                    "the same app from source (python -m labclient.cli)",
                    f"median of {runs} alternating runs each after a warm-up; offscreen; spawn to exit once the first "
                    "window is shown; demo project cached"))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print the rows as JSON lines; returns the exit code."""
    parser = argparse.ArgumentParser(description="LabClient installer benchmark: one JSON line per metric.")
    parser.add_argument("--quick", action="store_true", help="fewer cold-start runs")
    args = parser.parse_args(argv)
    for line in measure(args.quick):
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
