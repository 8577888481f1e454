"""Names in quotation marks: "son plan « France 2030 »", "son film « Les Oubliés »",
"l'opération « Ville propre »", "son livre, « Les Années perdues », ...". The marks set off the
name of the thing the noun before them is; nobody is quoted, whatever speech verb comes before
("a présenté", "a annoncé").

Words in marks that qualify the noun ("un projet « porteur d'avenir »", "une vente « dans le dos
des supporters »") begin in lower case and stay quotations.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.role_words import is_role_noun
from tutor.extract.speech import word_count

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tutor.extract.sentences import QuotedSpan
    from tutor.nlp import Doc

_MOST_WORDS = 6
_NAMING_NOUNS = frozenset(
    {"nom", "pseudonyme", "pseudo", "surnom", "sobriquet", "titre", "appellation", "slogan"}
)
"""Nouns whose "de" introduces a name: "sous le pseudonyme de « Lumi »"."""


def names_its_noun(doc: Doc, body: str, span: QuotedSpan) -> bool:
    """Whether the marks right after a noun hold its name: a capital first letter, a few
    words, no sentence inside."""
    text = body[span.start : span.end].strip()
    if not text[:1].isupper() or word_count(text) > _MOST_WORDS:
        return False
    if any(p in text for p in ".!?:;"):
        return False
    before = doc.char_span(max(0, span.open - 30), span.open, alignment_mode="expand")
    if before is None or len(before) == 0:
        return False
    tokens = [t for t in before if t.idx < span.open]
    if len(tokens) >= 2 and tokens[-1].lower_ in ("de", "d'", "d’"):
        # "connue sous le pseudonyme de « Lumi »", "un film au titre de « Partir »"
        return tokens[-2].lemma_.lower() in _NAMING_NOUNS
    if len(tokens) >= 2 and tokens[-1].text == "," and _apposed(body, span):
        tokens.pop()  # "son livre, « Les Années perdues », ...": a name in apposition
    noun = tokens[-1] if tokens else None
    if noun is None:
        return False
    # "a répondu au député, « Nous verrons bien »": a person is not named so
    thing = not is_role_noun(noun.text)
    return noun.pos_ == "NOUN" and noun.text[:1].islower() and thing


def _apposed(body: str, span: QuotedSpan) -> bool:
    """The marks are set between commas, or end the sentence: an apposition."""
    after = body[span.close + 1 :].lstrip()
    return after[:1] in (",", ".", "")


_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*(?:et|ou))\s*")
_LIST_LEAST = 3
_LABEL_MOST_WORDS = 3


def lists_labels(body: str, spans: Sequence[QuotedSpan], span: QuotedSpan) -> bool:
    """ "quatre niveaux : « insuffisant », « fragile », « satisfaisant » et « très bon »": three
    short quoted words or more joined only by commas, "et" or "ou" name the items of a list;
    nobody said them."""
    at = spans.index(span)
    first = last = at
    while first > 0 and _joined(body, spans[first - 1], spans[first]):
        first -= 1
    while last + 1 < len(spans) and _joined(body, spans[last], spans[last + 1]):
        last += 1
    chain = spans[first : last + 1]
    short = all(word_count(body[s.start : s.end]) <= _LABEL_MOST_WORDS for s in chain)
    return len(chain) >= _LIST_LEAST and short


def _joined(body: str, left: QuotedSpan, right: QuotedSpan) -> bool:
    return _LIST_JOIN.fullmatch(body[left.close + 1 : right.open]) is not None


_CHARGE_LEAD = re.compile(
    r"(?:\bpour(?: des faits d(?:e |['’]))?|\bdu chef d(?:e |['’])|\bdes chefs d(?:e |['’]))\s*$",
    re.IGNORECASE,
)
_PROCEEDINGS = re.compile(
    r"\b(?:enquêtes?|information judiciaire|plaintes?|procédures?|poursuites|poursuivie?s?|"
    r"mise?s? en examen|condamnée?s?|inculpée?s?|jugée?s?|interpellée?s?|arrêtée?s?|écrouée?s?|"
    r"garde à vue|verbalisée?s?|instruction)\b",
    re.IGNORECASE,
)
_CHARGE_MOST_WORDS = 12
_CHARGE_REACH = 80
"""How many characters before "pour" the proceedings may be named ("a ouvert une enquête
préliminaire des chefs de « ... »")."""


def names_a_charge(body: str, span: QuotedSpan) -> bool:
    """ "a ouvert une enquête pour « mise en danger de la vie d'autrui »", "mis en examen du
    chef d'« escroquerie »": the legal name of an offence, set in marks after the proceedings
    it is the ground of; nobody is quoted."""
    text = body[span.start : span.end].strip()
    if not text[:1].islower() or word_count(text) > _CHARGE_MOST_WORDS:
        return False
    if any(p in text for p in ".!?;:"):
        return False
    before = body[max(0, span.open - _CHARGE_REACH) : span.open]
    lead = _CHARGE_LEAD.search(before)
    if lead is None:
        return False
    clause = re.split(r"[.!?;:»«]", before[: lead.start()])[-1]
    return _PROCEEDINGS.search(clause) is not None


_PURPOSE_BEFORE = re.compile(r"(?<![\w'’])(?:pour|sans)\s*$", re.IGNORECASE)
_GOES_ON = re.compile(r"^\s+[a-zà-ÿ]")


def in_passing(body: str, span: QuotedSpan) -> bool:
    """ "de faux messages demandent des coordonnées bancaires pour « activer » le chèque": one
    word set in marks inside a purpose ("pour", "sans") whose sentence goes on after it is the
    writer's distance from the word, nobody's words (review 17's Q&A)."""
    text = body[span.start : span.end].strip()
    if word_count(text) != 1 or not text[:1].islower():
        return False
    return bool(
        _PURPOSE_BEFORE.search(body[max(0, span.open - 12) : span.open])
        and _GOES_ON.match(body[span.close + 1 : span.close + 20])
    )
