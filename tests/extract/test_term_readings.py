"""How a key term is written for the learner: a participle after "avoir" as its verb
("a-t-elle martelé" -> "marteler"), and a quoted complement not as a term of its own
(un texte « d'affichage » gives "affichage", never "d'affichage"), and a word met only inside
a listed term as that term ("instance" only in "en première instance")."""

from __future__ import annotations

from typing import Any

from tutor.extract.sentences import SentenceIndex, quoted_spans, split_sentences
from tutor.extract.terms import find_terms
from tutor.nlp import analyse

BODY = (
    "La gauche a dénoncé un texte « d'affichage » et une réforme « au rabais ». « Nous ne "
    "sommes pas contre le numérique. Nous sommes pour l'attention », a-t-elle martelé devant "
    "l'hémicycle. Le ministre a martelé son message toute la soirée, mais l'affichage politique "
    "n'a convaincu personne."
)


def _terms(nlp: Any) -> dict[str, str]:
    doc = analyse(BODY, nlp)
    index = SentenceIndex(split_sentences(doc, BODY, quoted_spans(doc.text), doc.text))
    return {t.lemma: t.pos for t in find_terms(doc, BODY, index, "")}


def test_a_participle_after_avoir_is_learnt_as_its_verb(nlp: Any) -> None:
    terms = _terms(nlp)
    assert terms.get("marteler") == "VERB"
    assert "martelé" not in terms


def test_a_quoted_complement_is_no_term_but_a_quoted_locution_is(nlp: Any) -> None:
    terms = _terms(nlp)
    assert not [lemma for lemma in terms if lemma.startswith(("d'", "de "))]
    assert "au rabais" in terms


TRIAL = (
    "Trois prévenus, condamnés en première instance pour homicide involontaire, contestent "
    "leur responsabilité devant la cour d'appel de Pau. L'architecte, condamné à deux ans de "
    "prison avec sursis en première instance, secoue la tête à l'audience. Son avocat plaide "
    "la relaxe et dénonce une expertise bâclée."
)


def test_a_word_only_met_inside_a_listed_term_is_that_term(nlp: Any) -> None:
    doc = analyse(TRIAL, nlp)
    index = SentenceIndex(split_sentences(doc, TRIAL, quoted_spans(doc.text), doc.text))
    lemmas = [t.lemma for t in find_terms(doc, TRIAL, index, "")]
    # "instance" and "en première instance" would teach one thing twice
    assert "en première instance" in lemmas
    assert "instance" not in lemmas


MARKET = (
    "Les prix du légume au marché ont doublé en un an. Le moulin à vent du village a été "
    "restauré, et chaque élève porte un sac à dos trop lourd. La vente aux enchères a rapporté "
    "20 000 euros, et les touristes aux terrasses sont revenus."
)


def test_a_noun_and_a_to_complement_is_a_term_only_when_listed(nlp: Any) -> None:
    """ "légume au marché" was a key term where the parser hangs "au marché" on the noun (the
    guard on a verb's complement missed it); "moulin à vent", "sac à dos" and "vente aux
    enchères" are listed in dictionaries and stay."""
    doc = analyse(MARKET, nlp)
    index = SentenceIndex(split_sentences(doc, MARKET, quoted_spans(doc.text), doc.text))
    terms = {t.lemma for t in find_terms(doc, MARKET, index, "")}
    assert {"moulin à vent", "sac à dos", "vente aux enchères"} <= terms
    assert not {"légume au marché", "touriste aux terrasses"} & terms, terms
