"""Markdown detection in auto mode: clear markup only, never ordinary prose."""

from __future__ import annotations

import pytest

from app.documents.sniffing import binary_kind, looks_like_markdown, markup_signals


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Aid amounted to about \\$500bn (£396bn).", "escaped punctuation"),
        ("A list marker kept as text: 1\\. not a list", "escaped punctuation"),
        ("Copyright 2025. **Read about our approach to external linking.**", "strong emphasis"),
        ("This is __really important__ news.", "strong emphasis"),
        ("- <u>Live coverage of this story</u>", "HTML tags"),
        ("Some <b>bold</b> and <em class='x'>em</em>.", "HTML tags"),
        ('See <a href="https://example.org">the report</a>.', "HTML tags"),
        ("Read [the report](https://example.org/report) today.", "link"),
        ('An image ![chart](/img/chart.png "Chart").', "link"),
    ],
)
def test_clear_markup_is_detected(text, signal):
    assert signal in markup_signals(text)
    assert looks_like_markdown(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rolls-Royce has won a $1.13bn (£600m) order from Singapore Airlines.",
        "from the Disaster Research Center at the University of Delaware*, found",
        "a new report* has argued. The study*, from the Centre",
        "Shares rose 5% * 2 to the #1 spot [of the FTSE 100] (provisionally).",
        "The ratio is 2*3*4 and x**2 grows; 5 ** 3 is 125.",
        "Python's __init__ and __main__ names.",
        "Costs < benefits > nothing; <unknown> tags and <b alone.",
        "Paths: C:\\Users\\me\\Documents and \\\\server\\share\\file.",
        "See [1] and [2](3) and [note](not a url).",
        "# Heading-like line\n- dash line\n> quoted line\n1. numbered",
        "Emoticon ;-) and an email <someone@example.org>.",
        '{"t":\\"Account\\",\\"a\\":\\"uptownguy\\"} and "http:\\/\\/example.org" from a scraped page',
        "",
    ],
)
def test_ordinary_text_is_not_markdown(text):
    assert markup_signals(text) == []
    assert not looks_like_markdown(text)


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"%PDF-1.7\n", "PDF"),
        (b"PK\x03\x04rest", "zip"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"\xff\xd8\xff\xe0", "JPEG"),
        (b"\x7fELF\x02\x01", "ELF"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "media"),
    ],
)
def test_binary_magic_numbers(data, word):
    kind = binary_kind(data)
    assert kind is not None and word in kind


def test_text_has_no_magic():
    assert binary_kind(b"Hello, world") is None
    assert binary_kind(b"") is None
