"""What the source of "selon X" or "pour X" is: someone whose view the statement gives (a party
to a trial, an organisation, an office, a seat of power, the owner of "ses calculs"), or no
speaker at all (the paper's own findings, a way or a measure: "selon les régions")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.owner_names import names_an_organisation
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Token

SEATS_OF_POWER = frozenset({"kremlin", "élysée", "matignon", "pentagone", "quai", "vatican"})
"""Buildings that stand for the power they house: "Pour le Kremlin, ..." gives its view, as
"Pour le gouvernement, ..." does (unlike "Pour Renault, les ventes ...", which may be a
beneficiary)."""


def without_participle(tokens: list[Token]) -> list[Token]:
    """ "D'après une étude de l'Insee publiée jeudi": the source without the participle that
    dates its publication (not "le vice-président chargé des transports")."""
    for pos, tok in enumerate(tokens[2:], start=2):
        if tok.pos_ == "VERB" and tok.lemma_ in _PUBLISHED and tok.dep_ == "acl":
            return tokens[:pos]
    return tokens


_PUBLISHED = frozenset({"publier", "paraître", "réaliser", "mener", "diffuser", "dévoiler"})


_NEWSROOM_WORDS = """
    information informations source sources renseignement renseignements révélation
    révélations enquête enquêtes calcul calculs estimation estimations chiffre chiffres
    donnée données décompte comptage constatation constatations élément éléments
"""
_NEWSROOM = frozenset(_NEWSROOM_WORDS.split())


def is_newsroom_own(source: str) -> bool:
    """ "nos informations", "notre enquête", "nos propres sources": what the paper itself found
    out, which is no speaker a reader could name ("selon nos confrères du Monde" is)."""
    words = source.lower().replace("’", "'").split()
    words = [w for w in words if w not in ("propre", "propres", "dernières", "derniers")]
    return len(words) == 2 and words[0] in ("nos", "notre") and words[1] in _NEWSROOM


_WAY_WORDS = """
    norme règle critère cas modalité condition besoin méthode procédure principe mode manière
    façon schéma scénario calendrier rythme barème formule protocole logique ordre région
    secteur saison période âge taille niveau profil
    revenu ressource situation type nature composition durée distance zone météo température
    heure moment statut poids nombre quantité montant usage consommation puissance ancienneté
"""
_WAYS = frozenset(_WAY_WORDS.split())
"""Nouns "selon" introduces as a way or a measure, not as a source: "selon des normes
moins exigeantes", "selon les cas", "selon les régions", "selon un calendrier précis", "selon
les revenus et la taille du foyer" (review 17: "Les revenus et la taille du foyer" spoke)."""


_RECKONING_WORDS = """
    calcul calculs estimation estimations chiffre chiffres donnée données information
    informations projection projections compte comptes terme termes mot mots propos dires
"""
_RECKONINGS = frozenset(_RECKONING_WORDS.split())
_OWNERS = {"son": "", "sa": "", "ses": "", "leur": "ils", "leurs": "ils"}


def reckoning_owner(speakers: SpeakerResolver, tokens: Sequence[Token]) -> str | None:
    """ "selon ses calculs", "d'après leurs données", "selon ses propres termes": the owner
    speaks, the person in focus or the group; None for any other source ("selon ses proches"
    are people of their own)."""
    words = [t.lower_ for t in tokens if t.lower_ not in ("propre", "propres", "derniers")]
    while words and words[-1] in (".", ",", "!", ";"):
        words.pop()
    if len(words) != 2 or words[0] not in _OWNERS or words[1] not in _RECKONINGS:
        return None
    # the words themselves when no one is in focus
    return speakers.pronoun(_OWNERS[words[0]]) or speakers.from_span(tokens[0].i, tokens[1].i)


_OWNED_RECKONING_WORDS = """
    calcul calculs estimation estimations chiffre chiffres donnée données projection
    projections prévision prévisions statistique statistiques décompte comptage étude études
    relevé relevés
"""
_OWNED_RECKONINGS = frozenset(_OWNED_RECKONING_WORDS.split())
_OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})
_INSTITUTION_WORDS = """
    ministère préfecture métropole agence direction administration police gendarmerie parquet
    douane office service commission cour autorité caisse rectorat académie insee observatoire
"""
_INSTITUTIONS = frozenset(_INSTITUTION_WORDS.split())


def reckoning_of(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """ "selon les estimations de la métropole", "d'après une étude de l'Insee", "selon les
    chiffres du ministère": the first and last token of who made the figures, the speaker,
    when it is a body, a name or a person known by an office; None for anything else ("selon
    les chiffres de l'année dernière" names no one). A report or an inquiry speaks itself, as
    the article names it ("le rapport final du BEA", tests/data/gold/README.md)."""
    if len(tokens) < 4 or tokens[0].pos_ != "DET":
        return None
    if tokens[1].lower_ not in _OWNED_RECKONINGS or tokens[2].lower_ not in _OF_WORDS:
        return None
    owner = 3  # "de la métropole": from its article on; "du ministère": the noun
    words = [t for t in tokens[owner:] if t.pos_ not in ("DET", "ADP")]
    if not words:
        return None
    head = words[0]
    known = head.ent_type_ in ("ORG", "PER") or head.pos_ == "PROPN"
    noun = head.lower_.removesuffix("s")
    if not (known or noun in _INSTITUTIONS or names_an_organisation(noun) or is_role_noun(noun)):
        return None
    return tokens[owner].i, tokens[-1].i


def is_a_way_not_a_source(tokens: list[Token]) -> bool:
    """Whether "selon X" is a way of doing or a variation ("selon les régions") rather than
    someone who says: X opens on a noun of _WAYS and names no one."""
    nouns = [t for t in tokens[:3] if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or nouns[0].pos_ == "PROPN" or any(t.ent_type_ for t in tokens):
        return False
    return nouns[0].lemma_.lower() in _WAYS


_PARTIES = frozenset({"défense", "accusation"})
"""The sides of a trial: "Pour la défense, le dossier est vide", not "pour la défense de X"."""


def is_a_role(tokens: list[Token]) -> bool:
    """A person known by the office the source opens on ("le vice-président de la région"),
    with its article: "Pour le vice-président, ..." gives that person's view."""
    return (
        len(tokens) >= 2
        and tokens[0].lower_ in ("le", "la", "l'", "l’")
        and tokens[1].pos_ == "NOUN"
        and is_role_noun(tokens[1].text)
    )


_NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "et", "pour"})


def is_an_organisation(tokens: list[Token]) -> bool:
    """An organisation's proper name as the parser tags it ("Greenpeace France", "France
    Nature Environnement"), every word capitalised but its links: it gives its view."""
    words = [t for t in tokens if t.lower_ not in _NAME_LINKS or t.i == tokens[0].i]
    return (
        tokens[0].ent_type_ == "ORG"
        and all(t.text[:1].isupper() for t in words)
        and tokens[0].pos_ != "DET"
    )


def is_a_party(tokens: list[Token]) -> bool:
    """ "Pour la défense, ...", "Pour l'accusation, ...": a side of a trial alone, which gives its
    view."""
    words = [t for t in tokens if t.pos_ != "DET"]
    return len(words) == 1 and words[0].lower_ in _PARTIES
