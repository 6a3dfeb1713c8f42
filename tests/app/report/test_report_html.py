"""The HTML report: complete, escaped, self-contained, and every difference listed."""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser

from app.documents.model import Document
from app.engine.records import Comparison
from app.project import Annotations, Verdict
from app.report import CSP, ReportSettings, project_report, render_html
from app.report.comparison_json import comparison_from_dict
from app.report.layout import aligned_rows, runs, side_marks

HOSTILE = ('<script>alert("x")</script> <img src="http://evil.example/p.png" onerror=alert(1)> '
           "javascript:alert(2) </td></tr></table><style>body{display:none}</style> "
           "url(https://evil.example/f.woff) &amp; \u202e rtl \x00 end.")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_no_external_resources_no_scripts_and_a_strict_csp(sample_comparison: Comparison,
                                                          annotate) -> None:
    page = render_html(sample_comparison, annotate(sample_comparison))
    tags = _tags(page)
    assert not [t for t, _ in tags if t in ("script", "img", "link", "iframe", "object", "embed")]
    (csp,) = [a for t, a in tags if t == "meta" and a.get("http-equiv") ==
              "Content-Security-Policy"]
    assert csp["content"] == CSP and "default-src 'none'" in CSP
    for _, attrs in tags:
        for name, value in attrs.items():
            assert not name.startswith("on")
            if name in ("src", "href") and value:
                assert value.startswith("#"), value
    assert not re.search(r"url\(|@import|https?://", page.split("</style>")[0])


def test_hostile_document_text_and_notes_are_escaped() -> None:
    left = Document.from_text("A calm original sentence. " + HOSTILE)
    right = Document.from_text(HOSTILE + " A new sentence in the copy.")
    from app import compare

    c = compare(left, right)
    a = Annotations()
    for d in c.differences:
        a = a.with_review(c, d.id, verdict=Verdict.ERROR, note=HOSTILE)
    a, _ = a.with_highlight(right.text, "right", 0, 20, HOSTILE)
    page = render_html(c, a, ReportSettings(title=HOSTILE))
    tags = _tags(page)
    assert [t for t, _ in tags if t in ("script", "img")] == []
    assert sum(1 for t, _ in tags if t == "style") == 1
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'src="http' not in page
    # The texts survive (escaped) and the table structure is intact.
    # The shares bar and the texts side by side; a table in the text is escaped.
    assert page.count("<table") == 2 and page.count("</table>") == 2


def test_every_difference_is_listed_with_verdict_and_note(sample_comparison: Comparison,
                                                         annotate, fixed_time) -> None:
    c = sample_comparison
    a = annotate(c)
    page = render_html(c, a, ReportSettings(generated_at=fixed_time))
    for d in c.differences:
        assert f'<li id="d{d.id}" class="k-{d.kind}">' in page
        verdict = a.verdict_of(d.id)
        item = page.split(f'<li id="d{d.id}"')[1].split("</li>")[0]
        assert f'class="verdict v-{verdict.value}">{verdict.label}<' in item
    assert "Headline invents &quot;Proposes&quot;; check &lt;b&gt;wire&lt;/b&gt; &amp; agency." \
        in page
    assert "Name spelled as in the wire." in page
    assert "2026-01-15 09:30 UTC" in page


def test_both_texts_appear_whole_in_the_side_by_side_table(sample_comparison: Comparison) -> None:
    import html

    page = render_html(sample_comparison)
    table = page.split('<table class="sbs">')[1].split("</table>")[0]
    cells = re.findall(r"<td>(.*?)</td>", table, re.S)
    lefts, rights = cells[0::2], cells[1::2]

    def plain(fragments: list[str]) -> str:
        joined = "".join(fragments)
        joined = re.sub(r'<a class="badge[^>]*>.*?</a>', "", joined)
        return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", joined)))

    assert plain(lefts) == re.sub(r"\s+", "", sample_comparison.left.text)
    assert plain(rights) == re.sub(r"\s+", "", sample_comparison.right.text)


def test_rows_cover_both_texts_in_order(sample_comparison: Comparison) -> None:
    c = sample_comparison
    rows = aligned_rows(c)
    assert rows[0][0][0] == 0 and rows[0][1][0] == 0
    assert rows[-1][0][1] == len(c.left.text) and rows[-1][1][1] == len(c.right.text)
    for (l1, r1), (l2, r2) in itertools.pairwise(rows):
        assert l1[1] == l2[0] and r1[1] == r2[0]
    assert len(rows) > 1  # the sample has in-order linked paragraphs to align on


def test_runs_partition_the_text_and_carry_marks(sample_comparison: Comparison,
                                                 annotate) -> None:
    c = sample_comparison
    a = annotate(c)
    for side in ("left", "right"):
        text = c.document(side).text
        marks = side_marks(c, a, side)
        pieces = runs(text, 0, len(text), marks, [])
        assert "".join(r.text for r in pieces) == text
        kinds = {cls for r in pieces for cls in r.classes}
        assert {"k-omitted"} <= kinds if side == "left" else {"k-added", "hl"} <= kinds


def test_project_report_uses_project_annotations(sample_comparison: Comparison,
                                                annotate) -> None:
    from app.project import Project

    c = sample_comparison
    project = Project(c.left, c.right, annotations=annotate(c))
    page = project_report(project, c)
    assert "Options:" in page and "Page furniture." in page


def test_comparison_json_round_trip(sample_comparison: Comparison) -> None:
    data = sample_comparison.to_dict()
    assert comparison_from_dict(data).to_dict() == data


def test_identical_texts_report() -> None:
    from app import compare

    doc = Document.from_text("Same text.")
    page = render_html(compare(doc, doc))
    assert "The texts do not differ." in page


def test_page_furniture_is_labelled_when_the_engine_marks_it() -> None:
    from dataclasses import fields, replace
    from typing import Any, cast

    import pytest

    from app import compare
    from app.engine.records import Difference

    if "furniture" not in {f.name for f in fields(Difference)}:
        pytest.skip("this engine does not mark page furniture yet")
    c = compare(Document.from_text("Home News Sport\n\nThe story."),
                Document.from_text("The story."))
    mark = cast(Any, replace)  # the field exists only in engines that mark furniture
    diffs = tuple(mark(d, furniture=True) if d.kind == "omitted" else d for d in c.differences)
    page = render_html(replace(c, differences=diffs))
    assert "Omitted (page furniture)" in page and "furniture" in page


def test_review_counts_cover_the_differences_counted_beside_them() -> None:
    from dataclasses import replace
    from typing import Any, cast

    from app import compare

    c = compare(Document.from_text("Home News Sport\n\nWeather Shop\n\nThe story ran on Monday."),
                Document.from_text("The story ran on Monday.\n\nAn added line at the end."))
    mark = cast(Any, replace)
    diffs = tuple(mark(d, furniture=True) if d.kind == "omitted" else d for d in c.differences)
    c = replace(c, differences=diffs)
    furniture = [d for d in diffs if d.kind == "omitted"]
    (added,) = [d for d in diffs if d.kind == "added"]
    assert len(furniture) == 2
    a = Annotations().with_verdict(c, added.id, Verdict.ERROR)
    a = a.with_verdict(c, furniture[0].id, Verdict.ACCEPTABLE)
    page = render_html(c, a)
    assert "<b>1 difference:</b> 1 added (and 2 in page furniture)" in page
    assert "<b>Review:</b> 1 error (and 1 reviewed in page furniture)" in page
