"""Whether a bank word could also fill a gap: a learner who picks it must be plainly wrong.

A distractor is refused when its meaning is close to the answer's (a near-synonym: "accident"
for "incident"), when the article says it next to a word around the gap, or when it sits better
with the words around the gap than a wrong word would
("Des défaillances dues à l'___ de l'avion": "accident" reads well next to "avion" and
"défaillances", even though the answer is "ergonomie"). Both are judged with the model's word
vectors (`tutor.generate.lexicon`); a word without a vector is judged on the others only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from tutor.generate import french
from tutor.generate.lexicon import Lexicon

SYNONYM_SIMILARITY = 0.7
"""Cosine similarity to the answer from which two words mean nearly the same ("accident" and
"incident" 0.79, "sanctions" and "pénalités" 0.79); antonyms and words of one field, which make
good distractors ("allié" and "ennemi" 0.61), stay below it."""
CONTEXT_SIMILARITY = 0.4
"""A distractor this close to a word next to the gap may be at home in the sentence..."""
CONTEXT_MARGIN = 0.05
"""... when it is about as close as the answer is (or closer)."""
CONTEXT_WINDOW = 2
"""Content words on each side of the gap that make its context."""
NEAR_WORDS = 6
"""A candidate this close to a context word in another sentence is said with it."""
OBJECT_SIMILARITY = 0.25
"""A noun's vector stays far from any verb's, even from the verb's usual objects. In a person's
gap, whose candidates are things, a thing this close to the verb whose object the gap is, and
at least as close as the person is, is one the verb takes as readily: "qui n'avait contrôlé le
___ que deux fois" (coureur, 0.21 from "contrôlé") offered "passeport" (0.29), which fits;
"quotidien" (0.22) and "tribunal" (0.19) do not."""
OPEN_FRAME_SIMILARITY = 0.4
"""In a gap whose words choose nothing of its meaning ("qui détient 54 % du ___", "c'était la
faute des ___", "conteste toute ___", "réclamer une meilleure ___"), a word of the answer's
field fits as well: "54 % du marché" for "capital" (0.50), "une meilleure exposition" for
"rémunération" (0.52), "la faute des chercheurs" for "pesticides" (0.46). There, only a word
this far from the answer is wrong for a reason the learner can see."""

_OPEN_FRAME = re.compile(
    r"(?:\d\s*%\s+|\bpour\s+cent\s+|\b(?:moitié|tiers|quart|majorité|totalité|part|partie|faute|"
    r"reste|ensemble)\s+)(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])$"
    r"|\b(?:tout|toute|tous|toutes|meilleur|meilleure|meilleurs|meilleures|pire|pires)\s+$"
    # whose figures: "selon les chiffres de la ___" (the prefecture's, the town's)
    r"|\b(?:selon|d['’]après)\s+(?:les|le|la|l['’])\s*[\w-]+\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)$"
    # the subject opening its sentence: "Les ___ dressent un bilan plus nuancé" (restaurateurs,
    # campsites, hoteliers: whoever can take stock)
    r"|^\s*Les\s+$"
    # the agent of a passive: "relogées par la ___" (the prefecture, the town hall: whoever can)
    r"|\bpar\s+(?:la|le|les|l['’])\s*$"
    # the time of an event: "tout au long de l'___" (the hearing, the inquiry), "lors du ___"
    r"|\b(?:tout\s+au\s+long|au\s+cours|lors|à\s+l['’]issue|au\s+terme)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’])$"
    r"|\b(?:pendant|durant)\s+(?:la|le|les|l['’])\s*$"
    # whose wish or worry: "« des attentes excessives » des ___" (borrowers, households,
    # markets: whoever can expect)
    r"|\b(?:attentes?|craintes?|inquiétudes?|colère|demandes?|revendications?|exigences?|"
    r"espoirs?|besoins?|intérêts?)(?:\s+[\w-]+)?\s*»?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)$"
    # the date of an event: "date de sa ___ provisoire" (suspension, decision)
    r"|\bdate\s+(?:de\s+(?:sa|son|ses|leur|leurs|la|l['’])|du|des)\s*$"
    # what a thing is about: "Les travaux portent sur le ___ de 4,2 kilomètres de voies" (the
    # replacement, the cleaning, the renewal of the tracks: any work on them), "concerne la ___"
    r"|\bport(?:e|ent|ait|aient|era|eront|ant|é)\s+(?:\w+ment\s+|aussi\s+|surtout\s+)?sur\s+"
    r"(?:le|la|les|l['’])\s*$"
    r"|\bconcern(?:e|ent|ait|aient|era|eront|ant)\s+(?:le|la|les|l['’])\s*$",
    re.IGNORECASE,
)
_VERB_LAST = re.compile(
    r"\b[^\W\d_]{3,}(?:er|ir|re|é|ée|és|ées|i|is|it|int|u|us)\s+"
    r"(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*$",
    re.IGNORECASE,
)
"""A verb and a determiner before a gap that ends its sentence: "Il lui a fallu trente heures
pour rejoindre le ___." (the boat, the sailor: only the verb chooses)."""


def open_frame(before_gap: str, after_gap: str = "") -> bool:
    """Whether the words just before a gap take any noun of a field: a share of it ("54 % du
    ___", "la moitié des ___"), the blame of it ("la faute des ___"), "toute ___", "une
    meilleure ___", whose figures ("selon les chiffres de la ___"), the subject opening the
    sentence ("Les ___ dressent un bilan"), the agent of a passive ("relogées par la ___"), the
    time of an event ("tout au long de l'___", "pendant la ___"), the object of a verb closing
    the sentence ("pour rejoindre le ___."), what a thing is about ("portent sur le ___"); or
    whether a place's name
    completes it ("dans l'___ de Thonon-les-Bains": the factory, the firm, the site of the
    town) (see OPEN_FRAME_SIMILARITY)."""
    closing = after_gap.strip()  # the sentence's final stop: nothing else after the gap
    if _VERB_LAST.search(before_gap) and closing and not closing.strip(".!?…»"):
        return True
    return bool(_OPEN_FRAME.search(before_gap) or _OF_A_NAME.match(after_gap))


_GOVERNING_VERB = re.compile(
    r"\b(?P<verb>[^\W\d_]{3,}(?:er|ir|re|é|ée|és|ées|i|is|it|int|u|us))\s+"
    r"(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*$",
    re.IGNORECASE,
)
_NOT_VERBS = french.wordset(
    """entre contre parmi outre selon hormis vers lui qui premier dernier janvier février"""
)


def governing_verb(before_gap: str) -> str | None:
    """The verb whose object the gap is ("qui n'avait contrôlé le ___": "contrôlé"), when a
    verb and its determiner come just before it."""
    found = _GOVERNING_VERB.search(before_gap)
    if found is None or french.fold(found["verb"]) in _NOT_VERBS:
        return None
    return found["verb"]


_OF_A_NAME = re.compile(r"\s+(?:de|d['’]|du)\s*(?!(?:La|Le|Les|L['’])\b)[A-ZÀ-Ý][\w’'-]*")


_FUNCTION_WORDS = french.wordset(
    """avec dans pour par sur sous entre vers chez sans selon contre depuis pendant avant après
    leur leurs cette ces son ses sont était être avoir avait fait faire plus moins très aussi
    comme mais donc alors encore toujours tout tous toute toutes elle elles nous vous ils lui
    dont quand lorsque puis ainsi notamment également"""
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _words(text: str) -> list[str]:
    """The words of a text, an elided article or pronoun taken off ("l'avion" -> "avion")."""
    # a word starts with a letter: an apostrophe second is an elision
    return [w[2:] if w[1:2] in ("'", "’") else w for w in _WORD.findall(text)]


@dataclass(frozen=True)
class Verdict:
    """Why a distractor was refused, for the report of a generation run."""

    word: str
    reason: str
    score: float


def context_words(before_gap: str, after_gap: str) -> list[str]:
    """The content words nearest the gap, CONTEXT_WINDOW on each side."""

    def content(text: str) -> list[str]:
        words = _words(text)
        # names say what the article is about, not what fits the gap
        return [
            w
            for w in words
            if len(w) >= 4 and w[0].islower() and french.fold(w) not in _FUNCTION_WORDS
        ]

    return content(before_gap)[-CONTEXT_WINDOW:] + content(after_gap)[:CONTEXT_WINDOW]


def _fit(lexicon: Lexicon, word: str, context: list[str]) -> float | None:
    """How close a word is to its nearest context word."""
    known = [s for s in (lexicon.similarity(word, w) for w in context) if s is not None]
    return max(known) if known else None


def said_together(candidate: str, context: list[str], sentences: Sequence[str]) -> bool:
    """Whether the article itself puts the candidate next to a word of the gap's context, in
    another sentence: "Ce ___ est une immense victoire" and "le rejet d'ACTA constitue une
    formidable victoire" make "rejet" a defensible answer."""
    wanted = {_stem(w) for w in context}
    target = _stem(candidate.split(" ")[0])
    for sentence in sentences:
        where = _stem_positions(sentence)
        at = where.get(target)
        if at is None:
            continue
        near = [j for w in wanted for j in where.get(w, ())]
        if any(abs(i - j) <= NEAR_WORDS for i in at for j in near):
            return True
    return False


@lru_cache(maxsize=4096)
def _stem_positions(sentence: str) -> dict[str, tuple[int, ...]]:
    """Where each stem occurs in a sentence, by word position. Every candidate of every bank
    is looked for in the same sentences: each is read once."""
    where: dict[str, list[int]] = {}
    for i, word in enumerate(_words(sentence)):
        where.setdefault(_stem(word), []).append(i)
    return {stem: tuple(at) for stem, at in where.items()}


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A word without its plural ending, for matching forms of one word."""
    folded = french.fold(word)
    return folded[:-1] if len(folded) > 4 and folded.endswith(("s", "x")) else folded


def refusal(
    lexicon: Lexicon,
    answer: str,
    candidate: str,
    context: list[str],
    elsewhere: Sequence[str] = (),
    open_gap: bool = False,
    verb: str | None = None,
) -> Verdict | None:
    """Why `candidate` could also fill the gap of `answer`, or None when it could not.

    In a gap whose words choose nothing (`open_gap`, see `open_frame`), a word of the answer's
    field is refused too (OPEN_FRAME_SIMILARITY).

    In context, a candidate is refused when it is close to a word next to the gap and about as
    close as the answer itself ("l'___ de l'avion": "accident" 0.44, "ergonomie" 0.26), or when
    one of the `elsewhere` sentences (the rest of the article) says it next to such a word.
    """
    close = lexicon.similarity(answer, candidate)
    if close is not None and close >= SYNONYM_SIMILARITY:
        return Verdict(candidate, "synonym", close)
    if open_gap and close is not None and close >= OPEN_FRAME_SIMILARITY:
        return Verdict(candidate, "open gap", close)
    if said_together(candidate, context, elsewhere):
        return Verdict(candidate, "article", 1.0)
    if verb is not None and _object_of(lexicon, answer, candidate, verb):
        return Verdict(candidate, "object", lexicon.similarity(candidate, verb) or 0.0)
    fit = _fit(lexicon, candidate, context)
    if fit is None or fit < CONTEXT_SIMILARITY:
        return None
    answer_fit = _fit(lexicon, answer, context)
    if answer_fit is None or fit >= answer_fit - CONTEXT_MARGIN:
        return Verdict(candidate, "context", fit)
    return None


def _object_of(lexicon: Lexicon, answer: str, candidate: str, verb: str) -> bool:
    """Whether the verb before the gap takes the candidate as its object as readily as the
    answer (OBJECT_SIMILARITY)."""
    close = lexicon.similarity(candidate, verb)
    if close is None or close < OBJECT_SIMILARITY:
        return False
    answer_close = lexicon.similarity(answer, verb)
    return answer_close is None or close >= answer_close
