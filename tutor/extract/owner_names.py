"""Owners a role can name, written as a role takes them: an organisation with its name ("de la
coalition Océans profonds", "du syndicat Union Rail"), a town ("de Fontjoncouse"), a body that
opens its sentence ("de la CGT"), a person ("d'Agnès Royer"). Whose the role is, among them, is
role_owners' job."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.role_phrase import role_end
from tutor.extract.role_words import is_role_noun, names_things

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

_ORGANISATION_WORDS = """
    association coalition collectif syndicat fédération confédération ong entreprise société
    tribunal conseil start-up groupe fondation institut agence parti mouvement union comité
    observatoire laboratoire club ligue banque compagnie réseau alliance organisation
    plateforme cabinet journal quotidien hebdomadaire magazine chaîne radio fonds think-tank
    cercle centre département région commune municipalité mairie université hôpital musée
    lycée collège école village ville bourg hameau festival orchestre opéra théâtre troupe
    chambre coopérative opposition majorité direction intersyndicale gouvernement
"""
_ORGANISATION_NOUNS = frozenset(_ORGANISATION_WORDS.split())


def names_an_organisation(word: str) -> bool:
    """ "syndicat", "groupes", "mairie": a noun for a body, singular or plural."""
    word = word.lower()
    return word in _ORGANISATION_NOUNS or word.removesuffix("s") in _ORGANISATION_NOUNS


_CALENDAR_WORDS = """
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre hier aujourd'hui demain
"""
_CALENDAR = frozenset(_CALENDAR_WORDS.split())
_CONTRACTED = {"le": "du", "les": "des", "du": "du", "au": "du", "des": "des", "aux": "des"}
"""The article before an organisation, and the "de" it makes with it ("à l'appel du
collectif ...": "du collectif ...")."""
OF_WORDS = frozenset({"de", "des", "du", "d'", "d’"})
_OF = {"le": "du", "la": "de la", "l'": "de l'", "l’": "de l’", "les": "des"}


def of_name(name: str) -> str:
    """ "de Jean-Marie Le Pen", "d'Agnès Royer": "de" elided before a vowel; a title of
    address the model took into the name ("Me Éric Dupond") is left out."""
    first, _, rest = name.partition(" ")
    if first in _TITLE_OF_ADDRESS and rest[:1].isupper():
        name = rest
    return f"d'{name}" if name[:1] in _VOWELS else f"de {name}"


_TITLE_OF_ADDRESS = frozenset({"M.", "Mme", "Mlle", "Me", "Dr", "Pr", "Mgr"})
_VOWELS = frozenset("AEIOUÂÊÎÔÛÉÈËÏÜaeiouéèê")


def _quoted_name_end(doc: Doc, at: int, end: int) -> int | None:
    """The closing mark of a name in quotation marks right after an organisation's noun
    ("l'association « Allez l'OV »"), or None: the marks hold its name, not someone's words."""
    if at + 1 >= end or doc[at].text not in ("«", "“") or not doc[at + 1].text[:1].isupper():
        return None
    return next((j for j in range(at + 2, min(end, at + 8)) if doc[j].text in ("»", "”")), None)


def organisations(doc: Doc, start: int, end: int) -> list[str]:
    """ "de la coalition Océans profonds", "du syndicat Union Rail": an organisation noun with its
    name, as "de" + the words the article writes, between two tokens."""
    found = []
    for tok in doc[start:end]:
        if tok.lower_ not in _ORGANISATION_NOUNS or tok.i == 0 or tok.i + 1 >= end:
            continue
        det = doc[tok.i - 1]
        if det.lower_ in _INDEFINITE and _opening_subject(doc, det.i, tok):
            found.append(_of_indefinite(doc, det.i, min(role_end(doc, tok.i), end - 1)))
            continue  # "Un collectif de riverains, créé en 2019, réclame ...": told of here
        if det.lower_ not in _OF and det.lower_ not in _CONTRACTED:
            continue
        if det.lower_ in _CONTRACTED and det.i > 0 and is_role_noun(doc[det.i - 1].text):
            continue  # "X, présidente du groupe Droite": part of someone's role
        thing = names_things(tok.text)  # "le collège Victor-Hugo": a name, not a person
        town = _town_name(doc, tok.i, end)
        if town:
            found.append(town)  # "Le village de Fontjoncouse ... Son maire": "de Fontjoncouse"
            continue
        if _capitalised(doc[tok.i + 1], thing):
            last = _name_end(doc, tok.i + 1, end, thing)
        elif (quoted := _quoted_name_end(doc, tok.i + 1, end)) is not None:
            last = quoted  # "l'association « Allez l'OV » dénonce …"
        elif doc[tok.i + 1].lower_ in OF_WORDS and role_end(doc, tok.i) < end:
            last = role_end(doc, tok.i)  # "du collectif de défense de l'hôpital": no name
            if thing and last + 1 < end and _capitalised(doc[last + 1], thing):
                last = _name_end(doc, last + 1, end, thing)  # "du fonds d'investissement X"
        elif _bare_subject(doc, det.i, _described(doc, tok.i, end)):
            # "Le département, qui détient 40 % du capital, a refusé ...", "Le club
            # tarn-et-garonnais, qui visait la montée, devra revoir ses ambitions"
            last = _described(doc, tok.i, end)
        else:
            continue
        words = doc[tok.i : last + 1].text
        if det.lower_ in _CONTRACTED:
            found.append(f"{_CONTRACTED[det.lower_]} {words}")
        else:
            words = doc[det.i : last + 1].text
            found.append(f"de {words[0].lower()}{words[1:]}")  # "L'association" opening a sentence
    return found


_TOWNS = frozenset({"village", "ville", "bourg", "hameau", "commune"})


def _town_name(doc: Doc, noun: int, end: int) -> str | None:
    """ "de Fontjoncouse" for "le village de Fontjoncouse", "la commune de Saint-Genest": a
    place named after the word for its kind is owned by its name."""
    if doc[noun].lower_ not in _TOWNS or noun + 2 >= end:
        return None
    if doc[noun + 1].lower_ not in ("de", "d'", "d’") or not doc[noun + 2].text[:1].isupper():
        return None
    last = noun + 2
    while last + 2 < end and doc[last + 1].text == "-" and not doc[last].whitespace_:
        last += 2  # "Saint-Laurent-de-la-Cabrerisse", split at its hyphens
    return of_name(doc[noun + 2 : last + 1].text)


def named_subject(doc: Doc, start: int, end: int) -> list[str]:
    """ "La CGT, par la voix de son secrétaire général, X, ...": a body named by its proper name
    that opens the sentence, set off by a comma, owns the possessive inside it."""
    det = doc[start]
    first = start + 1 if det.lower_ in _OF else start
    ent = next((e for e in doc.ents if e.start == first and e.end < end), None)
    if ent is None or ent.label_ != "ORG" or doc[ent.end].text != ",":
        return []
    of = _OF.get(det.lower_, "de") if first > start else "de"
    return [f"{of} {ent.text}".replace("' ", "'")]


_INDEFINITE = frozenset({"un", "une"})


def _opening_subject(doc: Doc, det: int, noun: Token) -> bool:
    """ "Un collectif de riverains, créé en 2019, réclame ...": an organisation with no name
    brought in by "un"/"une" as the subject its sentence opens on; from then on it is "the"
    collective, whose spokesman "Son porte-parole" is."""
    opens = det == 0 or doc[det - 1].text in (".", "!", "?") or "\n" in doc[det - 1].text
    return opens and noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.dep_ == "ROOT"


def _of_indefinite(doc: Doc, det: int, last: int) -> str:
    """ "du collectif de riverains", "de l'association de parents": the body told of by "un",
    "une", as a role takes it once it is known; by its name when one in marks is set off after
    it ("Un collectif d'usagers, « Bus en colère », réclame": "du collectif Bus en colère")."""
    words = doc[det + 1 : last + 1].text
    name = _name_in_marks(doc, last + 1)
    if name:
        words = f"{doc[det + 1].text} {name}"
    if doc[det].lower_ == "un":
        return f"du {words}"
    return f"de l'{words}" if words[:1] in _VOWELS else f"de la {words}"


def _name_in_marks(doc: Doc, comma: int) -> str | None:
    """ "Bus en colère" in ", « Bus en colère »,": a capitalised name in marks, set off by commas
    from token `comma` on."""
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 1].text not in ("«", '"'):
        return None
    close = next((t.i for t in doc[comma + 2 : comma + 10] if t.text in ("»", '"')), None)
    if close is None or close + 1 >= len(doc) or doc[close + 1].text != ",":
        return None
    name = doc[comma + 2 : close].text
    return name if name[:1].isupper() else None


def _described(doc: Doc, noun: int, end: int) -> int:
    """The last of the lower-case adjectives right after a noun when a comma sets the phrase
    off ("Le club tarn-et-garonnais, qui …"), else the noun: "Le gouvernement wallon a répondu
    …" is too plain a subject to own a possessive two sentences on ("À Bruxelles, la N-VA a
    profité … Son député fédéral", the party's)."""
    last = noun
    while last + 1 < end and doc[last + 1].pos_ == "ADJ" and doc[last + 1].text.islower():
        last += 1
    return last if last + 1 < end and doc[last + 1].text == "," else noun


def _bare_subject(doc: Doc, det: int, noun: int) -> bool:
    """ "Le département, qui ...", "La mairie a refusé": an organisation with no name that
    opens its sentence as its subject is the one the sentence is about."""
    opens = det == 0 or doc[det - 1].text in (".", "!", "?") or "\n" in doc[det - 1].text
    after = doc[noun + 1]
    return (
        opens
        and doc[det].lower_ in ("le", "la", "l'", "l’")
        and (after.text == "," or after.pos_ in ("VERB", "AUX"))
    )


def _capitalised(tok: Token, thing: bool = False) -> bool:
    return tok.text[:1].isupper() and (thing or tok.ent_type_ != "PER")


def _name_end(doc: Doc, first: int, end: int, thing: bool = False) -> int:
    """The last token of an organisation's name: its capitalised words, "de"/"et" between them,
    and a lowercase word or two that go with them ("Océans profonds")."""
    last = first
    lowercase = 0
    j = first + 1
    while j < end:
        tok = doc[j]
        if _capitalised(tok, thing) and not lowercase:
            last = j
        elif tok.lower_ in ("de", "du", "des", "et") and j + 1 < end and _capitalised(doc[j + 1]):
            pass
        elif tok.text == "-" and not doc[j - 1].whitespace_ and j + 1 < end:
            pass  # "la Fondation Abbé-Pierre": a hyphenated name the tokenizer split
        elif (
            tok.pos_ in ("ADJ", "NOUN")
            and tok.text.islower()
            and tok.lower_ not in _CALENDAR
            and last == j - 1
            and lowercase < 2
        ):
            last = j
            lowercase += 1
        else:
            break
        j += 1
    return last
