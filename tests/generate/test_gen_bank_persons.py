"""A word bank whose gap names a person offers no other person: "qui tentait d'interrompre la
___" takes "ministre" as well as "rapporteure"."""

from __future__ import annotations

import pytest

from tutor.generate.bank_words import is_person
from tutor.glossary_files import shipped_glossary


@pytest.mark.parametrize(
    "noun", ["rapporteure", "professeure", "procureure", "auteure", "autrice", "ministre"]
)
def test_feminine_agent_nouns_in_eure_name_persons(noun: str) -> None:
    assert is_person(shipped_glossary(), noun, noun)


@pytest.mark.parametrize("noun", ["heure", "demi-heure", "séance", "rentrée", "équipement"])
def test_things_are_not_persons(noun: str) -> None:
    assert not is_person(shipped_glossary(), noun, noun)
