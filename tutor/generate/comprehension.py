"""Comprehension items: vrai / faux / on ne sait pas (from dates, quantities and quotations),
numbers in context, then the open questions of `open_questions`."""

from __future__ import annotations

import re

from tutor.generate import clause_checks, clauses, french
from tutor.generate.context import Context
from tutor.generate.dated import DatedSentence, date_clause, dated_sentences, precision
from tutor.generate.event_model import tense
from tutor.generate.events import event_clause
from tutor.generate.number_statements import number_statements
from tutor.generate.numbers import number_items
from tutor.generate.open_questions import open_items
from tutor.generate.other_proofs import other_proofs
from tutor.generate.role_statements import role_statements
from tutor.generate.statements import quantity_statement, quote_statements, true_false
from tutor.literal_search import find_between

MIN_STATEMENTS = 2
"""Vrai / faux items a lesson has when its facts allow: fewer check too little of the text."""
_SPAN_PREPOSITIONS = frozenset(
    {
        "depuis",
        "dès",
        "à partir de",
        "à partir du",
        "jusqu'en",
        "jusqu'au",
        "jusqu'à",
        "d'ici à",
        "d'ici",
    }
)
_STARTS = frozenset({"depuis", "dès", "à partir de", "à partir du"})


def _date_phrase(dated: DatedSentence) -> str | None:
    """The date as it would follow a clause: "en mars", "le 1er juin 2009", "en 2014"."""
    kind = precision(dated.fact.value)
    bare = dated.date_text.strip()
    if kind == "day":
        return bare if french.fold(bare).startswith("le ") else f"le {bare}"
    if kind in ("month", "year"):
        return f"en {bare}"
    return None


_LAST_RELATIVE = re.compile(
    r"(?:,\s*(?:une?|des|l[ae]s?|l['’]|cet?|cette|ces)\s*[\w'’-]+(?:\s[\w'’-]+)?)?"
    r"\s(?:qui|dont|où)\s[^,;]*$"
)
"""A relative clause that ends a clause ("…, une rencontre qui a surpris les habitués"): a date
put after it would date its verb, not the clause's."""


def _statement(clause: str, date_phrase: str, dated: DatedSentence | None = None) -> str:
    """The clause with a date: where the article wrote it when words of the clause followed it
    ("poursuivre le suivi jusqu'en 2030, pour savoir si …"), else at the end. Put at the end of
    "…, pour savoir si les adolescents gardent une tension élevée" it would date another verb."""
    clause = french.capitalise(clause)
    at = _date_place(clause, dated) if dated is not None else None
    if at is None:
        tail = _LAST_RELATIVE.search(clause)
        if tail is not None and french.word_count(clause[: tail.start()]) >= 5:
            clause = clause[: tail.start()]  # the date would close the relative clause instead
        return french.ensure_period(f"{clause} {date_phrase}")
    rest = clause[at:].lstrip()
    joint = "" if rest[:1] in ",;" else " "
    return french.ensure_period(f"{clause[:at].rstrip()} {date_phrase}{joint}{rest}")


def _date_place(clause: str, dated: DatedSentence) -> int | None:
    """Where the date stood in a clause read from its sentence: before the words that followed
    it there, when the clause kept them and they do not open it; None otherwise."""
    narrowed = date_clause(dated)
    after = narrowed.sentence[narrowed.end :].lstrip()
    words = re.match(r"(?:[,;]\s*)?(?:[^\s,;.!?]+\s*){1,3}", after)
    if words is None or not re.search(r"\w", words.group(0)):
        return None
    found = clause.find(words.group(0).rstrip())
    return found if found > 0 else None


def _anchor_cut(whole: str, trimmed: str, dated: DatedSentence) -> bool:
    """Whether trimming the clause took the word the date followed in its sentence ("…, sa plus
    forte baisse depuis son introduction en 2019"): the date would then be pinned on another
    verb ("Cyclavia a perdu 11,2 % jeudi à la Bourse de Paris en 2019")."""
    narrowed = date_clause(dated)
    before = narrowed.sentence[: narrowed.phrase_start].split()
    if not before:
        return False
    anchor = french.fold(before[-1].strip(",;:"))
    return (
        find_between(french.fold(whole), anchor) != -1
        and find_between(french.fold(trimmed), anchor) == -1
    )


def _as_written(dated: DatedSentence, date_phrase: str) -> str:
    """A day after "fixée au", "reportée au" keeps its "au": "fixée le 16 avril" would say when
    the choice was made, not the day chosen."""
    if dated.preposition == "au" and french.fold(date_phrase).startswith("le "):
        return f"au {date_phrase[3:]}"
    return date_phrase


def _other_date(ctx: Context, dated: DatedSentence, others: list[DatedSentence]) -> str | None:
    """A wrong date of the same kind: another date of the article, else a nearby one."""
    kind = precision(dated.fact.value)
    side = tense(ctx, dated.fact.value)
    for other in others:
        same_kind = precision(other.fact.value) == kind
        different = other.fact.value != dated.fact.value and re.search(r"\d", other.date_text)
        # a concert to come is not said to be "le 12 mai 1936": a wrong date on the other side
        # of the day of the article is false at a glance
        same_side = side is None or tense(ctx, other.fact.value) in (side, None)
        if same_kind and different and same_side and _date_phrase(other):
            return _date_phrase(other)
    bare = dated.date_text.strip()
    year = re.search(r"\b(\d{4})\b", bare)
    if year:
        shifts = [s for s in (-3, -2, 2, 3) if _same_side(ctx, int(year.group(1)) + s, side)]
        if not shifts:
            return None
        shift = ctx.rng.choice(shifts)
        wrong = bare.replace(year.group(1), str(int(year.group(1)) + shift))
        return f"le {wrong}" if kind == "day" and not wrong.startswith("le ") else f"en {wrong}"
    day = re.fullmatch(r"(?:le\s+)?(\d{1,2})(?:er)?\s+(\S+)", bare)
    if kind == "day" and day is not None:  # "le 14 mars" -> "le 19 mars", on the same side
        number = int(day.group(1)) + ctx.rng.choice((-5, -4, 4, 5))
        value = f"{dated.fact.value[:8]}{number:02d}"
        if 1 <= number <= 28 and tense(ctx, value) in (side, None):
            return f"le {number} {day.group(2)}"
        return None
    months = [m for m in french.MONTHS if m in french.fold(bare)]
    if kind == "month" and months:
        index = french.MONTHS.index(months[0])
        other_month = french.MONTHS[(index + ctx.rng.choice((3, 4, 5))) % 12]
        return f"en {french.fold(bare).replace(months[0], other_month)}"
    return None


def _same_side(ctx: Context, year: int, side: str | None = "past") -> bool:
    """Whether a made-up year lies on the same side of the article's day as the true one: a
    year to come is no plausible wrong answer for what has happened."""
    return side is None or tense(ctx, str(year)) in (side, None)


def _precise_day(ctx: Context, dated: DatedSentence) -> str | None:
    """A day the article does not give, for a date it gives only to the month or year; none
    when the article gives a more precise date within it elsewhere ("la pollution du Rhône en
    juillet 2021", then "Dans la nuit du 13 au 14 juillet 2021": "le 12 juillet 2021" is false,
    not unknown)."""
    kind = precision(dated.fact.value)
    bare = dated.date_text.strip()
    value = dated.fact.value
    if any(
        d.value.startswith(f"{value}-") and precision(d.value) in ("day", "month")
        for d in ctx.facts.dates
    ):
        return None
    if kind == "month":
        return f"le {ctx.rng.randint(2, 27)} {bare}"
    if kind == "year" and re.fullmatch(r"\d{4}", bare):
        return f"en {ctx.rng.choice(french.MONTHS)} {bare}"
    return None


def date_statements(ctx: Context, kinds: list[str]) -> list[dict[str, object]]:
    """Statements of the wanted kinds from dated events, each from a different event, preferring
    events no other item uses yet: true, false (a wrong date) or not given (a day the text does
    not give)."""
    events = []
    for dated in dated_sentences(ctx):
        clause = event_clause(ctx, dated)
        # "depuis 2011" is not "en 2011": a span keeps its preposition
        span = dated.preposition in _SPAN_PREPOSITIONS
        phrase = _span_phrase(dated) if span else _date_phrase(dated)
        if phrase is not None and dated.preposition == "au":
            if precision(dated.fact.value) != "day":
                continue
            phrase = _as_written(dated, phrase)
        if not clause or not phrase or "«" in clause or not re.search(r"\d", dated.date_text):
            continue
        if _holds_another_date(ctx, dated, clause):
            continue  # "du 30 janvier [au 2 février]": a wrong end would repeat the start
        whole, clause = clause, french.strip_final_punctuation(clauses.trim_clause(clause, 4))
        if clause_checks.dangles(clause) or _anchor_cut(whole, clause, dated):
            continue
        if 4 <= french.word_count(clause) <= 24 and clauses.starts_with_subject(
            clause, ctx.proper_words
        ):
            events.append((dated, clause, phrase))
    events.sort(key=lambda e: e[0].sentence in ctx.used_evidence)
    items: list[dict[str, object]] = []
    kinds = list(kinds)
    for dated, clause, phrase in events:
        for kind in kinds:
            asked = (dated.sentence, dated.fact.value) in ctx.asked_dates
            if asked or ctx.gives_asked_date(clause, dated.sentence):
                break  # a date question asks for a date it shows or its feedback would give
            built = _date_statement(ctx, dated, clause, phrase, kind)
            if built is not None and not ctx.seen.reveals(str(built["statement"])):
                kinds.remove(kind)
                items.append(built)
                break
    return items


def _holds_another_date(ctx: Context, dated: DatedSentence, clause: str) -> bool:
    """Whether the clause still carries another date of its sentence (the start of a range):
    a statement changing one end of "du 30 janvier au 2 février" may repeat the other."""
    fact = dated.fact
    return any(
        other.text in clause
        for other in ctx.facts.dates
        if other.sentence == fact.sentence
        and other.start != fact.start
        and (
            re.search(r"\d", other.text)
            or other.value == "relative"  # "quatre ans plus tôt, en 2030": two times to check
            or _MONTH_DATE.fullmatch(other.text.strip())
            or _WEEKDAY.match(other.text.strip())
        )
    )


_MONTH_DATE = re.compile(
    r"(?:en\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre)",
    re.IGNORECASE,
)
"""A month alone ("retenu en novembre"): a statement changing another date of its sentence
that still says it has two dates, and the learner cannot tell which one is false."""
_WEEKDAY = re.compile(r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b", re.IGNORECASE)
"""A weekday ("a condamné mardi … pour la pollution en juillet 2021"): the same, two dates."""


def _span_phrase(dated: DatedSentence) -> str | None:
    """ "depuis 2011", "d'ici à 2014": a span with its year, as the article writes it."""
    phrase = dated.phrase.strip()
    if not re.search(r"\b\d{4}\b", phrase):
        return None
    return phrase[0].lower() + phrase[1:]


def _span_statement(clause: str, phrase: str, first: bool, dated: DatedSentence) -> str:
    """ "Depuis 2011, une directive …" (where a span begins reads first, when the article put
    it first); "La fermeture … est prévue d'ici à 2014" (a deadline last). A span the article
    puts last stays last: in "souhaitent commencer à les exploiter dès 2026" it dates the
    exploitation, and put first it would date the wish."""
    if first and french.fold(phrase).startswith(("depuis", "dès", "à partir")):
        return french.ensure_period(f"{french.capitalise(phrase)}, {french.lower_first(clause)}")
    return _statement(clause, phrase, dated)


def _opens_clause(dated: DatedSentence) -> bool:
    """Whether the date phrase opens its clause: "Depuis 2011, une directive …"."""
    narrowed = date_clause(dated)
    return not narrowed.sentence[: narrowed.phrase_start].strip(" ,")


def _date_statement(
    ctx: Context, dated: DatedSentence, clause: str, phrase: str, kind: str
) -> dict[str, object] | None:
    if dated.preposition in _SPAN_PREPOSITIONS:
        if kind == "not_given":
            return None
        year = re.search(r"\b(\d{4})\b", phrase)
        # "d'ici à 2016" would still be true of a plan for 2014: a deadline moves earlier; so
        # does a start: "n'avait pas connu un tel incendie depuis 2021" is still true when the
        # last one was in 2019, "fermée depuis 2026" of one closed since 2024 as well
        earlier = dated.preposition.startswith("d'ici") or dated.preposition in _STARTS
        shifts = (-3, -2) if earlier else (-3, -2, 2, 3)
        started = year is not None and (
            tense(ctx, year.group(1)) == "past"
            or (dated.preposition == "depuis" and tense(ctx, year.group(1)) is None)
        )
        if year and started:
            # "en poste depuis 2026" in a piece of 2025, "fermée depuis septembre 2026" in one
            # of January 2026, are false at a glance: a start in the past stays in the past
            rest = dated.fact.value[4:] if dated.fact.value[:4] == year.group(1) else ""
            shifts = tuple(
                s
                for s in shifts
                if tense(ctx, f"{int(year.group(1)) + s}{rest}") in ("past", None)
                and _same_side(ctx, int(year.group(1)) + s)
            )
        shifted = str(int(year.group(1)) + ctx.rng.choice(shifts)) if year and shifts else ""
        if year and not shifted:
            return None
        wrong = phrase.replace(year.group(1), shifted) if year else phrase
        if kind == "false":
            statement = _span_statement(clause, wrong, _opens_clause(dated), dated)
            feedback = f"Faux : d'après l'article, c'est {phrase}, pas {wrong}."
        else:
            statement = _span_statement(clause, phrase, _opens_clause(dated), dated)
            feedback = f"Vrai : l'article le dit, c'est {phrase}."
        also = other_proofs(ctx, statement, dated.sentence, kind, [phrase])
        return true_false(ctx, statement, kind, dated.sentence, feedback, also)
    if kind == "false":
        wrong = _other_date(ctx, dated, dated_sentences(ctx))
        if wrong is None:
            return None
        wrong = _as_written(dated, wrong)
        statement = _statement(clause, wrong, dated)
        feedback = f"Faux : d'après l'article, c'est {phrase}, pas {wrong}."
    elif kind == "not_given":
        precise = _precise_day(ctx, dated)
        if precise is None:
            return None
        statement = _statement(clause, _as_written(dated, precise), dated)
        feedback = f"On ne sait pas : l'article dit « {phrase} », mais il ne donne pas " + (
            "le jour." if precision(dated.fact.value) == "month" else "le mois."
        )
    else:
        statement = _statement(clause, phrase, dated)
        feedback = f"Vrai : l'article le dit, c'est {phrase}."
    also = other_proofs(ctx, statement, dated.sentence, kind, [phrase])
    return true_false(ctx, statement, kind, dated.sentence, feedback, also)


def comprehension_items(ctx: Context) -> list[dict[str, object]]:
    """True/false statements (from dates, else from quotations, else from figures), numbers,
    then open questions."""
    # an exact number for "des centaines" is the most natural detail the article does not give
    quantity = quantity_statement(ctx)
    items = [quantity] if quantity is not None else []
    items += date_statements(ctx, ["not_given", "false", "true"][bool(items) :])
    answers = {str(i["answer"]) for i in items}
    wanted = [
        k
        for k, v in (("true", "True"), ("false", "False"), ("not_given", "not_given"))
        if v not in answers
    ]
    items += quote_statements(ctx, wanted)
    answers = {str(i["answer"]) for i in items}
    still = [k for k, v in (("true", "True"), ("false", "False")) if v not in answers]
    items += number_statements(ctx, still)
    answers = {str(i["answer"]) for i in items}
    items += role_statements(ctx, [k for k in still if k.capitalize() not in answers])
    if len(items) < MIN_STATEMENTS:  # who is who, once more: a lesson checks two facts at least
        items += role_statements(ctx, ["false", "true"][: MIN_STATEMENTS - len(items)])
    if not {"True", "False"} & {str(i["answer"]) for i in items}:
        # every sentence that makes one is used by another item already (a brève of five
        # sentences): a false figure is still a statement to check, on a sentence a cloze uses
        items += number_statements(ctx, ["false"], reuse=True)
    if len(items) < MIN_STATEMENTS and all(i["answer"] != "not_given" for i in items):
        # "plusieurs" is vague enough that a number in its place is not given; it comes last,
        # for it says less of what the article tells than a date, a quotation or a figure
        taken = frozenset(str(i["evidence"]) for i in items)
        several = quantity_statement(ctx, several=True, taken=taken)
        items += [several] if several is not None else []
    ctx.note_used(items)
    items += number_items(ctx)
    items += open_items(ctx)
    return items
