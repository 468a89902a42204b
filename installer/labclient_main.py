"""The frozen program's entry point: the ``labclient`` command (labclient.cli)."""

import sys

from labclient.cli import main

if __name__ == "__main__":
    sys.exit(main())
