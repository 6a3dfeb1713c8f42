"""Page furniture: recognised on a saved web page, never on a plain article."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import compare
from app.documents import read_document
from app.engine.furniture import furniture_paragraphs
from app.engine.segment import Sentence, sentences


def furniture_texts(text):
    ss = sentences(text)
    found = furniture_paragraphs(text, ss)
    out: dict[int, list] = {}
    for s in ss:
        out.setdefault(s.paragraph, []).append(s)
    return {text[v[0].start:v[-1].end] for p, v in out.items() if p in found}, {
        text[v[0].start:v[-1].end] for p, v in out.items() if p not in found}


@pytest.fixture(scope="module")
def bbc(sample_paths):
    return read_document(sample_paths[0]).text


def test_sample_menu_byline_lists_and_footer_are_furniture(bbc):
    furniture, kept = furniture_texts(bbc)
    joined = "\n".join(furniture)
    for piece in ("Home News Sport Business", "1 day ago", "Hafsa Khalil Vitaliy Shevchenko", "Related", "More",
                  "20 mins ago", "Trump to invite Philadelphia Eagles", "Terms of Use", "Copyright 2025 BBC",
                  "Follow BBC on"):
        assert piece in joined, piece
    assert "Putin offers Russian and Ukrainian rare minerals to US" in kept  # the title stays
    for paragraph in kept:
        assert "ago" not in paragraph.split()


def test_sample_article_paragraphs_are_not_furniture(bbc):
    _, kept = furniture_texts(bbc)
    joined = "\n".join(kept)
    for piece in ("Russian President Vladimir Putin said he is open", "Kyiv estimates that about 5%",
                  "Zelenzky has disputed that figure", "called a \"win-win\""):
        assert piece in joined, piece


def test_plain_articles_have_no_furniture(sample_paths):
    rewrite = read_document(sample_paths[1]).text
    assert furniture_texts(rewrite)[0] == set()
    corpus = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "bbc" / "business"
    for path in sorted(corpus.glob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert furniture_texts(text)[0] == set(), path.name


def test_furniture_differences_are_flagged_and_left_out_of_the_summary(sample_paths):
    left, right = (read_document(p) for p in sample_paths)
    c = compare(left, right)
    flagged = [d for d in c.differences if d.furniture]
    assert flagged and all(d.kind == "omitted" for d in flagged)
    assert all(d.to_dict()["furniture"] is True for d in flagged)
    assert all("furniture" not in d.to_dict() for d in c.differences if not d.furniture)
    # Without the footer and menus the copy leaves out far less of the article than of the page.
    plain = compare(left.text, right.text)
    assert c.summary.omitted < 0.5
    assert plain.summary.omitted == c.summary.omitted


def test_many_short_lines_after_furniture_take_linear_time():
    # Each short line looked for the nearest longer paragraph on both sides: 20,000 lines took 58 s.
    import time

    text = "Related topics\n\nThis is prose, a sentence of more than eight words right here.\n\n"
    text += "Short line\n\n" * 20_000
    started = time.perf_counter()
    found = furniture_paragraphs(text, sentences(text))
    assert time.perf_counter() - started < 5.0
    assert found == frozenset({0})


# ---- the quick paths of the patterns (speed only: the same answers) ---------------------------

_PIECES = ["Home News Sport Business", "Related topics", "Copyright 2025 BBC. All rights reserved.", "Terms of Use",
           "Privacy Policy", "Cookie settings", "Follow BBC on: ", "Share this page", "1 day ago", "Published 10:30",
           "The article says things about the economy and the world in general today.", "Sign Up For The Newsletter",
           "contact the editor", "CONTACT US", "Europe Asia Africa America Oceania", "\u00a9 2024", "TERMS OF\tSERVICE",
           "An Of The", "\u24d0sia Europe Africa Asia", "\u017fign up for our newsletter", "\u212aelvin Terms"]


def _strong_by_the_patterns(body: str) -> bool:
    """What a paragraph's furniture patterns say, each tried in full."""
    from app.engine import furniture as f

    if len(body) >= 800:
        return False
    words = f._WORDS.findall(body)
    if len(words) <= 12 and (f._AGO.search(body) or f._STAMP.search(body) or f._MARKERS.match(body)):
        return True
    menu = len(words) >= 5 and all(w[0].isupper() or w[0].isdigit() for w in words) and not any(
        w.lower() in f._SMALL for w in words)
    return menu or (len(words) <= 60 and f._LEGAL.search(body) is not None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(alphabet="aAsSkK \u017f\u212a\u00a9.:|-_'0189\t\u24d0\u00dc",
                                                   max_size=12), min_size=1, max_size=4))
def test_the_quick_paths_say_what_the_patterns_say(parts):
    from app.engine import furniture as f
    from app.engine.furniture import _strong

    body = " ".join(parts).strip()
    if body:
        assert _strong(body, [Sentence(0, 0, len(body), 0)]) == _strong_by_the_patterns(body)
        # furniture_paragraphs skips the legal patterns when the whole text (here: the paragraph
        # itself, the least text holding it) is ASCII with no legal cue
        legal = not body.isascii() or f._LEGAL_CUES.search(body.lower()) is not None
        assert _strong(body, [Sentence(0, 0, len(body), 0)], legal) == _strong_by_the_patterns(body)
