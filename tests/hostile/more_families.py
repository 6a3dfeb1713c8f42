"""More hostile input families for tests/hostile/families.py (issue 13): cousins of its readers' families.

Each builder makes its files for a given size (about that many bytes of
input); FAMILIES in families.py names them, with the stage they attack.
"""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from collections.abc import Callable

from tests.hostile.container_files import odt, pdf

Files = dict[str, bytes]


def _repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    """``unit`` repeated between ``head`` and ``tail`` to about ``size`` bytes of UTF-8."""
    count = max(1, (size - len(head.encode()) - len(tail.encode())) // len(unit.encode()))
    return head + unit * count + tail


def _pair(text: str, suffix: str) -> Files:
    data = text.encode("utf-8")
    return {"original" + suffix: data, "copy" + suffix: data}


# ---- HTML and Markdown: what html5ever (nh3) grows a text node or a value at --------------------

def no_break_spaces_html(size: int) -> Files:
    """'a' and a no-break space repeated in one paragraph: html5ever took time in the square of the
    characters U+0080-U+00BF of a text node (1 MiB: 7.3 s)."""
    return _pair(_repeat("a\xa0", size, head="<p>t</p><p>", tail="</p>"), ".html")


def no_break_spaces_markdown(size: int) -> Files:
    """The same in a Markdown paragraph (its HTML goes through nh3 too)."""
    return _pair(_repeat("a\xa0", size, head="Text.\n\n"), ".md")


def no_break_spaces_in_xmp(size: int) -> Files:
    """No-break spaces in the raw text of an <xmp>, which the sanitizer keeps as text (7.2 s)."""
    return _pair(_repeat("a\xa0", size, head="<p>t</p><xmp>", tail="</xmp>"), ".html")


def no_break_spaces_in_a_title(size: int) -> Files:
    """No-break spaces in a title attribute, which the sanitizer keeps (7.1 s)."""
    return _pair(_repeat("a\xa0", size, head='<p>t</p><p title="', tail='">x</p>'), ".html")


def ampersands_in_a_link(size: int) -> Files:
    """'a&' repeated in a link's address (kept by the sanitizer)."""
    return _pair(_repeat("a&", size, head='<p>t</p><a href="http://x/?', tail='">x</a>'), ".html")


# ---- Markdown: line ends and nested list markers the block budget did not see -------------------

def markdown_character_references(size: int) -> Files:
    """Paragraphs of 200 '&amp; ', under the markup budget: Python-Markdown stashes each (1.5 s)."""
    block = "&amp; " * 200
    return _pair("Text.\n\n" + "\n\n".join([block] * max(1, size // (len(block) + 2))), ".md")


def markdown_cr_headings(size: int) -> Files:
    """'# a' lines ended by CR alone: one line to every check before rendering (1 MiB: 6.0 s)."""
    return _pair(_repeat("# a\r", size), ".md")


def markdown_crlf_paragraphs(size: int) -> Files:
    """'a' paragraphs with CRLF line ends: refused for their number only once rendered (2.5 s)."""
    return _pair(_repeat("a\r\n\r\n", size), ".md")


def markdown_nested_list_markers(size: int) -> Files:
    """'- - - ... a', 59 list markers a line: 59 nested lists a line, counted as one block (2.5 s)."""
    return _pair(_repeat("- " * 59 + "a\n", size), ".md")


def markdown_indented_items(size: int) -> Files:
    """'    - b' lines after a list item: each an item nested in it, not counted (2.0 s)."""
    return _pair(_repeat("    - b\n", size, head="Text.\n\n- a\n"), ".md")


# ---- DOCX and ODT: packed XML, a few hundred bytes of file for each megabyte ----------------------

_W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def docx(body_xml: str) -> bytes:
    """A minimal .docx around ``body_xml``."""
    files = {
        "[Content_Types].xml": b'<?xml version="1.0"?>'
                               b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{body_xml}'
                             f"</w:body></w:document>".encode(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _packed(maker: Callable[[str], bytes], suffix: str, unit: str, head: str = "", tail: str = "",
            ratio: int = 60) -> Callable[[int], Files]:
    """Files of XML ``ratio`` times ``size``: the file itself some 300 times smaller than its XML."""
    def build(size: int) -> Files:
        data = maker(_repeat(unit, size * ratio, head, tail))
        return {"original" + suffix: data, "copy" + suffix: data}
    return build


# '<w:p/>' repeated: 10 million empty paragraphs in a 90 KB file took 19 s and 1 GB to be found empty.
docx_empty_paragraphs = _packed(docx, ".docx", "<w:p/>")
# Runs of one letter in one paragraph: 1.6 million of them in 149 KB, 12 s and 690 MB.
docx_runs = _packed(docx, ".docx", "<w:r><w:t>a</w:t></w:r>", "<w:p>", "</w:p>")
# Links in one paragraph: a million in 117 KB, 8 s to walk.
odt_links = _packed(odt, ".odt", '<text:a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="http://x/">a</text:a>',
                    "<text:p>", "</text:p>", ratio=30)
# '<text:p>a</text:p>' repeated: 1.85 million paragraphs in 153 KB, 18 s and 870 MB to be refused.
odt_packed_paragraphs = _packed(odt, ".odt", "<text:p>a</text:p>")
# One run of words, unpacked to up to 60 million characters: copied some ten times on its way to
# the 20-million-character limit (90 KB: 2.8 s, 1.16 GB).
docx_long_text = _packed(docx, ".docx", "word ", "<w:p><w:r><w:t>", "</w:t></w:r></w:p>")
# 'a&amp;' in one run: five million references for the walker to unescape (45 KB: 2.4 s).
odt_ampersands = _packed(odt, ".odt", "a&amp;", "<text:p>", "</text:p>", ratio=30)


# ---- Text: what a page says of its own encoding --------------------------------------------------

def page_in_a_codec_of_bytes(size: int) -> Files:
    """A cp1252 page declaring '<meta charset="rot13">', a codec of bytes, not of text: a traceback."""
    data = ('<meta charset="rot13">' + "<p>caf\xe9 au lait</p>" * max(1, size // 20)).encode("latin-1")
    return {"original.html": data, "copy.html": data}


# ---- Projects: annotations to place again ----------------------------------------------------------

def _project_of_highlights(size: int, exact: Callable[[int], str], prefix: str = "", suffix: str = "") -> Files:
    """Half the size text (both sides), half highlights whose quotes are not where they were."""
    length = size // 4
    text = ("Some words of the text here. " * (length // 29 + 1))[:length]
    highlights = []
    for i in range(max(1, size // 2 // 200)):
        at = i * 7919 % max(1, length - 40)
        selectors = [{"type": "TextPositionSelector", "start": at, "end": at + len(exact(i))},
                     {"type": "TextQuoteSelector", "exact": exact(i), "prefix": prefix, "suffix": suffix}]
        highlights.append({"id": f"h{i}", "note": "", "placed": True,
                           "target": {"side": "left", "selector": selectors}})
    documents = {side: {"name": f"{side}.txt", "text": body, "read_as": "text", "blocks": [], "styles": []}
                 for side, body in (("left", text), ("right", text + " More."))}
    project = {"format": "verso-project", "version": 1, "documents": documents,
               "annotations": {"reviews": [], "highlights": highlights}, "options": {"sensitivity": 0.5}}
    return {"project.verso": json.dumps(project).encode()}


def project_of_lost_highlights(size: int) -> Files:
    """Highlights whose quotes are nowhere: each searched fuzzily, two bitap runs or more (5 s)."""
    return _project_of_highlights(size, lambda i: f"Some wordz of the texq here {i} words of the")


def project_of_a_common_quote(size: int) -> Files:
    """Highlights of a quote found thousands of times, with its context: each occurrence scored,
    a character at a time, for each highlight (8 s)."""
    return _project_of_highlights(size, lambda i: "Some words", prefix="text here. ", suffix=" of the text")


def project_of_a_quote_in_part_of_its_context(size: int) -> Files:
    """Highlights of a quote found everywhere, whose context agrees only in part: every occurrence
    scored for each highlight (9.6 s)."""
    return _project_of_highlights(size, lambda i: "Some words", prefix="text here. ", suffix=" ZZZ")


# ---- PDF: pages of packed instructions, each under the page limit -------------------------------

def _packed_pdf_pages(unit: bytes, head: bytes, tail: bytes, weight: int) -> Callable[[int], Files]:
    """Pages of ``unit`` repeated to just under the page limit (``weight``: what one unit counts
    for, its lines and strings with it), each its own packed stream, as many as fit in the size."""
    def build(size: int) -> Files:
        body = head + unit * (int(1.95 * 1024 * 1024) // weight) + tail
        one = len(zlib.compress(body, 6))
        pages = max(1, min(1999, size // max(1, one)))
        data = pdf([4 + n for n in range(pages)], [body + b" %% %d" % n for n in range(pages)])
        return {"original.pdf": data, "copy.pdf": data}
    return build


pdf_pages_of_tiny_strings = _packed_pdf_pages(b"(a) Tj ", b"BT /F1 10 Tf 72 700 Td ", b" ET", 7 + 16)
pdf_pages_of_short_lines = _packed_pdf_pages(b"(word word word.) Tj T* ", b"BT /F1 10 Tf 12 TL 72 700 Td ", b" ET",
                                             24 + 96 + 16)
