"""Word groups that dictionaries list as units: found in any inflection, and ranked as terms
though every word of them is everyday French."""

from __future__ import annotations

import pytest

from tutor.extract.dictionary_phrases import listed_phrase, phrase_occurrences
from tutor.extract.sentences import SentenceIndex, quoted_spans, split_sentences
from tutor.extract.terms import find_terms
from tutor.extract.tokens import TokenTable
from tutor.glossary import Glossary
from tutor.nlp import analyse


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("cours d'eau", "cours d'eau"),
        ("Cours d’eau", "cours d'eau"),
        ("droits de douane", "droit de douane"),
        ("eaux souterraines", "eau souterraine"),
        ("temps forts", "temps fort"),
        ("feux verts", "feu vert"),
    ],
)
def test_a_listed_phrase_is_found_in_the_plural_and_any_apostrophe(
    written: str, listed: str
) -> None:
    assert listed_phrase(written) == listed


def test_free_combinations_and_names_are_not_listed() -> None:
    assert listed_phrase("choix stratégique") is None
    assert listed_phrase("famille de paysans") is None
    assert listed_phrase("Diano Marina") is None  # a place: headwords with a capital are left out


def _occurrences(text: str, nlp) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = analyse(text, nlp)
    return {phrase: text[s:e] for s, e, phrase, _ in phrase_occurrences(TokenTable(doc))}


@pytest.mark.slow
def test_verb_phrases_are_found_conjugated_and_locutions_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _occurrences(
        "Le maire a fait le point jeudi. Le budget a été voté à l'unanimité, en plein air. "
        "L'audience se tiendra à huis clos fin août.",
        nlp,
    )
    assert found["à huis clos"] == "à huis clos"  # "clos" is tagged as a participle
    assert found["faire le point"] == "fait le point"
    assert found["à l'unanimité"] == "à l'unanimité"
    assert found["en plein air"] == "en plein air"


@pytest.mark.slow
def test_prepositions_connectives_and_names_are_not_phrases(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _occurrences(
        "À la suite de l'orage, la route est fermée. Au moins dix maisons sont touchées, "
        "au pire trente. Le plan d'urgence est lancé. La Commission européenne a réagi.",
        nlp,
    )
    assert not {"à la suite", "au moins", "au pire", "d'urgence"} & found.keys()
    assert "commission européenne" not in found  # a name: its capital says so


def test_a_preposition_article_and_everyday_noun_read_literally(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _occurrences(
        "Les salariés sont retournés à l'usine lundi. Le texte a été adopté à l'unanimité, et "
        "le maire est resté à l'écart.",
        nlp,
    )
    assert "à l'usine" not in found
    assert {"à l'unanimité", "à l'écart"} <= found.keys()


@pytest.mark.slow
def test_a_listed_phrase_of_everyday_words_ranks_as_a_key_term(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La préfecture a pris un arrêté pour protéger les cours d'eau du département. Le débit "
        "des cours d'eau a baissé de moitié en un mois. Les agriculteurs dénoncent un choix "
        "politique et demandent une dérogation. Le préfet a reçu les irrigants et leurs "
        "syndicats. Selon lui, les nappes phréatiques sont au plus bas depuis 1976."
    )
    doc = analyse(body, nlp)
    index = SentenceIndex(split_sentences(doc, body, quoted_spans(doc.text)))
    # No glossary: the dictionary alone makes "cours d'eau" a term.
    # the hand-made score (term_ranker.py then learns from it)
    lemmas = [t.lemma for t in find_terms(doc, body, index, glossary=Glossary(), rank=None)][:8]
    assert "cours d'eau" in lemmas
    assert "choix politique" not in lemmas
