"""Properties that hold for any two texts (hypothesis)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import compare

WORDS = ["minister", "said", "the", "deal", "Ukraine", "prices", "rose", "bank", "five", "5%",
         "\u201cquoted\u201d", "won't", "£396bn", "Kyiv", "and", "of", "a", "new", "talks", "end"]

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(
    lambda ws: " ".join(ws).capitalize() + st.sampled_from([".", "!", "?"]).example()
    if False else " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
document = st.lists(paragraph, min_size=0, max_size=5).map("\n\n".join)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def non_space(text, spans):
    out = set()
    for s, e in spans:
        out.update(i for i in range(s, e) if not text[i].isspace())
    return out


def check_spans(c):
    for d in c.differences:
        for side, text in (("left", c.left.text), ("right", c.right.text)):
            span = d.span(side)
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text)
        for e in d.edits:
            if e.left:
                assert d.left[0] <= e.left[0] < e.left[1] <= d.left[1]
            if e.right:
                assert d.right[0] <= e.right[0] < e.right[1] <= d.right[1]
        if d.duplicate_of:
            assert 0 <= d.duplicate_of[0] < d.duplicate_of[1] <= len(c.right.text)
    for m in c.matches:
        assert 0 <= m.left[0] < m.left[1] <= len(c.left.text)
        assert 0 <= m.right[0] < m.right[1] <= len(c.right.text)


def check_coverage(c):
    for side, text in (("left", c.left.text), ("right", c.right.text)):
        spans = [d.span(side) for d in c.differences if d.span(side)] + [m.span(side) for m in c.matches]
        want = {i for i, ch in enumerate(text) if not ch.isspace()}
        assert non_space(text, spans) == want


@PROPS
@given(document, document)
def test_every_span_is_in_range_and_every_character_is_covered(a, b):
    c = compare(a, b)
    check_spans(c)
    check_coverage(c)
    s = c.summary
    assert 0 <= s.reused <= 1 and 0 <= s.added <= 1 and 0 <= s.duplicated <= 1 and 0 <= s.omitted <= 1


@PROPS
@given(any_text, any_text)
def test_arbitrary_unicode_never_breaks_the_engine(a, b):
    c = compare(a, b)
    check_spans(c)
    check_coverage(c)
    c.to_dict()


@PROPS
@given(document)
def test_a_text_compared_with_itself_has_no_differences(a):
    assert compare(a, a).differences == ()


@PROPS
@given(st.lists(st.integers(0, 40), min_size=0, max_size=8, unique=True),
       st.lists(st.integers(0, 40), min_size=0, max_size=8, unique=True))
def test_swapping_sides_swaps_added_and_omitted(left_ids, right_ids):
    # Distinct, unrelated sentences (no repeats inside a side, where duplicates are one-sided).
    pool = [f"The report{n} of the area{n} said that the figure{n} was {n * 7} in {WORDS[n % len(WORDS)]}."
            for n in range(41)]
    a = " ".join(pool[i] for i in left_ids)
    b = " ".join(pool[i] for i in right_ids)
    ab, ba = compare(a, b), compare(b, a)

    def chars(c, kind, side):
        text = c.left.text if side == "left" else c.right.text
        return non_space(text, [d.span(side) for d in c.differences if d.kind == kind])

    assert chars(ab, "added", "right") == chars(ba, "omitted", "left")
    assert chars(ab, "omitted", "left") == chars(ba, "added", "right")
