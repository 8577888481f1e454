"""The faults of the fifteenth blind review (tests/generate/data/review_15, eight articles
typed in the ways real texts are: straight quotes, typographic non-breaking spaces, em-dash
dialogue, numbers in words, capitals and abbreviations, bullet lists and headings, parentheses
and acronyms, a wire dispatch), each rebuilt on sentences like the article's and checked as the
learner would see it.

The verdicts are in tests/generate/data/review_15/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import meaning_in

pytestmark = pytest.mark.slow


# --- glossary senses --------------------------------------------------------------------------


SENSES = [
    pytest.param(
        "Le réchauffement a changé le métier. Le glacier a perdu plusieurs mètres d'épaisseur "
        "en dix ans.",
        "réchauffement",
        "climat",
        id="rechauffement-of-the-climate",
    ),
    pytest.param(
        "Le Dr Jean DUPONT a fait savoir par son avocate qu'il reprendrait ses consultations "
        "« dès que son poignet le permettra ».",
        "consultation",
        "médecin",
        id="consultation-of-a-doctor",
    ),
    pytest.param(
        "Les syndicats pourraient déposer un préavis pour la période du 18 décembre au 3 "
        "janvier, la plus chargée de l'année.",
        "préavis",
        "grève",
        id="preavis-of-a-strike",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """refuge: the climate's "réchauffement" was first "une amélioration des relations";
    médecin: a doctor's "consultations" were asking people's opinion; SNCF: a strike "préavis"
    was the notice before leaving a job."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


@pytest.mark.parametrize(
    ("sentence", "term", "meant"),
    [
        pytest.param(
            "Le réchauffement des relations entre les deux pays se confirme après la visite du "
            "président.",
            "réchauffement",
            "relations",
            id="rechauffement-of-relations",
        ),
        pytest.param(
            "Le gouvernement a lancé une consultation publique sur le projet de réforme.",
            "consultation",
            "avis",
            id="consultation-of-the-public",
        ),
        pytest.param(
            "La salariée a donné sa démission et doit effectuer un préavis de deux mois.",
            "préavis",
            "contrat",
            id="preavis-before-leaving",
        ),
    ],
)
def test_the_usual_sense_stays_where_it_is_meant(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """The senses added for review 15 leave the older ones where the sentence means them."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition
