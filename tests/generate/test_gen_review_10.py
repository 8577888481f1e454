"""The faults of the tenth blind review (tests/generate/data/review_10, eight wire-style
articles written for it and read item by item), each rebuilt on sentences like the article's
and checked as the learner would see it.

The verdicts are in tests/generate/data/review_10/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import invented_context

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
        "Il avait été nommé par le roi le 9 juin, au lendemain des élections, après l'échec "
        "d'un premier informateur.",
        "informateur",
        "gouvernement",
        id="informateur-named-by-the-king",
    ),
    pytest.param(
        "Le formateur fédéral, le chrétien-démocrate flamand Pieter Van Damme, a remis mercredi "
        "soir sa démission au roi Philippe, constatant l'échec des négociations.",
        "formateur",
        "gouvernement",
        id="formateur-of-a-government",
    ),
    pytest.param(
        "Le palais a indiqué jeudi matin que le souverain « tient sa décision en suspens » et "
        "entamera dès vendredi des consultations avec les présidents de partis.",
        "souverain",
        "roi",
        id="souverain-the-king",
    ),
    pytest.param(
        "Le péage aurait rapporté, selon ses promoteurs, environ 2,1 milliards de francs par "
        "an, contre 400 millions pour la vignette de l'initiative populaire.",
        "promoteur",
        "projet",
        id="promoteurs-of-an-initiative",
    ),
    pytest.param(
        "Le Touring Club Suisse, qui revendique 1,5 million de membres, a parlé d'un vote « de "
        "bon sens ».",
        "revendiquer",
        "membres",
        id="revendiquer-members",
    ),
    pytest.param(
        "Après près de quatre ans de négociations, Hydro-Québec et le conseil de bande innu ont "
        "signé jeudi une entente qui ouvre la voie à la construction d'une centrale.",
        "entente",
        "accord entre",
        id="entente-signed",
    ),
    pytest.param(
        "Le ministre a accusé « les trafiquants sans scrupules » après le naufrage d'un bateau "
        "de migrants au large de Lampedusa.",
        "trafiquant",
        "personnes",
        id="trafiquants-of-migrants",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """Belgique: "informateur" (named by the king) was a police informer, "formateur"
    (fédéral) someone who teaches adults, "le souverain" (the king) "Qui décide seul"; suisse:
    the "promoteurs" of an initiative were property developers, "revendique 1,5 million de
    membres" claimed a right; québec: an "entente" signed with a community was a cartel;
    naufrage: people smugglers sold "drogue, armes ou d'autres produits"."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = _meaning(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition
