"""Words reported in an interviewer's question are not the answer that follows it. The
Grenoble rent interview (term_corpus batch_m): « Les représentants des propriétaires estiment
que l'encadrement fait fuir les investisseurs … Que leur répondez-vous ? – « C'est l'argument
qu'on entend partout, et je le prends au sérieux. … » » gave the vice-president's reply to the
landlords, and the lesson's « Qui a dit quoi ? » matched it with them. Real article, real
model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts

pytestmark = pytest.mark.slow

GRENOBLE = (
    Path(__file__).parent
    / "data"
    / "term_corpus"
    / "batch_m"
    / "grenoble-encadrement-loyers-entretien-adjointe.txt"
)


def test_the_answer_to_vous_is_the_interviewee_s(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = extract_facts(load_article(GRENOBLE), nlp)
    by_text = {q.text[:25]: q.speaker for q in facts.quotes}
    assert by_text["C'est l'argument qu'on en"] == "Hélène Vasseur"
    assert by_text["l'encadrement fait fuir l"] == "les représentants des propriétaires"
