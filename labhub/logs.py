"""Logging for ``labhub serve``: everything goes to stderr (stdout carries only the
``serving on`` line), as plain lines or, with ``--log-format json``, one JSON object per line
for a log collector: ``time`` (UTC, ISO 8601), ``level``, ``logger``, ``pid`` (which of several
hub processes), ``message`` and, after an error, ``exception`` (the traceback text)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from typing import Any

LOG_FORMATS = ("plain", "json")


class JsonFormatter(logging.Formatter):
    """One JSON object per record (see the module's text)."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname, "logger": record.name, "pid": os.getpid(), "message": record.getMessage(),
        }
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def log_line(message: str, log_format: str, level: int = logging.WARNING) -> str:
    """A note written before logging is set up (``serve``'s start-up warnings), in ``log_format``."""
    if log_format != "json":
        return message
    return JsonFormatter().format(logging.makeLogRecord({"msg": message, "levelno": level,
                                                         "levelname": logging.getLevelName(level),
                                                         "name": "labhub"}))


def log_config(access_log: bool, log_format: str = "plain") -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for uvicorn and the hub, all on stderr."""
    handler = {"class": "logging.StreamHandler", "stream": "ext://sys.stderr", "formatter": log_format}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
                       "json": {"()": JsonFormatter}},
        "handlers": {"stderr": handler},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.error": {"level": "INFO"},
            "uvicorn.access": {"handlers": ["stderr"], "level": "INFO" if access_log else "WARNING",
                               "propagate": False},
            "labhub": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
    }
