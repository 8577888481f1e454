"""An explainer's title asks what its article answers (« Chèque énergie : pourquoi des
centaines de milliers de ménages ne l'ont pas reçu ») or quotes the message it explains
(« "Le nom du bénéficiaire ne correspond pas à l'IBAN saisi." »): neither is an example of
what a learner should write to « De quoi parle cet article ? », which the lessons offered."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import lesson_of

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.generate import generate_document
from tutor.generate.summary_sentence import headline_sentence, stated_headline

EXPLAINERS = Path(__file__).parents[1] / "extract" / "data" / "term_corpus" / "batch_ad"


@pytest.mark.parametrize(
    "title",
    [
        "Chèque énergie : pourquoi des centaines de milliers de ménages ne l'ont pas reçu",
        "MaPrimeRénov' : ce qui change pour les travaux de rénovation en 2027",
        "Euro numérique : pourquoi le projet de la BCE avance, et ce qu'il changera",
        "Impôt : comment moduler son taux de prélèvement à la source",
        "« Le nom du bénéficiaire ne correspond pas à l'IBAN saisi »",
    ],
)
def test_a_title_that_asks_or_quotes_is_no_model_sentence(title: str) -> None:
    assert headline_sentence(title) is None
    assert stated_headline(title) is None


def test_a_title_that_says_what_happened_stays_one() -> None:
    title = "Grève : les contrôleurs aériens ont paralysé les aéroports"
    assert headline_sentence(title) == title + "."


def _model_answer(name: str) -> str | None:
    article = load_article(EXPLAINERS / f"{name}.txt")
    lesson = generate_document(article, extract_facts(article), seed=0)
    summary = next((i for i in lesson["items"] if str(i["id"]).startswith("resume")), None)
    return None if summary is None else str(summary["model_answer"])


@pytest.mark.slow
def test_an_explainer_model_summary_says_what_the_article_reports() -> None:
    model = _model_answer("cheque-energie-envoi-menages-oublies")
    assert model is not None and "pourquoi" not in model.lower(), model
    assert "chèque énergie" in model, model


@pytest.mark.slow
def test_a_lead_that_quotes_the_message_is_no_model_summary() -> None:
    # the title asks (« … a-t-elle fait reculer la fraude ? »), the lead opens on the message
    # the banks show; no sentence after it that reads alone holds the title's words
    model = _model_answer("virement-verification-beneficiaire-banques")
    assert model is None or "«" not in model, model


@pytest.mark.slow
def test_a_question_title_keeps_its_summary_when_only_the_lead_as_written_has_keywords(
    tmp_path: Path,
) -> None:
    """The lead's sentences that read alone held no keyword, and the summary was lost: «
    … poursuivi pour « homicide involontaire », mais pour « homicide routier » » holds two, in
    quotation marks that are terms, not anyone's words."""
    article = EXPLAINERS.parent / "batch_l/homicide-routier-questions-reponses.txt"
    (summary,) = [i for i in lesson_of(tmp_path, article)["items"] if i["id"].startswith("resume")]
    assert summary["model_answer"].startswith("Depuis l'été 2025"), summary["model_answer"]
    assert summary["min_keywords"] == 2
