"""The kinds look the same in the window and in the report a reader shares."""

from __future__ import annotations

from app.report.palette import KIND_STYLES
from ui.palette import KINDS, STYLES


def test_each_kind_has_one_colour_in_the_window_and_the_report() -> None:
    assert set(KINDS) == set(KIND_STYLES)
    for kind in KINDS:
        assert STYLES[kind].colour.lower() == KIND_STYLES[kind].colour.lower(), kind


def test_the_open_dialog_offers_every_format_verso_reads() -> None:
    from app.vocabulary import FORMAT_TABLE
    from ui.shell.file_actions import file_filter

    texts = file_filter().split(";;")[0]
    for fmt in FORMAT_TABLE:
        for suffix in fmt.suffixes:
            assert f"*{suffix}" in texts
    assert "*.pdf" in texts


def test_each_kind_is_marked_the_same_way_in_the_window_and_the_report() -> None:
    """One table (app/vocabulary.py): the panes' underline, the report's CSS and both legends."""
    from app.report.palette import kind_decoration
    from app.report.stylesheet import stylesheet
    from app.vocabulary import KIND, UNDERLINE_CSS
    from ui.palette import UNDERLINES, kind_mark

    sheet = stylesheet()
    for kind in KINDS:
        underline = KIND[kind].underline
        assert STYLES[kind].underline == UNDERLINES[underline] and KIND_STYLES[kind].underline == underline
        rule = next(line for line in sheet.splitlines() if line.startswith(f".k-{kind} {{"))
        assert f"text-decoration: {kind_decoration(kind)};" in rule
        assert (f"underline {UNDERLINE_CSS[underline]}" in rule) == (underline != "none")
        assert kind_mark(kind) == KIND_STYLES[kind].cue  # the legends' words (English here)
    assert KIND["omitted"].underline == "dot" and "line-through" not in sheet.split(".k-omitted")[1].split("}")[0]
    assert KIND["duplicated"].underline == "wave" and "underline double" not in sheet
