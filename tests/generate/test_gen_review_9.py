"""The faults of the ninth blind review (tests/generate/data/review_9, eight articles written
for it and read item by item), each rebuilt on sentences like the article's and checked as the
learner would see it.

The verdicts are in tests/generate/data/review_9/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import invented_context

from tutor.generate.lexicon import article_lexicon
from tutor.generate.plausible import context_words, open_frame, refusal
from tutor.generate.senses import entry_in_sentence

pytestmark = pytest.mark.slow


# --- glossary senses --------------------------------------------------------------------------


def _meaning(folder: Path, body: str, term: str, sentence: str) -> str | None:
    """The definition a lesson gives `term` in `sentence` of an invented article (None: no
    sense is clearly meant, and the term is not defined)."""
    ctx = invented_context(folder, body, "2026-01-01")
    entry = entry_in_sentence(ctx, ctx.glossary.get(term), sentence)
    return None if entry is None else entry.definition


SENSES = [
    pytest.param(
        "Il a promis une « transparence totale » et assuré que les salariés de l'entrepôt "
        "garderaient leur salaire.",
        "transparence",
        "cacher",
        id="transparence-promised-by-a-director",
    ),
    pytest.param(
        "Les élus de l'opposition réclament la transparence à leurs électeurs.",
        "transparence",
        "cacher",
        id="transparence-beside-a-possessive",
    ),
    pytest.param(
        "Les associations qui aident les personnes âgées à domicile, elles, s'inquiètent.",
        "à domicile",
        "logement",
        id="a-domicile-of-care-at-home",
    ),
    pytest.param(
        "La majorité a relevé les droits de mutation, une taxe payée lors de l'achat d'un "
        "logement.",
        "mutation",
        "achat",
        id="mutation-of-a-sale",
    ),
    pytest.param(
        "Les os seront présentés au musée, avec une reconstitution grandeur nature de l'animal.",
        "reconstitution",
        "musée",
        id="reconstitution-in-a-museum",
    ),
    pytest.param(
        "Sa spécialité, la garbure, une soupe de légumes et de confit de canard, attirait des "
        "clients de toute l'Europe.",
        "spécialité",
        "plat",
        id="specialite-of-a-cook",
    ),
    pytest.param(
        "La ville avait signalé les immeubles au parquet après la visite d'un inspecteur "
        "d'hygiène.",
        "inspecteur",
        "règles",
        id="inspecteur-of-hygiene",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """Incendie: "transparence totale" (a director's promise) was "La clarté d'un son" ("leur
    salaire" has the lemma "son"); budget: "à domicile" hinted "Dans son propre stade ou chez
    soi", "droits de mutation" a change in genes or a civil servant's posting; ptérosaure:
    "reconstitution grandeur nature de l'animal" the re-enactment of a crime; décès: a chef's
    "spécialité" a subject a pupil chooses; procès: "inspecteur d'hygiène" checking the work
    in an administration, a school or a firm."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = _meaning(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


# --- word banks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "answer", "other"),
    [
        ("Les familles ont toutes été relogées par la ", "préfecture", "mairie"),
        ("Le prévenu, lui, a nié les faits tout au long de l'", "audience", "enquête"),
    ],
)
def test_a_bank_has_no_second_word_of_the_field_where_any_fits(
    before: str, answer: str, other: str
) -> None:
    """Procès: "Les familles ont toutes été relogées par la ___" (préfecture) with "mairie" in
    the bank; "a nié les faits tout au long de l'___" (audience) with "enquête": whoever can
    rehouse, whatever lasts, fits the gap as well."""
    lexicon = article_lexicon(f"{before}{answer}. {other}.")
    context = context_words(before, ".")
    verdict = refusal(lexicon, answer, other, context, open_gap=open_frame(before, "."))
    assert verdict is not None
