"""Run one command and print its wall time (spawn to exit) and peak RSS as one JSON line.

    python -S bench/launch.py TIMEOUT_S STDERR_FILE /abs/path/to/program [ARG ...]

Used by ``bench/run.py`` to spawn the measured processes from a small, fresh interpreter: Linux
counts the spawning process's own peak RSS into a child's ``ru_maxrss``, so spawning straight from
the benchmark process (which holds 100,000 tasks) would inflate the figures. The program's stdout
is discarded and its stderr goes to STDERR_FILE; it is killed after TIMEOUT_S seconds. Prints
``{"seconds", "max_rss_kib", "exit_code", "timed_out"}``. Standard library only, no site import.
"""

import json
import os
import select
import signal
import sys
import time


def main(argv: list[str]) -> None:
    """Spawn ``argv[2:]``, wait for it (at most ``argv[0]`` seconds) and print the JSON line."""
    timeout_s, err_path, command = float(argv[0]), argv[1], argv[2:]
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ]
    start = time.perf_counter()
    pid = os.posix_spawn(command[0], command, os.environ, file_actions=actions)
    exit_fd = os.pidfd_open(pid)  # readable once the process has exited
    exited = bool(select.select([exit_fd], [], [], timeout_s)[0])
    seconds = time.perf_counter() - start
    if not exited:
        os.kill(pid, signal.SIGKILL)
    _, status, usage = os.wait4(pid, 0)
    os.close(exit_fd)
    print(json.dumps({"seconds": seconds, "max_rss_kib": usage.ru_maxrss,
                      "exit_code": os.waitstatus_to_exitcode(status), "timed_out": not exited}))


if __name__ == "__main__":
    main(sys.argv[1:])
