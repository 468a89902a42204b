"""``python -m labhub``: the same as the ``labhub`` command."""

from __future__ import annotations

import sys

from labhub.cli import main

sys.exit(main())
