"""Who-said-what options: people who speak or have a role come first; someone the article only
names in passing ("Gengis Khan", "l'affaire Penelope Fillon") fills in only when they lack.

Before, "Qui a dit … ?" about a minister offered Gengis Khan, and a space probe's lesson offered
the planet Jupiter, beside the people who did speak.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import ROOT, context_for, generated_lessons, quote_fact

from tutor.content import load_article
from tutor.facts import ArticleFacts, Person
from tutor.generate.speaker_labels import other_speakers

pytestmark = pytest.mark.slow

BODY = (
    "12 mars 2026. – Le ministre Paul Durand a visité le musée Gengis Khan. "
    "« Nous reviendrons », a déclaré Paul Durand. "
    "« C'est une belle journée », a dit la directrice du musée, Anne Roux. "
    "Selon le maire Luc Petit, « le musée attire du monde ». "
    "« Il faut plus de moyens », a estimé la conservatrice Marie Blanc."
)


def _context(tmp_path: Path, speakers: int, named: tuple[str, ...] = ()) -> object:
    path = tmp_path / "musee.txt"
    path.write_text(f"Une visite\n\n{BODY}\n\nSource : test.\n", encoding="utf-8")
    article = load_article(path)
    said = [
        ("« Nous reviendrons », a déclaré Paul Durand.", "Paul Durand", "Nous reviendrons"),
        (
            "« C'est une belle journée », a dit la directrice du musée, Anne Roux.",
            "Anne Roux",
            "C'est une belle journée",
        ),
        (
            "Selon le maire Luc Petit, « le musée attire du monde ».",
            "Luc Petit",
            "le musée attire du monde",
        ),
        (
            "« Il faut plus de moyens », a estimé la conservatrice Marie Blanc.",
            "Marie Blanc",
            "Il faut plus de moyens",
        ),
    ][:speakers]
    people = [
        Person("Paul Durand", role="ministre"),
        Person("Anne Roux", role="directrice du musée"),
        Person("Luc Petit", role="maire"),
        Person("Marie Blanc", role="conservatrice"),
        Person("Gengis Khan"),
    ]
    people = [p for p in people if not named or p.name in named]
    quotes = [quote_fact(article, s, who, text) for s, who, text in said]
    facts = ArticleFacts(path.name, article.title, "2026-03-12", people=people, quotes=quotes)
    return context_for(article, facts)


def test_someone_named_in_passing_is_not_offered_when_others_spoke(tmp_path: Path) -> None:
    offered = other_speakers(_context(tmp_path, 4), {"Paul Durand"})  # type: ignore[arg-type]
    assert "Gengis Khan" not in offered
    assert set(offered) == {"Anne Roux", "Luc Petit", "Marie Blanc"}


def test_someone_named_in_passing_fills_in_when_too_few_spoke(tmp_path: Path) -> None:
    ctx = _context(tmp_path, 1)
    # people with a role who never speak are offered first, then the passing name
    assert set(other_speakers(ctx, {"Paul Durand"})) == {  # type: ignore[arg-type]
        "Anne Roux",
        "Luc Petit",
        "Marie Blanc",
    }
    alone = _context(tmp_path, 1, named=("Paul Durand", "Gengis Khan"))
    assert other_speakers(alone, {"Paul Durand"}) == ["Gengis Khan"]  # type: ignore[arg-type]


def test_the_state_visit_lesson_offers_no_passing_name() -> None:
    folder = ROOT / "tests" / "generate" / "data" / "review_6"
    lessons = {Path(a.path).stem: doc for a, _, doc in generated_lessons(folder, seed=0)}
    items = lessons["visite-etat-mongolie"]["items"]
    who = [i for i in items if str(i["id"]).startswith("qui-a-dit")]
    assert who, "the lesson asks who said what"
    for item in who:
        assert "Gengis Khan" not in item["options"], item["prompt"]
        assert len(item["options"]) == 4
