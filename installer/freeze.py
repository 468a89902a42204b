"""What goes into a frozen LabClient and what stays out: the policy both specs share.

``labclient.spec`` (the desktop client) and ``bare_window.spec`` (the size baseline: a bare
PySide6 window) are frozen the same way through these functions, so that the installer benchmark
compares like with like. PyInstaller's hooks collect generously (every plugin of every Qt module
that is linked, every translation); :func:`trim` then keeps only what the app needs and writes
down what it dropped, so each byte in the download has a reason.

Imported by the spec files (PyInstaller runs them with this folder on ``sys.path``); standard
library only, no PyInstaller import, so it is also importable by tests and the benchmark.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

INSTALLER_DIR = Path(__file__).resolve().parent
REPO_ROOT = INSTALLER_DIR.parent

#: Python modules that never go into the installer: other Qt bindings, the Qt modules the app
#: does not use (QML/Quick, WebEngine, PDF, 3D, ...), the hub and its server framework, test and
#: development tools. Excluding a Qt module here keeps its hook from collecting its plugins; a
#: Qt *library* that a kept plugin links against is still collected as a plain library.
EXCLUDES: tuple[str, ...] = (
    # other Qt bindings
    "PyQt5", "PyQt6", "PySide2", "shiboken2", "qtpy", "tkinter", "_tkinter",
    # Qt modules LabClient does not use (QtCore, QtGui, QtWidgets, QtMultimedia stay, and QtNetwork,
    # which the QtMultimedia binding imports; QtNetwork's plugins go, see KEEP_PLUGINS)
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtWebView", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtNetworkAuth", "PySide6.QtDBus", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio", "PySide6.QtSvg", "PySide6.QtSvgWidgets",
    "PySide6.QtPrintSupport", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtCharts", "PySide6.QtGraphs",
    "PySide6.QtDataVisualization", "PySide6.Qt3DCore", "PySide6.QtBluetooth", "PySide6.QtPositioning",
    "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtTextToSpeech",
    "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtHttpServer",
    # the reference hub and its server framework: not in the installer
    "labhub", "fastapi", "starlette", "uvicorn", "pydantic", "pydantic_core", "anyio", "sniffio", "h11",
    "httptools", "uvloop", "watchfiles", "websockets",
    # test and development tools
    "tests", "bench", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "IPython", "pip",
    "setuptools", "pkg_resources", "lib2to3", "pydoc_data", "idlelib", "turtledemo", "ensurepip",
    # unused heavy optionals that libraries only try to import
    "numpy", "PIL", "cryptography",
    # sqlite-utils serves scripts and tests (Store.db), never the app; with it go its command line's
    # helpers. zstandard's CFFI backend is only a fallback: CPython uses its C extension.
    "sqlite_utils", "sqlite_fts4", "click", "click_default_group", "tabulate", "dateutil", "pluggy",
    "zstandard.backend_cffi", "zstandard._cffi", "cffi",
    # jiwer (transcript scoring) needs rapidfuzz's Levenshtein distances only: its fuzzy matching and
    # process modules fall back to pure Python when their C++ builds are missing, and the distances
    # keep their SSE2 build (5.3 MB less unpacked). jiwer's command line needs click (gone above).
    "rapidfuzz.fuzz_cpp", "rapidfuzz.fuzz_cpp_avx2", "rapidfuzz.process_cpp", "rapidfuzz.process_cpp_impl",
    "rapidfuzz.distance.metrics_cpp_avx2", "jiwer.cli",
)

#: Qt plugins kept, by plugin type, as file stems (``libqxcb.so`` and ``qwindows.dll`` both have
#: the stem ``qxcb``/``qwindows`` once the ``lib`` prefix is off). Types not listed are dropped.
KEEP_PLUGINS: dict[str, frozenset[str]] = {
    # xcb: the Linux desktop (X11, and XWayland under Wayland sessions); windows: Windows;
    # offscreen: the self-test and CI. No Wayland plugin: it needs its own Qt libraries and
    # Ubuntu's Wayland sessions run X11 apps through XWayland.
    "platforms": frozenset({"qxcb", "qoffscreen", "qwindows", "qminimal"}),
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    # PNG is built into QtGui; batches may also carry JPEG and WebP (docs/batch-format.md).
    "imageformats": frozenset({"qjpeg", "qwebp"}),
    # the FFmpeg backend plays ogg, mp3, wav and flac
    "multimedia": frozenset({"ffmpegmediaplugin", "windowsmediaplugin"}),
    # typing with input methods (IBus for Urdu, Arabic, ...) and compose keys
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    # the desktop's own file dialog (Ctrl+I import) through the XDG portal; Qt's dialog otherwise
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Windows: the native look
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),
}

#: Qt libraries no kept part needs; a build that still links one of them fails the self-test.
#: (QtQuick and QtQml are linked by the FFmpeg backend and replaced by stubs: see build_stub.)
DROP_QT_LIBS = re.compile(
    r"Qt6(Pdf|Svg|VirtualKeyboard|WaylandClient|WaylandEglClientHwIntegration|WlShellIntegration|"
    r"QuickControls2|QuickTemplates2|QuickDialogs|Quick3D|QuickShapes|QuickParticles|QuickLayouts|"
    r"QmlCompiler|LabsAnimation|WebEngine|WebChannel|WebSockets|Designer|Help|Sql|Test|Xml|PrintSupport|"
    r"ShaderTools|3D|Charts|Graphs|DataVisualization|Positioning|Location|Sensors|Bluetooth|Nfc|"
    r"SerialPort|SerialBus|TextToSpeech|RemoteObjects|Scxml|StateMachine|HttpServer|SpatialAudio)")

#: Linux libraries left to the operating system: the desktop stack a lab PC has anyway, whose
#: copies from the build machine would clash with the system's configuration or drivers (the
#: ``.deb`` names their packages in Depends, docs/INSTALL.md lists them for the archive).
SYSTEM_LIBS = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrandr|Xrender|Xi|Xfixes|Xcursor|xcb-.*|xkbcommon|xkbcommon-x11|"
    r"fontconfig|freetype|png16|brotli(common|dec)|expat|glib-2\.0|gthread-2\.0|gobject-2\.0|gio-2\.0|"
    r"gmodule-2\.0|pcre2?-8|pcre|dbus-1|systemd|pulse|pulse-simple|pulsecommon-.*|sndfile|asyncns|"
    r"FLAC|ogg|vorbis|vorbisenc|opus|mp3lame|mpg123|apparmor|wrap|gcrypt|gpg-error|lz4|cap|"
    r"bsd|md|selinux|mount|blkid|ffi|uuid|xml2|EGL|GL|GLX|GLdispatch|OpenGL|drm|"
    r"gssapi_krb5|krb5|k5crypto|krb5support|com_err|keyutils|stdc\+\+|gcc_s|"
    # OpenSSL for HTTPS to the hub: the system's copy gets the distribution's security updates
    r"ssl|crypto)\.so")


def app_languages(i18n_dir: Path) -> set[str]:
    """The languages whose Qt translations (qtbase: buttons, dialogs) go in: those the self-test
    checks (``labclient.selftest.QT_LANGUAGES``) and every language LabClient has a translation
    for (``labclient_<lang>.qm``). English needs none."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from labclient.selftest import QT_LANGUAGES

    ours = {p.stem.removeprefix("labclient_") for p in i18n_dir.glob("labclient_*.qm")} - {"en"}  # plural forms only
    return set(QT_LANGUAGES) | ours


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def _stem(filename: str) -> str:
    name = filename.split(".", 1)[0]
    return name[3:] if name.startswith("lib") else name


def keep_binary(dest: str) -> bool:
    """Whether a collected binary (its path inside the bundle) belongs in the installer."""
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts:
        i = parts.index("plugins")
        kind = "/".join(parts[i + 1:-1])
        return _stem(name) in KEEP_PLUGINS.get(kind, frozenset())
    if "qml" in parts:
        return False
    if DROP_QT_LIBS.search(name):
        return False
    return not (sys.platform.startswith("linux") and SYSTEM_LIBS.match(name))


def keep_data(dest: str, languages: Iterable[str]) -> bool:
    """Whether a collected data file belongs in the installer: Qt translations only for ``languages``
    (and only Qt's own ``qtbase``), no QML, no Qt resources of dropped modules."""
    parts = _parts(dest)
    name = parts[-1]
    if "qml" in parts:
        return False
    if "translations" in parts and name.endswith(".qm"):
        return name in {f"qtbase_{lang}.qm" for lang in languages}
    if "plugins" in parts:  # plugin metadata of dropped plugins (json next to the .so)
        return keep_binary(dest)
    return True


def _is_root(entry: tuple[str, str, str]) -> bool:
    """Binaries loaded by name at run time (Python extensions, Qt plugins, libpython), not as
    another binary's link-time dependency."""
    dest, _source, kind = entry
    name = _parts(dest)[-1].lower()
    return kind in {"EXTENSION", "EXECUTABLE"} or "plugins" in _parts(dest) or name.startswith(("libpython", "python3"))


def prune_unreferenced(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``binaries`` less the libraries no kept binary links against any more (dependencies of
    dropped plugins, such as GTK's for the GTK theme plugin, or of the real Qt Quick). Linux only
    (link-time dependencies read with objdump); elsewhere ``binaries`` unchanged."""
    if not sys.platform.startswith("linux"):
        return binaries
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in binaries:
        by_name.setdefault(_parts(entry[0])[-1], []).append(entry)
    stack = [e for e in binaries if _is_root(e)]
    kept = set(stack)
    while stack:
        _dest, source, _kind = stack.pop()
        for name in needed(Path(source)):
            for dep in by_name.get(name, []):
                if dep not in kept:
                    kept.add(dep)
                    stack.append(dep)
    return [e for e in binaries if e in kept]


#: Set to 1 to ship the real Qt Quick and QML libraries instead of the stubs (build_stub).
REAL_QTQUICK_ENV = "LABCLIENT_FREEZE_REAL_QTQUICK"
#: Libraries replaced by stubs: linked by Qt's FFmpeg media backend for a feature LabClient never uses.
STUBBED = ("libQt6Quick.so.6", "libQt6Qml.so.6")
#: The only symbols a stub may stand in for, each reviewed as never used by LabClient (build_stub).
#: Should a new Qt's backend import more from Qt Quick or QML, the build stops and names them.
STUB_REVIEWED = frozenset({
    "_ZN12QQuickWindow16staticMetaObjectE",  # QQuickWindow::staticMetaObject, for qobject_cast
    "_ZN12QQuickWindow10grabWindowEv",  # QQuickWindow::grabWindow(), for capturing Qt Quick windows
})


@dataclass(frozen=True)
class DynamicSymbol:
    """One line of ``objdump -T``: a symbol a binary defines or needs (``section == "*UND*"``)."""

    name: str
    section: str
    size: int
    version: str
    is_object: bool


def dynamic_symbols(path: Path) -> list[DynamicSymbol]:
    """The dynamic symbol table of an ELF file, read with binutils' objdump."""
    out = subprocess.run(["objdump", "-T", "--wide", str(path)], capture_output=True, text=True, check=True).stdout
    symbols = []
    for line in out.splitlines():
        if not re.match(r"^[0-9a-f]{8,16} ", line):
            continue
        flags, rest = line[17:24], line[25:].split()
        if len(rest) < 3:
            continue
        version = rest[2].strip("()") if len(rest) >= 4 else ""
        symbols.append(DynamicSymbol(rest[-1], rest[0], int(rest[1], 16), version, "O" in flags))
    return symbols


def needed(path: Path) -> list[str]:
    """The shared libraries an ELF file links against (its DT_NEEDED entries)."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def required_versions(path: Path, library: str) -> set[str]:
    """The symbol versions an ELF file requires from ``library`` (objdump's "required from")."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    versions: set[str] = set()
    current = None
    for line in out.splitlines():
        if line.strip().startswith("required from "):
            current = line.strip()[len("required from "):].rstrip(":")
        elif current == library and re.match(r"^\s+0x[0-9a-f]+ 0x[0-9a-f]+ \d+ \S+$", line):
            versions.add(line.split()[-1])
        elif line and not line.startswith(" "):
            current = None
    return versions


def build_stub(real: Path, users: list[Path], workdir: Path) -> Path:
    """A stand-in for the shared library ``real`` that defines only what ``users`` take from it.

    Qt's FFmpeg media backend links Qt Quick and QML (16 MB unpacked, 4 MB in the download) for
    one feature LabClient never uses: grabbing a Qt Quick window. From Qt Quick it takes
    ``QQuickWindow::staticMetaObject`` (compared by address in ``qobject_cast``; no QQuickWindow
    ever exists here, so it never matches) and ``QQuickWindow::grabWindow`` (so never called);
    from QML nothing at all. The stub defines exactly the symbols the users import from ``real``,
    with its symbol versions: objects as zeroed storage of the real size, functions that stop the
    program with a message should one ever be called. Only symbols in STUB_REVIEWED may be stood
    in for. The users are linked with immediate binding (``-z now``): a symbol the stub lacked
    would fail when the backend loads, which the self-test does, never later. RuntimeError when
    the C compiler or objdump fails, or a symbol is missing or not reviewed.
    """
    library = real.name
    defined = {s.name: s for s in dynamic_symbols(real) if s.section != "*UND*" and s.version}
    wanted: dict[str, DynamicSymbol] = {}
    versions: set[str] = set()
    for user in users:
        versions |= required_versions(user, library)
        for sym in dynamic_symbols(user):
            if sym.section == "*UND*" and sym.name in defined:
                wanted[sym.name] = defined[sym.name]
    versions |= {s.version for s in wanted.values()}
    unreviewed = sorted(set(wanted) - STUB_REVIEWED)
    if unreviewed:
        raise RuntimeError(f"{', '.join(u.name for u in users)} now take {unreviewed} from {library}: check that "
                           "LabClient never reaches them and add them to STUB_REVIEWED in installer/freeze.py, or "
                           f"set {REAL_QTQUICK_ENV}=1 to ship the real library")
    lines = [f"/* Generated by installer/freeze.py (build_stub): a stand-in for {library}. */",
             "#include <stdio.h>", "#include <stdlib.h>", ""]
    for sym in sorted(wanted.values(), key=lambda s: s.name):
        if sym.is_object:
            lines.append(f"__attribute__((visibility(\"default\"), aligned(16))) "
                         f"unsigned char {sym.name}[{max(sym.size, 1)}];")
        else:
            lines.append(f"__attribute__((visibility(\"default\"))) void {sym.name}(void) {{\n"
                         f"    fputs(\"LabClient: {library} is not in this installation ({sym.name})\\n\", stderr);\n"
                         f"    abort();\n}}")
    workdir.mkdir(parents=True, exist_ok=True)
    base = library.split(".so")[0]
    source, script, stub = workdir / f"{base}.c", workdir / f"{base}.map", workdir / library
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    nodes = []
    for version in sorted(versions):
        names = " ".join(f"{s.name};" for s in sorted(wanted.values(), key=lambda s: s.name) if s.version == version)
        nodes.append(f"{version} {{ {'global: ' + names + ' ' if names else ''}local: *; }};\n")
    script.write_text("".join(nodes) or "{ local: *; };\n", encoding="utf-8")
    cc = os.environ.get("CC", "cc")
    try:
        subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", str(stub), str(source), f"-Wl,-soname,{library}",
                        f"-Wl,--version-script={script}"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        raise RuntimeError(f"cannot build the stub of {library} with {cc!r} ({detail.strip()}); install gcc, or "
                           f"set {REAL_QTQUICK_ENV}=1 to ship the real library") from None
    have = {s.name for s in dynamic_symbols(stub) if s.section != "*UND*"}
    missing = sorted(set(wanted) - have)
    if missing:
        raise RuntimeError(f"the stub of {library} lacks {missing}")
    return stub


def stub_unused_qt(binaries: list[tuple[str, str, str]], workdir: Path) -> list[tuple[str, str, str]]:
    """``binaries`` with each library in STUBBED replaced by :func:`build_stub` (Linux only; not
    when REAL_QTQUICK_ENV=1). Its users are the kept binaries that link it, other than the
    stubbed libraries and the QML/Quick libraries only they link."""
    if not sys.platform.startswith("linux") or os.environ.get(REAL_QTQUICK_ENV) == "1":
        return binaries
    files = [(dest, Path(src)) for dest, src, kind in binaries if kind != "SYMLINK"]
    links = {dest: needed(src) for dest, src in files}
    replaced: dict[str, str] = {}
    for library in STUBBED:
        real = next((src for dest, src in files if _parts(dest)[-1] == library), None)
        if real is None:
            continue
        users = [src for dest, src in files
                 if library in links[dest] and not re.match(r"libQt6(Quick|Qml)", _parts(dest)[-1])]
        replaced[library] = str(build_stub(real, users, workdir))
    return [(dest, replaced.get(_parts(dest)[-1], src), kind) for dest, src, kind in binaries]


def has_symbol_table(path: Path) -> bool:
    """Whether an ELF file still carries its symbol table (``.symtab``), i.e. is worth stripping."""
    out = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=False).stdout
    return " .symtab " in out


def strip_copies(binaries: list[tuple[str, str, str]], workdir: Path) -> list[tuple[str, str, str]]:
    """``binaries`` with each file that still has its symbol table replaced by a stripped copy
    (Linux; libpython alone goes from 23 MB to 4 MB, zstandard's extension from 12 MB to 1 MB).

    Files shipped already stripped are left alone: binutils' strip run over the stripped FFmpeg
    libraries of the PySide6 wheel breaks them ("ELF load command address/offset not
    page-aligned"), which is why the specs do not use PyInstaller's own ``strip`` option."""
    if not sys.platform.startswith("linux"):
        return binaries
    result = []
    for dest, source, kind in binaries:
        src = Path(source)
        if kind != "SYMLINK" and src.is_file() and has_symbol_table(src):
            copy = workdir / dest
            if not copy.exists() or copy.stat().st_mtime < src.stat().st_mtime:
                copy.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run(["strip", "--strip-all", "-o", str(copy), str(src)], check=True, capture_output=True)
            result.append((dest, str(copy), kind))
        else:
            result.append((dest, source, kind))
    return result


def trim(binaries: list[tuple[str, str, str]], datas: list[tuple[str, str, str]], languages: Iterable[str],
         workdir: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The kept binaries and datas (PyInstaller TOC entries ``(dest, source, typecode)``): the
    policy above, Qt Quick and QML stubbed (:func:`stub_unused_qt`), the libraries nothing kept links
    against dropped, unstripped files stripped (:func:`strip_copies`), and the symbolic links whose
    target went dropped too. What was dropped is written to
    ``workdir/dropped.txt``, one path a line, with its size."""
    langs = set(languages)
    report = workdir / "dropped.txt"
    kept_bin = prune_unreferenced(stub_unused_qt([e for e in binaries if keep_binary(e[0])], workdir / "stubs"))
    kept_bin = strip_copies(kept_bin, workdir / "stripped")
    kept_dests = {e[0] for e in kept_bin}
    kept_data = [e for e in datas if (e[1] in kept_dests if e[2] == "SYMLINK" else keep_data(e[0], langs))]
    dropped = [e for e in binaries if e not in kept_bin] + [e for e in datas if e not in kept_data]
    report.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    total = 0
    for dest, source, kind in sorted(dropped):
        size = Path(source).stat().st_size if kind != "SYMLINK" and Path(source).is_file() else 0
        total += size
        lines.append(f"{size:>10}  {dest}")
    report.write_text(f"# dropped {len(lines)} files, {total / 1e6:.1f} MB before stripping and compression\n"
                      + "\n".join(lines) + "\n", encoding="utf-8")
    return kept_bin, kept_data
