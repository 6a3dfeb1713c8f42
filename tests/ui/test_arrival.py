"""A comparison arriving on the GUI thread (issue 13: no turn of the event loop past 100 ms):
no work done twice, a long pair's first paint prepared in a turn of its own, and the window
consistent between the turns (the panes, the maps and the list paint from one state)."""

from __future__ import annotations

from typing import Any

from app import Document
from app.project.model import file_sha256
from tests.ui.conftest import COPY, ORIGINAL, long_pair, wait_loaded
from ui.jobs import child_jobs
from ui.panes.offsets import OffsetMap
from ui.review import marks
from ui.review.state import ReaderState


def _count(monkeypatch, owner: Any, name: str) -> list[int]:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_an_arrival_orders_and_counts_the_differences_once(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    reorders = _count(monkeypatch, ReaderState, "_reorder")
    counts = _count(monkeypatch, marks, "verdict_counts")
    shown: list[int] = []
    window.worker.finished.connect(lambda _r: shown.append((len(reorders), len(counts))))
    window.load_pair(str(ORIGINAL), str(COPY))
    wait_loaded(qtbot, window)
    assert shown == [(1, 1)]  # were (2, 2): show and refresh each ordered, two slots each counted
    chips = window.review.verdict_filter.chips
    assert all(str(n) in chips[v].text() for v, n in marks.verdict_counts(
        window.review.annotations, window.comparison, window.state).items())


def test_the_verdict_counts_follow_a_verdict_and_a_filter(qtbot, loaded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.project import Verdict
    from ui.dialogs import review_dialogs

    monkeypatch.setattr(review_dialogs, "ask_save_changes", lambda *_a: "discard")  # on closing

    chip = loaded.review.verdict_filter.chips[Verdict.CONFIRMED]
    assert chip.text().endswith(" 0")
    loaded.select_difference(loaded.order[0].id)
    loaded.review.annotating.set_verdict(Verdict.CONFIRMED)
    assert chip.text().endswith(" 1")
    kind = loaded.order[0].kind
    loaded.state.set_kinds(set(loaded.kinds) - {kind})
    assert chip.text().endswith(" 0")  # the reviewed difference is no longer listed


def test_shown_differences_are_what_shows_lets_through(loaded) -> None:  # type: ignore[no-untyped-def]
    state = loaded.state
    for kinds, furniture in ((set(state.kinds), False), ({"added", "changed"}, True), (set(), False)):
        state.set_kinds(kinds)
        state.set_show_furniture(furniture)
        before = state.shown_differences()
        assert list(before) == [d for d in loaded.comparison.differences if state.shows(d)]
        assert state.shown_differences() is before  # made once per filter
        assert state.order == [d for d in state.derived.order if state.shows(d)]


def test_a_long_pair_arrives_in_turns_and_the_window_stays_consistent(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.jobs.compare
    from ui.panes.overview import Overview

    monkeypatch.setattr(ui.jobs.compare, "SHORT", 1000)  # the pair counts as long: built in steps
    renders = _count(monkeypatch, Overview, "_render")
    window.load_pair(Document.from_text("One short text.", "a"), Document.from_text("Another one.", "b"))
    wait_loaded(qtbot, window)
    first = window.comparison
    window.overview.repaint()
    left, right = long_pair(60)
    events: list[str] = []
    turns = [0]

    def consistent() -> None:  # what every widget paints from is one comparison
        state = window.state
        assert state.comparison is first or state.comparison.left.text == left
        for side in ("left", "right"):
            assert window.views[side].document_model is state.sources[side]
        assert window.panel.model.rows == state.order

    real_prepare = window.overview.prepare

    def prepare(comparison, passages):  # type: ignore[no-untyped-def]
        consistent()
        assert window.comparison is first  # prepared before it is shown
        events.append("prepared")
        turns[0] = 0
        real_prepare(comparison, passages)

    monkeypatch.setattr(window.overview, "prepare", prepare)
    timer_ticks: list[int] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: (consistent(), turns.__setitem__(0, turns[0] + 1), timer_ticks.append(1)))
    timer.start(0)
    window.worker.finished.connect(lambda _r: events.append(f"shown after {turns[0]} turns"))
    rendered = len(renders)
    window.load_pair(Document.from_text(left, "a"), Document.from_text(right, "b"))
    wait_loaded(qtbot, window)
    timer.stop()
    assert events[0] == "prepared" and events[1].startswith("shown") and events[1] != "shown after 0 turns"
    consistent()
    window.overview.repaint()  # its first paint takes the image prepared for it
    assert len(renders) == rendered + 1
    assert window.overview._cache_key[0] == id(window.comparison)


def test_the_child_makes_the_offset_maps_and_file_digests(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app import CompareOptions
    from ui.panes.offsets import BREAK_EVERY

    left = tmp_path / "left.txt"
    left.write_text("Astral 😀 here. " + "x" * (2 * BREAK_EVERY + 7) + " end.", encoding="utf-8")
    right = Document.from_text("Astral 😀 there.", "b")
    answer = child_jobs.read_and_compare(str(left), right, CompareOptions())
    assert answer[0] == "ok"
    docs = child_jobs.unpickle_comparison(answer[1])[:2]
    maps, digests = answer[4], answer[5]
    for side, doc in zip(("left", "right"), docs, strict=True):
        made = OffsetMap(doc.text)
        assert maps[side].breaks == made.breaks and maps[side].shown(doc.text) == made.shown(doc.text)
        assert [maps[side].to_qt(i) for i in range(len(doc.text))] == [made.to_qt(i) for i in range(len(doc.text))]
    assert maps["left"].breaks and maps["right"]._astral
    assert digests == {"left": file_sha256(left), "right": None}


def test_a_new_project_takes_the_digests_the_job_read(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.project.model

    reads = _count(monkeypatch, app.project.model, "file_sha256")  # in this process only
    window.load_pair(str(ORIGINAL), str(COPY))
    wait_loaded(qtbot, window)
    project = window.review.project
    assert reads == []  # the files are not read again on the GUI thread
    assert (project.left_file_sha256, project.right_file_sha256) == (file_sha256(ORIGINAL), file_sha256(COPY))


def test_the_first_paint_of_a_comparison_is_at_its_final_layout(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The chips' counts widened the side column when they arrived ("Changed" → "Changed 4718")
    # after the panes had their new documents: the panes narrowed, and Qt laid their first
    # screens out again in the turn showing the pair (a 1 MB line of Arabic: tens of ms). The
    # chips now get room for the pair's counts, and the column its width, before that.
    from ui.panes.text_view import TextView

    def measure() -> tuple[int, ...]:
        return (window.side_tabs.width(), *(window.views[s].viewport().width() for s in ("left", "right")))

    shown_at: list[tuple[int, ...]] = []
    real = TextView.show_document

    def show_document(view: TextView, *args: Any) -> None:
        real(view, *args)
        shown_at.append(measure())

    monkeypatch.setattr(TextView, "show_document", show_document)
    column = window.side_tabs.width()
    window.load_pair(str(ORIGINAL), str(COPY))
    wait_loaded(qtbot, window)
    qtbot.wait(20)
    assert len(window.comparison.differences) >= 10 and window.side_tabs.width() > column  # (else this shows nothing)
    assert shown_at[-1] == measure()
    most = len(window.comparison.differences)  # no count can be larger: none widens the column
    window.panel.set_counts(dict.fromkeys(window.panel.chips, most))
    window.review.verdict_filter.set_counts(dict.fromkeys(window.review.verdict_filter.chips, most))
    qtbot.wait(20)
    assert measure() == shown_at[-1]


def test_a_long_pair_s_layouts_are_made_in_turns_before_the_one_that_shows_it(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Making a document's layout lays out its first blocks (10-20 ms a pane for CJK or Arabic):
    # it was done in the turn that shows the pair, now in turns of its own before it.
    from PySide6.QtCore import QTimer

    import ui.jobs.compare
    from ui.panes.text_view import TextView

    monkeypatch.setattr(ui.jobs.compare, "SHORT", 1000)
    events: list[str] = []
    real = TextView.prepare

    def prepare(view: TextView, qdoc: Any) -> None:
        width = qdoc.textWidth()
        real(view, qdoc)
        events.append(f"{view.side} {'already prepared' if qdoc.textWidth() == width else 'prepared'}")

    monkeypatch.setattr(TextView, "prepare", prepare)
    left, right = long_pair(60)
    timer = QTimer()
    timer.timeout.connect(lambda: events.append("turn") if events and events[-1] != "turn" else None)
    timer.start(0)
    window.load_pair(Document.from_text(left, "a"), Document.from_text(right, "b"))
    wait_loaded(qtbot, window)
    timer.stop()
    shown = events.index("left already prepared")
    assert events[shown:shown + 2] == ["left already prepared", "right already prepared"], events
    assert "left prepared" in events[:shown] and "right prepared" in events[:shown]
    assert events[shown - 1] == "turn"
