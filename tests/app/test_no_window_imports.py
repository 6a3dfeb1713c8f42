"""No door from the core to the window: no module of app/ imports ui/ or Qt, anywhere.

``test_no_qt`` imports every module and looks at ``sys.modules``: it misses an
import inside a function that has not run. This reads the source instead:
every ``import``/``from ... import`` at any depth, every string constant that
is nothing but a dotted name of such a module (``"ui.report_pdf"``: an
argument of ``importlib.import_module`` or a name kept to be imported later),
and a bare ``"ui"``/``"PySide6"`` handed to ``import_module``/``__import__``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
WINDOW = re.compile(r"(ui|PySide6|shiboken6)(\.[A-Za-z_][\w.]*)?")


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def window_imports(source: str) -> list[tuple[int, str]]:
    """(line, what) of every way ``source`` could import the window or Qt."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call):  # import_module("ui"): a bare name counts here only
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__"):
                names = [a.value for a in node.args if isinstance(a, ast.Constant)
                         and isinstance(a.value, str) and "." not in a.value]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            names = [node.value] if "." in node.value else []
        found += [(getattr(node, "lineno", 0), n) for n in names if WINDOW.fullmatch(n)]
    return found


def test_the_check_finds_every_kind_of_door() -> None:
    source = '''
import os
def later():
    from ui.main import run
    import PySide6.QtCore
    importlib.import_module("ui.report_pdf")
    __import__("shiboken6")
    importlib.import_module("ui")
PROVIDER = "ui.report_pdf"
def fine():
    """Talks about ui and PySide6 in prose: not an import."""
    return "build" + "ui"
'''
    assert sorted(window_imports(source)) == [
        (4, "ui.main"), (5, "PySide6.QtCore"), (6, "ui.report_pdf"), (7, "shiboken6"), (8, "ui"), (9, "ui.report_pdf")]


def test_no_app_module_imports_the_window_or_qt() -> None:
    modules = sorted(APP.rglob("*.py"))
    assert len(modules) > 30
    doors = [f"{path.relative_to(APP.parent)}:{line}: {name}"
             for path in modules for line, name in window_imports(path.read_text(encoding="utf-8"))]
    assert not doors, "app/ must not import ui/ or Qt:\n" + "\n".join(doors)
