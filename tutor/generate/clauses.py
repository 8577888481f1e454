"""Turning a sentence of the article into a question: subject, verb, inversion, est-ce que.

Generation never parses French; these rules work on the surface of a clause and refuse (None)
whenever they cannot be sure the result is correct French.
"""

from __future__ import annotations

import re

from tutor.generate import simplify
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
from tutor.generate.simplify import AUXILIARIES, is_participle, restrictive, short_predicate

QUESTION_PREDICATE_WORDS = 10
"""A question's verb phrase is cut to this many words when it can be (see short_predicate)."""
MAX_QUESTION_WORDS = 18
"""Subject and verb phrase of a question together; a longer question is not asked."""

# Adverbial openers that can be dropped from the start of a clause without changing its core.
CONNECTORS = (
    "cependant",
    "pourtant",
    "en effet",
    "ainsi",
    "or",
    "mais",
    "et",
    "enfin",
    "de plus",
    "de l'autre côté",
    "d'autre part",
    "par ailleurs",
    "en outre",
    "toutefois",
    "néanmoins",
    "donc",
    "aussi",
    "alors",
    "finalement",
)
_LEADING_VERBS = ("rappelons que ", "rappelons qu'", "notons que ", "notons qu'")
FEMININE_DETERMINERS = frozenset({"la", "une", "cette", "sa"})
MASCULINE_DETERMINERS = frozenset({"le", "un", "ce", "cet"})
_NOT_A_SUBJECT = wordset(
    """à au aux après avant avec chez contre dans de depuis dès des du en entre hors jusqu lors
    malgré par parmi pendant pour sans selon sous sur vers si quand lorsque lorsqu comme puisque
    alors cependant pourtant mais et ou or donc car ni ainsi enfin voici voilà c ce cela ça
    il elle ils elles on y"""
)


def strip_opener(clause: str) -> str:
    """A clause without a leading connector ("Cependant, ", "Rappelons que "), nor one inside
    it ("ont en revanche baissé"): told apart from its paragraph, it links to nothing."""
    text = simplify.without_connectives(clause.strip())
    lowered = fold(text)
    for verb in _LEADING_VERBS:
        if lowered.startswith(verb):
            return text[len(verb) :].lstrip()
    match = re.match(r"([^,]{1,40}),\s+", text)
    if match and fold(match.group(1)).strip() in CONNECTORS:
        return text[match.end() :]
    if (link := _LINK.match(text)) is not None:
        return text[link.end() :]  # "Mais seuls 29 % accepteraient …": links to the sentence before
    return simplify.ABSOLUTE_OPENER.sub("", text, count=1)  # "Aucune liste n'ayant obtenu …, "


_LINK = re.compile(r"(?:mais|et|or|puis)\s+(?=[^\W\d_]|\d)", re.IGNORECASE)
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


def subject_before_verb(sentence: str, finite: frozenset[str]) -> str | None:
    """The subject of a sentence whose verb is no auxiliary: the words before its first finite
    verb, without a phrase set off after them ("La ligne 1, longue de 11,4 kilomètres, relie
    …" -> "La ligne 1"), when they open on an article."""
    words = strip_opener(sentence).split()
    verb = next((i for i, w in enumerate(words[:9]) if i and fold(w) in finite), None)
    if verb is None:
        return None
    subject = re.split(r",\s", " ".join(words[:verb]), maxsplit=1)[0].strip(" ,")
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


_LOOSE_PRONOUN = re.compile(
    r"(?<![\w'’])(?:(?:à|de|d['’])\s*(?:les|le)\s+[^\W\d_]+(?:er|ir|re)\b|"
    r"(?:les|la|le|leur|lui|en)\s+(?:a|ont|avait|avaient)\b|l['’](?:a|ont|avait|avaient)\b|"
    r"(?:comme|avec|pour|chez|sans|contre|selon|d['’]après|autour\s+d['’]|parmi)"
    r"\s+(?:elle|elles|lui|eux)\b)"
    r"|^\s*(?:c['’]est|c['’]était|ce\s+sont|cela|ça)\b",
    re.IGNORECASE,
)
_OBJECT_PRONOUN = re.compile(
    # two object pronouns ("un panneau qui le leur interdit"), or one between a plural subject
    # and its verb ("les poids lourds le traversent"): what do they stand for?
    r"(?<![\w'’])(?:le|la|les|l['’])\s*(?:leur|lui)\s+[^\W\d_]"
    r"|[^\W\d_]{2,}[sx]\s+(?:le|la|les|l['’])\s*(?![^\W\d_]*ment\b)[^\W\d_]+ent\b",
    re.IGNORECASE,
)
""""à les", "de le" never stand for "aux", "du": before an infinitive they are pronouns. "en"
before an auxiliary is one too ("l'éleveur en a retrouvé onze mortes": eleven what?); so is
"elle", "lui", "eux" after a preposition ("Comme elle, des milliers d'habitants …", "Parmi
eux, Jacques Arnaud, 67 ans, …": who?),
and "c'est", "cela" opening the clause ("C'est 4 % de plus qu'en 2024": what is?)."""


def has_loose_pronoun(clause: str) -> bool:
    """Whether the clause has an object pronoun that points back into the article: "plusieurs
    entreprises souhaitent commencer à les exploiter", "le ministre l'a annoncé". Out of its
    paragraph, an event or a statement with one says nothing of what it is about."""
    loose = _LOOSE_PRONOUN.search(clause) or _FIRST_PERSON.search(clause)
    return bool(loose) or has_object_pronoun(clause)


_FIRST_PERSON = re.compile(
    r"(?<![\w'’-])(?:(?:je|(?-i:me)|moi|mon|ma|mes|nous|notre|nos|vous|votre|vos)(?![\w'’-])"
    r"|[jm]['’])",
    re.IGNORECASE,
)
"""The writer's own "je", "nous", "notre" in narration (an op-ed, a letter): out of its
paragraph "Avec les 280 médecins de notre association, nous proposons …" asks a learner to
judge whose association? (Quoted words are another's and are not statements made here.)"""


def has_object_pronoun(clause: str) -> bool:
    """Whether the clause has an object pronoun before its verb whose noun is elsewhere: "un
    panneau qui le leur interdit", "les poids lourds le traversent" (a reported clause may
    keep "qui en a bien besoin", whose "en" its own words explain)."""
    return bool(_OBJECT_PRONOUN.search(clause))


_DANGLING = wordset(
    """et ou mais ni de d' du des à au aux le la les l' un une en par pour sur dans avec sans
    entre vers chez que qu' dont"""
)
_LOOSE_CONJUNCTION = re.compile(r"(?<![\w'’])(?:et|ou|mais)\s*(?:,|$)", re.IGNORECASE)


def dangles(clause: str) -> bool:
    """Whether a clause cut from its sentence ends on a word that led to what was cut ("… pour
    les moins de 18 ans et."), or keeps a conjunction with nothing to join ("… et, pour tous")."""
    bare = strip_final_punctuation(clause).strip()
    last = fold(bare.rsplit(" ", 1)[-1]) if bare else ""
    return not bare or last in _DANGLING or bool(_LOOSE_CONJUNCTION.search(bare))


_PLURAL_VERBS = wordset(
    """ont sont avaient étaient auront seront vont allaient doivent devaient peuvent pouvaient
    veulent voulaient"""
)
_SINGULAR_OPENERS = wordset("le la l' un une son sa ce cet cette mon ma notre votre")


def cut_subject(clause: str) -> bool:
    """Whether a clause's subject lost part of itself: one name or a singular noun before a
    plural verb ("Katrin Vogel ont affiché", left of "X, et son homologue, Katrin Vogel, ont
    affiché"): the rest of the subject was cut away with the other side of an "et"."""
    tokens = strip_opener(clause).split(" ")
    at = next((i for i, t in enumerate(tokens[:15]) if fold(t) in AUXILIARIES), None)
    if not at or fold(tokens[at]) not in _PLURAL_VERBS:
        return False
    subject = " ".join(tokens[:at])
    if re.search(r"\s(?:et|ou|avec)\s|\bainsi\s", subject):
        return False
    first = subject.split(" ")[0]
    if fold(first).startswith(("l'", "l’")) or fold(first) in _SINGULAR_OPENERS:
        return " des " not in f" {subject} "  # "la plupart des élus ont" agrees in meaning
    return first[:1].isupper() and fold(first) not in DETERMINERS and not first.isupper()


_FINITE_ENDING = re.compile(
    r"^[^\W\d_]{2,}(?:ent|ont|ait|aient|era|eront|ira|iront|ra|ront|it|ut)$"
)
_NOT_VERBS = (
    DETERMINERS
    | SUBJECT_PRONOUNS.keys()
    | wordset(
        """de du des à au aux en dans sur sous par pour avec sans entre vers chez et ou autour
    contre devant derrière après avant depuis près loin"""
    )
)


def may_have_verb(text: str) -> bool:
    """Whether a piece of a sentence may hold a verb: an auxiliary, a participle, a reflexive
    or a word with a verb's ending. "et une chaîne humaine autour de l'hôpital" has none: it
    shares the verb of the clause before, and is no clause to ask about alone."""
    for token in text.split():
        word = fold(token.strip(",;:.!?«»()"))
        if word in AUXILIARIES or word in ("se", "s'") or word.startswith("s'"):
            return True
        if word and word not in _NOT_VERBS and (_FINITE_ENDING.match(word) or is_participle(word)):
            return True
    return False


_QUESTION_OPENER = re.compile(
    r"^(?:(?:Depuis|Jusqu['’]à)\s+quand|Quand|De quand|Combien de temps|Pendant combien de temps)"
    r"(?:\s+est-ce\s+qu(?:e\s+|['’]))?\s*",
    re.IGNORECASE,
)


def has_finite_verb(text: str, finite: frozenset[str]) -> bool:
    """Whether a text has a conjugated verb: an auxiliary, or a form the tagger read as finite
    in the article; without the tagger's forms (no language model), `may_have_verb`."""
    body = _QUESTION_OPENER.sub("", text.strip())
    if not finite:
        return may_have_verb(body)
    for token in re.split(r"[\s'’-]+", body):
        word = token.strip(",;:.!?«»()").lower()
        if word in _WRITTEN_AUXILIARIES or word in finite:
            return True
    return False


def lost_its_verb(text: str, source: str, finite: frozenset[str]) -> bool:
    """Whether a clause or question cut from a sentence lost the conjugated verb the sentence
    had: "Gérard et Monique Lafarge" (from "quand Gérard et Monique Lafarge, qui tenaient le
    café …, prennent leur retraite"), "Le fabricant Cyclavia, basé à Romilly-sur-Seine". A
    sentence whose verb the tagger missed ("une directive demande", read as a noun) gives no
    evidence, and the text is kept."""
    return not has_finite_verb(text, finite) and has_finite_verb(source, finite)


_WRITTEN_AUXILIARIES = AUXILIARIES | wordset("serait seraient aurait auraient")
"""The auxiliaries, and the conditional forms a statement may be told in."""


_SUBORDINATOR = re.compile(
    r"(?<!est-ce )(?:\b(?:lorsqu|puisqu|parce qu|qu)['’]|\b(?:lorsque|puisque|parce que|que)\b)",
    re.IGNORECASE,
)
"""A word opening a subordinate clause, which needs its own verb ("lorsque quatorze conseillers
… avaient démissionné", "annoncé qu'un laboratoire … allait reprendre …")."""
_COMPARED = re.compile(r"\b(?:plus|moins|autant|aussi|même|mêmes|tel|telle|tels|telles)\b")
"""Words before "que" that make it a comparison ("plus de visiteurs que l'an dernier")."""
_NEGATED = re.compile(r"\bne\b|\bn['’]")
"""A "ne" before "que" makes it "only" ("dont l'avis n'est que consultatif")."""


def without_cut_subordinate(text: str | None, finite: frozenset[str]) -> str | None:
    """A question or clause whose last subordinate clause was cut before its verb: "Quand la
    crise a-t-elle éclaté, lorsque quatorze conseillers municipaux ?" loses the part set off by
    its comma ("Quand la crise a-t-elle éclaté ?"); "Quand le ministère a-t-il annoncé qu'un
    laboratoire français ?" has nothing left to ask and is dropped."""
    if text is None:
        return None
    cuts = list(_SUBORDINATOR.finditer(text))
    if not cuts or has_finite_verb(text[cuts[-1].end() :], finite):
        return text
    before = " ".join(text[: cuts[-1].start()].split()[-5:]).lower()
    if _COMPARED.search(before) or _NEGATED.search(before):
        return text  # "plus de visiteurs que l'an dernier", "n'est que consultatif": no clause
    head = text[: cuts[-1].start()].rstrip()
    if not head.endswith(","):
        return None
    head = head.rstrip(",").rstrip()
    return head + " ?" if text.rstrip().endswith("?") else head
