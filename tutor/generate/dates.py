"""Date items: "Quand ... ?" questions typed as dates, "À quelle heure … ?" questions typed as
times, and a chronology of the dated events."""

from __future__ import annotations

import re

from tutor.generate import french, sentence_crop
from tutor.generate.chronology import chronology_item
from tutor.generate.clock_times import time_items
from tutor.generate.context import Context
from tutor.generate.dated import (
    FREQUENCY,
    DatedSentence,
    answers,
    dated_sentences,
    precision,
    unplaced_weekday,
)
from tutor.generate.events import event_of
from tutor.generate.question_crop import cropped_question, without_age
from tutor.literal_search import find_word

__all__ = ["chronology_item", "date_items", "date_question"]

MAX_DATE_QUESTIONS = 4


def _hint(dated: DatedSentence) -> str:
    kind = precision(dated.fact.value)
    has_year = bool(re.search(r"\d{4}", dated.date_text))
    if kind == "day":
        return "La réponse est un jour précis" + (", avec l'année." if has_year else ".")
    if kind == "month":
        return "La réponse est un mois" + (" et une année." if has_year else ".")
    if kind == "year":
        if _SEASON.search(dated.date_text):  # "au printemps 2027": the year alone is not it
            return "La réponse est une saison et une année."
        return "La réponse est une année."
    if kind == "duration":
        return "La réponse est une durée (un nombre d'années, de mois ou de jours)."
    return "Cherchez les mots qui situent l'action dans le temps."


_SEASON = re.compile(r"\b(?:printemps|été|automne|hiver)\b", re.IGNORECASE)


def _quote(dated: DatedSentence) -> str:
    """The part of the sentence around the date, to show in feedback."""
    return sentence_crop.gap_window(dated.sentence, dated.start, dated.end, dated.date_text, 22)


def date_question(ctx: Context, dated: DatedSentence) -> tuple[int, dict[str, object]] | None:
    """One date item and its quality (0 = a date, 1 = a duration), when the event of the date
    makes a question."""
    kind = precision(dated.fact.value)
    if (kind == "other" and not unplaced_weekday(dated)) or FREQUENCY.match(dated.date_text):
        return None
    question = event_of(ctx, dated).question
    if question is None:
        return None  # a date gap in a quoted sentence asks for no understanding of the event
    if _names_another_date(ctx, dated, question):
        return None  # "Quand ... commencent, et la rame roulera en 2026 ?" asks two things
    if question.count("«") != question.count("»"):
        return None  # "Quand la variable d'ajustement » a-t-elle été publiée ?": a title's end
    question = cropped_question(
        _without_clock_time(question), ctx.lexicon.finite, ctx.article.body, ctx.lexicon.infinitives
    )
    answer, accept = answers(dated)
    # lower case first, then the exact text: two spellings that differ only by a capital must
    # not come out in set order, which changes with Python's string hashing from run to run
    accept = sorted(
        {a for a in accept if french.fold(a) != french.fold(answer)}, key=lambda a: (a.lower(), a)
    )
    item: dict[str, object] = {
        "type": "date",
        "skill": "dates",
        "prompt": question,
        "answer": answer,
    }
    if kind in ("year", "month", "day", "duration"):
        item["value"] = dated.fact.value
    if accept:
        item["accept"] = accept
    item["evidence"] = dated.sentence
    item["hint"] = _hint(dated)
    item["feedback"] = f"Réponse : {answer}. L'article le dit : {french.quoted(_quote(dated))}"
    return (1 if kind == "duration" else 0), item


_CLOCK_TIME = re.compile(
    r"(?P<lead>,)?\s+(?:peu\s+)?(?:vers|à|dès|avant|après)\s+"
    r"(?:midi|minuit|\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?)\b(?!\s+d(?:e\b|['’]))"
    r"(?(lead)(?:\s*,(?=\s))?)",
    re.IGNORECASE,
)
"""A time of day ("vers 15 heures", "à 8 h 30"): part of when, it does not stay in a question
that asks when ("Quand le feu est-il parti vers 15 heures ?"); set off by two commas, both go
with it ("précédera, vers 22 heures, le pianiste")."""


_BARE_CLOCK_TIME = re.compile(
    r"(?<![\w'’])(?P<before>[\w'’]+)\s+(?:midi|minuit|\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?)"
    r"(?=\s*(?:[,;?]|$))",
    re.IGNORECASE,
)
"""A time of day left with no preposition where the date was taken out ("sont en vigilance
rouge depuis mercredi 22 heures" -> "… sont en vigilance rouge 22 heures ?")."""
_BEFORE_A_LENGTH = french.wordset(
    "pendant durant de d' en après avant depuis à vers dès les des et sur ou plus moins"
)


def _without_clock_time(question: str) -> str:
    """The question without a time of day, an age set off after a name, nor an aside in
    brackets."""
    question = _CLOCK_TIME.sub("", question)
    question = _BARE_CLOCK_TIME.sub(
        lambda m: (
            m.group(0)
            if french.fold(m.group("before")) in _BEFORE_A_LENGTH or m.group("before").isdigit()
            else m.group("before")
        ),
        question,
    )
    question = without_age(question)
    return french.tidy(_BRACKETS.sub("", question))


_BRACKETS = re.compile(r"\s*\([^()]*\)")
"""An aside in brackets ("(BEA-TT)", "(71-66)", "(environ 130 millions d'euros)"): the article
gives it in passing, a question about when reads without it."""


def _names_another_date(ctx: Context, dated: DatedSentence, question: str) -> bool:
    """Whether the question holds another date of its sentence: it then asks about two events
    at once, or gives a learner a second date to answer with."""
    others = (
        d.text
        for d in ctx.facts.dates
        if d.sentence == dated.sentence and d.text != dated.fact.text and len(d.text) > 2
    )
    folded = french.fold(question)
    return any(
        (at := find_word(folded, french.fold(t))) != -1 and not _names_a_noun(folded, at, t)
        for t in others
    )


_NOUN_COMPLEMENT = re.compile(
    r"(?<![\w'’])(?:le|la|les|l['’]|leur|leurs|son|sa|ses|du|des|un|une)\s*"
    r"(?:[^\W\d_]+\s+){0,2}?[^\W\d_]{3,}\s+(?:de|pour)\s+$"
)
"""A noun with its article before "de" or "pour": "le budget pour 2026", "leur premier bilan de
l'année 2026"."""


def _names_a_noun(folded_question: str, at: int, other: str) -> bool:
    """Whether another date in a question is a year that tells which thing a noun is ("ont
    adopté le budget pour 2026", "publieront leur bilan de l'année 2026"): it is part of the
    name of what the event is about, not a second time of the event, and a "Quand" asking for a
    day is not answered with it."""
    if not re.fullmatch(r"(?:l['’]année\s+)?\d{4}", other.strip(), re.IGNORECASE):
        return False
    return _NOUN_COMPLEMENT.search(folded_question[:at]) is not None


def date_items(ctx: Context) -> list[dict[str, object]]:
    """Up to MAX_DATE_QUESTIONS date questions, one per date value, dates before durations, in
    article order; then a chronology."""
    best: dict[str, tuple[int, int, DatedSentence, dict[str, object]]] = {}
    for position, dated in enumerate(dated_sentences(ctx)):
        built = date_question(ctx, dated)
        if built is None:
            continue
        quality, item = built
        current = best.get(dated.fact.value)
        if current is None or quality < current[0]:
            best[dated.fact.value] = (quality, position, dated, item)
    chosen = sorted(best.values(), key=lambda c: (c[0], c[1]))[:MAX_DATE_QUESTIONS]
    items = []
    for _, _, dated, item in sorted(chosen, key=lambda c: c[1]):
        items.append({"id": ctx.new_id("date", dated.date_text), **item})
    items += time_items(ctx, {str(item["evidence"]): item for item in items})
    chronology = chronology_item(ctx)
    if chronology is not None:
        items.append(chronology)
    return items
