"""Build LabClient's installers from this checkout (docs/INSTALL.md).

    python installer/build.py [--out DIR] [--no-deb] [--no-archive] [--bare] [--no-self-test] [--xz-preset N]

Linux (``installer/build-linux`` runs this after setting up): PyInstaller freezes the desktop
client in one folder (installer/labclient.spec), the frozen program must pass its own
``--self-test``, and the folder is packed as ``labclient-VERSION-linux-ARCH.tar.xz`` and as
``labclient_VERSION_ARCH.deb`` (installed under /opt/labclient, ``labclient`` on the PATH, a
desktop entry and an icon). Windows (``installer\\build-windows.cmd``): the frozen folder, then
Inno Setup's ``iscc`` on installer/labclient.iss when it is installed.

Everything goes under ``--out`` (default ``build/installer``): ``dist/`` the frozen folders,
``work/`` PyInstaller's cache (kept: a second build reuses its analysis), ``icon/``, and the
packages with their ``SHA256SUMS``. ``--bare`` also freezes and packs the size baseline (installer/bare_window.spec), as
bench/installer_bench.py does. ``--xz-preset`` trades size for time (default 9, the release's;
3 packs about three times faster and about 10% larger). Exit code 0 when every
step worked; a failing step says which.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DEFAULT_OUT = ROOT / "build" / "installer"
IS_WINDOWS = sys.platform.startswith("win")
#: The xz preset of the packages people download: the smallest.
XZ_PRESET = 9


def xz_options(preset: int) -> tuple[str, ...]:
    """xz settings for the archive: the x86 branch filter makes machine code ~5% smaller; blocks of
    64 MiB let two cores work at once (the output depends on the block size only, not on the cores)."""
    return ("--x86", f"--lzma2=preset={preset}", "--block-size=64MiB", "-T0")


SELF_TEST_TIMEOUT_S = 180.0

#: The Debian/Ubuntu packages that provide the libraries the frozen program takes from the system
#: (installer/freeze.py leaves the desktop stack and OpenSSL to the OS), by library. Ubuntu 24.04
#: renamed some (the "t64" packages), hence the alternatives. A library the build needs that is
#: not listed here stops the build: add its package.
SYSTEM_PACKAGES: dict[str, str] = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6", "libpthread.so.0": "libc6",
    "libresolv.so.2": "libc6", "librt.so.1": "libc6", "libutil.so.1": "libc6", "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libstdc++.so.6": "libstdc++6", "libgcc_s.so.1": "libgcc-s1",
    "libssl.so.3": "libssl3 | libssl3t64", "libcrypto.so.3": "libssl3 | libssl3t64",
    "libffi.so.8": "libffi8", "libuuid.so.1": "libuuid1",
    # Debian's own Python (not a pyenv or python.org build) links these from the system.
    "libexpat.so.1": "libexpat1", "libz.so.1": "zlib1g", "libbz2.so.1.0": "libbz2-1.0",
    "liblzma.so.5": "liblzma5", "libsqlite3.so.0": "libsqlite3-0", "libcrypt.so.1": "libcrypt1",
    "libglib-2.0.so.0": "libglib2.0-0 | libglib2.0-0t64", "libgthread-2.0.so.0": "libglib2.0-0 | libglib2.0-0t64",
    "libdbus-1.so.3": "libdbus-1-3", "libpulse.so.0": "libpulse0", "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libbrotlidec.so.1": "libbrotli1", "libbrotlicommon.so.1": "libbrotli1",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0", "libdrm.so.2": "libdrm2",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libXext.so.6": "libxext6",
    "libXrandr.so.2": "libxrandr2", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-glx.so.0": "libxcb-glx0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-xinerama.so.0": "libxcb-xinerama0",
}
#: The GCC release whose libstdc++ first has each GLIBCXX_3.4.N symbol version (the package
#: libstdc++6 carries GCC's version number).
GLIBCXX_GCC = {26: "9", 27: "10", 28: "10", 29: "11", 30: "12", 31: "13", 32: "13.2", 33: "14"}

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=LabClient
GenericName=Lab work client
Comment=Transcription, tagging and data entry that never waits for the internet
Exec=labclient
Icon=labclient
Terminal=false
Categories=Office;Education;
StartupWMClass=labclient
"""


class BuildError(Exception):
    """A build step failed; the message names the step and what to do."""


@dataclass(frozen=True)
class Frozen:
    """A frozen one-folder program: its folder and the program to run in it."""

    folder: Path
    program: Path


@dataclass(frozen=True)
class Result:
    """What a build produced (None for what was not asked for) and how long it took."""

    app: Frozen
    archive: Path | None
    deb: Path | None
    bare: Frozen | None
    bare_archive: Path | None
    seconds: float


def log(message: str) -> None:
    """Progress, on stderr."""
    print(f"[installer] {message}", file=sys.stderr, flush=True)


def version() -> str:
    """LabClient's version, read from the package without importing it."""
    text = (ROOT / "labclient" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not found:
        raise BuildError("no __version__ in labclient/__init__.py")
    return found.group(1)


def source_date_epoch() -> int:
    """The time stamped on packed files: $SOURCE_DATE_EPOCH, else the last commit's time, else now
    (the same checkout packs to the same archive)."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    done = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True,
                          check=False)
    return int(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip() else int(time.time())


def arch() -> tuple[str, str]:
    """(the archive's machine name, the .deb's architecture), e.g. ("x86_64", "amd64")."""
    machine = platform.machine().lower()
    return machine, {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def run(step: str, command: Sequence[str], *, env: dict[str, str] | None = None, cwd: Path | None = None) -> str:
    """Run one command; its stdout. BuildError naming ``step`` with the end of its output if it fails."""
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, env=env, cwd=cwd, check=False)
    except OSError as exc:
        raise BuildError(f"{step}: cannot run {command[0]} ({exc})") from None
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-25:])
        raise BuildError(f"{step} failed (exit code {done.returncode}):\n{tail}")
    return done.stdout


def check_tools(*, deb: bool) -> None:
    """The programs the Linux build needs; BuildError naming the Debian packages that bring the missing."""
    if IS_WINDOWS:
        return
    needed = {"objdump": "binutils", "tar": "tar", "xz": "xz-utils"}
    if os.environ.get("LABCLIENT_FREEZE_REAL_QTQUICK") != "1":
        needed[os.environ.get("CC", "cc")] = "gcc"
    if deb:
        needed["dpkg-deb"] = "dpkg"
    missing = sorted({pkg for tool, pkg in needed.items() if shutil.which(tool) is None})
    if missing:
        raise BuildError(f"missing build tools; install them with: sudo apt-get install {' '.join(missing)}")


def make_icons(out: Path) -> tuple[Path, Path]:
    """Draw the program icon (installer/make_icon.py, in its own offscreen Qt process)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run("drawing the icon", [sys.executable, str(INSTALLER / "make_icon.py"), str(out)], env=env)
    return out / "labclient.png", out / "labclient.ico"


def freeze(spec: str, name: str, out: Path, *, icons: Path | None = None) -> Frozen:
    """Run PyInstaller on ``installer/<spec>``; the frozen folder ``out/dist/<name>``.

    The Python modules are stored in the program uncompressed (PYINSTALLER_ZLIB_COMPRESSION_LEVEL
    0): the download's xz then compresses them 1 MB better than PyInstaller's zlib does."""
    env = dict(os.environ, PYINSTALLER_ZLIB_COMPRESSION_LEVEL="0")
    if icons is not None:
        env["LABCLIENT_ICON_DIR"] = str(icons)
    run(f"PyInstaller ({spec})", [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                                  "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
                                  str(INSTALLER / spec)], env=env, cwd=ROOT)
    folder = out / "dist" / name
    program = folder / (f"{name}.exe" if IS_WINDOWS else name)
    if IS_WINDOWS and name == "labclient":
        program = folder / "labclient-cli.exe"
    if not program.exists():
        raise BuildError(f"PyInstaller ({spec}) made no {program}")
    return Frozen(folder, program)


def self_test(program: Path) -> str:
    """Run the frozen ``--self-test`` headless; its report. BuildError with the report if it fails."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("PYTHONPATH", "PYTHONHOME", "PYTHON_KEYRING_BACKEND"):
        env.pop(var, None)
    try:
        done = subprocess.run([str(program), "--self-test"], capture_output=True, text=True, env=env,
                              timeout=SELF_TEST_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise BuildError(f"the frozen self-test did not finish in {SELF_TEST_TIMEOUT_S:.0f} s") from None
    if done.returncode != 0:
        raise BuildError(f"the frozen program fails its self-test (exit code {done.returncode}):\n"
                         f"{done.stdout}{done.stderr[-3000:]}")
    return done.stdout


def elf_files(folder: Path) -> list[Path]:
    """The ELF binaries in a frozen folder (programs and shared libraries, not links)."""
    files = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def system_libraries(folder: Path) -> tuple[set[str], dict[str, tuple[int, ...]]]:
    """The libraries the frozen folder needs from the system, and the highest symbol version it
    needs of each versioned family (GLIBC, GLIBCXX) as a number tuple."""
    inside = {p.name for p in folder.rglob("*.so*")}
    needed: set[str] = set()
    highest: dict[str, tuple[int, ...]] = {}
    for path in elf_files(folder):
        text = run("reading library dependencies", ["objdump", "-p", str(path)])
        needed |= {line.split()[1] for line in text.splitlines() if line.strip().startswith("NEEDED")}
        for family, number in re.findall(r"\b(GLIBC|GLIBCXX)_([0-9.]+)\b", text):
            key = tuple(int(n) for n in number.split("."))
            highest[family] = max(highest.get(family, ()), key)
    return needed - inside, highest


def deb_depends(folder: Path) -> tuple[str, dict[str, str]]:
    """The .deb's Depends line for the frozen folder, and the minimum versions found (for BUILD-INFO)."""
    outside, highest = system_libraries(folder)
    unknown = sorted(lib for lib in outside if lib not in SYSTEM_PACKAGES)
    if unknown:
        raise BuildError(f"the program needs system libraries no package is known for: {', '.join(unknown)}; "
                         "add them to SYSTEM_PACKAGES in installer/build.py (dpkg -S LIBRARY names the package)")
    glibc = ".".join(map(str, highest.get("GLIBC", (2, 17))))
    glibcxx = highest.get("GLIBCXX", (3, 4, 26))
    gcc = GLIBCXX_GCC.get(glibcxx[-1] if len(glibcxx) == 3 else 26, "9")
    versions = {"libc6": glibc, "libstdc++6": gcc}
    packages = sorted({SYSTEM_PACKAGES[lib] for lib in outside})
    depends = [f"{p} (>= {versions[p]})" if p in versions else p for p in packages]
    return ", ".join(depends), {"glibc": glibc, "glibcxx": ".".join(map(str, glibcxx)), "libstdc++6": gcc}


def write_build_info(app: Frozen, extra: dict[str, str]) -> Path:
    """``BUILD-INFO.json`` in the frozen folder: what was built, from what, with which tools."""
    from importlib.metadata import version as dist_version

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=False).stdout.strip()
    info = {"labclient": version(), "commit": commit or "unknown", "python": platform.python_version(),
            "pyside6": dist_version("PySide6-Essentials"), "pyinstaller": dist_version("pyinstaller"),
            "platform": f"{sys.platform}-{platform.machine()}", **extra}
    path = app.folder / "BUILD-INFO.json"
    path.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return path


def pack_tar_xz(folder: Path, target: Path, epoch: int, preset: int = XZ_PRESET) -> Path:
    """``folder`` as a reproducible tar.xz (sorted names, owner root, fixed times) at ``target``,
    compressed at xz ``preset``."""
    part = target.with_name(target.name + ".part")
    tar = subprocess.Popen(["tar", "--sort=name", "--owner=0", "--group=0", "--numeric-owner", f"--mtime=@{epoch}",
                            "-C", str(folder.parent), "-cf", "-", folder.name], stdout=subprocess.PIPE)
    assert tar.stdout is not None
    with part.open("wb") as fh:
        xz = subprocess.run(["xz", *xz_options(preset), "-c"], stdin=tar.stdout, stdout=fh, check=False)
    tar.stdout.close()
    if tar.wait() != 0 or xz.returncode != 0:
        part.unlink(missing_ok=True)
        raise BuildError(f"packing {target.name} failed (tar {tar.returncode}, xz {xz.returncode})")
    part.replace(target)
    return target


def pack_deb(app: Frozen, icon: Path, out: Path, epoch: int, depends: str, preset: int = XZ_PRESET) -> Path:
    """The .deb: the frozen folder under /opt/labclient, /usr/bin/labclient linking to its
    program, a desktop entry and the icon; built with dpkg-deb, compressed at xz ``preset``."""
    log("building the .deb")
    _machine, deb_arch = arch()
    ver = version()
    stage = out / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / "opt" / "labclient"
    shutil.copytree(app.folder, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "labclient").symlink_to("/opt/labclient/labclient")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "labclient.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    icons = stage / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copyfile(icon, icons / "labclient.png")
    size_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = stage / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: labclient\nVersion: {ver}\nArchitecture: {deb_arch}\n"
        f"Maintainer: {os.environ.get('LABCLIENT_DEB_MAINTAINER', 'LabClient <labclient@example.org>')}\n"
        f"Installed-Size: {size_kib}\nDepends: {depends}\nSection: misc\nPriority: optional\n"
        "Homepage: https://example.org/labclient\n"
        "Description: offline-first work client for computer labs\n"
        " Workers transcribe audio and documents, tag images and key data from a task\n"
        " cache on their own PC; results go to the organisation's hub whenever a\n"
        " connection exists. Check an installation with: labclient --self-test\n", encoding="utf-8")
    for path in [stage, *stage.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = out / f"labclient_{ver}_{deb_arch}.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
    run("dpkg-deb", ["dpkg-deb", "--root-owner-group", "-Zxz", f"-z{preset}", "--build", str(stage), str(target)],
        env=env)
    shutil.rmtree(stage, ignore_errors=True)
    return target


def write_checksums(files: Sequence[Path], out: Path) -> Path:
    """``SHA256SUMS`` beside the packages (``sha256sum -c SHA256SUMS`` checks a copy, e.g. after a USB stick)."""
    lines = []
    for path in files:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    target = out / "SHA256SUMS"
    target.write_text("".join(lines), encoding="utf-8")
    return target


def build(out: Path = DEFAULT_OUT, *, archive: bool = True, deb: bool = True, bare: bool = False,
          test: bool = True, preset: int = XZ_PRESET, deb_preset: int | None = None) -> Result:
    """Freeze LabClient (and with ``bare`` the baseline window), self-test it, and pack what was
    asked for (Linux) at xz ``preset`` (the .deb at ``deb_preset`` when given). BuildError when a
    step fails."""
    started = time.monotonic()
    out = out.resolve()
    check_tools(deb=deb and not IS_WINDOWS)
    out.mkdir(parents=True, exist_ok=True)
    epoch = source_date_epoch()
    png, _ico = make_icons(out / "icon")
    log(f"freezing LabClient {version()} into {out / 'dist'}")
    app = freeze("labclient.spec", "labclient", out, icons=out / "icon")
    extra: dict[str, str] = {}
    depends = ""
    if not IS_WINDOWS:
        depends, extra = deb_depends(app.folder)
    write_build_info(app, extra)
    if test:
        log("running the frozen program's --self-test")
        self_test(app.program)
    bare_app = freeze("bare_window.spec", "bare_window", out) if bare else None
    machine, _deb_arch = arch()
    archive_path = bare_archive = deb_path = None
    if not IS_WINDOWS:
        # The .deb's single-threaded xz and the archive's run side by side.
        with ThreadPoolExecutor(max_workers=2) as pool:
            deb_job = pool.submit(pack_deb, app, png, out, epoch, depends,
                                  preset if deb_preset is None else deb_preset) if deb else None
            if archive:
                log("packing the tar.xz")
                archive_path = pack_tar_xz(app.folder, out / f"labclient-{version()}-linux-{machine}.tar.xz", epoch,
                                           preset)
            if bare_app is not None:
                bare_archive = pack_tar_xz(bare_app.folder, out / f"bare_window-linux-{machine}.tar.xz", epoch, preset)
            deb_path = deb_job.result() if deb_job is not None else None
        packages = [p for p in (archive_path, deb_path) if p is not None]
        if packages:
            write_checksums(packages, out)
    return Result(app, archive_path, deb_path, bare_app, bare_archive, time.monotonic() - started)


def windows_installer(result: Result, out: Path) -> Path | None:
    """Compile installer/labclient.iss with Inno Setup's iscc when it is installed (Windows)."""
    iscc = shutil.which("iscc") or shutil.which(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    if iscc is None:
        log("Inno Setup (iscc) not found: install it, then run installer\\build-windows.cmd again")
        return None
    run("Inno Setup", [iscc, f"/DAppVersion={version()}", f"/DSourceDir={result.app.folder}",
                       f"/DIconFile={out / 'icon' / 'labclient.ico'}", f"/O{out}", str(INSTALLER / "labclient.iss")])
    setup = out / f"labclient-{version()}-windows-setup.exe"
    write_checksums([setup], out)
    return setup


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; returns the exit code."""
    parser = argparse.ArgumentParser(description="Build LabClient's installers (docs/INSTALL.md).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="where everything goes (default: build/installer)")
    parser.add_argument("--no-archive", action="store_true", help="no tar.xz")
    parser.add_argument("--no-deb", action="store_true", help="no .deb")
    parser.add_argument("--bare", action="store_true", help="also freeze and pack the bare-window size baseline")
    parser.add_argument("--no-self-test", action="store_true", help="do not run the frozen program's self-test")
    parser.add_argument("--xz-preset", type=int, choices=range(10), default=XZ_PRESET, metavar="N",
                        help=f"xz compression, 0-9 (default {XZ_PRESET}: the smallest; 3 packs about three "
                             "times faster)")
    args = parser.parse_args(argv)
    try:
        result = build(args.out, archive=not args.no_archive, deb=not args.no_deb, bare=args.bare,
                       test=not args.no_self_test, preset=args.xz_preset)
        setup = windows_installer(result, args.out.resolve()) if IS_WINDOWS else None
    except BuildError as exc:
        print(f"installer: {exc}", file=sys.stderr)
        return 1
    for path in (result.app.program, result.archive, result.deb, result.bare_archive, setup):
        if path is not None:
            size = f" ({path.stat().st_size / 1e6:.1f} MB)" if path.is_file() and path.suffix != "" else ""
            print(f"{path}{size}")
    log(f"done in {result.seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
