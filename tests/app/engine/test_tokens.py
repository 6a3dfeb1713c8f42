from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine import tokens
from app.engine.options import CompareOptions
from app.engine.tokens import content_tokens, sentence_key, stem, typography


def test_stem_equates_inflections_and_spellings():
    assert stem("estimates") == stem("estimating")
    assert stem("stabilise") == stem("stabilizing")
    assert stem("negotiations") == stem("negotiating")
    assert stem("minerals") == stem("mineral")


def test_number_words_become_digits():
    assert stem("three") == "3"
    assert "3" in content_tokens("in the three years since")


def test_stop_words_are_marked():
    toks = content_tokens("The minister said the deal was done")
    assert "~the" in toks and "minist" in toks[1]


def test_typography_folds_quotes_dashes_and_ellipses():
    assert typography("\u201cWait\u2026\u201d \u2013 it\u2019s") == '"Wait..." - it\'s'


def test_sentence_key_respects_options():
    a, b = "The Minister said: \u201cyes\u201d.", 'the minister said "yes"'
    assert sentence_key(a, CompareOptions()) != sentence_key(b, CompareOptions())
    loose = CompareOptions(ignore_case=True, ignore_punctuation=True)
    assert sentence_key(a, loose) == sentence_key(b, loose)
    strict = CompareOptions(ignore_typography=False)
    assert sentence_key("it\u2019s", strict) != sentence_key("it's", strict)
    assert sentence_key("it\u2019s", CompareOptions()) == sentence_key("it's", CompareOptions())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_the_ascii_patterns_find_what_the_general_ones_find(text):
    from app.engine import tokens

    assert tokens._ASCII_WORD.findall(text) == tokens.WORD.findall(text)
    assert tokens._ASCII_DIFF_TOKEN.findall(text) == tokens.DIFF_TOKEN.findall(text)


def test_each_ascii_character_is_in_a_token_or_white_space_as_in_the_general_pattern():
    from app.engine import tokens

    for code in range(128):
        text = f"a{chr(code)}b"
        assert tokens._ASCII_DIFF_TOKEN.findall(text) == tokens.DIFF_TOKEN.findall(text), repr(chr(code))


def _stem_trying_every_suffix(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    if w in tokens.NUMBER_WORDS:
        return tokens.NUMBER_WORDS[w]
    if len(w) <= 3 or w[0].isdigit():
        return w
    for suffix in tokens._SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w.replace("iz", "is").replace("yz", "ys")


@given(st.text(alphabet="aeinostgdlmyzI'\u2019", max_size=12))
def test_a_stem_tries_only_the_suffixes_ending_as_the_word_does(word: str) -> None:
    assert tokens.stem(word) == _stem_trying_every_suffix(word)


def test_content_tokens_stem_each_distinct_word_once_for_the_caller(monkeypatch) -> None:
    calls: list[str] = []
    real = tokens.stem
    monkeypatch.setattr(tokens, "stem", lambda word: calls.append(word) or real(word))
    forms: dict[str, str] = {}
    first = tokens.content_tokens("Minerals and more minerals, said the ministers", forms)
    second = tokens.content_tokens("The ministers said minerals", forms)
    assert sorted(calls) == ["minerals", "ministers"]  # once each; stop words ("more") are not stemmed
    assert first == tokens.content_tokens("Minerals and more minerals, said the ministers")
    assert second == ["~the", real("ministers"), "~said", real("minerals")]


@given(st.lists(st.text(alphabet="abcAB12'-.", max_size=4), max_size=8))
def test_content_tokens_read_the_same_with_forms_shared(texts: list[str]) -> None:
    forms: dict[str, str] = {}
    assert [tokens.content_tokens(t, forms) for t in texts] == [tokens.content_tokens(t) for t in texts]
