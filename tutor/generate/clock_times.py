"""Time items: "À quelle heure … ?" questions on the time of day an event happened ("Le feu s'est
déclaré vers 23 h 40"), typed and scored as a time (`value` "T23:40")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from tutor.facts import DateFact
from tutor.generate import french, sentence_crop
from tutor.generate.context import Context
from tutor.generate.dated import DatedSentence, inside_quotation
from tutor.generate.event_model import TIME_QUESTION_WORD
from tutor.generate.events import event_of
from tutor.generate.question_crop import cropped_question, without_age
from tutor.typed_times import iso_time

__all__ = ["time_items"]

MAX_TIME_QUESTIONS = 2

_CLOCK = (
    r"(?:(?P<hour>\d{1,2})\s*(?:h|heures?)(?:\s*(?P<minute>[0-5]\d))?"
    r"(?:\s+du\s+(?P<part>matin|soir))?|(?P<named>midi|minuit))"
)
_TIME = re.compile(
    r"(?<![\w'’-])(?P<prep>à|vers|peu\s+avant|peu\s+après)\s+"
    rf"(?P<time>{_CLOCK}(?![\w'’])(?:,?\s+(?P<zone>heure\s+(?:locale|française|de\s+Paris)))?)"
    # "2 h" before its minutes is no time ("vers 2 h 15 par le père"); "par" after a time
    # with no minutes makes a rate ("à 5 heures par jour"), after one with them an agent
    r"(?(minute)(?!\s*(?:d(?:e\b|['’])|sur\b|/))|(?!\s*(?:d(?:e\b|['’])|sur\b|par\b|/|\d)))",
    re.IGNORECASE,
)
"""A time of day with the word that sets the event at it: "à 15 h 30", "vers 3 heures du matin",
"peu avant 6 heures", with the clock it is read on ("à 04H17 heure locale"). "jusqu'à 15
heures", "avant 20 heures", "dès 7 h 30" bound a period instead, and "à 12 heures de route" is a
length."""
_ZONE = re.compile(r",?\s+heure\s+(?:locale|française|de\s+Paris)$")
"""The clock a time is read on: part of where the time stands, no part of its answer."""
_SECOND_VERB = re.compile(
    r"\s+et\s+(?:ne\s+|n['’])?(?:s['’]|se\s+)?(?P<verb>[^\W\d_]+)[^?]*\?$", re.IGNORECASE
)
"""A second verb joined by "et" ("entre en vigueur ce jeudi et s'appliquera jusqu'au 31 août"):
another event, which the time does not date."""
_RANGE_BEFORE = re.compile(r"(?<![\w'’])(?:de|entre)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?\s+$")
"""The start of a span ("ouvert de 9 heures à 17 heures"): its end times no event."""
_EVERY = re.compile(r"(?<![\w'’])(?:chaque|chacune?|tous\s+les|toutes\s+les)\s", re.IGNORECASE)
"""A sentence about what happens every day or week: its time is a timetable, not an event."""
_OTHER_CLOCK = re.compile(r"\d\s*(?:h|heures?)\b|\b(?:midi|minuit)\b", re.IGNORECASE)
_OTHER_ZONE = re.compile(
    r"^\s*(?:UTC|GMT|TU\b|heure\s+(?:de|d['’]|du|des|en)\s|\(\s*(?:soit\s+)?\d{1,2}\s*(?:h|heures?)\b)",
    re.IGNORECASE,
)
"""A clock the answer would not be read on ("à 21 h 14 UTC (23 h 14 à Paris …)", "à 15 heures
heure de Kiev"): a learner who gives the other time has read the article right."""


def _value(match: re.Match[str]) -> str | None:
    """The ISO time of a match ("T03:00" for "3 heures du matin"), None for no real time."""
    if match["named"]:
        return iso_time(12 if match["named"].lower() == "midi" else 0, 0)
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if match["part"] and match["part"].lower() == "soir" and hour < 12:
        hour += 12
    return iso_time(hour, minute) if hour < 24 else None


def _timed_sentences(ctx: Context) -> list[DatedSentence]:
    """Each time of day that may date an event, located in its sentence, in article order."""
    body = ctx.article.body
    found = []
    for sentence in ctx.sentences:
        offset = body.find(sentence)
        if offset < 0 or not sentence[:1].isupper() or _EVERY.search(sentence):
            continue  # a list item, or a timetable
        for match in _TIME.finditer(sentence):
            value = _value(match)
            if value is None or _RANGE_BEFORE.search(sentence[: match.start()]):
                continue
            if _OTHER_ZONE.match(sentence[match.end() :]):
                continue
            start, end = match.span("time")
            text = sentence[start:end]
            fact = DateFact(text, value, sentence, offset + start, offset + end)
            prep = french.fold(re.sub(r"\s+", " ", match["prep"]))
            dated = DatedSentence(fact, sentence, start, end, match.start(), prep)
            if not inside_quotation(dated):
                found.append(dated)
    return found


def _answers(dated: DatedSentence) -> tuple[str, list[str]]:
    """The answer as the article writes it ("vers 23 h 40", "15 h 30") and other spellings; any
    other way of writing the same time is scored right through the item's value."""
    bare = _ZONE.sub("", dated.date_text)
    phrase = _ZONE.sub("", dated.phrase)
    answer = bare if dated.preposition == "à" else phrase
    hour, minute = dated.fact.value[1:].split(":")
    h = str(int(hour))
    forms = [bare, f"à {bare}", phrase, dated.date_text, f"{h}h{minute}", f"{h} h {minute}"]
    forms.append(f"{h}:{minute}")
    if minute == "00":
        forms += [f"{h}h", f"{h} h", f"{h} heures"]
    accept = {f for f in forms if french.fold(f) != french.fold(answer)}
    return answer, sorted(accept, key=lambda a: (a.lower(), a))


def time_question(ctx: Context, dated: DatedSentence) -> dict[str, object] | None:
    """The time item of a located time of day, when its event makes a question."""
    question = event_of(ctx, dated).question
    if question is None or not question.startswith(TIME_QUESTION_WORD):
        return None
    if _OTHER_CLOCK.search(question[len(TIME_QUESTION_WORD) :]):
        return None  # "À quelle heure les piscines ouvrent-elles et ferment à 21 heures ?"
    second = _SECOND_VERB.search(question)
    if second is not None and french.fold(second["verb"]) in ctx.lexicon.finite:
        question = question[: second.start()] + " ?"
    question = cropped_question(
        without_age(question), ctx.lexicon.finite, ctx.article.body, ctx.lexicon.infinitives
    )
    answer, accept = _answers(dated)
    quote = sentence_crop.gap_window(dated.sentence, dated.start, dated.end, dated.date_text, 22)
    return {
        "type": "date",
        "skill": "dates",
        "prompt": question,
        "answer": answer,
        "value": dated.fact.value,
        "accept": accept,
        "evidence": dated.sentence,
        "hint": "La réponse est une heure.",
        "feedback": f"Réponse : {answer}. L'article le dit : {french.quoted(quote)}",
    }


def time_items(
    ctx: Context, dates_asked: Mapping[str, dict[str, object]] | None = None
) -> list[dict[str, object]]:
    """Up to MAX_TIME_QUESTIONS time questions, one per time, in article order.

    `dates_asked` are the lesson's date items by evidence sentence. A time in a sentence whose
    date is asked is asked in the date question's words ("Quand le feu est-il parti ?" -> "À
    quelle heure le feu est-il parti ?"): its own question would keep the day that the date
    question asks for ("À quelle heure … doit-elle se tenir mercredi ?"). It is asked only
    where the time surely dates the same event (see `_with_asked_date`)."""
    items: list[dict[str, object]] = []
    values: set[str] = set()
    asked = dates_asked or {}
    for dated in _timed_sentences(ctx):
        if len(items) == MAX_TIME_QUESTIONS:
            break
        if dated.fact.value in values:
            continue
        date_item = asked.get(dated.sentence)
        item = time_question(ctx, dated)
        if item is not None and date_item is not None:
            item = _with_asked_date(ctx, dated, item, date_item)
        if item is not None:
            values.add(dated.fact.value)
            items.append({"id": ctx.new_id("heure", _ZONE.sub("", dated.date_text)), **item})
    return items


_PLAIN_WHEN = "Quand "
_DATE_WORDS = re.compile(r"^(?:à|au|aux|le|la|l['’]|dès|vers|ce|cette)\s+", re.IGNORECASE)


def _with_asked_date(
    ctx: Context, dated: DatedSentence, item: dict[str, object], date_item: dict[str, object]
) -> dict[str, object] | None:
    """The time item of a sentence whose date is asked, in the words of the date question; None
    when the two may not be of one event or the date question is not a plain "Quand … ?"
    ("À quand est-ce que les faits remontent ?": the time would answer another question).

    One event: the time stands right next to the date ("mardi vers 15 heures", "le mardi 3
    février, vers 17 h 40"), or the time's own question holds the date ("À quelle heure … le
    samedi 27 juin, le trio … précédera …"): then both are of one clause."""
    prompt, answer = str(date_item["prompt"]), str(date_item["answer"])
    if not prompt.startswith(_PLAIN_WHEN):
        return None
    sentence = dated.sentence
    at = sentence.find(answer)
    if at < 0:
        return None
    between = (
        sentence[at + len(answer) : dated.phrase_start]
        if at < dated.phrase_start
        else sentence[dated.end : at]
    )
    own = str(item["prompt"])
    bare_date = _DATE_WORDS.sub("", answer)
    if between.strip(" ,") and bare_date not in own:
        return None
    return {**item, "prompt": f"{TIME_QUESTION_WORD} {prompt[len(_PLAIN_WHEN) :]}"}
