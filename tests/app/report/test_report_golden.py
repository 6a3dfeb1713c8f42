"""Golden test of the sample pair's report, by structure and text (not bytes, not times).

The golden input is a snapshot of the engine's comparison (JSON), so a change
in the engine does not break this test; only a change in the report does.
Regenerate both files after a deliberate change with:

    VERSO_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest tests/app/report/test_report_golden.py
"""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

from app.engine.records import Comparison
from app.report import ReportSettings, render_html
from app.report.comparison_json import comparison_from_dict

GOLDEN = Path(__file__).parent / "golden"
SNAPSHOT = GOLDEN / "putin-minerals.comparison.json"
OUTLINE = GOLDEN / "putin-minerals.report-outline.txt"
REGENERATE = os.environ.get("VERSO_REGENERATE_GOLDEN") == "1"


class _Outline(HTMLParser):
    """One line per element (tag.class#id) and per text node, indented by depth."""

    VOID = frozenset({"meta", "br", "col", "img", "hr", "input", "link"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.depth = 0
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        name = tag + "".join(f".{c}" for c in (a.get("class") or "").split())
        if a.get("id"):
            name += f"#{a['id']}"
        if a.get("href"):
            name += f" -> {a['href']}"
        if tag == "meta" and a.get("name") == "generator":
            name += " (generator)"
        elif tag == "meta" and a.get("content"):
            name += f" [{a['content']}]"
        self.lines.append("  " * self.depth + name)
        self.in_style = tag == "style"
        if tag not in self.VOID:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID:
            self.depth -= 1
        self.in_style = False

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if text and not self.in_style:
            text = re.sub(r"Verso \d+\.\d+\.\d+\S*", "Verso X", text)
            self.lines.append("  " * self.depth + repr(text))


def outline(page: str) -> str:
    """The report's structure and text, free of styling, versions and times."""
    parser = _Outline()
    parser.feed(page)
    return "\n".join(parser.lines) + "\n"


def test_sample_report_matches_golden_outline(sample_comparison: Comparison, annotate,
                                              fixed_time) -> None:
    if REGENERATE or not SNAPSHOT.exists():
        SNAPSHOT.write_text(json.dumps(sample_comparison.to_dict(), ensure_ascii=False,
                                       indent=1) + "\n", "utf-8")
    comparison = comparison_from_dict(json.loads(SNAPSHOT.read_text("utf-8")))
    page = render_html(comparison, annotate(comparison), ReportSettings(generated_at=fixed_time))
    got = outline(page)
    if REGENERATE or not OUTLINE.exists():
        OUTLINE.write_text(got, "utf-8")
    assert got == OUTLINE.read_text("utf-8"), (
        "the report changed; if on purpose, regenerate with VERSO_REGENERATE_GOLDEN=1")


def test_outline_ignores_time_and_version(sample_comparison: Comparison, fixed_time) -> None:
    from datetime import timedelta

    a = render_html(sample_comparison, settings=ReportSettings(generated_at=fixed_time))
    b = render_html(sample_comparison,
                    settings=ReportSettings(generated_at=fixed_time + timedelta(hours=1)))
    assert a != b
    assert outline(a).replace("10:30", "09:30") == outline(b).replace("10:30", "09:30")
