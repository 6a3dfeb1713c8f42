"""Names of people, places and organisations, by gazetteer and capitalisation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
