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
