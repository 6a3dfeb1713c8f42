"""Hostile container files (ODT, PDF) for the families of tests/hostile/families.py (issue 13).

Each builder makes its files for a given size; the families name them.
"""

from __future__ import annotations

import io
import zipfile
import zlib

Files = dict[str, bytes]


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))

# ---- 5. ODT ---------------------------------------------------------------------------------------

ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3"'
)


def odt(body_xml: str) -> bytes:
    """A minimal .odt around ``body_xml``."""
    files = {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml": (
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            b'<manifest:file-entry manifest:full-path="/" '
            b'manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>'
        ),
        "content.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
            f"<office:body><office:text>{body_xml}</office:text></office:body></office:document-content>"
        ).encode(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=kind)
    return buffer.getvalue()


def odt_spaces(size: int) -> Files:
    """<text:s text:c="1000"/> repeated: each a thousand spaces from 24 bytes of XML."""
    body = "<text:p>word" + _repeat('<text:s text:c="1000"/>', size) + "word</text:p>"
    data = odt(body)
    return {"original.odt": data, "copy.odt": data}


def odt_tiny_paragraphs(size: int) -> Files:
    """<text:p>a</text:p> repeated."""
    data = odt(_repeat("<text:p>a</text:p>", size))
    return {"original.odt": data, "copy.odt": data}


# ---- 9. PDF ---------------------------------------------------------------------------------------

def pdf(page_contents: list[bytes], streams: list[bytes], forms: dict[str, int] | None = None,
        inner: dict[int, dict[str, int]] | None = None) -> bytes:
    """A PDF: ``streams`` are objects 4, 5, ...; page i draws stream number ``page_contents[i]``.

    ``forms``: resource name -> stream number, given as form XObjects to every page.
    ``inner``: form stream number -> the forms (name -> stream number) that form may draw.
    """
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for data in streams:
        compressed = zlib.compress(data, 9)
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(compressed)
                       + compressed + b"\nendstream")
    for name, number in (forms or {}).items():  # the form's dictionary: a stream with /Subtype /Form
        body = objects[number - 1]
        drawn = b"".join(b"/%s %d 0 R " % (inner_name.encode(), inner_number)
                         for inner_name, inner_number in (inner or {}).get(number, {}).items())
        objects[number - 1] = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                               b"/Resources << /Font << /F1 3 0 R >> /XObject << " + drawn + b">> >> " + body[3:])
        del name
    xobjects = b"".join(b"/%s %d 0 R " % (name.encode(), number) for name, number in (forms or {}).items())
    first_page = len(objects) + 1
    for content in page_contents:
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
                       b"/XObject << " + xobjects + b">> >> /Contents %d 0 R >>" % content)
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(len(page_contents)))
    objects[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_contents)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _text_ops(lines: int) -> bytes:
    return b"".join(b"BT /F1 10 Tf 72 %d Td (Words of line %d on the page.) Tj ET\n" % (700 - i % 600, i)
                    for i in range(lines))


def shared_stream_pdf(size: int) -> Files:
    """Pages that all draw one content stream (20 KB unpacked): each page parsed it again."""
    pages = max(2, size // 100)
    data = pdf([4] * pages, [_text_ops(400)])
    return {"original.pdf": data, "copy.pdf": data}


def form_drawn_often_pdf(size: int) -> Files:
    """One page drawing a 1 KB form again and again ('/X0 Do'): PDFium parses the form each time."""
    page = b"q /X0 Do Q\n" * max(1, size // 11)
    data = pdf([5], [_text_ops(20), page], forms={"X0": 4})
    return {"original.pdf": data, "copy.pdf": data}


_BOOK_WORDS = ("the of and to in a is that for it as was with be by on not he this are or his from at which "
               "but have an they one you were her all she there would their we him been has when who will more "
               "no if out so said what up its about into than them can only other new some could time these "
               "two may then do first any my now such like our over man me even most made after also did many "
               "before must through back years where much your way well down should because each just those "
               "people how too little state good very make world still own see men work long get here between "
               "both life being under never day same another know while last might us great old year off come "
               "since against go came right used take three").split()


def book_page(number: int) -> bytes:
    """A page of a typeset book: 45 lines of kerned words, each word two strings of a TJ array
    (as TeX and word processors write them), the words chosen by a fixed sequence."""
    lines = [b"BT /F1 10 Tf 12 TL 72 740 Td"]
    k = number * 7919
    for _ in range(45):
        parts = []
        for _ in range(11 + k % 5):
            k = (k * 1103515245 + 12345) % 2**31
            word = _BOOK_WORDS[k % len(_BOOK_WORDS)].encode()
            cut = 1 + k % max(1, len(word) - 1)
            parts.append(b"(%s)%d(%s)" % (word[:cut], (-15, 20, 27, 55)[k % 4], word[cut:]))
        lines.append(b"[" + b"-333".join(parts) + b"]TJ T*")
    lines.append(b"ET")
    return b"\n".join(lines)


def long_book_pdf(size: int) -> Files:
    """A legitimate long PDF: pages of dense book text, each its own stream (about 2.6 KB a page
    on disk). PDFium reads such a page in some 3 ms here (pypdf took 60-90 ms)."""
    pages = max(1, size // 2600)
    data = pdf([4 + n for n in range(pages)], [book_page(n) for n in range(pages)])
    return {"original.pdf": data, "copy.pdf": data}
