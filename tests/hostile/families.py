"""Hostile input families: small generated files that once made Verso hang or eat memory (issue 13).

Each family builds its files for a given size (about that many bytes of
input) and names the stage that must stay bounded on them: reading,
comparing, checking facts, writing a text or HTML report, loading a
project. tests/hostile runs each in a child process at two sizes with a
time limit and a memory ceiling; ``make bench`` runs each at 1 MB.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass

from tests.hostile.container_files import (  # noqa: F401  (pdf, book_page, _text_ops: re-exported)
    _text_ops,
    book_page,
    form_drawn_often_pdf,
    long_book_pdf,
    odt,
    odt_spaces,
    odt_tiny_paragraphs,
    pdf,
    shared_stream_pdf,
)
from tests.hostile.more_engine_families import ENGINE_FAMILIES
from tests.hostile.more_families import (
    ampersands_in_a_link,
    docx_empty_paragraphs,
    docx_long_text,
    docx_runs,
    markdown_character_references,
    markdown_cr_headings,
    markdown_crlf_paragraphs,
    markdown_indented_items,
    markdown_nested_list_markers,
    no_break_spaces_html,
    no_break_spaces_in_a_title,
    no_break_spaces_in_xmp,
    no_break_spaces_markdown,
    odt_ampersands,
    odt_links,
    odt_packed_paragraphs,
    page_in_a_codec_of_bytes,
    pdf_pages_of_short_lines,
    pdf_pages_of_tiny_strings,
    project_of_a_common_quote,
    project_of_a_quote_in_part_of_its_context,
    project_of_lost_highlights,
)

Files = dict[str, bytes]


@dataclass(frozen=True, slots=True)
class Family:
    """One kind of hostile file: how to build it at a size, and the stage it attacks."""

    name: str
    item: str  # the item of issue 13 (or "more" for a cousin found while fixing one)
    stage: str  # read | compare | facts | text | html | project | report
    build: Callable[[int], Files]
    note: str
    small: int = 10_000  # bytes: the smaller size the test suite runs (the larger is four times that)


def _repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


def _pair(text: str, suffix: str = ".txt") -> Files:
    data = text.encode("utf-8")
    return {"original" + suffix: data, "copy" + suffix: data}


def _pair_two(left: str, right: str, suffix: str = ".txt") -> Files:
    return {"original" + suffix: left.encode("utf-8"), "copy" + suffix: right.encode("utf-8")}


# ---- 1. facts: quotations -------------------------------------------------------------------------

def quotes_in_a_row(size: int) -> Files:
    """'Start. "a" "a" "a" ...': every run of nearby quotations was a source of its own."""
    return _pair(_repeat('"a" ', size, head="Start. "))


def quotes_of_many_words(size: int) -> Files:
    """Quotations of one word repeated, with the same word as the copy's long quotation."""
    left = _repeat('"a a" b ', size // 2, head="Start. ")
    right = "Start. " + '"' + " ".join(["a"] * 300) + '" ' + _repeat('"a a b" ', size // 2)
    return _pair_two(left, right)


def numbers_in_a_row(size: int) -> Files:
    """'1 1 1 ...' on both sides: every number of the original matches every number of the copy."""
    return _pair(_repeat("1 2 ", size, head="Start. "))


def names_in_a_row(size: int) -> Files:
    """Names everywhere: 'Anna Smith said Anna Smith said ...'."""
    return _pair(_repeat("Anna Smith met Bob Jones. ", size))


def dates_in_a_row(size: int) -> Files:
    """'... home today and ...' repeated, one sentence: each date was tested against every date
    found before it (1 MiB: past 100 s)."""
    return _pair(_repeat("we went back home today and ", size, head="Start. "))


def names_in_every_sentence(size: int) -> Files:
    """'then we met Anna there too. ' repeated: a name every 28 characters, just under the facts
    check's candidate budget at 1 MiB, and no sentence break (lower case after the full stop)."""
    return _pair(_repeat("then we met Anna there too. ", size))


def a_year_in_every_sentence(size: int) -> Files:
    """'in 1999 we went back home. ' repeated: a year (a date) every 27 characters."""
    return _pair(_repeat("in 1999 we went back home. ", size))


def a_figure_in_every_sentence(size: int) -> Files:
    """'it cost 12 units more now. ' repeated: a figure every 27 characters."""
    return _pair(_repeat("it cost 12 units more now. ", size))


# ---- 2. sentence splitting ------------------------------------------------------------------------

def punctuation_runs(size: int) -> Files:
    """Runs of . ! ? and … not followed by white space and a word."""
    return _pair(_repeat(".!?\u2026", size, head="Word "))


def dots_then_word(size: int) -> Files:
    """'a.a.a.a...' and 'x. . . . .': full stops that end no sentence."""
    return _pair(_repeat("a.", size // 2) + " " + _repeat(". ", size // 2))


def one_word_repeated(size: int) -> Files:
    """'Mr Mr Mr ...' (a title: no sentence ends), the copy with words in the middle: one sentence
    of thousands of the same word, whose words kept in order difflib counted in time growing with
    the square of their equal pairs (25 KB: 66 s)."""
    text = _repeat("Mr ", size)
    middle = len(text) // 6 * 3
    return _pair_two(text, text[:middle] + "changed words here " + text[middle:])


def one_sentence_against_many(size: int) -> Files:
    """The original one long sentence of distinct words, the copy the same words in sentences of
    eight: the long sentence was read again for each short one, and its partners scanned."""
    words = [f"w{k * 7919 % 1_000_003}x" for k in range(max(16, size // 9))]
    copy = " ".join(" ".join(words[k:k + 8]).capitalize() + "." for k in range(0, len(words), 8))
    return _pair_two(" ".join(words) + ".", copy)


def long_reworded_sentences(size: int) -> Files:
    """Sentences of 1,900 words, each with its own words, a third of them replaced in the copy:
    diff-match-patch takes each pair in time its words times its differences (0.7 s a pair),
    and nothing bounded the sum (213 KB: 14 s)."""
    rng = random.Random(5)
    left, right = [], []
    for k in range(max(1, size // 14_000)):
        vocabulary = [f"s{k}w{n}" for n in range(300)]
        words = [rng.choice(vocabulary) for _ in range(1_900)]
        left.append(" ".join(words) + ".")
        right.append(" ".join(w if n % 3 else rng.choice(vocabulary) for n, w in enumerate(words)) + ".")
    return _pair_two("\n\n".join(left), "\n\n".join(right))


def short_lines_after_a_menu(size: int) -> Files:
    """A web-page marker, one prose paragraph, then short lines: page-furniture detection walked
    from each short line to the nearest longer paragraph (20,000 lines: 58 s)."""
    head = "Related topics\n\nThis is prose, a sentence of more than eight words right here.\n\n"
    return _pair(_repeat("Short line\n\n", size, head=head))


# ---- 3, 4. HTML -----------------------------------------------------------------------------------

def clipboard_markers(size: int) -> Files:
    """'<!--StartFragment-->' repeated, with no end marker."""
    return _pair(_repeat("<!--StartFragment-->", size, head="<p>text</p>"), ".html")


def self_closing_divs(size: int) -> Files:
    """'<div/>' repeated: parsers nest it (a div cannot close itself), the depth check did not."""
    return _pair(_repeat("<div/>", size, head="<p>text</p>"), ".html")


def angle_in_attribute(size: int) -> Files:
    """'<div title="<">' repeated: the '<' hid each tag from the depth check."""
    return _pair(_repeat('<div title="<">', size, head="<p>text</p>"), ".html")


def many_attributes(size: int) -> Files:
    """One <p> with a hundred thousand attributes."""
    attributes = "".join(f" a{i}=x" for i in range(max(1, size // 8)))
    return _pair(f"<p{attributes}>text</p>", ".html")


def character_references(size: int) -> Files:
    """'&amp;' repeated."""
    return _pair(_repeat("&amp;", size, head="<p>", tail="</p>"), ".html")


def tiny_paragraphs(size: int) -> Files:
    """'<p>a</p>' repeated: many blocks for few characters."""
    return _pair(_repeat("<p>a</p>", size), ".html")


def unclosed_inline(size: int) -> Files:
    """'<b><i><u>' repeated without end tags: inline elements nest without limit in parsers."""
    return _pair(_repeat("<b>x<i>", size, head="<p>"), ".html")


def formatting_reopened(size: int) -> Files:
    """'<div><b a=N></div>': parsers reopen every unclosed <b> in each later block (output quadratic)."""
    units, total = [], 0
    while total < size:
        units.append(f"<div><b a={len(units)}></div>")
        total += len(units[-1])
    return _pair("".join(units) + "x", ".html")


def page_of_unclosed_paragraphs(size: int) -> Files:
    """A whole page (trafilatura's way) of '<p>x' never closed."""
    return _pair(_repeat("<p>x", size, head="<html><body>"), ".html")


def page_with_many_attributes(size: int) -> Files:
    """A whole page whose one <p> has size/8 attributes (lxml checks each against those before)."""
    attributes = "".join(f" a{i}=x" for i in range(max(1, size // 8)))
    return _pair(f"<html><body><p{attributes}>text</p></body></html>", ".html")


def html_repeated(unit: str, head: str = "", tail: str = "") -> Callable[[int], Files]:
    """A page of ``unit`` repeated to the size: at 1 MiB, close under the cap of 100,000 elements."""
    return lambda size: _pair(_repeat(unit, size, head=head, tail=tail), ".html")


# ---- Markdown (issue 12's reader; Python-Markdown's searches to the end) ----------------------------

def unclosed_fences(size: int) -> Files:
    """'~~~a' lines never closed: each was an opening fence searched for its closer to the end."""
    return _pair(_repeat("~~~a\n", size, head="Text.\n\n"), ".md")


def fence_with_spaces(size: int) -> Files:
    """A run of backticks, then spaces, starting a line, then indented text and blank lines: for
    each way to share the spaces between its two space patterns, Python-Markdown's fence pattern
    searched the rest of the text for a closer (13 KB: 12.6 s)."""
    return _pair(_repeat("    word\n\n", size, head="`" * 92 + " " * (size // 4) + "\n\n"), ".md")


def unmatched_code_spans(size: int) -> Files:
    """Runs of 3 to 99 backticks, none closed, then words: each opener walked the paragraph in Python."""
    head = " ".join("`" * ticks for ticks in range(3, 100)) + " "
    return _pair(_repeat("word ", size, head="x " + head), ".md")


def link_brackets(size: int) -> Files:
    """Thousands of '[' in one paragraph, then words: each '[' was walked to the paragraph's end
    for its ']' (in Python, by three link processors)."""
    return _pair(_repeat(" word", size, head="Text.\n\n" + "[" * min(7000, size // 10)), ".md")


def stray_tag_starts(size: int) -> Files:
    """'<b' repeated, no '>': the HTML parser behind Python-Markdown took each for a tag name
    running on to the next space."""
    return _pair(_repeat(" word", size, head="Text.\n\n" + "<b" * min(7000, size // 4)), ".md")


def setext_headings(size: int) -> Files:
    """'a\n=\n' repeated, no blank line: each heading split its block, and the searches for
    headings and rules read the rest of it again (20 KB: 11 s; 40 KB: 53 s)."""
    return _pair(_repeat("a\n=\n", size), ".md")


def markdown_paragraphs(size: int) -> Files:
    """Short paragraphs, about 0.15 ms each through Python-Markdown and the HTML steps; at 1 MB just
    under the 25,000 blocks past which a .md is read as plain text."""
    return _pair(_repeat("A short paragraph, made of a few more words.\n\n", size), ".md")


def markdown_html_blocks(size: int) -> Files:
    """Blocks of raw HTML ('<div>', a line of words, '</div>'), 60 bytes each: Python-Markdown spent
    some 0.18 ms on each (1 MiB, 17,000 blocks: 3.5 s a read)."""
    return _pair(_repeat("<div>\nsome words inside a block of raw html here.\n</div>\n\n", size), ".md")


def markdown_tiny_html_blocks(size: int) -> Files:
    """'<div>\\na\\n</div>' blocks of 16 bytes, at most 24,000 of them (384 KB: past 25,000 blocks a
    .md reads as plain text): 4.25 s a read."""
    return _pair(_repeat("<div>\na\n</div>\n\n", min(size, 24_000 * 16)), ".md")


def lazy_list_item(size: int) -> Files:
    """A list item, then line after line with no blank one: all lazy lines of that item (1.5 s)."""
    return _pair(_repeat("word\n", size, head="- a\n"), ".md")


# ---- RTF -------------------------------------------------------------------------------------------

def rtf_control_words(size: int) -> Files:
    """Bold switched off and on, repeated: each control word made a new reader state (8 us each)."""
    return _pair("{\\rtf1\\ansi Start. " + _repeat("\\b0\\b ", size) + "end.}", ".rtf")


def rtf_paragraphs(size: int) -> Files:
    """'a\\par ' repeated: past the paragraph limit, refused only once all were read and walked."""
    return _pair("{\\rtf1\\ansi " + _repeat("a\\par ", size) + "}", ".rtf")


def rtf_underline_toggles(size: int) -> Files:
    """Underline switched on and off around each word: an underline span for every 16 bytes, each
    written as HTML and parsed again (3.65 s a file)."""
    return _pair("{\\rtf1\\ansi " + _repeat("\\ul a \\ulnone b ", size) + "}", ".rtf")


def rtf_groups(size: int) -> Files:
    """'{a}' repeated: a group, hence two tokens, for every letter (2.0 s a file)."""
    return _pair("{\\rtf1\\ansi " + _repeat("{a}", size) + "}", ".rtf")


def rtf_paragraphs_under_cap(size: int) -> Files:
    """'abcdefgh\\par ' repeated: 80,659 paragraphs at 1 MiB, under the 100,000 of the cap (3.0 s
    a file)."""
    return _pair("{\\rtf1\\ansi " + _repeat("abcdefgh\\par ", size) + "}", ".rtf")


# ---- 7. reports -----------------------------------------------------------------------------------

def many_differences(size: int, line: int = 40) -> Files:
    """Long texts with a difference on every line: each difference's line number was counted from 0."""
    lines = [f"Line {i} says the value was {i * 7 % 1000} units." for i in range(max(2, size // line))]
    copy = [line if i % 2 else f"Added line {i} of the copy alone." for i, line in enumerate(lines)]
    return _pair_two("\n\n".join(lines), "\n\n".join(copy))


def many_differences_under_budget(size: int) -> Files:
    """``many_differences`` with a line for every 43 bytes: at 1 MB, 24,385 sentences a side, just
    under the engine's budget of 25,000 (at 40 bytes a line a megabyte is refused at once)."""
    return many_differences(size, 43)


# ---- 8. derived text ------------------------------------------------------------------------------

def one_char_lines(size: int) -> Files:
    """'a\\n' repeated: a paragraph, a sentence and a block for every two bytes."""
    return _pair(_repeat("a\n\n", size))


# ---- 8, 10. projects ------------------------------------------------------------------------------

def project_json(left: str, right: str, options: str = '"sensitivity": 0.5') -> bytes:
    """A project file holding two texts (checksums left out: they are optional)."""
    docs = {side: {"name": f"{side}.txt", "text": text, "read_as": "text", "blocks": [], "styles": []}
            for side, text in (("left", left), ("right", right))}
    head = json.dumps({"format": "verso-project", "version": 1, "documents": docs,
                       "annotations": {"reviews": [], "highlights": []}})
    return (head[:-1] + ', "options": {' + options + "}}").encode("utf-8")


def project_of_punctuation(size: int) -> Files:
    """A project whose texts are runs of punctuation (item 2 through ``verso report``)."""
    text = _repeat(".!?", size // 2, head="Word ")
    return {"project.verso": project_json(text, text)}


def project_of_lines(size: int) -> Files:
    """A project of many one-word lines."""
    text = _repeat("a\n\n", size // 2)
    return {"project.verso": project_json(text, text + "b")}


FAMILIES: tuple[Family, ...] = (
    Family("quotes in a row", "1", "facts", quotes_in_a_row, '\'Start. "a" "a" ...\'', small=3000),
    # (small: one sentence a side, whose word diff is quadratic up to its 1 s limit, reached from about
    # 8,000 bytes; measured from there, as "one sentence against many" is)
    Family("long quote, short ones", "1", "facts", quotes_of_many_words, "a 300-word quote among 'a a' quotes",
           small=40_000),
    Family("numbers in a row", "more", "facts", numbers_in_a_row, "'1 2 1 2 ...' on both sides", small=2000),
    Family("names in a row", "more", "facts", names_in_a_row, "'Anna Smith met Bob Jones. ' repeated", small=3000),
    Family("dates in a row", "1", "facts", dates_in_a_row, "'we went back home today and ' repeated"),
    Family("names in every sentence", "more", "facts", names_in_every_sentence,
           "'then we met Anna there too. ' repeated"),
    Family("a year in every sentence", "more", "facts", a_year_in_every_sentence,
           "'in 1999 we went back home. ' repeated"),
    Family("a figure in every sentence", "more", "facts", a_figure_in_every_sentence,
           "'it cost 12 units more now. ' repeated"),
    Family("punctuation runs", "2", "compare", punctuation_runs, "'.!?…' repeated"),
    Family("dots and letters", "2", "compare", dots_then_word, "'a.a.a.' then '. . . '"),
    Family("one word repeated", "more", "compare", one_word_repeated, "'Mr ' repeated, words in the copy's middle"),
    # (small: from about 4,000 words, the one long pair's word diff stops at its 1 s limit; below,
    # it is the quadratic diff-match-patch, which would hide the growth of the rest)
    Family("one sentence against many", "more", "compare", one_sentence_against_many,
           "one sentence of distinct words; the copy splits it every 8 words", small=40_000),
    Family("long reworded sentences", "more", "compare", long_reworded_sentences,
           "1,900-word sentences, a third of each one's words replaced", small=30_000),
    Family("short lines after a menu", "more", "compare", short_lines_after_a_menu,
           "'Related topics', a paragraph, then 'Short line' paragraphs"),
    Family("clipboard markers", "3", "read", clipboard_markers, "'<!--StartFragment-->' repeated"),
    Family("self-closing divs", "4", "read", self_closing_divs, "'<div/>' repeated"),
    Family("'<' in attributes", "4", "read", angle_in_attribute, "'<div title=\"<\">' repeated"),
    Family("many attributes", "4", "read", many_attributes, "one <p> with size/8 attributes"),
    Family("character references", "4", "read", character_references, "'&amp;' repeated"),
    Family("unclosed inline tags", "4", "read", unclosed_inline, "'<b>x<i>' repeated"),
    Family("formatting reopened", "4", "read", formatting_reopened, "'<div><b a=N></div>' repeated"),
    Family("page of open paragraphs", "4", "read", page_of_unclosed_paragraphs, "'<html><body>' + '<p>x' repeated",
           small=4000),
    Family("page, many attributes", "4", "read", page_with_many_attributes, "a page, one <p> with size/8 attributes"),
    Family("HTML table near the element cap", "more", "compare",
           html_repeated("<table><tr><td>a</td><td>b</td></tr></table>"), "95,000 elements at 1 MiB"),
    Family("page of divs near the element cap", "more", "compare", html_repeated("<div>a</div>", "<html><body>"), ""),
    Family("spans in one paragraph", "more", "compare", html_repeated("<span>a</span>", "<p>", "</p>"), "one block"),
    Family("scripts between paragraphs", "more", "compare", html_repeated("<script>a=1;</script><p>x</p>"), "raw text"),
    Family("nested tables", "more", "compare", html_repeated(
        "<table><tr><td><table><tr><td>a</td></tr></table></td></tr></table>"), "a closed table in a cell"),
    Family("unclosed code fences", "md", "read", unclosed_fences, "'~~~a\\n' repeated, never closed"),
    Family("fence and spaces", "md", "read", fence_with_spaces, "'`' * 92 + size/4 spaces, then indented lines"),
    Family("unmatched code spans", "md", "read", unmatched_code_spans, "97 backtick runs of new lengths, then words"),
    Family("link brackets", "md", "read", link_brackets, "size/10 '[' (at most 7,000), then words"),
    Family("stray tag starts", "md", "read", stray_tag_starts, "'<b' * size/4 (at most 7,000), then words"),
    Family("setext headings", "md", "read", setext_headings, "'a\\n=\\n' repeated, no blank line"),
    Family("Markdown paragraphs", "md", "read", markdown_paragraphs, "46-byte paragraphs"),
    Family("RTF control words", "more", "read", rtf_control_words, "'\\b0\\b ' repeated"),
    Family("RTF paragraphs", "8", "read", rtf_paragraphs, "'a\\par ' repeated", small=60_000),
    Family("RTF underline toggles", "more", "compare", rtf_underline_toggles, "'\\ul a \\ulnone b ' repeated",
           small=60_000),
    Family("RTF groups", "more", "compare", rtf_groups, "'{a}' repeated", small=60_000),
    Family("RTF paragraphs under the cap", "8", "compare", rtf_paragraphs_under_cap,
           "'abcdefgh\\par ' repeated", small=60_000),
    Family("Markdown raw HTML blocks", "md", "compare", markdown_html_blocks, "60-byte '<div>' blocks",
           small=60_000),
    Family("Markdown tiny raw HTML blocks", "md", "compare", markdown_tiny_html_blocks,
           "16-byte '<div>' blocks, at most 24,000", small=60_000),
    Family("lazy list item", "md", "compare", lazy_list_item, "'- a' then 'word' lines", small=60_000),
    Family("ODT spaces", "5", "read", odt_spaces, "'<text:s text:c=\"1000\"/>' repeated"),
    Family("ODT paragraphs", "8", "read", odt_tiny_paragraphs, "'<text:p>a</text:p>' repeated"),
    Family("many differences, text", "7", "text", many_differences, "a difference on every other line", small=6000),
    Family("many differences, HTML", "7", "html", many_differences, "a difference on every other line", small=6000),
    Family("many differences under the sentence budget, text", "7", "text", many_differences_under_budget,
           "a difference on every other line, 24,385 lines at 1 MB", small=6000),
    Family("many differences under the sentence budget, HTML", "7", "html", many_differences_under_budget,
           "a difference on every other line, 24,385 lines at 1 MB", small=6000),
    Family("tiny HTML paragraphs", "8", "compare", tiny_paragraphs, "'<p>a</p>' repeated"),
    Family("one-letter lines", "8", "compare", one_char_lines, "'a\\n\\n' repeated"),
    Family("PDF shared stream", "9", "read", shared_stream_pdf, "size/100 pages drawing one 20 KB stream", small=5000),
    Family("PDF form drawn often", "9", "read", form_drawn_often_pdf, "a page drawing a 1 KB form size/11 times",
           small=700),
    Family("long book PDF", "9", "read", long_book_pdf, "pages of dense book text, size/2600 pages", small=5200),
    Family("project of punctuation", "2", "report", project_of_punctuation, "verso report on '.!?' texts"),
    Family("project of lines", "8", "report", project_of_lines, "verso report on 'a\\n\\n' texts"),
    # (tests/hostile/more_families.py)
    Family("no-break spaces in one paragraph", "4", "read", no_break_spaces_html, "'a\\xa0' repeated in a <p>"),
    Family("no-break spaces in Markdown", "4", "read", no_break_spaces_markdown, "'a\\xa0' repeated"),
    Family("no-break spaces in <xmp>", "4", "read", no_break_spaces_in_xmp, "'a\\xa0' in raw text kept as text"),
    Family("no-break spaces in a title", "4", "read", no_break_spaces_in_a_title, "'a\\xa0' in a title attribute"),
    Family("ampersands in a link", "4", "read", ampersands_in_a_link, "'a&' in an href"),
    Family("Markdown CR headings", "md", "read", markdown_cr_headings, "'# a\\r' repeated"),
    Family("Markdown character references", "md", "compare", markdown_character_references, "'&amp; ' * 200 blocks"),
    Family("Markdown CRLF paragraphs", "md", "read", markdown_crlf_paragraphs, "'a\\r\\n\\r\\n' repeated"),
    Family("Markdown nested list markers", "md", "read", markdown_nested_list_markers, "'- ' * 59 + 'a' lines"),
    Family("Markdown indented items", "md", "read", markdown_indented_items, "'    - b' lines after '- a'"),
    Family("DOCX empty paragraphs", "8", "read", docx_empty_paragraphs, "'<w:p/>', XML 60 times the size"),
    Family("DOCX runs", "8", "read", docx_runs, "one-letter runs in a paragraph, XML 60 times the size"),
    Family("ODT links", "8", "read", odt_links, "links in one paragraph, XML 30 times the size"),
    Family("ODT packed paragraphs", "8", "read", odt_packed_paragraphs, "'<text:p>a</text:p>', XML 60 times"),
    Family("DOCX long text", "8", "read", docx_long_text, "'word ' in one run, XML 60 times the size"),
    Family("ODT ampersands", "8", "read", odt_ampersands, "'a&amp;' in one paragraph, XML 30 times the size"),
    Family("page in a codec of bytes", "more", "read", page_in_a_codec_of_bytes, "'<meta charset=\"rot13\">', cp1252"),
    Family("project of lost highlights", "more", "report", project_of_lost_highlights, "quotes found nowhere",
           small=60_000),
    Family("project of a common quote", "more", "report", project_of_a_common_quote, "a quote found everywhere",
           small=60_000),
    Family("project of a quote in part of its context", "more", "report", project_of_a_quote_in_part_of_its_context,
           "a quote found everywhere, its suffix nowhere", small=60_000),
    Family("PDF pages of tiny strings", "9", "read", pdf_pages_of_tiny_strings, "'(a) Tj ' pages under 2 MB, packed"),
    Family("PDF pages of short lines", "9", "read", pdf_pages_of_short_lines, "'(word word word.) Tj T* ' pages"),
)


def family(name: str) -> Family:
    """The family called ``name``."""
    for candidate in FAMILIES:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


FAMILIES += tuple(Family(*spec) for spec in ENGINE_FAMILIES)
