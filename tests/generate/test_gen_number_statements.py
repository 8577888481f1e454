"""Vrai / faux on the article's figures, when its dates and quotations leave too few.

Before, the ACTA and Rio-Paris lessons had a single vrai / faux item, and PSA's none false.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import ROOT, context_for, generated_lessons

from tutor.content import load_article
from tutor.facts import ArticleFacts
from tutor.generate.number_statements import number_statements

pytestmark = pytest.mark.slow

BODY = (
    "3 mars 2026. – Les pompiers du Var ont sauvé 120 personnes pendant les inondations "
    "de la nuit. "
    "Elle a reçu 45 appels à l'aide avant minuit. "
    "La préfecture a ouvert 12 des 30 gymnases de la ville aux sinistrés. "
    "« Nous avons vu 300 maisons sous l'eau », a déclaré le maire."
)


def _context(tmp_path: Path) -> object:
    path = tmp_path / "crue.txt"
    path.write_text(f"Crue dans le Var\n\n{BODY}\n\nSource : test.\n", encoding="utf-8")
    article = load_article(path)
    return context_for(article, ArticleFacts(path.name, article.title, "2026-03-03"))


def test_a_false_statement_changes_one_figure_and_says_which(tmp_path: Path) -> None:
    ctx = _context(tmp_path)
    (item,) = number_statements(ctx, ["false"])  # type: ignore[arg-type]
    assert item["answer"] is False and item.get("justify") is True
    statement = str(item["statement"])
    assert "pompiers du Var ont sauvé" in statement and "120" not in statement
    wrong = statement.split("sauvé ")[1].split(" ")[0]
    assert wrong.isdigit() and 24 <= int(wrong) <= 600
    assert item["feedback"] == f"Faux : l'article dit 120, pas {wrong}."
    assert "120" in ctx.shown[str(item["evidence"])]  # type: ignore[attr-defined]


def test_no_statement_on_a_pronoun_a_part_of_a_whole_or_someones_words(tmp_path: Path) -> None:
    ctx = _context(tmp_path)
    items = number_statements(ctx, ["false", "true"])  # type: ignore[arg-type]
    assert [i["answer"] for i in items] == [False, True]
    # not "Elle a reçu …" (who, out of its paragraph?), not the mayor's words (quotation items
    # ask about them); "12 des 30" is true as the article gives it
    assert items[1]["statement"] == (
        "La préfecture a ouvert 12 des 30 gymnases de la ville aux sinistrés."
    )


def test_a_bound_makes_no_false_statement(tmp_path: Path) -> None:
    path = tmp_path / "vote.txt"
    body = (
        "3 mars 2026. – Le prix a été attribué à l'issue d'un vote de plus de 2 000 auteurs. "
        "Le jury a lu entre 40 et 60 albums cette année."
    )
    path.write_text(f"Un prix\n\n{body}\n\nSource : test.\n", encoding="utf-8")
    article = load_article(path)
    ctx = context_for(article, ArticleFacts(path.name, article.title, "2026-03-03"))
    # "plus de 4 000 auteurs" would not be false, only not given; nor "entre 80 et 60"
    assert number_statements(ctx, ["false"]) == []  # type: ignore[arg-type]
    (true,) = number_statements(ctx, ["true"])  # type: ignore[arg-type]
    assert "plus de 2 000 auteurs" in str(true["statement"])


def test_a_part_of_a_whole_stays_below_the_whole(tmp_path: Path) -> None:
    ctx = _context(tmp_path)
    ctx.used_evidence.add(ctx.evidence(ctx.sentences[0]))  # type: ignore[attr-defined]
    (item,) = number_statements(ctx, ["false"])  # type: ignore[arg-type]
    statement = str(item["statement"])
    assert statement.startswith("La préfecture a ouvert ") and statement.endswith(
        " des 30 gymnases de la ville aux sinistrés."
    ), statement
    part = int(statement.split("ouvert ")[1].split(" ")[0])
    assert part != 12 and part < 30


def test_the_acta_lesson_gets_more_than_one_vrai_faux_and_psa_a_false_one() -> None:
    lessons = {Path(a.path).stem: doc for a, _, doc in generated_lessons(ROOT / "content", seed=0)}
    acta = [i for i in lessons["acta-parlement-europeen"]["items"] if i["type"] == "true_false"]
    assert len(acta) >= 2
    psa = lessons["psa-suppressions-emplois"]["items"]
    false = [i for i in psa if i["type"] == "true_false" and i["answer"] is False]
    assert false, "PSA's lesson has a false statement"
    # the figure a statement gives away is not asked again as "Quel nombre manque ?"
    told = {str(i["evidence"]) for i in false}
    asked = [i for i in psa if str(i["id"]).startswith("nombre") and i["evidence"] in told]
    for item in asked:
        assert str(item["answer"]) not in " ".join(str(f["feedback"]) for f in false)


def test_a_sentence_opening_on_parmi_eux_makes_no_statement(tmp_path: Path) -> None:
    """ "Parmi eux, Jacques Arnaud, 60 ans, ancien patron du chalutier Saint-Clair." (false):
    among whom? Out of its paragraph the statement says nothing the learner can place."""
    path = tmp_path / "tournage.txt"
    body = (
        "Une vingtaine d'habitants du port ont été recrutés comme figurants pour le film. "
        "Parmi eux, Jacques Arnaud, 67 ans, ancien patron du chalutier Saint-Clair."
    )
    path.write_text(f"Tournage à Sète\n\n{body}\n\nSource : test.\n", encoding="utf-8")
    article = load_article(path)
    ctx = context_for(article, ArticleFacts(path.name, article.title, "2026-03-03"))
    assert number_statements(ctx, ["false", "true"]) == []  # type: ignore[arg-type]


def test_a_sentence_opening_on_a_demonstrative_for_a_person_makes_no_statement(
    tmp_path: Path,
) -> None:
    """ "Cette ingénieure de 45 ans travaille sur le projet depuis 2014." (false, review_7's
    Thalassa lesson): which engineer, out of her paragraph? The article names three people."""
    path = tmp_path / "sonde.txt"
    body = (
        "La directrice de la mission, Hélène Dufour-Lambert, a salué le lancement de la sonde. "
        "Cette ingénieure de 52 ans travaille sur le projet depuis 2014."
    )
    path.write_text(f"Une sonde vers Jupiter\n\n{body}\n\nSource : test.\n", encoding="utf-8")
    article = load_article(path)
    ctx = context_for(article, ArticleFacts(path.name, article.title, "2026-03-03"))
    assert number_statements(ctx, ["false", "true"]) == []  # type: ignore[arg-type]
