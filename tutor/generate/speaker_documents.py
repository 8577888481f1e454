"""Speakers that are documents ("le rapport", "une étude", "son dernier bilan"): which labels
name a text or an inquiry rather than a person or a body, for the speaker labels to offer."""

from __future__ import annotations

import re

from tutor.generate import french, grammar

_POSSESSIVE = re.compile(r"(?i)^(?:son|sa|ses|leur|leurs)\s+(?:[\w-]+\s+)?([\w-]+)")
_DOCUMENT_WORDS = """
    rapport étude communiqué compte site texte décision bilan livre ouvrage enquête lettre
    courrier message note document projet programme plan blog tweet publication avis
"""
_DOCUMENTS = frozenset(_DOCUMENT_WORDS.split())
_SOURCE_WORDS = french.wordset(
    """sondage directive loi décret règlement arrêt jugement verdict ordonnance circulaire
    analyse expertise audit recherche travaux dépêche bulletin statistique données chiffre
    résultat conclusion prévision estimation relevé article tribune vidéo interview courriel
    mail accord contrat traité constitution dossier charte comptage décompte recensement
    inventaire baromètre classement calcul projection simulation résolution motion pétition
    mesure relevé prélèvement observation évaluation test délibération"""
)
"""With `_DOCUMENTS`: what a source may be that is no person and no body of people ("selon les
chiffres du ministère", "la loi prévoit que")."""
_OF = french.wordset("de du des d' à au aux sur par pour publié publiée publiés publiées")


def whose_thing(speaker: str) -> bool:
    """A document known only by a possessive ("son dernier rapport annuel"): out of its
    sentence a learner cannot tell whose it is."""
    match = _POSSESSIVE.match(speaker)
    words = speaker.lower().split()[1:3]
    return match is not None and any(w.rstrip("sx") in _DOCUMENTS or w in _DOCUMENTS for w in words)


def document_noun(label: str) -> str | None:
    """The noun that makes a speaker a document or an inquiry ("Une étude française", "l'enquête
    de la brigade financière", "Le dernier rapport annuel"), or None for a person or a body: it
    comes before any complement ("Le directeur de l'étude" is a person)."""
    words = _DOCUMENT_NOUNS
    for word in french.fold(label).split():
        if word in _OF or word.startswith("d'"):
            return None
        word = word.removeprefix("l'")
        if word in words or word.rstrip("sx") in words:
            return word.rstrip("sx") if word.rstrip("sx") in words else word
    return None


_DOCUMENT_NOUNS = _DOCUMENTS | _SOURCE_WORDS
"""Made once: joined anew at each call, the two sets took most of the time of the labels'
check, asked some 70 times an article."""


def document_out_of_sight(speaker: str, sentence: str) -> bool:
    """A document said to speak in a sentence that does not name it ("« … », a-t-il déclaré"
    given to "un rapport"): a document does not declare; the pronoun was someone else."""
    words = french.fold(speaker).split()
    head = words[1] if len(words) > 1 and grammar.determiner(words[0]) else words[0]
    return head in _DOCUMENTS and head not in french.fold(sentence)
