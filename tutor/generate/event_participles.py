"""Dated events read from a participle the date completes: "l'Authority, créée en 2009"."""

from __future__ import annotations

import re

from tutor.generate import clause_openers, clauses, french, grammar
from tutor.generate.bank_words import is_person
from tutor.generate.clauses import QUESTION_PREDICATE_WORDS
from tutor.generate.context import Context
from tutor.generate.dated import DatedSentence
from tutor.generate.event_model import Event, tense
from tutor.generate.event_nouns import ambiguous_subject, subject_phrase
from tutor.generate.simplify import AUXILIARIES, is_participle, short_predicate

_COMPLEMENT_STARTS = french.wordset(
    """à au aux par dans en sur avec sans sous chez vers contre entre auprès près devant derrière
    parmi selon de du des d' lors outre jusqu'à jusqu'au"""
)
"""Words that open a complement of the participle ("transféré en 2012 aux juridictions");
anything else after the date belongs to the rest of the sentence."""


def _opens_complement(text: str) -> bool:
    first = french.fold(text.split(" ", 1)[0])
    elided = re.match(r"(?:d|jusqu)'", first)
    return (
        first in _COMPLEMENT_STARTS or bool(elided) or (len(first) > 6 and first.endswith("ment"))
    )


_NOT_WHEN = french.wordset(
    """avant après jusqu'en jusqu'au jusqu'à à partir de d'ici d'ici à de du d'"""
) | {"à partir de", "à partir du", "d'ici à"}
"""Prepositions for which "Quand … a-t-il été construit ?" asks the wrong thing: "construit
avant 1946" gives a bound, not the date of the building."""
_NEGATIVE_ADVERBS = french.wordset("jamais pas plus guère point rien")


_GENDERED = {"la": "f", "une": "f", "cette": "f", "le": "m", "un": "m", "ce": "m", "cet": "m"}


def _coordinated(tokens: list[str], start: int, agreement: grammar.Agreement) -> bool:
    """Whether the noun phrase at `start` is the second of two joined by "et" or "ou", the
    first of which agrees with the participle too ("de la femme et de la citoyenne,
    guillotinée"); "de l'exemple britannique et de l'Authority, créée" is not known to."""
    before = [french.fold(t) for t in tokens[max(0, start - 2) : start]]
    if "et" not in before and "ou" not in before:
        return False
    joint = start - 1 - before[::-1].index("et" if "et" in before else "ou")
    for j in range(joint - 1, max(-1, joint - 5), -1):
        gender = _GENDERED.get(french.fold(tokens[j]))
        if gender is not None:
            return agreement[0] in (None, gender)
    return False


_COMPLEMENT_OPENERS = french.wordset("de d' du des à au aux")


def _set_off_complement(ctx: Context, tokens: list[str], start: int) -> bool:
    """Whether the noun phrase at `start`, before a participle set off by a comma, is only the
    complement inside a person's apposition or a title, not what the participle describes:
    "Jean-Pierre Mangin, professeur de musique au collège de la ville, mort en 2011" (he died,
    not the school), "Son livre, Les Oubliés du dernier étage, publié en novembre 2024" (the
    book, not "le dernier étage"), "l'estimation d'Agreste, le service statistique du ministère
    de l'Agriculture, publiée lundi" (the estimate, not the ministry)."""
    if start < 1 or not (
        french.fold(tokens[start]) in _COMPLEMENT_OPENERS
        or french.fold(tokens[start - 1]) in _COMPLEMENT_OPENERS
    ):
        return False
    comma = max((k for k in range(start) if tokens[k].endswith(",")), default=-1)
    segment = tokens[comma + 1 : start]
    if not segment:
        return False
    if comma >= 0 and french.fold(segment[0]) in french.DETERMINERS:
        # "l'estimation d'Agreste, le service statistique du ministère de l'Agriculture,
        # publiée lundi": an apposition's complement; the estimate was published (review 17)
        return True
    if any(w[:1].isupper() for w in segment[1:]):
        return True  # a title or a name: "Les Oubliés du …"
    first = segment[0]
    return (
        first[:1].islower()
        and french.fold(first) not in french.DETERMINERS
        and is_person(ctx.glossary, first, first)
    )


_INDEFINITE = french.wordset("un une des")


def _object_of_verb(tokens: list[str], start: int) -> bool:
    """Whether the noun phrase at `start` opens on "un", "une" or "des" right after a verb (an
    auxiliary or a participle): the object of that verb, which the participle describes."""
    if start < 1 or french.fold(tokens[start]) not in _INDEFINITE:
        return False
    previous = tokens[start - 1]
    return not previous.endswith(",") and (
        french.fold(previous) in AUXILIARIES or is_participle(previous)
    )


def participle_event(ctx: Context, dated: DatedSentence) -> Event | None:
    """A date that completes a participle: "une interview … publiée vendredi", "l'essentiel …,
    transféré en 2012 aux juridictions", "Bien qu'ayant été signé en janvier 2012 …, l'ACTA"."""
    tokens = dated.sentence[: dated.phrase_start].split()
    i = len(tokens) - 1
    while i >= 0 and len(tokens[i]) >= 8 and french.fold(tokens[i]).endswith("ment"):
        i -= 1  # "signé secrètement en janvier"
    if i == 0 and not tokens[0].endswith(","):
        return _fronted(ctx, dated, tokens[0])
    if i < 1 or tokens[i].endswith(","):
        return None
    participle = tokens[i]
    previous = french.fold(tokens[i - 1])
    voice = grammar.participle_voice(participle)
    opened = grammar.determiner(previous)
    after_determiner = opened is not None and not opened[1]  # "ses", not "l'annonce,"
    if not is_participle(participle) and (voice != "être" or opened):
        return None  # "sorti", "parti" are participles, "le parti" is not
    if after_determiner:
        return None  # "ses députés": a noun
    agreement = grammar.participle_agreement(participle)
    after = dated.sentence[dated.end :]
    if previous == "été" and i >= 2 and french.fold(tokens[i - 2]).endswith("ayant"):
        voice = "passive"
        main = re.split(r",\s*", after, maxsplit=1)
        parts = (
            clauses.split_subject(clause_openers.strip_opener(main[1])) if len(main) == 2 else None
        )
        if parts is None or not clauses.starts_with_subject(parts[0], ctx.proper_words):
            return None
        phrase = french.lower_first(parts[0])
    elif previous in AUXILIARIES or previous in ("été", "se", "s'", "ne", "n'", "en", "y"):
        return None  # a verb of the clause, not a participle on a noun
    elif previous.startswith(("s'", "s’")) and previous[2:] in AUXILIARIES:
        return None  # "s'était ouvert": a reflexive verb of the clause, never "s'était a été …"
    else:
        found = subject_phrase(tokens, i, agreement)
        if found is None or found[0] < i - 9:
            return None
        if _object_of_verb(tokens, found[0]):
            # "elle avait fait un retour remarqué en 2004": the participle qualifies what she
            # did; "Quand le retour a-t-il été remarqué ?" asks of no event the article tells
            return None
        if ambiguous_subject(tokens, i, agreement):
            return Event()  # "la fermeture de la piscine, construite": the pool was built
        opener = french.fold(tokens[found[0] - 1]) if found[0] else ""
        if dated.preposition == "depuis" and opener in ("que", "qu'", "qu’"):
            # "a demandé que les thèses soutenues depuis 2015 soient analysées": the theses
            # picked out by the wish, not a state ("Les thèses sont soutenues depuis 2015")
            return Event()
        if french.fold(tokens[i - 1]) in ("et", "ou") or found[1].endswith((" et", " ou")):
            # "installée dans la région lyonnaise et fondée en 1987": the second of two
            # participles, whose noun is before the first one
            return Event()
        if tokens[i - 1].endswith(",") and _set_off_complement(ctx, tokens, found[0]):
            return Event()
        if tokens[i - 1].endswith(",") and _coordinated(tokens, found[0], agreement):
            # "Olympe de Gouges, autrice de la Déclaration des droits de la femme et de la
            # citoyenne, guillotinée en 1793": the last of two complements is not who died
            return Event()
        phrase = found[1]
    if tense(ctx, dated.fact.value) != "past" or french.word_count(phrase) > 9:
        return None
    if dated.preposition in _NOT_WHEN or french.fold(tokens[i - 1]) in _NEGATIVE_ADVERBS:
        # "construit avant 1946", "une hauteur jamais vue depuis 1995": no date of an event,
        # and the main clause is not what the date dates either
        return Event()
    # what follows a colon or a dash is another clause ("survenu le 12 février : une patiente …")
    rest = re.split(r"[,;:.(«“!?–—]", after, maxsplit=1)[0].strip()
    # "peinte en 1874 par X et restaurée pendant huit mois": the second participle is another
    # event, with no date of its own
    rest = re.split(r"\s+(?:et|ou|mais|puis)\s+", rest, maxsplit=1)[0]
    if re.match(r"(?i)(?:pour|afin)\b", rest):
        rest = ""  # the purpose is not what the question is about
    words = rest.split()
    finite = next((k for k, w in enumerate(words) if french.fold(w) in AUXILIARIES), None)
    if finite is not None:
        # "le vote organisé en mars auprès des membres de la communauté avait été serré": the
        # sentence's own verb ends the participle's complement
        rest = " ".join(words[:finite])
    if rest and not _opens_complement(rest):
        # "l'appel d'offres lancé en mars 2014 aurait été « taillé »": what follows is the main
        # verb of the sentence, whose subject the participle phrase is, not a complement
        rest = ""
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
    if dated.preposition == "depuis":
        # "un viticulteur installé depuis 2019": a state that lasts, asked with "Depuis quand"
        if voice != "passive":
            return Event()
        be = "sont" if number == "p" else "est"
        predicate = short_predicate(f"{participle} {rest}".strip(), QUESTION_PREDICATE_WORDS)
        question = f"Depuis quand {phrase} {clauses.invert(be, pronoun)} {predicate} ?"
        return Event(f"{french.capitalise(phrase)} {be} {predicate}", question, False)
    predicate = short_predicate(f"{verb} {rest}".strip(), QUESTION_PREDICATE_WORDS)
    question = f"Quand {phrase} {clauses.invert(aux, pronoun)} {predicate} ?"
    return Event(f"{french.capitalise(phrase)} {aux} {predicate}", question)


def _fronted(ctx: Context, dated: DatedSentence, participle: str) -> Event | None:
    """A participle opening the sentence, set off by a comma, describes the main clause's
    subject: "Construit en 1832, l'ouvrage présente des fissures" -> "Quand l'ouvrage a-t-il
    été construit ?"."""
    after = dated.sentence[dated.end :]
    if not after.startswith(",") or grammar.participle_voice(participle) != "passive":
        return None
    if not is_participle(french.fold(participle)) or dated.preposition in _NOT_WHEN:
        return None
    if tense(ctx, dated.fact.value) != "past":
        return None
    subject = clauses.subject_before_verb(after.lstrip(" ,"), ctx.lexicon.finite)
    if subject is None or french.word_count(subject) > 6:
        return None
    gender, number = grammar.participle_agreement(french.fold(participle))
    opened = _GENDERED.get(french.fold(subject.split(" ", 1)[0]))
    if number == "p" or (opened is not None and gender is not None and opened != gender):
        return None
    pronoun = clauses.subject_pronoun(subject, ctx.feminine_names, ctx.masculine_names)
    if pronoun is None:
        pronoun = "elle" if gender == "f" else "il"
    verb = french.fold(participle)
    phrase = french.lower_first(subject)
    question = f"Quand {phrase} {clauses.invert('a', pronoun)} été {verb} ?"
    return Event(f"{french.capitalise(phrase)} a été {verb}", question)
