"""Turning a sentence of the article into a question: subject, verb, inversion, est-ce que.

Generation never parses French; these rules work on the surface of a clause and refuse (None)
whenever they cannot be sure the result is correct French. The words that link a clause to the
one before are left out by `clause_openers`; whether a clause cut from its sentence still reads
alone is asked of `clause_checks`.
"""

from __future__ import annotations

import re

from tutor.generate.clause_openers import strip_opener
from tutor.generate.french import (
    DETERMINERS,
    QUOTE_CHARS,
    SUBJECT_PRONOUNS,
    apostrophe_of,
    elide,
    fold,
    lower_first,
    strip_final_punctuation,
    word_count,
    wordset,
)
from tutor.generate.simplify import AUXILIARIES, restrictive, short_predicate

QUESTION_PREDICATE_WORDS = 10
"""A question's verb phrase is cut to this many words when it can be (see short_predicate)."""
MAX_QUESTION_WORDS = 18
"""Subject and verb phrase of a question together; a longer question is not asked."""

FEMININE_DETERMINERS = frozenset({"la", "une", "cette", "sa"})
MASCULINE_DETERMINERS = frozenset({"le", "un", "ce", "cet"})
_NOT_A_SUBJECT = wordset(
    """à au aux après avant avec chez contre dans de depuis dès des du en entre hors jusqu lors
    malgré par parmi pendant pour sans selon sous sur vers si quand lorsque lorsqu comme puisque
    alors cependant pourtant mais et ou or donc car ni ainsi enfin voici voilà c ce cela ça
    il elle ils elles on y"""
)


_TITLE = re.compile(r"«\s*[A-ZÀ-Ý][^«»\"“”.!?,;:]{0,50}?\s*»")
"""The title of a work in « » ("« La Maison des silences » partira en tournée"): a name, which
a question keeps, not somebody's words, which it does not repeat."""


def starts_with_subject(clause: str, proper_words: frozenset[str] = frozenset()) -> bool:
    """Whether a clause plausibly opens with its subject: a determiner, a pronoun, or a name.

    At the start of a sentence every word has a capital, so a capitalised word counts as a name
    only when `proper_words` (names seen capitalised elsewhere) has it, or it is an acronym.
    """
    if _TITLE.match(clause):
        return True  # "« La Maison des silences » partira en tournée"
    first = re.match(r"[^\W\d_][\w-]*", clause)
    if not first:
        return False
    word = first.group(0)
    if fold(word) in _NOT_A_SUBJECT and fold(word) not in SUBJECT_PRONOUNS:
        return False
    if fold(word) in DETERMINERS or fold(word) in SUBJECT_PRONOUNS:
        return True
    return (len(word) > 1 and word.isupper()) or fold(word) in proper_words


def split_subject(clause: str, max_words: int = 8) -> tuple[str, str, str] | None:
    """(subject, auxiliary, rest) when the clause reads "subject aux rest" with a subject of at
    most `max_words` words.

    Only auxiliaries and modal verbs are recognised: they are the forms that invert cleanly.
    """
    tokens = clause.split(" ")
    for i, token in enumerate(tokens[: max_words + 1]):
        bare = fold(token)
        reflexive = bare.startswith("s'") and bare[2:] in AUXILIARIES
        if bare in AUXILIARIES or reflexive:
            subject = tokens[:i]
            if not subject and not reflexive:
                return None
            if not subject or any(t.endswith((",", ";", ":")) for t in subject):
                return None
            if any(fold(t) in ("qui", "que", "qu'", "dont", "où", "ne", "n'") for t in subject):
                return None
            if fold(subject[-1]) in ("se", "ne") or fold(subject[-1]).startswith("n'"):
                return None
            return " ".join(subject), token, " ".join(tokens[i + 1 :])
    return None


def _bare_verb(word: str) -> str:
    """A word without the elided negation it opens on: "n'aura" is the verb "aura" ("Le
    vainqueur, lui, n'aura pas le temps …", review 17)."""
    folded = fold(word)
    return folded[2:] if folded.startswith(("n'", "n’")) and len(folded) > 3 else folded


_CLITICS_BEFORE_VERB = frozenset(
    {"ne", "se", "me", "te", "nous", "vous", "lui", "leur", "y", "en", "le", "la", "les"}
)


def subject_before_verb(sentence: str, finite: frozenset[str]) -> str | None:
    """The subject of a sentence whose verb is no auxiliary: the words before its first finite
    verb, without a phrase set off after them ("La ligne 1, longue de 11,4 kilomètres, relie
    …" -> "La ligne 1"), when they open on an article."""
    words = strip_opener(sentence).split()
    verb = next((i for i, w in enumerate(words[:9]) if i and _bare_verb(w) in finite), None)
    if verb is None:
        return None
    subject = re.split(r",\s", " ".join(words[:verb]), maxsplit=1)[0].strip(" ,")
    kept = subject.split(" ")
    while len(kept) > 2 and fold(kept[-1]) in _CLITICS_BEFORE_VERB:
        kept.pop()  # "la romancière ne voit": "ne" is the verb's, not the subject's
    subject = " ".join(kept)
    first = fold(subject.split(" ", 1)[0])
    if first not in ("le", "la", "les", "un", "une") and not first.startswith("l'"):
        return None
    return subject


def subject_pronoun(
    subject: str,
    feminine_names: frozenset[str] = frozenset(),
    masculine_names: frozenset[str] = frozenset(),
) -> str | None:
    """The pronoun that stands for a subject in an inverted question, when it is certain."""
    first = fold(subject.split(" ")[0])
    if first in SUBJECT_PRONOUNS:
        return SUBJECT_PRONOUNS[first] if len(subject.split(" ")) == 1 else None
    if re.search(r"\s(?:et|ou)\s", subject):
        return None  # "la région et SNCF Réseau": two subjects, not one "elle"
    if first in FEMININE_DETERMINERS:
        return "elle"
    if first in MASCULINE_DETERMINERS:
        return "il"
    if fold(subject) in feminine_names:
        return "elle"
    if fold(subject) in masculine_names:
        return "il"
    return None


def invert(aux: str, pronoun: str) -> str:
    """`a` + `elle` -> `a-t-elle`; `ont` + `ils` -> `ont-ils`; `s'est` + `il` -> `s'est-il`."""
    joint = "-t-" if aux[-1] in "ae" else "-"
    return f"{aux}{joint}{pronoun}"


def est_ce_que(clause: str) -> str:
    """`est-ce que` + clause, elided before a vowel (est-ce qu'elle)."""
    clause = lower_first(clause)
    apostrophe = apostrophe_of(clause)
    return "est-ce " + elide("que", clause, apostrophe) + clause


def question_from_clause(
    clause: str,
    word: str = "Quand",
    antecedent: str | None = None,
    feminine_names: frozenset[str] = frozenset(),
    proper_words: frozenset[str] = frozenset(),
    masculine_names: frozenset[str] = frozenset(),
) -> str | None:
    """A question asking `word` about a declarative clause, or None when unsure.

    "la Russie a utilisé son veto" -> "Quand la Russie a-t-elle utilisé son veto ?".
    A pronoun subject is replaced by `antecedent` when given, else the question is refused:
    "Quand a-t-elle utilisé son veto ?" would not say who.
    """
    clause = strip_final_punctuation(strip_opener(clause))
    if not clause or not starts_with_subject(clause, proper_words):
        return None
    # a verb and its object are enough to ask about ("ont fait campagne, de porte en porte")
    clause = trim_clause(without_apposition(clause), 2)
    if not 3 <= word_count(clause) <= 30:
        return None
    parts = split_subject(clause)
    if parts is not None:
        subject, aux, rest = parts
        rest = _TRAILING_BRACKETS.sub("", short_predicate(rest, QUESTION_PREDICATE_WORDS))
        # quoted words in a part the question leaves out ("a adopté une résolution qui demande
        # de « protéger … »") are not repeated by it: only the words it keeps must be the
        # journalist's
        if _quotes(subject) or _quotes(rest):
            return None
        pronoun = subject_pronoun(subject, feminine_names, masculine_names)
        if fold(subject) in SUBJECT_PRONOUNS:
            if antecedent is None or fold(subject) not in ("il", "elle"):
                return None
            subject, pronoun = antecedent, fold(subject)
        if not rest or word_count(f"{subject} {rest}") > MAX_QUESTION_WORDS:
            return None
        if pronoun is not None and (fold(aux) in _PLURAL_AUXILIARIES) != pronoun.endswith("s"):
            pronoun = None  # "une cinquantaine de gendarmes ont": not "ont-elle"
        if pronoun is not None:
            rest = _SECOND_VERB.split(rest, maxsplit=1)[0]
            return f"{word} {lower_first(subject)} {invert(aux, pronoun)} {rest} ?"
        return f"{word} {est_ce_que(f'{subject} {aux} {rest}')} ?"
    first = fold(clause.split(" ")[0])
    clause = short_predicate(clause, QUESTION_PREDICATE_WORDS + 4)
    if first in SUBJECT_PRONOUNS or word_count(clause) > MAX_QUESTION_WORDS or _quotes(clause):
        return None
    return f"{word} {est_ce_que(clause)} ?"


def _quotes(text: str) -> bool:
    """Whether a text holds quoted words (a title in « » is a name, not quoted words)."""
    return any(c in _TITLE.sub("", text) for c in QUOTE_CHARS)


_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")
"""A remark in brackets ending what a question keeps ("une résolution (non contraignante)"):
the question reads without it."""


_SECOND_VERB = re.compile(
    r"\s+et\s+(?=(?:ne\s+|n['’])?(?:s['’]|se\s+)?(?:est|a|ont|sont|était|avait|sera|va|vont)\b)",
    re.IGNORECASE,
)
"""A second verb joined by "et" ("a battu Arras et s'est qualifié"): an inverted question asks
about the first alone ("Quand X a-t-il battu Arras ?"); "a-t-il battu … et s'est qualifié" is
not French."""


_APPOSITION = re.compile(
    r"^(?P<subject>[^,;:«»()]{2,60}?),\s+(?P<apposition>(?-i:[a-zà-ÿ0-9])[^,;:«»()]{1,80}),\s+"
    r"(?P<verb>(?:s['’])?[^\W\d_]+)\s"
)
"""A subject with a phrase set off after it, before the verb: "Les opposants, réunis dans
l'association Plouzévet Horizon, ont fait campagne", "Le pont de Loire, principal accès au
centre-ville, sera fermé"."""


_DEMONSTRATIVE = re.compile(r"\bce(?:lui|lle|ux|lles)-(?:ci|là)\b", re.IGNORECASE)
_PLURAL_AUXILIARIES = wordset(
    """ont sont avaient étaient auront seront vont allaient doivent devaient peuvent pouvaient
    veulent voulaient"""
)


def without_apposition(clause: str) -> str:
    """The clause without a phrase set off between its subject and its auxiliary: the question
    names what it asks about, the description stays in the article ("Pendant combien de temps
    est-ce que les opposants, réunis dans l'association …, ont fait campagne ?" was hard to
    read). A name set off ("Le maire, Alain Roca, a") is not touched here: it is the subject
    a learner knows (see `simplify`)."""
    match = _APPOSITION.match(clause)
    if match is None:
        return clause
    verb = fold(match["verb"])
    if verb not in AUXILIARIES and not (verb[:2] == "s'" and verb[2:] in AUXILIARIES):
        return clause
    subject = match["subject"].split()
    if len(subject) > 8 or any(fold(w) in ("qui", "que", "qu'", "dont", "où") for w in subject):
        return clause
    if any(fold(w) in AUXILIARIES or fold(w).startswith(("s'", "n'")) for w in subject):
        return clause  # "Simone Arnaudet est morte à Toulon, à l'âge de 89 ans, a annoncé …"
    if fold(match["apposition"]).startswith("dont ") or _DEMONSTRATIVE.search(clause):
        return clause  # "X, dont la mère vivait …, a appris la mort de celle-ci"
    return f"{match['subject']} {clause[match.start('verb') :]}"


def trim_tail(rest: str, keep: int = 3) -> str:
    """The verb phrase of a question without a trailing clause after a comma ("..., dans
    laquelle ..."): questions read better short, and the cut never leaves a broken clause. A
    tail that restricts the clause ("…, sauf François Fillon") stays: without it the clause
    would be false."""
    match = re.search(r",\s", rest)
    if match and word_count(rest[: match.start()]) >= keep:
        return rest if restrictive(rest[match.start() :]) else rest[: match.start()]
    return rest


def trim_clause(clause: str, keep: int = 3) -> str:
    """A declarative clause without a trailing comma clause after its verb phrase; unchanged
    when its verb cannot be found (cutting before the verb would break the sentence)."""
    parts = split_subject(clause)
    if parts is None:
        return clause
    subject, aux, rest = parts
    return f"{subject} {aux} {trim_tail(rest, keep)}"
