"""The model summary adds the lead to a title that says too little, shortened as a learner would
write it: the Greek lesson's example answer to « De quoi parle cet article ? Répondez en deux ou
trois phrases. » was a 74-word copy of its title and lead, bracketed list of ministers and
trailing clauses included."""

from __future__ import annotations

from pathlib import Path

from gold_facts import invented_article

from tutor.extract import extract_facts
from tutor.generate import generate_document
from tutor.generate.open_questions import shortened_lead

LEAD = (
    "À la suite des élections législatives du mercredi 22 novembre, le nouveau premier ministre "
    "libéral Dirk Verhoeven a présenté la composition du nouveau gouvernement de coalition de 29 "
    "membres (15 ministres, 14 secrétaires d'État), principalement composé des élus du parti "
    "libéral VVD, qui obtient 8 des 15 ministères, et soutenu par les chrétiens-démocrates et "
    "les centristes."
)
BODY = (
    f"La Haye, 4 décembre 2023. – {LEAD} Le nouveau gouvernement prêtera serment vendredi devant "
    "le roi. « Nous allons d'abord nous occuper du logement et de l'énergie », a déclaré Dirk "
    "Verhoeven lors d'une conférence de presse. L'opposition de gauche a dénoncé un accord "
    "« sans ambition » pour le climat."
)


def test_the_lead_is_shortened() -> None:
    assert shortened_lead(LEAD) == (
        "Le nouveau premier ministre libéral Dirk Verhoeven a présenté la composition du "
        "nouveau gouvernement de coalition de 29 membres."
    )


def test_a_lead_with_nothing_to_leave_out_stays() -> None:
    lead = "Le Parlement a adopté mardi la loi sur la transparence de la vie publique."
    assert shortened_lead(lead) == lead


def test_the_model_summary_is_short(tmp_path: Path) -> None:
    article, _ = invented_article(tmp_path, BODY, title="Pays-Bas : le nouveau cabinet formé")
    lesson = generate_document(article, extract_facts(article), seed=0)
    summary = next(i for i in lesson["items"] if str(i["id"]).startswith("resume"))
    model = str(summary["model_answer"])
    assert "(" not in model and "qui obtient" not in model, model
    assert len(model.split()) <= 35, model
    assert "Dirk Verhoeven" in model, model
