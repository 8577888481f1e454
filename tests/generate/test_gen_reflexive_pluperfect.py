"""A reflexive verb in the pluperfect is one verb: the question never adds an auxiliary to it.
The Charles Taylor verdict of term_corpus batch_y (session 21 audit), « Le procès s'était ouvert
en juin 2007 et avait entendu 115 témoins », was asked « Quand le procès s'était a-t-il été
ouvert ? », two auxiliaries and no French."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gold_facts import dated_context

from tutor.generate.dated import dated_sentences
from tutor.generate.events import event_of

pytestmark = pytest.mark.slow

FACTS = [
    (
        "Le procès s'était ouvert en juin 2007 et avait entendu 115 témoins.",
        "juin 2007",
        "2007-06",
    ),
    (
        "La séance s'était terminée vers minuit après un long débat sur le budget.",
        "vers minuit",
        "T00:00",
    ),
]

_TWO_AUXILIARIES = re.compile(r"s['’]étai(?:en)?t\s+(?:a|ont|est|sont)\b")


@pytest.mark.parametrize("fact", FACTS, ids=["proces", "seance"])
def test_no_second_auxiliary(tmp_path: Path, fact: tuple[str, str, str]) -> None:
    ctx = dated_context(tmp_path, (fact,), published="2012-04-26")
    dated = next(d for d in dated_sentences(ctx) if d.sentence == fact[0])
    event = event_of(ctx, dated)
    for text in (event.question, event.clause):
        assert text is None or not _TWO_AUXILIARIES.search(text), event
