"""Word .docx to HTML for the walker: paragraphs, headings, lists, quotes, styles.

Read straight from the WordprocessingML parts with the standard library,
so that the zip and XML limits in xml_parts apply to every byte. Deleted
text of tracked changes, field codes, drawings and text boxes, headers,
footers and footnotes are left out; inserted text, hyperlinks, content
controls and table cells are read in document order.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from app.documents.errors import DocumentError
from app.documents.html_building import HtmlBuilder
from app.documents.xml_parts import open_zip, parse_xml, read_member

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")
_QUOTE_NAMES = frozenset({"quote", "intense quote", "block text", "quotation"})
_LIST_NAME = re.compile(r"^list( paragraph| bullet| number| continue)?( \d)?$")
# Containers whose children are read as if they stood in their place.
_TRANSPARENT = frozenset(
    {W + "ins", W + "moveTo", W + "smartTag", W + "customXml", W + "fldSimple", W + "dir",
     W + "bdo", W + "sdtContent"}
)  # fmt: skip
_SKIPPED = frozenset({W + "del", W + "moveFrom", W + "sdtPr", W + "sdtEndPr", W + "rPr"})


def docx_to_html(data: bytes, label: str) -> str:
    """The body of a .docx as simple HTML."""
    archive = open_zip(data, label)
    document = read_member(archive, "word/document.xml", label)
    if document is None:
        raise DocumentError(label, "this is not a Word document (no word/document.xml)")
    root = parse_xml(document, label)
    styles_xml = read_member(archive, "word/styles.xml", label)
    rels_xml = read_member(archive, "word/_rels/document.xml.rels", label)
    reader = _DocxReader(
        _style_names(parse_xml(styles_xml, label)) if styles_xml else {},
        _links(parse_xml(rels_xml, label)) if rels_xml else {},
    )
    body = root.find(W + "body")
    if body is not None:
        reader.blocks(body)
    return reader.out.html()


def _style_names(root: ET.Element) -> dict[str, tuple[str, int | None]]:
    """Paragraph style id -> (lower-case name, outline level or None)."""
    names: dict[str, tuple[str, int | None]] = {}
    for style in root.iter(W + "style"):
        style_id = style.get(W + "styleId")
        name = style.find(W + "name")
        if not style_id:
            continue
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        level = _int(outline.get(W + "val")) if outline is not None else None
        names[style_id] = ((name.get(W + "val") or "").lower() if name is not None else "", level)
    return names


def _links(root: ET.Element) -> dict[str, str]:
    return {
        rel.get("Id", ""): rel.get("Target", "")
        for rel in root.iter(_REL + "Relationship")
        if rel.get("Type", "").endswith("/hyperlink")
    }


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _list_level(num: ET.Element | None) -> int:
    """1 + the list level of numbered/bulleted paragraph properties, else 0."""
    if num is None:
        return 0
    num_id = num.find(W + "numId")
    if num_id is None or num_id.get(W + "val") == "0":  # numId 0 switches numbering off
        return 0
    ilvl = num.find(W + "ilvl")
    level = _int(ilvl.get(W + "val")) if ilvl is not None else 0
    return min(max(level or 0, 0), 8) + 1


def _on(element: ET.Element | None) -> bool:
    """A toggle property such as <w:b/> or <w:b w:val="false"/>."""
    if element is None:
        return False
    return element.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


class _DocxReader:
    def __init__(self, styles: dict[str, tuple[str, int | None]], links: dict[str, str]):
        self.styles = styles
        self.links = links
        self.out = HtmlBuilder()

    def blocks(self, parent: ET.Element) -> None:
        """Read the block-level children of ``parent`` (body, table cell...)."""
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag in (W + "tbl", W + "tr", W + "tc", W + "sdt", W + "sdtContent") or (tag in _TRANSPARENT):
                self.blocks(child)

    def paragraph(self, p: ET.Element) -> None:
        """One w:p as a heading, list item, quote or paragraph."""
        inner = "".join(self.inline(p, None))
        if not inner.strip():
            return
        ppr = p.find(W + "pPr")
        style_name, outline = "", None
        list_level = 0
        if ppr is not None:
            style = ppr.find(W + "pStyle")
            if style is not None:
                style_name, outline = self.styles.get(style.get(W + "val", ""), ("", None))
            own_outline = ppr.find(W + "outlineLvl")
            if own_outline is not None:
                outline = _int(own_outline.get(W + "val"))
            list_level = _list_level(ppr.find(W + "numPr"))
        heading = _HEADING_NAME.match(style_name)
        if style_name == "title":
            self.out.block("h1", inner)
        elif heading:
            self.out.block(f"h{min(int(heading.group(1)), 6)}", inner)
        elif outline is not None and 0 <= outline < 9:
            self.out.block(f"h{min(outline + 1, 6)}", inner)
        elif list_level:
            self.out.list_item(list_level, inner)
        elif _LIST_NAME.match(style_name):
            self.out.list_item(1, inner)
        elif style_name in _QUOTE_NAMES:
            self.out.quote(inner)
        else:
            self.out.block("p", inner)

    def inline(self, parent: ET.Element, href: str | None) -> list[str]:
        """HTML of the runs inside ``parent``, in document order."""
        parts: list[str] = []
        for child in parent:
            tag = child.tag
            if tag == W + "r":
                parts.append(self.run(child, href))
            elif tag == W + "hyperlink":
                target = self.links.get(child.get(R + "id", ""), "")
                parts.extend(self.inline(child, target or href))
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    parts.extend(self.inline(content, href))
            elif tag in _TRANSPARENT:
                parts.extend(self.inline(child, href))
        return parts

    def run(self, run: ET.Element, href: str | None) -> str:
        """HTML of one w:r: its text, tabs and line breaks, with its styles."""
        styles: set[str] = set()
        rpr = run.find(W + "rPr")
        if rpr is not None:
            if _on(rpr.find(W + "b")):
                styles.add("bold")
            if _on(rpr.find(W + "i")):
                styles.add("italic")
            if _on(rpr.find(W + "u")):
                styles.add("underline")
            if _on(rpr.find(W + "strike")) or _on(rpr.find(W + "dstrike")):
                styles.add("strike")
        frozen = frozenset(styles)
        parts: list[str] = []
        text: list[str] = []

        def flush() -> None:
            if text:
                parts.append(self.out.inline("".join(text), frozen, href))
                text.clear()

        for child in run:
            tag = child.tag
            if tag == W + "t":
                text.append(child.text or "")
            elif tag in (W + "tab", W + "ptab"):
                text.append("\t")
            elif tag == W + "noBreakHyphen":
                text.append("\u2011")
            elif tag in (W + "br", W + "cr") and child.get(W + "type") in (None, "textWrapping"):
                flush()  # page and column breaks are layout, not text
                parts.append("<br>")
        flush()
        return "".join(parts)
