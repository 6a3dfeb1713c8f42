"""Reading XML parts of zip-based documents (.docx, .odt) within limits.

Zip bombs are stopped by the sizes the archive declares (Python's zipfile
never inflates a member past its declared size), XML bombs by refusing any
DTD (no entity can be declared without one), and deep nesting by counting
while parsing.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree as ET

from app.documents.errors import DocumentError

MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # everything in the archive, as declared
MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part we parse
MAX_ZIP_ENTRIES = 10_000
MAX_XML_DEPTH = 256
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def open_zip(data: bytes, label: str) -> zipfile.ZipFile:
    """Open a zip archive held in memory, checking its declared sizes."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except Exception:  # zipfile raises many kinds (BadZipFile, NotImplementedError, ...)
        raise DocumentError(label, "this zip-based document is damaged") from None
    if len(entries) > MAX_ZIP_ENTRIES:
        raise DocumentError(label, f"the archive has too many parts (over {MAX_ZIP_ENTRIES})")
    if sum(info.file_size for info in entries) > MAX_UNZIPPED_BYTES:
        limit = MAX_UNZIPPED_BYTES // (1024 * 1024)
        raise DocumentError(label, f"the archive unpacks to more than {limit} MB")
    return archive


def zip_names(archive: zipfile.ZipFile) -> set[str]:
    """The member names of an archive."""
    return {info.filename for info in archive.infolist()}


def read_member(archive: zipfile.ZipFile, name: str, label: str) -> bytes | None:
    """The bytes of one member (None if absent), refusing oversized parts."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        limit = MAX_PART_BYTES // (1024 * 1024)
        raise DocumentError(label, f"a part of this document unpacks to more than {limit} MB")
    try:
        with archive.open(info) as member:
            return member.read(MAX_PART_BYTES + 1)[:MAX_PART_BYTES]
    except RuntimeError as error:  # encrypted members, among others
        reason = "encrypted" if "encrypted" in str(error) else "damaged"
        raise DocumentError(label, f"this zip-based document is {reason}") from None
    except Exception:  # BadZipFile, zlib.error, NotImplementedError, EOFError...
        raise DocumentError(label, "this zip-based document is damaged") from None


def parse_xml(data: bytes, label: str) -> ET.Element:
    """Parse an XML part safely: no DTD, bounded depth, one-line errors."""
    if _DTD.search(data):
        raise DocumentError(label, "this document contains an XML DTD, which is refused")
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    depth = 0
    root: ET.Element | None = None
    try:
        for start in range(0, len(data), 1 << 16):
            parser.feed(data[start : start + (1 << 16)])
            for event, element in parser.read_events():  # type: ignore[misc]
                if event == "start":
                    depth += 1
                    if root is None and isinstance(element, ET.Element):
                        root = element
                    if depth > MAX_XML_DEPTH:
                        raise DocumentError(label, f"the document nests more than {MAX_XML_DEPTH} levels deep")
                else:
                    depth -= 1
        parser.close()
    except DocumentError:
        raise
    except Exception:  # ParseError, and whatever else expat has to say
        raise DocumentError(label, "this document's XML is damaged") from None
    if root is None:
        raise DocumentError(label, "this document's XML is empty")
    return root
