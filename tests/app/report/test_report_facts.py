"""The report's facts: summary line, Facts section with both excerpts, flags on differences; the CLI."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app import compare
from app.cli import main
from app.documents import document_from_string, read_document
from app.facts import check_facts
from app.project import Project, save_project
from app.report import ReportSettings, render_html

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
PAIR = [str(SAMPLES / "putin-minerals-bbc.txt"), str(SAMPLES / "putin-minerals-rewrite.txt")]

ORIGINAL = ("A poll found that 53% of voters back the plan, officials said.\n\n"
            "The council met on Monday and spent $500bn on roads.\n\n"
            "\"We will <b>never</b> agree,\" said Mr Jones.\n\n"
            "Nothing else happened that week, and the weather stayed mild.\n")
COPY = ("A poll found that 35% of voters back the plan, officials said.\n\n"
        "\"We will <b>never</b> agree to this,\" said Mr Jones.\n\n"
        "Nothing else happened that week, and the weather stayed mild. Experts say it will rain.\n")


class _Items(HTMLParser):
    """The text of each <li> of the Facts section, by id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: dict[str, str] = {}
        self._current: str | None = None
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "li" and (a.get("id") or "").startswith("f") and self._current is None:
            self._current, self._depth = a["id"] or "", 0
            self.items[self._current] = ""
        if self._current is not None and tag == "li":
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._current is not None and tag == "li":
            self._depth -= 1
            if self._depth == 0:
                self._current = None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self.items[self._current] += data


@pytest.fixture(scope="module")
def page() -> tuple[str, object]:
    comparison = compare(document_from_string(ORIGINAL, "original.txt", "text"),
                         document_from_string(COPY, "copy.txt", "text"))
    facts = check_facts(comparison)
    return render_html(comparison, settings=ReportSettings(facts=facts)), facts


def test_the_summary_counts_facts_and_links_to_the_section(page):
    html, facts = page
    flagged = sum(n for s, n in facts.summary().items() if s != "kept")
    assert f'<a href="#facts">\u26a0 {flagged} to check</a>' in html
    assert '<section class="facts" id="facts">' in html
    assert html.index('id="facts"') < html.index('id="differences"')


def test_each_fact_to_check_is_listed_with_both_excerpts(page):
    html, facts = page
    parser = _Items()
    parser.feed(html)
    flagged = [e for e in facts.entries if e.status != "kept"]
    assert set(parser.items) == {f"f{e.id}" for e in flagged}
    by_text = {e.fact.text: parser.items[f"f{e.id}"] for e in flagged}
    altered = by_text["53%"]
    assert "53% \u2192 35%" in altered
    assert "Original" in altered and "poll found that 53% of voters" in altered
    assert "Copy" in altered and "poll found that 35% of voters" in altered
    missing = by_text["$500bn"]
    assert "The council met on Monday and spent $500bn on roads." in missing
    assert "not in the copy" in missing
    claim = next(t for e, t in ((e, parser.items[f"f{e.id}"]) for e in flagged) if e.kind == "claim")
    assert "Experts say it will rain." in claim and "experts say" in claim


def test_differences_carry_an_alarm_flag_linking_to_their_facts(page):
    html, _ = page
    flags = re.findall(r'<p class="factflag ui">(.*?)</p>', html)
    assert flags and all("\u26a0 Facts:" in f for f in flags)
    assert any("53% \u2192 35%" in f for f in flags)
    for fact_id in re.findall(r'href="#f(\d+)"', html):
        assert f'id="f{fact_id}"' in html
    assert '<mark class="fact">53%</mark>' in html  # the excerpt frames the fact
    assert 'class="badge b-fact"' in html  # and the texts side by side point to it


def test_document_text_in_facts_is_escaped(page):
    html, _ = page
    assert "<b>never</b>" not in html
    assert "&lt;b&gt;never&lt;/b&gt;" in html


def test_no_facts_section_unless_asked():
    comparison = compare(document_from_string(ORIGINAL, "o.txt", "text"), document_from_string(COPY, "c.txt", "text"))
    html = render_html(comparison)
    assert 'id="facts"' not in html and 'class="factflag' not in html and 'class="badge b-fact' not in html


def test_compare_facts_works_with_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *PAIR, "--format", "html", "--facts"]) == 0
    assert '<section class="facts" id="facts">' in capsys.readouterr().out
    assert main(["compare", *PAIR, "--format", "html"]) == 0
    assert 'id="facts"' not in capsys.readouterr().out
    assert main(["compare", *PAIR, "--facts", "--color", "never"]) == 0
    out = capsys.readouterr().out
    assert "Facts: putin-minerals-bbc.txt (original)" in out and "MISSING (" in out
    assert main(["compare", *PAIR, "--format", "json", "--facts"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["facts"]["items"] and any("facts" in d for d in data["differences"])


def test_facts_takes_color_like_compare(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", *PAIR, "--color", "always"]) == 0
    coloured = capsys.readouterr().out
    assert "\033[1;31mMISSING (" in coloured
    assert main(["facts", *PAIR, "--color", "never"]) == 0
    plain = capsys.readouterr().out
    assert "\033[" not in plain and re.sub(r"\033\[[\d;]*m", "", coloured) == plain


def test_facts_in_colour_still_show_control_characters_as_pictures(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    pad = " ".join(["The office said prices rose in March, and nobody disagreed."] * 8)
    a.write_text(f'{pad}\n\nThe minister said: "We will \x1b[2Jact now."\n', encoding="utf-8")
    b.write_text(f'{pad}\n\nThe minister said: "We will \x1b[2Jact soon."\n', encoding="utf-8")
    assert main(["facts", str(a), str(b), "--color", "always"]) == 0
    out = capsys.readouterr().out
    assert "\x1b[2J" not in out and "\u241b[2J" in out and "\x1b[1;33mALTERED" in out


def test_project_report_has_facts_unless_told_not_to(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    project = Project.create(*(read_document(p) for p in PAIR))
    path = tmp_path / "p.verso"
    save_project(project, path)
    assert main(["report", str(path)]) == 0
    assert '<section class="facts" id="facts">' in capsys.readouterr().out
    assert main(["report", str(path), "--no-facts"]) == 0
    assert 'id="facts"' not in capsys.readouterr().out


def test_fact_verdicts_and_notes_stand_with_their_entries(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from app.project import Annotations, Verdict

    comparison = compare(document_from_string(ORIGINAL, "original.txt", "text"),
                         document_from_string(COPY, "copy.txt", "text"))
    facts = check_facts(comparison)
    altered = next(e for e in facts.entries if e.fact.text == "53%")
    kept = next(e for e in facts.entries if e.status == "kept")
    a = Annotations().with_fact_review(comparison, altered, verdict=Verdict.ERROR,
                                       note="The poll said 53% <really>")
    a = a.with_fact_review(comparison, kept, note="Checked with the council")
    html = render_html(comparison, a, ReportSettings(facts=facts))
    parser = _Items()
    parser.feed(html)
    item = parser.items[f"f{altered.id}"]
    assert item.startswith("Error") and "Note: The poll said 53% <really>" in item
    assert "&lt;really&gt;" in html and "<really>" not in html
    # A kept fact is listed when a reviewer said something about it.
    assert "Note: Checked with the council" in parser.items[f"f{kept.id}"]
    assert "Kept, with a reviewer" in html
    assert re.search(r"<b>Facts:</b>.*reviewed: 1 error</p>", html)
    # In a project, through `verso report`: the same.
    path = tmp_path / "p.verso"
    save_project(Project(comparison.left, comparison.right, annotations=a), path)
    assert main(["report", str(path)]) == 0
    out = capsys.readouterr().out
    assert '<span class="verdict v-error">Error</span>' in out and "The poll said 53% &lt;really&gt;" in out


def test_an_unplaced_fact_review_is_listed_with_the_lost_annotations() -> None:
    from dataclasses import replace

    from app.project import Annotations, Verdict

    comparison = compare(document_from_string(ORIGINAL, "original.txt", "text"),
                         document_from_string(COPY, "copy.txt", "text"))
    facts = check_facts(comparison)
    altered = next(e for e in facts.entries if e.fact.text == "53%")
    a = Annotations().with_fact_review(comparison, altered, verdict=Verdict.NEEDS_CHECK, note="ask")
    lost = replace(a, fact_reviews=tuple(replace(r, placed=False) for r in a.fact_reviews))
    html = render_html(comparison, lost, ReportSettings(facts=facts))
    assert "Needs check on a percentage that was altered" in html
    assert "could not be placed" in html
