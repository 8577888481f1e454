"""Dates that sit inside what describes a noun, not inside the sentence's own clause.

"la piscine, construite en 1972", "le scandale qui avait secoué le Tour de France en 1998",
"le héros imaginé par André Franquin en 1957", "une hauteur jamais vue depuis 1995": each date
dates the noun's participle or relative clause. When no reading of that participle or clause
is found, the sentence's main clause must not be asked about instead: its verb ("a voté la
fermeture", "relance le débat") is another event, at another time.
"""

from __future__ import annotations

import re

from tutor.generate import french
from tutor.generate.clause_checks import may_have_verb
from tutor.generate.dated import DatedSentence
from tutor.generate.simplify import AUXILIARIES, is_participle

_RELATIVE = re.compile(r"(?<![\w'’])(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles)\s")
_NOT_BEFORE_PARTICIPLE = AUXILIARIES | french.wordset("été se s' ne n' en y l' le la les lui leur")
"""Words after which a participle is the verb of the clause ("a été publiés", "s'est
terminée"), not a participle set after a noun."""
_APPOSITION_OPENERS = french.wordset("un une son sa ses leur leurs le la les l'")
"""The first word of a noun phrase set off after the clause ("…, sa plus forte baisse depuis
son introduction en 2019"): a date in it dates that noun, not the clause's verb."""
_CLAUSE_BREAK = re.compile(r"[,;:(«“—–]")
_OTHER_EVENT = re.compile(
    r"\s*(?:avant|après)\s+(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cette)\b", re.I
)
"""A phrase naming another event in time ("avant le derby"): a date set off right after it
is that event's."""


_NEAR_PARTICIPLE = 4
"""How far before a date a participle set after a noun still holds it ("une thèse de géographie
soutenue en 2021", "le héros imaginé par André Franquin en 1957")."""


def _participle_after_verb(before: str) -> bool:
    """Whether the words before a date end with a participle set after a noun, once the
    clause has had its verb: "a saisi sa section … visant une thèse soutenue en 2021"."""
    words = before.split()
    folded = [french.fold(w.strip(",;:«»()")) for w in words]
    for i in range(max(1, len(words) - _NEAR_PARTICIPLE), len(words)):
        if folded[i - 1] in _NOT_BEFORE_PARTICIPLE or folded[i - 1] in ("avoir", "être"):
            continue
        if is_participle(words[i]) and any(w in AUXILIARIES for w in folded[: i - 1]):
            return True
    return False


_RANGE_START = re.compile(r"(?<![\w'’])du\s+\d{1,2}(?:er)?\s+$", re.IGNORECASE)


def range_end(dated: DatedSentence) -> bool:
    """Whether the date ends a span ("dans la nuit du 9 au 10 octobre"): "au 10 octobre"
    alone is no answer to when it happened."""
    return dated.preposition == "au" and bool(
        _RANGE_START.search(dated.sentence[: dated.phrase_start])
    )


_REFLEXIVE_AUXILIARIES = frozenset({"s'est", "s'était", "s'étaient"})


def in_noun_modifier(dated: DatedSentence) -> bool:
    """Whether the date is inside a relative clause ("qui … en 1998") or a participle phrase set
    after a noun ("…, construite en 1972", "le héros imaginé par X en 1957") that the date's
    part of the sentence has no verb of its own to leave it in."""
    before = dated.sentence[: dated.phrase_start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    segment = before[breaks[-1].end() :] if breaks else before
    if _RELATIVE.search(f" {segment}"):
        return True
    if not breaks:
        # the sentence's own subject and verb: "Le pont construit en 1998 …"; but after the
        # verb, "a saisi … une thèse soutenue en 2021" dates the thesis, not the act
        return _participle_after_verb(before)
    if not segment.strip() and len(breaks) >= 2 and breaks[-1].group() == ",":
        previous = before[breaks[-2].end() : breaks[-1].start()]
        if _OTHER_EVENT.match(previous):
            return True  # "avant le derby contre Saint-Étienne, le 14 septembre,": the derby's
    words = [w for w in segment.split() if w]
    after = dated.sentence[dated.end :]
    between_commas = breaks[-1].group() == "," and after.lstrip().startswith(",")
    if len(words) == 1 and between_commas:
        return True  # "La ministre, présente samedi, a annoncé": she was there on Saturday
    if between_commas and 2 <= len(words) <= 4 and not may_have_verb(segment):
        return True  # "L'ancien ministre, en poste depuis 2023, paie …": his time in office
    folded = [french.fold(w) for w in words]
    # "Arben Kastrati, s'est rendu sur place dès mercredi matin": the clause's own verb
    if any(w in AUXILIARIES or w in _REFLEXIVE_AUXILIARIES for w in folded):
        return False
    apposed = breaks[-1].group() == "," and folded and folded[0] in _APPOSITION_OPENERS
    if apposed and not may_have_verb(segment):
        return True  # "…, sa plus forte baisse depuis son introduction en 2019"
    for i, word in enumerate(words):
        if i > 0 and folded[i - 1] in _NOT_BEFORE_PARTICIPLE:
            continue
        if is_participle(word) and (i > 0 or breaks[-1].group() == ","):
            return True
    return False


_ANNOUNCED = re.compile(
    r"\b(?:annonc|prév|programm|convoqu|propos|exclu|envisag|évoqu|prom[ei]|réclam|demand)"
    r"[\w]*\s+(?:pas\s+|plus\s+)?(?:une?|des|d['’]autres|de\s+nouvell?e?s?|de\s+nouveaux|d['’]|une\s+autre)\s+"
    r"(?P<noun>[^\W\d_]+)\b[^,;:.«»]*$",
    re.IGNORECASE,
)
_COMING_EVENTS = french.wordset(
    """réunion réunions rencontre rencontres séance séances sommet vote votes grève grèves
    journée journées manifestation manifestations assemblée audience conférence consultation
    consultations élection élections scrutin référendum visite négociation négociations
    mobilisation débat débats"""
)


def dates_an_announced_event(dated: DatedSentence) -> bool:
    """Whether the date ends its sentence after a new event its verb announces, plans or does
    not exclude ("a annoncé une réunion avec la ministre le 2 avril", "n'exclut pas d'autres
    journées de grève en mai"): the date is that event's, the announcing is not dated, and
    "Quand X a-t-elle annoncé une réunion ?" asks the wrong thing."""
    if dated.sentence[dated.end :].strip(" .!?»)") != "":
        return False
    found = _ANNOUNCED.search(dated.sentence[: dated.phrase_start])
    return found is not None and french.fold(found.group("noun")) in _COMING_EVENTS
