# ruff: noqa: E501  (the articles are prose, one paragraph a line)
"""A small folder to scan: copies of the bundled sample article among texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
ORIGINAL = SAMPLES / "putin-minerals-bbc.txt"

# Short articles of their own, on other stories (and one on the same story, told in other words).
UNRELATED = {
    "football.txt": """City beat United in late drama

A late header from the captain gave City a two-one win over United on Saturday, lifting them to third in the table.

United had led at half-time through a penalty after a handball in the area. The visitors pressed high after the break and were rewarded when their substitute curled a shot into the far corner.

"We never stopped believing," the manager told reporters after the match. "The players showed real character today."

The club face a busy month, with four league games and a cup quarter-final before the international break.
""",
    "bakery.txt": """Village bakery reopens after flood repairs

A bakery that has served the village for sixty years opened its doors again on Monday after months of repairs.

Floodwater reached the ovens in November, and the owners feared they would have to close for good. Neighbours raised money online to pay for new equipment and a new shop floor.

The owner said the first customers queued from six in the morning for bread and pastries. "It felt like a party," she said.

The council has promised to look again at the flood defences along the river before next winter.
""",
    "weather.txt": """Storm warning for the west coast

Forecasters have issued an amber warning for wind along the west coast, with gusts of up to 80 miles per hour expected on Thursday.

Ferry crossings may be cancelled and drivers of high-sided vehicles are advised to avoid exposed bridges.

The storm is the third of the season to be named. Heavy rain is also likely on high ground, where the ground is already saturated.

Power companies have put extra engineers on standby in case lines are brought down.
""",
    "same-story.txt": """Kyiv and Washington close in on resources agreement

Negotiators from Ukraine and the United States met again in Kyiv this week to discuss the terms of a proposed agreement on natural resources.

Officials said the draft covers a joint investment fund and the rebuilding of infrastructure damaged by the war.

Critics in parliament warned that the terms must not burden future generations, and asked for the full text to be published before any vote.

Analysts noted that much of the country's deposits lie in territory that is now under occupation, which makes their value hard to judge.
""",
}


def whole_paragraphs() -> list[str]:
    """The original's long paragraphs that end a sentence (one of its lines is cut mid-sentence)."""
    return [p for p in ORIGINAL.read_text("utf-8").split("\n\n") if len(p) > 150 and p.rstrip().endswith(".")]


def press_copy() -> str:
    """Two paragraphs of the original, verbatim, amid a story of its own."""
    paragraphs = whole_paragraphs()
    return ("Markets react to minerals talk\n\n"
            "Shares in mining companies rose on Tuesday as traders weighed the prospect of new supply.\n\n"
            + paragraphs[0] + "\n\n"
            + "Analysts at several banks said the news was unlikely to change prices in the short term, "
              "since any new mines would take years to build. Some pointed out that the same promise had "
              "been made before, and that investors had learned to wait for contracts to be signed. Others "
              "said the talk alone had moved money into the sector.\n\n"
            + paragraphs[2] + "\n\n"
            + "Trading volumes were lower than usual ahead of a holiday weekend in the United States.\n")


@pytest.fixture
def scan_folder(tmp_path: Path) -> Path:
    """docs/: two copies (one nested), a press copy, four unrelated texts, an unreadable file,
    a hidden file and a picture (skipped)."""
    docs = tmp_path / "docs"
    (docs / "nested" / "deeper").mkdir(parents=True)
    (docs / ".hidden").mkdir()
    (docs / "rewrite.txt").write_text((SAMPLES / "putin-minerals-rewrite.txt").read_text("utf-8"), "utf-8")
    (docs / "nested" / "deeper" / "verbatim.md").write_text(ORIGINAL.read_text("utf-8"), "utf-8")
    (docs / "nested" / "press.txt").write_text(press_copy(), "utf-8")
    for name, text in UNRELATED.items():
        (docs / name).write_text(text, "utf-8")
    (docs / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (docs / ".hidden" / "secret.txt").write_text(ORIGINAL.read_text("utf-8"), "utf-8")
    (docs / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    return docs
