"""RTF to text, blocks and styles: paragraphs, line breaks, lists, headings, styles.

A small tokenizer that knows the control words prose needs and skips every
destination that is not body text (font and colour tables, style sheets,
pictures, headers and footers, footnotes, field instructions, any \\*
group). Groups nest on an explicit stack, so hostile nesting costs no
recursion; past MAX_RTF_DEPTH it is refused.

The paragraphs are written straight into the Document's text (``_Writer``),
exactly as the HTML walker reads them when they are written as simple HTML
(html_building: <p>, <h1>-<h6>, <ul><li>, <b>/<i>/<u>/<s>/<a>, <br>), which is
what this reader did before: writing that HTML and parsing it again took two
thirds of the time ('\\ul a \\ulnone b ' to 1 MiB: 3.65 s a file).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from app.documents.errors import DocumentError
from app.documents.html_walker import WalkedText, _is_absolute_link, _merged
from app.documents.limits import MAX_BLOCKS, too_many_blocks
from app.documents.model import Block, Style

MAX_RTF_DEPTH = 512
_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with optional parameter
    r"|\\'([0-9a-fA-F]{2})"  # a byte in the document's code page
    r"|\\([^a-zA-Z'])"  # control symbol
    r"|(\{)|(\})"
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


_STYLE_ORDER = ("bold", "italic", "underline", "strike")


# A tuple: one is made for each control word that changes it ("\b0\b " repeated: 700,000 a
# megabyte), and dataclasses.replace took some 8 us each (that file read in 5.8 s).
class _State(NamedTuple):
    skip: bool = False
    styles: tuple[str, ...] = ()  # of _STYLE_ORDER, in that order
    uc: int = 1
    instruction: bool = False  # inside \fldinst: collect, do not show
    href: str | None = None


def is_rtf(data: bytes) -> bool:
    """True if ``data`` starts like an RTF document."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf"


def read_rtf(data: bytes, label: str) -> WalkedText:
    """The body of an RTF document as text, blocks and styles."""
    return _RtfReader(label).read(data.decode("latin-1"))


# What _TOKEN matched, by the number of its last group (``Match.lastindex``; None: line ends).
_WORD, _PARAM, _HEX, _SYMBOL, _OPEN, _CLOSE, _TEXT, _LONE_BACKSLASH = range(1, 9)
_SPACES = re.compile(r"[ \t\n\r\f]+")  # the white space the walker folds (html_walker._SPACES)
# A piece of a paragraph: a run of text with its styles and link, or None for a line break.
_Piece = tuple[str, tuple[str, ...], str | None] | None


class _RtfReader:
    def __init__(self, label: str) -> None:
        self.label = label
        self.out = _Writer()
        self.codepage = "cp1252"
        self.paragraph: list[_Piece] = []
        self.run: list[str] = []
        self.run_key: tuple[tuple[str, ...], str | None] = ((), None)
        self.run_state: _State | None = None  # the state ``run_key`` was last found for
        # The state each style word makes of a state: one of each kind is made, not one for each
        # control word ('\ul a \ulnone b ' made 130,000 of them a megabyte), and text in a state
        # seen last is known to belong to the current run.
        self.restyled: dict[tuple[_State, str, int | None], _State] = {}
        self.pending_bytes = bytearray()
        self.outline: int | None = None
        self.list_level = 0
        self.instruction: list[str] = []
        self.blocks = 0  # paragraphs written

    def read(self, source: str) -> WalkedText:
        """Tokenize ``source`` (the RTF as latin-1 text) into text, blocks and styles."""
        state = _State()
        stack: list[_State] = []
        group_start = False
        skip_chars = 0
        pos = 0
        length = len(source)
        pending = self.pending_bytes
        while pos < length:
            # (A "\\" that starts no token is skipped, as is a \bin's data: the search goes on.)
            for match in _TOKEN.finditer(source, pos):
                kind = match.lastindex
                if kind == _HEX:
                    group_start = False
                    if skip_chars:
                        skip_chars -= 1
                    elif not state.skip:
                        pending.append(int(match.group(_HEX), 16))
                    continue
                if pending:
                    self._flush_bytes(state)
                if kind == _TEXT:
                    group_start = False
                    text = match.group(_TEXT)
                    if skip_chars:
                        dropped = min(skip_chars, len(text))
                        text = text[dropped:]
                        skip_chars -= dropped
                    if state.instruction:
                        self.instruction.append(text)
                    elif text and not state.skip:
                        if state is not self.run_state:
                            self._switch_run(state)
                        self.run.append(text)
                    continue
                if kind == _OPEN:
                    stack.append(state)
                    if len(stack) > MAX_RTF_DEPTH:
                        raise DocumentError(self.label, f"the RTF nests more than {MAX_RTF_DEPTH} groups deep")
                    group_start = True
                    continue
                if kind == _CLOSE:
                    if state.instruction and not (stack and stack[-1].instruction):
                        link = _HYPERLINK.search("".join(self.instruction))
                        self.instruction.clear()
                        if link and stack:
                            # The field's result group, next, shows the link text.
                            stack[-1] = stack[-1]._replace(href=link.group(1) or link.group(2))
                    if stack:
                        state = stack.pop()
                    group_start = False
                    skip_chars = 0
                    continue
                starting, group_start = group_start, False
                if kind in (_WORD, _PARAM):
                    word = match.group(_WORD)
                    if starting and word == "fldinst":
                        state = state._replace(skip=False, instruction=True)
                        continue
                    if starting and word in _DESTINATIONS:
                        state = state._replace(skip=True)
                        continue
                    if word == "bin":
                        pos = match.end() + max(int(match.group(_PARAM) or 0), 0)
                        break
                    state, skip_chars = self._control(state, word, match.group(_PARAM), skip_chars)
                elif kind == _SYMBOL:
                    symbol = match.group(_SYMBOL)
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
                # (line ends, a lone "\\" at the end: nothing more)
            else:
                break
        self._flush_bytes(state)
        self._end_paragraph()
        return self.out.walked()

    def _control(self, state: _State, word: str, param: str | None, skip_chars: int) -> tuple[_State, int]:
        value = int(param) if param is not None else None
        if word == "u" and value is not None:
            if not state.skip:
                self._text(state, _unichr(value))
            return state, state.uc
        if skip_chars:
            return state, skip_chars - 1
        if word in _RESTYLE:
            key = (state, word, value)
            restyled = self.restyled.get(key)
            if restyled is None:
                restyled = self.restyled[key] = _RESTYLE[word](state, value)
            return restyled, 0
        if word in ("par", "sect", "page", "row"):
            self._end_paragraph()
        elif word == "line":
            self._flush_run()
            self.paragraph.append(None)
        elif word == "cell":
            self._text(state, "\t")
        elif word in _SYMBOLS:
            self._text(state, _SYMBOLS[word])
        elif word == "pard":
            self.outline = None
            self.list_level = 0
        elif word == "outlinelevel" and value is not None:
            self.outline = value
        elif word == "ls":
            self.list_level = max(self.list_level, 1)
        elif word == "ilvl" and value is not None:
            self.list_level = min(max(value, 0), 8) + 1
        elif word == "ansicpg" and value is not None:
            self.codepage = _codepage(value)
        elif word == "fldrslt":
            state = state._replace(skip=False)
        return state, 0

    def _text(self, state: _State, text: str) -> None:
        if state.skip or state.instruction:
            return
        if state is not self.run_state:
            self._switch_run(state)
        self.run.append(text)

    def _switch_run(self, state: _State) -> None:
        """Text in ``state`` comes next: a new run if its styles or link differ."""
        key = (state.styles, state.href)
        if key != self.run_key:
            self._flush_run()
            self.run_key = key
        self.run_state = state

    def _flush_bytes(self, state: _State) -> None:
        if self.pending_bytes:
            self._text(state, bytes(self.pending_bytes).decode(self.codepage, "replace"))
            self.pending_bytes.clear()

    def _flush_run(self) -> None:
        if self.run:
            styles, href = self.run_key
            self.paragraph.append(("".join(self.run), styles, href))
            self.run.clear()

    def _end_paragraph(self) -> None:
        self._flush_run()
        pieces = self.paragraph
        self.paragraph = []
        # As HTML, a paragraph of nothing but white space and line breaks (no tag around any
        # of it) was left out, and only the others were counted.
        if not any(piece is not None and (piece[1] or piece[2] or not piece[0].isspace()) for piece in pieces):
            return
        self.blocks += 1
        if self.blocks > MAX_BLOCKS:
            # Refused as the paragraphs are written, not once all of them were read and walked
            # (1 MiB of 'a\par ' took 5.8 s to be refused).
            raise DocumentError(self.label, too_many_blocks(limit=MAX_BLOCKS))
        if self.outline is not None and 0 <= self.outline < 9:
            self.out.block(pieces, "heading", min(self.outline + 1, 6))
        elif self.list_level:
            self.out.block(pieces, "list_item", self.list_level)
        else:
            self.out.block(pieces, "paragraph", 0)


class _Writer:
    """Paragraphs to text, blocks and styles, as html_walker reads them written as HTML.

    Each run's white space folds to single spaces, none at a block's ends or
    next to a line break; blocks are apart by a blank line; a style spans its
    run's text without the white space around it, and styles of one kind that
    touch (or stand apart by spaces only) join, as the walker's ``_merged``
    joins them.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.styles: list[Style] = []

    def block(self, pieces: list[_Piece], kind: str, level: int) -> None:
        """A paragraph, heading or list item of ``pieces``; nothing if none has visible text."""
        parts = self.parts
        start: int | None = None
        space = False
        newlines = 0
        for piece in pieces:
            if piece is None:  # a line break, after some text of the block
                if start is not None:
                    newlines += 1
                    space = False
                continue
            text, styles, href = piece
            folded = _SPACES.sub(" ", text)
            if start is not None and not newlines and folded[0] == " ":
                space = True
            visible = folded.strip(" ")
            if visible:
                if start is None:
                    if self.length:
                        parts.append("\n\n")
                        self.length += 2
                    start = self.length
                elif newlines:
                    parts.append("\n" * newlines)
                    self.length += newlines
                elif space:
                    parts.append(" ")
                    self.length += 1
                newlines = 0
                space = False
                begin = self.length
                parts.append(visible)
                self.length += len(visible)
                for style in styles:
                    self.styles.append(Style(style, begin, self.length))
                if href is not None and _is_absolute_link(href):
                    self.styles.append(Style("link", begin, self.length, href))
            if start is not None and not newlines and folded[-1] == " ":
                space = True
        if start is not None:
            self.blocks.append(Block(kind, start, self.length, level))

    def walked(self) -> WalkedText:
        """Everything written."""
        text = "".join(self.parts)
        return WalkedText(text, tuple(self.blocks), _merged(self.styles, text))


def _styled(state: _State, style: str, on: bool) -> _State:
    styles = tuple(name for name in _STYLE_ORDER if (name == style and on) or (name != style and name in state.styles))
    return state._replace(styles=styles)


def _uc(state: _State, value: int | None) -> _State:
    return state if value is None else state._replace(uc=min(max(value, 0), 16))


_UNDERLINES = (
    "ul uld uldash uldashd uldashdd uldb ulhwave ulldash ulth ulthd ulthdash ulthdashd "
    "ulthdashdd ulthldash ululdbwave ulw ulwave".split()
)
# The control words that change a state's styles, and how.
_RESTYLE: dict[str, Callable[[_State, int | None], _State]] = {
    "b": lambda state, value: _styled(state, "bold", value != 0),
    "i": lambda state, value: _styled(state, "italic", value != 0),
    "strike": lambda state, value: _styled(state, "strike", value != 0),
    "striked": lambda state, value: _styled(state, "strike", value != 0),
    "ulnone": lambda state, value: _styled(state, "underline", False),
    **{word: (lambda state, value: _styled(state, "underline", value != 0)) for word in _UNDERLINES},
    "plain": lambda state, value: state._replace(styles=()),
    "uc": _uc,
}


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
