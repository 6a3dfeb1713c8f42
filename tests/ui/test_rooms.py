"""ui/ in rooms (issue 15): no import cycles, small modules, few modules at the top."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
MAX_LINES = 500
MAX_TOP = 12
MAX_TYPE_IGNORES = 0


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, known: set[str]) -> set[str]:
    """Every ui module ``path`` imports, at any depth (in functions, under TYPE_CHECKING)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
        else:
            continue
        out |= {n for n in names if n in known and n.startswith("ui.")}
    # "from ui.jobs import runner" names ui.jobs.runner; the package itself only if nothing under it
    return {n for n in out if not any(o.startswith(n + ".") for o in out)}


def graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in UI.rglob("*.py")}
    known = set(paths)
    return {name: imports(path, known) - {name} for name, path in paths.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_check_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_ui_has_no_import_cycles() -> None:
    found = cycles(graph())
    assert not found, "import cycles in ui/ (imports in functions and under TYPE_CHECKING count):\n" + "\n".join(
        " -> ".join(c) for c in found)


def test_no_ui_module_is_over_500_lines() -> None:
    big = {str(p.relative_to(ROOT)): n for p in UI.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not big, f"split these by role: {big}"


def test_ui_is_in_rooms() -> None:
    top = sorted(p.name for p in UI.glob("*.py"))
    assert len(top) <= MAX_TOP, top
    for room in ("jobs", "panes", "panels", "review", "dialogs", "shell"):
        init = UI / room / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{init}: say what lives here"


def test_mypy_checks_all_of_ui_as_it_checks_app() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert set(config["packages"]) == {"app", "ui"}
    unchecked = [m for o in config.get("overrides", []) if o.get("ignore_errors") or o.get("disable_error_code")
                 for m in o["module"]]
    assert not unchecked, f"no module of app/ or ui/ is left out of mypy: {unchecked}"


def test_few_type_ignores_in_ui() -> None:
    """Each one names its error code, and there are no more than today's (issue 15 started at 39)."""
    found = [(str(p.relative_to(ROOT)), n) for p in UI.rglob("*.py")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if "type: ignore" in line]
    blanket = [f for f in found if "type: ignore[" not in Path(ROOT / f[0]).read_text(encoding="utf-8")
               .splitlines()[f[1] - 1]]
    assert not blanket, f"name the error code: {blanket}"
    assert len(found) <= MAX_TYPE_IGNORES, found


def classes(path: Path) -> dict[str, list[str]]:
    """Each class of a module and the names of its bases."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name: [ast.unparse(b) for b in node.bases] for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)}


def test_the_window_and_the_review_are_plain_objects_not_mixins() -> None:
    assert classes(UI / "shell" / "main_window.py")["MainWindow"] == ["QMainWindow"]
    assert classes(UI / "review" / "controller.py")["ReviewController"] == ["QObject"]
    for job in ("project_file", "annotating", "exporting", "fact_reviewing"):
        bases = {b for bs in classes(UI / "review" / f"{job}.py").values() for b in bs}
        assert bases <= {"QObject"}, f"ui/review/{job}.py: {bases}"


def test_nothing_but_the_launcher_knows_the_main_window() -> None:
    """The window's parts are typed against ui.shell.host.ReaderWindow and call its public methods."""
    edges = graph()
    users = sorted(m for m, to in edges.items() if "ui.shell.main_window" in to)
    assert users == ["ui.main"], users
    private = [(str(p.relative_to(ROOT)), n) for p in UI.rglob("*.py") if p.name != "main_window.py"
               for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
               if "window._" in line and "window.__" not in line]
    assert not private, f"private calls on the window: {private}"


def str_sides(source: str) -> list[str]:
    """Arguments and annotated names that hold a side (``side``, ``origin``, ``*_side``) typed ``str``."""
    out = []
    for node in ast.walk(ast.parse(source)):
        pairs: list[tuple[str, ast.expr | None]] = []
        if isinstance(node, ast.arg):
            pairs = [(node.arg, node.annotation)]
        elif isinstance(node, ast.AnnAssign):
            pairs = [(ast.unparse(node.target).split(".")[-1], node.annotation)]
        for name, annotation in pairs:
            if (name in ("side", "origin") or name.endswith("_side")) and annotation is not None \
                    and "str" in ast.unparse(annotation):
                out.append(f"{node.lineno}: {name}: {ast.unparse(annotation)}")
    return out


def test_sides_are_typed_as_the_vocabulary_says() -> None:
    """A side is ``app.vocabulary.Side`` (or ``ui.review.state.ViewSide`` with the redline), never ``str``."""
    probe = "def f(side: str, origin: str | None, n: str) -> None:\n    self.active_side: str = 'x'\n"
    assert sorted(str_sides(probe)) == ["1: origin: str | None", "1: side: str", "2: active_side: str"]
    found = [f"{p.relative_to(ROOT)}:{hit}" for p in UI.rglob("*.py")
             for hit in str_sides(p.read_text(encoding="utf-8"))]
    assert not found, found


MUTATORS = {"append", "add", "update", "pop", "clear", "setdefault", "extend", "insert", "remove", "discard", "popitem"}
# The process's own resources, not a window's or a comparison's: the warm child processes every
# window's runner (and the head start, before Qt) hands jobs to; the QGuiApplication the command
# line makes for a PDF, which must stay referenced while the process runs.
PROCESS_RESOURCES = {"ui/jobs/child_process.py": {"_idle"}, "ui/report_pdf.py": {"_APP"}}


def changed_module_names(source: str) -> set[str]:
    """Module-level names a function rebinds (``global``) or changes in place (``x.append``, ``x[k] =``)."""
    tree = ast.parse(source)
    names = {t.id for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign)
             for t in (node.targets if isinstance(node, ast.Assign) else [node.target]) if isinstance(t, ast.Name)}
    out: set[str] = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for n in ast.walk(fn):
            if isinstance(n, ast.Global):
                out |= set(n.names)
            elif (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in MUTATORS
                  and isinstance(n.func.value, ast.Name) and n.func.value.id in names):
                out.add(n.func.value.id)
            elif isinstance(n, ast.Assign | ast.AugAssign | ast.Delete):
                targets = n.targets if isinstance(n, ast.Assign | ast.Delete) else [n.target]
                out |= {t.value.id for t in targets if isinstance(t, ast.Subscript)
                        and isinstance(t.value, ast.Name) and t.value.id in names}
    return out


def test_no_module_level_state_in_ui_but_the_process_s_own() -> None:
    """What a window shows lives in its reader state; what the application keeps, on the application."""
    probe = "CACHE = {}\nSEEN = []\nN = 0\ndef f():\n    global N\n    CACHE['k'] = 1\n    SEEN.append(2)\n"
    assert changed_module_names(probe) == {"CACHE", "SEEN", "N"}
    found = {str(p.relative_to(ROOT)): names for p in UI.rglob("*.py")
             if (names := changed_module_names(p.read_text(encoding="utf-8")))}
    assert found == PROCESS_RESOURCES
