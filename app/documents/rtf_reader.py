"""RTF to HTML for the walker: paragraphs, line breaks, lists, headings, styles.

A small tokenizer that knows the control words prose needs and skips every
destination that is not body text (font and colour tables, style sheets,
pictures, headers and footers, footnotes, field instructions, any \\*
group). Groups nest on an explicit stack, so hostile nesting costs no
recursion; past MAX_RTF_DEPTH it is refused.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.documents.errors import DocumentError
from app.documents.html_building import HtmlBuilder, inline_html
from app.documents.limits import MAX_BLOCKS, too_many_blocks

MAX_RTF_DEPTH = 512
_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with optional parameter
    r"|\\'([0-9a-fA-F]{2})"  # a byte in the document's code page
    r"|\\([^a-zA-Z'])"  # control symbol
    r"|([{}])"
    r"|([^\\{}\r\n]+)"
    r"|[\r\n]+"
    r"|(\\)$"
)
_DESTINATIONS = frozenset(
    """author buptim category colorschememapping colortbl comment company creatim datafield
    datastore defchp defpap do doccomm docvar factoidname fchars ffdeftext ffformat ffhelptext
    ffl ffname ffstattext file filetbl fldinst fontemb fontfile fonttbl footer footerf footerl
    footerr footnote formfield ftncn ftnsep ftnsepc generator header headerf headerl headerr
    hlinkbase info keywords latentstyles lchars leveltext levelnumbers list listlevel listname
    listoverride listoverridetable listpicture listtable listtext liststylename lsdlockedexcept
    manager mmath nonshppict object objdata operator pict pn pntext pntxta pntxtb printim
    private revtbl revtim rsidtbl shp shpinst shppict stylesheet subject template title
    themedata txe userprops wgrffmtfilter windowcaption writereservation writereservhash xe
    xmlnstbl""".split()
)
_SYMBOLS = {
    "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019",
    "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022", "tab": "\t",
    "emspace": "\u2003", "enspace": "\u2002", "qmspace": "\u2005",
}  # fmt: skip
_HYPERLINK = re.compile(r'HYPERLINK\s+(?:"([^"]+)"|([^\s"]+))')


# A tuple: one is made for each control word that changes it ("\b0\b " repeated: 700,000 a
# megabyte), and dataclasses.replace took some 8 us each (that file read in 5.8 s).
class _State(NamedTuple):
    skip: bool = False
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    uc: int = 1
    instruction: bool = False  # inside \fldinst: collect, do not show
    href: str | None = None


def is_rtf(data: bytes) -> bool:
    """True if ``data`` starts like an RTF document."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf"


def rtf_to_html(data: bytes, label: str) -> str:
    """The body of an RTF document as simple HTML."""
    return _RtfReader(label).read(data.decode("latin-1"))


class _RtfReader:
    def __init__(self, label: str) -> None:
        self.label = label
        self.out = HtmlBuilder()
        self.codepage = "cp1252"
        self.paragraph: list[str] = []
        self.run: list[str] = []
        self.run_key: tuple[frozenset[str], str | None] = (frozenset(), None)
        self.pending_bytes = bytearray()
        self.outline: int | None = None
        self.list_level = 0
        self.instruction: list[str] = []
        self.blocks = 0  # paragraphs written

    def read(self, source: str) -> str:
        """Tokenize ``source`` (the RTF as latin-1 text) into simple HTML."""
        state = _State()
        stack: list[_State] = []
        group_start = False
        skip_chars = 0
        pos = 0
        length = len(source)
        while pos < length:
            match = _TOKEN.match(source, pos)
            if match is None:  # cannot happen with the patterns above; stay safe
                pos += 1
                continue
            pos = match.end()
            word, param, hexbyte, symbol, brace, text = match.groups()[:6]
            if hexbyte is None:
                self._flush_bytes(state)
            if brace == "{":
                stack.append(state)
                if len(stack) > MAX_RTF_DEPTH:
                    raise DocumentError(self.label, f"the RTF nests more than {MAX_RTF_DEPTH} groups deep")
                group_start = True
                continue
            if brace == "}":
                if state.instruction and not (stack and stack[-1].instruction):
                    link = _HYPERLINK.search("".join(self.instruction))
                    self.instruction.clear()
                    if link and stack:
                        # The field's result group, next, shows the link text.
                        stack[-1] = stack[-1]._replace(href=link.group(1) or link.group(2))
                state = stack.pop() if stack else state
                group_start = False
                skip_chars = 0
                continue
            starting, group_start = group_start, False
            if symbol is not None:
                if symbol == "*" and starting:
                    state = state._replace(skip=True)
                    group_start = True  # the destination's name comes next
                elif skip_chars:
                    skip_chars -= 1
                elif symbol == "~":
                    self._text(state, "\u00a0")
                elif symbol == "_":
                    self._text(state, "\u2011")
                elif symbol in "\\{}":
                    self._text(state, symbol)
                elif symbol in "\r\n":
                    self._end_paragraph()
                continue
            if word is not None:
                if starting and word == "fldinst":
                    state = state._replace(skip=False, instruction=True)
                    continue
                if starting and word in _DESTINATIONS:
                    state = state._replace(skip=True)
                    continue
                if word == "bin":
                    pos += max(int(param or 0), 0)
                    continue
                state, skip_chars = self._control(state, word, param, skip_chars)
                continue
            if hexbyte is not None:
                if skip_chars:
                    skip_chars -= 1
                elif not state.skip:
                    self.pending_bytes.append(int(hexbyte, 16))
                continue
            if text is not None:
                if skip_chars:
                    dropped = min(skip_chars, len(text))
                    text = text[dropped:]
                    skip_chars -= dropped
                if state.instruction:
                    self.instruction.append(text)
                elif text:
                    self._text(state, text)
        self._flush_bytes(state)
        self._end_paragraph()
        return self.out.html()

    def _control(self, state: _State, word: str, param: str | None, skip_chars: int) -> tuple[_State, int]:
        value = int(param) if param is not None else None
        on = value != 0
        if word == "u" and value is not None:
            if not state.skip:
                self._text(state, _unichr(value))
            return state, state.uc
        if skip_chars:
            return state, skip_chars - 1
        if word in ("par", "sect", "page", "row"):
            self._end_paragraph()
        elif word == "line":
            self._flush_run()
            self.paragraph.append("<br>")
        elif word == "cell":
            self._text(state, "\t")
        elif word in _SYMBOLS:
            self._text(state, _SYMBOLS[word])
        elif word == "b":
            state = state._replace(bold=on)
        elif word == "i":
            state = state._replace(italic=on)
        elif word in ("strike", "striked"):
            state = state._replace(strike=on)
        elif word == "ulnone":
            state = state._replace(underline=False)
        elif word.startswith("ul") and word in _UNDERLINES:
            state = state._replace(underline=on)
        elif word == "plain":
            state = state._replace(bold=False, italic=False, underline=False, strike=False)
        elif word == "pard":
            self.outline = None
            self.list_level = 0
        elif word == "outlinelevel" and value is not None:
            self.outline = value
        elif word == "ls":
            self.list_level = max(self.list_level, 1)
        elif word == "ilvl" and value is not None:
            self.list_level = min(max(value, 0), 8) + 1
        elif word == "uc" and value is not None:
            state = state._replace(uc=min(max(value, 0), 16))
        elif word == "ansicpg" and value is not None:
            self.codepage = _codepage(value)
        elif word == "fldrslt":
            state = state._replace(skip=False)
        return state, 0

    def _text(self, state: _State, text: str) -> None:
        if state.skip or state.instruction:
            return
        styles = frozenset(
            name
            for name, flag in (
                ("bold", state.bold),
                ("italic", state.italic),
                ("underline", state.underline),
                ("strike", state.strike),
            )
            if flag
        )
        key = (styles, state.href)
        if key != self.run_key:
            self._flush_run()
            self.run_key = key
        self.run.append(text)

    def _flush_bytes(self, state: _State) -> None:
        if self.pending_bytes:
            self._text(state, bytes(self.pending_bytes).decode(self.codepage, "replace"))
            self.pending_bytes.clear()

    def _flush_run(self) -> None:
        if self.run:
            styles, href = self.run_key
            self.paragraph.append(inline_html("".join(self.run), styles, href))
            self.run.clear()

    def _end_paragraph(self) -> None:
        self._flush_run()
        inner = "".join(self.paragraph)
        self.paragraph.clear()
        if not inner.replace("<br>", "").strip():
            return
        self.blocks += 1
        if self.blocks > MAX_BLOCKS:
            # Refused as the paragraphs are written, not once all of them were read and walked
            # (1 MiB of 'a\par ' took 5.8 s to be refused).
            raise DocumentError(self.label, too_many_blocks(limit=MAX_BLOCKS))
        if self.outline is not None and 0 <= self.outline < 9:
            self.out.block(f"h{min(self.outline + 1, 6)}", inner)
        elif self.list_level:
            self.out.list_item(self.list_level, inner)
        else:
            self.out.block("p", inner)


_UNDERLINES = frozenset(
    "ul uld uldash uldashd uldashdd uldb ulhwave ulldash ulth ulthd ulthdash ulthdashd "
    "ulthdashdd ulthldash ululdbwave ulw ulwave".split()
)


def _unichr(value: int) -> str:
    if value < 0:
        value += 65536
    if 0xD800 <= value <= 0xDFFF or not 0 < value < 0x110000:
        return "\ufffd"
    return chr(value)


def _codepage(value: int) -> str:
    import codecs

    name = f"cp{value}"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
