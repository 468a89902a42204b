"""Captions in the deliverable: :mod:`labhub.captions` writes SubRip and WebVTT text, and
``deliver`` writes both files for each delivered task of a captioning batch, from a real hub
store (SQLite) filled through the hub's own code paths (add-batch, enrolment, push)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from labclient.bundle_writer import write_bundle
from labhub.auth import authenticate, enroll, make_enrol_code
from labhub.batches import add_batch
from labhub.captions import srt, webvtt
from labhub.clock import HubClock
from labhub.delivery import as_text, deliver
from labhub.items import Incoming
from labhub.push import push_items
from labhub.store import HubStore
from tests.factory import batch_doc, wav_bytes

HOUR_MS = 3_600_000

# Out of order, a two-line caption past the first hour, and one of nothing but white space.
SEGMENTS: list[dict[str, Any]] = [
    {"start_ms": HOUR_MS + 2_500, "end_ms": HOUR_MS + 61_000, "text": "Two lines,\nthe second."},
    {"start_ms": 0, "end_ms": 1_250, "text": "Hello."},
    {"start_ms": 1_300, "end_ms": 2_000, "text": " \n "},
]


# --- SubRip and WebVTT text --------------------------------------------------------------------

def test_srt_numbers_blocks_from_one_in_time_order_and_leaves_out_blank_captions() -> None:
    assert srt(SEGMENTS) == (
        "1\n"
        "00:00:00,000 --> 00:00:01,250\n"
        "Hello.\n"
        "\n"
        "2\n"
        "01:01:02,500 --> 01:01:01,000\n".replace("01:01:01,000", "01:01:01,000") if False else
        "1\n"
        "00:00:00,000 --> 00:00:01,250\n"
        "Hello.\n"
        "\n"
        "2\n"
        "01:00:02,500 --> 01:01:01,000\n"
        "Two lines,\n"
        "the second.\n")
