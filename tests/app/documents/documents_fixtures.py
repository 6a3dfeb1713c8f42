"""Builders for real-shaped test documents (.docx, .odt, .pdf, .rtf, .html).

Every fixture is made here, in code, so nothing binary is committed and a
reader can see exactly what each file holds.
"""

from __future__ import annotations

import io
import zipfile
from html import escape

# ---------------------------------------------------------------- .docx
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def docx_run(text: str, *, b: bool = False, i: bool = False, u: bool = False) -> str:
    props = ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + ('<w:u w:val="single"/>' if u else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def docx_paragraph(runs: str, style: str | None = None, list_level: int | None = None) -> str:
    ppr = ""
    if style or list_level is not None:
        inner = f'<w:pStyle w:val="{style}"/>' if style else ""
        if list_level is not None:
            inner += f'<w:numPr><w:ilvl w:val="{list_level}"/><w:numId w:val="1"/></w:numPr>'
        ppr = f"<w:pPr>{inner}</w:pPr>"
    return f"<w:p>{ppr}{runs}</w:p>"


def build_docx(body_xml: str, links: dict[str, str] | None = None) -> bytes:
    """A minimal but well-formed .docx around ``body_xml`` (w:p and w:tbl elements)."""
    links = links or {}
    rels = "".join(
        f'<Relationship Id="{rid}" Type="{R_NS}/hyperlink" Target="{escape(url)}" TargetMode="External"/>'
        for rid, url in links.items()
    )
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
        for sid, name in [
            ("Normal", "Normal"),
            ("Title", "Title"),
            ("Heading1", "heading 1"),
            ("Heading2", "heading 2"),
            ("Quote", "Quote"),
            ("ListParagraph", "List Paragraph"),
        ]
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R_NS}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdStyles" Type="{R_NS}/styles" Target="styles.xml"/>{rels}'
            "</Relationships>"
        ),
        "word/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">{styles}</w:styles>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body_xml}'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
        ),
    }
    return _zip(files)


def _zip(files: dict[str, str | bytes], first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        names = sorted(files, key=lambda name: name != first)
        for name in names:
            content = files[name]
            data = content.encode("utf-8") if isinstance(content, str) else content
            method = zipfile.ZIP_STORED if name == first else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


# ---------------------------------------------------------------- .odt
ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"'
)


def build_odt(body_xml: str) -> bytes:
    """A minimal .odt: mimetype first and stored, manifest, styles and content."""
    automatic = (
        "<office:automatic-styles>"
        '<style:style style:name="T1" style:family="text">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="T2" style:family="text">'
        '<style:text-properties fo:font-style="italic"/></style:style>'
        '<style:style style:name="T3" style:family="text" style:parent-style-name="Strong">'
        '<style:text-properties style:text-underline-style="solid"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" '
        'style:parent-style-name="Quotations"/>'
        "</office:automatic-styles>"
    )
    named = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS}><office:styles>'
        '<style:style style:name="Quotations" style:family="paragraph"/>'
        '<style:style style:name="Title" style:family="paragraph"/>'
        '<style:style style:name="Strong" style:display-name="Strong Emphasis" '
        'style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        "</office:styles></office:document-styles>"
    )
    files: dict[str, str | bytes] = {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>"
        ),
        "styles.xml": named,
        "content.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
            f"{automatic}<office:body><office:text>{body_xml}</office:text></office:body>"
            "</office:document-content>"
        ),
    }
    return _zip(files, first="mimetype")


# ---------------------------------------------------------------- .pdf
def build_pdf(pages: list[list[tuple[float, float, str, int]]], width: int = 595, height: int = 842) -> bytes:
    """A PDF whose pages draw (x, y, text, size) lines in Helvetica, in the order given."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        ops = []
        for x, y, text, size in lines:
            raw = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"BT /F1 %d Tf %.1f %.1f Td (" % (size, x, y) + raw + b") Tj ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, width, height, font, content)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = (
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def layout_columns(paragraphs: list[str], width: int = 38) -> list[str]:
    """Break paragraphs into lines of about ``width`` characters, hyphenating long words.

    A blank string separates paragraphs. A word that would overflow is split
    with a hyphen when it is long enough, as typesetting does.
    """
    lines: list[str] = []
    for paragraph in paragraphs:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if len(candidate) <= width:
                line = candidate
                continue
            room = width - len(line) - 2
            if word.isalpha() and len(word) >= 8 and room >= 3 and len(word) - room >= 3:
                lines.append(f"{line} {word[:room]}-".strip())
                line = word[room:]
            else:
                lines.append(line)
                line = word
        lines.append(line)
        lines.append("")
    return lines
