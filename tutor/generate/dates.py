"""Date items: "Quand ... ?" questions typed as dates, and a chronology of the dated events."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.facts import DateFact
from tutor.generate import clauses, french
from tutor.generate.context import Context
from tutor.model import GAP

MAX_DATE_QUESTIONS = 4
MAX_CHRONOLOGY_EVENTS = 5

_PREPOSITION = re.compile(
    r"(?:^|(?<=[\s(]))(?P<prep>à partir de|jusqu['’]en|jusqu['’]au|jusqu['’]à|d['’]ici à|d['’]ici|"
    r"au cours de|lors de|depuis|dès|en|le|au|avant|après|fin|début|mi-|de|du|d['’])\s*"
    r"(?P<weekday>(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$",
    re.IGNORECASE,
)
_LEADING_PREPOSITION = re.compile(
    r"^(?P<prep>depuis|dès|en|le|au|jusqu['’]en|à partir de|d['’]ici à)\s+", re.IGNORECASE
)
_WEEKDAY_BEFORE = re.compile(
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+$", re.IGNORECASE
)
_FREQUENCY = re.compile(r"^(?:tous|toutes|chaque)\b", re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(
    r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$", re.IGNORECASE
)
_WHEN = re.compile(
    r"^(?:\s*,[^,.;]{0,40})?\s*,\s*(?:lorsque\s+|lorsqu['’]|quand\s+)(?P<clause>[^;.]+)"
)
_DATELINE_AFTER = re.compile(r"^\s*\.?\s*[-–—]")
# Removing the date is clean only after these: the rest of the sentence still stands alone.
_DETACHABLE = {
    "en",
    "le",
    "depuis",
    "dès",
    "au",
    "à partir de",
    "au cours de",
    "lors de",
    "d'ici à",
    "jusqu'en",
    "jusqu'au",
}
_QUESTION_WORD = {
    "depuis": "Depuis quand",
    "dès": "Depuis quand",
    "à partir de": "Depuis quand",
    "jusqu'en": "Jusqu'à quand",
    "jusqu'au": "Jusqu'à quand",
}


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
    if match:
        return DatedSentence(fact, sentence, start, end, match.start(), _plain(match["prep"]))
    weekday = _WEEKDAY_BEFORE.search(before)
    phrase_start = weekday.start() if weekday else start
    return DatedSentence(fact, sentence, start, end, phrase_start, "")


def _plain(prep: str) -> str:
    return prep.lower().replace("’", "'")


def is_dateline(dated: DatedSentence) -> bool:
    """The date that opens a news body ("4 juillet 2012. -") dates the article, not an event."""
    return not dated.sentence[: dated.phrase_start].strip() and bool(
        _DATELINE_AFTER.match(dated.sentence[dated.end :])
    )


def without_date(dated: DatedSentence) -> str | None:
    """The sentence with its date phrase removed, when what is left is still a sentence."""
    before = dated.sentence[: dated.phrase_start]
    after = dated.sentence[dated.end :]
    at_start = not before.strip()
    between_commas = before.rstrip().endswith(",") and after.lstrip().startswith((",", "."))
    adverb = not dated.preposition and bool(_WEEKDAY_ONLY.match(dated.date_text.strip()))
    detached = between_commas or (at_start and after.startswith(","))
    if dated.preposition in _DETACHABLE or detached or adverb:
        if at_start:
            after = re.sub(r"^\s*,\s*", "", after)
            return french.capitalise(french.tidy(after))
        if between_commas:  # "a reconnu, mardi 24 janvier, non conforme": both commas go
            before = before.rstrip()[:-1]
            after = re.sub(r"^\s*,", "", after)
        return french.tidy(before + " " + after)
    return None


def _antecedent(ctx: Context, dated: DatedSentence, clause: str) -> str | None:
    """The subject of the previous sentence, when this clause starts with a matching il/elle.

    "De l'autre côté, la Russie est un allié crucial ... En mars, elle a utilisé son veto" ->
    "la Russie". Passive "il a été convenu" is impersonal and never resolved.
    """
    stripped = clauses.strip_opener(clause)
    pronoun = french.fold(stripped.split(" ")[0]) if stripped else ""
    if pronoun not in ("il", "elle") or " été " in f" {stripped} "[:30]:
        return None
    previous = ctx.previous_sentence(dated.sentence)
    if previous is None:
        return None
    parts = clauses.split_subject(clauses.strip_opener(previous))
    if parts is None:
        return None
    subject = parts[0]
    if french.fold(subject) in french.SUBJECT_PRONOUNS or french.word_count(subject) > 6:
        return None
    if clauses.subject_pronoun(subject, ctx.feminine_names, ctx.masculine_names) != pronoun:
        return None
    return subject


def _with_subject(clause: str, pronoun_stands_for: str | None) -> str | None:
    """The clause with its leading il/elle replaced; None when it has one we cannot replace."""
    first = clause.split(" ", 1)
    if french.fold(first[0]) not in ("il", "elle", "ils", "elles", "on"):
        return clause
    if pronoun_stands_for is None or len(first) < 2 or french.fold(first[0]) not in ("il", "elle"):
        return None
    return f"{french.capitalise(pronoun_stands_for)} {first[1]}"


def _when_clause(ctx: Context, dated: DatedSentence) -> str | None:
    """The event of a "…, lorsque/quand <event>" clause right after the date, with a pronoun
    subject replaced by the one person the sentence names before the date.

    "… remontait à juillet 2000, lorsqu'il a rencontré Kim Jong-il, …" ->
    "Vladimir Poutine a rencontré Kim Jong-il".
    """
    match = _WHEN.match(dated.sentence[dated.end :])
    if match is None:
        return None
    before = french.fold(dated.sentence[: dated.start])
    named = {
        p.name for p in ctx.facts.people for n in (p.name, *p.aliases) if french.fold(n) in before
    }
    person = next(iter(named)) if len(named) == 1 else None
    clause = _with_subject(match["clause"], person)
    if clause is None:
        return None
    return clauses.trim_tail(french.strip_final_punctuation(clause))


def event_clause(ctx: Context, dated: DatedSentence) -> str | None:
    """A declarative clause stating the event that the date dates, without the date."""
    if _inside_quotation(dated) or _inside_brackets(dated):
        return None
    clause = without_date(dated)
    if clause is not None:
        clause = clauses.strip_opener(clause)
        return _with_subject(clause, _antecedent(ctx, dated, clause))
    return _when_clause(ctx, dated)


def _answers(dated: DatedSentence) -> tuple[str, list[str]]:
    """The expected answer (as the article writes it) and other accepted ways to write it."""
    bare = dated.date_text.strip()
    phrase = dated.phrase.strip()
    if dated.preposition not in _DETACHABLE:
        phrase = bare
    phrase = phrase[0].lower() + phrase[1:] if dated.preposition else phrase
    value = dated.fact.value
    accept = [phrase, bare]
    year = value[:4] if re.match(r"\d{4}", value) else None
    has_month = any(m in french.fold(bare) for m in french.MONTHS)
    if year and year not in bare and has_month:
        accept += [f"{bare} {year}", f"{phrase} {year}"]
    if precision(value) == "day":
        y, m, d = value.split("-")
        accept += [
            f"{int(d)}/{int(m)}/{y}",
            f"{d}/{m}/{y}",
            f"{int(d)} {french.MONTHS[int(m) - 1]}",
        ]
        accept.append(f"le {int(d)} {french.MONTHS[int(m) - 1]} {y}")
    if precision(value) == "month":
        y, m = value.split("-")
        accept += [f"{french.MONTHS[int(m) - 1]} {y}", f"en {french.MONTHS[int(m) - 1]} {y}"]
        accept.append(f"en {bare}")
    if precision(value) == "year":
        accept += [value, f"en {value}"]
    return phrase, accept


def _hint(dated: DatedSentence) -> str:
    kind = precision(dated.fact.value)
    has_year = bool(re.search(r"\d{4}", dated.date_text))
    if kind == "day":
        return "La réponse est un jour précis" + (", avec l'année." if has_year else ".")
    if kind == "month":
        return "La réponse est un mois" + (" et une année." if has_year else ".")
    if kind == "year":
        return "La réponse est une année."
    if kind == "duration":
        return "La réponse est une durée (un nombre d'années, de mois ou de jours)."
    return "Cherchez les mots qui situent l'action dans le temps."


def _quote(dated: DatedSentence) -> str:
    """The part of the sentence around the date, to show in feedback."""
    return french.gap_window(dated.sentence, dated.start, dated.end, dated.date_text, 22)


def _inside_quotation(dated: DatedSentence) -> bool:
    before = dated.sentence[: dated.start]
    opened = before.count("«") + before.count("“")
    closed = before.count("»") + before.count("”")
    return opened > closed or before.count('"') % 2 == 1


def date_question(ctx: Context, dated: DatedSentence) -> tuple[int, dict[str, object]] | None:
    """One date item and its quality (0 = a real question, 1 = a gap in a quoted sentence)."""
    kind = precision(dated.fact.value)
    if kind == "other" or _FREQUENCY.match(dated.date_text):
        return None
    question = None
    clause = event_clause(ctx, dated) if kind != "duration" else None
    if clause is not None:
        word = _QUESTION_WORD.get(dated.preposition, "Quand")
        question = clauses.question_from_clause(
            clause, word, None, ctx.feminine_names, ctx.proper_words, ctx.masculine_names
        )
    answer, accept = _answers(dated)
    if question is None:
        what = "durée" if kind == "duration" else "date"
        gap_text = french.gap_window(dated.sentence, dated.start, dated.end, GAP, 28)
        question = f"D'après l'article, quelle {what} manque dans cette phrase ? « {gap_text} »"
        answer = dated.date_text.strip()
    accept = sorted({a for a in accept if french.fold(a) != french.fold(answer)}, key=str.lower)
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
    item["feedback"] = f"Réponse : {answer}. L'article le dit : « {_quote(dated)} »"
    quality = 0 if not question.startswith("D'après") else (2 if kind == "duration" else 1)
    return quality, item


def dated_sentences(ctx: Context) -> list[DatedSentence]:
    """Every date of the article located in its sentence, in article order, datelines left out."""
    return list(ctx.remember("dated_sentences", lambda: _dated_sentences(ctx)))


def _dated_sentences(ctx: Context) -> list[DatedSentence]:
    out = []
    for fact in sorted(ctx.facts.dates, key=lambda d: (d.start, d.end, d.text)):
        dated = locate(ctx, fact)
        if dated is not None and not is_dateline(dated):
            out.append(dated)
    return out


def date_items(ctx: Context) -> list[dict[str, object]]:
    """Up to MAX_DATE_QUESTIONS date questions, one per date value, real questions before gaps,
    in article order; then a chronology."""
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
    chronology = chronology_item(ctx)
    if chronology is not None:
        items.append(chronology)
    return items


def _sort_key(value: str) -> tuple[int, int, int]:
    year, month, day = [*(int(p) for p in value.split("-")), 0, 0][:3]
    return year, month, day


def _comparable(a: str, b: str) -> bool:
    """Whether two dates can be put in order ("2012" and "2012-07" cannot)."""
    return not (a.startswith(b) or b.startswith(a))


def _inside_brackets(dated: DatedSentence) -> bool:
    before = dated.sentence[: dated.start]
    return before.count("(") > before.count(")")


def _dated(text: str) -> bool:
    """Whether an event's text still gives a date away (a year or a month name)."""
    folded = french.fold(text)
    return bool(re.search(r"\b(?:1[89]|20)\d\d\b", text)) or any(
        re.search(rf"\b{m}\b", folded) for m in french.MONTHS
    )


def chronology_item(ctx: Context) -> dict[str, object] | None:
    """Order 3 to 5 dated events; each event is its sentence without the date."""
    events: list[tuple[str, str, str, DatedSentence]] = []
    sentences: set[str] = set()
    for dated in dated_sentences(ctx):
        value = dated.fact.value
        if precision(value) not in ("year", "month", "day"):
            continue
        if dated.sentence in sentences or _inside_brackets(dated):
            continue
        clause = event_clause(ctx, dated)
        if clause is None or any(c in clause for c in "«»“”()"):
            continue
        if not clauses.starts_with_subject(clause, ctx.proper_words):
            continue
        text = french.ensure_period(french.capitalise(clauses.trim_clause(clause, 4)))
        if french.word_count(text) > 30 or french.word_count(text) < 4 or _dated(text):
            continue
        if all(_comparable(value, other[0]) for other in events):
            sentences.add(dated.sentence)
            answer, _ = _answers(dated)
            events.append((value, text, answer, dated))
    if len(events) < 3:
        return None
    if len(events) > MAX_CHRONOLOGY_EVENTS:
        events = ctx.rng.sample(events, MAX_CHRONOLOGY_EVENTS)
    events.sort(key=lambda e: _sort_key(e[0]))
    order = ", ".join(e[2] for e in events)
    return {
        "id": ctx.new_id("chronology", french.slugify(events[0][1], 30)),
        "type": "chronology",
        "skill": "dates",
        "prompt": "Remettez ces événements dans l'ordre, du plus ancien au plus récent.",
        "events": [{"text": text, "date": date_text} for _, text, date_text, _ in events],
        "evidence": events[0][3].sentence,
        "hint": "Cherchez dans l'article la date de chaque événement.",
        "feedback": f"L'ordre est donné par les dates de l'article : {order}.",
    }
