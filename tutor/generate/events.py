"""The event a date dates: a short clause for chronologies and statements, and its question.

Four readings of a dated sentence, tried in this order:
- an event noun the date completes: "les élections législatives de dimanche 17 juin" ->
  "Quand ont eu lieu les élections législatives ?";
- a participle the date completes: "l'Independent … Authority, créée en 2009" ->
  "Quand l'Independent … Authority a-t-elle été créée ?";
- the sentence's own clause, without its date, simplified: "Le Premier ministre de Pologne,
  Beata Szydło a dirigé samedi une cérémonie dans la ville occidentale de Żagań …" ->
  "Quand Beata Szydło a-t-elle dirigé une cérémonie à Żagań ?";
- for durations, the noun they measure: "une visite de 2 jours" -> "Combien de temps dure la
  visite ?".

Each reading lives in its own module: `event_nouns` (event nouns and durations),
`event_participles`, `event_clauses` (the sentence's clause, a "que" or "lorsque" clause);
`event_model` holds the `Event` they return.
"""

from __future__ import annotations

import re

from tutor.generate import french
from tutor.generate.body_names import named_body
from tutor.generate.clause_checks import cut_subject, has_finite_verb, without_cut_subordinate
from tutor.generate.context import Context
from tutor.generate.dated import (
    DatedSentence,
    date_clause,
    inside_brackets,
    inside_quotation,
    precision,
    unplaced_weekday,
)
from tutor.generate.event_clauses import clause_event, subordinate_event
from tutor.generate.event_model import TIME_QUESTION_WORD, Event, is_clock_time, tense
from tutor.generate.event_modifiers import dates_an_announced_event, in_noun_modifier, range_end
from tutor.generate.event_nouns import duration_question, noun_event, start_event
from tutor.generate.event_participles import participle_event
from tutor.generate.references import points_back, with_name
from tutor.generate.simplify import AUXILIARIES, is_participle

__all__ = ["Event", "event_clause", "event_of"]


def event_of(ctx: Context, dated: DatedSentence) -> Event:
    """The event of a located date (computed once per date)."""
    cache: dict[tuple[int, int, str], Event] = ctx.memo.setdefault("events", {})
    key = (dated.fact.start, dated.fact.end, dated.fact.text)
    if key not in cache:
        cache[key] = _event(ctx, dated)
    return cache[key]


def event_clause(ctx: Context, dated: DatedSentence) -> str | None:
    """A declarative clause stating the event that the date dates, without the date."""
    return event_of(ctx, dated).clause


def _event(ctx: Context, dated: DatedSentence) -> Event:
    found = _standing_alone(ctx, _found_event(ctx, dated), dated.sentence)
    question = found.question
    if question is not None and (
        not _well_formed(question) or ":" in question or _said_after(ctx, question)
    ):
        # what follows a colon is another clause: "sera-t-il de courte durée : une nouvelle …"
        found = Event(found.clause, None, found.ordered)
    if found.question is not None and _object_lost(dated, found.question):
        found = Event(None, None, found.ordered)  # the clause lost the object too
    if _past_for_a_coming_date(ctx, dated, found.question):
        # "Quand X a-t-il proposé une rencontre ?" -> "jeudi", the day of the meeting to come
        found = Event(found.clause, None, False)
    clause, question = (
        without_cut_subordinate(p, ctx.lexicon.finite) for p in (found.clause, found.question)
    )
    if question is not None:
        # "Quand est-ce que tout a commencé, quand un élève … participait … ?": the "quand"
        # clause dates the event too, and "Quand …, quand … ?" is no question a teacher asks
        question = _WHEN_TAIL.sub(" ?", question)
    found = Event(clause, question, found.ordered)
    if found.clause is not None and cut_subject(found.clause):
        return Event()  # "Katrin Vogel ont affiché": the subject lost its other half
    if found.clause is not None and not _well_formed(found.clause):
        found = Event(None, found.question, found.ordered)
    return found


_OBJECT_AFTER_INCISE = re.compile(
    r"^\s*,(?!\s*(?:et|mais|puis|ou|car|or|donc|tandis)\b)[^,.;:]{1,40},"
    r"\s*(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs)\b",
    re.I,
)
"""An incise after the date, then a noun phrase: the verb's object. After "et", "mais" … the
words open another clause ("prévue au 14 mai, et la semaine suivante, les parents seront
consultés"), and nothing is lost."""


def _object_lost(dated: DatedSentence, question: str) -> bool:
    """Whether the question ends on the verb whose object the sentence sets after the date and
    an incise ("l'État a publié en 2024, pour la première fois, la liste des 151 navires" gave
    "Quand est-ce que l'État a publié ?")."""
    last = re.search(r"([^\W\d_]+)\s*\?\s*$", question)
    before = dated.sentence[: dated.phrase_start].rstrip()
    if last is None or not before.endswith(last.group(1)):
        return False
    return _OBJECT_AFTER_INCISE.match(dated.sentence[dated.end :]) is not None


_WHEN_TAIL = re.compile(r"\s*,\s*(?:quand|lorsque|lorsqu['’])(?:\s|(?<=['’])).*\?\s*$", re.I)
"""A "quand"/"lorsque" clause set off at the end of a question: it says when, too."""


_PAST_QUESTION = re.compile(
    r"^Quand\b.*\b(?:a|ont)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+(?:[\w’'-]+\s+)?"
    r"(?!lieu\b)[^\W\d_]+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|int)\b|^Quand\b.*\ba eu lieu\b",
)
"""A question about when something was done, in the passé composé."""


def _past_for_a_coming_date(ctx: Context, dated: DatedSentence, question: str | None) -> bool:
    """Whether a question asks in the past when something was done, and its answer is a date
    after the article's: the date is then another event's (the meeting proposed, not the
    proposal), or the question's tense is wrong."""
    value = dated.fact.value
    if question is None or not re.match(r"\d{4}", value) or tense(ctx, value) != "future":
        return False
    return _PAST_QUESTION.search(question) is not None


def _standing_alone(ctx: Context, found: Event, sentence: str) -> Event:
    """The event with its clause and question read alone: "sa déléguée, Fatima Zeroual,"
    becomes "Fatima Zeroual"; a part still pointing to another sentence ("cette économiste",
    "doit la rencontrer") is dropped (see `tutor.generate.references`)."""
    parts = [
        with_name(_titled(p, sentence)) if p is not None else None
        for p in (found.clause, found.question)
    ]
    # "La compagnie a dû annuler …": which company, read alone? (`tutor.generate.body_names`)
    parts = [None if p is None else named_body(ctx, p, sentence) for p in parts]
    clause, question = (None if p is None or points_back(ctx, p, sentence) else p for p in parts)
    return Event(clause, question, found.ordered)


_WRITERS_PIECE = re.compile(
    r"(?<![\w'’])[Nn]otre\s+(?P<noun>article|enquête|reportage|dossier|chronique|édition)\b"
)
_PIECE_GENDER = {"article": "le", "reportage": "le", "dossier": "le"}
_TITLE_GIVEN = re.compile(r"\bintitulée?s?\s+(?P<title>«[^«»]{3,60}»)")


def _titled(text: str, sentence: str) -> str:
    """ "notre article" named by the title the sentence gives it ("dans notre article publié
    jeudi 14 janvier et intitulé « Le chômage recule en Occitanie »" -> "l'article « Le chômage
    recule en Occitanie »"): in the tutor's mouth "notre" is nobody's, a title is the piece's."""
    piece = _WRITERS_PIECE.search(text)
    title = _TITLE_GIVEN.search(sentence)
    if piece is None or title is None:
        return text
    noun = piece["noun"]
    article = french.elide(_PIECE_GENDER.get(noun, "la"), noun)
    if text[: piece.start()].strip() == "" or text[: piece.start()].rstrip().endswith(("?", ".")):
        article = french.capitalise(article)
    return f"{text[: piece.start()]}{article}{noun} {title['title']}{text[piece.end() :]}"


_DANGLING_END = re.compile(
    r"\b(?:et|ou|mais|ni|de|d['’]|du|des|à|au|aux|en|par|pour|sur|dans|avec|sans|le|la|les|l['’]|"
    r"un|une|que|qu['’]|qui|dont)\s*\??$",
    re.IGNORECASE,
)
"""A text cut after a word that needs more ("élu maire de Vitré et ?")."""
_LONE_TAIL = re.compile(r"(?<!\d),(?!\d)\s*[^\s,]+\s*\??$")
"""A last part of one word after a comma ("la jeune pousse Revolt Cycle, spécialisée ?"): a
clause cut inside an apposition."""
_TWO_AUXILIARIES = re.compile(
    r"\b(?:s['’]est|s['’]étai(?:en)?t|est|a|ont|sont)\s+(?:a|est|ont|sont)(?:-t-|\s)",
    re.IGNORECASE,
)
"""A question or clause built on a clause that already had its auxiliary ("s'est a-t-il été
ouvert", "Son sous-traitant s'est a été ouvert")."""


_SECOND_CLAUSE = re.compile(
    r"\b(?:a|ont|est|sont)\b(?!-ce).*\bet\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:a|ont|est|sont|avait|avaient|sera|seront)\b",
    re.IGNORECASE,
)
"""A verb, then "et" and another subject with its own verb: two events in one question ("Quand
un skieur est-il mort et quatre autres ont été blessés ?"). "Quand est-ce que Paris et Berlin
ont signé ... ?" has one subject of two names."""


_SPEECH_INCISE = re.compile(
    r",\s+(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+(?:promis|déclaré|"
    r"indiqué|assuré|affirmé|expliqué|précisé|annoncé|ajouté|souligné|estimé|rappelé|confié|"
    r"reconnu|prévenu|répété|martelé|insisté|réagi|dit|jugé|résumé|garanti|averti|confirmé)\b"
    # the present of wire copy: "…, précise la compagnie, qui exploite …"
    r"|,\s+(?:précise|indique|explique|ajoute|souligne|assure|affirme|confirme|rappelle|"
    r"estime|annonce|déclare|raconte|reconnaît|prévient|résume|insiste)(?:nt)?\s+"
    r"(?:le|la|les|l['’]|son|sa|ses|leur|leurs|(?-i:[A-ZÀ-Ý]))",
    re.IGNORECASE,
)
"""Who said the clause, set after it ("…, a promis Hélène Marchetti lors d'une conférence"): a
question keeping it asks when the speaker's words come true, with the saying stuck inside; a
clause may keep it ("Simone Arnaudet est morte à Toulon, a annoncé sa fille")."""


def _said_after(ctx: Context, question: str) -> bool:
    """Whether a question keeps the verb of saying set after its clause: the words before it
    make a clause of their own ("… ne bougeront pas, a promis X"), where an apposed subject
    does not ("Le Premier ministre, Andrei Munteanu, a annoncé …")."""
    found = _SPEECH_INCISE.search(question)
    return found is not None and has_finite_verb(question[: found.start()], ctx.lexicon.finite)


def _well_formed(text: str) -> bool:
    """Whether a generated question or clause reads as whole French: not cut short after a
    conjunction, a preposition or a lone apposed word, with one auxiliary and one event."""
    return not (
        _DANGLING_END.search(text)
        or _LONE_TAIL.search(text)
        or _TWO_AUXILIARIES.search(text)
        or _SECOND_CLAUSE.search(text)
    )


def _in_incise(ctx: Context, dated: DatedSentence) -> bool:
    """Whether the date is in a verb set after the clause with its subject after it ("… pourrait
    la conduire à Madrid, a indiqué lundi son entourage"): it dates the saying, not the clause
    said; "Le président, Jean-Luc Daubas, a réclamé lundi …" has no verb before its comma."""
    narrowed = date_clause(dated)
    before = narrowed.sentence[: narrowed.phrase_start]
    head, comma, segment = before.rpartition(",")
    words = segment.split()
    if not comma or not 1 <= len(words) <= 3 or words[0] not in AUXILIARIES:
        return False
    if len(words) > 1 and not is_participle(words[-1]):
        return False
    subject = re.split(r"[,;:.!?]", narrowed.sentence[narrowed.end :], maxsplit=1)[0].split()
    if (
        not subject
        or not 1 <= len(subject) <= 6
        or any(w in ("que", "qu'", "qu’") for w in subject)
    ):
        return False  # what follows the date is the verb's object, not its subject
    return has_finite_verb(head, ctx.lexicon.finite)


_APPOSITION_OPENER_WORDS = """à au aux en dans depuis pendant durant avant après dès lors le la
    les l' l’ ce cette selon pour par sur sous avec sans mais et ou puis ainsi alors"""
_APPOSITION_OPENERS = frozenset(_APPOSITION_OPENER_WORDS.split())


def _in_apposition(ctx: Context, dated: DatedSentence) -> bool:
    """Whether the date ends a noun phrase set between commas after the subject ("L'athlète de
    29 ans, sixième des Jeux olympiques de Paris en 2024, a toujours nié …"): it dates what the
    phrase says, not the sentence's verb ("Quand … a-t-il toujours nié ?" -> "en 2024")."""
    sentence = dated.sentence
    if not sentence[dated.end :].lstrip().startswith(","):
        return False
    head, comma, segment = sentence[: dated.phrase_start].rpartition(",")
    words = segment.split()
    if not comma or not words:
        return False
    if words[0].casefold() in _APPOSITION_OPENERS or is_participle(words[0]):
        return False
    finite = ctx.lexicon.finite
    return not has_finite_verb(head, finite) and not has_finite_verb(segment, finite)


_SPAN = re.compile(r"^(?:pendant|durant)\s", re.IGNORECASE)
"""A duration the whole event took ("pendant quatre jours"), not the length of a noun."""


def _found_event(ctx: Context, dated: DatedSentence) -> Event:
    if is_clock_time(dated.fact.value):
        return _timed_event(ctx, dated)
    kind = precision(dated.fact.value)
    if (kind == "other" and not unplaced_weekday(dated)) or inside_quotation(dated):
        return Event()
    if kind == "duration":
        question = duration_question(dated, ctx.lexicon.finite)
        if question is None and _SPAN.match(dated.date_text) and not in_noun_modifier(dated):
            # "Pendant quatre jours, la ville s'est transformée en scène à ciel ouvert"
            found = clause_event(ctx, dated, "Pendant combien de temps")
            question = found.question if found is not None else None
        return Event(question=question)
    if inside_brackets(dated) or range_end(dated) or _in_incise(ctx, dated):
        return Event()
    if _in_apposition(ctx, dated) or dates_an_announced_event(dated):
        return Event()
    found = start_event(dated) or noun_event(ctx, dated) or participle_event(ctx, dated)
    found = found or subordinate_event(ctx, dated)
    if found is None and in_noun_modifier(dated):
        return Event()  # "la piscine, construite en 1972": not when the pool was closed
    return found or clause_event(ctx, dated) or Event()


def _timed_event(ctx: Context, dated: DatedSentence) -> Event:
    """The event a time of day dates ("Le feu s'est déclaré vers 23 h 40" -> "À quelle heure le
    feu s'est-il déclaré ?"): the sentence's own clause, as for a date, with the same guards (a
    time in quoted words, in brackets, in a saying set after the clause or in an apposition
    times no event of the sentence)."""
    if inside_quotation(dated) or inside_brackets(dated) or _in_incise(ctx, dated):
        return Event()
    if _in_apposition(ctx, dated):
        return Event()
    return clause_event(ctx, dated, TIME_QUESTION_WORD) or Event()
