"""OpenDocument text (.odt) to HTML for the walker.

content.xml holds the body; bold, italic, underline and strike-through come
from text styles (automatic ones in content.xml, named ones in
styles.xml, following parent styles). Notes, annotations, frames and
tracked deletions are left out.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from app.documents.errors import DocumentError
from app.documents.html_building import HtmlBuilder
from app.documents.xml_parts import open_zip, parse_xml, read_member, zip_names

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
ODT_MIMETYPES = (
    b"application/vnd.oasis.opendocument.text",
    b"application/vnd.oasis.opendocument.text-template",
)
_SKIPPED = frozenset(
    {TEXT + "note", TEXT + "tracked-changes", OFFICE + "annotation",
     OFFICE + "annotation-end", TEXT + "bookmark-ref", TEXT + "toc-mark"}
)  # fmt: skip
_MAX_STYLE_CHAIN = 32
_STYLE_ON = {"bold": ("bold", "600", "700", "800", "900"), "italic": ("italic", "oblique")}


def is_odt(archive_names: set[str], mimetype: bytes | None) -> bool:
    """True for an OpenDocument text archive."""
    if mimetype is not None:
        return mimetype.strip() in ODT_MIMETYPES
    return "content.xml" in archive_names and "META-INF/manifest.xml" in archive_names


def odt_to_html(data: bytes, label: str) -> str:
    """The body of an .odt as simple HTML."""
    archive = open_zip(data, label)
    if not is_odt(zip_names(archive), read_member(archive, "mimetype", label)):
        raise DocumentError(label, "this is not an OpenDocument text document")
    content = read_member(archive, "content.xml", label)
    if content is None:
        raise DocumentError(label, "this OpenDocument file has no content.xml")
    root = parse_xml(content, label)
    styles: dict[str, ET.Element] = {}
    styles_xml = read_member(archive, "styles.xml", label)
    if styles_xml is not None:
        _collect_styles(parse_xml(styles_xml, label), styles)
    _collect_styles(root, styles)  # automatic styles override named ones
    reader = _OdtReader(styles)
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is not None:
        reader.blocks(body, list_depth=0)
    return reader.out.html()


def _collect_styles(root: ET.Element, into: dict[str, ET.Element]) -> None:
    for style in root.iter(STYLE + "style"):
        name = style.get(STYLE + "name")
        if name:
            into[name] = style


class _OdtReader:
    def __init__(self, styles: dict[str, ET.Element]):
        self.styles = styles
        self.out = HtmlBuilder()
        self._text_styles: dict[str, frozenset[str]] = {}

    def blocks(self, parent: ET.Element, list_depth: int) -> None:
        """Read the block-level children of ``parent`` at a list depth."""
        for child in parent:
            tag = child.tag
            if tag == TEXT + "h":
                inner = self.inner(child)
                level = _int(child.get(TEXT + "outline-level")) or 1
                if inner.strip():
                    self.out.block(f"h{min(max(level, 1), 6)}", inner)
            elif tag == TEXT + "p":
                self.paragraph(child, list_depth)
            elif tag == TEXT + "list":
                self.blocks(child, list_depth + 1)
            elif tag in (TEXT + "list-item", TEXT + "list-header"):
                self.blocks(child, list_depth)
            elif tag in _SKIPPED:
                continue
            elif tag in (
                TEXT + "section", TEXT + "index-body", TABLE + "table", TABLE + "table-row",
                TABLE + "table-cell", TABLE + "table-header-rows", TABLE + "table-rows",
                TEXT + "table-of-content", TEXT + "alphabetical-index", TEXT + "illustration-index",
            ):  # fmt: skip
                self.blocks(child, list_depth)

    def paragraph(self, p: ET.Element, list_depth: int) -> None:
        """One text:p as a list item, title, quote or paragraph."""
        inner = self.inner(p)
        if not inner.strip():
            return
        style = self._style_names(p.get(TEXT + "style-name"))
        if list_depth:
            self.out.list_item(list_depth, inner)
        elif "title" in style:
            self.out.block("h1", inner)
        elif any("quotation" in name or "quote" in name for name in style):
            self.out.quote(inner)
        else:
            self.out.block("p", inner)

    def inner(self, element: ET.Element) -> str:
        """The inline HTML of a paragraph or heading."""
        return "".join(self.inline(element, frozenset(), None))

    def inline(self, element: ET.Element, styles: frozenset[str], href: str | None) -> list[str]:
        """HTML pieces of ``element``'s text and inline children, in order."""
        parts = [self.out.inline(element.text or "", styles, href)] if element.text else []
        for child in element:
            tag = child.tag
            if tag == TEXT + "span":
                own = styles | self._span_styles(child.get(TEXT + "style-name"))
                parts.extend(self.inline(child, own, href))
            elif tag == TEXT + "a":
                parts.extend(self.inline(child, styles, child.get(XLINK + "href") or href))
            elif tag == TEXT + "s":
                # One space whatever its count (text:c): the walker makes a run of spaces one
                # space anyway, and writing them out made 151 KB of <text:s text:c="1000"/>
                # into 6.5 GB.
                parts.append(self.out.inline(" ", styles, href))
            elif tag == TEXT + "tab":
                parts.append(self.out.inline("\t", styles, href))
            elif tag == TEXT + "line-break":
                parts.append("<br>")
            elif tag in _SKIPPED or tag.startswith("{urn:oasis:names:tc:opendocument:xmlns:drawing"):
                pass
            elif tag.startswith(TEXT):  # fields, bookmarks, meta: their text counts
                parts.extend(self.inline(child, styles, href))
            if child.tail:
                parts.append(self.out.inline(child.tail, styles, href))
        return parts

    def _style_names(self, name: str | None) -> set[str]:
        """Lower-case names of a paragraph style and its parents."""
        names: set[str] = set()
        for _ in range(_MAX_STYLE_CHAIN):
            if not name or name in names:
                break
            names.add(name.lower())
            style = self.styles.get(name)
            if style is None:
                break
            display = style.get(STYLE + "display-name")
            if display:
                names.add(display.lower())
            name = style.get(STYLE + "parent-style-name")
        return names

    def _span_styles(self, name: str | None) -> frozenset[str]:
        if not name:
            return frozenset()
        if name in self._text_styles:
            return self._text_styles[name]
        found: set[str] = set()
        decided: set[str] = set()  # a child style's setting beats its parent's
        current: str | None = name
        for _ in range(_MAX_STYLE_CHAIN):
            style = self.styles.get(current or "")
            if style is None:
                break
            props = style.find(STYLE + "text-properties")
            if props is not None:
                _read_text_properties(props, found, decided)
            current = style.get(STYLE + "parent-style-name")
        result = frozenset(found)
        self._text_styles[name] = result
        return result


def _read_text_properties(props: ET.Element, found: set[str], decided: set[str]) -> None:
    settings = {
        "bold": props.get(FO + "font-weight"),
        "italic": props.get(FO + "font-style"),
        "underline": props.get(STYLE + "text-underline-style"),
        "strike": props.get(STYLE + "text-line-through-style"),
    }
    for kind, value in settings.items():
        if value is None or kind in decided:
            continue
        decided.add(kind)
        if value in _STYLE_ON.get(kind, ()) or (kind in ("underline", "strike") and value != "none"):
            found.add(kind)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
