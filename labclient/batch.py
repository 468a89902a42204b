"""Reading and checking batch bundles (see ``docs/batch-format.md``).

:func:`open_bundle` checks the zip (entry names, sizes, ``batch.json``), parses and checks the
batch document with the rules of its task kind, and returns a :class:`Bundle` from which the
media can be streamed and verified. Anything wrong raises :class:`labclient.errors.BundleError`
naming the problem; reading a bundle never writes anywhere.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from labclient import strictjson
from labclient.errors import BundleError
from labclient.quality.gold import check_gold, parse_quality
from labclient.tasks import KINDS, Kind
from labclient.tasks.base import AUDIO_MIMES, IMAGE_MIMES, VIDEO_MIMES
from labclient.tasks.checks import (
    ID_RE,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
    fail,
)

FORMAT = "labclient-batch/1"
#: The same format with gold answers, training tasks and a template's quality block (docs/quality.md).
FORMAT_GOLD = "labclient-batch/1.1"
FORMATS = (FORMAT, FORMAT_GOLD)
TEMPLATE_VERSIONS = (1,)
#: The largest batch document. Checking one takes several times its size in memory (the text, the
#: parsed objects, SQLite's copy while it splits the tasks), so this bounds an import's peak to a
#: few hundred MiB on a shared 4 GB lab PC; 200,000 tasks of a few hundred bytes fit.
MAX_BATCH_JSON = 64 * 1024 * 1024
#: How much more than its compressed size a large ``batch.json`` may hold. Real batches compress 3
#: to 15 to 1 (bench data, demo batches); a zip bomb a thousand to one.
MAX_JSON_RATIO = 200
MAX_MEDIA_BYTES = 200 * 1024 * 1024
MAX_TASKS = 200_000
MAX_ENTRIES = 250_000
MEDIA_MIMES = AUDIO_MIMES + IMAGE_MIMES + VIDEO_MIMES
SHA256_RE = re.compile(r"[0-9a-f]{64}")

_TOP = frozenset({"format", "batch_id", "project", "template", "media", "tasks"})
_TOP_OPTIONAL = frozenset({"created_at"})
_TEMPLATE = frozenset({"kind", "version", "title", "instructions", "params"})
_TEMPLATE_GOLD = frozenset({"quality"})
_TASK_GOLD = frozenset({"gold", "training"})


@dataclass(frozen=True)
class MediaEntry:
    """One media file a batch lists."""

    sha256: str
    path: str
    mime: str
    bytes: int


@dataclass(frozen=True)
class Batch:
    """A checked batch document. ``template`` is normalised (defaults filled in)."""

    batch_id: str
    project_id: str
    project_name: str
    created_at: str | None
    template: dict[str, Any]
    media: list[MediaEntry]
    tasks: list[dict[str, Any]]
    #: The batch.json text it was parsed from, when there is one (imports hand it to SQLite).
    source: str | None = None
    #: What the document says, as a hash (:func:`fingerprint_of`): the same however it is spaced,
    #: ordered or delivered (bundle, pull), different when any value changed.
    fingerprint: str = ""

    @property
    def kind(self) -> str:
        """The template's task kind."""
        return str(self.template["kind"])


def safe_member_path(name: str) -> bool:
    """Whether a zip entry name stays inside the bundle: relative, no ``..``, no ``\\``."""
    if not name or "\\" in name or name.startswith("/") or ":" in name.split("/", 1)[0]:
        return False
    parts = PurePosixPath(name).parts
    return all(part not in ("..", ".", "") for part in parts)


def parse_batch(raw: bytes) -> Batch:
    """Decode and check a ``batch.json`` document. Raises BundleError naming the problem."""
    if len(raw) > MAX_BATCH_JSON:
        raise BundleError(detail=f"batch.json is larger than {MAX_BATCH_JSON // 2**20} MiB", where="batch.json")
    return parse_text(_decoded(raw))


def _decoded(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BundleError(detail=f"batch.json is not UTF-8 text (bad byte at offset {exc.start})",
                          where="batch.json") from None


def parse_text(text: str) -> Batch:
    """Check a decoded ``batch.json`` document (its text is kept as the batch's ``source``)."""
    try:
        doc = strictjson.loads(text)
    except strictjson.StrictJSONError as exc:
        raise BundleError(detail=f"batch.json is not valid JSON ({exc})", where="batch.json") from None
    return dataclasses.replace(check_batch(doc), source=text)


def check_batch(doc: Any) -> Batch:
    """Check a decoded batch document against the format and its kind's rules."""
    expect_object(doc, "batch", _TOP, _TOP_OPTIONAL)
    if doc["format"] not in FORMATS:
        raise fail("batch.format", f"must be {FORMAT!r} (or {FORMAT_GOLD!r} with gold answers); this LabClient "
                                   f"cannot read {str(doc['format'])[:40]!r}")
    extended = doc["format"] == FORMAT_GOLD
    batch_id = expect_str(doc["batch_id"], "batch.batch_id", min_len=1, max_len=128, pattern=ID_RE)
    project = expect_object(doc["project"], "batch.project", {"id", "name"}, set())
    project_id = expect_str(project["id"], "batch.project.id", min_len=1, max_len=128, pattern=ID_RE)
    project_name = expect_str(project["name"], "batch.project.name", min_len=1, max_len=200)
    created_at = doc.get("created_at")
    if created_at is not None:
        expect_str(created_at, "batch.created_at", min_len=1, max_len=40)
    template = _check_template(doc["template"], extended)
    kind = KINDS[template["kind"]]
    media = _check_media(doc["media"])
    mimes = {m.sha256: m.mime for m in media}
    tasks = expect_list(doc["tasks"], "batch.tasks", 1, MAX_TASKS)
    params = template["params"]
    extra = _TASK_GOLD if extended else frozenset()
    allowed = kind.task_fields | {"id"} | extra
    quick = kind.fast_check(params, mimes)
    seen: set[str] = set()
    used: set[str] = set()
    id_match = ID_RE.fullmatch
    for i, task in enumerate(tasks):
        # The common case in a few C-level operations; anything unusual takes the slow path,
        # which names the problem.
        tid = task.get("id") if type(task) is dict else None
        try:
            fast = (type(tid) is str and task.keys() <= allowed and id_match(tid) and tid not in seen
                    and quick(task))
        except TypeError:  # a value of the wrong JSON type used as a key (a list as media): say which
            fast = False
        if not fast:
            _check_task_slowly(kind, task, params, mimes, seen, i, extra)
        if extended and ("gold" in task or "training" in task):
            check_gold(task, kind, params, f"batch.tasks[{i}]")
        seen.add(task["id"])
        media_ref = task.get("media")
        if media_ref is not None:
            used.add(media_ref)
    unused = [m.path for m in media if m.sha256 not in used]
    if unused:
        raise fail("batch.media", f"{unused[0]!r} is listed but no task uses it")
    return Batch(batch_id, project_id, project_name, created_at, template, media, tasks,
                 fingerprint=fingerprint_of(doc))


def fingerprint_of(doc: Any) -> str:
    """The sha256 of a decoded document written canonically (keys sorted, no spaces): two
    documents have the same fingerprint exactly when they hold the same values."""
    canonical = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _check_task_slowly(kind: Kind, task: Any, params: dict[str, Any], mimes: dict[str, str], seen: set[str],
                       i: int, extra: frozenset[str]) -> None:
    where = f"batch.tasks[{i}]"
    if not isinstance(task, dict) or "id" not in task:
        raise fail(where, "must be an object with an 'id'")
    tid = task["id"]
    if not isinstance(tid, str) or not ID_RE.fullmatch(tid):
        raise fail(f"{where}.id", "must be 1 to 128 letters, digits, '.', '_' or '-' (not '.' or '..')")
    if tid in seen:
        raise fail(f"{where}.id", f"{tid!r} is used twice")
    for key in task:
        if key in _TASK_GOLD and key not in extra:
            raise fail(where, f"field {key!r} needs \"format\": {FORMAT_GOLD!r}")
        if key != "id" and key not in kind.task_fields and key not in extra:
            raise fail(where, f"unknown field {str(key)[:40]!r}")
    kind.check_task(task, params, mimes, where)


def _check_template(raw: Any, extended: bool) -> dict[str, Any]:
    if not extended and isinstance(raw, dict) and "quality" in raw:
        raise fail("batch.template", f"field 'quality' needs \"format\": {FORMAT_GOLD!r}")
    t = expect_object(raw, "batch.template", _TEMPLATE, _TEMPLATE_GOLD if extended else set())
    kind = expect_str(t["kind"], "batch.template.kind", min_len=1, max_len=40)
    if kind not in KINDS:
        raise fail("batch.template.kind", f"{str(kind)[:40]!r} is not a task kind this LabClient knows "
                                          f"({', '.join(KINDS)})")
    version = expect_int(t["version"], "batch.template.version", 1, 10_000)
    if version not in TEMPLATE_VERSIONS:
        raise fail("batch.template.version", f"{version} is newer than this LabClient knows; update LabClient")
    out: dict[str, Any] = {
        "kind": kind,
        "version": version,
        "title": expect_str(t["title"], "batch.template.title", min_len=1, max_len=200),
        "instructions": expect_str(t["instructions"], "batch.template.instructions", max_len=100_000),
        "params": KINDS[kind].parse_params(t["params"], "batch.template.params"),
    }
    if "quality" in t:
        out["quality"] = parse_quality(t["quality"], kind, out["params"], "batch.template.quality")
    return out


def _check_media(raw: Any) -> list[MediaEntry]:
    entries = expect_list(raw, "batch.media", 0, MAX_ENTRIES)
    out: list[MediaEntry] = []
    seen: set[str] = set()
    for i, m in enumerate(entries):
        w = f"batch.media[{i}]"
        expect_object(m, w, {"sha256", "path", "mime", "bytes"}, set())
        sha = expect_str(m["sha256"], f"{w}.sha256", min_len=64, max_len=64)
        if not SHA256_RE.fullmatch(sha):
            raise fail(f"{w}.sha256", "must be 64 lowercase hex digits")
        path = expect_str(m["path"], f"{w}.path", min_len=7, max_len=500)
        if not path.startswith("media/") or not safe_member_path(path):
            raise fail(f"{w}.path", f"{path!r} must stay inside media/ (no '..', '/' first or '\\')")
        if not isinstance(m["mime"], str) or m["mime"] not in MEDIA_MIMES:
            raise fail(f"{w}.mime", f"{str(m['mime'])[:40]!r} is not a media type LabClient plays or shows")
        size = expect_int(m["bytes"], f"{w}.bytes", 0, MAX_MEDIA_BYTES)
        if sha in seen:
            raise fail(f"{w}.sha256", "is listed twice")
        seen.add(sha)
        out.append(MediaEntry(sha, path, m["mime"], size))
    return out


class Bundle:
    """An open, checked bundle. Use as a context manager; :meth:`close` releases the file."""

    def __init__(self, path: Path, zf: zipfile.ZipFile, batch: Batch) -> None:
        self.path = path
        self.batch = batch
        self._zip = zf

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the zip file."""
        self._zip.close()

    def media_chunks(self, entry: MediaEntry, chunk: int = 1 << 20) -> Iterator[bytes]:
        """The bytes of one media file, in chunks; BundleError if the zip data is damaged."""
        try:
            with self._zip.open(entry.path) as fh:
                yield from _read_chunks(fh, chunk, entry)
        except _ZIP_DAMAGE as exc:
            raise BundleError(detail=f"{entry.path} is damaged in the zip ({_what(exc)})", where=entry.path) from None


def _read_chunks(fh: IO[bytes], chunk: int, entry: MediaEntry) -> Iterator[bytes]:
    total = 0
    while True:
        data = fh.read(chunk)
        if not data:
            return
        total += len(data)
        if total > entry.bytes:
            raise BundleError(detail=f"{entry.path} is larger than its listed {entry.bytes} bytes", where=entry.path)
        yield data


#: What reading a damaged zip member raises: a bad CRC or header (BadZipFile), a cut file
#: (EOFError, OSError), corrupt deflate or bzip2 data (zlib.error, OSError), a compression method
#: Python does not read (NotImplementedError).
_ZIP_DAMAGE = (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError)


def _what(exc: BaseException) -> str:
    """A short reason for a damaged member (never the member's bytes)."""
    return f"{type(exc).__name__}: {str(exc)[:120]}"


def open_bundle(path: Path) -> Bundle:
    """Open a bundle and check everything but the media bytes (see :class:`Bundle`).

    Raises BundleError for a file that is missing, not a zip, holds unsafe or unexpected entry
    names, an oversized or malformed ``batch.json``, or media that is missing from the zip.
    """
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BundleError(detail=f"there is no file {path}", where=str(path)) from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleError(detail=f"{path.name} is not a batch bundle (not a readable zip file: {exc})",
                          where=str(path)) from None
    try:
        batch = _check_zip(zf)
    except BaseException:
        zf.close()
        raise
    return Bundle(path, zf, batch)


def _check_zip(zf: zipfile.ZipFile) -> Batch:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleError(detail=f"the bundle holds more than {MAX_ENTRIES} files", where="")
    names: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if not safe_member_path(name.rstrip("/")):
            raise BundleError(detail=f"the entry {name!r} would be written outside the media folder",
                              where=name)
        if name != "batch.json" and not name.startswith("media/"):
            raise BundleError(detail=f"unexpected entry {name!r} (only batch.json and media/ belong "
                                     "in a bundle)", where=name)
        if info.flag_bits & 0x1:
            raise BundleError(detail=f"{name!r} is encrypted", where=name)
        if name in names:
            raise BundleError(detail=f"{name!r} appears twice in the zip", where=name)
        names[name] = info
    doc_info = names.get("batch.json")
    if doc_info is None:
        raise BundleError(detail="batch.json is missing from the bundle", where="batch.json")
    if doc_info.file_size > MAX_BATCH_JSON:
        raise BundleError(detail=f"batch.json is larger than {MAX_BATCH_JSON // 2**20} MiB", where="batch.json")
    if doc_info.file_size > 2**20 and doc_info.file_size > MAX_JSON_RATIO * max(doc_info.compress_size, 1):
        raise BundleError(detail=f"batch.json unpacks to {doc_info.file_size:,} bytes from {doc_info.compress_size:,}"
                                 f" (more than {MAX_JSON_RATIO} to 1, which no real batch does)", where="batch.json")
    try:
        text = _decoded(zf.read(doc_info))  # the bytes go as soon as they are text
    except _ZIP_DAMAGE as exc:
        raise BundleError(detail=f"batch.json is damaged in the zip ({_what(exc)})", where="batch.json") from None
    batch = parse_text(text)
    del text
    for entry in batch.media:
        member = names.get(entry.path)
        if member is None:
            raise BundleError(detail=f"{entry.path} is listed in batch.json but missing from the bundle",
                              where=entry.path)
        if member.file_size != entry.bytes:
            raise BundleError(detail=f"{entry.path} is {member.file_size} bytes, but batch.json says "
                                     f"{entry.bytes}", where=entry.path)
    return batch
