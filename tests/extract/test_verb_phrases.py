"""Verb idioms of the press as key terms: found whole in any tense, person and polarity, with
the possessive, article and adverbs the sentence uses, and their pieces not listed again."""

from __future__ import annotations

import pytest

from tutor.extract.sentences import SentenceIndex, quoted_spans, split_sentences
from tutor.extract.terms import find_terms
from tutor.facts import Term
from tutor.glossary import Glossary, GlossaryEntry
from tutor.nlp import analyse

pytestmark = pytest.mark.slow


def _terms(body: str, nlp, glossary: Glossary | None = None) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The key terms of `body` (shipped glossary by default): lemma -> form in the text."""
    doc = analyse(body, nlp)
    index = SentenceIndex(split_sentences(doc, body, quoted_spans(doc.text)))
    terms: list[Term] = find_terms(doc, body, index, glossary=glossary)
    return {t.lemma: t.text for t in terms}


def test_an_idiom_with_another_possessive_and_an_adverb_is_one_term(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _terms(
        "Les deux frères clament toujours leur innocence. Leur avocat a demandé un nouveau "
        "procès devant la cour d'appel.",
        nlp,
    )
    assert found.get("clamer son innocence") == "clament toujours leur innocence"
    assert "clamer" not in found and "innocence" not in found


def test_a_negative_idiom_is_found_in_a_conjugated_negation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _terms(
        "Depuis la fermeture de la laiterie, les éleveurs ne décolèrent pas. Ils bloquent "
        "l'entrée du site avec leurs tracteurs.",
        nlp,
    )
    assert found.get("ne pas décolérer") == "ne décolèrent pas"
    assert "décolérer" not in found


def test_a_verb_without_its_negation_is_not_the_negative_idiom(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _terms("Le maire décolère contre la préfecture, qui a fermé le pont.", nlp)
    assert "ne pas décolérer" not in found


def test_the_negative_idiom_wins_over_the_positive_one_in_a_negation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _terms(
        "La fermeture de la maternité n'est pas passée inaperçue. Le projet de parking est "
        "passé inaperçu.",
        nlp,
    )
    assert found.get("ne pas passer inaperçu") == "n'est pas passée inaperçue"
    assert found.get("passer inaperçu") == "passé inaperçu"


def test_a_positive_idiom_is_not_read_across_a_negation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _terms("Le projet de parking ne passe pas inaperçu dans le quartier.", nlp)
    assert found.get("ne pas passer inaperçu") == "ne passe pas inaperçu"
    assert "passer inaperçu" not in found


def test_an_idiom_inside_a_quotation_is_a_term_not_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _terms(
        "La mairie refuse de payer la rançon réclamée par les pirates. « Céder au chantage, ce "
        "serait encourager ces criminels », a expliqué le maire.",
        nlp,
    )
    assert found.get("céder au chantage") == "Céder au chantage"
    assert "chantage" not in found


def test_the_listed_article_stands_for_the_other_one(nlp) -> None:  # type: ignore[no-untyped-def]
    glossary = Glossary(
        {"franchir le cap": GlossaryEntry("franchir le cap", "Passer une étape.", "VERB")}
    )
    found = _terms("La start-up a franchi un cap en levant 40 millions d'euros.", nlp, glossary)
    assert found.get("franchir le cap") == "franchi un cap"


def test_an_idiom_after_a_negated_auxiliary_and_a_reflexive_idiom(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _terms(
        "La famille n'a pas encore porté plainte. Les experts se sont penchés sur les causes "
        "de l'accident, et la rivière est sortie de son lit dans la nuit.",
        nlp,
    )
    assert found.get("porter plainte") == "porté plainte"
    assert found.get("se pencher sur") == "penchés sur"
    assert found.get("sortir de son lit") == "sortie de son lit"


def test_the_longest_listed_idiom_wins_where_two_start_on_one_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _terms(
        "Pour les vendanges, les domaines font appel à des saisonniers venus de toute la "
        "région, faute de main-d'œuvre locale.",
        nlp,
    )
    assert "faire appel à" in found
    assert "faire appel" not in found


def test_a_number_takes_the_place_of_the_plural_article(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _terms("Le groupe va supprimer 300 postes dans son usine de Lorraine.", nlp)
    assert found.get("supprimer des postes") == "supprimer 300 postes"


def test_a_light_verb_with_an_everyday_noun_ranks_below_an_idiom(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La mairie va mettre en place un nouveau plan de circulation. Face à la colère des "
        "commerçants, le maire a fini par lâcher du lest et a fait appel à un médiateur."
    )
    doc = analyse(body, nlp)
    index = SentenceIndex(split_sentences(doc, body, quoted_spans(doc.text)))
    ranked = [t.lemma for t in find_terms(doc, body, index)]
    # "lâcher du lest" is learnt as a whole; "mettre en place" and "faire appel à" are a light
    # verb and an everyday noun, met in any text
    assert ranked.index("lâcher du lest") < ranked.index("mettre en place")
    assert ranked.index("lâcher du lest") < ranked.index("faire appel à")


@pytest.mark.parametrize(
    ("lemma", "idiom"),
    [
        ("lâcher du lest", True),
        ("se serrer la ceinture", True),
        ("céder au chantage", True),
        ("ne pas décolérer", True),
        ("mettre en place", False),
        ("faire appel à", False),
        ("prendre du retard", False),
        ("inviter à", False),
    ],
)
def test_which_verb_phrases_are_idioms(lemma: str, idiom: bool) -> None:
    from tutor.extract.candidates import Candidate
    from tutor.extract.term_idioms import is_idiom

    assert is_idiom(Candidate(lemma, "VERB", "idiom")) is idiom
