"""LabHub: the reference hub server of record for LabClient workstations.

It implements ``docs/protocol.md`` (version 1) over HTTP with FastAPI and keeps everything in one
database (SQLite in its data folder by default; PostgreSQL at an organisation's scale, ``pg``,
docs/deploy.md) plus a content-addressed media folder in its data folder. Nothing here imports Qt; the admin
commands (:mod:`labhub.cli` but ``serve``, :mod:`labhub.store`, :mod:`labhub.batches`) need only
Starlette's exception class, and only :mod:`labhub.app`, :mod:`labhub.web` and ``labhub serve``
import FastAPI and uvicorn.

Modules: ``schema``/``schema_pg``/``store``/``pg`` the database on either engine; ``auth``
enrolment codes, tokens and devices; ``batches``/``media`` bundles and content-addressed files;
``push`` items, dedupe and watermarks; ``leases`` pull, leases and cursors; ``items`` what every
pushed item shares; ``users`` each lab's people and the roster a pull carries; ``chain`` timesheet
events and their chain check; ``anchors`` the device clocks of pushes and pulls; ``timesheets`` the
totals recomputed from the events (with ``labclient.people.hours``); ``codec`` compressed bodies;
``models`` the JSON shapes; ``web``/``app`` the HTTP layer; ``faults`` the test hook; ``cli`` the
``labhub`` command. docs/first-hour.md has a line for every module.
"""

from __future__ import annotations

__version__ = "0.1.0"
PROTOCOL = 1
