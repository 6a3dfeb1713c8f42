"""Balancing HTML before a tree builder: well-formed markup passes unchanged, hostile markup is bounded."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.documents.html_balance import MAX_ATTRIBUTES, VOID_TAGS, HtmlTooDeep, balanced_html
from app.documents.sanitizing import sanitize_html

_CONTAINERS = ["div", "span", "b", "i", "section", "blockquote", "ul", "em", "strong", "table", "article"]


@st.composite
def _tree(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 6 else 0))):
        kind = draw(st.sampled_from(["text", "element", "void", "comment", "script", "flat"]))
        if kind == "text":
            parts.append(draw(st.sampled_from(["x", "a < b", "&amp;", " ", "Tom & Jerry", "5 > 3"])))
        elif kind == "element":
            name = draw(st.sampled_from(_CONTAINERS))
            attribute = draw(st.sampled_from(["", ' class="a"', " title='<b>'", ' data-x="1>2"', " hidden"]))
            parts.append(f"<{name}{attribute}>{draw(_tree(depth + 1))}</{name}>")
        elif kind == "void":
            parts.append(draw(st.sampled_from(["<br>", "<hr/>", '<img src="x.png">', "<wbr>"])))
        elif kind == "comment":
            parts.append(draw(st.sampled_from(["<!-- <div> -->", "<!---->", "<!-- a -- b -->"])))
        elif kind == "script":
            parts.append(draw(st.sampled_from(['<script>if (a<b) x("<div>");</script>',
                                               "<style>p > b { color: red }</style>"])))
        else:
            parts.append(draw(st.sampled_from(["<p>para</p>", "<li>item</li>", "<p>one <b>two</b></p>"])))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(_tree())
def test_well_formed_html_passes_unchanged(html: str) -> None:
    assert balanced_html(html) == html


class _Depth(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.deepest = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in VOID_TAGS:
            self.open.append(tag)
            self.deepest = max(self.deepest, len(self.open))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open.pop() != tag:
                pass


_HOSTILE_UNITS = ["</ 3", "<?x", "<!x", "<div/>", '<div title="<">', "<b a=1>", "<b a=2>", "</div>", "<div>",
                  "<span>", "</span>", "<p>", "<table>", "<td>", "<svg>", "<path/>", "<a href=x>",
                  "<!--", "-->", "<i>", "</b>",
                  "<div><b a=3></div>", "x", " ", "&amp;", "<li>", "<ul>", "<math>", "<font>", "</p>"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_HOSTILE_UNITS), st.integers(1, 400)), max_size=8))
# Text on both sides of a stray end tag is one run: cut apart, a second balancing cut it elsewhere.
@example(runs=[("&amp;", 198), ("&amp;", 400), ("</span>", 1), ("&amp;", 223)])
# A paragraph that leaves SVG ends the paragraph open outside it, as a second balancing sees.
@example(runs=[("<p>", 1), ("<svg>", 1), ("<p>", 1)])
def test_hostile_html_is_bounded_and_balanced(runs: list[tuple[str, int]]) -> None:
    html = "".join(unit * count for unit, count in runs)
    try:
        out = balanced_html(html, max_depth=64)
    except HtmlTooDeep:
        return
    assert balanced_html(out, max_depth=64) == out  # balanced: nothing left to close or drop
    depth = _Depth()
    depth.feed(sanitize_html(out))
    assert depth.deepest <= 3 * 64 + 8  # what the sanitizer's tree builder made of it


def test_what_parsers_nest_is_counted() -> None:
    for unit in ("<div/>", '<div title="<">', "<b a=1>x", "<svg><div/>"):
        with pytest.raises(HtmlTooDeep):
            balanced_html(unit * 600)
    assert balanced_html("<p>x" * 5000)  # paragraphs end themselves: not nesting
    assert balanced_html("<a href=1>x" * 5000)  # a link inside a link closes the first
    assert balanced_html("<svg>" + "<path/>" * 5000 + "</svg>")  # SVG closes its own elements
    depth = _Depth()  # closed here where a parser would ignore the </span>: written out flat
    depth.feed(sanitize_html(balanced_html("<span><div></span>" * 5000)))
    assert depth.deepest <= 2


def test_elements_that_end_themselves_are_closed_where_parsers_close_them() -> None:
    assert balanced_html("<p>a<p>b") == "<p>a</p><p>b</p>"
    assert balanced_html("<p><u>x</p>y") == "<p><u>x</u></p>y"  # the paragraph's end closes its inline
    assert balanced_html("<ul><li>a<ul><li>b</ul><li>c</ul>") == "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"
    assert balanced_html("<table><tr><td>a<td>b<tr><td>c</table>") == (
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
    assert balanced_html("<dl><dt>a<dd>b<dt>c</dl>") == "<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>"
    assert balanced_html("<div><p>a</div>b") == "<div><p>a</p></div>b"


def test_formatting_reopened_in_every_block_stays_linear() -> None:
    # nh3 made 14 MB of this 40 KB (every <b> reopened in every later div): now each is closed.
    html = "".join(f"<div><b a={i}></div>" for i in range(2000)) + "x"
    assert len(sanitize_html(html)) < 2 * len(html)


def test_an_element_keeps_its_first_attributes_only() -> None:
    tag = "<p" + "".join(f" a{i}=x" for i in range(5 * MAX_ATTRIBUTES)) + ">"
    out = balanced_html(tag + "text</p>")
    assert out.count("=x") == MAX_ATTRIBUTES and out.endswith(">text</p>")
