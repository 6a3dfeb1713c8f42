# ruff: noqa: E501  (the texts are prose, one paragraph a line)
"""Borrowed passages in the reports: the share of the copy they make up, the plain sentence
("The copy borrows 1 passage, 18% of its text."), the text report's lines and the HTML list."""

from __future__ import annotations

import json

from app import compare
from app.documents.model import Document
from app.engine.records import Comparison, Difference, Passage, Summary
from app.report import render_html
from app.report.comparison_json import comparison_from_dict
from app.report.shares import article_passages, borrowed, borrowing_sentence, copy_shares, percent
from app.textreport import render_text, summary_line

# A press release, and an article that quotes one of its paragraphs word for word.
RELEASE = """Harbour trust announces new ferry service

The harbour trust will run a new ferry between the old pier and the island from the first of June, with six crossings a day in summer and four in winter.

The trust's chair, Maria Lindqvist, said the service would cut the journey for islanders from ninety minutes by road to twenty minutes by water. Tickets will cost four pounds for adults and two pounds for children.

Two electric boats have been ordered from a yard in Norway. Each carries ninety passengers and twelve bicycles, and charges at the pier in the time it takes to unload.

The trust expects forty thousand passengers in the first year and will review the timetable in the autumn.
"""
ARTICLE = """Island life: a week on the water

I spent a week on the island this spring, talking to the people who live there all year round. Most of them work on the mainland, and the drive round the bay shapes their days.

The baker leaves at five in the morning to reach the market. The schoolteacher has learned to mark essays in traffic queues. Nobody I met liked the road.

The trust's chair, Maria Lindqvist, said the service would cut the journey for islanders from ninety minutes by road to twenty minutes by water. Tickets will cost four pounds for adults and two pounds for children.

Not everyone is convinced. The owner of the island's only garage fears for his trade, and a fisherman told me the boats would frighten the seals off the rocks by the pier.

Still, on my last evening the talk in the pub was of little else. People asked each other which crossing they would take to work, and whether the bicycles would fit.

The island has waited a long time for something to change, and most of the people I met seemed ready for it. They hope the summer will prove them right, and that the winter timetable holds.

When I left, the gulls were circling the pier where the new boats will tie up, and the old road round the bay looked longer than ever.
"""
QUOTED = ARTICLE.split("\n\n")[3]
UNRELATED = "The bakery sold bread on Monday and cakes on Tuesday. Nobody came on Wednesday because of the rain.\n"


def _non_space(text: str) -> int:
    return len("".join(text.split()))


def test_the_share_is_the_passages_non_space_text_over_the_copys() -> None:
    c = compare(Document.from_text(RELEASE, "release.txt"), Document.from_text(ARTICLE, "article.txt"))
    taken = borrowed(c)
    (passage,) = taken.passages
    assert ARTICLE[passage.right[0]:passage.right[1]].strip() == QUOTED.strip()
    expected = _non_space(QUOTED) / _non_space(ARTICLE)
    assert abs(taken.share - expected) < 0.01 and taken.shares == (taken.share,)
    assert borrowing_sentence(1, taken.share) == "The copy borrows 1 passage, 18% of its text."
    shares = copy_shares(c)  # what the window's summary reads, computed off its GUI thread
    assert (shares.passages, shares.borrowed) == (1, taken.share)


def test_unrelated_texts_share_no_passage() -> None:
    c = compare(Document.from_text(RELEASE, "release.txt"), Document.from_text(UNRELATED, "bakery.txt"))
    assert borrowed(c).passages == () and borrowed(c).share == 0.0
    assert summary_line(c).endswith("The copy shares no passage with the original.")
    assert "passage 1" not in render_text(c)
    page = render_html(c)
    assert "The copy shares no passage with the original." in page
    assert 'id="passages"' not in page and 'class="badge b-passage"' not in page


def test_the_sentence_says_plural_and_small_shares_plainly() -> None:
    assert borrowing_sentence(0, 0.0) == "The copy shares no passage with the original."
    assert borrowing_sentence(3, 0.41) == "The copy borrows 3 passages, 41% of its text."
    assert borrowing_sentence(2, 0.003) == "The copy borrows 2 passages, <1% of its text."
    assert borrowing_sentence(1, 1.0) == "The copy borrows 1 passage, 100% of its text."
    assert (percent(0.0), percent(0.004), percent(0.12), percent(0.996), percent(1.0)) == (
        "0%", "<1%", "12%", ">99%", "100%")


def test_a_passage_of_page_furniture_only_is_not_borrowed() -> None:
    left, right = Document("Home News Sport\n\nThe story.\n"), Document("Home News Weather\n\nAnother.\n")
    menu = Difference(1, "changed", (0, 15), (0, 17), 0.6, furniture=True)
    story = Difference(2, "changed", (17, 27), (19, 27), 0.5)
    c = Comparison(left, right, (menu, story), (), Summary(0.5, 0.5, 0.0, 0.5),
                   passages=(Passage(1, (0, 15), (0, 17), 0.6, (1,)), Passage(2, (17, 27), (19, 27), 0.5, (2,))))
    assert [p.id for p in article_passages(c)] == [2]
    assert borrowed(c).share == _non_space("Another.") / _non_space(right.text)


def test_the_text_report_lists_each_passage_where_it_is() -> None:
    c = compare(Document.from_text(RELEASE, "release.txt"), Document.from_text(ARTICLE, "article.txt"))
    text = render_text(c)
    assert "The copy borrows 1 passage, 18% of its text." in text.splitlines()[0]
    assert "Borrowed passages:\n  passage 1: original line 5 | copy line 7 (similarity 1.00, 18% of the copy)" in text


def test_the_html_report_lists_the_passages_escaped_with_badges_in_the_texts() -> None:
    hostile = QUOTED.replace("Maria Lindqvist", '<script>alert("x")</script> & <b>Maria</b>')
    original = RELEASE.replace(QUOTED, hostile)
    c = compare(Document.from_text(original, "release.txt"), Document.from_text(ARTICLE.replace(QUOTED, hostile), "a.txt"))
    page = render_html(c)
    section = page.split('<section class="passages" id="passages">')[1].split("</section>")[0]
    assert "<h2>Borrowed passages (1)</h2>" in section and section.count('class="passage"') == 1
    share = percent(borrowed(c).share)
    assert f"original line 5 · copy line 7 · similarity 100% · {share} of the copy" in section
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;Maria" in section
    assert 'href="#LP1"' in section and 'href="#RP1"' in section
    texts = page.split('<table class="sbs">')[1]
    assert 'id="LP1" href="#p1"' in texts and 'id="RP1" href="#p1"' in texts
    assert f'<b>Borrowed passages:</b> The copy borrows 1 passage, {share} of its text. <a href="#passages">Read it</a>' in page


def test_a_long_passage_is_cut_in_the_list_and_read_on_in_the_texts() -> None:
    long = " ".join(f"Sentence number {n} of the release says something of its own." for n in range(40))
    c = compare(long, "An introduction of the copy's own.\n\n" + long)
    section = render_html(c).split('id="passages"')[1].split("</section>")[0]
    assert section.count("(read on in the texts below)") == 2
    assert "Sentence number 39" not in section


def test_a_saved_comparison_from_before_passages_gets_them_grouped() -> None:
    c = compare(Document.from_text(RELEASE, "release.txt"), Document.from_text(ARTICLE, "article.txt"))
    data = c.to_dict()
    old = {k: v for k, v in data.items() if k != "passages"}
    assert comparison_from_dict(json.loads(json.dumps(old))).passages == c.passages
    assert comparison_from_dict({**data, "passages": []}).passages == ()  # none found is kept


def test_a_passage_marks_what_the_copy_left_out_and_put_in() -> None:
    paragraphs = RELEASE.split("\n\n")
    own = "Ferries were last seen here in 1962."
    copy = "\n\n".join([paragraphs[1], own, paragraphs[2], paragraphs[4]])
    c = compare(RELEASE, copy)
    (passage,) = borrowed(c).passages  # one run: the copy's line and the skipped paragraph inside
    assert passage.right[0] < copy.index(own) < passage.right[1]
    section = render_html(c).split('id="passages"')[1].split("</section>")[0]
    assert f'<span class="e-ins">{own}</span>' in section
    skipped = paragraphs[3].strip()
    assert f'<span class="e-del">{skipped[:40]}' in section
