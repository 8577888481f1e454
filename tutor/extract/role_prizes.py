"""The role of someone a prize went to, when the article gives them no other: "l'académie
Goncourt avait couronné X" is "lauréat du prix Goncourt", "Le prix Renaudot a été attribué à X"
is "lauréate du prix Renaudot"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.genders import first_name_genders
from tutor.facts import Person

if TYPE_CHECKING:
    from tutor.extract.people import Mention
    from tutor.nlp import Doc, Span, Token

_CROWNING = frozenset({"couronner", "récompenser", "primer", "sacrer"})
"""Verbs whose object is the one a prize goes to ("a couronné X")."""
_GIVING = frozenset({"attribuer", "décerner", "remettre"})
"""Verbs whose "à X" is the one a prize goes to ("a été décerné à X")."""
_PRIZES = frozenset({"prix", "trophée", "médaille", "palme", "grand"})
_JURIES = frozenset({"jury", "académie", "comité", "fondation"})
_BETWEEN = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
_BETWEEN |= {"soir", "matin", "midi", "hier", "dès", "aussi", "également", "enfin", "déjà"}


def laureates(
    doc: Doc, people: list[Person], mentions: list[Mention], quoted: list[tuple[int, int]]
) -> list[Person]:
    """People without a role whom a prize went to get "lauréat(e) du prix X" (the prize named
    by the verb's subject, or its jury's), or "lauréat(e)" when the subject names none."""
    out = []
    for index, person in enumerate(people):
        role = None
        if person.role is None:
            own = [m for m in mentions if m.person == index]
            for m in own:
                if any(s <= m.start < e for s, e in quoted):
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                role = _prize_role(doc, span) if span is not None else None
                if role:
                    break
        out.append(Person(person.name, person.aliases, role) if role else person)
    return out


def _prize_role(doc: Doc, span: Span) -> str | None:
    verb = award_verb(doc, span.start)
    if verb is None:
        return None
    prize = _prize_of(doc, verb)
    given = {c.lemma_ for c in verb.children if c.dep_ in ("obj", "nsubj:pass")}
    if verb.lemma_ in _GIVING and not (given & _PRIZES or prize):
        return None  # "Le conseil a attribué à X une subvention"
    female = first_name_genders().get(span[0].text) == "Fem" or verb.text.endswith(("ée", "ées"))
    noun = "lauréate" if female else "lauréat"
    return f"{noun} du {prize}" if prize else noun


def award_verb(doc: Doc, first: int) -> Token | None:
    """The verb right before a name that gives that person a prize: "a couronné (samedi soir)
    X", "a été décerné (mardi) à X"."""
    i = first - 1
    to = i >= 0 and doc[i].lower_ == "à"
    if to:
        i -= 1
    while i >= 0 and first - i <= 5 and doc[i].lower_ in _BETWEEN:
        i -= 1
    if i < 0 or doc[i].pos_ != "VERB":
        return None
    if doc[i].lemma_ in (_GIVING if to else _CROWNING):
        return doc[i]
    return None


def _prize_of(doc: Doc, verb: Token) -> str | None:
    """ "prix Renaudot" of "Le prix Renaudot a été attribué", of "Le jury du prix Renaudot a
    couronné", "prix Goncourt" of "l'académie Goncourt a couronné"; None for "Le jury"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None:
        return None
    if subject.lemma_ in _JURIES:
        prize = next((t for t in subject.subtree if t.lemma_ in _PRIZES and t.i > subject.i), None)
        if prize is not None:
            return _named(doc, prize)
        name = _capitalised_after(doc, subject.i)
        return f"prix {name}" if name else None
    if subject.lemma_ in _PRIZES:
        return _named(doc, subject)
    if subject.pos_ == "PROPN":
        return _capitalised_after(doc, subject.i - 1)
    return None


def _named(doc: Doc, prize: Token) -> str | None:
    """ "prix Renaudot", "prix Lucien-Marchal": the prize's noun and the name after it."""
    name = _capitalised_after(doc, prize.i)
    return f"{prize.text} {name}" if name else None


def _capitalised_after(doc: Doc, i: int) -> str | None:
    """The capitalised words right after token `i`, hyphens kept ("Lucien-Marchal")."""
    end = i + 1
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text == "-"):
        end += 1
    while end > i + 1 and doc[end - 1].text == "-":
        end -= 1
    if end == i + 1:
        return None
    return doc[i + 1 : end].text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
