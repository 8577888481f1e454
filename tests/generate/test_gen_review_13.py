"""The faults of the thirteenth blind review (tests/generate/data/review_13, eight articles of
the francophone press outside France, written for it and read item by item), each rebuilt on
sentences like the article's and checked as the learner would see it.

The verdicts are in tests/generate/data/review_13/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import meaning_in

pytestmark = pytest.mark.slow


# --- glossary senses --------------------------------------------------------------------------


SENSES = [
    pytest.param(
        "Seize cantons et demi ont dit non, a communiqué la Chancellerie fédérale peu après 17 "
        "heures.",
        "canton",
        "Suisse",
        id="cantons-of-switzerland",
    ),
    pytest.param(
        "Une séance de conciliation est prévue le mardi 7 avril au ministère du Travail.",
        "conciliation",
        "salariés",
        id="conciliation-in-a-strike",
    ),
    pytest.param(
        "« Ce serait irresponsable », a expliqué le ministre de l'Éducation, Augustin "
        "Jean-Baptiste, lors d'une intervention à la Radio Télévision Nationale d'Haïti.",
        "intervention",
        "parole",
        id="intervention-on-the-radio",
    ),
    pytest.param(
        "Le gouvernement fédéral a déposé mardi à la Chambre des communes un projet de loi qui "
        "prévoit 6 milliards de dollars, une somme que l'opposition juge très insuffisante.",
        "opposition",
        "partis",
        id="opposition-in-parliament",
    ),
    pytest.param(
        "Météo-France surveille déjà une nouvelle perturbation au nord-est de Madagascar, qui "
        "pourrait s'approcher de l'île en milieu de semaine prochaine.",
        "perturbation",
        "mauvais temps",
        id="perturbation-of-the-weather",
    ),
    pytest.param(
        "La rentrée a été repoussée, a annoncé le ministère de l'Éducation nationale et de la "
        "Formation professionnelle d'Haïti.",
        "éducation nationale",
        "d'un pays",
        id="education-nationale-not-only-in-france",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """suisse: "Seize cantons et demi" were divisions of a French département; quebec: a
    "séance de conciliation au ministère du Travail" came before a trial or a bankruptcy; haiti:
    an "intervention" on the radio sent an army, and "éducation nationale" ran schools "en
    France"; canada: "l'opposition juge … insuffisante" was the fact of being against; reunion:
    Météo-France's "perturbation" stopped a service."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition
