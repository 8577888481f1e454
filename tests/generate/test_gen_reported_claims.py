"""Of words in several sentences, "Que dit X ?" reports the first claim, where it stands alone:
82 of 108 model answers kept the quotation whole, most of them for a second sentence
('Selon Karim Benali, « J'ai tenu grâce à mes clients fidèles. Maintenant, j'espère … »').
Invented sentences, the real spaCy model; and the lessons where it was seen."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tutor import nlp
from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.reported_answers import first_claim, reported_answer

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"


def _claim(words: str) -> str | None:
    return first_claim(nlp.analyse(words, nlp.load()))


@pytest.mark.parametrize(
    ("words", "claim"),
    [
        (
            "J'ai tenu grâce à mes clients fidèles. Maintenant, j'espère que le tram va ramener "
            "du monde.",
            "J'ai tenu grâce à mes clients fidèles.",
        ),
        # a question or a short sentence first: the next plain statement
        (
            "Pourquoi fermer maintenant ? La commune va s'endetter pour vingt ans.",
            "La commune va s'endetter pour vingt ans.",
        ),
        ("Il faut partir. Le bateau coule très vite.", "Le bateau coule très vite."),
    ],
)
def test_the_first_claim_of_several_sentences(words: str, claim: str) -> None:
    assert _claim(words) == claim


@pytest.mark.parametrize(
    "words",
    [
        # one sentence: reported whole or not at all, elsewhere
        "La commune va s'endetter pour vingt ans.",
        # who are "ils", "lui", "on" once the words are no longer the speaker's?
        "Ils criaient, ils frappaient les vitrines partout. J'ai cru qu'ils allaient tuer ma "
        "vendeuse.",
        "On lui avait demandé de rester au chaud. Il a attaqué trop tôt.",
        "On s'est serrés l'un contre l'autre dans une niche. La nuit a été longue.",
        # the claim after a question leans on it
        "Qui paiera le chauffage ? Ce sera encore les habitants, comme toujours.",
    ],
)
def test_no_claim_that_does_not_stand_alone(words: str) -> None:
    assert _claim(words) is None


def test_a_first_person_verb_of_aitre_keeps_its_circumflex() -> None:
    words = "Je connais presque tous mes clients."
    doc = nlp.analyse(words, nlp.load())
    assert (
        reported_answer(words, doc, "Patrick Lemoine", False, frozenset())
        == "Patrick Lemoine connaît presque tous ses clients."
    )


@cache
def _avis(path: str) -> str:
    article = load_article(DATA / f"{path}.txt")
    (facts,) = extract_many([article])
    items = generate_document(article, facts, seed=0, content_dir=(DATA / path).parent)["items"]
    return next(str(i["model_answer"]) for i in items if i["id"].startswith("avis"))


@pytest.mark.parametrize(
    ("path", "answer"),
    [
        (
            "review_11/tramway-perpignan-ouverture",
            "Karim Benali a tenu grâce à ses clients fidèles.",
        ),
        (
            "review_5/conseil-municipal-piscine",
            "Selon Laurent Mazet, la commune va s'endetter pour vingt ans.",
        ),
    ],
)
def test_a_lesson_s_said_answer_reports_the_first_claim(path: str, answer: str) -> None:
    assert _avis(path) == answer
