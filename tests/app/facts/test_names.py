"""Names of people, places and organisations, by gazetteer and capitalisation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.facts import names
from app.facts.names import find_names, known_name_words


def _found(text: str, known=()) -> list[tuple[str, str, str]]:
    return [(n.kind, text[n.span[0]:n.span[1]], n.value) for n in find_names(text, known)]


def test_titles_mark_people_and_demonyms_are_not_names():
    assert _found("Russian President Vladimir Putin said so.") == [("person", "Vladimir Putin", "Vladimir Putin")]


def test_aliases_give_the_canonical_name():
    text = "The US and the United States and the U.S. and the UK met the EU."
    assert [v for _, _, v in _found(text)] == ["United States"] * 3 + ["United Kingdom", "European Union"]


def test_cue_words_give_the_kind():
    text = ("He said that Russia and the US could collaborate on aluminium production in Krasnoyarsk, "
            "in Siberia, where one Russian aluminium maker, Rusal, has its largest smelters.")
    assert _found(text) == [("place", "Russia", "Russia"), ("place", "US", "United States"),
                            ("place", "Krasnoyarsk", "Krasnoyarsk"), ("place", "Siberia", "Siberia"),
                            ("organisation", "Rusal", "Rusal")]


def test_a_person_named_later_by_surname():
    found = _found("Kremlin spokesman Dmitry Peskov spoke. Then Peskov left.")
    assert found == [("organisation", "Kremlin", "Kremlin"), ("person", "Dmitry Peskov", "Dmitry Peskov"),
                     ("person", "Peskov", "Peskov")]


def test_sentence_starts_count_only_when_known():
    assert _found("However the plan failed. Similarly nothing.") == []
    assert _found("Putin spoke.") == []
    assert _found("Putin spoke.", known={"Putin"}) == [("name", "Putin", "Putin")]
    assert known_name_words("He met Putin. Putin spoke.") == frozenset({"Putin"})


def test_title_case_headings_keep_only_known_names():
    text = "Putin Proposes Rare Mineral Access to the US Amid Ukraine Negotiations\nPutin met him there."
    values = [v for _, _, v in _found(text, known={"Putin"})]
    assert values == ["Putin", "United States", "Ukraine", "Putin"]


def test_hyphenated_names():
    assert [v for _, _, v in _found("a potential US-Ukraine deal")] == ["United States", "Ukraine"]
    assert _found("for European and Euro-Atlantic integration") == []


def test_possessives_and_accents():
    found = _found("It was the Commissioner, Stéphane Séjourné, and Russia's resources.")
    assert found == [("person", "Stéphane Séjourné", "Stéphane Séjourné"), ("place", "Russia", "Russia")]


@pytest.mark.parametrize("text", ["The Bank of England said.", "He joined the Bank of England."])
def test_organisations_with_a_place_in_them(text):
    assert ("organisation", "Bank of England", "Bank of England") in _found(text)


@given(st.text())
def test_arbitrary_text(text):
    for n in find_names(text):
        assert 0 <= n.span[0] < n.span[1] <= len(text)
        assert n.value


def _tokens_as_first_written(text: str) -> list[tuple[int, int, str, bool, bool, bool]]:
    """``names._tokens`` as it was: every word's text and span made, the possessive cut by a pattern."""
    from collections import deque

    possessive_pattern = re.compile(r"['\u2019]s?$")
    title_lines = names._title_case_lines(text)
    titles = names.gazetteer().titles
    dotted: dict[str, bool] = {}
    out: list = []
    recent: deque[tuple[int, int, str]] = deque(maxlen=names.NEAR_CAPITAL)
    after = 0
    for m in re.finditer(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[-\u2010\u2011'\u2019][^\W\d_]+)*", text):
        word = m.group()
        start, end = m.span()
        if word[-1] in "'\u2019s" and (possessive := possessive_pattern.search(word)) is not None and len(word) > 2:
            end -= len(possessive.group())
            word = word[: len(word) - len(possessive.group())]
        if word[:1].isupper():
            for before in recent:
                out.append(names._Token(*before, False, bool(title_lines) and names._line_of(title_lines, before[0]),
                                        False))
            recent.clear()
            out.append(names._Token(start, end, word, names._is_initial(text, start, out, titles, dotted),
                                    bool(title_lines) and names._line_of(title_lines, start),
                                    not (len(word) > 5 and word.isupper())))
            after = names.NEAR_CAPITAL
        elif after:
            out.append(names._Token(start, end, word, False, bool(title_lines) and names._line_of(title_lines, start),
                                    False))
            after -= 1
        else:
            recent.append((start, end, word))
    return [tuple(t) for t in out]


_TOKEN_PIECES = ["a", "b", "Anna", "Anna's", "anna's", "it\u2019s", "US", "U.S.", "Mr.", "Dr", "e.g.", " ", ". ", "\n",
                 "-", "'", "s", "Kyiv", "Bank of England", "said", "NATO", "A", "\u00c9cole",
                 "Putin Proposes Rare Deal"]


@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=30).map("".join))
def test_name_tokens_are_those_every_word_made_gave(text: str) -> None:
    # Lower-case words far from a capital are no longer made into text and span at all.
    assert [tuple(t) for t in names._tokens(text)] == _tokens_as_first_written(text)


_WORD_PIECES = ["U.S.A.", "x-y", "it's", "A.b.", "e.g.", "U.S.'s", "ABC.D.", "\u00e9t\u00e9", "a\u2019b", "\u2010",
                " ", "1", "_", "A", "a", ".", "-", "'"]


@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=20).map("".join))
def test_words_led_by_their_first_letter_are_the_words_of_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[-\u2010\u2011'\u2019][^\W\d_]+)*")
    expected = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in names._TOKEN.finditer(text)] == expected
    if text.isascii():
        assert [m.span() for m in names._ASCII_TOKEN.finditer(text)] == expected
