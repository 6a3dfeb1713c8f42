"""Every action of the window, declared once: text, shortcuts, menu, handler.

Menus are built from this table in order, and tests check that every
shortcut parses and that no two actions share one. Standard keys are used
where Qt has them, so platforms get their native bindings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.vocabulary import KIND_TABLE

SK = QKeySequence.StandardKey
Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One user action: where it shows and what it calls on the window."""

    name: str
    text: str
    menu: str
    handler: str
    shortcuts: tuple[Key, ...] = ()
    tip: str = ""
    checkable: bool = False
    checked: bool = False
    separator_before: bool = False


MENUS = ("&File", "&Edit", "&View", "&Go", "Revie&w", "&Compare", "&Help")

ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("open_original", "Open &Original…", "&File", "files.open_original", (SK.Open,),
               "Choose the original text (left)"),
    ActionSpec("open_copy", "Open &Copy…", "&File", "files.open_copy", ("Ctrl+Shift+O",),
               "Choose the copy to check (right)"),
    ActionSpec("open_project", "Open &Project…", "&File", "review.file.open_project_dialog", ("Ctrl+Alt+O",),
               "Open a saved review (.verso): both texts, verdicts and notes"),
    ActionSpec("swap_sides", "&Swap Sides", "&File", "files.swap_sides", ("Ctrl+Alt+S",),
               "Make the copy the original and the original the copy"),
    ActionSpec("recent", "&Recent Comparisons", "&File", "files.build_recent_menu"),
    ActionSpec("scan_copies", "Sca&n Copies…", "&File", "scan.scan_copies", (),
               "Search a folder for documents that borrowed from the original, ranked by how much"),
    ActionSpec("save_project", "&Save Project", "&File", "review.file.save", ("Ctrl+S",),
               "Save both texts, verdicts and notes in a .verso project",
               separator_before=True),
    ActionSpec("save_project_as", "Save Project &As…", "&File", "review.file.save_as",
               ("Ctrl+Shift+S",)),
    ActionSpec("export_html", "&Export Report…", "&File", "review.exporting.export_html", (),
               "A standalone web page: both texts, every difference, verdicts and notes",
               separator_before=True),
    ActionSpec("export_pdf", "Export Report as P&DF…", "&File", "review.exporting.export_pdf"),
    ActionSpec("export_docx", "Export as &Word (Tracked Changes)…", "&File", "review.exporting.export_docx", (),
               "The copy as a Word document: what it changed as tracked changes, verdicts and notes "
               "as comments"),
    ActionSpec("print_report", "&Print Report…", "&File", "review.exporting.print_report", ("Ctrl+P",)),
    ActionSpec("close_window", "&Close Window", "&File", "close", (SK.Close,),
               separator_before=True),
    ActionSpec("quit", "&Quit", "&File", "files.quit_app", (SK.Quit,)),
    # Edit
    ActionSpec("undo", "&Undo", "&Edit", "review.annotating.undo", ("Ctrl+Z",), "Undo the last verdict, note "
               "or highlight change"),
    ActionSpec("redo", "&Redo", "&Edit", "review.annotating.redo", ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec("copy_text", "&Copy", "&Edit", "files.copy_selection", (SK.Copy,)),
    ActionSpec("select_all", "Select &All", "&Edit", "files.select_all", (SK.SelectAll,)),
    ActionSpec("paste_original", "Paste as &Original", "&Edit", "files.paste_original",
               ("Ctrl+Alt+V",), "Use the clipboard's text as the original",
               separator_before=True),
    ActionSpec("paste_copy", "Paste as Co&py", "&Edit", "files.paste_copy", ("Ctrl+Shift+V",),
               "Use the clipboard's text as the copy"),
    ActionSpec("find", "&Find in Both…", "&Edit", "finder.show", (SK.Find,),
               "Find text in the original and the copy", separator_before=True),
    ActionSpec("find_next", "Find &Next", "&Edit", "finder.next", (SK.FindNext,)),
    ActionSpec("find_previous", "Find Pre&vious", "&Edit", "finder.previous", (SK.FindPrevious,)),
    # View
    ActionSpec("inline", "&Inline Redline", "&View", "view_actions.toggle_inline", ("Ctrl+I",),
               "One column: the copy, with the original's wording struck through",
               checkable=True),
    ActionSpec("linked_scrolling", "&Linked Scrolling", "&View", "view_actions.toggle_linked_scrolling",
               ("Ctrl+L",), "Keep aligned passages level while scrolling", checkable=True,
               checked=True),
    ActionSpec("show_panel", "&Differences Panel", "&View", "view_actions.toggle_panel", ("F4",),
               checkable=True, checked=True),
    *(ActionSpec(f"show_{k.name}", k.menu, "&View", "view_actions.toggle_kind", (),
                 "Show omissions in the list, maps and navigation" if n == 0 else "", checkable=True,
                 checked=True, separator_before=n == 0)
      for n, k in enumerate(KIND_TABLE)),  # one per kind of app/vocabulary.py
    ActionSpec("show_furniture", "Show Page &Furniture", "&View", "view_actions.toggle_furniture", (),
               "List and step through menus, bylines, link lists and footers too (always dimmed)",
               checkable=True),
    ActionSpec("zoom_in", "Zoom &In", "&View", "view_actions.zoom_in", (SK.ZoomIn,), separator_before=True),
    ActionSpec("zoom_out", "Zoom &Out", "&View", "view_actions.zoom_out", (SK.ZoomOut,)),
    ActionSpec("zoom_reset", "&Normal Size", "&View", "view_actions.zoom_reset", ("Ctrl+0",)),
    ActionSpec("focus_original", "Focus O&riginal", "&View", "view_actions.focus_original", ("Ctrl+1",),
               separator_before=True),
    ActionSpec("focus_copy", "Focus Cop&y", "&View", "view_actions.focus_copy", ("Ctrl+2",)),
    ActionSpec("focus_list", "Focus Differences &List", "&View", "view_actions.focus_list", ("Ctrl+3",)),
    ActionSpec("focus_facts", "Focus Fac&ts List", "&View", "facts.focus_facts", ("Ctrl+4",),
               "The Facts panel: numbers, dates, quotations and names, checked in the copy"),
    # Go
    ActionSpec("next_difference", "&Next Difference", "&Go", "stepper.next_difference",
               ("Alt+Down", "F8")),
    ActionSpec("previous_difference", "&Previous Difference", "&Go", "stepper.previous_difference",
               ("Alt+Up", "Shift+F8")),
    ActionSpec("first_difference", "&First Difference", "&Go", "stepper.first_difference",
               ("Alt+Home",)),
    ActionSpec("last_difference", "&Last Difference", "&Go", "stepper.last_difference", ("Alt+End",)),
    ActionSpec("next_same_kind", "Next of the &Same Kind", "&Go", "stepper.next_same_kind",
               ("Alt+PgDown", "Ctrl+F8"), "Next difference of the selected difference's kind",
               separator_before=True),
    ActionSpec("previous_same_kind", "Previous of the S&ame Kind", "&Go",
               "stepper.previous_same_kind", ("Alt+PgUp", "Ctrl+Shift+F8")),
    ActionSpec("first_occurrence", "First &Occurrence of This Repeat", "&Go",
               "stepper.go_first_occurrence", ("Alt+R",),
               "Show where the copy first has the text the selected duplicate repeats",
               separator_before=True),
    ActionSpec("next_passage", "Next &Borrowed Passage", "&Go", "passage_steps.next_passage", ("Alt+P",),
               "Both texts to the next passage the copy took from the original",
               separator_before=True),
    ActionSpec("previous_passage", "Previous Borro&wed Passage", "&Go", "passage_steps.previous_passage",
               ("Alt+Shift+P",)),
    ActionSpec("next_fact", "Next &Fact", "&Go", "facts.next_fact", ("F9",),
               "The next fact in the Facts panel (missing, altered, ... kept)",
               separator_before=True),
    ActionSpec("previous_fact", "Previous F&act", "&Go", "facts.previous_fact", ("Shift+F9",)),
    # Review
    ActionSpec("verdict_unreviewed", "Mark &Unreviewed", "Revie&w", "review.verdict_action", ("Alt+0",),
               "Clear the verdict of the current difference"),
    ActionSpec("verdict_needs_check", "Mark &Needs Check", "Revie&w", "review.verdict_action",
               ("Alt+1",), "Look again or ask the writer before publishing"),
    ActionSpec("verdict_confirmed", "Mark &Confirmed", "Revie&w", "review.verdict_action", ("Alt+2",),
               "Checked against the original: the copy is right"),
    ActionSpec("verdict_acceptable", "Mark &Acceptable", "Revie&w", "review.verdict_action",
               ("Alt+3",), "A legitimate edit (style, length, house rules)"),
    ActionSpec("verdict_error", "Mark &Error", "Revie&w", "review.verdict_action", ("Alt+4",),
               "The copy is wrong here and must be corrected"),
    ActionSpec("edit_note", "&Note on Current Difference", "Revie&w", "review.edit_note",
               ("Ctrl+E",), "Write or edit the note of the current difference or highlight",
               separator_before=True),
    ActionSpec("highlight_selection", "&Highlight Selection", "Revie&w",
               "review.annotating.highlight_selection", ("Ctrl+H",),
               "Highlight the text selected in either pane and write a note on it"),
    ActionSpec("next_unreviewed", "Next Un&reviewed Difference", "Revie&w", "review.annotating.next_unreviewed",
               ("Alt+U",), separator_before=True),
    # Compare
    ActionSpec("recompare", "&Compare Again", "&Compare", "recompare", (SK.Refresh,)),
    ActionSpec("ignore_case", "Ignore &Case", "&Compare", "view_actions.toggle_option", (),
               "“Minister” and “minister” are the same word", checkable=True,
               separator_before=True),
    ActionSpec("ignore_punctuation", "Ignore &Punctuation", "&Compare", "view_actions.toggle_option", (),
               "Commas and full stops are never edits", checkable=True),
    ActionSpec("ignore_typography", "Ignore &Typography", "&Compare", "view_actions.toggle_option", (),
               "Curly and straight quotes, dashes and ellipses count as the same",
               checkable=True, checked=True),
    ActionSpec("sensitivity_strict", "Link Only &Close Rewordings", "&Compare",
               "view_actions.set_sensitivity", (), "Sensitivity 0.3", checkable=True,
               separator_before=True),
    ActionSpec("sensitivity_balanced", "&Balanced", "&Compare", "view_actions.set_sensitivity", (),
               "Sensitivity 0.5", checkable=True, checked=True),
    ActionSpec("sensitivity_loose", "Link &Loose Paraphrases", "&Compare", "view_actions.set_sensitivity",
               (), "Sensitivity 0.75", checkable=True),
    # Help
    ActionSpec("user_guide", "&User Guide", "&Help", "help.show_user_guide", (SK.HelpContents,),
               "How to read Verso's highlights, facts and summary"),
    ActionSpec("shortcuts", "&Keyboard Shortcuts", "&Help", "help.show_shortcuts", ("Ctrl+F1",)),
    ActionSpec("about", "&About Verso", "&Help", "help.show_about"),
)

# Handlers told which action called them (its name says the option, kind or verdict).
NAMED = ("view_actions.toggle_option", "view_actions.set_sensitivity", "view_actions.toggle_kind",
         "review.verdict_action")

SENSITIVITY = {"sensitivity_strict": 0.3, "sensitivity_balanced": 0.5,
               "sensitivity_loose": 0.75}


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The parsed shortcuts of an action (a standard key may expand to several)."""
    out: list[QKeySequence] = []
    for key in spec.shortcuts:
        if isinstance(key, str):
            out.append(QKeySequence(key))
        else:
            out.extend(QKeySequence.keyBindings(key))
    return out


def build_actions(window: QMainWindow) -> dict[str, QAction]:
    """Create every action, connect it to its handler, and fill the menu bar."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {title: window.menuBar().addMenu(_tr(title)) for title in MENUS}
    for spec in ACTIONS:
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        if spec.name == "recent":
            sub = menu.addMenu(_tr(spec.text))
            sub.aboutToShow.connect(lambda sub=sub: resolve(window, spec_handler("recent"))(sub))
            actions[spec.name] = sub.menuAction()
            continue
        action = QAction(_tr(spec.text), window)
        action.setObjectName(spec.name)
        action.setShortcuts(key_sequences(spec))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if spec.tip:
            action.setStatusTip(_tr(spec.tip))
            action.setToolTip(_tr(spec.tip))
        if spec.checkable:
            action.setCheckable(True)
            action.setChecked(spec.checked)
        menu.addAction(action)
        window.addAction(action)  # shortcuts work even with the menu bar hidden
        actions[spec.name] = action
    # One connection a menu, not one an action (67 made ~5 ms of the window's start): a menu
    # tells which of its actions was triggered, by menu, shortcut or ``trigger()``.
    for menu in menus.values():
        menu.triggered.connect(lambda action: _run(window, action))
    return actions


def _run(window: QMainWindow, action: QAction) -> None:
    """Call the handler of the action a menu says was triggered. Resolved when triggered: the
    parts a handler names may be built after the menus (tests/ui/test_actions.py resolves every
    handler on a built window). An action of no spec (File → Recent's entries) is not ours."""
    spec = next((s for s in ACTIONS if s.name == action.objectName()), None)
    if spec is None or spec.name == "recent":
        return
    handler = resolve(window, spec.handler)
    if spec.handler in NAMED:
        handler(spec.name)
    else:
        handler()


def _tr(text: str) -> str:
    """A menu or action text in the user's language (marked for lupdate by ui/shell/action_strings.py)."""
    return QCoreApplication.translate("Actions", text)


def resolve(window: object, handler: str) -> Any:
    """The callable a spec names: a window method ("swap_sides") or one of a window part's
    ("finder.next": ``window.finder.next``)."""
    target: Any = window
    for name in handler.split("."):
        target = getattr(target, name)
    return target


def spec_handler(name: str) -> str:
    """The handler name of the action ``name``."""
    return next(s.handler for s in ACTIONS if s.name == name)
