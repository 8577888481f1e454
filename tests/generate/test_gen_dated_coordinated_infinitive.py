"""A date in the second of two coordinated infinitives dates that one. The drink-driving trial
of term_corpus batch_ac (session 21 audit) has "Le prévenu a expliqué avoir besoin de son
véhicule pour travailler et être suivi depuis novembre en addictologie": the lesson asked "À
partir de quand le prévenu a-t-il expliqué avoir besoin de son véhicule ?", answer "depuis
novembre". He has been in care since November; when he needed his van, or said so, the article
does not tell. The question either asks about the verb the date is in or is not asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import dated_context

from tutor.generate.dated import dated_sentences
from tutor.generate.events import event_of

pytestmark = pytest.mark.slow

CARE = (
    "Le prévenu a expliqué avoir besoin de son véhicule pour travailler et être suivi depuis "
    "novembre en addictologie à l'hôpital de Saint-Omer.",
    "depuis novembre",
    "2024-11",
)
SHOP = (
    "La gérante a décidé de fermer la boutique du centre et de vendre le stock en ligne dès "
    "le mois de mai.",
    "le mois de mai",
    "2025-05",
)
PLAIN = (
    "Le prévenu est suivi depuis novembre en addictologie à l'hôpital de Saint-Omer.",
    "depuis novembre",
    "2024-11",
)


@pytest.mark.parametrize(
    ("fact", "verb"),
    [pytest.param(CARE, "suivi", id="etre-suivi"), pytest.param(SHOP, "vendre", id="vendre")],
)
def test_the_question_asks_about_the_verb_the_date_is_in(
    tmp_path: Path, fact: tuple[str, str, str], verb: str
) -> None:
    ctx = dated_context(tmp_path, (fact, PLAIN))
    dated = next(d for d in dated_sentences(ctx) if d.sentence == fact[0])
    question = event_of(ctx, dated).question
    assert question is None or verb in question, question


def test_a_date_in_the_only_verb_is_still_asked(tmp_path: Path) -> None:
    ctx = dated_context(tmp_path, (CARE, PLAIN))
    dated = next(d for d in dated_sentences(ctx) if d.sentence == PLAIN[0])
    question = event_of(ctx, dated).question
    assert question is not None and "suivi" in question, question
