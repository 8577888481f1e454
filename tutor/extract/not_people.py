"""Names the model tags as people that no exercise should ask about: brands named only inside
a quotation ("« Chanel ou Hermès peuvent rester indépendants »"), a comic-strip hero ("Gaston
Lagaffe, le héros maladroit imaginé par André Franquin")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.firm_names import owns_like_a_firm
from tutor.extract.name_forms import is_nationality
from tutor.extract.not_names import names_a_thing
from tutor.extract.portfolios import MINISTRIES
from tutor.extract.role_epithet import is_demonym
from tutor.extract.role_words import is_role_noun
from tutor.french_frequency import zipf_frequency
from tutor.french_numbers import parse_french_number
from tutor.given_names import known_name
from tutor.normalize import strip_accents

if TYPE_CHECKING:
    from tutor.extract.people import Mention
    from tutor.nlp import Doc, Token


def without_things(
    doc: Doc,
    body: str,
    canonical: list[str],
    mentions: list[Mention],
    quoted: list[tuple[int, int]],
) -> list[Mention]:
    """Drop one-word "names" only ever seen after "de", "à" or "chez" ("les chars d'Abrams", "des
    Fabius", "chez Lacoste", "revenir à Thiers"): the model tags makes, families, firms and
    towns as people, and no exercise should ask who they are. A name after a word that makes it
    a thing's ("l'hôpital Morvan") is not its bearer either; nor are brands in a quotation and
    made-up heroes."""
    keep = []
    for index, name in enumerate(canonical):
        own = [m for m in mentions if m.person == index and not names_a_thing(doc, m.start, m.end)]
        if len(name.split()) == 1 and own and all(_after_de(doc, m) for m in own):
            continue
        if name.lower() in _ADDRESS:
            continue  # "Bonjour Madame, a dit le gendarme": how one speaks to someone
        if len(name.split()) == 1 and parse_french_number(name.lower()) is not None:
            continue  # "« Quarante millions, ce n'est pas rien »": a number opening a quotation
        if name in MINISTRIES:
            continue  # "a confié l'Intérieur à X": a portfolio, not a person
        if name in _CAPITALS:
            continue  # "avait accusé Washington d'ingérence": the government, not a person
        if name in _SKY:
            continue  # "les lunes de Jupiter": a planet, not the god nor a person
        spans = [(m.start, m.end) for m in own]
        if _named_only_in_quotes(body, name, spans, quoted):
            continue
        if any(
            _is_character(body, end) or _is_animal(body, end) or _played(body, start, end)
            for start, end in spans
        ):
            continue
        if len(name.split()) == 1 and own and all(_opening_word(doc, body, m) for m in own):
            continue
        if len(name.split()) == 1 and own and all(_name_on_offer(body, m) for m in own):
            continue
        if len(name.split()) == 1 and own and all(_nationality_noun(doc, m) for m in own):
            continue
        if _inhabitants(doc, name, own):
            continue
        if len(name.split()) == 1 and own and all(owns_like_a_firm(body, m.end) for m in own):
            continue  # "Stellantis ayant dû ralentir deux de ses chaînes": a firm
        if own and all(_bracketed_after_name(body, m) for m in own):
            continue
        if len(name.split()) == 1 and own and any(_spelt_out_before(body, m) for m in own):
            continue  # "tarif d'utilisation des réseaux publics d'électricité (Turpe)"
        keep.extend(own)
    return keep


def _nationality_noun(doc: Doc, mention: Mention) -> bool:
    """ "Le capitaine, un Philippin de 47 ans,", "la Lyonnaise": a nationality after an article
    is where someone is from, not their name."""
    span = doc.char_span(mention.start, mention.end, "expand")
    if span is None or span.start == 0 or not is_nationality(span.text):
        return False
    return doc[span.start - 1].pos_ == "DET"


_CAPITAL_WORDS = """
    Washington Moscou Pékin Londres Berlin Bruxelles Paris Kiev Kyiv Téhéran Ankara Tokyo Rome
    Madrid Varsovie Budapest Ottawa Pyongyang Séoul Damas Bagdad Caracas Minsk Riyad Doha
    Jérusalem Alger Rabat Tunis Dakar Kinshasa Pretoria Brasilia Tripoli Kaboul Islamabad
"""
_CAPITALS = frozenset(_CAPITAL_WORDS.split())
"""Capitals the press names for their governments ("Washington a démenti"), which the model
tags as people now and then; a person of that surname comes with a first name."""
_SKY_WORDS = """
    Mercure Vénus Terre Mars Jupiter Saturne Uranus Neptune Pluton Lune Soleil
    Ganymède Callisto Titan Encelade Triton Phobos Déimos Cérès
"""
_SKY = frozenset(_SKY_WORDS.split())
"""Planets, moons and stars the model tags as people when a sentence makes them a subject or
an object ("atteindre Jupiter"); a person of that surname comes with a first name."""
_ARTICLES = frozenset({"le", "la", "l'", "l’"})


def _inhabitants(doc: Doc, name: str, mentions: list[Mention]) -> bool:
    """ "Les Concarnois", "Le Breton", "la Bretonne": where people are from, said with an
    article, is no one's name; a plural article never opens a person's name ("Les Républicains"
    is a party)."""
    if _inhabitant_words(name.replace("’", "'").split()):
        return True
    return bool(mentions) and all(_inhabitant_after_article(doc, m) for m in mentions)


def _inhabitant_words(words: list[str]) -> bool:
    if len(words) == 1 and words[0][:2].lower() == "l'":
        words = ["l'", words[0][2:]]  # "L'Italienne"
    if len(words) >= 2 and words[0].lower() == "les":
        return True
    return len(words) == 2 and words[0].lower() in _ARTICLES and is_demonym(words[1])


def _inhabitant_after_article(doc: Doc, mention: Mention) -> bool:
    """ "le Breton" with the article left out of the name."""
    span = doc.char_span(mention.start, mention.end, "expand")
    if span is None or span.start == 0 or len(span) != 1:
        return False
    return _inhabitant_words([doc[span.start - 1].text, span.text])


_NAME_BEFORE = re.compile(r"[A-ZÀ-Ý][\w’'-]+\s$")


def _bracketed_after_name(body: str, mention: Mention) -> bool:
    """ "Tom Peeters (Soudal)", "Jean Roux (Modem)": a name alone in brackets right after a
    person's is their team, party or firm."""
    if (
        mention.start < 3
        or body[mention.start - 1] != "("
        or body[mention.end : mention.end + 1] != ")"
    ):
        return False
    return _NAME_BEFORE.search(body, max(0, mention.start - 40), mention.start - 1) is not None


_LINKS = frozenset({"de", "des", "du", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en"})
"""Small words an acronym leaves out (folded): "tarif d'utilisation des réseaux …" is TURPE."""


def _spelt_out_before(body: str, mention: Mention) -> bool:
    """Whether a word in brackets is the initials of the words before it: "(Turpe)" after
    "tarif d'utilisation des réseaux publics d'électricité" is that tariff's short name, which
    the model took for a person's."""
    if body[mention.start - 1 : mention.start] != "(" or body[mention.end : mention.end + 1] != ")":
        return False
    letters = _fold(body[mention.start : mention.end])
    if not 2 <= len(letters) <= 8 or not letters.isalpha():
        return False
    before = re.split(r"[\s'’-]+", body[max(0, mention.start - 120) : mention.start - 1].strip())
    words = [w for w in (_fold(w) for w in before if w) if w not in _LINKS]
    initials = "".join(w[:1] for w in words[-len(letters) :])
    return len(words) >= len(letters) and initials == letters


def _fold(word: str) -> str:
    return strip_accents(word.lower())


_ADDRESS = frozenset({"madame", "monsieur", "mademoiselle", "mesdames", "messieurs", "maître"})
_ADDRESS |= {"coach", "chef", "capitaine", "docteur", "doc", "patron", "boss", "papa", "maman"}
"""How one speaks to someone, or of them among a team ("Coach nous a dit de mordre")."""


def _opening_word(doc: Doc, body: str, mention: Mention) -> bool:
    """A capitalised common word that opens its sentence ("Visiblement ému, Patrick Devaux
    ..."): the model tags it as a person; an adverb or adjective of everyday French whose only
    capital is the sentence's is not one."""
    span = doc.char_span(mention.start, mention.end, "expand")
    if span is None or len(span) != 1:
        return False
    after_dash = span.start > 0 and doc[span.start - 1].text in _DASHES
    if not (span[0].is_sent_start or after_dash):
        return False
    word = body[mention.start : mention.end]
    if after_dash and not known_name(word) and zipf_frequency(word.lower(), "fr") >= 5.0:
        return True  # "Paris, le 19 octobre 2026. – Bonne nouvelle pour …": the lead's first word
    return (
        span[0].pos_ in ("ADV", "ADJ", "VERB")
        or (word.endswith("ment") and zipf_frequency(word.lower(), "fr") >= 3.0)
        or _fronted_trade(doc, span[0])
    )


_DASHES = frozenset({"–", "—", "-"})
"""The dash after a dateline, which opens the lead: the model does not start a sentence there."""


def _fronted_trade(doc: Doc, word: Token) -> bool:
    """ "Hydrologue, Marianne Lefebvre étudie …": a trade set before the name it describes,
    opening the sentence and set off by a comma, with a person named after it in the
    sentence."""
    comma = word.i + 1
    if comma >= len(doc) or doc[comma].text != "," or not is_role_noun(word.text):
        return False
    return any(t.ent_type_ == "PER" for t in doc[comma + 1 : word.sent.end])


def _after_de(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    # "chez Renault", "Chez Lacoste": a company, as "des Dassault" is a family; "de Thiers" and
    # "à Thiers" only: a town the model took for the statesman; "confié au Télégramme": a
    # newspaper, since a name takes no article
    before = doc[span.start - 1].lower_ in ("de", "d'", "des", "du", "chez", "à", "au", "aux")
    return before or _listed_after_a_place(doc, span.start)


def _listed_after_a_place(doc: Doc, start: int) -> bool:
    """ "vers de nouveaux camps, à Farchana ou Métché": a name listed after a place that
    follows "à" is another place, though the model tags it as a person."""
    i = start - 1
    listed = False
    while i > 0 and doc[i].lower_ in (",", "ou", "et"):
        i -= 1
        if doc[i].ent_type_ != "LOC":
            return False
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1  # "à Nouvelle-Orléans": back to the place's first word
        listed = True
        i -= 1
    return listed and i >= 0 and doc[i].lower_ in ("à", "au", "aux")


_CHARACTER = re.compile(
    r"^,\s+(?:(?:le|la|l['’]|un|une)\s*)?(?:\w+\s+){0,2}?(?:héros|héroïne|personnage|mascotte)\b"
)


def _is_character(body: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by "le héros ...", "le personnage ...":
    someone made up, not someone the article reports on."""
    return _CHARACTER.match(body[end : end + 60]) is not None


_ANIMAL = re.compile(
    r"^,\s+(?:le|la|l['’]|un|une|notre|son|sa)\s*(?:\w+\s+){0,2}?"
    r"(?:mâle|femelle|éléphant|éléphante|girafe|gorille|lion|lionne|tigre|tigresse|ours|ourse"
    r"|panda|chien|chienne|cheval|jument|singe|chimpanzé|dauphin|orque|loup|louve|pachyderme)\b"
)


_PLAYS = re.compile(r"\b(?:incarn|interprèt|camp)\w*\s+$")
_ON_SCREEN = re.compile(r"\bà l['’]écran,\s*$")


def _played(body: str, start: int, end: int) -> bool:
    """Whether the name is a part an actor plays, made up: "incarne Antoine Roig, un patron
    pêcheur ruiné" (a real person played, "qui incarne Robespierre", is not described so),
    "Sa fille à l'écran, Lisa Roig,"."""
    before = body[max(0, start - 25) : start]
    if _ON_SCREEN.search(before):
        return True
    return (
        _PLAYS.search(before) is not None and re.match(r",\s+(?:un|une)\s", body[end:]) is not None
    )


def _is_animal(body: str, end: int) -> bool:
    """Whether the name ending at `end` is set off as an animal ("C'est Ganesh, le vieux mâle,
    qui ...", "Rex, le chien des voisins"): a zoo's or a farm's, not a person."""
    return _ANIMAL.match(body[end : end + 60]) is not None


_NAMING = re.compile(r"\b(?:nom|noms|prénom|prénoms|baptis\w*|appeler|appellera)\b", re.I)
_LISTED = re.compile(r"^(?:\s*[A-ZÀ-Ý][\w’'-]*\s*(?:,|\bou\b|\bet\b))*\s*$")


def _name_on_offer(body: str, mention: Mention) -> bool:
    """Whether a one-word name stands in a list after a colon in a sentence about naming
    ("choisir son nom parmi trois propositions : Kiran, Babou ou Arthur"): a name offered
    for an animal, a storm or a ship, not someone's."""
    opening = max(body.rfind(mark, 0, mention.start) for mark in (". ", "! ", "? ", "\n"))
    colon = body.rfind(":", opening + 1, mention.start)
    if colon < 0 or not _NAMING.search(body, opening + 1, colon):
        return False
    return _LISTED.match(body[colon + 1 : mention.start]) is not None


_PAIRED_BEFORE = re.compile(r"[A-ZÀ-Ý][\w’'-]+(?: ou| et|,) $")
_PAIRED_AFTER = re.compile(r"(?: ou| et|,) [A-ZÀ-Ý][\w’'-]+\b")


def _named_only_in_quotes(
    body: str, name: str, spans: list[tuple[int, int]], quoted: list[tuple[int, int]]
) -> bool:
    """Whether a one-word name is only ever written inside quotation marks, paired with
    another capitalised word: a speaker's examples ("« Chanel ou Hermès peuvent ... »"), which
    the article never presents as people; "« Depuis Hergé, la Belgique ... »" names one."""
    if " " in name or not spans:
        return False
    if not all(any(s <= start and end <= e for s, e in quoted) for start, end in spans):
        return False
    return all(
        _PAIRED_BEFORE.search(body, max(0, start - 30), start) or _PAIRED_AFTER.match(body, end)
        for start, end in spans
    )
