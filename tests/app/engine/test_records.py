import dataclasses

import pytest

from app import compare
from app.engine.records import FORMAT_NAME, Difference

LEFT = ("Alpha bravo charlie delta echo. Foxtrot golf hotel india juliet.\n\n"
        "Kilo lima mike november oscar. Papa quebec romeo sierra tango.")
RIGHT = ("Alpha bravo charlie delta echo. A brand new sentence appears right here.\n\n"
         "Kilo lima mike november oscar. Papa quebec romeo sierra tango.")


@pytest.fixture(scope="module")
def comparison():
    return compare(LEFT, RIGHT)


def test_records_are_immutable(comparison):
    with pytest.raises(dataclasses.FrozenInstanceError):
        comparison.differences[0].kind = "added"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        comparison.summary.added = 0  # type: ignore[misc]
    assert isinstance(comparison.differences, tuple)


def test_to_dict_follows_the_design_format(comparison):
    d = comparison.to_dict()
    assert d["format"] == FORMAT_NAME and d["version"] == 1
    assert d["left"]["text"] == LEFT and d["right"]["text"] == RIGHT
    assert len(d["left"]["sha256"]) == 64
    assert set(d["summary"]) == {"reused", "added", "duplicated", "omitted"}
    kinds = {x["kind"] for x in d["differences"]}
    assert kinds == {"omitted", "added"}
    for x in d["differences"]:
        assert set(x) >= {"id", "kind", "left", "right"}
    assert all(set(m) == {"left", "right", "similarity"} for m in d["matches"])


def test_changed_difference_serialises_edits_and_similarity():
    c = compare("The cat sat on the mat today.", "The cat sat on the rug today.")
    (x,) = c.to_dict()["differences"]
    assert x["kind"] == "changed" and 0 < x["similarity"] < 1
    assert {e["op"] for e in x["edits"]} == {"delete", "insert"}


def test_differences_in_a_range(comparison):
    omitted = next(d for d in comparison.differences if d.kind == "omitted")
    assert comparison.differences_in("left", *omitted.left) == [omitted]
    assert comparison.differences_in("left", 0, 5) == []
    added = next(d for d in comparison.differences if d.kind == "added")
    assert comparison.differences_in("right", added.right[0] + 2, added.right[0] + 3) == [added]
    assert comparison.difference(added.id) is added
    assert comparison.difference(999) is None


def test_matches_in_and_aligned_position(comparison):
    assert comparison.matches_in("left", 0, 3)
    kilo_left, kilo_right = LEFT.index("Kilo"), RIGHT.index("Kilo")
    assert comparison.aligned_position("left", kilo_left) == kilo_right
    assert comparison.aligned_position("right", kilo_right) == kilo_left
    assert comparison.aligned_position("left", LEFT.index("bravo")) == RIGHT.index("bravo")
    # Positions inside an unmatched stretch land between its neighbours.
    pos = comparison.aligned_position("left", LEFT.index("hotel"))
    assert RIGHT.index("echo") < pos < kilo_right


def test_difference_span_by_side():
    d = Difference(1, "omitted", (0, 4), None)
    assert d.span("left") == (0, 4) and d.span("right") is None
