"""Who may be offered in "Qui a dit … ?" and as what kind (a person or a body), checked on the
review articles where the wrong kind was found (tests/generate/data/review_9, 11, 13)."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.extract.person_nouns import describes_a_person
from tutor.facts import ArticleFacts, Quote
from tutor.generate.context import Context
from tutor.generate.speaker_labels import is_one_person, offered_label, other_speakers
from tutor.glossary_files import shipped_glossary

DATA = Path(__file__).parent / "data"


@cache
def _context(review: str, stem: str) -> Context:
    article = load_article(DATA / review / f"{stem}.txt")
    facts: ArticleFacts = extract_many([article])[0]
    return Context(article, facts, shipped_glossary(), random.Random(0))


@pytest.mark.slow
def test_what_was_measured_is_no_speaker() -> None:
    """Chimalp fire: "Selon les premières mesures réalisées par l'association Atmo …" made
    "Les premières mesures" a body offered beside "La direction de Chimalp": measures say
    nothing, and no learner looks for them as who spoke. Whatever its noun, what the sentence
    says someone made is no speaker either."""
    ctx = _context("review_9", "incendie-usine-pont-de-claix")
    offered = other_speakers(ctx, set())
    assert "La direction de Chimalp" in offered
    assert not [o for o in offered if "mesures" in o.lower()], offered
    sentence = "Selon les premières constatations faites par les gendarmes, le feu est parti seul."
    made = Quote(
        "les premières constatations",
        "le feu est parti seul",
        "indirect",
        "selon",
        sentence,
        0,
        len(sentence),
    )
    assert offered_label(ctx, made) is None
    spokesman = sentence.replace("les premières constatations faites", "le porte-parole désigné")
    said = Quote("le porte-parole", "le feu est parti seul", "indirect", "selon", spokesman, 0, 9)
    assert offered_label(ctx, said) == "Le porte-parole"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("review", "stem", "body"),
    [
        # "le site spécialisé Sceneweb regrette une fin « trop sage »"
        ("review_11", "theatre-maison-des-silences", "Sceneweb"),
        # "Une association de Marseille, Kaz Solidarité, dit avoir déjà réuni …"
        ("review_13", "reunion-cyclone-helia", "Kaz Solidarité"),
    ],
)
def test_a_website_or_an_association_is_a_body(review: str, stem: str, body: str) -> None:
    """Both were people of the article (no role), so "Qui a dit" offered them among people."""
    ctx = _context(review, stem)
    assert body not in [p.name for p in ctx.facts.people]
    assert body in other_speakers(ctx, set())
    assert not is_one_person(ctx, body)


@pytest.mark.slow
def test_a_person_described_but_not_named_is_a_person() -> None:
    """ "racontait une spectatrice de 52 ans": "spectatrice" is no trade, so she was a body
    and "Qui a dit" offered her among Sceneweb rather than among the people."""
    ctx = _context("review_11", "theatre-maison-des-silences")
    assert is_one_person(ctx, "Une spectatrice de 52 ans")
    assert is_one_person(ctx, "Un habitant")
    assert not is_one_person(ctx, "Le quotidien La Provence")


@pytest.mark.parametrize(
    "noun", ["spectatrice", "habitant", "riveraine", "visiteur", "automobiliste", "victime"]
)
def test_nouns_with_a_masculine_and_a_feminine_are_people(noun: str) -> None:
    assert describes_a_person(noun)


@pytest.mark.parametrize(
    "noun",
    [
        *("direction", "préfecture", "rectorat", "parlement", "quotidien", "armée", "assemblée"),
        *("marine", "gouvernement", "distributeur", "ministère", "mesure", "liste"),
    ],
)
def test_bodies_and_things_are_not_people(noun: str) -> None:
    """ "le quotidien" has a feminine adjective and "l'armée" a participle: no one's pair."""
    assert not describes_a_person(noun)
