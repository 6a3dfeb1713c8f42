"""Finding quotations: every quote style, apostrophes, quotations over sentences and paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.facts.quotes import find_quotes


def _found(text: str) -> list[str]:
    return [text[q.inner[0]:q.inner[1]] for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "quotes"), [
    ('He said "yes" and left.', ["yes"]),
    ("He said \u201cyes\u201d and left.", ["yes"]),
    ("He said \u2018yes\u2019 and left.", ["yes"]),
    ("Trump 'very frustrated' and Zelensky", ["very frustrated"]),
    ("Il a dit \u00abnon\u00bb.", ["non"]),
    ("Er sagte \u201eja\u201c.", ["ja"]),
    ("\u300c\u306f\u3044\u300d", ["\u306f\u3044"]),
    ("It's the players' union's 'fault', isn't it?", ["fault"]),
    ('He said "it\'s fine" and \'no\'.', ["it's fine", "no"]),
    ("She said \u201cwe\u2019re done. It is over,\u201d and left.", ["we\u2019re done. It is over,"]),
    ('"They\'ll be extended an invitation," Trump said. "They deserve it."',
     ["They'll be extended an invitation,", "They deserve it."]),
    ('He was 5\'10" tall.', []),
    ("In the '90s phones were bricks.\n\nThen they were not.", []),
    ('A "stray\n\nmark.', []),
])
def test_quotes(text, quotes):
    assert _found(text) == quotes


@pytest.mark.parametrize(("text", "quotes"), [
    # The closing mark lost before another quotation opens: the first ends at its last sentence end.
    ('He said: "Our position is clear. Then he was "entirely justified" today.',
     [("Our position is clear.", False), ("entirely justified", True)]),
    ('"People no longer learn numbers. It is their address book. "The mobile phone is our memory," she said.',
     [("People no longer learn numbers. It is their address book.", False),
      ("The mobile phone is our memory,", True)]),
    # Open at the end of its paragraph, and the next does not reopen it: it runs to the paragraph's end.
    ('She said: "We will not sign this deal.\n\nThe talks ended.', [("We will not sign this deal.", False)]),
    # A line break inside a paragraph (hard-wrapped text) does not end a quotation.
    ('She said: "We will not\nsign this deal," and left.', [("We will not\nsign this deal,", True)]),
    ('An "unclosed quote\nruns out at the line end.', [("unclosed quote\nruns out at the line end.", False)]),
])
def test_quotations_whose_closing_mark_is_lost(text, quotes):
    assert [(text[q.inner[0]:q.inner[1]], q.closed) for q in find_quotes(text)] == quotes
    for q in find_quotes(text):
        assert q.outer[1] == (q.inner[1] + 1 if q.closed else q.inner[1])


def test_a_quotation_spans_sentences():
    text = '"As for the new territories, it\'s the same. We are ready to attract foreign partners," he added.'
    assert _found(text) == ["As for the new territories, it's the same. We are ready to attract foreign partners,"]


def test_a_quotation_spans_paragraphs_printers_style():
    text = '"First paragraph of the quote.\n\n"Second paragraph, closing." He left.'
    (quote,) = find_quotes(text)
    assert text[quote.inner[0]:quote.inner[1]].startswith("First paragraph")
    assert text[quote.inner[0]:quote.inner[1]].endswith("closing.")


def test_single_quotes_inside_double_are_part_of_it():
    assert _found("He said \"the word 'no' is final\" today.") == ["the word 'no' is final"]


@given(st.text(alphabet=st.sampled_from(list("ab .,\n'\"\u201c\u201d\u2018\u2019\u00ab\u00bb"))))
def test_arbitrary_text(text):
    last = 0
    for q in find_quotes(text):
        assert q.outer[0] < q.inner[0] <= q.inner[1] <= q.outer[1] <= len(text)
        assert q.closed == (q.inner[1] < q.outer[1])
        assert q.outer[0] >= last
        last = q.outer[1]


@given(st.lists(st.text(alphabet=st.sampled_from(list("abc xyz,.")), min_size=1, max_size=30)
                .filter(lambda s: s.strip() == s and s), min_size=1, max_size=4))
def test_double_quoted_phrases_are_found(phrases):
    text = " and ".join(f"\u201c{p}\u201d" for p in phrases)
    assert _found(text) == phrases
