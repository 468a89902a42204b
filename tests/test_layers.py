"""The layers of docs/ARCHITECTURE.md, checked in the source: the core imports no Qt, and the UI
reaches the core only through the Workspace (no store, no SQL, no clock passed around).

A screen that called ``timesheet.clock_in(ws.store, session, clock=...)`` would still work; these
tests are what stops the next one from growing a second way to reach the core.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: ``labclient selftest`` checks that the installed app's Qt starts, so it loads Qt (inside its checks).
QT_ON_PURPOSE = {ROOT / "labclient" / "selftest.py"}
CORE = sorted(p for p in (ROOT / "labclient").rglob("*.py")
              if "ui" not in p.relative_to(ROOT / "labclient").parts and p not in QT_ON_PURPOSE)
UI = sorted((ROOT / "labclient" / "ui").rglob("*.py"))


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _imports(tree: ast.AST) -> Iterator[tuple[str, str | None, int]]:
    """(module, imported name or None for ``import module``, line) for every import in ``tree``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                yield node.module, alias.name, node.lineno


def _takes_a_store(module: str, name: str) -> bool:
    """Whether ``module.name`` is a function whose first parameter is the store."""
    value = getattr(importlib.import_module(module), name, None)
    if not inspect.isfunction(value):
        return False
    first = next(iter(inspect.signature(value).parameters), None)
    return first == "store"


@pytest.mark.parametrize("path", CORE, ids=_name)
def test_the_core_imports_no_qt(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    qt = [f"line {line}: {module}" for module, _name, line in _imports(tree)
          if module.split(".")[0] in {"PySide6", "shiboken6"}]
    assert qt == [], f"{_name(path)} is core code and imports Qt"


@pytest.mark.parametrize("path", UI, ids=_name)
def test_a_screen_reaches_the_core_through_the_workspace(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrong: list[str] = []
    modules: dict[str, str] = {}  # local name of an imported core module: its full name
    for module, name, line in _imports(tree):
        if module in {"sqlite3", "sqlite_utils", "labclient.store"} and name not in {"DB_NAME"}:
            wrong.append(f"line {line}: imports {module}{'.' + name if name else ''} (SQL belongs to the core)")
        elif module.startswith("labclient.") and name is not None:
            full = f"{module}.{name}"
            try:
                importlib.import_module(full)
                modules[name] = full
            except ImportError:
                if _takes_a_store(module, name):
                    wrong.append(f"line {line}: imports {full}, which takes a store (use the Workspace)")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if any(k.arg == "clock" for k in node.keywords):
                wrong.append(f"line {node.lineno}: passes clock= (the workspace has the clock)")
            func = node.func
            if (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                    and func.value.id in modules and _takes_a_store(modules[func.value.id], func.attr)):
                wrong.append(f"line {node.lineno}: calls {modules[func.value.id]}.{func.attr} with a store")
        elif isinstance(node, ast.Attribute) and node.attr == "store" and isinstance(node.ctx, ast.Load):
            wrong.append(f"line {node.lineno}: reads .store (use the Workspace's methods)")
    assert wrong == [], f"{_name(path)}:\n" + "\n".join(wrong)
