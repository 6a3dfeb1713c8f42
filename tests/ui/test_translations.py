"""Every user-visible string of the window goes through Qt's translation (issue 7).

A static check over ``ui/``: string literals handed to Qt's text setters
(setText, setToolTip, QMessageBox texts, QAction/QLabel texts, status-bar
messages, the window's own message/banner helpers, …) must be wrapped in
``self.tr()``, ``QCoreApplication.translate()`` or ``QT_TRANSLATE_NOOP()``.
Then the catalogues: every wrapped string is in ``verso_de.ts`` (``make
translations`` was run), counts use plural forms, and German is complete.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
TS = ROOT / "resources" / "translations"

ALL = None  # every positional argument may carry text
#: Methods and constructors that put text on screen -> the positions of their text arguments.
TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys((
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
        "setAccessibleName", "setAccessibleDescription", "showMessage", "addAction", "addMenu", "addTab",
        "setTabText", "setTabToolTip", "setItemText", "setHeaderLabels", "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels", "setInformativeText", "setDetailedText", "setTitle", "setLabelText",
        "setWindowIconText", "insertTab", "addSection",
        "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
        "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QCommandLinkButton",
    ), ALL),
    "addItem": (0,),  # QComboBox.addItem(text, userData)
    "insertItem": (1,),
    "QMessageBox": (1, 2),  # (icon, title, text)
    **dict.fromkeys(("information", "warning", "critical", "question", "about"), (1, 2)),
    **dict.fromkeys(("getOpenFileName", "getSaveFileName", "getOpenFileNames"), (1, 3)),
    "getExistingDirectory": (1,),
    # Verso's own helpers that end up on screen
    "show_message": (0,), "show_banner": (0, 1), "show_target": (0,), "show_nothing": (0,),
    "ask_open_path": (1, 3), "ask_save_path": (1, 3), "_ask_path": (0,), "_record": (1,),
    "_name": (1, 2),
}
TEXT_KEYWORDS = {"text", "title", "caption", "filter", "label", "header"}
WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_NOOP"}
#: Literal words that are names, not text (the app's name, formats, libraries).
NAMES = re.compile(r"\b(Verso|PySide6|Python|Qt|PDF|HTML)\b")
TAGS = re.compile(r"<[^>]*>")
#: Files that are not part of the window people see: developer tools.
NOT_UI = {"screenshot.py", "screenshot_annotations.py", "action_strings.py"}
#: (file, literal) pairs that stay as they are, with the reason.
ALLOWED = {
    ("report_pdf.py", "Verso report"),  # PDF metadata of the core's report, which is English
}


def has_text(value: str) -> bool:
    """Whether a literal holds words a reader would read (not a glyph, a key name or a name)."""
    return bool(re.search(r"[^\W\d_]{2,}", NAMES.sub("", TAGS.sub("", value))))


def _wrapped(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in WRAPPERS


def untranslated(node: ast.AST | None) -> list[str]:
    """The literal texts in an argument expression that are not wrapped in a translate call."""
    if node is None or _wrapped(node):
        return []
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) and has_text(node.value) else []
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant) and has_text(v.value)]
    if isinstance(node, ast.BinOp):
        return untranslated(node.left) + untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return untranslated(node.body) + untranslated(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [t for v in node.values for t in untranslated(v)]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for e in node.elts for t in untranslated(e)]
    if isinstance(node, ast.Dict):
        return [t for v in node.values for t in untranslated(v)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
            "format", "join", "replace", "strip", "rstrip", "lstrip", "lower", "upper", "title", "get"):
        found = untranslated(node.func.value)
        if node.func.attr == "join":
            found += [t for a in node.args for t in untranslated(a)]
        return found
    return []


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def untranslated_texts(source: str, filename: str = "<test>") -> list[tuple[str, int, str]]:
    """(file, line, literal) of every text literal handed to a text call without a translate wrapper."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name not in TEXT_CALLS:
            continue
        positions = TEXT_CALLS[name]
        args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
        args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for arg in args:
            for text in untranslated(arg):
                if (Path(filename).name, text) not in ALLOWED:
                    out.append((filename, node.lineno, text))
    return out


def test_the_check_finds_plain_literals() -> None:
    found = untranslated_texts('''
label.setText("Hello there")
label.setToolTip(f"{n} differences")
bar.showMessage("Saved " + name, 4000)
QMessageBox.warning(self, "Oops", message)
menu.addAction("Clear Recent", handler)
self.message.show_message("No such file", "error")
''')
    assert [t for _f, _l, t in found] == ["Hello there", " differences", "Saved ", "Oops", "Clear Recent",
                                          "No such file"]
    assert untranslated_texts('''
label.setText(self.tr("Hello there"))
label.setToolTip(QCoreApplication.translate("X", "{n} differences").format(n=n))
button.setText("✕")
chip.setText(f"{label} {count}")
self.message.show_message(text, "info")
box.addItem(self.tr("Every status"), "problems")
self.setWindowTitle(f"{a} ↔ {b}[*] — Verso")
''') == []


def test_every_user_visible_literal_in_ui_is_translated() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name not in NOT_UI:
            found += untranslated_texts(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(
        f"  {f}:{line}: {text!r}" for f, line, text in found)


# ---- the catalogues ------------------------------------------------------------------------

def marked_strings() -> set[tuple[str, str]]:
    """(context, source) of every literal self.tr / translate / QT_TRANSLATE_NOOP call in ui/."""
    out = set()
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            body = tree if cls is None else cls
            for node in ast.walk(body):
                if not isinstance(node, ast.Call) or _call_name(node) not in WRAPPERS:
                    continue
                args = node.args
                if _call_name(node) == "tr" and cls is not None and args and isinstance(args[0], ast.Constant):
                    out.add((cls.name, args[0].value))
                elif (_call_name(node) != "tr" and len(args) >= 2 and isinstance(args[0], ast.Constant)
                      and isinstance(args[1], ast.Constant)):
                    out.add((args[0].value, args[1].value))
    return out


def catalogue(name: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(TS / name).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_the_catalogues_hold_every_marked_string() -> None:
    german = catalogue("verso_de.ts")
    missing = sorted(marked_strings() - set(german))
    assert not missing, f"run `make translations`; not in verso_de.ts: {missing[:10]}"
    for (context, source), message in german.items():
        if "%n" in source or "%Ln" in source:  # counts: plural forms, never "1 differences"
            assert message.get("numerus") == "yes", (
                f"{context}: {source!r} is not a plural message; use self.tr(text, '', n) "
                "(lupdate misses the count of QCoreApplication.translate(..., n) with a variable)")
    english = catalogue("verso_en.ts")
    plurals = {key for key, m in german.items() if m.get("numerus") == "yes"}
    assert plurals <= set(english), "verso_en.ts lacks English plural forms: run `make translations`"
    for message in english.values():
        forms = [f.text for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")


def test_german_is_complete() -> None:
    unfinished = [f"{context}: {source}" for (context, source), message in catalogue("verso_de.ts").items()
                  if message.find("translation").get("type") == "unfinished"]
    assert not unfinished, f"{len(unfinished)} German translations to fill: {unfinished[:10]}"


def test_translations_keep_their_placeholders() -> None:
    fields = re.compile(r"\{\w*\}|%L?n|&(?=\w)")
    for name in ("verso_de.ts", "verso_en.ts"):
        for (context, source), message in catalogue(name).items():
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            want = sorted(fields.findall(source))
            for form in forms:
                got = sorted(fields.findall(form))
                assert got == want, f"{name} {context}: {source!r} -> {form!r}"


def test_the_window_s_verdict_and_kind_words_match_the_core() -> None:
    from app.project import VERDICT_ORDER
    from ui.palette import KINDS, STYLES, kind_label, kind_word
    from ui.review import verdicts

    for verdict in VERDICT_ORDER:  # marked copies of app.project's English names (lupdate cannot read app/)
        assert verdicts._TEXTS[verdict] == (verdict.label, verdict.description)
        assert verdicts.verdict_label(verdict) == verdict.label  # English: no catalogue entry changes it
    for kind in KINDS:
        assert kind_label(kind) == STYLES[kind].label and kind_word(kind) == kind
