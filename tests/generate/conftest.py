"""Fixtures of the generation tests: real articles with hand-annotated facts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from gold_facts import date_fact, gold_article, quote_fact

from tutor.facts import ArticleFacts, Person, Term
from tutor.model import Article


@pytest.fixture(scope="session")
def poutine() -> Article:
    return gold_article("poutine-coree-du-nord")[0]


@pytest.fixture(scope="session")
def poutine_facts(poutine: Article) -> ArticleFacts:
    """Facts written by hand from real sentences of the Poutine article."""
    body = poutine.body
    veto = "En mars, elle a utilisé son veto à l’ONU pour soutenir le gouvernement nord-coréen."
    visit = (
        "La dernière visite de Vladimir Poutine en Corée du Nord remontait à juillet 2000, "
        "lorsqu’il a rencontré Kim Jong-il, le père de Kim Jong-un, pour renforcer les liens "
        "historiques entre les 2 pays, comme vous pouvez le lire dans cet article de Courrier "
        "International."
    )
    meeting = (
        "Leur dernière rencontre date de septembre 2023, en Russie, lorsque Vladimir Poutine "
        "avait promis d’aider Kim Jong-un à construire des satellites."
    )
    allies = "De l’autre côté, la Russie est un allié crucial pour la Corée du Nord."
    kirby = next(s for s in body.split("\n") if s.startswith("“Ce qui nous préoccupe"))
    ouchakov = next(s for s in body.split("\n") if s.startswith("“Des documents"))
    tribune = (
        "Dans une tribune, Poutine a affirmé son “soutien indéfectible” à la Corée du Nord "
        "contre les “ennemis rusés et dangereux”."
    )
    sanctions = "Les 2 pays partagent des intérêts communs face aux sanctions internationales."
    munitions = (
        "Selon le ministre sud-coréen de la Défense, la Corée du Nord aurait fourni des munitions "
        "à la Russie en échange d’une assistance technologique et alimentaire, ce que les deux "
        "pays nient."
    )
    for sentence in (veto, visit, meeting, allies, tribune, sanctions, munitions):
        assert sentence in body, sentence
    return ArticleFacts(
        path="poutine-coree-du-nord.md",
        title=poutine.title,
        published="2024-06-19",
        dates=(
            date_fact(poutine, visit, "juillet 2000", "2000-07"),
            date_fact(poutine, meeting, "septembre 2023", "2023-09"),
            date_fact(poutine, veto, "mars", "2024-03"),
        ),
        people=(
            Person("Vladimir Poutine", ("Poutine",), "président russe"),
            Person("Kim Jong-un", (), "leader nord-coréen"),
            Person("Kim Jong-il", (), "père de Kim Jong-un"),
            Person(
                "John Kirby",
                (),
                "porte-parole du Conseil de sécurité nationale de la Maison Blanche",
            ),
            Person("Iouri Ouchakov", (), "conseiller diplomatique de Vladimir Poutine"),
        ),
        quotes=(
            quote_fact(
                poutine, tribune, "Vladimir Poutine", "ennemis rusés et dangereux", cue="a affirmé"
            ),
            quote_fact(poutine, kirby, "John Kirby", kirby[1 : kirby.index("”")], cue="a déclaré"),
            quote_fact(
                poutine,
                ouchakov,
                "Iouri Ouchakov",
                "Des documents importants, très significatifs",
                cue="a-t-il dit",
            ),
        ),
        terms=(
            Term("veto", "veto", veto, 0.9, "NOUN"),
            Term("sanction", "sanctions", sanctions, 0.8, "NOUN"),
            Term("munition", "munitions", munitions, 0.7, "NOUN"),
            Term("allié", "allié", allies, 0.6, "NOUN"),
            Term("satellite", "satellites", meeting, 0.5, "NOUN"),
            Term("tribune", "tribune", tribune, 0.4, "NOUN"),
        ),
        sentences=(),
    )
