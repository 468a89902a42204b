"""Logging for ``labhub serve``: everything goes to stderr (stdout carries only the
``serving on`` line)."""

from __future__ import annotations

from typing import Any


def log_config(access_log: bool) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for uvicorn and the hub, all on stderr."""
    handler = {"class": "logging.StreamHandler", "stream": "ext://sys.stderr", "formatter": "plain"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
        "handlers": {"stderr": handler},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.error": {"level": "INFO"},
            "uvicorn.access": {"handlers": ["stderr"], "level": "INFO" if access_log else "WARNING",
                               "propagate": False},
            "labhub": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
    }
