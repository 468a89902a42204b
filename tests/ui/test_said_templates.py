"""Every sentence the core says (``Said(code, template, ...)`` in labclient/) has a translatable
template in labclient/ui/messages.py, found by code and English template, or is an error's: a
new sentence written in English only fails here, not in front of a worker who reads Urdu."""

from __future__ import annotations

import ast
from pathlib import Path

from labclient.said import Said
from labclient.ui import messages

LABCLIENT = Path(__file__).resolve().parent.parent.parent / "labclient"


def _text(node: ast.expr, assigned: dict[str, list[str]]) -> list[str] | None:
    """The English texts a literal can be: a string, a choice of two, a concatenation, or a name
    given such a value before in the same file."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        a, b = _text(node.body, assigned), _text(node.orelse, assigned)
        return None if a is None or b is None else a + b
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left, assigned), _text(node.right, assigned)
        if left is None or right is None:
            return None
        return [x + y for x in left for y in right]
    if isinstance(node, ast.Name):
        return assigned.get(node.id)
    return None


def said_in_code() -> list[tuple[str, str, str]]:
    """(where, code, template) of each Said(...) written with literal code and template, the
    templates of a choice or a concatenation of literals spelled out."""
    found = []
    for path in sorted(LABCLIENT.rglob("*.py")):
        if "ui" in path.relative_to(LABCLIENT).parts:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        assigned: dict[str, list[str]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                texts = _text(node.value, {})
                if texts is not None:
                    assigned.setdefault(node.targets[0].id, []).extend(texts)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Said"):
                continue
            code = node.args[0].value if node.args and isinstance(node.args[0], ast.Constant) else None
            if not isinstance(code, str) or len(node.args) < 2:
                continue
            texts = _text(node.args[1], assigned)
            assert texts, f"{path.name}:{node.lineno}: a Said whose template is not spelled out here"
            found += [(f"{path.name}:{node.lineno}", code, t) for t in texts]
    return found


def test_the_scan_finds_the_sentences_of_a_sync_a_flag_and_the_timesheet_chain() -> None:
    codes = {code for _where, code, _template in said_in_code()}
    assert {"sync.sent", "flag.restart", "chain.missing", "record.correction"} <= codes


def test_every_sentence_of_the_core_has_a_translatable_template() -> None:
    missing = [f"{where} {code}: {template!r}" for where, code, template in said_in_code()
               if (code, template) not in messages._SAID]
    assert not missing, "no template in labclient/ui/messages.py for:\n" + "\n".join(missing)


def test_a_flag_is_shown_in_the_supervisors_language_when_its_sentence_is_known() -> None:
    said = Said("flag.unknown", "Something new happened to {name}.", {"name": "Amina Njeri"})
    assert messages.said_text(said) == "Something new happened to Amina Njeri.", "unknown: its English, whole"


def issues_in_code() -> list[tuple[str, str, str]]:
    """(where, code, template) of each ``Issue(field, code, template, ...)`` the task kinds write
    with a literal code and template (a result rule a worker meets at submit)."""
    found = []
    for path in sorted((LABCLIENT / "tasks").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Issue"):
                continue
            if len(node.args) < 3 or not isinstance(node.args[1], ast.Constant):
                continue
            texts = _text(node.args[2], {}) or []
            found += [(f"{path.name}:{node.lineno}", str(node.args[1].value), t) for t in texts]
    return found


def test_every_result_rule_a_worker_meets_has_a_translatable_sentence() -> None:
    found = issues_in_code()
    assert {"text.empty", "labels.too_few", "field.required", "translation.term"} <= {c for _w, c, _t in found}
    missing = [f"{where} {code}: {template!r}" for where, code, template in found
               if code not in messages._ISSUES and (code, template) not in messages._ISSUE_VARIANTS]
    assert not missing, "no template in labclient/ui/messages.py for:\n" + "\n".join(missing)
