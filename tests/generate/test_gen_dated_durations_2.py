"""A length that completes a verb, a participle or an adjective ("dispose de", "puni de",
"passibles de", "allant de") measures no noun, nor does one that counts what follows it
("l'aboutissement de vingt mois de négociations": the talks lasted, not the outcome).

Over the 600 term_corpus lessons the date questions asked « Combien de temps dure le Parlement
dispose ? », « … dure le délit puni ? », « … durent les peines allant ? » and « … dure
l'aboutissement ? »: 18 such questions. The sentences are written for these tests, after those
of the corpus; the facts are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import dated_context

from tutor.generate.context import Context
from tutor.generate.dated import dated_sentences
from tutor.generate.events import event_of

PARLIAMENT = (
    "Selon la Constitution, le Parlement dispose de soixante-dix jours pour voter le budget.",
    "soixante-dix jours",
    "P70D",
)
OFFENCE = (
    "Omettre une partie de son patrimoine est un délit puni de trois ans d'emprisonnement.",
    "trois ans",
    "P3Y",
)
CRIMES = (
    "Ces cours jugent les crimes passibles de quinze ans de réclusion.",
    "quinze ans",
    "P15Y",
)
RANGE = (
    "Les prévenus ont écopé de peines allant de huit mois avec sursis à deux ans de prison.",
    "huit mois",
    "P8M",
)
OUTCOME = (
    "L'accord est l'aboutissement de vingt mois de négociations entre les deux pays.",
    "vingt mois",
    "P20M",
)
TRUCE = (
    "Une trêve humanitaire de trois mois est en vigueur depuis jeudi dans la région.",
    "trois mois",
    "P3M",
)
SENTENCES = (
    "Le tribunal a prononcé des peines d'un an d'emprisonnement avec sursis contre les gérants.",
    "un an",
    "P1Y",
)
DATED = (PARLIAMENT, OFFENCE, CRIMES, RANGE, OUTCOME, TRUCE, SENTENCES)


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    return dated_context(Path(tmp_path_factory.mktemp("durations_2")), DATED)


def _question(ctx: Context, fact: tuple[str, str, str]) -> str | None:
    dated = next(d for d in dated_sentences(ctx) if d.sentence == fact[0])
    return event_of(ctx, dated).question


@pytest.mark.parametrize("fact", [PARLIAMENT, OFFENCE, CRIMES, RANGE], ids=lambda f: f[1])
def test_a_length_after_a_verb_or_an_adjective_measures_no_noun(ctx, fact) -> None:
    assert _question(ctx, fact) is None


def test_a_length_that_counts_what_follows_is_not_the_nouns_before(ctx) -> None:
    # not "Combien de temps dure l'aboutissement ?"
    assert _question(ctx, OUTCOME) is None


def test_a_noun_that_lasts_its_length_is_still_asked(ctx) -> None:
    assert _question(ctx, TRUCE) == "Combien de temps dure la trêve humanitaire ?"
    assert _question(ctx, SENTENCES) == "Combien de temps ont duré les peines ?"
