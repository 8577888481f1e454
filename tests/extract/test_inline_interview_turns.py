"""An interview laid out with the question and its answer in one paragraph (« Que teste
exactement cet essai ? – Nous évaluons un traitement … ») gives its answers to the interviewee.
In term_corpus, the melanoma vaccine and FDSEA president interviews gave no quotation at all,
so their lessons asked nothing about the person interviewed; the labour court interview gave
three answers to « un salarié » named in the question before them; the first novel's interview
gave « Il m'apporte 5 000 euros » to the publisher quoted a paragraph above. Real articles,
real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parent / "data" / "term_corpus"


def _speakers(nlp, path: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    facts = extract_facts(load_article(path), nlp)
    return {q.text[:25]: q.speaker for q in facts.quotes}


@pytest.mark.parametrize(
    ("path", "opening", "interviewee"),
    [
        (
            "batch_k/essai-vaccin-arnm-melanome-entretien.txt",
            "Nous évaluons un traiteme",
            "Sophie Marchal-Duret",
        ),
        (
            "batch_k/pac-2028-entretien-president-fdsea-marne.txt",
            "De tenir bon. La France e",
            "Benoît Lallement",
        ),
        (
            "batch_m/entretien-presidente-conseil-prudhommes-delais.txt",
            "Chez nous, un peu plus de",
            "Martine Lescure",
        ),
        (
            "batch_m/entretien-presidente-conseil-prudhommes-delais.txt",
            "Il a réduit les marges d'",
            "Martine Lescure",
        ),
        (
            "batch_d/roman-claire-vasnier-prix-premier-roman.txt",
            "Il m'apporte 5 000 euros ",
            "Claire Vasnier",
        ),
    ],
)
def test_an_inline_answer_is_the_interviewee_s(nlp, path, opening, interviewee) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, CORPUS / path).get(opening) == interviewee


def test_the_narrative_between_answers_is_no_answer(nlp) -> None:  # type: ignore[no-untyped-def]
    """The novel's article goes on between two answers with its own words and the publisher's
    (« Le succès a surpris tout le monde … », raconte son directeur): no answer of hers."""
    speakers = _speakers(nlp, CORPUS / "batch_d/roman-claire-vasnier-prix-premier-roman.txt")
    assert "Le succès a surpris tout" not in speakers
    assert speakers["Nous avons reçu le manusc"] == "Pierre-Yves Rochas"
    assert speakers["C'est un livre qui parle "] == "Anne Couderc"
