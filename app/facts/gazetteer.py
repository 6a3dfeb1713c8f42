"""The small gazetteer shipped as data (gazetteer.json): places, organisations and their aliases.

Also the word lists the name heuristics use: demonyms ("Russian"), titles
("President"), cue words ("spokesman Dmitry Peskov", "aluminium maker,
Rusal", "in Krasnoyarsk", "capital of Ruritania", "an analyst at Intervoice",
"... Burns said"), common given names ("Lucy Burns"), organisation suffixes
and capitalised words that are not names ("However", "Live").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from app.facts.folding import name_key


@dataclass(frozen=True)
class Gazetteer:
    """Known names by folded form (``name_key``), and the heuristics' word lists."""

    entries: dict[str, tuple[str, str]]  # folded form -> (canonical name, kind)
    longest: int  # most words in a known name
    demonyms: frozenset[str]
    titles: frozenset[str]  # folded, possibly several words ("prime minister")
    person_cues: frozenset[str]
    organisation_cues: frozenset[str]
    organisation_suffixes: frozenset[str]
    place_cues: frozenset[str]
    not_names: frozenset[str]  # exact spelling
    place_nouns_before_of: frozenset[str] = frozenset()  # "the capital of X": a place
    occupations_before_at: frozenset[str] = frozenset()  # "an analyst at X": an organisation
    speech_verbs: frozenset[str] = frozenset()  # "X said": a person, with other evidence
    given_names: frozenset[str] = frozenset()  # exact spelling: "Lucy Burns" is a person

    def lookup(self, words: str) -> tuple[str, str] | None:
        """(canonical name, kind) of a known place or organisation, or None: ``"U.S."`` -> United States."""
        return self.entries.get(name_key(words))


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once from the package data."""
    data = json.loads(resources.files("app.facts").joinpath("gazetteer.json").read_text("utf-8"))
    entries: dict[str, tuple[str, str]] = {}
    for section, kind in (("places", "place"), ("organisations", "organisation")):
        for canonical, aliases in data[section].items():
            for form in (canonical, *aliases):
                entries.setdefault(name_key(form), (canonical, kind))
    longest = max(len(k.split()) for k in entries)
    return Gazetteer(
        entries=entries, longest=longest,
        demonyms=frozenset(data["demonyms"]),
        titles=frozenset(name_key(t) for t in data["titles"]),
        person_cues=frozenset(data["person_cues_before"]),
        organisation_cues=frozenset(data["organisation_cues_before"]),
        organisation_suffixes=frozenset(data["organisation_suffixes"]),
        place_cues=frozenset(data["place_cues_before"]),
        not_names=frozenset(data["not_names"]),
        place_nouns_before_of=frozenset(data["place_nouns_before_of"]),
        occupations_before_at=frozenset(data["occupations_before_at"]),
        speech_verbs=frozenset(data["speech_verbs_after"]),
        given_names=frozenset(data["given_names"]),
    )
