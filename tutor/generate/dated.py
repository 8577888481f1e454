"""Dates located in their sentences: the preposition before each, the sentence without it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tutor.facts import DateFact
from tutor.generate import french
from tutor.generate.clause_checks import dangles
from tutor.generate.context import DATELINE, Context
from tutor.generate.date_owners import dates_something_else
from tutor.generate.simplify import AUXILIARIES, is_participle

_PREPOSITION = re.compile(
    r"(?:^|(?<=[\s(]))(?P<prep>à partir du|à partir de|jusqu['’]en|jusqu['’]au|jusqu['’]à|"
    r"d['’]ici à|d['’]ici|"
    r"au cours de|lors de|depuis|dès|en|le|au|avant|après|fin|début|mi-|de|du|d['’])\s*"
    r"(?:(?:ce|cet|cette)\s+)?(?P<weekday>(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$",
    re.IGNORECASE,
)
_LEADING_PREPOSITION = re.compile(
    r"^(?P<prep>depuis|dès|en|le|au|jusqu['’]en|à partir du|à partir de|d['’]ici à)\s+",
    re.IGNORECASE,
)
_SPAN_BEFORE_ARTICLE = re.compile(
    r"(?:^|(?<=\s))(?P<prep>depuis|dès|avant|après|jusqu['’]à)\s+$", re.IGNORECASE
)
_WEEKDAY_BEFORE = re.compile(
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+$", re.IGNORECASE
)
_DEMONSTRATIVE_BEFORE = re.compile(r"(?:^|(?<=\s))(?:ce|cet|cette)\s+$", re.IGNORECASE)
"""The demonstrative of "ce lundi matin" goes with its date: the clause left must not keep it."""
FREQUENCY = re.compile(r"^(?:tous|toutes|chaque)\b", re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(
    r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:\s+(?:matin|midi|après-midi|soir))?$",
    re.IGNORECASE,
)
_WEEKDAY_DAY = re.compile(
    r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d{1,2}(?:er)?\s+"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
    r"(?:\s+\d{4})?$",
    re.IGNORECASE,
)
"""A day named with its weekday ("a adopté mercredi 11 mars, par …"): like "mercredi" alone, an
adverb of the verb that goes without a preposition, and leaves a sentence when it goes."""
_SPAN_ADVERB = re.compile(r"^(?:pendant|durant)\s", re.IGNORECASE)
"""A duration with its preposition in the date's own words ("ont fait campagne pendant trois
mois, de porte en porte"): an adverb of the verb too."""
WHEN = re.compile(
    r"^(?:\s*,[^,.;]{0,40})?\s*,\s*(?:lorsque\s+|lorsqu['’]|quand\s+)(?P<clause>[^;.]+)"
)
# Removing the date is clean only after these: the rest of the sentence still stands alone.
DETACHABLE = {
    "en",
    "le",
    "depuis",
    "dès",
    "au",
    "à partir de",
    "à partir du",
    "au cours de",
    "lors de",
    "d'ici à",
    "jusqu'en",
    "jusqu'au",
    # the words before a time of day (`tutor.generate.clock_times`); no date takes them
    "à",
    "vers",
    "peu avant",
    "peu après",
}


_QUE = re.compile(r"(?<![\w'’])qu(?:e\s+|['’])", re.IGNORECASE)
_CONJUNCTIONS = french.wordset("alors parce bien tandis pendant après dès depuis avant pour")
"""Words that make "que" open an adverbial clause: "alors que le plan avait été annoncé"."""
_SAYING = french.wordset(
    """dit disent affirme affirment estime estiment rappelle rappellent annonce annoncent
    explique expliquent souligne soulignent indique indiquent précise précisent assure assurent
    déclare déclarent reconnaît reconnaissent pense pensent sait savent espère espèrent
    rappelons notons précisons soulignons"""
)
_INSERTION = re.compile(r",[^,]{1,60},$")


@dataclass(frozen=True)
class DatedSentence:
    """A date located in its evidence sentence, with the preposition that introduces it."""

    fact: DateFact
    sentence: str
    start: int
    end: int
    phrase_start: int
    preposition: str

    @property
    def date_text(self) -> str:
        return self.sentence[self.start : self.end]

    @property
    def phrase(self) -> str:
        return self.sentence[self.phrase_start : self.end]


def precision(value: str) -> str:
    """year, month, day, duration or other."""
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"P(\d+[YMWD])+", value):
        return "duration"
    return "other"


def locate(ctx: Context, fact: DateFact) -> DatedSentence | None:
    """Find the date inside its sentence as written in the article, or None."""
    sentence = ctx.evidence(fact.sentence)
    if sentence is None or not fact.text.strip():
        return None
    body = ctx.article.body
    offset = body.find(sentence)
    start = -1
    if offset >= 0 and offset <= fact.start < offset + len(sentence):
        local = fact.start - offset
        if french.fold(sentence[local : local + len(fact.text)]) == french.fold(fact.text):
            start = local
    if start < 0:
        start = french.fold(sentence).find(french.fold(fact.text))
    if start < 0:
        return None
    end = start + len(fact.text)
    # a date written with its preposition ("en mars") is split into both parts
    lead = _LEADING_PREPOSITION.match(sentence[start:end])
    if lead:
        prep, date_start = lead["prep"], start + lead.end()
        return DatedSentence(fact, sentence, date_start, end, start, _plain(prep))
    before = sentence[:start]
    match = _PREPOSITION.search(before)
    if match and match["prep"].lower() == "le":
        # "vendus depuis le 5 janvier": the preposition is "depuis", its article goes with it
        span = _SPAN_BEFORE_ARTICLE.search(before[: match.start()])
        if span is not None:
            return DatedSentence(fact, sentence, start, end, span.start(), _plain(span["prep"]))
    if match:
        return DatedSentence(fact, sentence, start, end, match.start(), _plain(match["prep"]))
    weekday = _WEEKDAY_BEFORE.search(before) or _DEMONSTRATIVE_BEFORE.search(before)
    phrase_start = weekday.start() if weekday else start
    return DatedSentence(fact, sentence, start, end, phrase_start, "")


def _plain(prep: str) -> str:
    return prep.lower().replace("’", "'")


def is_dateline(dated: DatedSentence) -> bool:
    """The date that opens a news body ("4 juillet 2012. -", "Brest, 14 septembre 2026. –")
    dates the article, not an event."""
    opening = DATELINE.match(dated.sentence)
    return opening is not None and opening.end() >= dated.end


_COORDINATION = re.compile(
    r"\s*;\s*|\s+:\s+(?![«“\"])|,\s+(?:et|mais|puis|or)\s+(?=[^\W\d_])"
    r"|,\s+(?=(?i:avant\s+d(?:e\s|['’])|après\s+(?:avoir|être)\s|afin\s+d(?:e\s|['’])))"
)
"""Where a sentence joins two clauses that each have their own subject and verb; a colon too,
unless it opens a quotation ("C'est une première : la dessinatrice a reçu dimanche …"); and an
infinitive set off after the clause, which is another event with its own time ("partira en
tournée au printemps 2027, avant de s'installer à Paris en mai": May is not the tour's)."""
_DATE_APPOSITION = re.compile(
    r"^\s*,\s*(?:(?:le|la|l['’]|un|une|son|sa|leur)\s*)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?:jour|veille|lendemain|date|journée|soir|soirée|matin|matinée|anniversaire|semaine|"
    r"échéance)\b[^,;.!?]*(?=[,;.!?]|$)",
    re.IGNORECASE,
)
"""A phrase set off after the date that describes the date, not the event: "jeudi, dernier
jour d'audience"; without its date it would hang on the clause."""


_BOUND_BEFORE = re.compile(r"\s(?:au moins|au plus tard|au plus tôt)\s*$", re.IGNORECASE)
"""Words that qualify the date ("au moins jusqu'au 31 août") and go with it."""
_SECOND_PREDICATE = re.compile(
    r"\s+(?:et|mais|puis)\s+(?:ne\s+|n['’])?(?:"
    + "|".join(sorted(AUXILIARIES, key=len, reverse=True))
    + r"|pourra|pourront|devra|devront)\b"
    r"|\s+et\s+(?:à|de|d['’])\s*[^\W\d_]+(?:er|ir|re)\b",
    re.IGNORECASE,
)
"""A second verb of the same subject after the date: it is another event, with no date; so is
a second infinitive ("s'est engagé à conserver les emplois pendant cinq ans et à investir")."""


def date_clause(dated: DatedSentence) -> DatedSentence:
    """The date in the one coordinated clause that holds it: "La production sera réduite à
    partir de juin, et le site fermera le 31 décembre" -> "le site fermera le 31 décembre".
    Offsets are moved into that clause; `sentence` is no longer the evidence sentence."""
    start, end = 0, len(dated.sentence)
    for cut in _COORDINATION.finditer(dated.sentence):
        if cut.end() <= dated.phrase_start:
            start = cut.end()
        elif cut.start() >= dated.end:
            end = cut.start()
            break
    if (start, end) == (0, len(dated.sentence)):
        return dated
    clause = dated.sentence[start:end]
    if start:
        clause = french.capitalise(clause)
    return replace(
        dated,
        sentence=clause,
        start=dated.start - start,
        end=dated.end - start,
        phrase_start=dated.phrase_start - start,
    )


def without_date(dated: DatedSentence) -> str | None:
    """The sentence with its date phrase removed, when what is left is still a sentence."""
    before = _BOUND_BEFORE.sub("", dated.sentence[: dated.phrase_start])
    after = dated.sentence[dated.end :]
    second = _SECOND_PREDICATE.search(after)
    if second is not None:  # "restera en vigueur jusqu'au 31 août et pourra être prolongé"
        after = after[: second.start()]
    apposition = _DATE_APPOSITION.match(after)
    if apposition is not None:  # "doit plaider jeudi, dernier jour d'audience."
        after = after[apposition.end() :]
    at_start = not before.strip()
    between_commas = before.rstrip().endswith(",") and after.lstrip().startswith((",", "."))
    bare = dated.date_text.strip()
    adverb = not dated.preposition and bool(
        _WEEKDAY_ONLY.match(bare) or _WEEKDAY_DAY.match(bare) or _SPAN_ADVERB.match(bare)
    )
    detached = between_commas or (at_start and after.startswith(","))
    if dated.preposition in DETACHABLE or detached or adverb:
        if at_start:
            after = re.sub(r"^\s*,\s*", "", after)
            return french.capitalise(french.tidy(after))
        if between_commas:  # "a reconnu, mardi 24 janvier, non conforme": both commas go
            before = before.rstrip()[:-1]
            after = re.sub(r"^\s*,", "", after)
        clause = french.tidy(before + " " + after)
        # "L'entrée sera gratuite pour les moins de 18 ans et, pour tous, le premier dimanche":
        # what the date completed is gone, the word that led to it is left hanging
        return None if dangles(clause) else clause
    return None


def inside_quotation(dated: DatedSentence) -> bool:
    """Whether the date is inside quoted words: someone's words are not turned into events."""
    before = dated.sentence[: dated.start]
    opened = before.count("«") + before.count("“")
    closed = before.count("»") + before.count("”")
    return opened > closed or before.count('"') % 2 == 1


def inside_brackets(dated: DatedSentence) -> bool:
    before = dated.sentence[: dated.start]
    return before.count("(") > before.count(")")


def dated_sentences(ctx: Context) -> list[DatedSentence]:
    """Every date of the article located in its sentence, in article order, datelines left out."""
    return list(ctx.remember("dated_sentences", lambda: _dated_sentences(ctx)))


def _dated_sentences(ctx: Context) -> list[DatedSentence]:
    out = []
    for fact in sorted(ctx.facts.dates, key=lambda d: (d.start, d.end, d.text)):
        dated = locate(ctx, fact)
        if dated is None or is_dateline(dated) or recurring(dated) or range_end(dated):
            continue
        if dates_something_else(dated):
            continue
        out.append(dated)
    return out


_RANGE_START = re.compile(
    r"(?<![\w'’])(?:du|de)\s+(?:\w+\s+)?\d{1,2}(?:er)?\s+[a-zéû]+(?:\s+\d{4})?\s+$",
    re.IGNORECASE,
)


def range_end(dated: DatedSentence) -> bool:
    """The end of a period ("un préavis pour la période du 18 décembre au 3 janvier") dates
    nothing alone: review 15 asked "À quelle date est-ce que les syndicats pourraient déposer
    un préavis ?" for "au 3 janvier"."""
    before = dated.sentence[: dated.phrase_start]
    return dated.preposition == "au" and _RANGE_START.search(before) is not None


_RECURRING_AFTER = re.compile(r"^\s+(?:de|du|d['’])\s*(?:chaque|tous|toutes|mois\b)", re.I)
_RECURRING_BEFORE = re.compile(r"(?:chaque|tous les|toutes les)\s+$", re.I)


def recurring(dated: DatedSentence) -> bool:
    """A day that comes back ("le premier dimanche de chaque mois", "chaque lundi") is no
    date of one event, whatever value it was given."""
    before = dated.sentence[: dated.start]
    if (
        _WEEKDAY_ONLY.match(dated.date_text.strip())
        and _THE_DAY_BEFORE.search(before)
        and _EACH.search(before)
    ):
        return True  # "Chaque coupure commencera le vendredi soir … jusqu'au lundi": every week
    return bool(
        _RECURRING_AFTER.match(dated.sentence[dated.end :]) or _RECURRING_BEFORE.search(before)
    )


_EACH = re.compile(r"(?<![\w'’])(?:chaque|chacune?|tous les|toutes les)\s", re.IGNORECASE)
_THE_DAY_BEFORE = re.compile(r"(?<!\w)(?:le|au|du)\s+$", re.IGNORECASE)
"""A weekday with "le" and no date ("le vendredi", "jusqu'au lundi") in a sentence about each of
several things is the day of each, not one day: "Tous les élus étaient là lundi" is one day."""


_DURING = re.compile(r"^(?:pendant|durant)\s+", re.IGNORECASE)


def unplaced_weekday(dated: DatedSentence) -> bool:
    """A weekday the article gives no calendar for ("Jeudi soir, le conseil a voté …" in an
    article without a date): no value to check, but "jeudi soir" still answers "Quand … ?"."""
    return dated.fact.value == "relative" and bool(_WEEKDAY_ONLY.match(dated.date_text.strip()))


def answers(dated: DatedSentence) -> tuple[str, list[str]]:
    """The expected answer (as the article writes it) and other accepted ways to write it."""
    bare = dated.date_text.strip()
    phrase = dated.phrase.strip()
    if dated.preposition not in DETACHABLE:
        phrase = bare
    lower = dated.preposition or _WEEKDAY_ONLY.match(french.fold(bare).split(" ")[0])
    phrase = phrase[0].lower() + phrase[1:] if lower else phrase  # "Vendredi, X avait réuni"
    value = dated.fact.value
    accept = [phrase, bare]
    span = _DURING.match(phrase)
    if span is not None:  # "Pendant combien de temps …?" is answered "quatre jours"
        accept.append(phrase[0].lower() + phrase[1:])
        phrase = phrase[span.end() :]
    year = value[:4] if re.match(r"\d{4}", value) else None
    has_month = any(m in french.fold(bare) for m in french.MONTHS)
    if year and year not in bare and has_month:
        accept += [f"{bare} {year}", f"{phrase} {year}"]
    if precision(value) == "day":
        y, m, d = value.split("-")
        accept += [f"{int(d)}/{int(m)}/{y}", f"{d}/{m}/{y}"]
        if y not in bare:
            # the day and month alone are the article's own answer; where the article gives
            # the year, an answer without it is scored as missing a part, as the docs say
            accept.append(f"{int(d)} {french.MONTHS[int(m) - 1]}")
        accept.append(f"le {int(d)} {french.MONTHS[int(m) - 1]} {y}")
    if precision(value) == "month":
        y, m = value.split("-")
        accept += [f"{french.MONTHS[int(m) - 1]} {y}", f"en {french.MONTHS[int(m) - 1]} {y}"]
        accept.append(f"en {bare}")
    if precision(value) == "year":
        accept += [value, f"en {value}"]
    return phrase, accept


def que_clause(dated: DatedSentence) -> tuple[str, bool] | None:
    """The "que" clause the date stands in, without the date, and whether it opens after a verb
    or a conjunction (so that it can stand alone); None when the date is in no such clause.

    "X a rappelé, dans un communiqué, qu'un plan … avait été annoncé en juin 2018" -> ("un plan
    … avait été annoncé", True): the date dates the plan, not the reminder. "le plan que le
    ministre a annoncé en 2018" -> (…, False): a relative clause misses its object.
    """
    before = dated.sentence[: dated.phrase_start]
    found = list(_QUE.finditer(before))
    if not found or inside_quotation(dated):
        return None
    que = found[-1]
    inner = before[que.end() :]
    head = before[: que.start()].rstrip()
    words = _INSERTION.sub("", head).rstrip(" ,").split()
    if not inner.strip() or not words or french.fold(words[-1]) == "ainsi":
        return None  # "n'a été signé qu'en 2012", "X ainsi que Y"
    last = french.fold(words[-1])
    after_verb = is_participle(last) and any(french.fold(w) in AUXILIARIES for w in words[-3:-1])
    opens = after_verb or last in _SAYING or last in _CONJUNCTIONS
    tail = re.split(r"[,;:.!?(«“–—]", dated.sentence[dated.end :], maxsplit=1)[0]
    return french.tidy(f"{inner} {tail}"), opens
