"""What a learner found wrong in the open questions and the vocabulary feedback of a real lesson
(PSA article): a "Que dit X ?" whose keywords came from one of X's two quotations, a model
summary that began with the title's rubric, and "le mot" said of a three-word expression."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.facts import ArticleFacts
from tutor.generate import generate_document
from tutor.model import Article

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def psa() -> tuple[Article, ArticleFacts, dict[str, Any]]:
    article = load_article(CONTENT / "psa-suppressions-emplois.txt")
    facts = extract_facts(article)
    return article, facts, generate_document(article, facts, seed=0)


def _open(lesson: dict[str, Any], prefix: str) -> dict[str, Any]:
    return next(i for i in lesson["items"] if i["type"] == "open" and i["id"].startswith(prefix))


def _lesson(name: str) -> tuple[Article, ArticleFacts, dict[str, Any]]:
    article = load_article(CONTENT / name)
    facts = extract_facts(article)
    return article, facts, generate_document(article, facts, seed=0)


def test_a_speaker_of_several_quotations_is_asked_about_one_of_them() -> None:
    _, facts, lesson = _lesson("le-pen-petite-bourgeoise.txt")
    le_pen = [q for q in facts.quotes if q.speaker == "Jean-Marie Le Pen"]
    assert len(le_pen) >= 2, "the article quotes him more than once"
    item = _open(lesson, "avis")
    assert item["prompt"].startswith("Relisez ces mots de Jean-Marie Le Pen : « ")
    assert item["prompt"].endswith("Que veulent-ils dire ? Expliquez avec vos mots.")
    # the opening shown is the quotation the keywords come from, and the example answer
    # tells it in reported speech (session 22: never the quotation itself)
    shown = item["prompt"].split("«")[1].split("…")[0].strip()
    assert shown in item["evidence"]
    assert "«" not in item["model_answer"]
    found = [k for k in item["keywords"] if k["word"].lower() in item["model_answer"].lower()]
    assert len(found) >= item["min_keywords"]


def test_words_that_cannot_be_reported_are_not_asked(psa) -> None:
    """PSA's chairman says « nous avons une sécurité financière importante, … » for the group:
    "nous" cannot be told for sure in reported speech, and the example answer was the
    quotation itself ("Selon Philippe Varin, « nous avons … »"). No other words of the
    article can be reported either: no "Que dit" question."""
    _, _, lesson = psa
    assert not [i for i in lesson["items"] if i["id"].startswith("avis")]


def test_a_speaker_quoted_once_is_asked_what_they_say() -> None:
    _, facts, lesson = _lesson("acta-parlement-europeen.txt")
    item = _open(lesson, "avis")
    speaker = item["prompt"].removeprefix("Que dit ").split(" ?")[0]
    quotes = [q for q in facts.quotes if q.speaker.lower() == speaker.lower()]
    assert len(quotes) == 1, (speaker, quotes)
    assert item["prompt"].endswith("? Expliquez avec vos mots.")
    assert "«" not in item["model_answer"]


def test_the_model_summary_does_not_start_with_the_rubric(psa) -> None:
    article, _, lesson = psa
    assert article.title.startswith("France : ")
    item = _open(lesson, "resume")
    assert item["model_answer"].startswith("PSA va supprimer 8 000 emplois.")


def test_an_expression_is_not_called_a_word(psa) -> None:
    _, _, lesson = psa
    feedback = [i["feedback"] for i in lesson["items"] if i["type"] == "cloze"]
    answers = [(f, f.split("«")[1].split("»")[0].strip()) for f in feedback]
    several = [f for f, answer in answers if " " in answer]  # "chute des ventes"
    assert several and all(f.startswith("L'expression du texte est") for f in several)
    assert all(f.startswith("Le mot du texte est") for f, answer in answers if " " not in answer)


def test_a_linking_word_is_never_a_keyword_of_an_open_answer() -> None:
    """ "Que dit l'April ?" asked for "vote, rejet, citoyens, ainsi": "ainsi" is in the
    glossary (to explain it) but says nothing of what the April said."""
    from tutor.glossary_files import load_glossary

    glossary = load_glossary(CONTENT)
    article = load_article(CONTENT / "acta-parlement-europeen.txt")
    lesson = generate_document(article, extract_facts(article), seed=0)
    item = _open(lesson, "avis")
    words = [k["word"] if isinstance(k, dict) else k for k in item["keywords"]]
    assert len(words) >= 2, words
    for word in words:
        entry = glossary.get(word)
        assert entry is None or entry.pos not in ("ADV", "ADP", "SCONJ", "CCONJ"), word
    assert "ainsi" not in item["feedback"]


def test_a_rubric_whose_keyword_the_title_says_again_is_dropped_from_the_model_summary() -> None:
    """ "Union européenne : ACTA rejeté par le Parlement européen" kept its rubric as the model
    summary, because "européenne" is not spelled so in "le Parlement européen"."""
    article = load_article(CONTENT / "acta-parlement-europeen.txt")
    lesson = generate_document(article, extract_facts(article), seed=0)
    item = _open(lesson, "resume")
    assert not item["model_answer"].startswith("Union européenne :"), item["model_answer"]
    assert item["model_answer"].startswith("ACTA est rejeté par le Parlement européen")
