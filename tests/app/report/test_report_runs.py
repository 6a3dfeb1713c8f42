"""The report's quick ways to cut texts into runs give what the general runs give (hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.report.html_report import _cell, _marked
from app.report.layout import Mark, Point, Segments, cell_html, marks_and_points, needs_escape, run_parts

CSS = ("k-changed", "e-ins", "e-del", "hl", "s-bold")


@st.composite
def marked_texts(draw, *, valid_marks: bool = True):
    text = draw(st.text(alphabet="ab \n<&", min_size=0, max_size=40))
    n = len(text)
    offset = st.integers(0, n)
    marks = []
    for _ in range(draw(st.integers(0, 8))):
        a, b = draw(offset), draw(offset)
        if valid_marks:
            a, b = min(a, b), max(a, b)
        marks.append(Mark(a, b, draw(st.sampled_from(CSS))))
    points = [Point(draw(st.integers(-1, n + 1)), f"<i>{k}</i>", draw(st.integers(-1, 1)))
              for k in range(draw(st.integers(0, 6)))]
    cuts = sorted(draw(st.lists(offset, max_size=6)))
    rows = list(zip([0, *cuts], [*cuts, n], strict=True))
    return text, marks, points, rows


@settings(max_examples=300, deadline=None)
@given(marked_texts(valid_marks=True) | marked_texts(valid_marks=False))
def test_rows_read_off_the_segments_are_the_runs_of_each_row(case):
    text, marks, points, rows = case
    segments = Segments(text, marks, points, [x for row in rows for x in row])
    for start, end in rows:
        runs = run_parts(text, start, end, *marks_and_points(text, start, end, marks, points))
        assert segments.parts(start, end) == runs
        assert segments.cell(start, end) == cell_html(runs)  # each piece written once for the text


@settings(max_examples=300, deadline=None)
@given(marked_texts(), st.data())
def test_an_excerpt_with_its_edits_is_the_cell_of_its_runs(case, data):
    text, marks, _, _ = case
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _marked(text, start, end, marks) == _cell(text, (start, end), marks, [])


@settings(max_examples=300, deadline=None)
@given(marked_texts(), st.data())
def test_an_excerpt_of_a_text_with_nothing_to_escape_is_written_as_is(case, data):
    text, marks, _, _ = case
    plain = text.replace("<", "c").replace("&", "d")
    assert not needs_escape(plain)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _marked(plain, start, end, marks, plain=True) == _cell(plain, (start, end), marks, [])


def test_a_text_needs_escaping_for_each_character_html_escapes():
    for ch in "&<>\"'":
        assert needs_escape(f"a{ch}b")
    assert not needs_escape("plain text, 5% — “quoted”")
