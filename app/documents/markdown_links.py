"""Links, images and references in Markdown, their ends found by ``str.find``.

Python-Markdown's link processors walk, character by character in Python,
from every "[" to its matching "]" and from every "(" to its matching ")":
to the end of the paragraph when nothing closes them, three times for each
"[" (link, reference, short reference). These read the same links with the
text between brackets, parentheses and quotes skipped by ``str.find``, at
most MAX_LINK_STEPS of them for one link, each paragraph's text searched
once per processor step.
"""

from __future__ import annotations

from collections.abc import Iterator

from markdown import Markdown
from markdown.inlinepatterns import (
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    LINK_RE,
    REFERENCE_RE,
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
    dequote,
)

# At most this many brackets (in a link's text) or parentheses and quotes (in
# its target) are looked at for a link's end: past that the "[" is text.
MAX_LINK_STEPS = 64


class _Finder:
    """``str.find`` on the paragraph being read, remembering from where a
    character no longer occurs (each "[" of a paragraph with no "]" after it
    would search to the end again) and the text of each link found (three
    processors, six for images, ask for the text after the same "[")."""

    def __init__(self) -> None:
        self._text: str | None = None
        self._none_from: dict[str, int] = {}
        self.texts: dict[int, tuple[str, int, bool]] = {}

    def find(self, data: str, char: str, start: int) -> int:
        if data is not self._text:
            self._text, self._none_from, self.texts = data, {}, {}
        if start >= self._none_from.get(char, len(data) + 1):
            return -1
        found = data.find(char, start)
        if found < 0:
            self._none_from[char] = min(start, self._none_from.get(char, start))
        return found

    def positions(self, data: str, chars: str, start: int) -> Iterator[int]:
        """Where any of ``chars`` occurs in ``data`` from ``start``, in order."""
        following = {char: self.find(data, char, start) for char in chars}
        while True:
            found = [at for at in following.values() if at >= 0]
            if not found:
                return
            at = min(found)
            yield at
            following[data[at]] = self.find(data, data[at], at + 1)


class _LinkText(LinkInlineProcessor):
    """A link's (or image's, or reference's) text up to its matching "]", the text
    between brackets skipped by ``str.find``: Python-Markdown walked it character
    by character from every "[", to the end of the paragraph when none closed
    (a paragraph of 956 "[" took 0.5 s, 7,000 would take half a minute)."""

    finder: _Finder

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        closing = self.finder.find(data, "]", index)
        if index not in self.finder.texts:
            self.finder.texts[index] = self._text(data, index, closing)
        return self.finder.texts[index]

    def _text(self, data: str, index: int, closing: int) -> tuple[str, int, bool]:
        opening = self.finder.find(data, "[", index)
        depth = 1
        for _step in range(MAX_LINK_STEPS):
            if closing < 0:
                break
            if 0 <= opening < closing:
                depth += 1
                opening = self.finder.find(data, "[", opening + 1)
                continue
            depth -= 1
            if depth == 0:
                return data[index:closing], closing + 1, True
            closing = self.finder.find(data, "]", closing + 1)
        return "", len(data), False


class _LinkTarget(_LinkText):
    """A link's "(target "title")" as LinkInlineProcessor.getLink reads it, the
    text between parentheses and quotes skipped by ``str.find``."""

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        m = self.RE_LINK.match(data, pos=index)
        if not m or m.group(1):
            return super().getLink(data, index)  # no "(" or "(<target>)": no walk
        if self.finder.find(data, ")", index) < 0:
            return "", None, len(data), False  # nothing can close it
        # The state of Python-Markdown's walk, which only the characters ( ) ' " change.
        bracket_count = backtrack_count = 1
        start_index = m.end()
        index = len(data)  # where the walk ends when nothing closes the link
        last_bracket = start_quote = exit_quote = start_alt_quote = exit_alt_quote = -1
        quote: str | None = None
        alt_quote: str | None = None
        ignore_matches = False
        last = ""  # the last character before this one that is not a space
        href, title = "", None
        position = start_index
        for steps, at in enumerate(self.finder.positions(data, "()'\"", start_index)):
            if steps >= MAX_LINK_STEPS:
                break
            if at > position:  # characters skipped: the last of them that is not a space
                before = data[at - 1] if data[at - 1] != " " else data[position:at].rstrip(" ")[-1:]
                last = before or last
            c = data[at]
            if c == "(":
                if not ignore_matches:
                    bracket_count += 1
                elif backtrack_count > 0:
                    backtrack_count -= 1
            elif c == ")":
                if (exit_quote != -1 and quote == last) or (exit_alt_quote != -1 and alt_quote == last):
                    bracket_count = 0
                elif not ignore_matches:
                    bracket_count -= 1
                elif backtrack_count > 0:
                    backtrack_count -= 1
                    if backtrack_count == 0:
                        last_bracket = at + 1
            elif not quote:  # a quote: a title starts
                ignore_matches = True
                backtrack_count, bracket_count = bracket_count, 1
                start_quote, quote = at + 1, c
            elif c != quote and not alt_quote:
                start_alt_quote, alt_quote = at + 1, c
            elif c == quote:
                exit_quote = at + 1
            elif alt_quote and c == alt_quote:
                exit_alt_quote = at + 1
            if bracket_count == 0:
                index = at + 1
                if exit_quote >= 0 and quote == last:
                    href, title = data[start_index : start_quote - 1], data[start_quote : exit_quote - 1]
                elif exit_alt_quote >= 0 and alt_quote == last:
                    href, title = data[start_index : start_alt_quote - 1], data[start_alt_quote : exit_alt_quote - 1]
                else:
                    href = data[start_index : index - 1]
                break
            last = c
            position = at + 1
        if bracket_count != 0 and backtrack_count == 0:
            href, index, bracket_count = data[start_index : last_bracket - 1], last_bracket, 0
        if title is not None:
            title = self.RE_TITLE_CLEAN.sub(" ", dequote(self.unescape(title.strip())))
        return self.unescape(href).strip(), title, index, bracket_count == 0


class _Link(_LinkTarget):
    pass


class _Image(_LinkTarget, ImageInlineProcessor):
    pass


class _Reference(_LinkText, ReferenceInlineProcessor):
    pass


class _ShortReference(_LinkText, ShortReferenceInlineProcessor):
    pass


class _ImageReference(_LinkText, ImageReferenceInlineProcessor):
    pass


class _ShortImageReference(_LinkText, ShortImageReferenceInlineProcessor):
    pass


def links(md: Markdown) -> None:
    """Install the link, image and reference processors that skip text by ``str.find``."""
    finder = _Finder()
    for kind, pattern, name, priority in (
        (_Reference, REFERENCE_RE, "reference", 170),
        (_Link, LINK_RE, "link", 160),
        (_Image, IMAGE_LINK_RE, "image_link", 150),
        (_ImageReference, IMAGE_REFERENCE_RE, "image_reference", 140),
        (_ShortReference, REFERENCE_RE, "short_reference", 130),
        (_ShortImageReference, IMAGE_REFERENCE_RE, "short_image_ref", 125),
    ):
        processor = kind(pattern, md)
        processor.finder = finder
        md.inlinePatterns.register(processor, name, priority)
