"""Copying differences: plain text and sanitized HTML of the same content."""

from __future__ import annotations

from html.parser import HTMLParser

from app import compare
from app.documents import document_from_string
from app.facts import check_facts, link_facts
from app.project.annotations import Annotations, Verdict
from app.report.clipboard import clip_differences

ORIGINAL = ("A poll found that 53% of voters back the plan.\n\n"
            "The council met on Monday and spent $500bn on roads.\n\n"
            "Nothing else happened that week, and the weather stayed mild.\n")
COPY = ("A poll found that 35% of voters back the <script>alert(1)</script> plan.\n\n"
        "Nothing else happened that week, and the weather stayed mild.\n")
ALLOWED = {"p", "b", "i", "del", "ins", "blockquote", "br", "span"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text += data


def _setup():
    comparison = compare(document_from_string(ORIGINAL, "original.txt", "text"),
                         document_from_string(COPY, "copy.txt", "text"))
    changed = next(d for d in comparison.differences if d.kind == "changed")
    omitted = next(d for d in comparison.differences if d.kind == "omitted")
    annotations = Annotations().with_review(comparison, changed.id, verdict=Verdict.ERROR,
                                            note="Ask the desk <b>now</b> & check")
    links = link_facts(comparison, check_facts(comparison))
    return comparison, changed, omitted, annotations, links


def test_one_difference_as_plain_text():
    comparison, changed, _, annotations, links = _setup()
    clip = clip_differences(comparison, [changed], annotations, links)
    lines = clip.text.splitlines()
    assert lines[0] == f"#{changed.id} Changed \u2014 verdict: Error"
    assert any(line.startswith("\u26a0 Facts: 53% \u2192 35%") for line in lines)
    assert "Original (line 1): A poll found that 53% of voters back the plan." in lines
    assert any(line.startswith("Copy (line 1): A poll found that 35%") for line in lines)
    assert lines[-1] == "Note: Ask the desk <b>now</b> & check"
    assert "(original) vs" not in clip.text  # one difference: no heading


def test_a_selection_has_a_heading_and_every_difference_in_order():
    comparison, changed, omitted, annotations, links = _setup()
    clip = clip_differences(comparison, [omitted, changed], annotations, links)
    assert clip.text.startswith("original.txt (original) vs copy.txt (copy)\n\n")
    assert clip.text.index(f"#{omitted.id} Omitted") < clip.text.index(f"#{changed.id} Changed")
    assert "Copy: (nothing)" in clip.text
    assert "$500bn \u2192 \u2014" in clip.text


def test_the_html_is_sanitized_and_says_the_same():
    comparison, changed, omitted, annotations, links = _setup()
    clip = clip_differences(comparison, [omitted, changed], annotations, links)
    parser = _Tags()
    parser.feed(clip.html)
    assert {tag for tag, _ in parser.tags} <= ALLOWED
    assert all(name == "style" for _, attrs in parser.tags for name, _ in attrs)
    assert "<script>" not in clip.html and "&lt;script&gt;" in clip.html
    assert "<b>now</b>" not in clip.html and "Ask the desk &lt;b&gt;now&lt;/b&gt; &amp; check" in clip.html
    assert '<del style="' in clip.html and '<ins style="' in clip.html
    for line in clip.text.splitlines():  # every line of the text is in the HTML's text
        words = line.split(":", 1)[-1].split()
        assert all(w in parser.text for w in words), line


def test_long_passages_are_cut():
    comparison, changed, _, annotations, links = _setup()
    clip = clip_differences(comparison, [changed], annotations, links, limit=20)
    assert "A poll found that 53\u2026" in clip.text
    assert clip.html.count("\u2026") >= 2
