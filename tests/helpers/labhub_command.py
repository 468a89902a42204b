"""The hub admin's ``labhub`` commands (all but ``serve``), run in the test process.

A test that sets up a hub runs many admin commands (``add-batch``, ``enroll-code``,
``add-user``…). Each costs a fresh Python and its imports as a process (about 0.2 s, 600 times a
suite); here it is :func:`labhub.cli.main` itself, with the command's own arguments, its stdin,
stdout and stderr, and its exit code, as ``subprocess.run`` would give them. The hub process the
test talks to is still a process of its own, and ``tests/hub/test_cli.py`` still runs the
command as a real process.

A command that dies of an uncaught exception fails the test with the exception (a process
would end with a traceback and exit code 1: a bug either way).
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from collections.abc import Sequence

from labhub.cli import main


def run_labhub_command(args: Sequence[str], *, stdin: str | None = "") -> subprocess.CompletedProcess[str]:
    """``labhub ARGS`` with ``stdin`` as its input (None: no stdin at all); its exit code and output."""
    out, err = io.StringIO(), io.StringIO()
    given = None if stdin is None else io.StringIO(stdin)
    saved_stdin = sys.stdin
    sys.stdin = given
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exit_:  # argparse: a usage error, or --help
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
                if isinstance(exit_.code, str):
                    print(exit_.code, file=sys.stderr)
    finally:
        sys.stdin = saved_stdin
    return subprocess.CompletedProcess(["labhub", *args], code, out.getvalue(), err.getvalue())
