"""What an open answer with too few keywords is told is missing: not every keyword when a few of
them will do, and not a keyword the learner wrote (said the other way round). Found by the
session-22 learner-feedback audit on lessons of term_corpus and speaker_articles_3."""

from __future__ import annotations

from tutor.model import Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, grade

GHANA = OpenQuestion(
    id="resume-article",
    skill=Skill.COMPREHENSION,
    prompt="De quoi parle cet article ? Répondez en deux ou trois phrases.",
    evidence="Le Ghana Cocoa Board (Cocobod) a relevé lundi le prix garanti aux planteurs de "
    "cacao à 65 000 cedis la tonne pour la campagne 2026-2027.",
    points=2.0,
    keywords=(
        Keyword("Kwabena Asante", accept=("Asante",)),
        Keyword("Kofi Boateng", accept=("Boateng",)),
        Keyword("campagne", accept=("campagnes",)),
        Keyword("cacao", accept=("cacaos",)),
        Keyword("garanti"),
    ),
    min_keywords=2,
    model_answer="Le prix garanti du cacao relevé de 12 % pour la nouvelle campagne.",
)

LE_GALL = OpenQuestion(
    id="avis-franck-le-gall",
    skill=Skill.COMPREHENSION,
    prompt="Relisez ces mots de Franck Le Gall : « Je leur ai demandé si elles voulaient "
    "vraiment … ». Que veulent-ils dire ? Expliquez avec vos mots.",
    evidence="« Je leur ai demandé si elles voulaient vraiment partir en vacances dès dimanche. »",
    points=2.0,
    keywords=(Keyword("demandé"), Keyword("vacances")),
    min_keywords=2,
    model_answer="Franck Le Gall leur a demandé si elles voulaient vraiment partir en vacances "
    "dès dimanche.",
)


def test_no_keyword_of_five_when_two_will_do_asks_for_two() -> None:
    """Was « Il manque les mots importants : Kwabena Asante, Kofi Boateng, campagne, cacao,
    garanti. »: the learner read that all five were needed."""
    verdict = grade(GHANA, "Le Ghana paie mieux ses planteurs pour lutter contre la fraude.")
    assert verdict.outcome is Outcome.INCORRECT
    assert "Il manque les mots importants" not in verdict.explanation
    assert "au moins 2" in verdict.explanation
    assert "Kwabena Asante" in verdict.explanation and "garanti" in verdict.explanation


def test_a_keyword_said_the_other_way_is_not_said_to_be_missing() -> None:
    """Was « Il manque les mots importants : demandé, vacances. Attention au sens : pour
    demandé, vacances, votre réponse dit le contraire du texte. »: both words are in it."""
    verdict = grade(LE_GALL, "Il ne leur a pas demandé si elles voulaient partir en vacances.")
    assert verdict.outcome is Outcome.INCORRECT
    assert "Il manque" not in verdict.explanation
    assert "contraire" in verdict.explanation


def test_a_keyword_really_missing_is_still_said_missing() -> None:
    verdict = grade(LE_GALL, "Il voulait dire que leur saison pouvait finir.")
    assert verdict.explanation.startswith("Il manque les mots importants")
