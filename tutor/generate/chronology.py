"""The chronology item: three to five dated events of the article, oldest first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tutor.generate import clause_checks, clause_openers, clauses, french, grammar
from tutor.generate.context import DATELINE, Context
from tutor.generate.dated import answers, dated_sentences, precision
from tutor.generate.events import event_of
from tutor.generate.simplify import short_predicate, simplify

MAX_CHRONOLOGY_EVENTS = 5
EVENT_WORDS = 12
"""An event's verb phrase is cut to this many words when it can be (see short_predicate)."""
MAX_EVENT_WORDS = 24
_DEFINITE = {"ce": "le", "cet": "le", "cette": "la", "ces": "les"}


def _sort_key(value: str) -> tuple[int, int, int]:
    year, month, day = [*(int(p) for p in value.split("-")), 0, 0][:3]
    return year, month, day


def _comparable(a: str, b: str) -> bool:
    """Whether two dates can be put in order ("2012" and "2012-07" cannot)."""
    return not (a.startswith(b) or b.startswith(a))


def _dated(text: str) -> bool:
    """Whether an event's text still gives a date away (a year or a month name)."""
    return bool(_YEAR.search(text) or _MONTH.search(french.fold(text)))


def _relative_date_in(ctx: Context, text: str) -> bool:
    """Whether an event's text keeps a date of the article ("L'annonce est tombée ce matin"):
    out of its sentence, "ce matin" or "trois ans" says nothing."""
    folded = french.fold(text)
    return any(len(d.text) > 2 and french.fold(d.text) in folded for d in ctx.facts.dates)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTH = re.compile(rf"\b(?:{'|'.join(french.MONTHS)})\b")


@dataclass(frozen=True)
class _Dated:
    """One event of a chronology: ISO value, text, the date as the article writes it."""

    value: str
    text: str
    date: str
    evidence: str


def _event_text(ctx: Context, clause: str | None) -> str | None:
    """The event as a short sentence, or None when it would not make a clean one."""
    if clause is None or not clauses.starts_with_subject(clause, ctx.proper_words):
        return None
    source = clause
    parts = clauses.split_subject(clause)
    if parts is not None:
        subject, aux, rest = parts
        # "cet accident" points back into the article; alone in a list, "l'accident" reads right
        demonstrative, _, noun = subject.partition(" ")
        if french.fold(demonstrative) in _DEFINITE and noun:
            subject = grammar.definite(_DEFINITE[french.fold(demonstrative)], noun)
        clause = f"{subject} {aux} {short_predicate(clauses.trim_tail(rest, 4), EVENT_WORDS)}"
    else:
        clause = short_predicate(clause, EVENT_WORDS + 4)
    whole = clause_checks.without_cut_subordinate(
        french.capitalise(french.strip_final_punctuation(clause)), ctx.lexicon.finite
    )
    if whole is None:
        return None  # "Le ministère a annoncé qu'un laboratoire français.": cut before its verb
    text = french.ensure_period(whole)
    if any(c in text for c in '«»“”()":') or _dated(text) or _relative_date_in(ctx, text):
        return None
    if clause_checks.dangles(text) or clause_checks.lost_its_verb(text, source, ctx.lexicon.finite):
        return None  # "La chanteuse Inès Belkacem.": the cut took the verb
    return text if 4 <= french.word_count(text) <= MAX_EVENT_WORDS else None


def _dateline_event(ctx: Context) -> _Dated | None:
    """The event of the sentence right after the dateline ("5 juillet 2012. - Le rapport final
    du BEA conclut …"), dated by the dateline, when that sentence has no date of its own."""
    body = ctx.article.body
    span = _dateline(body)
    if span is None:
        return None
    fact = next((d for d in ctx.facts.dates if span[0] <= d.start < span[1]), None)
    if fact is None or precision(fact.value) != "day":
        return None
    sentence = ctx.evidence(body[span[1] : span[1] + 60])
    if sentence is None:
        return None
    start = body.find(sentence)
    dates_in_sentence = [d for d in ctx.facts.dates if start <= d.start < start + len(sentence)]
    if any(precision(d.value) in ("year", "month", "day") for d in dates_in_sentence):
        return None  # the sentence dates its own event; "trois ans", "ce matin" do not
    if any(_SPAN.match(d.text) for d in dates_in_sentence):
        # "Pendant près de dix ans, les familles ont écrit, appelé, alerté.": what lasted
        # years did not happen on the day of the paper
        return None
    if _lede_dated_otherwise(ctx, span[1], fact.value):
        return None
    clause = _main_clause(
        ctx, clause_openers.strip_opener(french.strip_final_punctuation(sentence))
    )
    clause = simplify(clause, ctx.names_longest_first, ctx.roles)
    text = _event_text(ctx, clause)
    return _Dated(fact.value, text, fact.text, sentence) if text else None


_SPAN = re.compile(r"(?i)(?:pendant|durant|depuis)\b")


def _lede_dated_otherwise(ctx: Context, start: int, published: str) -> bool:
    """Whether the lede's paragraph gives another day of the same week: "Le coup de sifflet
    final a résonné … Battue samedi soir …" tells Saturday's match in Monday's paper, and the
    dateline does not date it."""
    end = ctx.article.body.find("\n\n", start)
    end = len(ctx.article.body) if end < 0 else end
    return any(
        start <= d.start < end
        and precision(d.value) == "day"
        and d.value != published
        and abs((date.fromisoformat(d.value) - date.fromisoformat(published)).days) <= 7
        for d in ctx.facts.dates
    )


def _dateline(body: str) -> tuple[int, int] | None:
    """Where the dateline is: at the start of the body, or of its second paragraph after a
    one-paragraph standfirst."""
    match = DATELINE.match(body)
    if match is not None:
        return match.span()
    if "\n\n" in body:
        second = body.index("\n\n") + 2
        match = DATELINE.match(body[second:])
        if match is not None:
            return second, second + match.end()
    return None


def _main_clause(ctx: Context, sentence: str) -> str:
    """The sentence from its subject on, past the phrases set off by commas before it: "Après
    trois ans de mobilisation, et par 478 voix contre, …, le projet ACTA … a été rejeté" ->
    "le projet ACTA … a été rejeté"."""
    rest = sentence
    while not clauses.starts_with_subject(rest, ctx.proper_words) and ", " in rest:
        rest = rest.split(", ", 1)[1]
    if clauses.starts_with_subject(rest, ctx.proper_words) and clauses.split_subject(rest, 14):
        return rest
    return sentence


def _start_events(ctx: Context, events: list[_Dated]) -> list[_Dated]:
    """ "Après trois ans de mobilisation, … a été rejeté" in the sentence of a dated event: the
    mobilisation began three years before it ("La mobilisation a commencé.")."""
    found = []
    for dated in dated_sentences(ctx):
        event = next((e for e in events if e.evidence == dated.sentence), None)
        span = re.fullmatch(r"P(\d+)Y", dated.fact.value)
        if event is None or span is None or dated.preposition != "après":
            continue
        noun = re.match(
            r"\s+(?:de\s+|d['’])([^\W\d_][\w-]*)(?=[\s,.;]|$)", dated.sentence[dated.end :]
        )
        if noun is None or grammar.plural(noun.group(1)):
            continue
        gender = ctx.lexicon.gender(noun.group(1)) or grammar.noun_gender(noun.group(1))
        if gender is None:
            continue
        phrase = grammar.definite("la" if gender == "f" else "le", noun.group(1))
        year = int(event.value[:4]) - int(span.group(1))
        text = f"{french.capitalise(phrase)} a commencé."
        date = f"{dated.date_text.strip()} avant le {event.date}".replace("le le ", "le ")
        found.append(_Dated(str(year), text, date, dated.sentence))
    return found


_SPAN_ENDS = frozenset({"jusqu'au", "jusqu'en", "jusqu'à", "d'ici", "d'ici à"})
_UNDONE = re.compile(r"(?<![\w'’])(?:devait|devaient|aurait dû|auraient dû)\s", re.IGNORECASE)
"""A plan the article tells as not kept: its date is no time of an event."""
_DENIED = re.compile(
    r"(?<![\w'’])(?:aucune?|jamais|personne|rien|(?:ne|n['’])\s*\w+\s+(?:pas|plus))(?![\w'’])",
    re.IGNORECASE,
)
"""A negation: "Aucun Français n'avait remporté le tournoi depuis 2023" tells what has not
happened since then, so its date times no event (review 17's tennis put it in the order)."""
_RELATIVE = re.compile(r"(?<![\w'’])(?:qui|que|qu['’]|dont|où)\s", re.IGNORECASE)
"""A relative clause's negation ("qui n'ont reçu aucune proposition") is not the event's."""


def _events(ctx: Context) -> list[_Dated]:
    """Dated events in article order, one per sentence, any two of them in a clear order."""
    events: list[_Dated] = []
    sentences: set[str] = set()
    for dated in dated_sentences(ctx):
        value = dated.fact.value
        if precision(value) not in ("year", "month", "day") or dated.sentence in sentences:
            continue
        if dated.preposition in _SPAN_ENDS:
            continue  # "sera gratuit jusqu'au 13 septembre": free from before, not that day
        event = event_of(ctx, dated)
        text = _event_text(ctx, event.clause) if event.ordered else None
        if text is not None and _UNDONE.search(text):
            continue  # "La ligne 1 devait ouvrir le 1er juin": it did not, three months late
        main = _RELATIVE.split(text or "", maxsplit=1)[0]  # not "qui n'ont reçu aucune …"
        if text is not None and dated.preposition == "depuis" and _DENIED.search(main):
            continue  # "Aucun Français n'avait remporté le tournoi depuis 2023": nothing then
        if text is None or any(not _comparable(value, e.value) for e in events):
            continue
        sentences.add(dated.sentence)
        events.append(_Dated(value, text, answers(dated)[0], dated.sentence))
    dateline = _dateline_event(ctx)
    # the dateline dates the news, so its event is the latest one: kept only when it is
    if dateline is not None and all(
        _comparable(dateline.value, e.value) and _sort_key(e.value) < _sort_key(dateline.value)
        for e in events
    ):
        events.append(dateline)
    starts = [
        e for e in _start_events(ctx, events) if all(_comparable(e.value, o.value) for o in events)
    ]
    return events + starts


_DAY_WITHOUT_ARTICLE = re.compile(
    r"(?i)^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:1er|\d{1,2})\s"
)


def _with_article(date: str) -> str:
    """A day as a sentence says it: "le 5 juillet 2012" for a dateline's "5 juillet 2012",
    beside the article's "le 1er juin 2009" in the feedback's list of dates."""
    return f"le {date}" if _DAY_WITHOUT_ARTICLE.match(date) else date


def chronology_item(ctx: Context) -> dict[str, object] | None:
    """Order 3 to 5 dated events (years, months and days mixed when they do not overlap);
    each event is a short clause without its date."""
    events = _events(ctx)
    if len(events) < 3:
        return None
    if len(events) > MAX_CHRONOLOGY_EVENTS:
        events = ctx.rng.sample(events, MAX_CHRONOLOGY_EVENTS)
    events.sort(key=lambda e: _sort_key(e.value))
    order = ", ".join(_with_article(e.date) for e in events)
    return {
        "id": ctx.new_id("chronology", french.slugify(events[0].text, 30)),
        "type": "chronology",
        "skill": "dates",
        "prompt": "Remettez ces événements dans l'ordre, du plus ancien au plus récent.",
        "events": [{"text": e.text, "date": e.date} for e in events],
        "evidence": events[0].evidence,
        "hint": "Cherchez dans l'article la date de chaque événement.",
        "feedback": f"L'ordre est donné par les dates de l'article : {order}.",
    }
