"""Regular expressions rewritten so they cannot backtrack over long text find what they found before.

Each old pattern is kept here, and hypothesis compares both on short texts
made of the characters that matter to it (the old ones are fine on short
text; only long runs made them quadratic).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine import segment

OLD_SENTENCE_END = re.compile(
    r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+(?:[\"'\u201c\u2018(\[]?[\w\u00bf\u00a1]|[-\u2022*] \w))"
)
OLD_BREAK = re.compile(r"[ \t\f\v\u00a0]*\n\s*")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=".!?\u2026\"')]\u201d\u2019 \n\t\u00a0aB-\u2022*([\u201c\u00bf", max_size=40))
def test_sentence_end_finds_what_it_found(text: str) -> None:
    assert _spans(segment._SENTENCE_END, text) == _spans(OLD_SENTENCE_END, text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\f\v\u00a0\n\ra.", max_size=40))
def test_line_break_finds_what_it_found(text: str) -> None:
    assert _spans(segment._BREAK, text) == _spans(OLD_BREAK, text)


OLD_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>])",
    re.IGNORECASE | re.DOTALL,
)
OLD_CLIPBOARD_FRAGMENT = re.compile(r"<!--\s*StartFragment\s*-->(.*?)<!--\s*EndFragment\s*-->", re.DOTALL)
_HTML_PIECES = ["<!--a-->", "<!---->", "<!-- b -->", " ", "\n", "<html>", "<body ", "<meta>", "<?xml v?>",
                "<p>", "x", "<!doctype html>", "-", ">"]
_FRAGMENT_PIECES = ["<!--StartFragment-->", "<!-- EndFragment -->", "<!--EndFragment-->", "<!--", "-->",
                    "x", "\n", " "]


def _starts_like_html(text: str) -> bool:
    """What _HTML_START means, written out: white space, an XML declaration, comments, then a tag."""
    rest = text.lstrip()
    if rest.startswith("<?xml") and ">" in rest:
        rest = rest[rest.index(">") + 1:].lstrip()
    while rest.startswith("<!--") and "-->" in rest[4:]:
        rest = rest[rest.index("-->", 4) + 3:].lstrip()
    return bool(re.match(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>])", rest, re.I))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HTML_PIECES), max_size=12))
def test_html_start_is_what_it_means(pieces: list[str]) -> None:
    from app.documents.html_reader import looks_like_html

    text = "".join(pieces)
    assert looks_like_html(text) == _starts_like_html(text)
    if looks_like_html(text):
        assert OLD_HTML_START.match(text)  # nothing the old pattern refused is HTML now


def test_text_after_a_comment_is_not_a_comment() -> None:
    from app.documents.html_reader import looks_like_html

    # The old pattern stretched the comment to the second "-->", past the text between.
    assert OLD_HTML_START.match("<!--a-->junk--><html>")
    assert not looks_like_html("<!--a-->junk--><html>")
    assert looks_like_html("<!--a--> <!-- b -->\n<html>")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENT_PIECES), max_size=12))
def test_clipboard_fragment_is_what_it_was(pieces: list[str]) -> None:
    from app.documents.html_reader import _clipboard_fragment

    text = "".join(pieces)
    old = OLD_CLIPBOARD_FRAGMENT.search(text)
    assert _clipboard_fragment(text) == (old.group(1) if old else None)


def _old_numbers_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from app.facts import numbers

    unit = numbers._UNIT_AFTER.pattern.replace(r"[\s-]++", r"[\s-]+").replace(r"\s++", r"\s+")
    currency = numbers._CURRENCY_AFTER.pattern.replace(r"\s++", r"\s+")
    return re.compile(unit, re.IGNORECASE), re.compile(currency)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "-", "\n", "km", "more", "more ", "US", "US ", "dollars", "pound",
                                 "sterling", "GBP", "x", "percentage", " point", "years"]), max_size=8))
def test_units_and_currencies_after_a_figure_are_what_they_were(pieces: list[str]) -> None:
    from app.facts import numbers

    old_unit, old_currency = _old_numbers_patterns()
    text = "5" + "".join(pieces)
    for new, old in ((numbers._UNIT_AFTER, old_unit), (numbers._CURRENCY_AFTER, old_currency)):
        found, expected = new.match(text, 1), old.match(text, 1)
        assert (found.group() if found else None) == (expected.group() if expected else None)


OLD_ESCAPE = re.compile(r"(?<!\\)\\[!#$%&()*+,\-.:;<=>?@\[\]^_`{|}~]")
OLD_LINK = re.compile(
    r"!?\[[^\[\]\n]{1,300}\]\((?:https?://|mailto:|www\.|/|\./|\.\./|#)[^\s()]{0,500}"
    r"(?:\s+\"[^\"\n]{0,200}\")?\)"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="\\\\$*.a \n!", max_size=30))
def test_escaped_punctuation_is_what_it_was(text: str) -> None:
    from app.documents import sniffing

    assert _spans(sniffing._ESCAPE, text) == _spans(OLD_ESCAPE, text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["!", "[", "]", "(", ")", "a", " ", "\n", "#", "http://x", "/", '"t"', "![a](#)"]),
                max_size=20))
def test_a_link_is_what_it_was(pieces: list[str]) -> None:
    from app.documents import sniffing

    text = "".join(pieces)
    assert _spans(sniffing._LINK, text) == _spans(OLD_LINK, text)


OLD_FURNITURE_SAYS = re.compile(
    r"(?:^\s*(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|"
    r"months?|years?)\s+ago\b)|(?:^\s*(?:published|updated|last updated|posted)\b|^\s*\d{1,2}:\d{2}\s*"
    r"(?:am|pm|gmt|bst)?\s*$)|(?:^\s*(?:related(?: topics| articles| stories| content)?|more(?: on this story"
    r"| from .{1,30})?|top stories|most (?:read|watched|popular)|read more|see also|you may also like|also in "
    r".{1,30}|features|elsewhere on .{1,30}|advertisement|sponsored(?: content)?|image (?:source|caption)|"
    r"media caption|share(?: this(?: article| story| page)?| on .{1,20})?|save|copy link|print|email|comments?|"
    r"tags?|topics?|listen|watch|skip to (?:content|main content)|menu|search|sign in|sign up|log in|"
    r"subscribe|newsletter|live)\s*[:|\u25bc\u25be]?\s*$)", re.I)
_FURNITURE_PIECES = ["more", " from ", "x", " ", "  ", ":", "|", "\u25bc", "\t", "\n", "12:30", " am", "PM", "Share",
                     " on ", "menu", "live", "related", " topics", "a", ".", "5", " mins ago", "published", "also in ",
                     "gmt", "elsewhere on "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_FURNITURE_PIECES), max_size=8))
def test_furniture_markers_and_stamps_are_what_they_were(pieces: list[str]) -> None:
    # The white space before the end is now taken whole: "Elsewhere on x", 783 spaces, "x." took
    # 75 ms a paragraph (its two \s* shared the run every way, for each length of the .{1,30}).
    from app.engine import furniture

    text = "".join(pieces)
    new, old = furniture._SAYS.match(text), OLD_FURNITURE_SAYS.match(text)
    assert (new and new.span()) == (old and old.span())


OLD_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)(?!\s*(?:age)?\s*points?)|"
                               r"\s?(?P<points>(?:%|per\s?cent(?:age)?)\s+points?)\b", re.IGNORECASE)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["%", " ", "  ", "\n", "age", "point", "points", "per", "cent", "percent",
                                 "Percentage", "x", "s"]), max_size=8))
def test_a_percent_after_a_figure_is_what_it_was(pieces: list[str]) -> None:
    # The look-ahead after "%" now takes white space whole: '5%', then 32,000 spaces took 15 s.
    from app.facts import numbers

    text = "".join(pieces)
    for at in range(len(text) + 1):
        new, old = numbers._PERCENT_AFTER.match(text, at), OLD_PERCENT_AFTER.match(text, at)
        assert (new and new.span()) == (old and old.span())
