"""The faults of the fourteenth blind review (tests/generate/data/review_14, eight articles of
kinds no earlier review had: a film review, a signed op-ed, a poll, a service piece, a works
notice, an anniversary, a missing-person appeal, a press review), each rebuilt on sentences
like the article's and checked as the learner would see it.

The verdicts are in tests/generate/data/review_14/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import invented_article, meaning_in

from tutor.extract import extract_many
from tutor.facts import ArticleFacts

pytestmark = pytest.mark.slow


# --- glossary senses --------------------------------------------------------------------------


SENSES = [
    pytest.param(
        "On peut regretter une dernière demi-heure un peu plus convenue, où l'émotion arrive "
        "avec moins de grâce.",
        "convenir",
        "sans surprise",
        id="convenue-of-a-film",
    ),
    pytest.param(
        "L'adhésion varie fortement selon l'âge.",
        "adhésion",
        "d'accord",
        id="adhesion-in-a-poll",
    ),
    pytest.param(
        "Sans ces travaux, nous aurions chaque hiver davantage de pannes et de ralentissements, "
        "justifie le directeur de la ligne B.",
        "ralentissement",
        "trains",
        id="ralentissement-of-trains",
    ),
    pytest.param(
        "Cinquante ans après la catastrophe du puits Sainte-Barbe, la ville a rendu hommage aux "
        "mineurs morts le 14 mars 1976.",
        "puits",
        "mine",
        id="puits-of-a-mine",
    ),
    pytest.param(
        "Cinquante ans après la catastrophe du puits Sainte-Barbe, la ville a rendu hommage aux "
        "mineurs morts le 14 mars 1976.",
        "mineur",
        "mine",
        id="mineur-of-a-mine",
    ),
    pytest.param(
        "Une explosion de grisou avait ravagé une galerie située à 640 mètres de profondeur.",
        "galerie",
        "sous la terre",
        id="galerie-of-a-mine",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """critique: "une dernière demi-heure un peu plus convenue" was "reconnaître qu'une chose est
    vraie"; sondage: "L'adhésion varie … selon l'âge" was entering an organisation; info-trafic:
    a line's "ralentissements" were the economy's; commemoration: the "puits" drew water, oil or
    gas, the "mineurs" were under eighteen and the "galerie" sold works of art."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


@pytest.mark.parametrize(
    ("sentence", "term", "meant"),
    [
        pytest.param(
            "Le tribunal pour enfants a jugé deux mineurs de 15 ans.",
            "mineur",
            "dix-huit ans",
            id="mineur-under-eighteen",
        ),
        pytest.param(
            "La galerie expose les toiles du peintre jusqu'en mai.",
            "galerie",
            "œuvres d'art",
            id="galerie-of-art",
        ),
        pytest.param(
            "Les négociations d'adhésion de l'Ukraine à l'Union européenne ont commencé.",
            "adhésion",
            "organisation",
            id="adhesion-to-the-union",
        ),
        pytest.param(
            "Le ralentissement de la croissance chinoise pèse sur les exportations.",
            "ralentissement",
            "croissance",
            id="ralentissement-of-the-economy",
        ),
    ],
)
def test_the_usual_sense_stays_where_it_is_meant(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """The senses added for review 14 leave the older ones where the sentence means them."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


# --- extraction: who speaks -------------------------------------------------------------------


def _facts(folder: Path, body: str) -> ArticleFacts:
    article, _ = invented_article(folder, body)
    (facts,) = extract_many([article])
    return facts


def test_a_share_of_those_polled_is_no_speaker(tmp_path: Path) -> None:
    """sondage: "et 41 % pensent qu'elle augmenterait le stress" made "41 %" a speaker, a pair
    of the match ("selon 41 %, elle augmenterait le stress")."""
    facts = _facts(
        tmp_path,
        "Paris, 10 septembre 2026 (AFP) – Le sondage montre aussi une inquiétude. Pour 58 % "
        "des salariés, la semaine de quatre jours « compliquerait le travail en équipe », et "
        "41 % pensent qu'elle augmenterait le stress.",
    )
    assert not [q.speaker for q in facts.quotes if "%" in q.speaker]


def test_one_of_a_kind_a_sum_is_for_is_no_source(tmp_path: Path) -> None:
    """ce-qui-change: "Pour un salarié à temps plein, cela représente 1 861 euros brut par mois"
    made "Un salarié à temps plein" a source, offered in a match and a "Qui a employé ces
    mots"."""
    facts = _facts(
        tmp_path,
        "Paris, le 29 juin 2026. – Le Smic horaire brut passe de 12,02 euros à 12,27 euros. "
        "Pour un salarié à temps plein, cela représente 1 861 euros brut par mois, contre 1 823 "
        "euros auparavant.",
    )
    assert not [q.speaker for q in facts.quotes if "salarié" in q.speaker]


def test_a_connective_after_the_source_is_not_its_name(tmp_path: Path) -> None:
    """revue: "Pour La Voix du Nord, enfin, « … »" gave the speaker "La Voix du Nord, enfin"."""
    facts = _facts(
        tmp_path,
        "Paris, le 7 novembre 2026. – Le ministre a démissionné. Pour La Voix du Nord, enfin, "
        "« la vraie question n'est pas qui remplacera François Delorme, mais qui voudra encore "
        "du poste ».",
    )
    assert [q.speaker for q in facts.quotes] == ["La Voix du Nord"]


def test_the_name_set_beside_a_source_is_not_its_statement(tmp_path: Path) -> None:
    """critique: "Selon le distributeur, Haut et Loin, le film a déjà été vendu …" reported "que
    Haut et Loin, le film a déjà été vendu …" in the match."""
    facts = _facts(
        tmp_path,
        "Paris, le 20 mai 2026. – Le film sort mercredi. Selon le distributeur, Haut et Loin, "
        "le film a déjà été vendu dans quatorze pays, dont le Japon et le Brésil.",
    )
    texts = [q.text for q in facts.quotes if q.speaker == "le distributeur"]
    assert texts and texts[0].startswith("le film a déjà été vendu"), texts
