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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.generate import clauses, french, grammar
from tutor.generate.clauses import QUESTION_PREDICATE_WORDS
from tutor.generate.context import Context
from tutor.generate.dated import (
    WHEN,
    DatedSentence,
    inside_brackets,
    inside_quotation,
    precision,
    que_clause,
    without_date,
)
from tutor.generate.simplify import AUXILIARIES, is_participle, short_predicate, simplify

_QUESTION_WORD = {
    "depuis": "Depuis quand",
    "dès": "Depuis quand",
    "à partir de": "Depuis quand",
    "jusqu'en": "Jusqu'à quand",
    "jusqu'au": "Jusqu'à quand",
}
_EVENT_NOUNS = french.wordset(
    """élection scrutin référendum vote sommet réunion rencontre visite conférence cérémonie
    manifestation grève crise guerre attaque attentat accident crash catastrophe séisme incendie
    explosion intervention invasion annexion révolution fermeture ouverture signature chute
    naissance mort décès procès inauguration lancement création fondation indépendance
    démission mobilisation"""
)
_DOCUMENT_NOUNS = french.wordset(
    "publication rapport loi traité accord directive décret lettre étude interview enquête"
)
_PRE_ADJECTIVES = french.wordset(
    """précédent précédente dernier dernière premier première nouveau nouvel nouvelle grand
    grande prochain prochaine récent récente ancien ancienne"""
)
_DATING_VERBS = french.wordset("date datent datait dataient remonte remontent remontait")
"""'Leur dernière rencontre date de septembre 2023': the date completes the verb, not a noun."""
_BOUNDARIES = french.wordset("que qu' qui dont où lorsque quand si et ou mais")


@dataclass(frozen=True)
class Event:
    """What a date dates: `clause` states it without the date (no final full stop) and is None
    when it cannot be said well; `question` asks for the date; `ordered` says whether the clause
    can take its place in a chronology (a plan for a future date cannot)."""

    clause: str | None = None
    question: str | None = None
    ordered: bool = True


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
    kind = precision(dated.fact.value)
    if kind == "other" or inside_quotation(dated):
        return Event()
    if kind == "duration":
        return Event(question=_duration_question(dated))
    if inside_brackets(dated):
        return Event()
    found = _noun_event(ctx, dated) or _participle_event(ctx, dated)
    found = found or _subordinate_event(ctx, dated)
    return found or _clause_event(ctx, dated) or Event()


def _tense(ctx: Context, value: str) -> str | None:
    """ "past" or "future" for a date against the publication date, None when they overlap."""
    published = ctx.facts.published or (
        ctx.article.published.isoformat() if ctx.article.published else None
    )
    if not published:
        return "past"
    common = min(len(value), len(published))
    if value[:common] < published[:common]:
        return "past"
    if value[:common] > published[:common]:
        return "future"
    return None


def _noun_phrases(
    tokens: list[str], end: int, agreement: grammar.Agreement = (None, None)
) -> list[tuple[int, str, grammar.Agreement, bool]]:
    """The noun phrases that end at tokens[end - 1] (a comma after it allowed), nearest first:
    start, text with a definite determiner, agreement, and whether the phrase completes another
    noun (opened by "du", "des", or after "de")."""
    found: list[tuple[int, str, grammar.Agreement, bool]] = []
    for i in range(end - 1, max(-1, end - 10), -1):
        token = tokens[i].rstrip(",") if i == end - 1 else tokens[i]
        folded = french.fold(token)
        if i < end - 1 and (token.endswith((",", ";", ":")) or folded in _BOUNDARIES):
            break
        if folded in AUXILIARIES or folded == "été" or folded.startswith("qu'"):
            break
        opened = grammar.determiner(token)
        if opened is None:
            continue
        det, head = opened
        det_agreement = grammar.DETERMINER_AGREEMENT[det]
        if not grammar.agrees(det_agreement, agreement):
            continue
        words = [head] if head else []
        words += [t.rstrip(",") for t in tokens[i + 1 : end]]
        completes = det in grammar.CONTRACTIONS or (
            i > 0 and french.fold(tokens[i - 1]) in ("de", "d'", "et")
        )
        found.append((i, grammar.definite(det, " ".join(words)), det_agreement, completes))
        if not completes:
            break
    return found


def _subject_phrase(
    tokens: list[str], end: int, agreement: grammar.Agreement
) -> tuple[int, str] | None:
    """The noun phrase a participle describes: the one a complement completes when it agrees
    too ("l'essentiel du séjour …, transféré"), else the nearest ("de l'Authority, créée")."""
    found = _noun_phrases(tokens, end, agreement)
    if not found:
        return None
    start, text, _, completes = found[-1]
    return (start, text) if not completes else (found[0][0], found[0][1])


def _head(phrase: str) -> str:
    """The head noun of a noun phrase, singular: "la précédente publication" -> "publication"."""
    words = phrase.split(" ")
    elided = words[0].startswith(("l'", "l’"))
    words = [words[0][2:], *words[1:]] if elided else words[1:]
    while words and french.fold(words[0]) in _PRE_ADJECTIVES:
        words = words[1:]
    head = french.fold(words[0]) if words else ""
    return re.sub(r"(?<=[^s])s$", "", head)


def _noun_event(ctx: Context, dated: DatedSentence) -> Event | None:
    """A date that completes an event noun: "les élections de dimanche 17 juin", "l'intervention
    russe en Ukraine en 2014", "la fermeture de l'usine d'ici à 2014"."""
    tokens = dated.sentence[: dated.phrase_start].split()
    if not tokens or tokens[-1].endswith(",") or french.fold(tokens[-1]) in _DATING_VERBS:
        return None
    of = dated.preposition in ("de", "d'")
    phrases = [
        (text, agreement, _head(text))
        for _, text, agreement, _ in _noun_phrases(tokens, len(tokens))
        if _head(text) in _EVENT_NOUNS or (of and _head(text) in _DOCUMENT_NOUNS)
    ]
    if not phrases:
        return None
    phrase, (gender, number), head = phrases[0]
    document = head not in _EVENT_NOUNS
    words = phrase.split(" ")  # "la fermeture annoncée de l'usine": the participle goes
    phrase = " ".join(w for i, w in enumerate(words) if i < 2 or not is_participle(w))
    gender = gender or grammar.noun_gender(head)
    plural = number == "p"
    tense = _tense(ctx, dated.fact.value)
    if dated.preposition.startswith("d'ici") and tense == "future" and gender:
        planned = "prévu" + ("e" if gender == "f" else "") + ("s" if plural else "")
        be = "sont" if plural else "est"
        # a plan: a statement can say it, a chronology cannot put it in order
        return Event(
            f"{french.capitalise(phrase)} {be} {planned}",
            f"Pour quand {be} {planned} {phrase} ?",
            False,
        )
    if tense != "past" or dated.preposition not in ("", "de", "d'", "en", "le", "au"):
        return None
    if document:
        return Event(None, f"De quand {'datent' if plural else 'date'} {phrase} ?")
    took_place = "ont eu lieu" if plural else "a eu lieu"
    return Event(f"{french.capitalise(phrase)} {took_place}", f"Quand {took_place} {phrase} ?")


def _participle_event(ctx: Context, dated: DatedSentence) -> Event | None:
    """A date that completes a participle: "une interview … publiée vendredi", "l'essentiel …,
    transféré en 2012 aux juridictions", "Bien qu'ayant été signé en janvier 2012 …, l'ACTA"."""
    tokens = dated.sentence[: dated.phrase_start].split()
    i = len(tokens) - 1
    while i >= 0 and len(tokens[i]) >= 8 and french.fold(tokens[i]).endswith("ment"):
        i -= 1  # "signé secrètement en janvier"
    if i < 1 or tokens[i].endswith(","):
        return None
    participle = tokens[i]
    previous = french.fold(tokens[i - 1])
    voice = grammar.participle_voice(participle)
    if not is_participle(participle) and (voice != "être" or grammar.determiner(previous)):
        return None  # "sorti", "parti" are participles, "le parti" is not
    agreement = grammar.participle_agreement(participle)
    after = dated.sentence[dated.end :]
    if previous == "été" and i >= 2 and french.fold(tokens[i - 2]).endswith("ayant"):
        voice = "passive"
        main = re.split(r",\s*", after, maxsplit=1)
        parts = clauses.split_subject(clauses.strip_opener(main[1])) if len(main) == 2 else None
        if parts is None or not clauses.starts_with_subject(parts[0], ctx.proper_words):
            return None
        phrase = french.lower_first(parts[0])
    elif previous in AUXILIARIES or previous in ("été", "se", "s'", "ne", "n'", "en", "y"):
        return None  # a verb of the clause, not a participle on a noun
    else:
        found = _subject_phrase(tokens, i, agreement)
        if found is None or found[0] < i - 9:
            return None
        phrase = found[1]
    if _tense(ctx, dated.fact.value) != "past" or french.word_count(phrase) > 9:
        return None
    # what follows a colon or a dash is another clause ("survenu le 12 février : une patiente …")
    rest = re.split(r"[,;:.(«“!?–—]", after, maxsplit=1)[0].strip()
    if re.match(r"(?i)(?:pour|afin)\b", rest):
        rest = ""  # the purpose is not what the question is about
    if voice != "passive" and re.match(r"(?i)par\b", rest):
        return None  # "commencés en 2012 par l'entreprise": a passive after all
    gender, number = agreement
    pronoun = (
        ("elles" if gender == "f" else "ils")
        if number == "p"
        else ("elle" if gender == "f" else "il")
    )
    if voice == "être":  # "un drame survenu" -> "le drame est survenu"
        aux, verb = ("sont" if number == "p" else "est"), participle
    elif voice == "avoir":  # "la grève, commencée" -> "la grève a commencé"
        aux, verb = ("ont" if number == "p" else "a"), grammar.participle_stem(participle)
    else:
        aux, verb = ("ont" if number == "p" else "a"), f"été {participle}"
    predicate = short_predicate(f"{verb} {rest}".strip(), QUESTION_PREDICATE_WORDS)
    question = f"Quand {phrase} {clauses.invert(aux, pronoun)} {predicate} ?"
    return Event(f"{french.capitalise(phrase)} {aux} {predicate}", question)


def _clause_event(ctx: Context, dated: DatedSentence) -> Event | None:
    """The sentence's own clause without its date, simplified; or the "lorsque" clause after it."""
    clause = without_date(dated)
    if clause is not None:
        clause = clauses.strip_opener(clause)
        clause = _with_subject(clause, _antecedent(ctx, dated, clause))
    else:
        clause = _when_clause(ctx, dated)
    if clause is None:
        return None
    clause = simplify(clause, ctx.names_longest_first, ctx.roles)
    word = _QUESTION_WORD.get(dated.preposition, "Quand")
    question = clauses.question_from_clause(
        clause, word, None, ctx.feminine_names, ctx.proper_words, ctx.masculine_names
    )
    return Event(clause, question)


_PERFECT = {"a": "a", "ont": "ont", "avait": "a", "avaient": "ont", "est": "est", "sont": "sont"}
_PERFECT.update({"sera": "sera", "seront": "seront", "va": "va", "vont": "vont"})
"""Tenses a subordinate clause keeps alone, pluperfect made perfect ("avait été" -> "a été")."""


def _subordinate_event(ctx: Context, dated: DatedSentence) -> Event | None:
    """A date in a "que" clause dates that clause, never the verb that introduces it:
    "X a rappelé … qu'un plan de 150 millions d'euros … avait été annoncé en juin 2018" ->
    "Quand le plan de 150 millions d'euros pour les urgences a-t-il été annoncé ?". A clause
    that cannot stand alone gives no event (Event()), never the main clause's."""
    found = que_clause(dated)
    if found is None:
        return None
    clause, opens = found
    clause = simplify(clause, ctx.names_longest_first, ctx.roles)
    parts = clauses.split_subject(clause, 12) if opens else None
    if parts is None or not clauses.starts_with_subject(clause, ctx.proper_words):
        return Event()
    subject, aux, rest = parts
    if french.fold(subject) in french.SUBJECT_PRONOUNS or not rest:
        return Event()  # "qu'il avait annoncé": who?
    tense = _PERFECT.get(french.fold(aux))
    pluperfect = french.fold(aux) in ("était", "étaient")
    if tense is None and pluperfect and grammar.participle_voice(rest.split(" ")[0]) == "être":
        tense = "est" if french.fold(aux) == "était" else "sont"  # "était arrivé"
    if tense is None:
        return Event()
    statement = french.capitalise(f"{subject} {tense} {rest}")
    opened = grammar.determiner(subject.split(" ")[0])
    if opened is not None and opened[0] in ("un", "une", "des") and " " in subject:
        subject = grammar.definite(opened[0], subject.split(" ", 1)[1])  # "le plan" asked about
    rest = short_predicate(rest, QUESTION_PREDICATE_WORDS)
    pronoun = clauses.subject_pronoun(subject, ctx.feminine_names, ctx.masculine_names)
    word = _QUESTION_WORD.get(dated.preposition, "Quand")
    if pronoun is not None:
        question = f"{word} {french.lower_first(subject)} {clauses.invert(tense, pronoun)} {rest} ?"
    else:
        question = f"{word} {clauses.est_ce_que(f'{subject} {tense} {rest}')} ?"
    too_long = french.word_count(f"{subject} {rest}") > clauses.MAX_QUESTION_WORDS
    return Event(statement, None if too_long else question)


def _duration_question(dated: DatedSentence) -> str | None:
    """ "une visite de 2 jours" -> "Combien de temps dure la visite ?"; "Après trois ans de
    mobilisation, … a été rejeté" -> "Combien de temps a duré la mobilisation ?"."""
    sentence = dated.sentence
    tokens = sentence[: dated.phrase_start].split()
    phrase = None
    if dated.preposition in ("de", "d'") and tokens:
        found = _noun_phrases(tokens, len(tokens))
        phrase = found[0][1] if found and found[0][0] >= len(tokens) - 4 else None
    elif dated.preposition in ("", "après"):
        match = re.match(r"\s+(?:de\s+|d['’])([^\W\d_][\w-]*)(?=[\s,.;]|$)", sentence[dated.end :])
        gender = grammar.noun_gender(match.group(1)) if match else None
        if match and gender and not grammar.plural(match.group(1)):
            phrase = grammar.definite("la" if gender == "f" else "le", match.group(1))
    if phrase is None or _head(phrase) in ("", "âge"):
        return None
    past = any(
        french.fold(t) in ("a", "ont", "avait", "avaient", "était") for t in sentence.split()
    )
    verb = (
        ("ont duré" if past else "durent")
        if phrase.startswith("les ")
        else ("a duré" if past else "dure")
    )
    return f"Combien de temps {verb} {phrase} ?"


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
    match = WHEN.match(dated.sentence[dated.end :])
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
