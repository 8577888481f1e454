"""A word bank whose gap names a person offers no other person: "qui tentait d'interrompre la
___" takes "ministre" as well as "rapporteure"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.bank_words import is_person, said_of_a_person
from tutor.glossary_files import shipped_glossary


@pytest.mark.parametrize(
    "noun", ["rapporteure", "professeure", "procureure", "auteure", "autrice", "ministre"]
)
def test_feminine_agent_nouns_in_eure_name_persons(noun: str) -> None:
    assert is_person(shipped_glossary(), noun, noun)


@pytest.mark.parametrize("noun", ["heure", "demi-heure", "séance", "rentrée", "équipement"])
def test_things_are_not_persons(noun: str) -> None:
    assert not is_person(shipped_glossary(), noun, noun)


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("« Je ne suis pas un voyou », a-t-il lancé.", "voyou"),
        ("Elle est infirmière depuis vingt ans.", "infirmière"),
        ("Ils étaient des ouvriers du textile.", "ouvriers"),
        ("J'étais bénévole au club.", "bénévole"),
    ],
)
def test_a_noun_the_article_says_someone_is_names_a_person(body: str, noun: str) -> None:
    """Review 9's 'Le ___, lui, a nié les faits' (prévenu) offered "voyou", which a learner can
    defend there: the article says "Je ne suis pas un voyou"."""
    assert said_of_a_person(body, noun)
    assert not said_of_a_person("Le dossier est lourd.", "dossier")


@pytest.mark.slow
def test_a_person_s_gap_offers_no_word_said_of_a_person() -> None:
    folder = Path(__file__).parent / "data" / "review_9"
    article = load_article(folder / "proces-marchand-sommeil.txt")
    (facts,) = extract_many([article])
    items = generate_document(article, facts, seed=0, content_dir=folder)["items"]
    banks = [i["bank"] for i in items if "prévenu" in i.get("bank", [])]
    assert not [b for b in banks if "voyou" in b], banks
