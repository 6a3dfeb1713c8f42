"""Verso's vocabulary, declared once: the kinds of difference, the two sides, the input formats.

Everything that names, colours, marks or orders a kind (the engine, the
window, the HTML and text reports), everything that lists the files Verso
reads (the readers, the Open dialog), reads it here. Adding a kind is one
entry in ``KIND_TABLE`` plus the engine pass that finds it; adding a format is
one entry in ``FORMAT_TABLE`` plus its reader module. Plain data, no Qt: the
window translates the English words (``make translations`` marks them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["omitted", "added", "changed", "duplicated", "moved"]
Side = Literal["left", "right"]
SIDES: tuple[Side, ...] = ("left", "right")
Underline = Literal["dot", "single", "none", "wave", "dash"]

#: How a kind's text is marked, in words for the legends (the window's chips, the report's).
MARK_WORDS: dict[Underline, str] = {
    "dot": "tint and dotted underline", "single": "tint and solid underline", "none": "tint, no underline",
    "wave": "tint and wavy underline", "dash": "tint and dashed underline"}
#: The same underlines in CSS (``text-decoration-style``); "none" draws none.
UNDERLINE_CSS: dict[Underline, str] = {
    "dot": "dotted", "single": "solid", "none": "none", "wave": "wavy", "dash": "dashed"}
#: The words that differ inside a reworded pair, where one text is read against the
#: other (the redline view, the report, the Word export, the clipboard): the original's
#: words struck through, the copy's underlined. Side by side, the window's panes give
#: them a deeper tint instead (striking a pane's own words would make it hard to read).
EDIT_MARKS: dict[str, str] = {"deleted": "struck through", "inserted": "solid underline"}


@dataclass(frozen=True, slots=True)
class KindInfo:
    """One kind of difference: its name and everything that shows it."""

    name: Kind
    label: str  # display name ("Omitted")
    word: str  # the kind inside a sentence ("omitted")
    glyph: str  # its mark in the gutter, legend, list and redline
    colour: str  # Okabe–Ito, safe for the common colour-vision deficiencies
    ink: str  # text drawn on the colour (list icons)
    sides: tuple[Side, ...]  # where its text is
    meaning: str  # one line for the window's tooltips and status bar
    underline: Underline  # its text's mark, the same in the panes, the redline and the report
    report_meaning: str  # the report legend's sentence
    terminal: str  # its tag in ``verso compare`` output
    ansi: str  # its colour in a terminal
    menu: str  # View → Show …, with its mnemonic
    rank: int  # order of differences that start at the same place (the engine's list)


KIND_TABLE: tuple[KindInfo, ...] = (
    KindInfo("omitted", "Omitted", "omitted", "−", "#D55E00", "#ffffff", ("left",),
             "in the original, left out of the copy", "dot",
             "Text of the original with no counterpart in the copy.", "OMITTED", "\033[31m",
             "Show &Omitted", 0),
    KindInfo("added", "Added", "added", "+", "#009E73", "#ffffff", ("right",),
             "in the copy, with no source in the original", "single",
             "Text of the copy with no source in the original.", "ADDED", "\033[32m",
             "Show &Added", 3),
    KindInfo("changed", "Changed", "changed", "≈", "#0072B2", "#ffffff", ("left", "right"),
             "reworded; the deeper tint marks the words that differ", "none",
             "Reworded: the copy derives from the original. Inside, deleted words are struck "
             "through, inserted words underlined.", "CHANGED", "\033[33m", "Show C&hanged", 1),
    KindInfo("duplicated", "Duplicated", "duplicated", "2×", "#CC79A7", "#000000", ("right",),
             "the copy repeats text it already has", "wave",
             "A later repeat, in the copy, of text the copy already has.", "DUPLICATED", "\033[35m",
             "Show D&uplicated", 4),
    KindInfo("moved", "Moved", "moved", "⇅", "#E69F00", "#000000", ("left", "right"),
             "kept, but out of the original's order", "dash",
             "Derived text that stands out of order (may also be reworded).", "MOVED", "\033[36m",
             "Show &Moved", 2),
)
KIND: dict[str, KindInfo] = {k.name: k for k in KIND_TABLE}
KINDS: tuple[Kind, ...] = tuple(k.name for k in KIND_TABLE)


def mark_words(kind: str) -> str:
    """How the kind's text is marked, in words ("tint and dotted underline")."""
    return MARK_WORDS[KIND[kind].underline]


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """One input format: its name (``--as``), how it is named to a reader, its file names,
    and the module and function that turn it into HTML (None: text formats, read directly)."""

    name: str
    display: str  # "Word document": in messages ("this Word document nests too deeply")
    article: str  # "a Word document": in "this is not …"
    suffixes: tuple[str, ...]
    reader: tuple[str, str] | None = None  # (module, function) of a container format
    encoding: str = ""  # what Document.encoding says for a container format


FORMAT_TABLE: tuple[FormatInfo, ...] = (
    FormatInfo("text", "text", "a text", (".txt", ".text")),
    FormatInfo("markdown", "Markdown", "a Markdown text", (".md", ".markdown", ".mdown", ".mkd")),
    FormatInfo("html", "HTML", "an HTML page", (".html", ".htm", ".xhtml", ".shtml")),
    FormatInfo("docx", "Word document", "a Word document", (".docx",),
               ("app.documents.docx_reader", "docx_to_html"), "utf-8"),
    FormatInfo("odt", "OpenDocument text", "an OpenDocument text", (".odt",),
               ("app.documents.odt_reader", "odt_to_html"), "utf-8"),
    FormatInfo("rtf", "RTF document", "an RTF document", (".rtf",),
               ("app.documents.rtf_reader", "read_rtf"), "ascii"),
    FormatInfo("pdf", "PDF", "a PDF", (".pdf",), ("app.documents.pdf_reader", "pdf_to_html"), ""),
)
FORMAT: dict[str, FormatInfo] = {f.name: f for f in FORMAT_TABLE}
FORMATS: tuple[str, ...] = tuple(f.name for f in FORMAT_TABLE)


def open_patterns() -> str:
    """Every file name Verso reads, as an Open dialog's pattern list ("*.txt *.text …")."""
    return " ".join(f"*{suffix}" for f in FORMAT_TABLE for suffix in f.suffixes)
