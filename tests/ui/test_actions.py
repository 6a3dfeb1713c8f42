"""The action registry: every shortcut parses, none collide, every handler exists."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ui.shell.actions import ACTIONS, MENUS, key_sequences, resolve


def test_every_shortcut_parses(qapp) -> None:  # type: ignore[no-untyped-def]
    for spec in ACTIONS:
        for key in spec.shortcuts:
            if isinstance(key, str):
                seq = QKeySequence(key)
                assert seq.count() == 1 and not seq.isEmpty(), (spec.name, key)
                assert seq[0].key().value != 0x01FFFFFF, (spec.name, key)  # Qt.Key_unknown
                assert QKeySequence(seq.toString()).matches(seq) == \
                    QKeySequence.SequenceMatch.ExactMatch
        for seq in key_sequences(spec):
            assert not seq.isEmpty(), spec.name


def test_no_two_actions_share_a_shortcut(qapp) -> None:  # type: ignore[no-untyped-def]
    owner: dict[str, str] = {}
    for spec in ACTIONS:
        for seq in key_sequences(spec):
            text = seq.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in owner, f"{text}: {owner.get(text)} and {spec.name}"
            owner[text] = spec.name


def test_names_unique_and_menus_known() -> None:
    names = [s.name for s in ACTIONS]
    assert len(names) == len(set(names))
    assert {s.menu for s in ACTIONS} <= set(MENUS)


def test_required_navigation_keys(qapp) -> None:  # type: ignore[no-untyped-def]
    by_name = {s.name: {q.toString() for q in key_sequences(s)} for s in ACTIONS}
    assert {"Alt+Down", "F8"} <= by_name["next_difference"]
    assert {"Alt+Up", "Shift+F8"} <= by_name["previous_difference"]
    assert "Alt+Home" in by_name["first_difference"]
    assert "Alt+End" in by_name["last_difference"]
    assert "Ctrl+F" in by_name["find"]


def test_every_handler_exists_and_menus_are_built(window) -> None:  # type: ignore[no-untyped-def]
    for spec in ACTIONS:
        assert callable(resolve(window, spec.handler)), spec.handler
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == list(MENUS)
    assert window.actions_by_name["next_difference"].shortcuts()


def test_shortcuts_dialog_lists_the_registry(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QTableWidget

    shown = []

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        shown.append(dialog.findChild(QTableWidget))
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    window.help.show_shortcuts()
    table = shown[0]
    keys = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert table.rowCount() == sum(1 for s in ACTIONS if s.shortcuts)
    assert any("F8" in k for k in keys)


def test_the_shortcuts_dialog_shows_the_keys_a_person_presses(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence

    from ui.dialogs.shortcuts import shown_keys
    from ui.shell.actions import ACTIONS

    copy = next(s for s in ACTIONS if s.name == "copy_text")
    first = QKeySequence.keyBindings(QKeySequence.StandardKey.Copy)[0]
    assert shown_keys(copy) == first.toString(QKeySequence.SequenceFormat.NativeText)  # not "…, F16, Copy"
    assert all("," not in shown_keys(s) or len(s.shortcuts) > 1 for s in ACTIONS if s.shortcuts)
