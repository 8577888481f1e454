"""The lessons of interviews laid out « Question ? – answer » in one paragraph (term_corpus).
Before: the FDSEA president's lesson asked whether he said his answer « à la télévision » (not
given, when he said it to the paper that signs « Propos recueillis par »), the labour court
lesson matched three of the judge's answers with « un salarié » named in the questions, and
the vaccine lesson's model summary read « Sophie Marchal-Duret investigatrice principale pour
la France, fait le point. ». Real articles, real model."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import lesson_of

CORPUS = Path(__file__).parents[1] / "extract" / "data" / "term_corpus"
PAC = CORPUS / "batch_k" / "pac-2028-entretien-president-fdsea-marne.txt"
VACCINE = CORPUS / "batch_k" / "essai-vaccin-arnm-melanome-entretien.txt"
LABOUR_COURT = CORPUS / "batch_m" / "entretien-presidente-conseil-prudhommes-delais.txt"

pytestmark = pytest.mark.slow


def _texts(item: dict[str, object]) -> str:
    return " ".join(str(item.get(k, "")) for k in ("statement", "answer", "model_answer", "pairs"))


@pytest.mark.parametrize("article", [PAC, VACCINE], ids=lambda p: p.stem)
def test_an_interview_s_answers_were_not_said_on_air(tmp_path: Path, article: Path) -> None:
    lesson = lesson_of(tmp_path, article)
    on_air = [t for i in lesson["items"] if "a dit à la " in (t := _texts(i))]
    assert on_air == []


def test_no_answer_goes_to_someone_the_question_names(tmp_path: Path) -> None:
    lesson = lesson_of(tmp_path, LABOUR_COURT)
    assert "Un salarié" not in str(lesson["items"])


def test_the_summary_keeps_the_verb_after_the_description(tmp_path: Path) -> None:
    lesson = lesson_of(tmp_path, VACCINE)
    summaries = [str(i["model_answer"]) for i in lesson["items"] if i["id"] == "resume-article"]
    assert "pour la France, fait" not in " ".join(summaries)


GRENOBLE = CORPUS / "batch_m" / "grenoble-encadrement-loyers-entretien-adjointe.txt"
REPLIES = ("« Parce qu", "« De vérifier", "« De tenir", "« Elles pourraient", "« Non, ", "« Oui, ")


@pytest.mark.parametrize("article", [PAC, GRENOBLE], ids=lambda p: p.stem)
def test_no_quotation_opens_on_the_reply_to_its_question(tmp_path: Path, article: Path) -> None:
    """« Benoît Lallement dit : « Parce qu'elle met fin à la PAC … » », « Qui a dit : « De
    vérifier le loyer … » », « Relisez ces mots : « Elles pourraient l'être. … » »: an answer's
    first words reply to a question the item does not show; its next sentence reads alone."""
    lesson = lesson_of(tmp_path, article)
    shown = [
        str(i.get(k))
        for i in lesson["items"]
        for k in ("statement", "prompt")
        if i["type"] in ("true_false", "choice", "open")
    ]
    assert [s for s in shown if any(r in s for r in REPLIES)] == []
