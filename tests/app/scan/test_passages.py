"""Borrowed passages: linked text that follows on in both texts, and the evidence rule."""

from app import compare
from app.documents.model import Document
from app.scan.passages import borrowed_passages, is_evidence
from app.scan.records import Passage
from tests.app.scan.conftest import ORIGINAL, UNRELATED, press_copy, whole_paragraphs


def test_a_press_copy_has_its_two_paragraphs_as_passages():
    original = Document.from_text(ORIGINAL.read_text("utf-8"), "original.txt")
    copy_text = press_copy()
    passages = borrowed_passages(compare(original, Document.from_text(copy_text, "press.txt")))
    assert len(passages) == 2
    paragraphs = whole_paragraphs()
    for passage, paragraph in zip(passages, (paragraphs[0], paragraphs[2]), strict=True):
        # The engine's passage may fold in a short piece of the copy's own text after it.
        assert passage.right_text.startswith(paragraph.strip())
        assert passage.left_text.startswith(paragraph.strip())
        assert original.text[passage.left[0]:passage.left[1]] == passage.left_text
        assert copy_text[passage.right[0]:passage.right[1]] == passage.right_text
        assert passage.similarity > 0.75 and is_evidence(passage)
    assert passages[0].right[1] < passages[1].right[0]


def test_a_verbatim_copy_is_one_passage():
    text = ORIGINAL.read_text("utf-8")
    passages = borrowed_passages(compare(text, text))
    assert len(passages) == 1
    assert passages[0].left_text == passages[0].right_text


def test_reworded_words_are_marked_inside_the_passage():
    left = "The minister said the mine would open in May. Workers will be hired from the town."
    right = "The minister stated the mine would open in May. Workers will be hired from the town."
    (passage,) = borrowed_passages(compare(left, right))
    assert [passage.left_text[s:e] for s, e in passage.deleted] == ["said"]
    assert [passage.right_text[s:e] for s, e in passage.inserted] == ["stated"]


def test_unrelated_texts_have_no_passages():
    texts = list(UNRELATED.values())
    assert borrowed_passages(compare(texts[0], texts[1])) == ()


def _passage(similarity: float, links: int, text: str = "x" * 60) -> Passage:
    return Passage((0, 1), (0, len(text)), similarity, "", text, tuple(range(links)))


def test_evidence_needs_a_close_sentence_or_a_run():
    assert is_evidence(_passage(0.9, 1))
    assert not is_evidence(_passage(0.72, 1))               # one loose link: two texts on one story
    assert not is_evidence(_passage(1.0, 1, "He added:"))  # too short to tell
    assert is_evidence(_passage(0.55, 2)) and not is_evidence(_passage(0.49, 2))
    assert is_evidence(_passage(0.45, 3)) and not is_evidence(_passage(0.33, 5))


def test_a_rewrite_of_the_whole_text_borrowed_through_many_loose_links():
    from app.scan.passages import MIN_MASS, borrowed, similarity_mass
    from tests.app.scan.conftest import SAMPLES

    original = ORIGINAL.read_text("utf-8")
    c = compare(original, (SAMPLES / "putin-minerals-rewrite.txt").read_text("utf-8"))
    passages = borrowed_passages(c)
    assert not any(is_evidence(p) for p in passages)  # every link of the AI rewrite is loose ...
    assert similarity_mass(c) >= MIN_MASS and borrowed(c, passages)  # ... but together they cover much
    other = compare(original, UNRELATED["same-story.txt"])
    assert not borrowed(other, borrowed_passages(other))
