"""Reading XML parts of zip-based documents (.docx, .odt) within limits.

Zip bombs are stopped by the sizes the archive declares (Python's zipfile
never inflates a member past its declared size), XML bombs by refusing any
DTD (no entity can be declared without one), and deep nesting and too many
elements by counting while parsing.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree as ET
from xml.parsers import expat

from app.documents.errors import DocumentError

MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # everything in the archive, as declared
MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part we parse
MAX_ZIP_ENTRIES = 10_000
MAX_XML_DEPTH = 256
# Elements of one part. Parsing and reading cost some 2-3 us an element, and packed XML is small:
# a 90 KB .docx of 10 million empty paragraphs ('<w:p/>') took 19 s and 1 GB before it was
# found empty, a 117 KB .odt of a million links 8 s. A long novel is some 200,000 elements
# (Word writes 30-60 a paragraph: runs, their properties, proofing marks).
MAX_XML_ELEMENTS = 500_000
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
    """Parse an XML part safely: no DTD, bounded depth and elements, one-line errors.

    The part is read twice: once by expat alone, counting its depth and elements and
    building nothing (nothing is built past a limit), then into a tree by ElementTree's
    C builder. One pass of ElementTree's pull parser, its events looked at in Python,
    cost twice as much (1.3 s for 900,000 elements, against 0.35 + 0.5 s).
    """
    if _DTD.search(data):
        raise DocumentError(label, "this document contains an XML DTD, which is refused")
    _check_shape(data, label)
    try:
        return ET.fromstring(data)
    except Exception:  # ParseError, and whatever else expat has to say
        raise DocumentError(label, "this document's XML is damaged") from None


class _TooLarge(Exception):
    pass


def _check_shape(data: bytes, label: str) -> None:
    """Raise DocumentError if the XML nests past MAX_XML_DEPTH, holds more than MAX_XML_ELEMENTS
    elements, or is not well formed."""
    depth = 0
    elements = 0

    def start(_name: str, _attributes: object) -> None:
        nonlocal depth, elements
        depth += 1
        elements += 1
        if depth > MAX_XML_DEPTH:
            raise _TooLarge(f"the document nests more than {MAX_XML_DEPTH} levels deep")
        if elements > MAX_XML_ELEMENTS:
            raise _TooLarge(f"the document holds too many XML elements (more than {MAX_XML_ELEMENTS:,} in one part)")

    def end(_name: str) -> None:
        nonlocal depth
        depth -= 1

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except _TooLarge as error:
        raise DocumentError(label, str(error)) from None
    except Exception:  # ExpatError, and whatever else expat has to say
        raise DocumentError(label, "this document's XML is damaged") from None
