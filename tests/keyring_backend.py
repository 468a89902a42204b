"""A keyring backend for tests: a JSON file named by LABCLIENT_TEST_KEYRING.

The OS keyring is the edge of the world the tests cannot reach (no Secret Service on CI), so
tests select this backend with ``PYTHON_KEYRING_BACKEND=tests.keyring_backend.FileKeyring``
(also in child processes). It exists only in the test suite.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    """Passwords in a JSON file, keyed by service and user name."""

    priority = 1

    def _path(self) -> Path:
        return Path(os.environ["LABCLIENT_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text("utf-8")))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data), "utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        self._path().write_text(json.dumps(data), "utf-8")
