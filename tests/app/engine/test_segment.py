import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine.segment import paragraph_spans, sentences


def texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


def test_sentences_split_on_terminal_punctuation():
    assert texts("One thing. Another thing! A third? Yes.") == [
        "One thing.", "Another thing!", "A third?", "Yes."]


def test_abbreviations_initials_and_decimals_do_not_split():
    text = "Mr. Smith met Dr. Jones at 3.5 p.m. today. Robert A. Smith agreed. It cost $1.13bn."
    assert texts(text) == ["Mr. Smith met Dr. Jones at 3.5 p.m. today.", "Robert A. Smith agreed.",
                           "It cost $1.13bn."]


def test_acronyms_ampersands_and_the_pronoun_i_end_sentences():
    text = ("It treats multiple sclerosis (MS). Final approval is near. He works at AT&T. It grew. "
            "Between you and I. The end.")
    assert texts(text) == ["It treats multiple sclerosis (MS).", "Final approval is near.", "He works at AT&T.",
                           "It grew.", "Between you and I.", "The end."]
    assert texts("Ms. Jones and J. K. Rowling met.") == ["Ms. Jones and J. K. Rowling met."]


def test_an_abbreviation_before_a_function_word_ends_the_sentence():
    # No name is "All" or "In": a copy that cut "...told Mr. Prescott" reads "...told Mr. All sides".
    assert texts("He told Mr. All sides agree. Ask Dr. In time it works.") == [
        "He told Mr.", "All sides agree.", "Ask Dr.", "In time it works."]
    assert texts("They met Dr. A. Smith and Mr. Prescott there.") == ["They met Dr. A. Smith and Mr. Prescott there."]


def test_no_is_an_abbreviation_only_before_a_number():
    assert texts("He lives at No. 10 Downing Street. They said no. But he went.") == [
        "He lives at No. 10 Downing Street.", "They said no.", "But he went."]


def test_quotes_close_a_sentence():
    assert texts('He said "we are ready." Then he left.') == ['He said "we are ready."', "Then he left."]
    assert texts("\u201cWe won.\u201d She smiled.") == ["\u201cWe won.\u201d", "She smiled."]


def test_lower_case_after_full_stop_runs_on():
    assert texts("Ros Atkins on... the fight for minerals") == ["Ros Atkins on... the fight for minerals"]


def test_sentence_split_across_blank_line_by_a_scrape_is_one_sentence():
    text = "They were ready to work with partners including companies\n\non mining minerals. Next."
    assert texts(text) == ["They were ready to work with partners including companies\n\non mining minerals.",
                           "Next."]


def test_one_paragraph_a_line_and_titles_without_full_stop():
    text = "A Title Without Stop\nFirst paragraph here. Second sentence.\nSecond paragraph."
    ss = sentences(text)
    assert [s.paragraph for s in ss] == [0, 1, 1, 2]


def test_hard_wrapped_lines_join_into_paragraphs():
    para = ("The quick brown fox jumps over the lazy dog and keeps running across\n"
            "the field until it reaches the river where it stops to drink some\n"
            "water before going home to its den in the forest near the hill.\n"
            "Another sentence starts on this line and carries on for a while\n"
            "before it finally ends.")
    ss = sentences(para)
    assert len(ss) == 2
    assert {s.paragraph for s in ss} == {0}


def test_sentences_cover_every_non_space_character():
    text = "  Hello there.\n\n\nSecond   para! \n- item one\n- item two\n\n"
    covered = set()
    for s in sentences(text):
        covered.update(range(s.start, s.end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


def test_paragraph_spans_trim_and_skip_blank_runs():
    assert paragraph_spans("\n\n  A.\n\n\n B. \n") == [(4, 6), (10, 12)]
    assert paragraph_spans("") == []
    assert paragraph_spans("   \n \n") == []


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of one paragraph, found in it alone (as the segmenter did, one paragraph at
    a time, before it found the possible ends in one pass over the text)."""
    from app.engine.segment import _SENTENCE_END, _is_abbreviation, _next_is_lower

    spans = []
    cur = start
    for m in _SENTENCE_END.finditer(text[start:end]):
        stop = start + m.end()
        if _next_is_lower(text, stop, end) or _is_abbreviation(text, cur, stop):
            continue
        spans.append((cur, stop))
        nxt = stop
        while nxt < end and text[nxt].isspace():
            nxt += 1
        cur = nxt
    if cur < end:
        spans.append((cur, end))
    return spans


_WORDS = ["Mr.", "Dr.", "No.", "10", "A.", "U.S.", "e.g.", "I.", "he", "She", "said", "all", "...", "!?",
          "\u2026", '"', "\u201d", ")", "(", "- ", "\u2022 ", "word.", "Word!", "x?", "\u00bfQu\u00e9", ".\u201d"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.sampled_from([" ", "  ", "\n", "\n\n", " \n \n"]), max_size=40))
def test_sentences_found_in_one_pass_are_those_of_each_paragraph_alone(parts):
    text = "".join(parts)
    expected = [(s, e, p) for p, (start, end) in enumerate(paragraph_spans(text))
                for s, e in _split_paragraph(text, start, end)]
    assert [(s.start, s.end, s.paragraph) for s in sentences(text)] == expected


def test_an_initial_is_known_without_the_last_word_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    # 'A. B. C. ...': each full stop was weighed with a pattern search (5 us a stop).
    from app.engine import segment

    searches = 0
    pattern = segment._LAST_WORD

    class Spy:
        def search(self, text: str) -> object:
            nonlocal searches
            searches += 1
            return pattern.search(text)

    monkeypatch.setattr(segment, "_LAST_WORD", Spy())
    text = "Start here. " + "J. R. R. Tolkien and A. B. Smith wrote. " * 200
    found = segment.sentences(text)
    assert [text[s.start:s.end] for s in found[:2]] == ["Start here.", "J. R. R. Tolkien and A. B. Smith wrote."]
    assert len(found) == 201
    assert searches <= 2 * 201  # the sentences' own ends, not the 1,000 initials
