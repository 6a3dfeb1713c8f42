"""The HTML walker: plain markup read by one pattern reads as html.parser reads it, and as before."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.documents import html_walker
from app.documents.html_walker import WalkedText, walk_html
from app.documents.sanitizing import sanitize_html
from tests.app.documents import html_walker_oracle

_TAGS = ["p", "div", "span", "b", "i", "em", "strong", "a", "u", "s", "code", "pre", "br", "hr", "h1", "h3", "ul",
         "ol", "li", "blockquote", "table", "tr", "td", "tbody", "dl", "dd", "script", "style", "svg", "img", "title",
         "textarea", "del", "kbd", "section", "P", "Pre", "B", "A", "SCRIPT", "a-b", "x:y", "wbr", "input"]
_ATTRIBUTES = ["", ' href="http://x.org/a?b=1&amp;c=2"', " href='https://y.org'", " href=mailto:a@b", ' href="/rel"',
               ' href=""', " href", ' HREF="http://Z"', ' class="a"', " title='<b>'", ' data-x="1>2"', " hidden",
               ' href="http://a" href="/b"', " a=1 b=2", ' title="a"b="c"', " /", "/", ' x="<"', '\thref="http://t"',
               '\nclass="n"', ' href = "http://sp"', ' href="http://x"/', ' href="&#104;ttp://e"']
_TEXTS = ["x", "two words", "a < b", "&amp;", " ", "Tom & Jerry", "5 > 3", "\n", "\r\n", "\r", "  spaced  ", "&nbsp;",
          "\u00a0", "&#0;", "&#x41;", "&", "&am", "\t\f", "\x0b", "<3", "<", "</", "</ 3>", "</>", "<!x>",
          "<!-- c -->", "<?pi?>", "&lt;div&gt;", "\u2028", "\n\n"]


# Pieces of markup, drawn in any order: elements open, close and nest as they fall.
_PIECES = sorted({
    *_TEXTS, *(f"</{tag}>" for tag in _TAGS), *(f"<{tag}{attributes}>" for tag in _TAGS for attributes in _ATTRIBUTES),
    *(f"<{tag}/>" for tag in _TAGS), "<br />", '<a href="http://x"/>',
})
_markup = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _parsed(html: str) -> WalkedText:
    """The walk of what html.parser itself reports."""
    return html_walker._walk(html_walker._parsed_events(html), plain=False)


@settings(max_examples=400, deadline=None)
@given(_markup)
@example("<pre>\r\nx\r\n\r\n</pre>")  # a newline right after <pre> is not content: one event, as html.parser's
@example('<a href="http://a" HREF="/b">x</a> <a href="http://&amp;">y</a>')  # the last href, unescaped
@example("<b>x</b><script><b>a</b></script><i>y")  # raw text after <script>: html.parser's
def test_plain_markup_reads_as_html_parser_reads_it(html: str) -> None:
    assert walk_html(html) == _parsed(html)
    sanitized = sanitize_html(html)
    assert walk_html(sanitized) == _parsed(sanitized)


@settings(max_examples=400, deadline=None)
@given(_markup)
@example("<pre>\r\nx\r\n\r\n</pre>y")
@example("<script><b>x</b></script>y<style>p</style>")  # raw text, as html.parser reads it: not bold
@example("<blockquote><ul><li><div>a</li>b</ul>c</blockquote>d")
@example('<p><b>a</b> <i>b<br>c</i> <a href="http://x">d</a></p>')
def test_every_page_reads_as_before(html: str) -> None:
    assert walk_html(html) == _old(html)
    sanitized = sanitize_html(html)
    assert walk_html(sanitized) == _old(sanitized)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="<>/!?-ab pre=\"'&;#x1\n\r\t", max_size=60))
def test_any_string_reads_as_before(html: str) -> None:
    assert walk_html(html) == _old(html)


def _old(html: str) -> WalkedText:
    old = html_walker_oracle.walk_html(html)
    return WalkedText(old.text, old.blocks, old.styles)


@pytest.mark.parametrize("unit", ["<table><tr><td>a</td><td>b</td></tr></table>", "<div>a</div>", "<span>a</span>",
                                  '<p><a href="http://x.org">a</a> <b>b</b><br>c</p>', "<h2>a</h2><ul><li>b</li></ul>"])
def test_a_sanitized_page_is_walked_without_html_parser(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    page = sanitize_html(unit * 2000)
    expected = _old(page)
    fed: list[str] = []
    monkeypatch.setattr(HTMLParser, "feed", lambda self, data: fed.append(data))
    assert walk_html(page) == expected
    assert not fed  # html.parser's several Python calls a tag: not made on plain markup
    assert walk_html("<p>a</p><!-- b -->") == WalkedText("", (), ())  # (what html.parser was not fed)
    assert fed == ["<p>a</p><!-- b -->"]


_PIECES = ["&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&", "amp;", "lt;", "a", ";", "&amp", "&#38;", "&#x26;",
           "&l", "t;", "&copy;", "&nbsp", "#", " ", "\xa0", "&AMP;", "&ampx;"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_references_are_replaced_as_html_unescape_replaces_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert html_walker._unescape(text) == html.unescape(text)


def test_escaped_text_is_not_unescaped_one_reference_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # html.unescape calls a Python function for each reference: a .docx unpacked to 5 million '&'.
    calls = []
    monkeypatch.setattr(html_walker, "unescape", lambda text: calls.append(text) or html.unescape(text))
    assert walk_html("<p>" + "a &amp; b &lt;&gt; &quot;&nbsp;" * 1000 + "</p>").text.startswith('a & b <> "\xa0a')
    assert not calls
    assert walk_html("<p>&copy; &amp;</p>").text == "© &"
    assert calls
