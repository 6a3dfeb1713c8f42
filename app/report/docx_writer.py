"""A Word document of the copy with tracked changes against the original, and the review as comments.

``docx_bytes(comparison, annotations, ...)`` makes a .docx (WordprocessingML
in a zip, standard library only): the copy's text, in which what the copy
left out or replaced is a tracked deletion (``w:del``) and what it added or
put instead a tracked insertion (``w:ins``), made from
:func:`app.report.redline.redline`. Accept All Changes gives the copy,
Reject All the original. Each line of the texts is a paragraph (a blank
line an empty one); a paragraph break only one text has is a tracked
paragraph mark. Verdicts and notes on differences, notes on highlights and
the facts a difference changes become Word comments on its text (the
copy's, or the deleted text of an omission). Track Changes is left on.

Written by hand rather than with python-docx: that library writes neither
tracked changes nor comment ranges, and the parts needed are few (see
:data:`PARTS`). Every piece of document text is escaped, and characters
XML cannot carry (controls) are shown as Unicode control pictures.
"""

from __future__ import annotations

import bisect
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.sax.saxutils import escape

from app import __version__
from app.engine.records import Comparison, Span
from app.project.annotations import Annotations, Verdict
from app.report.palette import KIND_STYLES
from app.report.redline import Piece, redline
from app.report.reviews import ReviewIndex

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
AUTHOR = "Verso"
#: The parts of the package, in the order written ([Content_Types].xml first, as Word prefers).
PARTS = ("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
         "word/document.xml", "word/styles.xml", "word/settings.xml", "word/comments.xml",
         "word/_rels/document.xml.rels")
# Characters XML 1.0 cannot hold: C0 controls but tab, line feed, carriage return; and lone surrogates.
_NOT_XML = {**{c: 0x2400 + c for c in range(0x20) if chr(c) not in "\t\n\r"},
            **dict.fromkeys(range(0xD800, 0xE000), 0xFFFD), 0xFFFE: 0xFFFD, 0xFFFF: 0xFFFD}


@dataclass(frozen=True, slots=True)
class Comment:
    """A Word comment on [start, end) of one side's text."""

    side: str  # "left" (anchored on deleted text) or "right"
    span: Span
    lines: tuple[str, ...]


def docx_bytes(comparison: Comparison, annotations: Annotations | None = None,
               fact_changes: dict[int, list[str]] | None = None, title: str | None = None,
               when: datetime | None = None) -> bytes:
    """The .docx file: the copy with tracked changes; reviews, highlight notes and facts as comments.

    ``fact_changes``: difference id -> what it does to facts ("53% → 35%"), see app/facts/links.py.
    """
    when = (when or datetime.now(UTC)).astimezone(UTC)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    comments = _comments(comparison, annotations or Annotations(), fact_changes or {})
    body = _Body(stamp)
    body.write(redline(comparison), comments)
    title = title or f"{comparison.left.name or 'Original'} vs {comparison.right.name or 'Copy'}"
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _PACKAGE_RELS,
        "docProps/core.xml": _core(title, stamp),
        "docProps/app.xml": _APP.format(version=escape(__version__)),
        "word/document.xml": body.document(),
        "word/styles.xml": _STYLES,
        "word/settings.xml": _SETTINGS,
        "word/comments.xml": _comments_part(comments, stamp),
        "word/_rels/document.xml.rels": _DOCUMENT_RELS,
    }
    buffer = io.BytesIO()
    stamp_tuple = (max(1980, when.year), when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name in PARTS:
            info = zipfile.ZipInfo(name, stamp_tuple)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name].encode("utf-8"))
    return buffer.getvalue()


def _comments(comparison: Comparison, annotations: Annotations,
              fact_changes: dict[int, list[str]]) -> list[Comment]:
    out = []
    reviews = ReviewIndex(annotations)
    for d in comparison.differences:
        verdict = reviews.verdict_of(d.id)
        note = reviews.note_of(d.id)
        facts = fact_changes.get(d.id, [])
        if verdict is Verdict.UNREVIEWED and not note and not facts:
            continue
        side, span = ("right", d.right) if d.right is not None and d.right[0] < d.right[1] else ("left", d.left)
        if span is None or span[0] >= span[1]:
            continue
        style = KIND_STYLES.get(d.kind)
        lines = [f"{style.label if style else d.kind} \u2014 difference {d.id}"]
        if verdict is not Verdict.UNREVIEWED:
            lines.append(f"Verdict: {verdict.label}")
        if note:
            lines.append(f"Note: {note}")
        if facts:
            lines.append("\u26a0 Facts: " + " \u00b7 ".join(facts))
        out.append(Comment(side, span, tuple(lines)))
    for h in annotations.highlights:
        if h.placed and h.note and h.span[0] < h.span[1]:
            out.append(Comment(h.side, h.span, (f"Highlight: {h.note}",)))
    for f in annotations.fact_reviews:
        anchor = f.right if f.right is not None and f.right.span[0] < f.right.span[1] else f.left
        if not f.placed or f.is_empty or anchor is None or anchor.span[0] >= anchor.span[1]:
            continue
        lines = [f"Fact ({f.kind}{', ' + f.status if f.status else ''}): {f.quote}"]
        if f.verdict is not Verdict.UNREVIEWED:
            lines.append(f"Verdict: {f.verdict.label}")
        if f.note:
            lines.append(f"Note: {f.note}")
        out.append(Comment(anchor.side, anchor.span, tuple(lines)))
    return out


def xml_safe(text: str) -> str:
    """``text`` with the characters XML cannot hold shown as control pictures (or U+FFFD)."""
    return text.translate(_NOT_XML)


def _x(text: str) -> str:
    return escape(xml_safe(text))


class _Body:
    """The paragraphs of word/document.xml, built from the pieces and the comments' ranges."""

    def __init__(self, stamp: str) -> None:
        self._stamp = stamp
        self._paragraphs: list[str] = []
        self._content: list[str] = []  # of the paragraph being written
        self._next_id = 1_000  # ids of w:ins / w:del (comments have their own, from 0)

    def _change(self, tag: str) -> str:
        self._next_id += 1
        return f'<w:{tag} w:id="{self._next_id}" w:author="{AUTHOR}" w:date="{self._stamp}"'

    def write(self, pieces: Iterable[Piece], comments: list[Comment]) -> None:
        starts: dict[tuple[str, int], list[int]] = {}
        ends: dict[tuple[str, int], list[int]] = {}
        for i, c in enumerate(comments):
            starts.setdefault((c.side, c.span[0]), []).append(i)
            ends.setdefault((c.side, c.span[1]), []).append(i)
        cuts = {"left": sorted({o for c in comments if c.side == "left" for o in c.span}),
                "right": sorted({o for c in comments if c.side == "right" for o in c.span})}
        opened: set[int] = set()
        for piece in _cut(pieces, cuts):
            for side, at in (("left", piece.left), ("right", piece.right)):
                for i in starts.get((side, at), []) if at is not None else []:
                    if i not in opened:
                        opened.add(i)
                        self._content.append(f'<w:commentRangeStart w:id="{i}"/>')
            self._text(piece)
            for side, span in (("left", piece.left_span), ("right", piece.right_span)):
                for i in ends.get((side, span[1]), []) if span is not None else []:
                    if i in opened:
                        opened.discard(i)
                        self._close_comment(i)
        for i in sorted(opened):  # (cannot happen: every span ends where a piece ends)
            self._close_comment(i)
        self._end_paragraph("keep")

    def _close_comment(self, i: int) -> None:
        self._content.append(f'<w:commentRangeEnd w:id="{i}"/><w:r><w:commentReference w:id="{i}"/></w:r>')

    def _text(self, piece: Piece) -> None:
        lines = piece.text.split("\n")
        for n, line in enumerate(lines):
            if line:
                self._run(piece.op, line)
            if n < len(lines) - 1:
                self._end_paragraph(piece.op)

    def _run(self, op: str, text: str) -> None:
        tag = "w:delText" if op == "delete" else "w:t"
        inner = "".join(f'<{tag} xml:space="preserve">{_x(part)}</{tag}>' if part else "<w:tab/>"
                        for part in _tabs(text))
        run = f"<w:r>{inner}</w:r>"
        if op == "delete":
            run = f"{self._change('del')}>{run}</w:del>"
        elif op == "insert":
            run = f"{self._change('ins')}>{run}</w:ins>"
        self._content.append(run)

    def _end_paragraph(self, op: str) -> None:
        mark = ""
        if op == "delete":
            mark = f"<w:pPr><w:rPr>{self._change('del')}/></w:rPr></w:pPr>"
        elif op == "insert":
            mark = f"<w:pPr><w:rPr>{self._change('ins')}/></w:rPr></w:pPr>"
        self._paragraphs.append(f"<w:p>{mark}{''.join(self._content)}</w:p>")
        self._content = []

    def document(self) -> str:
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" '
                f'xmlns:r="{R}"><w:body>' + "".join(self._paragraphs)
                + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
                'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
                "</w:body></w:document>")


def _tabs(text: str) -> list[str]:
    """``text`` split at tabs, each tab an empty string: ["a", "", "b"] for "a\\tb"."""
    out: list[str] = []
    for i, part in enumerate(text.split("\t")):
        if i:
            out.append("")
        if part:
            out.append(part)
    return out


def _cut(pieces: Iterable[Piece], cuts: dict[str, list[int]]) -> list[Piece]:
    """Pieces split at the offsets where comments start or end, on the side each piece has."""
    out = []
    for piece in pieces:
        side, start = ("right", piece.right) if piece.right is not None else ("left", piece.left)
        assert start is not None
        offsets = cuts[side]
        i = bisect.bisect_right(offsets, start)
        at = 0
        while i < len(offsets) and offsets[i] < start + len(piece.text):
            k = offsets[i] - start
            out.append(_part(piece, at, k))
            at = k
            i += 1
        out.append(_part(piece, at, len(piece.text)))
    return [p for p in out if p.text]


def _part(piece: Piece, a: int, b: int) -> Piece:
    return Piece(piece.op, piece.text[a:b], None if piece.left is None else piece.left + a,
                 None if piece.right is None else piece.right + a)


def _comments_part(comments: list[Comment], stamp: str) -> str:
    items = []
    for i, c in enumerate(comments):
        paragraphs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_x(line)}</w:t></w:r></w:p>'
                             for text in c.lines for line in text.split("\n"))
        items.append(f'<w:comment w:id="{i}" w:author="{AUTHOR}" w:date="{stamp}" w:initials="V">'
                     f"{paragraphs}</w:comment>")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W}">'
            + "".join(items) + "</w:comments>")


def _core(title: str, stamp: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{_x(title)}</dc:title><dc:creator>{AUTHOR}</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            "</cp:coreProperties>")


_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_CT}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_CT}.styles+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{_CT}.settings+xml"/>'
    f'<Override PartName="/word/comments.xml" ContentType="{_CT}.comments+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>")
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>")
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/comments" Target="comments.xml"/>'
    "</Relationships>")
_APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>Verso {version}</Application></Properties>")
# Normal text with no space between paragraphs: a blank line of the text is an empty paragraph.
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>'
    '<w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Times New Roman"/><w:sz w:val="22"/>'
    '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
    "</w:style></w:styles>")
_SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             f'<w:settings xmlns:w="{W}"><w:trackRevisions/><w:defaultTabStop w:val="720"/></w:settings>')
