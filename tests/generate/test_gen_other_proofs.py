"""Vrai / faux items list the article's other sentences that prove their answer (a fact told in
the lead and again in the body), and no sentence that only shares a name or a few words."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from gold_facts import invented_context

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.facts import Person
from tutor.generate import generate_document
from tutor.generate.context import Context
from tutor.generate.other_proofs import other_proofs
from tutor.glossary_files import shipped_glossary

REPO = Path(__file__).resolve().parents[2]
ACTA = REPO / "content" / "acta-parlement-europeen.txt"
JULY = REPO / "tests" / "generate" / "data" / "review_14" / "ce-qui-change-1er-juillet.txt"


@cache
def _true_false(path: Path) -> tuple[dict[str, Any], ...]:
    article = load_article(path)
    (facts,) = extract_many([article])
    items = generate_document(article, facts, seed=0, content_dir=path.parent)["items"]
    return tuple(i for i in items if i["type"] == "true_false")


@pytest.mark.slow
def test_the_acta_figure_item_lists_the_lead_that_gives_the_same_figure() -> None:
    """'… par 11 des 27 gouvernements' is false by the body's sentence and by the lead, which
    gives '22 des 27 gouvernements' too: a learner who picked the lead got half the points."""
    (item,) = [i for i in _true_false(ACTA) if "11 des 27" in i["statement"]]
    assert item["answer"] is False
    assert item["evidence"].startswith("Le traité avait été signé en janvier secrètement")
    assert item["other_evidence"] == [
        "Bien qu'ayant été signé secrètement en janvier 2012 par 22 des 27 gouvernements de "
        "l'Union européenne, l'ACTA a été rejeté par le Parlement européen"
    ]
    body = load_article(ACTA).body
    assert all(sentence in body for sentence in item["other_evidence"])


@pytest.mark.slow
def test_a_heading_and_the_paragraph_under_it_prove_the_same_true_statement() -> None:
    """Asked of the article itself, not of its lesson: which sentences a lesson makes
    statements on changes with the items made before them (review 14's fixes freed the
    heading "Le prix repère du gaz baisse de 3,2 %" for a statement, so the lesson no longer
    asks about the certificate)."""
    article = load_article(JULY)
    (facts,) = extract_many([article])
    ctx = Context(article, facts, shipped_glossary(), random.Random(0))
    heading = "Un certificat médical pour les conducteurs de 75 ans et plus"
    assert other_proofs(ctx, f"{heading}.", heading, "true", ["75 ans"]) == [
        "Les automobilistes de 75 ans et plus devront désormais présenter un certificat médical "
        "tous les cinq ans pour garder leur permis."
    ]


@pytest.mark.slow
def test_items_whose_fact_is_told_once_list_nothing() -> None:
    """Only items like those above gain other proofs in these lessons: ACTA's count, and a
    statement made of one of July's headings, which the paragraph under it proves again
    (which headings the seeded draw takes moves with the lesson's other items)."""
    listed = [i for p in (ACTA, JULY) for i in _true_false(p) if "other_evidence" in i]
    assert len([i for i in listed if "11 des 27" in i["statement"]]) == 1
    lines = [line.strip() for line in load_article(JULY).body.split("\n") if line.strip()]
    headings = {line for line in lines if not line.endswith(".")}
    for item in [i for i in listed if "11 des 27" not in i["statement"]]:
        assert item["evidence"] in headings, item["statement"]
        under = lines[lines.index(item["evidence"]) + 1]
        assert all(sentence in under for sentence in item["other_evidence"]), item["statement"]


BODY = (
    "La mairie a annoncé lundi que 42 arbres seront plantés le long du canal cet automne.\n"
    "Le maire, Paul Renaud, a présenté le projet aux habitants.\n"
    "Selon l'association, 42 arbres seraient plantés le long du canal cet automne.\n"
    "Contrairement à ce qui était prévu, 42 arbres ne seront pas plantés le long du canal.\n"
    "« 42 arbres seront plantés le long du canal cet automne », a promis Paul Renaud.\n"
    "Au total, 42 bancs seront installés le long du canal cet automne.\n"
    "Le canal sera aussi nettoyé cet automne, a précisé Paul Renaud.\n"
    "Dès cet automne, 42 arbres seront plantés le long du canal, a confirmé la mairie.\n"
)
EVIDENCE = "La mairie a annoncé lundi que 42 arbres seront plantés le long du canal cet automne."
SAME = "Dès cet automne, 42 arbres seront plantés le long du canal, a confirmé la mairie."


@pytest.mark.parametrize(
    ("statement", "answer"),
    [
        ("42 arbres seront plantés le long du canal cet automne.", "true"),
        ("17 arbres seront plantés le long du canal cet automne.", "false"),
    ],
)
def test_only_a_sentence_stating_the_same_fact_is_another_proof(
    tmp_path: Path, statement: str, answer: str
) -> None:
    """Not the hedged one ('seraient', 'selon'), the denied one ('ne seront pas'), someone's
    words between quotation marks, 42 of something else, nor one sharing the canal and the
    season: only the mairie's confirmation says the same."""
    ctx = invented_context(tmp_path, BODY, "2026-03-02")
    assert other_proofs(ctx, statement, EVIDENCE, answer, ["42 arbres"]) == [SAME]


def test_a_not_given_statement_has_no_other_proof(tmp_path: Path) -> None:
    ctx = invented_context(tmp_path, BODY, "2026-03-02")
    statement = "Plus de 500 arbres seront plantés le long du canal."
    assert other_proofs(ctx, statement, EVIDENCE, "not_given", ["42 arbres"]) == []


def test_someones_words_said_again_prove_them_only_with_the_speaker_named(tmp_path: Path) -> None:
    body = (
        "« Nous ne fermerons pas l'usine de Vierzon », a déclaré Claire Martin, la directrice.\n"
        "Les salariés attendaient une réponse depuis des semaines.\n"
        "Claire Martin l'a redit mardi : « Nous ne fermerons pas l'usine de Vierzon ».\n"
        "Un délégué syndical a répété : « Nous ne fermerons pas l'usine de Vierzon ».\n"
    )
    ctx = invented_context(
        tmp_path, body, "2026-03-02", people=(Person("Claire Martin", (), "directrice"),)
    )
    evidence = body.splitlines()[0]
    words = "Nous ne fermerons pas l'usine de Vierzon"
    false = "Un délégué syndical dit : « Nous ne fermerons pas l'usine de Vierzon »."
    found = other_proofs(ctx, false, evidence, "false", [words], speaker="Claire Martin")
    assert found == [body.splitlines()[2]]
