"""Small hand-made inputs for the engine's passes: filler sentences and Profiles built from them."""

from __future__ import annotations

from app import CompareOptions
from app.engine.align import Alignment
from app.engine.similarity import Profiles
from app.engine.tokens import content_tokens, sentence_key

# Two pools of filler sentences on other subjects: no meaningful word is in two of them
# (tests/app/engine/test_evidence.py checks), so a filler links to nothing.
HARBOUR = [
    "The harbour master counted forty fishing boats this morning.",
    "Tourists queued for ferry tickets beside the old customs house.",
    "A storm warning was issued for the northern coast.",
    "The lighthouse keeper retired after thirty years of service.",
    "Seagulls nested on the roof of the abandoned cannery.",
    "Divers recovered an anchor from a Victorian shipwreck.",
    "Crab prices doubled because of the cold spring.",
    "Sailors mended torn nets on the pier at dawn.",
    "The lifeboat crew rescued two kayakers near the cliffs.",
    "A cruise liner stopped offshore for one night.",
    "Fog delayed the mail steamer until noon.",
    "Children hunted for shells among the rock pools.",
]
FARM = [
    "Local farmers expect a poor harvest after the dry summer.",
    "The school choir sang at the town hall on Friday.",
    "Railway engineers replaced the bridge over the river.",
    "A new library opened opposite the central market.",
    "Volunteers planted oak saplings along the motorway verge.",
    "The bakery on Mill Street won a regional award.",
    "Sheep escaped through a broken gate and blocked traffic.",
    "Parents petitioned the council for safer crossings.",
    "A tractor museum attracted record visitor numbers.",
    "Beekeepers reported healthy hives despite the drought.",
    "The village cricket team lost its final match.",
    "Apple growers hired pickers from abroad.",
]

# Two articles on one (made-up) illness of dogs, each in its own words: both name it in a
# title and define it first, with the words that most of their sentences use.
MARLOW = [
    "Marlow Fever in Dogs",
    "Marlow fever is an illness of dogs caused by the Marlow tick, which lives in tall grass.",
    "Dogs with Marlow fever limp and refuse their food.",
    "A vet confirms Marlow fever with a simple blood test.",
    "Most dogs recover from the fever within a fortnight.",
]
MARLOW_TOO = [
    "Dogs and Marlow Fever",
    "Marlow fever is a rare illness in dogs, caused by bites of the Marlow tick.",
    "Owners notice the fever when their dogs stop playing.",
    "Vaccines against Marlow fever are expected next year.",
]


def profiles(left: list[str], right: list[str]) -> Profiles:
    """The Profiles the engine builds for these sentences."""
    return Profiles([content_tokens(s) for s in left], [content_tokens(s) for s in right])


def place(sentences: dict[int, str], filler: list[str], n: int) -> list[str]:
    """``n`` sentences: ``sentences`` at their indices, fillers (in order) everywhere else."""
    rest = iter(filler)
    return [sentences[k] if k in sentences else next(rest) for k in range(n)]


def inputs(left: list[str], right: list[str]) -> tuple[Profiles, list[str], list[str]]:
    """What ``compare`` hands ``align``: the sentences' profiles and their keys."""
    options = CompareOptions()
    profiles = Profiles([content_tokens(s) for s in left], [content_tokens(s) for s in right])
    return profiles, [sentence_key(s, options) for s in left], [sentence_key(s, options) for s in right]


def linked(*pairs: tuple[int, int]) -> Alignment:
    """An alignment with these links (left, right) made by hand."""
    al = Alignment()
    for i, j in pairs:
        al.add(i, j, 1.0)
    return al
